//! What the editor features look up in one file: its blocks, the ids and
//! clause numbers it names and where, its includes, and every word with
//! its grammar rule (for highlighting).
//!
//! Read off the pest parse like the formatter, so a block or line the
//! grammar gains later is indexed without a change here.

use std::ops::Range;

use pest::Parser as _;
use pest::iterators::Pair;

use crate::format::is_keyword;
use crate::syntax::{RglParser, Rule};

/// One file's index.
#[derive(Clone, Debug, Default)]
pub struct FileIndex {
    /// Every block, outer blocks before the blocks inside them.
    pub blocks: Vec<BlockInfo>,
    /// Every id written, declared or used, and every id in a Markdown link.
    pub ids: Vec<IdUse>,
    /// Every clause number written (`clause`, `see clause`, links).
    pub clauses: Vec<ClauseUse>,
    /// `include "path"`: the path as written and the range of the string.
    pub includes: Vec<(String, Range<usize>)>,
    /// Every leaf of the parse with its rule, in order.
    pub leaves: Vec<(Rule, Range<usize>)>,
}

/// A block: `category x ... end`.
#[derive(Clone, Debug)]
pub struct BlockInfo {
    /// The keyword that opens it.
    pub keyword: String,
    /// Its id (a year's digits for `year`).
    pub name: String,
    /// Where the id is.
    pub name_range: Range<usize>,
    /// From the keyword to `end`.
    pub range: Range<usize>,
    /// The block it is in.
    pub parent: Option<usize>,
    /// Its own lines (not those of blocks inside it).
    pub lines: Vec<LineInfo>,
}

/// A line of a block.
#[derive(Clone, Debug)]
pub struct LineInfo {
    /// Its first keyword.
    pub keyword: String,
    /// The line's words, one space apart.
    pub words: String,
    /// The text of its first quoted string, unquoted.
    pub string: Option<String>,
}

/// An id in the text.
#[derive(Clone, Debug)]
pub struct IdUse {
    /// The id.
    pub name: String,
    /// Where.
    pub range: Range<usize>,
    /// Is this where it is declared (a block's id, an `option`)?
    pub declaration: bool,
}

/// A clause number in the text.
#[derive(Clone, Debug)]
pub struct ClauseUse {
    /// As written, spaces collapsed: `2.16.1`, `order 3`.
    pub number: String,
    /// Where.
    pub range: Range<usize>,
    /// A `clause` line: the block *is* this clause.
    pub claims: bool,
    /// The block the line is in.
    pub block: Option<usize>,
}

impl FileIndex {
    /// The index of a text, or `None` when the grammar rejects it.
    pub fn new(text: &str) -> Option<Self> {
        let root = RglParser::parse(Rule::file, text).ok()?.next()?;
        Some(Self::of(root))
    }

    /// The index of a file from pest's parse of it (`Rule::file`).
    pub fn of(root: Pair<'_, Rule>) -> Self {
        let mut index = FileIndex::default();
        let mut walker = Walker {
            index: &mut index,
            text: root.get_input(),
        };
        walker.children(root, None, None);
        index
    }

    /// [`Self::of`] as the analysis keeps it ([`crate::load::Also`]).
    pub fn product(root: Pair<'_, Rule>) -> crate::load::Product {
        Some(std::sync::Arc::new(Self::of(root)))
    }
}

struct Walker<'i, 't> {
    index: &'i mut FileIndex,
    text: &'t str,
}

impl Walker<'_, '_> {
    fn children(&mut self, pair: Pair<'_, Rule>, block: Option<usize>, line: Option<&str>) {
        for child in pair.into_inner() {
            self.pair(child, block, line);
        }
    }

    fn pair(&mut self, pair: Pair<'_, Rule>, block: Option<usize>, line: Option<&str>) {
        let rule = pair.as_rule();
        let span = pair.as_span();
        let range = span.start()..span.end();
        if is_block(&pair) {
            self.block(pair, block);
            return;
        }
        match rule {
            Rule::id => {
                let declaration = line == Some("option");
                self.index.ids.push(IdUse {
                    name: span.as_str().to_owned(),
                    range: range.clone(),
                    declaration,
                });
                self.index.leaves.push((rule, range));
                return;
            }
            Rule::clause_ref => {
                self.index.clauses.push(ClauseUse {
                    number: span
                        .as_str()
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                    range: range.clone(),
                    claims: line == Some("clause"),
                    block,
                });
            }
            Rule::include => {
                if let Some(s) = pair
                    .clone()
                    .into_inner()
                    .find(|p| p.as_rule() == Rule::string)
                {
                    let r = s.as_span();
                    self.index
                        .includes
                        .push((unquote(r.as_str()), r.start()..r.end()));
                }
            }
            Rule::short_string | Rule::long_string => {
                self.links(range.clone());
                self.index.leaves.push((rule, range));
                return;
            }
            _ => {}
        }
        let mut inner = pair.clone().into_inner().peekable();
        if inner.peek().is_none() {
            if !range.is_empty() {
                self.index.leaves.push((rule, range));
            }
            return;
        }
        // A line of a block: remember its keyword for the ids inside it.
        let first_keyword = match line {
            Some(_) => line.map(str::to_owned),
            None => pair
                .clone()
                .into_inner()
                .next()
                .filter(|c| is_keyword(c.as_rule()))
                .map(|c| c.as_str().to_owned()),
        };
        if line.is_none()
            && let (Some(b), Some(k)) = (block, &first_keyword)
        {
            let words = words(self.text, &pair);
            let string = pair
                .clone()
                .into_inner()
                .flatten()
                .find(|p| matches!(p.as_rule(), Rule::short_string | Rule::long_string))
                .map(|p| unquote(p.as_str()));
            if let Some(info) = self.index.blocks.get_mut(b) {
                info.lines.push(LineInfo {
                    keyword: k.clone(),
                    words,
                    string,
                });
            }
        }
        self.children(pair, block, first_keyword.as_deref());
    }

