//! The facts about an applicant the rules ask for (`Facts`), and those of
//! many applicants as columns (`FactColumns`).

use crate::columns::{at, fill, fill_flag};
use crate::flag::Flag;
use crate::{
    Application, BoolColumn, Citizenships, Column, DateColumn, Event, FamilyPrincipals,
    FamilyRelations, Status,
};
use jiff::civil::Date;

/// The facts about an applicant that the rules ask for.
///
/// A fact that is `None` is not known: an answer that needs it says so
/// (with [`Fact`](crate::Fact)s to ask for) rather than taking it as "no". Each fact
/// has a method that reads it (`facts.age()`), one that sets it
/// (`facts.set_age(Some(30))`, `None` for not known) and one that gives it
/// while building (`Facts::default().with_age(30)`). The facts are kept
/// packed, each yes/no fact as two bits of a word, so that a decision
/// copies and tests a few words rather than a byte per fact. With the
/// `serde` feature, it reads and writes the JSON `reglament explain --facts`
/// reads: `{"status": "stateless_person", "age": 12}`.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(from = "Wire", into = "Wire"))]
pub struct Facts {
    /// The bit of each yes/no fact ([`Flag`]) that is known.
    pub(crate) known: [u64; 1],
    /// The bit of each that is "yes" (only ever with its bit in `known`).
    pub(crate) yes: [u64; 1],
    /// The applicant\'s status.
    status: Option<Status>,
    /// The kind of application.
    application: Option<Application>,
    /// How old are you, in full years?
    age: Option<u32>,
    /// Of which state are you a citizen?
    citizenship: Option<Citizenships>,
    /// Are you applying as a family member of a highly qualified specialist, of a foreign IT specialist or of a foreign investor? Of whom?
    family_member_of: Option<FamilyPrincipals>,
    /// How are you related to that specialist or investor?
    family_relation: Option<FamilyRelations>,
    /// On what date did you receive your residence permit?
    permit_received: Option<Date>,
    /// The date of the event \"The date of adoption (acceptance) of the application\": the day the application was accepted, which the query\'s acceptance date also gives.
    application_accepted: Option<Date>,
    /// The date of the event \"The date of registration of the written address (written request) of the applicant\".
    written_address_registered: Option<Date>,
}

impl Facts {
    /// Where each yes/no fact is kept.
    pub(crate) const INCAPACITATED: Flag = Flag::at(1);
    pub(crate) const LIMITED_CAPACITY: Flag = Flag::at(2);
    pub(crate) const TEMPORARY_RESIDENCE_EIGHT_MONTHS: Flag = Flag::at(0);
    pub(crate) const BORN_IN_RSFSR_TERRITORY: Flag = Flag::at(6);
    pub(crate) const WAS_USSR_CITIZEN: Flag = Flag::at(8);
    pub(crate) const LIVES_PERMANENTLY_IN_RUSSIA: Flag = Flag::at(11);
    pub(crate) const PARENT_OF_MINOR_OR_INCAPACITATED_FOREIGN_CITIZEN: Flag = Flag::at(12);
    pub(crate) const PARENT_OF_MINOR_OR_INCAPACITATED_RECEIVING_PERMIT_TOGETHER: Flag = Flag::at(3);
    pub(crate) const RUSSIAN_CITIZEN_PARENT_OR_CHILD: Flag = Flag::at(4);
    pub(crate) const RECOGNISED_NATIVE_SPEAKER: Flag = Flag::at(5);
    pub(crate) const DEPORTED_FROM_CRIMEAN_ASSR_OR_ASCENDANT_DEPORTED: Flag = Flag::at(14);
    pub(crate) const DESCENDANT_OR_SPOUSE_OF_DEPORTED_PERSON: Flag = Flag::at(16);
    pub(crate) const WORKS_AS_HIGHLY_QUALIFIED_SPECIALIST: Flag = Flag::at(7);
    pub(crate) const QUALIFIED_SPECIALIST_SIX_MONTHS: Flag = Flag::at(9);
    pub(crate) const HIGHER_EDUCATION_WITH_HONOURS_IN_RUSSIA: Flag = Flag::at(10);
    pub(crate) const LIVES_IN_RUSSIA: Flag = Flag::at(17);
    pub(crate) const RUSSIAN_CITIZENSHIP_TERMINATED: Flag = Flag::at(20);
    pub(crate) const CITIZENSHIP_ACQUISITION_CANCELLED: Flag = Flag::at(22);
    pub(crate) const CANCELLED_FOR_LISTED_CRIMES: Flag = Flag::at(23);
    pub(crate) const PERSON_UNDER_ARTICLE_41_1: Flag = Flag::at(13);
    pub(crate) const COVERED_BY_UNION_STATE_AGREEMENT: Flag = Flag::at(30);
    pub(crate) const GRANTED_POLITICAL_ASYLUM: Flag = Flag::at(15);
    pub(crate) const HOLDS_RESIDENCE_PERMIT: Flag = Flag::at(31);
    pub(crate) const REACHED_AGE_14_20_OR_45: Flag = Flag::at(25);
    pub(crate) const PERSONAL_DATA_CHANGED: Flag = Flag::at(26);
    pub(crate) const SEX_CHANGED: Flag = Flag::at(27);
    pub(crate) const PERMIT_UNFIT_FOR_USE: Flag = Flag::at(28);
    pub(crate) const PERMIT_RECORD_ERROR: Flag = Flag::at(29);
    pub(crate) const PERMIT_VALIDITY_ENDING: Flag = Flag::at(32);
    pub(crate) const PERMIT_ISSUED_TO_HIGHLY_QUALIFIED_SPECIALIST_OR_FAMILY: Flag = Flag::at(33);
    pub(crate) const COUNTRY_OF_OPPORTUNITIES_FINALIST_OR_WINNER: Flag = Flag::at(18);
    pub(crate) const IT_SPECIALIST_WITH_ACCREDITED_ORGANISATION: Flag = Flag::at(19);
    pub(crate) const INVESTOR_MEETING_GOVERNMENT_CRITERIA: Flag = Flag::at(21);
    pub(crate) const RESETTLING_UNDER_INTERNATIONAL_TREATY: Flag = Flag::at(24);

    /// The applicant\'s status.
    #[must_use]
    pub fn status(&self) -> Option<Status> {
        self.status
    }

    /// Sets `status` (`None`: not known).
    pub fn set_status(&mut self, value: Option<Status>) {
        self.status = value;
    }

    /// These facts with `status` given, for facts built in one expression.
    #[must_use]
    pub fn with_status(mut self, value: Status) -> Self {
        self.set_status(Some(value));
        self
    }

    /// The kind of application.
    #[must_use]
    pub fn application(&self) -> Option<Application> {
        self.application
    }

    /// Sets `application` (`None`: not known).
    pub fn set_application(&mut self, value: Option<Application>) {
        self.application = value;
    }

    /// These facts with `application` given, for facts built in one expression.
    #[must_use]
    pub fn with_application(mut self, value: Application) -> Self {
        self.set_application(Some(value));
        self
    }

    /// How old are you, in full years?
    ///
    /// In years.
    #[must_use]
    pub fn age(&self) -> Option<u32> {
        self.age
    }

    /// Sets `age` (`None`: not known).
    pub fn set_age(&mut self, value: Option<u32>) {
        self.age = value;
    }

    /// These facts with `age` given, for facts built in one expression.
    #[must_use]
    pub fn with_age(mut self, value: u32) -> Self {
        self.set_age(Some(value));
        self
    }

    /// Have you been recognised as incapacitated under the legislation of a foreign state?
    #[must_use]
    pub fn incapacitated(&self) -> Option<bool> {
        Flag::get(Self::INCAPACITATED, &self.known, &self.yes)
    }

    /// Sets `incapacitated` (`None`: not known).
    pub fn set_incapacitated(&mut self, value: Option<bool>) {
        Flag::put(Self::INCAPACITATED, &mut self.known, &mut self.yes, value);
    }

