//! The examples kept beside the regulation in its source, as tests: each says
//! what the rules must answer for one applicant.

use residence_permit::{
    Answer, Application, Category, Citizenships, Date, Decision, Document, Duration, Facts,
    FamilyPrincipals, FamilyRelations, Query, Status, TermDecision, Unit, decide,
};

/// The term of every category that applies, or the application's own term
/// when none does, as `expect term` and `expect deadline` read them (`None`
/// where no term can be picked).
fn terms(decision: &Decision) -> Vec<Option<TermDecision>> {
    if decision.categories.is_empty() {
        let own = decision.application_term().into_known().flatten();
        return own.into_iter().map(Some).collect();
    }
    decision
        .applying()
        .map(|c| c.term.into_known().flatten())
        .collect()
}

/// `expect categories`: exactly these categories (or branches) apply.
fn assert_categories(decision: &Decision, expected: &[Category]) {
    let mut applying: Vec<Category> = decision.categories.iter().collect();
    applying.sort();
    let mut expected = expected.to_vec();
    expected.sort();
    assert_eq!(applying, expected, "{decision:#?}");
}

/// `expect term`: every category that applies (or, when none does, the
/// application) has a term of this length; `None`: one the source does not
/// state.
fn assert_term(decision: &Decision, length: Option<Duration>) {
    let terms = terms(decision);
    assert!(!terms.is_empty(), "no category applies: {decision:#?}");
    for term in terms {
        assert_eq!(
            term.as_ref().map(TermDecision::length),
            Some(length),
            "{decision:#?}"
        );
    }
}

/// `expect deadline`: every such term ends on this day.
fn assert_deadline(decision: &Decision, ends: Date) {
    let terms = terms(decision);
    assert!(!terms.is_empty(), "no category applies: {decision:#?}");
    for term in terms {
        assert_eq!(
            term.as_ref().and_then(TermDecision::ends),
            Some(ends),
            "{decision:#?}"
        );
    }
}

/// `expect documents`: exactly these documents are required.
fn assert_documents(decision: &Decision, expected: &[Document]) {
    let mut required: Vec<Document> = decision.documents.iter().collect();
    required.sort();
    let mut expected = expected.to_vec();
    expected.sort();
    assert_eq!(required, expected, "{decision:#?}");
}

/// `expect copies`: the document is required, in this number of copies.
fn assert_copies(decision: &Decision, document: Document, copies: u32) {
    let actual = decision.document(document).map(|d| d.copies);
    assert_eq!(actual, Some(Answer::Known(copies)), "{decision:#?}");
}

/// `expect count`: the document is required, with this count of items.
fn assert_count(decision: &Decision, document: Document, count: u32) {
    let actual = decision.document(document).map(|d| d.count);
    assert_eq!(actual, Some(Answer::Known(count)), "{decision:#?}");
}

/// `expect representative`: a legal representative must (or need not)
/// apply. "Cannot tell yet" is neither: it fails both.
fn assert_representative(decision: &Decision, required: bool) {
    assert!(decision.representative_needs().is_empty(), "{decision:#?}");
    assert_eq!(decision.representative, required, "{decision:#?}");
}

/// A term in months.
const fn months(amount: u32) -> Duration {
    Duration {
        amount,
        unit: Unit::Months,
    }
}

/// A term in working days.
const fn working_days(amount: u32) -> Duration {
    Duration {
        amount,
        unit: Unit::WorkingDays,
    }
}

/// An adult foreign citizen after eight months under a temporary residence permit applies for a residence permit: four months (23.1), application on appendix 1 in two copies, four photos
#[test]
fn temporary_residence_adult() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_age(Some(34));
    facts.set_incapacitated(Some(false));
    facts.set_limited_capacity(Some(false));
    facts.set_temporary_residence_eight_months(Some(true));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::TemporaryResidence]);
    assert_term(&decision, Some(months(4)));
    assert_documents(
        &decision,
        &[Document::ApplicationForIssue, Document::Photos],
    );
    assert_copies(&decision, Document::ApplicationForIssue, 2);
    assert_count(&decision, Document::Photos, 4);
    assert_representative(&decision, false);
}

