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

use super::code::{self, Code};
use super::conditions::date;
use super::layout::{self, Expr};
use super::names::Names;
use crate::model::Regulation;

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
            _ => reg
                .documents
                .iter()
                .map(|d| (d.id.clone(), row(&d.id)))
                .collect(),
        };
        Some(rows)
    }
}

/// Where the generator is: recording the arms of one version, or writing
/// the file with every version's arms merged.
/// A recorded `match` method: its signature and its arms (pattern, value).
type Method = (String, Vec<(String, Expr)>);

#[derive(Debug)]
pub struct Pass {
    /// `Some(v)`: recording version `v`; `None`: merging.
    recording: Option<usize>,
    /// Per version, per `match` method in the order written: the
    /// signature and the arms.
    recorded: Vec<Vec<Method>>,
    /// The next method, when merging.
    cursor: usize,
    /// The versions' variant names and days.
    versions: Vec<VersionInfo>,
    /// The presented version.
    presented: usize,
    /// Per versioned enum, per variant name: in force per version.
    in_force: HashMap<String, HashMap<String, Vec<bool>>>,
    /// The enum whose impl is being written.
    current: Option<String>,
}

/// The table [`Code`] needs to write an enum's `in_force` and docs.
pub struct InForce {
    /// Per variant, in force per version.
    rows: Vec<Vec<bool>>,
    versions: Vec<VersionInfo>,
}

impl Pass {
    /// A pass over the prepared regulation: `recording` a version, or
    /// merging what was recorded.
    pub fn new(prepared: &Prepared, names: &Names) -> Pass {
        let mut in_force = HashMap::new();
        for (e, _) in VERSIONED_ENUMS {
            if let Some(rows) = prepared.in_force(e) {
                let by_name: HashMap<String, Vec<bool>> = rows
                    .into_iter()
                    .map(|(id, row)| (names.variant(e, &id).to_owned(), row))
                    .collect();
                in_force.insert((*e).to_owned(), by_name);
            }
        }
        Pass {
            recording: None,
            recorded: vec![Vec::new(); prepared.versions.len()],
            cursor: 0,
            versions: prepared.versions.clone(),
            presented: prepared.presented,
            in_force,
            current: None,
        }
    }

    /// Records the methods of version `v` from now on.
    pub fn record(&mut self, v: usize) {
        self.recording = Some(v);
    }

    /// Merges the recorded methods from now on.
    pub fn merge(&mut self) {
        self.recording = None;
        self.cursor = 0;
    }

    /// The in-force table of enum `name`, whose variants are `variants`,
    /// if it is versioned; its impl is the one being written from now on.
    pub fn in_force(&mut self, name: &str, variants: &[String]) -> Option<InForce> {
        self.current = Some(name.to_owned());
        let table = self.in_force.get(name)?;
        let all = vec![true; self.versions.len()];
        Some(InForce {
            rows: variants
                .iter()
                .map(|v| table.get(v).cloned().unwrap_or_else(|| all.clone()))
                .collect(),
            versions: self.versions.clone(),
        })
    }

