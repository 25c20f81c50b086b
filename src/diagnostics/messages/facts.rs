//! Facts in conditions (R04xx): undeclared facts, types, units, options
//! and comparison words.

use crate::diagnostics::{Code, Problem};
use crate::source::Span;

use super::{label, or_list, problem};

/// R0401: an undeclared fact.
pub fn undeclared_fact(fact: &str, span: Span, suggestion: Option<&str>) -> Problem {
    problem(
        Code::UndeclaredFact,
        format!("`{fact}` is not a declared fact"),
        vec![label(span, "unknown fact")],
        Some(match suggestion {
            Some(s) => format!("did you mean `{s}`?"),
            // `given category c` in an example, or `group is g` in a
            // condition: the category applied under has its own words.
            None if fact == "category" => "an example says which category the applicant applies under with `chooses category <id>`, not with `given`".to_owned(),
            None if matches!(fact, "categories" | "branch" | "ground" | "group") => {
                "a condition reads the category the applicant applies under as `category`: write `category is <id>` (a category, branch or group) or `category is one of a, b`".to_owned()
            }
            None => format!("declare it with `fact {fact}`, a `question` and an `answer` type"),
        }),
    )
}

/// R0402 / R0702: a value of the wrong type.
pub fn type_mismatch(fact: &str, fact_type: &str, value: &str, span: Span, given: bool) -> Problem {
    let help = if fact_type == "a yes/no fact" {
        "a yes/no fact takes `yes` or `no`".to_owned()
    } else if fact_type == "a date" {
        "dates are written year-month-day, like 2019-11-01".to_owned()
    } else if fact_type.starts_with("a number") {
        format!("write a whole number, like `18`; `{fact}` is {fact_type}")
    } else if fact == "category" {
        "`category` is compared with the ids of categories, branches or groups".to_owned()
    } else {
        format!("`{fact}` takes one of its options, by id")
    };
    problem(
        if given {
            Code::GivenType
        } else {
            Code::TypeMismatch
        },
        format!(
            "`{fact}` is {fact_type}, so it cannot be {} {value}",
            if given { "given" } else { "compared with" }
        ),
        vec![label(span, format!("{value} here"))],
        Some(help),
    )
}

/// R0403: a unit on a number whose fact has none.
pub fn unit_without_unit(fact: &str, written: &str, span: Span) -> Problem {
    problem(
        Code::UnitMismatch,
        format!("`{fact}` is a plain number without a unit, but this number is in {written}"),
        vec![label(span, format!("in {written}"))],
        Some(format!(
            "write the number alone, or declare the fact as `answer number of {written}`"
        )),
    )
}

/// R0403: a number in another unit.
pub fn unit_mismatch(fact: &str, expected: &str, written: &str, span: Span) -> Problem {
    problem(
        Code::UnitMismatch,
        format!("`{fact}` is counted in {expected}, but this number is in {written}"),
        vec![label(span, format!("in {written}"))],
        Some(format!(
            "write the number in {expected}, as the fact is declared"
        )),
    )
}

/// R0404: an option the fact does not have.
pub fn unknown_option(fact: &str, option: &str, allowed: &[String], span: Span) -> Problem {
    let list: Vec<String> = allowed.iter().map(|o| format!("`{o}`")).collect();
    problem(
        Code::UnknownOption,
        format!("`{option}` is not one of the options of `{fact}`"),
        vec![label(span, "not an option")],
        Some(if list.is_empty() {
            "the fact has no options declared".to_owned()
        } else {
            format!("the options are {}", or_list(&list))
        }),
    )
}

/// R0405: a comparison word unsuited to the type.
pub fn bad_comparison(fact: &str, words: &str, fact_type: &str, span: Span) -> Problem {
    let help = if fact_type == "a date" {
        "dates are compared with `is`, `is before`, `is after`, `is on or before` or `is on or after`"
    } else if fact_type == "a yes/no fact" {
        "a yes/no fact is used on its own (`incapacitated`), with `not`, or with `is yes` / `is no`"
    } else if fact_type.starts_with("one of") {
        "options are compared with `is`, `is not`, `is one of` or `is not one of`"
    } else if fact == "category" {
        "the category is compared with `is`, `is not`, `is one of` or `is not one of` and the ids of categories, branches or groups"
    } else {
        "numbers are compared with `is`, `is not`, `is at least`, `is at most`, `is under` or `is over`"
    };
    problem(
        Code::BadComparison,
        format!("`{fact}` is {fact_type}, which cannot be compared with `{words}`"),
        vec![label(span, "this comparison")],
        Some(help.to_owned()),
    )
}

/// R0405: a list after a comparison that takes one value.
pub fn list_needs_one_of(words: &str, span: Span) -> Problem {
    problem(
        Code::BadComparison,
        format!("`{words}` compares with one value, but a list follows"),
        vec![label(span, "one value expected")],
        Some(
            "to compare with several values, write `is one of a, b` or `is not one of a, b`"
                .to_owned(),
        ),
    )
}

/// R0406: a non-yes/no fact used as a condition on its own.
pub fn not_yes_no(fact: &str, fact_type: &str, span: Span) -> Problem {
    problem(
        Code::NotYesNo,
        format!("`{fact}` is {fact_type}, not yes/no, so it cannot be a condition on its own"),
        vec![label(span, "needs a comparison")],
        Some(format!(
            "say what `{fact}` is compared with, e.g. `{fact} is ...`"
        )),
    )
}

/// R0407: the category applied under read in a category's own condition.
pub fn category_circular(span: Span) -> Problem {
    problem(
        Code::CategoryNotKnown,
        "a category's condition cannot read the category the applicant applies under: it is what decides which categories apply".to_owned(),
        vec![label(span, "read in a circle")],
        Some("write the facts that decide it: a category that follows from another repeats that one's facts (its `applies when`)".to_owned()),
    )
}

/// R0407: the category applied under read where it is not known.
pub fn category_not_here(line: &str, span: Span) -> Problem {
    problem(
        Code::CategoryNotKnown,
        format!("{line} cannot read the category the applicant applies under"),
        vec![label(span, "not known here")],
        Some("the category is read in a document's `required when`, a `copies` or `count` line's `when` and a representative rule's `applies when`; a document asked otherwise of some categories can be a document of its own, `for category` them".to_owned()),
    )
}
