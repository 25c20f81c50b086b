//! Reading records: JSON Lines or CSV, a chunk at a time, counting the
//! bytes read for the progress bar.

use std::io::{self, BufRead, BufReader, Read};

use super::{CHUNK, Chunk, Raw, Record};

/// The input, counting the bytes read (for the progress bar).
pub(super) struct Counted<R> {
    inner: R,
    pub(super) count: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl<R> Counted<R> {
    pub(super) fn new(inner: R) -> Self {
        Counted {
            inner,
            count: std::sync::Arc::default(),
        }
    }
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count
            .fetch_add(n as u64, std::sync::atomic::Ordering::Relaxed);
        Ok(n)
    }
}

/// The longest record read: that of a source file or `--facts` file.
/// A longer line is a bad record, skipped without being held in memory
/// (a 100 MB line took 820 MB; a file without line ends, all it had).
pub(super) const MAX_RECORD_BYTES: u64 = reglament::source::MAX_FILE_BYTES;

/// The most text a chunk holds: with records near [`MAX_RECORD_BYTES`],
/// fewer than [`CHUNK`] of them make a chunk, so memory stays flat.
const CHUNK_BYTES: usize = 16 << 20;

/// Why a record is bad before it is read: too long.
pub(super) fn too_long() -> String {
    format!(
        "the record is longer than {} MiB, the most a record may be: it is skipped unread \
         (is the file JSON Lines, one application a line?)",
        MAX_RECORD_BYTES >> 20
    )
}

/// What the input starts with, looked at before any record is read: a
/// byte-order mark is read past (as in a source file), UTF-16 text is
/// refused, and so is a CSV file whose lines end with a carriage return
/// alone, whose rows the CSV reader would all number "line 1".
pub(super) fn sniff<R: Read>(input: &mut BufReader<R>, csv: bool) -> Result<(), String> {
    let start = input
        .fill_buf()
        .map_err(|e| format!("cannot read the input: {e}"))?;
    if start.starts_with(&[0xFF, 0xFE]) || start.starts_with(&[0xFE, 0xFF]) {
        return Err(
            "the input is UTF-16 text (Windows' \"Unicode\"), not UTF-8: save it as \
             UTF-8 (in Excel: \"CSV UTF-8\"; in Notepad: encoding UTF-8)"
                .to_owned(),
        );
    }
    if start.starts_with(b"\xEF\xBB\xBF") {
        input.consume(3);
    }
    let start = input
        .fill_buf()
        .map_err(|e| format!("cannot read the input: {e}"))?;
    if csv
        && let Some(end) = memchr::memchr2(b'\r', b'\n', start)
        && start[end] == b'\r'
        && start.get(end + 1).is_some_and(|&b| b != b'\n')
    {
        return Err(
            "the input's lines end with a carriage return alone (old Mac \
                     line ends), so its rows cannot be numbered: save it with LF or CRLF \
                     line ends (in Excel: \"CSV UTF-8\" or \"CSV (Windows)\")"
                .to_owned(),
        );
    }
    Ok(())
}

/// A CSV input whose rows are at most [`MAX_RECORD_BYTES`] long: the CSV
/// reader holds a row whole, and a longer one ends the run with an error
/// rather than taking all the memory (a row cannot be skipped as a JSON
/// line is: a quoted cell may hold line breaks). A line break inside
/// quotes does not end the row, so an unclosed quote, which would make the
/// rest of the file one cell, is caught too (a 28 MB file took 360 MB).
/// Quotes are counted as the CSV reader reads them: `""` inside a quoted
/// cell is one quote, twice toggled.
///
/// It also keeps where the `\n` of each `\r\n` line end is, until the rows
/// before it are read: the CSV reader takes a row's position before it
/// reads past the `\n` of the line end before it, so each row of a file
/// with Windows line ends would be numbered one line too low.
pub(super) struct LineCapped<R> {
    inner: R,
    /// Bytes given to the CSV reader so far, whether the last was `\r`,
    /// and the offsets of the `\n`s of `\r\n` line ends not yet passed.
    offset: u64,
    after_cr: bool,
    crlf: std::collections::VecDeque<u64>,
    /// Bytes since the last row's end, line ends so far, the line the
    /// row being read starts on, and whether a quote is open.
    since: u64,
    lines: u64,
    row_line: u64,
    quoted: bool,
}

impl<R> LineCapped<R> {
    pub(super) fn new(inner: R) -> Self {
        LineCapped {
            inner,
            offset: 0,
            after_cr: false,
            crlf: std::collections::VecDeque::new(),
            since: 0,
            lines: 0,
            row_line: 1,
            quoted: false,
        }
    }

    /// The line a row starts on, from the CSV reader's position for it:
    /// one more when the position is the `\n` of a `\r\n`.
    fn line_of(&mut self, position: Option<&csv::Position>) -> u64 {
        let Some(position) = position else { return 0 };
        while self.crlf.front().is_some_and(|&at| at < position.byte()) {
            self.crlf.pop_front();
        }
        position.line() + u64::from(self.crlf.front() == Some(&position.byte()))
    }
}

impl<R: Read> Read for LineCapped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let read = &buf[..n];
        let mut row_start = None;
        for at in memchr::memchr2_iter(b'"', b'\n', read) {
            if read[at] == b'"' {
                self.quoted = !self.quoted;
            } else {
                let cr = if at == 0 {
                    self.after_cr
                } else {
                    read[at - 1] == b'\r'
                };
                if cr {
                    self.crlf.push_back(self.offset + at as u64);
                }
                self.lines += 1;
                if !self.quoted {
                    row_start = Some(at + 1);
                    self.row_line = self.lines + 1;
                }
            }
        }
        self.offset += n as u64;
        if let Some(&last) = read.last() {
            self.after_cr = last == b'\r';
        }
        match row_start {
            Some(start) => self.since = (n - start) as u64,
            None => self.since += n as u64,
        }
        if self.since > MAX_RECORD_BYTES {
            let open = if self.quoted {
                " (was a quote left open?)"
            } else {
                ""
            };
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "the row from line {} on is longer than {} MiB, the most a record may \
                     be{open}",
                    self.row_line,
                    MAX_RECORD_BYTES >> 20
                ),
            ));
        }
        Ok(n)
    }
}

