//! Building model elements from blocks: each block kind's lines, required
//! and optional, and the references they make.

use super::conditions::Env;
use super::fields::Fields;
use super::{Checker, clauses, conditions, coverage, examples, forms, links};
use crate::diagnostics::messages;
use crate::model::*;
use crate::source::{Sources, Span};
use crate::syntax::ast::{self, Block, BlockKind, FieldValue};

/// Builds the whole model and runs every pass over it.
pub(super) fn build(
    cx: &mut Checker,
    files: &[ast::File],
    sources: &Sources,
) -> Option<Regulation> {
    let blocks: Vec<&Block> = files.iter().flat_map(|f| f.blocks.iter()).collect();
    let main_file = files.last().map(|f| f.file);

    let regulation_blocks: Vec<&&Block> = blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Regulation)
        .collect();
    for extra in regulation_blocks.iter().skip(1) {
        if let Some(first) = regulation_blocks.first() {
            cx.problems
                .push(messages::regulation_twice(first.name.span, extra.name.span));
        }
    }
    for b in &regulation_blocks {
        if Some(b.span.file) != main_file {
            cx.problems
                .push(messages::regulation_in_include(b.name.span));
        }
    }
    let has_content = blocks
        .iter()
        .any(|b| !matches!(b.kind, BlockKind::Regulation | BlockKind::Calendar));
    if regulation_blocks.is_empty() && has_content {
        let file = main_file.unwrap_or(0);
        let path = sources
            .get(file)
            .map(|f| f.path.clone())
            .unwrap_or_default();
        cx.problems
            .push(messages::regulation_missing(&path, Span::new(file, 0, 0)));
    }

    let mut reg = empty_regulation(sources);
    // Declarations first: conditions anywhere in the files need their types.
    for block in &blocks {
        declare(cx, &mut reg, block);
    }
    let env = Env::new(&reg, &cx.untyped_facts);
    for block in &blocks {
        element(cx, &mut reg, &env, block);
    }
    if let Some(block) = regulation_blocks.first() {
        identity(cx, &mut reg, block);
    }

    clauses::check(cx, &blocks);
    // A term or category dropped for an error would show up as a false gap.
    if !cx.coverage_unreliable {
        coverage::check(cx, &reg);
    }
    examples::check(cx, &reg, &env, &blocks);
    links::check(cx, &reg, &blocks, sources);
    unused(cx, &blocks);
    for o in &reg.omissions {
        cx.problems
            .push(messages::omission(&o.after.to_string(), o.span));
    }
    regulation_blocks.first().map(|_| reg)
}

fn empty_regulation(sources: &Sources) -> Regulation {
    Regulation {
        id: String::new(),
        title: String::new(),
        order: None,
        registration: None,
        amended: None,
        service: None,
        provider: None,
        language: None,
        source: None,
        calendar: None,
        notes: vec![],
        contents: vec![],
        parts: vec![],
        acts: vec![],
        definitions: vec![],
        statuses: vec![],
        applications: vec![],
        events: vec![],
        choices: vec![],
        facts: vec![],
        categories: vec![],
        representatives: vec![],
        terms: vec![],
        limits: vec![],
        documents: vec![],
        forms: vec![],
        channels: vec![],
        duties: vec![],
        results: vec![],
        provisions: vec![],
        omissions: vec![],
        examples: vec![],
        calendars: vec![],
        files: sources.files().iter().map(|f| f.path.clone()).collect(),
    }
}

fn text_of(cx: &mut Checker, t: &ast::Text) -> String {
    if t.value.trim().is_empty() {
        cx.problems.push(messages::empty_text(t.span));
    }
    t.value.clone()
}

fn title(cx: &mut Checker, f: &Fields<'_>) -> String {
    let t = f.required(&mut cx.problems, "title", |v| match v {
        FieldValue::Title(t) => Some(t),
        _ => None,
    });
    t.map(|t| text_of(cx, t)).unwrap_or_default()
}

