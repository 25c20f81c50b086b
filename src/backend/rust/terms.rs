//! `terms.rs` of the generated crate: the processing terms, the other time
//! limits, the events they are counted from, and the kinds of application.

use super::clauses::{Context, by_title, clause_docs, file, text_methods, titled};
use super::code::{self, EnumItem};
use super::layout::Expr;
use crate::model::{ClauseText, DurationUnit, TermLength};

/// `terms.rs`: `Term`, `Limit`, `Event` and `Application`.
pub fn build(cx: &Context<'_>) -> Result<String, String> {
    let reg = cx.reg;
    let names = cx.names;
    let terms = &reg.terms;
    let mut body = cx.code();
    let term = EnumItem {
        name: "Term",
        docs: vec!["The processing terms of the service.".to_owned()],
        variants: terms
            .iter()
            .map(|t| {
                let head = match (&t.length, &t.clause.clause) {
                    (TermLength::Lasts { duration, .. }, Some(n)) => {
                        format!("Clause {n}: {duration}.")
                    }
                    (TermLength::Lasts { duration, .. }, None) => format!("{duration}."),
                    (TermLength::NotStated { reason }, _) => {
                        format!("The source states no term: {}", code::inline(reason))
                    }
                };
                (
                    names.variant("Term", &t.id).to_owned(),
                    clause_docs(reg, head, &t.clause),
                )
            })
            .collect(),
    };
    let ids: Vec<&str> = terms.iter().map(|t| t.id.as_str()).collect();
    term.write(&mut body, &ids);
    let texts: Vec<&ClauseText> = terms.iter().map(|t| &t.clause).collect();
    text_methods(&mut body, cx, &term, &texts);
    let list = |ids: &[String], ty: &str| {
        Expr::slice(
            ids.iter()
                .map(|id| Expr::path(names.path(ty, id)))
                .collect(),
        )
    };
    body.blank();
    body.match_method(
        &["How long it lasts (`None`: the source states no term).".to_owned()],
        "pub fn length(self) -> Option<Duration>",
        &term.arms(|i| match &terms[i].length {
            TermLength::Lasts { duration, .. } => Expr::some(Expr::Struct(
                "Duration".to_owned(),
                vec![
                    ("amount".to_owned(), Expr::Lit(duration.amount.to_string())),
                    ("unit".to_owned(), Expr::path(unit(duration.unit))),
                ],
                None,
            )),
            TermLength::NotStated { .. } => Expr::path("None"),
        }),
    );
    body.blank();
    body.match_method(
        &["The event it is counted from, if named.".to_owned()],
        "pub fn from(self) -> Option<Event>",
        &term.arms(|i| match &terms[i].length {
            TermLength::Lasts { from: Some(e), .. } => {
                Expr::some(Expr::path(names.path("Event", e)))
            }
            _ => Expr::path("None"),
        }),
    );
    body.blank();
    body.match_method(
        &["The kinds of application it is for.".to_owned()],
        "pub const fn applications(self) -> &'static [Application]",
        &term.arms(|i| list(&terms[i].applications, "Application")),
    );
    body.blank();
    body.match_method(
        &[
            "The categories it is for (a category includes its branches); `None`:".to_owned(),
            "every one that files those applications.".to_owned(),
        ],
        "pub fn categories(self) -> Option<&'static [Category]>",
        &term.arms(|i| {
            terms[i]
                .categories
                .as_ref()
                .map_or(Expr::path("None"), |c| Expr::some(list(c, "Category")))
        }),
    );
    body.blank();
    body.match_method(
        &["The statuses it is for; `None`: every status.".to_owned()],
        "pub const fn statuses(self) -> Option<&'static [Status]>",
        &term.arms(|i| {
            terms[i]
                .statuses
                .as_ref()
                .map_or(Expr::path("None"), |s| Expr::some(list(s, "Status")))
        }),
    );
    body.line(0, "}");
    if terms.iter().any(|t| matches!(&t.length, TermLength::Lasts { duration, .. } if duration.unit.deadline_unit().is_none())) {
        return Err("a term in hours or minutes, which the checker does not allow".to_owned());
    }

    limits(&mut body, cx)?;

    let events = by_title(reg.events.iter().map(|e| (e.id.as_str(), e.title.as_str())));
    titled(
        &mut body,
        names,
        "Event",
        "The events terms and limits are counted from.",
        &events,
        |body, item| {
            let acceptance = reg.acceptance_event().map_or("None".to_owned(), |e| {
                format!("Some(Self::{})", names.variant("Event", &e.id))
            });
            body.blank();
            body.doc(
                4,
                &[
                    "The event whose date is the day the application was accepted".to_owned(),
                    "(`date of acceptance`), if the regulation marks one.".to_owned(),
                ],
            );
            let line = format!("pub const ACCEPTANCE: Option<Self> = {acceptance};");
            if line.len() + 4 <= 100 {
                body.line(4, &line);
            } else {
                // As rustfmt breaks a long constant: after the `=`.
                body.line(4, "pub const ACCEPTANCE: Option<Self> =");
                body.line(8, &format!("{acceptance};"));
            }
            body.blank();
            let param = if reg.events.is_empty() {
                "_facts"
            } else {
                "facts"
            };
            body.match_method(
                &["Its date, as `facts` give it.".to_owned()],
                &format!("pub fn date(self, {param}: &Facts) -> Option<Date>"),
                &item.arms(|i| Expr::path(format!("facts.{}()", names.field(&reg.events[i].id)))),
            );
        },
    );
    let kinds = by_title(
        reg.applications
            .iter()
            .map(|a| (a.id.as_str(), a.title.as_str())),
    );
    titled(
        &mut body,
        names,
        "Application",
        "The kinds of application.",
        &kinds,
        |_, _| {},
    );
    Ok(file(
        cx,
        "The kinds of application, their processing terms, the other time limits, and\nthe events they are counted from.",
        body,
    ))
}

