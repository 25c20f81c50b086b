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

use std::fmt;
use std::str::FromStr;

use jiff::civil::{Date, Weekday};

// ---------------------------------------------------------------------------
// Durations
// ---------------------------------------------------------------------------

/// What a term is counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    /// Months: the term ends on the corresponding date (art. 192 p. 3).
    Months,
    /// Working days by the production calendar.
    WorkingDays,
    /// Calendar days: every day counts.
    CalendarDays,
}

impl Unit {
    /// A stable machine name: `months`, `working_days`, `calendar_days`.
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Months => "months",
            Unit::WorkingDays => "working_days",
            Unit::CalendarDays => "calendar_days",
        }
    }

    /// The unit in words after `amount`: `month`, `working days`, ...
    pub fn words(self, amount: u32) -> &'static str {
        match (self, amount == 1) {
            (Unit::Months, true) => "month",
            (Unit::Months, false) => "months",
            (Unit::WorkingDays, true) => "working day",
            (Unit::WorkingDays, false) => "working days",
            (Unit::CalendarDays, true) => "calendar day",
            (Unit::CalendarDays, false) => "calendar days",
        }
    }
}

/// A term: a number of months, working days or calendar days.
///
/// The fields are public so that generated code can write terms as
/// constants; [`Duration::new`] and [`Duration::parse`] refuse a zero amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Duration {
    /// How many units; 1 or more.
    pub amount: u32,
    /// What is counted.
    pub unit: Unit,
}

/// Why a text is not a term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DurationError {
    /// Nothing was written.
    Empty,
    /// The text does not start with a whole number (`-3 days`, `four months`).
    NotAWholeNumber {
        /// The first word as written.
        written: String,
    },
    /// The number does not fit in a term.
    TooLarge {
        /// The number as written.
        written: String,
    },
    /// A number with no unit after it.
    NoUnit,
    /// A unit terms are not counted in (`workdays`, `years`).
    UnknownUnit {
        /// The unit as written.
        written: String,
    },
    /// A term of zero, which is not a term.
    Zero,
}

impl fmt::Display for DurationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DurationError::Empty => f.write_str(
                "no term is given: write a number and a unit, like \"15 working days\"",
            ),
            DurationError::NotAWholeNumber { written } => write!(
                f,
                "`{written}` is not a whole number: a term is a number of 1 or more and a unit, like \"4 months\""
            ),
            DurationError::TooLarge { written } => {
                write!(f, "`{written}` is too large to be a term")
            }
            DurationError::NoUnit => f.write_str(
                "the term has no unit: write months, working days or calendar days after the number",
            ),
            DurationError::UnknownUnit { written } => write!(
                f,
                "terms are not counted in \"{written}\": use months, working days or calendar days (\"days\" alone means calendar days)"
            ),
            DurationError::Zero => {
                f.write_str("a term of zero is not a term: the number must be 1 or more")
            }
        }
    }
}

impl std::error::Error for DurationError {}

impl Duration {
    /// A term of `amount` units; zero is refused because a term of zero is
    /// not a term.
    pub fn new(amount: u32, unit: Unit) -> Result<Duration, DurationError> {
        if amount == 0 {
            return Err(DurationError::Zero);
        }
        Ok(Duration { amount, unit })
    }

    /// Reads a term as the language writes it: `4 months`, `1 month`,
    /// `15 working days`, `30 calendar days`, `30 days` (calendar days).
    /// Words are separated by any whitespace; the words are lower-case,
    /// as in `.rgl` files.
    pub fn parse(text: &str) -> Result<Duration, DurationError> {
        let mut words = text.split_whitespace();
        let Some(number) = words.next() else {
            return Err(DurationError::Empty);
        };
        // Checked by hand rather than left to `u32::from_str`, which accepts
        // a leading `+` and would report "-3" only as an invalid digit.
        if !number.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DurationError::NotAWholeNumber {
                written: number.to_owned(),
            });
        }
        let amount: u32 = number.parse().map_err(|_| DurationError::TooLarge {
            written: number.to_owned(),
        })?;
        let rest: Vec<&str> = words.collect();
        // Singular and plural are both accepted whatever the number: "1
        // months" is careless but cannot mean anything else.
        let unit = match rest.as_slice() {
            [] => return Err(DurationError::NoUnit),
            ["month" | "months"] => Unit::Months,
            ["working", "day" | "days"] => Unit::WorkingDays,
            ["calendar", "day" | "days"] | ["day" | "days"] => Unit::CalendarDays,
            _ => {
                return Err(DurationError::UnknownUnit {
                    written: rest.join(" "),
                });
            }
        };
        Duration::new(amount, unit)
    }
}

