//! The facts about an applicant the rules ask for, and the options of those
//! answered by a choice.

use crate::columns::at;
use crate::{Application, BoolColumn, Column, DateColumn, Event};
use jiff::civil::Date;

/// The facts about an applicant that the rules ask for.
///
/// A fact that is `None` is not known: an answer that needs it says so
/// (with [`Fact`]s to ask for) rather than taking it as "no". With the
/// `serde` feature, it reads and writes the JSON `reglament explain --facts`
/// reads: `{"status": "stateless_person", "age": 12}`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
pub struct Facts {
    /// The applicant\'s status.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub status: Option<Status>,
    /// The kind of application.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub application: Option<Application>,
    /// How old are you, in full years?
    ///
    /// In years.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub age: Option<u32>,
    /// Have you been recognised as incapacitated under the legislation of a foreign state?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub incapacitated: Option<bool>,
    /// Have you been recognised as limited in capacity to act under the legislation of a foreign state?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub limited_capacity: Option<bool>,
    /// Of which state are you a citizen?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub citizenship: Option<Citizenships>,
    /// Have you lived at least eight months within the first year of residence in Russia under a temporary residence permit?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub temporary_residence_eight_months: Option<bool>,
    /// Were you born in the territory of the RSFSR?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub born_in_rsfsr_territory: Option<bool>,
    /// Were you in the past a citizen of the USSR?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub was_ussr_citizen: Option<bool>,
    /// Do you live permanently in the Russian Federation?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub lives_permanently_in_russia: Option<bool>,
    /// Are you the parent (adoptive parent, guardian or custodian) of a foreign citizen who is under eighteen, or who is recognised under the legislation of a foreign state as incapacitated or limited in capacity to act?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub parent_of_minor_or_incapacitated_foreign_citizen: Option<bool>,
    /// Are you the parent (adoptive parent, guardian or custodian) of a foreign citizen who is receiving a residence permit together with you and who is under eighteen, or recognised under the legislation of a foreign state as incapacitated or limited in capacity to act?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub parent_of_minor_or_incapacitated_receiving_permit_together: Option<bool>,
    /// Do you have a parent (adoptive parent, guardian or custodian), son or daughter who is a citizen of the Russian Federation and lives permanently in the Russian Federation?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub russian_citizen_parent_or_child: Option<bool>,
    /// Have you been recognised as a native speaker of the Russian language under article 33.1 of the Federal Law \"About citizenship of the Russian Federation\"?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub recognised_native_speaker: Option<bool>,
    /// Were you, or a relative of yours in the direct ascending line (parent, grandparent \.\..), your adoptive parent or your spouse, subjected to illegal deportation from the territory of the Crimean ASSR?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub deported_from_crimean_assr_or_ascendant_deported: Option<bool>,
    /// Are you a relative in the direct descending line (child, grandchild \.\..), an adopted child or the spouse of a foreign citizen who answers yes to the previous question?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub descendant_or_spouse_of_deported_person: Option<bool>,
    /// Do you work in the Russian Federation as a highly qualified specialist under the procedure of article 13.2 of the Federal Law \"About Legal Status of Foreign Citizens in the Russian Federation\"?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub works_as_highly_qualified_specialist: Option<bool>,
    /// Are you applying as a family member of a highly qualified specialist, of a foreign IT specialist or of a foreign investor? Of whom?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub family_member_of: Option<FamilyPrincipals>,
    /// How are you related to that specialist or investor?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub family_relation: Option<FamilyRelations>,
    /// Have you, for at least six months before the day you apply, worked in the Russian Federation in a profession (specialty, position) on the list of qualified specialists entitled to Russian citizenship under the simplified procedure?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub qualified_specialist_six_months: Option<bool>,
    /// Have you completed a full-time higher-education programme in the Russian Federation and received a state-accredited document on education and qualification with honours?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub higher_education_with_honours_in_russia: Option<bool>,
    /// Do you live in the Russian Federation?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub lives_in_russia: Option<bool>,
    /// Has your citizenship of the Russian Federation been terminated?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub russian_citizenship_terminated: Option<bool>,
    /// Has a decision on your acquisition of citizenship of the Russian Federation been cancelled?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub citizenship_acquisition_cancelled: Option<bool>,
    /// Was that decision cancelled on the basis of a court verdict in force establishing that you committed (prepared or attempted) one of the crimes listed in item 2.12 of the regulation (terrorism-related articles of the Criminal Code)?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub cancelled_for_listed_crimes: Option<bool>,
    /// Are you a person specified in part one or part three of article 41.1 of the Federal Law \"About citizenship of the Russian Federation\"?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub person_under_article_41_1: Option<bool>,
    /// Are you specified in item 1 of article 4 of the Agreement of 24 January 2006 between the Russian Federation and the Republic of Belarus on equal rights of citizens to freedom of movement and choice of place of stay and residence?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub covered_by_union_state_agreement: Option<bool>,
    /// Has the Russian Federation granted you political asylum?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub granted_political_asylum: Option<bool>,
    /// Do you live in the Russian Federation under a valid residence permit?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub holds_residence_permit: Option<bool>,
    /// Have you reached the age of fourteen, twenty or forty-five years since your residence permit was issued?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub reached_age_14_20_or_45: Option<bool>,
    /// Have you changed, in the established procedure, your surname, first name, date or place of birth, or citizenship?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub personal_data_changed: Option<bool>,
    /// Have you changed your sex?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub sex_changed: Option<bool>,
    /// Is your residence permit unfit for further use because of wear, damage or other reasons?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub permit_unfit_for_use: Option<bool>,
    /// Has an inaccuracy or mistake been found in the surname, first name, date or place of birth recorded in your residence permit?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub permit_record_error: Option<bool>,
    /// Is the period of validity of your residence permit terminating?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub permit_validity_ending: Option<bool>,
    /// Was your residence permit issued to you as a highly qualified specialist or as a member of his family?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub permit_issued_to_highly_qualified_specialist_or_family: Option<bool>,
    /// On what date did you receive your residence permit?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub permit_received: Option<Date>,
    /// Are you a finalist or winner of an all-Russian competition held by the autonomous non-profit organisation \"Russia — the Country of Opportunities\"?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub country_of_opportunities_finalist_or_winner: Option<bool>,
    /// Are you a specialist in information technologies with an employment contract or a civil-law contract for work (services) with an IT organisation that holds a document on state accreditation and is not a resident of a technology-development special economic zone?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub it_specialist_with_accredited_organisation: Option<bool>,
    /// Have you made investments in the Russian Federation that meet the criteria set by the Government of the Russian Federation?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub investor_meeting_government_criteria: Option<bool>,
    /// Are you moving to the Russian Federation for permanent residence under an international treaty of the Russian Federation on resettlement and the protection of the rights of migrants?
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub resettling_under_international_treaty: Option<bool>,
    /// The date of the event \"The date of adoption (acceptance) of the application\": the day the application was accepted, which the query\'s acceptance date also gives.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub application_accepted: Option<Date>,
    /// The date of the event \"The date of registration of the written address (written request) of the applicant\".
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub written_address_registered: Option<Date>,
}

