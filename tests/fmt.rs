//! `reglament fmt`: the canonical layout never changes what a file says.
//!
//! Every `.rgl` in the repository is formatted and checked again: the model
//! (spans aside) and the problems must be the same, the words, quoted texts
//! and comments must be the same (lines move into the reference's order),
//! and formatting twice must change nothing. Snapshots show messy input beside its layout, and
//! the command's `--check` is tested for its exit codes.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use pest::Parser as _;
use pest::iterators::Pair;
use reglament::format::format;
use reglament::load::rgl_files_under;
use reglament::project::check_files;
use reglament::source::{FileSystem, RealFileSystem};
use reglament::syntax::{RglParser, Rule};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rgl` file under `regulations/` and `tests/`, relative to the crate.
fn every_rgl_file() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = ["regulations", "tests"]
        .iter()
        .flat_map(|dir| rgl_files_under(&root().join(dir)).unwrap())
        .map(|path| path.strip_prefix(root()).unwrap().to_path_buf())
        .collect();
    out.sort();
    out
}

/// Reads files as `reglament fmt` would leave them.
struct Formatted;

impl FileSystem for Formatted {
    fn read_to_string(&self, path: &Path) -> std::io::Result<String> {
        let text = RealFileSystem.read_to_string(path)?;
        Ok(format(&text, 0).unwrap_or(text))
    }
}

/// Removes every span (`{"file", "start", "end"}`) from a JSON value.
fn without_spans(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            map.retain(|_, v| {
                !v.as_object().is_some_and(|o| {
                    o.len() == 3
                        && o.contains_key("file")
                        && o.contains_key("start")
                        && o.contains_key("end")
                })
            });
            map.values_mut().for_each(without_spans);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(without_spans),
        _ => {}
    }
}

/// What checking `path` through `fs` gives: the models without spans, and
/// each problem's code, message and hint.
fn outcome(fs: &dyn FileSystem, path: &Path) -> (Vec<serde_json::Value>, Vec<String>) {
    let project = check_files(fs, &[path.to_path_buf()]).unwrap();
    let models = project
        .regulations()
        .map(|r| {
            let mut v = serde_json::to_value(r).unwrap();
            without_spans(&mut v);
            v
        })
        .collect();
    let problems = project
        .problems()
        .iter()
        .map(|p| format!("{} {} {:?}", p.code, p.message, p.help))
        .collect();
    (models, problems)
}

/// The words of a parse (its leaves, quoted texts whole) and the comments
/// between them, in order.
fn words_and_comments(text: &str) -> (Vec<String>, Vec<String>) {
    fn leaves<'t>(pair: Pair<'t, Rule>, out: &mut Vec<(usize, usize, &'t str)>) {
        let span = pair.as_span();
        let mut inner = pair.into_inner().peekable();
        if inner.peek().is_none() {
            out.push((span.start(), span.end(), span.as_str()));
        }
        for c in inner {
            leaves(c, out);
        }
    }
    let mut found = Vec::new();
    for p in RglParser::parse(Rule::file, text).unwrap() {
        leaves(p, &mut found);
    }
    let mut comments = Vec::new();
    let mut pos = 0;
    for &(start, end, _) in found.iter().chain([&(text.len(), text.len(), "")]) {
        let mut gap = &text[pos..start.max(pos)];
        while let Some(i) = gap.find('#') {
            let rest = &gap[i..];
            let line = rest.split('\n').next().unwrap();
            comments.push(line.trim_end().to_owned());
            gap = &rest[line.len()..];
        }
        pos = pos.max(end);
    }
    let words = found
        .into_iter()
        .filter(|(s, e, _)| s < e)
        .map(|(_, _, w)| w.to_owned())
        .collect();
    (words, comments)
}

fn sorted((mut words, mut comments): (Vec<String>, Vec<String>)) -> (Vec<String>, Vec<String>) {
    words.sort();
    comments.sort();
    (words, comments)
}

#[test]
fn formatting_keeps_every_model_word_and_comment() {
    std::env::set_current_dir(root()).unwrap();
    let files = every_rgl_file();
    assert!(files.len() > 50, "the corpus is missing: {files:?}");
    let mut formatted_some = 0;
    for path in &files {
        // A file that is not UTF-8 is refused before any formatting (R0113).
        let Ok(text) = String::from_utf8(std::fs::read(path).unwrap()) else {
            continue;
        };
        let Ok(once) = format(&text, 0) else {
            // Left untouched: it must be a file the grammar rejects.
            let (_, problems) = outcome(&RealFileSystem, path);
            assert!(
                problems.iter().any(|p| p.starts_with("R0101")),
                "{} was not formatted but has no syntax error",
                path.display()
            );
            continue;
        };
        formatted_some += 1;
        assert_eq!(
            format(&once, 0).unwrap(),
            once,
            "formatting {} twice changes it",
            path.display()
        );
        // Lines move into the reference's order, so the words and
        // comments are compared as collections: none added, none lost.
        assert_eq!(
            sorted(words_and_comments(&text)),
            sorted(words_and_comments(&once)),
            "formatting {} changed its words or comments",
            path.display()
        );
        assert_eq!(
            outcome(&RealFileSystem, path),
            outcome(&Formatted, path),
            "formatting {} (and what it includes) changed its model or problems",
            path.display()
        );
    }
    assert!(formatted_some > 40);
}

/// The synthetic regulations under `tests/` are what legal staff copy
/// from and what the docs point to: they are kept in the layout `fmt`
/// gives, like `regulations/` (which `.ci/run` checks). Files that exist
/// to be broken (`tests/broken/`, the fuzz corpus) are left as they are.
#[test]
fn the_synthetic_regulations_are_formatted() {
    let kept = |p: &Path| !p.starts_with("tests/broken") && !p.starts_with("tests/fuzz_corpus");
    let files: Vec<PathBuf> = every_rgl_file().into_iter().filter(|p| kept(p)).collect();
    assert!(files.len() > 10, "the fixtures are missing: {files:?}");
    let unformatted: Vec<String> = files
        .iter()
        .filter(|path| {
            let text = std::fs::read_to_string(root().join(path)).unwrap();
            let once = format(&text, 0)
                .unwrap_or_else(|e| panic!("{} does not parse: {e:?}", path.display()));
            once != text
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        unformatted.is_empty(),
        "run `reglament fmt` on: {unformatted:?}"
    );
}

fn fmt(text: &str) -> String {
    format(text, 0).unwrap_or_else(|p| panic!("{p:?}"))
}

#[test]
fn messy_blocks_get_one_layout() {
    let messy = r#"regulation   mini
title "Mini"     order "1" dated 2024-01-01
   by "Ministry"
     end
act law_a title "Law A" end



category adults    clause 1
  text     "Adults, with   spaces   kept in quotes"
  basis law_a article 8 , 9 item 2
files issue , replacement


  applies when (age is at least 18 years   or   married) and not incapacitated
  branch adults_family
  text """
      Family.
      """
  applies when married and (status is foreign_citizen   or  stateless)
  end
  see clause 2,3
end
"#;
    let formatted = fmt(messy);
    insta::assert_snapshot!(format!("INPUT\n{messy}\nOUTPUT\n{formatted}"));
}

#[test]
fn comments_stay_where_they_are() {
    let messy = r#"# The file's own comment.

include "acts.rgl"   # the shared acts
# Regulation follows.
regulation mini # trailing on a header
title "Mini" # after a line
    # before end
end
term adults
  clause 1
  # about the text
  text "Adults # not a comment"
  for category a, # first
     b,
     # c was repealed
     d
  lasts 4 months  # from when?
end
category family
  clause 2
  files issue
  # above the nested block
  branch family_members
    applies when married
  end
  files issue
end
# at the end
"#;
    let formatted = fmt(messy);
    insta::assert_snapshot!(format!("INPUT\n{messy}\nOUTPUT\n{formatted}"));
}

#[test]
fn lines_take_the_references_order_and_their_comments_go_with_them() {
    let messy = r#"document photos
  # Item 26 asks for four; stateless persons bring two more.
  count 2 when status is stateless_person
  note "Both counts are read from item 26."
  count 4  # the usual number
  rule matte_paper
    text "On matte paper."
  end
  copies 1 when application is duplicate
  repealed by order_2024_40
  text "Photographs."
  copies 2
  clause 26.7
  rule colour
    text "In colour."
  end
  # kept at the end of the block
end
"#;
    let formatted = fmt(messy);
    insta::assert_snapshot!(format!("INPUT\n{messy}\nOUTPUT\n{formatted}"));
    assert_eq!(fmt(&formatted), formatted);
}

#[test]
fn a_comment_on_a_header_stays_on_the_header_when_the_lines_below_move() {
    let messy = "category c  # clause per the 2023 order\n  text \"C.\"\n  clause 1\n\n  worded by order_1  # the new wording\n    text \"D.\"\n    clause 2\n  end\nend\n";
    let formatted = fmt(messy);
    assert!(
        formatted
            .starts_with("category c  # clause per the 2023 order\n  clause 1\n  text \"C.\"\n"),
        "{formatted}"
    );
    assert!(
        formatted
            .contains("  worded by order_1  # the new wording\n    clause 2\n    text \"D.\"\n"),
        "{formatted}"
    );
}

#[test]
fn a_region_can_opt_out() {
    let messy = r#"term adults
  clause   1
  # fmt: off
  for category   a,
                 b,
                 c
  # fmt: on
  lasts    4 months
end
"#;
    let formatted = fmt(messy);
    assert!(formatted.contains("  # fmt: off\n  for category   a,\n                 b,\n"));
    assert!(formatted.contains("  clause 1\n"));
    assert!(formatted.contains("  lasts 4 months\n"));
    assert_eq!(fmt(&formatted), formatted);
}

/// A `# fmt: off` never closed keeps the rest of the file as written, and
/// formatting again changes nothing (it once added a blank line a run).
#[test]
fn a_region_left_open_runs_to_the_end_and_stays_put() {
    let messy = "act law_a\n    title  \"A\"\nend\n# fmt: off\nact law_b\n    title  \"B\"\nend\n";
    let formatted = fmt(messy);
    assert_eq!(
        formatted,
        "act law_a\n  title \"A\"\nend\n\n# fmt: off\nact law_b\n    title  \"B\"\nend\n"
    );
    assert_eq!(fmt(&formatted), formatted);
}

