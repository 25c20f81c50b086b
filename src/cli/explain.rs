//! `reglament explain`: what the regulation says for an applicant.

use std::fmt::Write as _;
use std::path::PathBuf;

use reglament::interpret::{ACCEPTED, Explanation, Query, TermAnswer, Versions, facts_from_json};
use reglament::model::Regulation;

use super::MessageFormat;
use super::common::{OK, USAGE, one_regulation, usage_error};

/// Arguments of `explain`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A JSON file of facts: `{"status": "stateless_person", "age": 12, ...}`.
    #[arg(long, value_name = "FILE")]
    facts: PathBuf,
    /// The kind of application (an `application` id such as `issue`).
    #[arg(long, value_name = "KIND")]
    kind: Option<String>,
    /// Only this category, by clause number (`2.8`) or id; or only one
    /// branch, by its id.
    #[arg(long, value_name = "CLAUSE")]
    category: Option<String>,
    /// The day the application was accepted (YYYY-MM-DD): adds each term's deadline.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::common::parse_date)]
    accepted: Option<jiff::civil::Date>,
    /// The date of an event (`arrival=2025-01-10`): terms and limits
    /// counted from it get their deadlines; conditions read it. Repeatable.
    #[arg(long = "event", value_name = "EVENT=YYYY-MM-DD")]
    events: Vec<String>,
    /// Answer by the version of the regulation in force on this day
    /// (YYYY-MM-DD) rather than on the day of acceptance.
    #[arg(long = "as-of", value_name = "YYYY-MM-DD", value_parser = super::common::parse_date)]
    as_of: Option<jiff::civil::Date>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// The regulation (a main `.rgl` file or a directory holding one; default: `regulations/`).
    #[arg(long, value_name = "PATH")]
    regulation: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// For people.
    Text,
    /// For tools.
    Json,
}

pub fn run(args: &Args, message_format: MessageFormat) -> u8 {
    let reg = match one_regulation(args.regulation.as_ref(), message_format) {
        Ok(r) => r,
        Err(code) => return code,
    };
    // Bytes, not text: the reader below says what a file that is not
    // UTF-8 is and what to do about it, in `decide`'s words.
    let bytes = match reglament::source::read_file(&args.facts) {
        Ok(b) => b,
        Err(e) => {
            return usage_error(&format!(
                "cannot read `{}`: {}",
                args.facts.display(),
                reglament::load::io_reason(&e)
            ));
        }
    };
    // A key given twice is refused here as in `decide` (one reader for both).
    let json = match reglament::interpret::read_json_object(&bytes) {
        Ok(j) => j,
        Err(e) => return usage_error(&format!("`{}`: {e}", args.facts.display())),
    };
    let mut events = Vec::new();
    for given in &args.events {
        let Some((event, day)) = given.split_once('=') else {
            return usage_error(&format!(
                "`--event {given}`: write the event's id, `=` and its date, like `arrival=2025-01-10`"
            ));
        };
        match super::common::parse_date(day) {
            Ok(d) => events.push((event, d)),
            Err(e) => return usage_error(&format!("`--event {given}`: {e}")),
        }
    }
    // An amended regulation answers by the version of the day asked about,
    // else of the day of acceptance: `--accepted`, else the acceptance
    // event's date (given with `--event` or in the facts), as `decide`
    // takes it. The facts, events and wording are that version's: a fact
    // inserted later is refused, not read and then left unanswered.
    let acceptance = reg.acceptance_event().map(|e| e.id.as_str());
    let accepted = args.accepted.or_else(|| {
        let by_event = events.iter().find(|(e, _)| Some(*e) == acceptance);
        by_event.map(|(_, d)| *d).or_else(|| {
            let facts = json.as_object()?;
            reglament::interpret::acceptance_given(&reg, facts).flatten()
        })
    });
    let day = args.as_of.or(accepted);
    let versions = Versions::new(&reg);
    let reg = match versions.in_force(day) {
        Ok(r) => r,
        Err(e) => return usage_error(&e.to_string()),
    };
    let mut facts = match facts_from_json(reg, &json) {
        Ok(f) => f,
        Err(errors) => {
            for e in &errors {
                eprintln!("error: `{}`: {e}", args.facts.display());
            }
            return USAGE;
        }
    };
    for (event, d) in events {
        if reg.event(event).is_none() {
            let all: Vec<&str> = reg.events.iter().map(|e| e.id.as_str()).collect();
            return usage_error(&format!(
                "`{event}` is not an event of this regulation (they are: {})",
                all.join(", ")
            ));
        }
        let given = facts.insert(event.to_owned(), reglament::model::Value::Date(d));
        if let Some(before) = given.filter(|v| *v != reglament::model::Value::Date(d)) {
            return usage_error(&format!(
                "the date of `{event}` is given twice, and differently: {before} in the facts file and {d} with --event; give it once"
            ));
        }
    }
    let query = Query {
        application: args.kind.clone(),
        category: args.category.clone(),
        accepted: args.accepted,
    };
    let answer = match versions.explain(&facts, &query, args.as_of) {
        Ok(a) => a,
        Err(e) => return usage_error(&e.to_string()),
    };
    // A day before the order that approved the regulation: it was not in
    // force then, and its first wording answers only as the nearest there is.
    if let (Some(day), Some(order)) = (day, &reg.order)
        && day < order.date
    {
        eprintln!(
            "warning: {} is before order No. {} of {}, which approved this regulation: it was not \
                 in force on that day, and the answer is its first wording",
            reglament::deadline::dmy(day),
            order.number,
            reglament::deadline::dmy(order.date),
        );
    }
    match args.format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&answer).unwrap_or_default()
        ),
        Format::Text => print!("{}", text_report(reg, &answer)),
    }
    OK
}

