//! Type-checking conditions: every fact declared, every comparison word
//! suited to the fact's type, and (in `values.rs`) every value of the
//! fact's type and unit.

mod values;

use std::collections::{BTreeMap, BTreeSet};

use super::Checker;
use crate::diagnostics::messages;
use crate::model::{CATEGORY, Condition, FactType, Operator, Regulation, Value};
use crate::source::Span;
use crate::syntax::MAX_NESTING;
use crate::syntax::ast::{self, Comparator};

pub(crate) use values::value;
use values::{compared, type_words, value_words};

/// What the checker knows about facts while reading conditions.
pub(crate) struct Env {
    facts: BTreeMap<String, FactType>,
    untyped: BTreeSet<String>,
    options: BTreeMap<String, Vec<String>>,
}

impl Env {
    pub fn new(reg: &Regulation, untyped: &BTreeSet<String>) -> Self {
        let mut facts: BTreeMap<String, FactType> = reg
            .facts
            .iter()
            .map(|f| (f.id.clone(), f.answer.clone()))
            .collect();
        // An event is a date: compared, counted from, given in examples.
        for e in &reg.events {
            facts.insert(e.id.clone(), FactType::Date);
        }
        for built_in in super::BUILT_IN_FACTS {
            facts.insert(
                built_in.to_owned(),
                FactType::Choice {
                    choice: built_in.to_owned(),
                },
            );
        }
        let mut options: BTreeMap<String, Vec<String>> = reg
            .choices
            .iter()
            .map(|c| {
                (
                    c.id.clone(),
                    c.options.iter().map(|o| o.id.clone()).collect(),
                )
            })
            .collect();
        options.insert(
            "status".to_owned(),
            reg.statuses.iter().map(|s| s.id.clone()).collect(),
        );
        options.insert(
            "application".to_owned(),
            reg.applications.iter().map(|a| a.id.clone()).collect(),
        );
        Self {
            facts,
            untyped: untyped.clone(),
            options,
        }
    }

    pub fn fact(&self, id: &str) -> Option<&FactType> {
        self.facts.get(id)
    }

    pub fn options(&self, choice: &str) -> &[String] {
        self.options.get(choice).map(Vec::as_slice).unwrap_or(&[])
    }

    fn fact_ids(&self) -> impl Iterator<Item = &String> {
        self.facts.keys()
    }
}

/// Where a condition stands, for what it may read of the category the
/// applicant applies under (`category is ...`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CategoryRead {
    /// Known when the condition is decided: a document's, a copies or
    /// count line's, a representative rule's.
    Known,
    /// The condition of a category, branch or ground: it decides which
    /// categories apply, so reading them would go in a circle.
    Circular,
    /// Not read here (a validity window, a filling rule): the line named.
    Not(&'static str),
}

/// Checks a condition; `None` when it has errors (already reported).
///
/// Text nested deeper than [`MAX_NESTING`] is refused before it is parsed;
/// a tree built another way is measured here, so that no deeper condition
/// reaches the recursion below, the model or any backend.
pub(crate) fn check(
    cx: &mut Checker,
    env: &Env,
    c: &ast::Condition,
    read: CategoryRead,
) -> Option<Condition> {
    // One level more than the text's: the operands of a whole condition
    // are joined by an `and` node of their own.
    if let Some(span) = deeper_than(c, MAX_NESTING + 1) {
        cx.problems
            .push(messages::nesting_too_deep(span, MAX_NESTING));
        return None;
    }
    check_nested(cx, env, c, read)
}

/// The first `and`, `or` or `not` of `c` below `limit` others, found
/// without recursion.
fn deeper_than(c: &ast::Condition, limit: usize) -> Option<Span> {
    let mut stack = vec![(c, 1)];
    while let Some((c, depth)) = stack.pop() {
        let (parts, span): (Vec<&ast::Condition>, Span) = match c {
            ast::Condition::And { parts, span } | ast::Condition::Or { parts, span } => {
                (parts.iter().collect(), *span)
            }
            ast::Condition::Not { inner, span } => (vec![inner.as_ref()], *span),
            ast::Condition::Fact { .. } | ast::Condition::Compare { .. } => continue,
        };
        if depth > limit {
            return Some(span);
        }
        stack.extend(parts.into_iter().map(|p| (p, depth + 1)));
    }
    None
}

