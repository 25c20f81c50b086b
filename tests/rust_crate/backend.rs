//! The `rust` target: its code is exactly what rustfmt prints, and a
//! regulation written to break code generators (`tests/fixtures/hostile/`:
//! quotes, backslashes, `*/`, `"#`, `{}`, newlines, Cyrillic, Markdown,
//! ids that are Rust keywords or meet after case conversion) gives a crate
//! that builds without a warning, passes clippy and its own tests, shows
//! every text verbatim in its docs, and decides as the interpreter does.
//!
//! The crates are built in temporary folders with cargo, into
//! `target/generated` (so the dependencies are built once, and never under
//! the lock of the `cargo test` that runs this).

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use reglament::backend::{Target, build};
use reglament::interpret::{self, explain};
use reglament::model::Regulation;
use reglament::output::{MemoryWriter, commit};
use reglament::project::check_files;
use reglament::source::RealFileSystem;
use serde_json::{Value as Json, json};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub(crate) fn regulation(main: &str) -> Regulation {
    let project = check_files(&RealFileSystem, &[root().join(main)]).unwrap();
    assert!(!project.has_errors(), "{:#?}", project.problems());
    project.regulations().next().unwrap().clone()
}

fn hostile() -> Regulation {
    regulation("tests/fixtures/hostile/hostile.rgl")
}

/// The crate's files, by path in the crate.
pub(crate) fn generate(reg: &Regulation) -> BTreeMap<String, String> {
    let mut out = MemoryWriter::default();
    build(reg, &[Target::Rust], &mut out).unwrap();
    let prefix = format!("rust/{}/", reg.id);
    out.files
        .into_iter()
        .map(|(path, bytes)| {
            let path = path.strip_prefix(&prefix).unwrap().to_owned();
            (path, String::from_utf8(bytes).unwrap())
        })
        .collect()
}

/// `text` as rustfmt (style edition 2024, default settings) prints it.
pub(crate) fn rustfmt(text: &str) -> String {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("rustfmt (rustup component add rustfmt)");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn generated_code_is_exactly_what_rustfmt_prints() {
    for reg in [
        regulation("regulations/residence-permit.rgl"),
        hostile(),
        // Conditions on the category in documents and representative
        // rules, and every version of an amended regulation.
        regulation("tests/fixtures/groups/conditions.rgl"),
        regulation("tests/fixtures/representative/representative.rgl"),
        regulation("tests/fixtures/amended/nested.rgl"),
    ] {
        let files = generate(&reg);
        let rust: Vec<_> = files.iter().filter(|(p, _)| p.ends_with(".rs")).collect();
        assert!(rust.len() > 10);
        for (path, text) in rust {
            let formatted = rustfmt(text);
            if formatted != *text {
                let line = text
                    .lines()
                    .zip(formatted.lines())
                    .position(|(a, b)| a != b)
                    .map_or(0, |i| i + 1);
                panic!(
                    "{}: {path} is not as rustfmt prints it (from line {line}):\n{}",
                    reg.id,
                    formatted
                        .lines()
                        .skip(line.saturating_sub(3))
                        .take(12)
                        .collect::<Vec<_>>()
                        .join("\n")
                );
            }
        }
    }
}

#[test]
fn generating_twice_gives_the_same_files() {
    let reg = hostile();
    assert_eq!(generate(&reg), generate(&reg));
}

/// Runs cargo in `dir` with the shared target folder; panics with its
/// output if it fails. Returns its stdout and stderr.
pub(crate) fn cargo(dir: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO"))
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target())
        .env("RUSTDOCFLAGS", "-D warnings")
        // Smaller and faster: nothing here is debugged.
        .env("CARGO_PROFILE_DEV_DEBUG", "0")
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "cargo {args:?} in {}:\n{text}",
        dir.display()
    );
    text
}

fn target() -> PathBuf {
    root().join("target/generated")
}

/// The crate of `reg` written into a temporary folder, with the project's
/// lock file so that it builds offline with the versions the project uses.
pub(crate) fn write_crate(reg: &Regulation) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let mut out = MemoryWriter::default();
    build(reg, &[Target::Rust], &mut out).unwrap();
    commit(dir.path(), &out.files, false).unwrap();
    let krate = dir.path().join("rust").join(&reg.id);
    std::fs::copy(root().join("Cargo.lock"), krate.join("Cargo.lock")).unwrap();
    (dir, krate)
}

fn text(clause: &reglament::model::ClauseText) -> &String {
    &clause.wording.text
}

