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

/// Evaluates `c` over `facts`. A condition on the category applied under
/// (`category is ...`) cannot be told without the categories: see
/// [`eval_in`].
pub fn eval(c: &Condition, facts: &FactValues) -> Truth {
    eval_in(c, facts, &|_| {
        Truth::Unknown(vec![crate::model::CATEGORY.to_owned()])
    })
}

/// Evaluates `c` over `facts`, where `category is a, b` (a category,
/// branch or group id each) is what `category` says of the ids listed:
/// whether the category the applicant applies under is one of them.
pub fn eval_in(c: &Condition, facts: &FactValues, category: &dyn Fn(&[String]) -> Truth) -> Truth {
    let eval = |c: &Condition, facts: &FactValues| eval_in(c, facts, category);
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
        } if fact == crate::model::CATEGORY => {
            let listed: Vec<String> = values
                .iter()
                .filter_map(|v| match v {
                    Value::Option(id) => Some(id.clone()),
                    _ => None,
                })
                .collect();
            match (category(&listed), operator) {
                (Truth::True, Operator::NotIn) => Truth::False,
                (Truth::False, Operator::NotIn) => Truth::True,
                (truth, _) => truth,
            }
        }
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
            let resolved: Vec<Bound> = values
                .iter()
                .filter_map(|v| match v {
                    Value::DateOf(d) => {
                        let bound = bound_of(d, facts);
                        if bound.is_none() {
                            merge(&mut needs, std::slice::from_ref(&d.of));
                        }
                        bound
                    }
                    other => Some(Bound::Value(other.clone())),
                })
                .collect();
            match actual {
                Some(actual) if needs.is_empty() => {
                    Truth::from_bool(compare_bounds(actual, *operator, &resolved))
                }
                _ => Truth::Unknown(needs),
            }
        }
    }
}

/// What a value compared with a date stands for: a value, or a date
/// counted so far forward or back that no calendar day reaches it (it is
/// then after, or before, every date).
#[derive(Clone, Debug, PartialEq)]
enum Bound {
    Value(Value),
    Beyond { after: bool },
}

fn bound_of(d: &DateOf, facts: &FactValues) -> Option<Bound> {
    let Some(Value::Date(base)) = facts.get(&d.of) else {
        return None;
    };
    Some(match d.shift {
        None => Bound::Value(Value::Date(*base)),
        // The calendar starts at the year 1: a day counted back before it
        // is before every date, as one past 9999 is after every date.
        Some(s) => match s.apply(*base) {
            Some(day) if day.year() >= 1 => Bound::Value(Value::Date(day)),
            _ => Bound::Beyond { after: s.after },
        },
    })
}

fn compare_bounds(actual: &Value, operator: Operator, bounds: &[Bound]) -> bool {
    let each = |on_value: &dyn Fn(&Value) -> bool, beyond: &dyn Fn(bool) -> bool| {
        bounds.iter().all(|b| match b {
            Bound::Value(v) => on_value(v),
            Bound::Beyond { after } => beyond(*after),
        })
    };
    match operator {
        Operator::In => bounds.iter().any(|b| b == &Bound::Value(actual.clone())),
        Operator::NotIn => !bounds.iter().any(|b| b == &Bound::Value(actual.clone())),
        Operator::AtLeast => each(&|v| actual >= v, &|after| !after),
        Operator::AtMost => each(&|v| actual <= v, &|after| after),
        Operator::Under => each(&|v| actual < v, &|after| after),
        Operator::Over => each(&|v| actual > v, &|after| !after),
    }
}

/// The date a [`DateOf`] stands for, when its fact or event is given and
/// the day it counts to is one a calendar holds.
pub fn date_of(d: &DateOf, facts: &FactValues) -> Option<Date> {
    match bound_of(d, facts)? {
        Bound::Value(Value::Date(day)) => Some(day),
        _ => None,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Shift, ShiftUnit};

    fn compared(operator: Operator, shift: Shift, issued: Date, filed: Date) -> Truth {
        let c = Condition::Compare {
            fact: "issued".to_owned(),
            operator,
            values: vec![Value::DateOf(DateOf {
                of: "filed".to_owned(),
                shift: Some(shift),
            })],
            unit: None,
        };
        let facts: FactValues = [
            ("issued".to_owned(), Value::Date(issued)),
            ("filed".to_owned(), Value::Date(filed)),
        ]
        .into_iter()
        .collect();
        eval(&c, &facts)
    }

    #[test]
    fn a_date_counted_past_the_calendar_is_after_or_before_every_date() {
        let last = jiff::civil::date(9999, 12, 31);
        let far = Shift {
            amount: u32::MAX,
            unit: ShiftUnit::Days,
            after: true,
        };
        // 9999-12-31 is before a day four billion days after it.
        assert_eq!(compared(Operator::Under, far, last, last), Truth::True);
        assert_eq!(compared(Operator::AtLeast, far, last, last), Truth::False);
        assert_eq!(compared(Operator::In, far, last, last), Truth::False);
        let first = jiff::civil::date(1, 1, 1);
        let back = Shift {
            amount: 14,
            unit: ShiftUnit::Years,
            after: false,
        };
        // Nothing is on or before a day fourteen years before the year 1.
        assert_eq!(compared(Operator::AtMost, back, first, first), Truth::False);
        assert_eq!(compared(Operator::Over, back, first, first), Truth::True);
        assert_eq!(
            date_of(
                &DateOf {
                    of: "filed".to_owned(),
                    shift: Some(back)
                },
                &[("filed".to_owned(), Value::Date(first))]
                    .into_iter()
                    .collect(),
            ),
            None
        );
    }
}
