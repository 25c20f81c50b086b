//! The documents an applicant brings, and the forms they are filled in on.

use crate::answer::{Track, Truth, all, amount, any, at_least, is, under, yes};
use crate::{Answer, Application, Category, CategorySet, Citation, Decision, Fact, Facts, Status};

/// The documents an applicant brings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Document {
    /// Clause 26.1.
    ///
    /// > Statement for issue of the residence permit (appendix No. 1 to Administrative regulations) in duplicate.
    /// >
    /// > The application form is filled in by hand or with use of technical means (typewriters, computers), without reducings, corrections and crossed out sections, with indication of dates in the DD.MM.GGGG format. The text executed by hand shall be legible.
    ///
    /// Filled in on [`Form::IssueForm`].
    ApplicationForIssue,
    /// Clause 26.2.
    ///
    /// > The statement for issue of the residence permit to the foreign citizen (stateless person) which did not reach eighteen-year age or to the foreign citizen (stateless person) recognized incapacitated or limited in capacity to act (appendix No. 2 to Administrative regulations) filled according to the requirements established by subitem 26.1 of Item 26 of Administrative regulations, in duplicate.
    /// >
    /// > The minor foreign citizen who reached fourteen-year age signs the application in the specially allotted field.
    /// >
    /// > In case of filing of application by the legal representative the information about him is specified.
    ///
    /// Filled in on [`Form::IssueFormMinorOrIncapacitated`].
    ApplicationForIssueMinorOrIncapacitated,
    /// Clause 26.3.
    ///
    /// > The application form for replacement of the residence permit (appendix No. 3 to Administrative regulations) which is filled in according to the requirements established by subitems 26.1 and 26.2 of Item 26 of Administrative regulations in one copy.
    ///
    /// Filled in on [`Form::ReplacementForm`].
    ApplicationForReplacement,
    /// Clause 26.4.
    ///
    /// > Four personal photos of 35 x 45 mm in size in black-and-white or color execution. Stateless persons represent two photos.
    /// >
    /// > Photos shall conform to the following requirements:
    Photos,
}

