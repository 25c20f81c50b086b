//! Coverage of the stand duties: for each duty of the regulation on the
//! stand's channel, whether the stand has content for it, from the stand
//! plan, the office profile and the forms this build produced. What no
//! source gives stays reported missing; nothing is filled in.

use serde::Serialize;

use super::catalog::FormView;
use super::labels::Labels;
use super::office::{FIELDS, Office, field_in_sentence, field_label};
use super::plan::{Plan, derived_page};
use super::words::Words;
use crate::model::Regulation;

/// How much of a duty the stand carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// All of it.
    Present,
    /// Part of it.
    Partial,
    /// None of it.
    Missing,
}

/// One duty's row on the publisher's page.
#[derive(Debug, Serialize)]
pub struct Row {
    /// The duty's id (its anchor in the full text).
    pub id: String,
    /// `item 11.9`.
    pub label: String,
    /// Its text (HTML).
    pub text: String,
    /// How much the stand carries.
    pub status: Status,
    /// The page that carries it.
    pub page: Option<String>,
    /// That page's title in the interface language.
    pub page_title: Option<String>,
    /// Why it is partial or missing, one sentence each.
    pub reasons: Vec<Reason>,
}

/// One sentence of why a duty is partial or missing: the stand's own
/// words, or words of the sources (the regulation's cut-off notes, the
/// stand plan's reasons), which keep their language.
#[derive(Debug, Serialize)]
pub struct Reason {
    /// The sentence.
    pub text: String,
    /// Its language, when it is not the interface's.
    pub lang: Option<String>,
}

impl Reason {
    fn own(text: String) -> Reason {
        Reason { text, lang: None }
    }
}

/// One field of the office profile on the publisher's page.
#[derive(Debug, Serialize)]
pub struct Field {
    /// Its name in the profile.
    pub name: &'static str,
    /// Its name in the interface language.
    pub label: String,
    /// Is it given?
    pub given: bool,
}

/// The coverage of one stand.
#[derive(Debug, Serialize)]
pub struct Coverage {
    /// One row per duty.
    pub rows: Vec<Row>,
    /// The office profile's fields.
    pub fields: Vec<Field>,
    /// Rows that are present, partial, missing.
    pub counts: [usize; 3],
}

