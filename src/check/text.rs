//! Quoted text is never changed without a word (R11xx).
//!
//! Every text is read again from the source as written, so that what the
//! lowering removes (indentation, the quotes) is looked at too:
//! - a line of a `"""` text whose leading blanks are not all spaces
//!   (a tab, a no-break space) is reported, since only spaces are removed
//!   as indentation and the rest would stay in the text unseen (R1201);
//! - control characters print as nothing or break outputs (R1202);
//! - direction overrides and isolates make the site, the PDFs and editors
//!   show the rest of a line in another order than it is stored (the
//!   "Trojan Source" problem), unless the comment `# bidi: deliberate`
//!   stands on the line above the text (R1203);
//! - a text that reaches the PDFs (see `src/backend/forms/`) must be
//!   printable with the embedded fonts, or typesetting fails (R1204).
//!
//! Values a form's `sample` fills in are checked by the form's own rules
//! (R1003), as `reglament fill` checks an applicant's data.

use crate::backend::forms::{printable, typeset_as_nothing};
use crate::diagnostics::messages::text as messages;
use crate::source::{Sources, Span};
use crate::syntax::ast::{Block, BlockKind, Field, FieldValue, File, Text};

use crate::diagnostics::Problem;

/// The comment that marks a text's direction controls as deliberate.
pub const BIDI_MARK: &str = "bidi: deliberate";

/// How many unprintable characters one R1204 names.
const NAMED: usize = 5;

/// Checks every text of `files`.
pub(super) fn check(problems: &mut Vec<Problem>, files: &[File], sources: &Sources) {
    for file in files {
        let source = sources.get(file.file).map_or("", |f| f.text.as_str());
        for block in &file.blocks {
            block_texts(problems, block, source);
        }
    }
}

fn block_texts(problems: &mut Vec<Problem>, block: &Block, source: &str) {
    fields_texts(problems, block.kind, &block.fields, source);
}

fn fields_texts(problems: &mut Vec<Problem>, kind: BlockKind, fields: &[Field], source: &str) {
    for field in fields {
        match &field.value {
            FieldValue::Nested(inner) => {
                block_texts(problems, inner, source);
                continue;
            }
            // A new wording's lines are lines of the block it words anew.
            FieldValue::Worded { fields, .. } => {
                fields_texts(problems, kind, fields, source);
                continue;
            }
            _ => {}
        }
        if let (BlockKind::Regulation, FieldValue::Order { number, by, .. }) = (kind, &field.value)
        {
            // The order's number is in every PDF's footer; who issued it is not.
            one(problems, number, true, source);
            one(problems, by, false, source);
            continue;
        }
        let printed = reaches_pdf(kind, &field.value);
        for text in texts(&field.value) {
            one(problems, text, printed, source);
        }
    }
}

