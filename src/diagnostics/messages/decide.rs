//! What `decide` and `explain` say of the applicants' facts they read
//! (JSON Lines, CSV, a `--facts` file): said in one place, so that the
//! two commands say the same thing in the same words, and so that each
//! refusal says what to do. A user's text (a key, a column's name) is
//! repeated as [`shown`] gives it: cut, its invisible characters named.

use crate::interpret::shown;

/// How to mend a file that is not UTF-8, in the tools that wrote it:
/// Excel's "CSV" and Notepad's "Unicode" are not UTF-8.
const SAVE_AS_UTF8: &str =
    "save the file as UTF-8 (in Excel: \"CSV UTF-8\"; in Notepad: Save As, encoding UTF-8)";

/// `subject` (the input, a record, a facts file) is UTF-16 text, with a
/// byte-order mark or without one.
pub fn utf16(subject: &str) -> String {
    format!("{subject} is UTF-16 (Windows' \"Unicode\"), not UTF-8: {SAVE_AS_UTF8}")
}

/// A zero byte at byte `at` (counted from 1) of text that is not UTF-16.
pub fn zero_byte(at: usize) -> String {
    format!(
        "a zero byte at byte {at}, which no JSON text has: was the file padded with zeros, \
         or cut off while it was being written? Remove the zero bytes, or write the file again"
    )
}

/// Not UTF-8 (Latin-1, Windows-1251), from byte `at` (counted from 1)
/// when it is known.
pub fn not_utf8(at: Option<usize>) -> String {
    match at {
        Some(at) => format!("not valid UTF-8 (from byte {at}): {SAVE_AS_UTF8}"),
        None => format!("not valid UTF-8: {SAVE_AS_UTF8}"),
    }
}

/// How to mend line ends of a carriage return alone.
const LF_OR_CRLF: &str =
    "save it with LF or CRLF line ends (in Excel: \"CSV UTF-8\" or \"CSV (Windows)\")";

/// An input whose first line ends with a carriage return alone: the
/// rows of a CSV file could not be numbered, and JSON Lines would be
/// one line.
pub fn old_mac_line_ends(csv: bool) -> String {
    if csv {
        format!(
            "the input's lines end with a carriage return alone (old Mac line ends), so its \
             rows cannot be numbered: {LF_OR_CRLF}"
        )
    } else {
        "the input's lines end with a carriage return alone (old Mac line ends), so its \
         records cannot be told apart: save it with LF or CRLF line ends"
            .to_owned()
    }
}

/// A CSV file with a carriage return alone on a later line, after lines
/// ended with LF or CRLF: the CSV reader would end a row there, and read
/// the rest of the line as another row of the same line.
pub fn csv_lone_carriage_return(line: u64) -> String {
    format!(
        "line {line} holds a carriage return without a line feed after it (an old Mac line \
         end, where the lines before it end with LF or CRLF): it would split the line into \
         two rows of one line number; remove it, or {LF_OR_CRLF}"
    )
}

/// A CSV row over the cap on a record (16 MiB, that of a source or facts
/// file), from `line` on; `quote_open` when it is not ended yet inside
/// quotes.
pub fn csv_row_too_long(line: u64, quote_open: bool) -> String {
    let open = if quote_open {
        " (was a quote left open?)"
    } else {
        ""
    };
    format!(
        "the row from line {line} on is longer than {} MiB, the most a record may be{open}",
        crate::source::MAX_FILE_BYTES >> 20
    )
}

/// A JSON line longer than the cap on a record, skipped unread.
pub fn record_too_long() -> String {
    format!(
        "the record is longer than {} MiB, the most a record may be: it is skipped unread \
         (is the file JSON Lines, one application a line?)",
        crate::source::MAX_FILE_BYTES >> 20
    )
}

/// A CSV row of `len` fields under a header of `expected`: short, or
/// long, most often by a comma in a field not quoted.
pub fn csv_field_count(len: u64, expected: u64) -> String {
    let fields = if len == 1 { "field" } else { "fields" };
    format!(
        "{len} {fields} where the header has {expected}: give every row a field for each \
         column (empty for a fact not known), and put a field that holds a comma in quotes"
    )
}

/// A CSV header naming a column twice (columns counted from 1).
pub fn csv_column_twice(name: &str, first: usize, second: usize) -> String {
    let name = shown(name);
    format!(
        "the CSV column `{name}` is given twice (columns {first} and {second}): give each \
         fact one column"
    )
}

/// A CSV header of one column whose names are separated by `separator`
/// (Excel's "CSV" where the decimal mark is a comma).
pub fn csv_header_one_column(header: &str, separator: char) -> String {
    let header = shown(header);
    format!(
        "the CSV header `{header}` is one column: its names are separated by {} where CSV \
         separates them by commas; save the file as \"CSV UTF-8 (comma delimited)\", or \
         replace the separators by commas",
        if separator == ';' {
            "semicolons"
        } else {
            "tabs"
        }
    )
}

/// A CSV column that is neither a fact nor the acceptance date's.
pub fn csv_column_not_a_fact(name: &str, accepted: &str) -> String {
    let name = shown(name);
    format!(
        "the CSV column `{name}` is not a fact of this regulation (nor `{accepted}`, the \
         acceptance date)"
    )
}