fn notes(f: &Fields<'_>) -> Vec<String> {
    f.many(|v| match v {
        FieldValue::Note(t) => Some(t.value.clone()),
        _ => None,
    })
}

fn see(f: &Fields<'_>) -> Vec<ClauseNumber> {
    f.many(|v| match v {
        FieldValue::See(refs) => Some(refs.iter().map(clause_number).collect::<Vec<_>>()),
        _ => None,
    })
    .into_iter()
    .flatten()
    .collect()
}

/// The model's clause number for a syntax tree's.
pub(super) fn clause_number(c: &ast::ClauseRef) -> ClauseNumber {
    ClauseNumber {
        order: c.order,
        steps: c
            .steps
            .iter()
            .map(|&(main, inserted)| ClauseStep { main, inserted })
            .collect(),
    }
}

fn ids(cx: &mut Checker, names: &[ast::Name], kinds: &[BlockKind], what: &str) -> Vec<String> {
    names
        .iter()
        .filter_map(|n| cx.resolve(n, kinds, what))
        .collect()
}

fn citation(cx: &mut Checker, c: &ast::Citation) -> Option<Citation> {
    let act = cx.resolve(&c.act, &[BlockKind::Act], "an act")?;
    Some(Citation {
        act,
        article: c.article.clone(),
        part: c.part.clone(),
        item: c.item.clone(),
        subitem: c.subitem.clone(),
        paragraph: c.paragraph.clone(),
    })
}

/// `clause`, `heading`, `text`, `plain`, `basis`, `see`, `note`.
fn clause_text(cx: &mut Checker, f: &Fields<'_>, clause_required: bool) -> ClauseText {
    clause_text_with(cx, f, clause_required, true)
}

/// Like [`clause_text`], for blocks that may have no text of their own (a
/// term the source does not state has no clause to quote).
fn clause_text_with(
    cx: &mut Checker,
    f: &Fields<'_>,
    clause_required: bool,
    text_required: bool,
) -> ClauseText {
    let clause = if clause_required {
        f.required(&mut cx.problems, "clause", |v| match v {
            FieldValue::Clause(c) => Some(c),
            _ => None,
        })
    } else {
        f.one(&mut cx.problems, |v| match v {
            FieldValue::Clause(c) => Some(c),
            _ => None,
        })
    };
    let heading = f.one(&mut cx.problems, |v| match v {
        FieldValue::Heading(t) => Some(t),
        _ => None,
    });
    fn pick_text(v: &FieldValue) -> Option<&ast::Text> {
        match v {
            FieldValue::Text(t) => Some(t),
            _ => None,
        }
    }
    let text = if text_required {
        f.required(&mut cx.problems, "text", pick_text)
    } else {
        f.one(&mut cx.problems, pick_text)
    };
    let plain = f.one(&mut cx.problems, |v| match v {
        FieldValue::Plain(t) => Some(t),
        _ => None,
    });
    let basis = f
        .many(|v| match v {
            FieldValue::Basis(c) => Some(c),
            _ => None,
        })
        .into_iter()
        .filter_map(|c| citation(cx, c))
        .collect();
    ClauseText {
        clause: clause.map(clause_number),
        heading: heading.map(|t| text_of(cx, t)),
        wording: Wording {
            text: text.map(|t| text_of(cx, t)).unwrap_or_default(),
            plain: plain.map(|t| text_of(cx, t)),
        },
        basis,
        see: see(f),
        notes: notes(f),
    }
}

fn applies(cx: &mut Checker, env: &Env, f: &Fields<'_>) -> Option<Condition> {
    let c = f.one(&mut cx.problems, |v| match v {
        FieldValue::Applies(c) => Some(c),
        _ => None,
    })?;
    conditions::check(cx, env, c)
}

