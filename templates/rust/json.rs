//! JSON, with the `serde` feature: elements as their ids, facts as
//! `reglament explain --facts` reads them, and a [`Decision`] in exactly the
//! shape of `reglament explain --format json`, so a service can switch from
//! the interpreter to this crate (or check one against the other) without
//! changing what it stores.

//# Lines marked `//+` and `//-`: see the template of `decide.rs`.
use jiff::civil::Date;
use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::answer::{Answer, Needs};
use crate::deadline::Deadline;
use crate::{
    Act, Application, Category, CategoryDecision, DeadlineError, Decision, Document, Event, Fact,
    Fee, Form, Ground, Length, Limit, LimitDecision, Representative, RequiredDocument, Status,
    Term, TermDecision,
};
//+ use crate::{Amendment, Version};

/// Serialises an element enum as its id and reads it back from one.
macro_rules! by_id {
    ($element:ident) => {
        impl serde::Serialize for $element {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }

        impl<'de> serde::Deserialize<'de> for $element {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let id = String::deserialize(deserializer)?;
                Self::from_id(&id).ok_or_else(|| {
                    let ids: Vec<&str> = Self::ALL.iter().map(|e| e.id()).collect();
                    serde::de::Error::custom(format_args!(
                        "`{id}` is not a {} of this regulation; expected one of: {}",
                        stringify!($element),
                        ids.join(", ")
                    ))
                })
            }
        }
    };
}

// The choices' module uses it too, when the regulation has choices.
#[allow(unused_imports)]
pub(crate) use by_id;

by_id!(Act);
by_id!(Application);
by_id!(Category);
by_id!(Document);
by_id!(Event);
by_id!(Fact);
by_id!(Fee);
by_id!(Form);
by_id!(Limit);
by_id!(Ground);
by_id!(Representative);
by_id!(Status);
by_id!(Term);
//+ by_id!(Amendment);
//+
//+ /// The version a decision is by, as `reglament explain` says it.
//+ struct VersionJson(Version, Option<jiff::civil::Date>);
//+
//+ impl Serialize for VersionJson {
//+     fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
//+         let mut s = serializer.serialize_struct("Version", 4)?;
//+         s.serialize_field("day", &self.1)?;
//+         s.serialize_field("from", &self.0.from())?;
//+         s.serialize_field("until", &self.0.until())?;
//+         s.serialize_field("amendments", self.0.amendments())?;
//+         s.end()
//+     }
//+ }

impl Serialize for Decision {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Decision", 11)?; //-
        //+ let mut s = serializer.serialize_struct("Decision", 12)?;
        s.serialize_field("application", &self.application)?;
        s.serialize_field("status", &self.status)?;
        let categories: Vec<CategoryDecision> = self.applying().collect();
        s.serialize_field("categories", &categories)?;
        let application_term = self.application_term();
        let (term, term_needs) = match &application_term {
            Answer::Known(term) => (term.as_ref(), Needs::NONE),
            Answer::Needs(needs) => (None, *needs),
        };
        s.serialize_field("application_term", &term)?;
        s.serialize_field("application_term_needs", &term_needs)?;
        let undetermined: Vec<Undetermined> = self
            .undetermined
            .iter()
            .map(|c| Undetermined {
                id: c.id(),
                // The clause is the category's, also for a branch.
                clause: c.main().clause(), //-
                //+ clause: c.main().clause(self.version),
                needs: self.category_needs(c),
            })
            .collect();
        s.serialize_field("undetermined", &undetermined)?;
        let documents: Vec<RequiredDocument> = self.required().collect();
        s.serialize_field("documents", &documents)?;
        let undetermined_documents: Vec<Undetermined> = self
            .undetermined_documents
            .iter()
            .map(|d| Undetermined {
                id: d.id(),
                clause: d.clause(), //-
                //+ clause: d.clause(self.version),
                needs: self.document_needs(d),
            })
            .collect();
        s.serialize_field("undetermined_documents", &undetermined_documents)?;
        let limits: Vec<LimitDecision> = self.limits().collect();
        s.serialize_field("limits", &limits)?;
        s.serialize_field("representative", &self.representative)?;
        s.serialize_field("representative_needs", &self.representative_needs())?;
        //+ s.serialize_field("version", &VersionJson(self.version, self.as_of))?;
        s.end()
    }
}

