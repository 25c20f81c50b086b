//! `decide` on the input of a hostile or careless user (attack findings
//! 07, 08, 09, 11, 13, 15, 16, 21): each refused, or read, as `explain`
//! would, with a message that says what to do, plan and `--interpreter`
//! alike.

use assert_cmd::assert::Assert;
use serde_json::json;

use super::{adult, file, jsonl, lines, reglament};

const NESTED: &str = "tests/fixtures/amended/nested.rgl";

/// `decide` on `input`, by the plan and by the interpreter: the two give
/// the same output, messages and exit code, and that is returned.
pub(super) fn both(input: &tempfile::NamedTempFile, args: &[&str]) -> (i32, String, String) {
    let run = |interpreter: bool| {
        let mut cmd = reglament();
        cmd.arg("decide").arg(input.path()).args(args);
        if interpreter {
            cmd.arg("--interpreter");
        }
        let out = cmd.output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        // The summary's timing differs run to run.
        let stderr: Vec<&str> = stderr
            .lines()
            .map(|l| match l.strip_prefix("decided ") {
                Some(_) => l.split(" in ").next().unwrap_or(l),
                None => l,
            })
            .collect();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).unwrap(),
            stderr.join("\n"),
        )
    };
    let plan = run(false);
    assert_eq!(plan, run(true), "plan and interpreter differ on {args:?}");
    plan
}

pub(super) fn stderr_of(a: &Assert) -> String {
    String::from_utf8(a.get_output().stderr.clone()).unwrap()
}

/// The messages hold each of `pieces`; else the test fails showing them
/// all (their first 20,000 characters: a message that echoed a record of
/// 17 MiB would otherwise flood the test's output).
#[track_caller]
pub(super) fn says(stderr: &str, pieces: &[&str]) {
    for piece in pieces {
        if !stderr.contains(piece) {
            let end = stderr
                .char_indices()
                .nth(20_000)
                .map_or(stderr.len(), |(i, _)| i);
            let cut = if end < stderr.len() { "\n[cut]" } else { "" };
            panic!(
                "the messages do not say {piece:?}; they are:\n{}{cut}",
                &stderr[..end]
            );
        }
    }
}

/// How `decide` and `explain` refuse UTF-16 text, and what they say to do.
pub(super) const UTF16: &str = "is UTF-16 (Windows' \"Unicode\"), not UTF-8: save the file as UTF-8 \
    (in Excel: \"CSV UTF-8\"; in Notepad: Save As, encoding UTF-8)";

/// A fact (here an event) inserted by an amendment, given in a record
/// accepted before it: not a fact of the version in force that day, so
/// refused, in `explain --accepted`'s words; the rest go on. (Decided, it
/// was read as the latest version has it.)
#[test]
fn a_fact_inserted_later_given_in_a_record_accepted_before_is_refused_as_explain_refuses() {
    let before = json!({"application": "replacement", "documents_checked": "2024-03-01",
        "accepted": "2024-02-29"});
    let after = json!({"application": "replacement", "documents_checked": "2025-03-03",
        "accepted": "2025-03-03"});
    // The day from the acceptance event, not the field: the same version.
    let by_event = json!({"application": "replacement", "documents_checked": "2024-03-01",
        "application_accepted": "2024-02-29"});
    let input = file(".jsonl", &jsonl(&[before.clone(), after, by_event.clone()]));
    let (code, stdout, stderr) = both(&input, &["--regulation", NESTED]);
    assert_eq!(code, 1, "{stderr}");
    let refusal = "/documents_checked: `documents_checked` is not a fact of this regulation";
    says(
        &stderr,
        &[
            &format!("error: line 1: {refusal}"),
            &format!("error: line 3: {refusal}"),
        ],
    );
    let decided: Vec<_> = lines(stdout.as_bytes())
        .iter()
        .map(|d| d["line"].clone())
        .collect();
    assert_eq!(decided, [json!(2)]);
    // Its CSV row too.
    let csv = file(
        ".csv",
        "application,documents_checked,accepted\nreplacement,2024-03-01,2024-02-29\n",
    );
    let (code, _, stderr) = both(&csv, &["--regulation", NESTED]);
    assert_eq!(code, 1, "{stderr}");
    says(&stderr, &[&format!("error: line 2: {refusal}")]);
    // `explain` says the same, whichever way the day of acceptance is
    // given: `--accepted`, the acceptance event's date in the facts (the
    // record of line 3), or with `--event`. (By the event, it answered
    // by the version of that day, the fact read and left unanswered.)
    let mut facts = before;
    facts.as_object_mut().unwrap().remove("accepted");
    let facts = file(".json", &facts.to_string());
    let by_event = file(".json", &by_event.to_string());
    let explained = |facts: &tempfile::NamedTempFile, day: &[&str]| {
        let explain = reglament()
            .args(["explain", "--regulation", NESTED])
            .args(day)
            .arg("--facts")
            .arg(facts.path())
            .assert()
            .code(2);
        let stderr = stderr_of(&explain);
        says(&stderr, &[refusal]);
    };
    explained(&facts, &["--accepted", "2024-02-29"]);
    explained(&by_event, &[]);
    explained(&facts, &["--event", "application_accepted=2024-02-29"]);
}

