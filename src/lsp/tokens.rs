//! Semantic highlighting: every word of the parse by its grammar rule, and
//! the comments between them.

use lsp_types::{SemanticToken, SemanticTokenModifier, SemanticTokenType, SemanticTokensLegend};

use super::index::FileIndex;
use super::text::LineIndex;
use crate::format::{gap_comments, is_keyword};
use crate::syntax::Rule;

/// The token types and modifiers, in the order the numbers refer to.
pub fn legend() -> SemanticTokensLegend {
    SemanticTokensLegend {
        token_types: vec![
            SemanticTokenType::KEYWORD,
            SemanticTokenType::VARIABLE,
            SemanticTokenType::STRING,
            SemanticTokenType::NUMBER,
            SemanticTokenType::COMMENT,
        ],
        token_modifiers: vec![SemanticTokenModifier::DECLARATION],
    }
}

const KEYWORD: u32 = 0;
const VARIABLE: u32 = 1;
const STRING: u32 = 2;
const NUMBER: u32 = 3;
const COMMENT: u32 = 4;

fn kind(rule: Rule) -> Option<u32> {
    if is_keyword(rule) {
        return Some(KEYWORD);
    }
    match rule {
        Rule::id => Some(VARIABLE),
        Rule::short_string | Rule::long_string => Some(STRING),
        Rule::logic_op | Rule::yes_no | Rule::order_scope => Some(KEYWORD),
        Rule::number
        | Rule::date
        | Rule::clause_number
        | Rule::section_number
        | Rule::clause_step
        | Rule::unit => Some(NUMBER),
        _ => None,
    }
}

/// The tokens of a file, encoded as LSP wants them (each relative to the last).
pub fn tokens(text: &str, lines: &LineIndex, index: &FileIndex) -> Vec<SemanticToken> {
    let declared: std::collections::BTreeSet<usize> = index
        .ids
        .iter()
        .filter(|i| i.declaration)
        .map(|i| i.range.start)
        .collect();
    let mut spans: Vec<(std::ops::Range<usize>, u32, u32)> = Vec::new();
    let mut pos = 0;
    for (rule, range) in &index.leaves {
        for c in gap_comments(text, pos..range.start.max(pos)) {
            spans.push((c, COMMENT, 0));
        }
        if let Some(k) = kind(*rule) {
            let modifiers = u32::from(*rule == Rule::id && declared.contains(&range.start));
            spans.push((range.clone(), k, modifiers));
        }
        pos = pos.max(range.end);
    }
    for c in gap_comments(text, pos..text.len()) {
        spans.push((c, COMMENT, 0));
    }
    let mut out = Vec::new();
    let (mut last_line, mut last_col) = (0, 0);
    for (range, kind, modifiers) in spans {
        // A token may not span lines: a long string goes line by line.
        let mut start = range.start;
        while start < range.end {
            let end = text
                .get(start..range.end)
                .and_then(|t| t.find('\n'))
                .map_or(range.end, |i| start + i);
            let from = lines.position(text, start);
            let to = lines.position(text, end);
            if to.character > from.character {
                let delta_line = from.line - last_line;
                let delta_start = if delta_line == 0 {
                    from.character - last_col
                } else {
                    from.character
                };
                out.push(SemanticToken {
                    delta_line,
                    delta_start,
                    length: to.character - from.character,
                    token_type: kind,
                    token_modifiers_bitset: modifiers,
                });
                last_line = from.line;
                last_col = from.character;
            }
            start = end + 1;
        }
    }
    out
}
