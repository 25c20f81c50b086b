//! How deeply brackets and `not`s nest, measured on the text before the
//! parser sees it.
//!
//! pest descends one level of its own stack for every `(` and `not` of a
//! condition, and so do the stages after it, so text nested deeply enough
//! (ten thousand brackets) overflows the stack before any of them could
//! report it. This scan needs no stack: text nested deeper than
//! [`MAX_NESTING`] is refused before parsing, which bounds every later
//! stage's recursion too.

/// The deepest nesting of brackets and `not`s accepted. Real conditions
/// nest three or four levels; this is far above that and far below what
/// overflows the stack of any stage.
pub const MAX_NESTING: usize = 64;

/// The byte range of the first `(` or `not` that nests deeper than
/// [`MAX_NESTING`], if any.
///
/// The depth at a point is the number of open brackets plus the `not`s
/// still waiting for their operand to end: a `not` before a bracket stays
/// open until the bracket closes, and one before a word ends at that word.
/// Text in quotes and comments is skipped. The count never falls below the
/// nesting the parser would follow, so accepted text is never nested
/// deeper than the limit.
pub(super) fn too_deep(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    // For each open bracket, the `not`s waiting in front of it.
    let mut brackets: Vec<usize> = Vec::new();
    let mut depth = 0;
    let mut waiting_nots = 0;
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        match bytes[i] {
            b'#' => i = skip_past(bytes, i, b"\n"),
            b'"' if rest.starts_with(b"\"\"\"") => i = skip_past(bytes, i + 3, b"\"\"\""),
            b'"' => i = skip_short_string(bytes, i + 1),
            b'(' => {
                depth += waiting_nots + 1;
                brackets.push(waiting_nots);
                waiting_nots = 0;
                if depth > MAX_NESTING {
                    return Some((i, i + 1));
                }
                i += 1;
            }
            b')' => {
                if let Some(nots) = brackets.pop() {
                    depth -= nots + 1;
                }
                waiting_nots = 0;
                i += 1;
            }
            b if is_word_byte(b) => {
                let start = i;
                while i < bytes.len() && is_word_byte(bytes[i]) {
                    i += 1;
                }
                if &bytes[start..i] == b"not" {
                    waiting_nots += 1;
                    if depth + waiting_nots > MAX_NESTING {
                        return Some((start, i));
                    }
                } else {
                    waiting_nots = 0;
                }
            }
            _ => i += 1,
        }
    }
    None
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The index just past the first `end` at or after `from` (the end of the
/// text when there is none).
fn skip_past(bytes: &[u8], from: usize, end: &[u8]) -> usize {
    bytes
        .get(from..)
        .and_then(|rest| rest.windows(end.len()).position(|w| w == end))
        .map_or(bytes.len(), |p| from + p + end.len())
}

/// The index just past a one-line string whose opening quote is before
/// `from`: its closing quote, or the end of the line when it has none.
fn skip_short_string(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            b'\n' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_and_nots_add_up() {
        let at_limit = format!("{}x{}", "(".repeat(MAX_NESTING), ")".repeat(MAX_NESTING));
        assert_eq!(too_deep(&at_limit), None);
        let half = MAX_NESTING / 2;
        let over = format!("{}{}x", "not ".repeat(half), "(".repeat(half + 1));
        // The last bracket is one level too many.
        let at = 4 * half + half;
        assert_eq!(too_deep(&over), Some((at, at + 1)));
    }

    #[test]
    fn a_word_ends_the_nots_before_it() {
        let many = "not x and ".repeat(1000) + "y";
        assert_eq!(too_deep(&many), None);
    }

    #[test]
    fn quotes_and_comments_are_not_counted() {
        let brackets = "(".repeat(MAX_NESTING + 1);
        for text in [
            format!("\"{brackets}\""),
            format!("\"\"\"\n{brackets}\n\"\"\""),
            format!("# {brackets}\n"),
            format!("\"a \\\" {brackets}\""),
        ] {
            assert_eq!(too_deep(&text), None, "{text}");
        }
    }
}
