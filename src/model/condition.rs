//! Checked conditions over facts.

use std::fmt;

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A value of a fact.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Value {
    /// Yes or no.
    YesNo(bool),
    /// A whole number (in the fact's unit).
    Number(u32),
    /// A date.
    Date(Date),
    /// An option id.
    Option(String),
    /// The date of a date fact or an event, perhaps counted forward or back:
    /// `application_filed`, `3 months before application_filed`.
    DateOf(DateOf),
}

/// The date of a date fact or an event, perhaps shifted: only known when
/// that date is given.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub struct DateOf {
    /// The date fact or event.
    pub of: String,
    /// How far before or after it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub shift: Option<Shift>,
}

/// `3 months before`, `14 years before`, `10 days after`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub struct Shift {
    /// How many.
    pub amount: u32,
    /// Of what.
    pub unit: ShiftUnit,
    /// Forward (else back).
    pub after: bool,
}

/// The units a date is counted forward or back in.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ShiftUnit {
    /// Years: twelve months each (Civil Code art. 192 p. 1).
    Years,
    /// Months: the corresponding day, or the month's last (art. 192 p. 3).
    Months,
    /// Calendar days.
    Days,
}

impl ShiftUnit {
    /// Reads a unit as written (`year`, `months`, `calendar days`).
    pub fn parse(words: &str) -> Option<Self> {
        Some(match words {
            "year" | "years" => ShiftUnit::Years,
            "month" | "months" => ShiftUnit::Months,
            "day" | "days" | "calendar day" | "calendar days" => ShiftUnit::Days,
            _ => return None,
        })
    }

    /// Words for `n` of this unit.
    pub fn words(self, n: u32) -> &'static str {
        match (self, n == 1) {
            (ShiftUnit::Years, true) => "year",
            (ShiftUnit::Years, false) => "years",
            (ShiftUnit::Months, true) => "month",
            (ShiftUnit::Months, false) => "months",
            (ShiftUnit::Days, true) => "day",
            (ShiftUnit::Days, false) => "days",
        }
    }
}

impl Shift {
    /// The date this shift reaches from `date`, by the month arithmetic the
    /// deadlines use; `None` past the dates a `Date` holds.
    pub fn apply(self, date: Date) -> Option<Date> {
        let sign = if self.after { 1 } else { -1 };
        let amount = i64::from(self.amount);
        match self.unit {
            ShiftUnit::Years => crate::deadline::shift_months(date, sign * amount * 12),
            ShiftUnit::Months => crate::deadline::shift_months(date, sign * amount),
            ShiftUnit::Days => {
                let span = jiff::Span::new().try_days(sign * amount).ok()?;
                date.checked_add(span).ok()
            }
        }
    }
}

impl fmt::Display for DateOf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(s) = self.shift {
            let word = if s.after { "after" } else { "before" };
            write!(f, "{} {} {word} ", s.amount, s.unit.words(s.amount))?;
        }
        f.write_str(&self.of)
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::YesNo(true) => f.write_str("yes"),
            Value::YesNo(false) => f.write_str("no"),
            Value::Number(n) => write!(f, "{n}"),
            Value::Date(d) => write!(f, "{d}"),
            Value::Option(o) => f.write_str(o),
            Value::DateOf(d) => write!(f, "{d}"),
        }
    }
}

/// How a fact is compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Operator {
    /// Equal to one of the values (one value for `is`).
    In,
    /// Equal to none of the values.
    NotIn,
    /// Greater or equal.
    AtLeast,
    /// Less or equal.
    AtMost,
    /// Less than.
    Under,
    /// Greater than.
    Over,
}

/// The name a condition reads the category the applicant applies under
/// by: `category is quota_worker` is a [`Condition::Compare`] of it with
/// `is` or `is not` and the ids of categories, branches or groups, as
/// written (a category covers its branches, a group its categories).
pub const CATEGORY: &str = "category";

/// A checked condition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Condition {
    /// Every part holds.
    All {
        /// The parts.
        parts: Vec<Condition>,
    },
    /// At least one part holds.
    Any {
        /// The parts.
        parts: Vec<Condition>,
    },
    /// The inner condition does not hold.
    Not {
        /// The negated condition.
        inner: Box<Condition>,
    },
    /// A yes/no fact is yes.
    Fact {
        /// The fact.
        fact: String,
    },
    /// A comparison.
    Compare {
        /// The fact.
        fact: String,
        /// How.
        operator: Operator,
        /// With what.
        values: Vec<Value>,
        /// The fact's unit, for display (`years`).
        #[serde(skip_serializing_if = "Option::is_none", default)]
        unit: Option<String>,
    },
}

impl Condition {
    /// Every fact the condition reads, in order of appearance.
    pub fn facts(&self, out: &mut Vec<String>) {
        match self {
            Condition::All { parts } | Condition::Any { parts } => {
                parts.iter().for_each(|p| p.facts(out))
            }
            Condition::Not { inner } => inner.facts(out),
            Condition::Fact { fact } => {
                if !out.contains(fact) {
                    out.push(fact.clone());
                }
            }
            Condition::Compare { fact, values, .. } => {
                let dates = values.iter().filter_map(|v| match v {
                    Value::DateOf(d) => Some(&d.of),
                    _ => None,
                });
                for f in std::iter::once(fact).chain(dates) {
                    if !out.contains(f) {
                        out.push(f.clone());
                    }
                }
            }
        }
    }
}

impl fmt::Display for Condition {
    /// The condition in the language's own words, with brackets where needed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn part(f: &mut fmt::Formatter<'_>, c: &Condition) -> fmt::Result {
            match c {
                Condition::All { parts } | Condition::Any { parts } if parts.len() > 1 => {
                    write!(f, "({c})")
                }
                _ => write!(f, "{c}"),
            }
        }
        match self {
            Condition::All { parts } | Condition::Any { parts } => {
                let word = if matches!(self, Condition::All { .. }) {
                    " and "
                } else {
                    " or "
                };
                for (i, p) in parts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(word)?;
                    }
                    part(f, p)?;
                }
                Ok(())
            }
            Condition::Not { inner } => {
                f.write_str("not ")?;
                part(f, inner)
            }
            Condition::Fact { fact } => f.write_str(fact),
            Condition::Compare {
                fact,
                operator,
                values,
                unit,
            } => {
                let dates = matches!(values.first(), Some(Value::Date(_) | Value::DateOf(_)));
                let words = match (operator, values.len()) {
                    (Operator::AtLeast, _) if dates => "is on or after",
                    (Operator::AtMost, _) if dates => "is on or before",
                    (Operator::Under, _) if dates => "is before",
                    (Operator::Over, _) if dates => "is after",
                    (Operator::In, 1) => "is",
                    (Operator::In, _) => "is one of",
                    (Operator::NotIn, 1) => "is not",
                    (Operator::NotIn, _) => "is not one of",
                    (Operator::AtLeast, _) => "is at least",
                    (Operator::AtMost, _) => "is at most",
                    (Operator::Under, _) => "is under",
                    (Operator::Over, _) => "is over",
                };
                let shown: Vec<String> = values
                    .iter()
                    .map(|v| match (v, unit) {
                        (Value::Number(n), Some(u)) => format!("{n} {u}"),
                        _ => v.to_string(),
                    })
                    .collect();
                write!(f, "{fact} {words} {}", shown.join(", "))
            }
        }
    }
}
