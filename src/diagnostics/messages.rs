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

/// R0201: two blocks with one id.
pub fn duplicate_id(id: &str, first_kind: &str, first: Span, kind: &str, second: Span) -> Problem {
    problem(
        Code::DuplicateId,
        format!("the id `{id}` is used twice: by a `{first_kind}` and by a `{kind}`"),
        vec![label(second, "used again here"), label(first, "first used here")],
        Some("ids name one element each across the regulation and its included files; rename one of them".to_owned()),
    )
}

/// R0202: a reference to an undeclared id.
pub fn unknown_id(id: &str, span: Span, what: &str, suggestion: Option<&str>) -> Problem {
    problem(
        Code::UnknownId,
        format!("`{id}` should be {what}, but nothing is declared with that id"),
        vec![label(span, "not declared")],
        Some(match suggestion {
            Some(s) => format!("did you mean `{s}`?"),
            None => "declare it, or check the spelling".to_owned(),
        }),
    )
}

/// R0203: a reference to the wrong kind of element.
pub fn wrong_kind(id: &str, span: Span, what: &str, actual: &str, declared: Span) -> Problem {
    problem(
        Code::WrongKind,
        format!("`{id}` should be {what}, but it is a `{actual}`"),
        vec![
            label(span, format!("{what} is expected here")),
            label(declared, format!("`{id}` is declared here as a `{actual}`")),
        ],
        Some(format!("use the id of {what} here")),
    )
}

/// R0204: a citation of an undeclared act.
pub fn undeclared_act(id: &str, span: Span, suggestion: Option<&str>) -> Problem {
    problem(
        Code::UndeclaredAct,
        format!("the act `{id}` is cited but not declared"),
        vec![label(span, "cited here")],
        Some(match suggestion {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!(
                "declare it once with `act {id} ... end` (title, number, date), usually in the shared file of acts"
            ),
        }),
    )
}

/// R0205: a Markdown link to nothing.
pub fn broken_link(target: &str, span: Span, suggestion: Option<&str>) -> Problem {
    problem(
        Code::BrokenLink,
        format!("the link `{target}` points to nothing"),
        vec![label(span, "no such target")],
        Some(match suggestion {
            Some(s) => format!("did you mean `{s}`?"),
            None => "`term:` links name a `definition` id, `clause:` links a clause number, `act:` links an act id".to_owned(),
        }),
    )
}

/// R0206: a required line is missing.
pub fn missing_field(block: &str, id: &str, field: &str, span: Span) -> Problem {
    problem(
        Code::MissingField,
        format!("the {block} `{id}` has no `{field}` line"),
        vec![label(span, format!("`{field}` is missing in this block"))],
        Some(format!(
            "add {} `{field}` line; docs/language.md lists the lines of {} `{block}` block",
            a(field),
            a(block)
        )),
    )
}

/// R0207: a line given twice.
pub fn repeated_field(field: &str, first: Span, second: Span) -> Problem {
    problem(
        Code::RepeatedField,
        format!("the `{field}` line is given twice in one block"),
        vec![
            label(second, "given again here"),
            label(first, "first given here"),
        ],
        Some("keep one of them".to_owned()),
    )
}

/// R0207: an option listed twice in a choice.
pub fn repeated_option(id: &str, span: Span) -> Problem {
    problem(
        Code::RepeatedField,
        format!("the option `{id}` is listed twice in this choice"),
        vec![label(span, "listed again")],
        Some("remove the second one".to_owned()),
    )
}

/// R0208: a built-in fact's name used as an id.
pub fn reserved_id(id: &str, span: Span) -> Problem {
    problem(
        Code::ReservedId,
        format!("`{id}` cannot be an id: it names a built-in fact"),
        vec![label(span, "reserved")],
        Some("`status` is the applicant's status and `application` the kind of application; choose another id".to_owned()),
    )
}

/// R0209: two ids that generated code would spell the same.
pub fn colliding_ids(
    first_id: &str,
    first: Span,
    second_id: &str,
    second: Span,
    name: &str,
) -> Problem {
    problem(
        Code::CollidingIds,
        format!("`{first_id}` and `{second_id}` would both become `{name}` in generated code"),
        vec![label(second, "this id"), label(first, "and this one")],
        Some("ids of the same kind must differ by more than underscores; rename one".to_owned()),
    )
}

/// R0301: a clause claimed twice.
pub fn duplicate_clause(number: &str, first: Span, second: Span) -> Problem {
    problem(
        Code::DuplicateClause,
        format!("clause {number} is given twice"),
        vec![label(second, "again here"), label(first, "first here")],
        Some(
            "each clause is the text of one block; other blocks refer to it with `see clause`"
                .to_owned(),
        ),
    )
}

