//! `lib.rs` (the crate's documentation, modules, re-exports and metadata),
//! `acts.rs` and `calendar.rs` of the generated crate.

use super::clauses::{Context, Titled, act_words, titled};
use super::code::{self, Code};
use super::conditions::date;
use super::layout::{self, Expr};
use super::names::Names;
use crate::model::{Enactment, Regulation};

/// The text of `lib.rs`. `name` is the crate's name.
pub fn lib(reg: &Regulation, names: &Names, docs: &str) -> String {
    let mut code = Code::new();
    let docs: Vec<String> = docs.trim_end().lines().map(str::to_owned).collect();
    code.inner_doc(&docs);
    code.blank();
    code.line(0, "#![forbid(unsafe_code)]");
    code.line(0, "#![deny(missing_docs)]");
    code.blank();
    for m in [
        "acts",
        "answer",
        "batch",
        "calendar",
        "categories",
        "choices",
        "columns",
    ] {
        code.line(0, &format!("mod {m};"));
    }
    code.line(0, "pub mod deadline;");
    // The straight-line evaluation is for a regulation without amendments.
    let versioned = reg.versions.len() > 1;
    let evaluate = (!versioned).then_some("evaluate");
    for m in ["decide", "decision", "documents"]
        .into_iter()
        .chain(evaluate)
        .chain([
            "facts", "fees", "flag", "limits", "meta", "sets", "terms", "tri",
        ])
    {
        code.line(0, &format!("mod {m};"));
    }
    if versioned {
        code.line(0, "mod versions;");
    }
    code.blank();
    code.line(0, "#[cfg(feature = \"serde\")]");
    code.line(0, "mod json;");
    code.blank();
    code::uses(&mut code, "pub ", &exports(reg, names));
    code.blank();
    code.line(0, "#[cfg(feature = \"rayon\")]");
    code.line(0, "pub use batch::par_decide_batch;");
    code.blank();
    let consts: Vec<(&str, &str, Expr)> = vec![
        (
            "The regulation's id in its source.",
            "ID: &str",
            Expr::str(&reg.id),
        ),
        ("Its full title.", "TITLE: &str", Expr::str(&reg.title)),
        (
            "The order that approved it.",
            "ORDER: Option<Enactment>",
            enactment(reg.order.as_ref()),
        ),
        (
            "Its registration with the Ministry of Justice.",
            "REGISTRATION: Option<Enactment>",
            enactment(reg.registration.as_ref()),
        ),
        (
            "The \"as amended on\" date of the text.",
            "AMENDED: Option<Date>",
            reg.amended
                .map_or(Expr::path("None"), |d| Expr::some(date(d))),
        ),
        (
            "The version of reglament that generated this crate.",
            "REGLAMENT_VERSION: &str",
            Expr::str(env!("CARGO_PKG_VERSION")),
        ),
    ];
    for (i, (doc, lhs, value)) in consts.iter().enumerate() {
        if i > 0 {
            code.blank();
        }
        code.doc(0, &[(*doc).to_owned()]);
        code.lines(
            0,
            &layout::assignment(&format!("pub const {lhs}"), value, 0),
        );
    }
    code.finish()
}

/// What the crate's root re-exports, by module: every public name.
pub fn exports(reg: &Regulation, names: &Names) -> Vec<(&'static str, Vec<String>)> {
    let s = |items: &[&str]| items.iter().map(|i| (*i).to_owned()).collect::<Vec<_>>();
    let mut choices = s(&["Fact", "Status"]);
    choices.extend(reg.choices.iter().map(|c| names.choice(&c.id).to_owned()));
    let mut exports = vec![
        ("acts", s(&["Act"])),
        ("answer", s(&["Answer", "Needs"])),
        ("batch", s(&["decide_batch"])),
        ("calendar", s(&["calendar"])),
        (
            "categories",
            if reg.groups.is_empty() {
                s(&["Category", "Ground", "Representative"])
            } else {
                s(&["Category", "Ground", "Group", "Representative"])
            },
        ),
        ("choices", choices),
        (
            "columns",
            s(&[
                "Bitmap",
                "BoolColumn",
                "Column",
                "DateColumn",
                "DecisionColumns",
                "decide_columns",
            ]),
        ),
        ("deadline", s(&["Deadline", "Duration", "Unit"])),
        (
            "decide",
            s(&[
                "Categories",
                "Documents",
                "Query",
                "categories",
                "decide",
                "documents",
                "representative",
                "term",
            ]),
        ),
        (
            "decision",
            s(&["CategoryDecision", "Decision", "RequiredDocument"]),
        ),
        ("documents", s(&["Document", "Form"])),
        ("facts", s(&["FactColumns", "Facts"])),
        ("fees", s(&["Fee"])),
        ("jiff::civil", s(&["Date"])),
        (
            "limits",
            s(&["DeadlineError", "Length", "LimitDecision", "TermDecision"]),
        ),
        ("meta", s(&["Citation", "Enactment", "Money"])),
        (
            "sets",
            s(&["CategorySet", "DocumentSet", "FactSet", "GroundSet"]),
        ),
        ("terms", s(&["Application", "Event", "Limit", "Term"])),
    ];
    if reg.versions.len() > 1 {
        exports.push(("versions", s(&["Amendment", "Version"])));
    }
    exports
}

