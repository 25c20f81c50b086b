//! Stage 5: backends. Each target turns a checked model into files written
//! through a [`Writer`]; backends see only the model.

mod json;

use crate::model::Regulation;
use crate::output::Writer;

/// An output target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum Target {
    /// The model as JSON, with its JSON Schema: `out/json/`.
    Json,
}

impl Target {
    /// Every target, for `--target all`.
    pub const ALL: &'static [Target] = &[Target::Json];
}

/// Builds `targets` for one regulation.
pub fn build(reg: &Regulation, targets: &[Target], out: &mut dyn Writer) -> std::io::Result<()> {
    for target in targets {
        match target {
            Target::Json => json::build(reg, out)?,
        }
    }
    Ok(())
}

/// Files that do not depend on any one regulation (the model's JSON Schema).
pub fn build_shared(targets: &[Target], out: &mut dyn Writer) -> std::io::Result<()> {
    if targets.contains(&Target::Json) {
        json::schema(out)?;
    }
    Ok(())
}
