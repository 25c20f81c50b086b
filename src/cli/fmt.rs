//! `reglament fmt`: rewrite `.rgl` files in the canonical layout.

use std::path::{Component, Path, PathBuf};

use reglament::format::format;
use reglament::load::{io_reason, refusal_problem};
use reglament::source::{FileSystem as _, RealFileSystem, Refusal, Sources, display_path};

use super::MessageFormat;
use super::common::{FAILED, OK, USAGE, report, rgl_files, usage_error};

/// Arguments of `fmt`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories to format (default: everything under `regulations/`).
    paths: Vec<PathBuf>,
    /// Change nothing: list the files that are not formatted, and exit 1 if any.
    #[arg(long)]
    check: bool,
    /// Change nothing: print what would change as a unified diff (as `git
    /// diff` shows it), and exit 1 if any file would change.
    #[arg(long, conflicts_with = "check")]
    diff: bool,
}

pub fn run(args: &Args, message_format: MessageFormat) -> u8 {
    if args.diff && message_format == MessageFormat::Json {
        // Both would go to standard output, and neither could be read.
        return usage_error(
            "`fmt --diff` prints a patch on standard output, where `--message-format json` \
             prints its report: use `fmt --check` with JSON",
        );
    }
    let files = match rgl_files(&args.paths) {
        Ok(f) => f,
        Err(e) => return usage_error(&e),
    };
    let mut sources = Sources::default();
    let mut problems = Vec::new();
    let mut changed = Vec::new();
    let dry = args.check || args.diff;
    for path in &files {
        // Read as `check` reads: only regular UTF-8 files of at most 16 MiB
        // (a FIFO named here would otherwise block).
        let text = match RealFileSystem.read_to_string(path) {
            Ok(t) => t,
            // A file that is there but is no source (not UTF-8, too large)
            // is reported as `check` reports it, and the others are done.
            Err(e) => match Refusal::of(&e) {
                Some(refusal) => {
                    let shown = display_path(path);
                    let id = sources.add(shown.clone(), refusal.kept_text());
                    problems.push(refusal_problem(refusal, id, &shown, None));
                    continue;
                }
                None => {
                    return usage_error(&format!(
                        "cannot read `{}`: {}",
                        display_path(path),
                        io_reason(&e)
                    ));
                }
            },
        };
        let id = sources.add(display_path(path), text.clone());
        match format(&text, id) {
            Err(found) => problems.extend(found),
            Ok(formatted) if formatted != text => {
                if args.diff {
                    print!("{}", unified_diff(path, &text, &formatted));
                } else if !dry
                    && let Err(e) = reglament::output::write_whole(path, formatted.as_bytes())
                {
                    eprintln!(
                        "error: cannot write `{}`: {}",
                        display_path(path),
                        io_reason(&e)
                    );
                    return USAGE;
                }
                changed.push(display_path(path));
            }
            Ok(_) => {}
        }
    }
    report(&problems, &sources, message_format);
    if !args.diff {
        for path in &changed {
            println!("{path}");
        }
    }
    if message_format == MessageFormat::Human {
        let n = changed.len();
        let files = if n == 1 { "file" } else { "files" };
        if dry {
            eprintln!("{n} {files} not formatted");
        } else {
            eprintln!("formatted {n} {files}");
        }
    }
    if !problems.is_empty() || (dry && !changed.is_empty()) {
        FAILED
    } else {
        OK
    }
}

/// What `fmt` would change in one file, with three lines of context, so a
/// reviewer reads it like any other diff. A path below the current folder
/// gets git's `a/` and `b/` headers, which `git apply` takes; another
/// (absolute, or with `..`) is named as it is, which `patch` takes.
fn unified_diff(path: &Path, before: &str, after: &str) -> String {
    let below = !path
        .components()
        .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir));
    // A name's bytes, not its text: a name that is not UTF-8 is still one
    // file, written as escaped bytes.
    let (old, new) = if below {
        // Joined with `/` whatever the platform's separator, as git does.
        let mut name = Vec::new();
        for c in path.components() {
            if let Component::Normal(part) = c {
                if !name.is_empty() {
                    name.push(b'/');
                }
                name.extend_from_slice(part.as_encoded_bytes());
            }
        }
        (
            diff_name(&[b"a/", &name[..]].concat()),
            diff_name(&[b"b/", &name[..]].concat()),
        )
    } else {
        let name = diff_name(path.as_os_str().as_encoded_bytes());
        (name.clone(), name)
    };
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(3)
        .header(&old, &new)
        .to_string()
}

/// A file's name in a diff header, in a form `git apply` and `patch` both
/// read back: as it is (a backslash is part of a name on Unix, not a
/// separator), or in double quotes with C escapes when it holds a space, a
/// quote, a backslash, a control character or bytes that are not UTF-8
/// (octal escapes, as git writes them). Git itself leaves a space
/// unquoted and, by default, escapes UTF-8 too; both readers take either.
fn diff_name(name: &[u8]) -> String {
    let plain = |c: char| !(matches!(c, ' ' | '"' | '\\') || c.is_control());
    if let Ok(text) = std::str::from_utf8(name)
        && text.chars().all(plain)
    {
        return text.to_owned();
    }
    let octal = |quoted: &mut String, bytes: &[u8]| {
        for b in bytes {
            quoted.push_str(&format!("\\{b:03o}"));
        }
    };
    let mut quoted = String::from('"');
    for chunk in name.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '"' => quoted.push_str("\\\""),
                '\\' => quoted.push_str("\\\\"),
                '\t' => quoted.push_str("\\t"),
                '\n' => quoted.push_str("\\n"),
                '\r' => quoted.push_str("\\r"),
                c if c.is_control() => octal(&mut quoted, c.encode_utf8(&mut [0; 4]).as_bytes()),
                c => quoted.push(c),
            }
        }
        octal(&mut quoted, chunk.invalid());
    }
    quoted.push('"');
    quoted
}
