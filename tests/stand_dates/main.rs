//! The stand's self-check answers a date counted from another date ("has
//! reached 14 years on the day of filing": `birth_date is on or before 14
//! years before application_filed`) as the interpreter does, and says it
//! cannot tell while that date is not given, rather than "does not apply".
//! On the synthetic `tests/fixtures/second/` (invented for tests, not law),
//! in Debian's Chromium (`tests/browser/explain.mjs`). Also documents `for
//! category`, limits, and legal-representative rules that read the category
//! applied under (`tests/fixtures/representative/`).

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::panic)]

#[path = "../browser_support/mod.rs"]
mod browser_support;
mod categories;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use browser_support::{CHROMIUM, missing_tools, run_script};
use reglament::backend::{Target, build_with, site};
use reglament::interpret::{Query, explain, facts_from_json};
use reglament::model::Regulation;
use reglament::output::{MemoryWriter, commit};
use reglament::project::check_files;
use reglament::source::RealFileSystem;
use serde_json::{Value as Json, json};

pub(crate) fn ids(list: &Json, key: &str) -> BTreeSet<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|x| x[key].as_str().unwrap().to_owned())
        .collect()
}

/// The second fixture's stand, built into `dir`, and the stand's own
/// explainer's answers to `cases` (each `{"facts": ..., "accepted": ...}`).
pub(crate) fn stand_answers(dir: &Path, cases: &[Json]) -> Vec<Json> {
    answers_on_page(&stand_page(dir), dir, cases)
}

/// The answers of the stand's explainer on `page` to `cases`.
pub(crate) fn answers_on_page(page: &Path, dir: &Path, cases: &[Json]) -> Vec<Json> {
    let config = json!({"page": page, "chromium": CHROMIUM, "cases": cases});
    let (ok, stdout, stderr) = run_script("explain.mjs", &config, dir);
    assert!(ok, "{stderr}");
    let answers: Vec<Json> = serde_json::from_slice(stdout.as_bytes()).unwrap();
    assert_eq!(answers.len(), cases.len());
    answers
}

/// For each set of facts (no acceptance date), the second fixture's stand's
/// answer beside the interpreter's, as JSON.
pub(crate) fn stand_and_interpreter(
    reg: &Regulation,
    dir: &Path,
    facts: &[Json],
) -> Vec<(Json, Json)> {
    let cases: Vec<Json> = facts
        .iter()
        .map(|f| json!({"facts": f, "accepted": null}))
        .collect();
    let answers = stand_answers(dir, &cases);
    facts
        .iter()
        .zip(answers)
        .map(|(f, stand)| {
            let given = facts_from_json(reg, f).unwrap();
            let interpreter = explain(reg, &given, &Query::default()).unwrap();
            (stand, serde_json::to_value(interpreter).unwrap())
        })
        .collect()
}

/// The second fixture's self-check page, built into `dir`.
pub(crate) fn stand_page(dir: &Path) -> PathBuf {
    stand_page_of(dir, "tests/fixtures/second/second.rgl")
}

/// The self-check page of the regulation in `source`, built into `dir`.
pub(crate) fn stand_page_of(dir: &Path, source: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = check_files(&RealFileSystem, &[root.join(source)]).unwrap();
    assert!(!project.has_errors(), "{:?}", project.problems());
    let reg = project.regulations().next().unwrap();
    let mut out = MemoryWriter::default();
    build_with(reg, &[Target::Site], &site::Inputs::default(), &mut out).unwrap();
    commit(dir, &out.files, false).unwrap();
    out.files
        .keys()
        .find(|p| p.ends_with("/self-check.html"))
        .map(|p| dir.join(p))
        .unwrap()
}

pub(crate) fn second() -> Regulation {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = check_files(
        &RealFileSystem,
        &[root.join("tests/fixtures/second/second.rgl")],
    )
    .unwrap();
    project.regulations().next().unwrap().clone()
}