    /// These facts with `incapacitated` given, for facts built in one expression.
    #[must_use]
    pub fn with_incapacitated(mut self, value: bool) -> Self {
        self.set_incapacitated(Some(value));
        self
    }

    /// Have you been recognised as limited in capacity to act under the legislation of a foreign state?
    #[must_use]
    pub fn limited_capacity(&self) -> Option<bool> {
        Flag::get(Self::LIMITED_CAPACITY, &self.known, &self.yes)
    }

    /// Sets `limited_capacity` (`None`: not known).
    pub fn set_limited_capacity(&mut self, value: Option<bool>) {
        Flag::put(
            Self::LIMITED_CAPACITY,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `limited_capacity` given, for facts built in one expression.
    #[must_use]
    pub fn with_limited_capacity(mut self, value: bool) -> Self {
        self.set_limited_capacity(Some(value));
        self
    }

    /// Of which state are you a citizen?
    #[must_use]
    pub fn citizenship(&self) -> Option<Citizenships> {
        self.citizenship
    }

    /// Sets `citizenship` (`None`: not known).
    pub fn set_citizenship(&mut self, value: Option<Citizenships>) {
        self.citizenship = value;
    }

    /// These facts with `citizenship` given, for facts built in one expression.
    #[must_use]
    pub fn with_citizenship(mut self, value: Citizenships) -> Self {
        self.set_citizenship(Some(value));
        self
    }

    /// Have you lived at least eight months within the first year of residence in Russia under a temporary residence permit?
    #[must_use]
    pub fn temporary_residence_eight_months(&self) -> Option<bool> {
        Flag::get(
            Self::TEMPORARY_RESIDENCE_EIGHT_MONTHS,
            &self.known,
            &self.yes,
        )
    }

    /// Sets `temporary_residence_eight_months` (`None`: not known).
    pub fn set_temporary_residence_eight_months(&mut self, value: Option<bool>) {
        Flag::put(
            Self::TEMPORARY_RESIDENCE_EIGHT_MONTHS,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `temporary_residence_eight_months` given, for facts built in one expression.
    #[must_use]
    pub fn with_temporary_residence_eight_months(mut self, value: bool) -> Self {
        self.set_temporary_residence_eight_months(Some(value));
        self
    }

    /// Were you born in the territory of the RSFSR?
    #[must_use]
    pub fn born_in_rsfsr_territory(&self) -> Option<bool> {
        Flag::get(Self::BORN_IN_RSFSR_TERRITORY, &self.known, &self.yes)
    }

    /// Sets `born_in_rsfsr_territory` (`None`: not known).
    pub fn set_born_in_rsfsr_territory(&mut self, value: Option<bool>) {
        Flag::put(
            Self::BORN_IN_RSFSR_TERRITORY,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `born_in_rsfsr_territory` given, for facts built in one expression.
    #[must_use]
    pub fn with_born_in_rsfsr_territory(mut self, value: bool) -> Self {
        self.set_born_in_rsfsr_territory(Some(value));
        self
    }

    /// Were you in the past a citizen of the USSR?
    #[must_use]
    pub fn was_ussr_citizen(&self) -> Option<bool> {
        Flag::get(Self::WAS_USSR_CITIZEN, &self.known, &self.yes)
    }

    /// Sets `was_ussr_citizen` (`None`: not known).
    pub fn set_was_ussr_citizen(&mut self, value: Option<bool>) {
        Flag::put(
            Self::WAS_USSR_CITIZEN,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `was_ussr_citizen` given, for facts built in one expression.
    #[must_use]
    pub fn with_was_ussr_citizen(mut self, value: bool) -> Self {
        self.set_was_ussr_citizen(Some(value));
        self
    }

    /// Do you live permanently in the Russian Federation?
    #[must_use]
    pub fn lives_permanently_in_russia(&self) -> Option<bool> {
        Flag::get(Self::LIVES_PERMANENTLY_IN_RUSSIA, &self.known, &self.yes)
    }

    /// Sets `lives_permanently_in_russia` (`None`: not known).
    pub fn set_lives_permanently_in_russia(&mut self, value: Option<bool>) {
        Flag::put(
            Self::LIVES_PERMANENTLY_IN_RUSSIA,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `lives_permanently_in_russia` given, for facts built in one expression.
    #[must_use]
    pub fn with_lives_permanently_in_russia(mut self, value: bool) -> Self {
        self.set_lives_permanently_in_russia(Some(value));
        self
    }

    /// Are you the parent (adoptive parent, guardian or custodian) of a foreign citizen who is under eighteen, or who is recognised under the legislation of a foreign state as incapacitated or limited in capacity to act?
    #[must_use]
    pub fn parent_of_minor_or_incapacitated_foreign_citizen(&self) -> Option<bool> {
        Flag::get(
            Self::PARENT_OF_MINOR_OR_INCAPACITATED_FOREIGN_CITIZEN,
            &self.known,
            &self.yes,
        )
    }

    /// Sets `parent_of_minor_or_incapacitated_foreign_citizen` (`None`: not known).
    pub fn set_parent_of_minor_or_incapacitated_foreign_citizen(&mut self, value: Option<bool>) {
        Flag::put(
            Self::PARENT_OF_MINOR_OR_INCAPACITATED_FOREIGN_CITIZEN,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `parent_of_minor_or_incapacitated_foreign_citizen` given, for facts built in one expression.
    #[must_use]
    pub fn with_parent_of_minor_or_incapacitated_foreign_citizen(mut self, value: bool) -> Self {
        self.set_parent_of_minor_or_incapacitated_foreign_citizen(Some(value));
        self
    }

    /// Are you the parent (adoptive parent, guardian or custodian) of a foreign citizen who is receiving a residence permit together with you and who is under eighteen, or recognised under the legislation of a foreign state as incapacitated or limited in capacity to act?
    #[must_use]
    pub fn parent_of_minor_or_incapacitated_receiving_permit_together(&self) -> Option<bool> {
        Flag::get(
            Self::PARENT_OF_MINOR_OR_INCAPACITATED_RECEIVING_PERMIT_TOGETHER,
            &self.known,
            &self.yes,
        )
    }

    /// Sets `parent_of_minor_or_incapacitated_receiving_permit_together` (`None`: not known).
    pub fn set_parent_of_minor_or_incapacitated_receiving_permit_together(
        &mut self,
        value: Option<bool>,
    ) {
        Flag::put(
            Self::PARENT_OF_MINOR_OR_INCAPACITATED_RECEIVING_PERMIT_TOGETHER,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `parent_of_minor_or_incapacitated_receiving_permit_together` given, for facts built in one expression.
    #[must_use]
    pub fn with_parent_of_minor_or_incapacitated_receiving_permit_together(
        mut self,
        value: bool,
    ) -> Self {
        self.set_parent_of_minor_or_incapacitated_receiving_permit_together(Some(value));
        self
    }

    /// Do you have a parent (adoptive parent, guardian or custodian), son or daughter who is a citizen of the Russian Federation and lives permanently in the Russian Federation?
    #[must_use]
    pub fn russian_citizen_parent_or_child(&self) -> Option<bool> {
        Flag::get(
            Self::RUSSIAN_CITIZEN_PARENT_OR_CHILD,
            &self.known,
            &self.yes,
        )
    }

    /// Sets `russian_citizen_parent_or_child` (`None`: not known).
    pub fn set_russian_citizen_parent_or_child(&mut self, value: Option<bool>) {
        Flag::put(
            Self::RUSSIAN_CITIZEN_PARENT_OR_CHILD,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `russian_citizen_parent_or_child` given, for facts built in one expression.
    #[must_use]
    pub fn with_russian_citizen_parent_or_child(mut self, value: bool) -> Self {
        self.set_russian_citizen_parent_or_child(Some(value));
        self
    }

    /// Have you been recognised as a native speaker of the Russian language under article 33.1 of the Federal Law \"About citizenship of the Russian Federation\"?
    #[must_use]
    pub fn recognised_native_speaker(&self) -> Option<bool> {
        Flag::get(Self::RECOGNISED_NATIVE_SPEAKER, &self.known, &self.yes)
    }

    /// Sets `recognised_native_speaker` (`None`: not known).
    pub fn set_recognised_native_speaker(&mut self, value: Option<bool>) {
        Flag::put(
            Self::RECOGNISED_NATIVE_SPEAKER,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `recognised_native_speaker` given, for facts built in one expression.
    #[must_use]
    pub fn with_recognised_native_speaker(mut self, value: bool) -> Self {
        self.set_recognised_native_speaker(Some(value));
        self
    }

    /// Were you, or a relative of yours in the direct ascending line (parent, grandparent \.\..), your adoptive parent or your spouse, subjected to illegal deportation from the territory of the Crimean ASSR?
    #[must_use]
    pub fn deported_from_crimean_assr_or_ascendant_deported(&self) -> Option<bool> {
        Flag::get(
            Self::DEPORTED_FROM_CRIMEAN_ASSR_OR_ASCENDANT_DEPORTED,
            &self.known,
            &self.yes,
        )
    }

    /// Sets `deported_from_crimean_assr_or_ascendant_deported` (`None`: not known).
    pub fn set_deported_from_crimean_assr_or_ascendant_deported(&mut self, value: Option<bool>) {
        Flag::put(
            Self::DEPORTED_FROM_CRIMEAN_ASSR_OR_ASCENDANT_DEPORTED,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `deported_from_crimean_assr_or_ascendant_deported` given, for facts built in one expression.
    #[must_use]
    pub fn with_deported_from_crimean_assr_or_ascendant_deported(mut self, value: bool) -> Self {
        self.set_deported_from_crimean_assr_or_ascendant_deported(Some(value));
        self
    }

    /// Are you a relative in the direct descending line (child, grandchild \.\..), an adopted child or the spouse of a foreign citizen who answers yes to the previous question?
    #[must_use]
    pub fn descendant_or_spouse_of_deported_person(&self) -> Option<bool> {
        Flag::get(
            Self::DESCENDANT_OR_SPOUSE_OF_DEPORTED_PERSON,
            &self.known,
            &self.yes,
        )
    }

    /// Sets `descendant_or_spouse_of_deported_person` (`None`: not known).
    pub fn set_descendant_or_spouse_of_deported_person(&mut self, value: Option<bool>) {
        Flag::put(
            Self::DESCENDANT_OR_SPOUSE_OF_DEPORTED_PERSON,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `descendant_or_spouse_of_deported_person` given, for facts built in one expression.
    #[must_use]
    pub fn with_descendant_or_spouse_of_deported_person(mut self, value: bool) -> Self {
        self.set_descendant_or_spouse_of_deported_person(Some(value));
        self
    }

    /// Do you work in the Russian Federation as a highly qualified specialist under the procedure of article 13.2 of the Federal Law \"About Legal Status of Foreign Citizens in the Russian Federation\"?
    #[must_use]
    pub fn works_as_highly_qualified_specialist(&self) -> Option<bool> {
        Flag::get(
            Self::WORKS_AS_HIGHLY_QUALIFIED_SPECIALIST,
            &self.known,
            &self.yes,
        )
    }

    /// Sets `works_as_highly_qualified_specialist` (`None`: not known).
    pub fn set_works_as_highly_qualified_specialist(&mut self, value: Option<bool>) {
        Flag::put(
            Self::WORKS_AS_HIGHLY_QUALIFIED_SPECIALIST,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `works_as_highly_qualified_specialist` given, for facts built in one expression.
    #[must_use]
    pub fn with_works_as_highly_qualified_specialist(mut self, value: bool) -> Self {
        self.set_works_as_highly_qualified_specialist(Some(value));
        self
    }

    /// Are you applying as a family member of a highly qualified specialist, of a foreign IT specialist or of a foreign investor? Of whom?
    #[must_use]
    pub fn family_member_of(&self) -> Option<FamilyPrincipals> {
        self.family_member_of
    }

    /// Sets `family_member_of` (`None`: not known).
    pub fn set_family_member_of(&mut self, value: Option<FamilyPrincipals>) {
        self.family_member_of = value;
    }

    /// These facts with `family_member_of` given, for facts built in one expression.
    #[must_use]
    pub fn with_family_member_of(mut self, value: FamilyPrincipals) -> Self {
        self.set_family_member_of(Some(value));
        self
    }

    /// How are you related to that specialist or investor?
    #[must_use]
    pub fn family_relation(&self) -> Option<FamilyRelations> {
        self.family_relation
    }

    /// Sets `family_relation` (`None`: not known).
    pub fn set_family_relation(&mut self, value: Option<FamilyRelations>) {
        self.family_relation = value;
    }

    /// These facts with `family_relation` given, for facts built in one expression.
    #[must_use]
    pub fn with_family_relation(mut self, value: FamilyRelations) -> Self {
        self.set_family_relation(Some(value));
        self
    }

    /// Have you, for at least six months before the day you apply, worked in the Russian Federation in a profession (specialty, position) on the list of qualified specialists entitled to Russian citizenship under the simplified procedure?
    #[must_use]
    pub fn qualified_specialist_six_months(&self) -> Option<bool> {
        Flag::get(
            Self::QUALIFIED_SPECIALIST_SIX_MONTHS,
            &self.known,
            &self.yes,
        )
    }

    /// Sets `qualified_specialist_six_months` (`None`: not known).
    pub fn set_qualified_specialist_six_months(&mut self, value: Option<bool>) {
        Flag::put(
            Self::QUALIFIED_SPECIALIST_SIX_MONTHS,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `qualified_specialist_six_months` given, for facts built in one expression.
    #[must_use]
    pub fn with_qualified_specialist_six_months(mut self, value: bool) -> Self {
        self.set_qualified_specialist_six_months(Some(value));
        self
    }

    /// Have you completed a full-time higher-education programme in the Russian Federation and received a state-accredited document on education and qualification with honours?
    #[must_use]
    pub fn higher_education_with_honours_in_russia(&self) -> Option<bool> {
        Flag::get(
            Self::HIGHER_EDUCATION_WITH_HONOURS_IN_RUSSIA,
            &self.known,
            &self.yes,
        )
    }

    /// Sets `higher_education_with_honours_in_russia` (`None`: not known).
    pub fn set_higher_education_with_honours_in_russia(&mut self, value: Option<bool>) {
        Flag::put(
            Self::HIGHER_EDUCATION_WITH_HONOURS_IN_RUSSIA,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `higher_education_with_honours_in_russia` given, for facts built in one expression.
    #[must_use]
    pub fn with_higher_education_with_honours_in_russia(mut self, value: bool) -> Self {
        self.set_higher_education_with_honours_in_russia(Some(value));
        self
    }

    /// Do you live in the Russian Federation?
    #[must_use]
    pub fn lives_in_russia(&self) -> Option<bool> {
        Flag::get(Self::LIVES_IN_RUSSIA, &self.known, &self.yes)
    }

    /// Sets `lives_in_russia` (`None`: not known).
    pub fn set_lives_in_russia(&mut self, value: Option<bool>) {
        Flag::put(Self::LIVES_IN_RUSSIA, &mut self.known, &mut self.yes, value);
    }

    /// These facts with `lives_in_russia` given, for facts built in one expression.
    #[must_use]
    pub fn with_lives_in_russia(mut self, value: bool) -> Self {
        self.set_lives_in_russia(Some(value));
        self
    }

    /// Has your citizenship of the Russian Federation been terminated?
    #[must_use]
    pub fn russian_citizenship_terminated(&self) -> Option<bool> {
        Flag::get(Self::RUSSIAN_CITIZENSHIP_TERMINATED, &self.known, &self.yes)
    }

    /// Sets `russian_citizenship_terminated` (`None`: not known).
    pub fn set_russian_citizenship_terminated(&mut self, value: Option<bool>) {
        Flag::put(
            Self::RUSSIAN_CITIZENSHIP_TERMINATED,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `russian_citizenship_terminated` given, for facts built in one expression.
    #[must_use]
    pub fn with_russian_citizenship_terminated(mut self, value: bool) -> Self {
        self.set_russian_citizenship_terminated(Some(value));
        self
    }

    /// Has a decision on your acquisition of citizenship of the Russian Federation been cancelled?
    #[must_use]
    pub fn citizenship_acquisition_cancelled(&self) -> Option<bool> {
        Flag::get(
            Self::CITIZENSHIP_ACQUISITION_CANCELLED,
            &self.known,
            &self.yes,
        )
    }

    /// Sets `citizenship_acquisition_cancelled` (`None`: not known).
    pub fn set_citizenship_acquisition_cancelled(&mut self, value: Option<bool>) {
        Flag::put(
            Self::CITIZENSHIP_ACQUISITION_CANCELLED,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `citizenship_acquisition_cancelled` given, for facts built in one expression.
    #[must_use]
    pub fn with_citizenship_acquisition_cancelled(mut self, value: bool) -> Self {
        self.set_citizenship_acquisition_cancelled(Some(value));
        self
    }

    /// Was that decision cancelled on the basis of a court verdict in force establishing that you committed (prepared or attempted) one of the crimes listed in item 2.12 of the regulation (terrorism-related articles of the Criminal Code)?
    #[must_use]
    pub fn cancelled_for_listed_crimes(&self) -> Option<bool> {
        Flag::get(Self::CANCELLED_FOR_LISTED_CRIMES, &self.known, &self.yes)
    }

    /// Sets `cancelled_for_listed_crimes` (`None`: not known).
    pub fn set_cancelled_for_listed_crimes(&mut self, value: Option<bool>) {
        Flag::put(
            Self::CANCELLED_FOR_LISTED_CRIMES,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `cancelled_for_listed_crimes` given, for facts built in one expression.
    #[must_use]
    pub fn with_cancelled_for_listed_crimes(mut self, value: bool) -> Self {
        self.set_cancelled_for_listed_crimes(Some(value));
        self
    }

    /// Are you a person specified in part one or part three of article 41.1 of the Federal Law \"About citizenship of the Russian Federation\"?
    #[must_use]
    pub fn person_under_article_41_1(&self) -> Option<bool> {
        Flag::get(Self::PERSON_UNDER_ARTICLE_41_1, &self.known, &self.yes)
    }

    /// Sets `person_under_article_41_1` (`None`: not known).
    pub fn set_person_under_article_41_1(&mut self, value: Option<bool>) {
        Flag::put(
            Self::PERSON_UNDER_ARTICLE_41_1,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `person_under_article_41_1` given, for facts built in one expression.
    #[must_use]
    pub fn with_person_under_article_41_1(mut self, value: bool) -> Self {
        self.set_person_under_article_41_1(Some(value));
        self
    }

    /// Are you specified in item 1 of article 4 of the Agreement of 24 January 2006 between the Russian Federation and the Republic of Belarus on equal rights of citizens to freedom of movement and choice of place of stay and residence?
    #[must_use]
    pub fn covered_by_union_state_agreement(&self) -> Option<bool> {
        Flag::get(
            Self::COVERED_BY_UNION_STATE_AGREEMENT,
            &self.known,
            &self.yes,
        )
    }

    /// Sets `covered_by_union_state_agreement` (`None`: not known).
    pub fn set_covered_by_union_state_agreement(&mut self, value: Option<bool>) {
        Flag::put(
            Self::COVERED_BY_UNION_STATE_AGREEMENT,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `covered_by_union_state_agreement` given, for facts built in one expression.
    #[must_use]
    pub fn with_covered_by_union_state_agreement(mut self, value: bool) -> Self {
        self.set_covered_by_union_state_agreement(Some(value));
        self
    }

    /// Has the Russian Federation granted you political asylum?
    #[must_use]
    pub fn granted_political_asylum(&self) -> Option<bool> {
        Flag::get(Self::GRANTED_POLITICAL_ASYLUM, &self.known, &self.yes)
    }

    /// Sets `granted_political_asylum` (`None`: not known).
    pub fn set_granted_political_asylum(&mut self, value: Option<bool>) {
        Flag::put(
            Self::GRANTED_POLITICAL_ASYLUM,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `granted_political_asylum` given, for facts built in one expression.
    #[must_use]
    pub fn with_granted_political_asylum(mut self, value: bool) -> Self {
        self.set_granted_political_asylum(Some(value));
        self
    }

    /// Do you live in the Russian Federation under a valid residence permit?
    #[must_use]
    pub fn holds_residence_permit(&self) -> Option<bool> {
        Flag::get(Self::HOLDS_RESIDENCE_PERMIT, &self.known, &self.yes)
    }

    /// Sets `holds_residence_permit` (`None`: not known).
    pub fn set_holds_residence_permit(&mut self, value: Option<bool>) {
        Flag::put(
            Self::HOLDS_RESIDENCE_PERMIT,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `holds_residence_permit` given, for facts built in one expression.
    #[must_use]
    pub fn with_holds_residence_permit(mut self, value: bool) -> Self {
        self.set_holds_residence_permit(Some(value));
        self
    }

    /// Have you reached the age of fourteen, twenty or forty-five years since your residence permit was issued?
    #[must_use]
    pub fn reached_age_14_20_or_45(&self) -> Option<bool> {
        Flag::get(Self::REACHED_AGE_14_20_OR_45, &self.known, &self.yes)
    }

    /// Sets `reached_age_14_20_or_45` (`None`: not known).
    pub fn set_reached_age_14_20_or_45(&mut self, value: Option<bool>) {
        Flag::put(
            Self::REACHED_AGE_14_20_OR_45,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `reached_age_14_20_or_45` given, for facts built in one expression.
    #[must_use]
    pub fn with_reached_age_14_20_or_45(mut self, value: bool) -> Self {
        self.set_reached_age_14_20_or_45(Some(value));
        self
    }

    /// Have you changed, in the established procedure, your surname, first name, date or place of birth, or citizenship?
    #[must_use]
    pub fn personal_data_changed(&self) -> Option<bool> {
        Flag::get(Self::PERSONAL_DATA_CHANGED, &self.known, &self.yes)
    }

    /// Sets `personal_data_changed` (`None`: not known).
    pub fn set_personal_data_changed(&mut self, value: Option<bool>) {
        Flag::put(
            Self::PERSONAL_DATA_CHANGED,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `personal_data_changed` given, for facts built in one expression.
    #[must_use]
    pub fn with_personal_data_changed(mut self, value: bool) -> Self {
        self.set_personal_data_changed(Some(value));
        self
    }

    /// Have you changed your sex?
    #[must_use]
    pub fn sex_changed(&self) -> Option<bool> {
        Flag::get(Self::SEX_CHANGED, &self.known, &self.yes)
    }

    /// Sets `sex_changed` (`None`: not known).
    pub fn set_sex_changed(&mut self, value: Option<bool>) {
        Flag::put(Self::SEX_CHANGED, &mut self.known, &mut self.yes, value);
    }

    /// These facts with `sex_changed` given, for facts built in one expression.
    #[must_use]
    pub fn with_sex_changed(mut self, value: bool) -> Self {
        self.set_sex_changed(Some(value));
        self
    }

    /// Is your residence permit unfit for further use because of wear, damage or other reasons?
    #[must_use]
    pub fn permit_unfit_for_use(&self) -> Option<bool> {
        Flag::get(Self::PERMIT_UNFIT_FOR_USE, &self.known, &self.yes)
    }

    /// Sets `permit_unfit_for_use` (`None`: not known).
    pub fn set_permit_unfit_for_use(&mut self, value: Option<bool>) {
        Flag::put(
            Self::PERMIT_UNFIT_FOR_USE,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `permit_unfit_for_use` given, for facts built in one expression.
    #[must_use]
    pub fn with_permit_unfit_for_use(mut self, value: bool) -> Self {
        self.set_permit_unfit_for_use(Some(value));
        self
    }

    /// Has an inaccuracy or mistake been found in the surname, first name, date or place of birth recorded in your residence permit?
    #[must_use]
    pub fn permit_record_error(&self) -> Option<bool> {
        Flag::get(Self::PERMIT_RECORD_ERROR, &self.known, &self.yes)
    }

    /// Sets `permit_record_error` (`None`: not known).
    pub fn set_permit_record_error(&mut self, value: Option<bool>) {
        Flag::put(
            Self::PERMIT_RECORD_ERROR,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `permit_record_error` given, for facts built in one expression.
    #[must_use]
    pub fn with_permit_record_error(mut self, value: bool) -> Self {
        self.set_permit_record_error(Some(value));
        self
    }

    /// Is the period of validity of your residence permit terminating?
    #[must_use]
    pub fn permit_validity_ending(&self) -> Option<bool> {
        Flag::get(Self::PERMIT_VALIDITY_ENDING, &self.known, &self.yes)
    }

    /// Sets `permit_validity_ending` (`None`: not known).
    pub fn set_permit_validity_ending(&mut self, value: Option<bool>) {
        Flag::put(
            Self::PERMIT_VALIDITY_ENDING,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `permit_validity_ending` given, for facts built in one expression.
    #[must_use]
    pub fn with_permit_validity_ending(mut self, value: bool) -> Self {
        self.set_permit_validity_ending(Some(value));
        self
    }

    /// Was your residence permit issued to you as a highly qualified specialist or as a member of his family?
    #[must_use]
    pub fn permit_issued_to_highly_qualified_specialist_or_family(&self) -> Option<bool> {
        Flag::get(
            Self::PERMIT_ISSUED_TO_HIGHLY_QUALIFIED_SPECIALIST_OR_FAMILY,
            &self.known,
            &self.yes,
        )
    }

    /// Sets `permit_issued_to_highly_qualified_specialist_or_family` (`None`: not known).
    pub fn set_permit_issued_to_highly_qualified_specialist_or_family(
        &mut self,
        value: Option<bool>,
    ) {
        Flag::put(
            Self::PERMIT_ISSUED_TO_HIGHLY_QUALIFIED_SPECIALIST_OR_FAMILY,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `permit_issued_to_highly_qualified_specialist_or_family` given, for facts built in one expression.
    #[must_use]
    pub fn with_permit_issued_to_highly_qualified_specialist_or_family(
        mut self,
        value: bool,
    ) -> Self {
        self.set_permit_issued_to_highly_qualified_specialist_or_family(Some(value));
        self
    }

    /// On what date did you receive your residence permit?
    #[must_use]
    pub fn permit_received(&self) -> Option<Date> {
        self.permit_received
    }

    /// Sets `permit_received` (`None`: not known).
    pub fn set_permit_received(&mut self, value: Option<Date>) {
        self.permit_received = value;
    }

    /// These facts with `permit_received` given, for facts built in one expression.
    #[must_use]
    pub fn with_permit_received(mut self, value: Date) -> Self {
        self.set_permit_received(Some(value));
        self
    }

    /// Are you a finalist or winner of an all-Russian competition held by the autonomous non-profit organisation \"Russia — the Country of Opportunities\"?
    #[must_use]
    pub fn country_of_opportunities_finalist_or_winner(&self) -> Option<bool> {
        Flag::get(
            Self::COUNTRY_OF_OPPORTUNITIES_FINALIST_OR_WINNER,
            &self.known,
            &self.yes,
        )
    }

    /// Sets `country_of_opportunities_finalist_or_winner` (`None`: not known).
    pub fn set_country_of_opportunities_finalist_or_winner(&mut self, value: Option<bool>) {
        Flag::put(
            Self::COUNTRY_OF_OPPORTUNITIES_FINALIST_OR_WINNER,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `country_of_opportunities_finalist_or_winner` given, for facts built in one expression.
    #[must_use]
    pub fn with_country_of_opportunities_finalist_or_winner(mut self, value: bool) -> Self {
        self.set_country_of_opportunities_finalist_or_winner(Some(value));
        self
    }

    /// Are you a specialist in information technologies with an employment contract or a civil-law contract for work (services) with an IT organisation that holds a document on state accreditation and is not a resident of a technology-development special economic zone?
    #[must_use]
    pub fn it_specialist_with_accredited_organisation(&self) -> Option<bool> {
        Flag::get(
            Self::IT_SPECIALIST_WITH_ACCREDITED_ORGANISATION,
            &self.known,
            &self.yes,
        )
    }

    /// Sets `it_specialist_with_accredited_organisation` (`None`: not known).
    pub fn set_it_specialist_with_accredited_organisation(&mut self, value: Option<bool>) {
        Flag::put(
            Self::IT_SPECIALIST_WITH_ACCREDITED_ORGANISATION,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `it_specialist_with_accredited_organisation` given, for facts built in one expression.
    #[must_use]
    pub fn with_it_specialist_with_accredited_organisation(mut self, value: bool) -> Self {
        self.set_it_specialist_with_accredited_organisation(Some(value));
        self
    }

    /// Have you made investments in the Russian Federation that meet the criteria set by the Government of the Russian Federation?
    #[must_use]
    pub fn investor_meeting_government_criteria(&self) -> Option<bool> {
        Flag::get(
            Self::INVESTOR_MEETING_GOVERNMENT_CRITERIA,
            &self.known,
            &self.yes,
        )
    }

    /// Sets `investor_meeting_government_criteria` (`None`: not known).
    pub fn set_investor_meeting_government_criteria(&mut self, value: Option<bool>) {
        Flag::put(
            Self::INVESTOR_MEETING_GOVERNMENT_CRITERIA,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `investor_meeting_government_criteria` given, for facts built in one expression.
    #[must_use]
    pub fn with_investor_meeting_government_criteria(mut self, value: bool) -> Self {
        self.set_investor_meeting_government_criteria(Some(value));
        self
    }

    /// Are you moving to the Russian Federation for permanent residence under an international treaty of the Russian Federation on resettlement and the protection of the rights of migrants?
    #[must_use]
    pub fn resettling_under_international_treaty(&self) -> Option<bool> {
        Flag::get(
            Self::RESETTLING_UNDER_INTERNATIONAL_TREATY,
            &self.known,
            &self.yes,
        )
    }

    /// Sets `resettling_under_international_treaty` (`None`: not known).
    pub fn set_resettling_under_international_treaty(&mut self, value: Option<bool>) {
        Flag::put(
            Self::RESETTLING_UNDER_INTERNATIONAL_TREATY,
            &mut self.known,
            &mut self.yes,
            value,
        );
    }

    /// These facts with `resettling_under_international_treaty` given, for facts built in one expression.
    #[must_use]
    pub fn with_resettling_under_international_treaty(mut self, value: bool) -> Self {
        self.set_resettling_under_international_treaty(Some(value));
        self
    }

    /// The date of the event \"The date of adoption (acceptance) of the application\": the day the application was accepted, which the query\'s acceptance date also gives.
    #[must_use]
    pub fn application_accepted(&self) -> Option<Date> {
        self.application_accepted
    }

    /// Sets `application_accepted` (`None`: not known).
    pub fn set_application_accepted(&mut self, value: Option<Date>) {
        self.application_accepted = value;
    }

    /// These facts with `application_accepted` given, for facts built in one expression.
    #[must_use]
    pub fn with_application_accepted(mut self, value: Date) -> Self {
        self.set_application_accepted(Some(value));
        self
    }

    /// The date of the event \"The date of registration of the written address (written request) of the applicant\".
    #[must_use]
    pub fn written_address_registered(&self) -> Option<Date> {
        self.written_address_registered
    }

    /// Sets `written_address_registered` (`None`: not known).
    pub fn set_written_address_registered(&mut self, value: Option<Date>) {
        self.written_address_registered = value;
    }

    /// These facts with `written_address_registered` given, for facts built in one expression.
    #[must_use]
    pub fn with_written_address_registered(mut self, value: Date) -> Self {
        self.set_written_address_registered(Some(value));
        self
    }
}

impl std::fmt::Debug for Facts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut out = f.debug_struct("Facts");
        out.field("status", &self.status());
        out.field("application", &self.application());
        out.field("age", &self.age());
        out.field("incapacitated", &self.incapacitated());
        out.field("limited_capacity", &self.limited_capacity());
        out.field("citizenship", &self.citizenship());
        out.field(
            "temporary_residence_eight_months",
            &self.temporary_residence_eight_months(),
        );
        out.field("born_in_rsfsr_territory", &self.born_in_rsfsr_territory());
        out.field("was_ussr_citizen", &self.was_ussr_citizen());
        out.field(
            "lives_permanently_in_russia",
            &self.lives_permanently_in_russia(),
        );
        out.field(
            "parent_of_minor_or_incapacitated_foreign_citizen",
            &self.parent_of_minor_or_incapacitated_foreign_citizen(),
        );
        out.field(
            "parent_of_minor_or_incapacitated_receiving_permit_together",
            &self.parent_of_minor_or_incapacitated_receiving_permit_together(),
        );
        out.field(
            "russian_citizen_parent_or_child",
            &self.russian_citizen_parent_or_child(),
        );
        out.field(
            "recognised_native_speaker",
            &self.recognised_native_speaker(),
        );
        out.field(
            "deported_from_crimean_assr_or_ascendant_deported",
            &self.deported_from_crimean_assr_or_ascendant_deported(),
        );
        out.field(
            "descendant_or_spouse_of_deported_person",
            &self.descendant_or_spouse_of_deported_person(),
        );
        out.field(
            "works_as_highly_qualified_specialist",
            &self.works_as_highly_qualified_specialist(),
        );
        out.field("family_member_of", &self.family_member_of());
        out.field("family_relation", &self.family_relation());
        out.field(
            "qualified_specialist_six_months",
            &self.qualified_specialist_six_months(),
        );
        out.field(
            "higher_education_with_honours_in_russia",
            &self.higher_education_with_honours_in_russia(),
        );
        out.field("lives_in_russia", &self.lives_in_russia());
        out.field(
            "russian_citizenship_terminated",
            &self.russian_citizenship_terminated(),
        );
        out.field(
            "citizenship_acquisition_cancelled",
            &self.citizenship_acquisition_cancelled(),
        );
        out.field(
            "cancelled_for_listed_crimes",
            &self.cancelled_for_listed_crimes(),
        );
        out.field(
            "person_under_article_41_1",
            &self.person_under_article_41_1(),
        );
        out.field(
            "covered_by_union_state_agreement",
            &self.covered_by_union_state_agreement(),
        );
        out.field("granted_political_asylum", &self.granted_political_asylum());
        out.field("holds_residence_permit", &self.holds_residence_permit());
        out.field("reached_age_14_20_or_45", &self.reached_age_14_20_or_45());
        out.field("personal_data_changed", &self.personal_data_changed());
        out.field("sex_changed", &self.sex_changed());
        out.field("permit_unfit_for_use", &self.permit_unfit_for_use());
        out.field("permit_record_error", &self.permit_record_error());
        out.field("permit_validity_ending", &self.permit_validity_ending());
        out.field(
            "permit_issued_to_highly_qualified_specialist_or_family",
            &self.permit_issued_to_highly_qualified_specialist_or_family(),
        );
        out.field("permit_received", &self.permit_received());
        out.field(
            "country_of_opportunities_finalist_or_winner",
            &self.country_of_opportunities_finalist_or_winner(),
        );
        out.field(
            "it_specialist_with_accredited_organisation",
            &self.it_specialist_with_accredited_organisation(),
        );
        out.field(
            "investor_meeting_government_criteria",
            &self.investor_meeting_government_criteria(),
        );
        out.field(
            "resettling_under_international_treaty",
            &self.resettling_under_international_treaty(),
        );
        out.field("application_accepted", &self.application_accepted());
        out.field(
            "written_address_registered",
            &self.written_address_registered(),
        );
        out.finish()
    }
}

/// [`Facts`] as JSON: a field per fact, those not known left out.
#[cfg(feature = "serde")]
#[derive(Default, serde::Serialize, serde::Deserialize)]
#[serde(rename = "Facts", default, deny_unknown_fields)]
struct Wire {
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<Status>,
    #[serde(skip_serializing_if = "Option::is_none")]
    application: Option<Application>,
    #[serde(skip_serializing_if = "Option::is_none")]
    age: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    incapacitated: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limited_capacity: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    citizenship: Option<Citizenships>,
    #[serde(skip_serializing_if = "Option::is_none")]
    temporary_residence_eight_months: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    born_in_rsfsr_territory: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    was_ussr_citizen: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lives_permanently_in_russia: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    parent_of_minor_or_incapacitated_foreign_citizen: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    parent_of_minor_or_incapacitated_receiving_permit_together: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    russian_citizen_parent_or_child: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    recognised_native_speaker: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    deported_from_crimean_assr_or_ascendant_deported: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    descendant_or_spouse_of_deported_person: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    works_as_highly_qualified_specialist: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    family_member_of: Option<FamilyPrincipals>,
    #[serde(skip_serializing_if = "Option::is_none")]
    family_relation: Option<FamilyRelations>,
    #[serde(skip_serializing_if = "Option::is_none")]
    qualified_specialist_six_months: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    higher_education_with_honours_in_russia: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lives_in_russia: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    russian_citizenship_terminated: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    citizenship_acquisition_cancelled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cancelled_for_listed_crimes: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    person_under_article_41_1: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    covered_by_union_state_agreement: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    granted_political_asylum: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    holds_residence_permit: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reached_age_14_20_or_45: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    personal_data_changed: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sex_changed: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    permit_unfit_for_use: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    permit_record_error: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    permit_validity_ending: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    permit_issued_to_highly_qualified_specialist_or_family: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    permit_received: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    country_of_opportunities_finalist_or_winner: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    it_specialist_with_accredited_organisation: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    investor_meeting_government_criteria: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    resettling_under_international_treaty: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    application_accepted: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    written_address_registered: Option<Date>,
}

#[cfg(feature = "serde")]
impl From<Wire> for Facts {
    fn from(wire: Wire) -> Facts {
        let mut facts = Facts::default();
        facts.set_status(wire.status);
        facts.set_application(wire.application);
        facts.set_age(wire.age);
        facts.set_incapacitated(wire.incapacitated);
        facts.set_limited_capacity(wire.limited_capacity);
        facts.set_citizenship(wire.citizenship);
        facts.set_temporary_residence_eight_months(wire.temporary_residence_eight_months);
        facts.set_born_in_rsfsr_territory(wire.born_in_rsfsr_territory);
        facts.set_was_ussr_citizen(wire.was_ussr_citizen);
        facts.set_lives_permanently_in_russia(wire.lives_permanently_in_russia);
        facts.set_parent_of_minor_or_incapacitated_foreign_citizen(
            wire.parent_of_minor_or_incapacitated_foreign_citizen,
        );
        facts.set_parent_of_minor_or_incapacitated_receiving_permit_together(
            wire.parent_of_minor_or_incapacitated_receiving_permit_together,
        );
        facts.set_russian_citizen_parent_or_child(wire.russian_citizen_parent_or_child);
        facts.set_recognised_native_speaker(wire.recognised_native_speaker);
        facts.set_deported_from_crimean_assr_or_ascendant_deported(
            wire.deported_from_crimean_assr_or_ascendant_deported,
        );
        facts.set_descendant_or_spouse_of_deported_person(
            wire.descendant_or_spouse_of_deported_person,
        );
        facts.set_works_as_highly_qualified_specialist(wire.works_as_highly_qualified_specialist);
        facts.set_family_member_of(wire.family_member_of);
        facts.set_family_relation(wire.family_relation);
        facts.set_qualified_specialist_six_months(wire.qualified_specialist_six_months);
        facts.set_higher_education_with_honours_in_russia(
            wire.higher_education_with_honours_in_russia,
        );
        facts.set_lives_in_russia(wire.lives_in_russia);
        facts.set_russian_citizenship_terminated(wire.russian_citizenship_terminated);
        facts.set_citizenship_acquisition_cancelled(wire.citizenship_acquisition_cancelled);
        facts.set_cancelled_for_listed_crimes(wire.cancelled_for_listed_crimes);
        facts.set_person_under_article_41_1(wire.person_under_article_41_1);
        facts.set_covered_by_union_state_agreement(wire.covered_by_union_state_agreement);
        facts.set_granted_political_asylum(wire.granted_political_asylum);
        facts.set_holds_residence_permit(wire.holds_residence_permit);
        facts.set_reached_age_14_20_or_45(wire.reached_age_14_20_or_45);
        facts.set_personal_data_changed(wire.personal_data_changed);
        facts.set_sex_changed(wire.sex_changed);
        facts.set_permit_unfit_for_use(wire.permit_unfit_for_use);
        facts.set_permit_record_error(wire.permit_record_error);
        facts.set_permit_validity_ending(wire.permit_validity_ending);
        facts.set_permit_issued_to_highly_qualified_specialist_or_family(
            wire.permit_issued_to_highly_qualified_specialist_or_family,
        );
        facts.set_permit_received(wire.permit_received);
        facts.set_country_of_opportunities_finalist_or_winner(
            wire.country_of_opportunities_finalist_or_winner,
        );
        facts.set_it_specialist_with_accredited_organisation(
            wire.it_specialist_with_accredited_organisation,
        );
        facts.set_investor_meeting_government_criteria(wire.investor_meeting_government_criteria);
        facts.set_resettling_under_international_treaty(wire.resettling_under_international_treaty);
        facts.set_application_accepted(wire.application_accepted);
        facts.set_written_address_registered(wire.written_address_registered);
        facts
    }
}

#[cfg(feature = "serde")]
impl From<Facts> for Wire {
    fn from(facts: Facts) -> Wire {
        Wire {
            status: Facts::status(&facts),
            application: Facts::application(&facts),
            age: Facts::age(&facts),
            incapacitated: Facts::incapacitated(&facts),
            limited_capacity: Facts::limited_capacity(&facts),
            citizenship: Facts::citizenship(&facts),
            temporary_residence_eight_months: Facts::temporary_residence_eight_months(&facts),
            born_in_rsfsr_territory: Facts::born_in_rsfsr_territory(&facts),
            was_ussr_citizen: Facts::was_ussr_citizen(&facts),
            lives_permanently_in_russia: Facts::lives_permanently_in_russia(&facts),
            parent_of_minor_or_incapacitated_foreign_citizen:
                Facts::parent_of_minor_or_incapacitated_foreign_citizen(&facts),
            parent_of_minor_or_incapacitated_receiving_permit_together:
                Facts::parent_of_minor_or_incapacitated_receiving_permit_together(&facts),
            russian_citizen_parent_or_child: Facts::russian_citizen_parent_or_child(&facts),
            recognised_native_speaker: Facts::recognised_native_speaker(&facts),
            deported_from_crimean_assr_or_ascendant_deported:
                Facts::deported_from_crimean_assr_or_ascendant_deported(&facts),
            descendant_or_spouse_of_deported_person: Facts::descendant_or_spouse_of_deported_person(
                &facts,
            ),
            works_as_highly_qualified_specialist: Facts::works_as_highly_qualified_specialist(
                &facts,
            ),
            family_member_of: Facts::family_member_of(&facts),
            family_relation: Facts::family_relation(&facts),
            qualified_specialist_six_months: Facts::qualified_specialist_six_months(&facts),
            higher_education_with_honours_in_russia: Facts::higher_education_with_honours_in_russia(
                &facts,
            ),
            lives_in_russia: Facts::lives_in_russia(&facts),
            russian_citizenship_terminated: Facts::russian_citizenship_terminated(&facts),
            citizenship_acquisition_cancelled: Facts::citizenship_acquisition_cancelled(&facts),
            cancelled_for_listed_crimes: Facts::cancelled_for_listed_crimes(&facts),
            person_under_article_41_1: Facts::person_under_article_41_1(&facts),
            covered_by_union_state_agreement: Facts::covered_by_union_state_agreement(&facts),
            granted_political_asylum: Facts::granted_political_asylum(&facts),
            holds_residence_permit: Facts::holds_residence_permit(&facts),
            reached_age_14_20_or_45: Facts::reached_age_14_20_or_45(&facts),
            personal_data_changed: Facts::personal_data_changed(&facts),
            sex_changed: Facts::sex_changed(&facts),
            permit_unfit_for_use: Facts::permit_unfit_for_use(&facts),
            permit_record_error: Facts::permit_record_error(&facts),
            permit_validity_ending: Facts::permit_validity_ending(&facts),
            permit_issued_to_highly_qualified_specialist_or_family:
                Facts::permit_issued_to_highly_qualified_specialist_or_family(&facts),
            permit_received: Facts::permit_received(&facts),
            country_of_opportunities_finalist_or_winner:
                Facts::country_of_opportunities_finalist_or_winner(&facts),
            it_specialist_with_accredited_organisation:
                Facts::it_specialist_with_accredited_organisation(&facts),
            investor_meeting_government_criteria: Facts::investor_meeting_government_criteria(
                &facts,
            ),
            resettling_under_international_treaty: Facts::resettling_under_international_treaty(
                &facts,
            ),
            application_accepted: Facts::application_accepted(&facts),
            written_address_registered: Facts::written_address_registered(&facts),
        }
    }
}

/// `facts` with `date` as the date of `event`.
pub(crate) fn dated(facts: &Facts, event: Event, date: Date) -> Facts {
    let mut facts = *facts;
    match event {
        Event::ApplicationAccepted => facts.set_application_accepted(Some(date)),
        Event::WrittenAddressRegistered => facts.set_written_address_registered(Some(date)),
    }
    facts
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
        let mut facts = Facts::default();
        facts.set_status(at(self.status, i));
        facts.set_application(at(self.application, i));
        facts.set_age(at(self.age, i));
        facts.set_incapacitated(at(self.incapacitated, i));
        facts.set_limited_capacity(at(self.limited_capacity, i));
        facts.set_citizenship(at(self.citizenship, i));
        facts.set_temporary_residence_eight_months(at(self.temporary_residence_eight_months, i));
        facts.set_born_in_rsfsr_territory(at(self.born_in_rsfsr_territory, i));
        facts.set_was_ussr_citizen(at(self.was_ussr_citizen, i));
        facts.set_lives_permanently_in_russia(at(self.lives_permanently_in_russia, i));
        facts.set_parent_of_minor_or_incapacitated_foreign_citizen(at(
            self.parent_of_minor_or_incapacitated_foreign_citizen,
            i,
        ));
        facts.set_parent_of_minor_or_incapacitated_receiving_permit_together(at(
            self.parent_of_minor_or_incapacitated_receiving_permit_together,
            i,
        ));
        facts.set_russian_citizen_parent_or_child(at(self.russian_citizen_parent_or_child, i));
        facts.set_recognised_native_speaker(at(self.recognised_native_speaker, i));
        facts.set_deported_from_crimean_assr_or_ascendant_deported(at(
            self.deported_from_crimean_assr_or_ascendant_deported,
            i,
        ));
        facts.set_descendant_or_spouse_of_deported_person(at(
            self.descendant_or_spouse_of_deported_person,
            i,
        ));
        facts.set_works_as_highly_qualified_specialist(at(
            self.works_as_highly_qualified_specialist,
            i,
        ));
        facts.set_family_member_of(at(self.family_member_of, i));
        facts.set_family_relation(at(self.family_relation, i));
        facts.set_qualified_specialist_six_months(at(self.qualified_specialist_six_months, i));
        facts.set_higher_education_with_honours_in_russia(at(
            self.higher_education_with_honours_in_russia,
            i,
        ));
        facts.set_lives_in_russia(at(self.lives_in_russia, i));
        facts.set_russian_citizenship_terminated(at(self.russian_citizenship_terminated, i));
        facts.set_citizenship_acquisition_cancelled(at(self.citizenship_acquisition_cancelled, i));
        facts.set_cancelled_for_listed_crimes(at(self.cancelled_for_listed_crimes, i));
        facts.set_person_under_article_41_1(at(self.person_under_article_41_1, i));
        facts.set_covered_by_union_state_agreement(at(self.covered_by_union_state_agreement, i));
        facts.set_granted_political_asylum(at(self.granted_political_asylum, i));
        facts.set_holds_residence_permit(at(self.holds_residence_permit, i));
        facts.set_reached_age_14_20_or_45(at(self.reached_age_14_20_or_45, i));
        facts.set_personal_data_changed(at(self.personal_data_changed, i));
        facts.set_sex_changed(at(self.sex_changed, i));
        facts.set_permit_unfit_for_use(at(self.permit_unfit_for_use, i));
        facts.set_permit_record_error(at(self.permit_record_error, i));
        facts.set_permit_validity_ending(at(self.permit_validity_ending, i));
        facts.set_permit_issued_to_highly_qualified_specialist_or_family(at(
            self.permit_issued_to_highly_qualified_specialist_or_family,
            i,
        ));
        facts.set_permit_received(at(self.permit_received, i));
        facts.set_country_of_opportunities_finalist_or_winner(at(
            self.country_of_opportunities_finalist_or_winner,
            i,
        ));
        facts.set_it_specialist_with_accredited_organisation(at(
            self.it_specialist_with_accredited_organisation,
            i,
        ));
        facts.set_investor_meeting_government_criteria(at(
            self.investor_meeting_government_criteria,
            i,
        ));
        facts.set_resettling_under_international_treaty(at(
            self.resettling_under_international_treaty,
            i,
        ));
        facts.set_application_accepted(at(self.application_accepted, i));
        facts.set_written_address_registered(at(self.written_address_registered, i));
        facts
    }

    /// Rows `start..start + out.len()` into `out` (each fact not known where
    /// its column is), column by column: what `decide_columns` reads, each
    /// column's kind matched once a chunk of rows rather than once a row.
    pub(crate) fn rows(&self, start: usize, out: &mut [Facts]) {
        out.fill(Facts::default());
        fill(self.status, start, out, Facts::set_status);
        fill(self.application, start, out, Facts::set_application);
        fill(self.age, start, out, Facts::set_age);
        fill_flag(self.incapacitated, start, out, Facts::INCAPACITATED);
        fill_flag(self.limited_capacity, start, out, Facts::LIMITED_CAPACITY);
        fill(self.citizenship, start, out, Facts::set_citizenship);
        fill_flag(
            self.temporary_residence_eight_months,
            start,
            out,
            Facts::TEMPORARY_RESIDENCE_EIGHT_MONTHS,
        );
        fill_flag(
            self.born_in_rsfsr_territory,
            start,
            out,
            Facts::BORN_IN_RSFSR_TERRITORY,
        );
        fill_flag(self.was_ussr_citizen, start, out, Facts::WAS_USSR_CITIZEN);
        fill_flag(
            self.lives_permanently_in_russia,
            start,
            out,
            Facts::LIVES_PERMANENTLY_IN_RUSSIA,
        );
        fill_flag(
            self.parent_of_minor_or_incapacitated_foreign_citizen,
            start,
            out,
            Facts::PARENT_OF_MINOR_OR_INCAPACITATED_FOREIGN_CITIZEN,
        );
        fill_flag(
            self.parent_of_minor_or_incapacitated_receiving_permit_together,
            start,
            out,
            Facts::PARENT_OF_MINOR_OR_INCAPACITATED_RECEIVING_PERMIT_TOGETHER,
        );
        fill_flag(
            self.russian_citizen_parent_or_child,
            start,
            out,
            Facts::RUSSIAN_CITIZEN_PARENT_OR_CHILD,
        );
        fill_flag(
            self.recognised_native_speaker,
            start,
            out,
            Facts::RECOGNISED_NATIVE_SPEAKER,
        );
        fill_flag(
            self.deported_from_crimean_assr_or_ascendant_deported,
            start,
            out,
            Facts::DEPORTED_FROM_CRIMEAN_ASSR_OR_ASCENDANT_DEPORTED,
        );
        fill_flag(
            self.descendant_or_spouse_of_deported_person,
            start,
            out,
            Facts::DESCENDANT_OR_SPOUSE_OF_DEPORTED_PERSON,
        );
        fill_flag(
            self.works_as_highly_qualified_specialist,
            start,
            out,
            Facts::WORKS_AS_HIGHLY_QUALIFIED_SPECIALIST,
        );
        fill(
            self.family_member_of,
            start,
            out,
            Facts::set_family_member_of,
        );
        fill(self.family_relation, start, out, Facts::set_family_relation);
        fill_flag(
            self.qualified_specialist_six_months,
            start,
            out,
            Facts::QUALIFIED_SPECIALIST_SIX_MONTHS,
        );
        fill_flag(
            self.higher_education_with_honours_in_russia,
            start,
            out,
            Facts::HIGHER_EDUCATION_WITH_HONOURS_IN_RUSSIA,
        );
        fill_flag(self.lives_in_russia, start, out, Facts::LIVES_IN_RUSSIA);
        fill_flag(
            self.russian_citizenship_terminated,
            start,
            out,
            Facts::RUSSIAN_CITIZENSHIP_TERMINATED,
        );
        fill_flag(
            self.citizenship_acquisition_cancelled,
            start,
            out,
            Facts::CITIZENSHIP_ACQUISITION_CANCELLED,
        );
        fill_flag(
            self.cancelled_for_listed_crimes,
            start,
            out,
            Facts::CANCELLED_FOR_LISTED_CRIMES,
        );
        fill_flag(
            self.person_under_article_41_1,
            start,
            out,
            Facts::PERSON_UNDER_ARTICLE_41_1,
        );
        fill_flag(
            self.covered_by_union_state_agreement,
            start,
            out,
            Facts::COVERED_BY_UNION_STATE_AGREEMENT,
        );
        fill_flag(
            self.granted_political_asylum,
            start,
            out,
            Facts::GRANTED_POLITICAL_ASYLUM,
        );
        fill_flag(
            self.holds_residence_permit,
            start,
            out,
            Facts::HOLDS_RESIDENCE_PERMIT,
        );
        fill_flag(
            self.reached_age_14_20_or_45,
            start,
            out,
            Facts::REACHED_AGE_14_20_OR_45,
        );
        fill_flag(
            self.personal_data_changed,
            start,
            out,
            Facts::PERSONAL_DATA_CHANGED,
        );
        fill_flag(self.sex_changed, start, out, Facts::SEX_CHANGED);
        fill_flag(
            self.permit_unfit_for_use,
            start,
            out,
            Facts::PERMIT_UNFIT_FOR_USE,
        );
        fill_flag(
            self.permit_record_error,
            start,
            out,
            Facts::PERMIT_RECORD_ERROR,
        );
        fill_flag(
            self.permit_validity_ending,
            start,
            out,
            Facts::PERMIT_VALIDITY_ENDING,
        );
        fill_flag(
            self.permit_issued_to_highly_qualified_specialist_or_family,
            start,
            out,
            Facts::PERMIT_ISSUED_TO_HIGHLY_QUALIFIED_SPECIALIST_OR_FAMILY,
        );
        fill(self.permit_received, start, out, Facts::set_permit_received);
        fill_flag(
            self.country_of_opportunities_finalist_or_winner,
            start,
            out,
            Facts::COUNTRY_OF_OPPORTUNITIES_FINALIST_OR_WINNER,
        );
        fill_flag(
            self.it_specialist_with_accredited_organisation,
            start,
            out,
            Facts::IT_SPECIALIST_WITH_ACCREDITED_ORGANISATION,
        );
        fill_flag(
            self.investor_meeting_government_criteria,
            start,
            out,
            Facts::INVESTOR_MEETING_GOVERNMENT_CRITERIA,
        );
        fill_flag(
            self.resettling_under_international_treaty,
            start,
            out,
            Facts::RESETTLING_UNDER_INTERNATIONAL_TREATY,
        );
        fill(
            self.application_accepted,
            start,
            out,
            Facts::set_application_accepted,
        );
        fill(
            self.written_address_registered,
            start,
            out,
            Facts::set_written_address_registered,
        );
    }
}
