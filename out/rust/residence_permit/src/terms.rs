//! The kinds of application, their processing terms, and what terms are counted from.

use crate::{Category, Citation, Duration, Status, Unit};

/// The processing terms of the service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Term {
    /// Clause 23.1: 4 months.
    ///
    /// > Four months from the date of adoption of the application for issue of the residence permit submitted by the applicants specified in subitems 2.1 - 2.5, 2.9, 2.10, 2.13, 2.21, 2.22 Items 2 of Administrative regulations.
    FourMonths,
    /// Clause 23.2: 3 months.
    ///
    /// > Three months from the date of adoption of the application for issue of the residence permit submitted by the applicants specified in subitems 2. 7, 2.8, 2.14, 2.18 - 2.20 of Item 2 of Administrative regulations.
    ThreeMonths,
    /// Clause 23.3: 2 months.
    ///
    /// > Two months from the date of adoption of the application for issue of the residence permit submitted by the applicants specified in subitems 2.6 and 2. 12, Item 2 of Administrative regulations.
    TwoMonths,
    /// Clause 23.4: 15 working days.
    ///
    /// > Fifteen working days from the date of adoption of the application for issue of the residence permit submitted by the applicants specified in subitems 2. 11, 2.15 Items 2 of Administrative regulations.
    FifteenWorkingDaysForIssue,
    /// Clause 23.5: 7 working days.
    ///
    /// > Seven working days from the date of adoption of the statement for replacement of the residence permit, the statement for issue of the residence permit without effective period according to FZ-257, given by the foreign citizen.
    SevenWorkingDays,
    /// Clause 23.6: 15 working days.
    ///
    /// > Fifteen working days from the date of adoption of the statement for replacement of the residence permit, the statement for issue of the residence permit without effective period according to FZ-257, given by the stateless person.
    FifteenWorkingDaysForStateless,
    /// The source states no term: Item 23 gives terms only for applications for issue (23.1-23.4) and for replacement and issue without a period of validity under FZ-257 (23.5, 23.6). It states no term for issuing a duplicate of a lost or stolen residence permit (result 22.3); the source contains no other term for it.
    DuplicateTermNotStated,
}