impl Facts {
    /// These facts with `date` as the date of `event`.
    pub(crate) fn with_date(&self, event: Event, date: Date) -> Facts {
        let mut facts = *self;
        match event {
            Event::ApplicationAccepted => facts.application_accepted = Some(date),
            Event::WrittenAddressRegistered => facts.written_address_registered = Some(date),
        }
        facts
    }
}

/// The facts of a batch of applicants, one column per fact, for
/// [`decide_columns`](crate::decide_columns): each field is the column of
/// the fact of the same name in [`Facts`], [`Column::Absent`](crate::Column)
/// (the default) when the batch does not have it. Dates are
/// [`DateColumn`](crate::DateColumn)s, yes/no facts
/// [`BoolColumn`](crate::BoolColumn)s.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FactColumns<'a> {
    /// The applicant\'s status.
    pub status: Column<'a, Status>,
    /// The kind of application.
    pub application: Column<'a, Application>,
    /// How old are you, in full years?
    pub age: Column<'a, u32>,
    /// Have you been recognised as incapacitated under the legislation of a foreign state?
    pub incapacitated: BoolColumn<'a>,
    /// Have you been recognised as limited in capacity to act under the legislation of a foreign state?
    pub limited_capacity: BoolColumn<'a>,
    /// Of which state are you a citizen?
    pub citizenship: Column<'a, Citizenships>,
    /// Have you lived at least eight months within the first year of residence in Russia under a temporary residence permit?
    pub temporary_residence_eight_months: BoolColumn<'a>,
    /// Were you born in the territory of the RSFSR?
    pub born_in_rsfsr_territory: BoolColumn<'a>,
    /// Were you in the past a citizen of the USSR?
    pub was_ussr_citizen: BoolColumn<'a>,
    /// Do you live permanently in the Russian Federation?
    pub lives_permanently_in_russia: BoolColumn<'a>,
    /// Are you the parent (adoptive parent, guardian or custodian) of a foreign citizen who is under eighteen, or who is recognised under the legislation of a foreign state as incapacitated or limited in capacity to act?
    pub parent_of_minor_or_incapacitated_foreign_citizen: BoolColumn<'a>,
    /// Are you the parent (adoptive parent, guardian or custodian) of a foreign citizen who is receiving a residence permit together with you and who is under eighteen, or recognised under the legislation of a foreign state as incapacitated or limited in capacity to act?
    pub parent_of_minor_or_incapacitated_receiving_permit_together: BoolColumn<'a>,
    /// Do you have a parent (adoptive parent, guardian or custodian), son or daughter who is a citizen of the Russian Federation and lives permanently in the Russian Federation?
    pub russian_citizen_parent_or_child: BoolColumn<'a>,
    /// Have you been recognised as a native speaker of the Russian language under article 33.1 of the Federal Law \"About citizenship of the Russian Federation\"?
    pub recognised_native_speaker: BoolColumn<'a>,
    /// Were you, or a relative of yours in the direct ascending line (parent, grandparent \.\..), your adoptive parent or your spouse, subjected to illegal deportation from the territory of the Crimean ASSR?
    pub deported_from_crimean_assr_or_ascendant_deported: BoolColumn<'a>,
    /// Are you a relative in the direct descending line (child, grandchild \.\..), an adopted child or the spouse of a foreign citizen who answers yes to the previous question?
    pub descendant_or_spouse_of_deported_person: BoolColumn<'a>,
    /// Do you work in the Russian Federation as a highly qualified specialist under the procedure of article 13.2 of the Federal Law \"About Legal Status of Foreign Citizens in the Russian Federation\"?
    pub works_as_highly_qualified_specialist: BoolColumn<'a>,
    /// Are you applying as a family member of a highly qualified specialist, of a foreign IT specialist or of a foreign investor? Of whom?
    pub family_member_of: Column<'a, FamilyPrincipals>,
    /// How are you related to that specialist or investor?
    pub family_relation: Column<'a, FamilyRelations>,
    /// Have you, for at least six months before the day you apply, worked in the Russian Federation in a profession (specialty, position) on the list of qualified specialists entitled to Russian citizenship under the simplified procedure?
    pub qualified_specialist_six_months: BoolColumn<'a>,
    /// Have you completed a full-time higher-education programme in the Russian Federation and received a state-accredited document on education and qualification with honours?
    pub higher_education_with_honours_in_russia: BoolColumn<'a>,
    /// Do you live in the Russian Federation?
    pub lives_in_russia: BoolColumn<'a>,
    /// Has your citizenship of the Russian Federation been terminated?
    pub russian_citizenship_terminated: BoolColumn<'a>,
    /// Has a decision on your acquisition of citizenship of the Russian Federation been cancelled?
    pub citizenship_acquisition_cancelled: BoolColumn<'a>,
    /// Was that decision cancelled on the basis of a court verdict in force establishing that you committed (prepared or attempted) one of the crimes listed in item 2.12 of the regulation (terrorism-related articles of the Criminal Code)?
    pub cancelled_for_listed_crimes: BoolColumn<'a>,
    /// Are you a person specified in part one or part three of article 41.1 of the Federal Law \"About citizenship of the Russian Federation\"?
    pub person_under_article_41_1: BoolColumn<'a>,
    /// Are you specified in item 1 of article 4 of the Agreement of 24 January 2006 between the Russian Federation and the Republic of Belarus on equal rights of citizens to freedom of movement and choice of place of stay and residence?
    pub covered_by_union_state_agreement: BoolColumn<'a>,
    /// Has the Russian Federation granted you political asylum?
    pub granted_political_asylum: BoolColumn<'a>,
    /// Do you live in the Russian Federation under a valid residence permit?
    pub holds_residence_permit: BoolColumn<'a>,
    /// Have you reached the age of fourteen, twenty or forty-five years since your residence permit was issued?
    pub reached_age_14_20_or_45: BoolColumn<'a>,
    /// Have you changed, in the established procedure, your surname, first name, date or place of birth, or citizenship?
    pub personal_data_changed: BoolColumn<'a>,
    /// Have you changed your sex?
    pub sex_changed: BoolColumn<'a>,
    /// Is your residence permit unfit for further use because of wear, damage or other reasons?
    pub permit_unfit_for_use: BoolColumn<'a>,
    /// Has an inaccuracy or mistake been found in the surname, first name, date or place of birth recorded in your residence permit?
    pub permit_record_error: BoolColumn<'a>,
    /// Is the period of validity of your residence permit terminating?
    pub permit_validity_ending: BoolColumn<'a>,
    /// Was your residence permit issued to you as a highly qualified specialist or as a member of his family?
    pub permit_issued_to_highly_qualified_specialist_or_family: BoolColumn<'a>,
    /// On what date did you receive your residence permit?
    pub permit_received: DateColumn<'a>,
    /// Are you a finalist or winner of an all-Russian competition held by the autonomous non-profit organisation \"Russia — the Country of Opportunities\"?
    pub country_of_opportunities_finalist_or_winner: BoolColumn<'a>,
    /// Are you a specialist in information technologies with an employment contract or a civil-law contract for work (services) with an IT organisation that holds a document on state accreditation and is not a resident of a technology-development special economic zone?
    pub it_specialist_with_accredited_organisation: BoolColumn<'a>,
    /// Have you made investments in the Russian Federation that meet the criteria set by the Government of the Russian Federation?
    pub investor_meeting_government_criteria: BoolColumn<'a>,
    /// Are you moving to the Russian Federation for permanent residence under an international treaty of the Russian Federation on resettlement and the protection of the rights of migrants?
    pub resettling_under_international_treaty: BoolColumn<'a>,
    /// The date of the event \"The date of adoption (acceptance) of the application\": the day the application was accepted, which the query\'s acceptance date also gives.
    pub application_accepted: DateColumn<'a>,
    /// The date of the event \"The date of registration of the written address (written request) of the applicant\".
    pub written_address_registered: DateColumn<'a>,
}