/// A JSON line that is JSON, but not an object.
pub fn record_not_an_object() -> String {
    "a record must be a JSON object of fact ids and values".to_owned()
}

/// The acceptance date's field, `/accepted`, and what is wrong with it.
pub fn accepted_field(field: &str, why: &str) -> String {
    format!("/{field}: {why}")
}

/// Facts that are JSON, but not an object.
pub fn facts_not_an_object() -> String {
    "the facts must be a JSON object of fact ids and values".to_owned()
}

/// A key that is no fact of the regulation (of the version in force).
pub fn not_a_fact(key: &str) -> String {
    format!("`{}` is not a fact of this regulation", shown(key))
}

/// A yes-or-no fact given something else.
pub fn expected_yes_no() -> String {
    "expected true or false".to_owned()
}

/// A number fact given something else than a whole number.
pub fn expected_number(unit: Option<&str>) -> String {
    match unit {
        Some(u) => format!("expected a whole number of {u}"),
        None => "expected a whole number".to_owned(),
    }
}

/// A date (a fact, an event, the acceptance date) given something else
/// than text.
pub fn expected_date() -> String {
    "expected a date written \"YYYY-MM-DD\"".to_owned()
}

/// A choice fact given something else than one of its options.
pub fn expected_one_of(options: &[&str]) -> String {
    format!("expected one of: {}", options.join(", "))
}

/// A date not written YYYY-MM-DD.
pub fn date_not_yyyy_mm_dd(text: &str) -> String {
    format!("`{}` is not a date written YYYY-MM-DD", shown(text))
}

/// A date in the year 0 (the calendar goes from 1 BC to AD 1). `text`
/// is written YYYY-MM-DD, so shown as it is.
pub fn date_in_year_0(text: &str) -> String {
    format!("{text} is in the year 0, which does not exist: the first year is 0001")
}

/// A date written YYYY-MM-DD that is no day (`2025-02-30`).
pub fn date_not_in_calendar(text: &str) -> String {
    format!("{text} is not a date in the calendar")
}

/// A key given twice in one object.
pub fn key_twice(key: &str) -> String {
    let key = shown(key);
    format!("/{key}: `{key}` is given twice: give each fact once")
}

/// More after a JSON value, from `column`, a carriage return alone
/// before it: lines ended by old Mac line ends, records not told apart.
/// Said of a record of `decide` and of a facts file of `explain`, each
/// one JSON object.
pub fn after_carriage_return(column: usize) -> String {
    format!(
        "not valid JSON at column {column}: more after a carriage return alone (an old Mac \
         line end), where one JSON object is read: end each line with LF or CRLF"
    )
}

/// Text that is not JSON: where (the line only past the first), and what
/// is wrong in the parser's words.
pub fn not_json(line: usize, column: usize, what: &str) -> String {
    // The parser's words for a value it cannot begin or a word it does
    // not know (`foreign_citizen` without quotes, `tru`), in a user's.
    let what = match what {
        "expected ident" => "expected true, false or null (text goes in double quotes)",
        "expected value" => {
            "expected a value: a number, true, false, null, or text in double quotes"
        }
        other => other,
    };
    if line > 1 {
        format!("not valid JSON at line {line}, column {column}: {what}")
    } else {
        format!("not valid JSON at column {column}: {what}")
    }
}

/// `--kind` names no kind of application of the regulation (`kinds`,
/// listed); said by `explain` and `decide`.
pub fn not_a_kind(kind: &str, kinds: &str) -> String {
    format!("`{kind}` is not a kind of application of this regulation (they are: {kinds})")
}

/// The input cannot be read on, and why (an error of the system, or the
/// words of one of the refusals above).
pub fn cannot_read_input(why: &dyn std::fmt::Display) -> String {
    format!("cannot read the input: {why}")
}

/// A run that stopped part of the way, the input not readable on: how
/// far it went, and what became of the decisions made. `kept` names the `-o` file left as it was (nothing of
/// the run is in it); without one, the decisions before the stop were
/// written.
pub fn stopped_after(decided: u64, bad: u64, kept: Option<&std::path::Path>) -> String {
    let records = decided + bad;
    let said = match kept {
        Some(path) => format!(
            "`{}` was not written and is as it was; mend the input and run again",
            path.display()
        ),
        None => "the decisions made before the stop were written".to_owned(),
    };
    let noun = if records == 1 { "record" } else { "records" };
    format!("stopped after {records} {noun} ({decided} decided, {bad} bad): {said}")
}

/// `-o` names the input itself.
pub fn output_is_input(path: &std::path::Path) -> String {
    format!(
        "`{}` is both the applications and the output: the decisions would overwrite what \
         they are read from; write them to another file",
        path.display()
    )
}

/// The output cannot be written, and why.
pub fn cannot_write_output(path: &std::path::Path, why: &str) -> String {
    format!("cannot write `{}`: {why}", path.display())
}

/// The decisions cannot be written, and why.
pub fn cannot_write_decisions(why: &dyn std::fmt::Display) -> String {
    format!("cannot write the decisions: {why}")
}
