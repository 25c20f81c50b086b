//! What changed between two versions of a regulation: two days of one
//! source, or two source trees (an amendment under review). Elements
//! inserted, repealed and changed (each changed text at word level), the
//! combinations of application, category and status whose term changes,
//! the documents whose requirement changes, and the examples whose answer
//! changes.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value as Json;
use similar::{ChangeTag, TextDiff};

use crate::check::coverage::{filers, matching};
use crate::interpret::{FactValues, Query, explain_as_of};
use crate::model::{ELEMENT_LISTS, Example, REGULATION_LINES, Regulation, TermLength};

/// Everything that differs between two versions.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Diff {
    /// Elements inserted, repealed or changed, in list order.
    pub elements: Vec<ElementChange>,
    /// Combinations whose processing term differs.
    pub terms: Vec<TermChange>,
    /// Documents whose requirement, copies or count differ.
    pub documents: Vec<DocumentChange>,
    /// Examples whose answer differs.
    pub examples: Vec<String>,
}

impl Diff {
    /// Is nothing different?
    pub fn is_empty(&self) -> bool {
        self.elements.is_empty()
            && self.terms.is_empty()
            && self.documents.is_empty()
            && self.examples.is_empty()
    }
}

/// What happened to one element.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ElementChange {
    /// The model's list (`categories`, `terms` ...).
    pub list: String,
    /// Its id.
    pub id: String,
    /// Its clause number, in the newer version (else the older).
    pub clause: Option<String>,
    /// Inserted, repealed or changed.
    pub change: ElementChangeKind,
    /// For a change: each part that differs.
    pub parts: Vec<PartChange>,
}

/// Inserted, repealed or changed.
#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ElementChangeKind {
    /// Only in the newer version.
    Inserted,
    /// Only in the older version.
    Repealed,
    /// In both, different.
    Changed,
}

/// One part of an element that differs.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct PartChange {
    /// Where in the element (`clause.wording.text`, `length`).
    pub path: String,
    /// The old value, as text (none: absent).
    pub old: Option<String>,
    /// The new value, as text (none: absent).
    pub new: Option<String>,
    /// For texts: the words kept, removed and added, in order.
    pub words: Vec<Words>,
}

/// A run of words of a text diff.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Words {
    /// `same`, `removed` or `added`.
    pub change: &'static str,
    /// The words, with their spacing.
    pub text: String,
}

/// One combination whose term differs.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct TermChange {
    /// The application kind.
    pub application: String,
    /// The category (or branch) filing it; none: any applicant.
    pub filer: Option<String>,
    /// The status; none: any.
    pub status: Option<String>,
    /// The term before (none: no term, or the combination did not exist).
    pub old: Option<String>,
    /// The term after.
    pub new: Option<String>,
}

/// A document whose requirement differs.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct DocumentChange {
    /// Its id.
    pub id: String,
    /// Who brought it before (none: not required by anyone).
    pub old: Option<String>,
    /// Who brings it now.
    pub new: Option<String>,
}

/// The differences from `old` to `new`. Examples are answered by each
/// side's `old_day` / `new_day` version (none: as `reglament test` answers
/// them, by the version of the example's own day).
pub fn diff(
    old: &Regulation,
    new: &Regulation,
    examples: &[Example],
    days: (Option<jiff::civil::Date>, Option<jiff::civil::Date>),
) -> Diff {
    Diff {
        elements: elements(old, new),
        terms: terms(old, new),
        documents: documents(old, new),
        examples: changed_examples(old, new, examples, days),
    }
}

fn without_spans(v: &Json) -> Json {
    match v {
        Json::Object(o) => Json::Object(
            o.iter()
                .filter(|(k, _)| !(k.as_str() == "span" || k.ends_with("_span")))
                .map(|(k, v)| (k.clone(), without_spans(v)))
                .collect(),
        ),
        Json::Array(a) => Json::Array(a.iter().map(without_spans).collect()),
        other => other.clone(),
    }
}

fn lists(reg: &Regulation) -> serde_json::Map<String, Json> {
    match serde_json::to_value(reg) {
        Ok(Json::Object(o)) => o,
        _ => serde_json::Map::new(),
    }
}

fn clause_of(e: &Json) -> Option<String> {
    let c = e.get("clause")?;
    let c = c.get("clause").unwrap_or(c);
    let number: crate::model::ClauseNumber = serde_json::from_value(c.clone()).ok()?;
    Some(number.to_string())
}

