//! The sources as they stood on one day: elements not in force become
//! dormant stubs (their id kept, so a reference to them is reported as
//! such, and a repealed clause's number kept, so the numbering holds), and
//! every line takes the wording in force that day.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;

use super::Timeline;
use super::lines::{group, groups, normalize};
use crate::check::Dormancy;
use crate::check::line_readers::clause_number;
use crate::diagnostics::messages;
use crate::syntax::ast::{Block, BlockKind, Field, FieldValue, File};

/// The files as of `day` (`None`: before every amendment). Examples are
/// kept in the version that answers them: the one holding on their `as of`
/// or `accepted` day, or, without either, the latest (`latest`).
pub(super) fn project(
    files: &[File],
    tl: &Timeline,
    day: Option<Date>,
    latest: bool,
    holds: &dyn Fn(Date) -> bool,
) -> (Vec<File>, BTreeMap<String, Dormancy>) {
    let mut dormant = BTreeMap::new();
    let files = files
        .iter()
        .map(|f| File {
            file: f.file,
            includes: f.includes.clone(),
            blocks: f
                .blocks
                .iter()
                .filter(|b| b.kind != BlockKind::Example || example_here(b, latest, holds))
                .map(|b| block(b, tl, day, &mut dormant))
                .collect(),
        })
        .collect();
    (files, dormant)
}

/// Is an example answered by this version?
fn example_here(b: &Block, latest: bool, holds: &dyn Fn(Date) -> bool) -> bool {
    let as_of = b.fields.iter().find_map(|f| match f.value {
        FieldValue::AsOf(d) => Some(d),
        _ => None,
    });
    let accepted = b.fields.iter().find_map(|f| match f.value {
        FieldValue::Accepted(d) => Some(d),
        _ => None,
    });
    as_of.or(accepted).map_or(latest, holds)
}

fn in_force(tl: &Timeline, by: &crate::syntax::ast::Name, day: Option<Date>) -> Option<bool> {
    tl.date(by).map(|d| day.is_some_and(|day| day >= d))
}

/// One block as of `day`.
fn block(
    b: &Block,
    tl: &Timeline,
    day: Option<Date>,
    dormant: &mut BTreeMap<String, Dormancy>,
) -> Block {
    for f in &b.fields {
        let (why, keep_number) = match &f.value {
            FieldValue::Inserted(by) if in_force(tl, by, day) == Some(false) => {
                (messages::not_yet_inserted(&by.text), false)
            }
            FieldValue::Repealed(by) if in_force(tl, by, day) == Some(true) => {
                (messages::repealed(&by.text), true)
            }
            _ => continue,
        };
        dormant.insert(
            b.name.text.clone(),
            Dormancy {
                kind: b.kind,
                why,
                span: f.span,
            },
        );
        let number = keep_number
            .then(|| last_clause(b, tl, day))
            .flatten()
            .filter(|c| !tl.is_reused(&clause_number(c)));
        let fields = number
            .map(|c| Field {
                span: c.span,
                value: FieldValue::Clause(c),
            })
            .into_iter()
            .collect();
        return Block {
            kind: BlockKind::Dormant,
            name: b.name.clone(),
            fields,
            span: b.span,
        };
    }
    let mut fields: Vec<Field> = Vec::new();
    let mut wordings: Vec<(Date, &[Field])> = Vec::new();
    for f in &b.fields {
        match &f.value {
            FieldValue::Inserted(_) | FieldValue::Repealed(_) => {}
            FieldValue::Worded { by, fields: lines } => {
                if let Some(d) = tl.date(by).filter(|d| day.is_some_and(|day| day >= *d)) {
                    wordings.push((d, lines));
                }
            }
            FieldValue::Nested(inner) => fields.push(Field {
                value: FieldValue::Nested(block(inner, tl, day, dormant)),
                span: f.span,
            }),
            _ => fields.push(f.clone()),
        }
    }
    // Later wordings replace earlier ones; the sort is stable, and two
    // wordings of one line on one day are reported (R1102).
    wordings.sort_by_key(|(d, _)| *d);
    for (_, lines) in wordings {
        reword(&mut fields, b.kind, lines);
    }
    Block {
        kind: b.kind,
        name: b.name.clone(),
        fields,
        span: b.span,
    }
}

/// Replaces every line of the groups `lines` word anew by `lines`, where
/// the first of them stood.
fn reword(fields: &mut Vec<Field>, kind: BlockKind, lines: &[Field]) {
    let replaced: BTreeSet<String> = groups(kind, lines);
    let hit = |f: &Field| {
        !matches!(f.value, FieldValue::Nested(_)) && replaced.contains(group(f.value.keyword()))
    };
    let at = fields
        .iter()
        .position(hit)
        .or_else(|| {
            fields
                .iter()
                .position(|f| matches!(f.value, FieldValue::Nested(_)))
        })
        .unwrap_or(fields.len());
    let before = fields[..at].iter().filter(|f| !hit(f)).count();
    fields.retain(|f| !hit(f));
    let new = lines.iter().map(|l| Field {
        value: normalize(kind, &l.value),
        span: l.span,
    });
    fields.splice(before..before, new);
}

/// The clause number a block had on its last day in force.
fn last_clause(
    b: &Block,
    tl: &Timeline,
    day: Option<Date>,
) -> Option<crate::syntax::ast::ClauseRef> {
    let mut number = b.fields.iter().find_map(|f| match &f.value {
        FieldValue::Clause(c) => Some(c.clone()),
        _ => None,
    });
    let mut wordings: Vec<(Date, &crate::syntax::ast::ClauseRef)> = b
        .fields
        .iter()
        .filter_map(|f| match &f.value {
            FieldValue::Worded { by, fields } => {
                let d = tl.date(by)?;
                let c = fields.iter().find_map(|l| match &l.value {
                    FieldValue::Clause(c) => Some(c),
                    _ => None,
                })?;
                Some((d, c))
            }
            _ => None,
        })
        .filter(|(d, _)| day.is_some_and(|day| day >= *d))
        .collect();
    wordings.sort_by_key(|(d, _)| *d);
    if let Some((_, c)) = wordings.last() {
        number = Some((*c).clone());
    }
    number
}
