//! The compiled plan `reglament decide` answers with gives exactly what
//! `explain` gives, byte for byte of `explain --format json`, or does not
//! answer at all (and `decide` asks `explain`): on every example of the
//! bundled regulation and of the synthetic fixtures, and on seeded
//! made-up records, read both from JSON Lines and from facts already read.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod decide_support;

use decide_support::{Records, regulations, support};
use jiff::civil::Date;
use reglament::interpret::{Plan, Query, Versions, facts_from_json};
use reglament::model::Regulation;
use serde_json::Value as Json;

/// Seeded records per regulation.
const RECORDS: usize = 3_000;

/// What `explain --format json` prints for a record, or its error.
fn explained(
    versions: &Versions<'_>,
    reg: &Regulation,
    facts: &Json,
    kind: Option<&str>,
    accepted: Option<Date>,
) -> Option<Result<String, String>> {
    let facts = facts_from_json(reg, facts).ok()?;
    let query = Query {
        application: kind.map(str::to_owned),
        category: None,
        accepted,
    };
    Some(
        versions
            .explain(&facts, &query, None)
            .map(|e| serde_json::to_string(&e).unwrap())
            .map_err(|e| e.to_string()),
    )
}

/// A record split as `decide` splits it: the facts without `null`s and
/// without `accepted`, and the day of acceptance.
fn split(record: &Json) -> (Json, Option<Date>) {
    let mut facts = record.as_object().unwrap().clone();
    let accepted = facts
        .remove("accepted")
        .and_then(|a| a.as_str().map(|s| s.parse().unwrap()));
    facts.retain(|_, v| !v.is_null());
    (Json::Object(facts), accepted)
}

/// How many records the plan answered, and how many it left to `explain`
/// (which answered them).
#[derive(Debug, Default)]
struct Tally {
    answered: usize,
    left: usize,
    errors: usize,
}

fn compare(reg: &Regulation, records: &[(Json, Option<String>)]) -> Tally {
    let plan = Plan::new(reg);
    let versions = Versions::new(reg);
    let mut scratch = plan.scratch();
    let mut tally = Tally::default();
    for (record, kind) in records {
        let (facts, accepted) = split(record);
        let kind = kind.as_deref();
        let expected = explained(&versions, reg, &facts, kind, accepted).unwrap();

        // From facts already read.
        let given = facts_from_json(reg, &facts).unwrap();
        assert!(plan.read_facts(&given, &mut scratch).is_some(), "{record}");
        let by_facts = plan.decide(&mut scratch, kind, accepted).map(|d| {
            let mut out = Vec::new();
            d.write_json(&mut out);
            String::from_utf8(out).unwrap()
        });

        // From the JSON line.
        let line = record.to_string();
        let read = plan.read_json(line.as_bytes(), "accepted", &mut scratch);
        let read = read.expect("a good record is read").map(str::to_owned);
        assert_eq!(read.map(|d| d.parse::<Date>().unwrap()), accepted);
        let by_line = plan.decide(&mut scratch, kind, accepted).map(|d| {
            let mut out = Vec::new();
            d.write_json(&mut out);
            String::from_utf8(out).unwrap()
        });
        assert_eq!(by_facts, by_line, "{record}");

        // What the plan refuses, it refuses in `explain`'s words.
        let refused = plan.refused(&scratch, accepted).map(|e| e.to_string());
        match (by_facts, expected) {
            (Some(got), Ok(want)) => {
                assert_eq!(got, want, "record {record}, kind {kind:?}");
                assert_eq!(refused, None, "{record}");
                tally.answered += 1;
            }
            (None, Ok(_)) => tally.left += 1,
            (None, Err(e)) => {
                assert_eq!(refused, Some(e), "{record}");
                tally.errors += 1;
            }
            (Some(got), Err(e)) => panic!("{record}: explain fails ({e}), the plan gives {got}"),
        }
    }
    tally
}

#[test]
fn the_plan_answers_every_example_as_explain_does() {
    for reg in regulations() {
        let records: Vec<(Json, Option<String>)> = support::examples(&reg)
            .into_iter()
            .map(|a| {
                let mut facts = a.facts;
                if let Some(d) = a.accepted {
                    facts["accepted"] = Json::String(d.to_string());
                }
                (facts, None)
            })
            .collect();
        let tally = compare(&reg, &records);
        if for_category(&reg) {
            assert_eq!(tally.answered, 0, "{}: {tally:?}", reg.id);
            continue;
        }
        assert_eq!(tally.left, 0, "{}: {tally:?}", reg.id);
        assert_eq!(tally.answered, records.len(), "{}: {tally:?}", reg.id);
    }
}

