//! The values lines are made of: texts, numbers, dates, clause numbers,
//! quantities, citations and the values of facts.

use jiff::civil::Date;
use pest::iterators::Pair;

use super::{Builder, blank_name, parts};
use crate::diagnostics::messages;
use crate::source::Span;
use crate::syntax::Rule;
use crate::syntax::ast::*;

impl Builder {
    pub(super) fn text(&self, pair: Pair<'_, Rule>) -> Text {
        let span = self.span(&pair);
        let raw = pair.as_str();
        let value = match raw
            .strip_prefix("\"\"\"")
            .and_then(|r| r.strip_suffix("\"\"\""))
        {
            Some(body) => dedent(body),
            None => unescape(raw.get(1..raw.len().saturating_sub(1)).unwrap_or("")),
        };
        Text { value, span }
    }

    pub(super) fn number(&mut self, pair: &Pair<'_, Rule>) -> u32 {
        pair.as_str().parse().unwrap_or_else(|_| {
            self.problems
                .push(messages::number_too_large(self.span(pair)));
            // Not 0: a zero would add a second, false "this number is zero".
            u32::MAX
        })
    }

    pub(super) fn date(&mut self, pair: &Pair<'_, Rule>) -> Date {
        let s = pair.as_str();
        let parsed = (|| {
            // There is no year 0: the calendar goes from 1 BC to AD 1.
            let y: i16 = s.get(0..4)?.parse().ok().filter(|y| *y >= 1)?;
            let m: i8 = s.get(5..7)?.parse().ok()?;
            let d: i8 = s.get(8..10)?.parse().ok()?;
            Date::new(y, m, d).ok()
        })();
        parsed.unwrap_or_else(|| {
            self.problems
                .push(messages::no_such_date(self.span(pair), s));
            Date::constant(2000, 1, 1)
        })
    }

    pub(super) fn clause_ref(&mut self, pair: Pair<'_, Rule>) -> ClauseRef {
        let span = self.span(&pair);
        let mut order = false;
        let mut steps = Vec::new();
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::order_scope => order = true,
                Rule::clause_number => {
                    // The rule is atomic, so its steps are read from the text.
                    for step in p.as_str().split('.') {
                        let (main, inserted) = match step.split_once('(') {
                            Some((m, rest)) => (m, rest.strip_suffix(')')),
                            None => (step, None),
                        };
                        let main = main.parse().unwrap_or_else(|_| {
                            self.problems.push(messages::number_too_large(span));
                            0
                        });
                        let inserted = inserted.and_then(|i| i.parse().ok());
                        steps.push((main, inserted));
                    }
                }
                _ => {}
            }
        }
        ClauseRef { order, steps, span }
    }

    pub(super) fn quantity(&mut self, pair: Pair<'_, Rule>) -> Quantity {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let amount = inner.next().map_or(0, |p| self.number(&p));
        let unit = inner
            .next()
            .map_or_else(|| blank_name(span), |p| self.unit(&p));
        Quantity { amount, unit, span }
    }

    pub(super) fn unit(&self, pair: &Pair<'_, Rule>) -> Name {
        // "working   days" is one unit; keep its words single-spaced.
        let text = pair
            .as_str()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        Name {
            text,
            span: self.span(pair),
        }
    }

    pub(super) fn citation(&mut self, pair: Pair<'_, Rule>) -> Citation {
        let span = self.span(&pair);
        let mut inner = parts(pair);
        let act = self.name_or(inner.next(), span);
        let mut c = Citation {
            act,
            article: vec![],
            part: vec![],
            item: vec![],
            subitem: vec![],
            paragraph: vec![],
            span,
        };
        for p in inner {
            let which = p.as_rule();
            let numbers: Vec<String> = parts(p)
                .flat_map(|list| {
                    parts(list)
                        .map(|n| n.as_str().to_owned())
                        .collect::<Vec<_>>()
                })
                .collect();
            match which {
                Rule::citation_article => c.article = numbers,
                Rule::citation_part => c.part = numbers,
                Rule::citation_item => c.item = numbers,
                Rule::citation_subitem => c.subitem = numbers,
                _ => c.paragraph = numbers,
            }
        }
        c
    }

    pub(super) fn value(&mut self, pair: Pair<'_, Rule>) -> Value {
        let span = self.span(&pair);
        match pair.as_rule() {
            Rule::yes_no => Value::YesNo(pair.as_str() == "yes", span),
            Rule::date => Value::Date(self.date(&pair), span),
            Rule::quantity => {
                let q = self.quantity(pair);
                Value::Number(q.amount, Some(q.unit), span)
            }
            Rule::number => Value::Number(self.number(&pair), None, span),
            Rule::date_offset => {
                let mut inner = pair.into_inner();
                let by = match inner.next() {
                    Some(q) => self.quantity(q),
                    None => Quantity {
                        amount: 0,
                        unit: Name {
                            text: String::new(),
                            span,
                        },
                        span,
                    },
                };
                let after = inner.next().is_some_and(|w| w.as_rule() == Rule::kw_after);
                let from = match inner.next() {
                    Some(p) => self.value(p),
                    None => Value::Date(jiff::civil::Date::constant(1, 1, 1), span),
                };
                Value::Offset {
                    by,
                    after,
                    from: Box::new(from),
                    span,
                }
            }
            _ => Value::Option(self.name(&pair)),
        }
    }

    pub(super) fn clause_ref_or(&mut self, pair: Option<Pair<'_, Rule>>, span: Span) -> ClauseRef {
        match pair {
            Some(p) => self.clause_ref(p),
            None => ClauseRef {
                order: false,
                steps: vec![],
                span,
            },
        }
    }
}