/// The coverage of the stand of `office` (`None`: no profile).
pub fn coverage(
    reg: &Regulation,
    words: &Words<'_>,
    plan: &Plan,
    office: Option<&Office>,
    forms: &[FormView],
    elements: &super::views::Elements,
) -> Coverage {
    let labels: &Labels = words.labels;
    // The plan's reasons are the publisher's words beside the regulation,
    // written in its language, like the regulation's own notes.
    let source = |text: String| Reason {
        text,
        lang: reg
            .language
            .clone()
            .filter(|l| l.as_str() != words.lang.code()),
    };
    let has = |f: &str| office.is_some_and(|o| o.has(f));
    let mut rows = Vec::new();
    for duty in reg.duties.iter().filter(|d| {
        plan.channel
            .as_ref()
            .is_some_and(|c| d.channels.contains(c))
    }) {
        let entry = plan.duties.get(&duty.id);
        let mut status = Status::Missing;
        let mut reasons: Vec<Reason> = Vec::new();
        let mut page = None;
        if let Some(e) = entry {
            let mut parts: Vec<Status> = Vec::new();
            if let Some(p) = &e.page {
                page = Some(p.clone());
                parts.push(Status::Present);
                // A page whose clauses the source cuts off is partial.
                let cut = match p.as_str() {
                    "regulation" => reg.omissions.iter().map(|o| o.text.clone()).collect(),
                    "documents" => super::views::document_omissions(reg),
                    _ => Vec::<String>::new(),
                };
                if !cut.is_empty() {
                    parts.push(Status::Partial);
                    reasons.extend(cut.into_iter().map(source));
                }
            }
            if !e.office.is_empty() {
                let lacking: Vec<String> = e
                    .office
                    .iter()
                    .filter(|f| !has(f))
                    .map(|f| field_in_sentence(labels, f))
                    .collect();
                parts.push(if lacking.is_empty() {
                    Status::Present
                } else if lacking.len() < e.office.len() {
                    Status::Partial
                } else {
                    Status::Missing
                });
                if !lacking.is_empty() {
                    reasons.push(Reason::own(
                        labels.fill("coverage_office_lacks", &[("fields", &lacking.join(", "))]),
                    ));
                }
            }
            if e.samples {
                let with = forms.iter().filter(|f| !f.samples.is_empty()).count();
                parts.push(if with == forms.len() && with > 0 {
                    Status::Present
                } else if with > 0 {
                    Status::Partial
                } else {
                    Status::Missing
                });
                let lacking: Vec<&str> = forms
                    .iter()
                    .filter(|f| f.samples.is_empty())
                    .map(|f| f.id.as_str())
                    .collect();
                if !lacking.is_empty() {
                    reasons.push(Reason::own(
                        labels.fill("coverage_no_samples", &[("forms", &lacking.join(", "))]),
                    ));
                }
                page = Some("forms".to_owned());
            }
            status = combine(&parts);
            // What the plan calls partial is partial, unless nothing carries it at all.
            if let Some(why) = &e.partial {
                if parts.is_empty() || status == Status::Present {
                    status = Status::Partial;
                }
                reasons.push(source(why.clone()));
            }
            if parts.is_empty() {
                reasons.push(match &e.missing {
                    Some(why) => source(why.clone()),
                    None => {
                        Reason::own(labels.fill("coverage_not_planned", &[("plan", &plan.file)]))
                    }
                });
            }
        } else if let Some(p) = derived_page(reg, &duty.clause.see) {
            status = Status::Present;
            page = Some(p.to_owned());
        } else {
            reasons.push(Reason::own(
                labels.fill("coverage_not_planned", &[("plan", &plan.file)]),
            ));
        }
        rows.push(Row {
            id: duty.id.clone(),
            label: duty
                .clause
                .clause
                .as_ref()
                .map_or_else(|| duty.id.clone(), |n| words.clause(n)),
            text: elements
                .get(&duty.id)
                .map_or_else(String::new, |e| e.text.clone()),
            status,
            page_title: page.as_ref().map(|p| {
                labels
                    .get(&format!("page_{}", p.replace('-', "_")))
                    .to_owned()
            }),
            page,
            reasons,
        });
    }
    let counts = [Status::Present, Status::Partial, Status::Missing]
        .map(|s| rows.iter().filter(|r| r.status == s).count());
    Coverage {
        rows,
        fields: FIELDS
            .iter()
            .map(|name| Field {
                name,
                label: field_label(labels, name),
                given: has(name),
            })
            .collect(),
        counts,
    }
}

/// The weakest of the parts: all present is present, none present is missing.
fn combine(parts: &[Status]) -> Status {
    if parts.is_empty() || parts.iter().all(|p| *p == Status::Missing) {
        Status::Missing
    } else if parts.iter().all(|p| *p == Status::Present) {
        Status::Present
    } else {
        Status::Partial
    }
}

/// Build warnings for one stand: every duty not fully carried, and the
/// profile's missing fields (worded like the tool's other messages when
/// `cov` was made with the English labels).
pub fn warnings(stand: &str, cov: &Coverage) -> Vec<String> {
    let mut out = Vec::new();
    for r in &cov.rows {
        let what = match r.status {
            Status::Present => continue,
            Status::Partial => "partly covered",
            Status::Missing => "not covered",
        };
        out.push(format!(
            "{stand}: stand duty {} (`{}`) is {what}: {}",
            r.label,
            r.id,
            r.reasons
                .iter()
                .map(|x| x.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        ));
    }
    let lacking: Vec<&str> = cov
        .fields
        .iter()
        .filter(|f| !f.given)
        .map(|f| f.name)
        .collect();
    if !lacking.is_empty() {
        out.push(format!(
            "{stand}: the office profile does not give: {}",
            lacking.join(", ")
        ));
    }
    out
}
