//! `reglament serve`: a live preview of the information stand for legal
//! staff editing the sources.
//!
//! The preview is the site (and, unless turned off, the forms) built as
//! `reglament build` builds them, into a temporary folder that a small HTTP
//! server on the loopback interface serves. On every save the sources are
//! checked and built again; the open pages learn of it by server-sent
//! events and reload. While the sources have errors the last good preview
//! stays, and the pages show the problems over it.
//!
//! The pieces: [`render`] (the build, in memory, also what the benchmark
//! measures), [`live`] (what the pages are told), [`http`] (serving the
//! folder, the reload script and the event stream) and [`watch`] (which
//! files are watched). `src/cli/serve.rs` strings them together.
//! Nothing here writes into `out/`: the reload script is added to pages
//! as they are served, never to the files.

pub mod http;
pub mod live;
pub mod watch;

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::backend::{Target, build_with, site};
use crate::output::MemoryWriter;
use crate::project::Project;

/// What a preview is built with besides the sources.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// Also typeset the forms (the stand links their PDFs); without them
    /// the stand says the forms are not yet available.
    pub forms: bool,
    /// Interface language and office profiles (not yet dated).
    pub site: site::Inputs,
    /// The day to show the regulation and the profiles as of; none: the
    /// latest version the sources know.
    pub as_of: Option<Date>,
}

/// A preview built in memory.
#[derive(Debug, Default, PartialEq)]
pub struct Rendered {
    /// Every file, by its path under the preview folder (`site/...`,
    /// `forms/...`).
    pub files: BTreeMap<String, Vec<u8>>,
    /// What the stands lack (as `reglament build` warns).
    pub warnings: Vec<String>,
}

/// Builds the preview of every regulation of `project`, which must have no
/// errors (a regulation with errors has no model and is left out). The
/// error is a sentence for the page and the terminal: a regulation with no
/// version on the chosen day, or a backend that failed.
pub fn render(project: &Project, settings: &Settings) -> Result<Rendered, String> {
    let mut targets = vec![Target::Site];
    if settings.forms {
        targets.insert(0, Target::Forms);
    }
    let mut inputs = settings.site.clone();
    inputs.offices = inputs
        .offices
        .iter()
        .map(|o| o.as_of(settings.as_of))
        .collect();
    let mut files = MemoryWriter::default();
    let mut warnings = Vec::new();
    for latest in project.regulations() {
        let then;
        let reg = match settings.as_of {
            Some(day) => {
                then = latest
                    .at(day)
                    .map_err(|e| format!("`{}` as of {day}: {e}", latest.id))?;
                &then
            }
            None => latest,
        };
        let w = build_with(reg, &targets, &inputs, &mut files)
            .map_err(|e| format!("building the preview of `{}` failed: {e}", reg.id))?;
        warnings.extend(w);
    }
    Ok(Rendered {
        files: files.files,
        warnings,
    })
}