/// Blocks whose ids conditions and coverage need before anything else.
fn declare(cx: &mut Checker, reg: &mut Regulation, block: &Block) {
    let f = Fields::new(block);
    let id = block.name.text.clone();
    let span = block.name.span;
    match block.kind {
        BlockKind::Status => {
            let title = title(cx, &f);
            reg.statuses.push(Status {
                id,
                title,
                see: see(&f),
                notes: notes(&f),
                span,
            });
        }
        BlockKind::Application => {
            let title = title(cx, &f);
            let gives = f
                .one(&mut cx.problems, |v| match v {
                    FieldValue::Gives(n) => Some(n),
                    _ => None,
                })
                .and_then(|n| cx.resolve(n, &[BlockKind::Result], "a result"));
            reg.applications.push(ApplicationKind {
                id,
                title,
                gives,
                see: see(&f),
                notes: notes(&f),
                span,
            });
        }
        BlockKind::Choice => {
            let mut options: Vec<ChoiceOption> = Vec::new();
            for (field, line) in f.many_spanned(|v| match v {
                FieldValue::Option { name, title } => Some((name, title)),
                _ => None,
            }) {
                let (name, title) = field;
                if let Some(first) = options.iter().position(|o| o.id == name.text) {
                    let _ = first;
                    cx.problems
                        .push(messages::repeated_option(&name.text, line));
                    continue;
                }
                options.push(ChoiceOption {
                    id: name.text.clone(),
                    title: text_of(cx, title),
                });
            }
            if options.is_empty() {
                cx.problems.push(messages::missing_field(
                    "choice",
                    &id,
                    "option",
                    super::fields::head(block),
                ));
            }
            reg.choices.push(Choice {
                id,
                options,
                notes: notes(&f),
                span,
            });
        }
        BlockKind::Fact => {
            let question = f
                .required(&mut cx.problems, "question", |v| match v {
                    FieldValue::Question(t) => Some(t),
                    _ => None,
                })
                .map(|t| text_of(cx, t))
                .unwrap_or_default();
            let answer = f.required(&mut cx.problems, "answer", |v| match v {
                FieldValue::Answer(a) => Some(a),
                _ => None,
            });
            let answer = match answer {
                Some(ast::AnswerType::YesNo) => FactType::YesNo,
                // The missing line is reported; conditions on this fact are
                // not checked further, so that one slip gives one error.
                None => {
                    cx.untyped_facts.insert(id.clone());
                    FactType::YesNo
                }
                Some(ast::AnswerType::Date) => FactType::Date,
                Some(ast::AnswerType::Number { unit }) => FactType::Number {
                    unit: unit.as_ref().map(|u| u.text.clone()),
                },
                Some(ast::AnswerType::Choice { choice }) => {
                    let resolved = cx.resolve(choice, &[BlockKind::Choice], "a choice");
                    FactType::Choice {
                        choice: resolved.unwrap_or_default(),
                    }
                }
            };
            let notes = notes(&f);
            reg.facts.push(Fact {
                id,
                question,
                answer,
                notes,
                span,
            });
        }
        _ => {}
    }
}

