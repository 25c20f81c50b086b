//! Where `reglament decide` writes, and what is left when it cannot
//! finish: `-o` puts the decisions in place whole at the end (a failed or
//! stopped run leaves the old file and no temporary file), refuses to
//! write over the applications it reads, and a reader that goes away
//! (`decide ... | head`) ends the run quietly.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const OLD: &str = "the decisions of an earlier run\n";

/// Records of the bundled regulation, `n` of them.
fn records(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "{{\"status\":\"foreign_citizen\",\"application\":\"issue\",\"age\":{},\"accepted\":\"2025-03-{:02}\"}}\n",
                i % 90,
                1 + i % 28
            )
        })
        .collect()
}

fn decide(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_reglament"));
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .arg("decide")
        .arg("--regulation")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("regulations"));
    cmd
}

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_output_cannot_be_the_input_nor_a_link_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let text = records(3);
    std::fs::write(dir.path().join("work.jsonl"), &text).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("work.jsonl", dir.path().join("link.jsonl")).unwrap();
    let outputs: &[&str] = if cfg!(unix) {
        &["work.jsonl", "./work.jsonl", "link.jsonl"]
    } else {
        &["work.jsonl", "./work.jsonl"]
    };
    for output in outputs {
        let out = decide(dir.path())
            .args(["work.jsonl", "-o", output])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "-o {output}: {stderr}");
        assert!(
            stderr.contains("is both the applications and the output"),
            "{stderr}"
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("work.jsonl")).unwrap(),
            text
        );
    }
}

#[test]
fn a_run_that_fails_leaves_the_old_output_and_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("out.jsonl"), OLD).unwrap();
    std::fs::create_dir(dir.path().join("a-folder")).unwrap();
    let out = decide(dir.path())
        .args(["a-folder", "-o", "out.jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out.jsonl")).unwrap(),
        OLD
    );
    assert_eq!(names(dir.path()), ["a-folder", "out.jsonl"]);
}

#[test]
fn a_run_that_ends_puts_every_decision_in_place() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("in.jsonl"), records(10)).unwrap();
    std::fs::write(dir.path().join("out.jsonl"), OLD).unwrap();
    let out = decide(dir.path())
        .args(["in.jsonl", "-o", "out.jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let written = std::fs::read_to_string(dir.path().join("out.jsonl")).unwrap();
    assert_eq!(written.lines().count(), 10);
    assert!(
        written.starts_with("{\"line\":1,\"decision\":"),
        "{written}"
    );
    assert_eq!(names(dir.path()), ["in.jsonl", "out.jsonl"]);
}

/// Ctrl-C (SIGINT) or SIGTERM while the decisions are being written, even
/// while the run waits for more applications on standard input: the run
/// ends with 130, as a shell reports a program Ctrl-C stopped, and takes
/// its temporary file away.
#[cfg(unix)]
#[test]
fn a_run_stopped_by_a_signal_leaves_the_old_output_and_no_temporary_file() {
    for signal in ["-INT", "-TERM"] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("out.jsonl"), OLD).unwrap();
        let mut child = decide(dir.path())
            .args(["-", "-o", "out.jsonl"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Some records, and standard input left open: the run waits for
        // more, writing, when the signal comes.
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(records(5).as_bytes()).unwrap();
        // The patience only keeps a broken run from hanging the test.
        let patience = Instant::now() + Duration::from_secs(120);
        while !names(dir.path())
            .iter()
            .any(|n| n.ends_with(".reglament-tmp"))
        {
            assert!(Instant::now() < patience, "no temporary file appeared");
            std::thread::sleep(Duration::from_millis(20));
        }
        let killed = Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let out = child.wait_with_output().unwrap();
        drop(stdin);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(130), "{signal}: {stderr}");
        assert!(stderr.contains("no decisions were written"), "{stderr}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("out.jsonl")).unwrap(),
            OLD
        );
        assert_eq!(names(dir.path()), ["out.jsonl"], "{signal}");
    }
}

/// A device cannot be replaced by a file: `-o /dev/null` writes into it,
/// and it is still the device after (a file put in its place, as root,
/// would break every program on the machine).
#[cfg(unix)]
#[test]
fn a_device_is_written_straight_and_stays_a_device() {
    use std::os::unix::fs::FileTypeExt as _;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("in.jsonl"), records(3)).unwrap();
    let out = decide(dir.path())
        .args(["in.jsonl", "-o", "/dev/null"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let null = std::fs::metadata("/dev/null").unwrap();
    assert!(null.file_type().is_char_device());
}

/// An output of applicants' data set private stays private, and one that
/// is read-only, or a folder, is refused before anything is decided.
#[cfg(unix)]
#[test]
fn the_outputs_permissions_are_kept_and_a_folder_or_read_only_file_refused() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("in.jsonl"), records(3)).unwrap();
    let private = dir.path().join("private.jsonl");
    std::fs::write(&private, OLD).unwrap();
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = decide(dir.path())
        .args(["in.jsonl", "-o", "private.jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let mode = std::fs::metadata(&private).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);

    std::fs::create_dir(dir.path().join("a-folder")).unwrap();
    let locked = dir.path().join("locked.jsonl");
    std::fs::write(&locked, OLD).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o444)).unwrap();
    for (output, reason) in [
        ("a-folder", "it is a folder, not a file"),
        ("locked.jsonl", "the file is read-only"),
    ] {
        let out = decide(dir.path())
            .args(["in.jsonl", "-o", output])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(reason), "{stderr}");
        assert!(
            !stderr.contains("decided"),
            "decided before refusing: {stderr}"
        );
    }
    assert_eq!(std::fs::read_to_string(&locked).unwrap(), OLD);
}

/// `decide ... | head`: the reader has gone, so the run ends quietly with
/// 141, as `cat` and `grep` do and as `explain` does.
#[test]
fn a_closed_standard_output_ends_quietly_with_141() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("in.jsonl"), records(10_000)).unwrap();
    let mut child = decide(dir.path())
        .arg("in.jsonl")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Dropping the only reading end: every write the command makes fails.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(141), "{stderr}");
    assert!(!stderr.contains("error"), "{stderr}");
}
