//! An amended regulation's crate keeps every version.
//!
//! Each kind of element is one enum, the union over the versions (in the
//! order of the text; a category's branches and grounds are united the
//! same way within it, each in force only while its category has it), and
//! every method that reads what an amendment can change takes the
//! [`Version`] it is asked about. The generator of each file is not
//! rewritten for this: it runs once per version, over that version's
//! regulation with the union's elements in the union's order
//! ([`Prepared::aligned`]), and records the arms of every `match` method
//! it writes ([`Pass`]); a last run writes the file, each method's arms
//! merged: one arm where every version agrees, else one for the versions
//! that word it otherwise, matched on `(self, version)`. So a method means
//! the same in every version and differs only where the amendments say so.
//!
//! [`Version`]: crate::model::Version

use std::collections::HashMap;

use jiff::civil::Date;
use serde_json::Value as Json;

use crate::model::Regulation;

mod file;
mod pass;

pub use file::file;
pub use pass::Pass;

/// The lists whose elements the crate's enums hold, united over versions.
const UNITED: &[&str] = &[
    "acts",
    "statuses",
    "applications",
    "events",
    "choices",
    "facts",
    "groups",
    "categories",
    "representatives",
    "terms",
    "limits",
    "documents",
    "forms",
    "fees",
];

/// Enums whose variants can be out of force in a version.
const VERSIONED_ENUMS: &[&str] = &[
    "Category",
    "Group",
    "Ground",
    "Representative",
    "Term",
    "Limit",
    "Event",
    "Document",
    "Fee",
];

/// Methods that say what an element is rather than what it says; they
/// take no version (their arms are the presented version's).
const UNVERSIONED: &[&str] = &[
    "id", "title", "main", "category", "appendix", "number", "dated", "question", "date",
];

/// One version of the regulation, as the crate's `Version` names it.
#[derive(Clone, Debug)]
pub struct VersionInfo {
    /// Its variant name.
    pub name: String,
    /// Its first day (none: from the beginning).
    pub from: Option<Date>,
    /// The first day it no longer holds.
    pub until: Option<Date>,
    /// The ids of the amendments that take effect on `from`.
    pub amendments: Vec<String>,
}

/// An amended regulation made ready for the generator.
pub struct Prepared {
    /// Per version, the regulation with every list the union of the
    /// versions' lists, in one order, each element as that version words
    /// it (or, when it is not in force then, as the nearest one does).
    pub aligned: Vec<Regulation>,
    /// The versions, earliest first.
    pub versions: Vec<VersionInfo>,
    /// The version the model presents.
    pub presented: usize,
    /// (list, id) -> in force, per version; a category's parts are listed
    /// as `branches` and `grounds`.
    present: HashMap<(String, String), Vec<bool>>,
}

/// `None` for a regulation without amendments.
pub fn prepare(reg: &Regulation) -> Result<Option<Prepared>, String> {
    if reg.versions.len() < 2 {
        return Ok(None);
    }
    let n = reg.versions.len();
    let mut jsons = Vec::with_capacity(n);
    for v in &reg.versions {
        // The first version has no first day: the day before the second.
        let day = match v.from {
            Some(d) => d,
            None => reg.versions[1]
                .from
                .and_then(|d| d.yesterday().ok())
                .ok_or("the versions have no first days")?,
        };
        let at = reg.at(day).map_err(|e| e.to_string())?;
        jsons.push(serde_json::to_value(&at).map_err(|e| e.to_string())?);
    }
    let presented = reg
        .presented_version()
        .and_then(|p| reg.versions.iter().position(|v| v == p))
        .unwrap_or(n - 1);
    let mut present: HashMap<(String, String), Vec<bool>> = HashMap::new();
    let mut union = jsons[presented].clone();
    for list in UNITED {
        let per_version: Vec<Vec<String>> = jsons.iter().map(|j| ids(Some(j), list)).collect();
        let order = union_order(&per_version, presented);
        let mut elements = Vec::with_capacity(order.len());
        for id in &order {
            let row: Vec<bool> = per_version.iter().map(|ids| ids.contains(id)).collect();
            let mut e = nearest(&row, presented, |v| element(&jsons[v], list, id));
            if *list == "categories" {
                unite_parts(&mut e, &jsons, presented, &mut present);
            }
            elements.push(e);
            present.insert(((*list).to_owned(), id.clone()), row);
        }
        if let Some(obj) = union.as_object_mut() {
            obj.insert((*list).to_owned(), Json::Array(elements));
        }
    }
    let mut aligned = Vec::with_capacity(n);
    for json in &jsons {
        let mut mine = union.clone();
        for list in UNITED {
            if let Some(Json::Array(elements)) = mine.get_mut(*list) {
                for e in elements.iter_mut() {
                    let id = e.get("id").and_then(Json::as_str).unwrap_or("").to_owned();
                    if let Some(own) = element(json, list, &id) {
                        *e = own_parts(own, e);
                    }
                }
            }
        }
        let reg: Regulation = serde_json::from_value(mine).map_err(|e| e.to_string())?;
        aligned.push(reg);
    }
    let mut taken = std::collections::BTreeSet::new();
    let versions = reg
        .versions
        .iter()
        .map(|v| {
            let base = v.amendments.first().map_or("original", String::as_str);
            let mut name = crate::check::type_name(base);
            while !taken.insert(name.clone()) {
                name.push('_');
            }
            VersionInfo {
                name,
                from: v.from,
                until: v.until,
                amendments: v.amendments.clone(),
            }
        })
        .collect();
    Ok(Some(Prepared {
        aligned,
        versions,
        presented,
        present,
    }))
}

fn element(json: &Json, list: &str, id: &str) -> Option<Json> {
    json.get(list)?
        .as_array()?
        .iter()
        .find(|e| e.get("id").and_then(Json::as_str) == Some(id))
        .cloned()
}

