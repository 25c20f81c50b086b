//! The steps that lead to a deadline, each with its rule, and dates as
//! people read them.

use std::fmt;

use jiff::civil::{Date, Weekday};

use super::Unit;

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
