//! `reglament decide`: applications in bulk, as a user runs it on the
//! bundled regulation (Order No. 417).

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../decide_support/mod.rs"]
mod decide_support;
mod hostile;
mod keys;
mod overdue;
mod text;

use std::io::Write as _;

use assert_cmd::Command;
use serde_json::{Value, json};

pub(crate) fn reglament() -> Command {
    let mut cmd = Command::cargo_bin("reglament").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// The adult of the example `deadline_four_months_over_new_year`.
pub(crate) fn adult() -> Value {
    json!({
        "status": "foreign_citizen",
        "application": "issue",
        "age": 34,
        "incapacitated": false,
        "limited_capacity": false,
        "temporary_residence_eight_months": true,
    })
}

/// Three applicants: the adult accepted on 25 December 2025 (deadline
/// 27 April 2026), a stateless child with facts missing, and the adult
/// accepted on 31 October 2025 (deadline 2 March 2026).
pub(crate) fn records() -> Vec<Value> {
    let mut first = adult();
    first["accepted"] = json!("2025-12-25");
    let child = json!({"status": "stateless_person", "age": 12, "incapacitated": null});
    let mut third = adult();
    third["accepted"] = json!("2025-10-31");
    vec![first, child, third]
}

pub(crate) fn file(suffix: &str, text: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new().suffix(suffix).tempfile().unwrap();
    f.write_all(text.as_bytes()).unwrap();
    f
}

pub(crate) fn jsonl(records: &[Value]) -> String {
    records.iter().map(|r| format!("{r}\n")).collect()
}

/// `reglament explain --format json` for one record.
fn explain(record: &Value) -> Value {
    let mut facts = record.as_object().unwrap().clone();
    let accepted = facts.remove("accepted");
    facts.retain(|_, v| !v.is_null());
    let facts_file = file(".json", &Value::Object(facts).to_string());
    let mut cmd = reglament();
    cmd.args(["explain", "--format", "json", "--facts"])
        .arg(facts_file.path());
    if let Some(Value::String(date)) = accepted {
        cmd.args(["--accepted", &date]);
    }
    let out = cmd.assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).unwrap()
}

pub(crate) fn lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn json_lines_in_give_explains_answers_in_order() {
    let records = records();
    let input = file(".jsonl", &jsonl(&records));
    let out = reglament()
        .arg("decide")
        .arg(input.path())
        .assert()
        .success();
    let output = lines(&out.get_output().stdout);
    assert_eq!(output.len(), 3);
    for (i, (decided, record)) in output.iter().zip(&records).enumerate() {
        assert_eq!(decided["line"], json!(i + 1));
        assert_eq!(decided["decision"], explain(record), "record {}", i + 1);
    }
    assert_eq!(
        output[0]["decision"]["categories"][0]["term"]["deadline"]["ends"],
        json!("2026-04-27")
    );
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("decided 3 of 3 records (0 bad)"),
        "{stderr}"
    );
}

#[test]
fn a_bad_record_is_reported_by_line_and_the_rest_go_on() {
    let records = records();
    let text = format!(
        "{}\n{{\"age\": \"twelve\"}}\nnot json\n{}{}",
        records[0],
        jsonl(&records[1..2]),
        "{\"accepted\": \"2025-02-30\", \"age\": 3}\n"
    );
    let input = file(".jsonl", &text);
    let out = reglament().arg("decide").arg(input.path()).assert().code(1);
    let output = lines(&out.get_output().stdout);
    let decided: Vec<&Value> = output.iter().map(|o| &o["line"]).collect();
    // Line 2 has a value of the wrong type, 3 is not JSON, 5 a day that
    // does not exist: lines 1 and 4 are decided, in order.
    assert_eq!(decided, [&json!(1), &json!(4)]);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("error: line 2: /age: expected a whole number"),
        "{stderr}"
    );
    assert!(stderr.contains("error: line 3: not valid JSON"), "{stderr}");
    assert!(
        stderr.contains("error: line 5: /accepted: 2025-02-30 is not a date in the calendar"),
        "{stderr}"
    );
    assert!(
        stderr.contains("decided 2 of 5 records (3 bad)"),
        "{stderr}"
    );
}

