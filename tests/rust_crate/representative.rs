//! Legal-representative rules that read the category applied under
//! (`category is ...`, docs/language.md 4.7) in the generated crate: the
//! synthetic `tests/fixtures/representative/representative.rgl` (rules
//! reading a category, a branch and a group, with `not` and `one of`,
//! combined with facts, beside one that does not read it) and its amended
//! twin `amended.rgl` (such a rule worded anew, one repealed, one
//! inserted). Each crate is formatted as rustfmt prints it, lints clean,
//! runs its examples, and decides every combination of the facts the rules
//! read (each yes/no fact yes, no or not given; ages on both sides of every
//! bound), with no category chosen and with each chosen, exactly as the
//! interpreter does: in the amended one, on the day before the amendment
//! and on its first day.

use reglament::interpret::{self, explain_as_of};
use reglament::model::Regulation;
use serde_json::{Map, Value as Json, json};

use crate::amended::{assert_formatted, crate_with_cases, lint_and_decide};
use crate::backend::{generate, regulation};

const YES_NO: [&str; 5] = [
    "invited_under_quota",
    "seasonal",
    "family_of_resident",
    "studying",
    "incapacitated",
];

/// Not given, and each age the rules name (14, 16, 18) with the years on
/// either side, where `under` and `at least` part.
const AGES: [Option<u32>; 8] = [
    None,
    Some(13),
    Some(14),
    Some(15),
    Some(16),
    Some(17),
    Some(18),
    Some(30),
];

const CHOSEN: [Option<&str>; 5] = [
    None,
    Some("quota_worker"),
    Some("seasonal_team"),
    Some("resident_family"),
    Some("student"),
];

/// Every applicant: each yes/no fact yes, no or not given, with each age.
fn applicants() -> Vec<Json> {
    let mut out = Vec::new();
    for mut n in 0..3usize.pow(5) {
        let mut facts = Map::new();
        for fact in YES_NO {
            match n % 3 {
                0 => {}
                k => {
                    facts.insert(fact.to_owned(), json!(k == 1));
                }
            }
            n /= 3;
        }
        for age in AGES {
            let mut facts = facts.clone();
            if let Some(age) = age {
                facts.insert("age".to_owned(), json!(age));
            }
            out.push(Json::Object(facts));
        }
    }
    out
}

/// Each case: the inputs, and the interpreter's decision as JSON, by the
/// version in force on `as_of` (`None`: the regulation is not amended).
fn cases(reg: &Regulation, days: &[Option<&str>]) -> Vec<Json> {
    let mut cases = Vec::new();
    for day in days {
        let as_of = day.map(|d| d.parse().unwrap());
        for facts in applicants() {
            for category in CHOSEN {
                let given = interpret::facts_from_json(reg, &facts).unwrap();
                let query = interpret::Query {
                    application: None,
                    category: category.map(str::to_owned),
                    accepted: None,
                };
                // A category chosen that does not apply is an answer too
                // (nothing applies); only errors are left out.
                let Ok(answer) = explain_as_of(reg, &given, &query, as_of) else {
                    continue;
                };
                cases.push(json!({
                    "facts": facts,
                    "application": null,
                    "category": category,
                    "as_of": day,
                    "expected": crate::support::as_the_crate_answers(
                        serde_json::to_value(answer).unwrap()
                    ),
                }));
            }
        }
    }
    cases
}

/// What the cases reach: a representative required under each rule (by
/// its clause), and an answer that cannot be told yet for want of a fact.
fn assert_reached(cases: &[Json], clauses: &[&str]) {
    let text = serde_json::to_string(cases).unwrap();
    for clause in clauses {
        assert!(
            text.contains(&format!("\"representative_clause\":\"{clause}\"")),
            "no case needs the representative of clause {clause}"
        );
    }
    assert!(
        cases.iter().any(|c| c["expected"]["representative_needs"]
            .as_array()
            .is_some_and(|n| n.iter().any(|f| f == "age"))),
        "no case waits for the age"
    );
}

#[test]
fn the_crate_follows_representative_rules_that_read_the_category_as_the_interpreter() {
    let reg = regulation("tests/fixtures/representative/representative.rgl");
    assert_formatted(&reg);
    // Decided as the code is written: each rule once for each set of the
    // categories it tells apart, and not at all for those it says no of.
    let evaluate = &generate(&reg)["src/evaluate.rs"];
    assert!(
        evaluate.contains(
            "    let tri = Tri::flag(facts, Facts::INCAPACITATED);\n    out.rule_for(\n        \
             Representative::Guardian,\n        \
             CategorySet::of(&[Category::ResidentFamily, Category::Student]),"
        ),
        "{evaluate}"
    );
    assert!(evaluate.contains("out.rule(Representative::YoungStudent, tri);"));
    let cases = cases(&reg, &[None]);
    assert_eq!(cases.len(), 3usize.pow(5) * AGES.len() * CHOSEN.len());
    assert_reached(&cases, &["4", "5", "6", "7", "8", "9"]);
    let (_dir, krate) = crate_with_cases(&reg, &cases, false);
    lint_and_decide(&krate, cases.len(), reg.examples.len(), &[]);
}

#[test]
fn the_amended_crate_follows_each_version_of_a_rule_that_reads_the_category() {
    let reg = regulation("tests/fixtures/representative/amended.rgl");
    assert_formatted(&reg);
    let cases = cases(&reg, &[Some("2025-05-31"), Some("2025-06-01")]);
    assert_eq!(cases.len(), 2 * 3usize.pow(5) * AGES.len() * CHOSEN.len());
    // The guardian (clause 6) only before the amendment, the school
    // (clause 9) only from it.
    assert_reached(&cases, &["4", "5", "6", "7", "8", "9"]);
    let (_dir, krate) = crate_with_cases(&reg, &cases, true);
    lint_and_decide(&krate, cases.len(), reg.examples.len(), &[]);
}
