//! A condition in words, for every backend that prints one: the site says
//! "“How old are you?” — under 18 years", a form says "1.4 is “Yes”". The
//! shape of the sentence (groups in brackets, a negated yes/no as "no",
//! the operator before its values) is decided here once; each backend only
//! says how its pieces are worded and escaped, through [`Phrasing`].

use crate::model::{Condition, Operator, Value};

/// How one output words the pieces of a condition. Every method returns
/// text ready for the output (escaped where the output needs it).
pub trait Phrasing {
    /// "and" (`all`) or "or".
    fn conjunction(&self, all: bool) -> String;
    /// "not", before a bracketed group.
    fn negation(&self) -> String;
    /// The words before the values of a comparison: "" for a plain "is",
    /// "one of:", "at least", "on or after" (`dates`: the values are dates;
    /// `several`: more than one value).
    fn operator(&self, operator: Operator, several: bool, dates: bool) -> String;
    /// Between two values of one comparison.
    fn value_separator(&self) -> String;
    /// One value of `fact`.
    fn value(&self, fact: &str, value: &Value, unit: Option<&str>) -> String;
    /// The fact (or form field) and what is said of it.
    fn statement(&self, fact: &str, predicate: &str) -> String;
}

/// `c` in words.
pub fn in_words(c: &Condition, p: &impl Phrasing) -> String {
    match c {
        Condition::All { parts } | Condition::Any { parts } => {
            let joint = format!(" {} ", p.conjunction(matches!(c, Condition::All { .. })));
            parts
                .iter()
                .map(|part| match part {
                    Condition::All { parts } | Condition::Any { parts } if parts.len() > 1 => {
                        format!("({})", in_words(part, p))
                    }
                    _ => in_words(part, p),
                })
                .collect::<Vec<_>>()
                .join(&joint)
        }
        // A yes/no fact is worded as the answer it needs: "— no", not
        // "not (— yes)".
        Condition::Not { inner } => match inner.as_ref() {
            Condition::Fact { fact } => {
                compare(p, fact, Operator::In, &[Value::YesNo(false)], None)
            }
            other => format!("{} ({})", p.negation(), in_words(other, p)),
        },
        Condition::Fact { fact } => compare(p, fact, Operator::In, &[Value::YesNo(true)], None),
        Condition::Compare {
            fact,
            operator,
            values,
            unit,
        } => compare(p, fact, *operator, values, unit.as_deref()),
    }
}

fn compare(
    p: &impl Phrasing,
    fact: &str,
    operator: Operator,
    values: &[Value],
    unit: Option<&str>,
) -> String {
    let dates = matches!(values.first(), Some(Value::Date(_) | Value::DateOf(_)));
    let shown = values
        .iter()
        .map(|v| p.value(fact, v, unit))
        .collect::<Vec<_>>()
        .join(&p.value_separator());
    let op = p.operator(operator, values.len() > 1, dates);
    let predicate = if op.is_empty() {
        shown
    } else {
        format!("{op} {shown}")
    };
    p.statement(fact, &predicate)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words every piece visibly, to show the sentence's shape.
    struct Plain;

    impl Phrasing for Plain {
        fn conjunction(&self, all: bool) -> String {
            if all { "AND" } else { "OR" }.to_owned()
        }
        fn negation(&self) -> String {
            "NOT".to_owned()
        }
        fn operator(&self, operator: Operator, several: bool, _dates: bool) -> String {
            match (operator, several) {
                (Operator::In, false) => String::new(),
                (Operator::In, true) => "one of".to_owned(),
                (other, _) => format!("{other:?}"),
            }
        }
        fn value_separator(&self) -> String {
            "/".to_owned()
        }
        fn value(&self, _fact: &str, value: &Value, _unit: Option<&str>) -> String {
            value.to_string()
        }
        fn statement(&self, fact: &str, predicate: &str) -> String {
            format!("{fact}: {predicate}")
        }
    }

    fn fact(id: &str) -> Condition {
        Condition::Fact {
            fact: id.to_owned(),
        }
    }

    #[test]
    fn groups_inside_groups_are_bracketed_and_a_negated_fact_reads_no() {
        let c = Condition::Any {
            parts: vec![
                Condition::All {
                    parts: vec![
                        fact("a"),
                        Condition::Not {
                            inner: Box::new(fact("b")),
                        },
                    ],
                },
                Condition::Compare {
                    fact: "kind".to_owned(),
                    operator: Operator::In,
                    values: vec![Value::Option("x".to_owned()), Value::Option("y".to_owned())],
                    unit: None,
                },
                Condition::Not {
                    inner: Box::new(Condition::Any {
                        parts: vec![fact("c"), fact("d")],
                    }),
                },
            ],
        };
        assert_eq!(
            in_words(&c, &Plain),
            "(a: yes AND b: no) OR kind: one of x/y OR NOT (c: yes OR d: yes)"
        );
    }
}
