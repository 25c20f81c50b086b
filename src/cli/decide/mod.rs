//! `reglament decide`: many applications decided at once.
//!
//! Records come in as JSON Lines or CSV (one applicant's facts per record,
//! with the day the application was accepted) and decisions go out in the
//! same order, as JSON Lines (each `explain --format json`'s answer) or
//! CSV (one row per application). The input is read in chunks, each chunk
//! decided on every core, and written before the next is read, so memory
//! stays flat whatever the size of the input. A bad record is reported
//! with its line number and skipped.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::time::Instant;

use jiff::civil::Date;
use rayon::prelude::*;
use reglament::interpret::{Query, Versions, facts_from_json};
use reglament::model::{FactType, Regulation};
use serde_json::{Map, Value as Json};

mod records;
mod row;

use records::{Counted, Reader, Writer};
use row::{overdue, row};

use super::MessageFormat;
use super::common::{FAILED, OK, one_regulation, usage_error};

/// Records decided together: enough to keep every core busy, few enough
/// that memory does not grow with the input.
const CHUNK: usize = 4096;

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
    /// accepted, YYYY-MM-DD; a record without it gets no deadline, unless
    /// `--accepted` gives one.
    #[arg(long, value_name = "NAME", default_value = "accepted")]
    accepted_field: String,
    /// The acceptance date of records that do not give one.
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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// JSON Lines: one JSON object per line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
}

/// The columns of CSV output.
const CSV_HEADER: [&str; 8] = [
    "line",
    "application",
    "categories",
    "terms",
    "deadlines",
    "documents",
    "representative",
    "undetermined",
];

/// One record as read, before it is decided.
struct Record {
    /// Its line in the input (1-based; in a CSV file the header is line 1).
    line: u64,
    raw: Raw,
}

enum Raw {
    Json(Vec<u8>),
    Csv(csv::StringRecord),
    /// A row the CSV reader refused (a wrong number of fields, bad UTF-8).
    Broken(String),
}

/// What became of one record.
enum Outcome {
    /// Decided; `None` when `--overdue-on` leaves it out.
    Decided(Option<Output>),
    /// Not decided, and why.
    Bad(String),
}

enum Output {
    Line(String),
    Row(Vec<String>),
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
}

pub fn run(args: &Args, message_format: MessageFormat) -> u8 {
    let reg = match one_regulation(args.regulation.as_ref(), message_format) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let reg = &reg;
    if let Some(kind) = &args.kind {
        if !reg.applications.iter().any(|a| &a.id == kind) {
            let all: Vec<&str> = reg.applications.iter().map(|a| a.id.as_str()).collect();
            return usage_error(&format!(
                "`{kind}` is not a kind of application of this regulation (they are: {})",
                all.join(", ")
            ));
        }
    }
    match decide_all(reg, args) {
        Ok(summary) => {
            eprintln!("{}", summary.words());
            if summary.bad > 0 { FAILED } else { OK }
        }
        Err(e) => usage_error(&e),
    }
}

/// How it went.
#[derive(Default)]
struct Summary {
    decided: u64,
    bad: u64,
    overdue: Option<u64>,
    seconds: f64,
}

impl Summary {
    fn words(&self) -> String {
        let total = self.decided + self.bad;
        let rate = if self.seconds > 0.0 {
            format!(", {:.0} records per second", total as f64 / self.seconds)
        } else {
            String::new()
        };
        let overdue = self
            .overdue
            .map(|n| format!("; {n} overdue"))
            .unwrap_or_default();
        format!(
            "decided {} of {total} records ({} bad){overdue} in {:.2} s{rate}",
            self.decided, self.bad, self.seconds
        )
    }
}

fn decide_all(reg: &Regulation, args: &Args) -> Result<Summary, String> {
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
    let mut reader = match from {
        Format::Jsonl => Reader::Json {
            input: BufReader::with_capacity(1 << 16, counted),
            line: 0,
        },
        Format::Csv => Reader::Csv(
            csv::ReaderBuilder::new()
                .has_headers(true)
                .flexible(false)
                .from_reader(counted),
        ),
    };
    let columns = match &mut reader {
        Reader::Csv(csv) => {
            let header = csv
                .headers()
                .map_err(|e| format!("`{}`: {e}", args.input.display()))?;
            csv_columns(reg, header, &args.accepted_field)?
        }
        Reader::Json { .. } => Vec::new(),
    };
    let setup = Setup {
        reg,
        args,
        columns,
        versions: Versions::new(reg),
    };

    let out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(File::create(path).map_err(|e| {
            format!(
                "cannot write `{}`: {}",
                path.display(),
                reglament::load::io_reason(&e)
            )
        })?),
        None => Box::new(io::stdout().lock()),
    };
    let mut writer = match args.to {
        Format::Jsonl => Writer::Json(BufWriter::with_capacity(1 << 16, out)),
        Format::Csv => {
            let mut csv = csv::WriterBuilder::new().from_writer(out);
            csv.write_record(CSV_HEADER).map_err(|e| e.to_string())?;
            Writer::Csv(Box::new(csv))
        }
    };

    let progress = progress_bar(size);
    let mut summary = Summary {
        overdue: args.overdue_on.map(|_| 0),
        ..Summary::default()
    };
    let mut chunk = reader.chunk()?;
    while !chunk.is_empty() {
        // Read the next chunk on one core while this one is decided on all.
        let (next, outcomes) = rayon::join(
            || reader.chunk(),
            || {
                chunk
                    .par_iter()
                    .map(|record| setup.decide(record))
                    .collect::<Vec<_>>()
            },
        );
        for (record, outcome) in chunk.iter().zip(outcomes) {
            match outcome {
                Outcome::Decided(output) => {
                    summary.decided += 1;
                    if let Some(output) = output {
                        if let Some(n) = &mut summary.overdue {
                            *n += 1;
                        }
                        writer.write(record.line, output)?;
                    }
                }
                Outcome::Bad(reason) => {
                    summary.bad += 1;
                    progress.suspend(|| eprintln!("error: line {}: {reason}", record.line));
                }
            }
        }
        progress.set_position(read_bytes.load(std::sync::atomic::Ordering::Relaxed));
        chunk = next?;
    }
    writer.finish()?;
    progress.finish_and_clear();
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// A progress bar on standard error when it is a terminal, else nothing.
fn progress_bar(size: Option<u64>) -> indicatif::ProgressBar {
    if !io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = match size {
        Some(size) => indicatif::ProgressBar::new(size).with_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {bytes_per_sec}, {eta} left",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        ),
        None => indicatif::ProgressBar::new_spinner(),
    };
    bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
    bar
}