impl Term {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 7] = [
        Self::FourMonths,
        Self::ThreeMonths,
        Self::TwoMonths,
        Self::FifteenWorkingDaysForIssue,
        Self::SevenWorkingDays,
        Self::FifteenWorkingDaysForStateless,
        Self::DuplicateTermNotStated,
    ];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::FourMonths => "four_months",
            Self::ThreeMonths => "three_months",
            Self::TwoMonths => "two_months",
            Self::FifteenWorkingDaysForIssue => "fifteen_working_days_for_issue",
            Self::SevenWorkingDays => "seven_working_days",
            Self::FifteenWorkingDaysForStateless => "fifteen_working_days_for_stateless",
            Self::DuplicateTermNotStated => "duplicate_term_not_stated",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its clause number as printed (`2.16.1`), if it has one.
    pub fn clause(self) -> Option<&'static str> {
        match self {
            Self::FourMonths => Some("23.1"),
            Self::ThreeMonths => Some("23.2"),
            Self::TwoMonths => Some("23.3"),
            Self::FifteenWorkingDaysForIssue => Some("23.4"),
            Self::SevenWorkingDays => Some("23.5"),
            Self::FifteenWorkingDaysForStateless => Some("23.6"),
            Self::DuplicateTermNotStated => None,
        }
    }

    /// The regulation's words (Markdown).
    pub fn text(self) -> &'static str {
        match self {
            Self::FourMonths => {
                "Four months from the date of adoption of the application for issue of the residence permit submitted by the applicants specified in subitems 2.1 - 2.5, 2.9, 2.10, 2.13, 2.21, 2.22 Items 2 of Administrative regulations."
            }
            Self::ThreeMonths => {
                "Three months from the date of adoption of the application for issue of the residence permit submitted by the applicants specified in subitems 2. 7, 2.8, 2.14, 2.18 - 2.20 of Item 2 of Administrative regulations."
            }
            Self::TwoMonths => {
                "Two months from the date of adoption of the application for issue of the residence permit submitted by the applicants specified in subitems 2.6 and 2. 12, Item 2 of Administrative regulations."
            }
            Self::FifteenWorkingDaysForIssue => {
                "Fifteen working days from the date of adoption of the application for issue of the residence permit submitted by the applicants specified in subitems 2. 11, 2.15 Items 2 of Administrative regulations."
            }
            Self::SevenWorkingDays => {
                "Seven working days from the date of adoption of the statement for replacement of the residence permit, the statement for issue of the residence permit without effective period according to FZ-257, given by the foreign citizen."
            }
            Self::FifteenWorkingDaysForStateless => {
                "Fifteen working days from the date of adoption of the statement for replacement of the residence permit, the statement for issue of the residence permit without effective period according to FZ-257, given by the stateless person."
            }
            Self::DuplicateTermNotStated => "",
        }
    }

    /// A clarified wording for display (Markdown), if the editors gave one.
    pub fn plain(self) -> Option<&'static str> {
        match self {
            Self::FourMonths => Some(
                "Four months from the date the application for issue of the residence permit was accepted, for the applicants of items 2.1-2.5, 2.9, 2.10, 2.13, 2.21 and 2.22.",
            ),
            Self::ThreeMonths => Some(
                "Three months from the date the application for issue of the residence permit was accepted, for the applicants of items 2.7, 2.8, 2.14 and 2.18-2.20 (including the family members of 2.8, 2.19 and 2.20).",
            ),
            Self::TwoMonths => Some(
                "Two months from the date the application for issue of the residence permit was accepted, for the applicants of items 2.6 and 2.12.",
            ),
            Self::FifteenWorkingDaysForIssue => Some(
                "Fifteen working days from the date the application for issue of the residence permit was accepted, for the applicants of items 2.11 and 2.15.",
            ),
            Self::SevenWorkingDays => Some(
                "Seven working days from the date a foreign citizen's application for replacement of the residence permit, or for issue of a residence permit without a period of validity under FZ-257, was accepted.",
            ),
            Self::FifteenWorkingDaysForStateless => Some(
                "Fifteen working days from the date a stateless person's application for replacement of the residence permit, or for issue of a residence permit without a period of validity under FZ-257, was accepted.",
            ),
            Self::DuplicateTermNotStated => None,
        }
    }

    /// The legal acts it rests on.
    pub fn basis(self) -> &'static [Citation] {
        match self {
            Self::FourMonths => &[],
            Self::ThreeMonths => &[],
            Self::TwoMonths => &[],
            Self::FifteenWorkingDaysForIssue => &[],
            Self::SevenWorkingDays => &[],
            Self::FifteenWorkingDaysForStateless => &[],
            Self::DuplicateTermNotStated => &[],
        }
    }

    /// How long it lasts (`None`: the source states no term).
    pub fn length(self) -> Option<Duration> {
        match self {
            Self::FourMonths => Some(Duration {
                amount: 4,
                unit: Unit::Months,
            }),
            Self::ThreeMonths => Some(Duration {
                amount: 3,
                unit: Unit::Months,
            }),
            Self::TwoMonths => Some(Duration {
                amount: 2,
                unit: Unit::Months,
            }),
            Self::FifteenWorkingDaysForIssue => Some(Duration {
                amount: 15,
                unit: Unit::WorkingDays,
            }),
            Self::SevenWorkingDays => Some(Duration {
                amount: 7,
                unit: Unit::WorkingDays,
            }),
            Self::FifteenWorkingDaysForStateless => Some(Duration {
                amount: 15,
                unit: Unit::WorkingDays,
            }),
            Self::DuplicateTermNotStated => None,
        }
    }

    /// The event it is counted from, if named.
    pub fn from(self) -> Option<Event> {
        match self {
            Self::FourMonths => Some(Event::ApplicationAccepted),
            Self::ThreeMonths => Some(Event::ApplicationAccepted),
            Self::TwoMonths => Some(Event::ApplicationAccepted),
            Self::FifteenWorkingDaysForIssue => Some(Event::ApplicationAccepted),
            Self::SevenWorkingDays => Some(Event::ApplicationAccepted),
            Self::FifteenWorkingDaysForStateless => Some(Event::ApplicationAccepted),
            Self::DuplicateTermNotStated => None,
        }
    }

    /// The kinds of application it is for.
    pub fn applications(self) -> &'static [Application] {
        match self {
            Self::FourMonths => &[Application::Issue],
            Self::ThreeMonths => &[Application::Issue],
            Self::TwoMonths => &[Application::Issue],
            Self::FifteenWorkingDaysForIssue => &[Application::Issue],
            Self::SevenWorkingDays => &[Application::Replacement, Application::IssueWithoutExpiry],
            Self::FifteenWorkingDaysForStateless => {
                &[Application::Replacement, Application::IssueWithoutExpiry]
            }
            Self::DuplicateTermNotStated => &[Application::Duplicate],
        }
    }

    /// The categories it is for (a category includes its branches); `None`:
    /// every one that files those applications.
    pub fn categories(self) -> Option<&'static [Category]> {
        match self {
            Self::FourMonths => Some(&[
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
            ]),
            Self::ThreeMonths => Some(&[
                Category::CrimeanDeportation,
                Category::HighlyQualifiedSpecialist,
                Category::BelarusCitizen,
                Category::CompetitionFinalistOrWinner,
                Category::ItSpecialist,
                Category::ForeignInvestor,
            ]),
            Self::TwoMonths => Some(&[
                Category::NativeSpeakerOfRussian,
                Category::CitizenshipDecisionCancelled,
            ]),
            Self::FifteenWorkingDaysForIssue => {
                Some(&[Category::FormerRussianCitizen, Category::PoliticalAsylum])
            }
            Self::SevenWorkingDays => None,
            Self::FifteenWorkingDaysForStateless => None,
            Self::DuplicateTermNotStated => None,
        }
    }

    /// The statuses it is for; `None`: every status.
    pub fn statuses(self) -> Option<&'static [Status]> {
        match self {
            Self::FourMonths => None,
            Self::ThreeMonths => None,
            Self::TwoMonths => None,
            Self::FifteenWorkingDaysForIssue => None,
            Self::SevenWorkingDays => Some(&[Status::ForeignCitizen]),
            Self::FifteenWorkingDaysForStateless => Some(&[Status::StatelessPerson]),
            Self::DuplicateTermNotStated => None,
        }
    }
}