fn check_nested(
    cx: &mut Checker,
    env: &Env,
    c: &ast::Condition,
    read: CategoryRead,
) -> Option<Condition> {
    match c {
        ast::Condition::And { parts, .. } | ast::Condition::Or { parts, .. } => {
            let checked: Vec<Option<Condition>> = parts
                .iter()
                .map(|p| check_nested(cx, env, p, read))
                .collect();
            let parts = checked.into_iter().collect::<Option<Vec<_>>>()?;
            Some(if matches!(c, ast::Condition::And { .. }) {
                Condition::All { parts }
            } else {
                Condition::Any { parts }
            })
        }
        ast::Condition::Not { inner, .. } => Some(Condition::Not {
            inner: Box::new(check_nested(cx, env, inner, read)?),
        }),
        ast::Condition::Fact { fact } if fact.text == CATEGORY => {
            cx.problems.push(messages::not_yes_no(
                CATEGORY,
                "the category the applicant applies under",
                fact.span,
            ));
            None
        }
        ast::Condition::Fact { fact } => {
            let t = fact_type(cx, env, fact)?;
            if t != FactType::YesNo {
                cx.problems
                    .push(messages::not_yes_no(&fact.text, &type_words(&t), fact.span));
                return None;
            }
            Some(Condition::Fact {
                fact: fact.text.clone(),
            })
        }
        ast::Condition::Compare {
            fact,
            comparator,
            comparator_span,
            values,
            ..
        } if fact.text == CATEGORY => {
            category(cx, fact, *comparator, *comparator_span, values, read)
        }
        ast::Condition::Compare {
            fact,
            comparator,
            comparator_span,
            values,
            ..
        } => {
            let t = fact_type(cx, env, fact)?;
            let operator = operator(cx, &t, fact, *comparator, *comparator_span, values.len())?;
            let mut checked = Vec::new();
            let mut ok = true;
            for v in values {
                match compared(cx, env, &fact.text, &t, v) {
                    Some(v) => checked.push(v),
                    None => ok = false,
                }
            }
            let unit = match &t {
                FactType::Number { unit } => unit.clone(),
                _ => None,
            };
            ok.then(|| Condition::Compare {
                fact: fact.text.clone(),
                operator,
                values: checked,
                unit,
            })
        }
    }
}

/// `category is quota_worker`, `category is not one of a, b`: the
/// category the applicant applies under, compared with categories,
/// branches and groups as `for category` names them (a category covers
/// its branches, a group its categories).
fn category(
    cx: &mut Checker,
    fact: &ast::Name,
    comparator: Comparator,
    span: Span,
    values: &[ast::Value],
    read: CategoryRead,
) -> Option<Condition> {
    match read {
        CategoryRead::Known => {}
        CategoryRead::Circular => {
            cx.problems.push(messages::category_circular(fact.span));
            return None;
        }
        CategoryRead::Not(line) => {
            cx.problems
                .push(messages::category_not_here(line, fact.span));
            return None;
        }
    }
    let operator = match comparator {
        Comparator::Is | Comparator::IsOneOf => Operator::In,
        Comparator::IsNot | Comparator::IsNotOneOf => Operator::NotIn,
        other => {
            cx.problems.push(messages::bad_comparison(
                CATEGORY,
                other.words(),
                "the category the applicant applies under",
                span,
            ));
            return None;
        }
    };
    if values.len() > 1 && matches!(comparator, Comparator::Is | Comparator::IsNot) {
        cx.problems
            .push(messages::list_needs_one_of(comparator.words(), span));
        return None;
    }
    let (kinds, what) = super::line_readers::CATEGORIES;
    let mut ids = Vec::new();
    let mut ok = true;
    for v in values {
        match v {
            ast::Value::Option(name) => match cx.resolve(name, kinds, what) {
                Some(id) => ids.push(Value::Option(id)),
                None => ok = false,
            },
            other => {
                cx.problems.push(messages::type_mismatch(
                    CATEGORY,
                    "the category the applicant applies under",
                    value_words(other),
                    other.span(),
                    false,
                ));
                ok = false;
            }
        }
    }
    ok.then(|| Condition::Compare {
        fact: CATEGORY.to_owned(),
        operator,
        values: ids,
        unit: None,
    })
}