impl Document {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 4] = [
        Self::ApplicationForIssue,
        Self::ApplicationForIssueMinorOrIncapacitated,
        Self::ApplicationForReplacement,
        Self::Photos,
    ];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::ApplicationForIssue => "application_for_issue",
            Self::ApplicationForIssueMinorOrIncapacitated => {
                "application_for_issue_minor_or_incapacitated"
            }
            Self::ApplicationForReplacement => "application_for_replacement",
            Self::Photos => "photos",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its clause number as printed (`2.16.1`), if it has one.
    pub fn clause(self) -> Option<&'static str> {
        match self {
            Self::ApplicationForIssue => Some("26.1"),
            Self::ApplicationForIssueMinorOrIncapacitated => Some("26.2"),
            Self::ApplicationForReplacement => Some("26.3"),
            Self::Photos => Some("26.4"),
        }
    }

    /// The regulation's words (Markdown).
    pub fn text(self) -> &'static str {
        match self {
            Self::ApplicationForIssue => {
                "Statement for issue of the residence permit (appendix No. 1 to Administrative regulations) in duplicate.\n\nThe application form is filled in by hand or with use of technical means (typewriters, computers), without reducings, corrections and crossed out sections, with indication of dates in the DD.MM.GGGG format. The text executed by hand shall be legible."
            }
            Self::ApplicationForIssueMinorOrIncapacitated => {
                "The statement for issue of the residence permit to the foreign citizen (stateless person) which did not reach eighteen-year age or to the foreign citizen (stateless person) recognized incapacitated or limited in capacity to act (appendix No. 2 to Administrative regulations) filled according to the requirements established by subitem 26.1 of Item 26 of Administrative regulations, in duplicate.\n\nThe minor foreign citizen who reached fourteen-year age signs the application in the specially allotted field.\n\nIn case of filing of application by the legal representative the information about him is specified."
            }
            Self::ApplicationForReplacement => {
                "The application form for replacement of the residence permit (appendix No. 3 to Administrative regulations) which is filled in according to the requirements established by subitems 26.1 and 26.2 of Item 26 of Administrative regulations in one copy."
            }
            Self::Photos => {
                "Four personal photos of 35 x 45 mm in size in black-and-white or color execution. Stateless persons represent two photos.\n\nPhotos shall conform to the following requirements:"
            }
        }
    }

    /// A clarified wording for display (Markdown), if the editors gave one.
    pub fn plain(self) -> Option<&'static str> {
        match self {
            Self::ApplicationForIssue => Some(
                "The application for issue of the residence permit (form of appendix 1), in two copies.",
            ),
            Self::ApplicationForIssueMinorOrIncapacitated => Some(
                "For an applicant under eighteen, or recognised incapacitated or limited in capacity to act: the application for issue of the residence permit on the form of appendix 2, filled in under the rules of [item 26.1](clause:26.1), in two copies.",
            ),
            Self::ApplicationForReplacement => Some(
                "The application for replacement of the residence permit (form of appendix 3), filled in under the rules of items 26.1 and 26.2, in one copy.",
            ),
            Self::Photos => Some(
                "Four personal photographs, 35 x 45 mm, black-and-white or colour; a stateless person submits two.",
            ),
        }
    }

    /// The legal acts it rests on.
    pub fn basis(self) -> &'static [Citation] {
        match self {
            Self::ApplicationForIssue => &[],
            Self::ApplicationForIssueMinorOrIncapacitated => &[],
            Self::ApplicationForReplacement => &[],
            Self::Photos => &[],
        }
    }

    /// The form it is filled in on, if any.
    pub fn form(self) -> Option<Form> {
        match self {
            Self::ApplicationForIssue => Some(Form::IssueForm),
            Self::ApplicationForIssueMinorOrIncapacitated => {
                Some(Form::IssueFormMinorOrIncapacitated)
            }
            Self::ApplicationForReplacement => Some(Form::ReplacementForm),
            Self::Photos => None,
        }
    }

    /// Is it required?
    pub(crate) fn required<N: Track>(self, facts: &Facts, _applied: Applied<'_>) -> Truth<N> {
        match self {
            Self::ApplicationForIssue => all([
                is(facts.application(), Fact::Application, Application::Issue),
                at_least(facts.age(), Fact::Age, 18),
                !yes(facts.incapacitated(), Fact::Incapacitated),
                !yes(facts.limited_capacity(), Fact::LimitedCapacity),
            ]),
            Self::ApplicationForIssueMinorOrIncapacitated => all([
                is(facts.application(), Fact::Application, Application::Issue),
                any([
                    under(facts.age(), Fact::Age, 18),
                    yes(facts.incapacitated(), Fact::Incapacitated),
                    yes(facts.limited_capacity(), Fact::LimitedCapacity),
                ]),
            ]),
            Self::ApplicationForReplacement => is(
                facts.application(),
                Fact::Application,
                Application::Replacement,
            ),
            Self::Photos => Truth::True,
        }
    }

    /// The categories and branches it is required of (`for category`), if only
    /// some: a category listed brings its branches, a group its categories.
    pub fn for_categories(self) -> Option<&'static [Category]> {
        match self {
            Self::ApplicationForIssue => None,
            Self::ApplicationForIssueMinorOrIncapacitated => None,
            Self::ApplicationForReplacement => None,
            Self::Photos => None,
        }
    }

    /// Is the category the applicant applies under one it is required of?
    /// (`None`: cannot tell yet.)
    pub(crate) fn of_category(
        self,
        applying: CategorySet,
        undetermined: CategorySet,
    ) -> Option<bool> {
        let Some(listed) = self.for_categories() else {
            return Some(true);
        };
        listed_among(listed, applying, undetermined)
    }

    /// How many copies.
    pub(crate) fn copies(self, _facts: &Facts, _applied: Applied<'_>) -> Answer<u32> {
        match self {
            Self::ApplicationForIssue => Answer::Known(2),
            Self::ApplicationForIssueMinorOrIncapacitated => Answer::Known(2),
            Self::ApplicationForReplacement => Answer::Known(1),
            Self::Photos => Answer::Known(1),
        }
    }

    /// How many items (photos).
    pub(crate) fn count(self, facts: &Facts, _applied: Applied<'_>) -> Answer<u32> {
        match self {
            Self::ApplicationForIssue => Answer::Known(1),
            Self::ApplicationForIssueMinorOrIncapacitated => Answer::Known(1),
            Self::ApplicationForReplacement => Answer::Known(1),
            Self::Photos => amount(
                [(is(facts.status(), Fact::Status, Status::StatelessPerson), 2)],
                4,
            ),
        }
    }

    /// Its validity window in words, if it has one.
    pub fn validity_words(self) -> Option<&'static str> {
        match self {
            Self::ApplicationForIssue => None,
            Self::ApplicationForIssueMinorOrIncapacitated => None,
            Self::ApplicationForReplacement => None,
            Self::Photos => None,
        }
    }

    /// Whether its dates fall in its validity window (`None`: it has none).
    pub(crate) fn validity<N: Track>(self, _facts: &Facts) -> Option<Truth<N>> {
        match self {
            Self::ApplicationForIssue => None,
            Self::ApplicationForIssueMinorOrIncapacitated => None,
            Self::ApplicationForReplacement => None,
            Self::Photos => None,
        }
    }
}

