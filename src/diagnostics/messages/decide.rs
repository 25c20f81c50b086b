//! What `decide` and `explain` say of the applicants' facts they read
//! (JSON Lines, CSV, a `--facts` file): said in one place, so that the
//! two commands say the same thing in the same words, and so that each
//! refusal says what to do.

/// How to mend a file that is not UTF-8, in the tools that wrote it:
/// Excel's "CSV" and Notepad's "Unicode" are not UTF-8.
const SAVE_AS_UTF8: &str =
    "save the file as UTF-8 (in Excel: \"CSV UTF-8\"; in Notepad: Save As, encoding UTF-8)";

/// `subject` (the input, a record, a facts file) is UTF-16 text, with a
/// byte-order mark or without one.
pub fn utf16(subject: &str) -> String {
    format!("{subject} is UTF-16 (Windows' \"Unicode\"), not UTF-8: {SAVE_AS_UTF8}")
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

/// A CSV file whose first line ends with a carriage return alone: its
/// rows cannot be numbered.
pub fn csv_old_mac_line_ends() -> String {
    format!(
        "the input's lines end with a carriage return alone (old Mac line ends), so its \
         rows cannot be numbered: {LF_OR_CRLF}"
    )
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
