//! Reading an applicant's facts from JSON, checked against the model.

use serde_json::Value as Json;

use super::FactValues;
use crate::model::{FactType, Regulation, Value};

/// A problem with one fact in the input.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct FactError {
    /// The JSON path (`/age`).
    pub path: String,
    /// What is wrong.
    pub message: String,
}

/// Reads `{"age": 12, "status": "stateless_person", ...}`. Every problem is
/// reported, not only the first.
pub fn facts_from_json(reg: &Regulation, json: &Json) -> Result<FactValues, Vec<FactError>> {
    let Json::Object(map) = json else {
        return Err(vec![FactError {
            path: "/".to_owned(),
            message: "the facts must be a JSON object of fact ids and values".to_owned(),
        }]);
    };
    let mut facts = FactValues::new();
    let mut errors = Vec::new();
    for (key, value) in map {
        let path = format!("/{key}");
        let Some(t) = reg.fact_type(key) else {
            errors.push(FactError {
                path,
                message: format!("`{key}` is not a fact of this regulation"),
            });
            continue;
        };
        match read(reg, &t, value) {
            Ok(v) => {
                facts.insert(key.clone(), v);
            }
            Err(message) => errors.push(FactError { path, message }),
        }
    }
    if errors.is_empty() {
        Ok(facts)
    } else {
        Err(errors)
    }
}

fn read(reg: &Regulation, t: &FactType, value: &Json) -> Result<Value, String> {
    match t {
        FactType::YesNo => value
            .as_bool()
            .map(Value::YesNo)
            .ok_or_else(|| "expected true or false".to_owned()),
        FactType::Number { unit } => value
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .map(Value::Number)
            .ok_or_else(|| match unit {
                Some(u) => format!("expected a whole number of {u}"),
                None => "expected a whole number".to_owned(),
            }),
        FactType::Date => value
            .as_str()
            .and_then(|s| s.parse::<jiff::civil::Date>().ok())
            .map(Value::Date)
            .ok_or_else(|| "expected a date written \"YYYY-MM-DD\"".to_owned()),
        FactType::Choice { choice } => {
            let options = reg.options(choice);
            match value.as_str() {
                Some(s) if options.contains(&s) => Ok(Value::Option(s.to_owned())),
                _ => Err(format!("expected one of: {}", options.join(", "))),
            }
        }
    }
}
