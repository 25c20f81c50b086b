//! The output folder holds one build's output, whole, whatever happens to a
//! build: killed at any moment, run beside another build of the same
//! folder, or out of disk space; and a build removes only files an earlier
//! build wrote. Each case compares the folder byte for byte with a
//! reference build of each input and looks for stray files.
//!
//! The full-disk cases mount a small tmpfs, which needs root: elsewhere they
//! print why they are skipped, and fail when `CI=true`.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use fs4::fs_std::FileExt;
use reglament::output::read_tree;

type Tree = BTreeMap<String, Vec<u8>>;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Two versions of the bundled regulation that differ in one title, so
/// their builds write the same paths with different bytes: `a/` and `b/`,
/// each a folder to run `reglament build` in (`regulations/` inside).
fn inputs(dir: &Path) -> (PathBuf, PathBuf) {
    let a = dir.join("a");
    let b = dir.join("b");
    for v in [&a, &b] {
        copy_dir(&root().join("regulations"), &v.join("regulations"));
    }
    let main = b.join("regulations/residence-permit.rgl");
    let text = fs::read_to_string(&main).unwrap();
    let changed = text.replace(
        "title \"General provisions\"",
        "title \"General provisions (version B)\"",
    );
    assert_ne!(text, changed);
    fs::write(main, changed).unwrap();
    (a, b)
}

/// `reglament build` of everything under `input`, JSON and site (enough
/// files for a kill to land while they are published), into `out`.
fn build(input: &Path, out: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_reglament"));
    cmd.current_dir(input)
        .args(["build", "--target", "json", "--target", "site", "--out"])
        .arg(out)
        .stdin(Stdio::null());
    cmd
}

fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{:?} failed: {}",
        cmd,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Reference builds of both inputs, each into a fresh folder.
fn references(dir: &Path, a: &Path, b: &Path) -> (Tree, Tree, Duration) {
    let start = Instant::now();
    run(&mut build(a, &dir.join("ref-a/out")));
    let took = start.elapsed();
    run(&mut build(b, &dir.join("ref-b/out")));
    let ra = read_tree(&dir.join("ref-a/out")).unwrap();
    let rb = read_tree(&dir.join("ref-b/out")).unwrap();
    let differ = ra.keys().filter(|k| ra.get(*k) != rb.get(*k)).count();
    assert!(differ > 1, "the two inputs must differ in several files");
    assert_eq!(ra.keys().collect::<Vec<_>>(), rb.keys().collect::<Vec<_>>());
    (ra, rb, took)
}

/// Which reference `out` equals, byte for byte, with nothing more or less.
fn which<'a>(out: &Path, refs: &[(&'a str, &Tree)]) -> &'a str {
    let now = read_tree(out).unwrap();
    for &(name, tree) in refs {
        if now == *tree {
            return name;
        }
    }
    let differences: Vec<String> = refs
        .iter()
        .map(|(name, tree)| {
            let differ: std::collections::BTreeSet<&String> = now
                .keys()
                .chain(tree.keys())
                .filter(|k| tree.get(*k) != now.get(*k))
                .collect();
            format!(
                "from {name} in {} files, e.g. {:?}",
                differ.len(),
                differ.first()
            )
        })
        .collect();
    panic!(
        "`{}` is no one build's output: it differs {}",
        out.display(),
        differences.join("; ")
    );
}

/// The names in `dir` (no leftover staging folders beside `out`).
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn builds_killed_at_any_moment_leave_one_whole_build() {
    const KILLS: u32 = 40;
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = inputs(dir.path());
    let (ra, rb, took) = references(dir.path(), &a, &b);
    let refs = [("a", &ra), ("b", &rb)];
    let work = dir.path().join("work");
    let out = work.join("out");
    run(&mut build(&a, &out));
    let mut current = "a";
    let mut outcomes = BTreeMap::new();
    for i in 0..KILLS {
        // Half spread over the whole run, a little past its end, so that
        // kills land in loading, rendering, staging and the swap alike; half
        // near its end, where the files are written.
        let spread = f64::from(i / 2) / f64::from(KILLS / 2);
        let delay = took.mul_f64(if i % 2 == 0 {
            1.2 * spread
        } else {
            0.75 + 0.35 * spread
        });
        let input = if current == "a" { &b } else { &a };
        let mut child = build(input, &out)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let _ = child.kill();
        child.wait().unwrap();
        current = which(&out, &refs);
        *outcomes.entry(current).or_insert(0) += 1;
    }
    eprintln!("{KILLS} kills over {took:?}: the folder held {outcomes:?}");
    // The next build clears whatever a killed one left beside the folder.
    let input = if current == "a" { &b } else { &a };
    run(&mut build(input, &out));
    assert_ne!(which(&out, &refs), current);
    assert_eq!(names(&work), ["out"]);
}