/// `--accepted` is the day of records that give none: one that gives it
/// as the acceptance event's date is decided by that date, not refused
/// as giving two days.
#[test]
fn the_default_day_of_acceptance_is_for_records_that_give_none() {
    let mut by_event = adult();
    by_event["application_accepted"] = json!("2025-12-25");
    let input = file(".jsonl", &jsonl(&[by_event, adult()]));
    let (code, stdout, stderr) = both(&input, &["--accepted", "2025-10-31"]);
    assert_eq!(code, 0, "{stderr}");
    let ends: Vec<_> = lines(stdout.as_bytes())
        .iter()
        .map(|d| d["decision"]["categories"][0]["term"]["deadline"]["ends"].clone())
        .collect();
    assert_eq!(ends, [json!("2026-04-27"), json!("2026-03-02")]);
}

/// A date is written YYYY-MM-DD, in a fact or event as in `accepted`:
/// the date parser alone also read these three as 25 December 2025.
#[test]
fn dates_are_read_only_as_yyyy_mm_dd_everywhere() {
    let mut records = Vec::new();
    for text in ["2025-12-25T23:59", "20251225", "+002025-12-25"] {
        let mut r = adult();
        r["application_accepted"] = json!(text);
        records.push(r);
    }
    let input = file(".jsonl", &jsonl(&records));
    let (code, stdout, stderr) = both(&input, &[]);
    assert_eq!(code, 1);
    assert_eq!(stdout, "");
    for line in 1..=3 {
        let said = format!(
            "error: line {line}: /application_accepted: expected a date written \"YYYY-MM-DD\""
        );
        says(&stderr, &[&said]);
    }
    let facts = file(
        ".json",
        &json!({"application_accepted": "20251225"}).to_string(),
    );
    let explain = reglament()
        .args(["explain", "--facts"])
        .arg(facts.path())
        .assert()
        .code(2);
    says(
        &stderr_of(&explain),
        &["expected a date written \"YYYY-MM-DD\""],
    );
}

/// A record over 16 MiB (the most a source or `--facts` file may be) is
/// a bad record, skipped without being kept, and the next one decided.
#[test]
fn a_record_longer_than_16_mib_is_skipped_with_its_line_number() {
    let mut text = String::with_capacity(17 << 20);
    text.push_str("{\"");
    text.extend(std::iter::repeat_n('a', 17 << 20));
    text.push_str("\":1}\n");
    text.push_str(&jsonl(&[adult()]));
    let input = file(".jsonl", &text);
    let out = reglament().arg("decide").arg(input.path()).assert().code(1);
    let stderr = stderr_of(&out);
    says(
        &stderr,
        &["error: line 1: the record is longer than 16 MiB"],
    );
    assert!(stderr.len() < 1000, "{} bytes of messages", stderr.len());
    let decided: Vec<_> = lines(&out.get_output().stdout)
        .iter()
        .map(|d| d["line"].clone())
        .collect();
    assert_eq!(decided, [json!(2)]);
}

