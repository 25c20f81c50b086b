//! Versions on the stand: which version of the regulation a stand
//! presents (a line on every page), the amendments adopted but not yet in
//! force on the build's day (a notice), and the "What changed" page: each
//! amendment with its act and its changes clause by clause, old and new
//! wording side by side, marked word by word. Every clause an amendment
//! touched carries a note linking to its entry there.
//!
//! The changes are read off the model's versions (the regulation the day
//! before an amendment takes effect against the day it does), through
//! `crate::diff`, so the page shows what the versions really differ in,
//! not what the amendment says it does.

use std::collections::BTreeMap;
use std::collections::btree_map::Entry as Slot;

use jiff::civil::Date;
use serde::Serialize;
use serde_json::Value as Json;

use super::Lang;
use super::labels::Labels;
use super::markdown::verbatim_html;
use super::office::{Localized, Office};
use super::words::{Words, date};
use crate::diff::{ElementChange, ElementChangeKind};
use crate::model::{Amendment, Regulation};

mod parts;

pub use parts::diff_html;
use parts::{number_of, parts, text_of};

/// A note on a changed clause, linking to its entry on the "What changed" page.
#[derive(Clone, Debug, Serialize)]
pub struct Mark {
    /// "changed by Order No. 20 of 01.08.2024 from 01.09.2024".
    pub text: String,
    /// `changes.html#<amendment>-<element>`.
    pub href: String,
}

/// An amendment adopted but not yet in force on the build's day.
#[derive(Debug, Serialize)]
pub struct Notice {
    /// What act, from which date.
    pub text: String,
    /// Its entry on the "What changed" page.
    pub href: String,
}

/// One amendment on the "What changed" page.
#[derive(Debug, Serialize)]
pub struct AmendmentView {
    /// Its id: the anchor of its entry.
    pub id: String,
    /// "Order No. 20 of 01.08.2024".
    pub act: String,
    /// The act's title.
    pub title: Option<String>,
    /// The day it takes effect, DD.MM.YYYY.
    pub in_force: String,
    /// Adopted, not yet in force on the build's day.
    pub pending: bool,
    /// The act in full: number, date, body.
    pub order: Option<String>,
    /// Its registration.
    pub registration: Option<String>,
    /// Where it was published.
    pub published: Option<String>,
    /// What it changed, clause by clause.
    pub entries: Vec<Entry>,
}

/// One element an amendment inserted, repealed or changed.
#[derive(Debug, Serialize)]
pub struct Entry {
    /// Anchor: `<amendment>-<element>`.
    pub anchor: String,
    /// The element's id, when the stand's full text shows it (a link there).
    pub shown: Option<String>,
    /// "item 2(1)", or its title.
    pub label: String,
    /// Is the label the element's title (in the regulation's language)?
    pub titled: bool,
    /// `inserted`, `repealed`, `changed`.
    pub change: &'static str,
    /// The same, in words.
    pub change_label: String,
    /// For an inserted or repealed element, its quoted text (HTML).
    pub text: Option<String>,
    /// For a changed one, each part that differs.
    pub parts: Vec<PartView>,
}

/// One part of an element, before and after (HTML, removed words in
/// `<del>`, added ones in `<ins>`, each announced in words to a screen
/// reader).
#[derive(Debug, Serialize)]
pub struct PartView {
    /// What part: "Text", "Term" ...
    pub what: String,
    /// The old value.
    pub old: String,
    /// The new value.
    pub new: String,
    /// Is it quoted text (kept with its line breaks)?
    pub verbatim: bool,
    /// The language of an office's text; none: the regulation's.
    pub lang: Option<String>,
}

/// A change to the office's profile on a date (an `[[earlier]]` table).
#[derive(Debug, Serialize)]
pub struct OfficeChange {
    /// "From 02.04.2025".
    pub on: String,
    /// The fields that changed.
    pub fields: Vec<PartView>,
}

/// What a stand says about versions, the same for all its offices.
#[derive(Debug, Default, Serialize)]
pub struct Versions {
    /// The version the stand presents, in words; none when the source says
    /// nothing about it.
    pub line: Option<String>,
    /// Amendments adopted, not yet in force.
    pub notices: Vec<Notice>,
    /// The amendments the "What changed" page lists, latest first.
    pub amendments: Vec<AmendmentView>,
    /// Does the source declare amendments at all?
    pub declared: bool,
    /// Notes on changed clauses, by element id.
    #[serde(skip)]
    pub marks: BTreeMap<String, Vec<Mark>>,
}

/// The short name of an amending act: "Order No. 20 of 01.08.2024".
fn act_name(a: &Amendment, l: &Labels) -> String {
    match &a.order {
        Some(o) => l.fill(
            "act_short",
            &[("number", o.number.as_str()), ("date", &date(o.date))],
        ),
        None => a.title.clone().unwrap_or_else(|| a.id.clone()),
    }
}

