//! What a compiled version holds: conditions over fact numbers, elements
//! by number, and the pieces of `explain --format json`'s answer that do
//! not depend on the applicant, written out in advance (`compile.rs`
//! builds it).

use super::cond::{Node, Slot};
use crate::model::Duration;

/// A compiled version.
#[derive(Debug)]
pub(super) struct Compiled {
    /// The facts conditions read: the layout's, then names only this
    /// version's conditions use (never given, so always unknown).
    pub(super) slots: usize,
    /// Each fact's name, as JSON.
    pub(super) names: Vec<String>,
    /// Each fact's name.
    pub(super) plain_names: Vec<String>,
    /// The layout's statuses, as JSON.
    pub(super) statuses: Vec<String>,
    /// Application kinds: id, and id as JSON.
    pub(super) apps: Vec<(String, String)>,
    /// For each option of the layout's `application`, this version's kind.
    pub(super) app_of_option: Vec<Option<u16>>,
    /// For each kind, its option in the layout's `application`.
    pub(super) option_of_app: Vec<Option<u16>>,
    /// For each kind: no category files it (its term is the application's).
    pub(super) any_applicant: Vec<bool>,
    pub(super) categories: Vec<Cat>,
    pub(super) filers: Vec<FilerInfo>,
    pub(super) terms: Vec<TermInfo>,
    /// `[kind][filer]`: the terms for that kind and filer, before the
    /// status is looked at; the filer past the last is "any applicant".
    pub(super) candidates: Vec<Vec<Vec<u16>>>,
    pub(super) representatives: Vec<Rep>,
    pub(super) documents: Vec<Doc>,
    pub(super) limits: Vec<LimitInfo>,
    pub(super) calendar: Option<crate::deadline::Calendar>,
}

#[derive(Debug)]
pub(super) struct Cat {
    pub(super) files: Vec<u16>,
    /// The kind it files, when it files one.
    pub(super) single_kind: Option<u16>,
    pub(super) applies: Option<Node>,
    /// The filer of its own text.
    pub(super) own: u16,
    /// Its branches: filer, condition.
    pub(super) branches: Vec<(u16, Option<Node>)>,
    pub(super) grounds: Vec<Ground>,
}

#[derive(Debug)]
pub(super) struct Ground {
    pub(super) applies: Option<Node>,
    /// `{"id":...,"clause":...}`.
    pub(super) json: String,
}

/// A category, or one of its branches.
#[derive(Debug)]
pub(super) struct FilerInfo {
    pub(super) category: u16,
    /// A category answer's start: `{"id":...,"category":...,"branch":...,"clause":...,"grounds":[`.
    pub(super) answer: String,
    /// An undetermined entry's start: `{"id":...,"clause":...,"needs":[`.
    pub(super) undetermined: String,
    /// For CSV: the answer's id and the category's clause.
    pub(super) id: String,
    pub(super) category_clause: String,
    pub(super) clause: Option<String>,
    /// The representative rules that name it, in order.
    pub(super) representatives: Vec<u16>,
    /// What `undetermined_filer` finds for its undetermined entry's id.
    pub(super) undetermined_filer: Option<u16>,
}

#[derive(Debug)]
pub(super) struct TermInfo {
    /// `{"id":...,"clause":...,"amount":...,"unit":...,"from":...,"not_stated":...`.
    pub(super) json: String,
    pub(super) lasts: Option<Lasts>,
    /// The statuses (by option of the layout's `status`) it is for; `None`: all.
    pub(super) statuses: Option<Vec<u16>>,
    /// `,"deadline_error":...` for a term in hours or minutes whose start
    /// is given.
    pub(super) stated: String,
    /// For CSV.
    pub(super) clause: Option<String>,
    pub(super) words: String,
}

/// A stated duration and where it is counted from.
#[derive(Debug)]
pub(super) struct Lasts {
    pub(super) duration: Duration,
    /// The event it is counted from (`None`: the acceptance); its slot
    /// is `None` when records cannot give it.
    pub(super) from: Option<Option<Slot>>,
    /// `,"needs_date":...` when the start is not given.
    pub(super) needs_date: String,
    /// The start's name, for CSV.
    pub(super) start_name: String,
}

#[derive(Debug)]
pub(super) struct Rep {
    pub(super) applies: Option<Node>,
    pub(super) clause: Option<String>,
    pub(super) clause_json: String,
}

#[derive(Debug)]
pub(super) struct Doc {
    pub(super) required: Option<Node>,
    pub(super) copies: Vec<(u32, Option<Node>)>,
    pub(super) count: Vec<(u32, Option<Node>)>,
    /// `{"id":...,"clause":...,"copies":`.
    pub(super) json: String,
    /// `{"id":...,"clause":...,"needs":[`.
    pub(super) undetermined: String,
    /// `,"form":...`.
    pub(super) form: String,
    pub(super) validity: Option<ValidityInfo>,
    /// For CSV.
    pub(super) id: String,
    pub(super) clause: Option<String>,
}

#[derive(Debug)]
pub(super) struct ValidityInfo {
    pub(super) condition: Node,
    /// `{"words":...,"holds":`.
    pub(super) json: String,
    /// The dates counted from another, once each: `{"of":...,"date":`,
    /// the fact counted from, the shift.
    pub(super) counted: Vec<(String, Slot, crate::model::Shift)>,
}

#[derive(Debug)]
pub(super) struct LimitInfo {
    /// `{"id":...,"clause":...,"amount":...,"unit":...,"from":...,"on_calendar":...`.
    pub(super) json: String,
    pub(super) lasts: Lasts,
}
