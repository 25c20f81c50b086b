//! The questions `reglament explain` answers, as functions.
//!
//! [`decide`] answers them all at once; [`categories`], [`term`],
//! [`documents`], [`representative`] and [`Term::deadline`] answer one
//! each. Each answer names the elements it comes from, and every element
//! knows its clause, its text and its legal basis, so a caller can show why.
//! The algorithm is `reglament`'s interpreter's, step by step: the project's
//! tests compare the two on thousands of applicants.

use jiff::civil::Date;

use crate::answer::{Answer, Needs, Track, Truth};
use crate::evaluate::{
    Evaluation, FILING, GROUNDS, NEEDS_STATUS, RULE_CATEGORIES, TERMS, evaluate, evaluate_documents,
};
use crate::limits::TermDecision;
use crate::{
    Application, Category, CategorySet, Decision, DocumentSet, Event, Fact, Facts, GroundSet,
    Representative, Status, Term,
};

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
    /// The day the application was accepted: each term counted from it gets
    /// its deadline. It is also the date of the event marked `date of
    /// acceptance` ([`Event::ACCEPTANCE`]), whose field in [`Facts`] it
    /// fills; when both are given and differ, this one counts. Other
    /// events' dates are facts.
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

/// The categories (or branches) that apply, and those that cannot be told
/// yet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Categories {
    /// Those that apply.
    pub applying: CategorySet,
    /// Those that need more facts.
    pub undetermined: CategorySet,
    /// The grounds that hold, of every category asked about that has
    /// grounds.
    pub grounds: GroundSet,
}

/// The documents required, and those that cannot be told yet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Documents {
    /// Those required.
    pub required: DocumentSet,
    /// Those that may be required, depending on facts not given.
    pub undetermined: DocumentSet,
}

/// Everything the regulation says for an applicant with these facts:
/// `reglament explain`.
///
/// What applies is decided here, as sets, without allocating; what each
/// answer needs, its term's deadline, copies and counts are worked out when
/// asked ([`Decision::applying`], [`Decision::required`],
/// [`Decision::category_needs`] and the like).
pub fn decide(facts: &Facts, query: &Query) -> Decision {
    // The acceptance date and the acceptance event's date are one date.
    // The facts are copied either way: a reference to one of two places
    // made the optimiser keep the address of every field on the stack.
    let mut facts = *facts;
    if let (Some(event), Some(day)) = (Event::ACCEPTANCE, query.accepted) {
        facts = crate::facts::dated(&facts, event, day);
    }
    let facts = &facts;
    let query = &Query {
        accepted: query
            .accepted
            .or_else(|| Event::ACCEPTANCE.and_then(|event| event.date(facts))),
        ..*query
    };
    let given = query.application.or(facts.application());
    let evaluated = evaluate(facts);
    // The category asked for as it is: `asked` takes its main category only
    // when there is one, rather than a jump through `Category::main` for
    // every applicant.
    let mut found = asked(&evaluated, query.category, given);
    // A branch asked for stands for itself, not for the whole category.
    if let Some(branch) = query.category.filter(|c| *c != c.main()) {
        found.applying = found.applying.intersection(CategorySet::one(branch));
        found.undetermined = found.undetermined.intersection(CategorySet::one(branch));
    }
    // The application: given, or the one kind every category that applies files.
    let application = given.or_else(|| {
        let mut kinds = found.applying.iter().filter_map(single_kind);
        let first = kinds.next()?;
        kinds.all(|kind| kind == first).then_some(first)
    });
    // The documents depend on the application, given or worked out.
    let documents = if application == facts.application() {
        document_sets(facts, &found)
    } else {
        let mut facts = *facts;
        facts.set_application(application);
        document_sets(&facts, &found)
    };
    // Whether a rule holds for a category that applies.
    let representative = evaluated
        .rules
        .holds
        .iter()
        .any(|holds| holds.meets(&found.applying));
    Decision {
        application,
        status: facts.status(),
        categories: found.applying,
        undetermined: found.undetermined,
        documents: documents.required,
        undetermined_documents: documents.undetermined,
        representative,
        accepted: query.accepted,
        given,
        grounds: found.grounds,
        facts: *facts,
        rules: evaluated.rules,
    }
}

/// The categories (or branches) that apply to an applicant with these
/// facts, for the kind of application among them, if given.
pub fn categories(facts: &Facts) -> Categories {
    applying(facts, None, facts.application())
}

fn applying(facts: &Facts, only: Option<Category>, kind: Option<Application>) -> Categories {
    asked(&evaluate(facts), only, kind)
}

/// The categories asked about, by the kind of application: those that
/// file it, at its place in [`Application::ALL`], and every category
/// when the kind is not known, at the end.
const WANTED: [CategorySet; Application::ALL.len() + 1] = {
    let mut table = [CategorySet::EMPTY; Application::ALL.len() + 1];
    table[Application::ALL.len()] = CategorySet::of(&Category::ALL);
    let mut i = 0;
    while i < FILING.len() {
        let (kind, filing) = FILING[i];
        table[kind as usize] = filing;
        i += 1;
    }
    table
};

