//! The crate's batch API: a batch, on one thread and on every core, gives
//! exactly `decide` of each applicant, in the order of the facts, and
//! reuses the caller's buffer.

use crate::support::{Applicants, bundled, generated_inputs};
use residence_permit::{Date, Decision, Facts, Query, decide, decide_batch, par_decide_batch};

#[test]
fn a_batch_decides_each_applicant_as_decide_does_in_order() {
    let reg = bundled();
    let mut applicants = Applicants::new(&reg, 0xBA7C_4000);
    let facts: Vec<Facts> = (0..3_000)
        .map(|_| generated_inputs(&applicants.applicant()).0)
        .collect();
    let query = Query::default().accepted(Date::constant(2025, 12, 25));
    let expected: Vec<Decision> = facts.iter().map(|f| decide(f, &query)).collect();
    assert!(
        expected.windows(2).any(|w| w[0] != w[1]),
        "the applicants differ, so order is tested"
    );

    let mut out = vec![decide(&Facts::default(), &Query::default()); 7];
    decide_batch(&facts, &query, &mut out);
    assert_eq!(out, expected, "one thread");
    let capacity = out.capacity();
    decide_batch(&facts[..10], &query, &mut out);
    assert_eq!(out, expected[..10], "the buffer is emptied first");
    assert_eq!(out.capacity(), capacity, "and its allocation kept");

    let mut parallel = Vec::new();
    par_decide_batch(&facts, &query, &mut parallel);
    assert_eq!(parallel, expected, "every core");
    decide_batch(&[], &query, &mut parallel);
    assert!(parallel.is_empty());
}
