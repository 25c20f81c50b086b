// helper: terms
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
// helper: assert_categories
/// `expect categories`: exactly these categories (or branches) apply.
fn assert_categories(decision: &Decision, expected: &[Category]) {
    let mut applying: Vec<Category> = decision.categories.iter().collect();
    applying.sort();
    let mut expected = expected.to_vec();
    expected.sort();
    assert_eq!(applying, expected, "{decision:#?}");
}
// helper: assert_term
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
// helper: assert_deadline
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
// helper: assert_documents
/// `expect documents`: exactly these documents are required.
fn assert_documents(decision: &Decision, expected: &[Document]) {
    let mut required: Vec<Document> = decision.documents.iter().collect();
    required.sort();
    let mut expected = expected.to_vec();
    expected.sort();
    assert_eq!(required, expected, "{decision:#?}");
}
// helper: assert_copies
/// `expect copies`: the document is required, in this number of copies.
fn assert_copies(decision: &Decision, document: Document, copies: u32) {
    let actual = decision.document(document).map(|d| d.copies);
    assert_eq!(actual, Some(Answer::Known(copies)), "{decision:#?}");
}
// helper: assert_count
/// `expect count`: the document is required, with this count of items.
fn assert_count(decision: &Decision, document: Document, count: u32) {
    let actual = decision.document(document).map(|d| d.count);
    assert_eq!(actual, Some(Answer::Known(count)), "{decision:#?}");
}
// helper: assert_representative
/// `expect representative`: a legal representative must (or need not)
/// apply. "Cannot tell yet" is neither: it fails both.
fn assert_representative(decision: &Decision, required: bool) {
    assert!(decision.representative_needs().is_empty(), "{decision:#?}");
    assert_eq!(decision.representative, required, "{decision:#?}");
}
// helper: months
/// A term in months.
const fn months(amount: u32) -> Duration {
    Duration {
        amount,
        unit: Unit::Months,
    }
}
// helper: working_days
/// A term in working days.
const fn working_days(amount: u32) -> Duration {
    Duration {
        amount,
        unit: Unit::WorkingDays,
    }
}
// helper: calendar_days
/// A term in calendar days.
const fn calendar_days(amount: u32) -> Duration {
    Duration {
        amount,
        unit: Unit::CalendarDays,
    }
}
