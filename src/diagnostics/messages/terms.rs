//! Terms, counts and forms (R05xx, R06xx): a term for every applicant,
//! durations, copies and appendix numbers.

use crate::diagnostics::{Code, Problem};
use crate::source::Span;

use super::{label, or_list, problem};

/// R0501: a combination with no term.
pub fn missing_term(application: &str, who: &str, statuses: &[String], span: Span) -> Problem {
    let statuses: Vec<String> = statuses.iter().map(|s| format!("`{s}`")).collect();
    problem(
        Code::MissingTerm,
        format!(
            "no processing term covers an application `{application}` by {who} for status {}",
            or_list(&statuses).replace(" or ", " and ")
        ),
        vec![label(span, "no term for this")],
        Some("add the category (or status) to the `term` that applies; if the source states no term, write a `term` with `not stated \"...\"` so the gap is recorded rather than hidden".to_owned()),
    )
}

/// R0502: a combination with two terms.
pub fn conflicting_terms(
    combinations: &[String],
    first: String,
    first_span: Span,
    second: String,
    second_span: Span,
) -> Problem {
    let shown = combinations
        .iter()
        .take(3)
        .cloned()
        .collect::<Vec<_>>()
        .join("; ");
    let more = combinations.len().saturating_sub(3);
    let more = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    problem(
        Code::ConflictingTerms,
        format!("{first} and {second} both apply to {shown}{more}"),
        vec![label(first_span, first), label(second_span, second)],
        Some("narrow one term's `for category` or `for status` so each combination has exactly one term".to_owned()),
    )
}

/// R0503: a term with both or neither of `lasts` / `not stated`.
pub fn term_duration(id: &str, span: Span, both: bool) -> Problem {
    problem(
        Code::TermDuration,
        if both {
            format!("the term `{id}` has both `lasts` and `not stated`")
        } else {
            format!("the term `{id}` has neither `lasts` nor `not stated`")
        },
        vec![label(span, "this term")],
        Some("give the duration with `lasts 4 months from <event>`, or record that the source gives none with `not stated \"...\"`".to_owned()),
    )
}

/// R0504: the source states no term (recorded in the file).
pub fn term_not_stated(term: &str, combinations: &[String], span: Span) -> Problem {
    let shown = combinations.join("; ");
    problem(
        Code::TermNotStated,
        format!("the source states no processing term for {shown}"),
        vec![label(span, format!("{term} records the gap"))],
        Some("outputs show this term as not stated in the source; when an amendment states it, replace `not stated` with `lasts`".to_owned()),
    )
}

/// R0505: a duration unit terms are not counted in.
pub fn bad_duration_unit(unit: &str, span: Span, term: bool) -> Problem {
    problem(
        Code::BadDurationUnit,
        format!(
            "`{unit}` is not a unit {} counted in",
            if term {
                "processing terms are"
            } else {
                "time limits are"
            }
        ),
        vec![label(span, "unknown unit")],
        Some(if term {
            "terms are counted in `months`, `working days` or `calendar days` (`days` means calendar days)".to_owned()
        } else {
            "time limits are counted in `months`, `working days`, `calendar days`, `days`, `hours` or `minutes`".to_owned()
        }),
    )
}

/// R0602: zero.
pub fn zero_count(span: Span) -> Problem {
    problem(
        Code::ZeroCount,
        "this number is zero".to_owned(),
        vec![label(span, "zero")],
        Some(
            "a document that is not needed in some case gets a `required when` condition instead"
                .to_owned(),
        ),
    )
}

/// R0602: a duration of zero.
pub fn zero_duration(span: Span) -> Problem {
    problem(
        Code::ZeroCount,
        "a time limit of zero is not a time limit".to_owned(),
        vec![label(span, "zero")],
        Some("check the number against the source".to_owned()),
    )
}

/// R0601: two defaults.
pub fn conflicting_counts(field: &str, first: Span, second: Span) -> Problem {
    problem(
        Code::ConflictingCounts,
        format!("this document has two `{field}` lines without `when`"),
        vec![
            label(second, "second default"),
            label(first, "first default"),
        ],
        Some(format!(
            "keep one `{field}` line without `when` as the default; give the others a `when` condition"
        )),
    )
}

/// R0603: two forms with one appendix number.
pub fn duplicate_appendix(number: u32, first: Span, second: Span) -> Problem {
    problem(
        Code::DuplicateAppendix,
        format!("two forms are appendix {number}"),
        vec![label(second, "this form"), label(first, "and this one")],
        Some("each appendix number belongs to one form".to_owned()),
    )
}
