//! Stage 1: source text to syntax tree.
//!
//! [`parse`] runs the pest grammar (`grammar/regulation.pest`) and turns its
//! pairs into the [`ast`] types. Nothing after this module sees pest.

pub mod ast;
pub mod expected;

use jiff::civil::Date;
use pest::Parser as _;
use pest::iterators::Pair;

use crate::diagnostics::{Problem, messages};
use crate::source::Span;
use ast::*;
use expected::{Expected, describe, is_keyword};

pub use grammar::{RglParser, Rule};

#[allow(missing_docs)]
mod grammar {
    /// The pest parser generated from `grammar/regulation.pest`.
    #[derive(pest_derive::Parser)]
    #[grammar = "../grammar/regulation.pest"]
    pub struct RglParser;
}

/// Parses one file's text. `file` is its index in the run's sources.
///
/// Returns the tree (when the grammar accepted the text) and the problems
/// found while building it; a syntax error gives no tree and one problem.
pub fn parse(text: &str, file: u32) -> (Option<File>, Vec<Problem>) {
    match RglParser::parse(Rule::file, text) {
        Ok(mut pairs) => {
            let mut builder = Builder {
                file,
                problems: Vec::new(),
            };
            let tree = pairs.next().map(|pair| builder.file(pair));
            (tree, builder.problems)
        }
        Err(error) => (None, vec![syntax_problem(text, file, &error)]),
    }
}

/// Parses text as one rule; for grammar tests.
#[doc(hidden)]
pub fn parses_as(start: Rule, text: &str) -> bool {
    RglParser::parse(start, text).is_ok_and(|mut p| p.next().is_some_and(|p| p.as_str() == text))
}

fn syntax_problem(text: &str, file: u32, error: &pest::error::Error<Rule>) -> Problem {
    let pos = match error.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((s, _)) => s,
    };
    let found = found_at(text, pos);
    let mut expected: Vec<String> = Vec::new();
    if let pest::error::ErrorVariant::ParsingError { positives, .. } = &error.variant {
        for expected_rule in positives {
            let words = match describe(*expected_rule) {
                Expected::Keyword(k) => format!("`{k}`"),
                Expected::Thing(t) => t.to_owned(),
                Expected::Internal => continue,
            };
            if !expected.contains(&words) {
                expected.push(words);
            }
        }
    }
    let end = pos + found.as_ref().map_or(0, |w| w.len());
    let ends_block = expected.iter().any(|e| e == "`end`");
    let span = Span::new(file, pos, end.max(pos));
    if let Some(problem) = common_slip(text, file, pos, found.as_deref()) {
        return problem;
    }
    let starts_block = found.as_deref().is_none_or(|w| BLOCK_KEYWORDS.contains(&w));
    if ends_block && starts_block {
        if let Some((keyword, name, open)) = open_block(text, pos) {
            let open = Span::new(file, open.0, open.1);
            return messages::unclosed_block(span, &keyword, &name, open, found.as_deref());
        }
    }
    messages::syntax(span, &expected, found.as_deref(), ends_block)
}

/// Slips common enough to deserve their own words: an unclosed quote, a
/// comparison written as a symbol, a list missing a comma or ending in one.
fn common_slip(text: &str, file: u32, pos: usize, found: Option<&str>) -> Option<Problem> {
    let line_start = text.get(..pos)?.rfind('\n').map_or(0, |i| i + 1);
    let line = text.get(line_start..)?.lines().next().unwrap_or("");
    let rest = text.get(pos..)?;
    let at = |len: usize| Span::new(file, pos, pos + len);
    if rest.starts_with("\"\"\"") && !rest.get(3..).is_some_and(|r| r.contains("\"\"\"")) {
        return Some(messages::unclosed_text(at(3), true));
    }
    if rest.starts_with('"')
        && !rest
            .get(1..)
            .is_some_and(|r| r.lines().next().is_some_and(|l| l.contains('"')))
    {
        return Some(messages::unclosed_text(at(1), false));
    }
    if let Some(symbol) = ["<=", ">=", "!=", "==", "<", ">", "="]
        .iter()
        .find(|s| rest.starts_with(**s))
    {
        return Some(messages::comparison_symbol(at(symbol.len()), symbol));
    }
    // A list whose last item is followed by a comma swallows the next
    // line's first word as one more item; the parser then stops a word later.
    let before = text.get(..line_start)?.trim_end();
    if before.ends_with(',') {
        let comma = before.len() - 1;
        return Some(messages::trailing_comma(Span::new(file, comma, comma + 1)));
    }
    let first_word = line.split_whitespace().next().unwrap_or("");
    let list_line = [
        "files",
        "for",
        "on",
        "same",
        "expect",
        "non-working",
        "working",
    ]
    .contains(&first_word);
    if list_line
        && found
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit()))
    {
        return Some(messages::missing_comma(at(found.map_or(0, str::len))));
    }
    None
}