fn elements(old: &Regulation, new: &Regulation) -> Vec<ElementChange> {
    let (a, b) = (lists(old), lists(new));
    let mut out = Vec::new();
    for list in ELEMENT_LISTS {
        let items = |m: &serde_json::Map<String, Json>| -> Vec<(String, Json)> {
            match m.get(*list) {
                Some(Json::Array(items)) => items
                    .iter()
                    .map(|e| {
                        let id = e.get("id").and_then(Json::as_str).unwrap_or("").to_owned();
                        (id, without_spans(e))
                    })
                    .collect(),
                _ => Vec::new(),
            }
        };
        let (before, after) = (items(&a), items(&b));
        let find = |v: &[(String, Json)], id: &str| {
            v.iter().find(|(i, _)| i == id).map(|(_, e)| e.clone())
        };
        for (id, e) in &after {
            match find(&before, id) {
                None => out.push(ElementChange {
                    list: (*list).to_owned(),
                    id: id.clone(),
                    clause: clause_of(e),
                    change: ElementChangeKind::Inserted,
                    parts: Vec::new(),
                }),
                Some(o) if o != *e => {
                    let mut parts = Vec::new();
                    parts_of("", &o, e, &mut parts);
                    out.push(ElementChange {
                        list: (*list).to_owned(),
                        id: id.clone(),
                        clause: clause_of(e),
                        change: ElementChangeKind::Changed,
                        parts,
                    });
                }
                Some(_) => {}
            }
        }
        for (id, e) in &before {
            if find(&after, id).is_none() {
                out.push(ElementChange {
                    list: (*list).to_owned(),
                    id: id.clone(),
                    clause: clause_of(e),
                    change: ElementChangeKind::Repealed,
                    parts: Vec::new(),
                });
            }
        }
    }
    // The regulation block's own lines (its title, the approving order, the
    // "as amended" date ...) change too, by a `worded by` of their own.
    let (before, after) = (regulation_lines(&a), regulation_lines(&b));
    if before != after {
        let mut parts = Vec::new();
        parts_of("", &before, &after, &mut parts);
        out.push(ElementChange {
            list: "regulation".to_owned(),
            id: new.id.clone(),
            clause: None,
            change: ElementChangeKind::Changed,
            parts,
        });
    }
    out
}

/// The lines of the `regulation` block, as one element (with its `id`),
/// from a model's top level.
pub fn regulation_lines(model: &serde_json::Map<String, Json>) -> Json {
    let mut lines = serde_json::Map::new();
    if let Some(id) = model.get("id") {
        lines.insert("id".to_owned(), id.clone());
    }
    for line in REGULATION_LINES {
        if let Some(v) = model.get(*line) {
            lines.insert((*line).to_owned(), without_spans(v));
        }
    }
    Json::Object(lines)
}

