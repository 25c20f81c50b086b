//! What the templates read: the model turned into plain JSON. Every value
//! is a string, number or list; the templates lay them out and never
//! evaluate them.

use serde_json::{Value as Json, json};

use crate::backend::condition::{Phrasing, in_words};
use crate::deadline::dmy;
use crate::model::form::{BOXES_PER_ROW, cells, parse_date};
use crate::model::{Condition, FieldKind, Form, FormField, Operator, Regulation, Value};

/// The fixed words of the templates, in the regulation's language.
pub fn words(reg: &Regulation) -> Json {
    if reg.language.as_deref() == Some("ru") {
        json!({
            "appendix": "Приложение №",
            "to": "к Административному регламенту",
            "modelled_on": "Составлено по приложению №",
            "modelled": "Форма составлена по тексту Административного регламента",
            "not_official": "не официальный бланк",
            "see_notes": "см. примечания",
            "yes": "Да",
            "no": "Нет",
            "signature": "подпись",
            "date": "дата",
            "day": "ДД",
            "month": "ММ",
            "year": "ГГГГ",
            "required": "обязательное поле",
            "legend": "Одна буква в клетке. Даты — ДД.ММ.ГГГГ.",
            "sample": "ОБРАЗЕЦ ЗАПОЛНЕНИЯ",
            "sample_note": "Заполнено вымышленными данными.",
            "only_if": "Заполняется, только если",
            "is": "—",
            "and": "и",
            "or": "или",
            "not": "не",
            "notes": "Примечания",
            "form_caption": "Форма",
            "rules": "Правила заполнения",
            "same_rules": "Заполняется также по правилам",
            "clause": "пункта",
            "clauses": "пунктов",
            "not_in_source": "Нет в источнике",
            "term": "Срок",
            "not_stated": "Срок не указан",
        })
    } else {
        json!({
            "appendix": "Appendix No.",
            "to": "to the Administrative regulations",
            "modelled_on": "Modelled on appendix No.",
            "modelled": "Modelled on the text of the Administrative regulations",
            "not_official": "not the official layout",
            "see_notes": "see the notes below",
            "yes": "Yes",
            "no": "No",
            "signature": "signature",
            "date": "date",
            "day": "DD",
            "month": "MM",
            "year": "YYYY",
            "required": "required field",
            "legend": "One character per box. Dates are written DD.MM.YYYY.",
            "sample": "SAMPLE",
            "sample_note": "Filled in with invented data to show how the form is completed.",
            "only_if": "Fill in only if",
            "is": "is",
            "and": "and",
            "or": "or",
            "not": "not",
            "notes": "Notes",
            "form_caption": "Form",
            "rules": "Filling rules",
            "same_rules": "Also filled in under the rules of",
            "clause": "clause",
            "clauses": "clauses",
            "not_in_source": "Not in the source",
            "term": "Term",
            "not_stated": "Term not stated",
        })
    }
}

/// The regulation's identity, for headers and footers: "Order No. 417 of
/// 11.06.2020, as amended on 01.07.2023", or for a regulation with
/// amendments "Order No. 1 of 10.01.2024; regulation in force from
/// 01.09.2024".
pub fn regulation(reg: &Regulation) -> Json {
    let ru = lang(reg) == "ru";
    let mut footer = match &reg.order {
        Some(o) if ru => format!("Приказ № {} от {}", o.number, dmy(o.date)),
        Some(o) => format!("Order No. {} of {}", o.number, dmy(o.date)),
        None => reg.id.clone(),
    };
    if let Some(d) = reg.amended {
        let words = if ru {
            "в редакции от"
        } else {
            "as amended on"
        };
        footer.push_str(&format!(", {words} {}", dmy(d)));
    }
    // The version a regulation with amendments is printed in, so that a
    // sheet on the wall says which wording it shows.
    if let Some(v) = reg.presented_version() {
        let version = match (v.from, ru) {
            (Some(from), true) => format!("редакция, действующая с {}", dmy(from)),
            (Some(from), false) => format!("regulation in force from {}", dmy(from)),
            (None, true) => "первоначальная редакция, без изменений".to_owned(),
            (None, false) => "original version, before any amendment".to_owned(),
        };
        footer.push_str(&format!("; {version}"));
    }
    json!({
        "id": reg.id,
        "title": reg.title,
        "footer": footer,
    })
}

