//! The terms page: every term with whom it is for and what it runs from,
//! the other time limits, and the production calendar.

use serde::Serialize;

use super::super::plan::Plan;
use super::super::views::{ElementView, Elements};
use super::super::words::{Words, unit_key};
use super::{Ref, category_label, category_name, translated_name};
use crate::model::{Regulation, TermLength};

/// Terms and deadlines (item 23).
#[derive(Debug, Serialize)]
pub struct Terms {
    /// The clause introducing them.
    pub intro: Option<ElementView>,
    /// The terms.
    pub items: Vec<TermView>,
    /// Clauses the plan adds.
    pub extra: Vec<ElementView>,
    /// The other time limits (an answer by phone, a written reply).
    pub limits: Vec<LimitView>,
    /// The production calendar: title, first and last year.
    pub calendar: Option<CalendarView>,
}

/// A time limit that is not a processing term.
#[derive(Debug, Serialize)]
pub struct LimitView {
    /// The clause.
    pub element: ElementView,
    /// `10 minutes`, `30 calendar days`.
    pub duration: String,
    /// The event it runs from, by its title.
    pub from: Option<String>,
    /// In hours or minutes: stated, not counted on the calendar.
    pub stated: bool,
}

/// One term.
#[derive(Debug, Serialize)]
pub struct TermView {
    /// The clause (empty text for a `not stated` term).
    pub element: ElementView,
    /// `4 months`.
    pub duration: Option<String>,
    /// Why the source states no term.
    pub not_stated: Option<String>,
    /// The kinds of application it is for.
    pub applications: Vec<String>,
    /// The categories it is for (none: every category that files them).
    pub categories: Vec<Ref>,
    /// The statuses it is for (none: all).
    pub statuses: Vec<String>,
    /// What it is counted from.
    pub from: Option<String>,
    /// For the deadline calculator: amount and unit key.
    pub amount: Option<u32>,
    /// The unit's key (`months`, `working_days`, `calendar_days`).
    pub unit: Option<&'static str>,
}

/// The production calendar deadlines are counted by.
#[derive(Debug, Serialize)]
pub struct CalendarView {
    /// Its title.
    pub title: String,
    /// The first year it covers.
    pub first: i16,
    /// The last year it covers.
    pub last: i16,
}

pub(super) fn terms(
    reg: &Regulation,
    words: &Words<'_>,
    elements: &Elements,
    plan: &Plan,
) -> Terms {
    let title_of = |id: &String| {
        reg.applications
            .iter()
            .find(|a| &a.id == id)
            .map_or_else(|| id.clone(), |a| a.title.clone())
    };
    let items = reg
        .terms
        .iter()
        .filter_map(|t| {
            let (duration, not_stated, from, amount, unit) = match &t.length {
                TermLength::Lasts { duration, from } => (
                    Some(words.duration(duration.amount, duration.unit)),
                    None,
                    from.as_ref()
                        .and_then(|e| reg.events.iter().find(|ev| &ev.id == e))
                        .map(|e| e.title.clone()),
                    Some(duration.amount),
                    Some(unit_key(duration.unit)),
                ),
                TermLength::NotStated { reason } => (None, Some(reason.clone()), None, None, None),
            };
            Some(TermView {
                element: elements.get(&t.id)?.clone(),
                duration,
                not_stated,
                applications: t.applications.iter().map(title_of).collect(),
                categories: t
                    .categories
                    .iter()
                    .flatten()
                    .map(|c| Ref {
                        id: c.clone(),
                        label: category_label(reg, words, c),
                        name: category_name(reg, words, c),
                        name_translated: translated_name(reg, words, c),
                    })
                    .collect(),
                statuses: t
                    .statuses
                    .iter()
                    .flatten()
                    .filter_map(|s| reg.statuses.iter().find(|x| &x.id == s))
                    .map(|s| s.title.clone())
                    .collect(),
                from,
                amount,
                unit,
            })
        })
        .collect();
    let limits = reg
        .limits
        .iter()
        .filter_map(|l| {
            // The rows below say how long and from what; the clause's own
            // "Time limit:" line would say it a second time.
            let mut element = elements.get(&l.id)?.clone();
            element.limit = None;
            Some(LimitView {
                element,
                duration: words.duration(l.duration.amount, l.duration.unit),
                from: l
                    .from
                    .as_ref()
                    .and_then(|e| reg.events.iter().find(|ev| &ev.id == e))
                    .map(|e| e.title.clone()),
                stated: l.duration.unit.deadline_unit().is_none(),
            })
        })
        .collect();
    Terms {
        intro: elements.parent_of(reg.terms.iter().find_map(|t| t.clause.clause.as_ref())),
        items,
        extra: elements.pick(plan.elements("terms")),
        limits,
        calendar: reg.production_calendar().and_then(|c| {
            Some(CalendarView {
                title: c.title.clone().unwrap_or_else(|| c.id.clone()),
                first: c.years.first()?.year,
                last: c.years.last()?.year,
            })
        }),
    }
}
