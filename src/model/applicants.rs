//! Who applies and what is known of them: statuses, kinds of application,
//! choices and facts, and the categories (with branches and grounds) and
//! representative rules built on them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ClauseNumber, ClauseText, Condition};
use crate::source::Span;

/// An applicant status (foreign citizen, stateless person).
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Status {
    /// Id.
    pub id: String,
    /// Name.
    pub title: String,
    /// Clauses that speak of it.
    pub see: Vec<ClauseNumber>,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// A kind of application.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct ApplicationKind {
    /// Id.
    pub id: String,
    /// Name.
    pub title: String,
    /// Id of the result it leads to.
    pub gives: Option<String>,
    /// Clauses that speak of it.
    pub see: Vec<ClauseNumber>,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// A set of options.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Choice {
    /// Id.
    pub id: String,
    /// The options.
    pub options: Vec<ChoiceOption>,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// One option of a choice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ChoiceOption {
    /// Id.
    pub id: String,
    /// Words.
    pub title: String,
}

/// A fact about the applicant.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Fact {
    /// Id.
    pub id: String,
    /// The question that asks for it.
    pub question: String,
    /// The question as asked of the one who answers for the applicant (a
    /// parent for a child: "How old is the person you represent?").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub representative_question: Option<String>,
    /// Its type.
    pub answer: FactType,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// The type of a fact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FactType {
    /// Yes or no.
    YesNo,
    /// A whole number, in a unit if it has one.
    Number {
        /// The unit, singular-insensitive (`years`).
        unit: Option<String>,
    },
    /// A date.
    Date,
    /// One option of a choice (or of the statuses / application kinds for the built-in facts).
    Choice {
        /// The choice's id, or `status` / `application`.
        choice: String,
    },
}

/// A group of categories: a numbered heading with its own words that
/// categories sit under ("2.1. Within the quota: ...").
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Group {
    /// Id.
    pub id: String,
    /// Clause, text, basis.
    #[serde(flatten)]
    pub clause: ClauseText,
    /// Its short plain name (`title`), drawn from its own text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The ids of the categories in it (`in group`), in the order of the text.
    pub categories: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// An applicant category.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Category {
    /// Id.
    pub id: String,
    /// Clause, text, basis.
    #[serde(flatten)]
    pub clause: ClauseText,
    /// Its short plain name (`title`), drawn from its own text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The id of the group it sits under (`in group`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Kinds of application it files.
    pub files: Vec<String>,
    /// When it applies (through its main text).
    pub applies: Option<Condition>,
    /// Parts of it, such as family members.
    pub branches: Vec<Branch>,
    /// Grounds, of which one must hold.
    pub grounds: Vec<Branch>,
    /// Where it is declared.
    pub span: Span,
}

/// A branch or a ground of a category.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Branch {
    /// Id.
    pub id: String,
    /// Clause, text, basis.
    #[serde(flatten)]
    pub clause: ClauseText,
    /// Its short plain name (`title`), drawn from its own text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// When it applies.
    pub applies: Option<Condition>,
    /// Where it is declared.
    pub span: Span,
}

/// When a legal representative applies.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Representative {
    /// Id.
    pub id: String,
    /// Clause, text, basis.
    #[serde(flatten)]
    pub clause: ClauseText,
    /// Categories or branches it concerns.
    pub categories: Vec<String>,
    /// When it applies.
    pub applies: Option<Condition>,
    /// Where it is declared.
    pub span: Span,
}