/// A ground or other element as `{"id": ..., "clause": ...}`.
struct Cited {
    id: &'static str,
    clause: Option<&'static str>,
}

impl Serialize for Cited {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Cited", 2)?;
        s.serialize_field("id", self.id)?;
        s.serialize_field("clause", &self.clause)?;
        s.end()
    }
}

impl Serialize for CategoryDecision {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let main = self.category.main();
        let grounds: Vec<Cited> = self.grounds.iter().map(cited_ground).collect(); //-
        //+ let version = self.version;
        //+ let grounds: Vec<Cited> = self
        //+     .grounds
        //+     .iter()
        //+     .map(|g| cited_ground(version, g))
        //+     .collect();
        let (term, term_needs) = match &self.term {
            Answer::Known(term) => (term.as_ref(), Needs::NONE),
            Answer::Needs(facts) => (None, *facts),
        };
        let (representative, representative_needs) = match &self.representative {
            Answer::Known(rule) => (*rule, Needs::NONE),
            Answer::Needs(facts) => (None, *facts),
        };
        let mut s = serializer.serialize_struct("CategoryDecision", 11)?;
        s.serialize_field("id", self.category.id())?;
        s.serialize_field("category", main.id())?;
        s.serialize_field(
            "branch",
            &(main != self.category).then(|| self.category.id()),
        )?;
        s.serialize_field("clause", main.clause().unwrap_or_default())?; //-
        //+ s.serialize_field("clause", main.clause(version).unwrap_or_default())?;
        s.serialize_field("grounds", &grounds)?;
        s.serialize_field("application", &self.application)?;
        s.serialize_field("term", &term)?;
        s.serialize_field("term_needs", &term_needs)?;
        s.serialize_field("representative", &representative.is_some())?;
        s.serialize_field(
            "representative_clause",
            &representative.and_then(|r| r.clause()), //-
            //+ &representative.and_then(|r| r.clause(version)),
        )?;
        s.serialize_field("representative_needs", &representative_needs)?;
        s.end()
    }
}

fn cited_ground(ground: Ground) -> Cited { //-
//+ fn cited_ground(version: Version, ground: Ground) -> Cited {
    Cited {
        id: ground.id(),
        clause: ground.clause(), //-
        //+ clause: ground.clause(version),
    }
}

impl Serialize for TermDecision {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let length = self.length();
        let mut s = serializer.serialize_struct("TermDecision", 9)?;
        s.serialize_field("id", self.term.id())?;
        s.serialize_field("clause", &self.term.clause())?; //-
        //+ s.serialize_field("clause", &self.term.clause(self.version))?;
        s.serialize_field("amount", &length.map(|l| l.amount))?;
        s.serialize_field("unit", &length.map(|l| l.unit.as_str()))?;
        s.serialize_field("from", &self.term.from().map(|e| e.id()))?; //-
        //+ s.serialize_field("from", &self.term.from(self.version).map(|e| e.id()))?;
        s.serialize_field("not_stated", &length.is_none())?;
        deadline_fields(&mut s, self.deadline())?;
        needs_date(&mut s, self.start, length.is_some(), self.needs_date())?;
        s.end()
    }
}

/// `deadline`, or `deadline_error` when it cannot be counted; neither when
/// no date was given.
fn deadline_fields<S: SerializeStruct>(
    s: &mut S,
    deadline: Option<Result<Deadline, DeadlineError>>,
) -> Result<(), S::Error> {
    match &deadline {
        Some(Ok(deadline)) => {
            s.serialize_field("deadline", &DeadlineJson(deadline))?;
            s.skip_field("deadline_error")
        }
        Some(Err(error)) => {
            s.skip_field("deadline")?;
            s.serialize_field("deadline_error", &error.to_string())
        }
        None => {
            s.skip_field("deadline")?;
            s.skip_field("deadline_error")
        }
    }
}

