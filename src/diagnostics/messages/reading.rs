//! Reading the files (R01xx): the grammar, includes, dates and numbers as
//! written, the one `regulation` block.

use crate::diagnostics::{Code, Problem};
use crate::source::Span;

use super::{label, or_list, problem};

/// R0101: the grammar rejected the text.
pub fn syntax(span: Span, expected: &[String], found: Option<&str>, ends_block: bool) -> Problem {
    let found_words = match found {
        None => "the end of the file".to_owned(),
        Some(w) => format!("`{w}`"),
    };
    let message = if expected.is_empty() {
        format!("this line cannot be read: unexpected {found_words}")
    } else {
        format!(
            "expected {} here, but found {found_words}",
            or_list(expected)
        )
    };
    let help = if found.is_none() && ends_block {
        "a block is not closed: every block ends with the word `end` on its own line".to_owned()
    } else if ends_block {
        "inside a block, every line starts with one of the words above; if the block is finished, close it with `end`".to_owned()
    } else {
        "see docs/language.md for the lines each block may have".to_owned()
    };
    problem(
        Code::Syntax,
        message,
        vec![label(span, "not understood")],
        Some(help),
    )
}

/// R0101: a character that shows as nothing, or as a line break, where
/// the grammar expected a word (a no-break space, a zero-width space, a
/// carriage return without its line feed).
pub fn invisible_character(span: Span, c: char) -> Problem {
    let (message, help) = if c == '\r' {
        (
            "a carriage return without a line feed: it ends no line here".to_owned(),
            "an editor may show this as a line break, but the tool does not read it as one, \
             so the text after it would not be read as a new line; save the file with LF \
             (or CRLF) line ends"
                .to_owned(),
        )
    } else {
        (
            format!(
                "this line cannot be read: unexpected {}, a character that looks like \
                 nothing or like a space",
                super::text::named(c)
            ),
            "delete it, or type an ordinary space in its place: outside quoted text only \
             ordinary spaces, tabs and line breaks separate words"
                .to_owned(),
        )
    };
    problem(
        Code::Syntax,
        message,
        vec![label(span, "this character")],
        Some(help),
    )
}

/// R0101: a block not closed with `end`.
pub fn unclosed_block(
    span: Span,
    keyword: &str,
    name: &str,
    open: Span,
    found: Option<&str>,
) -> Problem {
    let found_words = match found {
        None => "the file ends".to_owned(),
        Some(w) => format!("a new `{w}` block starts"),
    };
    problem(
        Code::Syntax,
        format!("the {keyword} `{name}` is not closed: {found_words} before its `end`"),
        vec![
            label(span, "expected `end` before this"),
            label(open, format!("the {keyword} `{name}` starts here")),
        ],
        Some(format!(
            "add a line with the word `end` where the {keyword} `{name}` finishes"
        )),
    )
}

/// R0101: a text whose closing quote is missing.
pub fn unclosed_text(span: Span, triple: bool) -> Problem {
    let (message, help) = if triple {
        (
            "this text starts with `\"\"\"` but is never closed",
            "end the text with `\"\"\"`",
        )
    } else {
        (
            "this text has no closing `\"` on its line",
            "close it with `\"` on the same line; for text over several lines, use triple quotes `\"\"\"`; a `\"` inside a one-line text is written `\\\"`",
        )
    };
    problem(
        Code::Syntax,
        message.to_owned(),
        vec![label(span, "opened here")],
        Some(help.to_owned()),
    )
}

/// R0101: a comparison written as a symbol.
pub fn comparison_symbol(span: Span, symbol: &str) -> Problem {
    let words = match symbol {
        "<" => "`is under` (or `is before` for dates)",
        ">" => "`is over` (or `is after` for dates)",
        "<=" => "`is at most` (or `is on or before` for dates)",
        ">=" => "`is at least` (or `is on or after` for dates)",
        "!=" => "`is not`",
        _ => "`is`",
    };
    problem(
        Code::Syntax,
        format!("comparisons are written in words, not `{symbol}`"),
        vec![label(span, format!("write {words}"))],
        Some(format!(
            "write {words} instead of `{symbol}`, e.g. `age is under 18 years`"
        )),
    )
}

/// R0101: a list that ends with a comma.
pub fn trailing_comma(span: Span) -> Problem {
    problem(
        Code::Syntax,
        "this list ends with a comma, so the next line's first word was read as one more item"
            .to_owned(),
        vec![label(span, "remove this comma")],
        Some("items of a list are separated by commas; there is none after the last".to_owned()),
    )
}

/// R0101: two items of a list without a comma.
pub fn missing_comma(span: Span) -> Problem {
    problem(
        Code::Syntax,
        "the items of a list are separated by commas".to_owned(),
        vec![label(span, "a comma is missing before this")],
        Some("write the list as `issue, replacement`".to_owned()),
    )
}

/// R0102: an included file cannot be read.
pub fn include_not_found(span: Span, path: &str, reason: &str) -> Problem {
    problem(
        Code::IncludeNotFound,
        format!("the included file `{path}` cannot be read ({reason})"),
        vec![label(span, "included here")],
        Some("the path is relative to the file that includes it".to_owned()),
    )
}

