//! The facts a record may give, numbered: what [`facts_from_json`]
//! reads, by the regulation the records are checked against (the one
//! the model presents), and a reader of one JSON record straight into
//! an array of values by those numbers.
//!
//! [`facts_from_json`]: super::super::facts_from_json

use std::collections::HashMap;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

use super::cond::{Slot, Val};
use crate::model::{FactType, Regulation, Value};

/// What a fact holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    YesNo,
    Number,
    Date,
    /// One of these options.
    Choice(Vec<String>),
}

/// The facts of the presented regulation, numbered: `status`,
/// `application`, the events, then the facts, as `fact_type` finds them.
#[derive(Debug)]
pub(super) struct Layout {
    pub(super) names: Vec<String>,
    pub(super) kinds: Vec<Kind>,
    index: HashMap<String, Slot>,
    /// The facts by their names' bytes, for [`Layout::scan`].
    pub(super) keys: super::scan::Keys,
    /// The event whose date is the day of acceptance.
    pub(super) acceptance: Option<Slot>,
}

/// What fact `name` holds in `reg`; `None` when `reg` has no such fact.
pub(super) fn kind(reg: &Regulation, name: &str) -> Option<Kind> {
    Some(match reg.fact_type(name)? {
        FactType::YesNo => Kind::YesNo,
        FactType::Number { .. } => Kind::Number,
        FactType::Date => Kind::Date,
        FactType::Choice { choice } => Kind::Choice(
            reg.options(&choice)
                .into_iter()
                .map(str::to_owned)
                .collect(),
        ),
    })
}

impl Layout {
    /// The facts a record read by this layout may give that `then` (a
    /// version of the regulation) does not have, or has as another kind
    /// (a choice with other options): a record accepted while `then` was
    /// in force and giving one is `explain`'s to refuse.
    pub(super) fn strangers(&self, then: &Regulation) -> Vec<Slot> {
        (0..self.names.len())
            .filter(|&i| kind(then, &self.names[i]).as_ref() != Some(&self.kinds[i]))
            .filter_map(|i| Slot::try_from(i).ok())
            .collect()
    }

    pub(super) fn new(reg: &Regulation) -> Option<Layout> {
        let mut names: Vec<String> = vec!["status".to_owned(), "application".to_owned()];
        names.extend(reg.events.iter().map(|e| e.id.clone()));
        names.extend(reg.facts.iter().map(|f| f.id.clone()));
        let mut layout = Layout {
            names: Vec::new(),
            kinds: Vec::new(),
            index: HashMap::new(),
            keys: super::scan::Keys::default(),
            acceptance: None,
        };
        for name in names {
            if layout.index.contains_key(&name) {
                continue;
            }
            let kind = kind(reg, &name)?;
            let slot = Slot::try_from(layout.names.len()).ok()?;
            layout.index.insert(name.clone(), slot);
            layout.names.push(name);
            layout.kinds.push(kind);
        }
        layout.keys = super::scan::Keys::new(&layout.names);
        layout.acceptance = reg
            .acceptance_event()
            .and_then(|e| layout.index.get(&e.id).copied());
        Some(layout)
    }

    pub(super) fn len(&self) -> usize {
        self.names.len()
    }

    pub(super) fn slot(&self, name: &str) -> Option<Slot> {
        self.index.get(name).copied()
    }

    /// The value a given fact holds, as `facts_from_json` would have read
    /// it; `None` for one it would have refused.
    pub(super) fn value(&self, slot: Slot, value: &Value) -> Option<Val> {
        Some(match (&self.kinds[usize::from(slot)], value) {
            (Kind::YesNo, Value::YesNo(b)) => Val::Bool(*b),
            (Kind::Number, Value::Number(n)) => Val::Num(*n),
            (Kind::Date, Value::Date(d)) => Val::Date(*d),
            (Kind::Choice(options), Value::Option(o)) => {
                Val::Opt(Slot::try_from(options.iter().position(|x| x == o)?).ok()?)
            }
            _ => return None,
        })
    }

    /// A value a condition names for fact `slot`: as [`value`](Self::value),
    /// except that an option the choice does not list is one no applicant
    /// has.
    pub(super) fn literal(&self, slot: Slot, value: &Value) -> Option<Val> {
        match (&self.kinds[usize::from(slot)], value) {
            (Kind::Choice(options), Value::Option(o)) => Some(Val::Opt(
                options
                    .iter()
                    .position(|x| x == o)
                    .and_then(|i| Slot::try_from(i).ok())
                    .unwrap_or(Slot::MAX),
            )),
            _ => self.value(slot, value),
        }
    }