impl FromStr for Duration {
    type Err = DurationError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Duration::parse(s)
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount, self.unit.words(self.amount))
    }
}

// ---------------------------------------------------------------------------
// The production calendar
// ---------------------------------------------------------------------------

/// One year of a production calendar, as the Government's decree set it.
///
/// Only the exceptions are listed: every other Saturday and Sunday is a day
/// off and every other weekday a working day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarYear {
    /// The year.
    pub year: i16,
    /// The decree that set it: "Government Decree No. 1335 of 4 October 2024".
    pub decree: String,
    /// Weekdays that are days off: holidays, days off moved to a weekday,
    /// the New Year holidays.
    pub non_working_weekdays: Vec<Date>,
    /// Saturdays and Sundays made working days.
    pub working_weekend_days: Vec<Date>,
}

/// A production calendar: the years it covers and their exceptions.
#[derive(Clone, Debug)]
pub struct Calendar {
    name: String,
    years: Vec<CalendarYear>,
    /// The years covered, in order, each once.
    covered: Vec<i16>,
    /// For each covered year, its working days: bit `n` is day `n + 1` of
    /// the year. A term in working days asks about every day it runs
    /// through, so the answer is one lookup rather than a search.
    working_days: Vec<YearDays>,
}

/// One bit per day of a year.
type YearDays = [u64; 6];

/// A date the calendar has no year for, so whether it is a working day is
/// not known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutsideCalendar {
    /// The date asked about (`Date::MAX` when a term runs past the last
    /// date there is).
    pub date: Date,
    /// The calendar's first year, if it has any.
    pub first_year: Option<i16>,
    /// The calendar's last year, if it has any.
    pub last_year: Option<i16>,
}

impl fmt::Display for OutsideCalendar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let year = self.date.year();
        let covered = matches!(
            (self.first_year, self.last_year),
            (Some(first), Some(last)) if first <= year && year <= last
        );
        if self.date == Date::MAX && covered {
            // A covered year is reported only when a term runs past the
            // last date there is: that, not the calendar, is the limit.
            return f.write_str("the term runs past 31.12.9999, the last date that can be counted");
        }
        write!(f, "no production calendar for {year} ")?;
        match (self.first_year, self.last_year) {
            (Some(first), Some(last)) if first < year && year < last => write!(
                f,
                "(the calendar covers {first}-{last} but has no year {year})"
            ),
            (Some(first), Some(last)) if first == last => {
                write!(f, "(the calendar covers only {first})")
            }
            (Some(first), Some(last)) => write!(f, "(the calendar covers {first}-{last})"),
            _ => f.write_str("(the calendar has no years)"),
        }
    }
}

impl std::error::Error for OutsideCalendar {}

impl Calendar {
    /// A calendar named `name` made of `years`, in any order.
    ///
    /// It accepts what it is given: a date counts wherever it is listed, and
    /// a year missing between others is simply not covered. Checking that the
    /// data makes sense (no date twice, no weekday in `working` ...) is the
    /// compiler's job, done once, rather than every time a crate starts.
    pub fn new(name: impl Into<String>, mut years: Vec<CalendarYear>) -> Calendar {
        years.sort_by_key(|y| y.year);
        let mut covered: Vec<i16> = years.iter().map(|y| y.year).collect();
        covered.dedup();
        // Monday to Friday work, Saturday and Sunday do not ...
        let mut working_days: Vec<YearDays> = covered.iter().map(|y| weekdays_of(*y)).collect();
        // ... except the weekdays listed as days off and the weekend days
        // listed as working, wherever they are listed.
        let mut mark = |date: Date, working: bool| {
            if let Ok(i) = covered.binary_search(&date.year()) {
                let day = day_index(date);
                if working {
                    working_days[i][day / 64] |= 1 << (day % 64);
                } else {
                    working_days[i][day / 64] &= !(1 << (day % 64));
                }
            }
        };
        for year in &years {
            for date in &year.non_working_weekdays {
                if !is_weekend(*date) {
                    mark(*date, false);
                }
            }
            for date in &year.working_weekend_days {
                if is_weekend(*date) {
                    mark(*date, true);
                }
            }
        }
        Calendar {
            name: name.into(),
            years,
            covered,
            working_days,
        }
    }

    /// The calendar's id, like `russia_federal`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The years, in order.
    pub fn years(&self) -> &[CalendarYear] {
        &self.years
    }