fn unit(u: crate::model::DurationUnit) -> &'static str {
    match u.deadline_unit() {
        Some(crate::deadline::Unit::Months) => "Unit::Months",
        Some(crate::deadline::Unit::WorkingDays) => "Unit::WorkingDays",
        Some(crate::deadline::Unit::CalendarDays) | None => "Unit::CalendarDays",
    }
}

/// `Limit`: the time limits that are not processing terms (an answer to a
/// phone call, a written reply), each counted from its event.
fn limits(body: &mut super::code::Code, cx: &Context<'_>) -> Result<(), String> {
    let reg = cx.reg;
    let names = cx.names;
    let limits = &reg.limits;
    let item = EnumItem {
        name: "Limit",
        docs: vec!["The time limits that are not processing terms.".to_owned()],
        variants: limits
            .iter()
            .map(|l| {
                let head = match &l.clause.clause {
                    Some(n) => format!("Clause {n}: {}.", l.duration),
                    None => format!("{}.", l.duration),
                };
                (
                    names.variant("Limit", &l.id).to_owned(),
                    clause_docs(reg, head, &l.clause),
                )
            })
            .collect(),
    };
    body.blank();
    let ids: Vec<&str> = limits.iter().map(|l| l.id.as_str()).collect();
    item.write(body, &ids);
    let texts: Vec<&ClauseText> = limits.iter().map(|l| &l.clause).collect();
    text_methods(body, cx, &item, &texts);
    body.blank();
    body.match_method(
        &[
            "How long it lasts: on the calendar, or in hours or minutes (stated,".to_owned(),
            "never counted on the calendar).".to_owned(),
        ],
        "pub fn length(self) -> Length",
        &item.arms(|i| {
            let d = &limits[i].duration;
            let amount = Expr::Lit(d.amount.to_string());
            match d.unit {
                DurationUnit::Hours => Expr::call("Length::Hours", vec![amount]),
                DurationUnit::Minutes => Expr::call("Length::Minutes", vec![amount]),
                u => Expr::call(
                    "Length::Counted",
                    vec![Expr::Struct(
                        "Duration".to_owned(),
                        vec![
                            ("amount".to_owned(), amount),
                            ("unit".to_owned(), Expr::path(unit(u))),
                        ],
                        None,
                    )],
                ),
            }
        }),
    );
    body.blank();
    body.match_method(
        &["The event it is counted from (`None`: the acceptance of the application).".to_owned()],
        "pub fn from(self) -> Option<Event>",
        &item.arms(|i| match &limits[i].from {
            Some(e) => Expr::some(Expr::path(names.path("Event", e))),
            None => Expr::path("None"),
        }),
    );
    body.line(0, "}");
    Ok(())
}
