//! The broken-file corpus: every file under `tests/broken/` has one problem.
//! Each is checked (and its examples run), the rendered diagnostics are
//! snapshotted as SOURCE then ERROR, and together they cover every code.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use reglament::diagnostics::{Code, Problem};
use reglament::interpret::run_examples;
use reglament::project::check_files;
use reglament::render::{self, Style};
use reglament::source::RealFileSystem;

/// Checks one corpus file as `reglament test` would and returns its problems
/// and their rendering. Paths are relative to the crate, so snapshots are stable.
fn diagnose(path: &Path) -> (Vec<Problem>, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rel = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    let project = check_files(&RealFileSystem, &[rel]).expect("corpus file readable");
    let mut problems = project.problems();
    for reg in project.regulations() {
        for outcome in run_examples(reg) {
            problems.extend(outcome.failures);
        }
    }
    let rendered = render::human(&problems, &project.sources, Style::Plain);
    (problems, rendered)
}

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rgl"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_broken_file_gives_its_diagnostic() {
    insta::glob!("broken/*.rgl", |path| {
        let source = std::fs::read_to_string(path).unwrap();
        let (problems, rendered) = diagnose(path);
        assert!(
            !problems.is_empty(),
            "{} should have a problem",
            path.display()
        );
        insta::assert_snapshot!(format!("SOURCE\n{source}\nERROR\n{rendered}"));
    });
}

/// Each corpus file is named after the code it shows (`r0201-...rgl`) and
/// must report that code, so the corpus cannot silently stop covering it.
#[test]
fn each_file_reports_the_code_in_its_name() {
    for path in corpus() {
        let name = path.file_name().unwrap().to_string_lossy().to_uppercase();
        let want = &name[..5];
        let (problems, _) = diagnose(&path);
        assert!(
            problems.iter().any(|p| p.code.as_str() == want),
            "{} should report {want}, got {:?}",
            path.display(),
            problems.iter().map(|p| p.code.as_str()).collect::<Vec<_>>()
        );
    }
}

#[test]
fn the_corpus_covers_every_code() {
    let mut seen = BTreeSet::new();
    for path in corpus() {
        for p in diagnose(&path).0 {
            seen.insert(p.code);
        }
    }
    let missing: Vec<&str> = Code::ALL
        .iter()
        .filter(|c| !seen.contains(c))
        .map(|c| c.as_str())
        .collect();
    assert!(missing.is_empty(), "no corpus file shows {missing:?}");
    assert!(
        corpus().len() >= 40,
        "the corpus needs at least 40 files, has {}",
        corpus().len()
    );
}