/// Documents (or copies, counts) `for category` depend on the category
/// applied under, which the plan leaves to the interpreter: it answers no
/// record of such a regulation (and `decide` still gives `explain`'s
/// answers, `tests/decide/` shows).
fn for_category(reg: &reglament::model::Regulation) -> bool {
    reg.documents.iter().any(|d| {
        d.categories.is_some()
            || d.copies
                .iter()
                .chain(&d.count)
                .any(|a| a.categories.is_some())
    })
}

#[test]
fn the_plan_answers_seeded_records_as_explain_does() {
    // Records the plan refused (in `explain`'s words), over all regulations.
    let mut refused = 0;
    for reg in regulations() {
        let mut made_up = Records::new(&reg, 0x5EED_D0C1_DE00);
        let records: Vec<(Json, Option<String>)> = (0..RECORDS).map(|_| made_up.good()).collect();
        let tally = compare(&reg, &records);
        if for_category(&reg) {
            assert_eq!(tally.answered, 0, "{}: {tally:?}", reg.id);
            continue;
        }
        // Only what `explain` refuses (two different days of acceptance)
        // is left unanswered, and every regulation gets answers.
        assert_eq!(tally.left, 0, "{}: {tally:?}", reg.id);
        assert!(tally.answered > RECORDS * 3 / 4, "{}: {tally:?}", reg.id);
        refused += tally.errors;
    }
    assert!(refused > 0, "no record gave two days of acceptance");
}

/// What `decide` makes of a line before `explain`: its facts as
/// `facts_from_json` reads them, and the day of acceptance (an error for
/// a day that is not one); `None` when the facts are refused.
fn read_as_decide(reg: &Regulation, line: &str) -> Option<(Json, Result<Option<Date>, ()>)> {
    let Ok(Json::Object(mut map)) = serde_json::from_str::<Json>(line) else {
        return None;
    };
    let accepted = match map.remove("accepted") {
        None | Some(Json::Null) => Ok(None),
        Some(Json::String(s)) => s.parse::<Date>().map(Some).map_err(|_| ()),
        Some(_) => return None,
    };
    map.retain(|_, v| !v.is_null());
    let facts = Json::Object(map);
    facts_from_json(reg, &facts).ok()?;
    Some((facts, accepted))
}

