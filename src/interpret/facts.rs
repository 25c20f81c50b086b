//! Reading an applicant's facts from JSON, checked against the model.

use serde_json::Value as Json;

use super::FactValues;
use crate::diagnostics::messages::decide;
use crate::model::{FactType, Regulation, Value};

/// A problem with one fact in the input.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct FactError {
    /// The JSON path (`/age`).
    pub path: String,
    /// What is wrong.
    pub message: String,
}

/// Reads `{"age": 12, "status": "stateless_person", ...}`. Every problem is
/// reported, not only the first.
pub fn facts_from_json(reg: &Regulation, json: &Json) -> Result<FactValues, Vec<FactError>> {
    let Json::Object(map) = json else {
        return Err(vec![FactError {
            path: "/".to_owned(),
            message: decide::facts_not_an_object(),
        }]);
    };
    let mut facts = FactValues::new();
    let mut errors = Vec::new();
    for (key, value) in map {
        let path = format!("/{}", shown(key));
        let Some(t) = reg.fact_type(key) else {
            errors.push(FactError {
                path,
                message: decide::not_a_fact(key),
            });
            continue;
        };
        match read(reg, &t, value) {
            Ok(v) => {
                facts.insert(key.clone(), v);
            }
            Err(message) => errors.push(FactError { path, message }),
        }
    }
    if errors.is_empty() {
        Ok(facts)
    } else {
        Err(errors)
    }
}

fn read(reg: &Regulation, t: &FactType, value: &Json) -> Result<Value, String> {
    match t {
        FactType::YesNo => value
            .as_bool()
            .map(Value::YesNo)
            .ok_or_else(decide::expected_yes_no),
        FactType::Number { unit } => value
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .map(Value::Number)
            .ok_or_else(|| decide::expected_number(unit.as_deref())),
        FactType::Date => value
            .as_str()
            .and_then(|s| super::parse_date(s).ok())
            .map(Value::Date)
            .ok_or_else(decide::expected_date),
        FactType::Choice { choice } => {
            let options = reg.options(choice);
            match value.as_str() {
                Some(s) if options.contains(&s) => Ok(Value::Option(s.to_owned())),
                _ => Err(decide::expected_one_of(&options)),
            }
        }
    }
}

/// The most of a user's text (a key, a date) a message repeats.
const SHOWN_CHARS: usize = 60;

/// A user's text as a message repeats it: whole when short, else its
/// first 60 characters and `...` (a key of 50 MB was echoed whole, twice);
/// a control or invisible character named, `<U+001B>`, not printed (an
/// escape sequence in a key would otherwise drive the reader's terminal).
pub fn shown(text: &str) -> std::borrow::Cow<'_, str> {
    use std::fmt::Write as _;
    let cut = text.char_indices().nth(SHOWN_CHARS).map(|(end, _)| end);
    let kept = &text[..cut.unwrap_or(text.len())];
    if cut.is_none() && !kept.chars().any(crate::characters::invisible) {
        return text.into();
    }
    let mut out = String::with_capacity(kept.len() + 3);
    for c in kept.chars() {
        if crate::characters::invisible(c) {
            let _ = write!(out, "<U+{:04X}>", u32::from(c));
        } else {
            out.push(c);
        }
    }
    if cut.is_some() {
        out.push_str("...");
    }
    out.into()
}

/// Why a text is not a JSON object of facts, as a user can mend it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonProblem {
    /// UTF-16 text (Windows' "Unicode"): a zero byte in every other place.
    Utf16,
    /// Not UTF-8, from this byte (counted from 1).
    NotUtf8(usize),
    /// A zero byte, at this byte (counted from 1), in text that is not
    /// UTF-16.
    ZeroByte(usize),
    /// A key given twice: which value is meant cannot be told.
    Twice(String),
    /// More after a JSON value, from this column, the first line's end
    /// before it a carriage return alone (old Mac line ends): records
    /// not told apart.
    AfterCarriageReturn(usize),
    /// Not JSON: the parser's words, and where.
    Syntax {
        /// The line (counted from 1).
        line: usize,
        /// The column (counted from 1).
        column: usize,
        /// What is wrong, in the parser's words.
        what: String,
    },
}

