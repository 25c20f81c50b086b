//! Writing Rust source: items line by line, expressions through
//! [`layout`](super::layout), and regulation text as doc comments that
//! show it verbatim.
//!
//! Text from the source reaches the crate in two ways only: string literals
//! (escaped by `proc_macro2`, see [`Expr::str`]) and doc comments, written
//! here. A doc comment is Markdown, and Markdown would make some text into
//! something else: a line indented by four spaces into a code block (which
//! rustdoc runs as a doctest), `[x]` into a link, `<b>` into HTML, `# x`
//! into a heading. So every character that Markdown could read as markup is
//! escaped, and characters rustc refuses in comments (a bare carriage
//! return, text-direction controls) are written as `\u{...}`. The rendered
//! documentation shows the text as it is written in the regulation.

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use super::layout::{self, Expr};
use super::versions::Pass;

/// The text of a Rust file, built line by line.
#[derive(Debug, Default)]
pub struct Code {
    text: String,
    /// For an amended regulation, the pass of the generator this file is
    /// written in (see [`Pass`]).
    pass: Option<Rc<RefCell<Pass>>>,
}

impl Code {
    /// An empty file.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty file written in `pass` of an amended regulation's generator.
    pub fn in_pass(pass: Option<Rc<RefCell<Pass>>>) -> Self {
        Code {
            text: String::new(),
            pass,
        }
    }

    /// One line at `indent` (an empty line has no spaces).
    pub fn line(&mut self, indent: usize, text: &str) {
        if !text.is_empty() {
            self.text.push_str(&" ".repeat(indent));
            self.text.push_str(text);
        }
        self.text.push('\n');
    }

    /// Several lines at `indent`, from text whose lines after the first
    /// already carry their own indentation (what [`layout`] returns).
    pub fn lines(&mut self, indent: usize, text: &str) {
        self.text.push_str(&" ".repeat(indent));
        self.text.push_str(text);
        self.text.push('\n');
    }

    /// An empty line.
    pub fn blank(&mut self) {
        self.text.push('\n');
    }

    /// A blank line between two items, none right after a block's `{`
    /// (rustfmt takes it out: the first item of an `impl` may be the first
    /// line, when there is nothing before it).
    pub fn blank_between(&mut self) {
        if !self.text.ends_with("{\n") {
            self.blank();
        }
    }

    /// Outer doc comment lines (`///`).
    pub fn doc(&mut self, indent: usize, lines: &[String]) {
        for l in lines {
            if l.is_empty() {
                self.line(indent, "///");
            } else {
                self.line(indent, &format!("/// {}", one_line(l)));
            }
        }
    }

    /// Inner doc comment lines (`//!`).
    pub fn inner_doc(&mut self, lines: &[String]) {
        for l in lines {
            if l.is_empty() {
                self.line(0, "//!");
            } else {
                self.line(0, &format!("//! {}", one_line(l)));
            }
        }
    }

    /// Text written as is (a fixed block, already formatted).
    pub fn raw(&mut self, text: &str) {
        self.text.push_str(text);
    }

    /// The file's text.
    pub fn finish(self) -> String {
        self.text
    }

    /// A method's signature and its opening brace, one parameter a line
    /// when the line would pass rustfmt's width, as rustfmt prints it
    /// (`required(self, version, facts, applied)` in an amended crate).
    pub fn signature(&mut self, signature: &str) {
        let one_line = format!("{signature} {{");
        // The parameters' bracket: the first after `fn` (not `pub(crate)`'s).
        let open = signature
            .find("fn ")
            .and_then(|f| signature[f..].find('(').map(|i| f + i));
        let (Some(open), Some(close)) = (open, signature.rfind(')')) else {
            self.line(4, &one_line);
            return;
        };
        if 4 + one_line.len() <= 100 || close < open {
            self.line(4, &one_line);
            return;
        }
        self.line(4, &signature[..=open]);
        for param in signature[open + 1..close].split(", ") {
            self.line(8, &format!("{param},"));
        }
        self.line(4, &format!("{} {{", &signature[close..]));
    }

