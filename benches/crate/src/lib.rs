//! Seeded applicants for Order 417's rules crate, for the benchmarks.
//!
//! A made-up applicant answers each yes/no question "yes" one time in ten
//! (most people are in one or two categories, not in half of them), has an
//! age from 0 to 89, a status, a kind of application and a citizenship
//! drawn evenly; `unknown` percent of the facts are left unknown.

use residence_permit::{
    Answer, Application, BoolColumn, Citizenships, Column, Date, DateColumn, Decision, FactColumns,
    Facts, FamilyPrincipals, FamilyRelations, Status,
};

/// A small, fast, seeded generator (xorshift64*): the same seed gives the
/// same applicants on every machine.
pub struct Rng(u64);

impl Rng {
    /// From a seed (not zero).
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<T: Copy>(&mut self, all: &[T]) -> T {
        all[self.below(all.len() as u64) as usize]
    }
}

/// `n` applicants from `seed`, with `unknown` percent of facts unknown.
pub fn applicants(seed: u64, n: usize, unknown: u64) -> Vec<Facts> {
    let mut rng = Rng::new(seed);
    (0..n).map(|_| applicant(&mut rng, unknown)).collect()
}

fn applicant(rng: &mut Rng, unknown: u64) -> Facts {
    let mut facts = Facts::default();
    macro_rules! given {
        ($value:expr) => {{
            let value = $value;
            (rng.below(100) >= unknown).then_some(value)
        }};
    }
    facts.set_status(given!(rng.pick(&Status::ALL)));
    facts.set_application(given!(rng.pick(&Application::ALL)));
    facts.set_age(given!(rng.below(90) as u32));
    facts.set_citizenship(given!(rng.pick(&Citizenships::ALL)));
    facts.set_family_member_of(given!(rng.pick(&FamilyPrincipals::ALL)));
    facts.set_family_relation(given!(rng.pick(&FamilyRelations::ALL)));
    let received = Date::new(
        2018 + rng.below(7) as i16,
        1 + rng.below(12) as i8,
        1 + rng.below(28) as i8,
    );
    facts.set_permit_received(given!(received.ok()).flatten());
    facts.set_incapacitated(given!(rng.below(10) == 0));
    facts.set_limited_capacity(given!(rng.below(10) == 0));
    facts.set_temporary_residence_eight_months(given!(rng.below(10) == 0));
    facts.set_born_in_rsfsr_territory(given!(rng.below(10) == 0));
    facts.set_was_ussr_citizen(given!(rng.below(10) == 0));
    facts.set_lives_permanently_in_russia(given!(rng.below(10) == 0));
    facts.set_parent_of_minor_or_incapacitated_foreign_citizen(given!(rng.below(10) == 0));
    facts
        .set_parent_of_minor_or_incapacitated_receiving_permit_together(given!(rng.below(10) == 0));
    facts.set_russian_citizen_parent_or_child(given!(rng.below(10) == 0));
    facts.set_recognised_native_speaker(given!(rng.below(10) == 0));
    facts.set_deported_from_crimean_assr_or_ascendant_deported(given!(rng.below(10) == 0));
    facts.set_descendant_or_spouse_of_deported_person(given!(rng.below(10) == 0));
    facts.set_works_as_highly_qualified_specialist(given!(rng.below(10) == 0));
    facts.set_qualified_specialist_six_months(given!(rng.below(10) == 0));
    facts.set_higher_education_with_honours_in_russia(given!(rng.below(10) == 0));
    facts.set_lives_in_russia(given!(rng.below(10) == 0));
    facts.set_russian_citizenship_terminated(given!(rng.below(10) == 0));
    facts.set_citizenship_acquisition_cancelled(given!(rng.below(10) == 0));
    facts.set_cancelled_for_listed_crimes(given!(rng.below(10) == 0));
    facts.set_person_under_article_41_1(given!(rng.below(10) == 0));
    facts.set_covered_by_union_state_agreement(given!(rng.below(10) == 0));
    facts.set_granted_political_asylum(given!(rng.below(10) == 0));
    facts.set_holds_residence_permit(given!(rng.below(10) == 0));
    facts.set_reached_age_14_20_or_45(given!(rng.below(10) == 0));
    facts.set_personal_data_changed(given!(rng.below(10) == 0));
    facts.set_sex_changed(given!(rng.below(10) == 0));
    facts.set_permit_unfit_for_use(given!(rng.below(10) == 0));
    facts.set_permit_record_error(given!(rng.below(10) == 0));
    facts.set_permit_validity_ending(given!(rng.below(10) == 0));
    facts.set_permit_issued_to_highly_qualified_specialist_or_family(given!(rng.below(10) == 0));
    facts.set_country_of_opportunities_finalist_or_winner(given!(rng.below(10) == 0));
    facts.set_it_specialist_with_accredited_organisation(given!(rng.below(10) == 0));
    facts.set_investor_meeting_government_criteria(given!(rng.below(10) == 0));
    facts.set_resettling_under_international_treaty(given!(rng.below(10) == 0));
    facts
}