    /// The first year covered.
    pub fn first_year(&self) -> Option<i16> {
        self.covered.first().copied()
    }

    /// The last year covered.
    pub fn last_year(&self) -> Option<i16> {
        self.covered.last().copied()
    }

    /// Does the calendar have this year?
    pub fn covers(&self, year: i16) -> bool {
        self.covered.binary_search(&year).is_ok()
    }

    /// Is `date` a working day? Saturdays and Sundays are days off unless
    /// listed as working; Monday to Friday are working days unless listed as
    /// non-working.
    pub fn is_working_day(&self, date: Date) -> Result<bool, OutsideCalendar> {
        let Ok(i) = self.covered.binary_search(&date.year()) else {
            return Err(self.outside(date));
        };
        let day = day_index(date);
        Ok(self.working_days[i][day / 64] & (1 << (day % 64)) != 0)
    }

    fn outside(&self, date: Date) -> OutsideCalendar {
        OutsideCalendar {
            date,
            first_year: self.first_year(),
            last_year: self.last_year(),
        }
    }

    /// The day after `date`, or the error for running off the end of time.
    fn day_after(&self, date: Date) -> Result<Date, OutsideCalendar> {
        date.tomorrow().map_err(|_| self.outside(Date::MAX))
    }

    /// `date` if it is a working day, else the next working day (art. 193).
    /// Ends because every step either finds a working day or reaches a year
    /// the calendar lacks, which is an error.
    fn working_day_on_or_after(&self, date: Date) -> Result<Date, OutsideCalendar> {
        let mut day = date;
        while !self.is_working_day(day)? {
            day = self.day_after(day)?;
        }
        Ok(day)
    }

    /// The `n`th working day after `date` (`date` itself when `n` is zero).
    fn nth_working_day_after(&self, date: Date, n: u32) -> Result<Date, OutsideCalendar> {
        let mut day = date;
        let mut counted = 0;
        while counted < n {
            day = self.day_after(day)?;
            if self.is_working_day(day)? {
                counted += 1;
            }
        }
        Ok(day)
    }
}

fn is_weekend(date: Date) -> bool {
    matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// The day's place in its year, from 0.
fn day_index(date: Date) -> usize {
    usize::from(date.day_of_year().unsigned_abs()).saturating_sub(1)
}

/// The days of `year` from Monday to Friday (none for a year that has no
/// dates, which nothing can ask about).
fn weekdays_of(year: i16) -> YearDays {
    let mut days = YearDays::default();
    let Ok(first) = Date::new(year, 1, 1) else {
        return days;
    };
    let monday_offset = usize::from(first.weekday().to_monday_zero_offset().unsigned_abs());
    let length = usize::from(first.days_in_year().unsigned_abs());
    for (i, word) in days.iter_mut().enumerate() {
        let first_day = 64 * i;
        let in_year = match length.saturating_sub(first_day) {
            64.. => u64::MAX,
            n => (1 << n) - 1,
        };
        *word = WEEKDAY_RUNS[(monday_offset + first_day) % 7] & in_year;
    }
    days
}

/// The weekdays among 64 days in a row, as bits, for a run that starts on
/// each day of the week (0: Monday).
const WEEKDAY_RUNS: [u64; 7] = {
    let mut runs = [0; 7];
    let mut start = 0;
    while start < 7 {
        let mut day = 0;
        while day < 64 {
            if (start + day) % 7 < 5 {
                runs[start] |= 1 << day;
            }
            day += 1;
        }
        start += 1;
    }
    runs
};

// ---------------------------------------------------------------------------
// Deadlines
// ---------------------------------------------------------------------------

/// One step of working out a deadline, with the rule that justifies it.
///
/// The variants and their fields are the machine form (stable: callers may
/// serialise them, with [`Step::kind`] as the tag); `Display` is the English
/// sentence shown to people.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// A term in months ran from `from` to the corresponding date `to`
    /// (Civil Code art. 191, 192).
    Months {
        /// The acceptance date.
        from: Date,
        /// The number of months.
        months: u32,
        /// The corresponding date, or the month's last day.
        to: Date,
        /// The last month has no day with `from`'s number, so the term ends
        /// on its last day (art. 192 p. 3: 31 October + 4 months -> 28 February).
        month_too_short: bool,
    },
    /// A term in working days ended on the `days`th working day after `from`.
    WorkingDays {
        /// The acceptance date (not counted).
        from: Date,
        /// The number of working days.
        days: u32,
        /// The last working day counted.
        to: Date,
    },
    /// A term in calendar days ended on the `days`th day after `from`.
    CalendarDays {
        /// The acceptance date (not counted).
        from: Date,
        /// The number of days.
        days: u32,
        /// The last day counted.
        to: Date,
    },
    /// The last day `from` is not a working day, so the term ends on the
    /// next working day `to` (Civil Code art. 193).
    NextWorkingDay {
        /// The last day of the term, a day off.
        from: Date,
        /// The next working day.
        to: Date,
    },
}