fn csv_input() -> String {
    "status,application,age,incapacitated,limited_capacity,temporary_residence_eight_months,accepted\n\
     foreign_citizen,issue,34,no,no,yes,2025-12-25\n\
     stateless_person,,12,,,,\n\
     foreign_citizen,issue,34,false,false,true,2025-10-31\n"
        .to_owned()
}

#[test]
fn csv_in_decides_as_json_lines_in() {
    let input = file(".csv", &csv_input());
    let out = reglament()
        .arg("decide")
        .arg(input.path())
        .assert()
        .success();
    let output = lines(&out.get_output().stdout);
    let records = records();
    // The header is line 1.
    let at: Vec<&Value> = output.iter().map(|o| &o["line"]).collect();
    assert_eq!(at, [&json!(2), &json!(3), &json!(4)]);
    for (decided, record) in output.iter().zip(&records) {
        assert_eq!(decided["decision"], explain(record));
    }
}

#[test]
fn csv_out_names_each_answer_with_its_clause() {
    let input = file(".jsonl", &jsonl(&records()));
    let out = reglament()
        .args(["decide", "--to", "csv"])
        .arg(input.path())
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header,
        [
            "line",
            "application",
            "categories",
            "terms",
            "deadlines",
            "documents",
            "representative",
            "undetermined",
            "term_needs",
            "deadline_errors"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    let first = &rows[0];
    assert_eq!(&first[0], "1");
    assert_eq!(&first[1], "issue");
    assert_eq!(&first[2], "temporary_residence (2.1)");
    assert!(
        first[3].starts_with("temporary_residence: 4 months (23.1)"),
        "{first:?}"
    );
    assert_eq!(&first[4], "2026-04-27");
    assert!(first[5].contains("application_for_issue ("), "{first:?}");
    assert!(first[5].contains("copies 2"), "{first:?}");
    assert_eq!(&first[6], "no");
    // The child: nothing decided yet, and what each item needs.
    assert_eq!(&rows[1][2], "");
    assert!(rows[1][7].contains(" needs "), "{:?}", rows[1]);
}

#[test]
fn a_csv_header_that_is_not_a_fact_is_a_usage_error() {
    let input = file(".csv", "age,shoe_size\n3,40\n");
    reglament()
        .arg("decide")
        .arg(input.path())
        .assert()
        .code(2)
        .stderr(predicates::str::contains("`shoe_size` is not a fact"));
}

/// Two columns for one fact would have the last one win without a word.
#[test]
fn a_csv_header_with_a_fact_twice_is_a_usage_error() {
    let input = file(".csv", "age,status,age\n12,foreign_citizen,30\n");
    reglament()
        .arg("decide")
        .arg(input.path())
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "the CSV column `age` is given twice (columns 1 and 3)",
        ));
}

#[test]
fn a_short_csv_row_is_a_bad_record() {
    let input = file(".csv", "age,incapacitated\n3,no\n4\n5,yes\n");
    let out = reglament().arg("decide").arg(input.path()).assert().code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains(
            "error: line 3: 1 field where the header has 2: give every row a field for each \
             column (empty for a fact not known), and put a field that holds a comma in quotes"
        ),
        "{stderr}"
    );
    assert_eq!(lines(&out.get_output().stdout).len(), 2);
}

#[test]
fn many_records_come_out_in_input_order() {
    // More than one chunk, so order across chunks and threads is tested.
    let records = records();
    let many: Vec<Value> = (0..10_000).map(|i| records[i % 3].clone()).collect();
    let input = file(".jsonl", &jsonl(&many));
    let out = reglament()
        .args(["decide", "--to", "csv"])
        .arg(input.path())
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 10_000);
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row[0], (i + 1).to_string());
        let deadline = ["2026-04-27", "", "2026-03-02"][i % 3];
        assert_eq!(&row[4], deadline, "row {i}");
    }
}

