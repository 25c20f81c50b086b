//! The facts by name, the applicant's statuses and the options of the facts
//! answered by a choice.

/// The facts, to name those an answer needs: `Facts` has a method for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Fact {
    /// The applicant\'s status.
    Status,
    /// The kind of application.
    Application,
    /// How old are you, in full years?
    Age,
    /// Have you been recognised as incapacitated under the legislation of a foreign state?
    Incapacitated,
    /// Have you been recognised as limited in capacity to act under the legislation of a foreign state?
    LimitedCapacity,
    /// Of which state are you a citizen?
    Citizenship,
    /// Have you lived at least eight months within the first year of residence in Russia under a temporary residence permit?
    TemporaryResidenceEightMonths,
    /// Were you born in the territory of the RSFSR?
    BornInRsfsrTerritory,
    /// Were you in the past a citizen of the USSR?
    WasUssrCitizen,
    /// Do you live permanently in the Russian Federation?
    LivesPermanentlyInRussia,
    /// Are you the parent (adoptive parent, guardian or custodian) of a foreign citizen who is under eighteen, or who is recognised under the legislation of a foreign state as incapacitated or limited in capacity to act?
    ParentOfMinorOrIncapacitatedForeignCitizen,
    /// Are you the parent (adoptive parent, guardian or custodian) of a foreign citizen who is receiving a residence permit together with you and who is under eighteen, or recognised under the legislation of a foreign state as incapacitated or limited in capacity to act?
    ParentOfMinorOrIncapacitatedReceivingPermitTogether,
    /// Do you have a parent (adoptive parent, guardian or custodian), son or daughter who is a citizen of the Russian Federation and lives permanently in the Russian Federation?
    RussianCitizenParentOrChild,
    /// Have you been recognised as a native speaker of the Russian language under article 33.1 of the Federal Law \"About citizenship of the Russian Federation\"?
    RecognisedNativeSpeaker,
    /// Were you, or a relative of yours in the direct ascending line (parent, grandparent \.\..), your adoptive parent or your spouse, subjected to illegal deportation from the territory of the Crimean ASSR?
    DeportedFromCrimeanAssrOrAscendantDeported,
    /// Are you a relative in the direct descending line (child, grandchild \.\..), an adopted child or the spouse of a foreign citizen who answers yes to the previous question?
    DescendantOrSpouseOfDeportedPerson,
    /// Do you work in the Russian Federation as a highly qualified specialist under the procedure of article 13.2 of the Federal Law \"About Legal Status of Foreign Citizens in the Russian Federation\"?
    WorksAsHighlyQualifiedSpecialist,
    /// Are you applying as a family member of a highly qualified specialist, of a foreign IT specialist or of a foreign investor? Of whom?
    FamilyMemberOf,
    /// How are you related to that specialist or investor?
    FamilyRelation,
    /// Have you, for at least six months before the day you apply, worked in the Russian Federation in a profession (specialty, position) on the list of qualified specialists entitled to Russian citizenship under the simplified procedure?
    QualifiedSpecialistSixMonths,
    /// Have you completed a full-time higher-education programme in the Russian Federation and received a state-accredited document on education and qualification with honours?
    HigherEducationWithHonoursInRussia,
    /// Do you live in the Russian Federation?
    LivesInRussia,
    /// Has your citizenship of the Russian Federation been terminated?
    RussianCitizenshipTerminated,
    /// Has a decision on your acquisition of citizenship of the Russian Federation been cancelled?
    CitizenshipAcquisitionCancelled,
    /// Was that decision cancelled on the basis of a court verdict in force establishing that you committed (prepared or attempted) one of the crimes listed in item 2.12 of the regulation (terrorism-related articles of the Criminal Code)?
    CancelledForListedCrimes,
    /// Are you a person specified in part one or part three of article 41.1 of the Federal Law \"About citizenship of the Russian Federation\"?
    PersonUnderArticle411,
    /// Are you specified in item 1 of article 4 of the Agreement of 24 January 2006 between the Russian Federation and the Republic of Belarus on equal rights of citizens to freedom of movement and choice of place of stay and residence?
    CoveredByUnionStateAgreement,
    /// Has the Russian Federation granted you political asylum?
    GrantedPoliticalAsylum,
    /// Do you live in the Russian Federation under a valid residence permit?
    HoldsResidencePermit,
    /// Have you reached the age of fourteen, twenty or forty-five years since your residence permit was issued?
    ReachedAge1420Or45,
    /// Have you changed, in the established procedure, your surname, first name, date or place of birth, or citizenship?
    PersonalDataChanged,
    /// Have you changed your sex?
    SexChanged,
    /// Is your residence permit unfit for further use because of wear, damage or other reasons?
    PermitUnfitForUse,
    /// Has an inaccuracy or mistake been found in the surname, first name, date or place of birth recorded in your residence permit?
    PermitRecordError,
    /// Is the period of validity of your residence permit terminating?
    PermitValidityEnding,
    /// Was your residence permit issued to you as a highly qualified specialist or as a member of his family?
    PermitIssuedToHighlyQualifiedSpecialistOrFamily,
    /// On what date did you receive your residence permit?
    PermitReceived,
    /// Are you a finalist or winner of an all-Russian competition held by the autonomous non-profit organisation \"Russia — the Country of Opportunities\"?
    CountryOfOpportunitiesFinalistOrWinner,
    /// Are you a specialist in information technologies with an employment contract or a civil-law contract for work (services) with an IT organisation that holds a document on state accreditation and is not a resident of a technology-development special economic zone?
    ItSpecialistWithAccreditedOrganisation,
    /// Have you made investments in the Russian Federation that meet the criteria set by the Government of the Russian Federation?
    InvestorMeetingGovernmentCriteria,
    /// Are you moving to the Russian Federation for permanent residence under an international treaty of the Russian Federation on resettlement and the protection of the rights of migrants?
    ResettlingUnderInternationalTreaty,
    /// The date of the event \"The date of adoption (acceptance) of the application\": the day the application was accepted, which the query\'s acceptance date also gives.
    ApplicationAccepted,
    /// The date of the event \"The date of registration of the written address (written request) of the applicant\".
    WrittenAddressRegistered,
}

