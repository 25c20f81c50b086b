//! What the generated crate's differential test and its benchmark share:
//! the bundled regulation, applicants as the JSON `reglament explain
//! --facts` reads, a deterministic generator of applicants, and the one
//! call each side makes for a decision.

// Shared with the benchmark, which uses only some of it.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::Path;

use jiff::civil::Date;
use reglament::interpret::{self, facts_from_json};
use reglament::load::rgl_files_under;
use reglament::model::{FactType, Regulation, Shift, Value};
use reglament::project::check_files;
use reglament::source::RealFileSystem;
use serde_json::{Value as Json, json};

/// The bundled regulation, checked as `reglament build` checks it.
pub fn bundled() -> Regulation {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = rgl_files_under(&root.join("regulations")).unwrap();
    let project = check_files(&RealFileSystem, &files).unwrap();
    assert!(!project.has_errors(), "the bundled regulations have errors");
    project
        .regulations()
        .find(|r| r.id == "residence_permit")
        .expect("the bundled regulation")
        .clone()
}

/// One applicant and what is asked about them: `explain`'s facts file and
/// options.
#[derive(Clone, Debug)]
pub struct Applicant {
    /// The facts, as `--facts` reads them.
    pub facts: Json,
    /// `--kind`.
    pub application: Option<String>,
    /// `--category`: an id or a clause number.
    pub category: Option<String>,
    /// `--accepted`.
    pub accepted: Option<Date>,
}

/// A value as JSON.
pub fn value_json(value: &Value) -> Json {
    match value {
        Value::YesNo(b) => json!(b),
        Value::Number(n) => json!(n),
        Value::Date(d) => json!(d.to_string()),
        Value::Option(o) => json!(o),
        // Only conditions compare with another date; a given value is one.
        Value::DateOf(d) => json!(d.to_string()),
    }
}

/// Every example of the regulation, as an applicant.
pub fn examples(reg: &Regulation) -> Vec<Applicant> {
    reg.examples
        .iter()
        .map(|e| Applicant {
            facts: Json::Object(
                e.given
                    .iter()
                    .map(|g| (g.fact.clone(), value_json(&g.value)))
                    .collect(),
            ),
            application: None,
            category: e.category.clone(),
            accepted: e.accepted,
        })
        .collect()
}

/// The interpreter's decision, as `reglament explain --format json` prints it.
pub fn interpret(reg: &Regulation, applicant: &Applicant) -> Json {
    let facts = facts_from_json(reg, &applicant.facts).unwrap();
    let query = interpret::Query {
        application: applicant.application.clone(),
        category: applicant.category.clone(),
        accepted: applicant.accepted,
    };
    as_the_crate_answers(
        serde_json::to_value(interpret::explain(reg, &facts, &query).unwrap()).unwrap(),
    )
}

/// The interpreter's answer without what the generated crate does not
/// keep: the dates a validity window's bounds came to (`counted`), which
/// `explain` shows so a reader can check the arithmetic, and the need for
/// the applicant's choice of category (a document `for category` some),
/// which is not a fact. Everything else is compared.
pub fn as_the_crate_answers(mut answer: Json) -> Json {
    if let Some(Json::Array(documents)) = answer.get_mut("documents") {
        for d in documents {
            if let Some(Json::Object(v)) = d.get_mut("validity") {
                v.remove("counted");
            }
            // Copies or a count `for category` waiting for the choice: the
            // crate's needs are facts, the choice is the caller's.
            if let Some(Json::Array(needs)) = d.get_mut("needs") {
                needs.retain(|n| n.as_str() != Some(reglament::interpret::CATEGORY_CHOICE));
            }
        }
    }
    if let Some(Json::Array(documents)) = answer.get_mut("undetermined_documents") {
        for d in documents {
            if let Some(Json::Array(needs)) = d.get_mut("needs") {
                needs.retain(|n| n.as_str() != Some(reglament::interpret::CATEGORY_CHOICE));
            }
        }
    }
    answer
}

/// The generated crate's inputs for an applicant.
pub fn generated_inputs(
    applicant: &Applicant,
) -> (residence_permit::Facts, residence_permit::Query) {
    use residence_permit::{Application, Category, Query};
    let facts = serde_json::from_value(applicant.facts.clone()).unwrap();
    let mut query = Query::default();
    query.application = applicant
        .application
        .as_deref()
        .map(|id| Application::from_id(id).unwrap());
    query.category = applicant.category.as_deref().map(|id| {
        Category::from_id(id)
            .or_else(|| Category::from_clause(id))
            .unwrap()
    });
    query.accepted = applicant.accepted;
    (facts, query)
}