fn element(cx: &mut Checker, reg: &mut Regulation, env: &Env, block: &Block) {
    let f = Fields::new(block);
    let id = block.name.text.clone();
    let span = block.name.span;
    if !matches!(block.kind, BlockKind::Regulation | BlockKind::Calendar) {
        reg.contents.push(ContentEntry {
            kind: block.kind.keyword().to_owned(),
            id: id.clone(),
        });
    }
    match block.kind {
        BlockKind::Regulation
        | BlockKind::Status
        | BlockKind::Application
        | BlockKind::Choice
        | BlockKind::Fact => {}
        BlockKind::Year | BlockKind::Branch | BlockKind::Ground | BlockKind::Rule => {}
        // Read with their form (`forms::form`).
        BlockKind::Section | BlockKind::FormField | BlockKind::Sample => {}
        BlockKind::Calendar => {
            let (calendar, problems) = super::calendar::check_calendar(block);
            cx.problems.extend(problems);
            let title = f.one(&mut cx.problems, |v| {
                if let FieldValue::Title(t) = v {
                    Some(t.value.clone())
                } else {
                    None
                }
            });
            if let Some(c) = calendar {
                let years = c
                    .years()
                    .iter()
                    .map(|y| CalendarYear {
                        year: y.year,
                        decree: y.decree.clone(),
                        non_working: y.non_working_weekdays.clone(),
                        working: y.working_weekend_days.clone(),
                    })
                    .collect();
                reg.calendars.push(Calendar {
                    id,
                    title,
                    years,
                    span,
                });
            }
        }
        BlockKind::Part => {
            let number = f.one(&mut cx.problems, |v| match v {
                FieldValue::NumberLabel(t) => Some(t.value.clone()),
                _ => None,
            });
            let title = title(cx, &f);
            reg.parts.push(Part {
                id,
                number,
                title,
                notes: notes(&f),
                span,
            });
        }
        BlockKind::Act => {
            let title = title(cx, &f);
            let text = |want: fn(&FieldValue) -> Option<&ast::Text>, cx: &mut Checker| {
                f.one(&mut cx.problems, want).map(|t| t.value.clone())
            };
            let number = text(
                |v| {
                    if let FieldValue::ActNumber(t) = v {
                        Some(t)
                    } else {
                        None
                    }
                },
                cx,
            );
            let called = text(
                |v| {
                    if let FieldValue::Called(t) = v {
                        Some(t)
                    } else {
                        None
                    }
                },
                cx,
            );
            let published = text(
                |v| {
                    if let FieldValue::Published(t) = v {
                        Some(t)
                    } else {
                        None
                    }
                },
                cx,
            );
            let dated = f.one(&mut cx.problems, |v| {
                if let FieldValue::Dated(d) = v {
                    Some(*d)
                } else {
                    None
                }
            });
            let notes = notes(&f);
            reg.acts.push(Act {
                id,
                title,
                number,
                dated,
                called,
                published,
                notes,
                span,
            });
        }
        BlockKind::Definition => {
            let phrase = f
                .required(&mut cx.problems, "phrase", |v| {
                    if let FieldValue::Phrase(t) = v {
                        Some(t)
                    } else {
                        None
                    }
                })
                .map(|t| text_of(cx, t))
                .unwrap_or_default();
            let text = f.one(&mut cx.problems, |v| {
                if let FieldValue::Text(t) = v {
                    Some(t)
                } else {
                    None
                }
            });
            let plain = f.one(&mut cx.problems, |v| {
                if let FieldValue::Plain(t) = v {
                    Some(t)
                } else {
                    None
                }
            });
            let wording = text.map(|t| Wording {
                text: t.value.clone(),
                plain: plain.map(|p| p.value.clone()),
            });
            let notes = notes(&f);
            reg.definitions.push(Definition {
                id,
                phrase,
                wording,
                see: see(&f),
                notes,
                span,
            });
        }
        BlockKind::Event => {
            let title = title(cx, &f);
            reg.events.push(Event {
                id,
                title,
                notes: notes(&f),
                span,
            });
        }
        BlockKind::Category => {
            let before = cx.error_count();
            category(cx, reg, env, block, &f);
            if cx.error_count() > before {
                cx.coverage_unreliable = true;
            }
        }
        BlockKind::Representative => {
            let clause = clause_text(cx, &f, true);
            let listed = f.required(&mut cx.problems, "for category", |v| match v {
                FieldValue::ForCategory(n) => Some(n),
                _ => None,
            });
            let categories = ids(
                cx,
                listed.map(Vec::as_slice).unwrap_or(&[]),
                CATEGORY_KINDS,
                "a category or branch",
            );
            let applies = applies(cx, env, &f);
            reg.representatives.push(Representative {
                id,
                clause,
                categories,
                applies,
                span,
            });
        }
        BlockKind::Term => {
            let before = cx.error_count();
            term(cx, reg, block, &f);
            if cx.error_count() > before {
                cx.coverage_unreliable = true;
            }
        }
        BlockKind::Limit => {
            let clause = clause_text(cx, &f, true);
            let lasts = f.required(&mut cx.problems, "lasts", |v| match v {
                FieldValue::Lasts { duration, from } => Some((duration, from)),
                _ => None,
            });
            if let Some((q, from)) = lasts {
                let duration = duration(cx, q, false);
                let from = from
                    .as_ref()
                    .and_then(|n| cx.resolve(n, &[BlockKind::Event], "an event"));
                if let Some(duration) = duration {
                    reg.limits.push(Limit {
                        id,
                        clause,
                        duration,
                        from,
                        span,
                    });
                }
            }
        }
        BlockKind::Document => document(cx, reg, env, block, &f),
        BlockKind::Form => {
            let title = title(cx, &f);
            let appendix = f.one(&mut cx.problems, |v| {
                if let FieldValue::Appendix(n) = v {
                    Some(*n)
                } else {
                    None
                }
            });
            if let Some(n) = appendix {
                if let Some(other) = reg.forms.iter().find(|o| o.appendix == Some(n)) {
                    cx.problems
                        .push(messages::duplicate_appendix(n, other.span, span));
                }
            }
            let notes = notes(&f);
            let (sections, samples) = forms::form(cx, reg, &f);
            reg.forms.push(Form {
                id,
                title,
                appendix,
                see: see(&f),
                notes,
                sections,
                samples,
                span,
            });
        }
        BlockKind::Channel => {
            let title = title(cx, &f);
            reg.channels.push(Channel {
                id,
                title,
                see: see(&f),
                notes: notes(&f),
                span,
            });
        }
        BlockKind::Duty => {
            let clause = clause_text(cx, &f, true);
            let on = f.required(&mut cx.problems, "on", |v| {
                if let FieldValue::On(n) = v {
                    Some(n)
                } else {
                    None
                }
            });
            let channels = ids(
                cx,
                on.map(Vec::as_slice).unwrap_or(&[]),
                &[BlockKind::Channel],
                "a channel",
            );
            reg.duties.push(Duty {
                id,
                clause,
                channels,
                span,
            });
        }
        BlockKind::Result | BlockKind::Provision => {
            // A provision may be unnumbered text of the act (a preamble, a signature).
            let clause = clause_text(cx, &f, block.kind == BlockKind::Result);
            let p = Provision { id, clause, span };
            if block.kind == BlockKind::Result {
                reg.results.push(p)
            } else {
                reg.provisions.push(p)
            }
        }
        BlockKind::Omission => {
            let after = f.required(&mut cx.problems, "after clause", |v| {
                if let FieldValue::After(c) = v {
                    Some(c)
                } else {
                    None
                }
            });
            let text = f
                .required(&mut cx.problems, "text", |v| {
                    if let FieldValue::Text(t) = v {
                        Some(t)
                    } else {
                        None
                    }
                })
                .map(|t| text_of(cx, t))
                .unwrap_or_default();
            if let Some(after) = after {
                let notes = notes(&f);
                reg.omissions.push(Omission {
                    id,
                    after: clause_number(after),
                    text,
                    notes,
                    span,
                });
            }
        }
        BlockKind::Example => {
            if let Some(example) = examples::build(cx, env, block, &f) {
                reg.examples.push(example);
            }
        }
    }
}

