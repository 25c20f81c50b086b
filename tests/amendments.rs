//! Amendments over time, on the synthetic regulation
//! `tests/fixtures/amended/amended.rgl` (four amending orders, one adopted
//! but not yet in force): every version checks, every output answers as of
//! days before, on and after each amendment, the JSON model rebuilds every
//! version, `diff` says what changed, and the office profile's renaming
//! follows the build date.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use jiff::civil::{Date, date};
use reglament::backend::{Target, build_with, site};
use reglament::diff::diff;
use reglament::interpret::{FactValues, Query, explain, run_examples};
use reglament::model::{Regulation, TermLength, Value};
use reglament::output::{MemoryWriter, read_tree};
use reglament::project::check_files;
use reglament::source::{MemoryFileSystem, RealFileSystem};

const FIXTURE: &str = "tests/fixtures/amended/amended.rgl";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn amended() -> Regulation {
    let project = check_files(&RealFileSystem, &[Path::new(FIXTURE).to_path_buf()]).unwrap();
    assert!(!project.has_errors(), "{:#?}", project.problems());
    project.regulations().next().unwrap().clone()
}

/// The days around every amendment: the day before, the day itself, the
/// day after.
fn around() -> Vec<Date> {
    let mut days = Vec::new();
    for d in [
        date(2024, 6, 1),
        date(2024, 9, 1),
        date(2025, 1, 1),
        date(2027, 3, 1),
    ] {
        days.extend([d.yesterday().unwrap(), d, d.tomorrow().unwrap()]);
    }
    days
}

fn term_of(reg: &Regulation) -> String {
    match &reg.terms[0].length {
        TermLength::Lasts { duration, .. } => duration.to_string(),
        TermLength::NotStated { .. } => "not stated".to_owned(),
    }
}

#[test]
fn the_synthetic_regulation_checks_on_every_day_and_its_examples_pass() {
    let reg = amended();
    assert_eq!(reg.amendments.len(), 4);
    assert_eq!(reg.versions.len(), 5);
    // The latest version the source knows is presented, not the wall clock's.
    assert_eq!(reg.as_of, Some(date(2027, 3, 1)));
    let outcomes = run_examples(&reg);
    assert_eq!(outcomes.len(), 5);
    for o in outcomes {
        assert!(o.failures.is_empty(), "{}: {:#?}", o.id, o.failures);
    }
}

#[test]
fn each_output_of_the_model_answers_as_of_days_around_each_amendment() {
    let reg = amended();
    for day in around() {
        let then = reg.at(day).unwrap();
        let ids: Vec<&str> = then.categories.iter().map(|c| c.id.as_str()).collect();
        // Inserted from 01.06.2024; repealed from 01.09.2024.
        assert_eq!(
            ids.contains(&"researcher_category"),
            day >= date(2024, 6, 1),
            "{day}"
        );
        assert_eq!(
            ids.contains(&"student_category"),
            day < date(2024, 9, 1),
            "{day}"
        );
        // The term changed on 01.06.2024.
        let expected = if day < date(2024, 6, 1) {
            "4 months"
        } else {
            "60 calendar days"
        };
        assert_eq!(term_of(&then), expected, "{day}");
        // The text of item 5 changed on 01.09.2024.
        let info = then
            .provisions
            .iter()
            .find(|p| p.id == "information")
            .unwrap();
        assert_eq!(
            info.clause.wording.text.contains("single portal"),
            day >= date(2024, 9, 1),
            "{day}"
        );
        // The fee changed on 01.01.2025.
        let fee = &then.fees[0].amount;
        assert_eq!(fee.currency, "RUB");
        assert_eq!(
            fee.amount,
            if day < date(2025, 1, 1) { 5000 } else { 6000 },
            "{day}"
        );
        // Adopted on 20.11.2026, in force from 01.03.2027.
        let photos = then.document("photos").unwrap();
        assert_eq!(
            photos.count[0].amount,
            if day < date(2027, 3, 1) { 2 } else { 3 },
            "{day}"
        );
        // The repealed item keeps its number in the text's order.
        assert_eq!(
            then.as_of,
            then.version_at(day)
                .unwrap()
                .from
                .or(Some(date(2024, 1, 10)))
        );
    }
}

