//! `decide` and `explain` on text as other tools write it: UTF-16 without
//! a byte-order mark, bytes that are not UTF-8, line ends of `\r\r\n` or
//! of a carriage return alone, lines of the longest length a record may
//! be. Each run by the plan and by `--interpreter`, which must agree
//! (see [`super::hostile`]).

use std::io::Write as _;

use serde_json::json;

use super::hostile::{UTF16, both, says, stderr_of};
use super::{adult, file, jsonl, lines, reglament};

/// Bytes into a temporary file with the given suffix.
fn file_of(suffix: &str, bytes: &[u8]) -> tempfile::NamedTempFile {
    let f = file(suffix, "");
    std::fs::write(f.path(), bytes).unwrap();
    f
}

fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    text.encode_utf16()
        .flat_map(|u| {
            if little_endian {
                u.to_le_bytes()
            } else {
                u.to_be_bytes()
            }
        })
        .collect()
}

/// `explain --facts` on `bytes`, refused (exit 2): what it says, the
/// facts file's name written `INPUT`.
fn explain_refusal(bytes: &[u8]) -> String {
    let facts = file_of(".json", bytes);
    let out = reglament()
        .arg("explain")
        .arg("--facts")
        .arg(facts.path())
        .assert()
        .code(2);
    stderr_of(&out).replace(&facts.path().display().to_string(), "INPUT")
}

/// UTF-16 without a byte-order mark (what some tools write for
/// "Unicode"): refused before anything is read, with what to do, as with
/// one. Its zero bytes were echoed in the messages, a column name
/// `<U+0000>s<U+0000>t...` or a bad record a line.
#[test]
fn utf16_without_a_byte_order_mark_is_refused_as_with_one() {
    let jsonl_text = jsonl(&[adult(), adult()]);
    let csv_text = "status,application,age\nforeign_citizen,issue,30\n";
    for little_endian in [true, false] {
        for (suffix, text) in [(".jsonl", jsonl_text.as_str()), (".csv", csv_text)] {
            let input = file_of(suffix, &utf16(text, little_endian));
            let (code, stdout, stderr) = both(&input, &[]);
            assert_eq!((code, stdout.as_str()), (2, ""), "{stderr}");
            says(&stderr, &[&format!("the input {UTF16}")]);
            assert_eq!(stderr.lines().count(), 1, "{stderr}");
            assert!(!stderr.contains("U+0000"), "{stderr}");
            // With a byte-order mark: the same words.
            let mut marked = utf16("\u{feff}", little_endian);
            marked.extend(utf16(text, little_endian));
            let marked = file_of(suffix, &marked);
            let (code, _, stderr) = both(&marked, &[]);
            assert_eq!(code, 2, "{stderr}");
            says(&stderr, &[&format!("the input {UTF16}")]);
        }
    }
    // Text in UTF-8 whose first line is one character is not UTF-16.
    let mut short = String::from("\n");
    short.push_str(&jsonl(&[adult()]));
    let (code, _, stderr) = both(&file(".jsonl", &short), &[]);
    assert_eq!(code, 0, "{stderr}");
}

/// `explain --facts` refuses a facts file in UTF-16 (with a byte-order
/// mark or without) or in Latin-1 in `decide`'s words, with what to do:
/// it said "not UTF-8 text" and no more.
#[test]
fn explain_refuses_text_that_is_not_utf8_in_decides_words() {
    let facts = adult().to_string();
    for little_endian in [true, false] {
        let mut marked = utf16("\u{feff}", little_endian);
        marked.extend(utf16(&facts, little_endian));
        says(&explain_refusal(&marked), &[&format!("the text {UTF16}")]);
        says(
            &explain_refusal(&utf16(&facts, little_endian)),
            &[&format!("the text {UTF16}")],
        );
    }
    // Latin-1: where, and what to do, as `decide` says of a record.
    let latin1 = b"{\"status\":\"foreign\xffcitizen\"}\n";
    let (_, _, decided) = both(&file_of(".jsonl", latin1), &[]);
    let said = decided
        .lines()
        .find_map(|l| l.strip_prefix("error: line 1: "))
        .unwrap_or_else(|| panic!("{decided}"));
    assert!(said.starts_with("not valid UTF-8 (from byte 19): save the file as UTF-8 (in Excel"));
    says(&explain_refusal(latin1), &[said]);
}