/// The kinds a `for category` list or an expectation may name.
pub(super) const CATEGORY_KINDS: &[BlockKind] = &[BlockKind::Category, BlockKind::Branch];

fn category(cx: &mut Checker, reg: &mut Regulation, env: &Env, block: &Block, f: &Fields<'_>) {
    let clause = clause_text(cx, f, true);
    let files = f.required(&mut cx.problems, "files", |v| {
        if let FieldValue::Files(n) = v {
            Some(n)
        } else {
            None
        }
    });
    let files = match files {
        Some(names) => ids(
            cx,
            names,
            &[BlockKind::Application],
            "a kind of application",
        ),
        None => Vec::new(),
    };
    let applies = applies(cx, env, f);
    let mut branches = Vec::new();
    let mut grounds = Vec::new();
    for nested in f.nested() {
        let nf = Fields::new(nested);
        let is_ground = nested.kind == BlockKind::Ground;
        let clause = clause_text(cx, &nf, is_ground);
        let applies = applies_nested(cx, env, &nf);
        let b = Branch {
            id: nested.name.text.clone(),
            clause,
            applies,
            span: nested.name.span,
        };
        if is_ground {
            grounds.push(b)
        } else {
            branches.push(b)
        }
    }
    let has_applies_line = !f
        .many(|v| {
            if let FieldValue::Applies(c) = v {
                Some(c)
            } else {
                None
            }
        })
        .is_empty();
    if !has_applies_line && branches.is_empty() {
        cx.problems.push(messages::missing_field(
            "category",
            &block.name.text,
            "applies when",
            super::fields::head(block),
        ));
    }
    reg.categories.push(Category {
        id: block.name.text.clone(),
        clause,
        files,
        applies,
        branches,
        grounds,
        span: block.name.span,
    });
}

