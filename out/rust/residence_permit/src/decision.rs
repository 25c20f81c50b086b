//! What [`decide`](crate::decide) answers: a [`Decision`], and the answers
//! it gives about each category, term and document when asked.
//!
//! A decision is a handful of sets and plain values, so deciding allocates
//! nothing; the answers that cost more and that a caller does not always
//! want (the facts each undetermined item needs, in order; copies and
//! counts; the steps of a deadline) are worked out by its methods, from the
//! facts it keeps, by the same rules.

use std::cell::RefCell;

use jiff::civil::Date;

use crate::answer::{Answer, Needs, Truth};
use crate::deadline::{Deadline, OutsideCalendar};
use crate::decide::{both, grounds_that_hold, rule, single_kind, term_decision};
use crate::documents::Applied;
use crate::evaluate::Rules;
use crate::{
    Application, Category, CategorySet, Document, DocumentSet, Duration, Event, Fact, Facts,
    GroundSet, Limit, Representative, Status, Term,
};

/// Everything the regulation says for one applicant.
///
/// The fields say what applies; the methods give each answer in full.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Decision {
    /// The kind of application the answers are for, if known.
    pub application: Option<Application>,
    /// The applicant's status, if given.
    pub status: Option<Status>,
    /// The categories (or branches) that apply: an applicant under several
    /// chooses one. [`Decision::applying`] gives what follows from each.
    pub categories: CategorySet,
    /// Categories that cannot be decided without more facts
    /// ([`Decision::category_needs`]).
    pub undetermined: CategorySet,
    /// The documents required ([`Decision::required`] gives copies and
    /// counts).
    pub documents: DocumentSet,
    /// Documents that may be required, depending on facts not given
    /// ([`Decision::document_needs`]).
    pub undetermined_documents: DocumentSet,
    /// Must a legal representative apply, for some category that applies?
    pub representative: bool,
    /// The day the application was accepted, if given: terms count from it.
    pub accepted: Option<Date>,
    /// The kind of application given (by the query or the facts).
    pub(crate) given: Option<Application>,
    /// The grounds that hold, of the categories decided.
    pub(crate) grounds: GroundSet,
    /// The facts decided on, to work out the answers asked for later.
    pub(crate) facts: Facts,
    /// What each legal-representative rule's condition says, as `decide`
    /// evaluated it.
    pub(crate) rules: Rules,
}

impl Decision {
    /// The facts it was decided on.
    pub fn facts(&self) -> &Facts {
        &self.facts
    }

