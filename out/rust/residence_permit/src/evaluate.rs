//! Every condition that decides what applies, evaluated at once: each
//! category's (and branch's) with its grounds', each ground's and each
//! legal-representative rule's, as straight-line code over the facts that
//! keeps each answer's two bits, without a branch, and reads a category
//! that is one yes/no fact straight from the facts' words. `decide` reads
//! it; `Category::condition` and the like give the same answers one at a
//! time, with the facts an unknown one needs.

use crate::answer::Tri;
use crate::{
    Application, Categories, Category, CategorySet, Citizenships, Document, Documents, Facts,
    FamilyPrincipals, FamilyRelations, Ground, GroundSet, Representative, Status, Term,
};
use jiff::civil::Date;

/// What the conditions that decide what applies say for one applicant,
/// as sets: those whose condition is one yes/no fact read from the facts'
/// words at once, the others put one by one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Evaluation {
    /// The categories (and branches) whose condition holds, their grounds'
    /// included.
    holds: CategorySet,
    /// Those whose condition may hold: it holds, or it is not known yet.
    may: CategorySet,
    /// The grounds that hold.
    grounds: GroundSet,
    /// What each legal-representative rule's condition says.
    pub(crate) rules: Rules,
}

/// What each legal-representative rule's condition says, in the order of
/// [`Representative::ALL`], of each category (and branch) it is for: a rule
/// that reads the category applied under may say yes of one and no of
/// another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Rules {
    /// Those it holds for.
    pub(crate) holds: [CategorySet; Representative::ALL.len()],
    /// Those it cannot tell for without more facts.
    pub(crate) open: [CategorySet; Representative::ALL.len()],
}

impl Evaluation {
    /// What the facts' words say of the categories and grounds in [`DIRECT`]
    /// (and `DIRECT_GROUNDS`), each kept at its place; every other category
    /// and ground is put by `evaluate`, and a rule only for the categories
    /// it can say yes of, or cannot tell for.
    pub fn new(facts: &Facts) -> Evaluation {
        let ([known, ..], [yes, ..]) = (facts.known, facts.yes);
        Evaluation {
            holds: CategorySet::from_word(yes).intersection(DIRECT),
            may: CategorySet::from_word(!known | yes).intersection(DIRECT),
            grounds: GroundSet::from_word(yes >> 25).intersection(DIRECT_GROUNDS),
            rules: Rules {
                holds: [CategorySet::EMPTY; Representative::ALL.len()],
                open: [CategorySet::EMPTY; Representative::ALL.len()],
            },
        }
    }

    /// The categories (and branches) whose condition holds, their
    /// grounds' included.
    pub(crate) fn holds(&self) -> CategorySet {
        self.holds
    }

    /// Those whose condition may hold: it holds, or it is not known yet.
    pub(crate) fn may(&self) -> CategorySet {
        self.may
    }

    /// The grounds that hold.
    pub(crate) fn grounds(&self) -> GroundSet {
        self.grounds
    }

    fn category(&mut self, category: Category, tri: Tri) {
        self.holds.put(category, tri.holds());
        self.may.put(category, !tri.fails());
    }

    fn ground(&mut self, ground: Ground, tri: Tri) {
        self.grounds.put(ground, tri.holds());
    }

    /// What `rule` says of every category it is for.
    fn rule(&mut self, rule: Representative, tri: Tri) {
        if let Some(categories) = RULE_CATEGORIES.get(rule as usize) {
            self.rule_for(rule, *categories, tri);
        }
    }

    /// What `rule` says of `categories`, some of those it is for.
    fn rule_for(&mut self, rule: Representative, categories: CategorySet, tri: Tri) {
        let i = rule as usize;
        if let Some(holds) = self.rules.holds.get_mut(i) {
            holds.put_all(categories, tri.holds());
        }
        if let Some(open) = self.rules.open.get_mut(i) {
            open.put_all(categories, tri.unknown());
        }
    }
}

