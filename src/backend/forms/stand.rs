//! The information stand as print sheets (A4): the documents to submit,
//! the terms, and who may apply, each item with its clause, in the
//! regulation's clarified wording where it has one.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use serde_json::{Value as Json, json};

use super::data::{Ui, extend};
use crate::model::{ClauseNumber, ClauseText, Regulation, TermLength, Wording};

/// One sheet: its file name and the data its template reads.
pub struct Sheet {
    /// `documents`, `terms`, `applicants`.
    pub name: &'static str,
    /// What `stand.typ` reads.
    pub data: Json,
}

/// The three sheets of a regulation.
pub fn sheets(reg: &Regulation, ui: &Ui) -> Vec<Sheet> {
    vec![
        sheet(reg, ui, "documents", true, documents(reg, ui)),
        sheet(reg, ui, "terms", false, terms(reg, ui)),
        sheet(reg, ui, "applicants", false, applicants(reg)),
    ]
}

fn sheet(
    reg: &Regulation,
    ui: &Ui,
    name: &'static str,
    checklist: bool,
    items: Vec<Json>,
) -> Sheet {
    // Verbatim, as the stand's pages print them, so that a cut-off in the
    // source is marked in the same words on paper and on screen.
    let omissions: Vec<String> = reg.omissions.iter().map(|o| o.text.clone()).collect();
    let mut data = ui.frame(reg);
    extend(
        &mut data,
        json!({
            "title": ui.word(&format!("sheet_{name}")),
            "checklist": checklist,
            "items": items,
            "omissions": omissions,
        }),
    );
    Sheet { name, data }
}

/// A line under an item: interface words, then words of the regulation
/// (set in the regulation's language).
fn detail(ui: impl Into<String>, source: Option<String>) -> Json {
    json!({ "ui": ui.into(), "src": source })
}

fn item(clause: &ClauseText, details: Vec<Json>, sub: Vec<Json>) -> Json {
    json!({
        "clause": clause.clause.as_ref().map(ToString::to_string),
        "text": wording(&clause.wording),
        "details": details,
        "sub": sub,
        "heading": false,
    })
}

/// The heading of a numbered group (`13.6 The state duty is paid:`) that
/// is not itself a document, so that `13.6.1 1,600 roubles` does not
/// stand alone on the sheet.
fn group_heading(clause: &ClauseText) -> Json {
    json!({
        "clause": clause.clause.as_ref().map(ToString::to_string),
        "text": wording(&clause.wording),
        "details": [],
        "sub": [],
        "heading": true,
    })
}

/// The provision whose clause heads `number`'s group, if the regulation
/// has one: the parent clause (`13.6` of `13.6.1`), when it is a provision.
fn heading_of<'r>(reg: &'r Regulation, number: &ClauseNumber) -> Option<&'r ClauseText> {
    let parent = number.parent()?;
    reg.provisions
        .iter()
        .map(|p| &p.clause)
        .find(|c| c.clause.as_ref() == Some(&parent))
}

fn documents(reg: &Regulation, ui: &Ui) -> Vec<Json> {
    let word = |k: &str| ui.word(k);
    let mut items = Vec::new();
    let mut headed: Vec<ClauseNumber> = Vec::new();
    for d in &reg.documents {
        let heading = d.clause.clause.as_ref().and_then(|n| heading_of(reg, n));
        if let Some(h) = heading.filter(|h| h.clause.as_ref().is_some_and(|n| !headed.contains(n)))
        {
            headed.extend(h.clause.clone());
            items.push(group_heading(h));
        }
        items.push({
            let mut details = Vec::new();
            if let Some(listed) = &d.categories {
                let names: Vec<String> = listed.iter().map(|id| category_name(reg, id)).collect();
                details.push(detail(
                    format!("{}: ", word("for_categories")),
                    Some(names.join("; ")),
                ));
            }
            if let Some(v) = &d.valid {
                // The words say "Valid only if ...": no label before them.
                details.push(detail("", Some(v.words.clone())));
            }
            if let Some(form) = d.form.as_deref().and_then(|id| reg.form(id)) {
                match form.appendix {
                    Some(n) => details.push(detail(
                        format!(
                            "{}: {} {n} {}",
                            word("form_caption"),
                            word("appendix"),
                            word("to")
                        ),
                        None,
                    )),
                    None => match reg.translated(&form.id, "title", ui.lang.code()) {
                        Some(title) => {
                            details.push(detail(format!("{}: {title}", word("form_caption")), None))
                        }
                        None => details.push(detail(
                            format!("{}: ", word("form_caption")),
                            Some(form.title.clone()),
                        )),
                    },
                }
            }
            // One line a rule: two rules run together read as one.
            if !d.rules.is_empty() {
                details.push(detail(format!("{}:", word("rules")), None));
                details.extend(
                    d.rules
                        .iter()
                        .map(|r| detail("– ", Some(wording(&r.wording)))),
                );
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
                [one] => details.push(detail(
                    format!("{} {} {one}.", word("same_rules"), word("clause")),
                    None,
                )),
                [init @ .., last] => details.push(detail(
                    format!(
                        "{} {} {} {} {last}.",
                        word("same_rules"),
                        word("clauses"),
                        init.join(", "),
                        word("and")
                    ),
                    None,
                )),
            }
            item(&d.clause, details, vec![])
        });
    }
    items
}

