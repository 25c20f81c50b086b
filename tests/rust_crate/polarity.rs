//! Yes/no facts kept as bits in the generated crate: a fact tested "yes"
//! and "no" in one `and` and one `or` (`x and not x`) is decided as the
//! interpreter decides it (one mask holds a fact's bit once, and testing
//! the two together kept only one of the tests), and a regulation
//! without yes/no facts gives a crate clippy passes (the bits' helpers
//! were dead code). Synthetic fixtures in `tests/fixtures/polarity/`.

use reglament::interpret;
use serde_json::{Value as Json, json};

use crate::amended::{crate_with_cases, lint_and_decide};
use crate::backend::{cargo, generate, regulation, write_crate};

#[test]
fn a_fact_tested_yes_and_no_in_one_group_is_decided_as_the_interpreter_decides() {
    let reg = regulation("tests/fixtures/polarity/polarity.rgl");
    let evaluate = &generate(&reg)["src/evaluate.rs"];
    assert!(!evaluate.contains("!Facts::INVITED"), "{evaluate}");
    let mut cases = Vec::new();
    for invited in [json!(true), json!(false), Json::Null] {
        for seasonal in [json!(true), json!(false), Json::Null] {
            let mut facts = serde_json::Map::new();
            for (id, value) in [("invited", &invited), ("seasonal", &seasonal)] {
                if !value.is_null() {
                    facts.insert(id.to_owned(), value.clone());
                }
            }
            let facts = Json::Object(facts);
            let given = interpret::facts_from_json(&reg, &facts).unwrap();
            let query = interpret::Query {
                application: Some("permit".to_owned()),
                category: None,
                accepted: None,
            };
            let answer = interpret::explain(&reg, &given, &query).unwrap();
            cases.push(json!({
                "facts": facts,
                "application": "permit",
                "category": null,
                "expected": crate::support::as_the_crate_answers(serde_json::to_value(answer).unwrap()),
            }));
        }
    }
    // The `or` holds whenever `invited` is given (either way), and when
    // only `seasonal` is, as yes.
    let always = |c: &Json| {
        c["expected"]["categories"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["category"] == "always")
    };
    assert_eq!(cases.iter().filter(|c| always(c)).count(), 7);
    let (_dir, krate) = crate_with_cases(&reg, &cases, false);
    lint_and_decide(&krate, cases.len(), reg.examples.len(), &[]);
}

#[test]
fn a_regulation_without_yes_no_facts_gives_a_crate_rustfmt_and_clippy_pass() {
    let reg = regulation("tests/fixtures/polarity/numbers.rgl");
    // Its `impl Facts` starts with the first getter (the yes/no facts'
    // places were before it): as rustfmt prints it too.
    crate::amended::assert_formatted(&reg);
    let (_dir, krate) = write_crate(&reg);
    cargo(
        &krate,
        &[
            "clippy",
            "--offline",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    );
}
