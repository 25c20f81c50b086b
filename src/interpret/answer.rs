//! The answers [`explain`](super::explain) gives, as the JSON of
//! `reglament explain --format json` shows them, and what it is asked.

use serde::Serialize;

use crate::model::DurationUnit;

/// What to explain.
#[derive(Clone, Debug, Default)]
pub struct Query {
    /// The kind of application (else the `application` fact, else inferred
    /// from the categories when they all file one kind).
    pub application: Option<String>,
    /// Only this category, with its branches (by clause number, e.g. `2.8`,
    /// or by id), or only one branch (by its id or its own clause number).
    pub category: Option<String>,
    /// The day the application was accepted: each term counted from the
    /// acceptance then gets its deadline. It is also the date of the event
    /// marked `date of acceptance`; other events' dates are facts.
    pub accepted: Option<jiff::civil::Date>,
}

/// The answer to "what does the regulation say for this applicant?".
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Explanation {
    /// The kind of application the answer is for, if known.
    pub application: Option<String>,
    /// The applicant's status, if given.
    pub status: Option<String>,
    /// Categories (or branches) that apply.
    pub categories: Vec<CategoryAnswer>,
    /// The term of an application no category files (a duplicate is filed by
    /// any holder): it does not depend on a category.
    pub application_term: Option<TermAnswer>,
    /// Facts needed to choose that term, when it depends on them (the
    /// status, for a term set per status).
    pub application_term_needs: Vec<String>,
    /// Categories that cannot be decided without more facts.
    pub undetermined: Vec<Undetermined>,
    /// Documents required.
    pub documents: Vec<DocumentAnswer>,
    /// Documents that may be required, depending on facts not given.
    pub undetermined_documents: Vec<Undetermined>,
    /// Every time limit of the regulation, counted when its start is given.
    pub limits: Vec<LimitAnswer>,
    /// Must a legal representative apply (for any category that applies)?
    pub representative: bool,
    /// Facts needed to tell whether a representative must apply, when it
    /// cannot be told yet for some category.
    pub representative_needs: Vec<String>,
    /// The version of an amended regulation that answered (absent when the
    /// regulation has one version).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<VersionUsed>,
}

/// Which version of an amended regulation an answer comes from.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct VersionUsed {
    /// The day asked about: the `as of` day, else the day of acceptance;
    /// none for the version the model presents.
    pub day: Option<jiff::civil::Date>,
    /// The version's first day (none: from the regulation's beginning).
    pub from: Option<jiff::civil::Date>,
    /// The first day it no longer holds (none: it still holds).
    pub until: Option<jiff::civil::Date>,
    /// The amendments that took effect on its first day.
    pub amendments: Vec<String>,
}

/// A category (or branch) that applies.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct CategoryAnswer {
    /// The category id, or the branch id when it applies through a branch.
    pub id: String,
    /// The category's id.
    pub category: String,
    /// The branch's id, if through a branch.
    pub branch: Option<String>,
    /// The category's clause.
    pub clause: String,
    /// Grounds that hold (replacement grounds).
    pub grounds: Vec<ClauseAnswer>,
    /// The kind of application the term is for.
    pub application: Option<String>,
    /// The processing term.
    pub term: Option<TermAnswer>,
    /// Facts needed to pick the term, when it could not be picked.
    pub term_needs: Vec<String>,
    /// Must a legal representative apply?
    pub representative: bool,
    /// The clause of the representative rule, when it applies.
    pub representative_clause: Option<String>,
    /// Facts needed to tell whether a representative must apply.
    pub representative_needs: Vec<String>,
}

/// An element named with its clause.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ClauseAnswer {
    /// Id.
    pub id: String,
    /// Clause.
    pub clause: Option<String>,
}

/// A processing term.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct TermAnswer {
    /// The term's id.
    pub id: String,
    /// Its clause.
    pub clause: Option<String>,
    /// How many units; `None` when the source states no term.
    pub amount: Option<u32>,
    /// Which units.
    pub unit: Option<DurationUnit>,
    /// The event it is counted from.
    pub from: Option<String>,
    /// The source states no term.
    pub not_stated: bool,
    /// The last day of the term, when an acceptance date was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<DeadlineAnswer>,
    /// Why the deadline cannot be counted (a date outside the production calendar).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline_error: Option<String>,
    /// The event whose date the deadline waits for, when it is not given
    /// (`accepted` when the regulation declares no acceptance event).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub needs_date: Option<String>,
}

