//! `reglament fill`: an applicant's data checked against the form, then
//! typeset; every broken rule reported with its JSON path, nothing written.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use assert_cmd::Command;
use predicates::prelude::*;

const GOOD: &str = "tests/fixtures/forms/applicant.json";
const BROKEN: &str = "tests/fixtures/forms/broken-applicant.json";

fn reglament() -> Command {
    let mut cmd = Command::cargo_bin("reglament").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

#[test]
fn fill_has_help() {
    reglament()
        .args(["fill", "--help"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Usage: reglament fill")
                .and(predicate::str::contains("--data")),
        );
}

#[test]
fn valid_data_gives_a_pdf_and_the_same_bytes_every_time() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.pdf");
    let second = dir.path().join("second.pdf");
    for out in [&first, &second] {
        reglament()
            .args(["fill", "issue_form", "--data", GOOD, "-o"])
            .arg(out)
            .assert()
            .success()
            .stderr(predicate::str::contains("filled `issue_form`"));
    }
    let bytes = std::fs::read(&first).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(bytes, std::fs::read(&second).unwrap());
}

#[test]
fn broken_data_gives_one_error_per_broken_rule_and_no_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("application.pdf");
    let assert = reglament()
        .args(["fill", "issue_form", "--data", BROKEN, "-o"])
        .arg(&out)
        .assert()
        .code(1);
    assert!(!out.exists(), "a PDF was written for invalid data");
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    insta::assert_snapshot!(stderr);
}

#[test]
fn broken_data_as_json_names_each_path_and_rule() {
    let dir = tempfile::tempdir().unwrap();
    let out = reglament()
        .args([
            "--message-format",
            "json",
            "fill",
            "issue_form",
            "--data",
            BROKEN,
            "-o",
        ])
        .arg(dir.path().join("application.pdf"))
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let got: Vec<(String, String, Option<String>)> = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["path"].as_str().unwrap().to_owned(),
                p["rule"].as_str().unwrap().to_owned(),
                p["clause"].as_str().map(str::to_owned),
            )
        })
        .collect();
    let want = |path: &str, rule: &str, clause: Option<&str>| {
        (path.to_owned(), rule.to_owned(), clause.map(str::to_owned))
    };
    assert_eq!(
        got,
        vec![
            want("$.name", "required", None),
            want("$.birth_date", "date_format", Some("26.1")),
            want("$.birth_place", "fits_boxes", None),
            want("$.sex", "choice", None),
            want("$.applicant_item", "type", None),
            want("$.applicant_signature", "real_date", Some("26.1")),
            want("$.surnme", "known_field", None),
        ]
    );
}

#[test]
fn a_section_that_does_not_apply_needs_none_of_its_fields() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("minor.json");
    let base = serde_json::json!({
        "surname": "SAMPLE", "name": "EXAMPLE JUNIOR", "birth_date": "10.09.2010",
        "birth_place": "SAMPLE TOWN", "sex": "male", "citizenship": "REPUBLIC OF MOLDOVA",
        "form_reason": "not_yet_eighteen", "applicant_item": "2.21",
    });
    let mut by_self = base.clone();
    by_self["filed_by_representative"] = serde_json::json!(false);
    std::fs::write(&data, by_self.to_string()).unwrap();
    reglament()
        .args(["fill", "issue_form_minor_or_incapacitated", "--data"])
        .arg(&data)
        .arg("-o")
        .arg(dir.path().join("a.pdf"))
        .assert()
        .success();
    // Filed by a representative: the representative's details are required.
    let mut by_parent = base;
    by_parent["filed_by_representative"] = serde_json::json!(true);
    std::fs::write(&data, by_parent.to_string()).unwrap();
    reglament()
        .args(["fill", "issue_form_minor_or_incapacitated", "--data"])
        .arg(&data)
        .arg("-o")
        .arg(dir.path().join("b.pdf"))
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("$.representative_kind")
                .and(predicate::str::contains("$.representative_surname"))
                .and(predicate::str::contains("$.representative_name"))
                .and(predicate::str::contains("$.representative_status")),
        );
    assert!(!dir.path().join("b.pdf").exists());
}

/// The minor's data filed by the minor alone, plus `extra`.
fn minor_by_self(extra: serde_json::Value) -> serde_json::Value {
    let mut data = serde_json::json!({
        "surname": "SAMPLE", "name": "EXAMPLE JUNIOR", "birth_date": "10.09.2010",
        "birth_place": "SAMPLE TOWN", "sex": "male", "citizenship": "REPUBLIC OF MOLDOVA",
        "form_reason": "not_yet_eighteen", "applicant_item": "2.21",
        "filed_by_representative": false,
    });
    for (k, v) in extra.as_object().unwrap() {
        data[k] = v.clone();
    }
    data
}

