//! Running the examples kept in the sources.

use std::collections::BTreeSet;

use super::{Explanation, FactValues, Query, TermAnswer, Versions};
use crate::deadline::dmy;
use crate::diagnostics::{Problem, messages};
use crate::model::{Duration, Example, Expectation, Regulation};

/// The result of one example.
#[derive(Debug)]
pub struct ExampleOutcome {
    /// The example's id.
    pub id: String,
    /// One problem per expectation that does not hold.
    pub failures: Vec<Problem>,
}

/// Runs every example of `reg`, each against the version of the
/// regulation in force on its `as of` day, else on its day of acceptance,
/// else the version the model presents.
pub fn run_examples(reg: &Regulation) -> Vec<ExampleOutcome> {
    let versions = Versions::new(reg);
    reg.examples.iter().map(|e| run(&versions, e)).collect()
}

fn run(versions: &Versions<'_>, example: &Example) -> ExampleOutcome {
    let facts: FactValues = example
        .given
        .iter()
        .map(|g| (g.fact.clone(), g.value.clone()))
        .collect();
    let mut failures = Vec::new();
    let query = Query {
        accepted: example.accepted,
        category: example.category.clone(),
        ..Query::default()
    };
    match versions.explain(&facts, &query, example.as_of) {
        Ok(answer) => {
            for e in &example.expect {
                if let Some((expected, actual)) = mismatch(&answer, &e.what) {
                    failures.push(messages::example_failed(
                        &example.id,
                        &expected,
                        &actual,
                        e.span,
                        example.span,
                    ));
                }
            }
        }
        Err(err) => failures.push(messages::example_failed(
            &example.id,
            "an answer",
            &err.to_string(),
            example.span,
            example.span,
        )),
    }
    ExampleOutcome {
        id: example.id.clone(),
        failures,
    }
}