/// The full decision's answers, each worked out and folded into a number
/// so that nothing is optimised away.
pub fn full(d: &Decision) -> u64 {
    let mut n = d.categories.len() as u64 + u64::from(d.representative);
    for c in d.applying() {
        n += c.grounds.len() as u64;
        if let Answer::Known(Some(term)) = c.term {
            n += term.term as u64;
            if let Some(day) = term.ends() {
                n += day.day() as u64;
            }
        }
        n += u64::from(matches!(c.representative, Answer::Known(Some(_))));
    }
    for r in d.required() {
        n += u64::from(r.copies.known().copied().unwrap_or(0));
        n += u64::from(r.count.known().copied().unwrap_or(0));
    }
    n
}

/// And every list of facts an answer still needs.
pub fn with_needs(d: &Decision) -> u64 {
    let mut n = full(d);
    for c in d.applying() {
        n += (c.term.needs().len() + c.representative.needs().len()) as u64;
    }
    for c in d.undetermined {
        n += d.category_needs(c).len() as u64;
    }
    for r in d.required() {
        n += (r.copies.needs().len() + r.count.needs().len()) as u64;
    }
    for doc in d.undetermined_documents {
        n += d.document_needs(doc).len() as u64;
    }
    n + d.application_term().needs().len() as u64 + d.representative_needs().len() as u64
}

/// The applicants as columns, one `Vec` per fact, as a data engine holds
/// a batch; [`Columns::view`] is what `decide_columns` reads.
pub struct Columns {
    status: Vec<Option<Status>>,
    application: Vec<Option<Application>>,
    age: Vec<Option<u32>>,
    citizenship: Vec<Option<Citizenships>>,
    family_member_of: Vec<Option<FamilyPrincipals>>,
    family_relation: Vec<Option<FamilyRelations>>,
    permit_received: Vec<Option<Date>>,
    incapacitated: Vec<Option<bool>>,
    limited_capacity: Vec<Option<bool>>,
    temporary_residence_eight_months: Vec<Option<bool>>,
    born_in_rsfsr_territory: Vec<Option<bool>>,
    was_ussr_citizen: Vec<Option<bool>>,
    lives_permanently_in_russia: Vec<Option<bool>>,
    parent_of_minor_or_incapacitated_foreign_citizen: Vec<Option<bool>>,
    parent_of_minor_or_incapacitated_receiving_permit_together: Vec<Option<bool>>,
    russian_citizen_parent_or_child: Vec<Option<bool>>,
    recognised_native_speaker: Vec<Option<bool>>,
    deported_from_crimean_assr_or_ascendant_deported: Vec<Option<bool>>,
    descendant_or_spouse_of_deported_person: Vec<Option<bool>>,
    works_as_highly_qualified_specialist: Vec<Option<bool>>,
    qualified_specialist_six_months: Vec<Option<bool>>,
    higher_education_with_honours_in_russia: Vec<Option<bool>>,
    lives_in_russia: Vec<Option<bool>>,
    russian_citizenship_terminated: Vec<Option<bool>>,
    citizenship_acquisition_cancelled: Vec<Option<bool>>,
    cancelled_for_listed_crimes: Vec<Option<bool>>,
    person_under_article_41_1: Vec<Option<bool>>,
    covered_by_union_state_agreement: Vec<Option<bool>>,
    granted_political_asylum: Vec<Option<bool>>,
    holds_residence_permit: Vec<Option<bool>>,
    reached_age_14_20_or_45: Vec<Option<bool>>,
    personal_data_changed: Vec<Option<bool>>,
    sex_changed: Vec<Option<bool>>,
    permit_unfit_for_use: Vec<Option<bool>>,
    permit_record_error: Vec<Option<bool>>,
    permit_validity_ending: Vec<Option<bool>>,
    permit_issued_to_highly_qualified_specialist_or_family: Vec<Option<bool>>,
    country_of_opportunities_finalist_or_winner: Vec<Option<bool>>,
    it_specialist_with_accredited_organisation: Vec<Option<bool>>,
    investor_meeting_government_criteria: Vec<Option<bool>>,
    resettling_under_international_treaty: Vec<Option<bool>>,
}

