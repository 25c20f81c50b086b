//! Elements that are mostly a name others refer to. Statuses, kinds of
//! application, choices, facts and events are read before all other blocks:
//! conditions anywhere in the files name them and need their types (an
//! event is a date). Channels are read in the text's order.

use super::super::Checker;
use super::super::fields::Fields;
use super::super::line_readers::{missing, named, notes, required_text, see, text_of, title};
use crate::diagnostics::messages;
use crate::model::*;
use crate::syntax::ast::{self, Block, BlockKind};

/// Reads `block` if it is one of the kinds conditions need first.
pub(super) fn declare(cx: &mut Checker, reg: &mut Regulation, block: &Block) {
    let f = Fields::new(block);
    match block.kind {
        BlockKind::Status => titled(cx, reg, &f),
        BlockKind::Application => application(cx, reg, &f),
        BlockKind::Choice => choice(cx, reg, &f),
        BlockKind::Fact => fact(cx, reg, &f),
        BlockKind::Event => titled(cx, reg, &f),
        _ => {}
    }
}

/// Statuses, events and channels: a title, the clauses that speak of it,
/// and notes.
pub(super) fn titled(cx: &mut Checker, reg: &mut Regulation, f: &Fields<'_>) {
    let (id, span) = named(f);
    let title = title(cx, f);
    let notes = notes(f);
    match f.block().kind {
        BlockKind::Status => reg.statuses.push(Status {
            id,
            title,
            see: see(f),
            notes,
            span,
        }),
        BlockKind::Channel => reg.channels.push(Channel {
            id,
            title,
            see: see(f),
            notes,
            span,
        }),
        _ => {
            let mark = |v: &ast::FieldValue| matches!(v, ast::FieldValue::Acceptance).then_some(());
            // Once per event (R0207); its span is wanted for R1305.
            f.one(&mut cx.problems, mark);
            let marks = f.many_spanned(mark);
            let acceptance = !marks.is_empty();
            if let (true, Some(first)) = (acceptance, reg.acceptance_event()) {
                let (_, line) = marks[0];
                cx.problems.push(messages::two_acceptance_events(
                    &first.id, first.span, &id, line,
                ));
            }
            reg.events.push(Event {
                id,
                title,
                acceptance,
                notes,
                span,
            })
        }
    }
}

fn application(cx: &mut Checker, reg: &mut Regulation, f: &Fields<'_>) {
    let (id, span) = named(f);
    let title = title(cx, f);
    let gives = f
        .one(&mut cx.problems, pick!(Gives))
        .and_then(|n| cx.resolve(n, &[BlockKind::Result], "a result"));
    reg.applications.push(ApplicationKind {
        id,
        title,
        gives,
        see: see(f),
        notes: notes(f),
        span,
    });
}

fn choice(cx: &mut Checker, reg: &mut Regulation, f: &Fields<'_>) {
    let (id, span) = named(f);
    let mut options: Vec<ChoiceOption> = Vec::new();
    for ((name, title), line) in f.many_spanned(pick!(Option { name, title } => (name, title))) {
        if options.iter().any(|o| o.id == name.text) {
            cx.problems
                .push(messages::repeated_option(&name.text, line));
            continue;
        }
        options.push(ChoiceOption {
            id: name.text.clone(),
            title: text_of(cx, title),
        });
    }
    if options.is_empty() {
        missing(cx, f.block(), "option");
    }
    reg.choices.push(Choice {
        id,
        options,
        notes: notes(f),
        span,
    });
}

fn fact(cx: &mut Checker, reg: &mut Regulation, f: &Fields<'_>) {
    let (id, span) = named(f);
    let question = required_text(cx, f, "question", pick!(Question));
    let representative_question = f
        .one(&mut cx.problems, pick!(RepresentativeQuestion))
        .map(|t| text_of(cx, t));
    let answer = match f.required(&mut cx.problems, "answer", pick!(Answer)) {
        Some(ast::AnswerType::YesNo) => FactType::YesNo,
        // The missing line is reported; conditions on this fact are
        // not checked further, so that one slip gives one error.
        None => {
            cx.untyped_facts.insert(id.clone());
            FactType::YesNo
        }
        Some(ast::AnswerType::Date) => FactType::Date,
        Some(ast::AnswerType::Number { unit }) => FactType::Number {
            unit: unit.as_ref().map(|u| u.text.clone()),
        },
        Some(ast::AnswerType::Choice { choice }) => {
            let resolved = cx.resolve(choice, &[BlockKind::Choice], "a choice");
            FactType::Choice {
                choice: resolved.unwrap_or_default(),
            }
        }
    };
    let notes = notes(f);
    reg.facts.push(Fact {
        id,
        question,
        representative_question,
        answer,
        notes,
        span,
    });
}
