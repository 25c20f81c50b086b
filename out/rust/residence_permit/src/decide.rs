//! The questions `reglament explain` answers, as functions.
//!
//! [`decide`] answers them all at once; [`categories`], [`term`],
//! [`documents`], [`representative`] and [`Term::deadline`] answer one
//! each. Each answer names the elements it comes from, and every element
//! knows its clause, its text and its legal basis, so a caller can show why.
//! The algorithm is `reglament`'s interpreter's, step by step: the project's
//! tests compare the two on thousands of applicants.

use jiff::civil::Date;

use crate::answer::{Answer, Needs, Truth, merge};
use crate::deadline::{Deadline, OutsideCalendar};
use crate::{Application, Category, Document, Fact, Facts, Ground, Representative, Status, Term};

/// What to decide, beyond the facts: `reglament explain`'s options.
///
/// Start from `Query::default()` and add what you need
/// (`Query::default().accepted(date)`): the struct is `#[non_exhaustive]`,
/// so later versions can add options (such as the date whose version of
/// the regulation applies) without breaking callers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Query {
    /// The kind of application; else the `application` fact; else the one
    /// kind every category that applies files.
    pub application: Option<Application>,
    /// Only this category (with its branches), or only this branch.
    pub category: Option<Category>,
    /// The day the application was accepted: each term gets its deadline.
    pub accepted: Option<Date>,
}

impl Query {
    /// For this kind of application, whatever the facts say.
    #[must_use]
    pub fn application(mut self, application: Application) -> Self {
        self.application = Some(application);
        self
    }

    /// Only this category (with its branches), or only this branch.
    #[must_use]
    pub fn category(mut self, category: Category) -> Self {
        self.category = Some(category);
        self
    }

    /// Count each term's deadline from this acceptance date.
    #[must_use]
    pub fn accepted(mut self, accepted: Date) -> Self {
        self.accepted = Some(accepted);
        self
    }
}

/// Everything the regulation says for one applicant.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Decision {
    /// The kind of application the answers are for, if known.
    pub application: Option<Application>,
    /// The applicant's status, if given.
    pub status: Option<Status>,
    /// The categories (or branches) that apply: an applicant under several
    /// chooses one.
    pub categories: Vec<CategoryDecision>,
    /// The term of an application that no category files (a duplicate is
    /// filed by any holder), which does not depend on a category.
    pub application_term: Option<TermDecision>,
    /// The facts needed to choose that term, when it depends on them (the
    /// status, for a term set per status).
    pub application_term_needs: Vec<Fact>,
    /// Categories that cannot be decided without more facts.
    pub undetermined: Vec<Undetermined<Category>>,
    /// The documents required.
    pub documents: Vec<RequiredDocument>,
    /// Documents that may be required, depending on facts not given.
    pub undetermined_documents: Vec<Undetermined<Document>>,
    /// Must a legal representative apply, for some category that applies?
    pub representative: bool,
    /// The facts needed to tell whether a legal representative must apply,
    /// when it cannot be told yet.
    pub representative_needs: Vec<Fact>,
}

/// A category (or branch) that applies, with what follows from it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CategoryDecision {
    /// The category, or the branch it applies through.
    pub category: Category,
    /// The grounds that hold, for a category with grounds.
    pub grounds: Vec<Ground>,
    /// The kind of application its term is for, if known.
    pub application: Option<Application>,
    /// Its processing term (`None`: no term is set for it).
    pub term: Answer<Option<TermDecision>>,
    /// The rule under which a legal representative must apply (`None`:
    /// none must).
    pub representative: Answer<Option<Representative>>,
}

/// A processing term, with its deadline when an acceptance date was given.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct TermDecision {
    /// The term.
    pub term: Term,
    /// Its last day, counted from the acceptance date (`None` when no date
    /// was given or the source states no term).
    pub deadline: Option<Result<Deadline, DeadlineError>>,
}

impl TermDecision {
    /// How long the term lasts (`None`: the source states no term).
    pub fn length(&self) -> Option<crate::Duration> {
        self.term.length()
    }

    /// The last day of the term, if it could be counted.
    pub fn ends(&self) -> Option<Date> {
        match &self.deadline {
            Some(Ok(deadline)) => Some(deadline.ends),
            _ => None,
        }
    }
}

/// A category (or branch) the applicant falls into.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Applying {
    /// The category, or the branch it applies through.
    pub category: Category,
    /// The grounds that hold, for a category with grounds.
    pub grounds: Vec<Ground>,
}

