//! `decide --overdue-on`: which applications are listed as past their
//! deadline, and which cannot be yet.

use serde_json::{Value, json};

use crate::{decide_support, file, jsonl, lines, records, reglament};

/// `record` with every fact it does not give told as "no": each yes/no
/// fact false, no citizenship the regulation names, no family principal.
/// Nothing is then left undetermined, as `--overdue-on` needs to list it.
fn told(record: &Value) -> Value {
    let reg = decide_support::support::bundled();
    let mut told = record.clone();
    for fact in &reg.facts {
        let no = match fact.id.as_str() {
            "citizenship" => json!("other"),
            "family_member_of" => json!("none_of_them"),
            _ if fact.answer == reglament::model::FactType::YesNo => json!(false),
            _ => continue,
        };
        told.as_object_mut()
            .unwrap()
            .entry(fact.id.clone())
            .or_insert(no);
    }
    told
}

#[test]
fn overdue_on_lists_the_applications_past_their_deadline() {
    let input = file(
        ".jsonl",
        &jsonl(&records().iter().map(told).collect::<Vec<_>>()),
    );
    // On 3 March 2026 the deadline of 2 March has passed, that of 27 April
    // not; the child has no deadline. (Every fact not given is told as
    // "no": a category still undetermined could have a later deadline.)
    let out = reglament()
        .args(["decide", "--overdue-on", "2026-03-03"])
        .arg(input.path())
        .assert()
        .success();
    let output = lines(&out.get_output().stdout);
    let at: Vec<&Value> = output.iter().map(|o| &o["line"]).collect();
    assert_eq!(at, [&json!(3)]);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("1 overdue"), "{stderr}");
    // On the last day itself it is not yet overdue.
    let out = reglament()
        .args(["decide", "--overdue-on", "2026-03-02"])
        .arg(input.path())
        .assert()
        .success();
    assert!(lines(&out.get_output().stdout).is_empty());
}

/// A recognised native speaker accepted on 25 December 2025, every other
/// fact "no": 2.6 applies (two months, to 25 February 2026), while 2.1
/// (four months, to 27 April) cannot be told without
/// `temporary_residence_eight_months`. On 10 March an applicant filing
/// under 2.1 may not be late, so the application is not overdue until that
/// fact says 2.1 does not apply; by the plan and by `explain` alike.
#[test]
fn an_application_with_a_category_still_undetermined_is_not_overdue() {
    let speaker = json!({
        "status": "foreign_citizen", "application": "issue", "age": 30,
        "incapacitated": false, "limited_capacity": false,
        "recognised_native_speaker": true, "accepted": "2025-12-25",
    });
    let mut all_told = told(&speaker);
    all_told["temporary_residence_eight_months"] = json!(false);
    let mut but_one = all_told.clone();
    but_one["temporary_residence_eight_months"] = json!(null);
    let input = file(".jsonl", &jsonl(&[but_one, all_told]));
    for interpreter in [false, true] {
        let mut cmd = reglament();
        cmd.args(["decide", "--overdue-on", "2026-03-10"]);
        if interpreter {
            cmd.arg("--interpreter");
        }
        let out = cmd.arg(input.path()).assert().success();
        let output = lines(&out.get_output().stdout);
        let at: Vec<&Value> = output.iter().map(|o| &o["line"]).collect();
        assert_eq!(at, [&json!(2)], "interpreter: {interpreter}");
    }
}

/// A synthetic regulation (invented for this test, not law): two
/// categories, one whose term runs from the filing (the acceptance), one
/// whose term runs from the day of arrival.
const TWO_EVENTS: &str = r#"
regulation two_events
  title "Two terms from two events (synthetic, invented for tests)"
  calendar russia_federal
end

application notification
  title "Notification"
end

event filed
  title "The day the notification is filed"
  date of acceptance
end

event arrival
  title "The day of arrival"
end

fact resident
  question "Do you live here?"
  answer yes or no
end

fact visitor
  question "Are you visiting?"
  answer yes or no
end

category residents
  clause 1
  text "Residents."
  files notification
  applies when resident
end

category visitors
  clause 2
  text "Visitors."
  files notification
  applies when visitor
end

term from_filing
  clause 3
  text "Five working days from filing."
  lasts 5 working days from filed
  for application notification
  for category residents
end

term from_arrival
  clause 4
  text "Seven working days from arrival."
  lasts 7 working days from arrival
  for application notification
  for category visitors
end
"#;

#[test]
fn an_application_with_a_deadline_that_cannot_be_counted_is_not_listed_overdue() {
    let dir = tempfile::tempdir().unwrap();
    let calendar = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("regulations/calendar/russia-federal.rgl");
    let source = dir.path().join("two.rgl");
    std::fs::write(
        &source,
        format!("include {:?}\n{TWO_EVENTS}", calendar.display().to_string()),
    )
    .unwrap();
    // Both categories apply; filed on 09.01.2025, the arrival not given:
    // five working days from filing end on 16.01.2025, long before the
    // day asked, but the seven days from arrival cannot be counted.
    let unknown_arrival = json!({"resident": true, "visitor": true, "accepted": "2025-01-09"});
    let resident_only = json!({"resident": true, "visitor": false, "accepted": "2025-01-09"});
    let input = file(".jsonl", &jsonl(&[unknown_arrival, resident_only]));
    let out = reglament()
        .args([
            "decide",
            "--overdue-on",
            "2025-02-01",
            "--to",
            "csv",
            "--regulation",
        ])
        .arg(&source)
        .arg(input.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let csv = String::from_utf8(out).unwrap();
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 1, "{csv}");
    assert!(
        rows[0].starts_with("2,"),
        "only the resident is overdue: {csv}"
    );
    assert!(rows[0].contains("2025-01-16"), "{csv}");

    // Without --overdue-on, the deadline that cannot be counted says why.
    let input = file(
        ".jsonl",
        &jsonl(&[json!({"resident": true, "visitor": true, "accepted": "2025-01-09"})]),
    );
    let out = reglament()
        .args(["decide", "--to", "csv", "--regulation"])
        .arg(&source)
        .arg(input.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let csv = String::from_utf8(out).unwrap();
    assert!(csv.contains("needs the date of arrival"), "{csv}");
    assert!(csv.contains("2025-01-16"), "{csv}");
}