fn fact_type(cx: &mut Checker, env: &Env, fact: &ast::Name) -> Option<FactType> {
    if env.untyped.contains(&fact.text) {
        cx.used.insert(fact.text.clone());
        return None;
    }
    match env.fact(&fact.text) {
        Some(t) => {
            cx.used.insert(fact.text.clone());
            Some(t.clone())
        }
        None => {
            if let Some(kind) = cx.kind_of(&fact.text) {
                let span = cx.index.get(&fact.text).map(|d| d.span);
                if let Some(span) = span {
                    cx.problems.push(messages::wrong_kind(
                        &fact.text,
                        fact.span,
                        "a fact",
                        kind.keyword(),
                        span,
                    ));
                    return None;
                }
            }
            let suggestion = suggest_fact(env, &fact.text);
            cx.problems.push(messages::undeclared_fact(
                &fact.text,
                fact.span,
                suggestion.as_deref(),
            ));
            None
        }
    }
}

/// The declared fact closest to a misspelt name.
pub(crate) fn suggest_fact(env: &Env, name: &str) -> Option<String> {
    crate::diagnostics::suggest::closest(name, env.fact_ids().map(String::as_str))
        .map(str::to_owned)
}

fn operator(
    cx: &mut Checker,
    t: &FactType,
    fact: &ast::Name,
    comparator: Comparator,
    span: crate::source::Span,
    count: usize,
) -> Option<Operator> {
    use Comparator as C;
    let allowed = match t {
        FactType::YesNo => matches!(comparator, C::Is | C::IsNot),
        FactType::Number { .. } => !matches!(
            comparator,
            C::Before | C::After | C::OnOrBefore | C::OnOrAfter
        ),
        FactType::Date => !matches!(
            comparator,
            C::AtLeast | C::AtMost | C::Under | C::Over | C::IsOneOf | C::IsNotOneOf
        ),
        FactType::Choice { .. } => {
            matches!(comparator, C::Is | C::IsNot | C::IsOneOf | C::IsNotOneOf)
        }
    };
    if !allowed {
        cx.problems.push(messages::bad_comparison(
            &fact.text,
            comparator.words(),
            &type_words(t),
            span,
        ));
        return None;
    }
    if count > 1 && !matches!(comparator, C::IsOneOf | C::IsNotOneOf) {
        cx.problems
            .push(messages::list_needs_one_of(comparator.words(), span));
        return None;
    }
    Some(match comparator {
        C::Is | C::IsOneOf => Operator::In,
        C::IsNot | C::IsNotOneOf => Operator::NotIn,
        C::AtLeast | C::OnOrAfter => Operator::AtLeast,
        C::AtMost | C::OnOrBefore => Operator::AtMost,
        C::Under | C::Before => Operator::Under,
        C::Over | C::After => Operator::Over,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` nested `not`s around a yes/no fact, each spanning byte `n`.
    fn nots(n: usize) -> ast::Condition {
        let mut c = ast::Condition::Fact {
            fact: ast::Name {
                text: "incapacitated".to_owned(),
                span: Span::new(0, 0, 1),
            },
        };
        for i in 0..n {
            c = ast::Condition::Not {
                inner: Box::new(c),
                span: Span::new(0, n - i, n - i + 1),
            };
        }
        c
    }

    #[test]
    fn a_tree_nested_deeper_than_text_may_be_is_found() {
        // The text's limit, plus the `and` node joining a whole condition.
        assert_eq!(deeper_than(&nots(MAX_NESTING + 1), MAX_NESTING + 1), None);
        // Built by hand rather than parsed: the checker still refuses it.
        let deep = nots(1000);
        let level = MAX_NESTING + 2;
        assert_eq!(
            deeper_than(&deep, MAX_NESTING + 1),
            Some(Span::new(0, level, level + 1))
        );
    }
}
