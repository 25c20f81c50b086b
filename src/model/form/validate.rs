//! The rules filled-in data must keep, and the faults that break them.
//!
//! Kept apart from the form's types because it is the one place that
//! decides what a form accepts: the checker runs it over samples and
//! `reglament fill` over an applicant's data.

use jiff::civil::Date;
use serde::Serialize;
use serde_json::Value as Json;

use super::{FieldKind, FormSection, cells};
use crate::characters::invisible;
use crate::diagnostics::suggest::closest;
use crate::interpret::{FactValues, Truth, eval};
use crate::model::{Condition, Value};

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
    /// A value in a section whose condition the data makes false: the
    /// section is left empty on the form, so a value there contradicts
    /// the answers that rule it out.
    NotApplicable {
        /// The section's id.
        section: String,
        /// Its condition (boxed: it is large, and rare here).
        condition: Box<Condition>,
        /// The values the data gives the fields the condition reads.
        given: Vec<(String, Json)>,
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
            Fault::NotApplicable { .. } => "not_applicable",
        }
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
        let verdict = section.applies.as_ref().map(|c| holds(c, data));
        // A condition that cannot be told (its field left empty) does not
        // hold, so nothing is required; but only one known to be false
        // rules values out: an unanswered question contradicts nothing.
        let applies = verdict.is_none_or(|v| v == Some(true));
        let ruled_out = section
            .applies
            .as_ref()
            .filter(|_| verdict == Some(Some(false)));
        let mut read = Vec::new();
        if let Some(c) = ruled_out {
            c.facts(&mut read);
        }
        for field in &section.fields {
            let fault = match (object.get(&field.id), ruled_out) {
                (v, _) if is_empty(v) => (field.required && applies).then_some(Fault::Missing),
                // A field the condition reads is the answer that rules the
                // section out, not a value in it.
                (Some(_), Some(c)) if !read.contains(&field.id) => Some(Fault::NotApplicable {
                    section: section.id.clone(),
                    condition: Box::new(c.clone()),
                    given: read
                        .iter()
                        .filter_map(|k| Some((k.clone(), object.get(k)?.clone())))
                        .filter(|(_, v)| !is_empty(Some(v)))
                        .collect(),
                }),
                (Some(v), _) => check_value(&field.answer, v, printable),
                (None, _) => None,
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
            let suggestion = closest(key, fields().map(|f| f.id.as_str())).map(str::to_owned);
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
    // jiff counts a year 0 (1 BC, astronomically); the calendar a form is
    // dated in goes from 1 BC to AD 1.
    let (Ok(day), Ok(month), 1..) = (i8::try_from(day), i8::try_from(month), year) else {
        return Err(Fault::NoSuchDate { found: found() });
    };
    Date::new(year, month, day).map_err(|_| Fault::NoSuchDate { found: found() })
}

/// Does a section's condition hold for `data`? `None`: it cannot be told,
/// because a field it reads is empty. The fields are read as the facts of
/// the interpreter's three-valued evaluation, so a form and `explain` can
/// never disagree on what an empty answer means.
pub fn holds(c: &Condition, data: &Json) -> Option<bool> {
    let facts: FactValues = data
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(field, value)| {
            let value = match value {
                Json::Bool(b) => Value::YesNo(*b),
                Json::String(s) if !s.is_empty() => Value::Option(s.clone()),
                // An empty field, or one no section condition can read
                // (the checker allows conditions on yes/no and choice
                // fields only), is unknown.
                _ => return None,
            };
            Some((field.clone(), value))
        })
        .collect();
    match eval(c, &facts) {
        Truth::True => Some(true),
        Truth::False => Some(false),
        Truth::Unknown(_) => None,
    }
}