impl Fact {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 43] = [
        Self::Status,
        Self::Application,
        Self::Age,
        Self::Incapacitated,
        Self::LimitedCapacity,
        Self::Citizenship,
        Self::TemporaryResidenceEightMonths,
        Self::BornInRsfsrTerritory,
        Self::WasUssrCitizen,
        Self::LivesPermanentlyInRussia,
        Self::ParentOfMinorOrIncapacitatedForeignCitizen,
        Self::ParentOfMinorOrIncapacitatedReceivingPermitTogether,
        Self::RussianCitizenParentOrChild,
        Self::RecognisedNativeSpeaker,
        Self::DeportedFromCrimeanAssrOrAscendantDeported,
        Self::DescendantOrSpouseOfDeportedPerson,
        Self::WorksAsHighlyQualifiedSpecialist,
        Self::FamilyMemberOf,
        Self::FamilyRelation,
        Self::QualifiedSpecialistSixMonths,
        Self::HigherEducationWithHonoursInRussia,
        Self::LivesInRussia,
        Self::RussianCitizenshipTerminated,
        Self::CitizenshipAcquisitionCancelled,
        Self::CancelledForListedCrimes,
        Self::PersonUnderArticle411,
        Self::CoveredByUnionStateAgreement,
        Self::GrantedPoliticalAsylum,
        Self::HoldsResidencePermit,
        Self::ReachedAge1420Or45,
        Self::PersonalDataChanged,
        Self::SexChanged,
        Self::PermitUnfitForUse,
        Self::PermitRecordError,
        Self::PermitValidityEnding,
        Self::PermitIssuedToHighlyQualifiedSpecialistOrFamily,
        Self::PermitReceived,
        Self::CountryOfOpportunitiesFinalistOrWinner,
        Self::ItSpecialistWithAccreditedOrganisation,
        Self::InvestorMeetingGovernmentCriteria,
        Self::ResettlingUnderInternationalTreaty,
        Self::ApplicationAccepted,
        Self::WrittenAddressRegistered,
    ];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::Status => "status",
            Self::Application => "application",
            Self::Age => "age",
            Self::Incapacitated => "incapacitated",
            Self::LimitedCapacity => "limited_capacity",
            Self::Citizenship => "citizenship",
            Self::TemporaryResidenceEightMonths => "temporary_residence_eight_months",
            Self::BornInRsfsrTerritory => "born_in_rsfsr_territory",
            Self::WasUssrCitizen => "was_ussr_citizen",
            Self::LivesPermanentlyInRussia => "lives_permanently_in_russia",
            Self::ParentOfMinorOrIncapacitatedForeignCitizen => {
                "parent_of_minor_or_incapacitated_foreign_citizen"
            }
            Self::ParentOfMinorOrIncapacitatedReceivingPermitTogether => {
                "parent_of_minor_or_incapacitated_receiving_permit_together"
            }
            Self::RussianCitizenParentOrChild => "russian_citizen_parent_or_child",
            Self::RecognisedNativeSpeaker => "recognised_native_speaker",
            Self::DeportedFromCrimeanAssrOrAscendantDeported => {
                "deported_from_crimean_assr_or_ascendant_deported"
            }
            Self::DescendantOrSpouseOfDeportedPerson => "descendant_or_spouse_of_deported_person",
            Self::WorksAsHighlyQualifiedSpecialist => "works_as_highly_qualified_specialist",
            Self::FamilyMemberOf => "family_member_of",
            Self::FamilyRelation => "family_relation",
            Self::QualifiedSpecialistSixMonths => "qualified_specialist_six_months",
            Self::HigherEducationWithHonoursInRussia => "higher_education_with_honours_in_russia",
            Self::LivesInRussia => "lives_in_russia",
            Self::RussianCitizenshipTerminated => "russian_citizenship_terminated",
            Self::CitizenshipAcquisitionCancelled => "citizenship_acquisition_cancelled",
            Self::CancelledForListedCrimes => "cancelled_for_listed_crimes",
            Self::PersonUnderArticle411 => "person_under_article_41_1",
            Self::CoveredByUnionStateAgreement => "covered_by_union_state_agreement",
            Self::GrantedPoliticalAsylum => "granted_political_asylum",
            Self::HoldsResidencePermit => "holds_residence_permit",
            Self::ReachedAge1420Or45 => "reached_age_14_20_or_45",
            Self::PersonalDataChanged => "personal_data_changed",
            Self::SexChanged => "sex_changed",
            Self::PermitUnfitForUse => "permit_unfit_for_use",
            Self::PermitRecordError => "permit_record_error",
            Self::PermitValidityEnding => "permit_validity_ending",
            Self::PermitIssuedToHighlyQualifiedSpecialistOrFamily => {
                "permit_issued_to_highly_qualified_specialist_or_family"
            }
            Self::PermitReceived => "permit_received",
            Self::CountryOfOpportunitiesFinalistOrWinner => {
                "country_of_opportunities_finalist_or_winner"
            }
            Self::ItSpecialistWithAccreditedOrganisation => {
                "it_specialist_with_accredited_organisation"
            }
            Self::InvestorMeetingGovernmentCriteria => "investor_meeting_government_criteria",
            Self::ResettlingUnderInternationalTreaty => "resettling_under_international_treaty",
            Self::ApplicationAccepted => "application_accepted",
            Self::WrittenAddressRegistered => "written_address_registered",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// The question that asks for it.
    pub fn question(self) -> &'static str {
        match self {
            Self::Status => "The applicant's status.",
            Self::Application => "The kind of application.",
            Self::Age => "How old are you, in full years?",
            Self::Incapacitated => {
                "Have you been recognised as incapacitated under the legislation of a foreign state?"
            }
            Self::LimitedCapacity => {
                "Have you been recognised as limited in capacity to act under the legislation of a foreign state?"
            }
            Self::Citizenship => "Of which state are you a citizen?",
            Self::TemporaryResidenceEightMonths => {
                "Have you lived at least eight months within the first year of residence in Russia under a temporary residence permit?"
            }
            Self::BornInRsfsrTerritory => "Were you born in the territory of the RSFSR?",
            Self::WasUssrCitizen => "Were you in the past a citizen of the USSR?",
            Self::LivesPermanentlyInRussia => "Do you live permanently in the Russian Federation?",
            Self::ParentOfMinorOrIncapacitatedForeignCitizen => {
                "Are you the parent (adoptive parent, guardian or custodian) of a foreign citizen who is under eighteen, or who is recognised under the legislation of a foreign state as incapacitated or limited in capacity to act?"
            }
            Self::ParentOfMinorOrIncapacitatedReceivingPermitTogether => {
                "Are you the parent (adoptive parent, guardian or custodian) of a foreign citizen who is receiving a residence permit together with you and who is under eighteen, or recognised under the legislation of a foreign state as incapacitated or limited in capacity to act?"
            }
            Self::RussianCitizenParentOrChild => {
                "Do you have a parent (adoptive parent, guardian or custodian), son or daughter who is a citizen of the Russian Federation and lives permanently in the Russian Federation?"
            }
            Self::RecognisedNativeSpeaker => {
                "Have you been recognised as a native speaker of the Russian language under article 33.1 of the Federal Law \"About citizenship of the Russian Federation\"?"
            }
            Self::DeportedFromCrimeanAssrOrAscendantDeported => {
                "Were you, or a relative of yours in the direct ascending line (parent, grandparent ...), your adoptive parent or your spouse, subjected to illegal deportation from the territory of the Crimean ASSR?"
            }
            Self::DescendantOrSpouseOfDeportedPerson => {
                "Are you a relative in the direct descending line (child, grandchild ...), an adopted child or the spouse of a foreign citizen who answers yes to the previous question?"
            }
            Self::WorksAsHighlyQualifiedSpecialist => {
                "Do you work in the Russian Federation as a highly qualified specialist under the procedure of article 13.2 of the Federal Law \"About Legal Status of Foreign Citizens in the Russian Federation\"?"
            }
            Self::FamilyMemberOf => {
                "Are you applying as a family member of a highly qualified specialist, of a foreign IT specialist or of a foreign investor? Of whom?"
            }
            Self::FamilyRelation => "How are you related to that specialist or investor?",
            Self::QualifiedSpecialistSixMonths => {
                "Have you, for at least six months before the day you apply, worked in the Russian Federation in a profession (specialty, position) on the list of qualified specialists entitled to Russian citizenship under the simplified procedure?"
            }
            Self::HigherEducationWithHonoursInRussia => {
                "Have you completed a full-time higher-education programme in the Russian Federation and received a state-accredited document on education and qualification with honours?"
            }
            Self::LivesInRussia => "Do you live in the Russian Federation?",
            Self::RussianCitizenshipTerminated => {
                "Has your citizenship of the Russian Federation been terminated?"
            }
            Self::CitizenshipAcquisitionCancelled => {
                "Has a decision on your acquisition of citizenship of the Russian Federation been cancelled?"
            }
            Self::CancelledForListedCrimes => {
                "Was that decision cancelled on the basis of a court verdict in force establishing that you committed (prepared or attempted) one of the crimes listed in item 2.12 of the regulation (terrorism-related articles of the Criminal Code)?"
            }
            Self::PersonUnderArticle411 => {
                "Are you a person specified in part one or part three of article 41.1 of the Federal Law \"About citizenship of the Russian Federation\"?"
            }
            Self::CoveredByUnionStateAgreement => {
                "Are you specified in item 1 of article 4 of the Agreement of 24 January 2006 between the Russian Federation and the Republic of Belarus on equal rights of citizens to freedom of movement and choice of place of stay and residence?"
            }
            Self::GrantedPoliticalAsylum => {
                "Has the Russian Federation granted you political asylum?"
            }
            Self::HoldsResidencePermit => {
                "Do you live in the Russian Federation under a valid residence permit?"
            }
            Self::ReachedAge1420Or45 => {
                "Have you reached the age of fourteen, twenty or forty-five years since your residence permit was issued?"
            }
            Self::PersonalDataChanged => {
                "Have you changed, in the established procedure, your surname, first name, date or place of birth, or citizenship?"
            }
            Self::SexChanged => "Have you changed your sex?",
            Self::PermitUnfitForUse => {
                "Is your residence permit unfit for further use because of wear, damage or other reasons?"
            }
            Self::PermitRecordError => {
                "Has an inaccuracy or mistake been found in the surname, first name, date or place of birth recorded in your residence permit?"
            }
            Self::PermitValidityEnding => {
                "Is the period of validity of your residence permit terminating?"
            }
            Self::PermitIssuedToHighlyQualifiedSpecialistOrFamily => {
                "Was your residence permit issued to you as a highly qualified specialist or as a member of his family?"
            }
            Self::PermitReceived => "On what date did you receive your residence permit?",
            Self::CountryOfOpportunitiesFinalistOrWinner => {
                "Are you a finalist or winner of an all-Russian competition held by the autonomous non-profit organisation \"Russia — the Country of Opportunities\"?"
            }
            Self::ItSpecialistWithAccreditedOrganisation => {
                "Are you a specialist in information technologies with an employment contract or a civil-law contract for work (services) with an IT organisation that holds a document on state accreditation and is not a resident of a technology-development special economic zone?"
            }
            Self::InvestorMeetingGovernmentCriteria => {
                "Have you made investments in the Russian Federation that meet the criteria set by the Government of the Russian Federation?"
            }
            Self::ResettlingUnderInternationalTreaty => {
                "Are you moving to the Russian Federation for permanent residence under an international treaty of the Russian Federation on resettlement and the protection of the rights of migrants?"
            }
            Self::ApplicationAccepted => {
                "The date of the event \"The date of adoption (acceptance) of the application\": the day the application was accepted, which the query's acceptance date also gives."
            }
            Self::WrittenAddressRegistered => {
                "The date of the event \"The date of registration of the written address (written request) of the applicant\"."
            }
        }
    }
}

