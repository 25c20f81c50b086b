//! `reglament decide`: many applications decided at once.
//!
//! Records come in as JSON Lines or CSV (one applicant's facts per record,
//! with the day the application was accepted) and decisions go out in the
//! same order, as JSON Lines (each `explain --format json`'s answer) or
//! CSV (one row per application). The input is read in chunks, each chunk
//! decided on every core while the next is read and the last written, so
//! memory stays flat whatever the size of the input. A bad record is
//! reported with its line number and skipped.
//!
//! Records are decided by the interpreter's [`Plan`]: conditions compiled
//! once over fact numbers, each JSON record read straight into them, the
//! answer written as `explain` would print it. Whatever the plan does not
//! answer (a bad record, above all) goes to `explain` itself, which says
//! why; `--interpreter` sends every record there, for tests.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Instant;

use jiff::civil::Date;
use rayon::prelude::*;
use reglament::diagnostics::messages::decide as messages;
use reglament::interpret::{Plan, Query, Scratch, Versions, facts_from_json};
use reglament::model::{FactType, Regulation};
use serde_json::Value as Json;

mod facts;
mod output;
mod records;
mod row;
mod summary;

use facts::csv_columns;
use output::{Output, write_failed};
use records::{Counted, Reader};
use row::{decimal, overdue, row, write_row};
use summary::{Summary, progress_bar};

use super::MessageFormat;
use super::common::{FAILED, OK, one_regulation, usage_error};

/// Records decided together: enough to keep every core busy, few enough
/// that memory does not grow with the input.
const CHUNK: usize = 4096;

/// Records one thread decides in a row, into one buffer: few enough
/// that at the end of a chunk one thread does not decide the last batch
/// long while the other waits (128 left up to half a millisecond a
/// chunk, a few per cent of the run, to one thread).
const BATCH: usize = 32;

/// Arguments of `decide`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The applications: JSON Lines (one JSON object of facts per line, as
    /// `explain --facts` reads them) or CSV (a header of fact ids, one
    /// application per row); `-` reads standard input.
    #[arg(value_name = "FILE")]
    input: PathBuf,
    /// The input's format (default: by the file's extension, `.csv` for
    /// CSV, else JSON Lines).
    #[arg(long, value_enum, value_name = "FORMAT")]
    from: Option<Format>,
    /// The output's format.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = Format::Jsonl)]
    to: Format,
    /// Write the decisions here (default: standard output).
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The field (a key or a column) holding the day each application was
    /// accepted, YYYY-MM-DD; a record without it (nor the acceptance
    /// event's date) gets no deadline, unless `--accepted` gives one.
    #[arg(long, value_name = "NAME", default_value = "accepted")]
    accepted_field: String,
    /// The acceptance date of records that do not give one (neither in
    /// the field nor as the acceptance event's date).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::common::parse_date)]
    accepted: Option<Date>,
    /// The kind of application (an `application` id such as `issue`), for
    /// every record; else each record's `application` fact.
    #[arg(long, value_name = "KIND")]
    kind: Option<String>,
    /// Only the applications whose deadline has passed on this day: the
    /// last day of every term that applies is before it.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::common::parse_date)]
    overdue_on: Option<Date>,
    /// The regulation (a main `.rgl` file or a directory holding one; default: `regulations/`).
    #[arg(long, value_name = "PATH")]
    regulation: Option<PathBuf>,
    /// Decide every record with `explain` itself rather than the compiled
    /// plan (slower; the tests compare the two).
    #[arg(long, hide = true)]
    interpreter: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// JSON Lines: one JSON object per line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
}

/// The columns of CSV output.
/// Columns are only ever added at the end, so that a reader that takes
/// them by position goes on working.
const CSV_HEADER: [&str; 10] = [
    "line",
    "application",
    "categories",
    "terms",
    "deadlines",
    "documents",
    "representative",
    "undetermined",
    "term_needs",
    "deadline_errors",
];

/// Records as read, before they are decided.
#[derive(Default)]
struct Chunk {
    /// JSON Lines: the records' text, one after the other.
    bytes: Vec<u8>,
    records: Vec<Record>,
}