impl Versions {
    /// The versions of `reg` as a stand built as of `day` (none: the latest
    /// version) shows them. `shown` says whether the stand shows an element.
    pub fn new(
        reg: &Regulation,
        words: &Words<'_>,
        day: Option<Date>,
        shown: &dyn Fn(&str) -> bool,
    ) -> Result<Versions, String> {
        let l = words.labels;
        let mut out = Versions {
            line: line(reg, l),
            declared: !reg.amendments.is_empty(),
            ..Versions::default()
        };
        let Some(presented) = reg.presented_version() else {
            return Ok(out);
        };
        // Adopted by the build's day: signed on or before it. An act
        // without a date of signing is not announced: nothing says it
        // was adopted then.
        let adopted = |a: &Amendment| match (day, &a.order) {
            (None, _) => true,
            (Some(d), Some(o)) => o.date <= d,
            (Some(_), None) => false,
        };
        let in_force = |a: &Amendment| presented.from.is_some_and(|f| a.in_force <= f);
        let pending = |a: &Amendment| presented.from.is_none_or(|f| a.in_force > f) && adopted(a);
        let mut by_date: BTreeMap<Date, Day> = BTreeMap::new();
        for a in reg.amendments.iter().rev() {
            let is_pending = pending(a);
            if !is_pending && !in_force(a) {
                continue;
            }
            let changed: &Day = match by_date.entry(a.in_force) {
                Slot::Occupied(o) => o.into_mut(),
                Slot::Vacant(v) => v.insert(changed_on(reg, a.in_force)?),
            };
            let first_of_day = reg
                .amendments
                .iter()
                .find(|x| x.in_force == a.in_force)
                .is_some_and(|x| x.id == a.id);
            let named_by_day = |id: &str| {
                reg.amendments
                    .iter()
                    .filter(|x| x.in_force == a.in_force)
                    .any(|x| x.changes.iter().any(|c| c.id == id))
            };
            // Each change under the amendment that names it; one nobody
            // names (a renumbering) under the first act of the day.
            let entries: Vec<Entry> = changed
                .changes
                .iter()
                .filter(|c| {
                    a.changes.iter().any(|x| x.id == c.id) || (first_of_day && !named_by_day(&c.id))
                })
                .map(|c| entry(words, changed, a, c, shown))
                .collect();
            let act = act_name(a, l);
            let on = date(a.in_force);
            for e in &entries {
                let key = match (is_pending, e.change) {
                    (false, "inserted") => "mark_inserted",
                    (false, "changed") => "mark_changed",
                    (true, "changed") => "mark_pending_changed",
                    (true, "repealed") => "mark_pending_repealed",
                    _ => continue,
                };
                if let Some(id) = &e.shown {
                    out.marks.entry(id.clone()).or_default().push(Mark {
                        text: l.fill(key, &[("act", &act), ("date", &on)]),
                        href: format!("changes.html#{}", e.anchor),
                    });
                }
            }
            if is_pending {
                out.notices.push(Notice {
                    text: l.fill("notice_pending", &[("act", &act), ("date", &on)]),
                    href: format!("changes.html#{}", a.id),
                });
            }
            let enactment = |key: &str, e: &crate::model::Enactment| words.enactment(key, e);
            out.amendments.push(AmendmentView {
                id: a.id.clone(),
                act,
                title: a.title.clone(),
                in_force: on,
                pending: is_pending,
                order: a.order.as_ref().map(|o| enactment("order_words", o)),
                registration: a
                    .registration
                    .as_ref()
                    .map(|o| enactment("registered_words", o)),
                published: a.published.clone(),
                entries,
            });
        }
        // The soonest first among those to come, then the latest in force.
        out.notices.reverse();
        Ok(out)
    }
}

/// The version line: "Version in force from 01.09.2024, as amended by
/// Order No. 20 of 01.08.2024"; for a regulation without versions, what
/// its source says of its consolidated version, or nothing.
fn line(reg: &Regulation, l: &Labels) -> Option<String> {
    let Some(v) = reg.presented_version() else {
        return reg
            .amended
            .map(|d| l.fill("version_consolidated", &[("date", &date(d))]));
    };
    Some(match v.from {
        Some(from) => {
            let mut s = l.fill("version_from", &[("date", &date(from))]);
            let acts: Vec<String> = v
                .amendments
                .iter()
                .filter_map(|id| reg.amendments.iter().find(|a| &a.id == id))
                .map(|a| act_name(a, l))
                .collect();
            if !acts.is_empty() {
                s.push_str(", ");
                s.push_str(&l.fill("version_amended_by", &[("acts", &acts.join(", "))]));
            }
            s
        }
        None => match &reg.order {
            Some(o) => {
                let act = l.fill(
                    "act_short",
                    &[("number", o.number.as_str()), ("date", &date(o.date))],
                );
                l.fill("version_original", &[("act", &act)])
            }
            None => l.get("version_original_untitled").to_owned(),
        },
    })
}