#[test]
fn dates_counted_from_other_dates_answer_on_the_stand_as_in_the_interpreter() {
    if missing_tools("the stand's date conditions", false).is_some() {
        return;
    }
    let reg = second();
    let dir = tempfile::tempdir().unwrap();
    // Fourteen years on the day, a day short, the filing day not given, and
    // a 29 February birthday counted back from 28 February and 1 March.
    let cases = [
        json!({"birth_date": "2011-01-09", "application_filed": "2025-01-09"}),
        json!({"birth_date": "2011-01-10", "application_filed": "2025-01-09"}),
        json!({"birth_date": "2011-01-09"}),
        json!({"birth_date": "2008-02-29", "application_filed": "2022-02-28"}),
        json!({"birth_date": "2008-02-29", "application_filed": "2022-03-01"}),
    ];
    // Neither invited under the quota nor a resident's family member: only
    // the category of the age is in question.
    let cases = cases.map(|mut f| {
        f["invited_under_quota"] = json!(false);
        f["family_of_resident"] = json!(false);
        f
    });
    let answers = stand_and_interpreter(&reg, dir.path(), &cases);

    let mut applies = Vec::new();
    for (facts, (stand, interpreter)) in cases.iter().zip(&answers) {
        let stand_categories: BTreeSet<String> = stand["applying"]
            .as_array()
            .or_else(|| stand["categories"].as_array())
            .unwrap()
            .iter()
            .map(|c| {
                c.get("branch")
                    .and_then(Json::as_str)
                    .or_else(|| c.get("category").and_then(Json::as_str))
                    .or_else(|| c.get("id").and_then(Json::as_str))
                    .unwrap()
                    .to_owned()
            })
            .collect();
        assert_eq!(
            stand_categories,
            ids(&interpreter["categories"], "id"),
            "categories for {facts}: stand {stand}"
        );
        assert_eq!(
            ids(&stand["undetermined"], "id"),
            ids(&interpreter["undetermined"], "id"),
            "undetermined for {facts}: stand {stand}"
        );
        applies.push(!stand_categories.is_empty());
    }
    // The hand-checked answers: on the day, not a day short, not yet
    // known, and the leap-day birthday reached on 1 March when counted back.
    assert_eq!(applies, [true, false, false, false, true]);
    assert_eq!(
        ids(&answers[2].0["undetermined"], "id"),
        BTreeSet::from(["arrived_adult".to_owned()])
    );
}

#[test]
fn a_term_from_arrival_is_counted_from_the_arrival_not_from_the_day_given_as_accepted() {
    if missing_tools("the stand's terms from other events", false).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // Filed (accepted) on 09.01.2025; arrived on 29.12.2024 or not said.
    let adult = json!({"birth_date": "2000-05-01", "application_filed": "2025-01-09"});
    let mut arrived = adult.clone();
    arrived["arrival"] = json!("2024-12-29");
    let answers = stand_answers(
        dir.path(),
        &[
            json!({"facts": adult, "accepted": "2025-01-09"}),
            json!({"facts": arrived, "accepted": "2025-01-09"}),
        ],
    );
    let term = |a: &Json| a["categories"][0]["term"].clone();
    // Without the arrival date there is no deadline, and the answer says
    // which date it needs: never seven working days from the filing.
    assert_eq!(term(&answers[0])["needs_date"], "arrival", "{}", answers[0]);
    assert!(
        term(&answers[0]).get("deadline").is_none(),
        "{}",
        answers[0]
    );
    // From 29.12.2024: 30 and 31 December and 1-8 January are days off, so
    // the seventh working day is 17.01.2025.
    assert_eq!(
        term(&answers[1])["deadline"]["ends"],
        "2025-01-17",
        "{}",
        answers[1]
    );
}

