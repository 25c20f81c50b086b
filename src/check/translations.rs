//! `title ru "..."`, `question ru "..."`: a title or question the source
//! also gives in another language. They are read once from the files (the
//! grammar admits them only where the line itself may stand), keyed by the
//! id of their block; a second translation of one line into one language
//! is an error (R1401), since a stand could show only one of them.

use std::collections::BTreeMap;

use crate::diagnostics::Problem;
use crate::diagnostics::messages::translation_twice;
use crate::model::Translation;
use crate::source::Span;
use crate::syntax::ast::{Block, FieldValue, File};

/// Every translation of `files`, in source order.
pub(super) fn collect(problems: &mut Vec<Problem>, files: &[File]) -> Vec<Translation> {
    let mut out = Vec::new();
    let mut seen: BTreeMap<(String, &'static str, String), Span> = BTreeMap::new();
    let mut stack: Vec<&Block> = files.iter().flat_map(|f| f.blocks.iter()).rev().collect();
    while let Some(block) = stack.pop() {
        let mut nested = Vec::new();
        for field in &block.fields {
            match &field.value {
                FieldValue::Nested(inner) => nested.push(inner),
                FieldValue::Translation { of, lang, text } => {
                    let key = (block.name.text.clone(), of.keyword(), lang.text.clone());
                    if let Some(first) = seen.get(&key) {
                        problems.push(translation_twice(
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
                        line: of.keyword().to_owned(),
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
