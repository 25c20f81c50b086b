//! Records for `reglament decide` made up from a regulation, as its users
//! send them: seeded applicants (`tests/rust_crate/support.rs`) with the
//! day of acceptance, events' dates, `null`s for facts not known, and,
//! when asked, bad records of every kind `decide` must report.

// Shared by two test crates, which use different parts.
#![allow(dead_code)]

#[path = "../rust_crate/support.rs"]
pub mod support;

use std::path::Path;

use jiff::civil::Date;
use reglament::model::{FactType, Regulation};
use reglament::project::check_files;
use reglament::source::RealFileSystem;
use serde_json::{Value as Json, json};

/// A regulation of the repository, checked.
pub fn regulation(main: &str) -> Regulation {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = check_files(&RealFileSystem, &[root.join(main)]).unwrap();
    assert!(!project.has_errors(), "{:#?}", project.problems());
    project.regulations().next().unwrap().clone()
}

/// The regulations the plan is compared with the interpreter on: the
/// bundled one, and the synthetic fixtures (an amended regulation,
/// events, limits and a validity window, hostile strings, translations).
pub fn regulations() -> Vec<Regulation> {
    vec![
        support::bundled(),
        regulation("tests/fixtures/amended/amended.rgl"),
        regulation("tests/fixtures/second/second.rgl"),
        regulation("tests/fixtures/hostile/hostile.rgl"),
        regulation("tests/fixtures/mini/mini.rgl"),
        regulation("tests/fixtures/translated/translated.rgl"),
    ]
}

/// Made-up records for one regulation, deterministic for a seed.
pub struct Records<'r> {
    reg: &'r Regulation,
    applicants: support::Applicants<'r>,
    rng: support::Seeded,
}

impl<'r> Records<'r> {
    pub fn new(reg: &'r Regulation, seed: u64) -> Self {
        Records {
            reg,
            applicants: support::Applicants::new(reg, seed),
            rng: support::Seeded(seed ^ 0xDEC1_DE00),
        }
    }

    fn date(&mut self) -> Date {
        let days = i32::try_from(self.rng.below(4_000)).unwrap();
        Date::constant(2019, 1, 1)
            .checked_add(jiff::Span::new().days(days))
            .unwrap()
    }

    /// A good record: its facts (with `accepted`, events' dates and some
    /// `null`s), and the kind of application it is asked about, if any.
    pub fn good(&mut self) -> (Json, Option<String>) {
        let applicant = self.applicants.applicant();
        let Json::Object(mut record) = applicant.facts else {
            unreachable!("the applicant's facts are an object")
        };
        let reg = self.reg;
        for f in &reg.facts {
            if !record.contains_key(&f.id) && self.rng.chance(20) {
                record.insert(f.id.clone(), Json::Null);
            }
        }
        let accepted = applicant
            .accepted
            .filter(|_| !self.rng.chance(10))
            .map(|d| d.to_string());
        for e in &reg.events {
            if e.acceptance {
                // The acceptance event's date: now and then given instead
                // of `accepted`, the same day with it, or (rarely) another.
                match (self.rng.below(20), &accepted) {
                    (0, Some(a)) => record.insert(e.id.clone(), json!(a)),
                    (1, _) => record.insert(e.id.clone(), json!(self.date().to_string())),
                    _ => None,
                };
            } else if self.rng.chance(60) {
                record.insert(e.id.clone(), json!(self.date().to_string()));
            }
        }
        if let Some(a) = accepted {
            record.insert("accepted".to_owned(), json!(a));
        }
        (Json::Object(record), applicant.application)
    }

    /// A record as the benchmark sends it: a seeded applicant with a day
    /// of acceptance inside the production calendar, so that every term
    /// gets its deadline.
    pub fn accepted(&mut self) -> String {
        let applicant = self.applicants.applicant();
        let Json::Object(mut record) = applicant.facts else {
            unreachable!("the applicant's facts are an object")
        };
        let days = i32::try_from(self.rng.below(2_000)).unwrap();
        let day = Date::constant(2020, 1, 1)
            .checked_add(jiff::Span::new().days(days))
            .unwrap();
        record.insert("accepted".to_owned(), json!(day.to_string()));
        Json::Object(record).to_string()
    }

    /// A line of JSON Lines: mostly good records, one in `bad_every` bad
    /// in some way `decide` must report (or a blank line, or a record
    /// that only looks odd).
    pub fn line(&mut self, bad_every: usize) -> String {
        let (record, _) = self.good();
        if self.rng.below(bad_every) != 0 {
            return record.to_string();
        }
        let reg = self.reg;
        let text = record.to_string();
        let body = &text[1..];
        let fact_of = |pick: usize, want: fn(&FactType) -> bool| {
            reg.facts
                .iter()
                .filter(|f| want(&f.answer))
                .nth(pick)
                .map(|f| f.id.clone())
        };
        let pick = self.rng.below(4);
        match self.rng.below(16) {
            0 => String::new(),
            1 => "not json".to_owned(),
            2 => text[..text.len() / 2].to_owned(),
            3 => format!("[{text}]"),
            4 => format!("{{\"no_such_fact\":1,{body}"),
            // Not a fact, but null: left out, as `null` facts are.
            5 => format!("{{\"no_such_fact\":null,{body}"),
            6 => format!("{{\"accepted\":\"2025-02-30\",{body}"),
            7 => format!("{{\"accepted\":20250101,{body}"),
            8 => match fact_of(pick, |t| matches!(t, FactType::Number { .. })) {
                Some(id) => format!("{{\"{id}\":-1,{body}"),
                None => format!("{text} trailing"),
            },
            9 => match fact_of(pick, |t| matches!(t, FactType::Number { .. })) {
                Some(id) => format!("{{\"{id}\":12.0,{body}"),
                None => "{".to_owned(),
            },
            10 => match fact_of(pick, |t| matches!(t, FactType::YesNo)) {
                Some(id) => format!("{{\"{id}\":\"yes\",{body}"),
                None => "null".to_owned(),
            },
            11 => match fact_of(pick, |t| matches!(t, FactType::Choice { .. })) {
                Some(id) => format!("{{\"{id}\":\"no_such_option\",{body}"),
                None => "true".to_owned(),
            },
            // A fact given twice: the later value counts.
            12 => match fact_of(pick, |t| matches!(t, FactType::YesNo)) {
                Some(id) => format!("{{\"{id}\":\"first\",{body}"),
                None => "{}".to_owned(),
            },
            // A key written with an escape is the same key.
            13 => match fact_of(pick, |_| true) {
                Some(id) if !id.is_empty() => {
                    let escaped = format!("\\u{:04x}{}", u32::from(id.as_bytes()[0]), &id[1..]);
                    text.replacen(&format!("\"{id}\""), &format!("\"{escaped}\""), 1)
                }
                _ => text,
            },
            14 => format!("  {text}  \r"),
            _ => format!("{{\"status\":null,{body}"),
        }
    }
}
