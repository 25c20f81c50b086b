//! Reading records: JSON Lines or CSV, a chunk at a time, counting the
//! bytes read for the progress bar.

use std::io::{self, BufRead, BufReader, Read};

use reglament::diagnostics::messages::decide as messages;

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

/// Bytes [`sniff`] looks at: the first read gives at least these (or
/// the whole input), even from a pipe whose writer gave a byte first.
const SNIFFED: usize = 64;

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let mut n = self.inner.read(buf)?;
        if self.count.load(std::sync::atomic::Ordering::Relaxed) == 0 {
            let want = SNIFFED.min(buf.len());
            while n > 0 && n < want {
                match self.inner.read(&mut buf[n..]) {
                    Ok(0) => break,
                    Ok(more) => n += more,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    // Given with the next read, which meets it again.
                    Err(_) => break,
                }
            }
        }
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

/// What the input starts with, looked at before any record is read: a
/// byte-order mark is read past (as in a source file), UTF-16 text is
/// refused, with a byte-order mark or without, and so is input whose
/// lines end with a carriage return alone: the CSV reader would number
/// every row "line 1", and JSON Lines would be one line, every record
/// after the first "not valid JSON".
pub(super) fn sniff<R: Read>(input: &mut BufReader<R>, csv: bool) -> Result<(), String> {
    let start = input
        .fill_buf()
        .map_err(|e| messages::cannot_read_input(&e))?;
    if start.starts_with(&[0xFF, 0xFE])
        || start.starts_with(&[0xFE, 0xFF])
        || reglament::interpret::utf16_unmarked(start)
    {
        return Err(messages::utf16("the input"));
    }
    if start.starts_with(b"\xEF\xBB\xBF") {
        input.consume(3);
    }
    let start = input
        .fill_buf()
        .map_err(|e| messages::cannot_read_input(&e))?;
    // The first line's end: a carriage return with neither a line feed
    // nor more carriage returns and then a line feed after it. (`\r\r\n`,
    // what a program on Windows writes when it puts `\r\n` through a
    // text-mode file, is one line end: the CSV reader ends the row at the
    // first `\r` and skips the empty line after, and JSON reads a `\r` as
    // a space.)
    // In JSON a carriage return is also a space, which may stand between
    // a record's keys: there it ends a line only between records, after
    // a `}` and before a `{` (or the end of what was read).
    if let Some(end) = memchr::memchr2(b'\r', b'\n', start) {
        let after = start[end..].iter().position(|&b| b != b'\r');
        let between_records = || {
            let before = start[..end]
                .iter()
                .rev()
                .find(|&&b| b != b' ' && b != b'\t');
            let next = after.map(|n| start[end + n]);
            before == Some(&b'}') && matches!(next, None | Some(b'{'))
        };
        if start[end] == b'\r'
            && after.is_some_and(|n| start[end + n] != b'\n')
            && (csv || between_records())
        {
            return Err(messages::old_mac_line_ends(csv));
        }
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
/// A carriage return alone (out of quotes) after the first line ends
/// the run, once the rows before its row are read: the CSV reader would
/// end a row at it and read the rest of the line as another row, both
/// numbered as the one line.
///
/// It also keeps where the `\n` of each `\r\n` line end is, until the rows
/// before it are read: the CSV reader takes a row's position before it
/// reads past the `\n` of the line end before it, so each row of a file
/// with Windows line ends would be numbered one line too low. (Of a
/// `\r\r\n`, it takes the position of the second `\r`: that is kept.)
pub(super) struct LineCapped<R> {
    inner: R,
    /// Bytes given to the CSV reader so far, where the last run of `\r`s
    /// starts and ends, and the offsets of the `\n`s of `\r\n` line ends
    /// (the byte after the first `\r` of `\r\r\n`) not yet passed.
    offset: u64,
    cr_run: (u64, u64),
    crlf: std::collections::VecDeque<u64>,
    /// Bytes since the last row's end, line ends so far, the line the
    /// row being read starts on, and whether a quote is open.
    since: u64,
    lines: u64,
    row_line: u64,
    quoted: bool,
    /// Where a quote just closed a quoted cell (the byte after it), and
    /// the last byte given: a quote opens a cell only after a comma or
    /// a line end.
    closed: u64,
    last: u8,
    /// Whether a carriage return ending the last read is held back, or
    /// was given (alone, into a buffer of one byte), and why the input cannot
    /// be read on, once the rows before the reason are read.
    cr_held: bool,
    cr_last: bool,
    failed: Option<String>,
}

impl<R> LineCapped<R> {
    pub(super) fn new(inner: R) -> Self {
        LineCapped {
            inner,
            offset: 0,
            cr_run: (0, 0),
            crlf: std::collections::VecDeque::new(),
            since: 0,
            lines: 0,
            row_line: 1,
            quoted: false,
            closed: u64::MAX,
            last: b'\n',
            cr_held: false,
            cr_last: false,
            failed: None,
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

impl<R: Read> LineCapped<R> {
    /// Ends the run: the first `keep` bytes of this read (the rows before
    /// the one at fault) go to the CSV reader, to be decided and written,
    /// and the next read says why; with none, this one says it.
    fn stop(&mut self, why: String, keep: usize) -> io::Result<usize> {
        if keep == 0 {
            return Err(io::Error::new(io::ErrorKind::InvalidData, why));
        }
        self.failed = Some(why);
        self.offset += keep as u64;
        Ok(keep)
    }
}

impl<R: Read> Read for LineCapped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if let Some(why) = self.failed.take() {
            return Err(io::Error::new(io::ErrorKind::InvalidData, why));
        }
        if buf.is_empty() {
            return Ok(0);
        }
        // A carriage return that ended the last read is held back until
        // the byte after it is read: whether it is alone cannot be told
        // before, and the CSV reader would end a row at it.
        let held = usize::from(std::mem::take(&mut self.cr_held));
        if held == 1 {
            buf[0] = b'\r';
        }
        let got = if buf.len() > held {
            match self.inner.read(&mut buf[held..]) {
                Ok(got) => got,
                Err(e) => {
                    self.cr_held = held == 1;
                    return Err(e);
                }
            }
        } else {
            0
        };
        let mut n = held + got;
        // A read of the carriage return alone: the byte after it is read
        // now (not at the end of the input, where it ends the last line).
        if held == 0 && n == 1 && buf[0] == b'\r' && buf.len() > 1 {
            match self.inner.read(&mut buf[1..]) {
                Ok(more) => n += more,
                Err(e) => {
                    self.cr_held = true;
                    return Err(e);
                }
            }
        }
        if n > 1 && buf[n - 1] == b'\r' {
            n -= 1;
            self.cr_held = true;
        }
        let read = &buf[..n];
        // A carriage return given alone last time (into a buffer of one
        // byte): alone unless this read goes on with its line end.
        if std::mem::take(&mut self.cr_last)
            && read.first().is_some_and(|&b| b != b'\n' && b != b'\r')
        {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                messages::csv_lone_carriage_return(self.lines + 1),
            ));
        }
        let mut row_start = None;
        for at in memchr::memchr3_iter(b'"', b'\n', b'\r', read) {
            let here = self.offset + at as u64;
            match read[at] {
                // As the CSV reader reads quotes: one opens a quoted cell
                // only at the start of a cell, and one right after the quote
                // that closed the cell is a quote escaped, inside it again;
                // any other is the cell's own character (`12" pipe`).
                b'"' if self.quoted => {
                    self.quoted = false;
                    self.closed = here + 1;
                }
                b'"' => {
                    let before = if at > 0 { read[at - 1] } else { self.last };
                    if matches!(before, b',' | b'\n' | b'\r') || self.closed == here {
                        self.quoted = true;
                    }
                }
                b'\r' => {
                    if self.cr_run.1 == here && self.cr_run.0 < here {
                        self.cr_run.1 = here + 1;
                    } else {
                        self.cr_run = (here, here + 1);
                    }
                    // In a quoted cell, a carriage return is the cell's;
                    // out of one, it is a line end, whole only with a line
                    // feed after it (and maybe more carriage returns
                    // before that: `\r\r\n`, read as one line end).
                    match read.get(at + 1) {
                        _ if self.quoted => {}
                        None => self.cr_last = true,
                        Some(b'\r' | b'\n') => {}
                        Some(_) => {
                            let why = messages::csv_lone_carriage_return(self.lines + 1);
                            return self.stop(why, row_start.unwrap_or(0));
                        }
                    }
                }
                _ => {
                    let (first, end) = self.cr_run;
                    let after_cr = first < end && end == here;
                    if after_cr {
                        self.crlf.push_back(first + 1);
                    }
                    self.lines += 1;
                    if !self.quoted {
                        // The row's length, its line end not counted: a
                        // row of 16 MiB and `\r\n` or `\r\r\n` is not over
                        // the cap.
                        let len = match row_start {
                            Some(start) => (at - start) as u64,
                            None => self.since + at as u64,
                        } - if after_cr { end - first } else { 0 };
                        if len > MAX_RECORD_BYTES {
                            let why = messages::csv_row_too_long(self.row_line, false);
                            return self.stop(why, row_start.unwrap_or(0));
                        }
                        row_start = Some(at + 1);
                        self.row_line = self.lines + 1;
                    }
                }
            }
        }
        match row_start {
            Some(start) => self.since = (n - start) as u64,
            None => self.since += n as u64,
        }
        // A row not ended yet, already over the cap: not held whole.
        if self.since > MAX_RECORD_BYTES {
            let why = messages::csv_row_too_long(self.row_line, self.quoted);
            return self.stop(why, row_start.unwrap_or(0));
        }
        if let Some(&b) = read.last() {
            self.last = b;
        }
        self.offset += n as u64;
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
                    let (n, end) = read_line(input, &mut chunk.bytes)
                        .map_err(|e| messages::cannot_read_input(&e))?;
                    if n == 0 {
                        break;
                    }
                    *line += 1;
                    // The cap is the record's, not its line end's: a line
                    // of 16 MiB and `\r\n` or `\r\r\n` is read.
                    if n - end > MAX_RECORD_BYTES as usize {
                        chunk.bytes.truncate(start);
                        chunk.records.push(Record {
                            line: *line,
                            raw: Raw::Broken(messages::record_too_long()),
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
                                let why = messages::cannot_read_input(&e);
                                if records.is_empty() {
                                    return Err(why);
                                }
                                *stopped = Some(why);
                                break;
                            }
                            let reason = match e.kind() {
                                csv::ErrorKind::UnequalLengths {
                                    expected_len, len, ..
                                } => messages::csv_field_count(*len, *expected_len),
                                csv::ErrorKind::Utf8 { .. } => messages::not_utf8(None),
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
/// longer than [`MAX_RECORD_BYTES`] and a line end is read to its end
/// but not kept past that. Returns its length, and its line end's: the
/// `\n` and the carriage returns before it (`\r\n`, `\r\r\n`), or the
/// carriage returns that end the input.
fn read_line(input: &mut impl BufRead, out: &mut Vec<u8>) -> io::Result<(usize, usize)> {
    let mut read = 0;
    // Carriage returns at the end of what is read so far.
    let mut crs = 0;
    let cap = MAX_RECORD_BYTES as usize + 2;
    loop {
        let buf = match input.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            return Ok((read, crs));
        }
        let (used, done) = match memchr::memchr(b'\n', buf) {
            Some(i) => (i + 1, true),
            None => (buf.len(), false),
        };
        let piece = &buf[..used - usize::from(done)];
        let trailing = piece.iter().rev().take_while(|&&b| b == b'\r').count();
        crs = if trailing == piece.len() {
            crs + trailing
        } else {
            trailing
        };
        // One comparison a buffer's fill: past the cap, nothing is kept.
        let kept = used.min(cap.saturating_sub(read));
        out.extend_from_slice(&buf[..kept]);
        input.consume(used);
        read += used;
        if done {
            return Ok((read, crs + 1));
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::{BufReader, Read as _};

    /// What the input starts with is judged on its first bytes, not on
    /// the first byte a pipe gives: UTF-16 is refused, a byte-order mark
    /// read past, whatever the pipe's first read. (On its first read of
    /// one byte, UTF-16 went through and its zero bytes were echoed.)
    #[test]
    fn the_input_is_sniffed_on_its_first_bytes_however_a_pipe_gives_them() {
        let utf16: Vec<u8> = "status,age\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let mut input = BufReader::new(super::Counted::new(Trickle(&utf16, 1)));
        assert!(super::sniff(&mut input, true).is_err());
        let marked = b"\xEF\xBB\xBFstatus,age\nforeign_citizen,30\n";
        let mut input = BufReader::new(super::Counted::new(Trickle(marked, 1)));
        assert!(super::sniff(&mut input, true).is_ok());
        let mut rest = String::new();
        input.read_to_string(&mut rest).unwrap();
        assert_eq!(rest, "status,age\nforeign_citizen,30\n");
    }

    /// Lines come out as `read_until` gives them, also when a line
    /// spans several fills of the reader's buffer or has no `\n` at the end.
    #[test]
    fn read_line_splits_as_read_until_does() {
        let text = b"{\"a\":1}\n\n  {\"b\":\"a longer line than the buffer\"}\r\n{\"c\":2}";
        let mut ours = Vec::new();
        let mut input = BufReader::with_capacity(4, &text[..]);
        loop {
            let mut line = Vec::new();
            if super::read_line(&mut input, &mut line).unwrap().0 == 0 {
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

    /// Input given a few bytes a read, as a pipe may give it.
    struct Trickle<'a>(&'a [u8], usize);

    impl std::io::Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.1.min(buf.len()).min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    /// The rows' lines as the CSV reader gives them through
    /// [`super::LineCapped`], or why it stopped.
    fn rows(text: &[u8], step: usize) -> (Vec<u64>, Option<String>) {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(super::LineCapped::new(Trickle(text, step)));
        let mut lines = Vec::new();
        loop {
            let mut record = csv::StringRecord::new();
            match reader.read_record(&mut record) {
                Ok(false) => return (lines, None),
                Ok(true) => lines.push(reader.get_mut().line_of(record.position())),
                Err(e) => return (lines, Some(e.to_string())),
            }
        }
    }

    /// A carriage return alone is told from one of `\r\n` or `\r\r\n`
    /// wherever the input's reads end: between it and the byte after it
    /// too, also when each read gives one byte.
    #[test]
    fn a_carriage_return_alone_is_found_wherever_the_reads_end() {
        for step in [1, 2, 3, 5, 8192] {
            let (lines, stopped) = rows(b"a,b\r\n1,2\r\r\n3,4\n\"5\r\",6\r\n7,8\r", step);
            assert_eq!((lines, stopped), (vec![2, 3, 4, 5], None), "{step}");
            let (lines, stopped) = rows(b"a,b\n1,2\n3\r,4\n5,6\n", step);
            assert_eq!(lines, [2], "{step}");
            assert!(
                stopped
                    .as_ref()
                    .is_some_and(|why| why.contains("line 3 holds a carriage return")),
                "{step}: {stopped:?}"
            );
        }
    }
}