fn list(ids: &BTreeSet<&str>) -> String {
    if ids.is_empty() {
        "none".to_owned()
    } else {
        ids.iter()
            .map(|i| format!("`{i}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn term_words(d: Option<&Duration>) -> String {
    d.map_or_else(|| "no term stated".to_owned(), ToString::to_string)
}

/// `Some((expected, actual))` in words when the expectation fails.
fn mismatch(answer: &Explanation, what: &Expectation) -> Option<(String, String)> {
    match what {
        Expectation::Categories { ids } => {
            let expected: BTreeSet<&str> = ids.iter().map(String::as_str).collect();
            let actual: BTreeSet<&str> = answer.categories.iter().map(|c| c.id.as_str()).collect();
            let undetermined = if answer.undetermined.is_empty() {
                String::new()
            } else {
                let u: Vec<String> = answer
                    .undetermined
                    .iter()
                    .map(|u| {
                        let needs: BTreeSet<&str> = u.needs.iter().map(String::as_str).collect();
                        format!("`{}` needs {}", u.id, list(&needs))
                    })
                    .collect();
                format!(" (not decided yet: {})", u.join("; "))
            };
            // "No category" is not known while one cannot be told yet, as
            // "no representative" is not (below).
            let undecided = expected.is_empty() && !answer.undetermined.is_empty();
            (expected != actual || undecided).then(|| {
                (
                    if expected.is_empty() {
                        "no categories".to_owned()
                    } else {
                        format!("categories {}", list(&expected))
                    },
                    if actual.is_empty() && !undetermined.is_empty() {
                        format!("no category for certain{undetermined}")
                    } else {
                        format!("{}{undetermined}", list(&actual))
                    },
                )
            })
        }
        Expectation::Term { duration } => {
            let expected = format!("the term {}", term_words(duration.as_ref()));
            let terms: Vec<(&str, Option<&TermAnswer>, &[String])> = if answer.categories.is_empty()
            {
                match &answer.application_term {
                    Some(t) => vec![("the application", Some(t), &[])],
                    None if !answer.application_term_needs.is_empty() => vec![(
                        "the application",
                        None,
                        answer.application_term_needs.as_slice(),
                    )],
                    None => return Some((expected, "no category that applies".to_owned())),
                }
            } else {
                answer
                    .categories
                    .iter()
                    .map(|c| (c.id.as_str(), c.term.as_ref(), c.term_needs.as_slice()))
                    .collect()
            };
            terms.into_iter().find_map(|(who, term, needs)| {
                let actual = match term {
                    Some(t) if t.not_stated => None,
                    Some(t) => t
                        .amount
                        .zip(t.unit)
                        .map(|(amount, unit)| Duration { amount, unit }),
                    None => {
                        return Some((
                            expected.clone(),
                            format!("no term for `{who}` (needs: {})", needs.join(", ")),
                        ));
                    }
                };
                (actual != *duration).then(|| {
                    (
                        expected.clone(),
                        format!("{} for `{who}`", term_words(actual.as_ref())),
                    )
                })
            })
        }
        Expectation::Documents { ids } => {
            let expected: BTreeSet<&str> = ids.iter().map(String::as_str).collect();
            let actual: BTreeSet<&str> = answer.documents.iter().map(|d| d.id.as_str()).collect();
            (expected != actual).then(|| (format!("documents {}", list(&expected)), list(&actual)))
        }
        Expectation::Copies { document, copies } => {
            amount_mismatch(answer, document, *copies, "copies of ", |d| d.copies)
        }
        Expectation::Count { document, count } => {
            amount_mismatch(answer, document, *count, "of ", |d| d.count)
        }
        Expectation::Deadline { date } => {
            let expected = format!("the deadline {}", dmy(*date));
            let terms: Vec<(&str, Option<&TermAnswer>)> = if answer.categories.is_empty() {
                match &answer.application_term {
                    Some(t) => vec![("the application", Some(t))],
                    None if !answer.application_term_needs.is_empty() => {
                        let needs = answer.application_term_needs.join(", ");
                        return Some((
                            expected,
                            format!("no term for the application yet (needs: {needs})"),
                        ));
                    }
                    None => return Some((expected, "no category that applies".to_owned())),
                }
            } else {
                answer
                    .categories
                    .iter()
                    .map(|c| (c.id.as_str(), c.term.as_ref()))
                    .collect()
            };
            terms.into_iter().find_map(|(who, term)| {
                match (
                    term.and_then(|t| t.deadline.as_ref()),
                    term.and_then(|t| t.deadline_error.as_ref()),
                ) {
                    (Some(d), _) if d.ends == *date => None,
                    (Some(d), _) => {
                        Some((expected.clone(), format!("{} for `{who}`", dmy(d.ends))))
                    }
                    (None, Some(e)) => {
                        Some((expected.clone(), format!("no deadline for `{who}`: {e}")))
                    }
                    (None, None) => Some((
                        expected.clone(),
                        match term.and_then(|t| t.needs_date.as_ref()) {
                            Some(event) => {
                                format!("no deadline for `{who}` (needs the date of `{event}`)")
                            }
                            None => format!("no deadline for `{who}`"),
                        },
                    )),
                }
            })
        }
        Expectation::Representative { required } => {
            let words = |b: bool| {
                if b {
                    "a legal representative"
                } else {
                    "no legal representative"
                }
            };
            // "Cannot tell yet" is neither yes nor no: an example that
            // expects no representative must not pass on missing facts.
            let undecided = !answer.representative && !answer.representative_needs.is_empty();
            if answer.representative == *required && !undecided {
                None
            } else if undecided {
                Some((
                    words(*required).to_owned(),
                    format!(
                        "no answer yet (needs: {})",
                        answer.representative_needs.join(", ")
                    ),
                ))
            } else {
                Some((
                    words(*required).to_owned(),
                    words(answer.representative).to_owned(),
                ))
            }
        }
    }
}

/// Compares a document's copies or count with the expected number.
fn amount_mismatch(
    answer: &Explanation,
    document: &str,
    expected: u32,
    words: &str,
    pick: impl Fn(&super::DocumentAnswer) -> Option<u32>,
) -> Option<(String, String)> {
    let actual = match answer.documents.iter().find(|d| d.id == document) {
        None => "the document not required".to_owned(),
        Some(d) => match pick(d) {
            Some(n) if n == expected => return None,
            Some(n) => n.to_string(),
            None => format!("an undetermined number (needs: {})", d.needs.join(", ")),
        },
    };
    Some((format!("{expected} {words}`{document}`"), actual))
}
