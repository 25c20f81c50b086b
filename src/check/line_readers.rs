//! Lines many block kinds share: a title, notes, `see`, and the text of a
//! clause with its number and legal basis.

use super::Checker;
use super::conditions::{self, Env};
use super::fields::Fields;
use crate::diagnostics::messages;
use crate::model::*;
use crate::source::Span;
use crate::syntax::ast::{self, Block, BlockKind, FieldValue};

/// The block's id and the span it is reported at.
pub(super) fn named(f: &Fields<'_>) -> (String, Span) {
    let name = &f.block().name;
    (name.text.clone(), name.span)
}

pub(in crate::check) fn text_of(cx: &mut Checker, t: &ast::Text) -> String {
    if t.value.trim().is_empty() {
        cx.problems.push(messages::empty_text(t.span));
    }
    t.value.clone()
}

/// A line of text that must appear once; empty when it is missing (which
/// is reported).
pub(in crate::check) fn required_text<'a>(
    cx: &mut Checker,
    f: &Fields<'a>,
    keyword: &str,
    pick: impl Fn(&'a FieldValue) -> Option<&'a ast::Text>,
) -> String {
    f.required(&mut cx.problems, keyword, pick)
        .map(|t| text_of(cx, t))
        .unwrap_or_default()
}

pub(super) fn title(cx: &mut Checker, f: &Fields<'_>) -> String {
    required_text(cx, f, "title", pick!(Title))
}

pub(in crate::check) fn notes(f: &Fields<'_>) -> Vec<String> {
    f.many(pick!(Note(t) => t.value.clone()))
}

pub(in crate::check) fn see(f: &Fields<'_>) -> Vec<ClauseNumber> {
    f.many(pick!(See(refs) => refs.iter().map(clause_number).collect::<Vec<_>>()))
        .into_iter()
        .flatten()
        .collect()
}

/// The model's clause number for a syntax tree's.
pub(in crate::check) fn clause_number(c: &ast::ClauseRef) -> ClauseNumber {
    ClauseNumber {
        order: c.order,
        steps: c
            .steps
            .iter()
            .map(|&(main, inserted)| ClauseStep { main, inserted })
            .collect(),
    }
}

/// What a list may name: the kinds of block, and the words messages use for
/// them ("a category or branch").
pub(super) type Target = (&'static [BlockKind], &'static str);

/// Kinds of application, as `files` and `for application` name them.
pub(super) const APPLICATIONS: Target = (&[BlockKind::Application], "a kind of application");

/// The kinds a `for category` list or an expectation may name.
pub(in crate::check) const CATEGORY_KINDS: &[BlockKind] = &[BlockKind::Category, BlockKind::Branch];

/// Categories, their branches and groups of categories, as `for category`
/// names them (a group stands for the categories in it).
pub(super) const CATEGORIES: Target = (
    &[BlockKind::Category, BlockKind::Branch, BlockKind::Group],
    "a category, branch or group",
);

pub(super) fn ids(cx: &mut Checker, names: &[ast::Name], (kinds, what): Target) -> Vec<String> {
    names
        .iter()
        .filter_map(|n| cx.resolve(n, kinds, what))
        .collect()
}

/// A list line that must appear once, resolved to ids of `target`; empty
/// when it is missing (which is reported).
pub(super) fn required_ids<'a>(
    cx: &mut Checker,
    f: &Fields<'a>,
    keyword: &str,
    pick: impl Fn(&'a FieldValue) -> Option<&'a Vec<ast::Name>>,
    target: Target,
) -> Vec<String> {
    let names = f.required(&mut cx.problems, keyword, pick);
    ids(cx, names.map(Vec::as_slice).unwrap_or(&[]), target)
}

fn citation(cx: &mut Checker, c: &ast::Citation) -> Option<Citation> {
    let act = cx.resolve(&c.act, &[BlockKind::Act], "an act")?;
    Some(Citation {
        act,
        article: c.article.clone(),
        part: c.part.clone(),
        item: c.item.clone(),
        subitem: c.subitem.clone(),
        paragraph: c.paragraph.clone(),
    })
}

/// `clause`, `heading`, `text`, `plain`, `basis`, `see`, `note`.
pub(super) fn clause_text(cx: &mut Checker, f: &Fields<'_>, clause_required: bool) -> ClauseText {
    clause_text_with(cx, f, clause_required, true)
}

/// Like [`clause_text`], for blocks that may have no text of their own (a
/// term the source does not state has no clause to quote).
pub(super) fn clause_text_with(
    cx: &mut Checker,
    f: &Fields<'_>,
    clause_required: bool,
    text_required: bool,
) -> ClauseText {
    let clause = if clause_required {
        f.required(&mut cx.problems, "clause", pick!(Clause))
    } else {
        f.one(&mut cx.problems, pick!(Clause))
    };
    let heading = f.one(&mut cx.problems, pick!(Heading));
    let text = if text_required {
        f.required(&mut cx.problems, "text", pick!(Text))
    } else {
        f.one(&mut cx.problems, pick!(Text))
    };
    let plain = f.one(&mut cx.problems, pick!(Plain));
    let basis = f
        .many(pick!(Basis))
        .into_iter()
        .filter_map(|c| citation(cx, c))
        .collect();
    ClauseText {
        clause: clause.map(clause_number),
        heading: heading.map(|t| text_of(cx, t)),
        wording: Wording {
            text: text.map(|t| text_of(cx, t)).unwrap_or_default(),
            plain: plain.map(|t| text_of(cx, t)),
        },
        basis,
        see: see(f),
        notes: notes(f),
    }
}

pub(super) fn applies(
    cx: &mut Checker,
    env: &Env,
    f: &Fields<'_>,
    read: conditions::CategoryRead,
) -> Option<Condition> {
    let c = f.one(&mut cx.problems, pick!(Applies))?;
    conditions::check(cx, env, c, read)
}

/// Reports a line a block must have, at the block's first words.
pub(super) fn missing(cx: &mut Checker, b: &Block, keyword: &str) {
    cx.problems.push(messages::missing_field(
        b.kind.keyword(),
        &b.name.text,
        keyword,
        super::fields::head(b),
    ));
}
