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
//!   bring, on one A3 page;
//! - `stand/<office>/<sheet>.pdf`: the same four for each office whose
//!   profile gives the address of its online stand (`online_stand`), each
//!   with a QR code to it, drawn as vector. The sheets are otherwise the
//!   same for every office, so an office without that address has none of
//!   its own: its stand links the shared ones.
//!
//! [`fill`] typesets a form from an applicant's data, after checking the
//! data against the form's rules. Every PDF is dated with the regulation's
//! version date, so the same inputs give the same bytes.

mod data;
mod poster;
mod qr;
mod stand;
mod world;

use serde_json::Value as Json;

use crate::diagnostics::messages::forms::{FillProblem, fill_problem, outside_window};
use crate::model::{Form, Regulation};
use crate::output::Writer;
use data::Ui;
use world::{DocDate, Template, typeset};

use super::site::{Inputs, Lang};

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
/// `terms`, `applicants`, `poster`): the one all stands share, or with
/// `office` the one printed for that office's stand, with its QR code.
pub fn sheet_path(reg: &Regulation, office: Option<&str>, sheet: &str) -> String {
    match office {
        None => format!("forms/{}/stand/{sheet}.pdf", reg.id),
        Some(office) => format!("forms/{}/stand/{office}/{sheet}.pdf", reg.id),
    }
}

/// Writes every form, sample and stand sheet of `reg`, their interface
/// words in `inputs.lang` (the regulation's own text stays in its
/// language), and the sheets of each office with an online stand.
pub fn build(reg: &Regulation, inputs: &Inputs, out: &mut dyn Writer) -> std::io::Result<()> {
    let lang: Lang = inputs.lang;
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
    sheets(reg, &ui, None, out)?;
    for office in &inputs.offices {
        let office = office.as_of(inputs.day);
        let code = office
            .profile
            .online_stand
            .as_deref()
            .and_then(|url| qr::code(url, &ui.word("online_stand")));
        if let Some(code) = code {
            sheets(reg, &ui, Some((&office.id, code)), out)?;
        }
    }
    // typst memoizes in a cache global to the process; keep it from
    // growing without bound in a long-running process.
    typst::comemo::evict(10);
    Ok(())
}

/// The stand's sheets and poster, shared (`office` is `None`) or for one
/// office, with the QR code to its online stand.
fn sheets(
    reg: &Regulation,
    ui: &Ui,
    office: Option<(&str, Json)>,
    out: &mut dyn Writer,
) -> std::io::Result<()> {
    let date = doc_date(reg);
    let (id, code) = match office {
        Some((id, code)) => (Some(id), Some(code)),
        None => (None, None),
    };
    let with_code = |mut data: Json| {
        if let (Some(code), Some(map)) = (&code, data.as_object_mut()) {
            map.insert("qr".to_owned(), code.clone());
        }
        data
    };
    // The office's sheets are other documents: other identifiers.
    let which = |name: &str| id.map_or_else(|| name.to_owned(), |o| format!("{o}/{name}"));
    for sheet in stand::sheets(reg, ui) {
        let pdf = typeset(
            Template::Stand,
            &with_code(sheet.data),
            &ident(reg, "stand", &which(sheet.name)),
            date,
        )
        .map_err(|e| failed(&format!("stand/{}", which(sheet.name)), &e))?;
        out.write(&sheet_path(reg, id, sheet.name), &pdf)?;
    }
    let pdf = typeset(
        Template::Poster,
        &with_code(poster::poster(reg, ui)),
        &ident(reg, "stand", &which("poster")),
        date,
    )
    .map_err(|e| failed(&format!("stand/{}", which("poster")), &e))?;
    out.write(&sheet_path(reg, id, "poster"), &pdf)?;
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
    let mut problems: Vec<FillProblem> = form
        .validate(values, &printable)
        .iter()
        .map(|v| fill_problem(v, form, rule.as_ref()))
        .collect();
    problems.extend(outside_validity(reg, form, values));
    problems
}

/// A document whose validity window reads only dates this form asks
/// (fields with the ids of its facts and events), given and outside the
/// window. A window reading a date the form does not have is not judged.
fn outside_validity(reg: &Regulation, form: &Form, values: &Json) -> Vec<FillProblem> {
    let is_date = |id: &str| {
        form.fields()
            .any(|(_, f)| f.id == id && matches!(f.answer, crate::model::FieldKind::Date))
    };
    reg.documents
        .iter()
        .filter_map(|d| {
            let window = d.valid.as_ref()?;
            let mut read = Vec::new();
            window.condition.facts(&mut read);
            if read.is_empty() || !read.iter().all(|id| is_date(id)) {
                return None;
            }
            (crate::model::form::dates_hold(&window.condition, values) == Some(false))
                .then(|| outside_window(d, &window.words, &read, form, values))
        })
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