/// Notepad saves UTF-8 with a byte-order mark: such a file checks as
/// without it, and `fmt` keeps the mark first, on no line of its own.
#[test]
fn a_byte_order_mark_is_read_past_and_kept_first() {
    let text = "\u{FEFF}act law_a\n    title    \"Law A\"\nend\n";
    let (tree, problems) = reglament::syntax::parse(text, 0);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(tree.unwrap().blocks.len(), 1);
    let formatted = fmt(text);
    assert_eq!(formatted, "\u{FEFF}act law_a\n  title \"Law A\"\nend\n");
    assert_eq!(fmt(&formatted), formatted);
    // Nor does a region kept as written take the mark along.
    let kept = "\u{FEFF}# fmt: off\nact law_a\n    title    \"Law A\"\nend\n";
    assert_eq!(fmt(kept), kept);
    assert!(reglament::syntax::parse(&fmt(kept), 0).1.is_empty());
    let closed = "\u{FEFF}# fmt: off\nact law_a\n    title    \"Law A\"\nend\n# fmt: on\n";
    assert_eq!(fmt(closed), closed);
}

#[test]
fn a_file_with_a_syntax_error_gives_the_usual_diagnostic() {
    let text = std::fs::read_to_string(root().join("tests/broken/r0101-missing-end.rgl")).unwrap();
    let problems = format(&text, 0).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].code.to_string(), "R0101");
}