#[test]
fn a_visitor_who_gives_the_arrival_date_gets_the_deadline_from_arrival() {
    if missing_tools("the stand's question for the arrival date", false).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let page = stand_page(dir.path());
    let adult = json!({"birth_date": "01.05.2000"});
    let mut arrived = adult.clone();
    arrived["arrival"] = json!("29.12.2024");
    let visits = [
        json!({"fields": adult, "accepted": "09.01.2025"}),
        json!({"fields": arrived, "accepted": "09.01.2025"}),
    ];
    let config = json!({"page": page, "chromium": CHROMIUM, "visits": visits});
    let (ok, stdout, stderr) = run_script("explain.mjs", &config, dir.path());
    assert!(ok, "{stderr}");
    let seen: Vec<Json> = serde_json::from_slice(stdout.as_bytes()).unwrap();
    let text = |v: &Json| v.to_string();
    // The arrival is asked in the event's own words, as a date; the
    // acceptance is not (it has its field on the answer).
    let questions = text(&seen[0]["questions"]);
    assert!(
        questions.contains(
            "Date of this event: The day the foreign citizen arrives at the place of stay (DD.MM.YYYY)"
        ),
        "{questions}"
    );
    assert!(!questions.contains("filed and accepted"), "{questions}");
    // Without the arrival date the answer says the term runs from arrival
    // and sends the visitor to that question, with no deadline.
    assert!(
        text(&seen[0]["terms"]).contains(
            "7 working days, counted from: The day the foreign citizen arrives at the place of stay"
        ),
        "{}",
        seen[0]
    );
    assert_eq!(seen[0]["deadlines"][0]["needs"], "arrival", "{}", seen[0]);
    assert!(
        text(&seen[0]["links"]).contains("#q-arrival"),
        "{}",
        seen[0]
    );
    // With it: from 29.12.2024, past the January holidays, to 17.01.2025,
    // as the interpreter counts it (the example in second.rgl).
    assert_eq!(seen[1]["deadlines"][0]["ends"], "2025-01-17", "{}", seen[1]);
    assert!(
        text(&seen[1]["deadlines"])
            .contains("Counted from 29.12.2024, the term ends on 17.01.2025."),
        "{}",
        seen[1]
    );
}

#[test]
fn a_certificate_issued_before_its_window_is_flagged_on_the_checklist() {
    if missing_tools("the stand's validity windows", false).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let page = stand_page(dir.path());
    // Filed on 09.01.2025: three months before is 09.10.2024, the first
    // day the certificate may be issued (on or after).
    let visit = |issued: &str| {
        let mut fields = json!({"birth_date": "01.05.2000"});
        if !issued.is_empty() {
            fields["certificate_issued"] = json!(issued);
        }
        json!({"fields": fields, "accepted": "09.01.2025"})
    };
    let visits = [
        visit("08.10.2024"),
        visit("09.10.2024"),
        visit("10.10.2024"),
        visit(""),
    ];
    let config = json!({"page": page, "chromium": CHROMIUM, "visits": visits});
    let (ok, stdout, stderr) = run_script("explain.mjs", &config, dir.path());
    assert!(ok, "{stderr}");
    let seen: Vec<Json> = serde_json::from_slice(stdout.as_bytes()).unwrap();
    for v in &seen {
        assert_eq!(
            v["validity"],
            json!([
                "Valid only if certificate issued is on or after 3 months before application filed."
            ]),
            "{v}"
        );
    }
    let outside: Vec<bool> = seen
        .iter()
        .map(|v| !v["outside"].as_array().unwrap().is_empty())
        .collect();
    // The day before is outside; on the day and after are inside; a date
    // not given is not called either.
    assert_eq!(outside, [true, false, false, false], "{seen:?}");
    assert_eq!(seen[0]["outside"], json!(["medical_certificate"]));
}