#[test]
fn a_branch_or_ground_an_amendment_inserts_or_repeals_is_part_of_its_category_only_while_in_force()
{
    let project = check_files(
        &RealFileSystem,
        &[Path::new("tests/fixtures/amended/nested.rgl").to_path_buf()],
    )
    .unwrap();
    // No problem on any day: on a day a branch or ground is not in force,
    // its block is no branch or ground without text.
    assert!(project.problems().is_empty(), "{:#?}", project.problems());
    let reg = project.regulations().next().unwrap().clone();
    for o in run_examples(&reg) {
        assert!(o.failures.is_empty(), "{}: {:#?}", o.id, o.failures);
    }
    let parts = |day: Date| {
        let at = reg.at(day).unwrap();
        let ids = |c: &reglament::model::Category| -> Vec<String> {
            c.branches
                .iter()
                .chain(&c.grounds)
                .map(|b| b.id.clone())
                .collect()
        };
        at.categories.iter().flat_map(ids).collect::<Vec<_>>()
    };
    assert_eq!(parts(date(2024, 3, 31)), ["name_change", "loss"]);
    assert_eq!(
        parts(date(2024, 4, 1)),
        ["worker_family", "name_change", "loss", "damage"]
    );
    assert_eq!(
        parts(date(2024, 8, 1)),
        ["worker_family", "name_change", "damage"]
    );
}

#[test]
fn a_field_or_filling_rule_an_amendment_inserts_or_repeals_is_part_of_its_form_only_while_in_force()
{
    let project = check_files(
        &RealFileSystem,
        &[Path::new("tests/fixtures/amended/form-parts.rgl").to_path_buf()],
    )
    .unwrap();
    // No problem on any day: a field or rule not in force that day is no
    // field without a label, no rule without a text.
    assert!(project.problems().is_empty(), "{:#?}", project.problems());
    let reg = project.regulations().next().unwrap().clone();
    let parts = |day: Date| {
        let at = reg.at(day).unwrap();
        let fields: Vec<(String, u32)> = at.forms[0].sections[0]
            .fields
            .iter()
            .map(|f| (f.id.clone(), f.number))
            .collect();
        let rules: Vec<String> = at.documents[0].rules.iter().map(|r| r.id.clone()).collect();
        (fields, rules)
    };
    let (fields, rules) = parts(date(2024, 3, 31));
    assert_eq!(
        fields,
        [("surname".to_owned(), 1), ("patronymic".to_owned(), 2)]
    );
    assert_eq!(rules, ["by_hand", "legible"]);
    // From the amendment's day the form is numbered as it then stands.
    let (fields, rules) = parts(date(2024, 4, 1));
    assert_eq!(fields, [("surname".to_owned(), 1), ("email".to_owned(), 2)]);
    assert_eq!(rules, ["typed", "legible"]);
}

#[test]
fn a_consumer_rebuilds_every_version_from_the_json_alone() {
    let reg = amended();
    let json = serde_json::to_string(&reg).unwrap();
    let read: Regulation = serde_json::from_str(&json).unwrap();
    for day in around() {
        let (a, b) = (reg.at(day).unwrap(), read.at(day).unwrap());
        assert_eq!(
            serde_json::to_value(&a).unwrap(),
            serde_json::to_value(&b).unwrap(),
            "{day}"
        );
    }
    // Every element that changes is in the history, with its days.
    let fee = reg.history.iter().find(|h| h.id == "permit_duty").unwrap();
    assert_eq!(fee.list, "fees");
    assert_eq!(fee.versions.len(), 2);
    assert_eq!(fee.versions[0].until, Some(date(2025, 1, 1)));
    assert_eq!(fee.versions[1].from, Some(date(2025, 1, 1)));
    // What never changes is not.
    assert!(!reg.history.iter().any(|h| h.id == "application_form"));
}

