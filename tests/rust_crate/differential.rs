//! The generated rules crate (`out/rust/residence_permit`) against the
//! interpreter: every example of the bundled regulation and thousands of
//! made-up applicants go through `reglament::interpret::explain` and the
//! crate's `decide`, and the two decisions, as JSON, must be identical.

use crate::support::{Applicant, Applicants, bundled, examples, generated, interpret};
use serde_json::Value as Json;

/// How many made-up applicants.
const APPLICANTS: usize = 5_000;

fn compare(reg: &reglament::model::Regulation, applicant: &Applicant, what: &str) -> Json {
    let expected = interpret(reg, applicant);
    let actual = generated(applicant);
    if expected != actual {
        panic!(
            "{what}: the generated crate and the interpreter differ\napplicant: {applicant:#?}\ninterpreter: {}\ngenerated: {}",
            serde_json::to_string_pretty(&expected).unwrap(),
            serde_json::to_string_pretty(&actual).unwrap()
        );
    }
    expected
}

#[test]
fn every_example_decides_alike() {
    let reg = bundled();
    let examples = examples(&reg);
    assert!(
        examples.len() >= 30,
        "the bundled regulation has its examples"
    );
    for (example, applicant) in reg.examples.iter().zip(&examples) {
        compare(&reg, applicant, &format!("example `{}`", example.id));
    }
}

#[test]
fn made_up_applicants_decide_alike() {
    let reg = bundled();
    let mut applicants = Applicants::new(&reg, 0x5EED_2020_0611);
    // What the applicants reached, so the test shows it explored the rules
    // rather than agreeing on empty answers.
    let mut seen = Seen::default();
    for i in 0..APPLICANTS {
        let applicant = applicants.applicant();
        let decision = compare(&reg, &applicant, &format!("applicant {i}"));
        seen.note(&decision);
    }
    let reached = [
        ("several categories", seen.several_categories),
        ("a branch", seen.branches),
        ("a category with grounds", seen.grounds),
        ("undetermined categories", seen.undetermined),
        ("a term that needs the status", seen.term_needs),
        ("an application's own term", seen.application_terms),
        ("a deadline", seen.deadlines),
        ("a date outside the calendar", seen.deadline_errors),
        ("a legal representative", seen.representatives),
        ("a representative not yet known", seen.representative_needs),
        ("copies or counts not yet known", seen.amount_needs),
        ("undetermined documents", seen.undetermined_documents),
    ];
    let missed: Vec<&str> = reached
        .iter()
        .filter(|(_, n)| *n < 10)
        .map(|(what, _)| *what)
        .collect();
    assert!(
        missed.is_empty(),
        "the applicants rarely reached: {missed:?}\n{seen:#?}"
    );
}

#[derive(Debug, Default)]
struct Seen {
    several_categories: usize,
    branches: usize,
    grounds: usize,
    undetermined: usize,
    term_needs: usize,
    application_terms: usize,
    deadlines: usize,
    deadline_errors: usize,
    representatives: usize,
    representative_needs: usize,
    amount_needs: usize,
    undetermined_documents: usize,
}

impl Seen {
    fn note(&mut self, d: &Json) {
        let list = |key: &str| d[key].as_array().cloned().unwrap_or_default();
        let nonempty = |v: &Json| v.as_array().is_some_and(|a| !a.is_empty());
        let categories = list("categories");
        let count = |n: &mut usize, hit: bool| *n += usize::from(hit);
        count(&mut self.several_categories, categories.len() > 1);
        count(
            &mut self.branches,
            categories.iter().any(|c| !c["branch"].is_null()),
        );
        count(
            &mut self.grounds,
            categories.iter().any(|c| nonempty(&c["grounds"])),
        );
        count(&mut self.undetermined, !list("undetermined").is_empty());
        count(
            &mut self.term_needs,
            categories.iter().any(|c| nonempty(&c["term_needs"])),
        );
        count(
            &mut self.application_terms,
            !d["application_term"].is_null(),
        );
        let terms: Vec<&Json> = categories
            .iter()
            .map(|c| &c["term"])
            .chain([&d["application_term"]])
            .collect();
        count(
            &mut self.deadlines,
            terms.iter().any(|t| !t["deadline"].is_null()),
        );
        count(
            &mut self.deadline_errors,
            terms.iter().any(|t| !t["deadline_error"].is_null()),
        );
        count(
            &mut self.representatives,
            d["representative"] == Json::Bool(true),
        );
        count(
            &mut self.representative_needs,
            nonempty(&d["representative_needs"]),
        );
        count(
            &mut self.amount_needs,
            list("documents").iter().any(|doc| nonempty(&doc["needs"])),
        );
        count(
            &mut self.undetermined_documents,
            !list("undetermined_documents").is_empty(),
        );
    }
}