/// Words that open a block.
const BLOCK_KEYWORDS: &[&str] = &[
    "regulation",
    "calendar",
    "year",
    "part",
    "act",
    "definition",
    "status",
    "application",
    "event",
    "choice",
    "fact",
    "category",
    "branch",
    "ground",
    "representative",
    "term",
    "limit",
    "document",
    "rule",
    "form",
    "section",
    "field",
    "sample",
    "channel",
    "duty",
    "result",
    "provision",
    "omission",
    "example",
];

/// The innermost block still open at `pos`: its keyword, name and the span
/// of its first line. The text before `pos` parsed, so counting block
/// keywords and `end`s line by line (outside triple-quoted text) is reliable.
fn open_block(text: &str, pos: usize) -> Option<(String, String, (usize, usize))> {
    let mut stack: Vec<(String, String, (usize, usize))> = Vec::new();
    let mut in_long_string = false;
    let mut offset = 0;
    for line in text.get(..pos)?.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let was_in_string = in_long_string;
        if line.matches("\"\"\"").count() % 2 == 1 {
            in_long_string = !in_long_string;
        }
        if was_in_string {
            continue;
        }
        let mut words = line.split_whitespace();
        match words.next() {
            Some("end") => {
                stack.pop();
            }
            Some(w) if BLOCK_KEYWORDS.contains(&w) => {
                let name = words.next().unwrap_or("").to_owned();
                let indent = line.len() - line.trim_start().len();
                stack.push((
                    w.to_owned(),
                    name,
                    (start + indent, start + line.trim_end().len()),
                ));
            }
            _ => {}
        }
    }
    stack.pop()
}

/// The word (or character) at `pos`, for "found ..." in messages.
fn found_at(text: &str, pos: usize) -> Option<String> {
    let rest = text.get(pos..)?;
    let first = rest.chars().next()?;
    if first.is_alphanumeric() || first == '_' {
        let word: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-' || *c == '.')
            .collect();
        Some(word)
    } else {
        Some(first.to_string())
    }
}

