//! Groups of categories: a numbered heading ("2.1. Within the quota:")
//! that categories sit under with `in group`, and whose id a `for
//! category` line reads as the categories in it.

use super::super::Checker;
use super::super::fields::Fields;
use super::super::line_readers::{clause_text, named};
use super::categories::optional_title;
use crate::diagnostics::messages;
use crate::model::*;

pub(super) fn group(cx: &mut Checker, reg: &mut Regulation, f: &Fields<'_>) {
    let (id, span) = named(f);
    let clause = clause_text(cx, f, true);
    let title = optional_title(cx, f);
    reg.groups.push(Group {
        id,
        clause,
        title,
        categories: Vec::new(),
        span,
    });
}

/// Is `inner` a clause under `outer` (2.1.3 under 2.1)?
fn under(inner: &ClauseNumber, outer: &ClauseNumber) -> bool {
    inner.order == outer.order
        && inner.steps.len() > outer.steps.len()
        && inner.steps.starts_with(&outer.steps)
}

/// Once every block is read: each group gets its categories, their
/// numbers are checked against its clause, and every `for category` list
/// reads a group's id as the categories in it.
pub(super) fn settle(cx: &mut Checker, reg: &mut Regulation) {
    for c in &reg.categories {
        let Some(number) = c.clause.clause.as_ref() else {
            continue;
        };
        if let Some(g) = c.group.as_ref().and_then(|g| reg.group(g))
            && let Some(outer) = g.clause.clause.as_ref().filter(|o| !under(number, o))
        {
            cx.problems.push(messages::outside_group(
                &c.id,
                &number.to_string(),
                &g.id,
                &outer.to_string(),
                c.span,
                g.span,
            ));
        }
        // One in another group is numbered against that one (R0114).
        let numbered_under = reg.groups.iter().find(|g| {
            c.group.is_none() && g.clause.clause.as_ref().is_some_and(|o| under(number, o))
        });
        if let Some(g) = numbered_under {
            cx.problems.push(messages::not_in_group(
                &c.id,
                &number.to_string(),
                &g.id,
                &g.clause
                    .clause
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
                c.span,
                g.span,
            ));
        }
    }
    for g in &mut reg.groups {
        g.categories = reg
            .categories
            .iter()
            .filter(|c| c.group.as_deref() == Some(g.id.as_str()))
            .map(|c| c.id.clone())
            .collect();
        // A category numbered under it without `in group` is R0115 already.
        let numbered_under = reg.categories.iter().any(|c| {
            c.clause
                .clause
                .as_ref()
                .zip(g.clause.clause.as_ref())
                .is_some_and(|(inner, outer)| under(inner, outer))
        });
        if g.categories.is_empty() && !numbered_under {
            cx.problems.push(messages::empty_group(&g.id, g.span));
        }
    }
    let groups = reg.groups.clone();
    let expand = |ids: &mut Vec<String>| {
        if !ids.iter().any(|id| groups.iter().any(|g| &g.id == id)) {
            return;
        }
        let mut out: Vec<String> = Vec::new();
        for id in ids.iter() {
            let members = match groups.iter().find(|g| &g.id == id) {
                Some(g) => g.categories.clone(),
                None => vec![id.clone()],
            };
            for m in members {
                if !out.contains(&m) {
                    out.push(m);
                }
            }
        }
        *ids = out;
    };
    for t in &mut reg.terms {
        if let Some(ids) = t.categories.as_mut() {
            expand(ids);
        }
    }
    for r in &mut reg.representatives {
        expand(&mut r.categories);
    }
    for d in &mut reg.documents {
        if let Some(ids) = d.categories.as_mut() {
            expand(ids);
        }
        for a in d.copies.iter_mut().chain(d.count.iter_mut()) {
            if let Some(ids) = a.categories.as_mut() {
                expand(ids);
            }
        }
    }
}