/// A branch or ground must say when it applies: without a condition one
/// would never apply and the other always hold, and neither is what an
/// editor who forgot the line meant.
fn applies_nested(cx: &mut Checker, env: &Env, f: &Fields<'_>) -> Option<Condition> {
    let present = !f
        .many(|v| {
            if let FieldValue::Applies(c) = v {
                Some(c)
            } else {
                None
            }
        })
        .is_empty();
    if !present {
        let b = f.block();
        cx.problems.push(messages::missing_field(
            b.kind.keyword(),
            &b.name.text,
            "applies when",
            super::fields::head(b),
        ));
    }
    applies(cx, env, f)
}

fn duration(cx: &mut Checker, q: &ast::Quantity, term: bool) -> Option<Duration> {
    let unit = DurationUnit::parse(&q.unit.text);
    match unit {
        Some(u)
            if !term
                || matches!(
                    u,
                    DurationUnit::Months | DurationUnit::WorkingDays | DurationUnit::CalendarDays
                ) =>
        {
            if q.amount == 0 {
                cx.problems.push(messages::zero_duration(q.span));
                return None;
            }
            Some(Duration {
                amount: q.amount,
                unit: u,
            })
        }
        _ => {
            cx.problems
                .push(messages::bad_duration_unit(&q.unit.text, q.unit.span, term));
            None
        }
    }
}

