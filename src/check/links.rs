//! Links in Markdown text: `term:`, `clause:` and `act:` targets must exist.

use std::collections::BTreeSet;

use pulldown_cmark::{Event, Parser, Tag};

use super::Checker;
use crate::diagnostics::messages;
use crate::model::{ClauseNumber, Regulation};
use crate::source::{Sources, Span};
use crate::syntax::ast::{Block, FieldValue, Text};

pub(super) fn check(cx: &mut Checker, reg: &Regulation, blocks: &[&Block], sources: &Sources) {
    let clauses: BTreeSet<ClauseNumber> = clause_set(blocks);
    let definitions: BTreeSet<&str> = reg.definitions.iter().map(|d| d.id.as_str()).collect();
    let acts: BTreeSet<&str> = reg.acts.iter().map(|a| a.id.as_str()).collect();
    let mut texts: Vec<&Text> = Vec::new();
    for b in blocks {
        texts_of(b, &mut texts);
    }
    for text in texts {
        for target in link_targets(&text.value) {
            let ok = if let Some(id) = target.strip_prefix("term:") {
                definitions.contains(id)
            } else if let Some(n) = target.strip_prefix("clause:") {
                ClauseNumber::parse(n).is_some_and(|n| clauses.contains(&n))
            } else if let Some(id) = target.strip_prefix("act:") {
                let found = acts.contains(id);
                if found {
                    cx.used.insert(id.to_owned());
                }
                found
            } else {
                true
            };
            if !ok {
                let suggestion = if let Some(id) = target.strip_prefix("term:") {
                    closest(id, &definitions).map(|s| format!("term:{s}"))
                } else if let Some(id) = target.strip_prefix("act:") {
                    closest(id, &acts).map(|s| format!("act:{s}"))
                } else {
                    None
                };
                let span = link_span(sources, text.span, &target);
                cx.problems
                    .push(messages::broken_link(&target, span, suggestion.as_deref()));
            }
        }
    }
}

/// The destinations of the links in a Markdown text.
pub fn link_targets(markdown: &str) -> Vec<String> {
    Parser::new(markdown)
        .filter_map(|e| match e {
            Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.to_string()),
            _ => None,
        })
        .collect()
}

fn clause_set(blocks: &[&Block]) -> BTreeSet<ClauseNumber> {
    fn walk(b: &Block, out: &mut BTreeSet<ClauseNumber>) {
        for f in &b.fields {
            match &f.value {
                FieldValue::Clause(c) => {
                    out.insert(super::line_readers::clause_number(c));
                }
                FieldValue::Nested(inner) => walk(inner, out),
                _ => {}
            }
        }
    }
    let mut out = BTreeSet::new();
    for b in blocks {
        walk(b, &mut out);
    }
    out
}

fn texts_of<'a>(b: &'a Block, out: &mut Vec<&'a Text>) {
    for f in &b.fields {
        match &f.value {
            // A `text` is quoted law, shown as written: a `[...](...)` in it is
            // the law's own characters, not a link.
            FieldValue::Plain(t) | FieldValue::Note(t) => out.push(t),
            FieldValue::Nested(inner) => texts_of(inner, out),
            _ => {}
        }
    }
}

/// The place of `(target)` inside a text's source, or the whole text if it
/// cannot be found (an escape inside the link, say).
fn link_span(sources: &Sources, text: Span, target: &str) -> Span {
    let raw = sources.slice(text);
    match raw.find(&format!("({target})")) {
        Some(at) => {
            let start = text.start as usize + at + 1;
            Span::new(text.file, start, start + target.len())
        }
        None => text,
    }
}

fn closest<'a>(name: &str, ids: &BTreeSet<&'a str>) -> Option<&'a str> {
    crate::diagnostics::suggest::closest(name, ids.iter().copied())
}
