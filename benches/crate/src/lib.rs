//! Seeded applicants for Order 417's rules crate, for the benchmarks.
//!
//! A made-up applicant answers each yes/no question "yes" one time in ten
//! (most people are in one or two categories, not in half of them), has an
//! age from 0 to 89, a status, a kind of application and a citizenship
//! drawn evenly; `unknown` percent of the facts are left unknown.

use residence_permit::{
    Answer, Application, Citizenships, Date, Decision, Facts, FamilyPrincipals, FamilyRelations,
    Status,
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
    macro_rules! yes_no {
        ($($field:ident),* $(,)?) => {
            $( facts.$field = given!(rng.below(10) == 0); )*
        };
    }
    facts.status = given!(rng.pick(&Status::ALL));
    facts.application = given!(rng.pick(&Application::ALL));
    facts.age = given!(rng.below(90) as u32);
    facts.citizenship = given!(rng.pick(&Citizenships::ALL));
    facts.family_member_of = given!(rng.pick(&FamilyPrincipals::ALL));
    facts.family_relation = given!(rng.pick(&FamilyRelations::ALL));
    let received = Date::new(
        2018 + rng.below(7) as i16,
        1 + rng.below(12) as i8,
        1 + rng.below(28) as i8,
    );
    facts.permit_received = given!(received.ok()).flatten();
    yes_no!(
        incapacitated,
        limited_capacity,
        temporary_residence_eight_months,
        born_in_rsfsr_territory,
        was_ussr_citizen,
        lives_permanently_in_russia,
        parent_of_minor_or_incapacitated_foreign_citizen,
        parent_of_minor_or_incapacitated_receiving_permit_together,
        russian_citizen_parent_or_child,
        recognised_native_speaker,
        deported_from_crimean_assr_or_ascendant_deported,
        descendant_or_spouse_of_deported_person,
        works_as_highly_qualified_specialist,
        qualified_specialist_six_months,
        higher_education_with_honours_in_russia,
        lives_in_russia,
        russian_citizenship_terminated,
        citizenship_acquisition_cancelled,
        cancelled_for_listed_crimes,
        person_under_article_41_1,
        covered_by_union_state_agreement,
        granted_political_asylum,
        holds_residence_permit,
        reached_age_14_20_or_45,
        personal_data_changed,
        sex_changed,
        permit_unfit_for_use,
        permit_record_error,
        permit_validity_ending,
        permit_issued_to_highly_qualified_specialist_or_family,
        country_of_opportunities_finalist_or_winner,
        it_specialist_with_accredited_organisation,
        investor_meeting_government_criteria,
        resettling_under_international_treaty,
    );
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