/// The applicant's status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Status {
    /// Foreign citizen
    ForeignCitizen,
    /// Stateless person
    StatelessPerson,
}

impl Status {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 2] = [Self::ForeignCitizen, Self::StatelessPerson];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::ForeignCitizen => "foreign_citizen",
            Self::StatelessPerson => "stateless_person",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its title.
    pub fn title(self) -> &'static str {
        match self {
            Self::ForeignCitizen => "Foreign citizen",
            Self::StatelessPerson => "Stateless person",
        }
    }
}

/// The options of the choice `sexes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Sexes {
    /// male
    Male,
    /// female
    Female,
}

impl Sexes {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 2] = [Self::Male, Self::Female];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::Male => "male",
            Self::Female => "female",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its title.
    pub fn title(self) -> &'static str {
        match self {
            Self::Male => "male",
            Self::Female => "female",
        }
    }
}

/// The options of the choice `appendix_2_reasons`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Appendix2Reasons {
    /// has not reached eighteen
    NotYetEighteen,
    /// is recognised incapacitated
    RecognisedIncapacitated,
    /// is recognised limited in capacity to act
    RecognisedLimitedCapacity,
}

impl Appendix2Reasons {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 3] = [
        Self::NotYetEighteen,
        Self::RecognisedIncapacitated,
        Self::RecognisedLimitedCapacity,
    ];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::NotYetEighteen => "not_yet_eighteen",
            Self::RecognisedIncapacitated => "recognised_incapacitated",
            Self::RecognisedLimitedCapacity => "recognised_limited_capacity",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its title.
    pub fn title(self) -> &'static str {
        match self {
            Self::NotYetEighteen => "has not reached eighteen",
            Self::RecognisedIncapacitated => "is recognised incapacitated",
            Self::RecognisedLimitedCapacity => "is recognised limited in capacity to act",
        }
    }
}

