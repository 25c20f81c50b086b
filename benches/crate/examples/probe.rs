//! The benchmark's workloads (`benches/decision.rs`) timed as the least of
//! fifteen runs over 20,000 applicants each, or as many as the argument
//! says: on a machine shared with other builds, criterion's mean counts the
//! time other processes take the core; the least run is closer to what a
//! decision costs on a quiet one.
//! `CARGO_TARGET_DIR=target cargo run --release --example probe [1000000]`

use std::hint::black_box;
use std::time::Instant;

use residence_permit::{Date, Facts, Query, decide, decide_batch, par_decide_batch};
use rules_bench::{applicants, full, with_needs};

fn least(facts: &[Facts], mut run: impl FnMut(&[Facts]) -> u64) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..15 {
        let t = Instant::now();
        black_box(run(black_box(facts)));
        best = best.min(t.elapsed().as_nanos() as f64 / facts.len() as f64);
    }
    best
}

fn main() {
    // The number of applicants: 20,000 (they fit in the processor's
    // caches), or the first argument (a million, as the benchmark).
    let n = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(20_000);
    let known = applicants(7, n, 0);
    let third = applicants(7, n, 33);
    let none = Query::default();
    let accepted = Query::default().accepted(Date::constant(2025, 3, 3));
    let each = |query: Query, answers: fn(&residence_permit::Decision) -> u64| {
        move |facts: &[Facts]| facts.iter().map(|f| answers(&decide(f, &query))).sum()
    };
    println!("known: {:.0} ns", least(&known, each(none, full)));
    println!("third_unknown: {:.0} ns", least(&third, each(none, full)));
    println!(
        "third_unknown_with_needs: {:.0} ns",
        least(&third, each(none, with_needs))
    );
    println!(
        "known_accepted: {:.0} ns",
        least(&known, each(accepted, full))
    );
    let mut out = Vec::new();
    let one = least(&known, |f| {
        decide_batch(f, &accepted, &mut out);
        out.len() as u64
    });
    let mut out = Vec::new();
    let every = least(&known, |f| {
        par_decide_batch(f, &accepted, &mut out);
        out.len() as u64
    });
    println!(
        "batch one_thread: {one:.0} ns, every_core: {every:.0} ns ({:.2}x)",
        one / every
    );
}
