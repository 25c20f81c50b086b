//! Stage 3: syntax trees to a checked [`crate::model::Regulation`].
//!
//! [`check`] collects every problem it finds rather than stopping at the
//! first, and returns the model whenever there are no errors (warnings do
//! not stop a build).
//!
//! The modules are layered, each using only those below it: `time` (which
//! version of each element holds) over `elements` (the model built block
//! by block), which calls the passes over the whole model (`clauses`,
//! `examples`, `forms`, `links`, `coverage`); all of them read lines with
//! `line_readers`, `conditions` and `fields` at the bottom.

/// A closure for [`fields::Fields`] that picks one kind of line: `pick!(Title)`
/// gives the line's value, `pick!(Dated(d) => *d)` what the arm makes of it.
/// A macro because the line is named by a variant, which a function cannot take.
macro_rules! pick {
    ($variant:ident) => {
        |v| match v {
            $crate::syntax::ast::FieldValue::$variant(value) => Some(value),
            _ => None,
        }
    };
    ($variant:ident $binding:tt => $out:expr) => {
        |v| match v {
            $crate::syntax::ast::FieldValue::$variant $binding => Some($out),
            _ => None,
        }
    };
}

pub mod calendar;
mod clauses;
mod conditions;
pub mod coverage;
mod elements;
mod examples;
mod fields;
mod forms;
mod line_readers;
mod links;
mod text;
mod time;
mod translations;

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostics::{self, Problem, messages};
use crate::model::Regulation;
use crate::source::{Sources, Span};
use crate::syntax::ast::{Block, BlockKind, File, Name};

/// The outcome of checking one main file and its includes.
#[derive(Debug)]
pub struct Checked {
    /// The model, when there was no error.
    pub regulation: Option<Regulation>,
    /// Every problem found, sorted by place.
    pub problems: Vec<Problem>,
}

impl Checked {
    /// Were there errors?
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }
}

/// Checks a main file with its includes (`files` in checking order, the main
/// file last) and builds the model.
///
/// When the files declare amendments, the regulation's life is split at
/// every in-force date and each version is checked (see `time`).
pub fn check(files: &[File], sources: &Sources) -> Checked {
    let (regulation, mut problems) = time::check(files, sources);
    // Texts are judged as the source writes them, once: the lines of every
    // version are in the files.
    text::check(&mut problems, files, sources);
    let translations = translations::collect(&mut problems, files);
    let regulation = regulation.map(|mut r| {
        r.translations = translations;
        r
    });
    diagnostics::sort(&mut problems);
    let failed = problems.iter().any(Problem::is_error);
    Checked {
        regulation: if failed { None } else { regulation },
        problems,
    }
}

/// Checks one version of the regulation (files already projected to a
/// day); `dormant` says why each element not in force is not.
fn check_version(
    files: &[File],
    sources: &Sources,
    dormant: BTreeMap<String, Dormancy>,
) -> (Option<Regulation>, Vec<Problem>) {
    let mut cx = Checker::new(files);
    cx.dormant = dormant;
    let regulation = elements::build(&mut cx, files, sources);
    (regulation, cx.problems)
}

/// Why an element is not in force on the day being checked.
#[derive(Clone, Debug)]
pub(crate) struct Dormancy {
    /// The kind of block it is.
    pub kind: BlockKind,
    /// Why, in words ("it is repealed by ... from ...").
    pub why: String,
    /// The `inserted by` or `repealed by` line.
    pub span: Span,
}

/// An entry of the id index.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Declared {
    pub kind: BlockKind,
    pub span: Span,
}

/// State shared by the checking passes.
pub(crate) struct Checker {
    pub problems: Vec<Problem>,
    /// Facts declared without an `answer` line.
    pub untyped_facts: BTreeSet<String>,
    /// A term or category had errors: coverage would report false gaps.
    pub coverage_unreliable: bool,
    pub index: BTreeMap<String, Declared>,
    pub used: BTreeSet<String>,
    /// Elements not in force in the version being checked.
    pub dormant: BTreeMap<String, Dormancy>,
}