/// The categories an applicant may apply under, for what is asked of some
/// of them (`for category`, `category is ...`): those that apply, those not
/// decided yet, and the facts they were decided on.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Applied<'a> {
    applying: CategorySet,
    undetermined: CategorySet,
    facts: &'a Facts,
}

impl<'a> Applied<'a> {
    /// Those found, and the facts they were decided on.
    pub(crate) fn new(applying: CategorySet, undetermined: CategorySet, facts: &'a Facts) -> Self {
        Applied {
            applying,
            undetermined,
            facts,
        }
    }

    /// As `decision` found them.
    pub(crate) fn of(decision: &'a Decision) -> Self {
        Applied::new(decision.categories, decision.undetermined, &decision.facts)
    }

    /// Is the category the applicant applies under one of `listed`? As
    /// `Document::of_category`; when it cannot tell, with the facts that
    /// decide the categories not decided yet (as `reglament explain`).
    // A regulation that asks nothing of some categories never asks.
    #[allow(dead_code)]
    pub(crate) fn among<N: Track>(self, listed: &[Category]) -> Truth<N> {
        match listed_among(listed, self.applying, self.undetermined) {
            Some(false) => return Truth::False,
            Some(true) => return Truth::True,
            None => {}
        }
        let mut needs = N::none();
        for category in self.undetermined.iter() {
            let (_, grounds) = crate::decide::grounds_that_hold::<N>(category.main(), self.facts);
            if let Truth::Unknown(more) =
                crate::decide::both(category.condition(self.facts), grounds)
            {
                needs.merge(&more);
            }
        }
        Truth::Unknown(needs)
    }
}

/// Is the category applied under one of `listed`? Yes when every category
/// the applicant may apply under (those that apply, and those not decided
/// yet) is, and one applies; no when none is; `None` (cannot tell yet)
/// otherwise.
fn listed_among(
    listed: &[Category],
    applying: CategorySet,
    undetermined: CategorySet,
) -> Option<bool> {
    let (mut any, mut all) = (false, true);
    for category in applying.iter().chain(undetermined.iter()) {
        if listed.contains(&category) {
            any = true;
        } else {
            all = false;
        }
    }
    if !any {
        Some(false)
    } else if all && !applying.is_empty() {
        Some(true)
    } else {
        None
    }
}

/// The application forms of the appendices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Form {
    /// Application form about issue of the residence permit
    ///
    /// Appendix 1.
    IssueForm,
    /// Statement for issue of the residence permit to the foreign citizen (stateless person) which did not reach eighteen-year age or to the foreign citizen (stateless person) recognized incapacitated or limited in capacity
    ///
    /// Appendix 2.
    IssueFormMinorOrIncapacitated,
    /// Statement for replacement of the residence permit
    ///
    /// Appendix 3.
    ReplacementForm,
    /// Statement for issue of the duplicate of the residence permit instead of the lost (kidnapped person)
    ///
    /// Appendix 4.
    DuplicateForm,
    /// Statement for correction of typographical errors and (or) mistakes
    ///
    /// Appendix 5.
    CorrectionForm,
}

impl Form {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 5] = [
        Self::IssueForm,
        Self::IssueFormMinorOrIncapacitated,
        Self::ReplacementForm,
        Self::DuplicateForm,
        Self::CorrectionForm,
    ];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::IssueForm => "issue_form",
            Self::IssueFormMinorOrIncapacitated => "issue_form_minor_or_incapacitated",
            Self::ReplacementForm => "replacement_form",
            Self::DuplicateForm => "duplicate_form",
            Self::CorrectionForm => "correction_form",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its title.
    pub fn title(self) -> &'static str {
        match self {
            Self::IssueForm => "Application form about issue of the residence permit",
            Self::IssueFormMinorOrIncapacitated => {
                "Statement for issue of the residence permit to the foreign citizen (stateless person) which did not reach eighteen-year age or to the foreign citizen (stateless person) recognized incapacitated or limited in capacity"
            }
            Self::ReplacementForm => "Statement for replacement of the residence permit",
            Self::DuplicateForm => {
                "Statement for issue of the duplicate of the residence permit instead of the lost (kidnapped person)"
            }
            Self::CorrectionForm => {
                "Statement for correction of typographical errors and (or) mistakes"
            }
        }
    }

    /// The number of the appendix it is, if given.
    pub fn appendix(self) -> Option<u32> {
        match self {
            Self::IssueForm => Some(1),
            Self::IssueFormMinorOrIncapacitated => Some(2),
            Self::ReplacementForm => Some(3),
            Self::DuplicateForm => Some(4),
            Self::CorrectionForm => Some(5),
        }
    }
}
