//! The kinds of application, their processing terms, the other time limits, and
//! the events they are counted from.

use crate::{Act, Category, Citation, Duration, Facts, Length, Status, Unit};
use jiff::civil::Date;

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
    pub const fn applications(self) -> &'static [Application] {
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
    pub const fn statuses(self) -> Option<&'static [Status]> {
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

/// The time limits that are not processing terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Limit {
    /// Clause 14: 10 minutes.
    ///
    /// > The response to phone call shall begin with information on the name of division concerning migration which the citizen, surnames and positions of the official who received phone call called.
    /// >
    /// > In case of responses to phone calls the official responsible for informing for provision of the state service, in detail reports to the citizen data on the questions specified in Item 13 of Administrative regulations.
    /// >
    /// > In case of impossibility of the official who received phone call to answer independently the questions posed, the call is readdressed translated) to other official or the citizen telephone number according to which it is possible to obtain necessary information is reported.
    /// >
    /// > Informing duration by phone concerning provision of the state service, to data on the course of provision of the state service shall not exceed 10 minutes.
    PhoneInforming,
    /// Clause 16: 30 calendar days.
    ///
    /// > According to the written address of the applicant the official responsible for provision of the state service, in detail in writing explains to the citizen procedure for provision of service and within 30 days from the date of registration of the written address sends the answer to the citizen.
    ///
    /// Basis:
    /// - article 12 of Federal Law \"About procedure for consideration of addresses of citizens of the Russian Federation\" No. 59-FZ of 2006-05-02
    WrittenAnswer,
}

impl Limit {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 2] = [Self::PhoneInforming, Self::WrittenAnswer];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::PhoneInforming => "phone_informing",
            Self::WrittenAnswer => "written_answer",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its clause number as printed (`2.16.1`), if it has one.
    pub fn clause(self) -> Option<&'static str> {
        match self {
            Self::PhoneInforming => Some("14"),
            Self::WrittenAnswer => Some("16"),
        }
    }

    /// The regulation's words (Markdown).
    pub fn text(self) -> &'static str {
        match self {
            Self::PhoneInforming => {
                "The response to phone call shall begin with information on the name of division concerning migration which the citizen, surnames and positions of the official who received phone call called.\n\nIn case of responses to phone calls the official responsible for informing for provision of the state service, in detail reports to the citizen data on the questions specified in Item 13 of Administrative regulations.\n\nIn case of impossibility of the official who received phone call to answer independently the questions posed, the call is readdressed translated) to other official or the citizen telephone number according to which it is possible to obtain necessary information is reported.\n\nInforming duration by phone concerning provision of the state service, to data on the course of provision of the state service shall not exceed 10 minutes."
            }
            Self::WrittenAnswer => {
                "According to the written address of the applicant the official responsible for provision of the state service, in detail in writing explains to the citizen procedure for provision of service and within 30 days from the date of registration of the written address sends the answer to the citizen."
            }
        }
    }

    /// A clarified wording for display (Markdown), if the editors gave one.
    pub fn plain(self) -> Option<&'static str> {
        match self {
            Self::PhoneInforming => Some(
                "An answer by phone starts with the name of the migration division called and the surname and position of the official answering; the official explains in detail the questions of [item 13](clause:13), or transfers the call or gives a number where the answer can be obtained. Informing by phone about the service, including about the progress of an application, may not last longer than 10 minutes.",
            ),
            Self::WrittenAnswer => Some(
                "On a written request, the responsible official explains the procedure in writing, in detail, and sends the answer within 30 days from the day the request was registered.",
            ),
        }
    }

    /// The legal acts it rests on.
    pub fn basis(self) -> &'static [Citation] {
        match self {
            Self::PhoneInforming => &[],
            Self::WrittenAnswer => &[Citation {
                act: Act::Law59fz,
                divisions: "article 12",
            }],
        }
    }

    /// How long it lasts: on the calendar, or in hours or minutes (stated,
    /// never counted on the calendar).
    pub fn length(self) -> Length {
        match self {
            Self::PhoneInforming => Length::Minutes(10),
            Self::WrittenAnswer => Length::Counted(Duration {
                amount: 30,
                unit: Unit::CalendarDays,
            }),
        }
    }

    /// The event it is counted from (`None`: the acceptance of the application).
    pub fn from(self) -> Option<Event> {
        match self {
            Self::PhoneInforming => None,
            Self::WrittenAnswer => Some(Event::WrittenAddressRegistered),
        }
    }
}

/// The events terms and limits are counted from.
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

    /// The event whose date is the day the application was accepted
    /// (`date of acceptance`), if the regulation marks one.
    pub const ACCEPTANCE: Option<Self> = Some(Self::ApplicationAccepted);

    /// Its date, as `facts` give it.
    pub fn date(self, facts: &Facts) -> Option<Date> {
        match self {
            Self::ApplicationAccepted => facts.application_accepted(),
            Self::WrittenAddressRegistered => facts.written_address_registered(),
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
