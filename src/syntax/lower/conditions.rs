//! Conditions: `and`/`or` chains, `not`, groups and comparisons.

use pest::iterators::Pair;

use super::{Builder, parts};
use crate::diagnostics::messages;
use crate::source::Span;
use crate::syntax::Rule;
use crate::syntax::ast::*;

impl Builder {
    pub(super) fn condition(&mut self, pair: Pair<'_, Rule>) -> Condition {
        let span = self.span(&pair);
        match pair.as_rule() {
            Rule::condition => {
                let mut operands = Vec::new();
                let mut ops: Vec<(String, Span)> = Vec::new();
                for p in pair.into_inner() {
                    if p.as_rule() == Rule::logic_op {
                        ops.push((p.as_str().to_owned(), self.span(&p)));
                    } else {
                        operands.push(self.condition(p));
                    }
                }
                if operands.len() == 1 {
                    return operands.pop().unwrap_or(Condition::And {
                        parts: vec![],
                        span,
                    });
                }
                if let Some((first, _)) = ops.first()
                    && let Some((_, other)) = ops.iter().find(|(op, _)| op != first)
                {
                    let first_span = ops.first().map_or(span, |(_, s)| *s);
                    self.problems
                        .push(messages::ambiguous_condition(first_span, *other));
                }
                if ops.first().is_some_and(|(op, _)| op == "or") {
                    Condition::Or {
                        parts: operands,
                        span,
                    }
                } else {
                    Condition::And {
                        parts: operands,
                        span,
                    }
                }
            }
            Rule::negation => {
                let inner = parts(pair).next().map(|p| self.condition(p));
                Condition::Not {
                    inner: Box::new(inner.unwrap_or(Condition::And {
                        parts: vec![],
                        span,
                    })),
                    span,
                }
            }
            Rule::group => match parts(pair).next() {
                Some(p) => self.condition(p),
                None => Condition::And {
                    parts: vec![],
                    span,
                },
            },
            Rule::comparison => {
                let mut inner = pair.into_inner();
                let fact = self.name_or(inner.next(), span);
                let (comparator, comparator_span) = match inner.next() {
                    Some(c) => {
                        let cs = self.span(&c);
                        let which = c.into_inner().next().map(|w| w.as_rule());
                        (comparator_of(which), cs)
                    }
                    None => (Comparator::Is, span),
                };
                let values = inner
                    .next()
                    .map(|list| list.into_inner().map(|v| self.value(v)).collect())
                    .unwrap_or_default();
                Condition::Compare {
                    fact,
                    comparator,
                    comparator_span,
                    values,
                    span,
                }
            }
            _ => {
                // fact_name
                let fact = self.name_or(pair.into_inner().next(), span);
                Condition::Fact { fact }
            }
        }
    }
}

fn comparator_of(rule: Option<Rule>) -> Comparator {
    match rule {
        Some(Rule::is_one_of) => Comparator::IsOneOf,
        Some(Rule::is_not_one_of) => Comparator::IsNotOneOf,
        Some(Rule::is_at_least) => Comparator::AtLeast,
        Some(Rule::is_at_most) => Comparator::AtMost,
        Some(Rule::is_under) => Comparator::Under,
        Some(Rule::is_over) => Comparator::Over,
        Some(Rule::is_on_or_before) => Comparator::OnOrBefore,
        Some(Rule::is_on_or_after) => Comparator::OnOrAfter,
        Some(Rule::is_before) => Comparator::Before,
        Some(Rule::is_after) => Comparator::After,
        Some(Rule::is_not) => Comparator::IsNot,
        _ => Comparator::Is,
    }
}
