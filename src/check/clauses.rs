//! Clause numbers: each claimed once, in order, without gaps; and every
//! `see clause` / `after clause` pointing at a clause that exists.

use std::collections::{BTreeMap, BTreeSet};

use super::Checker;
use super::line_readers::clause_number;
use crate::diagnostics::messages;
use crate::model::ClauseNumber;
use crate::source::Span;
use crate::syntax::ast::{Block, FieldValue};

/// Runs the clause checks over blocks in file order.
pub(super) fn check(cx: &mut Checker, blocks: &[&Block]) {
    let mut claimed: Vec<(ClauseNumber, Span)> = Vec::new();
    let mut refs: Vec<(ClauseNumber, Span)> = Vec::new();
    for block in blocks {
        collect(block, &mut claimed, &mut refs);
    }
    let mut first_place: BTreeMap<ClauseNumber, Span> = BTreeMap::new();
    let mut unique: Vec<(ClauseNumber, Span)> = Vec::new();
    for (n, span) in &claimed {
        match first_place.get(n) {
            Some(first) => {
                cx.problems
                    .push(messages::duplicate_clause(&n.to_string(), *first, *span))
            }
            None => {
                first_place.insert(n.clone(), *span);
                unique.push((n.clone(), *span));
            }
        }
    }
    for order in [true, false] {
        let sequence: Vec<&(ClauseNumber, Span)> =
            unique.iter().filter(|(n, _)| n.order == order).collect();
        sequence_check(cx, &sequence, order, &first_place);
    }
    for (n, span) in refs {
        if !first_place.contains_key(&n) {
            cx.problems
                .push(messages::unknown_clause(&n.to_string(), span));
        }
    }
}

fn collect(
    block: &Block,
    claimed: &mut Vec<(ClauseNumber, Span)>,
    refs: &mut Vec<(ClauseNumber, Span)>,
) {
    for field in &block.fields {
        match &field.value {
            FieldValue::Clause(c) => claimed.push((clause_number(c), c.span)),
            FieldValue::See(list) => refs.extend(list.iter().map(|c| (clause_number(c), c.span))),
            FieldValue::After(c) => refs.push((clause_number(c), c.span)),
            FieldValue::Nested(inner) => collect(inner, claimed, refs),
            _ => {}
        }
    }
}

fn sequence_check(
    cx: &mut Checker,
    sequence: &[&(ClauseNumber, Span)],
    order: bool,
    all: &BTreeMap<ClauseNumber, Span>,
) {
    let Some((first, first_span)) = sequence.first().map(|e| (&e.0, e.1)) else {
        return;
    };
    let start = ClauseNumber::first(order);
    if *first != start {
        cx.problems.push(messages::first_clause(
            &start.to_string(),
            &first.to_string(),
            first_span,
        ));
    }
    let mut reported: BTreeSet<ClauseNumber> = BTreeSet::new();
    let mut previous: (ClauseNumber, Span) = (first.clone(), first_span);
    for (n, span) in sequence.iter().skip(1).map(|e| (&e.0, e.1)) {
        if previous.0.possible_successors().contains(n) {
            previous = (n.clone(), span);
            continue;
        }
        if *n < previous.0 {
            if reported.insert(n.clone()) {
                cx.problems.push(messages::clause_out_of_order(
                    &n.to_string(),
                    span,
                    &previous.0.to_string(),
                    previous.1,
                ));
            }
            continue;
        }
        // The missing number is the largest possible successor below the
        // one found, preferring one shaped like it (`2(1)` before `2(2)`).
        let shape =
            |c: &ClauseNumber| (c.steps.len(), c.steps.last().map(|s| s.inserted.is_some()));
        let candidates: Vec<ClauseNumber> = previous
            .0
            .possible_successors()
            .into_iter()
            .filter(|c| c < n)
            .collect();
        let missing = candidates
            .iter()
            .filter(|c| shape(c) == shape(n))
            .max()
            .or_else(|| {
                candidates
                    .iter()
                    .filter(|c| c.steps.iter().all(|s| s.inserted.is_none()))
                    .max()
            })
            .cloned();
        match missing {
            Some(m) if all.contains_key(&m) => {
                // The "missing" clause is there, only later: one out-of-order
                // error at the clause that is misplaced, not a gap as well.
                if let Some(later) = all.get(&m) {
                    reported.insert(m.clone());
                    cx.problems.push(messages::clause_out_of_order(
                        &m.to_string(),
                        *later,
                        &n.to_string(),
                        span,
                    ));
                }
            }
            Some(m) => cx.problems.push(messages::missing_clause(
                &m.to_string(),
                &previous.0.to_string(),
                &n.to_string(),
                span,
            )),
            None => cx.problems.push(messages::missing_clause(
                "",
                &previous.0.to_string(),
                &n.to_string(),
                span,
            )),
        }
        previous = (n.clone(), span);
    }
}