    /// Each category (or branch) that applies, in the order of the text,
    /// with its grounds, term and deadline, and representative rule.
    pub fn applying(&self) -> impl ExactSizeIterator<Item = CategoryDecision> + '_ {
        self.categories.iter().map(|c| self.decided(c))
    }

    /// What follows from `category`, if it applies.
    pub fn category(&self, category: Category) -> Option<CategoryDecision> {
        self.categories
            .contains(category)
            .then(|| self.decided(category))
    }

    fn decided(&self, category: Category) -> CategoryDecision {
        let application = self.given.or_else(|| single_kind(category));
        let term = match application {
            Some(kind) => term_decision(
                kind,
                Some(category),
                self.status,
                self.accepted,
                &self.facts,
            ),
            None => Answer::Needs(Needs::one(Fact::Application)),
        };
        let main = category.main();
        let grounds = main
            .grounds()
            .iter()
            .copied()
            .filter(|g| self.grounds.contains(*g))
            .collect();
        let representative = self.representative_of(category);
        CategoryDecision {
            category,
            grounds,
            application,
            term,
            representative,
        }
    }

    /// The rule under which a legal representative must apply for
    /// `category`, from the rules' conditions as `decide` evaluated them;
    /// the facts needed are worked out only when it cannot be told.
    fn representative_of(&self, category: Category) -> Answer<Option<Representative>> {
        let mut unknown = false;
        let rules = self.rules.holds.iter().zip(&self.rules.open);
        for (rule, (holds, open)) in Representative::ALL.into_iter().zip(rules) {
            if holds.contains(category) {
                return Answer::Known(Some(rule));
            }
            unknown |= open.contains(category);
        }
        if !unknown {
            return Answer::Known(None);
        }
        match rule(category, &self.facts) {
            Ok(rule) => Answer::Known(rule),
            Err(needs) => Answer::Needs(needs),
        }
    }

    /// The facts an undetermined category (or branch) needs, in the order
    /// the rules ask for them (none for one that is decided).
    pub fn category_needs(&self, category: Category) -> Needs {
        if !self.undetermined.contains(category) {
            return Needs::NONE;
        }
        let (_, grounds) = grounds_that_hold(category.main(), &self.facts);
        match both(category.condition(&self.facts), grounds) {
            crate::answer::Truth::Unknown(needs) => needs,
            _ => Needs::NONE,
        }
    }

    /// The facts as the documents are decided on: with the application
    /// worked out.
    fn document_facts(&self) -> Facts {
        Facts {
            application: self.application,
            ..self.facts.clone()
        }
    }

    /// Each document required, in the order of the text, with its copies,
    /// count and validity.
    pub fn required(&self) -> impl ExactSizeIterator<Item = RequiredDocument> + '_ {
        let facts = self.document_facts();
        let applied = Applied::of(self);
        self.documents.iter().map(move |document| RequiredDocument {
            document,
            copies: document.copies(&facts, applied),
            count: document.count(&facts, applied),
            validity: document.validity(&facts).map(Truth::answer),
        })
    }

    /// Every time limit of the regulation that is not a processing term,
    /// in the order of the text, each with its last day when the date it is
    /// counted from is given. They apply to everyone.
    pub fn limits(&self) -> impl ExactSizeIterator<Item = LimitDecision> + '_ {
        Limit::ALL
            .iter()
            .map(|limit| LimitDecision::new(*limit, self.accepted, &self.facts))
    }

    /// `document` with its copies and count, if it is required.
    pub fn document(&self, document: Document) -> Option<RequiredDocument> {
        self.required().find(|r| r.document == document)
    }

    /// The facts an undetermined document needs, in the order the rules ask
    /// for them (none for one that is decided).
    pub fn document_needs(&self, document: Document) -> Needs {
        if !self.undetermined_documents.contains(document) {
            return Needs::NONE;
        }
        // A document `for category` some categories waits, too, for the
        // facts that decide those not decided yet (as `reglament explain`).
        let mut needs = Needs::NONE;
        if document
            .of_category(self.categories, self.undetermined)
            .is_none()
        {
            for category in self.undetermined.iter() {
                needs.merge(self.category_needs(category).as_slice());
            }
        }
        let facts = self.document_facts();
        let applied = Applied::of(self);
        if let crate::answer::Truth::Unknown(more) = document.required::<Needs>(&facts, applied) {
            needs.merge(more.as_slice());
        }
        needs
    }

    /// The term of an application that no category files (a duplicate is
    /// filed by any holder), which does not depend on a category; or the
    /// facts needed to choose it (the status, for a term set per status).
    /// `Known(None)` for an application some category files.
    pub fn application_term(&self) -> Answer<Option<TermDecision>> {
        let own = self
            .application
            .filter(|kind| Category::ALL.iter().all(|c| !c.files().contains(kind)));
        match own {
            Some(kind) => term_decision(kind, None, self.status, self.accepted, &self.facts),
            None => Answer::Known(None),
        }
    }

    /// The facts needed to tell whether a legal representative must apply,
    /// when it cannot be told yet (none when [`Decision::representative`]
    /// is true or certainly false).
    pub fn representative_needs(&self) -> Needs {
        let mut needs = Needs::NONE;
        if self.representative {
            return needs;
        }
        for c in &self.categories {
            if let Err(more) = rule::<Needs>(c, &self.facts) {
                needs.merge(&more);
            }
        }
        // A category not decided yet may be one a legal representative
        // files for: until it is decided, "no representative" is not known.
        for u in &self.undetermined {
            match rule::<Needs>(u, &self.facts) {
                Ok(Some(_)) => needs.merge(&self.category_needs(u)),
                Err(more) => {
                    needs.merge(&self.category_needs(u));
                    needs.merge(&more);
                }
                Ok(None) => {}
            }
        }
        needs
    }
}

/// A category (or branch) that applies, with what follows from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CategoryDecision {
    /// The category, or the branch it applies through.
    pub category: Category,
    /// The grounds that hold, for a category with grounds.
    pub grounds: GroundSet,
    /// The kind of application its term is for, if known.
    pub application: Option<Application>,
    /// Its processing term (`None`: no term is set for it).
    pub term: Answer<Option<TermDecision>>,
    /// The rule under which a legal representative must apply (`None`:
    /// none must).
    pub representative: Answer<Option<Representative>>,
}

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

/// A document the applicant brings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RequiredDocument {
    /// The document.
    pub document: Document,
    /// How many copies.
    pub copies: Answer<u32>,
    /// How many items (photos).
    pub count: Answer<u32>,
    /// Whether its dates fall in its validity window ("issued no earlier
    /// than 3 months before the application is filed"): `Known(false)`
    /// flags the document; `None` when it has no window.
    pub validity: Option<Answer<bool>>,
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
