//! Dates beyond acceptance: terms and limits counted from other events,
//! dates compared with offsets by the Civil Code's month arithmetic, and
//! documents' validity windows, on the synthetic regulation under
//! `tests/fixtures/second/` (invented for tests, not law).

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use jiff::civil::{Date, date};
use reglament::interpret::{FactValues, Query, TermAnswer, ValidityAnswer, explain, run_examples};
use reglament::model::{Regulation, Value};
use reglament::project::check_files;
use reglament::source::RealFileSystem;

fn second() -> Regulation {
    std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).unwrap();
    let project = check_files(
        &RealFileSystem,
        &[PathBuf::from("tests/fixtures/second/second.rgl")],
    )
    .unwrap();
    let problems: Vec<String> = project
        .problems()
        .iter()
        .map(|p| format!("{}: {}", p.code, p.message))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    project.regulations().next().unwrap().clone()
}

fn facts(pairs: &[(&str, Date)]) -> FactValues {
    pairs
        .iter()
        .map(|(k, d)| ((*k).to_owned(), Value::Date(*d)))
        .collect()
}

/// The medical certificate's validity answer for an application accepted
/// on `accepted`, the certificate issued on `issued` (or not given).
fn certificate_window(reg: &Regulation, accepted: Date, issued: Option<Date>) -> ValidityAnswer {
    let query = Query {
        accepted: Some(accepted),
        ..Query::default()
    };
    let given: Vec<(&str, Date)> = issued
        .map(|d| ("certificate_issued", d))
        .into_iter()
        .collect();
    explain(reg, &facts(&given), &query)
        .unwrap()
        .documents
        .into_iter()
        .find(|d| d.id == "medical_certificate")
        .unwrap()
        .validity
        .unwrap()
}

#[test]
fn the_synthetic_regulations_examples_pass() {
    let reg = second();
    for outcome in run_examples(&reg) {
        assert!(
            outcome.failures.is_empty(),
            "{}: {:#?}",
            outcome.id,
            outcome.failures
        );
    }
}

/// Seven working days from arrival on Sunday 29 December 2024: 30 and 31
/// December are days off moved by Decree No. 1314 of 10 August 2023, 1-8
/// January 2025 are the New Year holidays and their weekend (Labour Code
/// art. 112), so the days are 9, 10, 13, 14, 15, 16 and 17 January. Counted from acceptance
/// on 9 January instead, the old behaviour, it would end on 20 January.
#[test]
fn a_term_from_arrival_is_counted_from_arrival_across_the_january_holidays() {
    let term = arrival_term(date(2024, 12, 29), date(2025, 1, 9));
    assert_eq!(term.deadline.as_ref().unwrap().ends, date(2025, 1, 17));
    assert_eq!(term.needs_date, None);
}

/// The second regulation's first category's term, for an adult who
/// arrived on `arrival` and whose application was accepted on `accepted`.
fn arrival_term(arrival: Date, accepted: Date) -> TermAnswer {
    let given = facts(&[("birth_date", date(2000, 5, 1)), ("arrival", arrival)]);
    let query = Query {
        accepted: Some(accepted),
        ..Query::default()
    };
    let a = explain(&second(), &given, &query).unwrap();
    a.categories[0].term.clone().unwrap()
}

#[test]
fn a_term_whose_event_date_is_not_given_names_the_date_it_needs() {
    let reg = second();
    let given = facts(&[("birth_date", date(2000, 5, 1))]);
    let query = Query {
        accepted: Some(date(2025, 1, 9)),
        ..Query::default()
    };
    let a = explain(&reg, &given, &query).unwrap();
    let term = a.categories[0].term.as_ref().unwrap();
    assert!(term.deadline.is_none());
    assert_eq!(term.needs_date.as_deref(), Some("arrival"));
}

/// One month from 31 January 2025 is 28 February (art. 192 p. 3), a
/// Friday and a working day.
#[test]
fn limits_are_answered_and_minutes_are_stated_not_counted() {
    let reg = second();
    let query = Query {
        accepted: Some(date(2025, 1, 31)),
        ..Query::default()
    };
    let a = explain(&reg, &FactValues::new(), &query).unwrap();
    let phone = a.limits.iter().find(|l| l.id == "answer_phone").unwrap();
    assert!(!phone.on_calendar);
    assert!(phone.deadline.is_none() && phone.needs_date.is_none());
    let decide = a
        .limits
        .iter()
        .find(|l| l.id == "decide_on_notification")
        .unwrap();
    assert_eq!(decide.deadline.as_ref().unwrap().ends, date(2025, 2, 28));
}