/// Records at the edges of JSON the plan's own reader takes (the rest
/// go to the JSON parser): numbers, whitespace, repeated keys, escapes.
const EDGES: &[&str] = &[
    r#"{"age":12}"#,
    r#"{"age":012}"#,
    r#"{"age":0}"#,
    r#"{"age":-0}"#,
    r#"{"age":-1}"#,
    r#"{"age":1e2}"#,
    r#"{"age":12.0}"#,
    r#"{"age":4294967295}"#,
    r#"{"age":4294967296}"#,
    r#"{"age":18446744073709551616}"#,
    r#"{"age":12,}"#,
    r#"{"age":12}x"#,
    " \t{ \"age\" : 12 , \"incapacitated\" : false } \r\n",
    "{}",
    "  {  }  ",
    "{",
    "",
    "[]",
    r#"{"incapacitated":true,"incapacitated":null}"#,
    r#"{"incapacitated":"yes","incapacitated":true}"#,
    r#"{"incapacitated":TRUE}"#,
    r#"{"incapacitated":tru}"#,
    r#"{"status":"foreign_citizen"}"#,
    r#"{"status":"foreign_citizen "}"#,
    r#"{"status":"foreign\u005fcitizen"}"#,
    r#"{"st\u0061tus":"foreign_citizen"}"#,
    r#"{"status":"foreign_citizen","status":"stateless_person"}"#,
    r#"{"permit_received":"2024-02-29"}"#,
    r#"{"permit_received":"2023-02-29"}"#,
    r#"{"permit_received":"2024-2-9"}"#,
    r#"{"permit_received":"20240209"}"#,
    r#"{"permit_received":"2024-02-09T00:00"}"#,
    r#"{"accepted":"2025-12-25","age":3}"#,
    r#"{"accepted":null,"age":3}"#,
    r#"{"accepted":"2025-12-25","accepted":null}"#,
    r#"{"accepted":"2025-02-30"}"#,
    r#"{"accepted":"2025-12-2\u0035"}"#,
    r#"{"no_such_fact":null}"#,
    r#"{"no_such_fact":1}"#,
    "{\"age\":1\u{7f}}",
    "{\"status\":\"\u{1}\"}",
    "{\"status\":\"\u{e9}\"}",
    // Keys in another order than the regulation's, or sharing a start.
    r#"{"permit_received":"2024-02-29","age":3,"status":"foreign_citizen"}"#,
    r#"{"lives_in_russia":true,"lives_permanently_in_russia":false}"#,
    r#"{"lives_in_russi":true}"#,
    r#"{"lives_in_russiaa":true}"#,
    // Facts left out between those given in the regulation's order (a
    // key is compared with the next few facts first), and keys shorter
    // than eight bytes at a record's end.
    r#"{"status":"foreign_citizen","incapacitated":true,"lives_in_russia":false}"#,
    r#"{"application":"issue","permit_received":"2024-02-29","accepted":"2025-01-09"}"#,
    r#"{"age":3,"a":null}"#,
    r#"{"a":1}"#,
    r#"{"age":3,"ag":null}"#,
    // Escapes and control characters past the first eight bytes.
    r#"{"permit_rec\u0065ived":"2024-02-29"}"#,
    r#"{"status":"foreign_citiz\u0065n"}"#,
    "{\"status\":\"foreign_citiz\u{1f}n\"}",
    "{\"status\":\"foreign_citizen\u{e9}\u{e9}\"}",
    // Dates at the edges of the plain shape.
    r#"{"permit_received":"0000-01-01"}"#,
    r#"{"permit_received":"2024-13-01"}"#,
    r#"{"permit_received":"2024-00-10"}"#,
    r#"{"permit_received":"2024-01-32"}"#,
    r#"{"permit_received":"+2024-01-01"}"#,
    r#"{"permit_received":"2024-01-0x"}"#,
];

#[test]
fn the_plan_reads_the_edges_of_json_as_the_parser_does() {
    let reg = support::bundled();
    let plan = Plan::new(&reg);
    let versions = Versions::new(&reg);
    let mut scratch = plan.scratch();
    for line in EDGES {
        let reference = read_as_decide(&reg, line);
        // A record the plan does not read goes to `explain`: what matters
        // is that what it reads, it reads as `decide` did. (It refuses a
        // few good ones: a fact given twice, the first time wrongly.)
        let Some(accepted) = plan.read_json(line.as_bytes(), "accepted", &mut scratch) else {
            continue;
        };
        let accepted = accepted.map(|a| a.parse::<Date>().map_err(|_| ()));
        let (facts, want) =
            reference.unwrap_or_else(|| panic!("the plan reads a bad record: {line}"));
        let accepted = accepted.transpose();
        assert_eq!(accepted, want, "{line}");
        let Ok(accepted) = accepted else { continue };
        let decided = plan.decide(&mut scratch, None, accepted).unwrap();
        let mut got = Vec::new();
        decided.write_json(&mut got);
        let want = explained(&versions, &reg, &facts, None, accepted).unwrap();
        assert_eq!(Ok(String::from_utf8(got).unwrap()), want, "{line}");
    }
}

