//! Reading the lines of a block: each block kind says which lines it needs
//! and which may appear only once; the problems are the same for all kinds.

use crate::diagnostics::{Problem, messages};
use crate::syntax::ast::{Block, BlockKind, FieldValue};

/// The block's first words (`category born_in_rsfsr`): where a missing line
/// is reported, rather than under the whole block.
pub fn head(b: &Block) -> crate::source::Span {
    crate::source::Span {
        file: b.span.file,
        start: b.span.start,
        end: b.name.span.end.max(b.span.start),
    }
}

/// The lines of one block, read through the checker's problem list.
pub struct Fields<'a> {
    block: &'a Block,
}

impl<'a> Fields<'a> {
    /// Reads `block`'s lines.
    pub fn new(block: &'a Block) -> Self {
        Self { block }
    }

    /// The block being read.
    pub fn block(&self) -> &'a Block {
        self.block
    }

    /// The value of a line that may appear at most once.
    pub fn one<T>(
        &self,
        problems: &mut Vec<Problem>,
        pick: impl Fn(&'a FieldValue) -> Option<T>,
    ) -> Option<T> {
        let mut found: Option<(T, crate::source::Span)> = None;
        for field in &self.block.fields {
            if let Some(v) = pick(&field.value) {
                match &found {
                    None => found = Some((v, field.span)),
                    Some((_, first)) => problems.push(messages::repeated_field(
                        field.value.keyword(),
                        *first,
                        field.span,
                    )),
                }
            }
        }
        found.map(|(v, _)| v)
    }

    /// The value of a line that must appear exactly once.
    pub fn required<T>(
        &self,
        problems: &mut Vec<Problem>,
        keyword: &str,
        pick: impl Fn(&'a FieldValue) -> Option<T>,
    ) -> Option<T> {
        let v = self.one(problems, pick);
        if v.is_none() {
            problems.push(messages::missing_field(
                self.block.kind.keyword(),
                &self.block.name.text,
                keyword,
                head(self.block),
            ));
        }
        v
    }

    /// All values of a line that may repeat.
    pub fn many<T>(&self, pick: impl Fn(&'a FieldValue) -> Option<T>) -> Vec<T> {
        self.block
            .fields
            .iter()
            .filter_map(|f| pick(&f.value))
            .collect()
    }

    /// All values, with the span of each line.
    pub fn many_spanned<T>(
        &self,
        pick: impl Fn(&'a FieldValue) -> Option<T>,
    ) -> Vec<(T, crate::source::Span)> {
        self.block
            .fields
            .iter()
            .filter_map(|f| pick(&f.value).map(|v| (v, f.span)))
            .collect()
    }

    /// Nested blocks in force on the day checked. One an amendment inserts
    /// later or has repealed is no part of its parent that day (no branch,
    /// ground, field or filling rule without its text): it stays in the
    /// tree only to hold its id and number, which the time checker reads.
    pub fn nested(&self) -> impl Iterator<Item = &'a Block> {
        self.block.fields.iter().filter_map(|f| match &f.value {
            FieldValue::Nested(b) if b.kind != BlockKind::Dormant => Some(b),
            _ => None,
        })
    }
}