fn facts(pairs: &[(&str, Value)]) -> FactValues {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

#[test]
fn explain_answers_by_the_version_in_force_on_the_day_of_acceptance() {
    let reg = amended();
    let student = facts(&[
        ("age", Value::Number(20)),
        ("student", Value::YesNo(true)),
        ("researcher", Value::YesNo(false)),
    ]);
    let ask = |accepted: Date| {
        explain(
            &reg,
            &student,
            &Query {
                accepted: Some(accepted),
                ..Query::default()
            },
        )
        .unwrap()
    };
    let before = ask(date(2024, 8, 31));
    let after = ask(date(2024, 9, 1));
    let ids = |e: &reglament::interpret::Explanation| -> Vec<String> {
        e.categories.iter().map(|c| c.id.clone()).collect()
    };
    assert_eq!(ids(&before), ["adult", "student_category"]);
    assert_eq!(ids(&after), ["adult"]);
    // Each answer says which version it used.
    let v = before.version.unwrap();
    assert_eq!(
        (v.from, v.until),
        (Some(date(2024, 6, 1)), Some(date(2024, 9, 1)))
    );
    assert_eq!(v.amendments, ["order_2024_10"]);
    assert_eq!(after.version.unwrap().amendments, ["order_2024_20"]);
}

#[test]
fn diff_between_two_days_lists_every_change_of_the_amendment() {
    let reg = amended();
    let (old, new) = (
        reg.at(date(2024, 8, 31)).unwrap(),
        reg.at(date(2024, 9, 1)).unwrap(),
    );
    let d = diff(
        &old,
        &new,
        &reg.examples,
        (Some(date(2024, 8, 31)), Some(date(2024, 9, 1))),
    );
    insta::assert_json_snapshot!("diff_two_days", d);
}

#[test]
fn diff_between_two_source_trees_reviews_an_amendment_before_it_is_merged() {
    let text = std::fs::read_to_string(root().join(FIXTURE)).unwrap();
    let calendar =
        std::fs::read_to_string(root().join("regulations/calendar/russia-federal.rgl")).unwrap();
    // The review copy: order 40 also shortens the term to 30 days.
    let reviewed = text.replace(
        "    lasts 60 calendar days\n  end",
        "    lasts 60 calendar days\n  end\n  worded by order_2026_40\n    text \"The permit is issued within thirty calendar days from the day the application is accepted.\"\n    lasts 30 calendar days\n  end",
    );
    assert_ne!(text, reviewed);
    let load = |main: &str| {
        let mut fs = MemoryFileSystem::new();
        fs.insert("tests/fixtures/amended/amended.rgl", main)
            .insert("regulations/calendar/russia-federal.rgl", calendar.as_str());
        let project = check_files(&fs, &[Path::new(FIXTURE).to_path_buf()]);
        let project = project.unwrap();
        assert!(!project.has_errors(), "{:#?}", project.problems());
        project.regulations().next().unwrap().clone()
    };
    let (old, new) = (load(&text), load(&reviewed));
    let d = diff(&old, &new, &new.examples, (None, None));
    insta::assert_json_snapshot!("diff_two_trees", d);
    assert!(
        d.terms
            .iter()
            .all(|t| t.new.as_deref() == Some("30 calendar days (standard_term)"))
    );
    assert!(!d.terms.is_empty());
}

fn stand(reg: &Regulation, day: Option<Date>) -> String {
    let offices = read_tree(&root().join("regulations/offices")).unwrap();
    let mut inputs = site::Inputs::new(site::Lang::En, &offices).unwrap();
    inputs.offices = inputs.offices.iter().map(|o| o.as_of(day)).collect();
    let then = match day {
        Some(d) => reg.at(d).unwrap(),
        None => reg.clone(),
    };
    let mut out = MemoryWriter::default();
    build_with(&then, &[Target::Site], &inputs, &mut out).unwrap();
    let path = format!(
        "site/{}/citizenship-service-headquarters/index.html",
        reg.id
    );
    String::from_utf8(out.files.remove(&path).unwrap()).unwrap()
}

#[test]
fn the_stand_names_the_authority_as_it_was_called_on_the_build_day() {
    let project = check_files(
        &RealFileSystem,
        &[root().join("regulations/residence-permit.rgl")],
    )
    .unwrap();
    let reg = project.regulations().next().unwrap().clone();
    let old = "Main Directorate for Migration Affairs of the Ministry of Internal Affairs";
    let new = "Service for Citizenship and Registration of Foreign Citizens";
    let march = stand(&reg, Some(date(2025, 3, 1)));
    assert!(march.contains(old) && !march.contains(new), "{march}");
    let april = stand(&reg, Some(date(2025, 4, 2)));
    assert!(april.contains(new) && !april.contains(old));
    // Without a day: the latest values.
    assert_eq!(stand(&reg, None), april);
}

fn reglament(args: &[&str]) -> String {
    let out = assert_cmd::Command::cargo_bin("reglament")
        .unwrap()
        .current_dir(root())
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_diff_command_tells_people_what_an_amendment_changed() {
    let text = reglament(&[
        "diff",
        "--from",
        "2024-05-31",
        "--to",
        "2024-06-01",
        FIXTURE,
    ]);
    insta::assert_snapshot!("diff_command_text", text);
    let json = reglament(&[
        "diff",
        "--from",
        "2024-05-31",
        "--to",
        "2024-06-01",
        "--format",
        "json",
        FIXTURE,
    ]);
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(parsed["elements"][0]["id"], "researcher_category");
    assert_eq!(parsed["elements"][0]["change"], "inserted");
}

#[test]
fn explain_says_which_version_answered() {
    let facts = std::env::temp_dir().join("reglament-amendments-facts.json");
    std::fs::write(
        &facts,
        r#"{"age": 20, "student": true, "researcher": false}"#,
    )
    .unwrap();
    let facts = facts.to_str().unwrap();
    let before = reglament(&[
        "explain",
        "--facts",
        facts,
        "--regulation",
        FIXTURE,
        "--accepted",
        "2024-08-31",
    ]);
    assert!(
        before.contains("Version in force from 01.06.2024 to 31.08.2024 (as amended by order_2024_10): the version of 31.08.2024"),
        "{before}"
    );
    assert!(before.contains("student_category"));
    // Asked as of another day than the day of acceptance.
    let later = reglament(&[
        "explain",
        "--facts",
        facts,
        "--regulation",
        FIXTURE,
        "--accepted",
        "2024-08-31",
        "--as-of",
        "2024-09-01",
    ]);
    assert!(later.contains("the version of 01.09.2024"), "{later}");
    assert!(!later.contains("student_category"), "{later}");
}

/// A day before the order that approved the regulation (10 January 2024
/// in the synthetic fixture) is answered, by the first wording, with a
/// warning that the regulation was not in force then.
#[test]
fn a_day_before_the_regulations_own_order_is_answered_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("facts.json");
    std::fs::write(&facts, r#"{"age": 20, "student": true}"#).unwrap();
    let run = |day: &str| {
        assert_cmd::Command::cargo_bin("reglament")
            .unwrap()
            .current_dir(root())
            .args([
                "explain",
                "--regulation",
                FIXTURE,
                "--as-of",
                day,
                "--facts",
            ])
            .arg(&facts)
            .output()
            .unwrap()
    };
    let before = run("2024-01-09");
    assert!(before.status.success());
    let warning = String::from_utf8_lossy(&before.stderr);
    assert!(
        warning.contains(
            "warning: 09.01.2024 is before order No. 1 of 10.01.2024, which approved this regulation"
        ),
        "{warning}"
    );
    let on_the_day = run("2024-01-10");
    assert!(on_the_day.status.success());
    assert!(on_the_day.stderr.is_empty(), "{on_the_day:?}");
}