/// Resolves `\"` and `\\` in a one-line string.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(n) = chars.next() {
                out.push(n);
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Removes the indentation shared by all lines of a triple-quoted text, and
/// the line breaks right after the opening and before the closing quotes,
/// so text can be indented with the block it belongs to.
///
/// Indentation is counted in ASCII spaces only, and only spaces and tabs
/// are trimmed from line ends: any other character, a no-break space at
/// the start of a line included, is part of the quoted text and is kept.
/// (Leading characters other than spaces are reported by the checker,
/// R1201, since they would look like indentation but are not removed.)
fn dedent(body: &str) -> String {
    let body = body
        .strip_prefix("\r\n")
        .or_else(|| body.strip_prefix('\n'))
        .unwrap_or(body);
    let lines: Vec<&str> = body
        .lines()
        .map(|l| l.trim_end_matches([' ', '\t']))
        .collect();
    let indent = lines
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    // Every non-empty line starts with at least `indent` ASCII spaces, so
    // the cut falls on a character boundary and removes only spaces.
    let mut out: Vec<&str> = lines.iter().map(|l| l.get(indent..).unwrap_or(l)).collect();
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dedent_strips_shared_indentation_and_edge_lines() {
        assert_eq!(
            dedent("\n    one\n      two\n\n    three\n  "),
            "one\n  two\n\nthree"
        );
    }

    #[test]
    fn dedent_keeps_a_line_indented_with_a_no_break_space() {
        // Three spaces and a no-break space among lines of four spaces:
        // the shared indentation is three spaces, and nothing is lost.
        assert_eq!(
            dedent("\n    one\n   \u{a0}two\n    three\n    "),
            " one\n\u{a0}two\n three"
        );
    }

    #[test]
    fn dedent_keeps_tabs_and_unicode_spaces_as_text() {
        assert_eq!(dedent("\n  \tone\n  two"), "\tone\ntwo");
        // A line of no-break spaces is not blank: it is kept, not trimmed.
        assert_eq!(dedent("\n  a\n  \u{a0}\n  b"), "a\n\u{a0}\nb");
        assert_eq!(dedent("\n  a\u{3000}\n"), "a\u{3000}");
    }

    #[test]
    fn unescape_resolves_quotes_and_backslashes() {
        assert_eq!(unescape(r#"say \"hi\" \\ now"#), r#"say "hi" \ now"#);
    }
}
