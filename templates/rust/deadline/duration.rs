//! Durations: how long a term is, and what it is counted in.

use std::fmt;
use std::str::FromStr;

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