/// The categories that apply, and those that cannot be told yet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Categories {
    /// Those that apply, in the order of the text.
    pub applying: Vec<Applying>,
    /// Those that need more facts.
    pub undetermined: Vec<Undetermined<Category>>,
}

/// A document the applicant brings.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RequiredDocument {
    /// The document.
    pub document: Document,
    /// How many copies.
    pub copies: Answer<u32>,
    /// How many items (photos).
    pub count: Answer<u32>,
}

/// The documents required, and those that cannot be told yet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Documents {
    /// Those required, in the order of the text.
    pub required: Vec<RequiredDocument>,
    /// Those that may be required, depending on facts not given.
    pub undetermined: Vec<Undetermined<Document>>,
}

/// Something that cannot be decided without more facts.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Undetermined<T> {
    /// What cannot be decided.
    pub item: T,
    /// The facts it needs.
    pub needs: Vec<Fact>,
}

/// Why a term has no deadline date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DeadlineError {
    /// The source states no term.
    NotStated,
    /// The regulation names no production calendar.
    NoCalendar,
    /// A day the count needs is in a year the production calendar lacks.
    OutsideCalendar(OutsideCalendar),
}

impl std::fmt::Display for DeadlineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DeadlineError::NotStated => f.write_str("the source states no term"),
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

/// Everything the regulation says for an applicant with these facts:
/// `reglament explain`.
pub fn decide(facts: &Facts, query: &Query) -> Decision {
    let given = query.application.or(facts.application);
    let status = facts.status;
    let mut found = applying(facts, query.category.map(Category::main), given);
    // A branch asked for stands for itself, not for the whole category.
    if let Some(branch) = query.category.filter(|c| *c != c.main()) {
        found.applying.retain(|a| a.category == branch);
        found.undetermined.retain(|u| u.item == branch);
    }
    // The application: given, or the one kind every category that applies files.
    let application = given.or_else(|| {
        let mut kinds = found
            .applying
            .iter()
            .filter_map(|a| single_kind(a.category));
        let first = kinds.next()?;
        kinds.all(|kind| kind == first).then_some(first)
    });
    let categories: Vec<CategoryDecision> = found
        .applying
        .into_iter()
        .map(|a| {
            let application = given.or_else(|| single_kind(a.category));
            let term = match application {
                Some(kind) => term_decision(kind, Some(a.category), status, query.accepted),
                None => Answer::Needs(vec![Fact::Application]),
            };
            CategoryDecision {
                category: a.category,
                grounds: a.grounds,
                application,
                term,
                representative: representative(a.category, facts),
            }
        })
        .collect();
    // The documents depend on the application, given or worked out.
    let documents = if application == facts.application {
        documents(facts)
    } else {
        documents(&Facts {
            application,
            ..facts.clone()
        })
    };
    let representative = categories
        .iter()
        .any(|c| matches!(c.representative, Answer::Known(Some(_))));
    let mut representative_needs = Vec::new();
    if !representative {
        for c in &categories {
            merge(&mut representative_needs, c.representative.needs());
        }
        // A category not decided yet may be one a legal representative
        // files for: until it is decided, "no representative" is not known.
        for u in &found.undetermined {
            match self::representative(u.item, facts) {
                Answer::Known(Some(_)) => merge(&mut representative_needs, &u.needs),
                Answer::Needs(needs) => {
                    merge(&mut representative_needs, &u.needs);
                    merge(&mut representative_needs, &needs);
                }
                Answer::Known(None) => {}
            }
        }
    }
    // A kind no category files has a term of its own.
    let (application_term, application_term_needs) = match application
        .filter(|kind| Category::ALL.iter().all(|c| !c.files().contains(kind)))
        .map(|kind| term_decision(kind, None, status, query.accepted))
    {
        Some(Answer::Known(term)) => (term, Vec::new()),
        Some(Answer::Needs(needs)) => (None, needs),
        None => (None, Vec::new()),
    };
    Decision {
        application,
        status,
        categories,
        application_term,
        application_term_needs,
        undetermined: found.undetermined,
        documents: documents.required,
        undetermined_documents: documents.undetermined,
        representative,
        representative_needs,
    }
}

/// The categories (or branches) that apply to an applicant with these
/// facts, for the kind of application among them, if given.
pub fn categories(facts: &Facts) -> Categories {
    applying(facts, None, facts.application)
}