/// The categories (with their branches) that file each kind of application.
pub(crate) const FILING: [(Application, CategorySet); 4] = [
    (
        Application::Issue,
        CategorySet::of(&[
            Category::TemporaryResidence,
            Category::BornInRsfsr,
            Category::ParentOfMinorOrIncapacitated,
            Category::ParentReceivingPermitTogether,
            Category::RelativeOfRussianCitizen,
            Category::NativeSpeakerOfRussian,
            Category::CrimeanDeportation,
            Category::HighlyQualifiedSpecialist,
            Category::HighlyQualifiedSpecialistFamily,
            Category::QualifiedSpecialist,
            Category::HonoursGraduate,
            Category::FormerRussianCitizen,
            Category::CitizenshipDecisionCancelled,
            Category::CitizenshipLawArticle411,
            Category::BelarusCitizen,
            Category::PoliticalAsylum,
            Category::CompetitionFinalistOrWinner,
            Category::ItSpecialist,
            Category::ItSpecialistFamily,
            Category::ForeignInvestor,
            Category::ForeignInvestorFamily,
            Category::KazakhstanMoldovaUkraineCitizen,
            Category::TreatyResettlement,
        ]),
    ),
    (
        Application::Replacement,
        CategorySet::of(&[Category::PermitReplacement]),
    ),
    (Application::Duplicate, CategorySet::of(&[])),
    (
        Application::IssueWithoutExpiry,
        CategorySet::of(&[Category::PermitBeforeNovember2019]),
    ),
];

/// The grounds of each category that has grounds.
pub(crate) const GROUNDS: [(Category, GroundSet); 1] = [(
    Category::PermitReplacement,
    GroundSet::of(&[
        Ground::ReachingReplacementAge,
        Ground::ChangeOfPersonalData,
        Ground::SexChange,
        Ground::UnfitPermit,
        Ground::ErrorInPermit,
        Ground::EndOfValidity,
    ]),
)];

/// The categories (with their branches) each legal-representative rule is for,
/// in the order of [`Representative::ALL`].
pub(crate) const RULE_CATEGORIES: [CategorySet; 1] = [CategorySet::of(&[
    Category::TemporaryResidence,
    Category::BornInRsfsr,
    Category::RelativeOfRussianCitizen,
    Category::HighlyQualifiedSpecialistFamily,
    Category::FormerRussianCitizen,
    Category::CitizenshipDecisionCancelled,
    Category::CitizenshipLawArticle411,
    Category::BelarusCitizen,
    Category::PoliticalAsylum,
    Category::PermitReplacement,
    Category::PermitBeforeNovember2019,
    Category::ItSpecialistFamily,
    Category::ForeignInvestorFamily,
    Category::KazakhstanMoldovaUkraineCitizen,
    Category::TreatyResettlement,
])];

/// The categories (with their branches) each processing term is for, in the
/// order of [`Term::ALL`] (`None`: any applicant's).
const TERM_CATEGORIES: [Option<CategorySet>; 7] = [
    Some(CategorySet::of(&[
        Category::TemporaryResidence,
        Category::BornInRsfsr,
        Category::ParentOfMinorOrIncapacitated,
        Category::ParentReceivingPermitTogether,
        Category::RelativeOfRussianCitizen,
        Category::QualifiedSpecialist,
        Category::HonoursGraduate,
        Category::CitizenshipLawArticle411,
        Category::KazakhstanMoldovaUkraineCitizen,
        Category::TreatyResettlement,
    ])),
    Some(CategorySet::of(&[
        Category::CrimeanDeportation,
        Category::HighlyQualifiedSpecialist,
        Category::HighlyQualifiedSpecialistFamily,
        Category::BelarusCitizen,
        Category::CompetitionFinalistOrWinner,
        Category::ItSpecialist,
        Category::ItSpecialistFamily,
        Category::ForeignInvestor,
        Category::ForeignInvestorFamily,
    ])),
    Some(CategorySet::of(&[
        Category::NativeSpeakerOfRussian,
        Category::CitizenshipDecisionCancelled,
    ])),
    Some(CategorySet::of(&[
        Category::FormerRussianCitizen,
        Category::PoliticalAsylum,
    ])),
    None,
    None,
    None,
];