/// A stateless person born in the RSFSR who was a USSR citizen applies for a residence permit: four months (23.1), two photos
#[test]
fn stateless_born_in_rsfsr() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::StatelessPerson));
    facts.set_application(Some(Application::Issue));
    facts.set_age(Some(52));
    facts.set_incapacitated(Some(false));
    facts.set_limited_capacity(Some(false));
    facts.set_born_in_rsfsr_territory(Some(true));
    facts.set_was_ussr_citizen(Some(true));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::BornInRsfsr]);
    assert_term(&decision, Some(months(4)));
    assert_count(&decision, Document::Photos, 2);
}

/// A qualified specialist who has worked six months in a listed profession: four months (23.1)
#[test]
fn qualified_specialist_four_months() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_qualified_specialist_six_months(Some(true));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::QualifiedSpecialist]);
    assert_term(&decision, Some(months(4)));
}

/// A grandchild of a person illegally deported from the Crimean ASSR: three months (23.2)
#[test]
fn crimean_deportation_descendant() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_deported_from_crimean_assr_or_ascendant_deported(Some(false));
    facts.set_descendant_or_spouse_of_deported_person(Some(true));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::CrimeanDeportation]);
    assert_term(&decision, Some(months(3)));
}

/// An adult highly qualified specialist: three months (23.2), no legal representative
#[test]
fn highly_qualified_specialist_himself() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_age(Some(41));
    facts.set_incapacitated(Some(false));
    facts.set_limited_capacity(Some(false));
    facts.set_works_as_highly_qualified_specialist(Some(true));
    facts.set_family_member_of(Some(FamilyPrincipals::NoneOfThem));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::HighlyQualifiedSpecialist]);
    assert_term(&decision, Some(months(3)));
    assert_representative(&decision, false);
}

/// The spouse of a highly qualified specialist falls under the family branch of 2.8: three months (23.2)
#[test]
fn spouse_of_highly_qualified_specialist() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_age(Some(38));
    facts.set_incapacitated(Some(false));
    facts.set_limited_capacity(Some(false));
    facts.set_works_as_highly_qualified_specialist(Some(false));
    facts.set_family_member_of(Some(FamilyPrincipals::AHighlyQualifiedSpecialist));
    facts.set_family_relation(Some(FamilyRelations::Spouse));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::HighlyQualifiedSpecialistFamily]);
    assert_term(&decision, Some(months(3)));
    assert_representative(&decision, false);
}

/// A brother of a highly qualified specialist is not a family member under 2.8
#[test]
fn sibling_of_highly_qualified_specialist() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_works_as_highly_qualified_specialist(Some(false));
    facts.set_family_member_of(Some(FamilyPrincipals::AHighlyQualifiedSpecialist));
    facts.set_family_relation(Some(FamilyRelations::OtherRelation));
    facts.set_citizenship(Some(Citizenships::Other));
    facts.set_temporary_residence_eight_months(Some(false));
    facts.set_born_in_rsfsr_territory(Some(false));
    facts.set_was_ussr_citizen(Some(false));
    facts.set_lives_permanently_in_russia(Some(false));
    facts.set_parent_of_minor_or_incapacitated_foreign_citizen(Some(false));
    facts.set_parent_of_minor_or_incapacitated_receiving_permit_together(Some(false));
    facts.set_russian_citizen_parent_or_child(Some(false));
    facts.set_recognised_native_speaker(Some(false));
    facts.set_deported_from_crimean_assr_or_ascendant_deported(Some(false));
    facts.set_descendant_or_spouse_of_deported_person(Some(false));
    facts.set_qualified_specialist_six_months(Some(false));
    facts.set_higher_education_with_honours_in_russia(Some(false));
    facts.set_lives_in_russia(Some(false));
    facts.set_russian_citizenship_terminated(Some(false));
    facts.set_citizenship_acquisition_cancelled(Some(false));
    facts.set_person_under_article_41_1(Some(false));
    facts.set_covered_by_union_state_agreement(Some(false));
    facts.set_granted_political_asylum(Some(false));
    facts.set_country_of_opportunities_finalist_or_winner(Some(false));
    facts.set_it_specialist_with_accredited_organisation(Some(false));
    facts.set_investor_meeting_government_criteria(Some(false));
    facts.set_resettling_under_international_treaty(Some(false));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[]);
}