/// `{id: text}`.
fn by_id<'a>(items: impl IntoIterator<Item = (&'a String, &'a String)>) -> Json {
    Json::Object(
        items
            .into_iter()
            .map(|(id, text)| (id.clone(), json!(text)))
            .collect(),
    )
}

/// What `verbatim.rs` checks the hostile crate against: every text of the
/// model, and every example's facts and decision as the interpreter gives it.
fn expected(reg: &Regulation) -> Json {
    let categories = reg.categories.iter().flat_map(|c| {
        std::iter::once((&c.id, text(&c.clause)))
            .chain(c.branches.iter().map(|b| (&b.id, text(&b.clause))))
    });
    let plain = reg
        .categories
        .iter()
        .filter_map(|c| Some((&c.id, c.clause.wording.plain.as_ref()?)));
    let grounds = reg
        .categories
        .iter()
        .flat_map(|c| c.grounds.iter().map(|g| (&g.id, text(&g.clause))));
    let examples: Vec<Json> = reg
        .examples
        .iter()
        .map(|e| {
            let facts = e
                .given
                .iter()
                .map(|g| (g.fact.clone(), g.value.clone()))
                .collect();
            let query = interpret::Query {
                accepted: e.accepted,
                ..interpret::Query::default()
            };
            let decision = explain(reg, &facts, &query).unwrap();
            json!({
                "id": e.id,
                "facts": serde_json::to_value(&facts).unwrap(),
                "accepted": e.accepted.map(|d| d.to_string()),
                "decision": crate::support::as_the_crate_answers(serde_json::to_value(decision).unwrap()),
            })
        })
        .collect();
    let order = reg.order.as_ref().unwrap();
    let registration = reg.registration.as_ref().unwrap();
    let choice = reg.choices.iter().find(|c| c.id == "option").unwrap();
    json!({
        "title": reg.title,
        "order": {"number": order.number, "by": order.by},
        "registration": {"number": registration.number, "by": registration.by},
        "category": by_id(categories),
        "plain": by_id(plain),
        "ground": by_id(grounds),
        "representative": by_id(reg.representatives.iter().map(|r| (&r.id, text(&r.clause)))),
        "term": by_id(reg.terms.iter().map(|t| (&t.id, text(&t.clause)))),
        "document": by_id(reg.documents.iter().map(|d| (&d.id, text(&d.clause)))),
        "act": by_id(reg.acts.iter().map(|a| (&a.id, &a.title))),
        "act_number": by_id(reg.acts.iter().filter_map(|a| Some((&a.id, a.number.as_ref()?)))),
        "status": by_id(reg.statuses.iter().map(|s| (&s.id, &s.title))),
        "application": by_id(reg.applications.iter().map(|a| (&a.id, &a.title))),
        "event": by_id(reg.events.iter().map(|e| (&e.id, &e.title))),
        "form": by_id(reg.forms.iter().map(|f| (&f.id, &f.title))),
        "fact": by_id(reg.facts.iter().map(|f| (&f.id, &f.question))),
        "option": by_id(choice.options.iter().map(|o| (&o.id, &o.title))),
        "examples": examples,
    })
}

#[test]
fn the_hostile_crate_builds_lints_tests_and_keeps_every_text() {
    let reg = hostile();
    let (_dir, krate) = write_crate(&reg);
    // The check the generated code gets: verbatim texts and the
    // interpreter's decisions, from data rather than from Rust literals
    // written by the code under test.
    let tests = krate.join("tests");
    std::fs::copy(
        root().join("tests/fixtures/hostile/verbatim.rs"),
        tests.join("verbatim.rs"),
    )
    .unwrap();
    let expected = serde_json::to_string_pretty(&expected(&reg)).unwrap();
    std::fs::write(tests.join("expected.json"), expected).unwrap();
    let mut manifest = std::fs::read_to_string(krate.join("Cargo.toml")).unwrap();
    manifest.push_str("\n[dev-dependencies]\nserde_json = \"1.0\"\n");
    std::fs::write(krate.join("Cargo.toml"), manifest).unwrap();

    for features in [&[][..], &["--features", "serde"][..]] {
        let mut args = vec!["clippy", "--offline", "--all-targets"];
        args.extend(features);
        args.extend(["--", "-D", "warnings"]);
        if features.is_empty() {
            // verbatim.rs reads JSON; without serde only the library and
            // the examples are built.
            args = vec![
                "clippy",
                "--offline",
                "--lib",
                "--test",
                "examples",
                "--",
                "-D",
                "warnings",
            ];
        }
        cargo(&krate, &args);
    }
    // The examples (three), the verbatim checks (four), the doc example
    // (one, so no indented or fenced text of the source became a doctest),
    // and the unit tests of the copied modules (ten).
    for (target, passed) in [
        (&["--test", "examples"][..], 3),
        (&["--test", "verbatim"][..], 4),
        (&["--doc"][..], 1),
        (&["--lib"][..], 10),
    ] {
        let mut args = vec!["test", "--offline", "--features", "serde"];
        args.extend(target);
        let out = cargo(&krate, &args);
        let summary = format!("test result: ok. {passed} passed; 0 failed");
        assert!(out.contains(&summary), "{target:?}:\n{out}");
    }
}

