//! The `regulation` block: there must be exactly one, in the main file, and
//! its lines name the regulation as a whole.

use super::super::Checker;
use super::super::fields::Fields;
use super::super::line_readers::{notes, title};
use crate::diagnostics::messages;
use crate::model::*;
use crate::source::{Sources, Span};
use crate::syntax::ast::{self, Block, BlockKind};

/// The `regulation` blocks, reporting a second one, one in an included
/// file, and none where the files have content.
pub(super) fn blocks<'b>(
    cx: &mut Checker,
    blocks: &[&'b Block],
    files: &[ast::File],
    sources: &Sources,
) -> Vec<&'b Block> {
    let main_file = files.last().map(|f| f.file);
    let regulation_blocks: Vec<&Block> = blocks
        .iter()
        .copied()
        .filter(|b| b.kind == BlockKind::Regulation)
        .collect();
    for extra in regulation_blocks.iter().skip(1) {
        if let Some(first) = regulation_blocks.first() {
            cx.problems
                .push(messages::regulation_twice(first.name.span, extra.name.span));
        }
    }
    for b in &regulation_blocks {
        if Some(b.span.file) != main_file {
            cx.problems
                .push(messages::regulation_in_include(b.name.span));
        }
    }
    let has_content = blocks
        .iter()
        .any(|b| !matches!(b.kind, BlockKind::Regulation | BlockKind::Calendar));
    if regulation_blocks.is_empty() && has_content {
        let file = main_file.unwrap_or(0);
        let path = sources
            .get(file)
            .map(|f| f.path.clone())
            .unwrap_or_default();
        cx.problems
            .push(messages::regulation_missing(&path, Span::new(file, 0, 0)));
    }
    regulation_blocks
}

/// The model before any block is read: only the source files.
pub(super) fn empty(sources: &Sources) -> Regulation {
    Regulation {
        id: String::new(),
        translations: vec![],
        title: String::new(),
        order: None,
        registration: None,
        amended: None,
        service: None,
        provider: None,
        language: None,
        source: None,
        calendar: None,
        notes: vec![],
        as_of: None,
        amendments: vec![],
        versions: vec![],
        history: vec![],
        contents: vec![],
        parts: vec![],
        acts: vec![],
        definitions: vec![],
        statuses: vec![],
        applications: vec![],
        events: vec![],
        choices: vec![],
        facts: vec![],
        groups: vec![],
        categories: vec![],
        representatives: vec![],
        terms: vec![],
        limits: vec![],
        fees: vec![],
        documents: vec![],
        forms: vec![],
        channels: vec![],
        duties: vec![],
        results: vec![],
        provisions: vec![],
        omissions: vec![],
        examples: vec![],
        calendars: vec![],
        files: sources.files().iter().map(|f| f.path.clone()).collect(),
    }
}

/// The regulation's own lines, read after every element they may name.
pub(super) fn identity(cx: &mut Checker, reg: &mut Regulation, block: &Block) {
    let f = Fields::new(block);
    reg.id = block.name.text.clone();
    reg.notes = notes(&f);
    reg.title = title(cx, &f);
    let enactment = |number: &ast::Text, date: jiff::civil::Date, by: &ast::Text| Enactment {
        number: number.value.clone(),
        date,
        by: by.value.clone(),
    };
    reg.order = f.one(
        &mut cx.problems,
        pick!(Order { number, date, by, .. } => enactment(number, *date, by)),
    );
    reg.registration = f.one(
        &mut cx.problems,
        pick!(Registered { number, date, by, .. } => enactment(number, *date, by)),
    );
    reg.amended = f.one(&mut cx.problems, pick!(Amended(d) => *d));
    let clause_kinds = [BlockKind::Provision, BlockKind::Result];
    reg.service = f
        .one(&mut cx.problems, pick!(Service))
        .and_then(|n| cx.resolve(n, &clause_kinds, "a provision"));
    reg.provider = f
        .one(&mut cx.problems, pick!(Provider))
        .and_then(|n| cx.resolve(n, &clause_kinds, "a provision"));
    reg.language = f.one(&mut cx.problems, pick!(Language(n) => n.text.clone()));
    reg.source = f.one(&mut cx.problems, pick!(Source(t) => t.value.clone()));
    reg.calendar = f
        .one(&mut cx.problems, pick!(Calendar))
        .and_then(|n| cx.resolve(n, &[BlockKind::Calendar], "a calendar"));
}
