//! The information stand as print sheets (A4): the documents to submit,
//! the terms, and who may apply, each item with its clause, in the
//! regulation's clarified wording where it has one.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use serde_json::{Value as Json, json};

use super::data::{lang, regulation, words};
use crate::model::{ClauseText, Regulation, TermLength, Wording};

/// One sheet: its file name and the data its template reads.
pub struct Sheet {
    /// `documents`, `terms`, `applicants`.
    pub name: &'static str,
    /// What `stand.typ` reads.
    pub data: Json,
}

/// The three sheets of a regulation.
pub fn sheets(reg: &Regulation) -> Vec<Sheet> {
    let ru = lang(reg) == "ru";
    let pick = |en: &'static str, ru_text: &'static str| if ru { ru_text } else { en };
    vec![
        sheet(
            reg,
            "documents",
            pick("Documents to submit", "Перечень документов"),
            true,
            documents(reg),
        ),
        sheet(
            reg,
            "terms",
            pick("Terms of the service", "Сроки предоставления услуги"),
            false,
            terms(reg),
        ),
        sheet(
            reg,
            "applicants",
            pick("Who may apply", "Круг заявителей"),
            false,
            applicants(reg),
        ),
    ]
}

fn sheet(
    reg: &Regulation,
    name: &'static str,
    title: &str,
    checklist: bool,
    items: Vec<Json>,
) -> Sheet {
    let words = words(reg);
    let omissions: Vec<String> = reg.omissions.iter().map(|o| plain_text(&o.text)).collect();
    Sheet {
        name,
        data: json!({
            "lang": lang(reg),
            "words": words,
            "regulation": regulation(reg),
            "title": title,
            "checklist": checklist,
            "items": items,
            "omissions": omissions,
        }),
    }
}

fn item(clause: &ClauseText, details: Vec<String>, sub: Vec<Json>) -> Json {
    json!({
        "clause": clause.clause.as_ref().map(ToString::to_string),
        "text": wording(&clause.wording),
        "details": details,
        "sub": sub,
    })
}

fn documents(reg: &Regulation) -> Vec<Json> {
    let words = words(reg);
    let word = |k: &str| words.get(k).and_then(Json::as_str).unwrap_or("").to_owned();
    reg.documents
        .iter()
        .map(|d| {
            let mut details = Vec::new();
            if let Some(form) = d.form.as_deref().and_then(|id| reg.form(id)) {
                match form.appendix {
                    Some(n) => details.push(format!(
                        "{}: {} {n} {}",
                        word("form_caption"),
                        word("appendix"),
                        word("to")
                    )),
                    None => details.push(format!("{}: {}", word("form_caption"), form.title)),
                }
            }
            let rules: Vec<String> = d.rules.iter().map(|r| wording(&r.wording)).collect();
            if !rules.is_empty() {
                details.push(format!("{}: {}", word("rules"), rules.join(" ")));
            }
            let same: Vec<String> = d
                .same_rules_as
                .iter()
                .filter_map(|id| {
                    reg.document(id)?
                        .clause
                        .clause
                        .as_ref()
                        .map(ToString::to_string)
                })
                .collect();
            match same.as_slice() {
                [] => {}
                [one] => details.push(format!("{} {} {one}.", word("same_rules"), word("clause"))),
                [init @ .., last] => details.push(format!(
                    "{} {} {} {} {last}.",
                    word("same_rules"),
                    word("clauses"),
                    init.join(", "),
                    word("and")
                )),
            }
            item(&d.clause, details, vec![])
        })
        .collect()
}

fn terms(reg: &Regulation) -> Vec<Json> {
    let words = words(reg);
    let word = |k: &str| words.get(k).and_then(Json::as_str).unwrap_or("").to_owned();
    reg.terms
        .iter()
        .map(|t| {
            let detail = match &t.length {
                TermLength::Lasts { duration, .. } => format!("{}: {duration}", word("term")),
                TermLength::NotStated { reason } => {
                    format!("{}: {}", word("not_stated"), plain_text(reason))
                }
            };
            item(&t.clause, vec![detail], vec![])
        })
        .collect()
}

fn applicants(reg: &Regulation) -> Vec<Json> {
    let mut items: Vec<Json> = reg
        .categories
        .iter()
        .map(|c| {
            let sub = c
                .branches
                .iter()
                .chain(&c.grounds)
                .map(|b| item(&b.clause, vec![], vec![]))
                .collect();
            item(&c.clause, vec![], sub)
        })
        .collect();
    items.extend(
        reg.representatives
            .iter()
            .map(|r| item(&r.clause, vec![], vec![])),
    );
    items
}

/// The clarified wording if there is one, else the quote; as plain text.
fn wording(w: &Wording) -> String {
    plain_text(w.plain.as_deref().unwrap_or(&w.text))
}

/// Markdown as plain text: links keep their words, paragraphs are
/// separated by a blank line. The templates print it as text.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::End(TagEnd::Paragraph | TagEnd::Item) => out.push_str("\n\n"),
            Event::Start(Tag::Item) => out.push_str("– "),
            _ => {}
        }
    }
    out.trim().to_owned()
}
