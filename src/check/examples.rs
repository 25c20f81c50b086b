//! Checking examples: given facts exist and have values of their type;
//! expectations name things that exist. Running them is the interpreter's job.

use super::Checker;
use super::conditions::{self, Env};
use super::fields::Fields;
use super::line_readers::CATEGORY_KINDS;
use crate::diagnostics::messages;
use crate::model::{Duration, DurationUnit, Example, Expect, Expectation, Given, Regulation};
use crate::source::Span;
use crate::syntax::ast::{self, Block, BlockKind, FieldValue};

pub(super) fn build(cx: &mut Checker, env: &Env, block: &Block, f: &Fields<'_>) -> Option<Example> {
    let title = f.one(&mut cx.problems, pick!(Title(t) => t.value.clone()));
    let mut given: Vec<Given> = Vec::new();
    let mut firsts: Vec<(String, Span)> = Vec::new();
    for ((fact, value), span) in f.many_spanned(pick!(Given { fact, value } => (fact, value))) {
        if let Some((_, first)) = firsts.iter().find(|(id, _)| *id == fact.text) {
            cx.problems
                .push(messages::repeated_given(&fact.text, *first, span));
            continue;
        }
        firsts.push((fact.text.clone(), span));
        let Some(t) = env.fact(&fact.text).cloned() else {
            cx.problems.push(messages::undeclared_fact(
                &fact.text,
                fact.span,
                conditions::suggest_fact(env, &fact.text).as_deref(),
            ));
            continue;
        };
        cx.used.insert(fact.text.clone());
        if let Some(value) = conditions::value(cx, env, &fact.text, &t, value, true) {
            given.push(Given {
                fact: fact.text.clone(),
                value,
                span,
            });
        }
    }
    let mut expect = Vec::new();
    for (e, span) in f.many_spanned(pick!(Expect)) {
        if let Some(what) = expectation(cx, e) {
            expect.push(Expect { what, span });
        }
    }
    if f.many(pick!(Expect)).is_empty() {
        cx.problems.push(messages::empty_example(
            &block.name.text,
            super::fields::head(block),
        ));
    }
    let accepted = f.one(&mut cx.problems, pick!(Accepted(d) => *d));
    let as_of = f.one(&mut cx.problems, pick!(AsOf(d) => *d));
    let category = f
        .one(&mut cx.problems, pick!(Chooses))
        .and_then(|n| cx.resolve(n, CATEGORY_KINDS, "a category or branch"));
    let wants_deadline = expect
        .iter()
        .any(|e: &Expect| matches!(e.what, Expectation::Deadline { .. }));
    // A term counted from another event has its start in that event's date.
    let gives_event = given
        .iter()
        .any(|g| cx.kind_of(&g.fact) == Some(BlockKind::Event));
    if wants_deadline && accepted.is_none() && !gives_event {
        cx.problems.push(messages::missing_field(
            "example",
            &block.name.text,
            "accepted",
            super::fields::head(block),
        ));
    }
    Some(Example {
        id: block.name.text.clone(),
        title,
        given,
        accepted,
        as_of,
        category,
        expect,
        span: block.name.span,
    })
}

fn expectation(cx: &mut Checker, e: &ast::Expectation) -> Option<Expectation> {
    Some(match e {
        ast::Expectation::NoCategories => Expectation::Categories { ids: vec![] },
        ast::Expectation::Categories { ids } => Expectation::Categories {
            ids: ids
                .iter()
                .filter_map(|n| cx.resolve(n, CATEGORY_KINDS, "a category or branch"))
                .collect(),
        },
        ast::Expectation::Documents { ids } => Expectation::Documents {
            ids: ids
                .iter()
                .filter_map(|n| cx.resolve(n, &[BlockKind::Document], "a document"))
                .collect(),
        },
        ast::Expectation::Copies { document, copies } => Expectation::Copies {
            document: cx.resolve(document, &[BlockKind::Document], "a document")?,
            copies: *copies,
        },
        ast::Expectation::Count { document, count } => Expectation::Count {
            document: cx.resolve(document, &[BlockKind::Document], "a document")?,
            count: *count,
        },
        ast::Expectation::Deadline { date } => Expectation::Deadline { date: *date },
        ast::Expectation::Representative { required } => Expectation::Representative {
            required: *required,
        },
        ast::Expectation::Term { duration: None } => Expectation::Term { duration: None },
        ast::Expectation::Term { duration: Some(q) } => match DurationUnit::parse(&q.unit.text) {
            Some(unit) => Expectation::Term {
                duration: Some(Duration {
                    amount: q.amount,
                    unit,
                }),
            },
            None => {
                cx.problems
                    .push(messages::bad_duration_unit(&q.unit.text, q.unit.span, true));
                return None;
            }
        },
    })
}

/// Examples that count a deadline need a production calendar covering
/// the dates terms run from (the acceptance date, an event's date), and
/// give the acceptance date once.
pub(super) fn check(cx: &mut Checker, reg: &Regulation, _env: &Env, blocks: &[&Block]) {
    let calendar = reg.production_calendar().map(|c| c.to_deadline_calendar());
    for block in blocks.iter().filter(|b| b.kind == BlockKind::Example) {
        acceptance_given_once(cx, reg, block);
        for field in &block.fields {
            let date = match &field.value {
                FieldValue::Accepted(date) => date,
                FieldValue::Given {
                    fact,
                    value: ast::Value::Date(date, _),
                } if reg.event(&fact.text).is_some() => date,
                _ => continue,
            };
            let covered = calendar.as_ref().is_some_and(|c| c.covers(date.year()));
            if !covered {
                let (first, last) = calendar
                    .as_ref()
                    .map_or((None, None), |c| (c.first_year(), c.last_year()));
                cx.problems
                    .push(messages::outside_calendar(*date, first, last, field.span));
            }
        }
    }
}

/// An example's `accepted` line and a `given` date of the event marked
/// `date of acceptance` are one date: two different ones would make the
/// example fail with a message about the answer, not about the example.
fn acceptance_given_once(cx: &mut Checker, reg: &Regulation, block: &Block) {
    let Some(event) = reg.acceptance_event() else {
        return;
    };
    let accepted = block.fields.iter().find_map(|f| match &f.value {
        FieldValue::Accepted(d) => Some((*d, f.span)),
        _ => None,
    });
    let given = block.fields.iter().find_map(|f| match &f.value {
        FieldValue::Given {
            fact,
            value: ast::Value::Date(d, _),
        } if fact.text == event.id => Some((*d, f.span)),
        _ => None,
    });
    if let (Some((accepted, accepted_span)), Some((given, given_span))) = (accepted, given)
        && accepted != given
    {
        cx.problems.push(messages::acceptance_given_twice(
            &event.id,
            accepted,
            accepted_span,
            given,
            given_span,
        ));
    }
}
