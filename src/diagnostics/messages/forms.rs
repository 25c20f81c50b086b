//! Every sentence about forms: the diagnostics of form definitions and
//! samples (R1001-R1009), and what `reglament fill` says about an
//! applicant's data. Legal staff read the first, applicants' developers the
//! second; both say what is wrong, where, and what to do, the way
//! [`super`] does for the rest of the language.

use serde::Serialize;
use serde_json::Value as Json;

use super::{label, problem, ticked};
use crate::diagnostics::{Code, Problem};
use crate::model::form::{self, DateRule, Expected, Fault, Violation};
use crate::model::{Condition, FieldKind, Form, FormSection};
use crate::source::Span;

/// R1001: an id used twice within one form.
pub fn duplicate_form_id(form: &str, id: &str, first: Span, second: Span) -> Problem {
    problem(
        Code::DuplicateFormId,
        format!("the form `{form}` has two sections, fields or samples named `{id}`"),
        vec![label(second, format!("second `{id}`")), label(first, "first here")],
        Some(
            "ids within a form name the keys of filled-in data, so each is used once; rename one (`representative_surname`)"
                .to_owned(),
        ),
    )
}

/// R1002: a sample fills a field the form does not have.
pub fn unknown_form_field(
    form: &str,
    field: &str,
    span: Span,
    suggestion: Option<&str>,
) -> Problem {
    let help = match suggestion {
        Some(s) => format!("did you mean `{s}`?"),
        None => format!("fill only the fields declared in the sections of `{form}`"),
    };
    problem(
        Code::UnknownFormField,
        format!("the form `{form}` has no field `{field}`"),
        vec![label(span, "no such field")],
        Some(help),
    )
}

fn kind_words(kind: &FieldKind) -> (&'static str, &'static str) {
    match kind {
        FieldKind::Boxes { .. } => ("a text in boxes", "write the text in quotes: `\"SAMPLE\"`"),
        FieldKind::Date => (
            "a date",
            "write the date year-month-day, like `1990-02-01`; the form prints it DD.MM.YYYY",
        ),
        FieldKind::Signature => (
            "a signature and its date",
            "give the date of signing year-month-day, like `2026-02-01`; the signature itself is by hand",
        ),
        FieldKind::YesNo => ("yes or no", "write `yes` or `no`"),
        FieldKind::Choice { .. } => ("one of a choice's options", "write an option id"),
    }
}

/// R1003: a sample value of the wrong kind for its field.
pub fn sample_kind(field: &str, kind: &FieldKind, span: Span) -> Problem {
    let (what, help) = kind_words(kind);
    problem(
        Code::BadSampleValue,
        format!("the field `{field}` holds {what}, but the sample writes something else"),
        vec![label(span, "not accepted here")],
        Some(help.to_owned()),
    )
}

/// R1003: a sample value that breaks one of the field's rules.
pub fn sample_fault(field: &str, fault: &Fault, span: Span) -> Problem {
    let (message, help) = match fault {
        Fault::TooLong { boxes, length } => (
            format!("the sample writes {length} characters in `{field}`, which has {boxes} boxes"),
            "shorten the value or give the field more boxes; a form never cuts a value off"
                .to_owned(),
        ),
        Fault::NotAnOption { found, allowed } => (
            format!("`{found}` is not an option of the field `{field}`"),
            format!("choose one of {}", ticked(allowed)),
        ),
        Fault::Unprintable { character } => (
            format!(
                "the sample writes {} in `{field}`, which cannot be written in a box",
                character_words(*character)
            ),
            "remove it".to_owned(),
        ),
        // Dates in a sample are read by the grammar, which has a year 0.
        Fault::NoSuchDate { .. } => (
            format!("the sample's date for `{field}` is in the year 0, which does not exist"),
            "the first year is 1 (`0001-01-01`); correct the date".to_owned(),
        ),
        other => (
            format!(
                "the sample's value for `{field}` breaks the rule `{}`",
                other.rule()
            ),
            "correct the value".to_owned(),
        ),
    };
    problem(
        Code::BadSampleValue,
        message,
        vec![label(span, "this value")],
        Some(help),
    )
}

/// R1009: a sample fills a field of a section that its own answers rule out.
pub fn sample_not_applicable(
    sample: &str,
    field: &str,
    section: &FormSection,
    condition: &Condition,
    given: &[(String, Json)],
    line: Span,
) -> Problem {
    // The sample's answers in the words of `fill` lines: `yes`, `no`, an option id.
    let answers: Vec<String> = given
        .iter()
        .map(|(k, v)| match v {
            Json::Bool(true) => format!("`fill {k} yes`"),
            Json::Bool(false) => format!("`fill {k} no`"),
            Json::String(o) => format!("`fill {k} {o}`"),
            other => format!("`fill {k} {other}`"),
        })
        .collect();
    problem(
        Code::FilledNotApplicable,
        format!(
            "the sample `{sample}` fills `{field}`, but the section `{}` applies only when `{condition}`, and this sample's {} rule{} it out",
            section.id,
            answers.join(" and "),
            if answers.len() == 1 { "s" } else { "" },
        ),
        vec![
            label(line, "filled here"),
            label(section.span, format!("applies only when `{condition}`")),
        ],
        Some(format!(
            "a section that does not apply is left empty on the printed form: remove the `fill {field}` line, or change the sample's answers so that the section applies"
        )),
    )
}

