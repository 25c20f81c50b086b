//! The `reglament` command: every subcommand and exit code, as a user runs it.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

const MINI: &str = "tests/fixtures/mini";

fn reglament() -> Command {
    let mut cmd = Command::cargo_bin("reglament").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// Runs `cmd`, which must succeed, and reads what it printed as JSON.
fn json_stdout(cmd: &mut Command) -> serde_json::Value {
    let out = cmd.assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).unwrap()
}

/// `reglament explain --format json` on the mini regulation for a child,
/// with `extra` options.
fn explain_child(extra: &[&str]) -> serde_json::Value {
    json_stdout(
        reglament()
            .args([
                "explain",
                "--regulation",
                MINI,
                "--facts",
                "tests/fixtures/mini/child.json",
                "--format",
                "json",
            ])
            .args(extra),
    )
}

/// A copy of the mini regulation with `from` replaced by `to` in its main file.
fn mini_with(from: &str, to: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join(MINI);
    for name in ["mini.rgl", "acts.rgl"] {
        let text = std::fs::read_to_string(src.join(name)).unwrap();
        let text = if name == "mini.rgl" {
            assert!(text.contains(from), "fixture lacks {from:?}");
            text.replace(from, to)
        } else {
            text
        };
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

#[test]
fn every_command_has_help() {
    for cmd in [&[][..], &["check"], &["build"], &["explain"], &["test"]] {
        reglament()
            .args(cmd)
            .arg("--help")
            .assert()
            .success()
            .stdout(predicate::str::contains("Usage: reglament"));
    }
}

#[test]
fn usage_errors_exit_2() {
    reglament().arg("frobnicate").assert().code(2);
    reglament()
        .args(["explain"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--facts"));
}

#[test]
fn check_clean_sources_exits_0_with_warnings_shown() {
    reglament().args(["check", MINI]).assert().success().stderr(
        predicate::str::contains("R0504").and(predicate::str::contains("0 errors, 2 warnings")),
    );
}

#[test]
fn check_reports_errors_with_exit_1_and_no_colour_when_piped() {
    let dir = mini_with(
        "files issue\n  applies when age is at least",
        "files issue\n  applies when agee is at least",
    );
    reglament()
        .args(["check"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("R0401")
                .and(predicate::str::contains("did you mean `age`?"))
                .and(predicate::str::contains("\u{1b}[").not()),
        );
}

#[test]
fn check_a_missing_path_is_an_io_error() {
    reglament()
        .args(["check", "no/such/file.rgl"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot read `no/such/file.rgl`: no such file",
        ));
}

#[test]
fn check_with_json_messages() {
    let dir = mini_with("clause 2.2", "clause 2.3");
    let out = reglament()
        .args(["--message-format", "json", "check"])
        .arg(dir.path())
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let problems = v["problems"].as_array().unwrap();
    let gap = problems
        .iter()
        .find(|p| p["code"] == "R0302")
        .expect("missing clause reported");
    assert_eq!(gap["severity"], "error");
    assert_eq!(
        gap["location"]["line"], 64,
        "line of `clause 2.3` in the fixture"
    );
    assert_eq!(gap["location"]["column"], 10);
    assert!(
        gap["message"]
            .as_str()
            .unwrap()
            .contains("clause 2.2 is missing")
    );
    assert!(v["errors"].as_u64().unwrap() >= 1);
}

#[test]
fn build_writes_json_and_schema_reproducibly() {
    let out = tempfile::tempdir().unwrap();
    reglament()
        .args(["build", "--target", "json", "--out"])
        .arg(out.path())
        .arg(MINI)
        .assert()
        .success();
    let model = std::fs::read(out.path().join("json/mini.json")).unwrap();
    let schema = std::fs::read(out.path().join("json/model.schema.json")).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&model).unwrap();
    assert_eq!(v["id"], "mini");
    assert_eq!(v["categories"][1]["clause"], "2.2");
    assert!(
        serde_json::from_slice::<serde_json::Value>(&schema).unwrap()["properties"]["categories"]
            .is_object()
    );
    reglament()
        .args(["build", "--target", "all", "--out"])
        .arg(out.path())
        .arg(MINI)
        .assert()
        .success();
    assert_eq!(
        std::fs::read(out.path().join("json/mini.json")).unwrap(),
        model,
        "same input, same bytes"
    );
}

#[test]
fn a_failing_build_leaves_previous_output_intact() {
    let out = tempfile::tempdir().unwrap();
    reglament()
        .args(["build", "--out"])
        .arg(out.path())
        .arg(MINI)
        .assert()
        .success();
    let before = std::fs::read(out.path().join("json/mini.json")).unwrap();
    let broken = mini_with("title \"Mini regulation", "titel \"Mini regulation");
    reglament()
        .args(["build", "--out"])
        .arg(out.path())
        .arg(broken.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("was not changed"));
    assert_eq!(
        std::fs::read(out.path().join("json/mini.json")).unwrap(),
        before
    );
}

#[test]
fn explain_text_names_clauses() {
    reglament()
        .args([
            "explain",
            "--regulation",
            MINI,
            "--facts",
            "tests/fixtures/mini/child.json",
        ])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("clause 2.2")
                .and(predicate::str::contains(
                    "term: 4 months from accepted (clause 4)",
                ))
                .and(predicate::str::contains("photos: 1 copy, count 2"))
                .and(predicate::str::contains("Legal representative: must apply")),
        );
}

#[test]
fn explain_json_has_the_documented_keys() {
    let v = explain_child(&[]);
    assert_eq!(v["categories"][0]["clause"], "2.2");
    assert_eq!(v["categories"][0]["term"]["clause"], "4");
    assert_eq!(v["categories"][0]["term"]["amount"], 4);
    assert_eq!(v["categories"][0]["term"]["unit"], "months");
    let photos = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["clause"] == "7")
        .unwrap();
    assert_eq!(photos["count"], 2);
    assert_eq!(photos["copies"], 1);
    assert_eq!(v["representative"], true);
}

/// A term set per status for an application no category files names the
/// status it waits for, instead of saying nothing.
#[test]
fn explain_names_what_the_applications_own_term_needs() {
    let dir = mini_with(
        r#"  text "The source states no term for a duplicate."
  not stated "the source is silent"
  for application duplicate"#,
        r#"  text "A duplicate is issued within ten working days to a foreign citizen."
  lasts 10 working days
  for application duplicate
  for status foreign_citizen
end

term duplicate_stateless
  clause 5.1
  text "A duplicate is issued within fifteen working days to a stateless person."
  lasts 15 working days
  for application duplicate
  for status stateless_person"#,
    );
    let facts = dir.path().join("facts.json");
    std::fs::write(&facts, r#"{"application": "duplicate", "age": 30}"#).unwrap();
    let explain = |format: &str| {
        let mut cmd = reglament();
        cmd.args(["explain", "--format", format, "--regulation"])
            .arg(dir.path())
            .arg("--facts")
            .arg(&facts);
        cmd
    };
    let v = json_stdout(&mut explain("json"));
    assert!(v["application_term"].is_null(), "{v}");
    assert_eq!(v["application_term_needs"], serde_json::json!(["status"]));
    explain("text")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Term of this application (whoever files it): cannot be chosen without: status",
        ));
}

/// `--category` with a branch's id answers for that branch only; the
/// category's clause number answers for the category and its branches.
#[test]
fn explain_category_by_branch_or_by_clause() {
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("facts.json");
    std::fs::write(
        &facts,
        r#"{"status": "foreign_citizen", "application": "issue"}"#,
    )
    .unwrap();
    let undetermined = |category: &str| {
        let v = json_stdout(
            reglament()
                .args([
                    "explain",
                    "--format",
                    "json",
                    "--category",
                    category,
                    "--facts",
                ])
                .arg(&facts),
        );
        v["undetermined"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["id"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        undetermined("highly_qualified_specialist_family"),
        ["highly_qualified_specialist_family"]
    );
    assert_eq!(
        undetermined("2.8"),
        [
            "highly_qualified_specialist",
            "highly_qualified_specialist_family"
        ]
    );
}

#[test]
fn explain_with_kind_and_category() {
    let v = explain_child(&["--kind", "duplicate"]);
    assert_eq!(
        v["categories"].as_array().unwrap().len(),
        0,
        "no category files a duplicate"
    );
    assert_eq!(v["application"], "duplicate");
    let v = explain_child(&["--category", "2.1"]);
    assert!(
        v["categories"].as_array().unwrap().is_empty(),
        "a child is not in 2.1"
    );
    reglament()
        .args([
            "explain",
            "--regulation",
            MINI,
            "--facts",
            "tests/fixtures/mini/child.json",
            "--kind",
            "visa",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "`visa` is not a kind of application",
        ));
    reglament()
        .args([
            "explain",
            "--regulation",
            MINI,
            "--facts",
            "tests/fixtures/mini/child.json",
            "--category",
            "9.9",
        ])
        .assert()
        .code(2);
}

#[test]
fn explain_rejects_bad_facts_with_every_problem() {
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("facts.json");
    std::fs::write(
        &facts,
        r#"{"age": "twelve", "status": "martian", "height": 3}"#,
    )
    .unwrap();
    reglament()
        .args(["explain", "--regulation", MINI, "--facts"])
        .arg(&facts)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("/age: expected a whole number of years")
                .and(predicate::str::contains(
                    "/status: expected one of: foreign_citizen, stateless_person",
                ))
                .and(predicate::str::contains("/height: `height` is not a fact")),
        );
    reglament()
        .args(["explain", "--regulation", MINI, "--facts", "no-such.json"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read `no-such.json`"));
}

#[test]
fn test_runs_examples() {
    reglament()
        .args(["test", MINI])
        .assert()
        .success()
        .stderr(predicate::str::contains("2 passed, 0 failed"));
    let dir = mini_with("expect count photos 2", "expect count photos 4");
    reglament()
        .args(["test"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("1 passed, 1 failed")
                .and(predicate::str::contains("R0710"))
                .and(predicate::str::contains(
                    "expected 4 of `photos`, but the regulation gives 2",
                )),
        );
}

#[test]
fn deadline_counts_by_the_production_calendar() {
    reglament()
        .args(["deadline", "--accepted", "2025-12-25", "--term", "4 months"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("ends on 27.04.2026")
                .and(predicate::str::contains("4 months from 25.12.2025 -> 25.04.2026"))
                .and(predicate::str::contains("25.04.2026 is a Saturday, a non-working day -> 27.04.2026 (Civil Code art. 193)")),
        );
    let v = json_stdout(reglament().args([
        "deadline",
        "--accepted",
        "2025-12-25",
        "--term",
        "7 working days",
        "--format",
        "json",
    ]));
    assert_eq!(v["ends"], "2026-01-15");
    assert_eq!(v["steps"][0]["kind"], "working_days");
    assert_eq!(v["steps"][0]["to"], "2026-01-15");
}

#[test]
fn deadline_rejects_wrong_input_with_exit_2() {
    for (accepted, term, says) in [
        ("2025-12-25", "15 workdays", "workdays"),
        ("2025-12-25", "0 months", "zero"),
        ("2025-02-30", "4 months", "2025-02-30 is not a date"),
        ("25.12.2025", "4 months", "not a date written YYYY-MM-DD"),
        ("2031-01-10", "4 months", "no production calendar for 2031"),
    ] {
        reglament()
            .args(["deadline", "--accepted", accepted, "--term", term])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(says));
    }
}

#[test]
fn explain_adds_deadlines_when_given_the_acceptance_date() {
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("facts.json");
    std::fs::write(
        &facts,
        r#"{"status": "foreign_citizen", "application": "issue", "age": 34, "incapacitated": false,
            "limited_capacity": false, "temporary_residence_eight_months": true}"#,
    )
    .unwrap();
    let v = json_stdout(
        reglament()
            .args([
                "explain",
                "--accepted",
                "2025-12-25",
                "--format",
                "json",
                "--facts",
            ])
            .arg(&facts),
    );
    assert_eq!(v["categories"][0]["clause"], "2.1");
    assert_eq!(v["categories"][0]["term"]["deadline"]["ends"], "2026-04-27");
    assert_eq!(
        v["categories"][0]["term"]["deadline"]["steps"][1]["rule"],
        "Civil Code art. 193"
    );
    reglament()
        .args(["explain", "--accepted", "2025-12-25", "--facts"])
        .arg(&facts)
        .assert()
        .success()
        .stdout(predicate::str::contains("deadline: 27.04.2026"));
}

/// A fact not given never becomes a silent "no": categories, documents,
/// counts and the representative rule that need it say so.
#[test]
fn explain_with_missing_facts_says_what_it_needs() {
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("facts.json");
    std::fs::write(
        &facts,
        r#"{"application": "issue", "temporary_residence_eight_months": true}"#,
    )
    .unwrap();
    let v = json_stdout(
        reglament()
            .args(["explain", "--format", "json", "--facts"])
            .arg(&facts),
    );
    assert_eq!(v["categories"][0]["clause"], "2.1");
    assert!(
        v["undetermined"]
            .as_array()
            .unwrap()
            .iter()
            .any(|u| u["clause"] == "2.15")
    );
    let photos = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["clause"] == "26.4")
        .unwrap();
    assert_eq!(
        photos["count"],
        serde_json::Value::Null,
        "2 or 4 photos depends on the status"
    );
    assert_eq!(photos["needs"][0], "status");
    assert_eq!(v["representative"], false);
    assert_eq!(v["representative_needs"][0], "age");
    reglament()
        .args(["explain", "--facts"])
        .arg(&facts)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Legal representative: cannot tell without: age",
        ));
}

/// The production calendar's own file is not a regulation: `deadline`
/// says how a calendar is found instead of only that none was.
#[test]
fn deadline_named_a_calendar_file_says_to_name_the_regulation() {
    reglament()
        .args([
            "deadline",
            "--regulation",
            "regulations/calendar/russia-federal.rgl",
            "--accepted",
            "2025-01-10",
            "--term",
            "5 working days",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "name that regulation's main file (or its folder) with --regulation, not the calendar's own file",
        ));
}
