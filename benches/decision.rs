//! One full decision (the categories that apply, the term and its deadline,
//! the documents with copies and counts, the legal representative) through
//! the generated rules crate and through the interpreter, on the same
//! applicants: the bundled regulation's examples, and as many made-up
//! applicants as the differential test uses. Then the crate alone on fixed
//! mixes (every fact known; a third unknown; every fact known and an
//! acceptance date, so each term gets its deadline), and a batch on one
//! thread and on every core. Run with `cargo bench --bench decision`;
//! figures go in the README.

// A benchmark whose setup fails should stop loudly, like a test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../tests/rust_crate/support.rs"]
mod support;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use reglament::interpret::{self, explain, facts_from_json};
use support::{Applicant, Applicants, bundled, examples, generated_inputs};

/// Works out everything a decision answers, the parts its methods give on
/// request too (each category's term and last day, the facts each
/// undetermined item needs, copies and counts), so that the crate is timed
/// doing what the interpreter does.
fn full(d: &residence_permit::Decision) -> usize {
    let mut n = 0;
    for c in d.applying() {
        n += c.grounds.len() + c.term.needs().len() + c.representative.needs().len();
        if let residence_permit::Answer::Known(Some(term)) = c.term {
            n += usize::from(term.ends().is_some());
        }
    }
    n += d.application_term().needs().len();
    for c in d.undetermined {
        n += d.category_needs(c).len();
    }
    for r in d.required() {
        n += r.copies.needs().len() + r.count.needs().len();
    }
    for doc in d.undetermined_documents {
        n += d.document_needs(doc).len();
    }
    n + d.representative_needs().len()
}

fn bench(c: &mut Criterion) {
    let reg = bundled();
    let mut made_up = Applicants::new(&reg, 0x5EED_2020_0611);
    let sets: [(&str, Vec<Applicant>); 2] = [
        ("examples", examples(&reg)),
        ("made_up", (0..1_000).map(|_| made_up.applicant()).collect()),
    ];
    for (name, applicants) in &sets {
        let mut group = c.benchmark_group(format!("decision/{name}"));
        group.throughput(Throughput::Elements(applicants.len() as u64));

        let inputs: Vec<_> = applicants.iter().map(generated_inputs).collect();
        group.bench_function("generated", |b| {
            b.iter(|| {
                for (facts, query) in &inputs {
                    let decision = residence_permit::decide(black_box(facts), black_box(query));
                    black_box(full(&decision));
                }
            });
        });

        let inputs: Vec<_> = applicants
            .iter()
            .map(|a| {
                let facts = facts_from_json(&reg, &a.facts).unwrap();
                let query = interpret::Query {
                    application: a.application.clone(),
                    category: a.category.clone(),
                    accepted: a.accepted,
                };
                (facts, query)
            })
            .collect();
        group.bench_function("interpreter", |b| {
            b.iter(|| {
                for (facts, query) in &inputs {
                    black_box(explain(&reg, black_box(facts), black_box(query)).unwrap());
                }
            });
        });
        group.finish();
    }

    let mixes = [
        ("known", 0, false),
        ("third_unknown", 33, false),
        ("known_accepted", 0, true),
    ];
    let mut group = c.benchmark_group("crate");
    for (name, unknown, accepted) in mixes {
        let mut made_up = Applicants::new(&reg, 0x5EED_2020_0611).fixed(unknown, accepted);
        let inputs: Vec<_> = (0..1_000)
            .map(|_| generated_inputs(&made_up.applicant()))
            .collect();
        group.throughput(Throughput::Elements(inputs.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                for (facts, query) in &inputs {
                    let decision = residence_permit::decide(black_box(facts), black_box(query));
                    black_box(full(&decision));
                }
            });
        });
    }
    group.finish();

    let mut made_up = Applicants::new(&reg, 0x5EED_2020_0611).fixed(0, true);
    let facts: Vec<residence_permit::Facts> = (0..10_000)
        .map(|_| generated_inputs(&made_up.applicant()).0)
        .collect();
    let query =
        residence_permit::Query::default().accepted(residence_permit::Date::constant(2025, 3, 3));
    let mut group = c.benchmark_group("batch");
    group.throughput(Throughput::Elements(facts.len() as u64));
    let mut out = Vec::new();
    group.bench_function("one_thread", |b| {
        b.iter(|| residence_permit::decide_batch(black_box(&facts), &query, &mut out));
    });
    group.bench_function("every_core", |b| {
        b.iter(|| residence_permit::par_decide_batch(black_box(&facts), &query, &mut out));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
