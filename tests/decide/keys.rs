//! `decide` reads a record's keys by comparing them with the facts it
//! expects next, a word at a time: facts whose names share their first
//! and last eight bytes (a synthetic regulation) are told apart, in any
//! order of keys, as the interpreter tells them apart.

use serde_json::{Value, json};

use super::{file, jsonl, lines, reglament};

const KEYS: &str = "tests/fixtures/keys/keys.rgl";
const FIRST: &str = "holder_of_first_permit_received_on_time";
const OTHER: &str = "holder_of_other_permit_received_on_time";

fn categories(decision: &Value) -> Vec<&str> {
    decision["decision"]["categories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect()
}

#[test]
fn facts_whose_names_differ_only_in_the_middle_are_told_apart() {
    let records = [
        // The first fact left out: the one expected next looks like the key.
        json!({ OTHER: true, "age": 30, "accepted": "2025-03-03" }),
        json!({ FIRST: false, OTHER: true, "age": 17 }),
        // Out of order.
        json!({ "age": 40, OTHER: true, FIRST: true }),
        json!({ FIRST: true, "age": 18 }),
    ];
    let input = file(".jsonl", &jsonl(&records));
    let run = |interpreter: bool| {
        let mut cmd = reglament();
        cmd.args(["decide", "--regulation", KEYS]).arg(input.path());
        if interpreter {
            cmd.arg("--interpreter");
        }
        cmd.assert().success().get_output().stdout.clone()
    };
    let plan = run(false);
    assert_eq!(
        String::from_utf8_lossy(&plan),
        String::from_utf8_lossy(&run(true))
    );
    let decided = lines(&plan);
    let got: Vec<Vec<&str>> = decided.iter().map(categories).collect();
    assert_eq!(
        got,
        [
            vec!["other_holders"],
            vec![],
            vec!["first_holders", "other_holders"],
            vec!["first_holders"],
        ]
    );
}
