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

/// A CSV input whose lines are at most [`MAX_RECORD_BYTES`] long: the
/// CSV reader holds a row whole, and a longer line ends the run with an
/// error rather than taking all the memory (a row cannot be skipped as
/// a JSON line is: a quoted cell may hold line breaks).
pub(super) struct LineCapped<R> {
    inner: R,
    /// Bytes since the last line end, and line ends so far.
    since: u64,
    lines: u64,
}

impl<R> LineCapped<R> {
    pub(super) fn new(inner: R) -> Self {
        LineCapped {
            inner,
            since: 0,
            lines: 0,
        }
    }
}

impl<R: Read> Read for LineCapped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let read = &buf[..n];
        match memchr::memrchr(b'\n', read) {
            Some(last) => {
                self.lines += memchr::memchr_iter(b'\n', read).count() as u64;
                self.since = (n - last - 1) as u64;
            }
            None => self.since += n as u64,
        }
        if self.since > MAX_RECORD_BYTES {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "line {} is longer than {} MiB, the most a record may be",
                    self.lines + 1,
                    MAX_RECORD_BYTES >> 20
                ),
            ));
        }
        Ok(n)
    }
}

pub(super) enum Reader<R: Read> {
    Json { input: BufReader<R>, line: u64 },
    Csv(csv::Reader<LineCapped<BufReader<R>>>),
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
            Reader::Csv(csv) => {
                let records = &mut chunk.records;
                while records.len() < CHUNK {
                    let mut record = csv::StringRecord::new();
                    match csv.read_record(&mut record) {
                        Ok(false) => break,
                        Ok(true) => records.push(Record {
                            line: record.position().map_or(0, csv::Position::line),
                            raw: Raw::Csv(record),
                        }),
                        // A row the CSV reader refuses (a wrong number of
                        // fields, bad UTF-8) is a bad record, not the end.
                        Err(e) => {
                            let line = e.position().map_or(0, csv::Position::line);
                            if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                                return Err(format!("cannot read the input: {e}"));
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
