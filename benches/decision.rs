//! One full decision (the categories that apply, the term and its deadline,
//! the documents with copies and counts, the legal representative) through
//! the generated rules crate and through the interpreter, on the same
//! applicants: the bundled regulation's examples, and as many made-up
//! applicants as the differential test uses. Run with
//! `cargo bench --bench decision`; figures go in the README.

// A benchmark whose setup fails should stop loudly, like a test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../tests/rust_crate/support.rs"]
mod support;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use reglament::interpret::{self, explain, facts_from_json};
use support::{Applicant, Applicants, bundled, examples, generated_inputs};

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
                    black_box(residence_permit::decide(black_box(facts), black_box(query)));
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
}

criterion_group!(benches, bench);
criterion_main!(benches);
