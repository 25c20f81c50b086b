//! Documents the applicant brings: how many, when, of what size, the rules
//! for filling them in, and the forms they are filled in on.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ClauseNumber, ClauseText, Condition, FormSample, FormSection, Wording};
use crate::source::Span;

/// A number of copies or items, possibly depending on a condition.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Amount {
    /// How many.
    pub amount: u32,
    /// Only for these categories and branches (`for category`, a group
    /// read as its categories, a category covering its branches); `None`:
    /// whatever the category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<String>>,
    /// When this number applies; `None` (and no `categories`) for the default.
    pub when: Option<Condition>,
}

/// A document the applicant brings.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Document {
    /// Id.
    pub id: String,
    /// Clause, text, basis.
    #[serde(flatten)]
    pub clause: ClauseText,
    /// Its short plain name (`title`), drawn from its own text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Id of the form it is filled on.
    pub form: Option<String>,
    /// Copies (the first whose condition holds; the default last).
    pub copies: Vec<Amount>,
    /// Count of items (photos), likewise.
    pub count: Vec<Amount>,
    /// The categories and branches it is required of (`for category`, a
    /// group's id read as the categories in it; a category's id covers its
    /// branches); `None`: whatever the category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<String>>,
    /// When it is required; `None`: always.
    pub required: Option<Condition>,
    /// `valid when`: the window the document's dates must fall in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid: Option<Validity>,
    /// Physical size.
    pub size: Option<Size>,
    /// Other physical requirements.
    pub requirements: Vec<String>,
    /// Documents whose filling rules also apply.
    pub same_rules_as: Vec<String>,
    /// Filling rules.
    pub rules: Vec<FillingRule>,
    /// Where it is declared.
    pub span: Span,
}

/// A document's validity window: a condition on dates, and the same in a
/// plain sentence for readers of the stand.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Validity {
    /// The condition, over date facts and events.
    pub condition: Condition,
    /// "Valid only if ...", in words.
    pub words: String,
}

/// A physical size.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Size {
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
    /// Unit (`mm`).
    pub unit: String,
}

/// A rule for filling in a document.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct FillingRule {
    /// Id.
    pub id: String,
    /// Wording.
    pub wording: Wording,
    /// Date format the rule prescribes.
    pub date_format: Option<String>,
    /// When the rule applies.
    pub applies: Option<Condition>,
    /// Where it is declared.
    pub span: Span,
}

/// An application form.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Form {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Appendix number.
    pub appendix: Option<u32>,
    /// Clauses that name it.
    pub see: Vec<ClauseNumber>,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Its sections of fields, numbered in order; empty when the form's
    /// layout is not modelled (nothing is printed for it).
    #[serde(default)]
    pub sections: Vec<FormSection>,
    /// Invented data showing it filled in.
    #[serde(default)]
    pub samples: Vec<FormSample>,
    /// Where it is declared.
    pub span: Span,
}
