//! The stand plan of a regulation: which channel is the information stand,
//! which clauses each page shows besides the ones it finds by kind, and
//! what carries each duty of that channel.
//!
//! The plan is publishers' data kept beside the regulation, like the office
//! profiles: `regulations/stands/<regulation id>.toml`. It belongs to its
//! regulation, so every explanation it gives ("the source states no
//! amount of the state fee") is written for that regulation and no other.
//! A duty the plan does not list gets a page derived from the model when
//! its `see clause` lines point only at clauses one page shows (documents,
//! terms, applicants); otherwise it is reported as not covered, naming the
//! plan file to write.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::model::{ClauseNumber, Regulation};

/// The pages of a stand, in the order of the navigation.
pub const PAGES: &[&str] = &[
    "index",
    "applicants",
    "documents",
    "terms",
    "forms",
    "information",
    "legal-acts",
    "regulation",
    "self-check",
];

/// A regulation's stand plan.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The channel whose duties the stand answers (none: the stand answers
    /// no duty, as when a regulation has no plan).
    pub channel: Option<String>,
    /// Extra clauses by page.
    #[serde(default)]
    pub pages: BTreeMap<String, PagePlan>,
    /// How each duty is answered.
    #[serde(default)]
    pub duties: BTreeMap<String, DutyPlan>,
    /// The file it was read from, for messages.
    #[serde(skip)]
    pub file: String,
}

/// Clauses a page shows besides those it finds by kind.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PagePlan {
    /// Element ids, in the order shown.
    #[serde(default)]
    pub elements: Vec<String>,
}

/// How one duty is answered.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DutyPlan {
    /// The page that carries it.
    pub page: Option<String>,
    /// The office-profile fields that carry it.
    #[serde(default)]
    pub office: Vec<String>,
    /// Carried by the filled samples of the forms.
    #[serde(default)]
    pub samples: bool,
    /// Why the content is only partial, when the source gives part of it.
    pub partial: Option<String>,
    /// Why there is no content, when nothing carries it.
    pub missing: Option<String>,
}

impl Plan {
    /// Reads a plan file (`file` is its name, for messages) and checks what
    /// can be checked without the regulation: pages and office fields.
    pub fn parse(file: &str, text: &str) -> Result<Plan, String> {
        let mut plan: Plan = toml::from_str(text).map_err(|e| format!("{file}: {e}"))?;
        plan.file = file.to_owned();
        if plan.channel.is_none() {
            return Err(format!(
                "{file}: the plan does not say which channel is the stand: add `channel = \"<channel id>\"`"
            ));
        }
        for (id, duty) in &plan.duties {
            if let Some(page) = &duty.page
                && !PAGES.contains(&page.as_str())
            {
                return Err(format!(
                    "{file}: duty `{id}` names the page `{page}`, which the stand does not have (it has {})",
                    PAGES.join(", ")
                ));
            }
            for field in &duty.office {
                if !super::office::FIELDS.contains(&field.as_str()) {
                    return Err(format!(
                        "{file}: duty `{id}` names the office field `{field}`, which profiles do not have"
                    ));
                }
            }
        }
        for page in plan.pages.keys() {
            if !PAGES.contains(&page.as_str()) {
                return Err(format!("{file}: the stand has no page `{page}`"));
            }
        }
        Ok(plan)
    }

    /// Checks the plan against its regulation: the channel, every duty and
    /// every element it names must be the regulation's, so that a plan
    /// written for one regulation cannot pass for another's.
    pub fn check(&self, reg: &Regulation) -> Result<(), String> {
        let file = &self.file;
        let mut problems = Vec::new();
        if let Some(channel) = &self.channel
            && !reg.channels.iter().any(|c| &c.id == channel)
        {
            problems.push(format!("{file}: `{}` has no channel `{channel}`", reg.id));
        }
        for id in self.duties.keys() {
            match reg.duties.iter().find(|d| &d.id == id) {
                None => problems.push(format!("{file}: `{}` has no duty `{id}`", reg.id)),
                Some(d)
                    if !self
                        .channel
                        .as_ref()
                        .is_some_and(|c| d.channels.contains(c)) =>
                {
                    problems.push(format!(
                        "{file}: duty `{id}` is not placed on the channel `{}`",
                        self.channel.as_deref().unwrap_or_default()
                    ));
                }
                Some(_) => {}
            }
        }
        let ids: std::collections::BTreeSet<&str> =
            reg.contents.iter().map(|e| e.id.as_str()).collect();
        for (page, p) in &self.pages {
            for id in &p.elements {
                if !ids.contains(id.as_str()) {
                    problems.push(format!(
                        "{file}: the page `{page}` names `{id}`, which `{}` does not have",
                        reg.id
                    ));
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems.join("\n"))
        }
    }

    /// The extra element ids of `page`.
    pub fn elements(&self, page: &str) -> &[String] {
        self.pages.get(page).map_or(&[], |p| p.elements.as_slice())
    }
}

/// The page a duty the plan does not list is evidently carried by: the one
/// page that shows every clause its `see clause` lines name.
pub fn derived_page(reg: &Regulation, see: &[ClauseNumber]) -> Option<&'static str> {
    let page_of = |n: &ClauseNumber| -> Option<&'static str> {
        let is = |c: &Option<ClauseNumber>| c.as_ref() == Some(n);
        if reg.documents.iter().any(|d| is(&d.clause.clause)) {
            Some("documents")
        } else if reg.terms.iter().any(|t| is(&t.clause.clause))
            || reg.limits.iter().any(|l| is(&l.clause.clause))
        {
            Some("terms")
        } else if reg
            .categories
            .iter()
            .any(|c| is(&c.clause.clause) || c.branches.iter().any(|b| is(&b.clause.clause)))
        {
            Some("applicants")
        } else {
            None
        }
    };
    let mut pages = see.iter().map(page_of);
    let first = pages.next()??;
    pages.all(|p| p == Some(first)).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::Plan;

    #[test]
    fn a_plan_without_a_channel_is_refused() {
        let err = Plan::parse("x.toml", "[duties.a]\npage = \"index\"\n").unwrap_err();
        assert!(err.contains("which channel is the stand"), "{err}");
    }

    #[test]
    fn a_plan_naming_an_unknown_page_is_refused() {
        let err =
            Plan::parse("x.toml", "channel = \"c\"\n[duties.a]\npage = \"fees\"\n").unwrap_err();
        assert!(err.contains("duty `a` names the page `fees`"), "{err}");
    }
}
