//! The names a generated file uses, read in one pass: which of the
//! crate's types a file must import.

use std::borrow::Cow;
use std::collections::HashSet;

/// The names a generated text uses, read once: asking for each of the
/// crate's names by scanning the whole text again made generation
/// quadratic (names x lines).
///
/// The generated code names types only as paths, so the identifiers of the
/// code without its string literals and comments are exact enough. The
/// names are borrowed from the text where they stand in it (a line without
/// a string literal, most of them), so reading allocates little.
#[derive(Debug, Default)]
pub struct Words<'a> {
    /// Identifiers not preceded by `:` (a name used as it is).
    mentioned: HashSet<Cow<'a, str>>,
    /// Identifiers followed by `(` and not preceded by `:` or `.` (a call
    /// of a function in scope).
    called: HashSet<Cow<'a, str>>,
    /// Types the text defines (`pub enum Name {`, `struct Name;`).
    defined: HashSet<&'a str>,
}

impl<'a> Words<'a> {
    /// Reads `text` once.
    pub fn new(text: &'a str) -> Words<'a> {
        let mut words = Words::default();
        for line in text.lines() {
            if let Some(name) = defined(line) {
                words.defined.insert(name);
            }
            if line.trim_start().starts_with("//") {
                continue;
            }
            if line.contains('"') {
                let stripped = strip_strings(line);
                words.read_line(&stripped, |w| Cow::Owned(w.to_owned()));
            } else {
                words.read_line(line, Cow::Borrowed);
            }
        }
        words
    }

    /// Reads the identifiers of one line without string literals; `keep`
    /// makes a name to store of one not stored yet.
    fn read_line<'l>(&mut self, line: &'l str, keep: impl Fn(&'l str) -> Cow<'a, str>) {
        let mut prev: Option<char> = None;
        // `fn name(` defines `name`; it does not call it.
        let mut after_fn = false;
        let mut chars = line.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if !is_ident(c) {
                prev = Some(c);
                continue;
            }
            let mut end = start + c.len_utf8();
            while let Some(&(i, c)) = chars.peek() {
                if !is_ident(c) {
                    break;
                }
                end = i + c.len_utf8();
                chars.next();
            }
            let word = &line[start..end];
            if prev != Some(':') {
                if !self.mentioned.contains(word) {
                    self.mentioned.insert(keep(word));
                }
                let call = prev != Some('.') && !after_fn && line[end..].starts_with('(');
                if call && !self.called.contains(word) {
                    self.called.insert(keep(word));
                }
            }
            after_fn = word == "fn";
            prev = word.chars().next_back();
        }
    }

    /// Does the text use the name `word` (as a whole word, outside strings
    /// and comments, not as the tail of a path)?
    pub fn mentions(&self, word: &str) -> bool {
        self.mentioned.contains(word)
    }

    /// Does the text call the function `name`?
    pub fn calls(&self, name: &str) -> bool {
        self.called.contains(name)
    }

    /// Does the text define the type `name`?
    pub fn defines(&self, name: &str) -> bool {
        self.defined.contains(name)
    }
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The type a line defines, if it starts `pub enum Name {` or the like.
fn defined(line: &str) -> Option<&str> {
    ["pub enum ", "pub struct ", "enum ", "struct "]
        .iter()
        .find_map(|kw| line.strip_prefix(kw))
        .and_then(|rest| {
            let end = rest.find([' ', '<', '(', ';'])?;
            Some(&rest[..end])
        })
}

/// The line without its string literals.
fn strip_strings(line: &str) -> String {
    let mut out = String::new();
    let mut in_string = false;
    let mut escaped = false;
    for c in line.chars() {
        match (in_string, escaped, c) {
            (true, true, _) => escaped = false,
            (true, false, '\\') => escaped = true,
            (true, false, '"') => in_string = false,
            (true, false, _) => {}
            (false, _, '"') => in_string = true,
            (false, _, c) => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_read_once_as_the_scans_read_them() {
        let words = Words::new(
            "pub enum Category {\n    A,\n}\n// Fact in a comment\nlet x = \"Status\";\n\
             all([yes(facts.age, Fact::Age)]);\nx.any(1); crate::under(2); Truth::True;\n",
        );
        assert!(words.defines("Category") && !words.defines("A"));
        assert!(words.mentions("Category") && words.mentions("Truth"));
        assert!(!words.mentions("Status"), "in a string");
        assert!(!words.mentions("Age"), "the tail of a path");
        assert!(words.mentions("Fact") && words.mentions("facts"));
        assert!(words.calls("all") && words.calls("yes"));
        assert!(!words.calls("any"), "a method");
        assert!(!words.calls("under"), "a path");
        assert!(!words.calls("Truth"));
    }
}
