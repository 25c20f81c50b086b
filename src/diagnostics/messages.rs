//! Every sentence a diagnostic says. Legal staff read these: say what is
//! wrong in the regulation's terms, point at the place, and say what to do.

use super::{Code, Label, Problem};
use crate::source::Span;

fn problem(code: Code, message: String, labels: Vec<Label>, help: Option<String>) -> Problem {
    Problem {
        code,
        severity: code.severity(),
        message,
        labels,
        help,
    }
}

fn label(span: Span, text: impl Into<String>) -> Label {
    Label {
        span,
        text: text.into(),
    }
}

fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {}", init.join(", "), last),
    }
}

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
pub fn ambiguous_condition(span: Span, first: Span, other: Span) -> Problem {
    problem(
        Code::AmbiguousCondition,
        "this condition mixes `and` and `or` without brackets, so it can be read two ways".to_owned(),
        vec![label(first, "this joins with one word"), label(other, "this with the other"), label(span, "in this condition")],
        Some("put brackets around the part that belongs together: `a and (b or c)` or `(a and b) or c`".to_owned()),
    )
}