#[test]
fn every_limit_is_on_the_answer_counted_as_the_interpreter_counts_it() {
    if missing_tools("the stand's time limits", false).is_some() {
        return;
    }
    let reg = second();
    let dir = tempfile::tempdir().unwrap();
    // With and without the day of acceptance that the one-month limit runs
    // from; the ten minutes are stated whatever is given.
    let facts = json!({"birth_date": "2000-05-01"});
    let cases = [
        json!({"facts": facts, "accepted": null}),
        json!({"facts": facts, "accepted": "2025-01-09"}),
        json!({"facts": facts, "accepted": "2025-12-31"}),
    ];
    let answers = stand_answers(dir.path(), &cases);
    for (case, stand) in cases.iter().zip(&answers) {
        let given = facts_from_json(&reg, &case["facts"]).unwrap();
        let query = Query {
            accepted: case["accepted"].as_str().map(|d| d.parse().unwrap()),
            ..Query::default()
        };
        let interpreter = serde_json::to_value(explain(&reg, &given, &query).unwrap()).unwrap();
        let ours = interpreter["limits"].as_array().unwrap();
        let theirs = stand["limits"].as_array().unwrap();
        assert_eq!(ours.len(), reg.limits.len());
        assert_eq!(theirs.len(), ours.len(), "{stand}");
        for (o, t) in ours.iter().zip(theirs) {
            for key in [
                "id",
                "clause",
                "amount",
                "unit",
                "from",
                "on_calendar",
                "needs_date",
            ] {
                assert_eq!(t.get(key), o.get(key), "{key} of {o} vs stand {t}");
            }
            assert_eq!(
                t.pointer("/deadline/ends"),
                o.pointer("/deadline/ends"),
                "last day of {o} vs stand {t}"
            );
        }
    }
    // A visitor sees both: the ten minutes as stated, the month's last day
    // once the acceptance date is typed.
    let page = stand_page(dir.path());
    let visits = [json!({"fields": {"birth_date": "01.05.2000"}, "accepted": "09.01.2025"})];
    let config = json!({"page": page, "chromium": CHROMIUM, "visits": visits});
    let (ok, stdout, stderr) = run_script("explain.mjs", &config, dir.path());
    assert!(ok, "{stderr}");
    let seen: Vec<Json> = serde_json::from_slice(stdout.as_bytes()).unwrap();
    let limits = seen[0]["limits"].to_string();
    assert!(limits.contains("10 minutes"), "{limits}");
    assert!(
        limits.contains("as stated, not counted by the production calendar"),
        "{limits}"
    );
    let ends = answers[1]["limits"][1]["deadline"]["ends"]
        .as_str()
        .unwrap();
    let (y, m, d) = (&ends[0..4], &ends[5..7], &ends[8..10]);
    assert!(
        limits.contains(&format!(
            "If the application is accepted on 09.01.2025, this time limit ends on {d}.{m}.{y}."
        )),
        "{limits}"
    );
}

#[test]
fn a_limit_from_another_event_asks_its_date_and_then_counts_from_it() {
    if missing_tools("the stand's limit from an event", false).is_some() {
        return;
    }
    // Order 417, item 16: the written answer within 30 days of the day the
    // written request was registered.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = check_files(
        &RealFileSystem,
        &[root.join("regulations/residence-permit.rgl")],
    )
    .unwrap();
    let reg = project.regulations().next().unwrap().clone();
    let limit = reg
        .limits
        .iter()
        .find(|l| l.from.as_deref() == Some("written_address_registered"))
        .expect("item 16's limit counts from the registration of the request");
    let given =
        facts_from_json(&reg, &json!({"written_address_registered": "2024-12-27"})).unwrap();
    let answer = serde_json::to_value(explain(&reg, &given, &Query::default()).unwrap()).unwrap();
    let ends = answer["limits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == limit.id.as_str())
        .unwrap()["deadline"]["ends"]
        .as_str()
        .unwrap()
        .to_owned();
    let dir = tempfile::tempdir().unwrap();
    let page = stand_page_of(dir.path(), "regulations/residence-permit.rgl");
    let visits = [
        json!({"fields": {}, "accepted": "09.01.2025"}),
        json!({"fields": {"written_address_registered": "27.12.2024"}, "accepted": "09.01.2025"}),
    ];
    let config = json!({"page": page, "chromium": CHROMIUM, "visits": visits});
    let (ok, stdout, stderr) = run_script("explain.mjs", &config, dir.path());
    assert!(ok, "{stderr}");
    let seen: Vec<Json> = serde_json::from_slice(stdout.as_bytes()).unwrap();
    let shown = |v: &Json| -> String {
        v["limits"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["id"] == limit.id.as_str())
            .unwrap()["text"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    // Without the date: which date it waits for, and a link to its question.
    assert!(
        shown(&seen[0]).contains("To count the deadline, give the date:"),
        "{}",
        seen[0]
    );
    assert!(
        seen[0]["links"]
            .to_string()
            .contains("#q-written_address_registered"),
        "{}",
        seen[0]
    );
    // With it: counted from that day, not from the acceptance, to the day
    // the interpreter counts.
    let (y, m, d) = (&ends[0..4], &ends[5..7], &ends[8..10]);
    assert!(
        shown(&seen[1]).contains(&format!(
            "Counted from 27.12.2024, this time limit ends on {d}.{m}.{y}."
        )),
        "{}",
        seen[1]
    );
}
