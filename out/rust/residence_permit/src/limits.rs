//! The time limits of a [`Decision`](crate::Decision): each processing
//! term and other limit with its last day, counted by the production
//! calendar once per acceptance day.

use std::cell::RefCell;

use jiff::civil::Date;

use crate::deadline::{Deadline, OutsideCalendar};
use crate::{Duration, Event, Facts, Limit, Term};

/// A processing term, with its last day when the date it is counted from
/// was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct TermDecision {
    /// The term.
    pub term: Term,
    /// The day the application was accepted, if given.
    pub accepted: Option<Date>,
    /// The day it is counted from: the date of its event
    /// ([`Term::from`]) as the facts give it, else the day of acceptance;
    /// `None` when that date was not given ([`TermDecision::needs_date`]).
    pub start: Option<Date>,
    /// Its last day, counted from `start` (`None` when that date was not
    /// given or the source states no term). [`TermDecision::deadline`]
    /// gives the steps that lead to it.
    pub last_day: Option<Result<Date, DeadlineError>>,
}

impl TermDecision {
    pub(crate) fn new(term: Term, accepted: Option<Date>, facts: &Facts) -> TermDecision {
        let start = match term.from() {
            Some(event) => event.date(facts),
            None => accepted,
        };
        TermDecision {
            term,
            accepted,
            start,
            last_day: start
                .filter(|_| term.length().is_some())
                .map(|date| last_day(term, date)),
        }
    }

    /// The event whose date the deadline waits for, when it was not given:
    /// the term's own ([`Term::from`]), else the acceptance
    /// ([`Event::ACCEPTANCE`]; `None` when the regulation marks no event as
    /// the acceptance: the query's acceptance date is then what is missing).
    /// `None` once the date is given or when the source states no term.
    pub fn needs_date(&self) -> Option<Event> {
        if self.start.is_some() || self.length().is_none() {
            return None;
        }
        self.term.from().or(Event::ACCEPTANCE)
    }

    /// How long the term lasts (`None`: the source states no term).
    pub fn length(&self) -> Option<crate::Duration> {
        self.term.length()
    }

    /// The last day of the term, if it could be counted.
    pub fn ends(&self) -> Option<Date> {
        self.last_day.and_then(Result::ok)
    }

    /// The deadline with the steps that lead to it, each with its rule
    /// (`None` when no date was given or the source states no term).
    pub fn deadline(&self) -> Option<Result<Deadline, DeadlineError>> {
        let start = self.start.filter(|_| self.length().is_some())?;
        Some(self.term.deadline(start))
    }
}

/// How long a time limit lasts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Length {
    /// Counted on the calendar, as terms are.
    Counted(Duration),
    /// So many hours: stated, never counted on the calendar.
    Hours(u32),
    /// So many minutes: stated, never counted on the calendar.
    Minutes(u32),
}

/// A time limit, with its last day when the date it is counted from was
/// given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct LimitDecision {
    /// The limit.
    pub limit: Limit,
    /// The day it is counted from: the date of its event ([`Limit::from`])
    /// as the facts give it, else the day of acceptance; `None` when not
    /// given.
    pub start: Option<Date>,
    /// Its last day, counted from `start` (`None` when that date was not
    /// given, or for a limit in hours or minutes, which is only stated).
    pub last_day: Option<Result<Date, DeadlineError>>,
}

impl LimitDecision {
    pub(crate) fn new(limit: Limit, accepted: Option<Date>, facts: &Facts) -> LimitDecision {
        let start = match limit.from() {
            Some(event) => event.date(facts),
            None => accepted,
        };
        let counted = matches!(limit.length(), Length::Counted(_));
        LimitDecision {
            limit,
            start,
            last_day: start
                .filter(|_| counted)
                .map(|day| limit.deadline(day).map(|d| d.ends)),
        }
    }

    /// How long the limit lasts.
    pub fn length(&self) -> Length {
        self.limit.length()
    }

