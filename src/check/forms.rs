//! Forms: sections, fields and samples, checked within their form.
//!
//! Ids inside a form are the form's own (every form has a `surname`), so
//! they are not in the regulation's index; this pass checks them instead.
//! A sample goes through the same rules as `reglament fill` data
//! ([`Form::validate`](crate::model::Form::validate)), so a sample that
//! checks is one `fill` would accept.

use std::collections::{BTreeMap, BTreeSet};

use super::Checker;
use super::fields::{Fields, head};
use super::line_readers::{notes, required_text, see, text_of as text};
use crate::diagnostics::{messages, messages::forms as msg};
use crate::model::form::{self as model_form, BOXES_PER_ROW, Fault, MAX_BOXES};
use crate::model::{
    Condition, FieldKind, FilledValue, FormField, FormSample, FormSection, Operator, Regulation,
    SampleValue, Value,
};
use crate::source::Span;
use crate::syntax::ast::{self, Block, BlockKind, Comparator, FieldValue, FillValue, FormAnswer};

/// The sections and samples of a form block.
pub(super) fn form(
    cx: &mut Checker,
    reg: &Regulation,
    f: &Fields<'_>,
) -> (Vec<FormSection>, Vec<FormSample>) {
    let form_id = &f.block().name.text;
    let mut ids: BTreeMap<String, Span> = BTreeMap::new();
    let mut sections = Vec::new();
    let mut conditions = Vec::new();
    for block in f.nested().filter(|b| b.kind == BlockKind::Section) {
        claim(cx, form_id, &mut ids, &block.name);
        let number = u32::try_from(sections.len() + 1).unwrap_or(u32::MAX);
        let (section, condition) = section(cx, reg, form_id, &mut ids, block, number);
        sections.push(section);
        conditions.push(condition);
    }
    // Conditions are read once every field is known: a section may depend
    // on a field of a later one. The fields of a section whose condition is
    // wrong may or may not be required: a sample is not blamed for them.
    let mut uncertain: BTreeSet<String> = BTreeSet::new();
    for (i, condition) in conditions.into_iter().enumerate() {
        if let Some(c) = condition {
            let checked = section_condition(cx, &sections, c);
            if let Some(section) = sections.get_mut(i) {
                if checked.is_none() {
                    uncertain.extend(section.fields.iter().map(|f| f.id.clone()));
                }
                section.applies = checked;
            }
        }
    }
    let mut samples = Vec::new();
    for block in f.nested().filter(|b| b.kind == BlockKind::Sample) {
        claim(cx, form_id, &mut ids, &block.name);
        samples.push(sample(cx, form_id, &sections, &uncertain, block));
    }
    if !sections.is_empty() && samples.is_empty() {
        cx.problems.push(msg::no_sample(form_id, head(f.block())));
    }
    (sections, samples)
}

/// Records an id of the form; a second one is R1001.
fn claim(cx: &mut Checker, form: &str, ids: &mut BTreeMap<String, Span>, name: &ast::Name) {
    match ids.get(&name.text) {
        Some(first) => cx
            .problems
            .push(msg::duplicate_form_id(form, &name.text, *first, name.span)),
        None => {
            ids.insert(name.text.clone(), name.span);
        }
    }
}

fn help(cx: &mut Checker, f: &Fields<'_>) -> Option<String> {
    f.one(&mut cx.problems, pick!(Help)).map(|t| text(cx, t))
}

fn section<'a>(
    cx: &mut Checker,
    reg: &Regulation,
    form: &str,
    ids: &mut BTreeMap<String, Span>,
    block: &'a Block,
    number: u32,
) -> (FormSection, Option<&'a ast::Condition>) {
    let f = Fields::new(block);
    let title = required_text(cx, &f, "title", pick!(Title));
    let help = help(cx, &f);
    let condition = f.one(&mut cx.problems, pick!(Applies));
    let mut fields = Vec::new();
    for nested in f.nested() {
        claim(cx, form, ids, &nested.name);
        let number = u32::try_from(fields.len() + 1).unwrap_or(u32::MAX);
        fields.push(field(cx, reg, nested, number));
    }
    if fields.is_empty() {
        cx.problems.push(messages::missing_field(
            "section",
            &block.name.text,
            "field",
            head(block),
        ));
    }
    let section = FormSection {
        id: block.name.text.clone(),
        number,
        title,
        help,
        applies: None,
        see: see(&f),
        fields,
        notes: notes(&f),
        span: block.name.span,
    };
    (section, condition)
}

