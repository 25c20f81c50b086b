//! No input makes the command panic, overflow its stack or hang: each test
//! gives it something hostile (a line of 70,000 characters, brackets nested
//! 100,000 deep, a folder that links to itself, a pipe closed by its reader,
//! a FIFO, a device, a huge file, bytes that are not UTF-8; as a source,
//! or as the facts, form data or office profiles a command reads) and
//! checks that it ends with a coded diagnostic, an error naming the file
//! (exit 2), or a quiet, conventional exit.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use assert_cmd::Command;
use predicates::prelude::*;

/// Long enough for any test here on a slow machine; a hang never ends.
const PATIENCE: Duration = Duration::from_secs(60);

fn reglament(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("reglament").unwrap();
    cmd.current_dir(dir).timeout(PATIENCE);
    cmd
}

fn mini() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini")
}

/// A folder holding a copy of the mini regulation (`mini.rgl`, `acts.rgl`),
/// with `from` replaced by `to` in `mini.rgl`.
fn mini_with(from: &str, to: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in ["mini.rgl", "acts.rgl"] {
        let text = std::fs::read_to_string(mini().join(name)).unwrap();
        let text = if name == "mini.rgl" {
            assert!(text.contains(from), "fixture lacks {from:?}");
            text.replacen(from, to, 1)
        } else {
            text
        };
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

/// The mini regulation with the adults' condition replaced by `condition`.
fn mini_with_condition(condition: &str) -> tempfile::TempDir {
    mini_with(
        "applies when age is at least 18 years",
        &format!("applies when {condition}"),
    )
}

/// Runs `check` in `dir` on `args` and returns the exit code and stderr; a
/// panic (exit 101) or a signal (no code) fails the test.
fn check(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = reglament(dir).arg("check").args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let code = out.status.code();
    assert!(
        code.is_some_and(|c| c != 101) && !stderr.contains("panicked"),
        "check {args:?} crashed: {:?}\n{stderr}",
        out.status
    );
    (code.unwrap_or(-1), stderr)
}

#[test]
fn a_mistake_past_column_65535_is_reported() {
    // miette's graphical report panics when it pads past 65,535 columns.
    let title = "A".repeat(70_000);
    let dir = mini_with(
        "title \"Mini regulation on issuing a permit\"",
        &format!("title \"{title}\" stray"),
    );
    let (code, stderr) = check(dir.path(), &["mini.rgl"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("R0101"), "{stderr}");
    assert!(stderr.contains("mini.rgl:5:70012"), "{stderr}");
}

#[test]
fn brackets_nested_100000_deep_are_refused_with_a_code() {
    let n = 100_000;
    let dir = mini_with_condition(&format!("{}incapacitated{}", "(".repeat(n), ")".repeat(n)));
    let (code, stderr) = check(dir.path(), &["mini.rgl"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("R0111"), "{stderr}");
}

#[test]
fn nots_nested_100000_deep_are_refused_with_a_code() {
    let dir = mini_with_condition(&format!("{}incapacitated", "not ".repeat(100_000)));
    let (code, stderr) = check(dir.path(), &["mini.rgl"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("R0111"), "{stderr}");
}

#[test]
fn deep_input_never_reaches_the_backends() {
    let dir = mini_with_condition(&format!("{}incapacitated", "not (".repeat(10_000)));
    let out = reglament(dir.path())
        .args(["build", "--target", "json", "--target", "rust", "mini.rgl"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("R0111"));
    assert!(!dir.path().join("out").exists(), "{out:?}");
}

#[test]
fn nesting_up_to_the_limit_is_accepted() {
    let depth = reglament::syntax::MAX_NESTING;
    let half = depth / 2;
    let condition = format!(
        "{}age is at least 18 years{}",
        "not (not (".repeat(half / 2),
        "))".repeat(half / 2)
    );
    let dir = mini_with_condition(&condition);
    let (code, stderr) = check(dir.path(), &["mini.rgl"]);
    assert_eq!(code, 0, "{stderr}");
}

#[cfg(unix)]
#[test]
fn links_to_a_parent_folder_do_not_repeat_or_loop() {
    let dir = mini_with("", "");
    let regs = dir.path();
    std::os::unix::fs::symlink(".", regs.join("again")).unwrap();
    std::os::unix::fs::symlink(".", regs.join("and_again")).unwrap();
    std::fs::create_dir(regs.join("sub")).unwrap();
    std::os::unix::fs::symlink("..", regs.join("sub/up")).unwrap();
    let (code, stderr) = check(regs, &["."]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("checked 2 files"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_file_linked_twice_is_one_regulation() {
    let dir = mini_with("", "");
    std::os::unix::fs::symlink("mini.rgl", dir.path().join("copy.rgl")).unwrap();
    let (code, stderr) = check(dir.path(), &["."]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("checked 2 files"), "{stderr}");
}

/// Two links to the folder itself make `a/inc.rgl`, `b/inc.rgl`,
/// `a/a/inc.rgl`, ... paths without end to one file: known by what it is,
/// not by its path, the file including itself is a circle, reported once
/// per include, not 2 to the power of 40 files read.
#[cfg(unix)]
#[test]
fn includes_through_links_to_one_folder_are_a_circle() {
    let dir = mini_with(
        "include \"acts.rgl\"",
        "include \"acts.rgl\"\ninclude \"inc.rgl\"",
    );
    std::os::unix::fs::symlink(".", dir.path().join("a")).unwrap();
    std::os::unix::fs::symlink(".", dir.path().join("b")).unwrap();
    std::fs::write(
        dir.path().join("inc.rgl"),
        "include \"a/inc.rgl\"\ninclude \"b/inc.rgl\"\n",
    )
    .unwrap();
    let (code, stderr) = check(dir.path(), &["mini.rgl"]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(stderr.matches("R0103").count(), 2, "{stderr}");
    assert!(stderr.contains("checked 3 files: 2 errors"), "{stderr}");
}

/// A file that includes itself through a link to its folder's parent is
/// the same circle as one that names itself.
#[cfg(unix)]
#[test]
fn a_file_including_itself_through_a_link_is_a_circle() {
    let dir = mini_with(
        "include \"acts.rgl\"",
        "include \"acts.rgl\"\ninclude \"sub/up/mini.rgl\"",
    );
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::os::unix::fs::symlink("..", dir.path().join("sub/up")).unwrap();
    let (code, stderr) = check(dir.path(), &["mini.rgl"]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(stderr.matches("R0103").count(), 1, "{stderr}");
    assert!(stderr.contains("checked 2 files: 1 error"), "{stderr}");
}

/// Runs the command with standard output or error closed by its reader
/// before anything is written, and returns its exit code.
fn with_closed_pipe(args: &[&str], close_stdout: bool) -> Option<i32> {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("reglament"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR")).args(args);
    if close_stdout {
        cmd.stdout(Stdio::piped()).stderr(Stdio::null());
    } else {
        cmd.stderr(Stdio::piped()).stdout(Stdio::null());
    }
    let mut child = cmd.spawn().unwrap();
    // Dropping the only reading end: every write the command makes fails.
    drop(child.stdout.take());
    drop(child.stderr.take());
    child.wait().unwrap().code()
}

#[test]
fn a_closed_standard_output_ends_quietly_with_141() {
    let code = with_closed_pipe(
        &[
            "--message-format",
            "json",
            "check",
            "tests/broken/r0101-misspelt-keyword.rgl",
        ],
        true,
    );
    assert_eq!(code, Some(141));
}

#[test]
fn a_closed_standard_error_ends_quietly_with_141() {
    let code = with_closed_pipe(&["check", "tests/broken/r0101-misspelt-keyword.rgl"], false);
    assert_eq!(code, Some(141));
}

/// The mini regulation including `target` too.
fn including(target: &str) -> tempfile::TempDir {
    mini_with(
        "include \"acts.rgl\"",
        &format!("include \"acts.rgl\"\ninclude \"{target}\""),
    )
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

#[cfg(unix)]
#[test]
fn an_included_fifo_is_refused_without_waiting() {
    let dir = including("pipe.rgl");
    mkfifo(&dir.path().join("pipe.rgl"));
    let (code, stderr) = check(dir.path(), &["mini.rgl"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("R0112"), "{stderr}");
    assert!(stderr.contains("not a regular file"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_fifo_named_or_found_in_a_folder_is_refused_without_waiting() {
    let dir = mini_with("", "");
    mkfifo(&dir.path().join("pipe.rgl"));
    for args in [&["pipe.rgl"][..], &["."][..]] {
        let (code, stderr) = check(dir.path(), args);
        assert_eq!(code, 1, "{args:?}: {stderr}");
        assert!(stderr.contains("R0112"), "{args:?}: {stderr}");
    }
}

#[cfg(unix)]
#[test]
fn an_included_device_is_refused() {
    let dir = including("/dev/zero");
    let (code, stderr) = check(dir.path(), &["mini.rgl"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("R0112"), "{stderr}");
}

#[test]
fn a_file_over_16_mib_is_refused_named_or_included() {
    let dir = including("huge.rgl");
    let limit = reglament::source::MAX_FILE_BYTES;
    let huge = "#".repeat(usize::try_from(limit).unwrap() + 1);
    std::fs::write(dir.path().join("huge.rgl"), huge).unwrap();
    for file in ["mini.rgl", "huge.rgl"] {
        let (code, stderr) = check(dir.path(), &[file]);
        assert_eq!(code, 1, "{file}: {stderr}");
        assert!(stderr.contains("R0112"), "{file}: {stderr}");
        assert!(stderr.contains("larger than 16 MiB"), "{file}: {stderr}");
    }
}

#[test]
fn text_not_in_utf8_is_the_same_problem_named_or_included() {
    let dir = including("latin1.rgl");
    std::fs::write(dir.path().join("latin1.rgl"), b"# caf\xe9\n").unwrap();
    for file in ["mini.rgl", "latin1.rgl"] {
        let (code, stderr) = check(dir.path(), &[file]);
        assert_eq!(code, 1, "{file}: {stderr}");
        assert!(stderr.contains("R0113"), "{file}: {stderr}");
        assert!(stderr.contains("latin1.rgl:1:6"), "{file}: {stderr}");
    }
}

#[test]
fn the_model_records_the_same_paths_however_the_files_are_named() {
    let dir = mini_with("", "");
    let absolute = dir.path().canonicalize().unwrap().join("mini.rgl");
    let mut models = Vec::new();
    for (out, named) in [
        ("a", "mini.rgl".to_owned()),
        ("b", "./mini.rgl".to_owned()),
        ("c", absolute.to_string_lossy().into_owned()),
    ] {
        reglament(dir.path())
            .args(["build", "--target", "json", "--out", out, &named])
            .assert()
            .success();
        models.push(std::fs::read(dir.path().join(out).join("json/mini.json")).unwrap());
    }
    assert_eq!(models[0], models[1]);
    assert_eq!(models[0], models[2]);
    let model: serde_json::Value = serde_json::from_slice(&models[0]).unwrap();
    assert_eq!(model["files"], serde_json::json!(["mini.rgl", "acts.rgl"]));
}

/// Runs `reglament` in the repository with `args`; its exit code and
/// standard error.
fn run(args: &[&std::ffi::OsStr]) -> (i32, String) {
    let out = reglament(Path::new(env!("CARGO_MANIFEST_DIR")))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// `explain --facts FILE` on the mini regulation.
fn explain_with_facts(facts: &Path) -> (i32, String) {
    let mini = mini();
    run(&[
        "explain".as_ref(),
        "--regulation".as_ref(),
        mini.as_os_str(),
        "--facts".as_ref(),
        facts.as_os_str(),
    ])
}

#[cfg(unix)]
#[test]
fn a_fifo_as_facts_is_refused_without_waiting() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("facts.json");
    mkfifo(&fifo);
    let (code, stderr) = explain_with_facts(&fifo);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("facts.json"), "{stderr}");
    assert!(stderr.contains("not a regular file"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_device_as_facts_is_refused_without_reading_it() {
    let (code, stderr) = explain_with_facts(Path::new("/dev/zero"));
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("`/dev/zero`: not a regular file"),
        "{stderr}"
    );
}

#[test]
fn facts_over_16_mib_are_refused_unparsed() {
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("facts.json");
    let limit = usize::try_from(reglament::source::MAX_FILE_BYTES).unwrap();
    // Valid JSON, so only the size can be the reason.
    std::fs::write(&facts, format!("{{}}{}", " ".repeat(limit))).unwrap();
    let (code, stderr) = explain_with_facts(&facts);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("facts.json`: larger than 16 MiB"),
        "{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_as_form_data_is_refused_without_waiting() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("data.json");
    mkfifo(&fifo);
    let pdf = dir.path().join("out.pdf");
    let (code, stderr) = run(&[
        "fill".as_ref(),
        "issue_form".as_ref(),
        "--data".as_ref(),
        fifo.as_os_str(),
        "-o".as_ref(),
        pdf.as_os_str(),
    ]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("data.json`: not a regular file"),
        "{stderr}"
    );
    assert!(!pdf.exists());
}

#[cfg(unix)]
#[test]
fn a_fifo_among_office_profiles_is_refused_without_waiting() {
    let dir = tempfile::tempdir().unwrap();
    let offices = dir.path().join("offices");
    std::fs::create_dir(&offices).unwrap();
    mkfifo(&offices.join("central.toml"));
    let out = dir.path().join("out");
    let mini = mini();
    let (code, stderr) = run(&[
        "build".as_ref(),
        "--target".as_ref(),
        "site".as_ref(),
        "--offices".as_ref(),
        offices.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        mini.as_os_str(),
    ]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("central.toml`: not a regular file"),
        "{stderr}"
    );
}