/// In [`TERMS`]: no term.
const NO_TERM: u8 = u8::MAX;
/// In [`TERMS`]: several terms, one per status, and the status not known.
pub(crate) const NEEDS_STATUS: u8 = u8::MAX - 1;
const _: () = assert!(Term::ALL.len() < NEEDS_STATUS as usize);

/// What [`term`](crate::term) answers, worked out when compiling: by kind
/// of application, category (the last: none) and status (the last: not
/// known), the index of the term in [`Term::ALL`], [`NO_TERM`] or
/// [`NEEDS_STATUS`] (more than one term). A lookup rather than a search
/// through the terms each time a decision is read. Each term marks the
/// cells it holds for, so compiling costs the cells the terms cover, not
/// every cell times every term (which a regulation a few times larger than
/// Order No. 417 made too long for the compiler's constant evaluation).
pub(crate) const TERMS: Table = {
    let mut table: Table =
        [[[NO_TERM; Status::ALL.len() + 1]; Category::ALL.len() + 1]; Application::ALL.len()];
    let mut t = 0;
    while t < Term::ALL.len() {
        let term = Term::ALL[t];
        t += 1;
        let kinds = term.applications();
        let mut k = 0;
        while k < kinds.len() {
            let a = kinds[k] as usize;
            k += 1;
            let mut c = 0;
            while c <= Category::ALL.len() {
                // A category listed stands for its branches; a term for
                // every category also holds when the category is not known.
                let for_category = match TERM_CATEGORIES[term as usize] {
                    None => true,
                    Some(set) => c < Category::ALL.len() && set.contains(Category::ALL[c]),
                };
                if for_category {
                    let mut s = 0;
                    while s <= Status::ALL.len() {
                        if for_status(term, s) {
                            let cell = table[a][c][s];
                            table[a][c][s] = if cell == NO_TERM || cell == term as u8 {
                                term as u8
                            } else {
                                NEEDS_STATUS
                            };
                        }
                        s += 1;
                    }
                }
                c += 1;
            }
        }
    }
    table
};

/// [`TERMS`]' shape.
type Table = [[[u8; Status::ALL.len() + 1]; Category::ALL.len() + 1]; Application::ALL.len()];

/// Whether `term` holds for the status at index `s` of [`Status::ALL`]
/// (the last: not known, for which every term may hold).
const fn for_status(term: Term, s: usize) -> bool {
    let Some(list) = term.statuses() else {
        return true;
    };
    if s == Status::ALL.len() {
        return true;
    }
    let mut k = 0;
    while k < list.len() {
        if list[k] as usize == Status::ALL[s] as usize {
            return true;
        }
        k += 1;
    }
    false
}

/// The categories (and branches) whose condition is one yes/no fact, kept at
/// the category's place in the facts' first words.
const DIRECT: CategorySet = CategorySet::of(&[
    Category::TemporaryResidence,
    Category::ParentReceivingPermitTogether,
    Category::RelativeOfRussianCitizen,
    Category::NativeSpeakerOfRussian,
    Category::HighlyQualifiedSpecialist,
    Category::QualifiedSpecialist,
    Category::HonoursGraduate,
    Category::CitizenshipLawArticle411,
    Category::PoliticalAsylum,
    Category::CompetitionFinalistOrWinner,
    Category::ItSpecialist,
    Category::ForeignInvestor,
    Category::TreatyResettlement,
]);