fn first_line(text: &str, width: usize) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    if line.chars().count() > width {
        format!("{}...", line.chars().take(width).collect::<String>())
    } else {
        line.to_owned()
    }
}

/// A term as the text answer gives it: `4 months (clause 23.1)`.
fn term_words(t: &TermAnswer) -> String {
    if t.not_stated {
        return format!("not stated in the source ({})", t.id);
    }
    let unit = t.unit.map(|u| u.words(t.amount.unwrap_or(0))).unwrap_or("");
    let from = t
        .from
        .as_ref()
        .map(|f| format!(" from {f}"))
        .unwrap_or_default();
    format!(
        "{} {unit}{from} (clause {})",
        t.amount.unwrap_or(0),
        t.clause.as_deref().unwrap_or("-")
    )
}

/// What an answer still needs, saying how each date is given: an event's
/// date is not a question an applicant answers but an option of the
/// command, and the reader should not have to guess which.
fn needs_words(reg: &Regulation, needs: &[String]) -> String {
    needs
        .iter()
        .map(|id| date_needed(reg, id).unwrap_or_else(|| id.clone()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// How the date of `id` is given, when `id` is an event (or the
/// acceptance); `None` for a fact.
fn date_needed(reg: &Regulation, id: &str) -> Option<String> {
    let acceptance = reg.acceptance_event().is_some_and(|e| e.id == id);
    if acceptance || (id == ACCEPTED && reg.event(id).is_none()) {
        Some(format!("the acceptance date ({id}: --accepted YYYY-MM-DD)"))
    } else if reg.event(id).is_some() {
        Some(format!("the date of {id} (--event {id}=YYYY-MM-DD)"))
    } else if id == reglament::interpret::CATEGORY_CHOICE && reg.facts.iter().all(|f| f.id != id) {
        // A document `for category` some of the categories that apply.
        Some("the category applied under (--category ID)".to_owned())
    } else {
        None
    }
}

/// A term's deadline and the steps to it, or why it cannot be counted.
fn deadline_lines(out: &mut String, reg: &Regulation, t: &TermAnswer, indent: &str) {
    if let Some(d) = &t.deadline {
        let _ = writeln!(out, "{indent}deadline: {}", super::deadline::dmy(d.ends));
        for step in &d.steps {
            let _ = writeln!(out, "{indent}  {}", step.text);
        }
    }
    if let Some(e) = &t.deadline_error {
        let _ = writeln!(out, "{indent}deadline: cannot be counted: {e}");
    }
    if let Some(event) = &t.needs_date {
        let _ = writeln!(
            out,
            "{indent}deadline: needs {}",
            needs_words(reg, std::slice::from_ref(event))
        );
    }
}

/// The limits: each stated, and counted when its start is given.
fn limit_lines(out: &mut String, reg: &Regulation, limits: &[reglament::interpret::LimitAnswer]) {
    if limits.is_empty() {
        return;
    }
    let _ = writeln!(out, "\nTime limits:");
    for l in limits {
        let from = l
            .from
            .as_ref()
            .map(|f| format!(" from {f}"))
            .unwrap_or_default();
        let stated = if l.on_calendar {
            ""
        } else {
            " (stated, not counted on the calendar)"
        };
        let _ = writeln!(
            out,
            "  clause {:<6} {}: {} {}{from}{stated}",
            l.clause.as_deref().unwrap_or("-"),
            l.id,
            l.amount,
            l.unit.words(l.amount)
        );
        if let Some(d) = &l.deadline {
            let _ = writeln!(
                out,
                "                deadline: {}",
                super::deadline::dmy(d.ends)
            );
            for step in &d.steps {
                let _ = writeln!(out, "                  {}", step.text);
            }
        }
        if let Some(e) = &l.deadline_error {
            let _ = writeln!(out, "                deadline: cannot be counted: {e}");
        }
        if let Some(event) = &l.needs_date {
            let _ = writeln!(
                out,
                "                deadline: needs {}",
                needs_words(reg, std::slice::from_ref(event))
            );
        }
    }
}

fn text_report(reg: &Regulation, a: &Explanation) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", first_line(&reg.title, 100));
    if let Some(v) = &a.version {
        let _ = writeln!(out, "{}", version_words(v));
    }
    let _ = writeln!(
        out,
        "Application: {}; status: {}",
        a.application.as_deref().unwrap_or("not given"),
        a.status.as_deref().unwrap_or("not given")
    );
    let _ = writeln!(out);
    if a.categories.is_empty() {
        let _ = writeln!(out, "No category applies on these facts.");
    } else {
        let _ = writeln!(
            out,
            "Categories that apply (an applicant under several chooses one):"
        );
    }
    for c in &a.categories {
        let text = reg.category(&c.category).map(|cat| {
            let branch = c
                .branch
                .as_ref()
                .and_then(|b| cat.branches.iter().find(|x| &x.id == b));
            let wording = branch.map_or(&cat.clause.wording, |b| &b.clause.wording);
            first_line(wording.plain.as_deref().unwrap_or(&wording.text), 90)
        });
        let _ = writeln!(out, "  clause {:<6} {}", c.clause, c.id);
        if let Some(t) = text {
            let _ = writeln!(out, "                {t}");
        }
        for g in &c.grounds {
            let _ = writeln!(
                out,
                "                ground: {} (clause {})",
                g.id,
                g.clause.as_deref().unwrap_or("-")
            );
        }
        match &c.term {
            Some(t) => {
                let _ = writeln!(out, "                term: {}", term_words(t));
                deadline_lines(&mut out, reg, t, "                ");
            }
            None => {
                let _ = writeln!(
                    out,
                    "                term: cannot be chosen without: {}",
                    needs_words(reg, &c.term_needs)
                );
            }
        }
        if c.representative {
            let _ = writeln!(
                out,
                "                a legal representative applies (clause {})",
                c.representative_clause.as_deref().unwrap_or("-")
            );
        }
    }
    if let Some(t) = &a.application_term {
        let _ = writeln!(
            out,
            "Term of this application (whoever files it): {}",
            term_words(t)
        );
        deadline_lines(&mut out, reg, t, "  ");
    } else if !a.application_term_needs.is_empty() {
        let _ = writeln!(
            out,
            "Term of this application (whoever files it): cannot be chosen without: {}",
            needs_words(reg, &a.application_term_needs)
        );
    }
    if !a.undetermined.is_empty() {
        let _ = writeln!(out, "\nUndetermined without more facts:");
        for u in &a.undetermined {
            let _ = writeln!(
                out,
                "  clause {:<6} {} needs: {}",
                u.clause.as_deref().unwrap_or("-"),
                u.id,
                needs_words(reg, &u.needs)
            );
        }
    }
    let _ = writeln!(out, "\nDocuments:");
    for d in &a.documents {
        let form = d
            .form
            .as_ref()
            .and_then(|f| reg.forms.iter().find(|x| &x.id == f))
            .and_then(|f| f.appendix)
            .map(|n| format!(", form: appendix {n}"))
            .unwrap_or_default();
        let copies = match d.copies {
            Some(1) => "1 copy".to_owned(),
            Some(n) => format!("{n} copies"),
            None => "copies depend on facts not given".to_owned(),
        };
        let count = d
            .count
            .map_or("count depends on facts not given".to_owned(), |n| {
                format!("count {n}")
            });
        let needs = if d.needs.is_empty() {
            String::new()
        } else {
            format!(" (needs: {})", needs_words(reg, &d.needs))
        };
        let _ = writeln!(
            out,
            "  clause {:<6} {}: {copies}, {count}{form}{needs}",
            d.clause.as_deref().unwrap_or("-"),
            d.id
        );
        if let Some(v) = &d.validity {
            let _ = writeln!(out, "                {}", v.words);
            for c in &v.counted {
                let _ = writeln!(
                    out,
                    "                  {} is {}",
                    c.of,
                    super::deadline::dmy(c.date)
                );
            }
            let verdict = match v.holds {
                Some(true) => "within the window".to_owned(),
                Some(false) => "OUTSIDE the window".to_owned(),
                None => format!("cannot be told without {}", needs_words(reg, &v.needs)),
            };
            let _ = writeln!(out, "                  on these facts: {verdict}");
        }
    }
    for u in &a.undetermined_documents {
        let _ = writeln!(
            out,
            "  clause {:<6} {}: depends on {}",
            u.clause.as_deref().unwrap_or("-"),
            u.id,
            needs_words(reg, &u.needs)
        );
    }
    if !reg.omissions.is_empty() {
        let _ = writeln!(
            out,
            "  (the source is cut off after clause {}: further documents are not provided)",
            reg.omissions[0].after
        );
    }
    limit_lines(&mut out, reg, &a.limits);
    let _ = writeln!(
        out,
        "\nLegal representative: {}",
        if a.representative {
            "must apply on the applicant's behalf".to_owned()
        } else if !a.representative_needs.is_empty() {
            format!("cannot tell without: {}", a.representative_needs.join(", "))
        } else {
            "not required".to_owned()
        }
    );
    out
}

/// "Version in force from 01.09.2024 to 28.02.2025 (order_2024_40), the
/// version of 01.10.2024": which version answered, and why that one.
fn version_words(v: &reglament::interpret::VersionUsed) -> String {
    use reglament::deadline::dmy;
    let span = match (v.from, v.until.and_then(|u| u.yesterday().ok())) {
        (Some(f), Some(l)) => format!("from {} to {}", dmy(f), dmy(l)),
        (Some(f), None) => format!("from {}", dmy(f)),
        (None, Some(l)) => format!("until {}", dmy(l)),
        (None, None) => "on every day".to_owned(),
    };
    let by = if v.amendments.is_empty() {
        "the original wording".to_owned()
    } else {
        format!("as amended by {}", v.amendments.join(", "))
    };
    let day = v.day.map_or_else(
        || "the latest version the sources know".to_owned(),
        |d| format!("the version of {}", dmy(d)),
    );
    format!("Version in force {span} ({by}): {day}")
}