/// The generated crate's decision, as JSON.
pub fn generated(applicant: &Applicant) -> Json {
    let (facts, query) = generated_inputs(applicant);
    serde_json::to_value(residence_permit::decide(&facts, &query)).unwrap()
}

/// SplitMix64: a seeded sequence of numbers, so that made-up applicants
/// and records can be reproduced from their seed.
pub struct Seeded(pub u64);

impl Seeded {
    /// The next number.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap()
    }

    /// True with probability `percent`%.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Applicants made up from the regulation's facts: each fact unknown or
/// given, its value random or at (or next to) a value some condition
/// compares it with, so that every boundary is crossed. Deterministic for a
/// seed (SplitMix64), so a failure can be reproduced.
pub struct Applicants<'r> {
    reg: &'r Regulation,
    rng: Seeded,
    /// Per fact, the values its conditions name.
    compared: BTreeMap<String, Vec<Json>>,
    /// Per date fact compared with dates counted from events, the shifts
    /// (`3 months before`; `None`: the event's day itself).
    counted: BTreeMap<String, Vec<Option<Shift>>>,
    /// For the benchmark's fixed mixes: the share of facts left unknown
    /// and whether an acceptance date is given, with no `--kind` or
    /// `--category` (instead of every mix at random).
    fixed: Option<(usize, bool)>,
}

impl<'r> Applicants<'r> {
    /// A generator for `reg`.
    pub fn new(reg: &'r Regulation, seed: u64) -> Self {
        let mut compared = BTreeMap::new();
        collect_compared(&serde_json::to_value(reg).unwrap(), &mut compared);
        // Per date fact, the shifts of the dates it is compared with.
        let counted = compared
            .iter()
            .map(|(fact, values)| {
                let shifts: Vec<Option<Shift>> = values
                    .iter()
                    .filter(|v| v.get("of").is_some())
                    .map(|v| {
                        v.get("shift")
                            .map(|s| serde_json::from_value(s.clone()).unwrap())
                    })
                    .collect();
                (fact.clone(), shifts)
            })
            .filter(|(_, shifts)| !shifts.is_empty())
            .collect();
        Applicants {
            reg,
            rng: Seeded(seed),
            compared,
            counted,
            fixed: None,
        }
    }

    /// Applicants with `unknown`% of their facts left unknown, each with
    /// an acceptance date or none, asked no narrower question.
    pub fn fixed(mut self, unknown: usize, accepted: bool) -> Self {
        self.fixed = Some((unknown, accepted));
        self
    }

    fn date(&mut self, from: Date, days: usize) -> Date {
        let offset = i32::try_from(self.rng.below(days)).unwrap();
        from.checked_add(jiff::Span::new().days(offset)).unwrap()
    }

