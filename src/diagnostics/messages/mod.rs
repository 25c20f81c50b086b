//! Every sentence a diagnostic says, in one place. Legal staff read these:
//! say what is wrong in the regulation's terms, point at the place, and say
//! what to do. One file a part of the language; the language's own
//! diagnostics are re-exported here (`messages::syntax`), the calendar's, the
//! forms' and those of `decide`'s input are under [`calendar`], [`forms`]
//! and [`decide`].

pub mod calendar;
mod dates;
pub mod decide;
mod elements;
mod examples;
mod facts;
pub mod forms;
mod reading;
mod terms;
pub mod text;
mod time;

pub use dates::*;
pub use elements::*;
pub use examples::*;
pub use facts::*;
pub use reading::*;
pub use terms::*;
pub use time::*;

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

/// "a `clause` line", "an `answer` line".
fn a(word: &str) -> &'static str {
    if word
        .trim_start_matches('`')
        .starts_with(['a', 'e', 'i', 'o', 'u'])
    {
        "an"
    } else {
        "a"
    }
}

fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {}", init.join(", "), last),
    }
}

/// `` `a`, `b` ``: ids as the source writes them.
fn ticked(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