fn term(cx: &mut Checker, reg: &mut Regulation, block: &Block, f: &Fields<'_>) {
    let stated = !f
        .many(|v| {
            if let FieldValue::NotStated(t) = v {
                Some(t)
            } else {
                None
            }
        })
        .is_empty();
    let clause = clause_text_with(cx, f, !stated, !stated);
    let lasts = f.one(&mut cx.problems, |v| match v {
        FieldValue::Lasts { duration, from } => Some((duration, from)),
        _ => None,
    });
    let not_stated = f.one(&mut cx.problems, |v| {
        if let FieldValue::NotStated(t) = v {
            Some(t)
        } else {
            None
        }
    });
    let length = match (lasts, not_stated) {
        (Some((q, from)), None) => {
            let from = from
                .as_ref()
                .and_then(|n| cx.resolve(n, &[BlockKind::Event], "an event"));
            duration(cx, q, true).map(|duration| TermLength::Lasts { duration, from })
        }
        (None, Some(reason)) => Some(TermLength::NotStated {
            reason: text_of(cx, reason),
        }),
        _ => {
            cx.problems.push(messages::term_duration(
                &block.name.text,
                super::fields::head(block),
                lasts.is_some(),
            ));
            None
        }
    };
    let apps = f.required(&mut cx.problems, "for application", |v| match v {
        FieldValue::ForApplication(n) => Some(n),
        _ => None,
    });
    let applications = ids(
        cx,
        apps.map(Vec::as_slice).unwrap_or(&[]),
        &[BlockKind::Application],
        "a kind of application",
    );
    let categories = f
        .one(&mut cx.problems, |v| {
            if let FieldValue::ForCategory(n) = v {
                Some(n)
            } else {
                None
            }
        })
        .map(|n| ids(cx, n, CATEGORY_KINDS, "a category or branch"));
    let statuses = f
        .one(&mut cx.problems, |v| {
            if let FieldValue::ForStatus(n) = v {
                Some(n)
            } else {
                None
            }
        })
        .map(|n| ids(cx, n, &[BlockKind::Status], "a status"));
    if let Some(length) = length {
        reg.terms.push(Term {
            id: block.name.text.clone(),
            clause,
            length,
            applications,
            categories,
            statuses,
            span: block.name.span,
        });
    }
}

fn amounts(cx: &mut Checker, env: &Env, f: &Fields<'_>, copies: bool) -> Vec<Amount> {
    let lines = f.many_spanned(|v| match v {
        FieldValue::Copies { amount, when } if copies => Some((*amount, when)),
        FieldValue::Count { amount, when } if !copies => Some((*amount, when)),
        _ => None,
    });
    let mut out: Vec<Amount> = Vec::new();
    let mut default: Option<Span> = None;
    for ((amount, when), span) in lines {
        if amount == 0 {
            cx.problems.push(messages::zero_count(span));
        }
        if when.is_none() {
            if let Some(first) = default {
                cx.problems.push(messages::conflicting_counts(
                    if copies { "copies" } else { "count" },
                    first,
                    span,
                ));
            }
            default = Some(span);
        }
        let when = match when {
            Some(c) => match conditions::check(cx, env, c) {
                Some(c) => Some(c),
                None => continue,
            },
            None => None,
        };
        out.push(Amount { amount, when });
    }
    // The default goes last so that "first condition that holds" reads naturally.
    out.sort_by_key(|a| a.when.is_none());
    out
}

fn document(cx: &mut Checker, reg: &mut Regulation, env: &Env, _block: &Block, f: &Fields<'_>) {
    let clause = clause_text(cx, f, true);
    let form = f
        .one(&mut cx.problems, |v| {
            if let FieldValue::Form(n) = v {
                Some(n)
            } else {
                None
            }
        })
        .and_then(|n| cx.resolve(n, &[BlockKind::Form], "a form"));
    let copies = amounts(cx, env, f, true);
    let count = amounts(cx, env, f, false);
    let required = f
        .one(&mut cx.problems, |v| {
            if let FieldValue::Required(c) = v {
                Some(c)
            } else {
                None
            }
        })
        .and_then(|c| conditions::check(cx, env, c));
    let size = f.one(&mut cx.problems, |v| match v {
        FieldValue::Size {
            width,
            height,
            unit,
        } => Some(Size {
            width: *width,
            height: *height,
            unit: unit.text.clone(),
        }),
        _ => None,
    });
    let requirements = f.many(|v| {
        if let FieldValue::Requirement(t) = v {
            Some(t.value.clone())
        } else {
            None
        }
    });
    let same = f.many(|v| {
        if let FieldValue::SameRules(n) = v {
            Some(n)
        } else {
            None
        }
    });
    let same_rules_as = same
        .into_iter()
        .flat_map(|n| ids(cx, n, &[BlockKind::Document], "a document"))
        .collect();
    let mut rules = Vec::new();
    for nested in f.nested() {
        let nf = Fields::new(nested);
        let text = nf.required(&mut cx.problems, "text", |v| {
            if let FieldValue::Text(t) = v {
                Some(t)
            } else {
                None
            }
        });
        let plain = nf.one(&mut cx.problems, |v| {
            if let FieldValue::Plain(t) = v {
                Some(t.value.clone())
            } else {
                None
            }
        });
        let date_format = nf.one(&mut cx.problems, |v| {
            if let FieldValue::DateFormat(t) = v {
                Some(t.value.clone())
            } else {
                None
            }
        });
        let applies = applies(cx, env, &nf);
        let wording = Wording {
            text: text.map(|t| text_of(cx, t)).unwrap_or_default(),
            plain,
        };
        rules.push(FillingRule {
            id: nested.name.text.clone(),
            wording,
            date_format,
            applies,
            span: nested.name.span,
        });
    }
    reg.documents.push(Document {
        id: f_id(f),
        clause,
        form,
        copies,
        count,
        required,
        size,
        requirements,
        same_rules_as,
        rules,
        span: f_span(f),
    });
}