/// R0302: the numbering does not start at 1.
pub fn first_clause(expected: &str, found: &str, span: Span) -> Problem {
    problem(
        Code::MissingClause,
        format!("the numbering starts at {found}, so clause {expected} is missing"),
        vec![label(span, "first clause")],
        Some(format!(
            "add clause {expected}, or correct the first clause's number"
        )),
    )
}

/// R0302: a gap in the numbering.
pub fn missing_clause(missing: &str, previous: &str, found: &str, span: Span) -> Problem {
    let message = if missing.is_empty() {
        format!("clause {found} cannot follow clause {previous}: clauses in between are missing")
    } else {
        format!("clause {found} follows clause {previous}, so clause {missing} is missing")
    };
    problem(
        Code::MissingClause,
        message,
        vec![label(span, "after a gap")],
        Some("add the missing clause; if the regulation itself has no text there (a repealed item), add it as a `provision` whose text says so; if the number is mistyped, correct it".to_owned()),
    )
}

/// R0303: a clause out of order.
pub fn clause_out_of_order(number: &str, span: Span, after: &str, after_span: Span) -> Problem {
    problem(
        Code::ClauseOutOfOrder,
        format!("clause {number} stands after clause {after}, out of order"),
        vec![
            label(span, "out of order"),
            label(after_span, format!("clause {after} is here")),
        ],
        Some("keep the blocks in the order of the regulation's text".to_owned()),
    )
}

/// R0304: a reference to a clause that is not there.
pub fn unknown_clause(number: &str, span: Span) -> Problem {
    problem(
        Code::UnknownClause,
        format!("clause {number} is referred to but no block is that clause"),
        vec![label(span, "no such clause")],
        Some("check the number; clauses are claimed with `clause <number>` lines".to_owned()),
    )
}