/// `\r\r\n`, what a program on Windows writes when it puts `\r\n` through
/// a file opened as text (Python's `csv` module without `newline=""`):
/// one line end with a stray carriage return, read as the JSON and CSV
/// readers read it, the rows numbered as with LF. It was refused as
/// "old Mac line ends" at the header, and after it the rows were
/// numbered one line too low.
#[test]
fn a_stray_carriage_return_before_the_line_end_is_read_past() {
    let rows = "status,application,age\n\
                foreign_citizen,issue,30\n\
                foreign_citizen,issue,thirty\n\
                foreign_citizen,issue,30,extra\n\
                foreign_citizen,issue,31\n";
    let by_lf = both(&file(".csv", rows), &["--to", "csv"]);
    assert_eq!(by_lf.0, 1, "{}", by_lf.2);
    says(&by_lf.2, &["error: line 3: ", "error: line 4: 4 fields"]);
    for end in ["\r\r\n", "\r\r\r\n"] {
        let input = file(".csv", &rows.replace('\n', end));
        assert_eq!(both(&input, &["--to", "csv"]), by_lf, "{end:?}");
    }
    let mut records = jsonl(&[adult(), json!({"age": "thirty"}), adult()]);
    let by_lf = both(&file(".jsonl", &records), &[]);
    assert_eq!(by_lf.0, 1, "{}", by_lf.2);
    says(&by_lf.2, &["error: line 2: /age"]);
    records = records.replace('\n', "\r\r\n");
    assert_eq!(both(&file(".jsonl", &records), &[]), by_lf);
}

/// JSON Lines whose lines end with a carriage return alone (old Mac
/// tools) are refused, as CSV is, with what to do: they were one line,
/// every record after the first "not valid JSON: trailing characters".
#[test]
fn json_lines_with_carriage_returns_alone_are_refused() {
    let records = jsonl(&[adult(), adult()]);
    let input = file(".jsonl", &records.replace('\n', "\r"));
    let (code, stdout, stderr) = both(&input, &[]);
    assert_eq!((code, stdout.as_str()), (2, ""), "{stderr}");
    says(
        &stderr,
        &[
            "the input's lines end with a carriage return alone (old Mac line ends), so its \
             records cannot be told apart: save it with LF or CRLF line ends",
        ],
    );
    // One record ended by a carriage return is read.
    let one = file(".jsonl", &format!("{}\r", adult()));
    assert_eq!(both(&one, &[]).0, 0);
    // On a later line, two records on one line: said so, where the
    // parser said "trailing characters".
    let later = file(
        ".jsonl",
        "{\"age\":30}\n{\"age\":30}\r{\"age\":31}\n{\"age\":32}\n",
    );
    let (code, stdout, stderr) = both(&later, &[]);
    assert_eq!(code, 1, "{stderr}");
    says(
        &stderr,
        &[
            "error: line 2: not valid JSON at column 12: more after a carriage return alone \
           (an old Mac line end), where one JSON object is read: end each line with LF or CRLF",
        ],
    );
    assert_eq!(lines(stdout.as_bytes()).len(), 2);
}