impl std::fmt::Display for JsonProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JsonProblem::Utf16 => f.write_str(&decide::utf16("the text")),
            JsonProblem::NotUtf8(at) => f.write_str(&decide::not_utf8(Some(*at))),
            JsonProblem::ZeroByte(at) => f.write_str(&decide::zero_byte(*at)),
            JsonProblem::Twice(key) => f.write_str(&decide::key_twice(key)),
            JsonProblem::AfterCarriageReturn(column) => {
                f.write_str(&decide::after_carriage_return(*column))
            }
            JsonProblem::Syntax { line, column, what } => {
                f.write_str(&decide::not_json(*line, *column, what))
            }
        }
    }
}

/// UTF-16 without a byte-order mark: ASCII text (JSON's braces and
/// quotes, a CSV header's names) written in UTF-16 has a zero byte beside
/// every character, after it (little-endian) or before it (big-endian),
/// and text in UTF-8 has none. Its first 64 bytes are looked at: zero
/// bytes in one of the two places for at least half of the characters,
/// and none in the other.
pub fn utf16_unmarked(start: &[u8]) -> bool {
    let (mut first, mut second, mut chars) = (0, 0, 0);
    for pair in start.chunks_exact(2).take(32) {
        chars += 1;
        first += usize::from(pair[0] == 0);
        second += usize::from(pair[1] == 0);
    }
    (first == 0) != (second == 0) && 2 * first.max(second) >= chars
}

/// Reads JSON as `explain --facts` and `decide` read an applicant's facts:
/// an object given a key twice is refused (a JSON parser keeps the last
/// value without a word, whatever the first said), and a text that is
/// not JSON is said to be so in words a user can act on.
///
/// A byte-order mark at the start is read past (Notepad writes one, and
/// `decide` reads past one at the start of its input), and so is the
/// line end after the last line, which `decide`'s records keep: a
/// record cut short is then said to be so on its own line, not on "line
/// 2, column 0" of a one-line record.
pub fn read_json_object(bytes: &[u8]) -> Result<Json, JsonProblem> {
    let marked = bytes.strip_prefix(b"\xEF\xBB\xBF");
    // Bytes are numbered in the file as an editor shows it, the mark's
    // three bytes included.
    let past_mark = if marked.is_some() { 3 } else { 0 };
    let bytes = marked.unwrap_or(bytes);
    let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
    // Before the UTF-8 check, which would stop at a UTF-16 byte-order mark
    // or a zero byte without saying why. A zero byte is in no JSON text (a
    // control character even in a string is written escaped): in UTF-16
    // every other byte of ASCII text is one; else the file was padded with
    // zeros or cut off while it was written.
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(JsonProblem::Utf16);
    }
    if let Some(at) = memchr::memchr(0, bytes) {
        return Err(if utf16_unmarked(bytes) {
            JsonProblem::Utf16
        } else {
            JsonProblem::ZeroByte(past_mark + at + 1)
        });
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|e| JsonProblem::NotUtf8(past_mark + e.valid_up_to() + 1))?;
    let mut twice = None;
    // From the text checked above: the parser does not check it again,
    // as it would reading bytes.
    let mut de = serde_json::Deserializer::from_str(text);
    let read = serde::de::DeserializeSeed::deserialize(Top { twice: &mut twice }, &mut de)
        .and_then(|json| de.end().map(|()| json));
    match (read, twice) {
        (_, Some(key)) => Err(JsonProblem::Twice(key)),
        (Ok(json), None) => Ok(json),
        (Err(e), None) => {
            // More after the value, on the same line, after a carriage
            // return: lines ended by a carriage return alone, which JSON
            // reads as a space.
            if e.line() == 1 && e.to_string().starts_with("trailing characters") {
                let before = bytes
                    .get(..e.column().saturating_sub(1))
                    .unwrap_or_default();
                let space = &before[before.trim_ascii_end().len()..];
                if space.contains(&b'\r') {
                    return Err(JsonProblem::AfterCarriageReturn(e.column()));
                }
            }
            // The parser's words without its " at line 1 column 11",
            // said first and in the plain way.
            let text = e.to_string();
            let what = text
                .rfind(" at line ")
                .map_or(text.as_str(), |at| &text[..at]);
            Err(JsonProblem::Syntax {
                line: e.line(),
                column: e.column(),
                what: what.to_owned(),
            })
        }
    }
}

/// The outermost JSON value, its keys checked for one given twice.
struct Top<'a> {
    twice: &'a mut Option<String>,
}