/// The options of the choice `representative_kinds`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RepresentativeKinds {
    /// parent
    Parent,
    /// adoptive parent
    AdoptiveParent,
    /// guardian
    Guardian,
    /// custodian
    Custodian,
}

impl RepresentativeKinds {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 4] = [
        Self::Parent,
        Self::AdoptiveParent,
        Self::Guardian,
        Self::Custodian,
    ];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::Parent => "parent",
            Self::AdoptiveParent => "adoptive_parent",
            Self::Guardian => "guardian",
            Self::Custodian => "custodian",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its title.
    pub fn title(self) -> &'static str {
        match self {
            Self::Parent => "parent",
            Self::AdoptiveParent => "adoptive parent",
            Self::Guardian => "guardian",
            Self::Custodian => "custodian",
        }
    }
}

/// The options of the choice `representative_statuses`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RepresentativeStatuses {
    /// a foreign citizen
    ForeignCitizen,
    /// a citizen of the Russian Federation
    RussianCitizen,
}

impl RepresentativeStatuses {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 2] = [Self::ForeignCitizen, Self::RussianCitizen];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::ForeignCitizen => "foreign_citizen",
            Self::RussianCitizen => "russian_citizen",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its title.
    pub fn title(self) -> &'static str {
        match self {
            Self::ForeignCitizen => "a foreign citizen",
            Self::RussianCitizen => "a citizen of the Russian Federation",
        }
    }
}

