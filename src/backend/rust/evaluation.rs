//! The `Evaluation` that `evaluate.rs` of the generated crate fills: the
//! struct, its methods and the constants of the categories and grounds it
//! reads straight from the facts' words (`flags.rs` says which).

use super::clauses::Context;
use super::flags::Flags;
use super::layout::{self, Expr};

/// `Evaluation::new`, `DIRECT` and `DIRECT_GROUNDS`: the categories and
/// grounds whose condition is one yes/no fact, read from the facts' first
/// words, where that fact is kept at their place (`flags.rs` says how).
pub fn new(body: &mut super::code::Code, flags: &Flags) {
    body.raw(NEW_DOC);
    body.line(4, "pub fn new(facts: &Facts) -> Evaluation {");
    body.line(
        8,
        "let ([known, ..], [yes, ..]) = (facts.known, facts.yes);",
    );
    body.line(8, "Evaluation {");
    body.line(
        12,
        "holds: CategorySet::from_word(yes).intersection(DIRECT),",
    );
    body.line(
        12,
        "may: CategorySet::from_word(!known | yes).intersection(DIRECT),",
    );
    if flags.grounds.is_empty() {
        body.line(12, "grounds: GroundSet::EMPTY,");
    } else {
        body.line(
            12,
            &format!(
                "grounds: GroundSet::from_word(yes >> {}).intersection(DIRECT_GROUNDS),",
                flags.ground_offset
            ),
        );
    }
    body.raw(NEW_RULES);
    body.blank();
    body.raw(READ);
    body.blank();
    body.raw(READ_GROUNDS);
}

/// The constants `Evaluation::new` reads.
pub fn direct(body: &mut super::code::Code, cx: &Context<'_>, flags: &Flags) {
    let names = cx.names;
    let categories = flags
        .categories
        .iter()
        .map(|c| Expr::path(names.path("Category", c)))
        .collect();
    body.blank();
    body.doc(
        0,
        &[
            "The categories (and branches) whose condition is one yes/no fact, kept at".to_owned(),
            "the category's place in the facts' first words.".to_owned(),
        ],
    );
    body.lines(
        0,
        &layout::assignment(
            "const DIRECT: CategorySet",
            &Expr::call("CategorySet::of", vec![Expr::slice(categories)]),
            0,
        ),
    );
    if !flags.grounds.is_empty() {
        let grounds = flags
            .grounds
            .iter()
            .map(|g| Expr::path(names.path("Ground", g)))
            .collect();
        body.blank();
        body.doc(
            0,
            &[
                "The grounds whose condition is one yes/no fact, kept at the ground's".to_owned(),
                format!(
                    "place after the categories' (bit {} and on) in the facts' first words.",
                    flags.ground_offset
                ),
            ],
        );
        body.lines(
            0,
            &layout::assignment(
                "const DIRECT_GROUNDS: GroundSet",
                &Expr::call("GroundSet::of", vec![Expr::slice(grounds)]),
                0,
            ),
        );
    }
}

pub const EVALUATION: &str =
    "/// What the conditions that decide what applies say for one applicant,
/// as sets: those whose condition is one yes/no fact read from the facts'
/// words at once, the others put one by one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Evaluation {
    /// The categories (and branches) whose condition holds, their grounds'
    /// included.
    holds: CategorySet,
    /// Those whose condition may hold: it holds, or it is not known yet.
    may: CategorySet,
    /// The grounds that hold.
    grounds: GroundSet,
    /// What each legal-representative rule's condition says.
    pub(crate) rules: Rules,
}

/// What each legal-representative rule's condition says, in the order of
/// [`Representative::ALL`], of each category (and branch) it is for: a rule
/// that reads the category applied under may say yes of one and no of
/// another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Rules {
    /// Those it holds for.
    pub(crate) holds: [CategorySet; Representative::ALL.len()],
    /// Those it cannot tell for without more facts.
    pub(crate) open: [CategorySet; Representative::ALL.len()],
}
";

const NEW_DOC: &str =
    "    /// What the facts' words say of the categories and grounds in [`DIRECT`]
    /// (and `DIRECT_GROUNDS`), each kept at its place; every other category
    /// and ground is put by `evaluate`, and a rule only for the categories
    /// it can say yes of, or cannot tell for.
";

const NEW_RULES: &str = "            rules: Rules {
                holds: [CategorySet::EMPTY; Representative::ALL.len()],
                open: [CategorySet::EMPTY; Representative::ALL.len()],
            },
        }
    }
";

const READ: &str = "    /// The categories (and branches) whose condition holds, their
    /// grounds' included.
    pub(crate) fn holds(&self) -> CategorySet {
        self.holds
    }

    /// Those whose condition may hold: it holds, or it is not known yet.
    pub(crate) fn may(&self) -> CategorySet {
        self.may
    }
";

const READ_GROUNDS: &str = "    /// The grounds that hold.
    pub(crate) fn grounds(&self) -> GroundSet {
        self.grounds
    }
";

pub const CATEGORY: &str = "    fn category(&mut self, category: Category, tri: Tri) {
        self.holds.put(category, tri.holds());
        self.may.put(category, !tri.fails());
    }
";

pub const GROUND: &str = "    fn ground(&mut self, ground: Ground, tri: Tri) {
        self.grounds.put(ground, tri.holds());
    }
";

pub const RULE: &str = "    /// What `rule` says of every category it is for.
    fn rule(&mut self, rule: Representative, tri: Tri) {
        if let Some(categories) = RULE_CATEGORIES.get(rule as usize) {
            self.rule_for(rule, *categories, tri);
        }
    }
";

pub const RULE_FOR: &str = "    /// What `rule` says of `categories`, some of those it is for.
    fn rule_for(&mut self, rule: Representative, categories: CategorySet, tri: Tri) {
        let i = rule as usize;
        if let Some(holds) = self.rules.holds.get_mut(i) {
            holds.put_all(categories, tri.holds());
        }
        if let Some(open) = self.rules.open.get_mut(i) {
            open.put_all(categories, tri.unknown());
        }
    }
";
