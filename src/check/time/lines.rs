//! The lines that place an element in time (`inserted by`, `repealed by`,
//! `worded by`), checked once over the whole source: which amendment they
//! name, whether their dates fit the element's life, whether two wordings
//! overlap, and whether a repealed clause's number is used again.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;

use super::{Timeline, change};
use crate::check::line_readers::clause_number;
use crate::diagnostics::messages::{TimeLimit, TimedChange};
use crate::diagnostics::{Problem, messages};
use crate::model::{ChangeKind, ClauseNumber};
use crate::source::Span;
use crate::syntax::ast::{Block, BlockKind, Field, FieldValue, FormAnswer, Name};
use crate::syntax::lines;

/// Every id with its kind, nested blocks included (for naming the
/// amendment a line refers to).
pub(super) fn index<'a>(block: &'a Block, out: &mut BTreeMap<&'a str, (BlockKind, Span)>) {
    out.entry(block.name.text.as_str())
        .or_insert((block.kind, block.name.span));
    for f in &block.fields {
        if let FieldValue::Nested(inner) = &f.value {
            index(inner, out);
        }
    }
}

/// A block claiming a clause number, at some time.
pub(super) struct Claim {
    number: ClauseNumber,
    span: Span,
    id: String,
    repealed: bool,
}

/// May a `worded by` in a `kind` block give this line anew? Any line of the
/// block may be worded anew, but not its nested blocks (they change by lines
/// of their own), and not the lines of blocks that have no wording over time.
fn allowed(kind: BlockKind, keyword: &str) -> bool {
    !matches!(
        kind,
        BlockKind::Amendment
            | BlockKind::Dormant
            | BlockKind::Calendar
            | BlockKind::Year
            | BlockKind::Sample
            | BlockKind::Example
    ) && !lines::is_nested_block(keyword)
        && lines::lines(kind).contains(&keyword)
}

/// Lines a new wording replaces together: a term's `lasts` and `not
/// stated` are one line in two forms.
pub(super) fn group(keyword: &str) -> &str {
    match keyword {
        "not stated" => "lasts",
        other => other,
    }
}

/// A line of a `worded by` block as the block itself would have it: the
/// grammar reads a few lines alike in every block (`number "..."`,
/// `answer date`), so their block decides what they are.
pub(super) fn normalize(parent: BlockKind, value: &FieldValue) -> FieldValue {
    use crate::syntax::ast::AnswerType;
    match (parent, value) {
        (BlockKind::Act, FieldValue::NumberLabel(t)) => FieldValue::ActNumber(t.clone()),
        (BlockKind::FormField, FieldValue::Answer(a)) => match a {
            AnswerType::YesNo => FieldValue::FieldAnswer(FormAnswer::YesNo),
            AnswerType::Date => FieldValue::FieldAnswer(FormAnswer::Date),
            AnswerType::Choice { choice } => FieldValue::FieldAnswer(FormAnswer::Choice {
                choice: choice.clone(),
            }),
            AnswerType::Number { .. } => value.clone(),
        },
        _ => value.clone(),
    }
}

/// The keywords a `worded by` block words anew, in groups.
pub(super) fn groups(parent: BlockKind, lines: &[Field]) -> BTreeSet<String> {
    lines
        .iter()
        .map(|l| group(normalize(parent, &l.value).keyword()).to_owned())
        .collect()
}

