//! Application forms: numbered sections of fields, the samples that show
//! them filled in, and the rules filled-in data must keep.
//!
//! The rules live here, beside the types, because two stages apply them:
//! the checker to the samples kept in the sources, and `reglament fill` to
//! an applicant's JSON. A sample is turned into the same JSON an applicant
//! gives ([`FormSample::data`]), so both go through [`Form::validate`].

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use unicode_segmentation::UnicodeSegmentation;

use super::{ChoiceOption, ClauseNumber, Condition, Form, Operator, Value};
use crate::source::Span;

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
            FilledValue::Date(d) => Json::String(format_date(*d)),
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

/// One problem of filled-in data: where (a JSON path) and which rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Violation {
    /// `$.birth_date`, or `$` for the whole.
    pub path: String,
    /// The field concerned, if any.
    pub field: Option<String>,
    /// What is wrong.
    pub fault: Fault,
}

/// What is wrong with a value. The wording is in `diagnostics::messages::forms`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "fault", rename_all = "snake_case")]
pub enum Fault {
    /// The data is not a JSON object.
    NotAnObject,
    /// A key that is not a field of the form.
    UnknownField {
        /// A field id close to it.
        suggestion: Option<String>,
    },
    /// A required field left empty.
    Missing,
    /// A value of the wrong JSON type.
    WrongType {
        /// What the field holds.
        expected: Expected,
    },
    /// A date not written DD.MM.YYYY.
    DateFormat {
        /// As given.
        found: String,
    },
    /// DD.MM.YYYY, but no such day.
    NoSuchDate {
        /// As given.
        found: String,
    },
    /// An option the field's choice does not have.
    NotAnOption {
        /// As given.
        found: String,
        /// The option ids.
        allowed: Vec<String>,
    },
    /// More characters than boxes.
    TooLong {
        /// Boxes the field has.
        boxes: u32,
        /// Characters given.
        length: usize,
    },
    /// A character that cannot be printed in a box.
    Unprintable {
        /// The character.
        character: char,
    },
}

/// What a field holds, for "expected ..." messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Expected {
    /// A JSON string.
    Text,
    /// A JSON string written DD.MM.YYYY.
    Date,
    /// `true` or `false`.
    YesNo,
    /// A JSON string naming an option.
    Option,
}

impl Fault {
    /// The rule broken, as a stable word for tools.
    pub fn rule(&self) -> &'static str {
        match self {
            Fault::NotAnObject => "object",
            Fault::UnknownField { .. } => "known_field",
            Fault::Missing => "required",
            Fault::WrongType { .. } => "type",
            Fault::DateFormat { .. } => "date_format",
            Fault::NoSuchDate { .. } => "real_date",
            Fault::NotAnOption { .. } => "choice",
            Fault::TooLong { .. } => "fits_boxes",
            Fault::Unprintable { .. } => "printable",
        }
    }
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

/// Every rule `data` breaks, in the order of the form's fields, then keys
/// the form does not have. `printable` says whether a character can be
/// printed (the fonts have it); characters that print as nothing (controls,
/// invisible formatting) are never accepted.
pub fn validate(
    sections: &[FormSection],
    data: &Json,
    printable: &dyn Fn(char) -> bool,
) -> Vec<Violation> {
    let Some(object) = data.as_object() else {
        return vec![Violation {
            path: "$".to_owned(),
            field: None,
            fault: Fault::NotAnObject,
        }];
    };
    let fields = || sections.iter().flat_map(|s| s.fields.iter());
    let mut out = Vec::new();
    for section in sections {
        // A condition that cannot be told (its field left empty) does not hold.
        let applies = section
            .applies
            .as_ref()
            .is_none_or(|c| holds(c, data) == Some(true));
        for field in &section.fields {
            let fault = match object.get(&field.id) {
                v if is_empty(v) => (field.required && applies).then_some(Fault::Missing),
                Some(v) => check_value(&field.answer, v, printable),
                None => None,
            };
            if let Some(fault) = fault {
                out.push(Violation {
                    path: path_of(&field.id),
                    field: Some(field.id.clone()),
                    fault,
                });
            }
        }
    }
    for key in object.keys() {
        if !fields().any(|f| f.id == *key) {
            let suggestion = fields()
                .map(|f| (strsim::damerau_levenshtein(key, &f.id), &f.id))
                .filter(|(d, id)| *d <= 2.max(key.len() / 4) && *d < id.len())
                .min()
                .map(|(_, id)| id.clone());
            out.push(Violation {
                path: path_of(key),
                field: None,
                fault: Fault::UnknownField { suggestion },
            });
        }
    }
    out
}

