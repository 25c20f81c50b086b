//! The `json` target: the model as JSON, and the JSON Schema describing it.

use crate::model::Regulation;
use crate::output::Writer;

/// Writes `json/<regulation id>.json`.
pub fn build(reg: &Regulation, out: &mut dyn Writer) -> std::io::Result<()> {
    let mut text = serde_json::to_string_pretty(reg).map_err(std::io::Error::other)?;
    text.push('\n');
    out.write(&format!("json/{}.json", reg.id), text.as_bytes())
}

/// Writes `json/model.schema.json`.
pub fn schema(out: &mut dyn Writer) -> std::io::Result<()> {
    let schema = schemars::schema_for!(Regulation);
    let mut text = serde_json::to_string_pretty(&schema).map_err(std::io::Error::other)?;
    text.push('\n');
    out.write("json/model.schema.json", text.as_bytes())
}
