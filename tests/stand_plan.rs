//! The stand plan belongs to its regulation (issue 12, item 5): read from
//! `--stands`, checked against the regulation it plans for, with pages
//! derived from the model where a duty's `see clause` lines make them
//! evident, and every explanation the regulation's own.
//!
//! The regulation is synthetic: `tests/fixtures/stand-plan/plan.rgl`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const FIXTURE: &str = "tests/fixtures/stand-plan";

/// `reglament build --target site` of the synthetic regulation with the
/// stand plans of `stands` into `out`.
fn build(stands: &str, out: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_reglament"))
        .current_dir(root())
        .args(["build", "--target", "site", "--offices", "/nonexistent"])
        .arg("--stands")
        .arg(stands)
        .arg("--out")
        .arg(out)
        .arg(format!("{FIXTURE}/plan.rgl"))
        .output()
        .unwrap()
}

fn coverage(out: &Path) -> String {
    std::fs::read_to_string(out.join("site/harbour_pass/office/coverage.html")).unwrap()
}

/// The coverage page's row of a duty: from its id to the end of its row.
fn row<'a>(page: &'a str, duty: &str) -> &'a str {
    let at = page
        .find(&format!("regulation.html#{duty}\""))
        .unwrap_or_else(|| panic!("no row for {duty}"));
    let end = page[at..].find("</tr>").map_or(page.len(), |e| at + e);
    &page[at..end]
}

#[test]
fn the_plan_of_the_regulation_answers_its_duties() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let run = build(&format!("{FIXTURE}/stands"), &out);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    let page = coverage(&out);
    // Left out of the plan, carried by the page their `see clause` lines
    // point at.
    assert!(
        row(&page, "board_documents").contains("documents.html"),
        "{page}"
    );
    assert!(row(&page, "board_term").contains("terms.html"), "{page}");
    // The plan's own explanation, written for this regulation.
    assert!(
        row(&page, "board_tariff").contains("The synthetic regulation states no harbour tariff."),
        "{page}"
    );
    assert!(stderr.contains("stand duty item 4.3 (`board_tariff`) is not covered"));
    assert!(!stderr.contains("board_documents"), "{stderr}");
    assert!(!stderr.contains("board_term"), "{stderr}");
    // Nothing of Order 417's plan reaches another regulation.
    assert!(!page.contains("state fee"), "{page}");
    assert!(!stderr.contains("state fee"), "{stderr}");
}

#[test]
fn a_plan_written_for_another_regulation_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let run = build(&format!("{FIXTURE}/wrong"), &out);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("`harbour_pass` has no duty `stand_state_duty`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("`harbour_pass` has no channel `information_stand`"),
        "{stderr}"
    );
    assert!(!out.exists(), "a refused build wrote {}", out.display());
}

#[test]
fn without_a_plan_the_stand_is_built_and_the_lack_said() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let run = build("/nonexistent", &out);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert!(
        stderr.contains("harbour_pass: no stand plan `harbour_pass.toml`"),
        "{stderr}"
    );
    // No duty is claimed as covered, or as missing for another's reason.
    assert!(
        !coverage(&out).contains("regulation.html#board_"),
        "{}",
        coverage(&out)
    );
}

#[test]
fn a_plan_that_names_an_unknown_page_is_refused_with_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let stands = dir.path().join("stands");
    std::fs::create_dir(&stands).unwrap();
    std::fs::write(
        stands.join("harbour_pass.toml"),
        "channel = \"notice_board\"\n[duties.board_tariff]\npage = \"tariffs\"\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let run = build(stands.to_str().unwrap(), &out);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("harbour_pass.toml: duty `board_tariff` names the page `tariffs`"));
}