    /// `match self { ... }` as a method body: `arms` are (pattern, body).
    /// The method's signature and doc come first, the closing braces after.
    pub fn match_method(&mut self, docs: &[String], signature: &str, arms: &[(String, Expr)]) {
        if let Some(pass) = self.pass.clone() {
            let versioned = pass.borrow_mut().method(signature, arms);
            if let Some((signature, arms)) = versioned {
                self.doc(4, docs);
                self.signature(&signature);
                self.lines(8, &arms);
                self.line(4, "}");
                return;
            }
        }
        self.doc(4, docs);
        self.signature(signature);
        if arms.is_empty() {
            self.line(8, "match self {}");
        } else {
            self.line(8, "match self {");
            for (pattern, body) in arms {
                self.lines(12, &layout::match_arm(pattern, body, 12));
            }
            self.line(8, "}");
        }
        self.line(4, "}");
    }
}

/// Doc lines for prose from the regulation (a title, a question): each line
/// of the text one line, Markdown escaped.
pub fn prose(text: &str) -> Vec<String> {
    source_lines(text).iter().map(|l| escape(l)).collect()
}

/// Doc lines quoting the regulation's text as a block quote.
pub fn quote(text: &str) -> Vec<String> {
    source_lines(text)
        .iter()
        .map(|l| {
            let e = escape(l);
            if e.is_empty() {
                ">".to_owned()
            } else {
                format!("> {e}")
            }
        })
        .collect()
}

