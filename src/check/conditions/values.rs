//! The values a condition compares a fact with, and an example gives it:
//! each of the fact's type and unit, or a date fact or an event (perhaps
//! counted from) for a date.

use super::Env;
use crate::check::Checker;
use crate::diagnostics::messages;
use crate::model::{DateOf, FactType, Shift, ShiftUnit, Value};
use crate::syntax::ast;

/// `year` and `years` are the same unit, as are `child` and `children`:
/// a number's unit is written singular after 1 and plural after the rest.
pub fn same_unit(a: &str, b: &str) -> bool {
    fn singular(u: &str) -> &str {
        match u {
            "children" => "child",
            "persons" | "people" => "person",
            _ => u.strip_suffix('s').unwrap_or(u),
        }
    }
    a == b || singular(a) == singular(b)
}

/// How a fact type is described in messages.
pub fn type_words(t: &FactType) -> String {
    match t {
        FactType::YesNo => "a yes/no fact".to_owned(),
        FactType::Number { unit: Some(u) } => format!("a number of {u}"),
        FactType::Number { unit: None } => "a number".to_owned(),
        FactType::Date => "a date".to_owned(),
        FactType::Choice { choice } => format!("one of `{choice}`"),
    }
}

pub(super) fn value_words(v: &ast::Value) -> &'static str {
    match v {
        ast::Value::YesNo(..) => "yes/no",
        ast::Value::Number(..) => "a number",
        ast::Value::Date(..) => "a date",
        ast::Value::Option(_) => "an option",
        ast::Value::Offset { .. } => "a date counted from another",
    }
}

/// A value a fact is compared with: a date fact or an event (perhaps
/// counted from) for a date, else a value as [`value`] reads it.
pub(super) fn compared(
    cx: &mut Checker,
    env: &Env,
    fact: &str,
    t: &FactType,
    v: &ast::Value,
) -> Option<Value> {
    match (t, v) {
        (FactType::Date, ast::Value::Option(name)) => {
            date_of(cx, env, fact, name).map(|of| Value::DateOf(DateOf { of, shift: None }))
        }
        (
            FactType::Date,
            ast::Value::Offset {
                by, after, from, ..
            },
        ) => {
            let Some(unit) = ShiftUnit::parse(&by.unit.text) else {
                cx.problems
                    .push(messages::offset_unit(&by.unit.text, by.unit.span));
                return None;
            };
            let shift = Shift {
                amount: by.amount,
                unit,
                after: *after,
            };
            match from.as_ref() {
                ast::Value::Date(d, span) => match shift.apply(*d) {
                    Some(d) => Some(Value::Date(d)),
                    None => {
                        cx.problems.push(messages::number_too_large(*span));
                        None
                    }
                },
                ast::Value::Option(name) => date_of(cx, env, fact, name).map(|of| {
                    Value::DateOf(DateOf {
                        of,
                        shift: Some(shift),
                    })
                }),
                // The grammar counts only from a date or a name.
                other => {
                    cx.problems.push(messages::type_mismatch(
                        fact,
                        "a date",
                        value_words(other),
                        other.span(),
                        false,
                    ));
                    None
                }
            }
        }
        (_, ast::Value::Offset { span, .. }) => {
            cx.problems
                .push(messages::offset_on_non_date(fact, &type_words(t), *span));
            None
        }
        (_, ast::Value::Option(name))
            if env.fact(&name.text).is_some() && !is_option(env, t, &name.text) =>
        {
            // Named, if wrongly: not also reported as unused.
            cx.used.insert(name.text.clone());
            let other = env.fact(&name.text).map(type_words).unwrap_or_default();
            cx.problems.push(messages::fact_with_fact(
                fact,
                &type_words(t),
                &name.text,
                &other,
                name.span,
            ));
            None
        }
        _ => value(cx, env, fact, t, v, false),
    }
}

fn is_option(env: &Env, t: &FactType, name: &str) -> bool {
    matches!(t, FactType::Choice { choice } if env.options(choice).iter().any(|o| o == name))
}

/// The id of the date fact or event `name` names, or a problem.
fn date_of(cx: &mut Checker, env: &Env, fact: &str, name: &ast::Name) -> Option<String> {
    match env.fact(&name.text) {
        Some(FactType::Date) => {
            cx.used.insert(name.text.clone());
            Some(name.text.clone())
        }
        Some(other) => {
            cx.used.insert(name.text.clone());
            // "`status` is one of `status`" says nothing: name the kind.
            let what = match other {
                FactType::Choice { choice } => {
                    format!("a fact answered with an option of `{choice}`")
                }
                other => type_words(other),
            };
            cx.problems.push(messages::not_a_date(
                fact,
                &name.text,
                Some(&what),
                name.span,
            ));
            None
        }
        None => {
            let what = cx
                .kind_of(&name.text)
                .map(|k| format!("a `{}`", k.keyword()));
            cx.problems.push(messages::not_a_date(
                fact,
                &name.text,
                what.as_deref(),
                name.span,
            ));
            None
        }
    }
}

/// Checks a value against a fact's type (in conditions and in examples).
/// `given` is true in examples, whose type errors have their own code.
pub(crate) fn value(
    cx: &mut Checker,
    env: &Env,
    fact: &str,
    t: &FactType,
    v: &ast::Value,
    given: bool,
) -> Option<Value> {
    match (t, v) {
        (FactType::YesNo, ast::Value::YesNo(b, _)) => Some(Value::YesNo(*b)),
        (FactType::Date, ast::Value::Date(d, _)) => Some(Value::Date(*d)),
        (FactType::Number { unit }, ast::Value::Number(n, written, span)) => {
            match (unit, written) {
                (Some(expected), Some(w)) if !same_unit(&w.text, expected) => {
                    cx.problems
                        .push(messages::unit_mismatch(fact, expected, &w.text, *span));
                    None
                }
                (None, Some(w)) => {
                    cx.problems
                        .push(messages::unit_without_unit(fact, &w.text, *span));
                    None
                }
                _ => Some(Value::Number(*n)),
            }
        }
        (FactType::Choice { choice }, ast::Value::Option(name)) => {
            let allowed = env.options(choice);
            if allowed.contains(&name.text) {
                if !crate::check::BUILT_IN_FACTS.contains(&choice.as_str()) {
                    cx.used.insert(choice.clone());
                }
                Some(Value::Option(name.text.clone()))
            } else {
                cx.problems.push(messages::unknown_option(
                    fact, &name.text, allowed, name.span,
                ));
                None
            }
        }
        _ => {
            cx.problems.push(messages::type_mismatch(
                fact,
                &type_words(t),
                value_words(v),
                v.span(),
                given,
            ));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singular_and_plural_are_one_unit() {
        assert!(same_unit("year", "years"));
        assert!(same_unit("children", "child"));
        assert!(same_unit("working days", "working day"));
        assert!(!same_unit("years", "months"));
    }
}
