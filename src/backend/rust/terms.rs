//! `terms.rs` of the generated crate: the processing terms, the events
//! they are counted from, and the kinds of application.

use super::clauses::{Context, by_title, clause_docs, file, text_methods, titled};
use super::code::{self, EnumItem};
use super::layout::Expr;
use crate::model::{ClauseText, TermLength};

/// `terms.rs`: `Term`, `Event` and `Application`.
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
        "pub fn applications(self) -> &'static [Application]",
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
        "pub fn statuses(self) -> Option<&'static [Status]>",
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

    let events = by_title(reg.events.iter().map(|e| (e.id.as_str(), e.title.as_str())));
    titled(
        &mut body,
        names,
        "Event",
        "The events terms are counted from.",
        &events,
        |_, _| {},
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
        "The kinds of application, their processing terms, and what terms are counted from.",
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