/// One line of prose, however many the text has (for list items and
/// sentences the generator writes around the text).
pub fn inline(text: &str) -> String {
    source_lines(text)
        .iter()
        .map(|l| escape(l))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The lines of a text, split at any line break, without trailing blanks.
fn source_lines(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines: Vec<String> = text.split('\n').map(|l| l.trim_end().to_owned()).collect();
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    while lines.first().is_some_and(String::is_empty) {
        lines.remove(0);
    }
    lines
}

/// A doc comment line as one line, whatever the generator passed: a line
/// break in it would end the comment and put the rest among the code, so
/// breaks are written as escapes (the text's own lines have been through
/// [`escape`] already, which writes every control character so).
fn one_line(line: &str) -> Cow<'_, str> {
    if line.contains(breaks_a_line) {
        line.chars()
            .map(|c| {
                if breaks_a_line(c) {
                    c.escape_unicode().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect::<String>()
            .into()
    } else {
        line.into()
    }
}

/// A line break to rustc (`\n`, `\r`), or to an editor that shows the
/// comment (the Unicode line and paragraph separators).
fn breaks_a_line(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// Escapes one line so that Markdown shows it as written.
fn escape(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let body = line.trim_start_matches([' ', '\t']);
    // Leading spaces would make a code block, and a code block a doctest.
    for c in line[..line.len() - body.len()].chars() {
        out.push_str(if c == '\t' { "&#9;" } else { "&#32;" });
    }
    let digits = body.chars().take_while(char::is_ascii_digit).count();
    let list_number = (1..=9).contains(&digits)
        && body[digits..].starts_with(['.', ')'])
        && body[digits + 1..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace);
    let mut prev = None;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let escaped = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' => true,
            // rustdoc's smart punctuation would curl quotes, and make `--`
            // a dash and `...` an ellipsis.
            '"' | '\'' => true,
            '-' => i == 0 || prev == Some('-') || next == Some('-'),
            '.' => next == Some('.') || (list_number && i == digits),
            // A line that starts like a list item or a heading underline.
            '+' | '=' => i == 0,
            ')' => list_number && i == digits,
            // rustdoc warns of a bare URL (`http://...`).
            ':' => body[i + 1..].starts_with("//"),
            _ => false,
        };
        if escaped {
            out.push('\\');
        }
        match c {
            '\t' => out.push_str("&#9;"),
            c if c.is_control() || is_direction_control(c) || breaks_a_line(c) => {
                out.extend(c.escape_unicode());
            }
            c => out.push(c),
        }
        prev = Some(c);
    }
    out
}

/// Characters that change the direction of the text around them: rustc
/// refuses them in comments and literals (they can make code read other
/// than it compiles).
pub(super) fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// A Rust enum of the regulation's elements: its doc, and per variant its
/// name and doc.
pub struct EnumItem<'a> {
    /// The type's name.
    pub name: &'a str,
    /// The type's doc.
    pub docs: Vec<String>,
    /// (variant name, doc) in the order of the text.
    pub variants: Vec<(String, Vec<String>)>,
}

impl EnumItem<'_> {
    /// Writes the enum, then `impl Name {` with `ALL`, `from_id` and the
    /// `id` method; the caller adds methods and closes the impl with `}`.
    pub fn write(&self, code: &mut Code, ids: &[&str]) {
        let pass = code.pass.clone();
        let variant_names: Vec<String> = self.variants.iter().map(|(n, _)| n.clone()).collect();
        let in_force = pass
            .as_ref()
            .and_then(|p| p.borrow_mut().in_force(self.name, &variant_names));
        code.doc(0, &self.docs);
        code.line(
            0,
            "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]",
        );
        code.line(0, "#[non_exhaustive]");
        if self.variants.is_empty() {
            code.line(0, &format!("pub enum {} {{}}", self.name));
        } else {
            code.line(0, &format!("pub enum {} {{", self.name));
            for (i, (name, docs)) in self.variants.iter().enumerate() {
                code.doc(4, docs);
                if let Some(table) = &in_force {
                    code.line(4, "///");
                    code.line(4, &format!("/// {}", table.sentence(i)));
                }
                code.line(4, &format!("{name},"));
            }
            code.line(0, "}");
        }
        code.blank();
        code.line(0, &format!("impl {} {{", self.name));
        code.doc(4, &["Every one, in the order of the text.".to_owned()]);
        let all = Expr::Array(
            self.variants
                .iter()
                .map(|(name, _)| Expr::path(format!("Self::{name}")))
                .collect(),
        );
        let lhs = format!("pub const ALL: [Self; {}]", self.variants.len());
        code.lines(4, &layout::assignment(&lhs, &all, 4));
        code.blank();
        code.match_method(
            &["Its id in the regulation's source.".to_owned()],
            "pub fn id(self) -> &'static str",
            &self.arms(|i| Expr::str(ids[i])),
        );
        code.blank();
        code.doc(4, &["The one with this id, if there is one.".to_owned()]);
        code.line(4, "pub fn from_id(id: &str) -> Option<Self> {");
        code.line(8, "Self::ALL.into_iter().find(|e| e.id() == id)");
        code.line(4, "}");
        if let Some(table) = &in_force {
            code.blank();
            code.doc(
                4,
                &[
                    "Is it in force in `version`? One that is not never appears in that".to_owned(),
                    "version's answers.".to_owned(),
                ],
            );
            code.line(4, table.in_force_signature());
            code.lines(
                8,
                &table.in_force_body(&self.arms(|_| Expr::Lit(String::new()))),
            );
            code.line(4, "}");
        }
    }

    /// One arm per variant, in order, with the body `f(index)`.
    pub fn arms(&self, f: impl Fn(usize) -> Expr) -> Vec<(String, Expr)> {
        self.variants
            .iter()
            .enumerate()
            .map(|(i, (name, _))| (format!("Self::{name}"), f(i)))
            .collect()
    }
}