fn field(cx: &mut Checker, reg: &Regulation, block: &Block, number: u32) -> FormField {
    let f = Fields::new(block);
    let label = required_text(cx, &f, "label", pick!(Label));
    let answer = f.required(&mut cx.problems, "answer", pick!(FieldAnswer));
    let answer = match answer {
        Some(FormAnswer::Boxes { boxes, span }) => {
            if *boxes == 0 || *boxes > MAX_BOXES {
                cx.problems
                    .push(msg::bad_box_count(*boxes, MAX_BOXES, BOXES_PER_ROW, *span));
            }
            FieldKind::Boxes { boxes: *boxes }
        }
        Some(FormAnswer::Date) => FieldKind::Date,
        Some(FormAnswer::YesNo) => FieldKind::YesNo,
        Some(FormAnswer::Signature) | None => FieldKind::Signature,
        Some(FormAnswer::Choice { choice }) => {
            let options = cx
                .resolve(choice, &[BlockKind::Choice], "a choice")
                .and_then(|id| reg.choices.iter().find(|c| c.id == id))
                .map(|c| c.options.clone())
                .unwrap_or_default();
            FieldKind::Choice {
                choice: choice.text.clone(),
                options,
            }
        }
    };
    let required = f
        .one(&mut cx.problems, |v| {
            matches!(v, FieldValue::FieldRequired).then_some(())
        })
        .is_some();
    FormField {
        id: block.name.text.clone(),
        number,
        label,
        answer,
        required,
        help: help(cx, &f),
        see: see(&f),
        notes: notes(&f),
        span: block.name.span,
    }
}

fn find_field<'a>(sections: &'a [FormSection], id: &str) -> Option<&'a FormField> {
    sections
        .iter()
        .flat_map(|s| s.fields.iter())
        .find(|f| f.id == id)
}

/// A section's `applies when`: about the form's own yes/no and choice fields.
fn section_condition(
    cx: &mut Checker,
    sections: &[FormSection],
    c: &ast::Condition,
) -> Option<Condition> {
    match c {
        ast::Condition::And { parts, .. } | ast::Condition::Or { parts, .. } => {
            let checked: Vec<Option<Condition>> = parts
                .iter()
                .map(|p| section_condition(cx, sections, p))
                .collect();
            let parts: Vec<Condition> = checked.into_iter().collect::<Option<_>>()?;
            Some(if matches!(c, ast::Condition::And { .. }) {
                Condition::All { parts }
            } else {
                Condition::Any { parts }
            })
        }
        ast::Condition::Not { inner, .. } => Some(Condition::Not {
            inner: Box::new(section_condition(cx, sections, inner)?),
        }),
        ast::Condition::Fact { fact } => {
            let field = condition_field(cx, sections, fact)?;
            if field.answer != FieldKind::YesNo {
                cx.problems
                    .push(msg::condition_needs_yes_no(&fact.text, fact.span));
                return None;
            }
            Some(Condition::Fact {
                fact: fact.text.clone(),
            })
        }
        ast::Condition::Compare {
            fact,
            comparator,
            comparator_span,
            values,
            ..
        } => {
            let field = condition_field(cx, sections, fact)?;
            let operator = match comparator {
                Comparator::Is | Comparator::IsOneOf => Operator::In,
                Comparator::IsNot | Comparator::IsNotOneOf => Operator::NotIn,
                other => {
                    cx.problems
                        .push(msg::condition_word(other.words(), *comparator_span));
                    return None;
                }
            };
            let mut checked = Vec::new();
            for value in values {
                checked.push(condition_value(cx, field, value)?);
            }
            Some(Condition::Compare {
                fact: fact.text.clone(),
                operator,
                values: checked,
                unit: None,
            })
        }
    }
}

fn condition_field<'a>(
    cx: &mut Checker,
    sections: &'a [FormSection],
    name: &ast::Name,
) -> Option<&'a FormField> {
    let field = find_field(sections, &name.text);
    match field {
        Some(f) if matches!(f.answer, FieldKind::YesNo | FieldKind::Choice { .. }) => Some(f),
        Some(f) => {
            cx.problems
                .push(msg::condition_field_kind(&f.id, name.span));
            None
        }
        None => {
            cx.problems
                .push(msg::condition_no_field(&name.text, name.span));
            None
        }
    }
}