/// Does a condition on dates (a document's validity window) hold for the
/// dates `data` gives in DD.MM.YYYY? `None`: a date it reads is empty or
/// not a date (that field's own fault says so).
pub fn dates_hold(c: &Condition, data: &Json) -> Option<bool> {
    let facts: FactValues = data
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(field, value)| {
            let date = parse_date(value.as_str()?).ok()?;
            Some((field.clone(), Value::Date(date)))
        })
        .collect();
    match eval(c, &facts) {
        Truth::True => Some(true),
        Truth::False => Some(false),
        Truth::Unknown(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::dmy as format_date;
    use crate::model::Operator;
    use crate::model::form::FormField;
    use crate::source::Span;

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
        // There is no year 0: the year before 1 AD is 1 BC.
        for no_such in [
            "29.02.2023",
            "31.04.2020",
            "00.01.2020",
            "01.13.2020",
            "01.01.0000",
        ] {
            assert!(
                matches!(parse_date(no_such), Err(Fault::NoSuchDate { .. })),
                "{no_such}"
            );
        }
        assert_eq!(format_date(jiff::civil::date(1990, 2, 1)), "01.02.1990");
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

    fn field(id: &str, answer: FieldKind) -> FormField {
        FormField {
            id: id.to_owned(),
            number: 1,
            label: id.to_owned(),
            answer,
            required: true,
            help: None,
            see: vec![],
            notes: vec![],
            span: Span::new(0, 0, 0),
        }
    }

    fn section(id: &str, applies: Option<Condition>, fields: Vec<FormField>) -> FormSection {
        FormSection {
            id: id.to_owned(),
            number: 1,
            title: id.to_owned(),
            help: None,
            applies,
            see: vec![],
            fields,
            notes: vec![],
            span: Span::new(0, 0, 0),
        }
    }

    #[test]
    fn a_section_ruled_out_by_the_data_takes_no_values() {
        let by_rep = Condition::Fact {
            fact: "by_rep".to_owned(),
        };
        let sections = [
            section("filing", None, vec![field("by_rep", FieldKind::YesNo)]),
            section(
                "rep",
                Some(by_rep.clone()),
                vec![
                    field("rep_surname", FieldKind::Boxes { boxes: 5 }),
                    field("rep_date", FieldKind::Date),
                ],
            ),
        ];
        let faults = |data: serde_json::Value| -> Vec<(String, String)> {
            validate(&sections, &data, &|_| true)
                .into_iter()
                .map(|v| (v.path, v.fault.rule().to_owned()))
                .collect()
        };
        let ruled_out = validate(
            &sections,
            &serde_json::json!({"by_rep": false, "rep_surname": "X", "rep_date": null}),
            &|_| true,
        );
        assert_eq!(
            ruled_out,
            vec![Violation {
                path: "$.rep_surname".to_owned(),
                field: Some("rep_surname".to_owned()),
                fault: Fault::NotApplicable {
                    section: "rep".to_owned(),
                    condition: Box::new(by_rep),
                    given: vec![("by_rep".to_owned(), serde_json::json!(false))],
                },
            }]
        );
        // Even a value its field would refuse: the section is the problem.
        assert_eq!(
            faults(serde_json::json!({"by_rep": false, "rep_date": "1990-01-01"})),
            vec![("$.rep_date".to_owned(), "not_applicable".to_owned())]
        );
        // Left empty, as the section wants.
        assert_eq!(
            faults(serde_json::json!({"by_rep": false, "rep_surname": " ", "rep_date": null})),
            vec![]
        );
        // Not answered yet: the section is not required, nor ruled out.
        assert_eq!(
            faults(serde_json::json!({"rep_surname": "X"})),
            vec![("$.by_rep".to_owned(), "required".to_owned())]
        );
        assert_eq!(
            faults(serde_json::json!({"by_rep": true, "rep_surname": "X"})),
            vec![("$.rep_date".to_owned(), "required".to_owned())]
        );
    }

    #[test]
    fn the_field_that_rules_a_section_out_may_be_in_it() {
        let sections = [section(
            "rep",
            Some(Condition::Fact {
                fact: "by_rep".to_owned(),
            }),
            vec![
                field("by_rep", FieldKind::YesNo),
                field("rep_surname", FieldKind::Boxes { boxes: 5 }),
            ],
        )];
        let rules: Vec<&str> = validate(
            &sections,
            &serde_json::json!({"by_rep": false, "rep_surname": "X"}),
            &|_| true,
        )
        .iter()
        .map(|v| v.fault.rule())
        .collect();
        assert_eq!(rules, vec!["not_applicable"]);
    }
}
