//! Every sentence a production-calendar diagnostic says (R0801-R0808, and
//! the few general codes a calendar can run into). Legal staff read these:
//! say what is wrong in the calendar's terms, point at the place, and say
//! what to do, the way [`super`] does for the rest of the language.

use jiff::civil::{Date, Weekday};

use super::{label, problem};
use crate::diagnostics::{Code, Problem};
use crate::source::Span;

/// A date as a lawyer reads it: `3 November 2025`. The label already points
/// at the date as written, so the message need not repeat `2025-11-03`.
fn human(date: Date) -> String {
    let month = crate::deadline::month_name(date.month());
    format!("{} {month} {}", date.day(), date.year())
}

fn weekday(date: Date) -> &'static str {
    match date.weekday() {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

/// R0801: a date listed twice. `first_list` and `again_list` are the line
/// keywords (`non-working`, `working`) of the two places.
pub fn repeated_date(
    date: Date,
    first: Span,
    first_list: &str,
    again: Span,
    again_list: &str,
) -> Problem {
    let message = if first_list == again_list {
        format!("{} is listed twice", human(date))
    } else {
        format!(
            "{} is listed both as `{first_list}` and as `{again_list}`",
            human(date)
        )
    };
    problem(
        Code::CalendarRepeatedDate,
        message,
        vec![
            label(again, "listed again here"),
            label(first, "first listed here"),
        ],
        Some(
            "keep one: a weekday that is a day off goes under `non-working`, a Saturday or Sunday made a working day under `working`"
                .to_owned(),
        ),
    )
}

/// R0802: a `working` date that is a weekday.
pub fn working_weekday(date: Date, span: Span) -> Problem {
    problem(
        Code::WorkingWeekday,
        format!(
            "{} is a {}, a working day anyway: `working` lists only Saturdays and Sundays made working days",
            human(date),
            weekday(date)
        ),
        vec![label(span, format!("a {}", weekday(date)))],
        Some(
            "check the date against the decree; if the decree gives this weekday as a day off, list it under `non-working`"
                .to_owned(),
        ),
    )
}

/// R0803: a `non-working` date that is a Saturday or Sunday.
pub fn non_working_weekend(date: Date, span: Span) -> Problem {
    problem(
        Code::NonWorkingWeekend,
        format!(
            "{} is a {}, a day off anyway: `non-working` lists only weekdays that are days off",
            human(date),
            weekday(date)
        ),
        vec![label(span, format!("a {}", weekday(date)))],
        Some(
            "when a holiday falls on a Saturday or Sunday, list instead the weekday it moves to (Labour Code art. 112 and the year's decree)"
                .to_owned(),
        ),
    )
}

/// R0804: a year without its decree. `span` is the year's number.
pub fn year_without_decree(year: &str, span: Span) -> Problem {
    problem(
        Code::YearWithoutDecree,
        format!("year {year} does not say which decree set its days off"),
        vec![label(span, "no `decree` line in this year")],
        Some(format!(
            "add the Government decree moving the days off for {year}, like `decree \"Government Decree No. 1335 of 4 October 2024\"`"
        )),
    )
}

/// R0805: a date listed under another year.
pub fn date_outside_year(date: Date, span: Span, year: &str, year_span: Span) -> Problem {
    problem(
        Code::DateOutsideYear,
        format!("{} is listed under year {year}", human(date)),
        vec![
            label(span, format!("a date in {}", date.year())),
            label(year_span, format!("year {year}")),
        ],
        Some(format!(
            "move the date to `year {}`, or correct its year if it is a typing mistake",
            date.year()
        )),
    )
}

/// R0806: a year given twice.
pub fn repeated_year(year: &str, first: Span, again: Span) -> Problem {
    problem(
        Code::RepeatedYear,
        format!("year {year} is given twice"),
        vec![
            label(again, "given again here"),
            label(first, "first given here"),
        ],
        Some(format!(
            "merge the two into one `year {year}` block: one year has one decree"
        )),
    )
}

/// R0808: years missing between two years of the calendar. `before` and
/// `after` are the years either side of the gap, with their places.
pub fn calendar_gap(before: (i16, Span), after: (i16, Span)) -> Problem {
    let (from, to) = (before.0, after.0);
    let missing = if to - from == 2 {
        format!("year {}", from + 1)
    } else {
        format!("years {}-{}", from + 1, to - 1)
    };
    problem(
        Code::CalendarGap,
        format!("the calendar has no {missing} between {from} and {to}"),
        vec![
            label(after.1, format!("comes after {from}")),
            label(before.1, "the year before the gap"),
        ],
        Some(format!(
            "add {missing}: a deadline that runs into it could not be counted"
        )),
    )
}

/// R0105 for a `year` whose number cannot be a year.
pub fn year_not_a_year(year: &str, span: Span) -> Problem {
    problem(
        Code::NumberTooLarge,
        format!("{year} is too large to be a year"),
        vec![label(span, "not a year")],
        Some("years are written with four digits, like `year 2025`".to_owned()),
    )
}

/// R0206 for a calendar with no `year` at all. `span` is the calendar's id.
pub fn calendar_without_years(name: &str, span: Span) -> Problem {
    problem(
        Code::MissingField,
        format!("the calendar `{name}` has no years, so no deadline can be counted by it"),
        vec![label(span, "no `year` in this calendar")],
        Some(
            "add a `year 2025 ... end` block for each year, with its decree and its dates"
                .to_owned(),
        ),
    )
}
