//! Three-valued evaluation of conditions: a fact the caller did not give
//! makes a condition undetermined instead of silently false.

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::model::{Condition, DateOf, Operator, Value};

/// The facts known about an applicant.
pub type FactValues = BTreeMap<String, Value>;

/// True, false, or unknown for want of the listed facts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Truth {
    /// Holds.
    True,
    /// Does not hold.
    False,
    /// Cannot be decided without these facts.
    Unknown(Vec<String>),
}

impl Truth {
    fn from_bool(b: bool) -> Self {
        if b { Truth::True } else { Truth::False }
    }

    /// The facts still needed (empty when decided).
    pub fn needs(&self) -> &[String] {
        match self {
            Truth::Unknown(f) => f,
            _ => &[],
        }
    }
}

fn merge(into: &mut Vec<String>, from: &[String]) {
    for f in from {
        if !into.contains(f) {
            into.push(f.clone());
        }
    }
}

/// Evaluates `c` over `facts`.
pub fn eval(c: &Condition, facts: &FactValues) -> Truth {
    match c {
        Condition::All { parts } => {
            let mut needs = Vec::new();
            for p in parts {
                match eval(p, facts) {
                    Truth::False => return Truth::False,
                    Truth::Unknown(f) => merge(&mut needs, &f),
                    Truth::True => {}
                }
            }
            if needs.is_empty() {
                Truth::True
            } else {
                Truth::Unknown(needs)
            }
        }
        Condition::Any { parts } => {
            let mut needs = Vec::new();
            for p in parts {
                match eval(p, facts) {
                    Truth::True => return Truth::True,
                    Truth::Unknown(f) => merge(&mut needs, &f),
                    Truth::False => {}
                }
            }
            if needs.is_empty() {
                Truth::False
            } else {
                Truth::Unknown(needs)
            }
        }
        Condition::Not { inner } => match eval(inner, facts) {
            Truth::True => Truth::False,
            Truth::False => Truth::True,
            unknown => unknown,
        },
        Condition::Fact { fact } => match facts.get(fact) {
            Some(Value::YesNo(b)) => Truth::from_bool(*b),
            Some(_) => Truth::False,
            None => Truth::Unknown(vec![fact.clone()]),
        },
        Condition::Compare {
            fact,
            operator,
            values,
            ..
        } => {
            let dates = values.iter().any(|v| matches!(v, Value::DateOf(_)));
            let actual = facts.get(fact);
            if !dates {
                return match actual {
                    Some(actual) => Truth::from_bool(compare(actual, *operator, values)),
                    None => Truth::Unknown(vec![fact.clone()]),
                };
            }
            let mut needs: Vec<String> =
                actual.is_none().then(|| fact.clone()).into_iter().collect();
            let resolved: Vec<Value> = values
                .iter()
                .filter_map(|v| match v {
                    Value::DateOf(d) => {
                        let day = date_of(d, facts);
                        if day.is_none() {
                            merge(&mut needs, std::slice::from_ref(&d.of));
                        }
                        day.map(Value::Date)
                    }
                    other => Some(other.clone()),
                })
                .collect();
            match actual {
                Some(actual) if needs.is_empty() => {
                    Truth::from_bool(compare(actual, *operator, &resolved))
                }
                _ => Truth::Unknown(needs),
            }
        }
    }
}

/// The date a [`DateOf`] stands for, when its fact or event is given. A
/// shift past the dates a `Date` holds stops at the first or last of them.
pub fn date_of(d: &DateOf, facts: &FactValues) -> Option<Date> {
    let Some(Value::Date(base)) = facts.get(&d.of) else {
        return None;
    };
    Some(match d.shift {
        None => *base,
        Some(s) => s
            .apply(*base)
            .unwrap_or(if s.after { Date::MAX } else { Date::MIN }),
    })
}

fn compare(actual: &Value, operator: Operator, values: &[Value]) -> bool {
    match operator {
        Operator::In => values.contains(actual),
        Operator::NotIn => !values.contains(actual),
        // Values of one fact share a type (the checker saw to it), so the
        // derived order compares numbers with numbers and dates with dates.
        Operator::AtLeast => values.iter().all(|v| actual >= v),
        Operator::AtMost => values.iter().all(|v| actual <= v),
        Operator::Under => values.iter().all(|v| actual < v),
        Operator::Over => values.iter().all(|v| actual > v),
    }
}