/// A citizen of Belarus covered by the Union State agreement: three months (23.2)
#[test]
fn belarus_citizen_three_months() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_citizenship(Some(Citizenships::Belarus));
    facts.set_covered_by_union_state_agreement(Some(true));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::BelarusCitizen]);
    assert_term(&decision, Some(months(3)));
}

/// A winner of a \"Russia — the Country of Opportunities\" competition: three months (23.2)
#[test]
fn competition_winner_three_months() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_country_of_opportunities_finalist_or_winner(Some(true));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::CompetitionFinalistOrWinner]);
    assert_term(&decision, Some(months(3)));
}

/// An eight-year-old child of a foreign IT specialist: family branch of 2.19, three months (23.2); a legal representative applies and the appendix 2 form is used
#[test]
fn minor_child_of_it_specialist() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_age(Some(8));
    facts.set_incapacitated(Some(false));
    facts.set_limited_capacity(Some(false));
    facts.set_it_specialist_with_accredited_organisation(Some(false));
    facts.set_family_member_of(Some(FamilyPrincipals::AForeignItSpecialist));
    facts.set_family_relation(Some(FamilyRelations::Child));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::ItSpecialistFamily]);
    assert_term(&decision, Some(months(3)));
    assert_representative(&decision, true);
    assert_documents(
        &decision,
        &[
            Document::ApplicationForIssueMinorOrIncapacitated,
            Document::Photos,
        ],
    );
}

/// A grandmother of a foreign investor: family branch of 2.20, three months (23.2)
#[test]
fn grandparent_of_foreign_investor() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_investor_meeting_government_criteria(Some(false));
    facts.set_family_member_of(Some(FamilyPrincipals::AForeignInvestor));
    facts.set_family_relation(Some(FamilyRelations::Grandparent));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::ForeignInvestorFamily]);
    assert_term(&decision, Some(months(3)));
}

/// A recognised native speaker of Russian: two months (23.3)
#[test]
fn native_speaker_two_months() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_recognised_native_speaker(Some(true));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::NativeSpeakerOfRussian]);
    assert_term(&decision, Some(months(2)));
}

/// A person living in Russia whose citizenship decision was cancelled (not for a listed crime): two months (23.3)
#[test]
fn cancelled_citizenship_decision() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_lives_in_russia(Some(true));
    facts.set_citizenship_acquisition_cancelled(Some(true));
    facts.set_cancelled_for_listed_crimes(Some(false));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::CitizenshipDecisionCancelled]);
    assert_term(&decision, Some(months(2)));
}

/// A person whose citizenship decision was cancelled on a verdict for a crime listed in 2.12 falls under no category
#[test]
fn cancelled_for_terrorist_crime() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_lives_in_russia(Some(true));
    facts.set_citizenship_acquisition_cancelled(Some(true));
    facts.set_cancelled_for_listed_crimes(Some(true));
    facts.set_citizenship(Some(Citizenships::Other));
    facts.set_temporary_residence_eight_months(Some(false));
    facts.set_born_in_rsfsr_territory(Some(false));
    facts.set_was_ussr_citizen(Some(false));
    facts.set_lives_permanently_in_russia(Some(false));
    facts.set_parent_of_minor_or_incapacitated_foreign_citizen(Some(false));
    facts.set_parent_of_minor_or_incapacitated_receiving_permit_together(Some(false));
    facts.set_russian_citizen_parent_or_child(Some(false));
    facts.set_recognised_native_speaker(Some(false));
    facts.set_deported_from_crimean_assr_or_ascendant_deported(Some(false));
    facts.set_descendant_or_spouse_of_deported_person(Some(false));
    facts.set_works_as_highly_qualified_specialist(Some(false));
    facts.set_family_member_of(Some(FamilyPrincipals::NoneOfThem));
    facts.set_qualified_specialist_six_months(Some(false));
    facts.set_higher_education_with_honours_in_russia(Some(false));
    facts.set_russian_citizenship_terminated(Some(false));
    facts.set_person_under_article_41_1(Some(false));
    facts.set_covered_by_union_state_agreement(Some(false));
    facts.set_granted_political_asylum(Some(false));
    facts.set_country_of_opportunities_finalist_or_winner(Some(false));
    facts.set_it_specialist_with_accredited_organisation(Some(false));
    facts.set_investor_meeting_government_criteria(Some(false));
    facts.set_resettling_under_international_treaty(Some(false));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[]);
}

