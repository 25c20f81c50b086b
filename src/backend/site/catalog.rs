//! The application forms (with the PDFs of this build, if any) and the
//! legal acts, as the stand lists them.

use serde::Serialize;

use super::Written;
use super::markdown::Links;
use super::pages::Ref;
use super::views::clausal;
use super::words::{Words, date};
use crate::backend::forms::{form_path, sheet_path};
use crate::model::{ClauseNumber, Regulation};

/// One application form.
#[derive(Debug, Serialize)]
pub struct FormView {
    /// Id.
    pub id: String,
    /// Title: the source's `title ru` on a stand in Russian, when given.
    pub title: String,
    /// The title is the source's translation into the page's language.
    pub title_translated: bool,
    /// Appendix number.
    pub appendix: Option<u32>,
    /// Clauses that name it.
    pub see: Vec<Ref>,
    /// Documents filled in on it.
    pub documents: Vec<Ref>,
    /// The blank form's PDF, relative to a stand page.
    pub blank: Option<String>,
    /// Filled samples: label and PDF.
    pub samples: Vec<Pdf>,
    /// Editor's notes on it (what the source does not give of it).
    pub notes: Vec<String>,
}

/// A PDF produced by this build.
#[derive(Debug, Serialize)]
pub struct Pdf {
    /// What it is (from its file name).
    pub label: String,
    /// Its address relative to a stand page.
    pub href: String,
}

/// One legal act.
#[derive(Debug, Serialize)]
pub struct ActView {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Number.
    pub number: Option<String>,
    /// Date of adoption.
    pub dated: Option<String>,
    /// The short name the text uses.
    pub called: Option<String>,
    /// Where it was published.
    pub published: Option<String>,
    /// The clauses that cite it, with the divisions cited.
    pub cited: Vec<Citing>,
}

/// A clause citing an act.
#[derive(Debug, Serialize)]
pub struct Citing {
    /// The clause's id.
    pub id: String,
    /// `item 2.11`, or the words for unnumbered text.
    pub label: String,
    /// The divisions cited (empty: the whole act).
    pub divisions: String,
}

/// Where a stand page (`site/<reg>/<office>/`) finds the PDFs the site
/// copied into `site/<reg>/forms/`.
const PDF_DIR: &str = "../forms/";

/// The PDFs the forms target wrote in this build, by their names under
/// `forms/<regulation id>/` (`issue_form.pdf`, `stand/terms.pdf`).
pub fn pdfs<'w>(reg: &Regulation, written: &'w [Written]) -> Vec<(&'w str, &'w [u8])> {
    let dir = format!("forms/{}/", reg.id);
    written
        .iter()
        .filter_map(|w| Some((w.path.strip_prefix(&dir)?, w.bytes.as_slice())))
        .filter(|(name, _)| name.ends_with(".pdf"))
        .collect()
}

/// The information stand's print sheets (A4 PDFs) this build wrote, each
/// linked from the page it prints, relative to a stand page.
#[derive(Debug, Default, Serialize)]
pub struct Sheets {
    /// The documents, as a checklist.
    pub documents: Option<String>,
    /// The terms.
    pub terms: Option<String>,
    /// Who may apply.
    pub applicants: Option<String>,
    /// Who may apply, how long it takes and what to bring, on one A3 page.
    pub poster: Option<String>,
}

/// The print sheets among the files this build wrote: those printed for
/// `office` (with the QR code to its online stand) when there are, else
/// the ones all stands share.
pub fn sheets(reg: &Regulation, written: &[Written], office: &str) -> Sheets {
    let find = |name: &str| {
        link(reg, written, &sheet_path(reg, Some(office), name))
            .or_else(|| link(reg, written, &sheet_path(reg, None, name)))
    };
    Sheets {
        documents: find("documents"),
        terms: find("terms"),
        applicants: find("applicants"),
        poster: find("poster"),
    }
}

