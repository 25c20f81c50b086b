//! Deciding many applicants with one regulation: [`Plan`] compiles each
//! version once into conditions over fact numbers and answers written in
//! advance, reads a JSON record straight into an array of facts, and
//! writes the answer `explain --format json` would print, byte for byte,
//! without building an [`Explanation`](super::Explanation).
//!
//! It answers exactly as [`explain`](super::explain) does or not at all:
//! a record it does not read (one `facts_from_json` would refuse, or a
//! shape it does not follow), a question `explain` answers with an error,
//! or a version with something it does not compile, gets `None`, and the
//! caller asks the interpreter, which gives the answer or the reason.
//! `tests/decide_plan.rs` compares the two on the regulation's examples
//! and on seeded made-up applicants.

mod columns;
mod compile;
mod compiled;
mod cond;
mod deadlines;
mod decide;
mod layout;
mod scan;
mod write;

use std::sync::OnceLock;

use jiff::civil::Date;

use super::{ExplainError, FactValues, Versions};
use crate::model::Regulation;
use compile::{Compiled, js};
use cond::Val;
use decide::{Asked, Deadlines, Decision};
use layout::Layout;
use write::Written;
pub use write::decimal_digits;

/// A regulation compiled for deciding many applicants; shared by every
/// thread, each with its own [`Scratch`].
pub struct Plan<'r> {
    reg: &'r Regulation,
    layout: Option<Layout>,
    /// The slots of `application` and `status`, looked up once rather
    /// than by name for every record.
    app_status: Option<(cond::Slot, cond::Slot)>,
    /// The version the model presents.
    presented: Option<Compiled>,
    /// The other versions, each rebuilt and compiled when first asked for.
    versions: Versions<'r>,
    compiled: Vec<OnceLock<Option<Compiled>>>,
    /// For each version, the facts of the layout it does not have
    /// ([`Layout::strangers`]), found when first asked for.
    strangers: Vec<OnceLock<Vec<cond::Slot>>>,
    /// For each version, its answer's `version` after the day:
    /// `,"from":...,"until":...,"amendments":[...]}`.
    version_json: Vec<String>,
}

/// One thread's working space: the facts of the record at hand, its
/// answer, and the deadlines counted so far.
#[derive(Debug, Default)]
pub struct Scratch {
    facts: Vec<Val>,
    accepted: scan::Accepted,
    order: scan::KeyOrder,
    decision: Decision,
    deadlines: Deadlines,
}

/// A record decided: write it out, or ask whether it is overdue.
pub struct Decided<'a> {
    written: Written<'a>,
}

impl<'r> Plan<'r> {
    /// Compiles `reg` (the version it presents; the others when first asked for).
    pub fn new(reg: &'r Regulation) -> Self {
        let layout = Layout::new(reg);
        let presented = layout.as_ref().and_then(|l| Compiled::new(reg, l));
        let version_json = reg
            .versions
            .iter()
            .map(|v| {
                let date = |d: Option<Date>| serde_json::to_string(&d).unwrap_or_default();
                let amendments: Vec<String> = v.amendments.iter().map(|a| js(a)).collect();
                format!(
                    ",\"from\":{},\"until\":{},\"amendments\":[{}]}}",
                    date(v.from),
                    date(v.until),
                    amendments.join(",")
                )
            })
            .collect();
        let app_status = layout
            .as_ref()
            .and_then(|l| Some((l.slot("application")?, l.slot("status")?)));
        Plan {
            reg,
            app_status,
            layout,
            presented,
            versions: Versions::new(reg),
            compiled: reg.versions.iter().map(|_| OnceLock::new()).collect(),
            strangers: reg.versions.iter().map(|_| OnceLock::new()).collect(),
            version_json,
        }
    }

    /// A thread's working space.
    pub fn scratch(&self) -> Scratch {
        Scratch::default()
    }