    /// Reads one JSON record into `facts` (every fact unknown to start
    /// with), as `decide` reads a record before `facts_from_json` (the
    /// `accepted_field` apart, a `null` for a fact not known); the
    /// acceptance date's text goes to `accepted`. `None` when the record
    /// is one `facts_from_json` would refuse, or that this reader does not
    /// follow: the interpreter then reads it, and says why.
    pub(super) fn read_json(
        &self,
        bytes: &[u8],
        accepted_field: &str,
        facts: &mut [Val],
        accepted: &mut super::scan::Accepted,
    ) -> Option<()> {
        accepted.clear();
        let mut de = serde_json::Deserializer::from_slice(bytes);
        let seed = RecordSeed {
            layout: self,
            accepted_field,
            facts,
            accepted,
        };
        seed.deserialize(&mut de).ok()?;
        de.end().ok()
    }
}

struct RecordSeed<'a> {
    layout: &'a Layout,
    accepted_field: &'a str,
    facts: &'a mut [Val],
    accepted: &'a mut super::scan::Accepted,
}

impl<'de> DeserializeSeed<'de> for RecordSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RecordSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object of facts")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        // Records written by one program list their facts in one order:
        // the next fact is looked for after the last one first.
        let mut next = 0usize;
        // A key given twice (or two that are no facts) is left to the
        // interpreter, which refuses a key given twice.
        let mut seen = super::scan::Seen::default();
        let (mut seen_accepted, mut seen_other) = (false, false);
        let twice = || de::Error::custom("a key given twice");
        while let Some(key) = map.next_key_seed(KeySeed {
            layout: self.layout,
            accepted_field: self.accepted_field,
            next,
        })? {
            match key {
                Key::Accepted if std::mem::replace(&mut seen_accepted, true) => {
                    return Err(twice());
                }
                Key::Fact(slot) if !seen.first(slot) => return Err(twice()),
                Key::Other if std::mem::replace(&mut seen_other, true) => return Err(twice()),
                Key::Accepted => match map.next_value::<Option<String>>()? {
                    Some(text) => self.accepted.set(&text),
                    None => self.accepted.clear(),
                },
                Key::Fact(slot) => {
                    let kind = &self.layout.kinds[usize::from(slot)];
                    self.facts[usize::from(slot)] = map.next_value_seed(ValueSeed(kind))?;
                    next = usize::from(slot) + 1;
                }
                // Only a `null` may stand for something not a fact.
                Key::Other => {
                    if map.next_value::<Option<IgnoredAny>>()?.is_some() {
                        return Err(de::Error::custom("not a fact"));
                    }
                }
            }
        }
        Ok(())
    }
}

enum Key {
    Accepted,
    Fact(Slot),
    Other,
}

struct KeySeed<'a> {
    layout: &'a Layout,
    accepted_field: &'a str,
    next: usize,
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed<'_> {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a fact's id")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        if key == self.accepted_field {
            return Ok(Key::Accepted);
        }
        let names = &self.layout.names;
        let end = names.len().min(self.next + 4);
        if let Some(i) = (self.next..end).find(|&i| names[i] == key) {
            return Ok(Key::Fact(Slot::try_from(i).map_err(E::custom)?));
        }
        Ok(self.layout.slot(key).map_or(Key::Other, Key::Fact))
    }
}

struct ValueSeed<'a>(&'a Kind);

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Val;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Val, D::Error> {
        d.deserialize_any(self)
    }
}

impl Visitor<'_> for ValueSeed<'_> {
    type Value = Val;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a fact's value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Val, E> {
        Ok(Val::Unknown)
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Val, E> {
        match self.0 {
            Kind::YesNo => Ok(Val::Bool(b)),
            _ => Err(E::custom("not a yes or no fact")),
        }
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Val, E> {
        match self.0 {
            Kind::Number => u32::try_from(n).map(Val::Num).map_err(E::custom),
            _ => Err(E::custom("not a number fact")),
        }
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Val, E> {
        // serde_json gives only negative numbers here, which
        // `facts_from_json` refuses too.
        match u64::try_from(n) {
            Ok(n) => self.visit_u64(n),
            Err(_) => Err(E::custom("a negative number")),
        }
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Val, E> {
        match self.0 {
            Kind::Date => crate::interpret::parse_date(s)
                .map(Val::Date)
                .map_err(E::custom),
            Kind::Choice(options) => options
                .iter()
                .position(|o| o == s)
                .and_then(|i| u16::try_from(i).ok())
                .map(Val::Opt)
                .ok_or_else(|| E::custom("not an option")),
            _ => Err(E::custom("a string for a fact that is not one")),
        }
    }
}