/// `use` lines (`vis` is `""` or `"pub "`), sorted and wrapped as rustfmt
/// writes them: one group, in ASCII order (what rustfmt's version sort is
/// for names without numbers), a list on one line when it fits, else packed
/// lines inside braces.
pub fn uses(code: &mut Code, vis: &str, uses: &[(&str, Vec<String>)]) {
    let mut lines: Vec<String> = Vec::new();
    for (path, items) in uses {
        let mut items = items.clone();
        items.sort();
        items.dedup();
        match items.as_slice() {
            [] => {}
            [one] => lines.push(format!("{vis}use {path}::{one};")),
            _ => {
                let one_line = format!("{vis}use {path}::{{{}}};", items.join(", "));
                // rustfmt breaks a `use` list that reaches the 99th column
                // (a list of 99 columns is broken, one of 98 kept).
                if layout::width(&one_line) < 99 {
                    lines.push(one_line);
                } else {
                    lines.push(format!("{vis}{}", packed(path, &items)));
                }
            }
        }
    }
    lines.sort_by(|a, b| sort_key(a).cmp(&sort_key(b)));
    for l in lines {
        code.raw(&l);
        code.raw("\n");
    }
}

/// Sorts `use a::b;` by its path, `self`, `super` and `crate` first.
fn sort_key(line: &str) -> (usize, &str) {
    let path = line.trim_start_matches("pub ").trim_start_matches("use ");
    let root = path.split("::").next().unwrap_or("");
    let rank = ["self", "super", "crate"]
        .iter()
        .position(|r| *r == root)
        .unwrap_or(3);
    (rank, path)
}

/// `use path::{` then the items packed into lines of at most 95 columns
/// after a 4-space indent, then `};` (rustfmt's mixed import layout).
fn packed(path: &str, items: &[String]) -> String {
    let mut out = format!("use {path}::{{\n    ");
    let mut len = 0;
    for item in items {
        let w = layout::width(item) + 1;
        if len > 0 && len + 1 + w > 95 {
            out.push_str("\n    ");
            len = 0;
        } else if len > 0 {
            out.push(' ');
            len += 1;
        }
        out.push_str(item);
        out.push(',');
        len += w;
    }
    out.push_str("\n};");
    out
}

/// `Some("text")` or `None`.
pub fn opt_str(text: Option<&str>) -> Expr {
    match text {
        Some(t) => Expr::some(Expr::str(t)),
        None => Expr::path("None"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_doc_line_never_breaks() {
        let mut code = Code::new();
        code.doc(0, &["a\nb\r\u{2028}c".to_owned()]);
        code.inner_doc(&["d\u{2029}e".to_owned()]);
        assert_eq!(
            code.finish(),
            "/// a\\u{a}b\\u{d}\\u{2028}c\n//! d\\u{2029}e\n"
        );
        assert_eq!(escape("x\u{2028}y"), "x\\u{2028}y");
    }

    #[test]
    fn markdown_is_escaped_and_code_blocks_cannot_start() {
        assert_eq!(
            escape("    fn main() {}"),
            "&#32;&#32;&#32;&#32;fn main() {}"
        );
        assert_eq!(
            escape("[link](x) <b> *a* `c`"),
            "\\[link\\](x) \\<b\\> \\*a\\* \\`c\\`"
        );
        assert_eq!(escape("1. first"), "1\\. first");
        assert_eq!(escape("2.16.1 stays"), "2.16.1 stays");
        assert_eq!(escape("- item"), "\\- item");
        assert_eq!(escape("a \u{202E} b"), "a \\u{202e} b");
        assert_eq!(escape("*/ \"# {}"), "\\*/ \\\"\\# {}");
        assert_eq!(escape("a -- b --- c - d"), "a \\-\\- b \\-\\-\\- c - d");
        assert_eq!(escape("wait... it's"), "wait\\.\\.. it\\'s");
        assert_eq!(escape("see http://x.ru: done"), "see http\\://x.ru: done");
    }

    #[test]
    fn quotes_keep_paragraphs() {
        assert_eq!(
            quote("one\r\n\ntwo\rthree"),
            ["> one", ">", "> two", "> three"]
        );
    }
}