impl Columns {
    /// The facts of `facts`, column by column.
    pub fn of(facts: &[Facts]) -> Columns {
        Columns {
            status: facts.iter().map(|x| x.status()).collect(),
            application: facts.iter().map(|x| x.application()).collect(),
            age: facts.iter().map(|x| x.age()).collect(),
            citizenship: facts.iter().map(|x| x.citizenship()).collect(),
            family_member_of: facts.iter().map(|x| x.family_member_of()).collect(),
            family_relation: facts.iter().map(|x| x.family_relation()).collect(),
            permit_received: facts.iter().map(|x| x.permit_received()).collect(),
            incapacitated: facts.iter().map(|x| x.incapacitated()).collect(),
            limited_capacity: facts.iter().map(|x| x.limited_capacity()).collect(),
            temporary_residence_eight_months: facts
                .iter()
                .map(|x| x.temporary_residence_eight_months())
                .collect(),
            born_in_rsfsr_territory: facts.iter().map(|x| x.born_in_rsfsr_territory()).collect(),
            was_ussr_citizen: facts.iter().map(|x| x.was_ussr_citizen()).collect(),
            lives_permanently_in_russia: facts
                .iter()
                .map(|x| x.lives_permanently_in_russia())
                .collect(),
            parent_of_minor_or_incapacitated_foreign_citizen: facts
                .iter()
                .map(|x| x.parent_of_minor_or_incapacitated_foreign_citizen())
                .collect(),
            parent_of_minor_or_incapacitated_receiving_permit_together: facts
                .iter()
                .map(|x| x.parent_of_minor_or_incapacitated_receiving_permit_together())
                .collect(),
            russian_citizen_parent_or_child: facts
                .iter()
                .map(|x| x.russian_citizen_parent_or_child())
                .collect(),
            recognised_native_speaker: facts
                .iter()
                .map(|x| x.recognised_native_speaker())
                .collect(),
            deported_from_crimean_assr_or_ascendant_deported: facts
                .iter()
                .map(|x| x.deported_from_crimean_assr_or_ascendant_deported())
                .collect(),
            descendant_or_spouse_of_deported_person: facts
                .iter()
                .map(|x| x.descendant_or_spouse_of_deported_person())
                .collect(),
            works_as_highly_qualified_specialist: facts
                .iter()
                .map(|x| x.works_as_highly_qualified_specialist())
                .collect(),
            qualified_specialist_six_months: facts
                .iter()
                .map(|x| x.qualified_specialist_six_months())
                .collect(),
            higher_education_with_honours_in_russia: facts
                .iter()
                .map(|x| x.higher_education_with_honours_in_russia())
                .collect(),
            lives_in_russia: facts.iter().map(|x| x.lives_in_russia()).collect(),
            russian_citizenship_terminated: facts
                .iter()
                .map(|x| x.russian_citizenship_terminated())
                .collect(),
            citizenship_acquisition_cancelled: facts
                .iter()
                .map(|x| x.citizenship_acquisition_cancelled())
                .collect(),
            cancelled_for_listed_crimes: facts
                .iter()
                .map(|x| x.cancelled_for_listed_crimes())
                .collect(),
            person_under_article_41_1: facts
                .iter()
                .map(|x| x.person_under_article_41_1())
                .collect(),
            covered_by_union_state_agreement: facts
                .iter()
                .map(|x| x.covered_by_union_state_agreement())
                .collect(),
            granted_political_asylum: facts.iter().map(|x| x.granted_political_asylum()).collect(),
            holds_residence_permit: facts.iter().map(|x| x.holds_residence_permit()).collect(),
            reached_age_14_20_or_45: facts.iter().map(|x| x.reached_age_14_20_or_45()).collect(),
            personal_data_changed: facts.iter().map(|x| x.personal_data_changed()).collect(),
            sex_changed: facts.iter().map(|x| x.sex_changed()).collect(),
            permit_unfit_for_use: facts.iter().map(|x| x.permit_unfit_for_use()).collect(),
            permit_record_error: facts.iter().map(|x| x.permit_record_error()).collect(),
            permit_validity_ending: facts.iter().map(|x| x.permit_validity_ending()).collect(),
            permit_issued_to_highly_qualified_specialist_or_family: facts
                .iter()
                .map(|x| x.permit_issued_to_highly_qualified_specialist_or_family())
                .collect(),
            country_of_opportunities_finalist_or_winner: facts
                .iter()
                .map(|x| x.country_of_opportunities_finalist_or_winner())
                .collect(),
            it_specialist_with_accredited_organisation: facts
                .iter()
                .map(|x| x.it_specialist_with_accredited_organisation())
                .collect(),
            investor_meeting_government_criteria: facts
                .iter()
                .map(|x| x.investor_meeting_government_criteria())
                .collect(),
            resettling_under_international_treaty: facts
                .iter()
                .map(|x| x.resettling_under_international_treaty())
                .collect(),
        }
    }

