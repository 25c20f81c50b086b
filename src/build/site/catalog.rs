//! The application forms (with the PDFs of this build, if any) and the
//! legal acts, as the stand lists them.

use serde::Serialize;

use super::Written;
use super::pages::Ref;
use super::views::clausal;
use super::words::{Words, date};
use crate::model::{ClauseNumber, Regulation};

/// One application form.
#[derive(Debug, Serialize)]
pub struct FormView {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
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
}

/// The print sheets among `pdfs`.
pub fn sheets(pdfs: &[(&str, &[u8])]) -> Sheets {
    let find = |name: &str| {
        pdfs.iter()
            .any(|(p, _)| *p == format!("stand/{name}.pdf"))
            .then(|| format!("{PDF_DIR}stand/{name}.pdf"))
    };
    Sheets {
        documents: find("documents"),
        terms: find("terms"),
        applicants: find("applicants"),
    }
}

/// The forms, each with the PDFs of it that this build wrote under
/// `forms/<regulation id>/`: `<form id>.pdf` is the blank form and
/// `<form id>.<sample id>.pdf` a filled sample (the forms target's names).
pub fn forms(reg: &Regulation, words: &Words<'_>, pdfs: &[(&str, &[u8])]) -> Vec<FormView> {
    let pdfs: Vec<&str> = pdfs.iter().map(|(name, _)| *name).collect();
    // Each PDF belongs to the form with the longest id it starts with, so
    // that `issue_form_minor...` is not taken for `issue_form`.
    let owner = |name: &str| -> Option<&str> {
        reg.forms
            .iter()
            .map(|f| f.id.as_str())
            .filter(|id| {
                name.strip_prefix(id)
                    .is_some_and(|rest| rest.starts_with(['.', '-', '_', '/']))
            })
            .max_by_key(|id| id.len())
    };
    let clause_ref = |n: &ClauseNumber| {
        let id = clausal(reg)
            .into_iter()
            .find(|c| c.clause.clause.as_ref() == Some(n))
            .map_or_else(String::new, |c| c.id.to_owned());
        Ref {
            id,
            label: words.clause(n),
        }
    };
    reg.forms
        .iter()
        .map(|f| {
            let mine: Vec<&str> = pdfs
                .iter()
                .copied()
                .filter(|p| owner(p) == Some(f.id.as_str()))
                .collect();
            // What follows the form's id: nothing (or `blank`) for the
            // blank form, the sample's id for a filled sample.
            let rest = |p: &str| {
                p[f.id.len()..]
                    .trim_end_matches(".pdf")
                    .trim_matches(['.', '-', '_', '/'])
                    .to_owned()
            };
            let href = |p: &str| format!("{PDF_DIR}{p}");
            let blank = mine
                .iter()
                .find(|p| matches!(rest(p).as_str(), "" | "blank"))
                .map(|p| href(p));
            let samples = mine
                .iter()
                .filter(|p| !matches!(rest(p).as_str(), "" | "blank"))
                .map(|p| Pdf {
                    label: rest(p).replace(['-', '_', '/', '.'], " "),
                    href: href(p),
                })
                .collect();
            FormView {
                id: f.id.clone(),
                title: f.title.clone(),
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
