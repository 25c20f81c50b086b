//! Records as the interpreter reads them: a JSON object or a CSV row
//! made into the facts `facts_from_json` takes, for the records the plan
//! does not read (and for `--interpreter`), and the CSV header checked.

use jiff::civil::Date;
use reglament::diagnostics::messages::decide as messages;
use reglament::model::{FactType, Regulation};
use serde_json::{Map, Value as Json};

use super::Setup;

/// The facts of each CSV column, checked once against the regulation.
pub(super) fn csv_columns(
    reg: &Regulation,
    header: &csv::StringRecord,
    accepted: &str,
) -> Result<Vec<(String, Option<FactType>)>, String> {
    let mut first = std::collections::BTreeMap::new();
    header
        .iter()
        .enumerate()
        .map(|(i, name)| {
            // A fact in two columns would have the last one's value win,
            // without a word, whatever the first said.
            if let Some(earlier) = first.insert(name, i) {
                return Err(messages::csv_column_twice(name, earlier + 1, i + 1));
            }
            if name == accepted {
                return Ok((name.to_owned(), None));
            }
            reg.fact_type(name)
                .map(|t| (name.to_owned(), Some(t)))
                .ok_or_else(|| {
                    // Excel writes "CSV" with semicolons (or tabs) where
                    // the decimal mark is a comma: one column of it all.
                    let separator = [';', '\t'].into_iter().find(|&c| name.contains(c));
                    match separator {
                        Some(c) if header.len() == 1 => messages::csv_header_one_column(name, c),
                        _ => messages::csv_column_not_a_fact(name, accepted),
                    }
                })
        })
        .collect()
}

impl Setup<'_> {
    /// A JSON object of facts, `null` for a fact not known, and the
    /// acceptance date under its own key.
    pub(super) fn json_facts(
        &self,
        bytes: &[u8],
    ) -> Result<(Map<String, Json>, Option<Date>), String> {
        let json = reglament::interpret::read_json_object(bytes).map_err(|e| e.to_string())?;
        let Json::Object(mut map) = json else {
            return Err(messages::record_not_an_object());
        };
        let accepted = match map.remove(&self.args.accepted_field) {
            None | Some(Json::Null) => None,
            Some(Json::String(s)) => Some(self.date(&s)?),
            Some(_) => return Err(self.bad_date()),
        };
        map.retain(|_, v| !v.is_null());
        Ok((map, accepted))
    }

    /// A CSV row as the JSON `facts_from_json` reads: an empty cell is a
    /// fact not known.
    pub(super) fn csv_facts(
        &self,
        row: &csv::StringRecord,
    ) -> Result<(Map<String, Json>, Option<Date>), String> {
        let mut map = Map::new();
        let mut accepted = None;
        for ((name, fact), cell) in self.columns.iter().zip(row.iter()) {
            let cell = cell.trim();
            if cell.is_empty() {
                continue;
            }
            let value = match fact {
                None => {
                    accepted = Some(self.date(cell)?);
                    continue;
                }
                Some(FactType::YesNo) => match cell.to_ascii_lowercase().as_str() {
                    "true" | "yes" => Json::Bool(true),
                    "false" | "no" => Json::Bool(false),
                    _ => Json::String(cell.to_owned()),
                },
                Some(FactType::Number { .. }) => cell
                    .parse::<u64>()
                    .map_or_else(|_| Json::String(cell.to_owned()), Json::from),
                Some(FactType::Date | FactType::Choice { .. }) => Json::String(cell.to_owned()),
            };
            map.insert(name.clone(), value);
        }
        Ok((map, accepted))
    }

    pub(super) fn date(&self, text: &str) -> Result<Date, String> {
        super::super::common::parse_date(text)
            .map_err(|e| messages::accepted_field(&self.args.accepted_field, &e))
    }

    fn bad_date(&self) -> String {
        messages::accepted_field(&self.args.accepted_field, &messages::expected_date())
    }
}