/// "Issued no earlier than 3 months before filing": filed 31 May 2025,
/// the window opens on 28 February (May 31 - 3 months, clamped to the
/// month's end).
#[test]
fn a_validity_window_holds_on_its_edge_and_not_a_day_before() {
    let reg = second();
    let holds = |issued: Date| certificate_window(&reg, date(2025, 5, 31), Some(issued)).holds;
    assert_eq!(holds(date(2025, 2, 27)), Some(false));
    assert_eq!(holds(date(2025, 2, 28)), Some(true));
    assert_eq!(holds(date(2025, 3, 1)), Some(true));
    // Without the issue date the window cannot be told, and says so.
    let v = certificate_window(&reg, date(2025, 5, 31), None);
    assert_eq!(v.holds, None);
    assert_eq!(v.needs, vec!["certificate_issued".to_owned()]);
}

/// Fourteen years before 9 January 2025 is 9 January 2011: born that day,
/// the applicant has reached fourteen; born the next day, not yet.
#[test]
fn an_age_reached_on_the_filing_day_is_decided_from_the_date_of_birth() {
    let reg = second();
    let query = Query {
        accepted: Some(date(2025, 1, 9)),
        ..Query::default()
    };
    let on = explain(&reg, &facts(&[("birth_date", date(2011, 1, 9))]), &query).unwrap();
    assert_eq!(on.categories.len(), 1);
    // Neither invited under the quota nor a resident's family member: the
    // categories of the groups are decided too.
    let mut later = facts(&[("birth_date", date(2011, 1, 10))]);
    for fact in ["invited_under_quota", "family_of_resident"] {
        later.insert(fact.to_owned(), Value::YesNo(false));
    }
    let after = explain(&reg, &later, &query).unwrap();
    assert!(after.categories.is_empty() && after.undetermined.is_empty());
}

/// `expect no categories` is not met by "cannot tell yet": without the
/// filing date the age cannot be decided, and the example must say so
/// rather than pass, as `expect representative no` already does.
#[test]
fn expect_no_categories_fails_while_a_category_is_undetermined() {
    let mut reg = second();
    let example = reg
        .examples
        .iter_mut()
        .find(|e| e.id == "thirteen_on_filing_day")
        .unwrap();
    example.accepted = None;
    let outcome = run_examples(&reg)
        .into_iter()
        .find(|o| o.id == "thirteen_on_filing_day")
        .unwrap();
    assert_eq!(outcome.failures.len(), 1, "{:#?}", outcome.failures);
    let message = &outcome.failures[0].message;
    assert!(message.contains("no categories"), "{message}");
    assert!(message.contains("application_filed"), "{message}");
}

/// The event's date may come in the facts instead of `--accepted`: the
/// limit counted from the acceptance event is the same either way, and
/// the two disagreeing is an error, not a silent choice.
#[test]
fn the_acceptance_event_and_the_accepted_date_are_one_date() {
    let reg = second();
    let by_fact = explain(
        &reg,
        &facts(&[("application_filed", date(2025, 1, 31))]),
        &Query::default(),
    )
    .unwrap();
    let decide = |a: &reglament::interpret::Explanation| {
        a.limits
            .iter()
            .find(|l| l.id == "decide_on_notification")
            .and_then(|l| l.deadline.as_ref())
            .map(|d| d.ends)
    };
    assert_eq!(decide(&by_fact), Some(date(2025, 2, 28)));
    let twice = Query {
        accepted: Some(date(2025, 2, 1)),
        ..Query::default()
    };
    let both = explain(
        &reg,
        &facts(&[("application_filed", date(2025, 1, 31))]),
        &twice,
    );
    assert!(both.is_err());
}

/// A window whose bound falls on a day that exists: filed on 15 April
/// 2025, three months before is 15 January. The day before is outside,
/// the day itself and the day after inside.
#[test]
fn a_validity_window_on_an_ordinary_day_has_its_edge_on_that_day() {
    let reg = second();
    let holds = |issued: Date| {
        let v = certificate_window(&reg, date(2025, 4, 15), Some(issued));
        assert_eq!(v.counted.len(), 1);
        assert_eq!(v.counted[0].date, date(2025, 1, 15));
        v.holds
    };
    assert_eq!(holds(date(2025, 1, 14)), Some(false));
    assert_eq!(holds(date(2025, 1, 15)), Some(true));
    assert_eq!(holds(date(2025, 1, 16)), Some(true));
}

