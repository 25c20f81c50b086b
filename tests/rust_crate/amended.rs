//! The crate of an amended regulation keeps every version: the synthetic
//! `tests/fixtures/amended/amended.rgl` (four amending orders, one adopted
//! but not yet in force) and `tests/fixtures/amended/nested.rgl` (orders
//! that insert, word anew and repeal branches, grounds, time limits and
//! an event) are generated, formatted as rustfmt prints them, built,
//! linted, documented and tested in a temporary folder, and decide
//! exactly as the interpreter does on both sides of every change: the day
//! before and the first day of each version, and each example's day, by
//! the day of acceptance and "as of" a day, over seeded applicants.

use std::collections::BTreeSet;
use std::path::Path;

use jiff::civil::Date;
use reglament::interpret::{self, explain_as_of};
use reglament::model::Regulation;
use serde_json::{Value as Json, json};

use crate::backend::{cargo, generate, regulation, rustfmt, write_crate};
use crate::support::Applicants;

/// Applicants per day.
const APPLICANTS: usize = 60;

fn amended() -> Regulation {
    regulation("tests/fixtures/amended/amended.rgl")
}

/// The synthetic regulation whose amendments change a category's branches
/// and grounds, time limits and events.
fn nested() -> Regulation {
    regulation("tests/fixtures/amended/nested.rgl")
}

/// The days on both sides of every change, and each example's day.
fn days(reg: &Regulation) -> Vec<Date> {
    let mut days = BTreeSet::new();
    for v in &reg.versions {
        if let Some(from) = v.from {
            days.insert(from);
            days.insert(from.yesterday().unwrap());
        }
    }
    for e in &reg.examples {
        days.extend(e.as_of);
        days.extend(e.accepted);
    }
    days.into_iter().collect()
}

/// Each case: the inputs, and the interpreter's decision as JSON.
fn cases(reg: &Regulation) -> Vec<Json> {
    let mut applicants = Applicants::new(reg, 0x5EED_2024_0601);
    let mut cases = Vec::new();
    let days = days(reg);
    // The latest day: deadlines counted from it stay in the calendar.
    let last = *days.last().unwrap();
    for day in &days {
        for i in 0..APPLICANTS {
            let applicant = applicants.applicant();
            // By the day of acceptance, and "as of" the day for an
            // application accepted on another.
            let (accepted, as_of) = if i % 2 == 0 {
                (Some(*day), None)
            } else {
                (Some(last).filter(|_| i % 4 == 1), Some(*day))
            };
            let facts = reglament::interpret::facts_from_json(reg, &applicant.facts).unwrap();
            let query = interpret::Query {
                application: applicant.application.clone(),
                category: applicant.category.clone(),
                accepted,
            };
            // A category asked for that a version does not have is an
            // error there; the crate's enums are the union, so only cases
            // the interpreter answers are compared.
            let Ok(answer) = explain_as_of(reg, &facts, &query, as_of) else {
                continue;
            };
            cases.push(json!({
                "facts": applicant.facts,
                "application": applicant.application,
                "category": applicant.category,
                "accepted": accepted,
                "as_of": as_of,
                "expected": crate::support::as_the_crate_answers(serde_json::to_value(answer).unwrap()),
            }));
        }
    }
    cases
}

/// The generated code of `reg` is exactly what rustfmt prints.
pub(crate) fn assert_formatted(reg: &Regulation) {
    for (path, text) in generate(reg) {
        if path.ends_with(".rs") {
            assert_eq!(rustfmt(&text), text, "{path} is not as rustfmt prints it");
        }
    }
}

/// `reg`'s crate in a temporary folder, with `cases` (each the facts, the
/// query and the interpreter's answer) and the test that decides them
/// again (`tests/differential.rs`, with serde_json to read them).
pub(crate) fn crate_with_cases(
    reg: &Regulation,
    cases: &[Json],
    versioned: bool,
) -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, krate) = write_crate(reg);
    std::fs::write(
        krate.join("tests/cases.json"),
        serde_json::to_string_pretty(cases).unwrap(),
    )
    .unwrap();
    let name = reg.id.replace('-', "_");
    std::fs::write(
        krate.join("tests/differential.rs"),
        differential(&name, versioned),
    )
    .unwrap();
    let mut manifest = std::fs::read_to_string(krate.join("Cargo.toml")).unwrap();
    manifest.push_str("\n[dev-dependencies]\nserde_json = \"1.0\"\n");
    std::fs::write(krate.join("Cargo.toml"), manifest).unwrap();
    (dir, krate)
}

