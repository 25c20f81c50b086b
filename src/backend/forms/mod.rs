//! The `forms` target: application forms and information-stand sheets as
//! PDF/A-2b, typeset in-process by typst from the templates in
//! `templates/forms/`.
//!
//! Writes, under `forms/<regulation id>/`:
//! - `<form>.pdf`: each form with fields, blank;
//! - `<form>.<sample>.pdf`: each form filled in with each of its samples;
//! - `stand/documents.pdf`, `stand/terms.pdf`, `stand/applicants.pdf`: the
//!   information stand's sheets (A4);
//! - `stand/poster.pdf`: who may apply, how long it takes and what to
//!   bring, on one A3 page.
//!
//! [`fill`] typesets a form from an applicant's data, after checking the
//! data against the form's rules. Every PDF is dated with the regulation's
//! version date, so the same inputs give the same bytes.

mod data;
mod poster;
mod stand;
mod world;

use serde_json::Value as Json;

use crate::diagnostics::messages::forms::{FillProblem, fill_problem};
use crate::model::{Form, Regulation};
use crate::output::Writer;
use data::Ui;
use world::{DocDate, Template, typeset};

use super::site::Lang;

pub use stand::plain_text;
pub use world::{printable, typeset_as_nothing};

/// Where the forms target writes a form of `reg`: blank, or filled in with
/// one of its samples. The site finds the PDFs it links by these names.
pub fn form_path(reg: &Regulation, form: &str, sample: Option<&str>) -> String {
    match sample {
        None => format!("forms/{}/{form}.pdf", reg.id),
        Some(sample) => format!("forms/{}/{form}.{sample}.pdf", reg.id),
    }
}

/// Where the forms target writes a stand sheet of `reg` (`documents`,
/// `terms`, `applicants`, `poster`).
pub fn sheet_path(reg: &Regulation, sheet: &str) -> String {
    format!("forms/{}/stand/{sheet}.pdf", reg.id)
}

/// Writes every form, sample and stand sheet of `reg`, their interface
/// words in `lang` (the regulation's own text stays in its language).
pub fn build(reg: &Regulation, lang: Lang, out: &mut dyn Writer) -> std::io::Result<()> {
    let ui = Ui::new(lang).map_err(std::io::Error::other)?;
    let date = doc_date(reg);
    for form in reg.forms.iter().filter(|f| !f.sections.is_empty()) {
        let blank = data::form(reg, &ui, form, None, None);
        let pdf = typeset(Template::Form, &blank, &ident(reg, &form.id, "blank"), date)
            .map_err(|e| failed(&form.id, &e))?;
        out.write(&form_path(reg, &form.id, None), &pdf)?;
        for sample in &form.samples {
            let values = sample.data();
            let problems = check(reg, form, &values);
            if let Some(p) = problems.first() {
                let why = format!("sample `{}`: {}: {}", sample.id, p.path, p.message);
                return Err(failed(&form.id, &why));
            }
            let filled = data::form(reg, &ui, form, Some(&values), Some(&sample.id));
            let pdf = typeset(
                Template::Form,
                &filled,
                &ident(reg, &form.id, &sample.id),
                date,
            )
            .map_err(|e| failed(&form.id, &e))?;
            out.write(&form_path(reg, &form.id, Some(&sample.id)), &pdf)?;
        }
    }
    for sheet in stand::sheets(reg, &ui) {
        let pdf = typeset(
            Template::Stand,
            &sheet.data,
            &ident(reg, "stand", sheet.name),
            date,
        )
        .map_err(|e| failed(&format!("stand/{}", sheet.name), &e))?;
        out.write(&sheet_path(reg, sheet.name), &pdf)?;
    }
    let pdf = typeset(
        Template::Poster,
        &poster::poster(reg, &ui),
        &ident(reg, "stand", "poster"),
        date,
    )
    .map_err(|e| failed("stand/poster", &e))?;
    out.write(&sheet_path(reg, "poster"), &pdf)?;
    // typst memoizes in a cache global to the process; keep it from
    // growing without bound in a long-running process.
    typst::comemo::evict(10);
    Ok(())
}

fn failed(what: &str, why: &str) -> std::io::Error {
    std::io::Error::other(format!("typesetting `{what}` failed:\n{why}"))
}

fn ident(reg: &Regulation, form: &str, which: &str) -> String {
    format!("reglament/{}/{form}/{which}", reg.id)
}

/// The regulation's version date: the first day of the version it
/// presents, else when it was last amended, or approved.
fn doc_date(reg: &Regulation) -> DocDate {
    let date = reg
        .presented_version()
        .and_then(|v| v.from)
        .or(reg.amended)
        .or_else(|| reg.order.as_ref().map(|o| o.date))
        .unwrap_or(jiff::civil::date(2000, 1, 1));
    DocDate {
        year: i32::from(date.year()),
        month: u8::try_from(date.month()).unwrap_or(1),
        day: u8::try_from(date.day()).unwrap_or(1),
    }
}

/// Every rule `values` breaks on `form`, in words, with the clause where
/// the regulation states the rule (26.1 for the date format).
pub fn check(reg: &Regulation, form: &Form, values: &Json) -> Vec<FillProblem> {
    let rule = reg.date_rule(&form.id);
    form.validate(values, &printable)
        .iter()
        .map(|v| fill_problem(v, form, rule.as_ref()))
        .collect()
}

/// Why [`fill`] wrote nothing.
#[derive(Debug)]
pub enum FillError {
    /// No form with that id has fields.
    UnknownForm {
        /// The forms that can be filled.
        known: Vec<String>,
    },
    /// The data breaks the form's rules; each problem is listed.
    Invalid(Vec<FillProblem>),
    /// Typesetting failed: a mistake in the templates, not in the data.
    Typeset(String),
}

/// Typesets `form_id` filled in with `values`, if they keep every rule.
pub fn fill(reg: &Regulation, form_id: &str, values: &Json) -> Result<Vec<u8>, FillError> {
    let Some(form) = reg.form(form_id).filter(|f| !f.sections.is_empty()) else {
        return Err(FillError::UnknownForm {
            known: reg
                .forms
                .iter()
                .filter(|f| !f.sections.is_empty())
                .map(|f| f.id.clone())
                .collect(),
        });
    };
    let problems = check(reg, form, values);
    if !problems.is_empty() {
        return Err(FillError::Invalid(problems));
    }
    let ui = Ui::of_regulation(reg).map_err(FillError::Typeset)?;
    let data = data::form(reg, &ui, form, Some(values), None);
    // The identifier follows the data, so one applicant's data always
    // gives the same file and two applicants' files differ.
    let which = format!("filled/{values}");
    typeset(
        Template::Form,
        &data,
        &ident(reg, form_id, &which),
        doc_date(reg),
    )
    .map_err(FillError::Typeset)
}
