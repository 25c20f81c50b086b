//! Folding the models of every version into one: the latest version is
//! presented, and each element that is not the same in all versions is
//! listed in `history` with each of its versions, so that
//! [`Regulation::at`] rebuilds any of them.

use jiff::civil::Date;
use serde_json::Value as Json;

use crate::diagnostics::{Problem, messages};
use crate::model::{
    Amendment, ChangeKind, ELEMENT_LISTS, ElementHistory, ElementVersion, REGULATION_LINES,
    Regulation, Version,
};

type Interval = (Option<Date>, Option<Date>);

/// The model presenting the last version, with the history of the others;
/// and a warning for each new wording that changes nothing. `None` when
/// there is no model (there is one per interval, and always an interval).
pub(super) fn combine(
    mut models: Vec<Regulation>,
    intervals: &[Interval],
    amendments: Vec<Amendment>,
) -> Option<(Regulation, Vec<Problem>)> {
    let mut examples: Vec<_> = models
        .iter_mut()
        .flat_map(|m| std::mem::take(&mut m.examples))
        .collect();
    examples.sort_by_key(|e| (e.span.file, e.span.start));
    let json: Vec<serde_json::Map<String, Json>> = models
        .iter()
        .map(|m| match serde_json::to_value(m) {
            Ok(Json::Object(o)) => o,
            _ => serde_json::Map::new(),
        })
        .collect();
    let mut history = Vec::new();
    for list in ELEMENT_LISTS {
        let per_version: Vec<Vec<(&str, &Json)>> = json
            .iter()
            .map(|m| match m.get(*list) {
                Some(Json::Array(items)) => items
                    .iter()
                    .map(|e| (e.get("id").and_then(Json::as_str).unwrap_or(""), e))
                    .collect(),
                _ => Vec::new(),
            })
            .collect();
        let mut ids: Vec<&str> = Vec::new();
        for v in &per_version {
            for &(id, _) in v {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        for id in ids {
            let seq: Vec<Option<&Json>> = per_version
                .iter()
                .map(|v| v.iter().find(|(i, _)| *i == id).map(|(_, e)| *e))
                .collect();
            if let Some(entry) = entry(list, id, &seq, intervals, false) {
                history.push(entry);
            }
        }
    }
    for line in REGULATION_LINES {
        let seq: Vec<Option<&Json>> = json.iter().map(|m| m.get(*line)).collect();
        if let Some(entry) = entry("regulation", line, &seq, intervals, true) {
            history.push(entry);
        }
    }
    let unchanged = unchanged(&json, intervals, &amendments);
    let versions = intervals
        .iter()
        .zip(&models)
        .map(|(&(from, until), m)| Version {
            from,
            until,
            amendments: amendments
                .iter()
                .filter(|a| Some(a.in_force) == from)
                .map(|a| a.id.clone())
                .collect(),
            contents: m.contents.clone(),
        })
        .collect();
    let order_date = models.last().and_then(|m| m.order.as_ref().map(|o| o.date));
    let mut reg = models.pop()?;
    reg.examples = examples;
    reg.as_of = intervals.last().and_then(|(from, _)| *from).or(order_date);
    reg.amendments = amendments;
    reg.versions = versions;
    reg.history = history;
    Some((reg, unchanged))
}

/// The history of one element, or `None` when it is in force and the same
/// in every version. `keep_absent`: a `regulation` line's absence is a
/// value too.
fn entry(
    list: &str,
    id: &str,
    seq: &[Option<&Json>],
    intervals: &[Interval],
    keep_absent: bool,
) -> Option<ElementHistory> {
    let first = seq.first().copied().flatten();
    if first.is_some() && seq.iter().all(|e| *e == first) {
        return None;
    }
    let mut versions: Vec<ElementVersion> = Vec::new();
    let mut previous: Option<Option<&Json>> = None;
    // Whether the run `previous` began was pushed (an absence is not).
    let mut pushed = false;
    for (i, e) in seq.iter().enumerate() {
        if previous == Some(*e) {
            if let Some(last) = versions.last_mut().filter(|_| pushed) {
                last.until = intervals[i].1;
            }
            continue;
        }
        previous = Some(*e);
        let element = match e {
            Some(e) => (*e).clone(),
            None if keep_absent => Json::Null,
            None => {
                pushed = false;
                continue;
            }
        };
        pushed = true;
        versions.push(ElementVersion {
            from: intervals[i].0,
            until: intervals[i].1,
            element,
        });
    }
    // An absence followed by the same element again is a new version.
    Some(ElementHistory {
        list: list.to_owned(),
        id: id.to_owned(),
        versions,
    })
}

/// New wordings that leave their element as it was (R1107).
fn unchanged(
    json: &[serde_json::Map<String, Json>],
    intervals: &[Interval],
    amendments: &[Amendment],
) -> Vec<Problem> {
    let mut out = Vec::new();
    for a in amendments {
        let Some(after) = intervals.iter().position(|(f, _)| *f == Some(a.in_force)) else {
            continue;
        };
        let Some(before) = after.checked_sub(1) else {
            continue;
        };
        for c in &a.changes {
            let ChangeKind::Worded { lines } = &c.what else {
                continue;
            };
            let find = |m: &serde_json::Map<String, Json>| {
                ELEMENT_LISTS.iter().find_map(|list| match m.get(*list) {
                    Some(Json::Array(items)) => items
                        .iter()
                        .find(|e| e.get("id").and_then(Json::as_str) == Some(c.id.as_str()))
                        .cloned(),
                    _ => None,
                })
            };
            let (old, new) = (find(&json[before]), find(&json[after]));
            if old.is_some() && old == new {
                out.push(messages::wording_unchanged(
                    &c.id,
                    &lines.join("`, `"),
                    c.span,
                ));
            }
        }
    }
    out
}
