//! The `site` target: the information stand as static HTML, CSS and one
//! small script, for a kiosk in the office and for the web.
//!
//! One stand per office profile, under `site/<regulation id>/<office id>/`,
//! with `site/<regulation id>/index.html` listing them and
//! `site/<regulation id>/assets/` holding the stylesheet and the script.
//! Pages come from the tera templates under `templates/site/`, the
//! regulation's Markdown through the `markdown` module (which lets no markup or
//! script through), interface labels from `templates/site/labels/`. Pages
//! work from `file://` and offline: nothing is loaded from elsewhere, and a
//! Content-Security-Policy forbids it.
//!
//! The build also reports which of the duties the regulation places on its
//! information stand (by the regulation's stand plan,
//! `regulations/stands/<regulation id>.toml`, see [`Plan`]) the stand has
//! content for: as warnings and on a publisher's page, `coverage.html`,
//! that no public page links to.

mod catalog;
mod changes;
mod coverage;
pub(crate) mod labels;
mod markdown;
mod office;
mod pages;
mod plan;
mod render;
mod selfcheck;
mod views;
pub(crate) mod words;

use std::collections::BTreeMap;
use std::io;

pub use office::{Office, OfficeError};
pub use plan::Plan;

use crate::model::Regulation;
use crate::output::Writer;

/// The language of the site's interface labels. The regulation's own text
/// is always shown in its own language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Russian.
    Ru,
}

impl Lang {
    /// The language code: `en`, `ru`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }
}

/// What the site is built from besides the model.
#[derive(Clone, Debug, Default)]
pub struct Inputs {
    /// The interface language.
    pub lang: Lang,
    /// The office profiles, one stand each; none gives one stand without
    /// office details.
    pub offices: Vec<Office>,
    /// The stand plans, by regulation id.
    pub plans: BTreeMap<String, Plan>,
    /// The day the stand is built as of (`build --as-of`), which decides
    /// which adopted amendments it announces; none: the latest version.
    pub day: Option<jiff::civil::Date>,
}

impl Inputs {
    /// Reads the office profiles among `files` (relative path to contents,
    /// as [`crate::output::read_tree`] returns a folder): every `.toml` file
    /// at the top of the folder, in the order of their names.
    pub fn new(lang: Lang, files: &BTreeMap<String, Vec<u8>>) -> Result<Inputs, Vec<OfficeError>> {
        let mut offices = Vec::new();
        let mut errors = Vec::new();
        for (path, bytes) in files {
            if !path.ends_with(".toml") || path.contains('/') {
                continue;
            }
            let parsed = std::str::from_utf8(bytes)
                .map_err(|_| OfficeError {
                    file: path.clone(),
                    message: "not UTF-8 text".to_owned(),
                })
                .and_then(|text| Office::parse(path, text));
            match parsed {
                // The stands share these folders beside them.
                Ok(o) if o.id == "assets" || o.id == "forms" => errors.push(OfficeError {
                    file: path.clone(),
                    message: format!(
                        "`{}` is the stands' shared folder of {}: rename the file",
                        o.id,
                        if o.id == "assets" {
                            "styles and scripts"
                        } else {
                            "form PDFs"
                        }
                    ),
                }),
                Ok(o) => offices.push(o),
                Err(e) => errors.push(e),
            }
        }
        if errors.is_empty() {
            Ok(Inputs {
                lang,
                offices,
                plans: BTreeMap::new(),
                day: None,
            })
        } else {
            Err(errors)
        }
    }

    /// Adds the stand plans among `files` (a folder, as for
    /// [`Inputs::new`]): every `.toml` file at its top, named after the
    /// regulation id it plans for. `folder` prefixes the names in messages.
    pub fn with_plans(
        mut self,
        folder: &str,
        files: &BTreeMap<String, Vec<u8>>,
    ) -> Result<Inputs, Vec<String>> {
        let mut errors = Vec::new();
        for (path, bytes) in files {
            let Some(id) = path.strip_suffix(".toml").filter(|_| !path.contains('/')) else {
                continue;
            };
            let file = format!("{folder}/{path}");
            let parsed = std::str::from_utf8(bytes)
                .map_err(|_| format!("{file}: not UTF-8 text"))
                .and_then(|text| Plan::parse(&file, text));
            match parsed {
                Ok(plan) => {
                    self.plans.insert(id.to_owned(), plan);
                }
                Err(e) => errors.push(e),
            }
        }
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(errors)
        }
    }
}

/// A file another target of this build wrote.
#[derive(Clone, Debug)]
pub struct Written {
    /// Its path under the output folder (`forms/<regulation id>/...`).
    pub path: String,
    /// Its bytes: the site copies the PDFs into itself, so that a stand
    /// copied alone onto a kiosk keeps its forms.
    pub bytes: Vec<u8>,
}

/// A writer that remembers what was written through it, so that the site,
/// built last, links only the files (form PDFs) this build produced.
pub struct Recorder<'a> {
    inner: &'a mut dyn Writer,
    written: Vec<Written>,
}

impl<'a> Recorder<'a> {
    /// Records what is written to `inner`.
    pub fn new(inner: &'a mut dyn Writer) -> Self {
        Self {
            inner,
            written: Vec::new(),
        }
    }

    /// The files written so far.
    pub fn written(&self) -> &[Written] {
        &self.written
    }
}

impl Writer for Recorder<'_> {
    fn write(&mut self, path: &str, contents: &[u8]) -> io::Result<()> {
        // Only the forms' PDFs are read back; other files are not kept twice.
        let bytes = if path.starts_with("forms/") {
            contents.to_vec()
        } else {
            Vec::new()
        };
        self.written.push(Written {
            path: path.to_owned(),
            bytes,
        });
        self.inner.write(path, contents)
    }
}

/// Writes the stands of `reg` under `site/<regulation id>/`; `written` are
/// the files other targets of this build produced, whose PDFs the site
/// copies to `site/<regulation id>/forms/`. Returns the warnings:
/// the stand duties each stand does not fully cover, and the office
/// profiles' missing fields.
pub fn build(
    reg: &Regulation,
    inputs: &Inputs,
    written: &[Written],
    out: &mut dyn Writer,
) -> io::Result<Vec<String>> {
    render::Site::new(reg, inputs, written)
        .and_then(|site| site.write(out))
        .map_err(|e| io::Error::other(format!("the site of `{}`: {e}", reg.id)))
}