/// `needs_date`, as `reglament explain` gives it: the event whose date a
/// countable deadline waits for, or `accepted` when the regulation marks no
/// event as the acceptance; absent once the date is given.
fn needs_date<S: SerializeStruct>(
    s: &mut S,
    start: Option<Date>,
    countable: bool,
    event: Option<Event>,
) -> Result<(), S::Error> {
    if start.is_some() || !countable {
        return s.skip_field("needs_date");
    }
    s.serialize_field("needs_date", event.map_or("accepted", Event::id))
}

impl Serialize for LimitDecision {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (amount, unit) = match self.length() {
            Length::Counted(d) => (d.amount, d.unit.as_str()),
            Length::Hours(n) => (n, "hours"),
            Length::Minutes(n) => (n, "minutes"),
        };
        let counted = matches!(self.length(), Length::Counted(_));
        let mut s = serializer.serialize_struct("LimitDecision", 9)?;
        s.serialize_field("id", self.limit.id())?;
        s.serialize_field("clause", &self.limit.clause())?; //-
        //+ s.serialize_field("clause", &self.limit.clause(self.version))?;
        s.serialize_field("amount", &amount)?;
        s.serialize_field("unit", unit)?;
        s.serialize_field("from", &self.limit.from().map(Event::id))?; //-
        //+ s.serialize_field("from", &self.limit.from(self.version).map(Event::id))?;
        s.serialize_field("on_calendar", &counted)?;
        deadline_fields(&mut s, self.deadline())?;
        needs_date(&mut s, self.start, counted, self.needs_date())?;
        s.end()
    }
}

/// A deadline with its steps, each with its rule and its sentence.
struct DeadlineJson<'a>(&'a Deadline);

impl Serialize for DeadlineJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let steps: Vec<StepJson> = self.0.steps.iter().map(|step| StepJson(*step)).collect();
        let mut s = serializer.serialize_struct("Deadline", 2)?;
        s.serialize_field("ends", &self.0.ends)?;
        s.serialize_field("steps", &steps)?;
        s.end()
    }
}

struct StepJson(crate::deadline::Step);

impl Serialize for StepJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let step = self.0;
        let mut s = serializer.serialize_struct("Step", 5)?;
        s.serialize_field("kind", step.kind())?;
        s.serialize_field("from", &step.from())?;
        s.serialize_field("to", &step.to())?;
        s.serialize_field("rule", step.rule())?;
        s.serialize_field("text", &step.to_string())?;
        s.end()
    }
}

impl Serialize for RequiredDocument {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut needs = Needs::NONE;
        needs.merge(self.copies.needs());
        needs.merge(self.count.needs());
        let mut s = serializer.serialize_struct("RequiredDocument", 7)?;
        s.serialize_field("id", self.document.id())?;
        s.serialize_field("clause", &self.document.clause())?; //-
        //+ s.serialize_field("clause", &self.document.clause(self.version))?;
        s.serialize_field("copies", &self.copies.known())?;
        s.serialize_field("count", &self.count.known())?;
        s.serialize_field("needs", &needs)?;
        s.serialize_field("form", &self.document.form())?; //-
        //+ s.serialize_field("form", &self.document.form(self.version))?;
        let words = self.document.validity_words(); //-
        //+ let words = self.document.validity_words(self.version);
        match (self.validity, words) {
            (Some(validity), Some(words)) => {
                s.serialize_field("validity", &ValidityJson { words, validity })?;
            }
            _ => s.skip_field("validity")?,
        }
        s.end()
    }
}

/// A category or document not decided yet, with the facts it needs.
struct Undetermined {
    id: &'static str,
    clause: Option<&'static str>,
    needs: Needs,
}

impl Serialize for Undetermined {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Undetermined", 3)?;
        s.serialize_field("id", self.id)?;
        s.serialize_field("clause", &self.clause)?;
        s.serialize_field("needs", &self.needs)?;
        s.end()
    }
}

/// A validity window as `reglament explain` gives it, without the dates
/// its bounds came to (`counted`), which the crate does not keep.
struct ValidityJson {
    words: &'static str,
    validity: Answer<bool>,
}

impl Serialize for ValidityJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Validity", 3)?;
        s.serialize_field("words", self.words)?;
        s.serialize_field("holds", &self.validity.known())?;
        let needs: Needs = self.validity.needs().iter().copied().collect();
        s.serialize_field("needs", &needs)?;
        s.end()
    }
}