/// The texts of a line. Exhaustive, so that a new kind of line with text
/// does not go unchecked.
fn texts(value: &FieldValue) -> Vec<&Text> {
    match value {
        FieldValue::Heading(t)
        | FieldValue::Translation { text: t, .. }
        | FieldValue::Title(t)
        | FieldValue::Text(t)
        | FieldValue::Plain(t)
        | FieldValue::Note(t)
        | FieldValue::Source(t)
        | FieldValue::NumberLabel(t)
        | FieldValue::ActNumber(t)
        | FieldValue::Called(t)
        | FieldValue::Published(t)
        | FieldValue::Phrase(t)
        | FieldValue::Question(t)
        | FieldValue::RepresentativeQuestion(t)
        | FieldValue::NotStated(t)
        | FieldValue::Requirement(t)
        | FieldValue::DateFormat(t)
        | FieldValue::Decree(t)
        | FieldValue::Label(t)
        | FieldValue::Help(t)
        | FieldValue::Option { title: t, .. } => vec![t],
        FieldValue::Order { number, by, .. } | FieldValue::Registered { number, by, .. } => {
            vec![number, by]
        }
        // Checked against the form's rules, with R1003.
        FieldValue::Fill { .. } => vec![],
        FieldValue::Clause(_)
        | FieldValue::See(_)
        | FieldValue::Basis(_)
        | FieldValue::Applies(_)
        | FieldValue::Amended(_)
        | FieldValue::Service(_)
        | FieldValue::Provider(_)
        | FieldValue::Language(_)
        | FieldValue::Calendar(_)
        | FieldValue::Dated(_)
        | FieldValue::Gives(_)
        | FieldValue::Answer(_)
        | FieldValue::Files(_)
        | FieldValue::InGroup(_)
        | FieldValue::Chooses(_)
        | FieldValue::Nested(_)
        | FieldValue::ForCategory(_)
        | FieldValue::ForApplication(_)
        | FieldValue::ForStatus(_)
        | FieldValue::Lasts { .. }
        | FieldValue::Form(_)
        | FieldValue::Copies { .. }
        | FieldValue::Count { .. }
        | FieldValue::Required(_)
        | FieldValue::Valid(_)
        | FieldValue::Acceptance
        | FieldValue::Size { .. }
        | FieldValue::SameRules(_)
        | FieldValue::Appendix(_)
        | FieldValue::On(_)
        | FieldValue::After(_)
        | FieldValue::Given { .. }
        | FieldValue::Accepted(_)
        | FieldValue::Expect(_)
        | FieldValue::NonWorking(_)
        | FieldValue::Working(_)
        | FieldValue::FieldAnswer(_)
        | FieldValue::FieldRequired
        | FieldValue::InForce { .. }
        | FieldValue::Inserted(_)
        | FieldValue::Repealed(_)
        | FieldValue::AsOf(_)
        | FieldValue::Amount { .. } => vec![],
        // Its lines are read as the block's own, in `fields_texts`.
        FieldValue::Worded { .. } => vec![],
    }
}

/// Is this line's text typeset into a PDF? What `src/backend/forms/data.rs`
/// and `stand.rs` put in the documents' data: the regulation's title and
/// order number (headers and footers); forms, their sections and fields
/// with the options they offer; and the wording of documents and their
/// filling rules, terms, categories with their branches and grounds,
/// representatives and omissions (the stand sheets).
fn reaches_pdf(kind: BlockKind, value: &FieldValue) -> bool {
    use BlockKind as K;
    use FieldValue as V;
    match kind {
        K::Regulation => matches!(value, V::Title(_)),
        K::Form => matches!(value, V::Title(_) | V::Note(_)),
        K::Section => matches!(value, V::Title(_) | V::Help(_)),
        K::FormField => matches!(value, V::Label(_) | V::Help(_)),
        K::Choice => matches!(value, V::Option { .. }),
        // A category's or branch's name says whom a document is for, on
        // the documents sheet.
        K::Category | K::Branch => matches!(value, V::Text(_) | V::Plain(_) | V::Title(_)),
        K::Document | K::Rule | K::Ground | K::Representative | K::Group => {
            matches!(value, V::Text(_) | V::Plain(_))
        }
        K::Term => matches!(value, V::Text(_) | V::Plain(_) | V::NotStated(_)),
        K::Omission => matches!(value, V::Text(_)),
        _ => false,
    }
}

/// Direction embeddings, overrides and isolates: the characters that
/// reorder the text after them (Unicode's "bidirectional formatting
/// characters" other than the marks, which reorder nothing).
pub fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A control character, other than a line break (inside a `"""` text)
/// and a tab, which print as white space.
fn is_forbidden_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\t')
}

fn one(problems: &mut Vec<Problem>, text: &Text, printed: bool, source: &str) {
    let start = text.span.start as usize;
    let Some(raw) = source.get(text.span.range()) else {
        return;
    };
    if raw.starts_with("\"\"\"") {
        indentation(problems, text.span, raw);
    }
    let mut found = Found {
        deliberate: marked_deliberate(source, start),
        direction_reported: false,
        printed,
        unprintable: Vec::new(),
        first: None,
        count: 0,
    };
    let at = |i: usize, len: usize| Span::new(text.span.file, start + i, start + i + len);
    let mut chars = raw.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_ascii() && !c.is_ascii_control() {
            continue;
        }
        // A line break of a file saved with CRLF is a line break.
        if c == '\r' && chars.peek().is_some_and(|(_, n)| *n == '\n') {
            continue;
        }
        found.judge(problems, c, at(i, c.len_utf8()));
    }
    // Markdown turns `&#x202E;` into the character itself, on the site and
    // in the PDFs alike.
    for (i, len, c) in character_references(raw) {
        found.judge(problems, c, at(i, len));
    }
    if let Some(span) = found.first {
        // One problem a text: a paragraph in another script is one mistake.
        problems.push(messages::unprintable(span, &found.unprintable, found.count));
    }
}