/// `$.surname`, or `$["odd key"]` for a key that is not a plain word.
pub fn path_of(key: &str) -> String {
    let plain = !key.is_empty()
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !key.starts_with(|c: char| c.is_ascii_digit());
    if plain {
        format!("$.{key}")
    } else {
        format!("$[{}]", Json::String(key.to_owned()))
    }
}

fn is_empty(v: Option<&Json>) -> bool {
    match v {
        None | Some(Json::Null) => true,
        Some(Json::String(s)) => s.trim().is_empty(),
        Some(_) => false,
    }
}

fn check_value(kind: &FieldKind, v: &Json, printable: &dyn Fn(char) -> bool) -> Option<Fault> {
    match kind {
        FieldKind::Boxes { boxes } => {
            let Some(text) = v.as_str() else {
                return Some(Fault::WrongType {
                    expected: Expected::Text,
                });
            };
            if let Some(character) = text.chars().find(|c| invisible(*c) || !printable(*c)) {
                return Some(Fault::Unprintable { character });
            }
            let length = cells(text).len();
            (length > *boxes as usize).then_some(Fault::TooLong {
                boxes: *boxes,
                length,
            })
        }
        FieldKind::Date | FieldKind::Signature => match v.as_str() {
            None => Some(Fault::WrongType {
                expected: Expected::Date,
            }),
            Some(text) => parse_date(text).err(),
        },
        FieldKind::YesNo => (!v.is_boolean()).then_some(Fault::WrongType {
            expected: Expected::YesNo,
        }),
        FieldKind::Choice { options, .. } => match v.as_str() {
            None => Some(Fault::WrongType {
                expected: Expected::Option,
            }),
            Some(found) if !options.iter().any(|o| o.id == found) => Some(Fault::NotAnOption {
                found: found.to_owned(),
                allowed: options.iter().map(|o| o.id.clone()).collect(),
            }),
            Some(_) => None,
        },
    }
}

/// Reads a date written DD.MM.YYYY, as the date boxes of a form have it.
pub fn parse_date(text: &str) -> Result<Date, Fault> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            2 | 5 => *b == b'.',
            _ => b.is_ascii_digit(),
        });
    let found = || text.to_owned();
    if !shaped {
        return Err(Fault::DateFormat { found: found() });
    }
    let number = |r: std::ops::Range<usize>| text.get(r).and_then(|s| s.parse::<i16>().ok());
    let (Some(day), Some(month), Some(year)) = (number(0..2), number(3..5), number(6..10)) else {
        return Err(Fault::DateFormat { found: found() });
    };
    let (Ok(day), Ok(month)) = (i8::try_from(day), i8::try_from(month)) else {
        return Err(Fault::NoSuchDate { found: found() });
    };
    Date::new(year, month, day).map_err(|_| Fault::NoSuchDate { found: found() })
}

/// A date as the form writes it: `01.02.1990`.
pub fn format_date(d: Date) -> String {
    format!("{:02}.{:02}.{:04}", d.day(), d.month(), d.year())
}

/// The characters of a text as a reader sees them, one per box: an accented
/// letter written as a letter and a combining mark takes one box, not two.
pub fn cells(text: &str) -> Vec<&str> {
    text.graphemes(true).collect()
}

/// Characters that print as nothing, or move other characters, in a box:
/// controls, and invisible formatting (zero-width, direction overrides,
/// soft hyphen, byte-order mark). A value with one would look filled in
/// differently from what it is.
pub fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{AD}'
                | '\u{34F}'
                | '\u{61C}'
                | '\u{115F}'..='\u{1160}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF9}'..='\u{FFFB}'
        )
}

