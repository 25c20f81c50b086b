//! What lies between the words of the parse: spaces, comments and the
//! punctuation the grammar keeps silent.

use std::ops::Range;

/// One piece of the text between two leaves of the parse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Gap {
    /// Spaces, tabs and line breaks; how many line breaks.
    Space { newlines: usize },
    /// `# ...` to the end of the line (without the line break).
    Comment(Range<usize>),
    /// A silent literal of the grammar: `,`, `(`, `)` (or any other run of
    /// characters, taken as one word).
    Punct(Range<usize>),
}

/// Splits `text[range]` into its pieces. The text there is never inside a
/// quoted string (strings are leaves of the parse), so `#` always starts a
/// comment.
pub fn gap_pieces(text: &str, range: Range<usize>) -> Vec<Gap> {
    let mut out = Vec::new();
    let Some(gap) = text.get(range.clone()) else {
        return out;
    };
    let base = range.start;
    let bytes = gap.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b' ' | b'\t' | b'\r' | b'\n') {
            let mut newlines = 0;
            while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\r' | b'\n') {
                newlines += usize::from(bytes[i] == b'\n');
                i += 1;
            }
            out.push(Gap::Space { newlines });
        } else if b == b'#' {
            let end = gap[i..].find('\n').map_or(bytes.len(), |n| i + n);
            out.push(Gap::Comment(base + i..base + end));
            i = end;
        } else if matches!(b, b',' | b'(' | b')') {
            out.push(Gap::Punct(base + i..base + i + 1));
            i += 1;
        } else {
            let start = i;
            while i < bytes.len()
                && !matches!(
                    bytes[i],
                    b' ' | b'\t' | b'\r' | b'\n' | b'#' | b',' | b'(' | b')'
                )
            {
                i += 1;
            }
            out.push(Gap::Punct(base + start..base + i));
        }
    }
    out
}