#[test]
fn a_section_that_does_not_apply_refuses_its_values() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("minor.json");
    let out = dir.path().join("a.pdf");
    // The representative's details beside "filed by the representative: no"
    // would print a name next to a ticked "No".
    let given = minor_by_self(serde_json::json!({
        "representative_surname": "SAMPLE",
        "representative_kind": "parent",
        "representative_name": "   ",
        "representative_status": null,
    }));
    std::fs::write(&data, given.to_string()).unwrap();
    let assert = reglament()
        .args(["fill", "issue_form_minor_or_incapacitated", "--data"])
        .arg(&data)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1);
    assert!(
        !out.exists(),
        "a PDF was written for a section that does not apply"
    );
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    // Empty values (blank, null) are what a section that does not apply wants.
    let lines: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error[")).collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(
        lines[0].starts_with("error[not_applicable]: $.representative_kind: "),
        "{stderr}"
    );
    assert!(
        lines[1].starts_with("error[not_applicable]: $.representative_surname: "),
        "{stderr}"
    );
    // It names the section, the condition that rules it out and the value that decides it.
    for words in [
        "section 5",
        "Information about the legal representative",
        "`filed_by_representative`",
        "\"filed_by_representative\": false",
    ] {
        assert!(lines[1].contains(words), "{words:?} not in {stderr}");
    }
}

#[test]
fn there_is_no_year_zero() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("applicant.json");
    let mut given: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(GOOD))
            .unwrap(),
    )
    .unwrap();
    given["birth_date"] = serde_json::json!("01.01.0000");
    std::fs::write(&data, given.to_string()).unwrap();
    reglament()
        .args(["fill", "issue_form", "--data"])
        .arg(&data)
        .arg("-o")
        .arg(dir.path().join("a.pdf"))
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("error[real_date, clause 26.1]: $.birth_date").and(
                predicate::str::contains("no year 0000: the first year is 0001"),
            ),
        );
    assert!(!dir.path().join("a.pdf").exists());
}

#[test]
fn usage_and_reading_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("a.pdf");
    reglament()
        .args(["fill", "no_such_form", "--data", GOOD, "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("no form `no_such_form`")
                .and(predicate::str::contains("issue_form")),
        );
    reglament()
        .args([
            "fill",
            "issue_form",
            "--data",
            "tests/fixtures/forms/missing.json",
            "-o",
        ])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read"));
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"surname\": ").unwrap();
    reglament()
        .args(["fill", "issue_form", "--data"])
        .arg(&bad)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not valid JSON"));
    reglament().args(["fill", "issue_form"]).assert().code(2);
    assert!(!out.exists());
}

/// `reglament fill` on the synthetic validity fixture (invented for tests,
/// not law): its form asks the filing date and the certificate's date.
fn fill_dates(filed: &str, issued: &str) -> (i32, String, bool) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data.json");
    std::fs::write(
        &data,
        serde_json::json!({"application_filed": filed, "certificate_issued": issued}).to_string(),
    )
    .unwrap();
    let pdf = dir.path().join("out.pdf");
    let out = reglament()
        .args([
            "fill",
            "notification_form",
            "--regulation",
            "tests/fixtures/validity/validity.rgl",
            "--data",
        ])
        .arg(&data)
        .arg("-o")
        .arg(&pdf)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        pdf.exists(),
    )
}

#[test]
fn a_date_outside_a_documents_validity_window_is_an_error() {
    // Filed on 31.05.2025: three months before is 28.02.2025 (February has
    // no 31st), the first day a certificate may be issued.
    let (code, stderr, written) = fill_dates("31.05.2025", "27.02.2025");
    assert_eq!(code, 1, "{stderr}");
    assert!(!written);
    assert!(
        stderr.contains("error[validity, clause 3]: $.certificate_issued"),
        "{stderr}"
    );
    assert!(
        stderr.contains("\"Date the medical certificate was issued\" (field 1.2) is 27.02.2025"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "Valid only if certificate issued is on or after 3 months before application filed."
        ),
        "{stderr}"
    );
    // On the edge and after it, the data fills the form.
    for issued in ["28.02.2025", "01.03.2025", "31.05.2025"] {
        let (code, stderr, written) = fill_dates("31.05.2025", issued);
        assert_eq!(code, 0, "{issued}: {stderr}");
        assert!(written);
    }
}
