//! `reglament fmt`: one canonical layout for `.rgl` text.
//!
//! The layout is read off the pest parse rather than off a list of
//! constructs, so a block or line the grammar gains later is laid out like
//! the others without a change here:
//!
//! - a *block* is any pair whose last child is `end`; its *header* is the
//!   keyword and the words after it up to the first line; every other child
//!   is a *line* (one output line, its words one space apart) or a nested
//!   block, indented two spaces a level;
//! - the words of a line are the leaves of the parse, plus the punctuation
//!   the grammar keeps silent (`,`, `(`, `)`), found between them;
//! - comments are not in the parse (they are silent in the grammar), so they
//!   are found in the text between leaves: a comment on the same source line
//!   as a word stays after it, one on a line of its own stays on a line of
//!   its own, indented like what follows it; a line continued over several
//!   source lines is joined into one, unless it has comments inside, when
//!   it keeps its breaks (continuations indented four more spaces).
//!
//! Blank lines: one between top-level blocks and around nested blocks (a
//! comment directly above a block goes with it), none after a block's
//! header or before its `end`, elsewhere at most one where the source had
//! some. Quoted text is copied byte for byte, so formatting never changes
//! what a `text` says. `# fmt: off` and `# fmt: on`, each on a line of its
//! own, keep the lines from one to the other exactly as written.
//!
//! No file access here: text in, text out.

mod lex;
mod order;

use std::ops::Range;

use pest::Parser as _;
use pest::iterators::Pair;

use crate::diagnostics::Problem;
use crate::syntax::ast::BlockKind;
use crate::syntax::{self, RglParser, Rule, lines};
use lex::{Gap, gap_pieces};

/// The comment that turns formatting off until [`FMT_ON`].
pub const FMT_OFF: &str = "# fmt: off";
/// The comment that turns formatting back on after [`FMT_OFF`].
pub const FMT_ON: &str = "# fmt: on";

/// Spaces per level of nesting.
const INDENT: &str = "  ";
/// Extra indentation of a line continued after a comment inside it.
const CONTINUATION: &str = "    ";

/// Formats one file's text. `file` is its index, for the diagnostic.
///
/// A text the grammar rejects is not formatted: the result is the same
/// syntax problem `check` reports.
pub fn format(text: &str, file: u32) -> Result<String, Vec<Problem>> {
    // A byte-order mark (Notepad's) is kept where it must be, first, and
    // the rest laid out without it (in a `# fmt: off` region, or as a line
    // the layout would make of it, it would move).
    match text.strip_prefix(BYTE_ORDER_MARK) {
        Some(rest) => match layout(rest) {
            Some(formatted) => Ok(format!("{BYTE_ORDER_MARK}{formatted}")),
            // The problems' places are in the text as read, mark included.
            None => Err(syntax::parse(text, file).1),
        },
        None => layout(text).ok_or_else(|| syntax::parse(text, file).1),
    }
}

const BYTE_ORDER_MARK: char = '\u{FEFF}';

/// The canonical layout of `text`; `None` when it does not parse.
fn layout(text: &str) -> Option<String> {
    let mut pairs = RglParser::parse(Rule::file, text).ok()?;
    let Some(root) = pairs.next() else {
        return Some(text.to_owned());
    };
    let mut elements = Vec::new();
    for child in root.into_inner() {
        match child.as_rule() {
            Rule::EOI => {}
            _ if is_block(&child) => block(text, child, 0, None, None, &mut elements),
            _ => elements.push(element(text, Kind::Line, 0, None, vec![child])),
        }
    }
    let entries = order::reorder(fmt_off_regions(text, entries(text, elements)));
    Some(Printer::default().print(text, &entries))
}

/// What one element of the layout is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A block's header: `category highly_qualified_specialist`.
    Open,
    /// A line inside a block, or an `include` at the top.
    Line,
    /// A block's `end`.
    Close,
}

/// One output line's worth of the parse (it may hold comments that force it
/// onto several lines).
#[derive(Debug)]
struct Element {
    kind: Kind,
    depth: usize,
    /// Where a line or nested block stands among its block's lines
    /// ([`crate::syntax::lines::rank`]); `None` for a block's `end`, for
    /// what is not inside a block, and for a line the table does not know.
    rank: Option<usize>,
    tokens: Vec<Token>,
}

#[derive(Clone, Debug)]
struct Token {
    range: Range<usize>,
    comment: bool,
    /// A line break between the previous token and this one.
    newline_before: bool,
}

/// Does this pair end with `end`?
fn is_block(pair: &Pair<'_, Rule>) -> bool {
    pair.clone()
        .into_inner()
        .last()
        .is_some_and(|c| c.as_rule() == Rule::kw_end)
}