    fn start(&self, scratch: &mut Scratch) -> Option<()> {
        let layout = self.layout.as_ref()?;
        scratch.facts.clear();
        scratch.facts.resize(layout.len(), Val::Unknown);
        Some(())
    }

    /// Reads one JSON record of facts (a `null` for a fact not known; the
    /// acceptance date under `accepted_field`) as `reglament decide` reads
    /// it. Gives the acceptance date's text, if any; `None` when the plan
    /// does not read this record (the interpreter then reads it).
    pub fn read_json<'s>(
        &self,
        bytes: &[u8],
        accepted_field: &str,
        scratch: &'s mut Scratch,
    ) -> Option<Option<&'s str>> {
        self.start(scratch)?;
        let layout = self.layout.as_ref()?;
        let (facts, accepted) = (&mut scratch.facts, &mut scratch.accepted);
        if layout
            .scan(bytes, accepted_field, facts, accepted, &mut scratch.order)
            .is_none()
        {
            self.start(scratch)?;
            let (facts, accepted) = (&mut scratch.facts, &mut scratch.accepted);
            layout.read_json(bytes, accepted_field, facts, accepted)?;
        }
        Some(scratch.accepted.get())
    }

    /// Takes facts already read (by [`facts_from_json`](super::facts_from_json)).
    pub fn read_facts(&self, facts: &FactValues, scratch: &mut Scratch) -> Option<()> {
        self.start(scratch)?;
        let layout = self.layout.as_ref()?;
        for (name, value) in facts {
            let slot = layout.slot(name)?;
            scratch.facts[usize::from(slot)] = layout.value(slot, value)?;
        }
        Some(())
    }

    /// Whether the facts read last give the acceptance event's date: a
    /// record that does gives its day of acceptance, and a default day
    /// (`decide --accepted`) is not for it.
    pub fn gives_acceptance(&self, scratch: &Scratch) -> bool {
        self.acceptance_given(scratch).is_some()
    }

    fn acceptance_given(&self, scratch: &Scratch) -> Option<Date> {
        let slot = self.layout.as_ref()?.acceptance?;
        match scratch.facts.get(usize::from(slot))? {
            Val::Date(d) => Some(*d),
            _ => None,
        }
    }

    /// Whether the facts read last give one that the version in force on
    /// the day of acceptance (`accepted`, else the acceptance event's
    /// date) does not have: a fact inserted by a later amendment, given
    /// in a record accepted before it. `explain --accepted` refuses such
    /// facts (the law of the day of acceptance governs the application,
    /// and the fact is not in it); the plan, which reads every record by
    /// the facts of the version it presents, leaves it to the interpreter
    /// to say so. False at once for a regulation without amendments.
    pub fn given_not_in_force(&self, scratch: &Scratch, accepted: Option<Date>) -> bool {
        let reg = self.reg;
        if reg.versions.is_empty() {
            return false;
        }
        let Some(layout) = self.layout.as_ref() else {
            return false;
        };
        let Some(day) = accepted.or_else(|| self.acceptance_given(scratch)) else {
            return false;
        };
        let Some(i) = reg.versions.iter().position(|v| v.holds_on(day)) else {
            return false;
        };
        let strangers = self.strangers[i].get_or_init(|| match self.versions.in_force(Some(day)) {
            Ok(then) => layout.strangers(then),
            Err(_) => Vec::new(),
        });
        strangers.iter().any(|&s| {
            scratch
                .facts
                .get(usize::from(s))
                .is_some_and(|v| *v != Val::Unknown)
        })
    }

    /// The error [`Versions::explain`] gives, before deciding anything,
    /// for the facts read last and this day of acceptance: the acceptance
    /// event's date in the facts and the day of acceptance differ. The
    /// plan does not decide such a record ([`decide`](Self::decide) gives
    /// `None`); this says why, as `explain` would, so that a caller need
    /// not ask the interpreter only to hear it (eleven times the cost of
    /// a decision).
    pub fn refused(&self, scratch: &Scratch, accepted: Option<Date>) -> Option<ExplainError> {
        let layout = self.layout.as_ref()?;
        let slot = usize::from(layout.acceptance?);
        match (scratch.facts.get(slot)?, accepted) {
            (Val::Date(given), Some(day)) if *given != day => Some(
                ExplainError::TwoAcceptanceDates(day, layout.names[slot].clone(), *given),
            ),
            _ => None,
        }
    }

    /// Decides the facts read last, for the kind of application given
    /// (else the `application` fact) and the day of acceptance, as
    /// [`Versions::explain`] does with no `category` and no `as_of`.
    /// `None` when the plan does not answer: ask the interpreter.
    pub fn decide<'a>(
        &'a self,
        scratch: &'a mut Scratch,
        application: Option<&str>,
        accepted: Option<Date>,
    ) -> Option<Decided<'a>> {
        let layout = self.layout.as_ref()?;
        let mut accepted = accepted;
        // The acceptance event's date and the day of acceptance are one.
        if let Some(slot) = layout.acceptance {
            match (scratch.facts[usize::from(slot)], accepted) {
                (Val::Date(given), Some(day)) if given != day => return None,
                (Val::Date(given), None) => accepted = Some(given),
                (Val::Unknown, Some(day)) => scratch.facts[usize::from(slot)] = Val::Date(day),
                _ => {}
            }
        }
        let reg = self.reg;
        let (compiled, number, version) = if reg.versions.is_empty() {
            (self.presented.as_ref()?, u32::MAX, None)
        } else {
            let presented = reg
                .as_of
                .and_then(|d| reg.versions.iter().position(|v| v.holds_on(d)));
            let index = match accepted {
                Some(d) => reg.versions.iter().position(|v| v.holds_on(d)),
                None => presented,
            };
            let version = index.map(|i| (self.version_json[i].as_str(), accepted));
            match (accepted, index) {
                (Some(d), Some(i)) if index != presented => {
                    let built =
                        self.versions.built[i].get_or_init(|| reg.at(d).map_err(|e| e.to_string()));
                    let compiled = self.compiled[i]
                        .get_or_init(|| built.as_ref().ok().and_then(|r| Compiled::new(r, layout)));
                    (compiled.as_ref()?, u32::try_from(i).ok()?, version)
                }
                _ => (self.presented.as_ref()?, u32::MAX, version),
            }
        };
        let application = match application {
            Some(kind) => {
                Some(u16::try_from(compiled.apps.iter().position(|(a, _)| a == kind)?).ok()?)
            }
            None => None,
        };
        scratch.facts.resize(compiled.slots, Val::Unknown);
        let asked = Asked {
            version: number,
            application,
            accepted,
        };
        compiled
            .decide(
                &mut scratch.facts,
                &asked,
                self.app_status?.0,
                self.app_status?.1,
                &mut scratch.decision,
                &mut scratch.deadlines,
            )
            .ok()?;
        Some(Decided {
            written: Written {
                compiled,
                decision: &scratch.decision,
                deadlines: &scratch.deadlines,
                version,
            },
        })
    }
}

impl Decided<'_> {
    /// Appends the answer as `explain --format json` prints it (one line,
    /// no line break).
    pub fn write_json(&self, out: &mut Vec<u8>) {
        self.written.json(out);
    }

    /// Has the deadline of every term that applies passed before `day`?
    /// Not when one cannot be counted (its start not given, or past the
    /// production calendar).
    pub fn overdue(&self, day: Date) -> bool {
        self.written.overdue(day)
    }

    /// The columns of `reglament decide --to csv` after the line number
    /// (application, categories, terms, deadlines, documents,
    /// representative, undetermined, term_needs, deadline_errors), each
    /// written into its buffer after emptying it: the caller keeps the
    /// buffers from one record to the next.
    pub fn write_csv(&self, fields: &mut [Vec<u8>; 9]) {
        self.written.csv(fields);
    }
}
