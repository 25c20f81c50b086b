//! Elements that are the regulation's text and what it cites: parts, acts,
//! definitions, duties, plain provisions, omissions, and the production
//! calendar.

use super::super::Checker;
use super::super::fields::Fields;
use super::super::line_readers::{
    clause_number, clause_text, clause_text_with, named, notes, required_ids, required_text, see,
    title,
};
use crate::model::*;
use crate::syntax::ast::BlockKind;

pub(super) fn calendar(cx: &mut Checker, reg: &mut Regulation, f: &Fields<'_>) {
    let (id, span) = named(f);
    let (calendar, problems) = super::super::calendar::check_calendar(f.block());
    cx.problems.extend(problems);
    let title = f.one(&mut cx.problems, pick!(Title(t) => t.value.clone()));
    if let Some(c) = calendar {
        let years = c
            .years()
            .iter()
            .map(|y| CalendarYear {
                year: y.year,
                decree: y.decree.clone(),
                non_working: y.non_working_weekdays.clone(),
                working: y.working_weekend_days.clone(),
            })
            .collect();
        reg.calendars.push(Calendar {
            id,
            title,
            years,
            span,
        });
    }
}

pub(super) fn part(cx: &mut Checker, reg: &mut Regulation, f: &Fields<'_>) {
    let (id, span) = named(f);
    let number = f.one(&mut cx.problems, pick!(NumberLabel(t) => t.value.clone()));
    let title = title(cx, f);
    reg.parts.push(Part {
        id,
        number,
        title,
        notes: notes(f),
        span,
    });
}

pub(super) fn act(cx: &mut Checker, reg: &mut Regulation, f: &Fields<'_>) {
    let (id, span) = named(f);
    let title = title(cx, f);
    let number = f.one(&mut cx.problems, pick!(ActNumber(t) => t.value.clone()));
    let called = f.one(&mut cx.problems, pick!(Called(t) => t.value.clone()));
    let published = f.one(&mut cx.problems, pick!(Published(t) => t.value.clone()));
    let dated = f.one(&mut cx.problems, pick!(Dated(d) => *d));
    let notes = notes(f);
    reg.acts.push(Act {
        id,
        title,
        number,
        dated,
        called,
        published,
        notes,
        span,
    });
}

pub(super) fn definition(cx: &mut Checker, reg: &mut Regulation, f: &Fields<'_>) {
    let (id, span) = named(f);
    let phrase = required_text(cx, f, "phrase", pick!(Phrase));
    let text = f.one(&mut cx.problems, pick!(Text));
    let plain = f.one(&mut cx.problems, pick!(Plain));
    let wording = text.map(|t| Wording {
        text: t.value.clone(),
        plain: plain.map(|p| p.value.clone()),
    });
    let notes = notes(f);
    reg.definitions.push(Definition {
        id,
        phrase,
        wording,
        see: see(f),
        notes,
        span,
    });
}

pub(super) fn duty(cx: &mut Checker, reg: &mut Regulation, f: &Fields<'_>) {
    let (id, span) = named(f);
    let clause = clause_text(cx, f, true);
    let channels = required_ids(cx, f, "on", pick!(On), (&[BlockKind::Channel], "a channel"));
    reg.duties.push(Duty {
        id,
        clause,
        channels,
        span,
    });
}

/// A result or a provision.
pub(super) fn provision(cx: &mut Checker, reg: &mut Regulation, f: &Fields<'_>) {
    let (id, span) = named(f);
    let is_result = f.block().kind == BlockKind::Result;
    // A provision may be unnumbered text of the act (a preamble, a signature).
    let clause = clause_text(cx, f, is_result);
    let p = Provision { id, clause, span };
    if is_result {
        reg.results.push(p)
    } else {
        reg.provisions.push(p)
    }
}

pub(super) fn omission(cx: &mut Checker, reg: &mut Regulation, f: &Fields<'_>) {
    let (id, span) = named(f);
    let after = f.required(&mut cx.problems, "after clause", pick!(After));
    let text = required_text(cx, f, "text", pick!(Text));
    if let Some(after) = after {
        let notes = notes(f);
        reg.omissions.push(Omission {
            id,
            after: clause_number(after),
            text,
            notes,
            span,
        });
    }
}

/// A fee: its sum, and the clause that states it when the regulation does.
pub(super) fn fee(cx: &mut Checker, reg: &mut Regulation, f: &Fields<'_>) {
    let (id, span) = named(f);
    let title = title(cx, f);
    let clause = clause_text_with(cx, f, false, false);
    let amount = f.required(
        &mut cx.problems,
        "amount",
        pick!(Amount { amount, currency } => Money {
            amount: *amount,
            currency: currency.text.clone(),
        }),
    );
    if let Some(amount) = amount {
        reg.fees.push(Fee {
            id,
            title,
            clause,
            amount,
            span,
        });
    }
}