/// Does this pair start with a keyword (as every line does)?
fn keyword_led(pair: &Pair<'_, Rule>) -> bool {
    pair.clone()
        .into_inner()
        .next()
        .is_some_and(|c| is_keyword(c.as_rule()))
}

/// Is this a keyword rule (`kw_*` in the grammar)?
pub fn is_keyword(rule: Rule) -> bool {
    format!("{rule:?}").starts_with("kw_")
}

/// Lays out a block. `rank` is its place among its parent's lines;
/// `parent` is the kind of block it stands in, which orders the lines of a
/// `worded by` (they are the parent's lines in a new wording).
fn block(
    text: &str,
    pair: Pair<'_, Rule>,
    depth: usize,
    rank: Option<usize>,
    parent: Option<BlockKind>,
    out: &mut Vec<Element>,
) {
    let start = pair.as_span().start();
    let children: Vec<Pair<'_, Rule>> = pair.into_inner().collect();
    // The header runs to the first child that is a line: a nested block, a
    // keyword-led `*_field`, or a keyword-led pair on a later source line.
    let header_len = children
        .iter()
        .enumerate()
        .position(|(i, c)| {
            i > 0
                && (c.as_rule() == Rule::kw_end
                    || is_block(c)
                    || (keyword_led(c)
                        && (format!("{:?}", c.as_rule()).ends_with("_field")
                            || text
                                .get(start..c.as_span().start())
                                .is_some_and(|t| t.contains('\n')))))
        })
        .unwrap_or(children.len());
    let mut children = children.into_iter();
    let header: Vec<Pair<'_, Rule>> = children.by_ref().take(header_len).collect();
    let opener = leading_keywords(text, header.iter().cloned());
    let kind = match opener.as_str() {
        "worded by" => parent,
        word => BlockKind::from_keyword(word),
    };
    out.push(element(text, Kind::Open, depth, rank, header));
    let rank_of = |pair: &Pair<'_, Rule>| {
        let words = leading_keywords(text, pair.clone().into_inner());
        kind.and_then(|k| longest_rank(k, &words))
    };
    for child in children {
        if child.as_rule() == Rule::kw_end {
            out.push(element(text, Kind::Close, depth, None, vec![child]));
        } else if is_block(&child) {
            let rank = rank_of(&child);
            block(text, child, depth + 1, rank, kind, out);
        } else {
            let rank = rank_of(&child);
            out.push(element(text, Kind::Line, depth + 1, rank, vec![child]));
        }
    }
}

/// The keywords a line or header starts with, one space apart (`see
/// clause`, `applies when`, `in force from`).
fn leading_keywords<'i>(text: &str, pairs: impl Iterator<Item = Pair<'i, Rule>>) -> String {
    let mut words = Vec::new();
    for pair in pairs {
        if !is_keyword(pair.as_rule()) {
            break;
        }
        words.push(
            text.get(pair.as_span().start()..pair.as_span().end())
                .unwrap_or(""),
        );
    }
    words.join(" ")
}

/// A line's place among the lines of a `kind` block, by the longest run of
/// its first keywords the table knows (`required when` in a document, the
/// bare `required` of a form's field).
fn longest_rank(kind: BlockKind, words: &str) -> Option<usize> {
    let mut prefix = words;
    loop {
        if let Some(rank) = lines::rank(kind, prefix) {
            return Some(rank);
        }
        prefix = &prefix[..prefix.rfind(' ')?];
    }
}

/// The words of some pairs, with the punctuation and comments between them.
fn element(
    text: &str,
    kind: Kind,
    depth: usize,
    rank: Option<usize>,
    pairs: Vec<Pair<'_, Rule>>,
) -> Element {
    let mut leaves = Vec::new();
    let end = pairs.last().map_or(0, |p| p.as_span().end());
    for p in pairs {
        collect_leaves(p, &mut leaves);
    }
    // Silent punctuation can also come after the last leaf (`... or
    // married)`). A pair's span may also run over the spaces and comments
    // after its last word (pest skips them before trying a repetition that
    // then matches nothing): those belong to what follows.
    let last = leaves.last().map_or(end, |l| l.end);
    let tail_end = gap_pieces(text, last..end.max(last))
        .iter()
        .rev()
        .find_map(|g| match g {
            Gap::Punct(r) => Some(r.end),
            _ => None,
        })
        .unwrap_or(last);
    leaves.push(tail_end..tail_end);
    let mut tokens: Vec<Token> = Vec::new();
    let mut newline = false;
    for (i, leaf) in leaves.iter().enumerate() {
        if i > 0 {
            let gap_start = leaves[i - 1].end;
            for piece in gap_pieces(text, gap_start..leaf.start) {
                match piece {
                    Gap::Space { newlines } => newline |= newlines > 0,
                    Gap::Comment(range) => {
                        tokens.push(Token {
                            range,
                            comment: true,
                            newline_before: newline,
                        });
                        newline = false;
                    }
                    Gap::Punct(range) => {
                        tokens.push(Token {
                            range,
                            comment: false,
                            newline_before: newline,
                        });
                        newline = false;
                    }
                }
            }
        }
        if !leaf.is_empty() {
            tokens.push(Token {
                range: leaf.clone(),
                comment: false,
                newline_before: newline,
            });
            newline = false;
        }
    }
    Element {
        kind,
        depth,
        rank,
        tokens,
    }
}