    /// A `match` method: recorded (and `None`), or, when merging, its
    /// signature with the version and its body's lines (`None`: a method
    /// that takes no version, written as it is).
    pub fn method(&mut self, signature: &str, arms: &[(String, Expr)]) -> Option<(String, String)> {
        if let Some(v) = self.recording {
            self.recorded[v].push((signature.to_owned(), arms.to_vec()));
            return None;
        }
        let k = self.cursor;
        self.cursor += 1;
        let name = signature
            .split("fn ")
            .nth(1)
            .and_then(|s| s.split('(').next())
            .unwrap_or("");
        let of_elements = self
            .current
            .as_ref()
            .is_some_and(|c| VERSIONED_ENUMS.iter().any(|(e, _)| e == c));
        if UNVERSIONED.contains(&name) || !of_elements || !signature.contains("(self") {
            return None;
        }
        let recorded: Vec<Option<&Vec<(String, Expr)>>> = self
            .recorded
            .iter()
            .map(|r| r.get(k).map(|m| &m.1))
            .collect();
        let reads_facts = self
            .recorded
            .iter()
            .filter_map(|r| r.get(k))
            .any(|m| m.0.contains("(self, facts:"));
        let mut signature = signature.to_owned();
        if reads_facts {
            signature = signature.replace("_facts:", "facts:");
        }
        let table = self
            .current
            .as_ref()
            .and_then(|c| self.in_force.get(c))
            .cloned()
            .unwrap_or_default();
        let n = self.versions.len();
        let mut out: Vec<(String, Expr)> = Vec::new();
        let mut varies = false;
        for (i, (pattern, body)) in arms.iter().enumerate() {
            let variant = pattern.trim_start_matches("Self::");
            let row = table.get(variant).cloned().unwrap_or_else(|| vec![true; n]);
            // The body in each version the element is in force in.
            let mut groups: Vec<(Expr, Vec<usize>)> = Vec::new();
            for (v, arms) in recorded.iter().enumerate() {
                if !row[v] {
                    continue;
                }
                let b = arms.and_then(|a| a.get(i)).map_or(body, |a| &a.1);
                match groups.iter_mut().find(|g| g.0 == *b) {
                    Some(g) => g.1.push(v),
                    None => groups.push((b.clone(), vec![v])),
                }
            }
            if groups.len() <= 1 {
                let b = groups.pop().map_or_else(|| body.clone(), |g| g.0);
                out.push((format!("({pattern}, _)"), b));
                continue;
            }
            varies = true;
            // The body most versions share is the arm for the rest.
            let rest = (0..groups.len())
                .max_by_key(|g| (groups[*g].1.len(), groups[*g].1.contains(&self.presented)))
                .unwrap_or(0);
            for (g, (b, vs)) in groups.iter().enumerate() {
                if g == rest {
                    continue;
                }
                for v in vs {
                    let pat = format!("({pattern}, Version::{})", self.versions[*v].name);
                    out.push((pat, b.clone()));
                }
            }
            out.push((format!("({pattern}, _)"), groups[rest].0.clone()));
        }
        let param = if varies { "version" } else { "_version" };
        signature = signature.replacen("(self", &format!("(self, {param}: Version"), 1);
        let mut body = String::new();
        if varies {
            body.push_str("match (self, version) {\n");
            for (p, b) in &out {
                body.push_str(&" ".repeat(12));
                body.push_str(&layout::match_arm(p, b, 12));
                body.push('\n');
            }
        } else if arms.is_empty() {
            return Some((signature, "match self {}".to_owned()));
        } else {
            body.push_str("match self {\n");
            for (p, b) in &out {
                let p = p.trim_start_matches('(').trim_end_matches(", _)");
                body.push_str(&" ".repeat(12));
                body.push_str(&layout::match_arm(p, b, 12));
                body.push('\n');
            }
        }
        body.push_str(&" ".repeat(8));
        body.push('}');
        Some((signature, body))
    }
}

impl InForce {
    /// The doc sentence of variant `i`.
    pub fn sentence(&self, i: usize) -> String {
        let row = &self.rows[i];
        if row.iter().all(|b| *b) {
            return "In force in every version.".to_owned();
        }
        let names: Vec<String> = row
            .iter()
            .enumerate()
            .filter(|(_, b)| **b)
            .map(|(v, _)| format!("[`Version::{}`]", self.versions[v].name))
            .collect();
        if names.is_empty() {
            "In force in no version.".to_owned()
        } else {
            format!("In force in {}.", names.join(", "))
        }
    }

