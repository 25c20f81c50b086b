//! The questions `reglament explain` answers, as functions.
//!
//! [`decide`] answers them all at once; [`categories`], [`term`],
//! [`documents`], [`representative`] and [`Term::deadline`] answer one
//! each. Each answer names the elements it comes from, and every element
//! knows its clause, its text and its legal basis, so a caller can show why.
//! The algorithm is `reglament`'s interpreter's, step by step: the project's
//! tests compare the two on thousands of applicants.

//# The template of `src/decide.rs`: lines marked `//+` are only in the
//# crates of amended regulations, lines ending `//-` only in the others,
//# and these `//#` lines in neither (src/backend/rust/mod.rs, `flavour`).
use jiff::civil::Date;

//+ use crate::Version;
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
    //+ /// Decide by the version in force on this day rather than on the day
    //+ /// of acceptance (deadlines still count from acceptance).
    //+ pub as_of: Option<Date>,
    //+ /// Decide by this version, whatever the dates.
    //+ pub version: Option<Version>,
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
    //+
    //+ /// Decide by the version in force on `day` rather than on the day of
    //+ /// acceptance.
    //+ #[must_use]
    //+ pub fn as_of(mut self, day: Date) -> Self {
    //+     self.as_of = Some(day);
    //+     self
    //+ }
    //+
    //+ /// Decide by `version`, whatever the dates.
    //+ #[must_use]
    //+ pub fn version(mut self, version: Version) -> Self {
    //+     self.version = Some(version);
    //+     self
    //+ }
    //+
    //+ /// The day that chooses the version: the `as_of` day, else the day of
    //+ /// acceptance.
    //+ pub fn day(&self) -> Option<Date> {
    //+     self.as_of.or(self.accepted)
    //+ }
    //+
    //+ /// The version the answers are by: the one asked for, else the one in
    //+ /// force on [`Query::day`] (the law in force on the day of acceptance
    //+ /// governs), else [`Version::PRESENTED`].
    //+ pub fn in_force(&self) -> Version {
    //+     self.version
    //+         .or_else(|| self.day().and_then(Version::on))
    //+         .unwrap_or(Version::PRESENTED)
    //+ }
}

/// Everything the regulation says for one applicant.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Decision {
    //+ /// The version of the regulation every answer here is by.
    //+ pub version: Version,
    //+ /// The day that chose it (`as of`, else the day of acceptance; `None`:
    //+ /// the version was asked for, or none was, and it is the presented one).
    //+ pub as_of: Option<Date>,
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
    //+ /// The version it was decided by.
    //+ pub version: Version,
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
    //+ /// The version it was decided by.
    //+ pub version: Version,
    /// Its last day, counted from the acceptance date (`None` when no date
    /// was given or the source states no term).
    pub deadline: Option<Result<Deadline, DeadlineError>>,
}

