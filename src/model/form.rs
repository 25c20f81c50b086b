//! Application forms: numbered sections of fields, the samples that show
//! them filled in, and the rules filled-in data must keep.
//!
//! The rules (in `validate`) live beside the types because two stages
//! apply them: the checker to the samples kept in the sources, and
//! `reglament fill` to an applicant's JSON. A sample is turned into the
//! same JSON an applicant gives ([`FormSample::data`]), so both go through
//! [`Form::validate`].

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use unicode_segmentation::UnicodeSegmentation;

use super::{ChoiceOption, ClauseNumber, Condition, Form};
use crate::source::Span;

mod validate;

pub use validate::{Expected, Fault, Violation, dates_hold, holds, parse_date, path_of, validate};

/// Boxes printed on one row of a form (5 mm each across the A4 text width);
/// a longer field continues on the next row.
pub const BOXES_PER_ROW: u32 = 35;

/// The most boxes one field may have: five rows.
pub const MAX_BOXES: u32 = BOXES_PER_ROW * 5;

/// A numbered section of a form.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct FormSection {
    /// Id, unique within the form.
    pub id: String,
    /// Its number, from 1, in the order written.
    pub number: u32,
    /// The heading printed above it.
    pub title: String,
    /// A hint printed under the heading.
    pub help: Option<String>,
    /// When the section is filled in, over the form's own yes/no and choice
    /// fields; `None`: always. Its required fields are required only then.
    pub applies: Option<Condition>,
    /// Clauses it carries out.
    pub see: Vec<ClauseNumber>,
    /// Its fields, in order.
    pub fields: Vec<FormField>,
    /// Editor's notes (not printed).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// One field of a form.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct FormField {
    /// Id, unique within the form: the key of the field in filled-in data.
    pub id: String,
    /// Its number within its section, from 1.
    pub number: u32,
    /// What the form prints above it.
    pub label: String,
    /// What it holds.
    pub answer: FieldKind,
    /// Must it be filled in?
    pub required: bool,
    /// A hint printed with it.
    pub help: Option<String>,
    /// Clauses it carries out.
    pub see: Vec<ClauseNumber>,
    /// Editor's notes (not printed).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// What a field holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FieldKind {
    /// Text written one character to a box.
    Boxes {
        /// How many boxes.
        boxes: u32,
    },
    /// A date, in boxes DD.MM.YYYY.
    Date,
    /// Two checkboxes, yes and no.
    YesNo,
    /// One checkbox per option of a choice; one is ticked.
    Choice {
        /// The choice's id.
        choice: String,
        /// Its options, copied so that a form is complete on its own.
        options: Vec<ChoiceOption>,
    },
    /// A line signed by hand and the date of signing (the date may be filled in).
    Signature,
}

/// Invented data that shows a form filled in (item 11.3's "models of filling").
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct FormSample {
    /// Id, unique within the form.
    pub id: String,
    /// What the sample shows.
    pub title: Option<String>,
    /// The values, in the order written.
    pub values: Vec<SampleValue>,
    /// Where it is declared.
    pub span: Span,
}

/// One `fill` line of a sample.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct SampleValue {
    /// The field's id.
    pub field: String,
    /// What is written in it.
    pub value: FilledValue,
    /// Where.
    pub span: Span,
}

/// A value written in a field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum FilledValue {
    /// Text.
    Text(String),
    /// A date.
    Date(Date),
    /// Yes or no.
    YesNo(bool),
    /// An option id.
    Option(String),
}

impl FilledValue {
    /// The value as filled-in data has it: dates written DD.MM.YYYY.
    pub fn to_json(&self) -> Json {
        match self {
            FilledValue::Text(t) | FilledValue::Option(t) => Json::String(t.clone()),
            FilledValue::Date(d) => Json::String(crate::deadline::dmy(*d)),
            FilledValue::YesNo(b) => Json::Bool(*b),
        }
    }
}

impl FormSample {
    /// The sample as the JSON `reglament fill` reads: `{"surname": "...", ...}`.
    pub fn data(&self) -> Json {
        let mut map = serde_json::Map::new();
        for v in &self.values {
            map.insert(v.field.clone(), v.value.to_json());
        }
        Json::Object(map)
    }
}

/// The filling rule that prescribes how dates are written, with the
/// document (and so the clause) it belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DateRule {
    /// The document whose rule it is.
    pub document: String,
    /// That document's clause (`26.1`).
    pub clause: Option<ClauseNumber>,
    /// The rule's id.
    pub rule: String,
    /// The format it prescribes (`DD.MM.YYYY`).
    pub format: String,
    /// The rule's quoted wording.
    pub wording: String,
}

impl Form {
    /// Every field with its section, in order.
    pub fn fields(&self) -> impl Iterator<Item = (&FormSection, &FormField)> {
        self.sections
            .iter()
            .flat_map(|s| s.fields.iter().map(move |f| (s, f)))
    }

    /// The field with this id.
    pub fn field(&self, id: &str) -> Option<&FormField> {
        self.fields().map(|(_, f)| f).find(|f| f.id == id)
    }

    /// Every rule `data` breaks: see [`validate`].
    pub fn validate(&self, data: &Json, printable: &dyn Fn(char) -> bool) -> Vec<Violation> {
        validate(&self.sections, data, printable)
    }
}

/// The characters of a text as a reader sees them, one per box: an accented
/// letter written as a letter and a combining mark takes one box, not two.
pub fn cells(text: &str) -> Vec<&str> {
    text.graphemes(true).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_box_holds_a_character_as_a_reader_sees_it() {
        assert_eq!(cells("ЁЖ"), vec!["Ё", "Ж"]);
        // "й" written as "и" and a combining breve is still one box.
        assert_eq!(cells("и\u{306}").len(), 1);
        assert_eq!(cells("").len(), 0);
    }
}
