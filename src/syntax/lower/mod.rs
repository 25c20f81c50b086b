//! Lowering pest pairs to the syntax tree: files and blocks here, their
//! lines in `fields`, conditions in `conditions`, and the values lines are
//! made of in `values`.
//!
//! The grammar guarantees the shape of every pair it accepts, so a child
//! that is missing never happens; lowering fills in a blank rather than
//! panicking, as the crate's lints require.

mod conditions;
mod fields;
mod values;

use pest::iterators::Pair;

use super::Rule;
use super::ast::*;
use super::expected::is_keyword;
use crate::diagnostics::Problem;
use crate::source::Span;

/// Children that carry data (keywords dropped).
fn parts(pair: Pair<'_, Rule>) -> impl Iterator<Item = Pair<'_, Rule>> {
    pair.into_inner().filter(|p| !is_keyword(p.as_rule()))
}

/// A name where the tree has none (see the module's note).
fn blank_name(span: Span) -> Name {
    Name {
        text: String::new(),
        span,
    }
}

/// Builds one file's tree, collecting the problems found on the way.
pub(super) struct Builder {
    pub(super) file: u32,
    pub(super) problems: Vec<Problem>,
}

impl Builder {
    /// The pair's span without trailing blank space and comment lines:
    /// an optional part at the end of a rule (`copies 2 [when ...]`) makes
    /// pest's span run on to the next line.
    fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        let s = pair.as_span();
        let mut text = s.as_str().trim_end();
        while let Some((before, last)) = text.rsplit_once('\n') {
            if last.trim_start().starts_with('#') {
                text = before.trim_end();
            } else {
                break;
            }
        }
        Span::new(self.file, s.start(), s.start() + text.len())
    }

    pub(super) fn file(&mut self, pair: Pair<'_, Rule>) -> File {
        let mut file = File {
            file: self.file,
            includes: Vec::new(),
            blocks: Vec::new(),
        };
        for p in parts(pair) {
            match p.as_rule() {
                Rule::include => {
                    let span = self.span(&p);
                    if let Some(s) = parts(p).next() {
                        file.includes.push(Include {
                            path: self.text(s),
                            span,
                        });
                    }
                }
                Rule::EOI => {}
                _ => file.blocks.push(self.block(p)),
            }
        }
        file
    }

    fn block(&mut self, pair: Pair<'_, Rule>) -> Block {
        let kind = match pair.as_rule() {
            Rule::regulation => BlockKind::Regulation,
            Rule::amendment => BlockKind::Amendment,
            Rule::fee => BlockKind::Fee,
            Rule::calendar => BlockKind::Calendar,
            Rule::calendar_year => BlockKind::Year,
            Rule::part => BlockKind::Part,
            Rule::act => BlockKind::Act,
            Rule::definition => BlockKind::Definition,
            Rule::status => BlockKind::Status,
            Rule::application => BlockKind::Application,
            Rule::event => BlockKind::Event,
            Rule::choice => BlockKind::Choice,
            Rule::fact => BlockKind::Fact,
            Rule::category_group => BlockKind::Group,
            Rule::category => BlockKind::Category,
            Rule::branch => BlockKind::Branch,
            Rule::ground => BlockKind::Ground,
            Rule::representative => BlockKind::Representative,
            Rule::term => BlockKind::Term,
            Rule::limit => BlockKind::Limit,
            Rule::document => BlockKind::Document,
            Rule::filling_rule => BlockKind::Rule,
            Rule::form => BlockKind::Form,
            Rule::form_section => BlockKind::Section,
            Rule::form_field => BlockKind::FormField,
            Rule::form_sample => BlockKind::Sample,
            Rule::channel => BlockKind::Channel,
            Rule::duty => BlockKind::Duty,
            Rule::result => BlockKind::Result,
            Rule::omission => BlockKind::Omission,
            Rule::example => BlockKind::Example,
            _ => BlockKind::Provision,
        };
        let span = self.span(&pair);
        let mut inner = parts(pair);
        let name = self.name_or(inner.next(), span);
        let fields = inner.map(|p| self.field(p)).collect();
        Block {
            kind,
            name,
            fields,
            span,
        }
    }

    fn name(&self, pair: &Pair<'_, Rule>) -> Name {
        Name {
            text: pair.as_str().to_owned(),
            span: self.span(pair),
        }
    }

    /// The name `pair` holds, or a blank one at `span`.
    fn name_or(&self, pair: Option<Pair<'_, Rule>>, span: Span) -> Name {
        pair.map_or_else(|| blank_name(span), |p| self.name(&p))
    }

    fn names(&self, pair: Pair<'_, Rule>) -> Vec<Name> {
        parts(pair).map(|p| self.name(&p)).collect()
    }
}