/// The text of an HTML page as a reader sees it: tags removed, entities
/// decoded, runs of white space made one space.
fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let mut decoded = String::new();
    let mut rest = text.as_str();
    while let Some(i) = rest.find('&') {
        decoded.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|&e| e < 10);
        let entity = end.map(|e| &rest[1..e]);
        let c = match entity {
            Some("lt") => Some('<'),
            Some("gt") => Some('>'),
            Some("amp") => Some('&'),
            Some("quot") => Some('"'),
            Some("nbsp") => Some(' '),
            Some(e) if e.starts_with("#x") => u32::from_str_radix(&e[2..], 16)
                .ok()
                .and_then(char::from_u32),
            Some(e) if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match (c, end) {
            (Some(c), Some(e)) => {
                decoded.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                decoded.push('&');
                rest = &rest[1..];
            }
        }
    }
    decoded.push_str(rest);
    one_space(&decoded)
}

fn one_space(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `cargo doc` of a crate, and the visible text of one of its pages.
fn doc_page(krate: &Path, name: &str, page: &str) -> (String, String) {
    cargo(krate, &["doc", "--offline", "--no-deps"]);
    let html = std::fs::read_to_string(target().join("doc").join(name).join(page)).unwrap();
    let text = visible_text(&html);
    (html, text)
}

#[test]
fn the_docs_show_the_clause_texts_as_written() {
    let reg = hostile();
    let (_dir, krate) = write_crate(&reg);
    let (html, text) = doc_page(&krate, "move_rules", "enum.Category.html");
    let category = reg.categories.iter().find(|c| c.id == "impl").unwrap();
    let source = &category.clause.wording.text;
    assert!(source.contains("*/") && source.contains("```") && source.contains("<b>"));
    for line in source.lines().filter(|l| !l.trim().is_empty()) {
        assert!(
            text.contains(&one_space(line)),
            "the docs do not show the line {line:?} as written:\n{text}"
        );
    }
    // Shown as text, not made into markup.
    for markup in [
        "<b>not html</b>",
        "href=\"http://example.com\"",
        "<em>not emphasis",
        ">Not a heading<",
    ] {
        assert!(!html.contains(markup), "{markup} became markup");
    }
    assert!(!html.contains("fn not_a_test() { panic!() }</code>"));
}

#[test]
fn the_bundled_crate_docs_quote_each_clause_and_its_example_runs() {
    let reg = regulation("regulations/residence-permit.rgl");
    let (_dir, krate) = write_crate(&reg);
    // `cargo test --all-targets` does not run doctests; the crate's example
    // of use is run here.
    let out = cargo(&krate, &["test", "--offline", "--doc"]);
    assert!(out.contains("test result: ok. 1 passed; 0 failed"), "{out}");
    let (_, text) = doc_page(&krate, "residence_permit", "enum.Category.html");
    for category in &reg.categories {
        let number = category.clause.clause.as_ref().unwrap();
        assert!(
            text.contains(&format!("Clause {number}.")),
            "clause {number}"
        );
        let first = category.clause.wording.text.lines().next().unwrap();
        assert!(
            text.contains(&one_space(first)),
            "the text of clause {number}"
        );
    }
    let (_, text) = doc_page(&krate, "residence_permit", "enum.Document.html");
    for document in &reg.documents {
        let first = document
            .clause
            .wording
            .text
            .lines()
            .next()
            .unwrap_or_default();
        assert!(
            text.contains(&one_space(first)),
            "the text of document {}",
            document.id
        );
    }
}

/// The lines of the first fenced block after `open` in `text`.
fn fenced(text: &str, open: &str) -> String {
    let mut lines = text.lines().skip_while(|l| l.trim_end() != open).skip(1);
    let block: Vec<&str> = lines
        .by_ref()
        .take_while(|l| l.trim_end() != "```")
        .collect();
    assert!(!block.is_empty(), "no {open} block");
    block.join("\n")
}

#[test]
fn the_developer_docs_show_the_crates_own_example() {
    let files = generate(&regulation("regulations/residence-permit.rgl"));
    let docs: Vec<&str> = files["src/lib.rs"]
        .lines()
        .filter_map(|l| l.strip_prefix("//!"))
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect();
    let doctest = fenced(&docs.join("\n"), "```");
    assert!(doctest.contains("decide(&facts, &query)"));
    assert_eq!(fenced(&files["README.md"], "```rust"), doctest, "README.md");
    let page = std::fs::read_to_string(root().join("docs/rust-crate.md")).unwrap();
    assert_eq!(
        fenced(&page, "```rust"),
        doctest,
        "docs/rust-crate.md shows the crate's doctest"
    );
}

#[test]
fn the_command_line_builds_the_crate() {
    let out = tempfile::tempdir().unwrap();
    let mut cmd = assert_cmd::Command::cargo_bin("reglament").unwrap();
    cmd.current_dir(root())
        .args(["build", "--target", "rust", "--out"])
        .arg(out.path())
        .arg("tests/fixtures/hostile/hostile.rgl")
        .assert()
        .success();
    let mut written = reglament::output::read_tree(out.path()).unwrap();
    // The folder's lock and manifest are the build's, not the crate's.
    written.remove(reglament::output::LOCK_FILE);
    written.remove(reglament::output::MANIFEST_FILE);
    let expected: BTreeMap<String, Vec<u8>> = generate(&hostile())
        .into_iter()
        .map(|(path, text)| (format!("rust/move/{path}"), text.into_bytes()))
        .collect();
    assert_eq!(written, expected);
}

/// The mini regulation with the category `minors` applying when `condition`.
fn mini_with_condition(condition: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let mini = root().join("tests/fixtures/mini");
    std::fs::copy(mini.join("acts.rgl"), dir.path().join("acts.rgl")).unwrap();
    let text = std::fs::read_to_string(mini.join("mini.rgl")).unwrap();
    let old = "  applies when age is under 18 years or incapacitated\nend\n\nrepresentative";
    assert!(text.contains(old));
    let text = text.replace(
        old,
        &format!("  applies when {condition}\nend\n\nrepresentative"),
    );
    let main = dir.path().join("mini.rgl");
    std::fs::write(&main, text).unwrap();
    (dir, main)
}

/// `and` and `or` alternating `depth` levels deep, in brackets.
fn alternating(depth: usize) -> String {
    let mut condition = "incapacitated".to_owned();
    for level in 0..depth {
        let join = if level % 2 == 0 { "and" } else { "or" };
        condition = format!("age is under {level} years {join} ({condition})");
    }
    condition
}

#[test]
fn deeply_nested_conditions_are_laid_out_in_linear_time_as_rustfmt_does() {
    // Depth 12 took 80 s when every layout was tried afresh; the layout
    // itself counts its work (see `layout`'s tests), here the command
    // must finish and print what rustfmt prints.
    let (dir, main) = mini_with_condition(&alternating(20));
    let project = check_files(&RealFileSystem, &[main]).unwrap();
    assert!(!project.has_errors(), "{:#?}", project.problems());
    let reg = project.regulations().next().unwrap().clone();
    let files = generate(&reg);
    let categories = &files["src/categories.rs"];
    // 20 in the category, one in the representative's rule.
    assert_eq!(
        categories.matches("under(facts.age(), Fact::Age").count(),
        20 + 1
    );
    assert_eq!(*categories, rustfmt(categories));
    drop(dir);
}

#[test]
fn a_condition_deeper_than_the_backend_writes_is_an_error_not_a_crash() {
    // A model no checker would pass (thousands of `not`): the backend
    // refuses it with a message rather than overflowing its stack.
    // Built on a small stack, as a test thread has.
    let (dir, main) = mini_with_condition("age is at least 18 years");
    let project = check_files(&RealFileSystem, &[main]).unwrap();
    let mut reg = project.regulations().next().unwrap().clone();
    let category = reg
        .categories
        .iter_mut()
        .find(|c| c.id == "minors")
        .unwrap();
    let mut condition = category.applies.clone().unwrap();
    for _ in 0..10_000 {
        condition = reglament::model::Condition::Not {
            inner: Box::new(condition),
        };
    }
    category.applies = Some(condition);
    let failed = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || {
            let mut out = MemoryWriter::default();
            let result = build(&reg, &[Target::Rust], &mut out);
            // The model is dropped here, on this thread: its own drop is
            // recursive, but not the backend's business.
            std::mem::forget(reg);
            result.map_err(|e| e.to_string())
        })
        .unwrap()
        .join()
        .unwrap();
    let message = failed.unwrap_err();
    assert!(message.contains("nested more than 200 levels"), "{message}");
    drop(dir);
}