/// The day an amendment takes effect: what differs from the day before,
/// and the regulation on both days as JSON (rebuilt once a day, not once
/// a change).
struct Day {
    changes: Vec<ElementChange>,
    before: Json,
    after: Json,
}

fn changed_on(reg: &Regulation, day: Date) -> Result<Day, String> {
    let before = day
        .yesterday()
        .map_err(|e| e.to_string())
        .and_then(|d| reg.at(d).map_err(|e| e.to_string()))?;
    let after = reg.at(day).map_err(|e| e.to_string())?;
    Ok(Day {
        changes: crate::diff::diff(&before, &after, &[], (None, None)).elements,
        before: serde_json::to_value(&before).map_err(|e| e.to_string())?,
        after: serde_json::to_value(&after).map_err(|e| e.to_string())?,
    })
}

/// An element of the model's list `list`, as JSON (null when absent).
fn element_in(model: &Json, list: &str, id: &str) -> Json {
    if list == "regulation" {
        return model
            .as_object()
            .map_or(Json::Null, crate::diff::regulation_lines);
    }
    model
        .get(list)
        .and_then(Json::as_array)
        .and_then(|items| {
            items
                .iter()
                .find(|e| e.get("id").and_then(Json::as_str) == Some(id))
        })
        .cloned()
        .unwrap_or(Json::Null)
}

fn entry(
    words: &Words<'_>,
    day: &Day,
    a: &Amendment,
    c: &ElementChange,
    shown: &dyn Fn(&str) -> bool,
) -> Entry {
    let l = words.labels;
    let before = element_in(&day.before, &c.list, &c.id);
    let after = element_in(&day.after, &c.list, &c.id);
    let either = if after.is_null() { &before } else { &after };
    let titled = number_of(either).is_none();
    let label = number_of(either).map_or_else(
        || {
            either
                .get("title")
                .and_then(Json::as_str)
                .map_or_else(|| c.id.clone(), str::to_owned)
        },
        |n| words.clause(&n),
    );
    let (change, text, parts) = match c.change {
        ElementChangeKind::Inserted => (
            "inserted",
            text_of(&after, "text").map(|t| verbatim_html(&t)),
            Vec::new(),
        ),
        ElementChangeKind::Repealed => (
            "repealed",
            text_of(&before, "text").map(|t| verbatim_html(&t)),
            Vec::new(),
        ),
        ElementChangeKind::Changed => ("changed", None, parts(words, c, &before, &after)),
    };
    Entry {
        anchor: format!("{}-{}", a.id, c.id),
        shown: shown(&c.id).then(|| c.id.clone()),
        label,
        titled,
        change,
        change_label: l.get(&format!("change_{change}")).to_owned(),
        text,
        parts,
    }
}

/// What changed in `office`'s profile, on each day an `[[earlier]]` table
/// ends, up to `day` (none: every change), the latest first.
pub fn office_changes(
    office: &Office,
    lang: Lang,
    l: &Labels,
    day: Option<Date>,
) -> Vec<OfficeChange> {
    let mut out = Vec::new();
    for (on, mut keys) in office.changes() {
        // The name first: it is what a visitor looks for.
        keys.sort_by_key(|k| k != "name");
        if day.is_some_and(|d| on > d) {
            continue;
        }
        let Ok(before) = on.yesterday() else {
            continue;
        };
        let (Ok(old), Ok(new)) = (
            toml::Table::try_from(&office.as_of(Some(before)).profile),
            toml::Table::try_from(&office.as_of(Some(on)).profile),
        ) else {
            continue;
        };
        let default = office.profile.language.as_str();
        let pick = |t: &toml::Table, key: &str| {
            t.get(key)
                .cloned()
                .and_then(|v| v.try_into::<Localized>().ok())
                .map(|x| x.pick(lang.code(), default))
        };
        let fields = keys
            .iter()
            .map(|key| {
                let label = super::office::field_label(l, key);
                match (pick(&old, key), pick(&new, key)) {
                    (Some(a), Some(b)) => {
                        let (o, n) = diff_html(&a.text, &b.text, l);
                        PartView {
                            what: label,
                            old: o,
                            new: n,
                            verbatim: false,
                            lang: (a.lang == b.lang).then_some(a.lang),
                        }
                    }
                    // A list of phones or hours: named, not quoted.
                    _ => PartView {
                        what: l.fill("office_field_other", &[("field", &label)]),
                        old: String::new(),
                        new: String::new(),
                        verbatim: false,
                        lang: None,
                    },
                }
            })
            .collect();
        out.push(OfficeChange {
            on: l.fill("office_changed_on", &[("date", &date(on))]),
            fields,
        });
    }
    out.reverse();
    out
}