/// Lints the crate made by [`crate_with_cases`] (clippy `-D warnings`,
/// every target, with serde) and runs its differential test, its examples
/// and the `extra` tests written beside them: every case compared and
/// every example passed.
pub(crate) fn lint_and_decide(krate: &Path, cases: usize, examples: usize, extra: &[&str]) {
    cargo(
        krate,
        &[
            "clippy",
            "--offline",
            "--all-targets",
            "--features",
            "serde",
            "--",
            "-D",
            "warnings",
        ],
    );
    let mut args = vec!["test", "--offline", "--features", "serde"];
    for test in ["differential", "examples"].iter().chain(extra) {
        args.extend(["--test", test]);
    }
    args.extend(["--", "--nocapture"]);
    let out = cargo(krate, &args);
    assert!(
        out.contains(&format!("compared {cases} decisions")),
        "{out}"
    );
    assert!(
        out.contains(&format!("test result: ok. {examples} passed; 0 failed")),
        "{out}"
    );
}

/// The test a generated crate runs on the cases, from data rather than
/// from Rust written by the code under test: each case's facts and query,
/// decided by crate `krate` and compared with the interpreter's JSON.
fn differential(krate: &str, versioned: bool) -> String {
    let as_of = if versioned {
        "        if let Some(d) = date(&case[\"as_of\"]) {\n            query = query.as_of(d);\n        }\n"
    } else {
        ""
    };
    DIFFERENTIAL
        .replace("synthetic_permit", krate)
        .replace("        //AS_OF\n", as_of)
}

const DIFFERENTIAL: &str = r#"//! The interpreter's decisions, decided again by this crate.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use synthetic_permit::{Application, Category, Date, Query, decide};

#[test]
fn decides_as_the_interpreter() {
    let cases: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("cases.json")).unwrap();
    let date = |v: &serde_json::Value| -> Option<Date> { v.as_str().map(|s| s.parse().unwrap()) };
    for case in &cases {
        let facts = serde_json::from_value(case["facts"].clone()).unwrap();
        let mut query = Query::default();
        if let Some(a) = case["application"].as_str() {
            query = query.application(Application::from_id(a).unwrap());
        }
        if let Some(c) = case["category"].as_str() {
            let category = Category::from_id(c).or_else(|| Category::from_clause(c)).unwrap();
            query = query.category(category);
        }
        if let Some(d) = date(&case["accepted"]) {
            query = query.accepted(d);
        }
        //AS_OF
        let actual = serde_json::to_value(decide(&facts, &query)).unwrap();
        assert_eq!(actual, case["expected"], "case {case:#}");
    }
    println!("compared {} decisions", cases.len());
}
"#;

#[test]
fn the_amended_crate_keeps_every_version_and_decides_as_the_interpreter() {
    let reg = amended();
    assert_formatted(&reg);
    let cases = cases(&reg);
    // The cases reach every version and what changes between them.
    let text = serde_json::to_string(&cases).unwrap();
    for reached in [
        "\"student_category\"",
        "\"researcher_category\"",
        "\"adult\"",
        "\"months\"",
        "\"calendar_days\"",
        "\"order_2026_40\"",
        "\"deadline\"",
    ] {
        assert!(text.contains(reached), "no case reaches {reached}");
    }
    let (_dir, krate) = crate_with_cases(&reg, &cases, true);
    std::fs::write(krate.join("tests/worked.rs"), worked_example()).unwrap();
    cargo(
        &krate,
        &[
            "clippy",
            "--offline",
            "--lib",
            "--test",
            "examples",
            "--",
            "-D",
            "warnings",
        ],
    );
    cargo(
        &krate,
        &[
            "clippy",
            "--offline",
            "--all-targets",
            "--features",
            "serde",
            "--",
            "-D",
            "warnings",
        ],
    );
    let out = cargo(
        &krate,
        &[
            "test",
            "--offline",
            "--features",
            "serde",
            "--test",
            "differential",
            "--",
            "--nocapture",
        ],
    );
    assert!(
        out.contains(&format!("compared {} decisions", cases.len())),
        "{out}"
    );
    // Every example, each by the version of its day, and the doc example.
    let out = cargo(
        &krate,
        &[
            "test",
            "--offline",
            "--features",
            "serde",
            "--test",
            "examples",
        ],
    );
    let examples = reg.examples.len();
    assert!(
        out.contains(&format!("test result: ok. {examples} passed; 0 failed")),
        "{out}"
    );
    // The worked example of docs/rust-crate.md, as it is there.
    let out = cargo(&krate, &["test", "--offline", "--test", "worked"]);
    assert!(out.contains("test result: ok. 1 passed; 0 failed"), "{out}");
    let out = cargo(&krate, &["test", "--offline", "--doc"]);
    assert!(out.contains("test result: ok. 1 passed; 0 failed"), "{out}");
    cargo(&krate, &["doc", "--offline", "--no-deps"]);
}

/// The worked example of `docs/rust-crate.md`'s section on amended
/// regulations, as a test of the crate.
fn worked_example() -> String {
    let page = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rust-crate.md"),
    )
    .unwrap();
    let section = page.split("## Amended regulations").nth(1).unwrap();
    let block = section.split("```rust\n").nth(1).unwrap();
    let block = block.split("```").next().unwrap();
    let body: String = block.lines().map(|l| format!("    {l}\n")).collect();
    format!(
        "//! The worked example of docs/rust-crate.md.\n\n\
         #![allow(clippy::panic)]\n\n#[test]\nfn worked() {{\n{body}}}\n"
    )
}