/// The facts of each CSV column, checked once against the regulation.
fn csv_columns(
    reg: &Regulation,
    header: &csv::StringRecord,
    accepted: &str,
) -> Result<Vec<(String, Option<FactType>)>, String> {
    header
        .iter()
        .map(|name| {
            if name == accepted {
                return Ok((name.to_owned(), None));
            }
            reg.fact_type(name)
                .map(|t| (name.to_owned(), Some(t)))
                .ok_or_else(|| {
                    format!(
                        "the CSV column `{name}` is not a fact of this regulation \
                         (nor `{accepted}`, the acceptance date)"
                    )
                })
        })
        .collect()
}

impl Setup<'_> {
    fn decide(&self, record: &Record) -> Outcome {
        match self.try_decide(record) {
            Ok(output) => Outcome::Decided(output),
            Err(reason) => Outcome::Bad(reason),
        }
    }

    fn try_decide(&self, record: &Record) -> Result<Option<Output>, String> {
        let (facts, accepted) = match &record.raw {
            Raw::Json(bytes) => self.json_facts(bytes)?,
            Raw::Csv(row) => self.csv_facts(row)?,
            Raw::Broken(reason) => return Err(reason.clone()),
        };
        let facts = facts_from_json(self.reg, &Json::Object(facts)).map_err(|errors| {
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        })?;
        let query = Query {
            application: self.args.kind.clone(),
            category: None,
            accepted: accepted.or(self.args.accepted),
        };
        let answer = self
            .versions
            .explain(&facts, &query, None)
            .map_err(|e| e.to_string())?;
        if let Some(day) = self.args.overdue_on {
            if !overdue(&answer, day) {
                return Ok(None);
            }
        }
        Ok(Some(match self.args.to {
            Format::Jsonl => {
                let decision = serde_json::to_string(&answer).map_err(|e| e.to_string())?;
                Output::Line(format!(
                    "{{\"line\":{},\"decision\":{decision}}}",
                    record.line
                ))
            }
            Format::Csv => Output::Row(row(&answer)),
        }))
    }

    /// A JSON object of facts, `null` for a fact not known, and the
    /// acceptance date under its own key.
    fn json_facts(&self, bytes: &[u8]) -> Result<(Map<String, Json>, Option<Date>), String> {
        let json: Json =
            serde_json::from_slice(bytes).map_err(|e| format!("not valid JSON: {e}"))?;
        let Json::Object(mut map) = json else {
            return Err("a record must be a JSON object of fact ids and values".to_owned());
        };
        let accepted = match map.remove(&self.args.accepted_field) {
            None | Some(Json::Null) => None,
            Some(Json::String(s)) => Some(self.date(&s)?),
            Some(_) => return Err(self.bad_date()),
        };
        map.retain(|_, v| !v.is_null());
        Ok((map, accepted))
    }

    /// A CSV row as the JSON `facts_from_json` reads: an empty cell is a
    /// fact not known.
    fn csv_facts(
        &self,
        row: &csv::StringRecord,
    ) -> Result<(Map<String, Json>, Option<Date>), String> {
        let mut map = Map::new();
        let mut accepted = None;
        for ((name, fact), cell) in self.columns.iter().zip(row.iter()) {
            let cell = cell.trim();
            if cell.is_empty() {
                continue;
            }
            let value = match fact {
                None => {
                    accepted = Some(self.date(cell)?);
                    continue;
                }
                Some(FactType::YesNo) => match cell.to_ascii_lowercase().as_str() {
                    "true" | "yes" => Json::Bool(true),
                    "false" | "no" => Json::Bool(false),
                    _ => Json::String(cell.to_owned()),
                },
                Some(FactType::Number { .. }) => cell
                    .parse::<u64>()
                    .map_or_else(|_| Json::String(cell.to_owned()), Json::from),
                Some(FactType::Date | FactType::Choice { .. }) => Json::String(cell.to_owned()),
            };
            map.insert(name.clone(), value);
        }
        Ok((map, accepted))
    }

    fn date(&self, text: &str) -> Result<Date, String> {
        super::common::parse_date(text).map_err(|e| format!("/{}: {e}", self.args.accepted_field))
    }

    fn bad_date(&self) -> String {
        format!(
            "/{}: expected a date written \"YYYY-MM-DD\"",
            self.args.accepted_field
        )
    }
}