/// 31 May 2024 minus three months: February 2024 has 29 days, so the
/// window opens on 29 February, not the 28th.
#[test]
fn a_validity_window_from_a_month_end_clamps_to_a_leap_february() {
    let reg = second();
    let holds = |issued: Date| certificate_window(&reg, date(2024, 5, 31), Some(issued)).holds;
    assert_eq!(holds(date(2024, 2, 28)), Some(false));
    assert_eq!(holds(date(2024, 2, 29)), Some(true));
    assert_eq!(holds(date(2024, 3, 1)), Some(true));
}

/// Arrival on Wednesday 31 December 2025, itself a day off moved from
/// Sun 5 January (Decree No. 1335): the count still starts on the next day
/// (art. 191). 1-8 January 2026 are the holidays and a weekend, and Friday
/// 9 January is a day off moved from Sat 3 January (Decree No. 1466), so
/// the working days are 12, 13, 14, 15, 16, 19 and 20 January: the term
/// ends on Tuesday 20 January 2026 (a calendar that forgot the moved day
/// would end it on the 19th).
#[test]
fn a_term_from_an_arrival_on_new_years_eve_ends_after_the_holidays() {
    let term = arrival_term(date(2025, 12, 31), date(2026, 1, 12));
    assert_eq!(term.deadline.as_ref().unwrap().ends, date(2026, 1, 20));
}

fn reglament() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("reglament").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// As a user gives it: the arrival's date on the command line, the term
/// counted from it; without it, the answer says which option gives it.
#[test]
fn explain_takes_an_events_date_and_says_how_to_give_a_missing_one() {
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("facts.json");
    std::fs::write(&facts, r#"{"birth_date": "2000-05-01"}"#).unwrap();
    let facts = facts.to_str().unwrap();
    let base = [
        "explain",
        "--regulation",
        "tests/fixtures/second/second.rgl",
        "--facts",
        facts,
        "--accepted",
        "2025-01-09",
    ];
    reglament()
        .args(base)
        .args(["--event", "arrival=2024-12-29"])
        .assert()
        .success()
        .stdout(predicates::str::contains("deadline: 17.01.2025"));
    reglament()
        .args(base)
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "deadline: needs the date of arrival (--event arrival=YYYY-MM-DD)",
        ));
    reglament()
        .args(base)
        .args(["--event", "arival=2024-12-29"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "`arival` is not an event of this regulation",
        ));
    // One date given two ways must agree, or the answer would depend on
    // which one happened to win.
    let with_arrival = dir.path().join("arrival.json");
    std::fs::write(
        &with_arrival,
        r#"{"birth_date": "2000-05-01", "arrival": "2024-12-29"}"#,
    )
    .unwrap();
    reglament()
        .args([
            "explain",
            "--regulation",
            "tests/fixtures/second/second.rgl",
        ])
        .args(["--facts", with_arrival.to_str().unwrap()])
        .args(["--event", "arrival=2024-12-30"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "the date of `arrival` is given twice, and differently",
        ));
    reglament()
        .args(base)
        .args(["--event", "application_filed=2025-01-10"])
        .assert()
        .failure()
        .stderr(predicates::str::contains(
            "the acceptance date is given twice, and differently",
        ));
}

/// `deadline --from` counts from any event's day exactly as from an
/// acceptance: the day after it first (art. 191).
#[test]
fn the_deadline_command_counts_from_another_events_day() {
    reglament()
        .args([
            "deadline",
            "--from",
            "2024-12-29",
            "--term",
            "7 working days",
        ])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "7 working days from the event on 29.12.2024 ends on 17.01.2025",
        ));
}

/// Born on 29 February 2008: counting 14 years back from 28 February 2022
/// gives 28 February 2008, so the person is not yet fourteen that day; from
/// 1 March 2022 it gives 1 March 2008, and they are. This is the reading
/// docs/language.md 4.6 states (counting back from the later date); a
/// change to count forward from the birth would move the day to 28
/// February and must change the docs with it.
#[test]
fn a_leap_day_birth_reaches_fourteen_on_the_first_of_march_when_counted_back() {
    let reg = second();
    let born = facts(&[("birth_date", date(2008, 2, 29))]);
    let on = |day: Date| {
        let query = Query {
            accepted: Some(day),
            ..Query::default()
        };
        explain(&reg, &born, &query).unwrap().categories.len()
    };
    assert_eq!(on(date(2022, 2, 28)), 0);
    assert_eq!(on(date(2022, 3, 1)), 1);
}

