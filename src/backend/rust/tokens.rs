//! The check every generated file passes before it is written: its tokens.
//!
//! The grammar of the generated code is the generator's own, the same for
//! every regulation, and the tests prove it on the bundled, the hostile
//! and the amended regulations (rustfmt parses every file, cargo builds
//! and lints the crates). What changes from one regulation to another is
//! what its text and ids put into tokens: string literals (escaped by
//! `proc_macro2`), doc comments (escaped by [`code`](super::code)) and
//! names (made by [`names`](super::names)). So this reads the tokens once,
//! without building a syntax tree, and refuses an unclosed literal or
//! comment, an unbalanced bracket, a character rustc refuses, and anything
//! but ASCII outside literals and comments (where a regulation's text in
//! another script would show it had got out). It does not refuse English
//! words out of place: a doc line cannot break ([`code`](super::code)
//! writes every line break as an escape), and literals are made by
//! `proc_macro2`. Parsing each file with `syn` instead took as long as
//! generating it, and `proc_macro2`'s lexer seven times this check.

use super::code::is_direction_control;

/// Checks the tokens of `text` (see the module doc): `Err` says what is
/// wrong and on which line.
pub fn check(text: &str) -> Result<(), String> {
    let bytes = text.as_bytes();
    // Open brackets, with the line each opened on.
    let mut open: Vec<(u8, usize)> = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let at = |line: usize, what: &str| Err(format!("line {line}: {what}"));
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' => line += 1,
            b' ' => {}
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                let end = text[i..].find('\n').map_or(text.len(), |n| i + n);
                comment(&text[i..end]).or_else(|e| at(line, &e))?;
                i = end;
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                return at(line, "a block comment (the generator writes none)");
            }
            b'"' => {
                let start = line;
                i = string(text, i + 1, &mut line)
                    .ok_or_else(|| format!("line {start}: a string literal is not closed"))?;
                continue;
            }
            b'r' if bytes.get(i + 1) == Some(&b'#')
                && (i == 0 || !is_ident(bytes[i - 1]))
                && bytes.get(i + 2).is_some_and(|&c| c.is_ascii_alphabetic()) =>
            {
                // A raw identifier (`r#type`); the generator writes no raw
                // strings.
                i += 2;
                continue;
            }
            b'\'' => {
                i = quote(text, i + 1).ok_or_else(|| {
                    format!("line {line}: a character literal or lifetime is malformed")
                })?;
                continue;
            }
            b'(' | b'[' | b'{' => open.push((b, line)),
            b')' | b']' | b'}' => {
                let expected = match b {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match open.pop() {
                    Some((o, _)) if o == expected => {}
                    Some((o, from)) => {
                        return at(
                            line,
                            &format!(
                                "`{}` closes the `{}` opened on line {from}",
                                char::from(b),
                                char::from(o)
                            ),
                        );
                    }
                    None => return at(line, &format!("`{}` closes nothing", char::from(b))),
                }
            }
            // Code is ASCII: names are made of the ids' `a-z`, digits and
            // `_`, and text is only in literals and comments.
            b if b.is_ascii_graphic() => {}
            _ => {
                let c = text
                    .get(i..)
                    .and_then(|s| s.chars().next())
                    .unwrap_or('\u{FFFD}');
                return at(
                    line,
                    &format!("`{}` outside a literal or comment", c.escape_unicode()),
                );
            }
        }
        i += 1;
    }
    match open.last() {
        Some((o, from)) => at(*from, &format!("`{}` is not closed", char::from(*o))),
        None => Ok(()),
    }
}

/// A line comment, `//` to the end of its line: rustc refuses a bare
/// carriage return and the controls that change the direction of text.
fn comment(text: &str) -> Result<(), String> {
    match text.chars().find(|&c| c == '\r' || is_direction_control(c)) {
        Some(c) => Err(format!(
            "a comment holds {}, which rustc refuses",
            c.escape_unicode()
        )),
        None => Ok(()),
    }
}

/// The end (after the closing quote) of the string literal whose text
/// starts at `i`, counting the lines it spans; `None` if it is not closed
/// or holds what rustc refuses in a literal.
fn string(text: &str, mut i: usize, line: &mut usize) -> Option<usize> {
    let bytes = text.as_bytes();
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return Some(i + 1),
            b'\\' => i += 1,
            b'\r' => return None,
            b'\n' => *line += 1,
            // The lead bytes of the direction controls (U+061C; U+200E,
            // U+200F, U+202A..U+202E, U+2066..U+2069): a lead byte starts
            // a character.
            0xD8 | 0xE2
                if text
                    .get(i..)
                    .and_then(|s| s.chars().next())
                    .is_some_and(is_direction_control) =>
            {
                return None;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// After a `'` at `i - 1`: the end of a character literal (`'x'`, `'\n'`)
/// or of a lifetime (`'static`, `'a`).
fn quote(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    match bytes.get(i)? {
        b'\\' => {
            // An escape (`\'`, `\u{..}`): the escaped character, then up
            // to the closing quote on this line.
            let from = i + 2;
            let end = bytes
                .get(from..)?
                .iter()
                .position(|&b| b == b'\'' || b == b'\n')?;
            (bytes[from + end] == b'\'').then_some(from + end + 1)
        }
        &b if is_ident(b) => {
            if bytes.get(i + 1) == Some(&b'\'') {
                return Some(i + 2);
            }
            let len = bytes[i..].iter().take_while(|&&b| is_ident(b)).count();
            Some(i + len)
        }
        _ => {
            // Any other one character, then the closing quote.
            let c = text.get(i..)?.chars().next()?;
            let end = i + c.len_utf8();
            (bytes.get(end) == Some(&b'\'') && c != '\n' && c != '\r' && !is_direction_control(c))
                .then_some(end + 1)
        }
    }
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_shapes_pass() {
        let text = "//! Docs: «quoted» \"text\" (unbalanced\n\
                    use crate::{A, B};\n\n\
                    /// A [link\\] and `code` { not a block\n\
                    pub fn id(self) -> &'static str {\n    match self {\n        \
                    Self::A => \"a \\\" } ) ] 'x\",\n        Self::B => \"многострочный\n\
                    текст\",\n    }\n}\n\
                    fn c() -> [char; 3] {\n    ['x', '\\'', '\\u{202e}']\n}\n\
                    struct S<'a> {\n    r#type: &'a str,\n}\n";
        assert_eq!(check(text), Ok(()));
    }

    #[test]
    fn what_an_escape_could_let_out_is_refused() {
        let cases = [
            (
                "let a = \"open;\n",
                "line 1: a string literal is not closed",
            ),
            ("fn f() {\n    (1, 2];\n}\n", "line 2: `]` closes the `(`"),
            ("fn f() {\n    g(\n}\n", "line 3: `}` closes the `(`"),
            ("fn f() {\n", "line 1: `{` is not closed"),
            ("}\n", "line 1: `}` closes nothing"),
            (
                "/// text\nтекст\n",
                "line 2: `\\u{442}` outside a literal or comment",
            ),
            ("/// a \u{202E} b\n", "line 1: a comment holds \\u{202e}"),
            ("/// a \r b\n", "line 1: a comment holds \\u{d}"),
            (
                "let a = \"\u{2066}\";\n",
                "line 1: a string literal is not closed",
            ),
            ("let a = 'ab';\n", "line 1: a character literal or lifetime"),
            ("/* x */\n", "line 1: a block comment"),
        ];
        for (text, expected) in cases {
            let found = check(text).expect_err(text);
            assert!(found.starts_with(expected), "{text:?}: {found}");
        }
    }
}
