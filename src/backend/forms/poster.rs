//! The stand's poster: who may apply, how long it takes and what to bring,
//! on one A3 page, for the wall of the office. Each category is named by
//! its plain name with its clause, under the term that applies to it; the
//! documents in their clarified wording. Nothing is said that the sheets
//! do not say at length.

use serde_json::{Value as Json, json};

use super::data::{Ui, extend};
use super::stand::wording;
use crate::model::{Regulation, Term, TermLength};

/// What `poster.typ` reads.
pub fn poster(reg: &Regulation, ui: &Ui) -> Json {
    let mut data = ui.frame(reg);
    extend(
        &mut data,
        json!({
            "title": ui.word("poster_title"),
            "who_heading": ui.word("poster_who"),
            "bring_heading": ui.word("poster_bring"),
            "terms": reg.terms.iter().map(|t| term(reg, ui, t)).collect::<Vec<_>>(),
            "documents": reg.documents.iter().map(|d| json!({
                "clause": d.clause.clause.as_ref().map(ToString::to_string),
                "text": wording(&d.clause.wording),
            })).collect::<Vec<_>>(),
            "omissions": reg.omissions.iter().map(|o| o.text.clone()).collect::<Vec<_>>(),
        }),
    );
    data
}

/// One term: how long, and who it is for, by plain name. A term for every
/// category that files an application lists those categories; one whose
/// application no category files names the application instead.
fn term(reg: &Regulation, ui: &Ui, t: &Term) -> Json {
    let length = match &t.length {
        TermLength::Lasts { duration, .. } => ui.duration(duration),
        TermLength::NotStated { reason } => reason.clone(),
    };
    let ids: Vec<&str> = match &t.categories {
        Some(ids) => ids.iter().map(String::as_str).collect(),
        None => reg
            .categories
            .iter()
            .filter(|c| c.files.iter().any(|a| t.applications.contains(a)))
            .map(|c| c.id.as_str())
            .collect(),
    };
    let mut who: Vec<Json> = ids.iter().filter_map(|id| named(reg, ui, id)).collect();
    if who.is_empty() {
        who = reg
            .applications
            .iter()
            .filter(|a| t.applications.contains(&a.id))
            .map(|a| json!({ "name": ui.in_lang(reg, &a.id, "title", &a.title), "clause": null }))
            .collect();
    }
    let statuses: Vec<Json> = t
        .statuses
        .iter()
        .flatten()
        .filter_map(|id| {
            reg.statuses
                .iter()
                .find(|s| &s.id == id)
                .map(|s| ui.in_lang(reg, &s.id, "title", &s.title))
        })
        .collect();
    // Terms from the acceptance need no words (the acceptance is where a
    // visitor expects a term to start); one from another event names it.
    let from = match &t.length {
        TermLength::Lasts {
            from: Some(from), ..
        } => reg
            .events
            .iter()
            .find(|e| &e.id == from && !e.acceptance)
            .map(|e| ui.in_lang(reg, &e.id, "title", &e.title)),
        _ => None,
    };
    json!({
        "length": length,
        "from": from,
        "stated": matches!(t.length, TermLength::Lasts { .. }),
        "clause": t.clause.clause.as_ref().map(ToString::to_string),
        "statuses": statuses,
        "who": who,
    })
}

/// A category or branch by its plain name (the source's translation of
/// its title, when given) and clause (a branch without a clause of its own
/// takes its category's).
fn named(reg: &Regulation, ui: &Ui, id: &str) -> Option<Json> {
    let clause = |c: &Option<crate::model::ClauseNumber>| c.as_ref().map(ToString::to_string);
    reg.categories.iter().find_map(|c| {
        if c.id == id {
            return Some(json!({
                "name": ui.in_lang(reg, &c.id, "title", &c.plain_name()),
                "clause": clause(&c.clause.clause),
            }));
        }
        c.branches
            .iter()
            .chain(&c.grounds)
            .find(|b| b.id == id)
            .map(|b| {
                json!({
                    "name": ui.in_lang(reg, &b.id, "title", &b.plain_name()),
                    "clause": clause(&b.clause.clause).or_else(|| clause(&c.clause.clause)),
                })
            })
    })
}