/// What applies of what `evaluated` says, among the categories asked about:
/// those that file `kind`, and `only`'s main category with its branches.
// Always inlined: once in `decide`, the evaluation's bytes go from
// registers straight into the sets, rather than through an
// `Evaluation` written to memory and read back.
#[inline(always)]
fn asked(evaluated: &Evaluation, only: Option<Category>, kind: Option<Application>) -> Categories {
    // Looked up, not searched, and without a branch on whether the kind is
    // known: for some applicants it is and for others not, which the
    // processor cannot foresee (the search's branches were a fifth of the
    // mispredicted ones).
    let mut wanted = WANTED
        .get(kind.map_or(Application::ALL.len(), |kind| kind as usize))
        .copied()
        .unwrap_or(CategorySet::EMPTY);
    if let Some(only) = only {
        let with_branches = Category::ALL
            .into_iter()
            .filter(|c| c.main() == only.main());
        wanted = wanted.intersection(with_branches.collect());
    }
    // Only the grounds of the categories asked about, without a branch on
    // whether some ground holds (which the processor cannot foresee).
    let mut of_wanted = GroundSet::EMPTY;
    for (category, grounds) in GROUNDS {
        of_wanted.put_all(grounds, wanted.contains(category));
    }
    let holds = evaluated.holds();
    Categories {
        applying: holds.intersection(wanted),
        undetermined: wanted.intersection(evaluated.may()).difference(holds),
        grounds: evaluated.grounds().intersection(of_wanted),
    }
}

/// The grounds of `category` (not of its branches, which have none).
// A search, not a table by category: a regulation has few categories with
// grounds (Order No. 417 one), and the search was 9 instructions a
// decision cheaper than a table there.
pub(crate) fn grounds_of(category: Category) -> GroundSet {
    GROUNDS
        .iter()
        .find(|(with, _)| *with == category)
        .map_or(GroundSet::EMPTY, |(_, grounds)| *grounds)
}

/// A category's own condition and that of its grounds, together.
pub(crate) fn both<N: Track>(own: Truth<N>, grounds: Truth<N>) -> Truth<N> {
    match (own, grounds) {
        (Truth::False, _) | (_, Truth::False) => Truth::False,
        (Truth::True, Truth::True) => Truth::True,
        (Truth::Unknown(mut needs), of_grounds) => {
            if let Truth::Unknown(more) = of_grounds {
                needs.merge(&more);
            }
            Truth::Unknown(needs)
        }
        (Truth::True, of_grounds) => of_grounds,
    }
}

/// The grounds of `category` that hold, and whether one holds: a category
/// with grounds applies only when at least one does.
pub(crate) fn grounds_that_hold<N: Track>(
    category: Category,
    facts: &Facts,
) -> (GroundSet, Truth<N>) {
    let mut holding = GroundSet::EMPTY;
    let mut needs: Option<N> = None;
    for ground in category.grounds() {
        match ground.condition(facts) {
            Truth::True => {
                holding.insert(*ground);
            }
            Truth::Unknown(facts) => match &mut needs {
                Some(needs) => needs.merge(&facts),
                None => needs = Some(facts),
            },
            Truth::False => {}
        }
    }
    let holds = if category.grounds().is_empty() || !holding.is_empty() {
        Truth::True
    } else {
        needs.map_or(Truth::False, Truth::Unknown)
    };
    (holding, holds)
}

pub(crate) fn single_kind(category: Category) -> Option<Application> {
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
    let c = category.map_or(Category::ALL.len(), |c| c as usize);
    let s = status.map_or(Status::ALL.len(), |s| s as usize);
    let code = TERMS
        .get(application as usize)
        .and_then(|t| t.get(c))
        .and_then(|t| t.get(s));
    match code {
        Some(&NEEDS_STATUS) => Answer::Needs(Needs::one(Fact::Status)),
        Some(&k) => Answer::Known(Term::ALL.get(usize::from(k)).copied()),
        None => Answer::Known(None),
    }
}

pub(crate) fn term_decision(
    application: Application,
    category: Option<Category>,
    status: Option<Status>,
    accepted: Option<Date>,
    facts: &Facts,
) -> Answer<Option<TermDecision>> {
    term(application, category, status)
        .map(|found| found.map(|term| TermDecision::new(term, accepted, facts)))
}

/// The documents required of an applicant with these facts, and those
/// that cannot be told yet. [`Decision::required`] gives the copies and
/// counts.
pub fn documents(facts: &Facts) -> Documents {
    document_sets(facts, &applying(facts, None, facts.application()))
}

/// A document `for category` some categories is decided by the categories
/// `found` (those that apply, and those not decided yet) too.
fn document_sets(facts: &Facts, found: &Categories) -> Documents {
    evaluate_documents(facts, found)
}

/// Whether a legal representative must apply for an applicant of this
/// category (or branch): the rule that says so, `None`, or the facts needed.
pub fn representative(category: Category, facts: &Facts) -> Answer<Option<Representative>> {
    match rule(category, facts) {
        Ok(rule) => Answer::Known(rule),
        Err(needs) => Answer::Needs(needs),
    }
}

/// [`representative`], keeping of the facts needed what `N` keeps.
pub(crate) fn rule<N: Track>(
    category: Category,
    facts: &Facts,
) -> Result<Option<Representative>, N> {
    let mut needs: Option<N> = None;
    for rule in Representative::ALL {
        // A set of the categories with their branches, not a search of the
        // rule's list: about 20 instructions a decision fewer when a third
        // of the facts are unknown (Order No. 417).
        let listed = RULE_CATEGORIES
            .get(rule as usize)
            .is_some_and(|set| set.contains(category));
        if !listed {
            continue;
        }
        match rule.condition(facts, category) {
            Truth::True => return Ok(Some(rule)),
            Truth::Unknown(facts) => match &mut needs {
                Some(needs) => needs.merge(&facts),
                None => needs = Some(facts),
            },
            Truth::False => {}
        }
    }
    needs.map_or(Ok(None), Err)
}