/// The address of a PDF of the forms target from a stand page, if this
/// build wrote it.
fn link(reg: &Regulation, written: &[Written], path: &str) -> Option<String> {
    let dir = format!("forms/{}/", reg.id);
    written
        .iter()
        .find(|w| w.path == path)
        .and_then(|w| w.path.strip_prefix(&dir))
        .map(|name| format!("{PDF_DIR}{name}"))
}

/// The forms, each with the PDFs of it (blank and filled samples) that this
/// build wrote.
pub fn forms(
    reg: &Regulation,
    words: &Words<'_>,
    links: &Links,
    written: &[Written],
) -> Vec<FormView> {
    let clause_ref = |n: &ClauseNumber| {
        let id = links
            .clauses
            .get(&n.to_string())
            .cloned()
            .unwrap_or_default();
        Ref {
            id,
            label: words.clause(n),
            name: None,
            name_translated: false,
        }
    };
    reg.forms
        .iter()
        .map(|f| {
            let blank = link(reg, written, &form_path(reg, &f.id, None));
            let samples = f
                .samples
                .iter()
                .filter_map(|sample| {
                    let href = link(reg, written, &form_path(reg, &f.id, Some(&sample.id)))?;
                    Some(Pdf {
                        label: sample.title.clone().unwrap_or_else(|| sample.id.clone()),
                        href,
                    })
                })
                .collect();
            let translated = reg.translated(&f.id, "title", words.lang.code());
            FormView {
                id: f.id.clone(),
                title: translated.map_or_else(|| f.title.clone(), str::to_owned),
                title_translated: translated.is_some(),
                appendix: f.appendix,
                see: f.see.iter().map(clause_ref).collect(),
                documents: reg
                    .documents
                    .iter()
                    .filter(|d| d.form.as_deref() == Some(f.id.as_str()))
                    .map(|d| Ref {
                        id: d.id.clone(),
                        label: d
                            .clause
                            .clause
                            .as_ref()
                            .map_or_else(|| d.id.clone(), |n| words.clause(n)),
                        name: None,
                        name_translated: false,
                    })
                    .collect(),
                blank,
                samples,
                notes: f.notes.clone(),
            }
        })
        .collect()
}

/// The acts, each with the clauses that cite it, in the order of their
/// numbers. A branch without a number of its own is cited as its category.
pub fn acts(reg: &Regulation, words: &Words<'_>) -> Vec<ActView> {
    let elements = clausal(reg);
    let numbered = |id: &str| -> (String, Option<ClauseNumber>) {
        let owner = reg.categories.iter().find(|c| {
            c.branches
                .iter()
                .any(|b| b.id == id && b.clause.clause.is_none())
        });
        match owner {
            Some(c) => (c.id.clone(), c.clause.clause.clone()),
            None => (
                id.to_owned(),
                elements
                    .iter()
                    .find(|e| e.id == id)
                    .and_then(|e| e.clause.clause.clone()),
            ),
        }
    };
    reg.acts
        .iter()
        .map(|a| {
            let mut cited: Vec<(Option<ClauseNumber>, Citing)> = elements
                .iter()
                .flat_map(|e| {
                    e.clause.basis.iter().filter(|b| b.act == a.id).map(|b| {
                        let (id, n) = numbered(e.id);
                        let label = n.as_ref().map_or_else(
                            || words.labels.get("clause_unnumbered").to_owned(),
                            |n| words.clause(n),
                        );
                        let divisions = words.divisions(b);
                        (
                            n,
                            Citing {
                                id,
                                label,
                                divisions,
                            },
                        )
                    })
                })
                .collect();
            cited.sort_by(|x, y| x.0.cmp(&y.0));
            ActView {
                id: a.id.clone(),
                title: a.title.clone(),
                number: a.number.clone(),
                dated: a.dated.map(date),
                called: a.called.clone(),
                published: a.published.clone(),
                cited: cited.into_iter().map(|(_, c)| c).collect(),
            }
        })
        .collect()
}