fn collect_leaves(pair: Pair<'_, Rule>, out: &mut Vec<Range<usize>>) {
    let span = pair.as_span();
    let mut inner = pair.into_inner().peekable();
    if inner.peek().is_none() {
        if span.start() < span.end() {
            out.push(span.start()..span.end());
        }
        return;
    }
    for child in inner {
        collect_leaves(child, out);
    }
}

/// What the printer writes, in order.
#[derive(Debug)]
enum Entry {
    Element(Element),
    /// A comment on a line of its own, between elements.
    Comment(Range<usize>),
    /// A comment after the last word of the previous element.
    Trailing(Range<usize>),
    /// Text kept as written (`# fmt: off` ... `# fmt: on`).
    Verbatim(Range<usize>),
}

/// An entry and whether the source had a blank line before it.
#[derive(Debug)]
struct Placed {
    entry: Entry,
    start: usize,
    blank_before: bool,
}

/// The elements with the comments found between them.
fn entries(text: &str, elements: Vec<Element>) -> Vec<Placed> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut seen_word = false;
    let mut newlines = 0;
    let scan_gap =
        |out: &mut Vec<Placed>, range: Range<usize>, newlines: &mut usize, seen_word: bool| {
            for piece in gap_pieces(text, range) {
                match piece {
                    Gap::Space { newlines: n } => *newlines += n,
                    Gap::Comment(range) | Gap::Punct(range) => {
                        let entry = if seen_word && *newlines == 0 && out.last().is_some() {
                            Entry::Trailing(range.clone())
                        } else {
                            Entry::Comment(range.clone())
                        };
                        out.push(Placed {
                            entry,
                            start: range.start,
                            blank_before: *newlines >= 2,
                        });
                        *newlines = 0;
                    }
                }
            }
        };
    for e in elements {
        let (Some(first), Some(last)) = (e.tokens.first(), e.tokens.last()) else {
            continue;
        };
        let (start, end) = (first.range.start, last.range.end);
        scan_gap(&mut out, pos..start, &mut newlines, seen_word);
        out.push(Placed {
            entry: Entry::Element(e),
            start,
            blank_before: newlines >= 2,
        });
        newlines = 0;
        seen_word = true;
        pos = end;
    }
    scan_gap(&mut out, pos..text.len(), &mut newlines, seen_word);
    out
}

/// Replaces everything from a `# fmt: off` line to the next `# fmt: on`
/// line (or the end of the file) by the text as written.
fn fmt_off_regions(text: &str, entries: Vec<Placed>) -> Vec<Placed> {
    let is = |e: &Placed, marker: &str| matches!(&e.entry, Entry::Comment(r) if text.get(r.clone()).is_some_and(|c| c.trim_end() == marker));
    let mut out = Vec::with_capacity(entries.len());
    let mut iter = entries.into_iter();
    while let Some(placed) = iter.next() {
        if !is(&placed, FMT_OFF) {
            out.push(placed);
            continue;
        }
        let line_start = text
            .get(..placed.start)
            .and_then(|t| t.rfind('\n'))
            .map_or(0, |i| i + 1);
        // A region left open runs to the end of the file, less its final
        // line breaks: the printer ends the file with one of its own, and
        // keeping the source's too would add a blank line at every run.
        let mut end = text.trim_end_matches(['\n', '\r']).len().max(line_start);
        for rest in iter.by_ref() {
            if is(&rest, FMT_ON) {
                end = text
                    .get(rest.start..)
                    .and_then(|t| t.find('\n'))
                    .map_or(text.len(), |i| rest.start + i);
                break;
            }
        }
        out.push(Placed {
            entry: Entry::Verbatim(line_start..end),
            start: line_start,
            blank_before: placed.blank_before,
        });
    }
    out
}

/// The comments in a stretch of text that lies between two words of the
/// parse (never inside quoted text).
pub fn gap_comments(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    gap_pieces(text, range)
        .into_iter()
        .filter_map(|g| match g {
            Gap::Comment(r) => Some(r),
            _ => None,
        })
        .collect()
}

#[derive(Default)]
struct Printer {
    lines: Vec<String>,
}