fn terms(reg: &Regulation, ui: &Ui) -> Vec<Json> {
    reg.terms
        .iter()
        .map(|t| {
            let line = match &t.length {
                TermLength::Lasts { duration, from } => {
                    let words = format!("{}: {}", ui.word("term"), ui.duration(duration));
                    // Only a start other than the acceptance is named: the
                    // acceptance is where a reader expects a term to start.
                    match from.as_deref().and_then(|f| other_event(reg, f)) {
                        Some(e) => detail(
                            format!("{words}, {} ", ui.word("counted_from")),
                            Some(e.title.clone()),
                        ),
                        None => detail(words, None),
                    }
                }
                TermLength::NotStated { reason } => {
                    detail(format!("{}: ", ui.word("not_stated")), Some(reason.clone()))
                }
            };
            item(&t.clause, vec![line], vec![])
        })
        .chain(limits(reg, ui))
        .collect()
}

/// A category's or branch's short plain name, with its clause (a
/// branch's own, else its category's).
fn category_name(reg: &Regulation, id: &str) -> String {
    let found = reg.categories.iter().find_map(|c| {
        if c.id == id {
            return Some((c.plain_name(), c.clause.clause.as_ref()));
        }
        let b = c.branches.iter().find(|b| b.id == id)?;
        Some((
            b.plain_name(),
            b.clause.clause.as_ref().or(c.clause.clause.as_ref()),
        ))
    });
    match found {
        Some((name, Some(n))) => format!("{name} ({n})"),
        Some((name, None)) => name,
        None => id.to_owned(),
    }
}

/// The other time limits, under their own heading as on the terms page,
/// each with how long, from what, and how it is counted.
fn limits(reg: &Regulation, ui: &Ui) -> Vec<Json> {
    if reg.limits.is_empty() {
        return vec![];
    }
    let heading = json!({
        "clause": null,
        "text": ui.word("limits_heading"),
        "details": [],
        "sub": [],
        "heading": true,
        "ui": true,
    });
    let items = reg.limits.iter().map(|l| {
        let words = format!("{}: {}", ui.word("limit"), ui.duration(&l.duration));
        // A limit names its start even when it is the acceptance: it is not
        // the term a visitor expects to run from there.
        let event = l
            .from
            .as_ref()
            .and_then(|id| reg.events.iter().find(|e| &e.id == id));
        let mut details = vec![match event {
            Some(e) => detail(
                format!("{words}, {} ", ui.word("counted_from")),
                Some(e.title.clone()),
            ),
            None => detail(words, None),
        }];
        if l.duration.unit.deadline_unit().is_none() {
            details.push(detail(ui.word("limit_stated"), None));
        }
        item(&l.clause, details, vec![])
    });
    std::iter::once(heading).chain(items).collect()
}

/// The event `id`, unless it is the acceptance of the application.
fn other_event<'r>(reg: &'r Regulation, id: &str) -> Option<&'r crate::model::Event> {
    reg.events.iter().find(|e| e.id == id && !e.acceptance)
}

/// The categories, each group's heading before the first category in it.
fn applicants(reg: &Regulation) -> Vec<Json> {
    let mut items: Vec<Json> = Vec::new();
    let mut headed: Vec<&str> = Vec::new();
    for c in &reg.categories {
        if let Some(g) = c.group.as_deref().and_then(|g| reg.group(g))
            && !headed.contains(&g.id.as_str())
        {
            headed.push(&g.id);
            items.push(group_heading(&g.clause));
        }
        let sub = c
            .branches
            .iter()
            .chain(&c.grounds)
            .map(|b| item(&b.clause, vec![], vec![]))
            .collect();
        items.push(item(&c.clause, vec![], sub));
    }
    items.extend(
        reg.representatives
            .iter()
            .map(|r| item(&r.clause, vec![], vec![])),
    );
    items
}

/// The clarified wording (the editors' Markdown, as plain text) if there
/// is one, else the quote exactly as the source has it: quoted law is
/// never read as Markdown.
pub(super) fn wording(w: &Wording) -> String {
    match &w.plain {
        Some(plain) => plain_text(plain),
        None => w.text.clone(),
    }
}

/// Markdown as plain text: links keep their words, paragraphs are
/// separated by a blank line. Raw HTML is kept as the source writes it, as
/// the stand's pages show it: dropping it would drop the words around a
/// tag, or a whole paragraph that starts with one. The templates print it
/// as text.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::Heading(_)
                | TagEnd::HtmlBlock
                | TagEnd::CodeBlock,
            ) => {
                // A block of HTML or code ends with its line break.
                out.truncate(out.trim_end().len());
                out.push_str("\n\n");
            }
            Event::Start(Tag::Item) => out.push_str("– "),
            _ => {}
        }
    }
    out.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::plain_text;

    #[test]
    fn html_in_markdown_is_kept_as_text() {
        assert_eq!(
            plain_text("One month <script>alert('term')</script>."),
            "One month <script>alert('term')</script>."
        );
        assert_eq!(
            plain_text("<script>alert('rep')</script> parents apply"),
            "<script>alert('rep')</script> parents apply"
        );
        assert_eq!(
            plain_text("<div>\nblock\n</div>\n\nNext [link](x)."),
            "<div>\nblock\n</div>\n\nNext link."
        );
        assert_eq!(plain_text("# Heading\nText"), "Heading\n\nText");
    }
}
