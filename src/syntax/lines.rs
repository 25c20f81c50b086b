//! The lines each block may have, in the order the language reference
//! lists them (`docs/language.md`, section 3): one table for everything
//! that needs it. `reglament fmt` puts a block's lines in this order, and
//! the time checker reads from it which lines a `worded by` may give anew.
//! `tests/docs.rs` compares every table here with the reference's, so the
//! order the formatter writes is the order legal staff read about.

use super::ast::BlockKind;

/// Every kind of block, for finding one by its keyword.
const KINDS: [BlockKind; 33] = [
    BlockKind::Regulation,
    BlockKind::Amendment,
    BlockKind::Fee,
    BlockKind::Dormant,
    BlockKind::Calendar,
    BlockKind::Year,
    BlockKind::Part,
    BlockKind::Act,
    BlockKind::Definition,
    BlockKind::Status,
    BlockKind::Application,
    BlockKind::Event,
    BlockKind::Choice,
    BlockKind::Fact,
    BlockKind::Group,
    BlockKind::Category,
    BlockKind::Branch,
    BlockKind::Ground,
    BlockKind::Representative,
    BlockKind::Term,
    BlockKind::Limit,
    BlockKind::Document,
    BlockKind::Rule,
    BlockKind::Form,
    BlockKind::Section,
    BlockKind::FormField,
    BlockKind::Sample,
    BlockKind::Channel,
    BlockKind::Duty,
    BlockKind::Result,
    BlockKind::Provision,
    BlockKind::Omission,
    BlockKind::Example,
];

/// The lines that place a block in time, which any block may have; they
/// come after the block's own lines and nested blocks, in this order.
pub const TIME_LINES: [&str; 3] = ["inserted by", "repealed by", "worded by"];

/// The keywords of blocks that sit inside another block.
const NESTED: [&str; 7] = [
    "branch", "ground", "rule", "section", "field", "sample", "year",
];

impl BlockKind {
    /// Every kind of block.
    pub fn all() -> &'static [BlockKind] {
        &KINDS
    }

    /// The block a keyword opens (`category` gives [`BlockKind::Category`]).
    pub fn from_keyword(keyword: &str) -> Option<BlockKind> {
        KINDS.into_iter().find(|k| k.keyword() == keyword)
    }
}

/// A block's lines and nested blocks, each by the words that start it, in
/// the reference's order. The lines that place it in time
/// ([`TIME_LINES`]) are not listed: every block may have them.
pub fn lines(kind: BlockKind) -> &'static [&'static str] {
    const CLAUSE: &[&str] = &[
        "clause",
        "heading",
        "text",
        "plain",
        "basis",
        "see clause",
        "note",
    ];
    const NAMED: &[&str] = &["title", "see clause", "note"];
    match kind {
        BlockKind::Regulation => &[
            "title",
            "order",
            "registered",
            "amended",
            "service",
            "provider",
            "language",
            "source",
            "calendar",
            "note",
        ],
        BlockKind::Amendment => &[
            "title",
            "order",
            "registered",
            "published",
            "in force from",
            "source",
            "note",
        ],
        BlockKind::Fee => &[
            "title",
            "amount",
            "clause",
            "heading",
            "text",
            "plain",
            "basis",
            "see clause",
            "note",
        ],
        BlockKind::Dormant => &[],
        BlockKind::Calendar => &["title", "note", "year"],
        BlockKind::Year => &["decree", "non-working", "working", "note"],
        BlockKind::Part => &["number", "title", "note"],
        BlockKind::Act => &["title", "number", "dated", "called", "published", "note"],
        BlockKind::Definition => &["phrase", "see clause", "text", "plain", "note"],
        BlockKind::Status | BlockKind::Channel => NAMED,
        BlockKind::Event => &["title", "date of acceptance", "see clause", "note"],
        BlockKind::Application => &["title", "gives", "see clause", "note"],
        BlockKind::Choice => &["option", "note"],
        BlockKind::Fact => &[
            "question",
            "question for representative",
            "answer",
            "see clause",
            "note",
        ],
        BlockKind::Group => &[
            "clause",
            "heading",
            "title",
            "text",
            "plain",
            "basis",
            "see clause",
            "note",
        ],
        BlockKind::Category => &[
            "clause",
            "in group",
            "heading",
            "title",
            "text",
            "plain",
            "basis",
            "files",
            "applies when",
            "see clause",
            "note",
            "branch",
            "ground",
        ],
        BlockKind::Branch | BlockKind::Ground => &[
            "clause",
            "title",
            "text",
            "plain",
            "basis",
            "applies when",
            "see clause",
            "note",
        ],
        BlockKind::Representative => &[
            "clause",
            "heading",
            "text",
            "plain",
            "basis",
            "for category",
            "applies when",
            "see clause",
            "note",
        ],
        BlockKind::Term => &[
            "clause",
            "heading",
            "text",
            "plain",
            "basis",
            "lasts",
            "not stated",
            "for application",
            "for category",
            "for status",
            "see clause",
            "note",
        ],
        BlockKind::Limit => &[
            "clause",
            "heading",
            "text",
            "plain",
            "basis",
            "lasts",
            "see clause",
            "note",
        ],
        BlockKind::Document => &[
            "clause",
            "heading",
            "title",
            "text",
            "plain",
            "basis",
            "form",
            "copies",
            "count",
            "for category",
            "required when",
            "valid when",
            "size",
            "requirement",
            "same rules as",
            "see clause",
            "note",
            "rule",
        ],
        BlockKind::Rule => &[
            "text",
            "plain",
            "date format",
            "applies when",
            "see clause",
            "note",
        ],
        BlockKind::Form => &[
            "title",
            "appendix",
            "see clause",
            "note",
            "section",
            "sample",
        ],
        BlockKind::Section => &[
            "title",
            "help",
            "applies when",
            "see clause",
            "note",
            "field",
        ],
        BlockKind::FormField => &["label", "answer", "required", "help", "see clause", "note"],
        BlockKind::Sample => &["title", "fill", "note"],
        BlockKind::Duty => &[
            "clause",
            "heading",
            "text",
            "plain",
            "basis",
            "on",
            "see clause",
            "note",
        ],
        BlockKind::Result | BlockKind::Provision => CLAUSE,
        BlockKind::Omission => &["after clause", "text", "note"],
        BlockKind::Example => &[
            "title",
            "given",
            "accepted",
            "as of",
            "chooses category",
            "expect",
            "note",
        ],
    }
}

/// Is this keyword a block nested in another (`branch`, a form's `field`)
/// rather than a line?
pub fn is_nested_block(keyword: &str) -> bool {
    NESTED.contains(&keyword)
}

/// Where a line (or nested block) starting with `keyword` stands among the
/// lines of a `kind` block: its place in [`lines`], then the time lines.
/// `None` for a line the table does not know.
pub fn rank(kind: BlockKind, keyword: &str) -> Option<usize> {
    let own = lines(kind);
    own.iter().position(|k| *k == keyword).or_else(|| {
        TIME_LINES
            .iter()
            .position(|k| *k == keyword)
            .map(|i| own.len() + i)
    })
}
