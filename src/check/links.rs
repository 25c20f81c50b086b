//! Links in Markdown text: `term:`, `clause:` and `act:` targets must exist.

use std::collections::BTreeSet;

use pulldown_cmark::{Event, Parser, Tag};

use super::Checker;
use crate::diagnostics::messages;
use crate::model::{ClauseNumber, Regulation};
use crate::syntax::ast::{Block, FieldValue, Text};

pub(super) fn check(cx: &mut Checker, reg: &Regulation, blocks: &[&Block]) {
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
                cx.problems.push(messages::broken_link(&target, text.span));
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
                    out.insert(super::elements::clause_number(c));
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
            FieldValue::Text(t) | FieldValue::Plain(t) | FieldValue::Note(t) => out.push(t),
            FieldValue::Nested(inner) => texts_of(inner, out),
            _ => {}
        }
    }
}