impl Step {
    /// A stable machine name: `months`, `working_days`, `calendar_days`,
    /// `next_working_day`.
    pub fn kind(&self) -> &'static str {
        match self {
            Step::Months { .. } => "months",
            Step::WorkingDays { .. } => "working_days",
            Step::CalendarDays { .. } => "calendar_days",
            Step::NextWorkingDay { .. } => "next_working_day",
        }
    }

    /// The date the step starts from.
    pub fn from(&self) -> Date {
        match *self {
            Step::Months { from, .. }
            | Step::WorkingDays { from, .. }
            | Step::CalendarDays { from, .. }
            | Step::NextWorkingDay { from, .. } => from,
        }
    }

    /// The date the step arrives at.
    pub fn to(&self) -> Date {
        match *self {
            Step::Months { to, .. }
            | Step::WorkingDays { to, .. }
            | Step::CalendarDays { to, .. }
            | Step::NextWorkingDay { to, .. } => to,
        }
    }

    /// The legal rule the step applies, as cited in the output.
    pub fn rule(&self) -> &'static str {
        match self {
            Step::Months {
                month_too_short: false,
                ..
            } => "Civil Code art. 191, 192",
            Step::Months {
                month_too_short: true,
                ..
            } => "Civil Code art. 191, 192 p. 3",
            // The working-day convention is borrowed, so the citation says
            // where from rather than pretending the Civil Code says it.
            Step::WorkingDays { .. } => "Civil Code art. 191; Tax Code art. 6.1 by analogy",
            Step::CalendarDays { .. } => "Civil Code art. 191",
            Step::NextWorkingDay { .. } => "Civil Code art. 193",
        }
    }
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rule = self.rule();
        match *self {
            Step::Months {
                from,
                months,
                to,
                month_too_short,
            } => {
                let words = Unit::Months.words(months);
                write!(f, "{months} {words} from {} -> {}", Dmy(from), Dmy(to))?;
                if month_too_short {
                    write!(
                        f,
                        ", the last day of the month, as {} {} has no day {}",
                        month_name(to.month()),
                        to.year(),
                        from.day()
                    )?;
                }
                write!(f, " ({rule})")
            }
            Step::WorkingDays { from, days, to } => write!(
                f,
                "{days} {} counted from the day after {} -> {} ({rule})",
                Unit::WorkingDays.words(days),
                Dmy(from),
                Dmy(to)
            ),
            Step::CalendarDays { from, days, to } => write!(
                f,
                "{days} {} counted from the day after {} -> {} ({rule})",
                Unit::CalendarDays.words(days),
                Dmy(from),
                Dmy(to)
            ),
            Step::NextWorkingDay { from, to } => write!(
                f,
                "{} is {}, a non-working day -> {} ({rule})",
                Dmy(from),
                weekday_name(from.weekday()),
                Dmy(to)
            ),
        }
    }
}

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

/// A date the way Russian documents write it: `25.04.2026` (clause 26.1 of
/// Order 417 asks for DD.MM.YYYY, and people read deadlines so).
pub fn dmy(date: Date) -> String {
    Dmy(date).to_string()
}

/// [`dmy`] for `write!`, without an intermediate `String`.
struct Dmy(Date);

impl fmt::Display for Dmy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:02}.{:02}.{:04}",
            self.0.day(),
            self.0.month(),
            self.0.year()
        )
    }
}

/// The English name of a month (1-12), as dates are written for people.
pub(crate) fn month_name(month: i8) -> &'static str {
    match month {
        1 => "January",
        2 => "February",
        3 => "March",
        4 => "April",
        5 => "May",
        6 => "June",
        7 => "July",
        8 => "August",
        9 => "September",
        10 => "October",
        11 => "November",
        _ => "December",
    }
}

/// The weekday with its article, as the sentence needs it.
fn weekday_name(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Monday => "a Monday",
        Weekday::Tuesday => "a Tuesday",
        Weekday::Wednesday => "a Wednesday",
        Weekday::Thursday => "a Thursday",
        Weekday::Friday => "a Friday",
        Weekday::Saturday => "a Saturday",
        Weekday::Sunday => "a Sunday",
    }
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