    /// `in_force`'s signature (its parameter unused when no variant's
    /// answer depends on the version).
    pub fn in_force_signature(&self) -> &'static str {
        let depends = self
            .rows
            .iter()
            .any(|row| row.iter().any(|b| *b) && !row.iter().all(|b| *b));
        if depends {
            "pub fn in_force(self, version: Version) -> bool {"
        } else {
            "pub fn in_force(self, _version: Version) -> bool {"
        }
    }

    /// The body of `in_force` (the lines after the signature, up to its
    /// closing brace), given the enum's arms patterns.
    pub fn in_force_body(&self, arms: &[(String, Expr)]) -> String {
        if arms.is_empty() {
            return "match self {}".to_owned();
        }
        let mut out = String::from("match self {\n");
        for ((pattern, _), row) in arms.iter().zip(&self.rows) {
            let body = self.condition(row);
            out.push_str(&" ".repeat(12));
            out.push_str(&layout::match_arm(pattern, &Expr::Lit(body), 12));
            out.push('\n');
        }
        out.push_str(&" ".repeat(8));
        out.push('}');
        out
    }

    fn condition(&self, row: &[bool]) -> String {
        let first = row.iter().position(|b| *b);
        let last = row.iter().rposition(|b| *b);
        let (Some(first), Some(last)) = (first, last) else {
            return "false".to_owned();
        };
        let name = |v: usize| format!("Version::{}", self.versions[v].name);
        if row[first..=last].iter().all(|b| *b) {
            match (first == 0, last + 1 == row.len()) {
                (true, true) => "true".to_owned(),
                (true, false) => format!("version <= {}", name(last)),
                (false, true) => format!("version >= {}", name(first)),
                (false, false) => {
                    format!("version >= {} && version <= {}", name(first), name(last))
                }
            }
        } else {
            let names: Vec<String> = (0..row.len()).filter(|v| row[*v]).map(name).collect();
            format!("matches!(version, {})", names.join(" | "))
        }
    }
}

