//! Many applicants at once: into a buffer the caller keeps, and, with the
//! `rayon` feature, on every core.
//!
//! A decision does not depend on any other, so a batch is the single
//! decision repeated; what these functions add is that the caller's buffer
//! is reused from batch to batch and that the work can be spread over
//! threads with the answers still in the order of the facts.

use crate::{Decision, Facts, Query, decide};

/// Decides every applicant of `facts` with the same `query`, in order,
/// into `out` (emptied first; its capacity is kept, so a buffer reused for
/// batch after batch is allocated once).
///
/// `out[i]` is `decide(&facts[i], query)`.
pub fn decide_batch(facts: &[Facts], query: &Query, out: &mut Vec<Decision>) {
    out.clear();
    out.extend(facts.iter().map(|f| decide(f, query)));
}

/// [`decide_batch`] on every core (rayon's global pool): `out[i]` is still
/// `decide(&facts[i], query)`.
#[cfg(feature = "rayon")]
pub fn par_decide_batch(facts: &[Facts], query: &Query, out: &mut Vec<Decision>) {
    use rayon::prelude::*;
    out.clear();
    out.par_extend(facts.par_iter().map(|f| decide(f, query)));
}