/// R0401: an undeclared fact.
pub fn undeclared_fact(fact: &str, span: Span, suggestion: Option<&str>) -> Problem {
    problem(
        Code::UndeclaredFact,
        format!("`{fact}` is not a declared fact"),
        vec![label(span, "unknown fact")],
        Some(match suggestion {
            Some(s) => format!("did you mean `{s}`?"),
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

/// R0501: a combination with no term.
pub fn missing_term(application: &str, who: &str, statuses: &[String], span: Span) -> Problem {
    let statuses: Vec<String> = statuses.iter().map(|s| format!("`{s}`")).collect();
    problem(
        Code::MissingTerm,
        format!(
            "no processing term covers an application `{application}` by {who} for status {}",
            or_list(&statuses).replace(" or ", " and ")
        ),
        vec![label(span, "no term for this")],
        Some("add the category (or status) to the `term` that applies; if the source states no term, write a `term` with `not stated \"...\"` so the gap is recorded rather than hidden".to_owned()),
    )
}

/// R0502: a combination with two terms.
pub fn conflicting_terms(
    combinations: &[String],
    first: String,
    first_span: Span,
    second: String,
    second_span: Span,
) -> Problem {
    let shown = combinations
        .iter()
        .take(3)
        .cloned()
        .collect::<Vec<_>>()
        .join("; ");
    let more = combinations.len().saturating_sub(3);
    let more = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    problem(
        Code::ConflictingTerms,
        format!("{first} and {second} both apply to {shown}{more}"),
        vec![label(first_span, first), label(second_span, second)],
        Some("narrow one term's `for category` or `for status` so each combination has exactly one term".to_owned()),
    )
}

/// R0503: a term with both or neither of `lasts` / `not stated`.
pub fn term_duration(id: &str, span: Span, both: bool) -> Problem {
    problem(
        Code::TermDuration,
        if both {
            format!("the term `{id}` has both `lasts` and `not stated`")
        } else {
            format!("the term `{id}` has neither `lasts` nor `not stated`")
        },
        vec![label(span, "this term")],
        Some("give the duration with `lasts 4 months from <event>`, or record that the source gives none with `not stated \"...\"`".to_owned()),
    )
}

/// R0504: the source states no term (recorded in the file).
pub fn term_not_stated(term: &str, combinations: &[String], span: Span) -> Problem {
    let shown = combinations.join("; ");
    problem(
        Code::TermNotStated,
        format!("the source states no processing term for {shown}"),
        vec![label(span, format!("{term} records the gap"))],
        Some("outputs show this term as not stated in the source; when an amendment states it, replace `not stated` with `lasts`".to_owned()),
    )
}

/// R0505: a duration unit terms are not counted in.
pub fn bad_duration_unit(unit: &str, span: Span, term: bool) -> Problem {
    problem(
        Code::BadDurationUnit,
        format!(
            "`{unit}` is not a unit {} counted in",
            if term {
                "processing terms are"
            } else {
                "time limits are"
            }
        ),
        vec![label(span, "unknown unit")],
        Some(if term {
            "terms are counted in `months`, `working days` or `calendar days` (`days` means calendar days)".to_owned()
        } else {
            "time limits are counted in `months`, `working days`, `calendar days`, `days`, `hours` or `minutes`".to_owned()
        }),
    )
}

/// R0602: zero.
pub fn zero_count(span: Span) -> Problem {
    problem(
        Code::ZeroCount,
        "this number is zero".to_owned(),
        vec![label(span, "zero")],
        Some(
            "a document that is not needed in some case gets a `required when` condition instead"
                .to_owned(),
        ),
    )
}

/// R0602: a duration of zero.
pub fn zero_duration(span: Span) -> Problem {
    problem(
        Code::ZeroCount,
        "a time limit of zero is not a time limit".to_owned(),
        vec![label(span, "zero")],
        Some("check the number against the source".to_owned()),
    )
}

/// R0601: two defaults.
pub fn conflicting_counts(field: &str, first: Span, second: Span) -> Problem {
    problem(
        Code::ConflictingCounts,
        format!("this document has two `{field}` lines without `when`"),
        vec![
            label(second, "second default"),
            label(first, "first default"),
        ],
        Some(format!(
            "keep one `{field}` line without `when` as the default; give the others a `when` condition"
        )),
    )
}

/// R0603: two forms with one appendix number.
pub fn duplicate_appendix(number: u32, first: Span, second: Span) -> Problem {
    problem(
        Code::DuplicateAppendix,
        format!("two forms are appendix {number}"),
        vec![label(second, "this form"), label(first, "and this one")],
        Some("each appendix number belongs to one form".to_owned()),
    )
}

/// R0701: a fact given twice.
pub fn repeated_given(fact: &str, first: Span, second: Span) -> Problem {
    problem(
        Code::RepeatedGiven,
        format!("this example gives `{fact}` twice"),
        vec![
            label(second, "given again"),
            label(first, "first given here"),
        ],
        Some("give each fact once".to_owned()),
    )
}

/// R0703: an example with no expectation.
pub fn empty_example(id: &str, span: Span) -> Problem {
    problem(
        Code::EmptyExample,
        format!("the example `{id}` expects nothing, so it tests nothing"),
        vec![label(span, "no `expect` line")],
        Some(
            "add `expect` lines: categories, term, documents, copies, count or representative"
                .to_owned(),
        ),
    )
}

/// R0710: an example's expectation does not hold.
pub fn example_failed(
    id: &str,
    expected: &str,
    actual: &str,
    span: Span,
    example: Span,
) -> Problem {
    problem(
        Code::ExampleFailed,
        format!("example `{id}`: expected {expected}, but the regulation gives {actual}"),
        vec![label(span, "this expectation fails"), label(example, "in this example")],
        Some("either the example or the rule it tests is wrong; `reglament explain` shows how the answer was reached".to_owned()),
    )
}

/// R0807: a date no production calendar covers.
pub fn outside_calendar(
    date: jiff::civil::Date,
    first: Option<i16>,
    last: Option<i16>,
    span: Span,
) -> Problem {
    let (message, help) = match (first, last) {
        (Some(f), Some(l)) => {
            let range = if f == l {
                f.to_string()
            } else {
                format!("{f}-{l}")
            };
            (
                format!(
                    "there is no production calendar for {} (the calendar covers {range})",
                    date.year()
                ),
                format!(
                    "add the year {} to the production calendar with its Government decree, or use a date in {range}",
                    date.year()
                ),
            )
        }
        _ => (
            "no production calendar is available to count this deadline".to_owned(),
            "name the calendar in the `regulation` block with `calendar <id>` and include its file"
                .to_owned(),
        ),
    };
    problem(
        Code::OutsideCalendar,
        message,
        vec![label(span, "this date")],
        Some(help),
    )
}

/// R0901: an unused declaration.
pub fn unused(kind: &str, id: &str, span: Span) -> Problem {
    problem(
        Code::Unused,
        format!("the {kind} `{id}` is declared but never used"),
        vec![label(span, "unused")],
        Some("remove it, or refer to it where the regulation relies on it".to_owned()),
    )
}

/// R0902: an omission (the source is cut off).
pub fn omission(after: &str, span: Span) -> Problem {
    problem(
        Code::Omission,
        format!("the source text is cut off after clause {after}; what follows is not provided"),
        vec![label(span, "recorded here")],
        Some("outputs show the missing items as not provided in the source".to_owned()),
    )
}
