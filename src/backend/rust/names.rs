//! Rust names for the regulation's ids.
//!
//! Ids are `snake_case` already (the grammar allows `a-z`, digits and `_`,
//! starting with a letter). Types and variants are `UpperCamelCase` by the
//! checker's own [`type_name`], so R0209 (two ids of one kind that would
//! become the same name) speaks of exactly these names. What R0209 cannot
//! see is handled here, deterministically:
//!
//! - a Rust keyword as a field or function is written raw (`r#type`), or,
//!   for `self`, `super` and `crate`, which cannot be raw, with a trailing
//!   underscore (`self_`); `Self` as a variant becomes `Self_`;
//! - `a__b` becomes `a_b` (rustc's `non_snake_case` lint rejects `__`);
//! - names that meet in one namespace without being ids of one kind (a
//!   category and a branch in `Category`, a choice named `option` and
//!   `Option`) get a trailing underscore until they differ.
//!
//! Serde keeps the ids as they are: element enums serialise through their
//! `id()`, and `Facts` fields carry a `rename` where the name differs.

use std::collections::{BTreeMap, BTreeSet};

use crate::check::type_name;
use crate::model::Regulation;

/// Keywords of Rust 2024, strict and reserved.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["self", "super", "crate"];

/// Type names the generated crate uses itself, or takes from the prelude,
/// `std` and `jiff`: a choice may not take them.
const TAKEN_TYPES: &[&str] = &[
    // The crate's own types.
    "Act",
    "Amendment",
    "Answer",
    "Application",
    "Applying",
    "Bitmap",
    "BoolColumn",
    "Cell",
    "Column",
    "DateColumn",
    "DecisionColumns",
    "FactColumns",
    "Categories",
    "Category",
    "CategoryDecision",
    "CategorySet",
    "Citation",
    "Decision",
    "DeadlineError",
    "Document",
    "DocumentSet",
    "Documents",
    "Enactment",
    "Event",
    "Fee",
    "Length",
    "Limit",
    "LimitDecision",
    "Fact",
    "FactSet",
    "Facts",
    "Form",
    "Ground",
    "GroundSet",
    "Group",
    "Iter",
    "IntoIter",
    "LastDays",
    "Money",
    "Needs",
    "Query",
    "Representative",
    "RequiredDocument",
    "Status",
    "Term",
    "TermDecision",
    "Track",
    "Truth",
    "Undetermined",
    "Version",
    // Re-exported from `deadline` and `jiff`.
    "Calendar",
    "CalendarYear",
    "Date",
    "Deadline",
    "Duration",
    "DurationError",
    "OutsideCalendar",
    "Step",
    "Unit",
    // The prelude and what generated code names.
    "AsMut",
    "AsRef",
    "Box",
    "Clone",
    "Copy",
    "Debug",
    "Default",
    "DoubleEndedIterator",
    "Drop",
    "Eq",
    "Err",
    "ExactSizeIterator",
    "Extend",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "FromIterator",
    "Hash",
    "Into",
    "IntoIterator",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "OnceLock",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "TryFrom",
    "TryInto",
    "Unpin",
    "Vec",
];

/// The Rust names of one regulation's ids.
#[derive(Debug, Default)]
pub struct Names {
    /// (enum, id) to variant.
    variants: BTreeMap<(String, String), String>,
    /// Choice id to type name.
    choices: BTreeMap<String, String>,
    /// Fact id (and `status`, `application`) to `Facts` field.
    fields: BTreeMap<String, String>,
    /// Example id to test function.
    tests: BTreeMap<String, String>,
}

/// Why a name cannot be made: an id the grammar would not accept, which
/// only a hand-made model can contain.
#[derive(Debug)]
pub struct BadId(pub String);

impl std::fmt::Display for BadId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "`{}` is not an id (a-z, 0-9 and _, starting with a letter)",
            self.0
        )
    }
}

fn check(id: &str) -> Result<(), BadId> {
    let mut chars = id.chars();
    let ok = chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if ok {
        Ok(())
    } else {
        Err(BadId(id.to_owned()))
    }
}