/// R0103: files include each other.
pub fn include_cycle(span: Span, path: &str) -> Problem {
    problem(
        Code::IncludeCycle,
        format!("`{path}` is already being included: the files include each other in a circle"),
        vec![label(span, "includes a file that includes this one")],
        Some("move the shared blocks into a third file that both include".to_owned()),
    )
}

/// R0104: a date that does not exist.
pub fn no_such_date(span: Span, written: &str) -> Problem {
    problem(
        Code::NoSuchDate,
        format!("{written} is not a date in the calendar"),
        vec![label(span, "no such day")],
        Some("dates are written year-month-day: 2020-06-11 is 11 June 2020".to_owned()),
    )
}

/// R0105: a number too large.
pub fn number_too_large(span: Span) -> Problem {
    problem(
        Code::NumberTooLarge,
        "this number is too large".to_owned(),
        vec![label(span, "too large")],
        Some("numbers up to 4294967295 are accepted".to_owned()),
    )
}

/// R0106: `and` and `or` mixed without brackets.
pub fn ambiguous_condition(first: Span, other: Span) -> Problem {
    problem(
        Code::AmbiguousCondition,
        "this condition mixes `and` and `or` without brackets, so it can be read two ways".to_owned(),
        vec![label(other, "this joins with the other word"), label(first, "this joins with one word")],
        Some("put brackets around the part that belongs together: `a and (b or c)` or `(a and b) or c`".to_owned()),
    )
}

/// R0107: a second `regulation` block.
pub fn regulation_twice(first: Span, second: Span) -> Problem {
    problem(
        Code::RegulationBlock,
        "a regulation has one `regulation` block, but this file (with its includes) has two"
            .to_owned(),
        vec![
            label(second, "second `regulation` block"),
            label(first, "first one here"),
        ],
        Some(
            "keep one regulation per main file; put a second regulation in a file of its own"
                .to_owned(),
        ),
    )
}

/// R0107: a `regulation` block in an included file.
pub fn regulation_in_include(span: Span) -> Problem {
    problem(
        Code::RegulationBlock,
        "an included file has a `regulation` block".to_owned(),
        vec![label(span, "in an included file")],
        Some("included files hold shared blocks (acts, facts, a calendar); the `regulation` block belongs in the main file".to_owned()),
    )
}

/// R0107: blocks but no `regulation` block.
pub fn regulation_missing(path: &str, span: Span) -> Problem {
    problem(
        Code::RegulationBlock,
        format!("`{path}` has no `regulation` block and no other file includes it"),
        vec![label(span, "this file")],
        Some("add a `regulation <id> ... end` block with the title and order, or `include` this file from the regulation that uses it".to_owned()),
    )
}

/// R0108: an empty text.
pub fn empty_text(span: Span) -> Problem {
    problem(
        Code::EmptyText,
        "this text is empty".to_owned(),
        vec![label(span, "empty")],
        Some("quote the clause's words, or leave the line out if it is optional".to_owned()),
    )
}

/// R0111: brackets and `not`s nested too deeply to be meant.
pub fn nesting_too_deep(span: Span, limit: usize) -> Problem {
    problem(
        Code::NestingTooDeep,
        format!("brackets and `not`s are nested more than {limit} levels deep here"),
        vec![label(span, format!("level {}", limit + 1))],
        Some("no regulation needs a condition this deep: look for brackets that are never closed, and write `not not x` as `x`".to_owned()),
    )
}

/// R0112: a path that cannot be a source: not a regular file, or too large.
/// `span` is the `include` naming it, or the file itself when it was named
/// on the command line.
pub fn not_a_source_file(span: Span, path: &str, too_large: bool, included: bool) -> Problem {
    let what = if included {
        format!("the included path `{path}`")
    } else {
        format!("`{path}`")
    };
    let (message, help) = if too_large {
        (
            format!("{what} is larger than 16 MiB, the most a source file may be"),
            "a regulation's sources are far smaller: check that this is the file meant",
        )
    } else {
        (
            format!("{what} is not a regular file, so it is not read"),
            "a directory, a device or a pipe cannot be a source: name a `.rgl` file",
        )
    };
    let text = if included {
        "included here"
    } else {
        "this path"
    };
    problem(
        Code::NotASourceFile,
        message,
        vec![label(span, text)],
        Some(help.to_owned()),
    )
}

/// R0113: a file that is not UTF-8 text. `span` is its first invalid byte;
/// `site`, the `include` that names it, if any.
pub fn not_utf8(span: Span, path: &str, site: Option<Span>) -> Problem {
    let mut labels = vec![label(span, "not UTF-8")];
    if let Some(site) = site {
        labels.push(label(site, "included here"));
    }
    problem(
        Code::NotUtf8,
        format!("`{path}` is not UTF-8 text"),
        labels,
        Some("save the file as UTF-8 text; sources in another encoding are not read".to_owned()),
    )
}
