//! Documents the applicant brings, with their counts and filling rules, and
//! the forms they are filled in on.

use super::super::conditions::{self, CategoryRead, Env};
use super::super::fields::Fields;
use super::super::line_readers::{
    CATEGORIES, applies, clause_text, ids, named, notes, see, text_of, title,
};
use super::super::{Checker, forms};
use crate::diagnostics::messages;
use crate::model::*;
use crate::source::Span;
use crate::syntax::ast::{BlockKind, FieldValue};

/// `copies` (or `count`) lines: at most one without a condition, which
/// goes last.
fn amounts(cx: &mut Checker, env: &Env, f: &Fields<'_>, copies: bool) -> Vec<Amount> {
    let lines = f.many_spanned(|v| match v {
        FieldValue::Copies {
            amount,
            categories,
            when,
        } if copies => Some((*amount, categories, when)),
        FieldValue::Count {
            amount,
            categories,
            when,
        } if !copies => Some((*amount, categories, when)),
        _ => None,
    });
    let mut out: Vec<Amount> = Vec::new();
    let mut default: Option<Span> = None;
    for ((amount, categories, when), span) in lines {
        if amount == 0 {
            cx.problems.push(messages::zero_count(span));
        }
        let categories = (!categories.is_empty()).then(|| ids(cx, categories, CATEGORIES));
        if when.is_none() && categories.is_none() {
            if let Some(first) = default {
                cx.problems.push(messages::conflicting_counts(
                    if copies { "copies" } else { "count" },
                    first,
                    span,
                ));
            }
            default = Some(span);
        }
        let when = match when {
            Some(c) => match conditions::check(cx, env, c, CategoryRead::Known) {
                Some(c) => Some(c),
                None => continue,
            },
            None => None,
        };
        out.push(Amount {
            amount,
            categories,
            when,
        });
    }
    // The default goes last so that "first condition that holds" reads naturally.
    out.sort_by_key(|a| a.when.is_none() && a.categories.is_none());
    out
}

/// `valid when`: a condition that must compare at least one date.
fn validity(cx: &mut Checker, env: &Env, c: &crate::syntax::ast::Condition) -> Option<Validity> {
    let condition = conditions::check(cx, env, c, CategoryRead::Not("`valid when`"))?;
    let mut read = Vec::new();
    condition.facts(&mut read);
    if !read.iter().any(|f| env.fact(f) == Some(&FactType::Date)) {
        cx.problems.push(messages::validity_without_date(c.span()));
        return None;
    }
    // Ids read as words ("certificate issued") are plain enough for a
    // stand reader; the exact window is the condition.
    let words = format!("Valid only if {}.", condition.to_string().replace('_', " "));
    Some(Validity { condition, words })
}

pub(super) fn document(cx: &mut Checker, reg: &mut Regulation, env: &Env, f: &Fields<'_>) {
    let (id, span) = named(f);
    let clause = clause_text(cx, f, true);
    let form = f
        .one(&mut cx.problems, pick!(Form))
        .and_then(|n| cx.resolve(n, &[BlockKind::Form], "a form"));
    let copies = amounts(cx, env, f, true);
    let count = amounts(cx, env, f, false);
    let categories = f
        .one(&mut cx.problems, pick!(ForCategory))
        .map(|n| ids(cx, n, CATEGORIES));
    let required = f
        .one(&mut cx.problems, pick!(Required))
        .and_then(|c| conditions::check(cx, env, c, CategoryRead::Known));
    let valid = f
        .one(&mut cx.problems, pick!(Valid))
        .and_then(|c| validity(cx, env, c));
    let size = f.one(
        &mut cx.problems,
        pick!(Size { width, height, unit } => Size {
            width: *width,
            height: *height,
            unit: unit.text.clone(),
        }),
    );
    let requirements = f.many(pick!(Requirement(t) => t.value.clone()));
    let same_rules_as = f
        .many(pick!(SameRules))
        .into_iter()
        .flat_map(|n| ids(cx, n, (&[BlockKind::Document], "a document")))
        .collect();
    let rules = f
        .nested()
        .map(|nested| filling_rule(cx, env, &Fields::new(nested)))
        .collect();
    let title = f
        .one(&mut cx.problems, pick!(Title))
        .map(|t| super::super::line_readers::text_of(cx, t));
    reg.documents.push(Document {
        id,
        clause,
        title,
        form,
        copies,
        count,
        categories,
        required,
        valid,
        size,
        requirements,
        same_rules_as,
        rules,
        span,
    });
}

fn filling_rule(cx: &mut Checker, env: &Env, f: &Fields<'_>) -> FillingRule {
    let (id, span) = named(f);
    let text = f.required(&mut cx.problems, "text", pick!(Text));
    let plain = f.one(&mut cx.problems, pick!(Plain(t) => t.value.clone()));
    let date_format = f.one(&mut cx.problems, pick!(DateFormat(t) => t.value.clone()));
    let applies = applies(
        cx,
        env,
        f,
        CategoryRead::Not("a filling rule's `applies when`"),
    );
    let wording = Wording {
        text: text.map(|t| text_of(cx, t)).unwrap_or_default(),
        plain,
    };
    FillingRule {
        id,
        wording,
        date_format,
        applies,
        span,
    }
}

pub(super) fn form(cx: &mut Checker, reg: &mut Regulation, f: &Fields<'_>) {
    let (id, span) = named(f);
    let title = title(cx, f);
    let appendix = f.one(&mut cx.problems, pick!(Appendix(n) => *n));
    if let Some(n) = appendix
        && let Some(other) = reg.forms.iter().find(|o| o.appendix == Some(n))
    {
        cx.problems
            .push(messages::duplicate_appendix(n, other.span, span));
    }
    let notes = notes(f);
    let (sections, samples) = forms::form(cx, reg, f);
    reg.forms.push(Form {
        id,
        title,
        appendix,
        see: see(f),
        notes,
        sections,
        samples,
        span,
    });
}