fn shown(v: &Json) -> String {
    match v {
        Json::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The parts of two versions of an element that differ: objects are
/// followed key by key, anything else is compared whole.
fn parts_of(path: &str, old: &Json, new: &Json, out: &mut Vec<PartChange>) {
    if old == new {
        return;
    }
    if let (Json::Object(a), Json::Object(b)) = (old, new) {
        let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            let p = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            let (x, y) = (
                a.get(k).unwrap_or(&Json::Null),
                b.get(k).unwrap_or(&Json::Null),
            );
            parts_of(&p, x, y, out);
        }
        return;
    }
    let words = match (old, new) {
        // Only texts (ids and units are compared whole).
        (Json::String(a), Json::String(b)) if a.contains(' ') || b.contains(' ') => word_diff(a, b),
        _ => Vec::new(),
    };
    out.push(PartChange {
        path: path.to_owned(),
        old: (!old.is_null()).then(|| shown(old)),
        new: (!new.is_null()).then(|| shown(new)),
        words,
    });
}

/// Two texts compared word by word.
pub fn word_diff(old: &str, new: &str) -> Vec<Words> {
    let mut out: Vec<Words> = Vec::new();
    for change in TextDiff::from_words(old, new).iter_all_changes() {
        let tag = match change.tag() {
            ChangeTag::Equal => "same",
            ChangeTag::Delete => "removed",
            ChangeTag::Insert => "added",
        };
        match out.last_mut() {
            Some(last) if last.change == tag => last.text.push_str(change.value()),
            _ => out.push(Words {
                change: tag,
                text: change.value().to_owned(),
            }),
        }
    }
    out
}

fn term_words(
    reg: &Regulation,
    app: &str,
    filer: &crate::check::coverage::Filer,
    status: Option<&str>,
) -> Option<String> {
    let found = matching(reg, app, filer, status);
    let [t] = found.as_slice() else {
        return None;
    };
    Some(match &t.length {
        TermLength::Lasts { duration, .. } => format!("{duration} ({})", t.id),
        TermLength::NotStated { .. } => format!("not stated ({})", t.id),
    })
}

/// Application, filer (category or branch), status.
type Combination = (String, Option<String>, Option<String>);

fn combinations(reg: &Regulation) -> BTreeMap<Combination, Option<String>> {
    let statuses: Vec<Option<&str>> = if reg.statuses.is_empty() {
        vec![None]
    } else {
        reg.statuses.iter().map(|s| Some(s.id.as_str())).collect()
    };
    let mut out = BTreeMap::new();
    for app in &reg.applications {
        for filer in filers(reg, &app.id) {
            for status in &statuses {
                let who = filer.branch.clone().or_else(|| filer.category.clone());
                out.insert(
                    (app.id.clone(), who, status.map(str::to_owned)),
                    term_words(reg, &app.id, &filer, *status),
                );
            }
        }
    }
    out
}

fn terms(old: &Regulation, new: &Regulation) -> Vec<TermChange> {
    let (a, b) = (combinations(old), combinations(new));
    let mut keys: Vec<_> = a.keys().chain(b.keys()).cloned().collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter_map(|k| {
            let (x, y) = (a.get(&k).cloned().flatten(), b.get(&k).cloned().flatten());
            (x != y).then_some(TermChange {
                application: k.0,
                filer: k.1,
                status: k.2,
                old: x,
                new: y,
            })
        })
        .collect()
}

/// Who brings a document, in words: its condition, copies and count.
fn requirement(reg: &Regulation, id: &str) -> Option<String> {
    let d = reg.document(id)?;
    let mut who = d
        .required
        .as_ref()
        .map_or_else(|| "everyone".to_owned(), |c| format!("when {c}"));
    if let Some(listed) = &d.categories {
        who = format!("for category {}, {who}", listed.join(", "));
    }
    let amounts = |list: &[crate::model::Amount], word: &str| -> String {
        list.iter()
            .map(|a| {
                let only = a
                    .categories
                    .as_ref()
                    .map(|l| format!(" for category {}", l.join(", ")))
                    .unwrap_or_default();
                match &a.when {
                    Some(c) => format!("{word} {}{only} when {c}", a.amount),
                    None => format!("{word} {}{only}", a.amount),
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut parts = vec![who];
    for s in [amounts(&d.copies, "copies"), amounts(&d.count, "count")] {
        if !s.is_empty() {
            parts.push(s);
        }
    }
    Some(parts.join("; "))
}

fn documents(old: &Regulation, new: &Regulation) -> Vec<DocumentChange> {
    let mut ids: Vec<&str> = new
        .documents
        .iter()
        .chain(&old.documents)
        .map(|d| d.id.as_str())
        .collect();
    ids.dedup();
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for id in ids {
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        let (a, b) = (requirement(old, id), requirement(new, id));
        if a != b {
            out.push(DocumentChange {
                id: id.to_owned(),
                old: a,
                new: b,
            });
        }
    }
    out
}

fn changed_examples(
    old: &Regulation,
    new: &Regulation,
    examples: &[Example],
    (old_day, new_day): (Option<jiff::civil::Date>, Option<jiff::civil::Date>),
) -> Vec<String> {
    let answer = |reg: &Regulation, e: &Example, day| {
        let facts: FactValues = e
            .given
            .iter()
            .map(|g| (g.fact.clone(), g.value.clone()))
            .collect();
        let query = Query {
            accepted: e.accepted,
            ..Query::default()
        };
        explain_as_of(reg, &facts, &query, day)
            .ok()
            .and_then(|mut a| {
                a.version = None;
                // A validity window's wording and the bounds counted from it
                // describe the rule, which the element changes list; the
                // answer is whether the document's dates fall inside.
                for d in &mut a.documents {
                    if let Some(v) = &mut d.validity {
                        v.words.clear();
                        v.counted.clear();
                    }
                }
                serde_json::to_value(a).ok()
            })
    };
    examples
        .iter()
        // Without days, each example is answered as `reglament test` answers
        // it: by the version of its own day.
        .filter(|e| answer(old, e, old_day.or(e.as_of)) != answer(new, e, new_day.or(e.as_of)))
        .map(|e| e.id.clone())
        .collect()
}
