//! Time (R11xx): amendments, versions of elements, and what is in force
//! when; and how any problem names the interval it holds on.

use jiff::civil::Date;

use crate::deadline::dmy;
use crate::diagnostics::{Code, Problem};
use crate::source::Span;

use super::{label, problem};

/// The days a problem holds on, in words: "from 01.09.2024 to 31.12.2024".
pub fn interval_words(from: Option<Date>, until: Option<Date>) -> String {
    let last = until.and_then(|u| u.yesterday().ok());
    match (from, last) {
        (Some(f), Some(l)) => format!("from {} to {}", dmy(f), dmy(l)),
        (Some(f), None) => format!("from {}", dmy(f)),
        (None, Some(l)) => format!("until {}", dmy(l)),
        (None, None) => "on every date".to_owned(),
    }
}

/// A problem found in only some versions of the regulation: its message
/// names the days it holds on.
pub fn on_intervals(mut p: Problem, intervals: &[(Option<Date>, Option<Date>)]) -> Problem {
    let words: Vec<String> = intervals
        .iter()
        .map(|(f, u)| interval_words(*f, *u))
        .collect();
    p.message = format!("{} ({})", p.message, words.join("; "));
    p
}

/// R1101: an amendment nothing names.
pub fn amendment_without_change(id: &str, span: Span) -> Problem {
    problem(
        Code::AmendmentWithoutChange,
        format!(
            "the amendment `{id}` changes nothing: no element is inserted, repealed or worded by it"
        ),
        vec![label(span, "declared here")],
        Some(format!(
            "write each change it makes in the element it changes (`inserted by {id}`, `repealed by {id}`, `worded by {id} ... end`), or remove the declaration"
        )),
    )
}

/// R1102: two versions of one line on one day.
pub fn overlapping_versions(id: &str, line: &str, day: Date, first: Span, second: Span) -> Problem {
    problem(
        Code::OverlappingVersions,
        format!(
            "`{id}` gets two wordings of its `{line}` line that both take effect on {}",
            dmy(day)
        ),
        vec![label(second, "this wording"), label(first, "and this one take effect on the same day")],
        Some("an element has one wording of each line on each day: merge the two wordings, or correct the amendment they name".to_owned()),
    )
}

/// What an R1103 change is.
#[derive(Clone, Copy, Debug)]
pub enum TimedChange<'a> {
    /// An amendment, by its id.
    Amendment(&'a str),
    /// The repeal of an element, by its id.
    Repeal(&'a str),
    /// A new wording of an element, by its id.
    Wording(&'a str),
}

/// The date an R1103 change may not reach.
#[derive(Clone, Copy, Debug)]
pub enum TimeLimit {
    /// The amending act was signed on this day.
    Signed(Date),
    /// The regulation's own order is of this day.
    RegulationOrder(Date),
    /// The element was inserted on this day.
    Insertion(Date),
    /// The element was repealed on this day.
    Repeal(Date),
}

/// R1103: a change dated outside the life of what it changes.
pub fn change_out_of_time(
    what: TimedChange,
    day: Date,
    limit: TimeLimit,
    span: Span,
    other: Span,
) -> Problem {
    let what = match what {
        TimedChange::Amendment(id) => format!("the amendment `{id}`"),
        TimedChange::Repeal(id) => format!("the repeal of `{id}`"),
        TimedChange::Wording(id) => format!("a new wording of `{id}`"),
    };
    let limit = match limit {
        TimeLimit::Signed(d) => format!("before the act itself was signed ({})", dmy(d)),
        TimeLimit::RegulationOrder(d) => {
            format!("not after the regulation's own order ({})", dmy(d))
        }
        TimeLimit::Insertion(d) => format!("not after its insertion ({})", dmy(d)),
        TimeLimit::Repeal(d) => format!("not before its repeal ({})", dmy(d)),
    };
    problem(
        Code::ChangeOutOfTime,
        format!("{what} takes effect on {}, {limit}", dmy(day)),
        vec![
            label(span, "this change"),
            label(other, "the date it conflicts with"),
        ],
        Some(
            "check the amendment's `in force from` date and which amendment the change names"
                .to_owned(),
        ),
    )
}

/// R1104: a reference to an element not in force.
pub fn not_in_force(id: &str, span: Span, what: &str, why: &str, because: Span) -> Problem {
    problem(
        Code::NotInForce,
        format!("`{id}` should be {what} in force, but {why}"),
        vec![label(span, "referred to here"), label(because, "this is why")],
        Some("an element in force may refer only to elements in force on the same days: repeal or word anew the reference by the same amendment, or correct the dates".to_owned()),
    )
}

/// Why an element is not in force, for [`not_in_force`] (the problem
/// then names the days).
pub fn not_yet_inserted(by: &str) -> String {
    format!("it is inserted only by `{by}`")
}

/// Why an element is not in force, for [`not_in_force`].
pub fn repealed(by: &str) -> String {
    format!("it is repealed by `{by}`")
}

/// R1105: a repealed clause's number used again.
pub fn clause_reused(clause: &str, repealed_span: Span, span: Span) -> Problem {
    problem(
        Code::ClauseReused,
        format!("clause {clause} lost force, so its number may not be given to another element"),
        vec![label(span, "used again here"), label(repealed_span, "the repealed clause")],
        Some("a repealed item keeps its number; give the new element the next free number, such as `22(1)` or the next subitem".to_owned()),
    )
}

/// R1106: a new wording of a line the block cannot have.
pub fn worded_line_not_allowed(line: &str, kind: &str, span: Span) -> Problem {
    problem(
        Code::WordedLineNotAllowed,
        format!("a `{kind}` has no `{line}` line, so an amendment cannot word one"),
        vec![label(span, "not a line of this block")],
        Some(format!(
            "a `worded by` block holds the new wording of lines a `{kind}` may have"
        )),
    )
}

/// R1107: a new wording identical to the old.
pub fn wording_unchanged(id: &str, line: &str, span: Span) -> Problem {
    problem(
        Code::WordingUnchanged,
        format!("the new wording of `{id}` (its `{line}`) leaves it as it was"),
        vec![label(span, "new wording")],
        Some("remove the unchanged line from the `worded by` block".to_owned()),
    )
}
