//! The regulation's text: the wording and legal basis every clause has,
//! parts, acts and definitions, information duties, other provisions, and
//! what the source leaves out.

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ClauseNumber;
use crate::source::Span;

/// The source's words, quoted, with an optional clarified wording.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
pub struct Wording {
    /// The regulation's words exactly as written. Not Markdown: a blank
    /// line separates paragraphs, and every other character is the law's.
    pub text: String,
    /// A clarified wording for display (Markdown), kept apart from the quote.
    pub plain: Option<String>,
}

/// A citation of an act.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
pub struct Citation {
    /// The act's id.
    pub act: String,
    /// Article numbers.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub article: Vec<String>,
    /// Part numbers.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub part: Vec<String>,
    /// Item numbers.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub item: Vec<String>,
    /// Subitem numbers.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub subitem: Vec<String>,
    /// Paragraph numbers.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub paragraph: Vec<String>,
}

impl Citation {
    /// "subitem 1 of item 2 of article 8", smallest division first, as Russian citations read.
    pub fn divisions(&self) -> String {
        let mut out = Vec::new();
        for (word, list) in [
            ("paragraph", &self.paragraph),
            ("subitem", &self.subitem),
            ("item", &self.item),
            ("part", &self.part),
            ("article", &self.article),
        ] {
            if !list.is_empty() {
                let word = if list.len() > 1 {
                    format!("{word}s")
                } else {
                    word.to_owned()
                };
                out.push(format!("{word} {}", join_and(list)));
            }
        }
        out.join(" of ")
    }
}

fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Text shared by every block that is a clause.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct ClauseText {
    /// Its number.
    pub clause: Option<ClauseNumber>,
    /// The heading printed above it.
    pub heading: Option<String>,
    /// Its wording.
    pub wording: Wording,
    /// Its legal basis.
    pub basis: Vec<Citation>,
    /// Clauses it refers to.
    pub see: Vec<ClauseNumber>,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
}

/// A part (chapter) of the text.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Part {
    /// Id.
    pub id: String,
    /// Number as printed (`II`).
    pub number: Option<String>,
    /// Title.
    pub title: String,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// A legal act.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Act {
    /// Id.
    pub id: String,
    /// Full title.
    pub title: String,
    /// Number (`115-FZ`).
    pub number: Option<String>,
    /// Date of adoption.
    pub dated: Option<Date>,
    /// Short name used after the first mention.
    pub called: Option<String>,
    /// Where it was published.
    pub published: Option<String>,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// A defined term.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Definition {
    /// Id.
    pub id: String,
    /// The words defined.
    pub phrase: String,
    /// The definition's wording, if quoted.
    pub wording: Option<Wording>,
    /// Clauses where it is defined.
    pub see: Vec<ClauseNumber>,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// Where information is given.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Channel {
    /// Id.
    pub id: String,
    /// Name.
    pub title: String,
    /// Clauses that name it.
    pub see: Vec<ClauseNumber>,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// Information that must be published on some channels.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Duty {
    /// Id.
    pub id: String,
    /// Clause, text, basis.
    #[serde(flatten)]
    pub clause: ClauseText,
    /// Channel ids.
    pub channels: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// Any other clause (and the results of item 22).
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Provision {
    /// Id.
    pub id: String,
    /// Clause, text, basis.
    #[serde(flatten)]
    pub clause: ClauseText,
    /// Where it is declared.
    pub span: Span,
}

/// Text the source does not give.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Omission {
    /// Id.
    pub id: String,
    /// The clause after which the text is missing.
    pub after: ClauseNumber,
    /// What is missing.
    pub text: String,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}