/// R1004: a sample leaves a required field empty.
pub fn sample_missing(sample: &str, field: &str, label_text: &str, span: Span) -> Problem {
    problem(
        Code::SampleMissingField,
        format!(
            "the sample `{sample}` leaves the required field `{field}` (\"{label_text}\") empty"
        ),
        vec![label(span, "in this sample")],
        Some(format!(
            "add `fill {field} ...`: a sample shows the form filled in as the rules require"
        )),
    )
}

/// R1005: a section condition naming no field of the form.
pub fn condition_no_field(name: &str, span: Span) -> Problem {
    problem(
        Code::BadSectionCondition,
        format!("`{name}` is not a field of this form"),
        vec![label(span, "no such field")],
        Some(
            "a section's `applies when` reads the form's own yes/no and choice fields, not the regulation's facts"
                .to_owned(),
        ),
    )
}

/// R1005: a section condition on a field that is neither yes/no nor a choice.
pub fn condition_field_kind(field: &str, span: Span) -> Problem {
    problem(
        Code::BadSectionCondition,
        format!(
            "the field `{field}` is not a yes/no or choice field, so a section cannot depend on it"
        ),
        vec![label(span, "text, date or signature")],
        Some(
            "depend on a field declared `answer yes or no` or `answer one of <choice>`".to_owned(),
        ),
    )
}

/// R1005: a choice field used alone, as if it were yes/no.
pub fn condition_needs_yes_no(field: &str, span: Span) -> Problem {
    problem(
        Code::BadSectionCondition,
        format!("the field `{field}` is a choice, so it cannot stand alone as a condition"),
        vec![label(span, "say which option")],
        Some(format!("write `{field} is <option>`")),
    )
}

/// R1005: a comparison word other than `is`, `is not`, `is one of`.
pub fn condition_word(words: &str, span: Span) -> Problem {
    problem(
        Code::BadSectionCondition,
        format!("`{words}` does not suit a form's yes/no or choice field"),
        vec![label(span, "not for these fields")],
        Some("use `is`, `is not`, `is one of` or `is not one of`".to_owned()),
    )
}

/// R1005: a value the field cannot have.
pub fn condition_value(field: &str, allowed: &[String], span: Span) -> Problem {
    problem(
        Code::BadSectionCondition,
        format!("the field `{field}` cannot have this value"),
        vec![label(span, "not one of its values")],
        Some(format!("use one of {}", ticked(allowed))),
    )
}

/// R1006: no boxes, or too many.
pub fn bad_box_count(boxes: u32, max: u32, per_row: u32, span: Span) -> Problem {
    let message = if boxes == 0 {
        "a field with no boxes cannot be filled in".to_owned()
    } else {
        format!("{boxes} boxes are more than a form prints for one field ({max})")
    };
    problem(
        Code::BadBoxCount,
        message,
        vec![label(span, "number of boxes")],
        Some(format!(
            "give between 1 and {max} boxes ({per_row} to a row); split a long answer into several fields"
        )),
    )
}

/// R1007: a sample fills a field twice.
pub fn filled_twice(field: &str, first: Span, second: Span) -> Problem {
    problem(
        Code::FilledTwice,
        format!("this sample fills `{field}` twice"),
        vec![
            label(second, "filled again"),
            label(first, "first filled here"),
        ],
        Some("keep one `fill` line per field".to_owned()),
    )
}

/// R1008: a form with fields but no sample.
pub fn no_sample(form: &str, span: Span) -> Problem {
    problem(
        Code::NoSample,
        format!("the form `{form}` has fields but no filled sample"),
        vec![label(span, "no `sample` block")],
        Some(
            "add a `sample` block with invented data: it is printed as the form's model of filling, which information stands show"
                .to_owned(),
        ),
    )
}

/// One problem of an applicant's data, as `reglament fill` reports it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FillProblem {
    /// Where in the data: `$.birth_date`.
    pub path: String,
    /// The rule broken, a stable word: `required`, `date_format`, ...
    pub rule: &'static str,
    /// The clause of the regulation that states the rule, if one does.
    pub clause: Option<String>,
    /// What is wrong, in words.
    pub message: String,
}

/// `U+0007 (a control character)`, `"中" (U+4E2D)`.
fn character_words(c: char) -> String {
    if crate::characters::invisible(c) {
        format!("U+{:04X} (an invisible or control character)", u32::from(c))
    } else {
        format!("\"{c}\" (U+{:04X})", u32::from(c))
    }
}

