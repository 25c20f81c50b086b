//! Where each yes/no fact is kept in the generated `Facts`: a bit of its
//! words `known` and `yes` (the crate's `flag` module), so that a decision
//! copies a few words rather than a byte per fact, and a test of one is a
//! mask on a word already in a register.
//!
//! The places are chosen for the evaluation (`evaluate.rs`): a category
//! (or branch) whose whole condition is one yes/no fact, without grounds,
//! keeps that fact at the category's own place in the first word, and a
//! ground whose condition is one yes/no fact keeps it at the ground's
//! place after the categories', so those categories and grounds are read
//! from the words with one mask each rather than evaluated one by one. The
//! other yes/no facts take the places left, in the order of the text. An
//! amended regulation's conditions differ by version, so its facts are
//! kept in the order of the text.

use std::collections::BTreeMap;

use super::clauses::Context;
use super::layout::Expr;
use crate::model::FactType;

/// The places of the yes/no facts.
#[derive(Debug, Default)]
pub struct Flags {
    /// The bit of each yes/no fact (by its `Facts` field), counted across
    /// the words.
    at: BTreeMap<String, usize>,
    /// How many words hold them (at least one).
    pub words: usize,
    /// The categories and branches read straight from the first word (the
    /// bit of their fact is their place in `Category::ALL`).
    pub categories: Vec<String>,
    /// Where the grounds read straight from the first word start: ground
    /// `g`'s fact is at bit `ground_offset + g`.
    pub ground_offset: usize,
    /// The grounds read straight from the first word.
    pub grounds: Vec<String>,
}

impl Flags {
    /// The places for `cx`'s regulation (`direct`: chosen for the
    /// straight-line evaluation, which a regulation without amendments has).
    pub fn new(cx: &Context<'_>, direct: bool) -> Flags {
        let reg = cx.reg;
        let names = cx.names;
        let yes_no: Vec<String> = reg
            .facts
            .iter()
            .filter(|f| matches!(f.answer, FactType::YesNo))
            .map(|f| names.field(&f.id).to_owned())
            .collect();
        let mut flags = Flags::default();
        let mut taken = BTreeMap::<usize, String>::new();
        if direct {
            // A category (or branch) at place `i` of `Category::ALL`.
            let elements = reg.categories.iter().flat_map(|c| {
                std::iter::once((&c.id, c.applies.as_ref(), c.grounds.is_empty())).chain(
                    c.branches
                        .iter()
                        .map(move |b| (&b.id, b.applies.as_ref(), c.grounds.is_empty())),
                )
            });
            let mut count = 0;
            for (i, (id, applies, plain)) in elements.enumerate() {
                count = i + 1;
                let Some(field) = one_fact(cx, applies).filter(|_| plain && i < 64) else {
                    continue;
                };
                if !flags.at.contains_key(&field) {
                    flags.at.insert(field.clone(), i);
                    taken.insert(i, field);
                    flags.categories.push(id.clone());
                }
            }
            flags.ground_offset = count.min(64);
            let grounds = reg.categories.iter().flat_map(|c| &c.grounds);
            for (g, ground) in grounds.enumerate() {
                let place = flags.ground_offset + g;
                let Some(field) = one_fact(cx, ground.applies.as_ref()).filter(|_| place < 64)
                else {
                    continue;
                };
                if !flags.at.contains_key(&field) {
                    flags.at.insert(field.clone(), place);
                    taken.insert(place, field);
                    flags.grounds.push(ground.id.clone());
                }
            }
        }
        let mut free = (0..).filter(|i| !taken.contains_key(i));
        for field in yes_no {
            flags
                .at
                .entry(field)
                .or_insert_with(|| free.next().unwrap_or_default());
        }
        flags.words = flags.at.values().max().map_or(1, |last| last / 64 + 1);
        flags
    }

    /// The bit of the yes/no fact kept in `field`.
    pub fn place(&self, field: &str) -> Option<usize> {
        self.at.get(field).copied()
    }
}

/// The name of the `Facts` constant that says where the yes/no fact of
/// `field` is kept (`Facts::INCAPACITATED`); a raw identifier's is its
/// name in capitals (`r#type`: `TYPE`).
pub fn constant(field: &str) -> String {
    field.trim_start_matches("r#").to_uppercase()
}

/// The field of the yes/no fact that is the whole of condition `c`, if it
/// is one.
fn one_fact(cx: &Context<'_>, c: Option<&crate::model::Condition>) -> Option<String> {
    let e = cx.conditions.or_constant(c, "Truth::False").ok()?;
    yes_field(&e).map(str::to_owned)
}

/// The field a `yes(facts.field(), Fact::Field)` test reads.
pub fn yes_field(e: &Expr) -> Option<&str> {
    match e {
        Expr::Call(f, args) if f == "yes" => match args.first() {
            Some(Expr::Path(p)) => p.strip_prefix("facts.")?.strip_suffix("()"),
            _ => None,
        },
        _ => None,
    }
}
