//! Stage 5: backends. Each target turns a checked model into files written
//! through a [`Writer`]; backends see only the model.

mod condition;
pub mod forms;
mod json;
mod rust;
pub mod site;

use crate::model::Regulation;
use crate::output::Writer;

/// An output target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum Target {
    /// The model as JSON, with its JSON Schema: `out/json/`.
    Json,
    /// The rules as a standalone Rust crate (typed API, clause texts in its
    /// docs, the examples as tests): `out/rust/<regulation>/`.
    Rust,
    /// Application forms (blank and filled samples) and information-stand
    /// sheets as PDF/A: `out/forms/`.
    Forms,
    /// The information stand: static HTML, CSS and a little JavaScript, one
    /// stand per office profile: `out/site/`.
    Site,
}

impl Target {
    /// Every target, for `--target all`.
    pub const ALL: &'static [Target] = &[Target::Json, Target::Rust, Target::Forms, Target::Site];
}

/// Builds `targets` for one regulation; the site with no office profile
/// and English labels (see [`build_with`]).
pub fn build(reg: &Regulation, targets: &[Target], out: &mut dyn Writer) -> std::io::Result<()> {
    build_with(reg, targets, &site::Inputs::default(), out).map(drop)
}

/// Builds `targets` for one regulation, the site from `site` (office
/// profiles, interface language). Returns the backends' warnings (the
/// stand duties a stand does not cover), which are not problems of the
/// sources: the build goes on.
pub fn build_with(
    reg: &Regulation,
    targets: &[Target],
    site: &site::Inputs,
    out: &mut dyn Writer,
) -> std::io::Result<Vec<String>> {
    // The site is built last and links only the files this build wrote.
    let out = &mut site::Recorder::new(out);
    for target in targets {
        match target {
            Target::Json => json::build(reg, out)?,
            Target::Rust => rust::build(reg, out)?,
            Target::Forms => forms::build(reg, site, out)?,
            // Built after the others, below.
            Target::Site => {}
        }
    }
    if targets.contains(&Target::Site) {
        let written = out.written().to_vec();
        return site::build(reg, site, &written, out);
    }
    Ok(Vec::new())
}

/// Files that do not depend on any one regulation (the model's JSON Schema).
pub fn build_shared(targets: &[Target], out: &mut dyn Writer) -> std::io::Result<()> {
    if targets.contains(&Target::Json) {
        json::schema(out)?;
    }
    Ok(())
}
