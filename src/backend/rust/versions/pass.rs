//! The passes over an amended regulation: recording what each version's
//! generator writes, then writing each method with the versions' arms
//! merged.

use std::collections::HashMap;

use super::super::layout::{self, Expr};
use super::super::names::Names;
use super::{Prepared, UNVERSIONED, VERSIONED_ENUMS, VersionInfo};

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

/// The table `Code` needs to write an enum's `in_force` and docs.
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
        for e in VERSIONED_ENUMS {
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

    /// Is `variant` of enum `name` in force in the version being recorded
    /// (when merging: the presented one)?
    pub fn holds(&self, name: &str, variant: &str) -> bool {
        let v = self.recording.unwrap_or(self.presented);
        self.in_force
            .get(name)
            .and_then(|t| t.get(variant))
            .is_none_or(|row| row[v])
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
            .is_some_and(|c| VERSIONED_ENUMS.contains(&c.as_str()));
        if UNVERSIONED.contains(&name) || !of_elements || !signature.contains("(self") {
            return None;
        }
        let recorded: Vec<Option<&Vec<(String, Expr)>>> = self
            .recorded
            .iter()
            .map(|r| r.get(k).map(|m| &m.1))
            .collect();
        // A parameter one version reads is read by the merged method.
        let mut signature = signature.to_owned();
        for param in ["facts", "applied", "category"] {
            let read = self
                .recorded
                .iter()
                .filter_map(|r| r.get(k))
                .any(|m| m.0.contains(&format!(" {param}:")));
            if read {
                signature = signature.replace(&format!(" _{param}:"), &format!(" {param}:"));
            }
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
                let names: Vec<String> = vs
                    .iter()
                    .map(|v| format!("Version::{}", self.versions[*v].name))
                    .collect();
                // The versions that word it alike share an arm, unless
                // their pattern would not fit on its line (rustfmt would
                // break it where the layout does not follow).
                let shared = format!("({pattern}, {})", names.join(" | "));
                if 12 + layout::width(&shared) + " => {".len() <= 100 {
                    out.push((shared, b.clone()));
                } else {
                    for name in names {
                        out.push((format!("({pattern}, {name})"), b.clone()));
                    }
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
