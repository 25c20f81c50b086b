//! `reglament decide`: the target's measure. End to end, the release
//! binary over a million seeded JSON Lines records of the bundled
//! regulation (each with a day of acceptance, so every term gets its
//! deadline), to JSON Lines and to CSV, output to `/dev/null`; and on one
//! thread, per record, the compiled plan against `explain` (reading the
//! JSON, deciding, writing the answer). Run with `cargo bench --bench
//! decide`; figures go in the README. The records are written once to
//! `target/decide-bench/`, where `/usr/bin/time -v` can be run on them.

// A benchmark whose setup fails should stop loudly, like a test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../tests/decide_support/mod.rs"]
mod decide_support;
mod measuring;

use std::hint::black_box;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::Command;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use decide_support::{Records, support};
use reglament::interpret::{Plan, Query, Versions, facts_from_json};
use serde_json::Value as Json;

/// Records in the end-to-end run.
const MILLION: usize = 1_000_000;

/// The seeded records, one per line, written once.
fn records_file(reg: &reglament::model::Regulation, n: usize) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/decide-bench");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("applications-{n}.jsonl"));
    if !path.exists() {
        let partial = path.with_extension("partial");
        let mut out = std::io::BufWriter::new(std::fs::File::create(&partial).unwrap());
        let mut records = Records::new(reg, 0x5EED_2026_1206);
        for _ in 0..n {
            writeln!(out, "{}", records.accepted()).unwrap();
        }
        out.into_inner().unwrap().sync_all().unwrap();
        std::fs::rename(&partial, &path).unwrap();
    }
    path
}

fn bench(c: &mut Criterion) {
    let reg = support::bundled();

    let mut records = Records::new(&reg, 0x5EED_2026_1206);
    let plan = Plan::new(&reg);
    let mut scratch = plan.scratch();
    // The records the plan answers itself (it leaves the others, such as
    // two different days of acceptance, to `explain`), so that both sides
    // time the same work.
    let lines: Vec<String> = (0..10_000)
        .map(|_| records.accepted())
        .filter(|line| {
            let Some(Some(accepted)) = plan.read_json(line.as_bytes(), "accepted", &mut scratch)
            else {
                return false;
            };
            let accepted = accepted.parse().ok();
            plan.decide(&mut scratch, None, accepted).is_some()
        })
        .collect();
    assert!(
        lines.len() > 5_000,
        "the plan answers {} records",
        lines.len()
    );
    let mut group = c.benchmark_group("decide/one_thread");
    group.throughput(Throughput::Elements(lines.len() as u64));
    let mut out = Vec::new();
    group.bench_function("plan", |b| {
        b.iter(|| {
            for line in &lines {
                out.clear();
                let accepted = plan
                    .read_json(line.as_bytes(), "accepted", &mut scratch)
                    .unwrap()
                    .map(|a| a.parse().unwrap());
                let decided = plan.decide(&mut scratch, None, accepted).unwrap();
                decided.write_json(&mut out);
                black_box(&out);
            }
        });
    });
    let versions = Versions::new(&reg);
    group.bench_function("interpreter", |b| {
        b.iter(|| {
            for line in &lines {
                out.clear();
                let Json::Object(mut map) = serde_json::from_str::<Json>(line).unwrap() else {
                    panic!("a record is an object")
                };
                let accepted = map
                    .remove("accepted")
                    .map(|a| a.as_str().unwrap().parse().unwrap());
                map.retain(|_, v| !v.is_null());
                let facts = facts_from_json(&reg, &Json::Object(map)).unwrap();
                let query = Query {
                    accepted,
                    ..Query::default()
                };
                let answer = versions.explain(&facts, &query, None).unwrap();
                serde_json::to_writer(&mut out, &answer).unwrap();
                black_box(&out);
            }
        });
    });
    group.finish();

    // Run as a test, the debug binary over a thousand records.
    let records = if measuring::measuring() {
        MILLION
    } else {
        1_000
    };
    let input = records_file(&reg, records);
    let mut group = c.benchmark_group("decide/end_to_end");
    group.sample_size(10);
    group.throughput(Throughput::Elements(records as u64));
    for (name, to) in [("jsonl", "jsonl"), ("csv", "csv")] {
        group.bench_function(name, |b| {
            b.iter(|| {
                let status = Command::new(env!("CARGO_BIN_EXE_reglament"))
                    .current_dir(env!("CARGO_MANIFEST_DIR"))
                    .args(["decide", "--to", to, "-o", "/dev/null"])
                    .arg(&input)
                    .stderr(std::process::Stdio::null())
                    .status()
                    .unwrap();
                // 1: some records were reported bad (the generator makes
                // a few that `explain` refuses, two days of acceptance)
                // and the rest decided; anything else is a failure.
                assert!(matches!(status.code(), Some(0 | 1)), "{status}");
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