/// Does a section's condition hold for `data`? `None`: it cannot be told,
/// because a field it reads is empty.
pub fn holds(c: &Condition, data: &Json) -> Option<bool> {
    match c {
        Condition::All { parts } => {
            let all: Vec<Option<bool>> = parts.iter().map(|p| holds(p, data)).collect();
            if all.contains(&Some(false)) {
                Some(false)
            } else if all.contains(&None) {
                None
            } else {
                Some(true)
            }
        }
        Condition::Any { parts } => {
            let any: Vec<Option<bool>> = parts.iter().map(|p| holds(p, data)).collect();
            if any.contains(&Some(true)) {
                Some(true)
            } else if any.contains(&None) {
                None
            } else {
                Some(false)
            }
        }
        Condition::Not { inner } => holds(inner, data).map(|b| !b),
        Condition::Fact { fact } => data.get(fact).and_then(Json::as_bool),
        Condition::Compare {
            fact,
            operator,
            values,
            ..
        } => {
            let given = data.get(fact)?;
            let equal = values.iter().any(|v| match (v, given) {
                (Value::YesNo(b), Json::Bool(g)) => b == g,
                (Value::Option(o), Json::String(g)) => o == g,
                _ => false,
            });
            let known = given.is_boolean() || given.as_str().is_some_and(|s| !s.is_empty());
            match operator {
                _ if !known => None,
                Operator::In => Some(equal),
                Operator::NotIn => Some(!equal),
                // The checker allows only `is`, `is not` and `is one of` here.
                _ => None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_dd_mm_yyyy_and_must_exist() {
        assert_eq!(parse_date("01.02.1990"), Ok(jiff::civil::date(1990, 2, 1)));
        assert_eq!(parse_date("29.02.2024"), Ok(jiff::civil::date(2024, 2, 29)));
        for bad in [
            "1990-02-01",
            "1.2.1990",
            "01.02.90",
            "01/02/1990",
            "",
            "01.02.1990 ",
        ] {
            assert!(
                matches!(parse_date(bad), Err(Fault::DateFormat { .. })),
                "{bad}"
            );
        }
        for no_such in ["29.02.2023", "31.04.2020", "00.01.2020", "01.13.2020"] {
            assert!(
                matches!(parse_date(no_such), Err(Fault::NoSuchDate { .. })),
                "{no_such}"
            );
        }
        assert_eq!(format_date(jiff::civil::date(1990, 2, 1)), "01.02.1990");
    }

    #[test]
    fn a_box_holds_a_character_as_a_reader_sees_it() {
        assert_eq!(cells("ЁЖ"), vec!["Ё", "Ж"]);
        // "й" written as "и" and a combining breve is still one box.
        assert_eq!(cells("и\u{306}").len(), 1);
        assert_eq!(cells("").len(), 0);
    }

    #[test]
    fn invisible_characters_are_never_printable() {
        for c in [
            '\t', '\n', '\u{0}', '\u{7f}', '\u{200b}', '\u{202e}', '\u{feff}', '\u{ad}',
        ] {
            assert!(invisible(c), "{c:?}");
        }
        for c in ['A', 'Ж', ' ', '№', 'ש', '#'] {
            assert!(!invisible(c), "{c:?}");
        }
    }

    #[test]
    fn json_paths_quote_keys_that_are_not_plain_words() {
        assert_eq!(path_of("surname"), "$.surname");
        assert_eq!(path_of("two words"), "$[\"two words\"]");
        assert_eq!(path_of("1st"), "$[\"1st\"]");
        assert_eq!(path_of(""), "$[\"\"]");
    }

    #[test]
    fn a_condition_over_an_empty_field_cannot_be_told() {
        let c = Condition::Fact {
            fact: "by_representative".to_owned(),
        };
        assert_eq!(
            holds(&c, &serde_json::json!({"by_representative": true})),
            Some(true)
        );
        assert_eq!(
            holds(&c, &serde_json::json!({"by_representative": false})),
            Some(false)
        );
        assert_eq!(holds(&c, &serde_json::json!({})), None);
        let not = Condition::Not { inner: Box::new(c) };
        assert_eq!(holds(&not, &serde_json::json!({})), None);
        let choice = Condition::Compare {
            fact: "kind".to_owned(),
            operator: Operator::NotIn,
            values: vec![Value::Option("parent".to_owned())],
            unit: None,
        };
        assert_eq!(
            holds(&choice, &serde_json::json!({"kind": "guardian"})),
            Some(true)
        );
        assert_eq!(holds(&choice, &serde_json::json!({"kind": ""})), None);
    }
}