/// What one text holds, as its characters are looked at.
struct Found {
    deliberate: bool,
    /// One direction control is reported a text: the first already says
    /// the text is displayed out of order (an override and the pop that
    /// ends it are one mistake).
    direction_reported: bool,
    printed: bool,
    unprintable: Vec<char>,
    first: Option<Span>,
    count: usize,
}

impl Found {
    fn judge(&mut self, problems: &mut Vec<Problem>, c: char, span: Span) {
        if is_forbidden_control(c) {
            problems.push(messages::control_character(span, c));
        } else if is_direction_control(c) {
            if !self.deliberate && !self.direction_reported {
                problems.push(messages::direction_control(span, c));
                self.direction_reported = true;
            }
        } else if self.printed && !c.is_control() && !printable(c) && !typeset_as_nothing(c) {
            self.count += 1;
            if !self.unprintable.contains(&c) && self.unprintable.len() < NAMED {
                self.unprintable.push(c);
            }
            self.first.get_or_insert(span);
        }
    }
}

/// The numeric character references of a text (`&#1;`, `&#x202E;`), each
/// with its byte offset and length and the character it stands for.
fn character_references(raw: &str) -> Vec<(usize, usize, char)> {
    let mut out = Vec::new();
    for (i, _) in raw.match_indices("&#") {
        let rest = &raw[i + 2..];
        let (digits, radix, prefix) = match rest.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16, 3),
            None => (rest, 10, 2),
        };
        let Some(end) = digits.find(';') else {
            continue;
        };
        let number = &digits[..end];
        if number.is_empty() || number.len() > 7 || !number.chars().all(|d| d.is_digit(radix)) {
            continue;
        }
        let Some(c) = u32::from_str_radix(number, radix)
            .ok()
            .and_then(char::from_u32)
        else {
            continue;
        };
        out.push((i, prefix + end + 1, c));
    }
    out
}

/// R1201 for each line of a `"""` text whose leading blanks are not all
/// ASCII spaces.
fn indentation(problems: &mut Vec<Problem>, span: Span, raw: &str) {
    let body_start = 3;
    let body = raw
        .get(body_start..raw.len().saturating_sub(3))
        .unwrap_or("");
    let mut offset = body_start;
    for line in body.split('\n') {
        for (i, c) in line.char_indices() {
            if c == ' ' {
                continue;
            }
            // Blank to the end of the line (a CRLF's `\r`, trailing
            // tabs) is removed with the line's end; anything else that is
            // white space here would look like indentation.
            let rest = &line[i..];
            let blank = c == '\t' || (c.is_whitespace() && !c.is_control());
            if blank && !rest.trim_end_matches([' ', '\t', '\r']).is_empty() {
                let at = span.start as usize + offset + i;
                problems.push(messages::indentation_not_spaces(
                    Span::new(span.file, at, at + c.len_utf8()),
                    c,
                ));
            }
            break;
        }
        offset += line.len() + 1;
    }
}

/// Does the comment `# bidi: deliberate` stand on one of the comment lines
/// right above the line where the text at `start` begins?
fn marked_deliberate(source: &str, start: usize) -> bool {
    let before = source.get(..start).unwrap_or("");
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    source
        .get(..line_start)
        .unwrap_or("")
        .lines()
        .rev()
        .map(str::trim)
        .take_while(|l| l.starts_with('#'))
        .any(|l| l.trim_start_matches('#').trim() == BIDI_MARK)
}
