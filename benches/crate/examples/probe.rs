//! Times one decision on one thread, as the least of several runs (the
//! machine is shared): the core decision alone, and with each answer.
use std::hint::black_box;
use std::time::Instant;

use residence_permit::{Answer, Date, Decision, Facts, Query, decide};
use rules_bench::applicants;

fn least(facts: &[Facts], f: impl Fn(&Facts) -> usize) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..15 {
        let t = Instant::now();
        let mut n = 0;
        for x in facts {
            n += f(black_box(x));
        }
        black_box(n);
        best = best.min(t.elapsed().as_nanos() as f64 / facts.len() as f64);
    }
    best
}

fn main() {
    println!(
        "sizes: Facts {} Decision {} Needs {}",
        size_of::<Facts>(),
        size_of::<Decision>(),
        size_of::<residence_permit::Needs>()
    );
    let q = Query::default();
    let qa = Query::default().accepted(Date::constant(2025, 3, 3));
    for (unknown, name, query) in [(0, "known", q), (33, "third", q), (0, "accepted", qa)] {
        let facts = applicants(7, 20_000, unknown);
        let core = least(&facts, |f| decide(f, &query).categories.len());
        let applying = least(&facts, |f| {
            let d = decide(f, &query);
            d.applying()
                .map(|c| match c.term {
                    Answer::Known(Some(t)) => t.ends().map_or(1, |d| d.day() as usize),
                    _ => 0,
                } + usize::from(c.representative.known().is_some()))
                .sum()
        });
        let required = least(&facts, |f| {
            let d: Decision = decide(f, &query);
            d.required().map(|r| r.copies.known().map_or(0, |c| *c as usize)).sum()
        });
        println!("{name}: core {core:.1} ns, +applying {applying:.1} ns, +required {required:.1} ns");
    }
}
