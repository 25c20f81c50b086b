//! The crate of the synthetic second regulation
//! (`tests/fixtures/second/second.rgl`), which counts a term and limits
//! from events other than acceptance, a limit in minutes, an age reached
//! on the filing day from a date of birth, and a document's validity
//! window: generated, formatted as rustfmt prints it, built, linted,
//! documented and tested, and deciding exactly as the interpreter does
//! over seeded applicants whose dates cluster round each other so that
//! every bound is crossed.

use serde_json::{Value as Json, json};

use crate::amended::{assert_formatted, crate_with_cases, lint_and_decide};
use crate::backend::{cargo, regulation};
use crate::support::{Applicants, interpret};

const APPLICANTS: usize = 600;

#[test]
fn the_second_regulations_crate_counts_from_events_and_decides_as_the_interpreter() {
    let reg = regulation("tests/fixtures/second/second.rgl");
    assert_formatted(&reg);
    let mut applicants = Applicants::new(&reg, 0x5EC0_2D12_2026);
    let cases: Vec<Json> = (0..APPLICANTS)
        .map(|_| {
            let applicant = applicants.applicant();
            json!({
                "facts": applicant.facts,
                "application": applicant.application,
                "category": applicant.category,
                "accepted": applicant.accepted,
                "expected": interpret(&reg, &applicant),
            })
        })
        .collect();
    // The cases reach what this regulation is for: each answer both ways.
    let text = serde_json::to_string(&cases).unwrap();
    for reached in [
        // A term counted from arrival, and one waiting for its date.
        "\"id\":\"notify_after_arrival\"",
        "\"from\":\"arrival\"",
        "\"needs_date\":\"arrival\"",
        // A limit counted from the filing, one in minutes only stated.
        "\"id\":\"decide_on_notification\"",
        "\"on_calendar\":false",
        "\"needs_date\":\"application_filed\"",
        // The validity window held, failed and undecided.
        "\"holds\":true",
        "\"holds\":false",
        "\"holds\":null",
        // The age from the date of birth, decided and not.
        "\"id\":\"arrived_adult\"",
        "\"needs\":[\"birth_date\"",
    ] {
        assert!(text.contains(reached), "no case reaches {reached}");
    }
    assert!(
        cases.iter().any(|c| c["expected"]["categories"]
            .as_array()
            .is_some_and(Vec::is_empty)
            && c["expected"]["undetermined"]
                .as_array()
                .is_some_and(Vec::is_empty)),
        "no case where the applicant is under fourteen"
    );
    assert!(
        cases
            .iter()
            .any(|c| c["expected"]["categories"][0]["term"]["deadline"]["ends"].is_string()),
        "no case counts the term's deadline"
    );

    let (_dir, krate) = crate_with_cases(&reg, &cases, false);
    lint_and_decide(&krate, cases.len(), reg.examples.len(), &[]);
    cargo(&krate, &["doc", "--offline", "--no-deps"]);
}