/// The grounds whose condition is one yes/no fact, kept at the ground's
/// place after the categories' (bit 25 and on) in the facts' first words.
const DIRECT_GROUNDS: GroundSet = GroundSet::of(&[
    Ground::ReachingReplacementAge,
    Ground::ChangeOfPersonalData,
    Ground::SexChange,
    Ground::UnfitPermit,
    Ground::ErrorInPermit,
]);

/// Every category's (and branch's) condition with its grounds', every
/// ground's and every legal-representative rule's, for `facts`.
pub(crate) fn evaluate(facts: &Facts) -> Evaluation {
    let mut out = Evaluation::new(facts);
    let tri = Tri::all_flags(
        facts,
        [Facts::BORN_IN_RSFSR_TERRITORY, Facts::WAS_USSR_CITIZEN],
    );
    out.category(Category::BornInRsfsr, tri);
    let tri = Tri::all_flags(
        facts,
        [
            Facts::LIVES_PERMANENTLY_IN_RUSSIA,
            Facts::PARENT_OF_MINOR_OR_INCAPACITATED_FOREIGN_CITIZEN,
        ],
    );
    out.category(Category::ParentOfMinorOrIncapacitated, tri);
    let tri = Tri::any_flags(
        facts,
        [
            Facts::DEPORTED_FROM_CRIMEAN_ASSR_OR_ASCENDANT_DEPORTED,
            Facts::DESCENDANT_OR_SPOUSE_OF_DEPORTED_PERSON,
        ],
    );
    out.category(Category::CrimeanDeportation, tri);
    let tri = Tri::all([
        Tri::is(
            facts.family_member_of(),
            FamilyPrincipals::AHighlyQualifiedSpecialist,
        ),
        Tri::one_of(
            facts.family_relation(),
            &[
                FamilyRelations::Spouse,
                FamilyRelations::Child,
                FamilyRelations::SpouseOfChild,
                FamilyRelations::Parent,
                FamilyRelations::SpouseOfParent,
                FamilyRelations::Grandparent,
                FamilyRelations::Grandchild,
            ],
        ),
    ]);
    out.category(Category::HighlyQualifiedSpecialistFamily, tri);
    let tri = Tri::all_flags(
        facts,
        [
            Facts::LIVES_IN_RUSSIA,
            Facts::RUSSIAN_CITIZENSHIP_TERMINATED,
        ],
    );
    out.category(Category::FormerRussianCitizen, tri);
    let tri = Tri::all_flags(
        facts,
        [
            Facts::LIVES_IN_RUSSIA,
            Facts::CITIZENSHIP_ACQUISITION_CANCELLED,
            !Facts::CANCELLED_FOR_LISTED_CRIMES,
        ],
    );
    out.category(Category::CitizenshipDecisionCancelled, tri);
    let tri = Tri::all([
        Tri::is(facts.citizenship(), Citizenships::Belarus),
        Tri::flag(facts, Facts::COVERED_BY_UNION_STATE_AGREEMENT),
    ]);
    out.category(Category::BelarusCitizen, tri);
    let tri = Tri::all([
        Tri::flag(facts, Facts::PERMIT_VALIDITY_ENDING),
        Tri::any([
            Tri::is(facts.status(), Status::StatelessPerson),
            Tri::flag(
                facts,
                Facts::PERMIT_ISSUED_TO_HIGHLY_QUALIFIED_SPECIALIST_OR_FAMILY,
            ),
        ]),
    ]);
    out.ground(Ground::EndOfValidity, tri);
    let tri = Tri::all([
        Tri::flag(facts, Facts::HOLDS_RESIDENCE_PERMIT),
        Tri::any([
            Tri::any_flags(
                facts,
                [
                    Facts::REACHED_AGE_14_20_OR_45,
                    Facts::PERSONAL_DATA_CHANGED,
                    Facts::SEX_CHANGED,
                    Facts::PERMIT_UNFIT_FOR_USE,
                    Facts::PERMIT_RECORD_ERROR,
                ],
            ),
            Tri::all([
                Tri::flag(facts, Facts::PERMIT_VALIDITY_ENDING),
                Tri::any([
                    Tri::is(facts.status(), Status::StatelessPerson),
                    Tri::flag(
                        facts,
                        Facts::PERMIT_ISSUED_TO_HIGHLY_QUALIFIED_SPECIALIST_OR_FAMILY,
                    ),
                ]),
            ]),
        ]),
    ]);
    out.category(Category::PermitReplacement, tri);
    let tri = Tri::all([
        Tri::flag(facts, Facts::HOLDS_RESIDENCE_PERMIT),
        Tri::under(facts.permit_received(), Date::constant(2019, 11, 1)),
    ]);
    out.category(Category::PermitBeforeNovember2019, tri);
    let tri = Tri::all([
        Tri::is(
            facts.family_member_of(),
            FamilyPrincipals::AForeignItSpecialist,
        ),
        Tri::one_of(
            facts.family_relation(),
            &[
                FamilyRelations::Spouse,
                FamilyRelations::Child,
                FamilyRelations::SpouseOfChild,
                FamilyRelations::Parent,
                FamilyRelations::SpouseOfParent,
                FamilyRelations::Grandparent,
                FamilyRelations::Grandchild,
            ],
        ),
    ]);
    out.category(Category::ItSpecialistFamily, tri);
    let tri = Tri::all([
        Tri::is(facts.family_member_of(), FamilyPrincipals::AForeignInvestor),
        Tri::one_of(
            facts.family_relation(),
            &[
                FamilyRelations::Spouse,
                FamilyRelations::Child,
                FamilyRelations::SpouseOfChild,
                FamilyRelations::Parent,
                FamilyRelations::SpouseOfParent,
                FamilyRelations::Grandparent,
                FamilyRelations::Grandchild,
            ],
        ),
    ]);
    out.category(Category::ForeignInvestorFamily, tri);
    let tri = Tri::one_of(
        facts.citizenship(),
        &[
            Citizenships::Kazakhstan,
            Citizenships::Moldova,
            Citizenships::Ukraine,
        ],
    );
    out.category(Category::KazakhstanMoldovaUkraineCitizen, tri);
    let tri = Tri::any([
        Tri::under(facts.age(), 18),
        Tri::any_flags(facts, [Facts::INCAPACITATED, Facts::LIMITED_CAPACITY]),
    ]);
    out.rule(Representative::LegalRepresentative, tri);
    out
}

