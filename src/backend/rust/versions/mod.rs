//! An amended regulation's crate keeps every version.
//!
//! Each kind of element is one enum, the union over the versions (in the
//! order of the text), and every method that reads what an amendment can
//! change takes the [`Version`] it is asked about. The generator of each
//! file is not rewritten for this: it runs once per version, over that
//! version's regulation with the union's elements in the union's order
//! ([`Prepared::aligned`]), and records the arms of every `match` method
//! it writes ([`Pass`]); a last run writes the file, each method's arms
//! merged: one arm where every version agrees, else one per version that
//! differs, matched on `(self, version)`. So a method means the same in
//! every version and differs only where the amendments say so.
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
    "documents",
    "forms",
    "fees",
];

/// Enums whose variants can be out of force in a version, with the model
/// list that says so (a branch and a ground follow their category).
const VERSIONED_ENUMS: &[(&str, &str)] = &[
    ("Category", "categories"),
    ("Group", "groups"),
    ("Ground", "categories"),
    ("Representative", "representatives"),
    ("Term", "terms"),
    ("Document", "documents"),
    ("Fee", "fees"),
];

/// Methods that say what an element is rather than what it says; they
/// take no version (their arms are the presented version's).
const UNVERSIONED: &[&str] = &[
    "id", "title", "main", "category", "appendix", "number", "dated", "question",
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
    /// (list, id) -> in force, per version.
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
    // Limits and events are not versioned in the crate: their enums and
    // methods take no version.
    for list in ["limits", "events"] {
        if jsons
            .iter()
            .any(|j| j.get(list) != jsons[presented].get(list))
        {
            return Err(format!(
                "the {list} differ between versions, which the Rust target does not support yet"
            ));
        }
    }
    let ids = |json: &Json, list: &str| -> Vec<String> {
        json.get(list)
            .and_then(Json::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|e| e.get("id").and_then(Json::as_str).map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut present: HashMap<(String, String), Vec<bool>> = HashMap::new();
    let mut union = jsons[presented].clone();
    for list in UNITED {
        // The presented version's order, each element missing from it put
        // after the element it follows in the latest version that has it.
        let mut order = ids(&jsons[presented], list);
        for json in jsons.iter().rev() {
            let theirs = ids(json, list);
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
        let mut elements = Vec::with_capacity(order.len());
        for id in &order {
            let mut row = Vec::with_capacity(n);
            for json in &jsons {
                row.push(ids(json, list).contains(id));
            }
            // The element as the presented version, else the latest one
            // that has it, words it.
            let source = std::iter::once(presented)
                .chain((0..n).rev())
                .find(|v| row[*v])
                .unwrap_or(presented);
            elements.push(element(&jsons[source], list, id).unwrap_or(Json::Null));
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
                        *e = own;
                    }
                }
            }
        }
        let reg: Regulation = serde_json::from_value(mine).map_err(|e| e.to_string())?;
        aligned.push(reg);
    }
    // Nested lists are matched by position: each version of a category
    // must have the same branches and grounds.
    for (i, c) in aligned[presented].categories.iter().enumerate() {
        for other in &aligned {
            let o = &other.categories[i];
            let branches = |c: &crate::model::Category| -> Vec<String> {
                c.branches.iter().map(|b| b.id.clone()).collect()
            };
            let grounds = |c: &crate::model::Category| -> Vec<String> {
                c.grounds.iter().map(|g| g.id.clone()).collect()
            };
            if branches(c) != branches(o) || grounds(c) != grounds(o) {
                return Err(format!(
                    "category `{}` has other branches or grounds in another version, which \
                     the Rust target does not support yet",
                    c.id
                ));
            }
        }
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

impl Prepared {
    /// In force per version, for each variant of `enum_name` (in the
    /// order of [`Names`]' ids), or `None` for an enum that is the same in
    /// every version.
    pub fn in_force(&self, enum_name: &str) -> Option<Vec<(String, Vec<bool>)>> {
        let (_, list) = VERSIONED_ENUMS.iter().find(|(e, _)| *e == enum_name)?;
        let reg = &self.aligned[self.presented];
        let row = |id: &str| {
            self.present
                .get(&((*list).to_owned(), id.to_owned()))
                .cloned()
                .unwrap_or_else(|| vec![true; self.versions.len()])
        };
        let rows = match enum_name {
            "Category" => reg
                .categories
                .iter()
                .flat_map(|c| {
                    let r = row(&c.id);
                    std::iter::once((c.id.clone(), r.clone()))
                        .chain(c.branches.iter().map(move |b| (b.id.clone(), r.clone())))
                })
                .collect(),
            "Ground" => reg
                .categories
                .iter()
                .flat_map(|c| {
                    let r = row(&c.id);
                    c.grounds.iter().map(move |g| (g.id.clone(), r.clone()))
                })
                .collect(),
            "Representative" => reg
                .representatives
                .iter()
                .map(|r| (r.id.clone(), row(&r.id)))
                .collect(),
            "Term" => reg
                .terms
                .iter()
                .map(|t| (t.id.clone(), row(&t.id)))
                .collect(),
            "Group" => reg
                .groups
                .iter()
                .map(|g| (g.id.clone(), row(&g.id)))
                .collect(),
            "Fee" => reg
                .fees
                .iter()
                .map(|f| (f.id.clone(), row(&f.id)))
                .collect(),
            _ => reg
                .documents
                .iter()
                .map(|d| (d.id.clone(), row(&d.id)))
                .collect(),
        };
        Some(rows)
    }
}