    fn block(&mut self, pair: Pair<'_, Rule>, parent: Option<usize>) {
        let span = pair.as_span();
        let mut inner = pair.clone().into_inner();
        let keyword = inner.next();
        let name = inner.next();
        let index = self.index.blocks.len();
        let (name_text, name_range) = name
            .as_ref()
            .map(|n| {
                (
                    n.as_str().to_owned(),
                    n.as_span().start()..n.as_span().end(),
                )
            })
            .unwrap_or_default();
        self.index.blocks.push(BlockInfo {
            keyword: keyword
                .as_ref()
                .map(|k| k.as_str().to_owned())
                .unwrap_or_default(),
            name: name_text.clone(),
            name_range: name_range.clone(),
            range: span.start()..span.end(),
            parent,
            lines: Vec::new(),
        });
        if let Some(k) = keyword {
            self.index
                .leaves
                .push((k.as_rule(), k.as_span().start()..k.as_span().end()));
        }
        if let Some(n) = name {
            if n.as_rule() == Rule::id {
                self.index.ids.push(IdUse {
                    name: name_text,
                    range: name_range.clone(),
                    declaration: true,
                });
            }
            self.index.leaves.push((n.as_rule(), name_range));
        }
        for child in inner {
            self.pair(child, Some(index), None);
        }
    }

    /// Ids and clause numbers in the Markdown links of a quoted text:
    /// `(term:x)`, `(act:x)`, `(clause:2.1)`, `(<clause:order 1>)`.
    fn links(&mut self, range: Range<usize>) {
        let Some(text) = self.text.get(range.clone()) else {
            return;
        };
        for (kind, is_clause) in [
            ("(term:", false),
            ("(act:", false),
            ("(clause:", true),
            ("(<clause:", true),
        ] {
            for (at, _) in text.match_indices(kind) {
                let start = at + kind.len();
                let rest = &text[start..];
                let len = if is_clause {
                    rest.find([')', '>']).unwrap_or(0)
                } else {
                    rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                        .unwrap_or(rest.len())
                };
                if len == 0 {
                    continue;
                }
                let abs = range.start + start..range.start + start + len;
                let word = rest[..len].to_owned();
                if is_clause {
                    self.index.clauses.push(ClauseUse {
                        number: word.split_whitespace().collect::<Vec<_>>().join(" "),
                        range: abs,
                        claims: false,
                        block: None,
                    });
                } else {
                    self.index.ids.push(IdUse {
                        name: word,
                        range: abs,
                        declaration: false,
                    });
                }
            }
        }
    }
}

/// Does this pair end with `end`?
pub fn is_block(pair: &Pair<'_, Rule>) -> bool {
    pair.clone()
        .into_inner()
        .last()
        .is_some_and(|c| c.as_rule() == Rule::kw_end)
}

/// A pair's words, one space apart (quoted text as written).
fn words(text: &str, pair: &Pair<'_, Rule>) -> String {
    let span = pair.as_span();
    let raw = text.get(span.start()..span.end()).unwrap_or("");
    if raw.contains("\"\"\"") {
        return raw.lines().next().unwrap_or("").trim().to_owned();
    }
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of a quoted string: escapes resolved, a long string dedented.
pub fn unquote(s: &str) -> String {
    if let Some(inner) = s
        .strip_prefix("\"\"\"")
        .and_then(|r| r.strip_suffix("\"\"\""))
    {
        let inner = inner.strip_prefix('\n').unwrap_or(inner);
        let lines: Vec<&str> = inner.lines().map(str::trim_end).collect();
        let indent = lines
            .iter()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.len() - l.trim_start().len())
            .min()
            .unwrap_or(0);
        let body: Vec<&str> = lines
            .iter()
            .map(|l| l.get(indent..).unwrap_or(""))
            .collect();
        return body.join("\n").trim_end().to_owned();
    }
    let inner = s
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .unwrap_or(s);
    inner.replace("\\\"", "\"").replace("\\\\", "\\")
}
