//! The parts of a changed element, before and after, as HTML: texts word
//! by word, anything else (terms, conditions, counts, sums) in words, the
//! removed in `<del>` and the added in `<ins>`, each announced to screen
//! readers.

use serde::Serialize;
use serde_json::Value as Json;

use super::PartView;
use crate::backend::site::labels::Labels;
use crate::backend::site::markdown::escape;
use crate::backend::site::words::Words;
use crate::diff::{ElementChange, word_diff};
use crate::model::{Amount, ClauseNumber, Condition, Money, TermLength};

/// A clause's own part: flattened into the element, or under `clause`.
pub(super) fn clause_part<'j>(e: &'j Json, key: &str) -> Option<&'j Json> {
    e.get(key)
        .filter(|v| !v.is_null())
        .or_else(|| e.get("clause").and_then(|c| c.get(key)))
        .filter(|v| !v.is_null())
}

pub(super) fn text_of(e: &Json, which: &str) -> Option<String> {
    clause_part(e, "wording")?
        .get(which)?
        .as_str()
        .map(str::to_owned)
}

pub(super) fn number_of(e: &Json) -> Option<ClauseNumber> {
    let c = e.get("clause")?;
    let c = c.get("clause").unwrap_or(c);
    serde_json::from_value(c.clone()).ok()
}

/// The parts of a changed element, each once, in the order of the diff.
pub(super) fn parts(
    words: &Words<'_>,
    c: &ElementChange,
    before: &Json,
    after: &Json,
) -> Vec<PartView> {
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
                        .map(|a| {
                            let only = a.categories.as_ref().map_or_else(String::new, |l| {
                                format!(
                                    " — {} {}",
                                    escape(words.labels.get("doc_for_categories")),
                                    escape(&l.join(", "))
                                )
                            });
                            match &a.when {
                                Some(c) => format!(
                                    "{}{only} — {} {}",
                                    a.amount,
                                    escape(words.labels.get("doc_when")),
                                    words.condition(c)
                                ),
                                None => format!("{}{only}", a.amount),
                            }
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