fn reglament(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("reglament").unwrap();
    cmd.current_dir(dir).env("NO_COLOR", "1");
    cmd
}

#[test]
fn check_lists_unformatted_files_and_fmt_fixes_them() {
    let dir = tempfile::tempdir().unwrap();
    let messy = "act law_a\n    title    \"Law A\"\nend\n";
    let tidy = "act law_a\n  title \"Law A\"\nend\n";
    std::fs::create_dir(dir.path().join("regs")).unwrap();
    std::fs::write(dir.path().join("regs/messy.rgl"), messy).unwrap();
    std::fs::write(dir.path().join("regs/tidy.rgl"), tidy).unwrap();

    let out = reglament(dir.path())
        .args(["fmt", "--check", "regs"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "regs/messy.rgl\n");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("regs/messy.rgl")).unwrap(),
        messy
    );

    let out = reglament(dir.path())
        .args(["fmt", "regs"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("regs/messy.rgl")).unwrap(),
        tidy
    );

    let out = reglament(dir.path())
        .args(["fmt", "--check", "regs"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
}

/// `--diff` shows a reviewer what `fmt` would do, as a diff that applies:
/// `git apply` of its output gives exactly the formatted file.
#[test]
fn diff_shows_the_change_as_a_patch_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let messy = "act law_a\n    title    \"Law A\"\nend\n\n\nact law_b\n  title \"Law B\"\nend\n";
    std::fs::create_dir(dir.path().join("regs")).unwrap();
    std::fs::write(dir.path().join("regs/messy.rgl"), messy).unwrap();
    std::fs::write(dir.path().join("regs/tidy.rgl"), fmt(messy)).unwrap();

    let out = reglament(dir.path())
        .args(["fmt", "--diff", "regs"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let patch = String::from_utf8(out.stdout).unwrap();
    assert!(
        patch.starts_with("--- a/regs/messy.rgl\n+++ b/regs/messy.rgl\n@@ "),
        "{patch}"
    );
    assert!(
        patch.contains("\n-    title    \"Law A\"\n+  title \"Law A\"\n"),
        "{patch}"
    );
    assert!(!patch.contains("tidy.rgl"), "{patch}");
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("1 file not formatted")
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("regs/messy.rgl")).unwrap(),
        messy
    );

    std::fs::write(dir.path().join("fmt.patch"), &patch).unwrap();
    let applied = std::process::Command::new("git")
        .current_dir(dir.path())
        .args(["apply", "fmt.patch"])
        .output()
        .unwrap();
    assert!(applied.status.success(), "{applied:?}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("regs/messy.rgl")).unwrap(),
        fmt(messy)
    );
    let out = reglament(dir.path())
        .args(["fmt", "--diff", "regs"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());

    // A patch and a JSON report cannot share standard output.
    let out = reglament(dir.path())
        .args(["--message-format", "json", "fmt", "--diff", "regs"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("fmt --check")
    );
}

#[test]
fn fmt_leaves_a_broken_file_untouched_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let broken = "act law_a\n    title    \"Law A\"\n";
    std::fs::write(dir.path().join("broken.rgl"), broken).unwrap();
    for args in [
        &["fmt", "broken.rgl"][..],
        &["fmt", "--check", "broken.rgl"],
    ] {
        let out = reglament(dir.path()).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains("R0101"), "{stderr}");
        assert!(stderr.contains("broken.rgl"), "{stderr}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("broken.rgl")).unwrap(),
            broken
        );
    }
}

#[test]
fn fmt_of_a_missing_path_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = reglament(dir.path())
        .args(["fmt", "nowhere.rgl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