/// `src/versions.rs`: `Version` and `Amendment`.
pub fn file(reg: &Regulation, prepared: &Prepared, names: &Names) -> String {
    let mut code = Code::new();
    code.inner_doc(&[
        "The versions of the regulation: the days between two in-force dates,".to_owned(),
        "and the amending acts that open them.".to_owned(),
    ]);
    code.blank();
    code.line(0, "use jiff::civil::Date;");
    code.blank();
    code.line(0, "use crate::Enactment;");
    code.blank();
    let versions = &prepared.versions;
    code.doc(
        0,
        &[
            "A version of the regulation: the text in force from one in-force date".to_owned(),
            "to the next. An application is decided by the version in force on the".to_owned(),
            "day it was accepted.".to_owned(),
        ],
    );
    code.line(
        0,
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]",
    );
    code.line(0, "#[non_exhaustive]");
    code.line(0, "pub enum Version {");
    for v in versions {
        let mut docs = vec![match (v.from, v.until) {
            (None, Some(u)) => format!("In force until {u} (not including it)."),
            (Some(f), Some(u)) => format!("In force from {f} until {u} (not including it)."),
            (Some(f), None) => format!("In force from {f}."),
            (None, None) => "In force on every day.".to_owned(),
        }];
        if !v.amendments.is_empty() {
            let by: Vec<String> = v
                .amendments
                .iter()
                .map(|a| format!("[`Amendment::{}`]", names.variant("Amendment", a)))
                .collect();
            docs.push(String::new());
            docs.push(format!("Made by {}.", by.join(", ")));
        }
        code.doc(4, &docs);
        code.line(4, &format!("{},", v.name));
    }
    code.line(0, "}");
    code.blank();
    code.line(0, "impl Version {");
    code.doc(4, &["Every version, earliest first.".to_owned()]);
    let all = Expr::Array(
        versions
            .iter()
            .map(|v| Expr::path(format!("Self::{}", v.name)))
            .collect(),
    );
    code.lines(
        4,
        &layout::assignment(
            &format!("pub const ALL: [Self; {}]", versions.len()),
            &all,
            4,
        ),
    );
    code.blank();
    code.doc(
        4,
        &[
            "The version the crate presents when no date is asked about: the latest".to_owned(),
            "the source knows, which may not be in force yet.".to_owned(),
        ],
    );
    code.line(
        4,
        &format!(
            "pub const PRESENTED: Self = Self::{};",
            versions[prepared.presented].name
        ),
    );
    code.blank();
    let arms = |f: &dyn Fn(&VersionInfo) -> Expr| -> Vec<(String, Expr)> {
        versions
            .iter()
            .map(|v| (format!("Self::{}", v.name), f(v)))
            .collect()
    };
    let opt_date = |d: Option<Date>| d.map_or(Expr::path("None"), |d| Expr::some(date(d)));
    code.match_method(
        &["Its first day (`None`: from the regulation's beginning).".to_owned()],
        "pub const fn from(self) -> Option<Date>",
        &arms(&|v| opt_date(v.from)),
    );
    code.blank();
    code.match_method(
        &["The first day it no longer holds (`None`: it still holds).".to_owned()],
        "pub const fn until(self) -> Option<Date>",
        &arms(&|v| opt_date(v.until)),
    );
    code.blank();
    code.match_method(
        &["The amendments that take effect on its first day.".to_owned()],
        "pub const fn amendments(self) -> &'static [Amendment]",
        &arms(&|v| {
            Expr::slice(
                v.amendments
                    .iter()
                    .map(|a| Expr::path(names.path("Amendment", a)))
                    .collect(),
            )
        }),
    );
    code.raw(VERSION_ON);
    code.line(0, "}");
    code.blank();

    code.doc(
        0,
        &["The amending acts, each declared once and named by its changes.".to_owned()],
    );
    code.line(
        0,
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]",
    );
    code.line(0, "#[non_exhaustive]");
    code.line(0, "pub enum Amendment {");
    for a in &reg.amendments {
        let mut docs = a.title.as_deref().map(code::prose).unwrap_or_default();
        if !docs.is_empty() {
            docs.push(String::new());
        }
        docs.push(format!("In force from {}.", a.in_force));
        code.doc(4, &docs);
        code.line(4, &format!("{},", names.variant("Amendment", &a.id)));
    }
    code.line(0, "}");
    code.blank();
    code.line(0, "impl Amendment {");
    code.doc(4, &["Every one, in the order of the source.".to_owned()]);
    let all = Expr::Array(
        reg.amendments
            .iter()
            .map(|a| Expr::path(names.path("Amendment", &a.id)))
            .collect(),
    );
    code.lines(
        4,
        &layout::assignment(
            &format!("pub const ALL: [Self; {}]", reg.amendments.len()),
            &all,
            4,
        ),
    );
    let arms = |f: &dyn Fn(&crate::model::Amendment) -> Expr| -> Vec<(String, Expr)> {
        reg.amendments
            .iter()
            .map(|a| {
                (
                    names
                        .path("Amendment", &a.id)
                        .replacen("Amendment::", "Self::", 1),
                    f(a),
                )
            })
            .collect()
    };
    code.blank();
    code.match_method(
        &["Its id in the regulation's source.".to_owned()],
        "pub fn id(self) -> &'static str",
        &arms(&|a| Expr::str(&a.id)),
    );
    code.blank();
    code.doc(4, &["The one with this id, if there is one.".to_owned()]);
    code.line(4, "pub fn from_id(id: &str) -> Option<Self> {");
    code.line(8, "Self::ALL.into_iter().find(|e| e.id() == id)");
    code.line(4, "}");
    code.blank();
    code.match_method(
        &["The amending act's title, if given.".to_owned()],
        "pub fn title(self) -> Option<&'static str>",
        &arms(&|a| code::opt_str(a.title.as_deref())),
    );
    code.blank();
    code.match_method(
        &["The amending order: its number, date and author, if given.".to_owned()],
        "pub fn order(self) -> Option<Enactment>",
        &arms(&|a| super::root::enactment(a.order.as_ref())),
    );
    code.blank();
    code.match_method(
        &["The day its changes take effect.".to_owned()],
        "pub fn in_force(self) -> Date",
        &arms(&|a| date(a.in_force)),
    );
    code.line(0, "}");
    code.finish()
}

/// `Version::on`.
const VERSION_ON: &str = "
    /// The version in force on `day`; `None` before the first version's
    /// first day.
    pub fn on(day: Date) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.holds_on(day))
    }

    /// Does it hold on `day`?
    pub fn holds_on(self, day: Date) -> bool {
        self.from().is_none_or(|f| f <= day) && self.until().is_none_or(|u| day < u)
    }
";
