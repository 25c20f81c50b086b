//! `reglament diff`: what changed between two days of one regulation, or
//! between two source trees (an amendment under review before it is merged).

use std::fmt::Write as _;
use std::path::PathBuf;

use jiff::civil::Date;
use reglament::deadline::dmy;
use reglament::diff::{Diff, ElementChangeKind, diff};
use reglament::model::Regulation;

use super::MessageFormat;
use super::common::{OK, one_regulation, usage_error};

/// Arguments of `diff`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The older day (YYYY-MM-DD): compare the regulation as it stood then...
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::common::parse_date)]
    from: Option<Date>,
    /// ... with the regulation as it stands on this day (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::common::parse_date)]
    to: Option<Date>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// One regulation (with `--from` and `--to`), or two: the older source
    /// tree and the newer (a main `.rgl` file or a folder holding one).
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// For people.
    Text,
    /// For tools.
    Json,
}

fn at(reg: &Regulation, day: Option<Date>) -> Result<Regulation, u8> {
    match day {
        Some(d) => reg
            .at(d)
            .map_err(|e| usage_error(&format!("the regulation as of {d}: {e}"))),
        None => Ok(reg.clone()),
    }
}

pub fn run(args: &Args, format: MessageFormat) -> u8 {
    let (old, new, days) = match args.paths.as_slice() {
        [old_path, new_path] => {
            let (old, new) = match (
                one_regulation(Some(old_path), format),
                one_regulation(Some(new_path), format),
            ) {
                (Ok(a), Ok(b)) => (a, b),
                (Err(c), _) | (_, Err(c)) => return c,
            };
            match (at(&old, args.from), at(&new, args.to.or(args.from))) {
                (Ok(a), Ok(b)) => (a, b, (args.from, args.to.or(args.from))),
                (Err(c), _) | (_, Err(c)) => return c,
            }
        }
        [] | [_] => {
            let (Some(from), Some(to)) = (args.from, args.to) else {
                return usage_error(
                    "give two days (`--from` and `--to`) of one regulation, or two source trees",
                );
            };
            let reg = match one_regulation(args.paths.first(), format) {
                Ok(r) => r,
                Err(c) => return c,
            };
            match (at(&reg, Some(from)), at(&reg, Some(to))) {
                (Ok(a), Ok(b)) => (a, b, (Some(from), Some(to))),
                (Err(c), _) | (_, Err(c)) => return c,
            }
        }
        _ => {
            return usage_error(
                "give one regulation with `--from` and `--to`, or two source trees",
            );
        }
    };
    let d = diff(&old, &new, &new.examples, days);
    match args.format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&d).unwrap_or_default()),
        Format::Text => print!("{}", text(&old, &new, &d)),
    }
    OK
}

fn side(reg: &Regulation) -> String {
    match reg.as_of {
        Some(d) => format!("`{}` in force from {}", reg.id, dmy(d)),
        None => format!("`{}`", reg.id),
    }
}

fn text(old: &Regulation, new: &Regulation, d: &Diff) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "from {} to {}", side(old), side(new));
    if d.is_empty() {
        let _ = writeln!(out, "nothing changed");
        return out;
    }
    for e in &d.elements {
        let clause = e
            .clause
            .as_ref()
            .map(|c| format!(" (clause {c})"))
            .unwrap_or_default();
        let verb = match e.change {
            ElementChangeKind::Inserted => "inserted",
            ElementChangeKind::Repealed => "repealed",
            ElementChangeKind::Changed => "changed",
        };
        let _ = writeln!(out, "{verb} {} `{}`{clause}", e.list, e.id);
        for p in &e.parts {
            if p.words.is_empty() {
                let _ = writeln!(
                    out,
                    "  {}: {} -> {}",
                    p.path,
                    p.old.as_deref().unwrap_or("(none)"),
                    p.new.as_deref().unwrap_or("(none)")
                );
            } else {
                let marked: String = p
                    .words
                    .iter()
                    .map(|w| match w.change {
                        "removed" => format!("[-{}-]", w.text),
                        "added" => format!("{{+{}+}}", w.text),
                        _ => w.text.clone(),
                    })
                    .collect();
                let _ = writeln!(out, "  {}: {marked}", p.path);
            }
        }
    }
    for t in &d.terms {
        let _ = writeln!(
            out,
            "term for application `{}`, {}, {}: {} -> {}",
            t.application,
            t.filer
                .as_deref()
                .map_or_else(|| "any applicant".to_owned(), |f| format!("`{f}`")),
            t.status
                .as_deref()
                .map_or_else(|| "any status".to_owned(), |s| format!("status `{s}`")),
            t.old.as_deref().unwrap_or("(none)"),
            t.new.as_deref().unwrap_or("(none)")
        );
    }
    for doc in &d.documents {
        let _ = writeln!(
            out,
            "document `{}`: {} -> {}",
            doc.id,
            doc.old.as_deref().unwrap_or("not required"),
            doc.new.as_deref().unwrap_or("not required")
        );
    }
    for e in &d.examples {
        let _ = writeln!(out, "example `{e}` gives a different answer");
    }
    out
}