/// Whether each document is required, as `Document::required` and
/// `Document::of_category` say together, as the sets `decide` answers (the
/// facts with the application `decide` worked out; `found`: the categories
/// it found).
pub(crate) fn evaluate_documents(facts: &Facts, _found: &Categories) -> Documents {
    let mut out = Documents::default();
    let tri = Tri::all([
        Tri::is(facts.application(), Application::Issue),
        Tri::at_least(facts.age(), 18),
        Tri::all_flags(facts, [!Facts::INCAPACITATED, !Facts::LIMITED_CAPACITY]),
    ]);
    put(&mut out, Document::ApplicationForIssue, tri);
    let tri = Tri::all([
        Tri::is(facts.application(), Application::Issue),
        Tri::any([
            Tri::under(facts.age(), 18),
            Tri::any_flags(facts, [Facts::INCAPACITATED, Facts::LIMITED_CAPACITY]),
        ]),
    ]);
    put(
        &mut out,
        Document::ApplicationForIssueMinorOrIncapacitated,
        tri,
    );
    let tri = Tri::is(facts.application(), Application::Replacement);
    put(&mut out, Document::ApplicationForReplacement, tri);
    let tri = Tri::TRUE;
    put(&mut out, Document::Photos, tri);
    out
}

/// Keeps what `document`'s condition says in `out`: required when it
/// holds, not decided yet when it is not known.
fn put(out: &mut Documents, document: Document, tri: Tri) {
    out.required.put(document, tri.holds());
    out.undetermined.put(document, tri.unknown());
}