#[test]
fn concurrent_builds_of_different_inputs_leave_one_whole_build() {
    const ROUNDS: usize = 8;
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = inputs(dir.path());
    let (ra, rb, _) = references(dir.path(), &a, &b);
    let refs = [("a", &ra), ("b", &rb)];
    let work = dir.path().join("work");
    let out = work.join("out");
    for _ in 0..ROUNDS {
        let children: Vec<_> = [&a, &b]
            .into_iter()
            .map(|input| {
                build(input, &out)
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let done = child.wait_with_output().unwrap();
            assert!(
                done.status.success(),
                "a concurrent build failed: {}",
                String::from_utf8_lossy(&done.stderr)
            );
        }
        which(&out, &refs);
        assert_eq!(names(&work), ["out"]);
    }
}

#[test]
fn a_build_waits_for_another_build_of_the_same_folder_and_says_so_once() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = inputs(dir.path());
    let (ra, rb, _) = references(dir.path(), &a, &b);
    let out = dir.path().join("work/out");
    run(&mut build(&a, &out));
    // This test plays the other build: it holds the folder's lock.
    let lock = fs::File::open(out.join(".reglament-lock")).unwrap();
    lock.lock_exclusive().unwrap();
    let log = dir.path().join("stderr");
    let mut child = build(&b, &out)
        .stdout(Stdio::null())
        .stderr(fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let waiting = format!("waiting for another build of `{}` to finish", out.display());
    let start = Instant::now();
    while !fs::read_to_string(&log).unwrap().contains(&waiting) {
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "the build never said it was waiting: {}",
            fs::read_to_string(&log).unwrap()
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "the build did not wait"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the build did not wait"
    );
    assert_eq!(which(&out, &[("a", &ra)]), "a");
    drop(lock);
    assert!(child.wait().unwrap().success());
    assert_eq!(which(&out, &[("b", &rb)]), "b");
    let said = fs::read_to_string(&log).unwrap();
    assert_eq!(said.matches(&waiting).count(), 1, "{said}");
}

#[test]
fn a_build_removes_only_files_an_earlier_build_wrote() {
    let dir = tempfile::tempdir().unwrap();
    // Two full builds in turn: the first of a regulation `mini`, the second
    // of the bundled one, so every output of the first is out of date.
    let first = dir.path().join("first");
    copy_dir(
        &root().join("tests/fixtures/mini"),
        &first.join("regulations"),
    );
    let second = dir.path().join("second");
    copy_dir(&root().join("regulations"), &second.join("regulations"));
    let out = dir.path().join("out");
    let targets = ["build", "--target", "json", "--target", "rust", "--out"];
    run(Command::new(env!("CARGO_BIN_EXE_reglament"))
        .current_dir(&first)
        .args(targets)
        .arg(&out));
    assert!(out.join("rust/mini/src/lib.rs").exists());
    // Files that are not reglament's, some inside its folders.
    let foreign = [
        "rust/mini/target/debug/build.log",
        "json/notes.txt",
        "README.txt",
    ];
    for f in foreign {
        fs::create_dir_all(out.join(f).parent().unwrap()).unwrap();
        fs::write(out.join(f), f).unwrap();
    }
    run(Command::new(env!("CARGO_BIN_EXE_reglament"))
        .current_dir(&second)
        .args(targets)
        .arg(&out));
    let now = read_tree(&out).unwrap();
    for f in foreign {
        assert_eq!(now.get(f).map(Vec::as_slice), Some(f.as_bytes()), "{f}");
    }
    let stale: Vec<&String> = now.keys().filter(|k| k.contains("mini")).collect();
    assert_eq!(
        stale,
        ["rust/mini/target/debug/build.log"],
        "outputs of the first build that the second did not write remain"
    );
    assert!(now.contains_key("json/residence_permit.json"));
    let manifest = String::from_utf8(now[".reglament-manifest"].clone()).unwrap();
    assert!(manifest.contains("\njson/residence_permit.json\n"));
    assert!(!manifest.contains("mini") && !manifest.contains("notes.txt"));
}

#[test]
fn a_build_of_one_target_keeps_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = inputs(dir.path());
    let (ra, rb, _) = references(dir.path(), &a, &b);
    let out = dir.path().join("out");
    run(&mut build(&a, &out));
    run(Command::new(env!("CARGO_BIN_EXE_reglament"))
        .current_dir(&b)
        .args(["build", "--target", "json", "--out"])
        .arg(&out));
    let now = read_tree(&out).unwrap();
    assert_eq!(
        now.keys().collect::<Vec<_>>(),
        ra.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &now {
        let expected = if path.starts_with("json/") { &rb } else { &ra };
        assert_eq!(Some(bytes), expected.get(path), "{path}");
    }
}

#[test]
fn what_a_killed_build_left_is_cleared_without_losing_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = inputs(dir.path());
    let (_, rb, _) = references(dir.path(), &a, &b);
    let work = dir.path().join("work");
    let out = work.join("out");
    run(&mut build(&a, &out));
    // A folder half-staged by a killed build: one of its outputs, and a file
    // someone wrote into the folder meanwhile, which exists nowhere else.
    let staged = work.join(".out.reglament-new");
    fs::create_dir_all(staged.join("json")).unwrap();
    fs::create_dir_all(staged.join("notes")).unwrap();
    fs::write(
        staged.join(".reglament-manifest"),
        "json/residence_permit.json\n",
    )
    .unwrap();
    fs::write(staged.join("json/residence_permit.json"), "{").unwrap();
    fs::write(staged.join("notes/todo.txt"), "mine").unwrap();
    // The fixed-name temporary file of an older reglament, killed.
    fs::write(out.join("json/residence_permit.reglament-tmp"), "{").unwrap();
    run(&mut build(&b, &out));
    assert_eq!(names(&work), ["out"]);
    let mut expected = rb.clone();
    expected.insert("notes/todo.txt".to_owned(), b"mine".to_vec());
    assert_eq!(
        which(&out, &[("b and the rescued file", &expected)]),
        "b and the rescued file"
    );
}