/// Children that carry data (keywords dropped).
fn parts(pair: Pair<'_, Rule>) -> impl Iterator<Item = Pair<'_, Rule>> {
    pair.into_inner().filter(|p| !is_keyword(p.as_rule()))
}

struct Builder {
    file: u32,
    problems: Vec<Problem>,
}

impl Builder {
    /// The pair's span without trailing blank space and comment lines:
    /// an optional part at the end of a rule (`copies 2 [when ...]`) makes
    /// pest's span run on to the next line.
    fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        let s = pair.as_span();
        let mut text = s.as_str().trim_end();
        while let Some((before, last)) = text.rsplit_once('\n') {
            if last.trim_start().starts_with('#') {
                text = before.trim_end();
            } else {
                break;
            }
        }
        Span::new(self.file, s.start(), s.start() + text.len())
    }

    fn file(&mut self, pair: Pair<'_, Rule>) -> File {
        let mut file = File {
            file: self.file,
            includes: Vec::new(),
            blocks: Vec::new(),
        };
        for p in parts(pair) {
            match p.as_rule() {
                Rule::include => {
                    let span = self.span(&p);
                    if let Some(s) = parts(p).next() {
                        file.includes.push(Include {
                            path: self.text(s),
                            span,
                        });
                    }
                }
                Rule::EOI => {}
                _ => file.blocks.push(self.block(p)),
            }
        }
        file
    }

    fn block(&mut self, pair: Pair<'_, Rule>) -> Block {
        let kind = match pair.as_rule() {
            Rule::regulation => BlockKind::Regulation,
            Rule::calendar => BlockKind::Calendar,
            Rule::calendar_year => BlockKind::Year,
            Rule::part => BlockKind::Part,
            Rule::act => BlockKind::Act,
            Rule::definition => BlockKind::Definition,
            Rule::status => BlockKind::Status,
            Rule::application => BlockKind::Application,
            Rule::event => BlockKind::Event,
            Rule::choice => BlockKind::Choice,
            Rule::fact => BlockKind::Fact,
            Rule::category => BlockKind::Category,
            Rule::branch => BlockKind::Branch,
            Rule::ground => BlockKind::Ground,
            Rule::representative => BlockKind::Representative,
            Rule::term => BlockKind::Term,
            Rule::limit => BlockKind::Limit,
            Rule::document => BlockKind::Document,
            Rule::filling_rule => BlockKind::Rule,
            Rule::form => BlockKind::Form,
            Rule::form_section => BlockKind::Section,
            Rule::form_field => BlockKind::FormField,
            Rule::form_sample => BlockKind::Sample,
            Rule::channel => BlockKind::Channel,
            Rule::duty => BlockKind::Duty,
            Rule::result => BlockKind::Result,
            Rule::omission => BlockKind::Omission,
            Rule::example => BlockKind::Example,
            _ => BlockKind::Provision,
        };
        let span = self.span(&pair);
        let mut inner = parts(pair);
        let name = inner.next().map_or_else(
            || Name {
                text: String::new(),
                span,
            },
            |p| self.name(&p),
        );
        let fields = inner.map(|p| self.field(p)).collect();
        Block {
            kind,
            name,
            fields,
            span,
        }
    }

    fn name(&self, pair: &Pair<'_, Rule>) -> Name {
        Name {
            text: pair.as_str().to_owned(),
            span: self.span(pair),
        }
    }

    fn names(&self, pair: Pair<'_, Rule>) -> Vec<Name> {
        parts(pair).map(|p| self.name(&p)).collect()
    }

    fn text(&self, pair: Pair<'_, Rule>) -> Text {
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

    fn number(&mut self, pair: &Pair<'_, Rule>) -> u32 {
        pair.as_str().parse().unwrap_or_else(|_| {
            self.problems
                .push(messages::number_too_large(self.span(pair)));
            // Not 0: a zero would add a second, false "this number is zero".
            u32::MAX
        })
    }

    fn date(&mut self, pair: &Pair<'_, Rule>) -> Date {
        let s = pair.as_str();
        let parsed = (|| {
            let y: i16 = s.get(0..4)?.parse().ok()?;
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

    fn clause_ref(&mut self, pair: Pair<'_, Rule>) -> ClauseRef {
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

    fn quantity(&mut self, pair: Pair<'_, Rule>) -> Quantity {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let amount = inner.next().map_or(0, |p| self.number(&p));
        let unit = inner.next().map_or_else(
            || Name {
                text: String::new(),
                span,
            },
            |p| self.unit(&p),
        );
        Quantity { amount, unit, span }
    }

    fn unit(&self, pair: &Pair<'_, Rule>) -> Name {
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

    fn citation(&mut self, pair: Pair<'_, Rule>) -> Citation {
        let span = self.span(&pair);
        let mut inner = parts(pair);
        let act = inner.next().map_or_else(
            || Name {
                text: String::new(),
                span,
            },
            |p| self.name(&p),
        );
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

    fn value(&mut self, pair: Pair<'_, Rule>) -> Value {
        let span = self.span(&pair);
        match pair.as_rule() {
            Rule::yes_no => Value::YesNo(pair.as_str() == "yes", span),
            Rule::date => Value::Date(self.date(&pair), span),
            Rule::quantity => {
                let q = self.quantity(pair);
                Value::Number(q.amount, Some(q.unit), span)
            }
            Rule::number => Value::Number(self.number(&pair), None, span),
            _ => Value::Option(self.name(&pair)),
        }
    }

    fn condition(&mut self, pair: Pair<'_, Rule>) -> Condition {
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
                if let Some((first, _)) = ops.first() {
                    if let Some((_, other)) = ops.iter().find(|(op, _)| op != first) {
                        let first_span = ops.first().map_or(span, |(_, s)| *s);
                        self.problems
                            .push(messages::ambiguous_condition(first_span, *other));
                    }
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
                let fact = inner.next().map_or_else(
                    || Name {
                        text: String::new(),
                        span,
                    },
                    |p| self.name(&p),
                );
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
                let fact = pair.into_inner().next().map_or_else(
                    || Name {
                        text: String::new(),
                        span,
                    },
                    |p| self.name(&p),
                );
                Condition::Fact { fact }
            }
        }
    }

    fn expectation(&mut self, pair: Pair<'_, Rule>) -> Expectation {
        let which = pair.as_rule();
        let mut inner = parts(pair);
        match which {
            Rule::expect_no_categories => Expectation::NoCategories,
            Rule::expect_categories => Expectation::Categories {
                ids: inner.next().map(|l| self.names(l)).unwrap_or_default(),
            },
            Rule::expect_term => {
                let duration = inner
                    .next()
                    .filter(|p| p.as_rule() == Rule::quantity)
                    .map(|p| self.quantity(p));
                Expectation::Term { duration }
            }
            Rule::expect_documents => Expectation::Documents {
                ids: inner.next().map(|l| self.names(l)).unwrap_or_default(),
            },
            Rule::expect_copies | Rule::expect_count => {
                let document = inner.next().map(|p| self.name(&p)).unwrap_or(Name {
                    text: String::new(),
                    span: Span::new(self.file, 0, 0),
                });
                let n = inner.next().map_or(0, |p| self.number(&p));
                if which == Rule::expect_copies {
                    Expectation::Copies {
                        document,
                        copies: n,
                    }
                } else {
                    Expectation::Count { document, count: n }
                }
            }
            Rule::expect_deadline => Expectation::Deadline {
                date: inner
                    .next()
                    .map_or(Date::constant(2000, 1, 1), |p| self.date(&p)),
            },
            _ => Expectation::Representative {
                required: inner.next().is_some_and(|p| p.as_str() == "yes"),
            },
        }
    }

    fn dates(&mut self, pair: Option<Pair<'_, Rule>>) -> Vec<(Date, Span)> {
        pair.map(|list| {
            list.into_inner()
                .map(|d| {
                    let span = self.span(&d);
                    (self.date(&d), span)
                })
                .collect()
        })
        .unwrap_or_default()
    }

    fn field(&mut self, pair: Pair<'_, Rule>) -> Field {
        let span = self.span(&pair);
        let which = pair.as_rule();
        if matches!(
            which,
            Rule::branch
                | Rule::ground
                | Rule::filling_rule
                | Rule::calendar_year
                | Rule::form_section
                | Rule::form_field
                | Rule::form_sample
        ) {
            return Field {
                value: FieldValue::Nested(self.block(pair)),
                span,
            };
        }
        let mut inner = parts(pair);
        let mut next = || inner.next();
        let blank = Name {
            text: String::new(),
            span,
        };
        let empty = Text {
            value: String::new(),
            span,
        };
        let value = match which {
            Rule::clause_field => FieldValue::Clause(self.clause_ref_or(next(), span)),
            Rule::see_field => {
                let mut refs = Vec::new();
                while let Some(p) = next() {
                    refs.push(self.clause_ref(p));
                }
                FieldValue::See(refs)
            }
            Rule::after_field => FieldValue::After(self.clause_ref_or(next(), span)),
            Rule::heading_field => FieldValue::Heading(next().map_or(empty, |p| self.text(p))),
            Rule::title_field => FieldValue::Title(next().map_or(empty, |p| self.text(p))),
            Rule::text_field => FieldValue::Text(next().map_or(empty, |p| self.text(p))),
            Rule::plain_field => FieldValue::Plain(next().map_or(empty, |p| self.text(p))),
            Rule::note_field => FieldValue::Note(next().map_or(empty, |p| self.text(p))),
            Rule::source_field => FieldValue::Source(next().map_or(empty, |p| self.text(p))),
            Rule::number_label_field => {
                FieldValue::NumberLabel(next().map_or(empty, |p| self.text(p)))
            }
            Rule::act_number_field => FieldValue::ActNumber(next().map_or(empty, |p| self.text(p))),
            Rule::short_name_field => FieldValue::Called(next().map_or(empty, |p| self.text(p))),
            Rule::published_field => FieldValue::Published(next().map_or(empty, |p| self.text(p))),
            Rule::phrase_field => FieldValue::Phrase(next().map_or(empty, |p| self.text(p))),
            Rule::question_field => FieldValue::Question(next().map_or(empty, |p| self.text(p))),
            Rule::not_stated_field => FieldValue::NotStated(next().map_or(empty, |p| self.text(p))),
            Rule::requirement_field => {
                FieldValue::Requirement(next().map_or(empty, |p| self.text(p)))
            }
            Rule::date_format_field => {
                FieldValue::DateFormat(next().map_or(empty, |p| self.text(p)))
            }
            Rule::decree_field => FieldValue::Decree(next().map_or(empty, |p| self.text(p))),
            Rule::label_field => FieldValue::Label(next().map_or(empty, |p| self.text(p))),
            Rule::help_field => FieldValue::Help(next().map_or(empty, |p| self.text(p))),
            Rule::field_required => FieldValue::FieldRequired,
            Rule::field_answer => FieldValue::FieldAnswer(self.form_answer(next(), span)),
            Rule::fill_field => {
                let field = next().map_or(blank.clone(), |p| self.name(&p));
                let value = match next() {
                    Some(p) => self.fill_value(p),
                    None => FillValue::Option(blank),
                };
                FieldValue::Fill { field, value }
            }
            Rule::basis_field => match next() {
                Some(p) => FieldValue::Basis(self.citation(p)),
                None => FieldValue::Note(empty),
            },
            Rule::applies_field | Rule::required_field => {
                let c = next().map_or(
                    Condition::And {
                        parts: vec![],
                        span,
                    },
                    |p| self.condition(p),
                );
                if which == Rule::applies_field {
                    FieldValue::Applies(c)
                } else {
                    FieldValue::Required(c)
                }
            }
            Rule::order_field | Rule::registration_field => {
                let number = next().map_or(empty.clone(), |p| self.text(p));
                let (date, date_span) = match next() {
                    Some(p) => (self.date(&p), self.span(&p)),
                    None => (Date::constant(2000, 1, 1), span),
                };
                let by = next().map_or(empty, |p| self.text(p));
                if which == Rule::order_field {
                    FieldValue::Order {
                        number,
                        date,
                        date_span,
                        by,
                    }
                } else {
                    FieldValue::Registered {
                        number,
                        date,
                        date_span,
                        by,
                    }
                }
            }
            Rule::amended_field | Rule::dated_field => {
                let d = next().map_or(Date::constant(2000, 1, 1), |p| self.date(&p));
                if which == Rule::amended_field {
                    FieldValue::Amended(d)
                } else {
                    FieldValue::Dated(d)
                }
            }
            Rule::service_field => FieldValue::Service(next().map_or(blank, |p| self.name(&p))),
            Rule::provider_field => FieldValue::Provider(next().map_or(blank, |p| self.name(&p))),
            Rule::language_field => FieldValue::Language(next().map_or(blank, |p| self.name(&p))),
            Rule::calendar_ref_field => {
                FieldValue::Calendar(next().map_or(blank, |p| self.name(&p)))
            }
            Rule::gives_field => FieldValue::Gives(next().map_or(blank, |p| self.name(&p))),
            Rule::form_ref_field => FieldValue::Form(next().map_or(blank, |p| self.name(&p))),
            Rule::option_field => {
                let name = next().map_or(blank, |p| self.name(&p));
                let title = next().map_or(empty, |p| self.text(p));
                FieldValue::Option { name, title }
            }
            Rule::answer_field => {
                let t = next();
                let answer = match t.as_ref().map(Pair::as_rule) {
                    Some(Rule::answer_number) => AnswerType::Number {
                        unit: t.and_then(|p| parts(p).next()).map(|u| self.unit(&u)),
                    },
                    Some(Rule::answer_date) => AnswerType::Date,
                    Some(Rule::answer_choice) => AnswerType::Choice {
                        choice: t
                            .and_then(|p| parts(p).next())
                            .map_or(blank, |p| self.name(&p)),
                    },
                    _ => AnswerType::YesNo,
                };
                FieldValue::Answer(answer)
            }
            Rule::files_field => {
                FieldValue::Files(next().map(|l| self.names(l)).unwrap_or_default())
            }
            Rule::for_category_field => {
                FieldValue::ForCategory(next().map(|l| self.names(l)).unwrap_or_default())
            }
            Rule::for_application_field => {
                FieldValue::ForApplication(next().map(|l| self.names(l)).unwrap_or_default())
            }
            Rule::for_status_field => {
                FieldValue::ForStatus(next().map(|l| self.names(l)).unwrap_or_default())
            }
            Rule::same_rules_field => {
                FieldValue::SameRules(next().map(|l| self.names(l)).unwrap_or_default())
            }
            Rule::on_field => FieldValue::On(next().map(|l| self.names(l)).unwrap_or_default()),
            Rule::lasts_field => {
                let duration = match next() {
                    Some(p) => self.quantity(p),
                    None => Quantity {
                        amount: 0,
                        unit: blank.clone(),
                        span,
                    },
                };
                let from = next().map(|p| self.name(&p));
                FieldValue::Lasts { duration, from }
            }
            Rule::copies_field | Rule::count_field => {
                let amount = next().map_or(0, |p| self.number(&p));
                let when = next().map(|p| self.condition(p));
                if which == Rule::copies_field {
                    FieldValue::Copies { amount, when }
                } else {
                    FieldValue::Count { amount, when }
                }
            }
            Rule::size_field => {
                let width = next().map_or(0, |p| self.number(&p));
                let height = next().map_or(0, |p| self.number(&p));
                let unit = next().map_or(blank, |p| self.unit(&p));
                FieldValue::Size {
                    width,
                    height,
                    unit,
                }
            }
            Rule::appendix_field => FieldValue::Appendix(next().map_or(0, |p| self.number(&p))),
            Rule::given_field => {
                let fact = next().map_or(blank, |p| self.name(&p));
                let value = match next() {
                    Some(p) => self.value(p),
                    None => Value::YesNo(false, span),
                };
                FieldValue::Given { fact, value }
            }
            Rule::expect_field => match next() {
                Some(p) => FieldValue::Expect(self.expectation(p)),
                None => FieldValue::Note(empty),
            },
            Rule::accepted_field => {
                FieldValue::Accepted(next().map_or(Date::constant(2000, 1, 1), |p| self.date(&p)))
            }
            Rule::non_working_field => FieldValue::NonWorking(self.dates(next())),
            Rule::working_field => FieldValue::Working(self.dates(next())),
            _ => FieldValue::Note(empty),
        };
        Field { value, span }
    }

    fn form_answer(&mut self, pair: Option<Pair<'_, Rule>>, span: Span) -> FormAnswer {
        let Some(pair) = pair else {
            return FormAnswer::Signature;
        };
        match pair.as_rule() {
            Rule::answer_boxes => match parts(pair).next() {
                Some(n) => FormAnswer::Boxes {
                    boxes: self.number(&n),
                    span: self.span(&n),
                },
                None => FormAnswer::Boxes { boxes: 0, span },
            },
            Rule::answer_date => FormAnswer::Date,
            Rule::answer_yes_no => FormAnswer::YesNo,
            Rule::answer_choice => FormAnswer::Choice {
                choice: parts(pair).next().map_or(
                    Name {
                        text: String::new(),
                        span,
                    },
                    |p| self.name(&p),
                ),
            },
            _ => FormAnswer::Signature,
        }
    }

    fn fill_value(&mut self, pair: Pair<'_, Rule>) -> FillValue {
        let span = self.span(&pair);
        // `fill_value` wraps the value itself.
        let pair = match pair.into_inner().next() {
            Some(inner) => inner,
            None => {
                return FillValue::Option(Name {
                    text: String::new(),
                    span,
                });
            }
        };
        match pair.as_rule() {
            Rule::string => FillValue::Text(self.text(pair)),
            Rule::date => FillValue::Date(self.date(&pair), span),
            Rule::yes_no => FillValue::YesNo(pair.as_str() == "yes", span),
            _ => FillValue::Option(self.name(&pair)),
        }
    }

    fn clause_ref_or(&mut self, pair: Option<Pair<'_, Rule>>, span: Span) -> ClauseRef {
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
fn dedent(body: &str) -> String {
    let body = body
        .strip_prefix("\r\n")
        .or_else(|| body.strip_prefix('\n'))
        .unwrap_or(body);
    let lines: Vec<&str> = body.lines().collect();
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<&str> = lines
        .iter()
        .map(|l| l.get(indent..).unwrap_or("").trim_end())
        .collect();
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
    fn unescape_resolves_quotes_and_backslashes() {
        assert_eq!(unescape(r#"say \"hi\" \\ now"#), r#"say "hi" \ now"#);
    }
}
