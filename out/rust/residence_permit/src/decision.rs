//! What [`decide`](crate::decide) answers: a [`Decision`], and the answers
//! it gives about each category, term and document when asked.
//!
//! A decision is a handful of sets and plain values, so deciding allocates
//! nothing; the answers that cost more and that a caller does not always
//! want (the facts each undetermined item needs, in order; copies and
//! counts; the steps of a deadline) are worked out by its methods, from the
//! facts it keeps, by the same rules.

use jiff::civil::Date;

use crate::answer::{Answer, Needs, Truth};
use crate::decide::{both, grounds_of, grounds_that_hold, rule, single_kind, term_decision};
use crate::documents::Applied;
use crate::evaluate::Rules;
use crate::{
    Application, Category, CategorySet, Document, DocumentSet, Fact, Facts, GroundSet, Limit,
    LimitDecision, Representative, Status, TermDecision,
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
        let grounds = self.grounds.intersection(grounds_of(main));
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
        // The first rule that holds, chosen without a branch: whether one
        // holds varies from applicant to applicant, which the processor
        // cannot foresee. Whether to work the rules out again (none holds
        // and some cannot be told) is tested apart from it: the same for
        // most applicants of a batch.
        let mut found = None;
        let (mut holding, mut open) = (CategorySet::EMPTY, CategorySet::EMPTY);
        let rules = self.rules.holds.iter().zip(&self.rules.open);
        for (rule, (holds, opens)) in Representative::ALL.into_iter().zip(rules) {
            found = found.or(holds.contains(category).then_some(rule));
            holding = holding.union(*holds);
            open = open.union(*opens);
        }
        if !open.difference(holding).contains(category) {
            return Answer::Known(found);
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
        let mut facts = self.facts;
        facts.set_application(self.application);
        facts
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
