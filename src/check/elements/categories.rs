//! Applicant categories with their branches and grounds, and the rules on
//! legal representatives that name them.

use super::super::Checker;
use super::super::conditions::{CategoryRead, Env};
use super::super::fields::Fields;
use super::super::line_readers::{
    APPLICATIONS, CATEGORIES, applies, clause_text, missing, named, required_ids,
};
use crate::model::*;
use crate::syntax::ast::BlockKind;

pub(super) fn category(cx: &mut Checker, reg: &mut Regulation, env: &Env, f: &Fields<'_>) {
    let (id, span) = named(f);
    let clause = clause_text(cx, f, true);
    let group = f
        .one(&mut cx.problems, pick!(InGroup))
        .and_then(|n| cx.resolve(n, &[BlockKind::Group], "a group"));
    let files = required_ids(cx, f, "files", pick!(Files), APPLICATIONS);
    let applies = applies(cx, env, f, CategoryRead::Circular);
    let mut branches = Vec::new();
    let mut grounds = Vec::new();
    for nested in f.nested() {
        let nf = Fields::new(nested);
        let is_ground = nested.kind == BlockKind::Ground;
        let clause = clause_text(cx, &nf, is_ground);
        let applies = applies_nested(cx, env, &nf);
        let b = Branch {
            id: nested.name.text.clone(),
            clause,
            title: optional_title(cx, &nf),
            applies,
            span: nested.name.span,
        };
        if is_ground {
            grounds.push(b)
        } else {
            branches.push(b)
        }
    }
    if !has_applies_line(f) && branches.is_empty() {
        missing(cx, f.block(), "applies when");
    }
    let title = optional_title(cx, f);
    reg.categories.push(Category {
        id,
        clause,
        title,
        group,
        files,
        applies,
        branches,
        grounds,
        span,
    });
}

/// A category's, branch's, ground's or group's short plain name, if it has one.
pub(super) fn optional_title(cx: &mut Checker, f: &Fields<'_>) -> Option<String> {
    f.one(&mut cx.problems, pick!(Title))
        .map(|t| super::super::line_readers::text_of(cx, t))
}

fn has_applies_line(f: &Fields<'_>) -> bool {
    !f.many(pick!(Applies)).is_empty()
}

/// A branch or ground must say when it applies: without a condition one
/// would never apply and the other always hold, and neither is what an
/// editor who forgot the line meant.
fn applies_nested(cx: &mut Checker, env: &Env, f: &Fields<'_>) -> Option<Condition> {
    if !has_applies_line(f) {
        missing(cx, f.block(), "applies when");
    }
    applies(cx, env, f, CategoryRead::Circular)
}

pub(super) fn representative(cx: &mut Checker, reg: &mut Regulation, env: &Env, f: &Fields<'_>) {
    let (id, span) = named(f);
    let clause = clause_text(cx, f, true);
    let categories = required_ids(cx, f, "for category", pick!(ForCategory), CATEGORIES);
    let applies = applies(cx, env, f, CategoryRead::Known);
    reg.representatives.push(Representative {
        id,
        clause,
        categories,
        applies,
        span,
    });
}
