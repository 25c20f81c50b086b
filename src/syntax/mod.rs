//! Stage 1: source text to syntax tree.
//!
//! [`parse`] runs the pest grammar (`grammar/*.pest`) and turns its
//! pairs into the [`ast`] types. Nothing after this module sees pest.

pub mod ast;
mod depth;
mod errors;
pub mod expected;
pub mod lines;
mod lower;

use pest::Parser as _;

use crate::diagnostics::{Problem, messages};
use ast::File;
use errors::syntax_problem;
use lower::Builder;

pub use depth::MAX_NESTING;
pub use grammar::{RglParser, Rule};

#[allow(missing_docs)]
mod grammar {
    /// The pest parser generated from the grammar's three files.
    #[derive(pest_derive::Parser)]
    #[grammar = "../grammar/regulation.pest"]
    #[grammar = "../grammar/keywords.pest"]
    #[grammar = "../grammar/blocks.pest"]
    pub struct RglParser;
}

/// The grammar's files, each path (from the crate's root) with its text,
/// in the order pest reads them as one grammar. For whatever reads the
/// grammar's own words: the language server's keywords, and the tests that
/// hold the editors' highlighting and the language reference to them.
pub const GRAMMAR_FILES: [(&str, &str); 3] = [
    (
        "grammar/regulation.pest",
        include_str!("../../grammar/regulation.pest"),
    ),
    (
        "grammar/keywords.pest",
        include_str!("../../grammar/keywords.pest"),
    ),
    (
        "grammar/blocks.pest",
        include_str!("../../grammar/blocks.pest"),
    ),
];

/// Parses one file's text. `file` is its index in the run's sources.
///
/// Returns the tree (when the grammar accepted the text) and the problems
/// found while building it; a syntax error gives no tree and one problem.
///
/// Text whose brackets and `not`s nest deeper than [`MAX_NESTING`] is not
/// parsed at all: it gives one problem and no tree.
pub fn parse(text: &str, file: u32) -> (Option<File>, Vec<Problem>) {
    let (tree, problems, ()) = parse_also(text, file, |_| ());
    (tree, problems)
}

/// [`parse`], also handing pest's parse of the whole file (when the grammar
/// accepted it) to `also`, for a tool that reads the parse itself (the
/// language server's index), so that the text is parsed once.
pub fn parse_also<T: Default>(
    text: &str,
    file: u32,
    also: impl FnOnce(pest::iterators::Pair<'_, Rule>) -> T,
) -> (Option<File>, Vec<Problem>, T) {
    if let Some((start, end)) = depth::too_deep(text) {
        let span = crate::source::Span::new(file, start, end);
        let problems = vec![messages::nesting_too_deep(span, MAX_NESTING)];
        return (None, problems, T::default());
    }
    match RglParser::parse(Rule::file, text) {
        Ok(mut pairs) => {
            let mut builder = Builder {
                file,
                problems: Vec::new(),
            };
            let pair = pairs.next();
            let extra = pair.clone().map(also).unwrap_or_default();
            let tree = pair.map(|pair| builder.file(pair));
            (tree, builder.problems, extra)
        }
        Err(error) => (None, vec![syntax_problem(text, file, &error)], T::default()),
    }
}

/// Parses text as one rule; for grammar tests.
#[doc(hidden)]
pub fn parses_as(start: Rule, text: &str) -> bool {
    RglParser::parse(start, text).is_ok_and(|mut p| p.next().is_some_and(|p| p.as_str() == text))
}
