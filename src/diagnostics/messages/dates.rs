//! Dates and events (R13xx): dates compared with dates, dates counted from
//! events, documents' validity windows, and the acceptance event.

use crate::diagnostics::{Code, Problem};
use crate::source::Span;

use super::{label, problem};

/// R1301: a date counted forward or back in a unit no calendar date moves by.
pub fn offset_unit(unit: &str, span: Span) -> Problem {
    problem(
        Code::OffsetUnit,
        format!("a date is counted forward or back in years, months or days, not in {unit}"),
        vec![label(span, format!("counted in {unit}"))],
        Some(
            "write `3 months before ...`, `14 years before ...` or `10 days after ...`; months and years are counted as deadlines are (Civil Code art. 192: the corresponding day, or the month's last)"
                .to_owned(),
        ),
    )
}

/// R1302: a date compared with a name that is not a date fact or an event.
pub fn not_a_date(fact: &str, name: &str, what: Option<&str>, span: Span) -> Problem {
    let message = match what {
        Some(what) => {
            format!("`{fact}` is a date, but `{name}` is {what}: a date compares only with a date")
        }
        None => format!("`{fact}` is a date, but `{name}` is neither a date fact nor an event"),
    };
    problem(
        Code::NotADate,
        message,
        vec![label(span, "not a date")],
        Some(
            "compare with a date written year-month-day (2019-11-01), a fact declared `answer date`, or an event, perhaps counted from it: `3 months before application_filed`"
                .to_owned(),
        ),
    )
}

/// R1303: a fact that is not a date compared with a date counted from another.
pub fn offset_on_non_date(fact: &str, fact_type: &str, span: Span) -> Problem {
    problem(
        Code::OffsetOnNonDate,
        format!("`{fact}` is {fact_type}, so it cannot be compared with a date counted from another"),
        vec![label(span, "a date")],
        Some(
            "only a fact declared `answer date`, or an event, compares with `... before ...` or `... after ...`; to say \"has reached 14 years\", compare the date of birth: `birth_date is on or before 14 years before application_filed`"
                .to_owned(),
        ),
    )
}

/// R1304: a fact that is not a date compared with another fact.
pub fn fact_with_fact(
    fact: &str,
    fact_type: &str,
    other: &str,
    other_type: &str,
    span: Span,
) -> Problem {
    problem(
        Code::FactWithFact,
        format!(
            "`{fact}` ({fact_type}) is compared with the fact `{other}` ({other_type}): only a date is compared with another fact"
        ),
        vec![label(span, format!("the fact `{other}`"))],
        Some(if fact_type.starts_with("a number") {
            format!("compare `{fact}` with a number written out, like `18`")
        } else {
            format!("compare `{fact}` with a value written out, not with another fact")
        }),
    )
}

/// R1305: two events marked `date of acceptance`.
pub fn two_acceptance_events(first: &str, first_span: Span, second: &str, span: Span) -> Problem {
    problem(
        Code::TwoAcceptanceEvents,
        format!("`{first}` and `{second}` are both marked as the acceptance of the application"),
        vec![
            label(span, "a second `date of acceptance`"),
            label(first_span, format!("`{first}` is the acceptance already")),
        ],
        Some(
            "the acceptance date (`--accepted`, an example's `accepted` line) is one event's date: keep `date of acceptance` on one event"
                .to_owned(),
        ),
    )
}

/// R1308: a term counted from an event, and no event is the acceptance.
pub fn no_acceptance_event(term: &str, event: &str, span: Span) -> Problem {
    problem(
        Code::NoAcceptanceEvent,
        format!(
            "the term `{term}` runs from `{event}`, and no event is marked as the acceptance of the application, so the acceptance date (`--accepted`, an example's `accepted` line) gives it no deadline"
        ),
        vec![label(span, format!("counted from `{event}`"))],
        Some(format!(
            "if `{event}` is the acceptance of the application, add the line `date of acceptance` to its `event` block; otherwise give its date with `--event {event}=YYYY-MM-DD`"
        )),
    )
}

/// R1306: a validity window that reads no date.
pub fn validity_without_date(span: Span) -> Problem {
    problem(
        Code::ValidityWithoutDate,
        "a validity window compares no date".to_owned(),
        vec![label(span, "no date fact or event here")],
        Some(
            "`valid when` says which dates the document's own dates must fall between: `valid when certificate_issued is on or after 3 months before application_filed`; a condition on other facts belongs in `required when`"
                .to_owned(),
        ),
    )
}

/// R1307: an example's `accepted` date and its `given` date of the
/// acceptance event differ.
pub fn acceptance_given_twice(
    event: &str,
    accepted: jiff::civil::Date,
    accepted_span: Span,
    given: jiff::civil::Date,
    given_span: Span,
) -> Problem {
    problem(
        Code::AcceptanceGivenTwice,
        format!(
            "the example gives the acceptance date twice, and differently: `accepted {accepted}` and `given {event} {given}`"
        ),
        vec![
            label(
                given_span,
                format!("`{event}` is the acceptance (its event says `date of acceptance`)"),
            ),
            label(accepted_span, "the acceptance date"),
        ],
        Some(format!(
            "keep one of the two lines: `accepted` and `given {event}` are the same date"
        )),
    )
}