#[test]
fn each_record_is_decided_by_the_version_in_force_on_its_day_of_acceptance() {
    // The synthetic amended regulation: order_2024_10 (in force 01.06.2024)
    // changed the term from 4 months to 60 calendar days.
    let applicant = json!({"age": 30, "student": true, "researcher": false});
    let mut before = applicant.clone();
    before["accepted"] = json!("2024-05-01");
    let mut after = applicant;
    after["accepted"] = json!("2024-09-02");
    let input = file(".jsonl", &jsonl(&[before, after]));
    let out = reglament()
        .args([
            "decide",
            "--regulation",
            "tests/fixtures/amended/amended.rgl",
        ])
        .arg(input.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let decisions = lines(&out);
    let term = |d: &Value| {
        let t = &d["decision"]["categories"][0]["term"];
        (t["amount"].clone(), t["unit"].clone())
    };
    assert_eq!(
        term(&decisions[0]),
        (json!(4), json!("months")),
        "{decisions:#?}"
    );
    assert_eq!(
        term(&decisions[1]),
        (json!(60), json!("calendar_days")),
        "{decisions:#?}"
    );
}

/// Standard error without the summary's timing, which differs run to run.
fn without_timing(stderr: &[u8]) -> String {
    String::from_utf8(stderr.to_vec())
        .unwrap()
        .lines()
        .map(|l| match l.find(" in ") {
            Some(i) if l.starts_with("decided ") => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A CSV of the records: a column for each key any record has.
fn csv_of(records: &[Value]) -> String {
    let mut keys: Vec<String> = Vec::new();
    for r in records {
        for k in r.as_object().unwrap().keys() {
            if !keys.contains(k) {
                keys.push(k.clone());
            }
        }
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(&keys).unwrap();
    for (i, r) in records.iter().enumerate() {
        let cells: Vec<String> = keys
            .iter()
            .map(|k| match &r[k] {
                Value::Null => String::new(),
                Value::Bool(b) => {
                    ["no", "yes", "false", "true"][usize::from(*b) + 2 * (i % 2)].to_owned()
                }
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .collect();
        w.write_record(&cells).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

#[test]
fn decide_gives_what_explain_gives_for_seeded_records_good_and_bad() {
    let fixtures = [
        None,
        Some("tests/fixtures/amended/amended.rgl"),
        Some("tests/fixtures/second/second.rgl"),
    ];
    for main in fixtures {
        let reg = match main {
            None => decide_support::support::bundled(),
            Some(path) => decide_support::regulation(path),
        };
        let mut made_up = decide_support::Records::new(&reg, 0x5EED_0000_D0C1);
        let lines: String = (0..3_000).map(|_| made_up.line(20) + "\n").collect();
        let jsonl = file(".jsonl", &lines);
        let good: Vec<Value> = (0..1_000).map(|_| made_up.good().0).collect();
        let csv = file(".csv", &csv_of(&good));
        let kind = reg.applications[0].id.clone();
        let runs: [(&tempfile::NamedTempFile, Vec<&str>); 5] = [
            (&jsonl, vec![]),
            (&jsonl, vec!["--to", "csv"]),
            (&jsonl, vec!["--overdue-on", "2025-06-01"]),
            (&jsonl, vec!["--kind", &kind, "--accepted", "2024-12-30"]),
            (&csv, vec!["--to", "csv"]),
        ];
        for (input, args) in runs {
            let run = |interpreter: bool| {
                let mut cmd = reglament();
                cmd.arg("decide").args(&args).arg(input.path());
                if let Some(path) = main {
                    cmd.args(["--regulation", path]);
                }
                if interpreter {
                    cmd.arg("--interpreter");
                }
                cmd.output().unwrap()
            };
            let (plan, explain) = (run(false), run(true));
            let what = format!("{main:?} {args:?}");
            assert_eq!(plan.status.code(), explain.status.code(), "{what}");
            assert!(
                plan.stdout == explain.stdout,
                "{what}: the outputs differ:\n{}",
                first_difference(&plan.stdout, &explain.stdout)
            );
            assert_eq!(
                without_timing(&plan.stderr),
                without_timing(&explain.stderr),
                "{what}"
            );
            assert!(!plan.stdout.is_empty(), "{what}");
        }
    }
}

/// The first line where two outputs differ, from each.
fn first_difference(a: &[u8], b: &[u8]) -> String {
    let (a, b) = (String::from_utf8_lossy(a), String::from_utf8_lossy(b));
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}:\nplan:    {x}\nexplain: {y}", i + 1);
        }
    }
    format!(
        "{} lines and {} lines",
        a.lines().count(),
        b.lines().count()
    )
}