fn f_id(f: &Fields<'_>) -> String {
    f.block().name.text.clone()
}

fn f_span(f: &Fields<'_>) -> Span {
    f.block().name.span
}

fn identity(cx: &mut Checker, reg: &mut Regulation, block: &Block) {
    let f = Fields::new(block);
    reg.id = block.name.text.clone();
    reg.notes = notes(&f);
    reg.title = title(cx, &f);
    reg.order = f.one(&mut cx.problems, |v| match v {
        FieldValue::Order {
            number, date, by, ..
        } => Some(Enactment {
            number: number.value.clone(),
            date: *date,
            by: by.value.clone(),
        }),
        _ => None,
    });
    reg.registration = f.one(&mut cx.problems, |v| match v {
        FieldValue::Registered {
            number, date, by, ..
        } => Some(Enactment {
            number: number.value.clone(),
            date: *date,
            by: by.value.clone(),
        }),
        _ => None,
    });
    reg.amended = f.one(&mut cx.problems, |v| {
        if let FieldValue::Amended(d) = v {
            Some(*d)
        } else {
            None
        }
    });
    let clause_kinds = [BlockKind::Provision, BlockKind::Result];
    reg.service = f
        .one(&mut cx.problems, |v| {
            if let FieldValue::Service(n) = v {
                Some(n)
            } else {
                None
            }
        })
        .and_then(|n| cx.resolve(n, &clause_kinds, "a provision"));
    reg.provider = f
        .one(&mut cx.problems, |v| {
            if let FieldValue::Provider(n) = v {
                Some(n)
            } else {
                None
            }
        })
        .and_then(|n| cx.resolve(n, &clause_kinds, "a provision"));
    reg.language = f.one(&mut cx.problems, |v| {
        if let FieldValue::Language(n) = v {
            Some(n.text.clone())
        } else {
            None
        }
    });
    reg.source = f.one(&mut cx.problems, |v| {
        if let FieldValue::Source(t) = v {
            Some(t.value.clone())
        } else {
            None
        }
    });
    reg.calendar = f
        .one(&mut cx.problems, |v| {
            if let FieldValue::Calendar(n) = v {
                Some(n)
            } else {
                None
            }
        })
        .and_then(|n| cx.resolve(n, &[BlockKind::Calendar], "a calendar"));
}

/// Declarations nobody refers to.
fn unused(cx: &mut Checker, blocks: &[&Block]) {
    for block in blocks {
        let watched = matches!(
            block.kind,
            BlockKind::Act
                | BlockKind::Fact
                | BlockKind::Choice
                | BlockKind::Event
                | BlockKind::Channel
        );
        let reserved = super::BUILT_IN_FACTS.contains(&block.name.text.as_str());
        if watched && !reserved && !cx.used.contains(&block.name.text) {
            cx.problems.push(messages::unused(
                block.kind.keyword(),
                &block.name.text,
                block.name.span,
            ));
        }
    }
}