/// A person living in Russia whose Russian citizenship was terminated: fifteen working days (23.4)
#[test]
fn former_russian_citizen_fifteen_days() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_lives_in_russia(Some(true));
    facts.set_russian_citizenship_terminated(Some(true));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::FormerRussianCitizen]);
    assert_term(&decision, Some(working_days(15)));
}

/// A foreign citizen granted political asylum: fifteen working days (23.4)
#[test]
fn political_asylum_fifteen_days() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_granted_political_asylum(Some(true));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::PoliticalAsylum]);
    assert_term(&decision, Some(working_days(15)));
}

/// A foreign citizen replaces the permit on reaching twenty: seven working days (23.5), the appendix 3 form in one copy
#[test]
fn replacement_at_twenty() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Replacement));
    facts.set_age(Some(20));
    facts.set_incapacitated(Some(false));
    facts.set_limited_capacity(Some(false));
    facts.set_holds_residence_permit(Some(true));
    facts.set_reached_age_14_20_or_45(Some(true));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::PermitReplacement]);
    assert_term(&decision, Some(working_days(7)));
    assert_documents(
        &decision,
        &[Document::ApplicationForReplacement, Document::Photos],
    );
    assert_copies(&decision, Document::ApplicationForReplacement, 1);
    assert_count(&decision, Document::Photos, 4);
    assert_representative(&decision, false);
}

/// A fourteen-year-old replaces the permit: 2.16 is listed in item 3, so a legal representative applies
#[test]
fn replacement_at_fourteen() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Replacement));
    facts.set_age(Some(14));
    facts.set_incapacitated(Some(false));
    facts.set_limited_capacity(Some(false));
    facts.set_holds_residence_permit(Some(true));
    facts.set_reached_age_14_20_or_45(Some(true));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::PermitReplacement]);
    assert_representative(&decision, true);
}

/// A stateless person\'s permit reaches the end of its validity: replacement under 2.16.6, fifteen working days (23.6), two photos
#[test]
fn stateless_permit_expiring() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::StatelessPerson));
    facts.set_application(Some(Application::Replacement));
    facts.set_holds_residence_permit(Some(true));
    facts.set_reached_age_14_20_or_45(Some(false));
    facts.set_personal_data_changed(Some(false));
    facts.set_sex_changed(Some(false));
    facts.set_permit_unfit_for_use(Some(false));
    facts.set_permit_record_error(Some(false));
    facts.set_permit_validity_ending(Some(true));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::PermitReplacement]);
    assert_term(&decision, Some(working_days(15)));
    assert_count(&decision, Document::Photos, 2);
}

/// The end of validity of an ordinary foreign citizen\'s permit (not issued as a highly qualified specialist) is not a replacement ground of 2.16.6
#[test]
fn foreign_citizen_permit_expiring() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Replacement));
    facts.set_holds_residence_permit(Some(true));
    facts.set_reached_age_14_20_or_45(Some(false));
    facts.set_personal_data_changed(Some(false));
    facts.set_sex_changed(Some(false));
    facts.set_permit_unfit_for_use(Some(false));
    facts.set_permit_record_error(Some(false));
    facts.set_permit_validity_ending(Some(true));
    facts.set_permit_issued_to_highly_qualified_specialist_or_family(Some(false));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[]);
}