impl Printer {
    fn print(mut self, text: &str, entries: &[Placed]) -> String {
        let blanks = blank_lines(entries);
        for (i, placed) in entries.iter().enumerate() {
            if blanks.get(i).copied().unwrap_or(false) {
                self.lines.push(String::new());
            }
            match &placed.entry {
                Entry::Element(e) => self.element(text, e),
                Entry::Comment(r) => {
                    let depth = comment_depth(&entries[i + 1..]);
                    self.lines
                        .push(format!("{}{}", INDENT.repeat(depth), comment(text, r)));
                }
                Entry::Trailing(r) => match self.lines.last_mut() {
                    Some(line) => {
                        line.push_str("  ");
                        line.push_str(comment(text, r));
                    }
                    None => self.lines.push(comment(text, r).to_owned()),
                },
                Entry::Verbatim(r) => self
                    .lines
                    .push(text.get(r.clone()).unwrap_or("").to_owned()),
            }
        }
        if self.lines.is_empty() {
            return String::new();
        }
        let mut out = self.lines.join("\n");
        out.push('\n');
        out
    }

    fn element(&mut self, text: &str, e: &Element) {
        let indent = INDENT.repeat(e.depth);
        let mut line = indent.clone();
        let mut fresh = true;
        let mut previous = "";
        // A line with comments inside keeps its line breaks: the comments
        // say something about the words they stand beside.
        let keep_breaks = e.tokens.iter().any(|t| t.comment);
        for t in &e.tokens {
            let word = text.get(t.range.clone()).unwrap_or("");
            if keep_breaks && t.newline_before && !fresh && !t.comment {
                self.lines.push(std::mem::take(&mut line));
                line = format!("{indent}{CONTINUATION}");
                fresh = true;
            }
            if t.comment {
                if t.newline_before && !fresh {
                    self.lines.push(std::mem::take(&mut line));
                    line = format!("{indent}{CONTINUATION}");
                } else if t.newline_before {
                    line = format!("{indent}{CONTINUATION}");
                } else {
                    line.push_str("  ");
                }
                line.push_str(comment(text, &t.range));
                self.lines.push(std::mem::take(&mut line));
                line = format!("{indent}{CONTINUATION}");
                fresh = true;
                continue;
            }
            if !fresh && word != "," && word != ")" && previous != "(" {
                line.push(' ');
            }
            line.push_str(word);
            previous = word;
            fresh = false;
        }
        if !fresh {
            self.lines.push(line);
        }
    }
}

/// A comment without the spaces (or `\r`) at its end.
fn comment<'t>(text: &'t str, range: &Range<usize>) -> &'t str {
    text.get(range.clone()).unwrap_or("").trim_end()
}

/// A comment on its own line is indented like the element after it (like
/// the lines of a block, when that element is the block's `end`).
fn comment_depth(rest: &[Placed]) -> usize {
    rest.iter()
        .find_map(|p| match &p.entry {
            Entry::Element(e) if e.kind == Kind::Close => Some(e.depth + 1),
            Entry::Element(e) => Some(e.depth),
            _ => None,
        })
        .unwrap_or(0)
}

/// Whether a blank line goes before each entry.
fn blank_lines(entries: &[Placed]) -> Vec<bool> {
    let kind = |p: &Placed| match &p.entry {
        Entry::Element(e) => Some(e.kind),
        _ => None,
    };
    let mut blank: Vec<bool> = entries.iter().map(|p| p.blank_before).collect();
    let mut previous: Option<usize> = None;
    for i in 0..entries.len() {
        if matches!(entries[i].entry, Entry::Trailing(_)) {
            blank[i] = false;
            continue;
        }
        let after_close = previous.is_some_and(|p| kind(&entries[p]) == Some(Kind::Close));
        if kind(&entries[i]) == Some(Kind::Open) || after_close {
            blank[i] = true;
        }
        previous = Some(i);
    }
    // A run of comments right above a block's header goes with it: the
    // blank line goes above the comments.
    for i in 0..entries.len() {
        if kind(&entries[i]) != Some(Kind::Open) || entries[i].blank_before {
            continue;
        }
        let mut first = i;
        while first > 0 {
            let p = &entries[first - 1];
            match p.entry {
                Entry::Comment(_) if !entries[first].blank_before => first -= 1,
                _ => break,
            }
        }
        if first < i {
            blank[i] = false;
            blank[first] = true;
        }
    }
    // None at the top, after a header, or before an `end`.
    let mut previous: Option<usize> = None;
    for i in 0..entries.len() {
        if matches!(entries[i].entry, Entry::Trailing(_)) {
            continue;
        }
        let after_open = previous.is_some_and(|p| kind(&entries[p]) == Some(Kind::Open));
        if previous.is_none() || after_open || kind(&entries[i]) == Some(Kind::Close) {
            blank[i] = false;
        }
        previous = Some(i);
    }
    blank
}