/// A key given twice is one fact with two values: refused, in `decide`
/// and `explain --facts` alike, where the last one won without a word.
#[test]
fn a_key_given_twice_is_refused_in_decide_and_explain() {
    let said = "/age: `age` is given twice: give each fact once";
    let input = file(
        ".jsonl",
        "{\"status\":\"foreign_citizen\",\"age\":12,\"age\":30}\n\
         {\"age\":12,\"age\":null}\n\
         {\"accepted\":\"2025-12-25\",\"age\":30,\"accepted\":\"2025-12-25\"}\n",
    );
    let (code, _, stderr) = both(&input, &[]);
    assert_eq!(code, 1);
    says(
        &stderr,
        &[
            &format!("error: line 1: {said}"),
            &format!("error: line 2: {said}"),
            "error: line 3: /accepted: `accepted` is given twice",
        ],
    );
    let facts = file(".json", "{\"age\": 12, \"age\": 30}");
    let explain = reglament()
        .args(["explain", "--facts"])
        .arg(facts.path())
        .assert()
        .code(2);
    says(&stderr_of(&explain), &[said]);
}

/// What a spreadsheet or an editor on Windows writes: each read, or
/// refused with what to do about it.
#[test]
fn inputs_from_other_tools_get_a_message_that_says_what_to_do() {
    // A byte-order mark (Notepad) is read past, as in a source file.
    let bom = file(".jsonl", &format!("\u{feff}{}", jsonl(&[adult()])));
    let (code, stdout, stderr) = both(&bom, &[]);
    assert_eq!((code, lines(stdout.as_bytes()).len()), (0, 1), "{stderr}");
    // UTF-16 ("Unicode" in Windows), JSON Lines or CSV.
    for suffix in [".jsonl", ".csv"] {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("age\n30\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let input = file(suffix, "");
        std::fs::write(input.path(), utf16).unwrap();
        let out = reglament().arg("decide").arg(input.path()).assert().code(2);
        says(&stderr_of(&out), &[UTF16]);
    }
    // Excel's CSV where the decimal mark is a comma.
    let semicolons = file(".csv", "status;application;age\nforeign_citizen;issue;30\n");
    let out = reglament()
        .arg("decide")
        .arg(semicolons.path())
        .assert()
        .code(2);
    says(
        &stderr_of(&out),
        &["separated by semicolons where CSV separates them by commas"],
    );
    // Not UTF-8 (Latin-1, Windows-1251).
    let latin1 = file(".jsonl", "");
    std::fs::write(latin1.path(), b"{\"status\":\"foreign\xffcitizen\"}\n").unwrap();
    let (_, _, stderr) = both(&latin1, &[]);
    says(
        &stderr,
        &["error: line 1: not valid UTF-8 (from byte 19): save the file as UTF-8"],
    );
    // The parser's "line 1" inside a record on line 3 said as a column.
    let comma = file(".jsonl", "\n\n{\"age\":30,}\n");
    let (_, _, stderr) = both(&comma, &[]);
    says(
        &stderr,
        &["error: line 3: not valid JSON at column 11: trailing comma"],
    );
    // A record cut short is so at its end, not at "line 2, column 0" of
    // a one-line record (its line end reached the parser).
    let cut = file(".jsonl", "{\"age\":30\n{\"age\":30\r\n");
    let (_, _, stderr) = both(&cut, &[]);
    for line in [1, 2] {
        let said = format!("error: line {line}: not valid JSON at column 9: EOF while parsing");
        says(&stderr, &[&said]);
    }
    // A long unknown key is cut, not echoed whole, twice.
    let long = format!("{{\"{}\":1}}\n", "k".repeat(100_000));
    let long = file(".jsonl", &long);
    let (_, _, stderr) = both(&long, &[]);
    says(
        &stderr,
        &[&format!("`{}...` is not a fact", "k".repeat(60))],
    );
    assert!(stderr.len() < 500, "{} bytes of messages", stderr.len());
}

/// Lines ended by a carriage return alone (old Mac tools): the CSV reader
/// numbered every row "line 1", and the line is what joins a decision
/// to its application.
#[test]
fn a_csv_with_carriage_returns_alone_is_refused() {
    let input = file(".csv", "status,application,age\rforeign_citizen,issue,30\r");
    let out = reglament().arg("decide").arg(input.path()).assert().code(2);
    says(&stderr_of(&out), &["end with a carriage return alone"]);
    // CRLF is as good as LF.
    let crlf = file(
        ".csv",
        "status,application,age\r\nforeign_citizen,issue,30\r\n",
    );
    reglament()
        .arg("decide")
        .arg(crlf.path())
        .assert()
        .success();
}

/// Windows line ends (Excel's "CSV (Windows)"): every row numbered as
/// with LF, where the CSV reader numbered each one line too low (the
/// first row "line 1", the header's), and the line is what joins a
/// decision to its application.
#[test]
fn a_csv_with_windows_line_ends_numbers_its_rows_right() {
    let rows = "status,application,age\n\
                foreign_citizen,issue,30\n\
                foreign_citizen,issue,thirty\n\
                foreign_citizen,issue,30,extra\n\
                \"foreign_citizen\",issue,31\n";
    let lf = file(".csv", rows);
    let crlf = file(".csv", &rows.replace('\n', "\r\n"));
    let by_lf = both(&lf, &["--to", "csv"]);
    assert_eq!(by_lf.0, 1, "{}", by_lf.2);
    says(&by_lf.2, &["error: line 3: ", "error: line 4: 4 fields"]);
    let numbered: Vec<&str> = by_lf.1.lines().skip(1).map(|l| &l[..2]).collect();
    assert_eq!(numbered, ["2,", "5,"], "{}", by_lf.1);
    assert_eq!(both(&crlf, &["--to", "csv"]), by_lf);
}

/// A quote never closed would make the rest of the file one cell, held
/// whole (a 28 MB file took 360 MB): the row is capped like any other,
/// and the message says where it starts and what may be wrong.
#[test]
fn an_unclosed_quote_in_a_csv_is_caught_by_the_row_cap() {
    let mut rows = String::from(
        "status,application,age\nforeign_citizen,issue,30\n\"foreign_citizen,issue,30\n",
    );
    let line = "foreign_citizen,issue,30\n";
    while rows.len() <= 17 << 20 {
        rows.push_str(line);
    }
    let input = file(".csv", &rows);
    let (code, stdout, stderr) = both(&input, &["--to", "csv"]);
    assert_eq!(code, 2, "{stderr}");
    says(
        &stderr,
        &[
            "the row from line 3 on is longer than 16 MiB",
            "(was a quote left open?)",
        ],
    );
    // The row before it is decided and written.
    assert!(
        stdout.lines().nth(1).is_some_and(|l| l.starts_with("2,")),
        "{stdout}"
    );
}

/// A CSV row over 16 MiB ends the run (its end cannot be known), but the
/// rows read before it are decided and written, not dropped with it.
#[test]
fn rows_before_a_csv_row_over_the_cap_are_still_decided() {
    let mut rows = String::from("status,application,age\n");
    for _ in 0..100 {
        rows.push_str("foreign_citizen,issue,30\n");
    }
    rows.push_str("foreign_citizen,issue,");
    rows.push_str(&"3".repeat(17 << 20));
    rows.push_str("\nforeign_citizen,issue,30\n");
    let input = file(".csv", &rows);
    let (code, stdout, stderr) = both(&input, &["--to", "csv"]);
    assert_eq!(code, 2, "{stderr}");
    says(&stderr, &["the row from line 102 on is longer"]);
    assert_eq!(
        stdout.lines().count(),
        101,
        "the header and the 100 rows before"
    );
    // How far it went, and what became of the decisions.
    says(
        &stderr,
        &[
            "stopped after 100 records (100 decided, 0 bad): the decisions made before the stop \
           were written",
        ],
    );
    // Into a file: the file is as it was, and the summary says so.
    let dir = tempfile::tempdir().unwrap();
    let kept = dir.path().join("decisions.csv");
    std::fs::write(&kept, "an earlier run's decisions\n").unwrap();
    let path = kept.to_str().unwrap();
    let (code, stdout, stderr) = both(&input, &["--to", "csv", "-o", path]);
    assert_eq!((code, stdout.as_str()), (2, ""), "{stderr}");
    says(
        &stderr,
        &[&format!(
            "stopped after 100 records (100 decided, 0 bad): `{path}` was not written and is \
             as it was; mend the input and run again"
        )],
    );
    assert_eq!(
        std::fs::read_to_string(&kept).unwrap(),
        "an earlier run's decisions\n"
    );
}

/// Decisions that cannot be written (a full disk, as `/dev/full` is)
/// end the run with the reason, exit 2, and no line saying how far the
/// run went claims that the decisions before were written.
#[test]
fn decisions_that_cannot_be_written_end_the_run_with_the_reason_alone() {
    let input = file(".jsonl", "{\"age\":30}\n{\"age\":31}\n");
    let (code, stdout, stderr) = both(&input, &["-o", "/dev/full"]);
    assert_eq!((code, stdout.as_str()), (2, ""), "{stderr}");
    says(&stderr, &["cannot write the decisions: "]);
    assert!(!stderr.contains("stopped after"), "{stderr}");
}

/// CSV output says what JSON does: why a deadline cannot be counted, and
/// what a term that cannot be told yet needs.
#[test]
fn csv_output_keeps_deadline_errors_and_term_needs() {
    let calendar = file(
        ".csv",
        "status,application,age,temporary_residence_eight_months,accepted\n\
         foreign_citizen,issue,30,yes,2031-01-01\n",
    );
    let (_, stdout, stderr) = both(&calendar, &["--to", "csv"]);
    let mut reader = csv::Reader::from_reader(stdout.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[8], "term_needs");
    assert_eq!(&header[9], "deadline_errors");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(
        rows[0][9].starts_with("temporary_residence: no production calendar for 2031"),
        "{:?} {stderr}",
        rows[0]
    );
    let replacement = file(
        ".jsonl",
        "{\"application\":\"replacement\",\"holds_residence_permit\":true,\"sex_changed\":true,\
         \"reached_age_14_20_or_45\":false,\"personal_data_changed\":false,\
         \"permit_unfit_for_use\":false,\"permit_record_error\":false,\
         \"permit_validity_ending\":false,\"accepted\":\"2025-12-25\"}\n",
    );
    let (_, stdout, _) = both(&replacement, &["--to", "csv"]);
    let json = both(&replacement, &[]).1;
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(stdout.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    let decision = &lines(json.as_bytes())[0]["decision"];
    let names = |needs: &serde_json::Value| -> Vec<String> {
        let needs = needs.as_array().unwrap().iter();
        needs.map(|n| n.as_str().unwrap().to_owned()).collect()
    };
    let mut needing: Vec<String> = decision["categories"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["term_needs"] != json!([]))
        .map(|c| {
            format!(
                "{}: {}",
                c["id"].as_str().unwrap(),
                names(&c["term_needs"]).join(", ")
            )
        })
        .collect();
    let application = names(&decision["application_term_needs"]);
    if !application.is_empty() {
        needing.push(application.join(", "));
    }
    assert!(!needing.is_empty(), "{decision}");
    assert_eq!(rows[0][8], needing.join("; "));
}

/// A facts file that starts with a byte-order mark (Notepad's UTF-8) is
/// read past it by `explain`, as `decide` reads past one at the start of
/// its input: the same answer as without (it said "not valid JSON at
/// column 1").
#[test]
fn explain_reads_past_a_byte_order_mark_as_decide_does() {
    let facts = adult().to_string();
    let explained = |text: &str| {
        let facts = file(".json", text);
        let out = reglament()
            .args(["explain", "--format", "json", "--accepted", "2025-12-25"])
            .arg("--facts")
            .arg(facts.path())
            .assert()
            .success();
        out.get_output().stdout.clone()
    };
    let plain = explained(&facts);
    assert_eq!(explained(&format!("\u{feff}{facts}")), plain);
    assert_eq!(explained(&format!("\u{feff}{facts}\r\n")), plain);
    let mut record = adult();
    record["accepted"] = json!("2025-12-25");
    let bom = file(".jsonl", &format!("\u{feff}{record}\n"));
    let (code, stdout, stderr) = both(&bom, &[]);
    assert_eq!(code, 0, "{stderr}");
    let decided = &lines(stdout.as_bytes())[0]["decision"];
    let plain: serde_json::Value = serde_json::from_slice(&plain).unwrap();
    assert_eq!(decided["categories"], plain["categories"]);
}

/// There is no year 0 (the language and the forms refuse it): a date in
/// it is refused wherever a user gives one, by the plan as by the
/// interpreter, not read as 1 BC.
#[test]
fn the_year_0_is_no_date() {
    let mut record = adult();
    record["accepted"] = json!("0000-06-01");
    let input = file(".jsonl", &jsonl(&[record]));
    let (code, _, stderr) = both(&input, &[]);
    assert_eq!(code, 1, "{stderr}");
    says(
        &stderr,
        &["error: line 1: /accepted: 0000-06-01 is in the year 0, which does not exist"],
    );
    let facts = file(".json", &adult().to_string());
    let out = reglament()
        .args(["explain", "--accepted", "0000-06-01", "--facts"])
        .arg(facts.path())
        .assert()
        .code(2);
    says(&stderr_of(&out), &["the year 0, which does not exist"]);
}