/// A foreign citizen holding a permit received before 1 November 2019 applies for one without a period of validity: seven working days (23.5)
#[test]
fn without_expiry_foreign_citizen() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::IssueWithoutExpiry));
    facts.set_holds_residence_permit(Some(true));
    facts.set_permit_received(Some(Date::constant(2018, 3, 15)));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::PermitBeforeNovember2019]);
    assert_term(&decision, Some(working_days(7)));
    assert_documents(&decision, &[Document::Photos]);
}

/// A stateless person holding a permit received before 1 November 2019 applies for one without a period of validity: fifteen working days (23.6)
#[test]
fn without_expiry_stateless() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::StatelessPerson));
    facts.set_application(Some(Application::IssueWithoutExpiry));
    facts.set_holds_residence_permit(Some(true));
    facts.set_permit_received(Some(Date::constant(2019, 10, 31)));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::PermitBeforeNovember2019]);
    assert_term(&decision, Some(working_days(15)));
    assert_count(&decision, Document::Photos, 2);
}

/// A permit received on 1 November 2019 is not received \"till November 1, 2019\"
#[test]
fn permit_received_on_1_november_2019() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::IssueWithoutExpiry));
    facts.set_holds_residence_permit(Some(true));
    facts.set_permit_received(Some(Date::constant(2019, 11, 1)));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[]);
}

/// A duplicate of a lost permit: the source states no term
#[test]
fn duplicate_has_no_stated_term() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Duplicate));
    let decision = decide(&facts, &Query::default());
    assert_term(&decision, None);
}

/// A stateless person submits two photos (26.4)
#[test]
fn stateless_photos() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::StatelessPerson));
    facts.set_application(Some(Application::Issue));
    let decision = decide(&facts, &Query::default());
    assert_count(&decision, Document::Photos, 2);
}

/// A foreign citizen submits four photos (26.4)
#[test]
fn foreign_citizen_photos() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    let decision = decide(&facts, &Query::default());
    assert_count(&decision, Document::Photos, 4);
}

/// A twelve-year-old citizen of Kazakhstan: 2.21, four months (23.1); a legal representative applies, on the appendix 2 form
#[test]
fn minor_kazakhstan_citizen() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_age(Some(12));
    facts.set_incapacitated(Some(false));
    facts.set_limited_capacity(Some(false));
    facts.set_citizenship(Some(Citizenships::Kazakhstan));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::KazakhstanMoldovaUkraineCitizen]);
    assert_term(&decision, Some(months(4)));
    assert_representative(&decision, true);
    assert_documents(
        &decision,
        &[
            Document::ApplicationForIssueMinorOrIncapacitated,
            Document::Photos,
        ],
    );
    assert_copies(
        &decision,
        Document::ApplicationForIssueMinorOrIncapacitated,
        2,
    );
}

/// An adult citizen of Ukraine applies personally, on the appendix 1 form
#[test]
fn adult_ukraine_citizen() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_age(Some(30));
    facts.set_incapacitated(Some(false));
    facts.set_limited_capacity(Some(false));
    facts.set_citizenship(Some(Citizenships::Ukraine));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::KazakhstanMoldovaUkraineCitizen]);
    assert_representative(&decision, false);
    assert_documents(
        &decision,
        &[Document::ApplicationForIssue, Document::Photos],
    );
}

/// An adult citizen of Moldova recognised incapacitated: a legal representative applies, on the appendix 2 form
#[test]
fn incapacitated_adult_moldova_citizen() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_age(Some(45));
    facts.set_incapacitated(Some(true));
    facts.set_limited_capacity(Some(false));
    facts.set_citizenship(Some(Citizenships::Moldova));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::KazakhstanMoldovaUkraineCitizen]);
    assert_representative(&decision, true);
    assert_documents(
        &decision,
        &[
            Document::ApplicationForIssueMinorOrIncapacitated,
            Document::Photos,
        ],
    );
}

