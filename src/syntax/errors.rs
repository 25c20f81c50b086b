//! A syntax error in plain words: what was expected and found, the slips
//! common enough to have their own message, and the block left open.

use crate::diagnostics::{Problem, messages};
use crate::source::Span;

use super::Rule;
use super::expected::{Expected, describe};

/// The problem a pest error stands for in `text`.
pub(super) fn syntax_problem(text: &str, file: u32, error: &pest::error::Error<Rule>) -> Problem {
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
    let mut chars = found.as_deref().unwrap_or("").chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c != ' '
        && (c.is_whitespace() || crate::characters::invisible(c))
    {
        return messages::invisible_character(span, c);
    }
    let starts_block = found.as_deref().is_none_or(|w| BLOCK_KEYWORDS.contains(&w));
    if ends_block
        && starts_block
        && let Some((keyword, name, open)) = open_block(text, pos)
    {
        let open = Span::new(file, open.0, open.1);
        return messages::unclosed_block(span, &keyword, &name, open, found.as_deref());
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