/// `snake_case` without doubled underscores.
fn snake(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for c in id.chars() {
        if !(c == '_' && out.ends_with('_')) {
            out.push(c);
        }
    }
    out
}

/// A type or variant name not in `taken`, recorded there.
fn camel(id: &str, taken: &mut BTreeSet<String>) -> String {
    let mut name = type_name(id);
    while name == "Self" || taken.contains(&name) {
        name.push('_');
    }
    taken.insert(name.clone());
    name
}

/// A field or function name not in `taken`, recorded there.
pub fn field(id: &str, taken: &mut BTreeSet<String>) -> String {
    let mut name = snake(id);
    if NOT_RAW.contains(&name.as_str()) {
        name.push('_');
    }
    while taken.contains(&name) {
        name.push('_');
    }
    taken.insert(name.clone());
    if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// The name serde gives a `Facts` field (a raw name loses its `r#`).
pub fn serde_name(field: &str) -> &str {
    field.strip_prefix("r#").unwrap_or(field)
}

/// The name of the generated crate: the regulation's id, unless that is a
/// keyword or a crate the generated code uses.
pub fn crate_name(id: &str) -> Result<String, BadId> {
    check(id)?;
    let name = snake(id);
    let taken = [
        "std",
        "core",
        "alloc",
        "test",
        "proc_macro",
        "jiff",
        "serde",
    ];
    if KEYWORDS.contains(&name.as_str()) || taken.contains(&name.as_str()) {
        Ok(format!("{name}_rules"))
    } else {
        Ok(name)
    }
}

impl Names {
    /// Names every id of `reg` the generated crate uses.
    pub fn new(reg: &Regulation) -> Result<Self, BadId> {
        let mut names = Names::default();
        let categories: Vec<&str> = reg
            .categories
            .iter()
            .flat_map(|c| {
                std::iter::once(c.id.as_str()).chain(c.branches.iter().map(|b| b.id.as_str()))
            })
            .collect();
        names.enumerate("Category", &categories)?;
        let grounds: Vec<&str> = reg
            .categories
            .iter()
            .flat_map(|c| c.grounds.iter().map(|g| g.id.as_str()))
            .collect();
        names.enumerate("Ground", &grounds)?;
        names.enumerate("Group", &ids_of(reg.groups.iter().map(|g| g.id.as_str())))?;
        names.enumerate(
            "Application",
            &ids_of(reg.applications.iter().map(|a| a.id.as_str())),
        )?;
        names.enumerate(
            "Status",
            &ids_of(reg.statuses.iter().map(|s| s.id.as_str())),
        )?;
        names.enumerate(
            "Document",
            &ids_of(reg.documents.iter().map(|d| d.id.as_str())),
        )?;
        names.enumerate("Form", &ids_of(reg.forms.iter().map(|f| f.id.as_str())))?;
        names.enumerate("Term", &ids_of(reg.terms.iter().map(|t| t.id.as_str())))?;
        names.enumerate("Event", &ids_of(reg.events.iter().map(|e| e.id.as_str())))?;
        names.enumerate("Limit", &ids_of(reg.limits.iter().map(|l| l.id.as_str())))?;
        names.enumerate("Fee", &ids_of(reg.fees.iter().map(|f| f.id.as_str())))?;
        names.enumerate("Act", &ids_of(reg.acts.iter().map(|a| a.id.as_str())))?;
        names.enumerate(
            "Amendment",
            &ids_of(reg.amendments.iter().map(|a| a.id.as_str())),
        )?;
        names.enumerate(
            "Representative",
            &ids_of(reg.representatives.iter().map(|r| r.id.as_str())),
        )?;

        // The built-in facts come first, so a fact id cannot take their names.
        let mut facts = vec!["status", "application"];
        facts.extend(reg.facts.iter().map(|f| f.id.as_str()));
        // Events' dates are facts too (`facts.rs` says why).
        facts.extend(reg.events.iter().map(|e| e.id.as_str()));
        names.enumerate("Fact", &facts)?;
        // `Facts` keeps its yes/no facts in the words `known` and `yes`, and
        // a method named `default` or `clone` would hide the trait's.
        let mut taken: BTreeSet<String> = ["known", "yes", "default", "clone"]
            .into_iter()
            .map(str::to_owned)
            .collect();
        for id in &facts {
            check(id)?;
            names.fields.insert((*id).to_owned(), field(id, &mut taken));
        }
        // A fact's setter and builder (`set_x`, `with_x`) must not be another
        // fact's getter.
        let made: BTreeSet<String> = names
            .fields
            .values()
            .flat_map(|f| {
                let f = serde_name(f);
                [format!("set_{f}"), format!("with_{f}")]
            })
            .collect();
        for id in &facts {
            let mut name = names.fields[*id].clone();
            while made.contains(serde_name(&name)) || taken_twice(&names.fields, &name, id) {
                name.push('_');
            }
            names.fields.insert((*id).to_owned(), name);
        }

        let mut types: BTreeSet<String> = TAKEN_TYPES.iter().map(|t| (*t).to_owned()).collect();
        for choice in &reg.choices {
            check(&choice.id)?;
            let name = camel(&choice.id, &mut types);
            let options: Vec<&str> = choice.options.iter().map(|o| o.id.as_str()).collect();
            names.enumerate(&name, &options)?;
            names.choices.insert(choice.id.clone(), name);
        }

        let mut taken: BTreeSet<String> = super::examples::reserved().map(str::to_owned).collect();
        for example in &reg.examples {
            check(&example.id)?;
            names
                .tests
                .insert(example.id.clone(), field(&example.id, &mut taken));
        }
        Ok(names)
    }

    fn enumerate(&mut self, ty: &str, ids: &[&str]) -> Result<(), BadId> {
        let mut taken = BTreeSet::new();
        for id in ids {
            check(id)?;
            let name = camel(id, &mut taken);
            self.variants
                .insert((ty.to_owned(), (*id).to_owned()), name);
        }
        Ok(())
    }

    /// The variant of enum `ty` for `id` (`Self` when `id` is unknown, which
    /// the checker rules out; the crate would then not compile rather than
    /// say something else).
    pub fn variant(&self, ty: &str, id: &str) -> &str {
        self.variants
            .get(&(ty.to_owned(), id.to_owned()))
            .map_or("Self", String::as_str)
    }

    /// `Enum::Variant`.
    pub fn path(&self, ty: &str, id: &str) -> String {
        format!("{ty}::{}", self.variant(ty, id))
    }

    /// The type of a choice.
    pub fn choice(&self, id: &str) -> &str {
        self.choices.get(id).map_or("Self", String::as_str)
    }

    /// The `Facts` field of a fact.
    pub fn field(&self, fact: &str) -> &str {
        self.fields.get(fact).map_or("self", String::as_str)
    }

    /// The test function of an example.
    pub fn test(&self, example: &str) -> &str {
        self.tests.get(example).map_or("self", String::as_str)
    }
}

/// Whether `name` is the field of a fact other than `id`.
fn taken_twice(fields: &BTreeMap<String, String>, name: &str, id: &str) -> bool {
    fields.iter().any(|(other, f)| other != id && f == name)
}

fn ids_of<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    ids.collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_and_doubled_underscores() {
        let mut taken = BTreeSet::new();
        assert_eq!(field("type", &mut taken), "r#type");
        assert_eq!(field("self", &mut taken), "self_");
        assert_eq!(field("self_", &mut taken), "self__");
        assert_eq!(field("a__b", &mut taken), "a_b");
        let mut types = BTreeSet::new();
        assert_eq!(camel("self_", &mut types), "Self_");
        assert_eq!(camel("a_b", &mut types), "AB");
        assert_eq!(camel("a__b", &mut types), "AB_");
    }

    #[test]
    fn crate_names() {
        assert_eq!(
            crate_name("residence_permit").ok(),
            Some("residence_permit".to_owned())
        );
        assert_eq!(crate_name("type").ok(), Some("type_rules".to_owned()));
        assert!(crate_name("Bad-id").is_err());
    }
}