    /// The event whose date the deadline waits for, when it was not given
    /// (as [`TermDecision::needs_date`]); `None` for a limit in hours or
    /// minutes.
    pub fn needs_date(&self) -> Option<Event> {
        if self.start.is_some() || !matches!(self.length(), Length::Counted(_)) {
            return None;
        }
        self.limit.from().or(Event::ACCEPTANCE)
    }

    /// The last day of the limit, if it could be counted.
    pub fn ends(&self) -> Option<Date> {
        self.last_day.and_then(Result::ok)
    }

    /// The deadline with the steps that lead to it (`None` when the date it
    /// is counted from was not given, or the limit is in hours or minutes).
    pub fn deadline(&self) -> Option<Result<Deadline, DeadlineError>> {
        let start = self
            .start
            .filter(|_| matches!(self.length(), Length::Counted(_)))?;
        Some(self.limit.deadline(start))
    }
}

impl Limit {
    /// The last day of this limit counted from `start`, by the
    /// regulation's production calendar, with the steps that lead to it.
    pub fn deadline(self, start: Date) -> Result<Deadline, DeadlineError> {
        let Length::Counted(duration) = self.length() else {
            return Err(DeadlineError::NotCounted);
        };
        let calendar = crate::calendar().ok_or(DeadlineError::NoCalendar)?;
        crate::deadline::deadline(start, duration, calendar).map_err(DeadlineError::OutsideCalendar)
    }
}

/// Why a term has no deadline date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DeadlineError {
    /// The source states no term.
    NotStated,
    /// A limit in hours or minutes: stated, not counted on the calendar.
    NotCounted,
    /// The regulation names no production calendar.
    NoCalendar,
    /// A day the count needs is in a year the production calendar lacks.
    OutsideCalendar(OutsideCalendar),
}

impl std::fmt::Display for DeadlineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DeadlineError::NotStated => f.write_str("the source states no term"),
            DeadlineError::NotCounted => {
                f.write_str("a limit in hours or minutes is stated, not counted on the calendar")
            }
            DeadlineError::NoCalendar => f.write_str("the regulation names no production calendar"),
            DeadlineError::OutsideCalendar(outside) => outside.fmt(f),
        }
    }
}

impl std::error::Error for DeadlineError {}

impl Term {
    /// The last day of this term for an application accepted on `accepted`,
    /// counted by the regulation's production calendar, with the steps that
    /// lead to it.
    pub fn deadline(self, accepted: Date) -> Result<Deadline, DeadlineError> {
        let duration = self.length().ok_or(DeadlineError::NotStated)?;
        let calendar = crate::calendar().ok_or(DeadlineError::NoCalendar)?;
        crate::deadline::deadline(accepted, duration, calendar)
            .map_err(DeadlineError::OutsideCalendar)
    }
}

/// The last day of every term for one acceptance day, each counted once:
/// the applicants of a batch share their acceptance day, and counting a
/// deadline (walking the production calendar, writing down its steps)
/// costs more than the rest of a decision.
struct LastDays {
    key: Option<Date>,
    days: [Option<Result<Date, DeadlineError>>; Term::ALL.len()],
}

thread_local! {
    // One per thread, so that threads deciding in parallel never wait for
    // each other; it holds a few dozen bytes per term.
    static LAST_DAYS: RefCell<LastDays> = const {
        RefCell::new(LastDays {
            key: None,
            days: [None; Term::ALL.len()],
        })
    };
}

/// `term`'s last day for an application accepted on `accepted`.
fn last_day(term: Term, accepted: Date) -> Result<Date, DeadlineError> {
    let key = accepted;
    let count = || term.deadline(accepted).map(|d| d.ends);
    LAST_DAYS.with(|cell| {
        let Ok(mut memo) = cell.try_borrow_mut() else {
            return count();
        };
        if memo.key != Some(key) {
            memo.key = Some(key);
            memo.days = [None; Term::ALL.len()];
        }
        match memo.days.get_mut(term as usize) {
            Some(Some(known)) => *known,
            Some(slot) => *slot.insert(count()),
            None => count(),
        }
    })
}