impl TermDecision {
    /// How long the term lasts (`None`: the source states no term).
    pub fn length(&self) -> Option<crate::Duration> {
        self.term.length() //-
        //+ self.term.length(self.version)
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
    //+ /// The version it was decided by.
    //+ pub version: Version,
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
    //+ /// The version it was asked about in.
    //+ pub version: Version,
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
    pub fn deadline(self, accepted: Date) -> Result<Deadline, DeadlineError> { //-
        let duration = self.length().ok_or(DeadlineError::NotStated)?; //-
    //+ /// In `version` (its length may differ between versions).
    //+ pub fn deadline(self, version: Version, accepted: Date) -> Result<Deadline, DeadlineError> {
        //+ let duration = self.length(version).ok_or(DeadlineError::NotStated)?;
        let calendar = crate::calendar().ok_or(DeadlineError::NoCalendar)?;
        crate::deadline::deadline(accepted, duration, calendar)
            .map_err(DeadlineError::OutsideCalendar)
    }
}

/// Everything the regulation says for an applicant with these facts:
/// `reglament explain`.
//+ /// By the version in force on the day of acceptance, or as the query asks
//+ /// ([`Query::in_force`]); the decision says which.
pub fn decide(facts: &Facts, query: &Query) -> Decision {
    //+ let version = query.in_force();
    let given = query.application.or(facts.application);
    let status = facts.status;
    let mut found = applying(facts, query.category.map(Category::main), given); //-
    //+ let mut found = applying(version, facts, query.category.map(Category::main), given);
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
            .filter_map(|a| single_kind(a.category)); //-
            //+ .filter_map(|a| single_kind(version, a.category));
        let first = kinds.next()?;
        kinds.all(|kind| kind == first).then_some(first)
    });
    let categories: Vec<CategoryDecision> = found
        .applying
        .into_iter()
        .map(|a| {
            let application = given.or_else(|| single_kind(a.category)); //-
            //+ let application = given.or_else(|| single_kind(version, a.category));
            let term = match application {
                Some(kind) => term_decision(kind, Some(a.category), status, query.accepted), //-
                //+ Some(kind) => {
                //+     term_decision(version, kind, Some(a.category), status, query.accepted)
                //+ }
                None => Answer::Needs(vec![Fact::Application]),
            };
            CategoryDecision {
                category: a.category,
                //+ version,
                grounds: a.grounds,
                application,
                term,
                representative: representative(a.category, facts), //-
                //+ representative: representative(version, a.category, facts),
            }
        })
        .collect();
    // The documents depend on the application, given or worked out.
    let documents = if application == facts.application {
        documents(facts) //-
        //+ documents(version, facts)
    } else {
        documents(&Facts { //-
        //+ documents(
        //+     version,
        //+     &Facts {
        //+         application,
        //+         ..facts.clone()
        //+     },
        //+ )
            application, //-
            ..facts.clone() //-
        }) //-
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
            match self::representative(u.item, facts) { //-
            //+ match self::representative(version, u.item, facts) {
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
        .filter(|kind| Category::ALL.iter().all(|c| !c.files().contains(kind))) //-
        .map(|kind| term_decision(kind, None, status, query.accepted)) //-
        //+ .filter(|kind| {
        //+     Category::ALL
        //+         .iter()
        //+         .all(|c| !c.in_force(version) || !c.files(version).contains(kind))
        //+ })
        //+ .map(|kind| term_decision(version, kind, None, status, query.accepted))
    {
        Some(Answer::Known(term)) => (term, Vec::new()),
        Some(Answer::Needs(needs)) => (None, needs),
        None => (None, Vec::new()),
    };
    Decision {
        //+ version,
        //+ as_of: query.day().filter(|_| query.version.is_none()),
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
pub fn categories(facts: &Facts) -> Categories { //-
    applying(facts, None, facts.application) //-
//+ /// In `version`.
//+ pub fn categories(version: Version, facts: &Facts) -> Categories {
    //+ applying(version, facts, None, facts.application)
}

fn applying(facts: &Facts, only: Option<Category>, kind: Option<Application>) -> Categories { //-
//+ fn applying(
//+     version: Version,
//+     facts: &Facts,
//+     only: Option<Category>,
//+     kind: Option<Application>,
//+ ) -> Categories {
    let mut out = Categories::default();
    // Categories come before their branches, so one pass sees a category's
    // grounds before its branches need them.
    let mut grounds: Vec<Ground> = Vec::new();
    let mut grounds_hold = Truth::True;
    for category in Category::ALL {
        let main = category.main();
        if only.is_some_and(|o| o != main) || kind.is_some_and(|k| !main.files().contains(&k)) { //-
        //+ if !category.in_force(version)
        //+     || only.is_some_and(|o| o != main)
        //+     || kind.is_some_and(|k| !main.files(version).contains(&k))
        //+ {
            continue;
        }
        if category == main {
            (grounds, grounds_hold) = grounds_that_hold(main, facts); //-
            //+ (grounds, grounds_hold) = grounds_that_hold(version, main, facts);
        }
        let holds = match (category.condition(facts), &grounds_hold) { //-
        //+ let holds = match (category.condition(version, facts), &grounds_hold) {
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
                //+ version,
                needs: needs.into_vec(),
            }),
            Truth::False => {}
        }
    }
    out
}

/// The grounds of `category` that hold, and whether one holds: a category
/// with grounds applies only when at least one does.
fn grounds_that_hold(category: Category, facts: &Facts) -> (Vec<Ground>, Truth) { //-
//+ fn grounds_that_hold(version: Version, category: Category, facts: &Facts) -> (Vec<Ground>, Truth) {
    let mut holding = Vec::new();
    let mut needs = Needs::default();
    for ground in category.grounds() { //-
        match ground.condition(facts) { //-
    //+ for ground in category.grounds(version) {
        //+ match ground.condition(version, facts) {
            Truth::True => holding.push(*ground),
            Truth::Unknown(facts) => needs.merge(facts.as_slice()),
            Truth::False => {}
        }
    }
    let holds = if category.grounds().is_empty() || !holding.is_empty() { //-
    //+ let holds = if category.grounds(version).is_empty() || !holding.is_empty() {
        Truth::True
    } else if needs.as_slice().is_empty() {
        Truth::False
    } else {
        Truth::Unknown(needs)
    };
    (holding, holds)
}

fn single_kind(category: Category) -> Option<Application> { //-
    match category.main().files() { //-
//+ fn single_kind(version: Version, category: Category) -> Option<Application> {
    //+ match category.main().files(version) {
        [kind] => Some(*kind),
        _ => None,
    }
}

/// The processing term of an application of kind `application` filed by
/// `category` (`None`: by any applicant, for a kind no category files) with
/// `status`. Several terms can match only when the status is not known.
//+ /// In `version`.
pub fn term(
    //+ version: Version,
    application: Application,
    category: Option<Category>,
    status: Option<Status>,
) -> Answer<Option<Term>> {
    let mut found = None;
    for term in Term::ALL {
        if !term.applications().contains(&application) { //-
        //+ if !term.in_force(version) || !term.applications(version).contains(&application) {
            continue;
        }
        let for_category = match (term.categories(), category) { //-
        //+ let for_category = match (term.categories(version), category) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(list), Some(c)) => list.contains(&c.main()) || list.contains(&c),
        };
        let for_status = match (term.statuses(), status) { //-
        //+ let for_status = match (term.statuses(version), status) {
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
    //+ version: Version,
    application: Application,
    category: Option<Category>,
    status: Option<Status>,
    accepted: Option<Date>,
) -> Answer<Option<TermDecision>> {
    term(application, category, status).map(|found| { //-
    //+ term(version, application, category, status).map(|found| {
        found.map(|term| TermDecision {
            term,
            //+ version,
            deadline: accepted
                .filter(|_| term.length().is_some()) //-
                .map(|date| term.deadline(date)), //-
                //+ .filter(|_| term.length(version).is_some())
                //+ .map(|date| term.deadline(version, date)),
        })
    })
}

/// The documents required of an applicant with these facts, with copies
/// and counts.
//+ /// In `version`.
pub fn documents(facts: &Facts) -> Documents { //-
//+ pub fn documents(version: Version, facts: &Facts) -> Documents {
    let mut out = Documents::default();
    for document in Document::ALL {
        match document.required(facts) { //-
        //+ if !document.in_force(version) {
        //+     continue;
        //+ }
        //+ match document.required(version, facts) {
            Truth::True => out.required.push(RequiredDocument {
                document,
                copies: document.copies(facts), //-
                count: document.count(facts), //-
                //+ version,
                //+ copies: document.copies(version, facts),
                //+ count: document.count(version, facts),
            }),
            Truth::Unknown(needs) => out.undetermined.push(Undetermined {
                item: document,
                //+ version,
                needs: needs.into_vec(),
            }),
            Truth::False => {}
        }
    }
    out
}

/// Whether a legal representative must apply for an applicant of this
/// category (or branch): the rule that says so, `None`, or the facts needed.
pub fn representative(category: Category, facts: &Facts) -> Answer<Option<Representative>> { //-
//+ /// In `version`.
//+ pub fn representative(
//+     version: Version,
//+     category: Category,
//+     facts: &Facts,
//+ ) -> Answer<Option<Representative>> {
    let mut needs = Vec::new();
    for rule in Representative::ALL {
        let listed = rule
            .categories() //-
            //+ .categories(version)
            .iter()
            .any(|c| *c == category.main() || *c == category);
        if !listed { //-
        //+ if !rule.in_force(version) || !listed {
            continue;
        }
        match rule.condition(facts) { //-
        //+ match rule.condition(version, facts) {
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
