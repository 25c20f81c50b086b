//! What the templates read: the model turned into plain JSON. Every value
//! is a string, number or list; the templates lay them out and never
//! evaluate them.

use serde_json::{Value as Json, json};

use crate::backend::condition::{Phrasing, in_words};
use crate::backend::site::Lang;
use crate::backend::site::labels::{Labels, plural};
use crate::backend::site::words::unit_key;
use crate::deadline::dmy;
use crate::model::form::{BOXES_PER_ROW, cells, parse_date};
use crate::model::{Condition, Duration, FieldKind, Form, FormField, Operator, Regulation, Value};

/// The interface language of the PDFs and its words: the labels `pdf_*`
/// of `templates/site/labels/<lang>.toml`, the one table of interface
/// wording per language that the site uses too.
pub struct Ui {
    /// The interface language.
    pub lang: Lang,
    labels: Labels,
}

impl Ui {
    /// The words of `lang`.
    pub fn new(lang: Lang) -> Result<Ui, String> {
        Ok(Ui {
            lang,
            labels: Labels::of(lang)?,
        })
    }

    /// The language the regulation is written in, when it is one the
    /// labels have (`fill`, which has no `--lang`, prints the form in the
    /// regulation's language as before); else English.
    pub fn of_regulation(reg: &Regulation) -> Result<Ui, String> {
        Ui::new(match reg.language.as_deref() {
            Some("ru") => Lang::Ru,
            _ => Lang::En,
        })
    }

    /// The word `key` (without its `pdf_` prefix).
    pub fn word(&self, key: &str) -> String {
        self.labels.get(&format!("pdf_{key}")).to_owned()
    }

    /// The word `key` with `{name}` placeholders filled in.
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        self.labels.fill(&format!("pdf_{key}"), values)
    }

    /// `4 months`, `4 месяца`.
    pub fn duration(&self, d: &Duration) -> String {
        let key = format!("unit_{}_{}", unit_key(d.unit), plural(self.lang, d.amount));
        format!("{} {}", d.amount, self.labels.get(&key))
    }

    /// `words`, the `line` of element `id` in the regulation's language,
    /// or the source's translation of it into the interface language, as
    /// `{"text", "translated"}`: a template marks only the untranslated
    /// words with the regulation's language.
    pub fn in_lang(&self, reg: &Regulation, id: &str, line: &str, words: &str) -> Json {
        match reg.translated(id, line, self.lang.code()) {
            Some(t) => json!({ "text": t, "translated": true }),
            None => json!({ "text": words, "translated": false }),
        }
    }

    /// The fixed words of the templates, as the templates read them.
    pub fn words(&self) -> Json {
        Json::Object(
            self.labels
                .with_prefix("pdf_")
                .map(|(k, v)| (k.to_owned(), Json::from(v)))
                .collect(),
        )
    }

    /// What the templates read besides the document's own data: the
    /// interface language and its words, and the language of the text that
    /// comes from the regulation (set on those parts, so that a reader and
    /// hyphenation take English quoted in a Russian sheet as English).
    pub fn frame(&self, reg: &Regulation) -> Json {
        json!({
            "lang": self.lang.code(),
            "source_lang": source_lang(reg),
            "words": self.words(),
            "regulation": regulation(reg, self),
        })
    }
}

/// The regulation's language as typst takes it (a two- or three-letter
/// code), or none.
fn source_lang(reg: &Regulation) -> Option<&str> {
    reg.language
        .as_deref()
        .filter(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_lowercase()))
}

/// The regulation's identity, for headers and footers: "Order No. 417 of
/// 11.06.2020, as amended on 01.07.2023", or for a regulation with
/// amendments "Order No. 1 of 10.01.2024; regulation in force from
/// 01.09.2024".
pub fn regulation(reg: &Regulation, ui: &Ui) -> Json {
    let mut footer = match &reg.order {
        Some(o) => ui.fill("order", &[("number", &o.number), ("date", &dmy(o.date))]),
        None => reg.id.clone(),
    };
    if let Some(d) = reg.amended {
        footer.push_str(&format!(", {}", ui.fill("amended", &[("date", &dmy(d))])));
    }
    // The version a regulation with amendments is printed in, so that a
    // sheet on the wall says which wording it shows.
    if let Some(v) = reg.presented_version() {
        let version = match v.from {
            Some(from) => ui.fill("version_from", &[("date", &dmy(from))]),
            None => ui.word("version_original"),
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
pub fn form(
    reg: &Regulation,
    ui: &Ui,
    form: &Form,
    values: Option<&Json>,
    sample: Option<&str>,
) -> Json {
    let words = ui.words();
    let value_of = |id: &str| values.and_then(|v| v.get(id));
    let sections: Vec<Json> = form
        .sections
        .iter()
        .map(|s| {
            let fields: Vec<Json> = s
                .fields
                .iter()
                .map(|f| field(reg, ui, f, s.number, value_of(&f.id), &words))
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
    let mut out = ui.frame(reg);
    let own = json!({
        "form": {
            "id": form.id,
            "title": form.title,
            "title_translated": reg.translated(&form.id, "title", ui.lang.code()),
            "appendix": form.appendix,
            // Notes may hold Markdown links; print their words.
            "notes": form.notes.iter().map(|n| super::stand::plain_text(n)).collect::<Vec<_>>(),
        },
        "sample": sample,
        "per_row": BOXES_PER_ROW,
        "sections": sections,
    });
    extend(&mut out, own);
    out
}

/// `out` (an object) with the keys of `more` (an object) added.
pub fn extend(out: &mut Json, more: Json) {
    if let (Some(map), Json::Object(more)) = (out.as_object_mut(), more) {
        map.extend(more);
    }
}

fn field(
    reg: &Regulation,
    ui: &Ui,
    f: &FormField,
    section: u32,
    value: Option<&Json>,
    words: &Json,
) -> Json {
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
        FieldKind::Choice { choice, options } => {
            // An option's words in the sheet's language, when the source
            // gives them (`option x ru "..."`), are the form's own words.
            let options: Vec<Json> = options
                .iter()
                .map(|o| {
                    let ticked = Some(o.id.as_str()) == value.and_then(Json::as_str);
                    match reg.translated(choice, &format!("option {}", o.id), ui.lang.code()) {
                        Some(t) => json!({"title": t, "translated": true, "ticked": ticked}),
                        None => json!({"title": o.title, "ticked": ticked}),
                    }
                })
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