pub(super) enum Reader<R: Read> {
    Json {
        input: BufReader<R>,
        line: u64,
    },
    Csv {
        reader: Box<csv::Reader<LineCapped<BufReader<R>>>>,
        /// Why the input cannot be read on, kept until the rows read
        /// before it are decided and written.
        stopped: Option<String>,
    },
}

impl<R: Read> Reader<R> {
    /// Up to [`CHUNK`] records, into the buffers of `spare` (a chunk done
    /// with, left empty); none at the end of the input. JSON Lines go
    /// into one buffer, each record a range of it.
    pub(super) fn chunk(&mut self, spare: &mut Chunk) -> Result<Chunk, String> {
        let mut chunk = std::mem::take(spare);
        chunk.bytes.clear();
        chunk.records.clear();
        chunk.records.reserve(CHUNK);
        match self {
            Reader::Json { input, line } => {
                while chunk.records.len() < CHUNK && chunk.bytes.len() < CHUNK_BYTES {
                    let start = chunk.bytes.len();
                    let n = read_line(input, &mut chunk.bytes)
                        .map_err(|e| format!("cannot read the input: {e}"))?;
                    if n == 0 {
                        break;
                    }
                    *line += 1;
                    if n > MAX_RECORD_BYTES as usize {
                        chunk.bytes.truncate(start);
                        chunk.records.push(Record {
                            line: *line,
                            raw: Raw::Broken(too_long()),
                        });
                        continue;
                    }
                    if chunk.bytes[start..].iter().all(u8::is_ascii_whitespace) {
                        chunk.bytes.truncate(start);
                        continue;
                    }
                    chunk.records.push(Record {
                        line: *line,
                        raw: Raw::Json(start..chunk.bytes.len()),
                    });
                }
            }
            Reader::Csv { reader, stopped } => {
                if let Some(why) = stopped.take() {
                    return Err(why);
                }
                let records = &mut chunk.records;
                while records.len() < CHUNK {
                    let mut record = csv::StringRecord::new();
                    match reader.read_record(&mut record) {
                        Ok(false) => break,
                        Ok(true) => records.push(Record {
                            line: reader.get_mut().line_of(record.position()),
                            raw: Raw::Csv(record),
                        }),
                        // A row the CSV reader refuses (a wrong number of
                        // fields, bad UTF-8) is a bad record, not the end.
                        Err(e) => {
                            let line = reader.get_mut().line_of(e.position());
                            if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                                let why = format!("cannot read the input: {e}");
                                if records.is_empty() {
                                    return Err(why);
                                }
                                *stopped = Some(why);
                                break;
                            }
                            let reason = match e.kind() {
                                csv::ErrorKind::UnequalLengths {
                                    expected_len, len, ..
                                } => format!("{len} fields where the header has {expected_len}"),
                                csv::ErrorKind::Utf8 { .. } => {
                                    "not valid UTF-8: save the file as UTF-8 (in Excel: \
                                     \"CSV UTF-8\")"
                                        .to_owned()
                                }
                                _ => e.to_string(),
                            };
                            records.push(Record {
                                line,
                                raw: Raw::Broken(reason),
                            });
                        }
                    }
                }
            }
        }
        Ok(chunk)
    }
}

/// One line, its `\n` included, appended to `out`: `read_until`, but
/// with the `memchr` crate's search for the line's end, which reads a
/// line of a thousand bytes in about a tenth of the instructions of the
/// standard library's (a fourteenth of a record's cost, before). A line
/// longer than [`MAX_RECORD_BYTES`] is read to its end but not kept
/// past that: its length is still what is returned.
fn read_line(input: &mut impl BufRead, out: &mut Vec<u8>) -> io::Result<usize> {
    let mut read = 0;
    let cap = MAX_RECORD_BYTES as usize + 1;
    loop {
        let buf = match input.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            return Ok(read);
        }
        let (used, done) = match memchr::memchr(b'\n', buf) {
            Some(i) => (i + 1, true),
            None => (buf.len(), false),
        };
        // One comparison a buffer's fill: past the cap, nothing is kept.
        let kept = used.min(cap.saturating_sub(read));
        out.extend_from_slice(&buf[..kept]);
        input.consume(used);
        read += used;
        if done {
            return Ok(read);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::BufReader;

    /// Lines come out as `read_until` gives them, also when a line
    /// spans several fills of the reader's buffer or has no `\n` at the end.
    #[test]
    fn read_line_splits_as_read_until_does() {
        let text = b"{\"a\":1}\n\n  {\"b\":\"a longer line than the buffer\"}\r\n{\"c\":2}";
        let mut ours = Vec::new();
        let mut input = BufReader::with_capacity(4, &text[..]);
        loop {
            let mut line = Vec::new();
            if super::read_line(&mut input, &mut line).unwrap() == 0 {
                break;
            }
            ours.push(line);
        }
        let theirs: Vec<Vec<u8>> = text
            .split_inclusive(|&b| b == b'\n')
            .map(<[u8]>::to_vec)
            .collect();
        assert_eq!(ours, theirs);
        assert_eq!(ours.len(), 4);
    }
}
