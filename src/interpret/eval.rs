//! Three-valued evaluation of conditions: a fact the caller did not give
//! makes a condition undetermined instead of silently false.

use std::collections::BTreeMap;

use crate::model::{Condition, Operator, Value};

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
            let Some(actual) = facts.get(fact) else {
                return Truth::Unknown(vec![fact.clone()]);
            };
            Truth::from_bool(compare(actual, *operator, values))
        }
    }
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