/// A sixteen-year-old native speaker of Russian: 2.6 is not listed in item 3, so item 3 does not name a legal representative; the appendix 2 form still applies
#[test]
fn minor_native_speaker() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_age(Some(16));
    facts.set_incapacitated(Some(false));
    facts.set_limited_capacity(Some(false));
    facts.set_recognised_native_speaker(Some(true));
    facts.set_family_member_of(Some(FamilyPrincipals::NoneOfThem));
    facts.set_family_relation(Some(FamilyRelations::OtherRelation));
    facts.set_temporary_residence_eight_months(Some(false));
    facts.set_born_in_rsfsr_territory(Some(false));
    facts.set_was_ussr_citizen(Some(false));
    facts.set_russian_citizen_parent_or_child(Some(false));
    facts.set_lives_in_russia(Some(false));
    facts.set_russian_citizenship_terminated(Some(false));
    facts.set_citizenship_acquisition_cancelled(Some(false));
    facts.set_cancelled_for_listed_crimes(Some(false));
    facts.set_person_under_article_41_1(Some(false));
    facts.set_citizenship(Some(Citizenships::Other));
    facts.set_covered_by_union_state_agreement(Some(false));
    facts.set_granted_political_asylum(Some(false));
    facts.set_resettling_under_international_treaty(Some(false));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::NativeSpeakerOfRussian]);
    assert_term(&decision, Some(months(2)));
    assert_representative(&decision, false);
    assert_documents(
        &decision,
        &[
            Document::ApplicationForIssueMinorOrIncapacitated,
            Document::Photos,
        ],
    );
}

/// The IT specialist himself is not a family member: 2.19 is listed in item 3 only for family members
#[test]
fn minor_it_specialist_himself() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_age(Some(17));
    facts.set_incapacitated(Some(false));
    facts.set_limited_capacity(Some(false));
    facts.set_it_specialist_with_accredited_organisation(Some(true));
    facts.set_family_member_of(Some(FamilyPrincipals::NoneOfThem));
    facts.set_temporary_residence_eight_months(Some(false));
    facts.set_born_in_rsfsr_territory(Some(false));
    facts.set_was_ussr_citizen(Some(false));
    facts.set_russian_citizen_parent_or_child(Some(false));
    facts.set_lives_in_russia(Some(false));
    facts.set_russian_citizenship_terminated(Some(false));
    facts.set_citizenship_acquisition_cancelled(Some(false));
    facts.set_cancelled_for_listed_crimes(Some(false));
    facts.set_person_under_article_41_1(Some(false));
    facts.set_citizenship(Some(Citizenships::Other));
    facts.set_covered_by_union_state_agreement(Some(false));
    facts.set_granted_political_asylum(Some(false));
    facts.set_resettling_under_international_treaty(Some(false));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[Category::ItSpecialist]);
    assert_representative(&decision, false);
}

/// Accepted on 25 December 2025, four months (23.1) run to Saturday 25 April 2026, so the term ends on Monday 27 April 2026 (Civil Code arts. 191-193)
#[test]
fn deadline_four_months_over_new_year() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_age(Some(34));
    facts.set_incapacitated(Some(false));
    facts.set_limited_capacity(Some(false));
    facts.set_temporary_residence_eight_months(Some(true));
    let mut query = Query::default();
    query.accepted = Some(Date::constant(2025, 12, 25));
    let decision = decide(&facts, &query);
    assert_term(&decision, Some(months(4)));
    assert_deadline(&decision, Date::constant(2026, 4, 27));
}

/// Accepted on 31 October 2025: February 2026 has no 31st, so four months end on its last day, Saturday 28 February, moved to Monday 2 March 2026
#[test]
fn deadline_four_months_from_31_october() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_age(Some(34));
    facts.set_incapacitated(Some(false));
    facts.set_limited_capacity(Some(false));
    facts.set_temporary_residence_eight_months(Some(true));
    let mut query = Query::default();
    query.accepted = Some(Date::constant(2025, 10, 31));
    let decision = decide(&facts, &query);
    assert_deadline(&decision, Date::constant(2026, 3, 2));
}

