//! `decide_columns` over the bench's 100,000 seeded applicants as `Option`
//! columns (`Columns::view`), for counting instructions with callgrind
//! (`valgrind --tool=callgrind --toggle-collect='*workload*'
//! target/release/examples/columns accepted`; `known` for no acceptance
//! date). Apart from `count.rs`: a second caller of `decide` in one binary
//! changes how the compiler inlines it into `count`'s workload.

use std::hint::black_box;

use residence_permit::{Date, DecisionColumns, FactColumns, Query, decide_columns};
use rules_bench::{Columns, applicants};

#[inline(never)]
fn workload(rows: usize, columns: &FactColumns<'_>, query: &Query) -> usize {
    let mut out = DecisionColumns::default();
    decide_columns(rows, black_box(columns), query, &mut out);
    black_box(&out);
    out.len()
}

fn main() {
    let which = std::env::args().nth(1).unwrap_or_else(|| "accepted".into());
    let facts = applicants(7, 100_000, 0);
    let query = if which == "accepted" {
        Query::default().accepted(Date::constant(2025, 3, 3))
    } else {
        Query::default()
    };
    let columns = Columns::of(&facts);
    println!("{}", workload(facts.len(), &columns.view(), &query));
}
