//! The generated rules crate of Order 417 in release, on a million seeded
//! applicants (see `src/lib.rs`): one full decision on one thread with
//! every fact known, with a third unknown, and with deadlines for an
//! acceptance date; and a batch on one thread against every core, and as
//! columns (`decide_columns`, the answers written as columns too).
//!
//! A "full decision" is what the issue names: the categories that apply,
//! each one's term (and last day, when a date is given) and representative
//! rule, the documents required with copies and counts, and whether a
//! legal representative must apply. The facts each undetermined item needs
//! are worked out only when asked; `third_unknown_with_needs` asks for
//! every one of them as well.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use residence_permit::{Date, Decision, Facts, Query, decide};
use residence_permit::{DecisionColumns, decide_columns};
use rules_bench::{Columns, applicants, full, with_needs};

const APPLICANTS: usize = 1_000_000;
const SEED: u64 = 0x5EED_2020_0611;

fn each(facts: &[Facts], query: &Query, answers: fn(&Decision) -> u64) -> u64 {
    facts
        .iter()
        .map(|f| answers(&decide(black_box(f), query)))
        .sum()
}

fn bench(c: &mut Criterion) {
    let known = applicants(SEED, APPLICANTS, 0);
    let third = applicants(SEED, APPLICANTS, 33);
    let no_date = Query::default();
    let accepted = Query::default().accepted(Date::constant(2025, 3, 3));

    let mut group = c.benchmark_group("decision");
    group.throughput(Throughput::Elements(APPLICANTS as u64));
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("known", |b| {
        b.iter(|| each(&known, &no_date, full));
    });
    group.bench_function("third_unknown", |b| {
        b.iter(|| each(&third, &no_date, full));
    });
    group.bench_function("third_unknown_with_needs", |b| {
        b.iter(|| each(&third, &no_date, with_needs));
    });
    group.bench_function("known_accepted", |b| {
        b.iter(|| each(&known, &accepted, full));
    });
    group.finish();

    let mut group = c.benchmark_group("batch");
    group.throughput(Throughput::Elements(APPLICANTS as u64));
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(8));
    let mut out = Vec::with_capacity(APPLICANTS);
    group.bench_function("one_thread", |b| {
        b.iter(|| residence_permit::decide_batch(black_box(&known), &accepted, &mut out));
    });
    group.bench_function("every_core", |b| {
        b.iter(|| residence_permit::par_decide_batch(black_box(&known), &accepted, &mut out));
    });
    let columns = Columns::of(&known);
    let mut answers = DecisionColumns::default();
    group.bench_function("columns", |b| {
        b.iter(|| {
            decide_columns(
                APPLICANTS,
                black_box(&columns.view()),
                &accepted,
                &mut answers,
            )
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
