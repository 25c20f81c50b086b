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
use super::markdown::{escape, verbatim_html};
use super::office::{Localized, Office};
use super::words::{Words, date};
use crate::diff::{ElementChange, ElementChangeKind, word_diff};
use crate::model::{Amendment, Amount, ClauseNumber, Condition, Money, Regulation, TermLength};

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
            let enactment = |key: &str, e: &crate::model::Enactment| {
                l.fill(
                    key,
                    &[
                        ("number", e.number.as_str()),
                        ("date", &date(e.date)),
                        ("by", &e.by),
                    ],
                )
            };
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

/// A clause's own part: flattened into the element, or under `clause`.
fn clause_part<'j>(e: &'j Json, key: &str) -> Option<&'j Json> {
    e.get(key)
        .filter(|v| !v.is_null())
        .or_else(|| e.get("clause").and_then(|c| c.get(key)))
        .filter(|v| !v.is_null())
}

fn text_of(e: &Json, which: &str) -> Option<String> {
    clause_part(e, "wording")?
        .get(which)?
        .as_str()
        .map(str::to_owned)
}

fn number_of(e: &Json) -> Option<ClauseNumber> {
    let c = e.get("clause")?;
    let c = c.get("clause").unwrap_or(c);
    serde_json::from_value(c.clone()).ok()
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

/// The parts of a changed element, each once, in the order of the diff.
fn parts(words: &Words<'_>, c: &ElementChange, before: &Json, after: &Json) -> Vec<PartView> {
    let mut keys: Vec<String> = Vec::new();
    for p in &c.parts {
        let path = p
            .path
            .strip_prefix("clause.")
            .filter(|rest| {
                ["wording", "heading", "clause", "basis", "see", "notes"]
                    .iter()
                    .any(|k| rest.starts_with(k))
            })
            .unwrap_or(&p.path);
        let mut segments = path.split('.');
        let top = segments.next().unwrap_or("");
        let key = match (top, segments.next()) {
            ("wording", Some(sub)) => format!("wording.{sub}"),
            _ => top.to_owned(),
        };
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    // Quoted text first: it is what the amendment's words change.
    keys.sort_by_key(|k| k != "wording.text");
    keys.iter().map(|k| part(words, k, before, after)).collect()
}

fn part(words: &Words<'_>, key: &str, before: &Json, after: &Json) -> PartView {
    let l = words.labels;
    let value = |e: &Json| -> Json {
        match key {
            "wording.text" => text_of(e, "text").map_or(Json::Null, Json::String),
            "wording.plain" => text_of(e, "plain").map_or(Json::Null, Json::String),
            "heading" => clause_part(e, "heading").cloned().unwrap_or(Json::Null),
            "clause" => number_of(e).map_or(Json::Null, |n| json_of(&n)),
            k => e.get(k).cloned().unwrap_or(Json::Null),
        }
    };
    let (old, new) = (value(before), value(after));
    let what = match key {
        "wording.text" => "change_part_text",
        "wording.plain" => "change_part_plain",
        "length" => "change_part_length",
        "applies" => "change_part_applies",
        "required" => "change_part_required",
        "copies" => "change_part_copies",
        "count" => "change_part_count",
        "amount" => "change_part_amount",
        "clause" => "change_part_clause",
        "title" => "change_part_title",
        "heading" => "change_part_heading",
        _ => "",
    };
    let what = if what.is_empty() {
        l.fill("change_part_other", &[("key", key)])
    } else {
        l.get(what).to_owned()
    };
    // Texts word by word; anything else whole, in words.
    if let (Some(a), Some(b)) = (old.as_str(), new.as_str()) {
        let (o, n) = diff_html(a, b, l);
        return PartView {
            what,
            old: o,
            new: n,
            verbatim: key.starts_with("wording"),
            lang: None,
        };
    }
    let shown = |v: &Json| -> Option<String> { (!v.is_null()).then(|| in_words(words, key, v)) };
    PartView {
        what,
        old: shown(&old).map_or_else(|| none(l), |h| removed(&h, l)),
        new: shown(&new).map_or_else(|| none(l), |h| added(&h, l)),
        verbatim: false,
        lang: None,
    }
}

fn json_of<T: Serialize>(v: &T) -> Json {
    serde_json::to_value(v).unwrap_or(Json::Null)
}

fn none(l: &Labels) -> String {
    format!(
        "<span class=\"none\">{}</span>",
        escape(l.get("change_none_value"))
    )
}

/// A value of an element's part in words, as HTML.
fn in_words(words: &Words<'_>, key: &str, v: &Json) -> String {
    let parsed = |v: &Json| -> Option<String> {
        match key {
            "length" => match serde_json::from_value::<TermLength>(v.clone()).ok()? {
                TermLength::Lasts { duration, .. } => {
                    Some(escape(&words.duration(duration.amount, duration.unit)))
                }
                TermLength::NotStated { .. } => Some(escape(words.labels.get("term_not_stated"))),
            },
            "applies" | "required" => serde_json::from_value::<Condition>(v.clone())
                .ok()
                .map(|c| words.condition(&c)),
            "copies" | "count" => {
                let list: Vec<Amount> = serde_json::from_value(v.clone()).ok()?;
                Some(
                    list.iter()
                        .map(|a| match &a.when {
                            Some(c) => format!(
                                "{} — {} {}",
                                a.amount,
                                escape(words.labels.get("doc_when")),
                                words.condition(c)
                            ),
                            None => a.amount.to_string(),
                        })
                        .collect::<Vec<_>>()
                        .join("; "),
                )
            }
            "amount" => serde_json::from_value::<Money>(v.clone())
                .ok()
                .map(|m| escape(&format!("{} {}", m.amount, m.currency))),
            "clause" => serde_json::from_value::<ClauseNumber>(v.clone())
                .ok()
                .map(|n| escape(&words.clause(&n))),
            _ => None,
        }
    };
    parsed(v).unwrap_or_else(|| escape(&v.to_string()))
}

/// Removed words: struck through, and said to be removed, so that the
/// change does not rest on colour alone.
fn removed(html: &str, l: &Labels) -> String {
    format!(
        "<del><span class=\"visually-hidden\">{} </span>{html}<span class=\"visually-hidden\"> {}</span></del>",
        escape(l.get("change_removed")),
        escape(l.get("change_end"))
    )
}

/// Added words: underlined, and said to be added.
fn added(html: &str, l: &Labels) -> String {
    format!(
        "<ins><span class=\"visually-hidden\">{} </span>{html}<span class=\"visually-hidden\"> {}</span></ins>",
        escape(l.get("change_added")),
        escape(l.get("change_end"))
    )
}

/// Two texts side by side, word by word: the old with its removed words in
/// `<del>`, the new with its added words in `<ins>`, every character of
/// both kept (escaped). A space between two changed words is part of the
/// change, so "Main Directorate" is one removal, not two.
pub fn diff_html(old: &str, new: &str, l: &Labels) -> (String, String) {
    let runs = word_diff(old, new);
    let side = |changed: &str, mark: &dyn Fn(&str) -> String| -> String {
        // This side's runs: (changed?, text), the other side's left out.
        let mine: Vec<(bool, &str)> = runs
            .iter()
            .filter(|w| w.change == "same" || w.change == changed)
            .map(|w| (w.change == changed, w.text.as_str()))
            .collect();
        let mut merged: Vec<(bool, String)> = Vec::new();
        for (i, (is_change, text)) in mine.iter().enumerate() {
            let joins = !is_change
                && text.trim().is_empty()
                && i > 0
                && mine.get(i - 1).is_some_and(|p| p.0)
                && mine.get(i + 1).is_some_and(|n| n.0);
            let c = *is_change || joins;
            match merged.last_mut() {
                Some(last) if last.0 == c => last.1.push_str(text),
                _ => merged.push((c, (*text).to_owned())),
            }
        }
        merged
            .iter()
            .map(|(c, text)| {
                if *c {
                    mark(&escape(text))
                } else {
                    escape(text)
                }
            })
            .collect()
    };
    (
        side("removed", &|h| removed(h, l)),
        side("added", &|h| added(h, l)),
    )
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
                let label = match key.as_str() {
                    "name" => l.get("office_field_name").to_owned(),
                    "about" => l.get("office_field_about").to_owned(),
                    other => l.get(&format!("office_{other}")).to_owned(),
                };
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