/// The ids of the elements of `list` in `json` (a regulation, or a
/// category for its `branches` and `grounds`), in order.
fn ids(json: Option<&Json>, list: &str) -> Vec<String> {
    json.and_then(|j| j.get(list))
        .and_then(Json::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|e| e.get("id").and_then(Json::as_str).map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// One order for the ids each version lists: the presented version's
/// order, each id missing from it put after the id it follows in the
/// latest version that has it.
fn union_order(per_version: &[Vec<String>], presented: usize) -> Vec<String> {
    let mut order = per_version[presented].clone();
    for theirs in per_version.iter().rev() {
        for (k, id) in theirs.iter().enumerate() {
            if order.contains(id) {
                continue;
            }
            let at = theirs[..k]
                .iter()
                .rev()
                .find_map(|p| order.iter().position(|o| o == p))
                .map_or(0, |p| p + 1);
            order.insert(at, id.clone());
        }
    }
    order
}

/// An element as the presented version, else the latest one that has it
/// (`row`: per version, whether it has it), words it.
fn nearest(row: &[bool], presented: usize, get: impl Fn(usize) -> Option<Json>) -> Json {
    std::iter::once(presented)
        .chain((0..row.len()).rev())
        .find(|v| row[*v])
        .and_then(get)
        .unwrap_or(Json::Null)
}

/// The parts of a category that amendments insert, repeal and word anew
/// of their own.
const PARTS: &[&str] = &["branches", "grounds"];

/// Makes `category`'s branches and grounds the union over the versions,
/// each as the presented version (else the latest that has it) words it,
/// and records in which versions each is in force: in those whose
/// category has it.
fn unite_parts(
    category: &mut Json,
    jsons: &[Json],
    presented: usize,
    present: &mut HashMap<(String, String), Vec<bool>>,
) {
    let id = category
        .get("id")
        .and_then(Json::as_str)
        .unwrap_or("")
        .to_owned();
    let own: Vec<Option<Json>> = jsons
        .iter()
        .map(|j| element(j, "categories", &id))
        .collect();
    for list in PARTS {
        let per_version: Vec<Vec<String>> = own.iter().map(|c| ids(c.as_ref(), list)).collect();
        let mut parts = Vec::new();
        for part in union_order(&per_version, presented) {
            let row: Vec<bool> = per_version.iter().map(|ids| ids.contains(&part)).collect();
            parts.push(nearest(&row, presented, |v| {
                element(own[v].as_ref()?, list, &part)
            }));
            present.insert(((*list).to_owned(), part), row);
        }
        if let Some(obj) = category.as_object_mut() {
            obj.insert((*list).to_owned(), Json::Array(parts));
        }
    }
}

/// A version's own wording of an element, with the union's parts (a
/// category's branches and grounds), each as that version words it when
/// it has it.
fn own_parts(mut own: Json, union: &Json) -> Json {
    for list in PARTS {
        let Some(Json::Array(parts)) = union.get(*list) else {
            continue;
        };
        let mine: Vec<Json> = parts
            .iter()
            .map(|p| {
                let id = p.get("id").and_then(Json::as_str).unwrap_or("");
                element(&own, list, id).unwrap_or_else(|| p.clone())
            })
            .collect();
        if let Some(obj) = own.as_object_mut() {
            obj.insert((*list).to_owned(), Json::Array(mine));
        }
    }
    own
}

impl Prepared {
    /// In force per version, for each variant of `enum_name` (in the
    /// order of [`Names`]' ids), or `None` for an enum that is the same in
    /// every version.
    ///
    /// [`Names`]: super::names::Names
    pub fn in_force(&self, enum_name: &str) -> Option<Vec<(String, Vec<bool>)>> {
        if !VERSIONED_ENUMS.contains(&enum_name) {
            return None;
        }
        let reg = &self.aligned[self.presented];
        let row = |list: &str, id: &str| {
            let row = self
                .present
                .get(&(list.to_owned(), id.to_owned()))
                .cloned()
                .unwrap_or_else(|| vec![true; self.versions.len()]);
            (id.to_owned(), row)
        };
        let rows = match enum_name {
            "Category" => reg
                .categories
                .iter()
                .flat_map(|c| {
                    std::iter::once(row("categories", &c.id))
                        .chain(c.branches.iter().map(|b| row("branches", &b.id)))
                })
                .collect(),
            "Ground" => reg
                .categories
                .iter()
                .flat_map(|c| c.grounds.iter().map(|g| row("grounds", &g.id)))
                .collect(),
            "Group" => reg.groups.iter().map(|g| row("groups", &g.id)).collect(),
            "Representative" => reg
                .representatives
                .iter()
                .map(|r| row("representatives", &r.id))
                .collect(),
            "Term" => reg.terms.iter().map(|t| row("terms", &t.id)).collect(),
            "Limit" => reg.limits.iter().map(|l| row("limits", &l.id)).collect(),
            "Event" => reg.events.iter().map(|e| row("events", &e.id)).collect(),
            "Fee" => reg.fees.iter().map(|f| row("fees", &f.id)).collect(),
            _ => reg
                .documents
                .iter()
                .map(|d| row("documents", &d.id))
                .collect(),
        };
        Some(rows)
    }
}

/// Is element `id` (of enum `enum_name`) in force in the version the
/// generator is writing (the presented one, when it writes the file)?
/// Always, for a regulation without amendments.
pub fn holds(cx: &super::clauses::Context<'_>, enum_name: &str, id: &str) -> bool {
    cx.pass
        .as_ref()
        .is_none_or(|p| p.borrow().holds(enum_name, cx.names.variant(enum_name, id)))
}