impl FactColumns<'_> {
    /// The facts of row `i` (not known where its column is).
    pub fn row(&self, i: usize) -> Facts {
        Facts {
            status: at(self.status, i),
            application: at(self.application, i),
            age: at(self.age, i),
            incapacitated: at(self.incapacitated, i),
            limited_capacity: at(self.limited_capacity, i),
            citizenship: at(self.citizenship, i),
            temporary_residence_eight_months: at(self.temporary_residence_eight_months, i),
            born_in_rsfsr_territory: at(self.born_in_rsfsr_territory, i),
            was_ussr_citizen: at(self.was_ussr_citizen, i),
            lives_permanently_in_russia: at(self.lives_permanently_in_russia, i),
            parent_of_minor_or_incapacitated_foreign_citizen: at(
                self.parent_of_minor_or_incapacitated_foreign_citizen,
                i,
            ),
            parent_of_minor_or_incapacitated_receiving_permit_together: at(
                self.parent_of_minor_or_incapacitated_receiving_permit_together,
                i,
            ),
            russian_citizen_parent_or_child: at(self.russian_citizen_parent_or_child, i),
            recognised_native_speaker: at(self.recognised_native_speaker, i),
            deported_from_crimean_assr_or_ascendant_deported: at(
                self.deported_from_crimean_assr_or_ascendant_deported,
                i,
            ),
            descendant_or_spouse_of_deported_person: at(
                self.descendant_or_spouse_of_deported_person,
                i,
            ),
            works_as_highly_qualified_specialist: at(self.works_as_highly_qualified_specialist, i),
            family_member_of: at(self.family_member_of, i),
            family_relation: at(self.family_relation, i),
            qualified_specialist_six_months: at(self.qualified_specialist_six_months, i),
            higher_education_with_honours_in_russia: at(
                self.higher_education_with_honours_in_russia,
                i,
            ),
            lives_in_russia: at(self.lives_in_russia, i),
            russian_citizenship_terminated: at(self.russian_citizenship_terminated, i),
            citizenship_acquisition_cancelled: at(self.citizenship_acquisition_cancelled, i),
            cancelled_for_listed_crimes: at(self.cancelled_for_listed_crimes, i),
            person_under_article_41_1: at(self.person_under_article_41_1, i),
            covered_by_union_state_agreement: at(self.covered_by_union_state_agreement, i),
            granted_political_asylum: at(self.granted_political_asylum, i),
            holds_residence_permit: at(self.holds_residence_permit, i),
            reached_age_14_20_or_45: at(self.reached_age_14_20_or_45, i),
            personal_data_changed: at(self.personal_data_changed, i),
            sex_changed: at(self.sex_changed, i),
            permit_unfit_for_use: at(self.permit_unfit_for_use, i),
            permit_record_error: at(self.permit_record_error, i),
            permit_validity_ending: at(self.permit_validity_ending, i),
            permit_issued_to_highly_qualified_specialist_or_family: at(
                self.permit_issued_to_highly_qualified_specialist_or_family,
                i,
            ),
            permit_received: at(self.permit_received, i),
            country_of_opportunities_finalist_or_winner: at(
                self.country_of_opportunities_finalist_or_winner,
                i,
            ),
            it_specialist_with_accredited_organisation: at(
                self.it_specialist_with_accredited_organisation,
                i,
            ),
            investor_meeting_government_criteria: at(self.investor_meeting_government_criteria, i),
            resettling_under_international_treaty: at(
                self.resettling_under_international_treaty,
                i,
            ),
            application_accepted: at(self.application_accepted, i),
            written_address_registered: at(self.written_address_registered, i),
        }
    }
}

/// The facts, to name those an answer needs: `Facts` has a field for each.
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