fn applying(facts: &Facts, only: Option<Category>, kind: Option<Application>) -> Categories {
    let mut out = Categories::default();
    // Categories come before their branches, so one pass sees a category's
    // grounds before its branches need them.
    let mut grounds: Vec<Ground> = Vec::new();
    let mut grounds_hold = Truth::True;
    for category in Category::ALL {
        let main = category.main();
        if only.is_some_and(|o| o != main) || kind.is_some_and(|k| !main.files().contains(&k)) {
            continue;
        }
        if category == main {
            (grounds, grounds_hold) = grounds_that_hold(main, facts);
        }
        let holds = match (category.condition(facts), &grounds_hold) {
            (Truth::False, _) | (_, Truth::False) => Truth::False,
            (Truth::True, Truth::True) => Truth::True,
            (Truth::Unknown(mut needs), of_grounds) => {
                needs.merge(of_grounds.needs());
                Truth::Unknown(needs)
            }
            (Truth::True, of_grounds) => of_grounds.clone(),
        };
        match holds {
            Truth::True => out.applying.push(Applying {
                category,
                grounds: grounds.clone(),
            }),
            Truth::Unknown(needs) => out.undetermined.push(Undetermined {
                item: category,
                needs: needs.into_vec(),
            }),
            Truth::False => {}
        }
    }
    out
}

/// The grounds of `category` that hold, and whether one holds: a category
/// with grounds applies only when at least one does.
fn grounds_that_hold(category: Category, facts: &Facts) -> (Vec<Ground>, Truth) {
    let mut holding = Vec::new();
    let mut needs = Needs::default();
    for ground in category.grounds() {
        match ground.condition(facts) {
            Truth::True => holding.push(*ground),
            Truth::Unknown(facts) => needs.merge(facts.as_slice()),
            Truth::False => {}
        }
    }
    let holds = if category.grounds().is_empty() || !holding.is_empty() {
        Truth::True
    } else if needs.as_slice().is_empty() {
        Truth::False
    } else {
        Truth::Unknown(needs)
    };
    (holding, holds)
}

fn single_kind(category: Category) -> Option<Application> {
    match category.main().files() {
        [kind] => Some(*kind),
        _ => None,
    }
}

/// The processing term of an application of kind `application` filed by
/// `category` (`None`: by any applicant, for a kind no category files) with
/// `status`. Several terms can match only when the status is not known.
pub fn term(
    application: Application,
    category: Option<Category>,
    status: Option<Status>,
) -> Answer<Option<Term>> {
    let mut found = None;
    for term in Term::ALL {
        if !term.applications().contains(&application) {
            continue;
        }
        let for_category = match (term.categories(), category) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(list), Some(c)) => list.contains(&c.main()) || list.contains(&c),
        };
        let for_status = match (term.statuses(), status) {
            (Some(list), Some(s)) => list.contains(&s),
            _ => true,
        };
        if for_category && for_status {
            if found.is_some() {
                return Answer::Needs(vec![Fact::Status]);
            }
            found = Some(term);
        }
    }
    Answer::Known(found)
}

fn term_decision(
    application: Application,
    category: Option<Category>,
    status: Option<Status>,
    accepted: Option<Date>,
) -> Answer<Option<TermDecision>> {
    term(application, category, status).map(|found| {
        found.map(|term| TermDecision {
            term,
            deadline: accepted
                .filter(|_| term.length().is_some())
                .map(|date| term.deadline(date)),
        })
    })
}

/// The documents required of an applicant with these facts, with copies
/// and counts.
pub fn documents(facts: &Facts) -> Documents {
    let mut out = Documents::default();
    for document in Document::ALL {
        match document.required(facts) {
            Truth::True => out.required.push(RequiredDocument {
                document,
                copies: document.copies(facts),
                count: document.count(facts),
            }),
            Truth::Unknown(needs) => out.undetermined.push(Undetermined {
                item: document,
                needs: needs.into_vec(),
            }),
            Truth::False => {}
        }
    }
    out
}

/// Whether a legal representative must apply for an applicant of this
/// category (or branch): the rule that says so, `None`, or the facts needed.
pub fn representative(category: Category, facts: &Facts) -> Answer<Option<Representative>> {
    let mut needs = Vec::new();
    for rule in Representative::ALL {
        let listed = rule
            .categories()
            .iter()
            .any(|c| *c == category.main() || *c == category);
        if !listed {
            continue;
        }
        match rule.condition(facts) {
            Truth::True => return Answer::Known(Some(rule)),
            Truth::Unknown(facts) => merge(&mut needs, facts.as_slice()),
            Truth::False => {}
        }
    }
    if needs.is_empty() {
        Answer::Known(None)
    } else {
        Answer::Needs(needs)
    }
}