/// The events terms are counted from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Event {
    /// The date of adoption (acceptance) of the application
    ApplicationAccepted,
    /// The date of registration of the written address (written request) of the applicant
    WrittenAddressRegistered,
}

impl Event {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 2] = [Self::ApplicationAccepted, Self::WrittenAddressRegistered];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::ApplicationAccepted => "application_accepted",
            Self::WrittenAddressRegistered => "written_address_registered",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its title.
    pub fn title(self) -> &'static str {
        match self {
            Self::ApplicationAccepted => "The date of adoption (acceptance) of the application",
            Self::WrittenAddressRegistered => {
                "The date of registration of the written address (written request) of the applicant"
            }
        }
    }
}

/// The kinds of application.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Application {
    /// Application (statement) for issue of the residence permit
    Issue,
    /// Statement for replacement of the residence permit
    Replacement,
    /// Statement for issue of the duplicate of the residence permit in connection with loss (plunder) of the residence permit
    Duplicate,
    /// The statement for issue of the residence permit without effective period according to FZ-257
    IssueWithoutExpiry,
}

impl Application {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 4] = [
        Self::Issue,
        Self::Replacement,
        Self::Duplicate,
        Self::IssueWithoutExpiry,
    ];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::Issue => "issue",
            Self::Replacement => "replacement",
            Self::Duplicate => "duplicate",
            Self::IssueWithoutExpiry => "issue_without_expiry",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its title.
    pub fn title(self) -> &'static str {
        match self {
            Self::Issue => "Application (statement) for issue of the residence permit",
            Self::Replacement => "Statement for replacement of the residence permit",
            Self::Duplicate => {
                "Statement for issue of the duplicate of the residence permit in connection with loss (plunder) of the residence permit"
            }
            Self::IssueWithoutExpiry => {
                "The statement for issue of the residence permit without effective period according to FZ-257"
            }
        }
    }
}