/// Checks a block's time lines and its nested blocks', and records the
/// changes in their amendments.
pub(super) fn walk(
    tl: &mut Timeline,
    index: &BTreeMap<&str, (BlockKind, Span)>,
    block: &Block,
    problems: &mut Vec<Problem>,
    claims: &mut Vec<Claim>,
) {
    let mut inserted: Option<(&Name, Span)> = None;
    let mut repealed: Option<(&Name, Span)> = None;
    let mut worded: Vec<(&Name, Span, &[Field])> = Vec::new();
    let mut numbers: Vec<(ClauseNumber, Span)> = Vec::new();
    for field in &block.fields {
        match &field.value {
            FieldValue::Inserted(by) | FieldValue::Repealed(by) => {
                tl.has_time = true;
                let slot = if matches!(field.value, FieldValue::Inserted(_)) {
                    &mut inserted
                } else {
                    &mut repealed
                };
                match slot {
                    Some((_, first)) => problems.push(messages::repeated_field(
                        field.value.keyword(),
                        *first,
                        field.span,
                    )),
                    None => *slot = Some((by, field.span)),
                }
            }
            FieldValue::Worded { by, fields } => {
                tl.has_time = true;
                worded.push((by, field.span, fields));
                for l in fields {
                    if let FieldValue::Clause(c) = &l.value {
                        numbers.push((clause_number(c), c.span));
                    }
                }
            }
            FieldValue::Clause(c) => numbers.push((clause_number(c), c.span)),
            FieldValue::Nested(inner) => walk(tl, index, inner, problems, claims),
            _ => {}
        }
    }
    let id = &block.name.text;
    let ins = inserted.and_then(|(by, span)| date(tl, index, by, problems).map(|d| (by, d, span)));
    let rep = repealed.and_then(|(by, span)| date(tl, index, by, problems).map(|d| (by, d, span)));
    let never = match (ins, rep) {
        (Some((_, i, ispan)), Some((_, r, rspan))) if r <= i => Some((i, ispan, r, rspan)),
        _ => None,
    };
    if let Some((i, ispan, r, rspan)) = never {
        problems.push(messages::change_out_of_time(
            TimedChange::Repeal(id),
            r,
            TimeLimit::Insertion(i),
            rspan,
            ispan,
        ));
    }
    let mut dated: Vec<(Date, Span, BTreeSet<String>)> = Vec::new();
    for (by, span, lines) in &worded {
        for l in *lines {
            let kw = normalize(block.kind, &l.value).keyword();
            if !allowed(block.kind, kw) {
                problems.push(messages::worded_line_not_allowed(
                    kw,
                    block.kind.keyword(),
                    l.span,
                ));
            }
        }
        let Some(d) = date(tl, index, by, problems) else {
            continue;
        };
        if let Some((_, i, ispan)) = ins.filter(|(_, i, _)| d <= *i) {
            problems.push(messages::change_out_of_time(
                TimedChange::Wording(id),
                d,
                TimeLimit::Insertion(i),
                *span,
                ispan,
            ));
        }
        if let Some((_, r, rspan)) = rep.filter(|(_, r, _)| d >= *r) {
            problems.push(messages::change_out_of_time(
                TimedChange::Wording(id),
                d,
                TimeLimit::Repeal(r),
                *span,
                rspan,
            ));
        }
        let words = groups(block.kind, lines);
        for (other_day, other_span, other_words) in &dated {
            let shared = words.intersection(other_words).next();
            if let Some(line) = shared.filter(|_| *other_day == d) {
                problems.push(messages::overlapping_versions(
                    id,
                    line,
                    d,
                    *other_span,
                    *span,
                ));
            }
        }
        tl.record(
            &by.text,
            change(
                block,
                ChangeKind::Worded {
                    lines: words.iter().cloned().collect(),
                },
                *span,
            ),
        );
        dated.push((d, *span, words));
    }
    if let Some((by, _, span)) = ins {
        tl.record(&by.text, change(block, ChangeKind::Inserted, span));
    }
    if let Some((by, _, span)) = rep {
        tl.record(&by.text, change(block, ChangeKind::Repealed, span));
    }
    let mut distinct: BTreeSet<ClauseNumber> = BTreeSet::new();
    for (number, span) in numbers {
        if distinct.insert(number.clone()) {
            claims.push(Claim {
                number,
                span,
                id: id.clone(),
                repealed: rep.is_some(),
            });
        }
    }
}

/// The day the named amendment takes effect; reports a name that is no
/// amendment.
fn date(
    tl: &Timeline,
    index: &BTreeMap<&str, (BlockKind, Span)>,
    by: &Name,
    problems: &mut Vec<Problem>,
) -> Option<Date> {
    let d = tl.date(by);
    if d.is_none() {
        resolve_amendment(tl, index, by, problems);
    }
    d
}

/// Reports an `inserted by`, `repealed by` or `worded by` that names no
/// amendment with a date.
fn resolve_amendment(
    tl: &Timeline,
    index: &BTreeMap<&str, (BlockKind, Span)>,
    by: &Name,
    problems: &mut Vec<Problem>,
) {
    match index.get(by.text.as_str()) {
        // Declared without `in force from`: reported with the amendment.
        Some((BlockKind::Amendment, _)) => {}
        Some((kind, span)) => problems.push(messages::wrong_kind(
            &by.text,
            by.span,
            "an amendment",
            kind.keyword(),
            *span,
        )),
        None => {
            let suggestion = crate::diagnostics::suggest::closest(
                &by.text,
                tl.amendments.keys().map(String::as_str),
            );
            problems.push(messages::unknown_id(
                &by.text,
                by.span,
                "an amendment",
                suggestion,
            ));
        }
    }
}

/// Clause numbers a repealed element held that another element claims.
pub(super) fn reused_clauses(
    claims: &[Claim],
    problems: &mut Vec<Problem>,
) -> BTreeSet<ClauseNumber> {
    let mut reused = BTreeSet::new();
    for old in claims.iter().filter(|c| c.repealed) {
        let others = claims
            .iter()
            .filter(|c| c.number == old.number && c.id != old.id)
            // Two repealed elements with one number: reported once.
            .filter(|c| !(c.repealed && c.id < old.id));
        for new in others {
            problems.push(messages::clause_reused(
                &old.number.to_string(),
                old.span,
                new.span,
            ));
            reused.insert(old.number.clone());
        }
    }
    reused
}