/// The `UpperCamelCase` name generated code gives an id.
pub fn type_name(id: &str) -> String {
    id.split('_')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The built-in facts: a condition reads them like declared facts.
pub const BUILT_IN_FACTS: [&str; 2] = ["status", "application"];

/// Ids no block may take: the built-in facts, and `category`, the
/// category the applicant applies under, which conditions, `for category`
/// and `chooses category` name.
pub const RESERVED_IDS: [&str; 3] = ["status", "application", "category"];

impl Checker {
    fn new(files: &[File]) -> Self {
        let mut cx = Self {
            problems: Vec::new(),
            coverage_unreliable: false,
            untyped_facts: BTreeSet::new(),
            index: BTreeMap::new(),
            used: BTreeSet::new(),
            dormant: BTreeMap::new(),
        };
        for file in files {
            for block in &file.blocks {
                cx.declare(block);
            }
        }
        cx.collisions();
        cx
    }

    /// Ids of one kind that generated code would spell alike (`a_b`, `a__b`).
    fn collisions(&mut self) {
        let mut seen: BTreeMap<(BlockKind, String), (&String, Span)> = BTreeMap::new();
        let mut found = Vec::new();
        for (id, d) in &self.index {
            let key = (d.kind, type_name(id));
            match seen.get(&key) {
                Some((first, span)) => {
                    found.push(messages::colliding_ids(first, *span, id, d.span, &key.1))
                }
                None => {
                    seen.insert(key, (id, d.span));
                }
            }
        }
        self.problems.extend(found);
    }

    fn declare(&mut self, block: &Block) {
        // Calendar years are named by their number, which is not an id; a
        // form's sections, fields and samples are named within their form
        // (every form has a `surname`), so `forms` checks those ids.
        if matches!(
            block.kind,
            BlockKind::Year | BlockKind::Section | BlockKind::FormField | BlockKind::Sample
        ) {
            return;
        }
        let name = &block.name;
        if RESERVED_IDS.contains(&name.text.as_str()) {
            self.problems
                .push(messages::reserved_id(&name.text, name.span));
        }
        match self.index.get(&name.text) {
            Some(first) => self.problems.push(messages::duplicate_id(
                &name.text,
                first.kind.keyword(),
                first.span,
                block.kind.keyword(),
                name.span,
            )),
            None => {
                self.index.insert(
                    name.text.clone(),
                    Declared {
                        kind: block.kind,
                        span: name.span,
                    },
                );
            }
        }
        for field in &block.fields {
            if let crate::syntax::ast::FieldValue::Nested(inner) = &field.value {
                self.declare(inner);
            }
        }
    }

    /// Resolves a reference to a block of one of `kinds`; `what` names them
    /// for messages ("a category or branch"). Records the use.
    pub fn resolve(&mut self, name: &Name, kinds: &[BlockKind], what: &str) -> Option<String> {
        match self.index.get(&name.text) {
            Some(d) if kinds.contains(&d.kind) => {
                self.used.insert(name.text.clone());
                Some(name.text.clone())
            }
            Some(d) => {
                let (mut kind, span) = (d.kind, d.span);
                if let Some(dormant) = self.dormant.get(&name.text) {
                    self.used.insert(name.text.clone());
                    if kinds.contains(&dormant.kind) {
                        self.problems.push(messages::not_in_force(
                            &name.text,
                            name.span,
                            what,
                            &dormant.why,
                            dormant.span,
                        ));
                        return None;
                    }
                    kind = dormant.kind;
                }
                self.problems.push(messages::wrong_kind(
                    &name.text,
                    name.span,
                    what,
                    kind.keyword(),
                    span,
                ));
                None
            }
            None => {
                let suggestion = self.suggest(&name.text, kinds);
                let problem = if kinds == [BlockKind::Act] {
                    messages::undeclared_act(&name.text, name.span, suggestion.as_deref())
                } else {
                    messages::unknown_id(&name.text, name.span, what, suggestion.as_deref())
                };
                self.problems.push(problem);
                None
            }
        }
    }

    /// The declared id of one of `kinds` closest to `name`, if one is close.
    pub fn suggest(&self, name: &str, kinds: &[BlockKind]) -> Option<String> {
        let ids = self
            .index
            .iter()
            .filter(|(_, d)| kinds.contains(&d.kind))
            .map(|(id, _)| id.as_str());
        crate::diagnostics::suggest::closest(name, ids).map(str::to_owned)
    }

    /// How many errors so far.
    pub fn error_count(&self) -> usize {
        self.problems.iter().filter(|p| p.is_error()).count()
    }

    /// The kind an id was declared with.
    pub fn kind_of(&self, id: &str) -> Option<BlockKind> {
        self.index.get(id).map(|d| d.kind)
    }
}