#[test]
fn concurrent_fills_of_the_same_file_all_succeed_whole() {
    const FILLS: usize = 4;
    let dir = tempfile::tempdir().unwrap();
    let fill = |out: &Path| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_reglament"));
        cmd.current_dir(root())
            .args([
                "fill",
                "issue_form",
                "--data",
                "tests/fixtures/forms/applicant.json",
                "-o",
            ])
            .arg(out)
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        cmd
    };
    let reference = dir.path().join("reference.pdf");
    run(&mut fill(&reference));
    let expected = fs::read(&reference).unwrap();
    let shared = dir.path().join("shared");
    fs::create_dir(&shared).unwrap();
    let app = shared.join("app.pdf");
    let children: Vec<_> = (0..FILLS).map(|_| fill(&app).spawn().unwrap()).collect();
    for child in children {
        let done = child.wait_with_output().unwrap();
        assert!(
            done.status.success(),
            "a concurrent fill failed: {}",
            String::from_utf8_lossy(&done.stderr)
        );
    }
    assert!(fs::read(&app).unwrap() == expected);
    assert_eq!(names(&shared), ["app.pdf"]);
}

/// A tmpfs of `size`, unmounted when dropped; `None` (after saying why)
/// where it cannot be mounted and the run is not CI.
struct Tmpfs(tempfile::TempDir);

impl Tmpfs {
    fn mount(size: &str) -> Option<Tmpfs> {
        let dir = tempfile::tempdir().unwrap();
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output();
        match mounted {
            Ok(o) if o.status.success() => Some(Tmpfs(dir)),
            other => {
                let why = match other {
                    Ok(o) => String::from_utf8_lossy(&o.stderr).into_owned(),
                    Err(e) => e.to_string(),
                };
                assert!(
                    std::env::var("CI").as_deref() != Ok("true"),
                    "CI must run the full-disk test, which mounts a tmpfs (as root): {why}"
                );
                eprintln!("skipped: cannot mount a tmpfs for the full-disk test ({why})");
                None
            }
        }
    }

    fn path(&self) -> &Path {
        self.0.path()
    }

    /// Fills the disk, then frees `free` bytes.
    fn fill_leaving(&self, free: u64) -> PathBuf {
        use std::io::Write;
        let filler = self.path().join("filler");
        let mut file = fs::File::create(&filler).unwrap();
        let chunk = vec![0u8; 64 * 1024];
        let mut len = 0u64;
        loop {
            match file.write(&chunk) {
                Ok(0) | Err(_) => break,
                Ok(n) => len += n as u64,
            }
        }
        file.set_len(len.saturating_sub(free)).unwrap();
        filler
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.0.path()).status();
    }
}

#[test]
fn a_full_disk_leaves_the_previous_output_whole_and_no_stray_file() {
    let Some(disk) = Tmpfs::mount("32m") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = inputs(dir.path());
    let (ra, rb, _) = references(dir.path(), &a, &b);
    let refs = [("a", &ra), ("b", &rb)];
    let out = disk.path().join("out");
    run(&mut build(&a, &out));
    // Room for a little of the new output, not all of it.
    let filler = disk.fill_leaving(64 * 1024);
    let failed = build(&b, &out).output().unwrap();
    assert_eq!(failed.status.code(), Some(2));
    let said = String::from_utf8_lossy(&failed.stderr);
    assert!(said.contains("it was not changed"), "{said}");
    assert_eq!(which(&out, &refs), "a");
    assert_eq!(names(disk.path()), ["filler", "out"]);

    // `fill` on the same full disk: the old PDF stays, no temporary file.
    let app = disk.path().join("app.pdf");
    fs::write(&app, "the old application").unwrap();
    disk.fill_leaving(16 * 1024);
    let failed = Command::new(env!("CARGO_BIN_EXE_reglament"))
        .current_dir(root())
        .args([
            "fill",
            "issue_form",
            "--data",
            "tests/fixtures/forms/applicant.json",
            "-o",
        ])
        .arg(&app)
        .output()
        .unwrap();
    assert_eq!(failed.status.code(), Some(2));
    assert_eq!(fs::read(&app).unwrap(), b"the old application");
    assert_eq!(names(disk.path()), ["app.pdf", "filler", "out"]);

    // With room again the build goes through.
    fs::remove_file(filler).unwrap();
    run(&mut build(&b, &out));
    assert_eq!(which(&out, &refs), "b");
    assert_eq!(names(disk.path()), ["app.pdf", "out"]);
}
