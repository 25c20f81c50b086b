//! Time: processing terms and other limits, the durations they run for,
//! the events they are counted from, and the production calendar.

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ClauseText;
use crate::source::Span;

/// Something a term is counted from.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Event {
    /// Id.
    pub id: String,
    /// Name.
    pub title: String,
    /// Marked `date of acceptance`: its date is the acceptance date.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub acceptance: bool,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// A duration: `4 months`, `15 working days`, `10 minutes`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Duration {
    /// How many.
    pub amount: u32,
    /// Of what.
    pub unit: DurationUnit,
}

/// Units durations are counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DurationUnit {
    /// Calendar months (Civil Code art. 192).
    Months,
    /// Working days by the production calendar.
    WorkingDays,
    /// Calendar days.
    CalendarDays,
    /// Hours.
    Hours,
    /// Minutes.
    Minutes,
}

impl DurationUnit {
    /// Words for `n` of this unit.
    pub fn words(self, n: u32) -> &'static str {
        match (self, n == 1) {
            (DurationUnit::Months, true) => "month",
            (DurationUnit::Months, false) => "months",
            (DurationUnit::WorkingDays, true) => "working day",
            (DurationUnit::WorkingDays, false) => "working days",
            (DurationUnit::CalendarDays, true) => "calendar day",
            (DurationUnit::CalendarDays, false) => "calendar days",
            (DurationUnit::Hours, true) => "hour",
            (DurationUnit::Hours, false) => "hours",
            (DurationUnit::Minutes, true) => "minute",
            (DurationUnit::Minutes, false) => "minutes",
        }
    }

    /// Reads a unit as written (`month`, `working days`, `days`).
    pub fn parse(words: &str) -> Option<Self> {
        Some(match words {
            "month" | "months" => DurationUnit::Months,
            "working day" | "working days" => DurationUnit::WorkingDays,
            "calendar day" | "calendar days" | "day" | "days" => DurationUnit::CalendarDays,
            "hour" | "hours" => DurationUnit::Hours,
            "minute" | "minutes" => DurationUnit::Minutes,
            _ => return None,
        })
    }

    /// The unit for deadline computation, if deadlines can be counted in it.
    pub fn deadline_unit(self) -> Option<crate::deadline::Unit> {
        match self {
            DurationUnit::Months => Some(crate::deadline::Unit::Months),
            DurationUnit::WorkingDays => Some(crate::deadline::Unit::WorkingDays),
            DurationUnit::CalendarDays => Some(crate::deadline::Unit::CalendarDays),
            DurationUnit::Hours | DurationUnit::Minutes => None,
        }
    }
}

impl std::fmt::Display for Duration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.amount, self.unit.words(self.amount))
    }
}

/// How long a term lasts, or that the source does not say.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TermLength {
    /// A stated duration.
    Lasts {
        /// The duration.
        duration: Duration,
        /// Id of the event it is counted from.
        from: Option<String>,
    },
    /// The source states no term.
    NotStated {
        /// Why, in the editor's words.
        reason: String,
    },
}

/// A processing term.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Term {
    /// Id.
    pub id: String,
    /// Clause, text, basis.
    #[serde(flatten)]
    pub clause: ClauseText,
    /// How long.
    pub length: TermLength,
    /// Application kinds it is for.
    pub applications: Vec<String>,
    /// Categories (or branches) it is for; `None`: all that file those applications.
    pub categories: Option<Vec<String>>,
    /// Statuses it is for; `None`: all.
    pub statuses: Option<Vec<String>>,
    /// Where it is declared.
    pub span: Span,
}

/// A time limit that is not a processing term.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Limit {
    /// Id.
    pub id: String,
    /// Clause, text, basis.
    #[serde(flatten)]
    pub clause: ClauseText,
    /// How long.
    pub duration: Duration,
    /// Id of the event it is counted from.
    pub from: Option<String>,
    /// Where it is declared.
    pub span: Span,
}

/// A production calendar.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Calendar {
    /// Id.
    pub id: String,
    /// Title.
    pub title: Option<String>,
    /// The years it covers, in order.
    pub years: Vec<CalendarYear>,
    /// Where it is declared.
    pub span: Span,
}

/// One year of a production calendar.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct CalendarYear {
    /// The year.
    pub year: i16,
    /// The decree that set it.
    pub decree: String,
    /// Weekdays that are days off.
    pub non_working: Vec<Date>,
    /// Weekend days that are working days.
    pub working: Vec<Date>,
}

impl Calendar {
    /// The calendar in the form the deadline computation uses.
    pub fn to_deadline_calendar(&self) -> crate::deadline::Calendar {
        let years = self
            .years
            .iter()
            .map(|y| crate::deadline::CalendarYear {
                year: y.year,
                decree: y.decree.clone(),
                non_working_weekdays: y.non_working.clone(),
                working_weekend_days: y.working.clone(),
            })
            .collect();
        crate::deadline::Calendar::new(self.id.clone(), years)
    }
}