/// The options of the choice `replacement_grounds`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReplacementGrounds {
    /// reaching the age of fourteen, twenty or forty-five years (2.16.1)
    ReachingAge,
    /// change of surname, name, date or place of birth, or citizenship (2.16.2)
    PersonalDataChange,
    /// sex change (2.16.3)
    SexChange,
    /// the permit is unfit for further use: wear, damage or other reasons (2.16.4)
    UnfitPermit,
    /// an inaccuracy or mistake in the permit\'s records (2.16.5)
    RecordError,
    /// the end of the period of validity of a permit issued to a stateless person, or to a highly qualified specialist or a member of his family (2.16.6)
    ValidityEnded,
}

impl ReplacementGrounds {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 6] = [
        Self::ReachingAge,
        Self::PersonalDataChange,
        Self::SexChange,
        Self::UnfitPermit,
        Self::RecordError,
        Self::ValidityEnded,
    ];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::ReachingAge => "reaching_age",
            Self::PersonalDataChange => "personal_data_change",
            Self::SexChange => "sex_change",
            Self::UnfitPermit => "unfit_permit",
            Self::RecordError => "record_error",
            Self::ValidityEnded => "validity_ended",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its title.
    pub fn title(self) -> &'static str {
        match self {
            Self::ReachingAge => {
                "reaching the age of fourteen, twenty or forty-five years (2.16.1)"
            }
            Self::PersonalDataChange => {
                "change of surname, name, date or place of birth, or citizenship (2.16.2)"
            }
            Self::SexChange => "sex change (2.16.3)",
            Self::UnfitPermit => {
                "the permit is unfit for further use: wear, damage or other reasons (2.16.4)"
            }
            Self::RecordError => "an inaccuracy or mistake in the permit's records (2.16.5)",
            Self::ValidityEnded => {
                "the end of the period of validity of a permit issued to a stateless person, or to a highly qualified specialist or a member of his family (2.16.6)"
            }
        }
    }
}