    /// The columns as the crate takes them.
    pub fn view(&self) -> FactColumns<'_> {
        FactColumns {
            status: Column::Options(&self.status),
            application: Column::Options(&self.application),
            age: Column::Options(&self.age),
            citizenship: Column::Options(&self.citizenship),
            family_member_of: Column::Options(&self.family_member_of),
            family_relation: Column::Options(&self.family_relation),
            permit_received: DateColumn::Options(&self.permit_received),
            incapacitated: BoolColumn::Options(&self.incapacitated),
            limited_capacity: BoolColumn::Options(&self.limited_capacity),
            temporary_residence_eight_months: BoolColumn::Options(
                &self.temporary_residence_eight_months,
            ),
            born_in_rsfsr_territory: BoolColumn::Options(&self.born_in_rsfsr_territory),
            was_ussr_citizen: BoolColumn::Options(&self.was_ussr_citizen),
            lives_permanently_in_russia: BoolColumn::Options(&self.lives_permanently_in_russia),
            parent_of_minor_or_incapacitated_foreign_citizen: BoolColumn::Options(
                &self.parent_of_minor_or_incapacitated_foreign_citizen,
            ),
            parent_of_minor_or_incapacitated_receiving_permit_together: BoolColumn::Options(
                &self.parent_of_minor_or_incapacitated_receiving_permit_together,
            ),
            russian_citizen_parent_or_child: BoolColumn::Options(
                &self.russian_citizen_parent_or_child,
            ),
            recognised_native_speaker: BoolColumn::Options(&self.recognised_native_speaker),
            deported_from_crimean_assr_or_ascendant_deported: BoolColumn::Options(
                &self.deported_from_crimean_assr_or_ascendant_deported,
            ),
            descendant_or_spouse_of_deported_person: BoolColumn::Options(
                &self.descendant_or_spouse_of_deported_person,
            ),
            works_as_highly_qualified_specialist: BoolColumn::Options(
                &self.works_as_highly_qualified_specialist,
            ),
            qualified_specialist_six_months: BoolColumn::Options(
                &self.qualified_specialist_six_months,
            ),
            higher_education_with_honours_in_russia: BoolColumn::Options(
                &self.higher_education_with_honours_in_russia,
            ),
            lives_in_russia: BoolColumn::Options(&self.lives_in_russia),
            russian_citizenship_terminated: BoolColumn::Options(
                &self.russian_citizenship_terminated,
            ),
            citizenship_acquisition_cancelled: BoolColumn::Options(
                &self.citizenship_acquisition_cancelled,
            ),
            cancelled_for_listed_crimes: BoolColumn::Options(&self.cancelled_for_listed_crimes),
            person_under_article_41_1: BoolColumn::Options(&self.person_under_article_41_1),
            covered_by_union_state_agreement: BoolColumn::Options(
                &self.covered_by_union_state_agreement,
            ),
            granted_political_asylum: BoolColumn::Options(&self.granted_political_asylum),
            holds_residence_permit: BoolColumn::Options(&self.holds_residence_permit),
            reached_age_14_20_or_45: BoolColumn::Options(&self.reached_age_14_20_or_45),
            personal_data_changed: BoolColumn::Options(&self.personal_data_changed),
            sex_changed: BoolColumn::Options(&self.sex_changed),
            permit_unfit_for_use: BoolColumn::Options(&self.permit_unfit_for_use),
            permit_record_error: BoolColumn::Options(&self.permit_record_error),
            permit_validity_ending: BoolColumn::Options(&self.permit_validity_ending),
            permit_issued_to_highly_qualified_specialist_or_family: BoolColumn::Options(
                &self.permit_issued_to_highly_qualified_specialist_or_family,
            ),
            country_of_opportunities_finalist_or_winner: BoolColumn::Options(
                &self.country_of_opportunities_finalist_or_winner,
            ),
            it_specialist_with_accredited_organisation: BoolColumn::Options(
                &self.it_specialist_with_accredited_organisation,
            ),
            investor_meeting_government_criteria: BoolColumn::Options(
                &self.investor_meeting_government_criteria,
            ),
            resettling_under_international_treaty: BoolColumn::Options(
                &self.resettling_under_international_treaty,
            ),
            // The seeded applicants give no event's date: the acceptance
            // day comes from the query.
            application_accepted: DateColumn::Absent,
            written_address_registered: DateColumn::Absent,
        }
    }
}
