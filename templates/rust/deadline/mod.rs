//! Terms and deadlines under the Civil Code of the Russian Federation,
//! counted by a production calendar.
//!
//! This file is compiled into `reglament` as `reglament::deadline` and copied
//! verbatim into every generated rules crate, so the compiler (which checks
//! a regulation's examples) and the generated code (which services call)
//! cannot disagree about a date. That is why it depends on nothing but `std`
//! and `jiff`, and why nothing in it panics: a generated crate is a library
//! inside someone else's service.
//!
//! The rules, as [`deadline`] applies them:
//!
//! - counting starts on the day after the acceptance date (Civil Code art. 191);
//! - a term in months ends on the corresponding date of the last month, or on
//!   that month's last day when it has no such date (art. 192 p. 3);
//! - a term in calendar days ends on the Nth day after acceptance;
//! - a last day that is not a working day moves to the next working day
//!   (art. 193);
//! - a term in working days ends on the Nth working day after acceptance.
//!   The Civil Code does not count in working days; this is the convention of
//!   Tax Code art. 6.1 (and Code of Administrative Offences art. 4.8), applied
//!   by analogy, and the step that applies it says so.
//!
//! Days declared non-working by presidential decree (2020-2021) are not in a
//! production calendar and do not move a deadline; only the calendar counts.
//!
//! The parts: `Duration` (how long a term is), `Calendar` (which days
//! are working days), `Step` (how a deadline is reached, in words); this
//! file counts.

mod calendar;
mod duration;
mod steps;

pub use calendar::{Calendar, CalendarYear, OutsideCalendar};
pub use duration::{Duration, DurationError, Unit};
pub use steps::{Step, dmy};
// reglament's own messages name months with it; a generated crate does not.
#[allow(unused_imports)]
pub(crate) use steps::month_name;

use jiff::civil::Date;

/// A worked-out deadline: the last day an action may be taken (until 24:00,
/// art. 194) and how it was reached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    /// The day the application was accepted (not counted).
    pub accepted: Date,
    /// The term.
    pub duration: Duration,
    /// The last day of the term, always a working day.
    pub ends: Date,
    /// How `ends` was reached, in order.
    pub steps: Vec<Step>,
}

/// The deadline of a term of `duration` that starts with the acceptance of
/// an application on `accepted`, by `calendar`.
///
/// Fails when a day whose status is needed lies in a year the calendar does
/// not cover. A zero amount (which [`Duration::new`] and [`Duration::parse`]
/// refuse) ends on `accepted` itself, moved to a working day if need be.
pub fn deadline(
    accepted: Date,
    duration: Duration,
    calendar: &Calendar,
) -> Result<Deadline, OutsideCalendar> {
    let amount = duration.amount;
    // A term past 9999-12-31 cannot be a date at all; it is certainly
    // outside any calendar, so it is reported as such.
    let past_the_end = || calendar.outside(Date::MAX);
    let first_step = match duration.unit {
        Unit::Months => {
            let (to, month_too_short) = add_months(accepted, amount).ok_or_else(past_the_end)?;
            Step::Months {
                from: accepted,
                months: amount,
                to,
                month_too_short,
            }
        }
        Unit::CalendarDays => {
            let to = add_days(accepted, amount).ok_or_else(past_the_end)?;
            Step::CalendarDays {
                from: accepted,
                days: amount,
                to,
            }
        }
        Unit::WorkingDays => Step::WorkingDays {
            from: accepted,
            days: amount,
            to: calendar.nth_working_day_after(accepted, amount)?,
        },
    };
    let last_day = first_step.to();
    let mut steps = vec![first_step];
    // Art. 193 applies to every unit; for working days the last day is a
    // working day already, so no step is added.
    let ends = calendar.working_day_on_or_after(last_day)?;
    if ends != last_day {
        steps.push(Step::NextWorkingDay {
            from: last_day,
            to: ends,
        });
    }
    Ok(Deadline {
        accepted,
        duration,
        ends,
        steps,
    })
}

/// The corresponding date `months` later, or the last day of that month when
/// it is shorter (art. 192 p. 3); the flag says which. `None` past year 9999.
fn add_months(date: Date, months: u32) -> Option<(Date, bool)> {
    months_later(date, i64::from(months))
}

/// The corresponding date `months` later (earlier when negative), or the
/// last day of that month when it is shorter: the same arithmetic as
/// deadlines, for dates compared in conditions ("issued no earlier than 3
/// months before ..."). `None` past the dates a `Date` holds.
pub fn shift_months(date: Date, months: i64) -> Option<Date> {
    months_later(date, months).map(|(d, _)| d)
}

fn months_later(date: Date, months: i64) -> Option<(Date, bool)> {
    // Done by hand rather than with `jiff::Span` so that the clamping to the
    // month's end is seen (the step reports it) and so that a huge number of
    // months is an ordinary `None`, not a span-limit error.
    let index = i64::from(date.year()) * 12 + i64::from(date.month()) - 1 + months;
    let year = i16::try_from(index.div_euclid(12)).ok()?;
    let month = i8::try_from(index.rem_euclid(12) + 1).ok()?;
    let days_in_month = Date::new(year, month, 1).ok()?.days_in_month();
    let day = date.day().min(days_in_month);
    let to = Date::new(year, month, day).ok()?;
    Some((to, date.day() > days_in_month))
}

/// `days` days after `date`; `None` past year 9999.
fn add_days(date: Date, days: u32) -> Option<Date> {
    let span = jiff::Span::new().try_days(i64::from(days)).ok()?;
    date.checked_add(span).ok()
}

#[cfg(test)]
mod tests {
    // No unwrap here either: this module travels into generated crates,
    // whose lint settings are not ours.
    use super::*;

    fn date(y: i16, m: i8, d: i8) -> Date {
        Date::constant(y, m, d)
    }

    /// 2026 with its decree's exceptions, enough for a few checks.
    fn calendar_2026() -> Calendar {
        Calendar::new(
            "test",
            vec![CalendarYear {
                year: 2026,
                decree: "Government Decree No. 1466 of 24 September 2025".to_owned(),
                non_working_weekdays: vec![date(2026, 2, 23), date(2026, 3, 9)],
                working_weekend_days: vec![],
            }],
        )
    }

    #[test]
    fn parses_the_written_forms() {
        let months = Duration::new(4, Unit::Months);
        assert_eq!(Duration::parse("4 months"), months);
        assert_eq!(
            Duration::parse("30 days"),
            Duration::new(30, Unit::CalendarDays)
        );
        assert_eq!(Duration::parse("0 months"), Err(DurationError::Zero));
        assert_eq!(
            Duration::parse("15 workdays"),
            Err(DurationError::UnknownUnit {
                written: "workdays".to_owned()
            })
        );
    }

    #[test]
    fn month_end_and_art_193() {
        // 31.01.2026 + 1 month: February has no 31st -> 28.02.2026, a
        // Saturday -> Monday 02.03.2026.
        let result = deadline(
            date(2026, 1, 31),
            Duration {
                amount: 1,
                unit: Unit::Months,
            },
            &calendar_2026(),
        );
        assert_eq!(result.map(|d| d.ends), Ok(date(2026, 3, 2)));
    }

    #[test]
    fn outside_the_calendar() {
        let error = calendar_2026().is_working_day(date(2031, 1, 1));
        assert_eq!(
            error.map_err(|e| e.to_string()),
            Err("no production calendar for 2031 (the calendar covers only 2026)".to_owned())
        );
    }
}
