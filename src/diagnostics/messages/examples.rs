//! Examples (R07xx) and the production calendar they count deadlines by
//! (R0807).

use crate::diagnostics::{Code, Problem};
use crate::source::Span;

use super::{label, problem};

/// R0701: a fact given twice.
pub fn repeated_given(fact: &str, first: Span, second: Span) -> Problem {
    problem(
        Code::RepeatedGiven,
        format!("this example gives `{fact}` twice"),
        vec![
            label(second, "given again"),
            label(first, "first given here"),
        ],
        Some("give each fact once".to_owned()),
    )
}

/// R0703: an example with no expectation.
pub fn empty_example(id: &str, span: Span) -> Problem {
    problem(
        Code::EmptyExample,
        format!("the example `{id}` expects nothing, so it tests nothing"),
        vec![label(span, "no `expect` line")],
        Some(
            "add `expect` lines: categories, term, documents, copies, count or representative"
                .to_owned(),
        ),
    )
}

/// R0710: an example's expectation does not hold.
pub fn example_failed(
    id: &str,
    expected: &str,
    actual: &str,
    span: Span,
    example: Span,
) -> Problem {
    problem(
        Code::ExampleFailed,
        format!("example `{id}`: expected {expected}, but the regulation gives {actual}"),
        vec![label(span, "this expectation fails"), label(example, "in this example")],
        Some("either the example or the rule it tests is wrong; `reglament explain` shows how the answer was reached".to_owned()),
    )
}

/// R0807: a date no production calendar covers.
pub fn outside_calendar(
    date: jiff::civil::Date,
    first: Option<i16>,
    last: Option<i16>,
    span: Span,
) -> Problem {
    let (message, help) = match (first, last) {
        (Some(f), Some(l)) => {
            let range = if f == l {
                f.to_string()
            } else {
                format!("{f}-{l}")
            };
            (
                format!(
                    "there is no production calendar for {} (the calendar covers {range})",
                    date.year()
                ),
                format!(
                    "add the year {} to the production calendar with its Government decree, or use a date in {range}",
                    date.year()
                ),
            )
        }
        _ => (
            "no production calendar is available to count this deadline".to_owned(),
            "name the calendar in the `regulation` block with `calendar <id>` and include its file"
                .to_owned(),
        ),
    };
    problem(
        Code::OutsideCalendar,
        message,
        vec![label(span, "this date")],
        Some(help),
    )
}
