//! `title ru "..."`, `question ru "..."`, `question for representative ru
//! "..."`, `option spouse ru "..."`: a title, question or option the source
//! also gives in another language. They are read once from the files (the
//! grammar admits them only where the line itself may stand), keyed by the
//! id of their block and the line; a second translation of one line into
//! one language is an error (R1401), since a stand could show only one of
//! them, and so is a translation of an option its choice does not list
//! (R1402), which no stand would ever show.

use std::collections::BTreeMap;

use crate::diagnostics::Problem;
use crate::diagnostics::messages::{translation_twice, unknown_translated_option};
use crate::diagnostics::suggest::closest;
use crate::model::Translation;
use crate::source::Span;
use crate::syntax::ast::{Block, FieldValue, File, TranslatedLine};

/// Every translation of `files`, in source order.
pub(super) fn collect(problems: &mut Vec<Problem>, files: &[File]) -> Vec<Translation> {
    let mut out = Vec::new();
    let mut seen: BTreeMap<(String, String, String), Span> = BTreeMap::new();
    let mut stack: Vec<&Block> = files.iter().flat_map(|f| f.blocks.iter()).rev().collect();
    while let Some(block) = stack.pop() {
        let mut nested = Vec::new();
        for field in &block.fields {
            match &field.value {
                FieldValue::Nested(inner) => nested.push(inner),
                FieldValue::Translation { of, lang, text } => {
                    if let TranslatedLine::Option(name) = of
                        && !lists_option(block, &name.text)
                    {
                        problems.push(unknown_translated_option(
                            &name.text,
                            &block.name.text,
                            closest(&name.text, listed_options(block)),
                            name.span,
                        ));
                        continue;
                    }
                    let key = (block.name.text.clone(), of.line(), lang.text.clone());
                    if let Some(first) = seen.get(&key) {
                        problems.push(translation_twice(
                            &of.line(),
                            of.keyword(),
                            &lang.text,
                            *first,
                            field.span,
                        ));
                        continue;
                    }
                    seen.insert(key, field.span);
                    out.push(Translation {
                        id: block.name.text.clone(),
                        line: of.line(),
                        lang: lang.text.clone(),
                        text: text.value.clone(),
                    });
                }
                _ => {}
            }
        }
        stack.extend(nested.into_iter().rev());
    }
    out
}

/// The options the choice `block` lists (in its own language).
fn listed_options(block: &Block) -> impl Iterator<Item = &str> {
    block.fields.iter().filter_map(|f| match &f.value {
        FieldValue::Option { name, .. } => Some(name.text.as_str()),
        _ => None,
    })
}

/// Does the choice `block` list an option `id`?
fn lists_option(block: &Block, id: &str) -> bool {
    listed_options(block).any(|o| o == id)
}