impl<'de> serde::de::DeserializeSeed<'de> for Top<'_> {
    type Value = Json;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Top<'_> {
    type Value = Json;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object of fact ids and values")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value: Json = map.next_value()?;
            if object.contains_key(&key) {
                *self.twice = Some(key);
                return Err(serde::de::Error::custom("a key given twice"));
            }
            object.insert(key, value);
        }
        Ok(Json::Object(object))
    }

    // Anything else is read as it is, for the caller to refuse in its words.
    fn visit_bool<E>(self, b: bool) -> Result<Json, E> {
        Ok(Json::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Json, E> {
        Ok(Json::from(n))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Json, E> {
        Ok(Json::from(n))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Json, E> {
        Ok(Json::from(n))
    }

    fn visit_str<E>(self, s: &str) -> Result<Json, E> {
        Ok(Json::from(s))
    }

    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }
}

#[cfg(test)]
mod tests {
    use super::{JsonProblem, read_json_object, shown};

    #[test]
    fn a_key_given_twice_is_refused() {
        let read = read_json_object(br#"{"age":12,"age":30}"#);
        assert_eq!(read, Err(JsonProblem::Twice("age".to_owned())));
        // Nested objects are values, not facts: not checked.
        assert!(read_json_object(br#"{"a":{"b":1}}"#).is_ok());
        assert!(read_json_object(br#"[1,2]"#).is_ok());
    }

    #[test]
    fn problems_are_said_plainly() {
        let bad = read_json_object(b"{\"age\":30,}").unwrap_err();
        assert_eq!(
            bad.to_string(),
            "not valid JSON at column 11: trailing comma"
        );
        assert_eq!(
            read_json_object(b"{\"s\":\"a\xffb\"}").unwrap_err(),
            JsonProblem::NotUtf8(8)
        );
        let utf16: Vec<u8> = "{\"a\":1}"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(read_json_object(&utf16).unwrap_err(), JsonProblem::Utf16);
    }

    #[test]
    fn a_byte_order_mark_and_the_last_line_end_are_read_past() {
        let age = serde_json::json!({"age": 20});
        assert_eq!(
            read_json_object(b"\xEF\xBB\xBF{\"age\":20}"),
            Ok(age.clone())
        );
        assert_eq!(read_json_object(b"{\"age\":20}\r\n"), Ok(age));
        // A record cut short is so on its own line, not on "line 2".
        for cut in [&b"{\"age\":20\n"[..], b"{\"age\":20\r\n", b"{\"age\":20"] {
            assert_eq!(
                read_json_object(cut).unwrap_err().to_string(),
                "not valid JSON at column 9: EOF while parsing an object"
            );
        }
        // A byte is numbered in the file, the mark's bytes counted.
        assert_eq!(
            read_json_object(b"\xEF\xBB\xBF{\"s\":\"a\xffb\"}").unwrap_err(),
            JsonProblem::NotUtf8(11)
        );
        assert_eq!(
            read_json_object(b"\xEF\xBB\xBF{\"s\":\"a\0b\"}").unwrap_err(),
            JsonProblem::ZeroByte(11)
        );
        // Only at the start: one in the middle is not JSON.
        assert!(read_json_object(b"{\"age\":\xEF\xBB\xBF20}").is_err());
    }

    /// Records on one line, told apart by a carriage return alone: said
    /// so, where the parser said "trailing characters".
    #[test]
    fn more_after_a_carriage_return_alone_is_said_to_be_so() {
        let read = read_json_object(b"{\"age\":20}\r {\"age\":30}\n");
        assert_eq!(read, Err(JsonProblem::AfterCarriageReturn(13)));
        let Err(JsonProblem::Syntax { what, .. }) = read_json_object(b"{\"age\":20} {}") else {
            panic!("not a syntax error");
        };
        assert_eq!(what, "trailing characters");
    }

    #[test]
    fn long_text_is_cut() {
        assert_eq!(shown("age"), "age");
        let long = "a".repeat(1000);
        assert_eq!(shown(&long), format!("{}...", "a".repeat(60)));
    }

    #[test]
    fn control_and_invisible_characters_are_named_not_printed() {
        // An escape sequence would colour, move or clear the terminal.
        assert_eq!(shown("age\u{1b}[2J"), "age<U+001B>[2J");
        assert_eq!(shown("a\u{0}b\u{200B}c"), "a<U+0000>b<U+200B>c");
        let long = format!("{}\u{7}", "a".repeat(100));
        assert_eq!(shown(&long), format!("{}...", "a".repeat(60)));
    }
}