pub(super) fn enactment(e: Option<&Enactment>) -> Expr {
    match e {
        None => Expr::path("None"),
        Some(e) => Expr::some(Expr::Struct(
            "Enactment".to_owned(),
            vec![
                ("number".to_owned(), Expr::str(&e.number)),
                ("date".to_owned(), date(e.date)),
                ("by".to_owned(), Expr::str(&e.by)),
            ],
            None,
        )),
    }
}

/// The text of `acts.rs`.
pub fn acts(cx: &Context<'_>) -> String {
    let reg = cx.reg;
    let items: Vec<Titled<'_>> = reg
        .acts
        .iter()
        .map(|a| Titled {
            id: &a.id,
            title: &a.title,
            docs: code::prose(&act_words(a)),
        })
        .collect();
    let mut body = Code::new();
    titled(
        &mut body,
        cx.names,
        "Act",
        "The legal acts the regulation cites.",
        &items,
        |body, item| {
            body.blank();
            body.match_method(
                &["Its number (`115-FZ`), if given.".to_owned()],
                "pub fn number(self) -> Option<&'static str>",
                &item.arms(|i| code::opt_str(reg.acts[i].number.as_deref())),
            );
            body.blank();
            body.match_method(
                &["The date it was adopted, if given.".to_owned()],
                "pub fn dated(self) -> Option<Date>",
                &item.arms(|i| {
                    reg.acts[i]
                        .dated
                        .map_or(Expr::path("None"), |d| Expr::some(date(d)))
                }),
            );
        },
    );
    let mut code = Code::new();
    code.inner_doc(&["The legal acts the regulation cites.".to_owned()]);
    code.blank();
    code.line(0, "use jiff::civil::Date;");
    code.blank();
    code.raw(body.finish().trim_start_matches('\n'));
    code.finish()
}

/// The text of `calendar.rs`: the production calendar as data.
pub fn calendar(reg: &Regulation) -> String {
    let mut code = Code::new();
    code.inner_doc(&["The production calendar deadlines are counted by.".to_owned()]);
    code.blank();
    let Some(cal) = reg.production_calendar() else {
        code.line(0, "use crate::deadline::Calendar;");
        code.blank();
        code.doc(
            0,
            &[
                "The regulation names no production calendar, so no deadline can be".to_owned(),
                "counted.".to_owned(),
            ],
        );
        code.raw("pub fn calendar() -> Option<&'static Calendar> {\n    None\n}\n");
        return code.finish();
    };
    code.line(0, "use std::sync::OnceLock;");
    code.blank();
    code.line(0, "use jiff::civil::Date;");
    code.blank();
    code.line(0, "use crate::deadline::{Calendar, CalendarYear};");
    code.blank();
    let mut docs = vec![format!(
        "The production calendar deadlines are counted by, `{}`.",
        cal.id
    )];
    if let Some(t) = &cal.title {
        docs.push(String::new());
        docs.extend(code::prose(t));
    }
    if let (Some(first), Some(last)) = (cal.years.first(), cal.years.last()) {
        docs.push(String::new());
        docs.push(format!(
            "It covers {}-{}, each year as its Government decree set it; a deadline",
            first.year, last.year
        ));
        docs.push("that needs a day outside it is an error, never a guess.".to_owned());
    }
    code.doc(0, &docs);
    code.raw(CALENDAR_FN);
    code.blank();
    code.doc(0, &["The calendar's id.".to_owned()]);
    code.lines(
        0,
        &layout::assignment("const NAME: &str", &Expr::str(&cal.id), 0),
    );
    code.blank();
    code.raw(YEAR_STRUCT);
    code.blank();
    let years = Expr::Array(
        cal.years
            .iter()
            .map(|y| {
                let dates = |list: &[jiff::civil::Date]| {
                    Expr::slice(list.iter().map(|d| date(*d)).collect())
                };
                Expr::Struct(
                    "Year".to_owned(),
                    vec![
                        ("year".to_owned(), Expr::Lit(y.year.to_string())),
                        ("decree".to_owned(), Expr::str(&y.decree)),
                        ("non_working".to_owned(), dates(&y.non_working)),
                        ("working".to_owned(), dates(&y.working)),
                    ],
                    None,
                )
            })
            .collect(),
    );
    code.doc(0, &["The years, as their decrees set them.".to_owned()]);
    let lhs = format!("static YEARS: [Year; {}]", cal.years.len());
    code.lines(0, &layout::assignment(&lhs, &years, 0));
    code.finish()
}

/// The calendar, built once from [`YEARS`] on first use.
const CALENDAR_FN: &str = "pub fn calendar() -> Option<&'static Calendar> {
    static CALENDAR: OnceLock<Calendar> = OnceLock::new();
    Some(CALENDAR.get_or_init(build))
}

fn build() -> Calendar {
    Calendar::new(NAME, YEARS.iter().map(Year::to_calendar_year).collect())
}
";

/// A year of the calendar as constant data.
const YEAR_STRUCT: &str =
    "/// One year: the weekdays that are days off and the weekend days that are
/// working days.
struct Year {
    year: i16,
    decree: &'static str,
    non_working: &'static [Date],
    working: &'static [Date],
}

impl Year {
    fn to_calendar_year(&self) -> CalendarYear {
        CalendarYear {
            year: self.year,
            decree: self.decree.to_owned(),
            non_working_weekdays: self.non_working.to_vec(),
            working_weekend_days: self.working.to_vec(),
        }
    }
}
";