/// A document's dates, as the form's fields give them, fall outside its
/// validity window (`valid when`).
pub fn outside_window(
    document: &crate::model::Document,
    words: &str,
    read: &[String],
    form: &Form,
    values: &Json,
) -> FillProblem {
    let given: Vec<String> = read
        .iter()
        .filter_map(|id| {
            let (s, f) = form.fields().find(|(_, f)| &f.id == id)?;
            let v = values.get(id)?.as_str()?;
            Some(format!(
                "\"{}\" (field {}.{}) is {v}",
                f.label, s.number, f.number
            ))
        })
        .collect();
    let name = document.plain_name();
    FillProblem {
        path: read
            .first()
            .map_or_else(|| "$".to_owned(), |id| form::path_of(id)),
        rule: "validity",
        clause: document.clause.clause.as_ref().map(ToString::to_string),
        message: format!(
            "{}: the document \"{name}\" falls outside its validity window. {words} Check the dates, or bring a document that is valid on them",
            given.join(" and ")
        ),
    }
}

/// The words for one problem `reglament fill` found in an applicant's data.
pub fn fill_problem(v: &Violation, form: &Form, date_rule: Option<&DateRule>) -> FillProblem {
    let field = v.field.as_deref().and_then(|id| {
        form.fields()
            .find(|(_, f)| f.id == id)
            .map(|(s, f)| (format!("{}.{}", s.number, f.number), f))
    });
    let name = field.as_ref().map_or_else(
        || "the field".to_owned(),
        |(n, f)| format!("\"{}\" (field {n})", f.label),
    );
    let rule_clause = date_rule.and_then(|r| r.clause.as_ref().map(ToString::to_string));
    let date_source = match (date_rule, &rule_clause) {
        (Some(r), Some(c)) => format!(
            "clause {c} requires dates in the {} format (\"{}\")",
            r.format, r.wording
        ),
        (Some(r), None) => format!("the filling rules require dates in the {} format", r.format),
        (None, _) => "the form's date boxes are DD.MM.YYYY".to_owned(),
    };
    let mut clause = None;
    let message = match &v.fault {
        Fault::NotAnObject => {
            "the data must be a JSON object with one key per field, like {\"surname\": \"...\"}"
                .to_owned()
        }
        Fault::UnknownField { suggestion } => {
            let key = v.path.trim_start_matches("$.");
            match suggestion {
                Some(s) => format!(
                    "the form `{}` has no field `{key}`; did you mean `{s}`?",
                    form.id
                ),
                None => format!("the form `{}` has no field `{key}`", form.id),
            }
        }
        Fault::Missing => format!("{name} is required but empty"),
        Fault::WrongType { expected } => {
            let what = match expected {
                Expected::Text => "a text (a JSON string)",
                Expected::Date => "a date written DD.MM.YYYY, as a JSON string like \"01.02.1990\"",
                Expected::YesNo => "yes or no: JSON true or false",
                Expected::Option => "an option id, as a JSON string",
            };
            format!("{name} takes {what}")
        }
        Fault::DateFormat { found } => {
            clause.clone_from(&rule_clause);
            format!("{name}: \"{found}\" is not a date written DD.MM.YYYY; {date_source}")
        }
        Fault::NoSuchDate { found } if found.ends_with(".0000") => {
            clause.clone_from(&rule_clause);
            format!(
                "{name}: \"{found}\" is written DD.MM.YYYY, but there is no year 0000: the first year is 0001; {date_source}"
            )
        }
        Fault::NoSuchDate { found } => {
            clause.clone_from(&rule_clause);
            format!(
                "{name}: \"{found}\" is written DD.MM.YYYY, but there is no such day in the calendar; {date_source}"
            )
        }
        Fault::NotAnOption { found, allowed } => {
            format!(
                "{name}: \"{found}\" is not one of its options: {}",
                ticked(allowed)
            )
        }
        Fault::TooLong { boxes, length } => format!(
            "{name} has {boxes} boxes, but the value has {length} characters; shorten it (a value is never cut off)"
        ),
        Fault::Unprintable { character } => format!(
            "{name}: the value contains {}, which cannot be written in a box of the form",
            character_words(*character)
        ),
        Fault::NotApplicable {
            section,
            condition,
            given,
        } => {
            let section = form.sections.iter().find(|s| s.id == *section).map_or_else(
                || format!("`{section}`"),
                |s| format!("{} (\"{}\")", s.number, s.title),
            );
            let given: Vec<String> = given
                .iter()
                .map(|(k, v)| format!("{}: {v}", Json::String(k.clone())))
                .collect();
            format!(
                "{name} is filled in, but section {section} applies only when `{condition}`, and the data has {}; a section that does not apply is left empty: remove the value (or make it null), or correct the answer",
                given.join(" and ")
            )
        }
    };
    FillProblem {
        path: v.path.clone(),
        rule: v.fault.rule(),
        clause,
        message,
    }
}
