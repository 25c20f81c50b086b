//! The stand plan (`templates/site/stand.toml`): which clauses each page
//! shows besides the ones it finds by kind, and how the stand answers each
//! information duty of the regulation, by duty id.

use std::collections::BTreeMap;

use serde::Deserialize;

const PLAN: &str = include_str!("../../../templates/site/stand.toml");

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

/// The whole plan.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The channel whose duties the stand answers.
    pub channel: String,
    /// Extra clauses by page.
    #[serde(default)]
    pub pages: BTreeMap<String, PagePlan>,
    /// How each duty is answered.
    #[serde(default)]
    pub duties: BTreeMap<String, DutyPlan>,
}

/// Clauses a page shows besides those it finds by kind.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PagePlan {
    /// Element ids, in the order shown.
    #[serde(default)]
    pub elements: Vec<String>,
}

/// How one duty is answered.
#[derive(Debug, Default, Deserialize)]
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
    /// Reads and checks the plan.
    pub fn load() -> Result<Plan, String> {
        let plan: Plan =
            toml::from_str(PLAN).map_err(|e| format!("templates/site/stand.toml: {e}"))?;
        for (id, duty) in &plan.duties {
            if let Some(page) = &duty.page {
                if !PAGES.contains(&page.as_str()) {
                    return Err(format!(
                        "templates/site/stand.toml: duty `{id}` names the page `{page}`, which the stand does not have"
                    ));
                }
            }
            for field in &duty.office {
                if !super::office::FIELDS.contains(&field.as_str()) {
                    return Err(format!(
                        "templates/site/stand.toml: duty `{id}` names the office field `{field}`, which profiles do not have"
                    ));
                }
            }
        }
        for page in plan.pages.keys() {
            if !PAGES.contains(&page.as_str()) {
                return Err(format!(
                    "templates/site/stand.toml: the stand has no page `{page}`"
                ));
            }
        }
        Ok(plan)
    }

    /// The extra element ids of `page`.
    pub fn elements(&self, page: &str) -> &[String] {
        self.pages.get(page).map_or(&[], |p| p.elements.as_slice())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_bundled_plan_reads() {
        assert!(
            super::Plan::load().is_ok(),
            "{:?}",
            super::Plan::load().err()
        );
    }
}