/// A foreign citizen\'s permit without a period of validity, accepted on 25 December 2025: seven working days (23.5) skip 31 December and 1-9 January, ending on 15 January 2026
#[test]
fn deadline_seven_working_days_over_january_holidays() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::IssueWithoutExpiry));
    facts.set_holds_residence_permit(Some(true));
    facts.set_permit_received(Some(Date::constant(2018, 3, 15)));
    let mut query = Query::default();
    query.accepted = Some(Date::constant(2025, 12, 25));
    let decision = decide(&facts, &query);
    assert_term(&decision, Some(working_days(7)));
    assert_deadline(&decision, Date::constant(2026, 1, 15));
}

/// A stateless person\'s permit without a period of validity, accepted on 25 December 2025: fifteen working days (23.6) end on 27 January 2026
#[test]
fn deadline_fifteen_working_days_for_stateless() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::StatelessPerson));
    facts.set_application(Some(Application::IssueWithoutExpiry));
    facts.set_holds_residence_permit(Some(true));
    facts.set_permit_received(Some(Date::constant(2019, 10, 31)));
    let mut query = Query::default();
    query.accepted = Some(Date::constant(2025, 12, 25));
    let decision = decide(&facts, &query);
    assert_term(&decision, Some(working_days(15)));
    assert_deadline(&decision, Date::constant(2026, 1, 27));
}

/// Political asylum, accepted on Monday 27 April 2026: fifteen working days (23.4) skip 1 May and 11 May (Victory Day moved from Saturday 9 May), ending on 20 May 2026
#[test]
fn deadline_fifteen_working_days_over_may_holidays() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_granted_political_asylum(Some(true));
    let mut query = Query::default();
    query.accepted = Some(Date::constant(2026, 4, 27));
    let decision = decide(&facts, &query);
    assert_term(&decision, Some(working_days(15)));
    assert_deadline(&decision, Date::constant(2026, 5, 20));
}

/// Someone who answers no to every question falls under no category
#[test]
fn nobody() {
    let mut facts = Facts::default();
    facts.set_status(Some(Status::ForeignCitizen));
    facts.set_application(Some(Application::Issue));
    facts.set_age(Some(30));
    facts.set_incapacitated(Some(false));
    facts.set_limited_capacity(Some(false));
    facts.set_citizenship(Some(Citizenships::Other));
    facts.set_temporary_residence_eight_months(Some(false));
    facts.set_born_in_rsfsr_territory(Some(false));
    facts.set_was_ussr_citizen(Some(false));
    facts.set_lives_permanently_in_russia(Some(false));
    facts.set_parent_of_minor_or_incapacitated_foreign_citizen(Some(false));
    facts.set_parent_of_minor_or_incapacitated_receiving_permit_together(Some(false));
    facts.set_russian_citizen_parent_or_child(Some(false));
    facts.set_recognised_native_speaker(Some(false));
    facts.set_deported_from_crimean_assr_or_ascendant_deported(Some(false));
    facts.set_descendant_or_spouse_of_deported_person(Some(false));
    facts.set_works_as_highly_qualified_specialist(Some(false));
    facts.set_family_member_of(Some(FamilyPrincipals::NoneOfThem));
    facts.set_qualified_specialist_six_months(Some(false));
    facts.set_higher_education_with_honours_in_russia(Some(false));
    facts.set_lives_in_russia(Some(false));
    facts.set_russian_citizenship_terminated(Some(false));
    facts.set_citizenship_acquisition_cancelled(Some(false));
    facts.set_person_under_article_41_1(Some(false));
    facts.set_covered_by_union_state_agreement(Some(false));
    facts.set_granted_political_asylum(Some(false));
    facts.set_holds_residence_permit(Some(false));
    facts.set_country_of_opportunities_finalist_or_winner(Some(false));
    facts.set_it_specialist_with_accredited_organisation(Some(false));
    facts.set_investor_meeting_government_criteria(Some(false));
    facts.set_resettling_under_international_treaty(Some(false));
    let decision = decide(&facts, &Query::default());
    assert_categories(&decision, &[]);
    assert_representative(&decision, false);
}