/// One record as read, before it is decided.
struct Record {
    /// Its line in the input (1-based; in a CSV file the header is line 1).
    line: u64,
    raw: Raw,
}

enum Raw {
    /// Its bytes in the chunk.
    Json(std::ops::Range<usize>),
    Csv(csv::StringRecord),
    /// A row the CSV reader refused (a wrong number of fields, bad UTF-8).
    Broken(String),
}

/// What became of a run of records: their output, in order, and the
/// bad ones.
struct Batch {
    out: Vec<u8>,
    decided: u64,
    listed: u64,
    bad: u64,
    /// The bad records' lines for standard error, written as each is
    /// met (once, not into a `String` of its own and again into a line).
    errors: Vec<u8>,
}

/// Why a record is bad.
enum Bad {
    Said(String),
    /// What `explain` would refuse it with, in its words.
    Refused(reglament::interpret::ExplainError),
}

impl From<String> for Bad {
    fn from(reason: String) -> Bad {
        Bad::Said(reason)
    }
}

impl std::fmt::Display for Bad {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Bad::Said(reason) => f.write_str(reason),
            Bad::Refused(e) => e.fmt(f),
        }
    }
}

/// Where a batch's output goes.
enum Out {
    Json(Vec<u8>),
    // Boxed: the CSV writer carries its state, and there is one a batch.
    Csv(Box<CsvOut>),
}

/// A batch's CSV writer, and the columns of the record at hand, kept
/// from one record to the next.
struct CsvOut {
    w: csv::Writer<Vec<u8>>,
    fields: [Vec<u8>; 9],
}

/// What every record is decided with.
struct Setup<'a> {
    reg: &'a Regulation,
    args: &'a Args,
    /// CSV: the type of each column's fact (`None` for the acceptance date).
    columns: Vec<(String, Option<FactType>)>,
    /// The regulation's versions, each rebuilt once for all the records
    /// accepted while it was in force, not once per record.
    versions: Versions<'a>,
    plan: Plan<'a>,
    /// Each thread's working space, taken for a batch and put back.
    scratches: Mutex<Vec<Scratch>>,
    /// Output buffers, taken for a batch and put back once written: the
    /// same few serve the whole run.
    buffers: Mutex<Vec<Vec<u8>>>,
}

pub fn run(args: &Args, message_format: MessageFormat) -> u8 {
    let reg = match one_regulation(args.regulation.as_ref(), message_format) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let reg = &reg;
    if let Some(kind) = &args.kind
        && let Err(unknown) = reglament::interpret::known_application(reg, kind)
    {
        return usage_error(&unknown.to_string());
    }
    match decide_all(reg, args) {
        Ok(summary) => {
            eprintln!("{}", summary.words());
            if summary.bad > 0 { FAILED } else { OK }
        }
        Err(Stopped { why, so_far }) => {
            let code = usage_error(&why);
            if let Some((summary, kept)) = so_far {
                eprintln!(
                    "{}",
                    messages::stopped_after(summary.decided, summary.bad, kept.as_deref())
                );
            }
            code
        }
    }
}

/// A run that could not finish: why, and, once records were being
/// decided, how many were, and the `-o` file left as it was, if any.
struct Stopped {
    why: String,
    so_far: Option<(Summary, Option<PathBuf>)>,
}

impl From<String> for Stopped {
    fn from(why: String) -> Self {
        Stopped { why, so_far: None }
    }
}