#[test]
fn the_plan_reads_no_record_that_explain_would_refuse() {
    for reg in regulations() {
        let plan = Plan::new(&reg);
        let versions = Versions::new(&reg);
        let mut scratch = plan.scratch();
        let mut made_up = Records::new(&reg, 0xBAD_5EED);
        let (mut read, mut refused) = (0, 0);
        for _ in 0..RECORDS {
            let line = made_up.line(3);
            let reference = read_as_decide(&reg, &line);
            let Some(accepted) = plan.read_json(line.as_bytes(), "accepted", &mut scratch) else {
                refused += 1;
                continue;
            };
            let accepted = accepted.map(|a| a.parse::<Date>().map_err(|_| ()));
            let (facts, want) = reference
                .unwrap_or_else(|| panic!("{}: the plan reads a bad record: {line}", reg.id));
            let accepted = accepted.transpose();
            assert_eq!(accepted, want, "{line}");
            let Ok(accepted) = accepted else {
                continue;
            };
            read += 1;
            let refused = plan.refused(&scratch, accepted).map(|e| e.to_string());
            let Some(decided) = plan.decide(&mut scratch, None, accepted) else {
                let want = explained(&versions, &reg, &facts, None, accepted).unwrap();
                assert_eq!(want.err(), refused, "{line}");
                continue;
            };
            let mut got = Vec::new();
            decided.write_json(&mut got);
            let want = explained(&versions, &reg, &facts, None, accepted).unwrap();
            assert_eq!(Ok(String::from_utf8(got).unwrap()), want, "{line}");
        }
        assert!(read > RECORDS / 2 && refused > 0, "{}: {read} read", reg.id);
    }
}

/// `record`'s keys in the order `order` gives their places in.
fn reordered(record: &serde_json::Map<String, Json>, order: &[usize]) -> String {
    let pairs: Vec<(&String, &Json)> = record.iter().collect();
    let keys: Vec<String> = order
        .iter()
        .map(|&i| format!("{}:{}", Json::from(pairs[i].0.as_str()), pairs[i].1))
        .collect();
    format!("{{{}}}", keys.join(","))
}

/// A record's keys are looked for first in the order the last record
/// gave them in: however a writer orders them (sorted, as serde_json
/// writes them, the other way round, or anyhow), and however that
/// changes from one record to the next, a record is read into the
/// facts it gives and decided as it is from the facts read by the parser.
#[test]
fn the_plan_reads_keys_in_any_order_and_any_change_of_order() {
    let reg = support::bundled();
    let plan = Plan::new(&reg);
    let mut scratch = plan.scratch();
    let mut made_up = Records::new(&reg, 0x0DD_0DE5);
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut below = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        usize::try_from(seed % n as u64).unwrap()
    };
    let mut compared = 0;
    for _ in 0..400 {
        let line = made_up.accepted();
        let Json::Object(record) = serde_json::from_str::<Json>(&line).unwrap() else {
            unreachable!("a record is an object")
        };
        let (facts, accepted) = split(&Json::Object(record.clone()));
        let given = facts_from_json(&reg, &facts).unwrap();
        plan.read_facts(&given, &mut scratch).unwrap();
        let want = plan.decide(&mut scratch, None, accepted).map(|d| {
            let mut out = Vec::new();
            d.write_json(&mut out);
            out
        });
        let n = record.len();
        let sorted: Vec<usize> = (0..n).collect();
        let reversed: Vec<usize> = (0..n).rev().collect();
        let mut shuffled = sorted.clone();
        for i in (1..n).rev() {
            shuffled.swap(i, below(i + 1));
        }
        // The same order twice (learned), then others in turn.
        for order in [&sorted, &sorted, &reversed, &shuffled, &sorted, &shuffled] {
            let text = reordered(&record, order);
            let read = plan.read_json(text.as_bytes(), "accepted", &mut scratch);
            let read = read.unwrap_or_else(|| panic!("not read: {text}"));
            assert_eq!(read.map(|d| d.parse::<Date>().unwrap()), accepted, "{text}");
            let got = plan.decide(&mut scratch, None, accepted).map(|d| {
                let mut out = Vec::new();
                d.write_json(&mut out);
                out
            });
            assert_eq!(got, want, "{text}");
            compared += 1;
        }
    }
    assert_eq!(compared, 2_400);
}

/// The key of the acceptance date may be a fact's name: then that key
/// is the acceptance date, though the last record, read with another
/// acceptance key, gave it as the fact; and the other way round.
#[test]
fn a_key_is_the_acceptance_date_or_a_fact_by_the_acceptance_key_of_the_day() {
    let reg = support::bundled();
    let plan = Plan::new(&reg);
    let mut scratch = plan.scratch();
    let line = br#"{"status":"foreign_citizen","permit_received":"2024-02-29"}"#;
    for field in ["accepted", "accepted", "permit_received", "accepted"] {
        let read = plan.read_json(line, field, &mut scratch);
        let want = (field == "permit_received").then_some("2024-02-29");
        assert_eq!(read, Some(want), "{field}");
    }
}