/// The options of the choice `duplicate_reasons`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DuplicateReasons {
    /// lost
    Lost,
    /// stolen
    Stolen,
}

impl DuplicateReasons {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 2] = [Self::Lost, Self::Stolen];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::Lost => "lost",
            Self::Stolen => "stolen",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its title.
    pub fn title(self) -> &'static str {
        match self {
            Self::Lost => "lost",
            Self::Stolen => "stolen",
        }
    }
}

/// The options of the choice `citizenships`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Citizenships {
    /// Republic of Kazakhstan
    Kazakhstan,
    /// Republic of Moldova
    Moldova,
    /// Ukraine
    Ukraine,
    /// Republic of Belarus
    Belarus,
    /// another state, or none (stateless person)
    Other,
}

impl Citizenships {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 5] = [
        Self::Kazakhstan,
        Self::Moldova,
        Self::Ukraine,
        Self::Belarus,
        Self::Other,
    ];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::Kazakhstan => "kazakhstan",
            Self::Moldova => "moldova",
            Self::Ukraine => "ukraine",
            Self::Belarus => "belarus",
            Self::Other => "other",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its title.
    pub fn title(self) -> &'static str {
        match self {
            Self::Kazakhstan => "Republic of Kazakhstan",
            Self::Moldova => "Republic of Moldova",
            Self::Ukraine => "Ukraine",
            Self::Belarus => "Republic of Belarus",
            Self::Other => "another state, or none (stateless person)",
        }
    }
}

