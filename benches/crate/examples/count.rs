//! One workload of `benches/decision.rs` over 100,000 applicants, for
//! counting instructions with callgrind, which the machine's load does not
//! change (`valgrind --tool=callgrind --toggle-collect='*workload*'
//! target/release/examples/count known`). Workloads: `known`, `third`,
//! `accepted`.

use std::hint::black_box;

use residence_permit::{Date, Facts, Query, decide};
use rules_bench::{applicants, full};

#[inline(never)]
fn workload(facts: &[Facts], query: &Query) -> u64 {
    facts
        .iter()
        .map(|f| full(&decide(black_box(f), query)))
        .sum()
}

fn main() {
    let which = std::env::args().nth(1).unwrap_or_else(|| "known".into());
    let unknown = if which == "third" { 33 } else { 0 };
    let facts = applicants(7, 100_000, unknown);
    let query = if which == "accepted" {
        Query::default().accepted(Date::constant(2025, 3, 3))
    } else {
        Query::default()
    };
    println!("{}", workload(&facts, &query));
}
