//! The syntax tree: what a file says, with spans, before any checking.
//!
//! Every block has the same shape (a keyword, a name, lines), so the
//! checker can treat "missing line" and "line given twice" uniformly.
//!
//! This file has the tree's frame (files, blocks, lines) and the words
//! and strings every part is made of; `condition.rs` has conditions and
//! the values they compare, `line.rs` what each kind of line says.

mod condition;
mod line;

use serde::Serialize;

use crate::source::Span;

pub use condition::{Comparator, Condition, Value};
pub use line::{
    AnswerType, Citation, ClauseRef, Expectation, FieldValue, FillValue, FormAnswer, TranslatedLine,
};

/// A parsed file.
#[derive(Clone, Debug, Serialize)]
pub struct File {
    /// Index of the file in the run's sources.
    pub file: u32,
    /// `include` lines.
    pub includes: Vec<Include>,
    /// Top-level blocks in file order.
    pub blocks: Vec<Block>,
}

/// `include "path"`.
#[derive(Clone, Debug, Serialize)]
pub struct Include {
    /// The path as written.
    pub path: Text,
    /// The whole line.
    pub span: Span,
}

/// A word with its place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Name {
    /// The word.
    pub text: String,
    /// Where it is.
    pub span: Span,
}

/// A string from the source, with escapes resolved and long strings dedented.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Text {
    /// The text.
    pub value: String,
    /// Where it is, quotes included.
    pub span: Span,
}

/// What kind of block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum BlockKind {
    Regulation,
    Amendment,
    Fee,
    /// An element not in force on the day a regulation is checked as of:
    /// it keeps its id, and its clause number when it was repealed.
    Dormant,
    Calendar,
    Year,
    Part,
    Act,
    Definition,
    Status,
    Application,
    Event,
    Choice,
    Fact,
    /// A numbered heading categories sit under (`group`).
    Group,
    Category,
    Branch,
    Ground,
    Representative,
    Term,
    Limit,
    Document,
    Rule,
    Form,
    Section,
    FormField,
    Sample,
    Channel,
    Duty,
    Result,
    Provision,
    Omission,
    Example,
}

impl BlockKind {
    /// The keyword that opens the block.
    pub fn keyword(self) -> &'static str {
        match self {
            BlockKind::Regulation => "regulation",
            BlockKind::Amendment => "amendment",
            BlockKind::Fee => "fee",
            BlockKind::Dormant => "element not in force",
            BlockKind::Calendar => "calendar",
            BlockKind::Year => "year",
            BlockKind::Part => "part",
            BlockKind::Act => "act",
            BlockKind::Definition => "definition",
            BlockKind::Status => "status",
            BlockKind::Application => "application",
            BlockKind::Event => "event",
            BlockKind::Choice => "choice",
            BlockKind::Fact => "fact",
            BlockKind::Group => "group",
            BlockKind::Category => "category",
            BlockKind::Branch => "branch",
            BlockKind::Ground => "ground",
            BlockKind::Representative => "representative",
            BlockKind::Term => "term",
            BlockKind::Limit => "limit",
            BlockKind::Document => "document",
            BlockKind::Rule => "rule",
            BlockKind::Form => "form",
            BlockKind::Section => "section",
            BlockKind::FormField => "field",
            BlockKind::Sample => "sample",
            BlockKind::Channel => "channel",
            BlockKind::Duty => "duty",
            BlockKind::Result => "result",
            BlockKind::Provision => "provision",
            BlockKind::Omission => "omission",
            BlockKind::Example => "example",
        }
    }
}

/// `keyword name ... end`.
#[derive(Clone, Debug, Serialize)]
pub struct Block {
    /// Which block.
    pub kind: BlockKind,
    /// Its id (for `year`, the year's digits).
    pub name: Name,
    /// Its lines, in order.
    pub fields: Vec<Field>,
    /// From the keyword to `end`.
    pub span: Span,
}

/// One line of a block.
#[derive(Clone, Debug, Serialize)]
pub struct Field {
    /// What the line says.
    pub value: FieldValue,
    /// The whole line.
    pub span: Span,
}

/// A number with its unit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Quantity {
    /// The number.
    pub amount: u32,
    /// The unit as written (`years`, `working days`).
    pub unit: Name,
    /// Where.
    pub span: Span,
}