/// The options of the choice `family_principals`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FamilyPrincipals {
    /// a highly qualified specialist (item 2.8)
    AHighlyQualifiedSpecialist,
    /// a foreign IT specialist (item 2.19)
    AForeignItSpecialist,
    /// a foreign investor (item 2.20)
    AForeignInvestor,
    /// none of them
    NoneOfThem,
}

impl FamilyPrincipals {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 4] = [
        Self::AHighlyQualifiedSpecialist,
        Self::AForeignItSpecialist,
        Self::AForeignInvestor,
        Self::NoneOfThem,
    ];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::AHighlyQualifiedSpecialist => "a_highly_qualified_specialist",
            Self::AForeignItSpecialist => "a_foreign_it_specialist",
            Self::AForeignInvestor => "a_foreign_investor",
            Self::NoneOfThem => "none_of_them",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its title.
    pub fn title(self) -> &'static str {
        match self {
            Self::AHighlyQualifiedSpecialist => "a highly qualified specialist (item 2.8)",
            Self::AForeignItSpecialist => "a foreign IT specialist (item 2.19)",
            Self::AForeignInvestor => "a foreign investor (item 2.20)",
            Self::NoneOfThem => "none of them",
        }
    }
}

/// The options of the choice `family_relations`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FamilyRelations {
    /// spouse
    Spouse,
    /// child (including adopted)
    Child,
    /// spouse of a child
    SpouseOfChild,
    /// parent (including adoptive)
    Parent,
    /// spouse of a parent
    SpouseOfParent,
    /// grandmother or grandfather
    Grandparent,
    /// grandchild (\"grandsons\" in the translation)
    Grandchild,
    /// another relation
    OtherRelation,
}

impl FamilyRelations {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 8] = [
        Self::Spouse,
        Self::Child,
        Self::SpouseOfChild,
        Self::Parent,
        Self::SpouseOfParent,
        Self::Grandparent,
        Self::Grandchild,
        Self::OtherRelation,
    ];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {
            Self::Spouse => "spouse",
            Self::Child => "child",
            Self::SpouseOfChild => "spouse_of_child",
            Self::Parent => "parent",
            Self::SpouseOfParent => "spouse_of_parent",
            Self::Grandparent => "grandparent",
            Self::Grandchild => "grandchild",
            Self::OtherRelation => "other_relation",
        }
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// Its title.
    pub fn title(self) -> &'static str {
        match self {
            Self::Spouse => "spouse",
            Self::Child => "child (including adopted)",
            Self::SpouseOfChild => "spouse of a child",
            Self::Parent => "parent (including adoptive)",
            Self::SpouseOfParent => "spouse of a parent",
            Self::Grandparent => "grandmother or grandfather",
            Self::Grandchild => "grandchild (\"grandsons\" in the translation)",
            Self::OtherRelation => "another relation",
        }
    }
}

#[cfg(feature = "serde")]
crate::json::by_id!(Sexes);
#[cfg(feature = "serde")]
crate::json::by_id!(Appendix2Reasons);
#[cfg(feature = "serde")]
crate::json::by_id!(RepresentativeKinds);
#[cfg(feature = "serde")]
crate::json::by_id!(RepresentativeStatuses);
#[cfg(feature = "serde")]
crate::json::by_id!(ReplacementGrounds);
#[cfg(feature = "serde")]
crate::json::by_id!(DuplicateReasons);
#[cfg(feature = "serde")]
crate::json::by_id!(Citizenships);
#[cfg(feature = "serde")]
crate::json::by_id!(FamilyPrincipals);
#[cfg(feature = "serde")]
crate::json::by_id!(FamilyRelations);