fn decide_all(reg: &Regulation, args: &Args) -> Result<Summary, Stopped> {
    let started = Instant::now();
    let stdin = args.input.as_os_str() == "-";
    let (input, size): (Box<dyn Read + Send>, Option<u64>) = if stdin {
        (Box::new(io::stdin()), None)
    } else {
        let file = File::open(&args.input).map_err(|e| {
            format!(
                "cannot read `{}`: {}",
                args.input.display(),
                reglament::load::io_reason(&e)
            )
        })?;
        let size = file.metadata().ok().map(|m| m.len());
        (Box::new(file), size)
    };
    let from = args.from.unwrap_or_else(|| {
        let csv = args
            .input
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
        if csv { Format::Csv } else { Format::Jsonl }
    });
    let counted = Counted::new(input);
    let read_bytes = counted.count.clone();
    let mut input = BufReader::with_capacity(1 << 16, counted);
    records::sniff(&mut input, from == Format::Csv)
        .map_err(|e| format!("`{}`: {e}", args.input.display()))?;
    let mut reader = match from {
        Format::Jsonl => Reader::Json { input, line: 0 },
        Format::Csv => Reader::Csv {
            reader: Box::new(
                csv::ReaderBuilder::new()
                    .has_headers(true)
                    .flexible(false)
                    .from_reader(records::LineCapped::new(input)),
            ),
            stopped: None,
        },
    };
    let columns = match &mut reader {
        Reader::Csv { reader, .. } => {
            let header = reader
                .headers()
                .map_err(|e| format!("`{}`: {e}", args.input.display()))?;
            csv_columns(reg, header, &args.accepted_field)?
        }
        Reader::Json { .. } => Vec::new(),
    };
    let plan = Plan::new(reg);
    let setup = Setup {
        reg,
        args,
        columns,
        versions: Versions::new(reg),
        plan,
        scratches: Mutex::new(Vec::new()),
        buffers: Mutex::new(Vec::new()),
    };

    let out = Output::open(args.output.as_deref(), &args.input, stdin)?;
    // A file written beside and put in place at the end is as it was when
    // the run stops; a device or standard output has what was written.
    let kept = args.output.clone().filter(|_| out.staged());
    // Small: a batch's output, larger, goes straight through rather than
    // copied into the buffer first (a batch under the buffer's size was,
    // 2% of the instructions with batches of 32 records).
    let mut out = BufWriter::with_capacity(1 << 13, out);
    if args.to == Format::Csv {
        let mut header = csv::Writer::from_writer(Vec::new());
        header.write_record(CSV_HEADER).map_err(|e| e.to_string())?;
        let header = header.into_inner().map_err(|e| e.to_string())?;
        write_out(&mut out, &header)?;
    }

    let progress = progress_bar(size);
    let mut summary = Summary {
        overdue: args.overdue_on.map(|_| 0),
        ..Summary::default()
    };
    // The chunk before last, whose buffers the next chunk is read into:
    // a chunk's text is some megabytes, grown afresh each time it cost
    // more than reading it.
    let mut spare = Chunk::default();
    let mut chunk = reader.chunk(&mut spare)?;
    let mut pending: Vec<Batch> = Vec::new();
    let mut bad = Vec::new();
    // The loop runs on one of the pool's threads, not on the main one:
    // each chunk's `join` then keeps one half on this thread and leaves
    // the other to the pool's other thread, instead of handing the whole
    // join to the pool and waking the main thread when it is done, twice
    // a chunk.
    // Whether the run stopped because the input could not be read on
    // (then how far it went is said), not because the decisions could
    // not be written (then the reason says it all).
    let mut input_stopped = false;
    let run = rayon::scope(|_| -> Result<(), String> {
        while !chunk.records.is_empty() {
            // While this chunk is decided on every core, the last one is
            // written and the next one read.
            let last = std::mem::take(&mut pending);
            let ((next, written), batches) = rayon::join(
                || {
                    let written = setup.write(&mut out, last);
                    (reader.chunk(&mut spare), written)
                },
                || setup.decide_chunk(&chunk),
            );
            written?;
            let batches = batches?;
            for batch in &batches {
                summary.decided += batch.decided;
                if let Some(n) = &mut summary.overdue {
                    *n += batch.listed;
                }
                summary.bad += batch.bad;
                bad.extend_from_slice(&batch.errors);
            }
            // One write for the chunk's bad records, not one each.
            if !bad.is_empty() {
                progress.suspend(|| {
                    let _ = io::stderr().lock().write_all(&bad);
                });
                bad.clear();
            }
            pending = batches;
            progress.set_position(read_bytes.load(std::sync::atomic::Ordering::Relaxed));
            match next {
                Ok(next) => spare = std::mem::replace(&mut chunk, next),
                // The input cannot be read on (a CSV row over the cap):
                // the rows read before it are decided, and written first.
                Err(why) => {
                    setup.write(&mut out, std::mem::take(&mut pending))?;
                    input_stopped = true;
                    return Err(why);
                }
            }
        }
        Ok(())
    });
    let run = run
        .and_then(|()| setup.write(&mut out, pending))
        .and_then(|()| {
            out.into_inner()
                .map_err(|e| e.into_error())
                .and_then(Output::finish)
                .map_err(write_failed)
        });
    if let Err(why) = run {
        progress.finish_and_clear();
        return Err(Stopped {
            why,
            so_far: input_stopped.then_some((summary, kept)),
        });
    }
    progress.finish_and_clear();
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

fn write_out(out: &mut impl Write, bytes: &[u8]) -> Result<(), String> {
    out.write_all(bytes).map_err(write_failed)
}

impl Setup<'_> {
    /// Writes batches in order, and keeps their buffers for the next.
    fn write(&self, out: &mut impl Write, batches: Vec<Batch>) -> Result<(), String> {
        let mut buffers = Vec::with_capacity(batches.len());
        for mut b in batches {
            write_out(out, &b.out)?;
            b.out.clear();
            buffers.push(b.out);
        }
        self.buffers
            .lock()
            .map_err(|e| e.to_string())?
            .extend(buffers);
        Ok(())
    }

    /// A chunk's records, in batches decided on every core, in order.
    fn decide_chunk(&self, chunk: &Chunk) -> Result<Vec<Batch>, String> {
        chunk
            .records
            .par_chunks(BATCH)
            .map(|records| {
                let mut scratch = self
                    .scratches
                    .lock()
                    .map_err(|e| e.to_string())?
                    .pop()
                    .unwrap_or_else(|| self.plan.scratch());
                let batch = self.decide_batch(records, &chunk.bytes, &mut scratch);
                self.scratches
                    .lock()
                    .map_err(|e| e.to_string())?
                    .push(scratch);
                batch
            })
            .collect()
    }

    fn decide_batch(
        &self,
        records: &[Record],
        bytes: &[u8],
        scratch: &mut Scratch,
    ) -> Result<Batch, String> {
        let buffer = self
            .buffers
            .lock()
            .map_err(|e| e.to_string())?
            .pop()
            .unwrap_or_else(|| Vec::with_capacity(records.len() * 3072));
        let mut out = match self.args.to {
            Format::Jsonl => Out::Json(buffer),
            Format::Csv => Out::Csv(Box::new(CsvOut {
                w: csv::Writer::from_writer(buffer),
                fields: Default::default(),
            })),
        };
        let mut batch = Batch {
            out: Vec::new(),
            decided: 0,
            listed: 0,
            bad: 0,
            errors: Vec::new(),
        };
        for record in records {
            match self.decide(record, bytes, scratch, &mut out) {
                Ok(listed) => {
                    batch.decided += 1;
                    batch.listed += u64::from(listed);
                }
                Err(reason) => {
                    if batch.errors.capacity() == 0 {
                        // Room for a few lines at once, not grown line by line.
                        batch.errors.reserve(2048);
                    }
                    batch.bad += 1;
                    let _ = writeln!(batch.errors, "error: line {}: {reason}", record.line);
                }
            }
        }
        batch.out = match out {
            Out::Json(bytes) => bytes,
            Out::Csv(csv) => csv
                .w
                .into_inner()
                .map_err(|e| messages::cannot_write_decisions(&e))?,
        };
        Ok(batch)
    }

    /// Decides one record into `out`: whether it was written (`false` when
    /// `--overdue-on` leaves it out), or why it is bad.
    fn decide(
        &self,
        record: &Record,
        bytes: &[u8],
        scratch: &mut Scratch,
        out: &mut Out,
    ) -> Result<bool, Bad> {
        if let (Raw::Json(range), false) = (&record.raw, self.args.interpreter) {
            let read =
                self.plan
                    .read_json(&bytes[range.clone()], &self.args.accepted_field, scratch);
            // A record the plan does not read, or an acceptance date that
            // is not one, goes to the interpreter, which says why.
            let accepted = match read {
                Some(None) => Some(None),
                Some(Some(text)) => super::common::parse_date(text).ok().map(Some),
                None => None,
            };
            if let Some(accepted) = accepted {
                // The default day is for records that give none, neither
                // as the field nor as the acceptance event's date.
                let accepted = accepted.or_else(|| {
                    self.args
                        .accepted
                        .filter(|_| !self.plan.gives_acceptance(scratch))
                });
                // A fact the version of the day does not have: the
                // interpreter refuses it, below.
                if !self.plan.given_not_in_force(scratch, accepted) {
                    // `explain` would refuse it, and say so in these words.
                    if let Some(refused) = self.plan.refused(scratch, accepted) {
                        return Err(Bad::Refused(refused));
                    }
                    if let Some(written) = self.by_plan(record.line, scratch, accepted, out)? {
                        return Ok(written);
                    }
                }
            }
        }
        let (facts, accepted) = match &record.raw {
            Raw::Json(range) => self.json_facts(&bytes[range.clone()])?,
            Raw::Csv(row) => self.csv_facts(row)?,
            Raw::Broken(reason) => return Err(Bad::Said(reason.clone())),
        };
        let event = reglament::interpret::acceptance_given(self.reg, &facts);
        let accepted = accepted.or_else(|| self.args.accepted.filter(|_| event.is_none()));
        // The facts are those of the version in force on the day of
        // acceptance, as `explain --accepted` reads them: one inserted by
        // a later amendment is not a fact of that version. (A version
        // that cannot be rebuilt is `explain`'s to report, below.)
        let then = self
            .versions
            .in_force(accepted.or(event.flatten()))
            .unwrap_or(self.reg);
        let facts = facts_from_json(then, &Json::Object(facts)).map_err(|errors| {
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        })?;
        if !self.args.interpreter
            && self.plan.read_facts(&facts, scratch).is_some()
            && !self.plan.given_not_in_force(scratch, accepted)
        {
            // As for a record the plan reads itself: a CSV row, above all.
            if let Some(refused) = self.plan.refused(scratch, accepted) {
                return Err(Bad::Refused(refused));
            }
            if let Some(written) = self.by_plan(record.line, scratch, accepted, out)? {
                return Ok(written);
            }
        }
        let query = Query {
            application: self.args.kind.clone(),
            category: None,
            accepted,
        };
        let answer = self
            .versions
            .explain(&facts, &query, None)
            .map_err(|e| e.to_string())?;
        if let Some(day) = self.args.overdue_on
            && !overdue(&answer, day)
        {
            return Ok(false);
        }
        match out {
            Out::Json(out) => {
                let _ = write!(out, "{{\"line\":{},\"decision\":", record.line);
                serde_json::to_writer(&mut *out, &answer).map_err(|e| e.to_string())?;
                out.extend_from_slice(b"}\n");
            }
            Out::Csv(csv) => write_row(&mut csv.w, record.line, &row(&answer))?,
        }
        Ok(true)
    }

    /// The plan's answer for the facts just read, written; `None` when
    /// the plan does not answer.
    fn by_plan(
        &self,
        line: u64,
        scratch: &mut Scratch,
        accepted: Option<Date>,
        out: &mut Out,
    ) -> Result<Option<bool>, String> {
        let Some(decided) = self
            .plan
            .decide(scratch, self.args.kind.as_deref(), accepted)
        else {
            return Ok(None);
        };
        if let Some(day) = self.args.overdue_on
            && !decided.overdue(day)
        {
            return Ok(Some(false));
        }
        match out {
            Out::Json(out) => {
                out.extend_from_slice(b"{\"line\":");
                out.extend_from_slice(decimal(&mut [0; 20], line));
                out.extend_from_slice(b",\"decision\":");
                decided.write_json(out);
                out.extend_from_slice(b"}\n");
            }
            Out::Csv(csv) => {
                decided.write_csv(&mut csv.fields);
                write_row(&mut csv.w, line, &csv.fields)?;
            }
        }
        Ok(Some(true))
    }
}