    /// The next applicant.
    pub fn applicant(&mut self) -> Applicant {
        let reg = self.reg;
        // Some applicants are known well, some hardly at all.
        let unknown = match self.fixed {
            Some((unknown, _)) => unknown,
            None => *self.rng.pick(&[0, 10, 30, 60]),
        };
        let mut facts = serde_json::Map::new();
        let mut ids = vec!["status".to_owned(), "application".to_owned()];
        ids.extend(reg.facts.iter().map(|f| f.id.clone()));
        // The events' dates are facts too; the acceptance event's is the
        // acceptance date, given below.
        ids.extend(
            reg.events
                .iter()
                .filter(|e| !e.acceptance)
                .map(|e| e.id.clone()),
        );
        // The day the other dates cluster round, so that dates compared
        // with each other ("14 years before filing") cross their bounds.
        let anchor = self.date(Date::constant(2019, 6, 1), 3_000);
        let mut dates: BTreeMap<String, Date> = BTreeMap::new();
        for id in ids {
            if self.rng.chance(unknown) {
                continue;
            }
            let value = match reg.fact_type(&id).unwrap() {
                FactType::Date if reg.event(&id).is_some() => {
                    let date = if self.rng.chance(60) {
                        anchor
                    } else {
                        self.date(anchor.checked_sub(jiff::Span::new().days(10)).unwrap(), 21)
                    };
                    dates.insert(id.clone(), date);
                    json!(date.to_string())
                }
                FactType::Date if self.counted.contains_key(&id) && self.rng.chance(60) => {
                    let shifts = self.counted[&id].clone();
                    let shift = *self.rng.pick(&shifts);
                    let base = shift.map_or(Some(anchor), |s| s.apply(anchor)).unwrap();
                    let nudge = *self.rng.pick(&[-1, 0, 0, 1]);
                    json!(
                        base.checked_add(jiff::Span::new().days(nudge))
                            .unwrap()
                            .to_string()
                    )
                }
                FactType::YesNo => json!(self.rng.chance(50)),
                FactType::Number { .. } => {
                    let near = self.near(&id, |v| v.as_i64());
                    json!(near.unwrap_or_else(|| self.rng.below(100) as i64).max(0))
                }
                FactType::Date => {
                    let near = self.near(&id, |v| v.as_str()?.parse::<Date>().ok().map(to_days));
                    let date = match near {
                        Some(days) => from_days(days),
                        None => self.date(Date::constant(1950, 1, 1), 30_000),
                    };
                    json!(date.to_string())
                }
                FactType::Choice { choice } => {
                    let options = reg.options(&choice);
                    json!(self.rng.pick(&options))
                }
            };
            facts.insert(id, value);
        }
        let application = self
            .rng
            .chance(15)
            .then(|| self.rng.pick(&reg.applications).id.clone());
        // By id, by a branch's id, or by clause number, as `--category` takes it.
        let category = self.rng.chance(10).then(|| {
            let category = self.rng.pick(&reg.categories);
            match (&category.branches[..], self.rng.below(3)) {
                (_, 0) => match &category.clause.clause {
                    Some(number) => number.to_string(),
                    None => category.id.clone(),
                },
                ([], _) | (_, 1) => category.id.clone(),
                (branches, _) => self.rng.pick(branches).id.clone(),
            }
        });
        // Mostly inside the production calendar, some days past its end;
        // the acceptance event's date in the facts instead, now and then.
        let mut accepted = self
            .rng
            .chance(70)
            .then(|| self.date(Date::constant(2019, 6, 1), 3_500));
        if let Some(event) = reg.acceptance_event().filter(|_| !dates.is_empty()) {
            // Near the other dates, so conditions over both are decided.
            accepted = accepted.map(|_| anchor);
            if self.rng.chance(20) {
                facts.insert(event.id.clone(), json!(anchor.to_string()));
                accepted = None;
            }
        }
        if let Some((_, dated)) = self.fixed {
            return Applicant {
                facts: Json::Object(facts),
                application: None,
                category: None,
                accepted: dated.then(|| self.date(Date::constant(2020, 1, 1), 2_000)),
            };
        }
        Applicant {
            facts: Json::Object(facts),
            application,
            category,
            accepted,
        }
    }

    /// Half the time, a value a condition compares `fact` with, or the one
    /// before or after it (as a number of units).
    fn near(&mut self, fact: &str, read: impl Fn(&Json) -> Option<i64>) -> Option<i64> {
        let values: Vec<i64> = self.compared.get(fact)?.iter().filter_map(read).collect();
        if values.is_empty() || self.rng.chance(50) {
            return None;
        }
        let value = *self.rng.pick(&values);
        Some(value + *self.rng.pick(&[-1, 0, 1]))
    }
}

fn to_days(d: Date) -> i64 {
    i64::from(d.since(Date::constant(1970, 1, 1)).unwrap().get_days())
}

fn from_days(days: i64) -> Date {
    let days = i32::try_from(days).unwrap();
    Date::constant(1970, 1, 1)
        .checked_add(jiff::Span::new().days(days))
        .unwrap()
}

/// Every `{"fact": ..., "values": [...]}` of the model's conditions.
fn collect_compared(json: &Json, out: &mut BTreeMap<String, Vec<Json>>) {
    match json {
        Json::Object(map) => {
            if let (Some(Json::String(fact)), Some(Json::Array(values))) =
                (map.get("fact"), map.get("values"))
            {
                out.entry(fact.clone())
                    .or_default()
                    .extend(values.iter().cloned());
            }
            map.values().for_each(|v| collect_compared(v, out));
        }
        Json::Array(items) => items.iter().for_each(|v| collect_compared(v, out)),
        _ => {}
    }
}
