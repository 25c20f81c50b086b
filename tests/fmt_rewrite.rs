//! How `reglament fmt` writes a source back: all at once (a write that
//! fails part-way, a full disk, leaves the legal text as it was, never cut
//! off), through a symbolic link to the file it names, and with the file's
//! permissions kept, as an editor saves; how it goes on past a file that is
//! no source; and how `--diff` names files whatever their names hold.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![cfg(unix)]

use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;
use std::process::Command;

const MESSY: &str = "act law_a\n    title    \"Law A\"\nend\n";
const TIDY: &str = "act law_a\n  title \"Law A\"\nend\n";

fn fmt(dir: &Path, file: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_reglament"))
        .args(["fmt", file])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// A file the size limit (`ulimit -f`) stops half-way is what a full disk
/// does to a write. The source must come out of it whole, with no
/// temporary file left beside it.
#[test]
fn a_write_that_fails_part_way_leaves_the_source_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    // 200 acts, each laid out badly: about 9 KB, past the 4 KB limit below.
    let messy: String = (0..200)
        .map(|i| format!("act law_{i}\n    title    \"Law {i}\"\nend\n"))
        .collect();
    std::fs::write(dir.path().join("big.rgl"), &messy).unwrap();
    // `ulimit -f` counts blocks of 512 bytes; a write past the limit fails
    // with "file too large" once SIGXFSZ, which would kill, is ignored.
    let out = Command::new("sh")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 8; exec \"$0\" fmt big.rgl")
        .arg(env!("CARGO_BIN_EXE_reglament"))
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("cannot write `big.rgl`"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("big.rgl")).unwrap(),
        messy
    );
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["big.rgl"]);
}

#[test]
fn a_symbolic_link_stays_a_link_and_the_file_it_names_is_formatted() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("real")).unwrap();
    std::fs::write(dir.path().join("real/acts.rgl"), MESSY).unwrap();
    std::os::unix::fs::symlink("real/acts.rgl", dir.path().join("acts.rgl")).unwrap();
    let out = fmt(dir.path(), "acts.rgl");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let link = std::fs::symlink_metadata(dir.path().join("acts.rgl")).unwrap();
    assert!(
        link.file_type().is_symlink(),
        "the link was replaced by a file"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("real/acts.rgl")).unwrap(),
        TIDY
    );
}

#[test]
fn the_files_permissions_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("acts.rgl");
    std::fs::write(&path, MESSY).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    let out = fmt(dir.path(), "acts.rgl");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), TIDY);
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

/// A file that is not UTF-8 is reported as `check` reports it (R0113), and
/// the files after it are still formatted.
#[test]
fn a_file_that_is_not_utf8_is_reported_and_the_others_are_formatted() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.rgl"), MESSY).unwrap();
    std::fs::write(dir.path().join("b.rgl"), b"# \xff\n").unwrap();
    std::fs::write(dir.path().join("c.rgl"), MESSY).unwrap();
    let out = fmt(dir.path(), ".");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("R0113"), "{stderr}");
    for name in ["a.rgl", "c.rgl"] {
        assert_eq!(
            std::fs::read_to_string(dir.path().join(name)).unwrap(),
            TIDY,
            "{name}"
        );
    }
}

/// Odd names (a space, a tab, a backslash, a line break, bytes that are
/// not UTF-8) are quoted and escaped as git quotes them, so `git apply` of
/// the whole folder's diff gives every file formatted.
#[test]
fn diff_names_odd_files_so_that_git_apply_takes_the_patch() {
    let dir = tempfile::tempdir().unwrap();
    let mut names = vec![
        std::ffi::OsStr::new("my file.rgl"),
        std::ffi::OsStr::new("tab\tx.rgl"),
        std::ffi::OsStr::new("back\\slash.rgl"),
        std::ffi::OsStr::new("new\nline.rgl"),
    ];
    // "café" in Latin-1, which no UTF-8 reading can name (Linux keeps a
    // name's bytes; macOS refuses a name that is not UTF-8).
    #[cfg(target_os = "linux")]
    names.push(std::os::unix::ffi::OsStrExt::from_bytes(b"caf\xe9.rgl"));
    for name in &names {
        std::fs::write(dir.path().join(name), MESSY).unwrap();
    }
    let out = Command::new(env!("CARGO_BIN_EXE_reglament"))
        .args(["fmt", "--diff", "."])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let patch = String::from_utf8(out.stdout).unwrap();
    assert!(patch.contains("--- \"a/my file.rgl\"\n"), "{patch}");
    assert!(patch.contains("--- \"a/back\\\\slash.rgl\"\n"), "{patch}");
    #[cfg(target_os = "linux")]
    assert!(patch.contains("--- \"a/caf\\351.rgl\"\n"), "{patch}");
    std::fs::write(dir.path().join("fmt.patch"), &patch).unwrap();
    let applied = Command::new("git")
        .args(["apply", "fmt.patch"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(applied.status.success(), "{applied:?}\n{patch}");
    for name in names {
        assert_eq!(
            std::fs::read_to_string(dir.path().join(name)).unwrap(),
            TIDY,
            "{name:?}"
        );
    }
}

/// A source set read-only is not rewritten behind its owner's back (the
/// rename would replace it although it may not be written).
#[test]
fn a_read_only_source_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("acts.rgl");
    std::fs::write(&path, MESSY).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let out = fmt(dir.path(), "acts.rgl");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("the file is read-only"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), MESSY);
}