#[test]
fn versions_are_constants_and_elements_the_union() {
    let reg = amended();
    let files = generate(&reg);
    let versions = &files["src/versions.rs"];
    // The versions' first days are constants of the API.
    for day in ["2024, 6, 1", "2024, 9, 1", "2025, 1, 1", "2027, 3, 1"] {
        assert!(
            versions.contains(&format!("Some(Date::constant({day}))")),
            "{day}"
        );
    }
    assert!(versions.contains("pub const PRESENTED: Self = Self::Order202640;"));
    // A repealed category and an inserted one are both variants, each in
    // force only in its versions.
    let categories = &files["src/categories.rs"];
    assert!(categories.contains("Self::StudentCategory => version <= Version::Order202410,"));
    assert!(categories.contains("Self::ResearcherCategory => version >= Version::Order202410,"));
    // The condition that order 40 changes differs in that version only.
    assert!(categories.contains("(Self::Adult, Version::Order202640) =>"));
    // A fee is stated per version: 5,000 roubles, 6,000 from order 30.
    let fees = &files["src/fees.rs"];
    assert!(fees.contains("pub fn amount(self, version: Version) -> Money"));
    assert!(fees.contains("amount: 5000,") && fees.contains("amount: 6000,"));
    // A regulation without amendments has no versions.
    let plain = generate(&crate::support::bundled());
    assert!(!plain.contains_key("src/versions.rs"));
    assert!(!plain["src/decide.rs"].contains("Version"));
}

#[test]
fn branches_grounds_limits_and_events_change_by_version_as_the_interpreter_says() {
    let reg = nested();
    assert_formatted(&reg);
    let cases = cases(&reg);
    // The cases reach every element an amendment inserts, words anew or
    // repeals, in the versions on both sides of it.
    let text = serde_json::to_string(&cases).unwrap();
    for reached in [
        // Branch 1.1, inserted by order 5 and worded anew by order 15.
        "\"worker_family\"",
        // Ground 2.2, repealed by order 15; ground 2.3, inserted by order 5.
        "{\"id\":\"loss\",\"clause\":\"2.2\"}",
        "{\"id\":\"damage\",\"clause\":\"2.3\"}",
        // Limit 5, 30 calendar days, then 15 working days from order 15.
        "\"id\":\"written_answer\",\"clause\":\"5\",\"amount\":30",
        "\"id\":\"written_answer\",\"clause\":\"5\",\"amount\":15",
        // Limit 6, inserted by order 5; limit 7 and its event, by order 25.
        "\"phone_answer\"",
        "\"check_notice\"",
        "\"needs_date\":\"documents_checked\"",
    ] {
        assert!(text.contains(reached), "no case reaches {reached}");
    }
    let (_dir, krate) = crate_with_cases(&reg, &cases, true);
    lint_and_decide(&krate, cases.len(), reg.examples.len(), &[]);
    cargo(&krate, &["doc", "--offline", "--no-deps"]);
}

#[test]
fn nested_parts_limits_and_events_are_the_union_with_their_versions() {
    let files = generate(&nested());
    let categories = &files["src/categories.rs"];
    // A branch is in force from the order that inserts it, a ground until
    // the order that repeals it or from the one that inserts it.
    assert!(categories.contains("Self::WorkerFamily => version >= Version::Order20245,"));
    assert!(categories.contains("Self::Loss => version <= Version::Order20245,"));
    assert!(categories.contains("Self::Damage => version >= Version::Order20245,"));
    // A category's grounds are those in force in the version asked about.
    assert!(categories.contains("pub fn grounds(self, version: Version) -> &'static [Ground]"));
    assert!(
        categories
            .contains("(Self::Holder, Version::Original) => &[Ground::NameChange, Ground::Loss],")
    );
    assert!(categories.contains("(Self::Holder, _) => &[Ground::NameChange, Ground::Damage],"));
    // The branch's condition as order 5 inserted it, until order 15.
    assert!(categories.contains("(Self::WorkerFamily, Version::Order20245) =>"));
    let terms = &files["src/terms.rs"];
    // A limit's length answers by version; versions that agree share an arm.
    assert!(terms.contains("pub fn length(self, version: Version) -> Length"));
    assert!(terms.contains("(Self::WrittenAnswer, Version::Original | Version::Order20245) =>"));
    assert!(terms.contains("Self::PhoneAnswer => version >= Version::Order20245,"));
    assert!(terms.contains("Self::CheckNotice => version >= Version::Order202525,"));
    // An inserted event is in force from its order; its date is a fact in
    // every version, and a term counts from it only from that order.
    assert!(terms.contains("Self::DocumentsChecked => version >= Version::Order202525,"));
    assert!(terms.contains("pub fn date(self, facts: &Facts) -> Option<Date>"));
    assert!(terms.contains(
        "(Self::ReplacementTerm, Version::Order202525) => Some(Event::DocumentsChecked),"
    ));
}