/// A time limit that is not a processing term (it applies to everyone).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct LimitAnswer {
    /// The limit's id.
    pub id: String,
    /// Its clause.
    pub clause: Option<String>,
    /// How many units.
    pub amount: u32,
    /// Which units.
    pub unit: DurationUnit,
    /// The event it is counted from (none: from the acceptance).
    pub from: Option<String>,
    /// Counted on the production calendar; hours and minutes are only stated.
    pub on_calendar: bool,
    /// The last day, when the start date was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<DeadlineAnswer>,
    /// Why the deadline cannot be counted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline_error: Option<String>,
    /// The event whose date the deadline waits for, when it is not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub needs_date: Option<String>,
}

/// Whether a document's dates fall in its validity window.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ValidityAnswer {
    /// The window in words.
    pub words: String,
    /// Inside the window; `false` flags the document; `None` cannot tell yet.
    pub holds: Option<bool>,
    /// The dates needed to tell.
    pub needs: Vec<String>,
    /// The dates the window's bounds came to, as counted from the facts
    /// ("3 months before application_filed" is 2025-02-28), so a reader
    /// can check the arithmetic.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub counted: Vec<CountedDate>,
}

/// A date in a condition, counted from a date fact or an event.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct CountedDate {
    /// As written: `3 months before application_filed`.
    pub of: String,
    /// The day it comes to.
    pub date: jiff::civil::Date,
}

/// A deadline and the steps that produced it.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct DeadlineAnswer {
    /// The last day.
    pub ends: jiff::civil::Date,
    /// How it was reached.
    pub steps: Vec<StepAnswer>,
}

/// One step of a deadline computation.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct StepAnswer {
    /// `months`, `working_days`, `calendar_days` or `next_working_day`.
    pub kind: &'static str,
    /// The date the step starts from.
    pub from: jiff::civil::Date,
    /// The date it reaches.
    pub to: jiff::civil::Date,
    /// The legal rule applied.
    pub rule: &'static str,
    /// The step in words.
    pub text: String,
}

impl DeadlineAnswer {
    /// From the shared deadline computation.
    pub fn from_deadline(d: &crate::deadline::Deadline) -> Self {
        Self {
            ends: d.ends,
            steps: d
                .steps
                .iter()
                .map(|s| StepAnswer {
                    kind: s.kind(),
                    from: s.from(),
                    to: s.to(),
                    rule: s.rule(),
                    text: s.to_string(),
                })
                .collect(),
        }
    }
}

/// A required document.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct DocumentAnswer {
    /// Id.
    pub id: String,
    /// Clause.
    pub clause: Option<String>,
    /// Copies; `None` when they depend on facts not given.
    pub copies: Option<u32>,
    /// Count of items; `None` when it depends on facts not given.
    pub count: Option<u32>,
    /// Facts the copies or count depend on, when not given.
    pub needs: Vec<String>,
    /// The form it is filled on.
    pub form: Option<String>,
    /// Its validity window, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validity: Option<ValidityAnswer>,
}

/// Something that cannot be decided yet.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Undetermined {
    /// Id.
    pub id: String,
    /// Clause.
    pub clause: Option<String>,
    /// The facts it needs.
    pub needs: Vec<String>,
}

/// Why a question cannot be answered.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ExplainError {
    /// `--category` names nothing.
    #[error("no category has the clause number or id `{0}`")]
    UnknownCategory(String),
    /// `--kind` names nothing.
    #[error("{}", crate::diagnostics::messages::decide::not_a_kind(.0, .1))]
    UnknownApplication(String, String),
    /// `--accepted` and the acceptance event's date in the facts differ.
    #[error(
        "the acceptance date is given twice, and differently: {0} as the day of acceptance and {2} as `{1}` (the event marked `date of acceptance`); give it once"
    )]
    TwoAcceptanceDates(jiff::civil::Date, String, jiff::civil::Date),
    /// The version of the day asked about cannot be rebuilt from the model.
    #[error("the regulation as of {0} cannot be rebuilt: {1}")]
    Version(jiff::civil::Date, String),
}
