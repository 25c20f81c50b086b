//! `reglament deadline`: when a term ends, under the Civil Code and the
//! production calendar.

use std::path::PathBuf;

use reglament::deadline::{Duration, deadline};
use serde_json::json;

use super::MessageFormat;
use super::common::{FAILED, OK, load, parse_date, report, usage_error};

/// Arguments of `deadline`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("start").required(true).args(["accepted", "from"])))]
pub struct Args {
    /// The day the application was accepted, YYYY-MM-DD (the term starts the next day).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    accepted: Option<jiff::civil::Date>,
    /// Or the day of another event the term is counted from, such as arrival,
    /// YYYY-MM-DD (the term starts the next day all the same).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    from: Option<jiff::civil::Date>,
    /// The term: "4 months", "15 working days", "30 calendar days" ("30 days" means calendar days).
    #[arg(long, value_name = "TERM", value_parser = parse_term)]
    term: Duration,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Where the production calendar comes from (a regulation file or directory; default: `regulations/`).
    #[arg(long, value_name = "PATH")]
    regulation: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// For people.
    Text,
    /// `{"ends": "YYYY-MM-DD", "steps": [...]}`.
    Json,
}

fn parse_term(text: &str) -> Result<Duration, String> {
    Duration::parse(text).map_err(|e| e.to_string())
}

pub use reglament::deadline::dmy;

pub fn run(args: &Args, message_format: MessageFormat) -> u8 {
    let paths: Vec<PathBuf> = args.regulation.iter().cloned().collect();
    let loaded = match load(&paths) {
        Ok(l) => l,
        Err(e) => return usage_error(&e),
    };
    if loaded.has_errors() {
        report(&loaded.problems(), &loaded.sources, message_format);
        return FAILED;
    }
    let Some(calendar) = loaded.regulations().find_map(|r| r.production_calendar()) else {
        return usage_error(
            "no production calendar found: a calendar is read through the regulation that \
             names it on its `calendar` line, so name that regulation's main file (or its \
             folder) with --regulation, not the calendar's own file",
        );
    };
    let calendar = calendar.to_deadline_calendar();
    let Some(start) = args.accepted.or(args.from) else {
        return usage_error("give the day the term is counted from: --accepted or --from");
    };
    let d = match deadline(start, args.term, &calendar) {
        Ok(d) => d,
        Err(e) => return usage_error(&e.to_string()),
    };
    match args.format {
        Format::Json => {
            let steps: Vec<serde_json::Value> = d
                .steps
                .iter()
                .map(|s| json!({"kind": s.kind(), "from": s.from(), "to": s.to(), "rule": s.rule(), "text": s.to_string()}))
                .collect();
            let start = if args.accepted.is_some() {
                "accepted"
            } else {
                "from"
            };
            let v = json!({start: d.accepted, "term": args.term.to_string(), "ends": d.ends, "steps": steps});
            println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
        }
        Format::Text => {
            let start = if args.accepted.is_some() {
                "acceptance on"
            } else {
                "the event on"
            };
            println!(
                "{} from {start} {} ends on {}",
                args.term,
                dmy(d.accepted),
                dmy(d.ends)
            );
            for step in &d.steps {
                println!("  {step}");
            }
        }
    }
    OK
}
