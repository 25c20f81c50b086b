//! A block's lines, each to its [`FieldValue`].

use jiff::civil::Date;
use pest::iterators::Pair;

use super::{Builder, blank_name, parts};
use crate::source::Span;
use crate::syntax::Rule;
use crate::syntax::ast::*;

impl Builder {
    pub(super) fn field(&mut self, pair: Pair<'_, Rule>) -> Field {
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
        if which == Rule::worded_block {
            return self.worded(pair, span);
        }
        // `question for representative`: the keywords say which line it is.
        let for_representative = which == Rule::question_field
            && pair
                .clone()
                .into_inner()
                .any(|p| p.as_rule() == Rule::kw_representative);
        let mut inner = parts(pair);
        let mut next = || inner.next();
        let blank = blank_name(span);
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
            Rule::title_field | Rule::question_field => {
                let of = if which == Rule::title_field {
                    TranslatedLine::Title
                } else if for_representative {
                    TranslatedLine::RepresentativeQuestion
                } else {
                    TranslatedLine::Question
                };
                match next() {
                    Some(p) if p.as_rule() == Rule::id => FieldValue::Translation {
                        of,
                        lang: self.name(&p),
                        text: next().map_or(empty, |p| self.text(p)),
                    },
                    other => {
                        let text = other.map_or(empty, |p| self.text(p));
                        match of {
                            TranslatedLine::Question => FieldValue::Question(text),
                            TranslatedLine::RepresentativeQuestion => {
                                FieldValue::RepresentativeQuestion(text)
                            }
                            _ => FieldValue::Title(text),
                        }
                    }
                }
            }
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
            Rule::acceptance_field => FieldValue::Acceptance,
            Rule::applies_field | Rule::required_field | Rule::valid_field => {
                let c = next().map_or(
                    Condition::And {
                        parts: vec![],
                        span,
                    },
                    |p| self.condition(p),
                );
                if which == Rule::applies_field {
                    FieldValue::Applies(c)
                } else if which == Rule::valid_field {
                    FieldValue::Valid(c)
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
            Rule::in_group_field => FieldValue::InGroup(next().map_or(blank, |p| self.name(&p))),
            Rule::chooses_field => FieldValue::Chooses(next().map_or(blank, |p| self.name(&p))),
            Rule::option_field => {
                let name = next().map_or(blank, |p| self.name(&p));
                match next() {
                    // `option spouse ru "..."`: the option's words in
                    // another language.
                    Some(p) if p.as_rule() == Rule::id => FieldValue::Translation {
                        of: TranslatedLine::Option(name),
                        lang: self.name(&p),
                        text: next().map_or(empty, |p| self.text(p)),
                    },
                    other => FieldValue::Option {
                        name,
                        title: other.map_or(empty, |p| self.text(p)),
                    },
                }
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
                let mut categories = Vec::new();
                let mut when = None;
                while let Some(p) = next() {
                    if p.as_rule() == Rule::for_category_field {
                        categories = parts(p).next().map(|l| self.names(l)).unwrap_or_default();
                    } else {
                        when = Some(self.condition(p));
                    }
                }
                if which == Rule::copies_field {
                    FieldValue::Copies {
                        amount,
                        categories,
                        when,
                    }
                } else {
                    FieldValue::Count {
                        amount,
                        categories,
                        when,
                    }
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
            Rule::in_force_field => match next() {
                Some(p) => FieldValue::InForce {
                    date: self.date(&p),
                    date_span: self.span(&p),
                },
                None => FieldValue::Note(empty),
            },
            Rule::as_of_field => {
                FieldValue::AsOf(next().map_or(Date::constant(2000, 1, 1), |p| self.date(&p)))
            }
            Rule::inserted_field => FieldValue::Inserted(next().map_or(blank, |p| self.name(&p))),
            Rule::repealed_field => FieldValue::Repealed(next().map_or(blank, |p| self.name(&p))),
            Rule::amount_field => {
                let amount = next().map_or(0, |p| self.number(&p));
                let currency = next().map_or(blank, |p| self.name(&p));
                FieldValue::Amount { amount, currency }
            }
            Rule::non_working_field => FieldValue::NonWorking(self.dates(next())),
            Rule::working_field => FieldValue::Working(self.dates(next())),
            _ => FieldValue::Note(empty),
        };
        Field { value, span }
    }

    /// `worded by <amendment> ... end`: its lines are read like the block's own.
    fn worded(&mut self, pair: Pair<'_, Rule>, span: Span) -> Field {
        let mut inner = parts(pair);
        let by = self.name_or(inner.next(), span);
        let fields = inner.map(|p| self.field(p)).collect();
        Field {
            value: FieldValue::Worded { by, fields },
            span,
        }
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
                choice: self.name_or(parts(pair).next(), span),
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
                return FillValue::Option(blank_name(span));
            }
        };
        match pair.as_rule() {
            Rule::string => FillValue::Text(self.text(pair)),
            Rule::date => FillValue::Date(self.date(&pair), span),
            Rule::yes_no => FillValue::YesNo(pair.as_str() == "yes", span),
            _ => FillValue::Option(self.name(&pair)),
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
                let document = self.name_or(inner.next(), Span::new(self.file, 0, 0));
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
}
