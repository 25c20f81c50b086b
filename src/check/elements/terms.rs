//! Processing terms and other time limits.

use super::super::Checker;
use super::super::fields::Fields;
use super::super::line_readers::{
    APPLICATIONS, CATEGORIES, clause_text, clause_text_with, ids, named, required_ids, text_of,
};
use crate::diagnostics::messages;
use crate::model::*;
use crate::syntax::ast::{self, BlockKind};

/// A duration as written; one of a processing term (`term`) may be counted
/// only in months or days.
fn duration(cx: &mut Checker, q: &ast::Quantity, term: bool) -> Option<Duration> {
    let unit = DurationUnit::parse(&q.unit.text);
    match unit {
        Some(u)
            if !term
                || matches!(
                    u,
                    DurationUnit::Months | DurationUnit::WorkingDays | DurationUnit::CalendarDays
                ) =>
        {
            if q.amount == 0 {
                cx.problems.push(messages::zero_duration(q.span));
                return None;
            }
            Some(Duration {
                amount: q.amount,
                unit: u,
            })
        }
        _ => {
            cx.problems
                .push(messages::bad_duration_unit(&q.unit.text, q.unit.span, term));
            None
        }
    }
}

/// The event a `lasts ... from` line counts from.
fn counted_from(cx: &mut Checker, from: &Option<ast::Name>) -> Option<String> {
    from.as_ref()
        .and_then(|n| cx.resolve(n, &[BlockKind::Event], "an event"))
}

pub(super) fn term(cx: &mut Checker, reg: &mut Regulation, f: &Fields<'_>) {
    let (id, span) = named(f);
    // A term the source does not state has no clause to quote.
    let unstated = !f.many(pick!(NotStated)).is_empty();
    let clause = clause_text_with(cx, f, !unstated, !unstated);
    let lasts = f.one(
        &mut cx.problems,
        pick!(Lasts { duration, from } => (duration, from)),
    );
    let not_stated = f.one(&mut cx.problems, pick!(NotStated));
    let length = match (lasts, not_stated) {
        (Some((q, from)), None) => {
            let from = counted_from(cx, from);
            duration(cx, q, true).map(|duration| TermLength::Lasts { duration, from })
        }
        (None, Some(reason)) => Some(TermLength::NotStated {
            reason: text_of(cx, reason),
        }),
        _ => {
            cx.problems.push(messages::term_duration(
                &id,
                super::super::fields::head(f.block()),
                lasts.is_some(),
            ));
            None
        }
    };
    let applications = required_ids(
        cx,
        f,
        "for application",
        pick!(ForApplication),
        APPLICATIONS,
    );
    let categories = f
        .one(&mut cx.problems, pick!(ForCategory))
        .map(|n| ids(cx, n, CATEGORIES));
    let statuses = f
        .one(&mut cx.problems, pick!(ForStatus))
        .map(|n| ids(cx, n, (&[BlockKind::Status], "a status")));
    if let Some(length) = length {
        reg.terms.push(Term {
            id,
            clause,
            length,
            applications,
            categories,
            statuses,
            span,
        });
    }
}

pub(super) fn limit(cx: &mut Checker, reg: &mut Regulation, f: &Fields<'_>) {
    let (id, span) = named(f);
    let clause = clause_text(cx, f, true);
    let lasts = f.required(
        &mut cx.problems,
        "lasts",
        pick!(Lasts { duration, from } => (duration, from)),
    );
    if let Some((q, from)) = lasts {
        let duration = duration(cx, q, false);
        let from = counted_from(cx, from);
        if let Some(duration) = duration {
            reg.limits.push(Limit {
                id,
                clause,
                duration,
                from,
                span,
            });
        }
    }
}