/// A form, blank (`values` is `None`) or filled in.
pub fn form(reg: &Regulation, form: &Form, values: Option<&Json>, sample: Option<&str>) -> Json {
    let words = words(reg);
    let value_of = |id: &str| values.and_then(|v| v.get(id));
    let sections: Vec<Json> = form
        .sections
        .iter()
        .map(|s| {
            let fields: Vec<Json> = s
                .fields
                .iter()
                .map(|f| field(f, s.number, value_of(&f.id), &words))
                .collect();
            json!({
                "number": s.number.to_string(),
                "title": s.title,
                "help": s.help,
                "condition": s.applies.as_ref().map(|c| condition_words(form, c, &words)),
                "fields": fields,
            })
        })
        .collect();
    json!({
        "lang": lang(reg),
        "words": words,
        "regulation": regulation(reg),
        "form": {
            "id": form.id,
            "title": form.title,
            "appendix": form.appendix,
            // Notes may hold Markdown links; print their words.
            "notes": form.notes.iter().map(|n| super::stand::plain_text(n)).collect::<Vec<_>>(),
        },
        "sample": sample,
        "per_row": BOXES_PER_ROW,
        "sections": sections,
    })
}

/// `en` or `ru`: the language typst hyphenates and quotes in.
pub fn lang(reg: &Regulation) -> &'static str {
    if reg.language.as_deref() == Some("ru") {
        "ru"
    } else {
        "en"
    }
}

fn field(f: &FormField, section: u32, value: Option<&Json>, words: &Json) -> Json {
    let text = value.and_then(Json::as_str).unwrap_or("");
    let mut out = json!({
        "number": format!("{section}.{}", f.number),
        "label": f.label,
        "help": f.help,
        "required": f.required,
    });
    let word = |k: &str| words.get(k).cloned().unwrap_or(Json::Null);
    let extra = match &f.answer {
        FieldKind::Boxes { boxes } => json!({
            "kind": "boxes",
            "boxes": boxes,
            "cells": cells(text),
        }),
        FieldKind::Date | FieldKind::Signature => {
            // Eight digits, DDMMYYYY, once the value is known to be a date.
            let digits: Vec<String> = parse_date(text)
                .map(|d| {
                    dmy(d)
                        .chars()
                        .filter(char::is_ascii_digit)
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default();
            let kind = if f.answer == FieldKind::Date {
                "date"
            } else {
                "signature"
            };
            json!({ "kind": kind, "digits": digits })
        }
        FieldKind::YesNo => {
            let given = value.and_then(Json::as_bool);
            json!({
                "kind": "yes_no",
                "options": [
                    {"title": word("yes"), "ticked": given == Some(true)},
                    {"title": word("no"), "ticked": given == Some(false)},
                ],
            })
        }
        FieldKind::Choice { options, .. } => {
            let options: Vec<Json> = options
                .iter()
                .map(|o| json!({"title": o.title, "ticked": Some(o.id.as_str()) == value.and_then(Json::as_str)}))
                .collect();
            json!({ "kind": "choice", "options": options })
        }
    };
    if let (Some(map), Json::Object(extra)) = (out.as_object_mut(), extra) {
        map.extend(extra);
    }
    out
}

/// A section's condition in words: `1.4 is “Yes”`, `3.1 is “parent”`.
fn condition_words(form: &Form, c: &Condition, words: &Json) -> String {
    in_words(c, &FieldWords { form, words })
}

/// A form's conditions name fields by their numbers and quote the values.
struct FieldWords<'a> {
    form: &'a Form,
    words: &'a Json,
}

impl FieldWords<'_> {
    fn word(&self, key: &str) -> String {
        self.words
            .get(key)
            .and_then(Json::as_str)
            .unwrap_or("")
            .to_owned()
    }
}

impl Phrasing for FieldWords<'_> {
    fn conjunction(&self, all: bool) -> String {
        self.word(if all { "and" } else { "or" })
    }

    fn negation(&self) -> String {
        self.word("not")
    }

    // The checker lets a section depend only on `is`, `is not` and `is one of`.
    fn operator(&self, operator: Operator, _several: bool, _dates: bool) -> String {
        match operator {
            Operator::NotIn => format!("{} {}", self.word("is"), self.word("not")),
            _ => self.word("is"),
        }
    }

    fn value_separator(&self) -> String {
        format!(" {} ", self.word("or"))
    }

    fn value(&self, field: &str, value: &Value, _unit: Option<&str>) -> String {
        let title = match value {
            Value::YesNo(true) => self.word("yes"),
            Value::YesNo(false) => self.word("no"),
            Value::Option(o) => self
                .form
                .field(field)
                .and_then(|f| match &f.answer {
                    FieldKind::Choice { options, .. } => {
                        options.iter().find(|x| x.id == *o).map(|x| x.title.clone())
                    }
                    _ => None,
                })
                .unwrap_or_else(|| o.clone()),
            other => other.to_string(),
        };
        format!("“{title}”")
    }

    fn statement(&self, field: &str, predicate: &str) -> String {
        let number = self.form.fields().find(|(_, f)| f.id == field).map_or_else(
            || field.to_owned(),
            |(s, f)| format!("{}.{}", s.number, f.number),
        );
        format!("{number} {predicate}")
    }
}