/// An example may give the acceptance as its event's date instead of an
/// `accepted` line; `expect deadline` then needs no `accepted` line, and
/// the term counted from arrival is checked all the same.
#[test]
fn an_example_may_give_event_dates_instead_of_accepted() {
    let root = env!("CARGO_MANIFEST_DIR");
    let source = std::fs::read_to_string(format!("{root}/tests/fixtures/second/second.rgl"))
        .unwrap()
        .replace("../../../regulations", &format!("{root}/regulations"))
        + r#"
example dates_as_given_facts
  given birth_date 2000-05-01
  given application_filed 2025-01-09
  given arrival 2024-12-29
  expect categories arrived_adult
  expect deadline 2025-01-17
end
"#;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("second.rgl");
    std::fs::write(&path, source).unwrap();
    let project = check_files(&RealFileSystem, &[path]).unwrap();
    let problems: Vec<String> = project
        .problems()
        .iter()
        .map(|p| format!("{}: {}", p.code, p.message))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let reg = project.regulations().next().unwrap();
    let outcome = run_examples(reg)
        .into_iter()
        .find(|o| o.id == "dates_as_given_facts")
        .unwrap();
    assert!(outcome.failures.is_empty(), "{:#?}", outcome.failures);
}

/// `expect no categories` became stricter (it fails while a category is
/// undetermined): the bundled regulation's examples still pass, each
/// "no category" example giving every fact that rules the others out.
#[test]
fn the_bundled_examples_pass_under_the_stricter_no_categories() {
    std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).unwrap();
    let project = check_files(
        &RealFileSystem,
        &[PathBuf::from("regulations/residence-permit.rgl")],
    )
    .unwrap();
    let reg = project
        .regulations()
        .find(|r| r.id == "residence_permit")
        .unwrap();
    let failures: Vec<String> = run_examples(reg)
        .into_iter()
        .flat_map(|o| o.failures)
        .map(|p| p.message)
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn a_new_validity_window_changes_only_the_examples_whose_verdict_changes() {
    // The fixture, with an amendment that narrows the certificate's window
    // from three months to one from 01.04.2025, and an example whose
    // certificate (issued 20.12.2024, filed 09.01.2025) is in both.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("tests/fixtures/second/second.rgl"))
        .unwrap()
        .replace(
            "include \"../../../regulations/calendar/russia-federal.rgl\"",
            &format!(
                "include {:?}",
                root.join("regulations/calendar/russia-federal.rgl")
            ),
        )
        .replace(
            "  valid when certificate_issued is on or after 3 months before application_filed\n",
            "  valid when certificate_issued is on or after 3 months before application_filed\n\n  worded by narrower\n    valid when certificate_issued is on or after 1 month before application_filed\n  end\n",
        )
        + "
amendment narrower
  title \"Synthetic amending order (invented for tests)\"
  in force from 2025-04-01
end

example fresh_certificate
  title \"A certificate issued three weeks before filing is fresh under either window\"
  given birth_date 2000-05-01
  given certificate_issued 2024-12-20
  accepted 2025-01-09
  expect categories arrived_adult
end
";
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("narrower.rgl");
    std::fs::write(&file, text).unwrap();
    let project = check_files(&RealFileSystem, &[file]).unwrap();
    assert!(!project.has_errors(), "{:#?}", project.problems());
    let reg = project.regulations().next().unwrap();
    let (before, after) = (date(2025, 3, 31), date(2025, 4, 1));
    let diff = reglament::diff::diff(
        &reg.at(before).unwrap(),
        &reg.at(after).unwrap(),
        &reg.examples,
        (Some(before), Some(after)),
    );
    assert!(
        diff.elements.iter().any(|e| e.id == "medical_certificate"),
        "{:#?}",
        diff.elements
    );
    // No example's answer changes: the first three give no certificate
    // date, the fourth's certificate is inside both windows.
    assert_eq!(diff.examples, Vec::<String>::new());
}
