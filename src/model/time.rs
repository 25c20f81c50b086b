//! Time: the amending acts, the versions they make, the history of every
//! element that is not the same in all of them, and dated sums (fees).
//!
//! A model presents one version of the regulation (its `as_of` date) and
//! carries the others in `history`, so that [`Regulation::at`] (or any
//! consumer of the JSON, by the same steps) rebuilds the regulation as it
//! stood on any day.

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use super::{ClauseText, ContentEntry, Enactment, Regulation};
use crate::source::Span;

/// An amending act: declared once, named by every change it makes.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Amendment {
    /// Id.
    pub id: String,
    /// The amending act's title.
    pub title: Option<String>,
    /// The act: number, date of signing, body.
    pub order: Option<Enactment>,
    /// Its registration with the Ministry of Justice.
    pub registration: Option<Enactment>,
    /// Where it was officially published.
    pub published: Option<String>,
    /// The day its changes take effect.
    pub in_force: Date,
    /// Where its text comes from.
    pub source: Option<String>,
    /// Editor's notes (not part of the act).
    pub notes: Vec<String>,
    /// What it changes, in the order of the sources.
    pub changes: Vec<Change>,
    /// Where it is declared.
    pub span: Span,
}

/// One change an amendment makes to one element.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Change {
    /// The element's kind (its keyword: `category`, `term` ...).
    pub kind: String,
    /// The element's id.
    pub id: String,
    /// What happens to it.
    pub what: ChangeKind,
    /// Where the change is written.
    pub span: Span,
}

/// What an amendment does to an element.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum ChangeKind {
    /// The element is inserted (in force from the amendment's date).
    Inserted,
    /// The element loses force (its clause number is never reused).
    Repealed,
    /// Some of its lines are worded anew.
    Worded {
        /// The keywords of the lines worded anew (`text`, `lasts` ...).
        lines: Vec<String>,
    },
}

/// A sum with its currency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Money {
    /// The amount, in whole units of the currency.
    pub amount: u32,
    /// The currency's ISO 4217 code (`RUB`).
    pub currency: String,
}

/// A sum the applicant pays, such as a state duty.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Fee {
    /// Id.
    pub id: String,
    /// What the fee is.
    pub title: String,
    /// Its clause (number and text, when the regulation states it), its
    /// basis and notes.
    pub clause: ClauseText,
    /// The sum.
    pub amount: Money,
    /// Where it is declared.
    pub span: Span,
}

/// One version of the regulation: the days between two in-force dates.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Version {
    /// The first day (none: from the regulation's beginning).
    pub from: Option<Date>,
    /// The first day it no longer holds (none: it still holds).
    pub until: Option<Date>,
    /// The amendments that take effect on `from`.
    pub amendments: Vec<String>,
    /// The order of the text in this version (the model's `contents`).
    pub contents: Vec<ContentEntry>,
}

impl Version {
    /// Does the version hold on `day`?
    pub fn holds_on(&self, day: Date) -> bool {
        holds(self.from, self.until, day)
    }
}

/// An element (or a line of the `regulation` block) that is not the same
/// in every version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ElementHistory {
    /// The model's list it belongs to (`categories`, `terms` ...), or
    /// `regulation` for a line of the regulation block itself.
    pub list: String,
    /// The element's id (for `regulation`, the line's field: `title` ...).
    pub id: String,
    /// Its versions, earliest first; on a day no version holds, the
    /// element is not in force.
    pub versions: Vec<ElementVersion>,
}

/// One version of an element.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ElementVersion {
    /// The first day.
    pub from: Option<Date>,
    /// The first day it no longer holds.
    pub until: Option<Date>,
    /// The element as its list holds it.
    pub element: Json,
}

/// Is `day` within `[from, until)`, either end open when absent?
pub fn holds(from: Option<Date>, until: Option<Date>, day: Date) -> bool {
    from.is_none_or(|f| f <= day) && until.is_none_or(|u| day < u)
}

impl ElementVersion {
    /// Does this version of the element hold on `day`?
    pub fn holds_on(&self, day: Date) -> bool {
        holds(self.from, self.until, day)
    }
}

/// The model's lists of elements with ids, which history may name.
pub const ELEMENT_LISTS: &[&str] = &[
    "parts",
    "acts",
    "definitions",
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
    "fees",
    "documents",
    "forms",
    "channels",
    "duties",
    "results",
    "provisions",
    "omissions",
    "calendars",
];

/// The lines of the `regulation` block that history may name.
pub const REGULATION_LINES: &[&str] = &[
    "title",
    "order",
    "registration",
    "amended",
    "service",
    "provider",
    "language",
    "source",
    "calendar",
    "notes",
];

/// Why a version cannot be rebuilt.
#[derive(Debug)]
pub struct RebuildError(pub String);

impl std::fmt::Display for RebuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for RebuildError {}

impl Regulation {
    /// The version that holds on `day`, if the regulation has versions.
    pub fn version_at(&self, day: Date) -> Option<&Version> {
        self.versions.iter().find(|v| v.holds_on(day))
    }

    /// The version this model presents.
    pub fn presented_version(&self) -> Option<&Version> {
        self.as_of.and_then(|d| self.version_at(d))
    }

    /// The regulation as it stood on `day`: every element of `history` is
    /// replaced by its version that holds that day (or left out when none
    /// does), each list is put in the order of that version's `contents`.
    /// A regulation without versions is the same on every day.
    pub fn at(&self, day: Date) -> Result<Regulation, RebuildError> {
        let Some(version) = self.version_at(day) else {
            return Ok(self.clone());
        };
        if self.presented_version() == Some(version) {
            return Ok(self.clone());
        }
        let mut json = serde_json::to_value(self).map_err(|e| RebuildError(e.to_string()))?;
        let Some(root) = json.as_object_mut() else {
            return Err(RebuildError("the model is not an object".to_owned()));
        };
        for entry in &self.history {
            let held = entry
                .versions
                .iter()
                .find(|v| v.holds_on(day))
                .map(|v| v.element.clone());
            if entry.list == "regulation" {
                root.insert(entry.id.clone(), held.unwrap_or(Json::Null));
                continue;
            }
            // A list left out of the JSON when empty (`groups`) may gain
            // an element in another version.
            if ELEMENT_LISTS.contains(&entry.list.as_str()) {
                root.entry(entry.list.clone())
                    .or_insert_with(|| Json::Array(Vec::new()));
            }
            let Some(Json::Array(list)) = root.get_mut(&entry.list) else {
                return Err(RebuildError(format!(
                    "no list `{}` in the model",
                    entry.list
                )));
            };
            list.retain(|e| e.get("id").and_then(Json::as_str) != Some(entry.id.as_str()));
            list.extend(held);
        }
        // Each list in the order of the version's text.
        let order = |id: &str| {
            version
                .contents
                .iter()
                .position(|c| c.id == id)
                .unwrap_or(usize::MAX)
        };
        for name in ELEMENT_LISTS {
            if let Some(Json::Array(list)) = root.get_mut(*name) {
                list.sort_by_key(|e| order(e.get("id").and_then(Json::as_str).unwrap_or("")));
            }
        }
        root.insert(
            "contents".to_owned(),
            serde_json::to_value(&version.contents).map_err(|e| RebuildError(e.to_string()))?,
        );
        root.insert(
            "as_of".to_owned(),
            serde_json::to_value(
                version
                    .from
                    .or_else(|| self.order.as_ref().map(|o| o.date))
                    .unwrap_or(day),
            )
            .map_err(|e| RebuildError(e.to_string()))?,
        );
        serde_json::from_value(json).map_err(|e| RebuildError(e.to_string()))
    }
}