/// A carriage return alone on a later line of a CSV file whose first
/// lines end with LF or CRLF: the CSV reader ended a row there and read
/// the rest of the line as another row, both numbered the same, so it
/// is refused, naming its line, once the rows before it are decided and
/// written, as one on the first line is refused. Also when it is the
/// last byte of one read of the input and the first of the next.
#[test]
fn a_carriage_return_alone_on_a_later_csv_line_is_refused_with_its_line() {
    let header = "status,application,age\n";
    let row = "foreign_citizen,issue,30\n";
    for end in ["\n", "\r\n"] {
        let text =
            format!("{header}{row}{}{row}", "foreign_citizen,issue,30\rx,y,z\n").replace('\n', end);
        let (code, stdout, stderr) = both(&file(".csv", &text), &["--to", "csv"]);
        assert_eq!(code, 2, "{stderr}");
        says(
            &stderr,
            &[
                "error: cannot read the input: line 3 holds a carriage return without a line \
                 feed after it (an old Mac line end, where the lines before it end with LF \
                 or CRLF): it would split the line into two rows of one line number; remove \
                 it, or save it with LF or CRLF line ends",
            ],
        );
        let numbered: Vec<&str> = stdout.lines().skip(1).map(|l| &l[..2]).collect();
        assert_eq!(numbered, ["2,"], "{stdout}");
    }
    // Wherever the input's reads end (the CSV reader reads 8 KiB at a
    // time): the row before is decided, the line named.
    for at in 8189..=8194 {
        let mut text = String::from(header);
        let mut line = 1;
        let prefix = "foreign_citizen,issue,";
        while text.len() + row.len() + prefix.len() <= at {
            text.push_str(row);
            line += 1;
        }
        let pad = at - text.len() - prefix.len();
        text.push_str(prefix);
        text.push_str(&" ".repeat(pad));
        assert_eq!(text.len(), at);
        text.push_str("\r30\n");
        text.push_str(row);
        let (code, stdout, stderr) = both(&file(".csv", &text), &["--to", "csv"]);
        assert_eq!(code, 2, "{at}: {stderr}");
        says(
            &stderr,
            &[&format!("line {} holds a carriage return", line + 1)],
        );
        assert_eq!(
            stdout.lines().count(),
            line,
            "{at}: the header and the rows before"
        );
    }
    // In a quoted cell it is the cell's: read, not refused.
    let quoted = file(
        ".csv",
        "status,application,age\n\"foreign_citizen\r\",issue,30\n",
    );
    let (code, stdout, stderr) = both(&quoted, &["--to", "csv"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.lines().nth(1).is_some_and(|l| l.starts_with("2,")),
        "{stdout}"
    );
}

/// A zero byte in text that is not UTF-16 (a file padded with zeros, or
/// cut off while written) is named for what it is, with where; it was
/// called UTF-16, which the rest of the file was not.
#[test]
fn a_zero_byte_in_utf8_text_is_named_not_called_utf16() {
    let text = b"{\"age\": 30}\n{\"age\": 30}\0\n{\"age\": 31}\n";
    let (code, stdout, stderr) = both(&file_of(".jsonl", text), &[]);
    assert_eq!(code, 1, "{stderr}");
    says(
        &stderr,
        &["error: line 2: a zero byte at byte 12, which no JSON text has"],
    );
    assert!(!stderr.contains("UTF-16"), "{stderr}");
    assert_eq!(lines(stdout.as_bytes()).len(), 2, "{stdout}");
    let padded = [&b"{\"age\": 30}"[..], &[0; 40]].concat();
    says(
        &explain_refusal(&padded),
        &["a zero byte at byte 12, which no JSON text has"],
    );
}

/// A quote inside a cell that does not start with one is the cell's own
/// character, as the CSV reader reads it (`12" pipe`): after one, a
/// carriage return alone on a later line is still refused with its line,
/// and one in a quoted cell is still the cell's. (Every quote was taken
/// to open or close a quoted cell: the lone carriage return went through
/// and numbered two rows line 3, and the quoted one stopped the run.)
#[test]
fn a_quote_inside_a_cell_does_not_open_a_quoted_cell() {
    let header = "status,application,age\n";
    let stray = "foreign_\"citizen,issue,31\n";
    let lone = file(
        ".csv",
        &format!("{header}{stray}foreign_citizen,issue,31\rforeign_citizen,issue,32\n"),
    );
    let (code, stdout, stderr) = both(&lone, &["--to", "csv"]);
    assert_eq!(code, 2, "{stderr}");
    // Line 2 read first (its status is no status: a bad record).
    says(&stderr, &["line 2", "line 3 holds a carriage return"]);
    assert_eq!(stdout.lines().count(), 1, "the header only: {stdout}");
    let in_quotes = file(
        ".csv",
        &format!("{header}{stray}foreign_citizen,issue,\"3\r2\"\nforeign_citizen,issue,33\n"),
    );
    let (code, stdout, stderr) = both(&in_quotes, &["--to", "csv"]);
    assert_eq!(
        code, 1,
        "line 2's status and line 3's age are bad: {stderr}"
    );
    let numbered: Vec<&str> = stdout.lines().skip(1).map(|l| &l[..2]).collect();
    assert_eq!(numbered, ["4,"], "{stdout}");
    says(&stderr, &["line 2", "line 3"]);
}

/// In JSON a carriage return is a space: one between the keys of the
/// first record is not an old Mac line end (the whole file was refused).
#[test]
fn a_carriage_return_between_keys_of_the_first_record_is_a_space() {
    let text = "{\"status\":\"foreign_citizen\",\r\"application\":\"issue\",\"age\":30}\n{}\n";
    let (code, stdout, stderr) = both(&file(".jsonl", text), &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(lines(stdout.as_bytes()).len(), 2, "{stdout}");
}

/// A file of `lines`, each `content` padded to `len` bytes with spaces
/// before its last `,` or `}` and ended by `end`, written a piece at a
/// time (no 16 MiB string).
fn padded_lines(suffix: &str, lines: &[(&str, usize, &str)]) -> tempfile::NamedTempFile {
    let f = file(suffix, "");
    let mut w = std::io::BufWriter::new(std::fs::File::create(f.path()).unwrap());
    let spaces = [b' '; 1 << 16];
    for (content, len, end) in lines {
        let (head, tail) = content.split_at(content.rfind([',', '}']).unwrap_or(0));
        w.write_all(head.as_bytes()).unwrap();
        let mut pad = len - content.len();
        while pad > 0 {
            let n = pad.min(spaces.len());
            w.write_all(&spaces[..n]).unwrap();
            pad -= n;
        }
        w.write_all(tail.as_bytes()).unwrap();
        w.write_all(end.as_bytes()).unwrap();
    }
    w.flush().unwrap();
    f
}

/// The cap on a record, 16 MiB (the most a source or facts file may
/// be), is on the record, not on its line end: a line of 16 MiB and
/// `\n`, `\r\n` or `\r\r\n` is decided, one byte more is not. (The line
/// end counted, a record of 16 MiB was refused, in JSON Lines and CSV.)
#[test]
fn a_record_of_16_mib_is_read_whatever_its_line_end() {
    let max = usize::try_from(reglament::source::MAX_FILE_BYTES).unwrap();
    let record = adult().to_string();
    let input = padded_lines(
        ".jsonl",
        &[
            (&record, max, "\n"),
            (&record, max, "\r\n"),
            (&record, max + 1, "\n"),
            (&record, record.len(), "\n"),
            (&record, max, "\r\r\n"),
        ],
    );
    let (code, stdout, stderr) = both(&input, &[]);
    assert_eq!(code, 1, "{stderr}");
    says(
        &stderr,
        &["error: line 3: the record is longer than 16 MiB"],
    );
    let decided: Vec<_> = lines(stdout.as_bytes())
        .iter()
        .map(|d| d["line"].clone())
        .collect();
    assert_eq!(decided, [json!(1), json!(2), json!(4), json!(5)]);
    // A CSV row: spaces before the age, which a cell is read without.
    let header = "status,application,age";
    let row = "foreign_citizen,issue,30";
    for end in ["\n", "\r\n", "\r\r\n"] {
        let fits = padded_lines(
            ".csv",
            &[
                (header, header.len(), end),
                (row, max, end),
                (row, row.len(), end),
            ],
        );
        let (code, stdout, stderr) = both(&fits, &["--to", "csv"]);
        assert_eq!(code, 0, "{end:?}: {stderr}");
        let numbered: Vec<&str> = stdout.lines().skip(1).map(|l| &l[..2]).collect();
        assert_eq!(numbered, ["2,", "3,"], "{end:?}");
        let over = padded_lines(".csv", &[(header, header.len(), end), (row, max + 1, end)]);
        let (code, _, stderr) = both(&over, &["--to", "csv"]);
        assert_eq!(code, 2, "{end:?}: {stderr}");
        says(&stderr, &["the row from line 2 on is longer than 16 MiB"]);
    }
}

/// Every message `decide` says of a bad record, a bad CSV header or a bad
/// run, and `explain`'s of a bad facts file, in one snapshot: the wording
/// lives in `diagnostics/messages/decide.rs`, and this holds it as it is.
#[test]
fn the_messages_of_decide_and_explain_for_bad_input() {
    let mut said = String::new();
    let mut say = |what: &str, input: &tempfile::NamedTempFile, args: &[&str]| {
        let (code, _, stderr) = both(input, args);
        let path = input.path().display().to_string();
        said.push_str(&format!("## {what} (exit {code})\n"));
        said.push_str(&stderr.replace(&path, "INPUT"));
        said.push_str("\n\n");
    };
    let records = [
        "not json",
        "[1, 2]",
        r#"{"age": 30,}"#,
        "{\"age\":\n30",
        r#"{"age": 12, "age": 30}"#,
        r#"{"height": 180}"#,
        r#"{"incapacitated": "no"}"#,
        r#"{"age": "thirty"}"#,
        r#"{"age": -1}"#,
        r#"{"permit_received": "15.03.2018"}"#,
        r#"{"status": "martian"}"#,
        r#"{"accepted": 20251225}"#,
        r#"{"accepted": "25.12.2025"}"#,
        r#"{"accepted": "0000-12-25"}"#,
        r#"{"accepted": "2025-02-30"}"#,
        "{\"status\": \"foreign\u{0}citizen\"}",
    ];
    let mut text = records.join("\n").into_bytes();
    text.extend_from_slice(b"\n{\"status\":\"foreign\xffcitizen\"}\n");
    // Words without quotes: the parser's "expected ident" and "expected
    // value" said in a user's words.
    text.extend_from_slice(b"{\"status\": foreign_citizen}\n{\"age\": x}\n");
    say("JSON Lines", &file_of(".jsonl", &text), &[]);
    say(
        "CSV rows",
        &file_of(
            ".csv",
            b"status,age,accepted\nforeign_citizen,30\nforeign\xff,30,\nforeign_citizen,thirty,2025-13-01\n",
        ),
        &[],
    );
    for (what, header) in [
        ("a column twice", "status,age,status\n"),
        ("semicolons", "status;age;accepted\n"),
        ("tabs", "status\tage\taccepted\n"),
        ("not a fact", "status,height\n"),
        ("old Mac line ends", "status,age\rforeign_citizen,30\r"),
        ("a lone CR later", "status,age\nforeign_citizen,30\nx\ry\n"),
    ] {
        say(what, &file(".csv", header), &[]);
    }
    say(
        "old Mac line ends, JSON Lines",
        &file(".jsonl", "{\"age\":30}\r{\"age\":31}\r"),
        &[],
    );
    say(
        "UTF-16",
        &file_of(".csv", &utf16("status,age\n", true)),
        &[],
    );
    say(
        "not a kind",
        &file(".jsonl", "{}\n"),
        &["--kind", "nothing"],
    );
    let input = file(".jsonl", "{}\n");
    let path = input.path().to_str().unwrap().to_owned();
    say("the output is the input", &input, &["-o", &path]);
    said.push_str("## explain\n");
    for bytes in [
        &b"{\"age\": 12, \"age\": 30}"[..],
        b"{\"age\": 30,}",
        b"{\"height\": 1, \"age\": \"x\"}",
        b"{\"status\": \"caf\xe9\"}",
        &utf16("\u{feff}{}", true),
        b"{\"age\": 30}\r{\"age\": 31}\r",
        b"\xEF\xBB\xBF{\"status\": \"caf\xe9\"}",
    ] {
        said.push_str(&explain_refusal(bytes));
    }
    insta::assert_snapshot!(said);
}