fn condition_value(cx: &mut Checker, field: &FormField, value: &ast::Value) -> Option<Value> {
    match (&field.answer, value) {
        (FieldKind::YesNo, ast::Value::YesNo(b, _)) => Some(Value::YesNo(*b)),
        (FieldKind::Choice { options, .. }, ast::Value::Option(o))
            if options.iter().any(|opt| opt.id == o.text) =>
        {
            Some(Value::Option(o.text.clone()))
        }
        (FieldKind::Choice { options, .. }, _) => {
            let allowed: Vec<String> = options.iter().map(|o| o.id.clone()).collect();
            cx.problems
                .push(msg::condition_value(&field.id, &allowed, value.span()));
            None
        }
        _ => {
            cx.problems.push(msg::condition_value(
                &field.id,
                &["yes".to_owned(), "no".to_owned()],
                value.span(),
            ));
            None
        }
    }
}

fn sample(
    cx: &mut Checker,
    form: &str,
    sections: &[FormSection],
    uncertain: &BTreeSet<String>,
    block: &Block,
) -> FormSample {
    let f = Fields::new(block);
    let title = f.one(&mut cx.problems, pick!(Title)).map(|t| text(cx, t));
    let mut values: Vec<SampleValue> = Vec::new();
    // Fields whose line was already reported are not reported again as empty.
    let mut reported = uncertain.clone();
    for ((name, value), line) in f.many_spanned(pick!(Fill { field, value } => (field, value))) {
        let Some(field) = find_field(sections, &name.text) else {
            let suggestion = closest(sections, &name.text);
            cx.problems.push(msg::unknown_form_field(
                form,
                &name.text,
                name.span,
                suggestion.as_deref(),
            ));
            continue;
        };
        if let Some(first) = values.iter().find(|v| v.field == name.text) {
            cx.problems
                .push(msg::filled_twice(&name.text, first.span, line));
            continue;
        }
        let Some(value) = sample_value(cx, field, value) else {
            reported.insert(field.id.clone());
            continue;
        };
        values.push(SampleValue {
            field: name.text.clone(),
            value,
            span: line,
        });
    }
    let sample = FormSample {
        id: block.name.text.clone(),
        title,
        values,
        span: block.name.span,
    };
    // The same rules `reglament fill` applies, the fonts' coverage
    // included, so that a sample that checks is one the forms build prints.
    for v in model_form::validate(sections, &sample.data(), &crate::backend::forms::printable) {
        let field = v.field.as_deref().and_then(|id| find_field(sections, id));
        let line = v
            .field
            .as_deref()
            .and_then(|id| sample.values.iter().find(|s| s.field == id));
        match (field, &v.fault, line) {
            (
                Some(field),
                Fault::NotApplicable {
                    section,
                    condition,
                    given,
                },
                Some(line),
            ) => {
                if let Some(section) = sections.iter().find(|s| s.id == *section) {
                    cx.problems.push(msg::sample_not_applicable(
                        &sample.id, &field.id, section, condition, given, line.span,
                    ));
                }
            }
            (Some(field), _, Some(line)) => cx
                .problems
                .push(msg::sample_fault(&field.id, &v.fault, line.span)),
            (Some(field), _, None) if !reported.contains(&field.id) => cx.problems.push(
                msg::sample_missing(&sample.id, &field.id, &field.label, head(block)),
            ),
            _ => {}
        }
    }
    sample
}

/// A sample's value, when it is of the kind its field holds (R1003 if not).
fn sample_value(cx: &mut Checker, field: &FormField, value: &FillValue) -> Option<FilledValue> {
    let filled = match (&field.answer, value) {
        (FieldKind::Boxes { .. }, FillValue::Text(t)) => FilledValue::Text(t.value.clone()),
        (FieldKind::Date | FieldKind::Signature, FillValue::Date(d, _)) => FilledValue::Date(*d),
        (FieldKind::YesNo, FillValue::YesNo(b, _)) => FilledValue::YesNo(*b),
        (FieldKind::Choice { .. }, FillValue::Option(o)) => FilledValue::Option(o.text.clone()),
        (kind, _) => {
            cx.problems
                .push(msg::sample_kind(&field.id, kind, value.span()));
            return None;
        }
    };
    Some(filled)
}

fn closest(sections: &[FormSection], name: &str) -> Option<String> {
    let ids = sections
        .iter()
        .flat_map(|s| s.fields.iter())
        .map(|f| f.id.as_str());
    crate::diagnostics::suggest::closest(name, ids).map(str::to_owned)
}
