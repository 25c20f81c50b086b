//! Conditions as written (`applies when`, `required when`, ...) and the
//! values they compare facts with, which examples give too.

use jiff::civil::Date;
use serde::Serialize;

use super::{Name, Quantity};
use crate::source::Span;

/// A value in a condition or an example.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Value {
    /// `yes` / `no`.
    YesNo(bool, Span),
    /// `12` or `12 years`.
    Number(u32, Option<Name>, Span),
    /// `2019-11-01`.
    Date(Date, Span),
    /// An option, status or application kind: `stateless_person`; compared
    /// with a date fact, another date fact or an event.
    Option(Name),
    /// `3 months before application_filed`: a date counted from another
    /// (only in conditions).
    Offset {
        /// How far, with its unit as written.
        by: Quantity,
        /// `after` (else `before`).
        after: bool,
        /// The date counted from: a [`Value::Date`] or a [`Value::Option`]
        /// naming a date fact or an event.
        from: Box<Value>,
        /// Where.
        span: Span,
    },
}

impl Value {
    /// Where the value is.
    pub fn span(&self) -> Span {
        match self {
            Value::YesNo(_, s)
            | Value::Number(_, _, s)
            | Value::Date(_, s)
            | Value::Offset { span: s, .. } => *s,
            Value::Option(n) => n.span,
        }
    }
}

/// The comparison words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Comparator {
    Is,
    IsNot,
    IsOneOf,
    IsNotOneOf,
    AtLeast,
    AtMost,
    Under,
    Over,
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
}

impl Comparator {
    /// The words as written.
    pub fn words(self) -> &'static str {
        match self {
            Comparator::Is => "is",
            Comparator::IsNot => "is not",
            Comparator::IsOneOf => "is one of",
            Comparator::IsNotOneOf => "is not one of",
            Comparator::AtLeast => "is at least",
            Comparator::AtMost => "is at most",
            Comparator::Under => "is under",
            Comparator::Over => "is over",
            Comparator::Before => "is before",
            Comparator::After => "is after",
            Comparator::OnOrBefore => "is on or before",
            Comparator::OnOrAfter => "is on or after",
        }
    }
}

/// A condition as written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Condition {
    /// All must hold.
    And {
        /// The parts.
        parts: Vec<Condition>,
        /// Where.
        span: Span,
    },
    /// One must hold.
    Or {
        /// The parts.
        parts: Vec<Condition>,
        /// Where.
        span: Span,
    },
    /// Must not hold.
    Not {
        /// The negated condition.
        inner: Box<Condition>,
        /// Where.
        span: Span,
    },
    /// A yes/no fact on its own.
    Fact {
        /// The fact.
        fact: Name,
    },
    /// `fact <comparator> value[, value]`.
    Compare {
        /// The fact.
        fact: Name,
        /// The words.
        comparator: Comparator,
        /// Where the words are.
        comparator_span: Span,
        /// One value, or several for `is one of`.
        values: Vec<Value>,
        /// Where.
        span: Span,
    },
}

impl Condition {
    /// Where the condition is.
    pub fn span(&self) -> Span {
        match self {
            Condition::And { span, .. }
            | Condition::Or { span, .. }
            | Condition::Not { span, .. }
            | Condition::Compare { span, .. } => *span,
            Condition::Fact { fact } => fact.span,
        }
    }
}
