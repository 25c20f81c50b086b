//! Deadlines counted for a plan's decisions, each once per version,
//! duration and start (the steps' words included), in a cache of bounded
//! size per thread.
//!
//! The cache is laid out for the processor's caches: a record's terms
//! each look a deadline up by a start day of their own, among thousands
//! (perf, before: the hash table's probe and the entry's fields, each a
//! miss, were a tenth of `decide`'s time, the copy of the entry's answer
//! another). A duration's entries are found by the start day's place in a
//! window of days (an array, where a day near the last ones is a few bytes
//! from them), and each entry is kept as one run of bytes, its last day
//! and lengths before its answer, so that finding it and copying its
//! answer read one place.

use std::collections::HashMap;

use jiff::civil::Date;

use crate::deadline::Unit;

/// A counted deadline: where it is in [`Deadlines::bytes`].
pub(super) type Entry = u32;

/// Deadlines by version, duration and start: few distinct ones, each
/// counted once (the steps' words included).
#[derive(Debug, Default)]
pub(super) struct Deadlines {
    /// Each version, amount and unit counted so far, and its window:
    /// few (a regulation's durations in each of its versions).
    durations: Vec<((u32, u32, Unit), Window)>,
    /// Starts outside their duration's window.
    others: HashMap<(u32, u32, Unit, Date), Entry, Quick>,
    /// The entries one after another, each: its last day (4 bytes, 0
    /// for none), the length of its JSON and of its error (4 bytes
    /// each), the JSON (`,"deadline":{...}` or `,"deadline_error":"..."`),
    /// and why it cannot be counted (for CSV's `deadline_errors`; empty
    /// when it can).
    bytes: Vec<u8>,
    /// Entries kept, for [`Deadlines::bound`].
    kept: usize,
}

/// Days of a window: about 22 years of starts around the first.
const WINDOW: usize = 1 << 13;

/// A duration's entries by start day, from `first` on ([`day_key`]).
#[derive(Debug)]
struct Window {
    first: i32,
    /// An entry, or `NONE`.
    entries: Box<[Entry]>,
}

const NONE: Entry = Entry::MAX;

/// A day as a number, increasing with it, 372 a year and 31 a month: not
/// a count of days (months are not all 31 days long), which a window does
/// not need, and cheaper to work out.
fn day_key(d: Date) -> i32 {
    i32::from(d.year()) * 372 + i32::from(d.month() - 1) * 31 + i32::from(d.day() - 1)
}

/// A last day in four bytes, and back: 0 for none.
fn ends_bytes(d: Option<Date>) -> [u8; 4] {
    // Years before 1 are refused when read (`parse_date`), so 0 is free.
    d.map_or(0, |d| day_key(d) as u32).to_le_bytes()
}

fn ends_of(bytes: [u8; 4]) -> Option<Date> {
    let key = u32::from_le_bytes(bytes);
    if key == 0 {
        return None;
    }
    let key = key as i32;
    let (year, rest) = (key.div_euclid(372), key.rem_euclid(372));
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(rest / 31 + 1).ok()?,
        i8::try_from(rest % 31 + 1).ok()?,
    )
    .ok()
}

/// A hash for the cache's small keys (the multiply-and-rotate hash rustc
/// uses for its own tables): the default one, made to resist chosen
/// keys, cost more than the rest of a lookup, and a key here is at worst
/// a date a record chose among the few the cache keeps.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Quick;

impl std::hash::BuildHasher for Quick {
    type Hasher = QuickHasher;

    fn build_hasher(&self) -> QuickHasher {
        QuickHasher(0)
    }
}

pub(super) struct QuickHasher(u64);

impl std::hash::Hasher for QuickHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.write_u64(u64::from(n));
    }

    fn write_u16(&mut self, n: u16) {
        self.write_u64(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// Entries kept before the cache starts again, so memory stays bounded
/// whatever the dates of the input.
const DEADLINES_KEPT: usize = 1 << 14;

/// Bytes kept before the cache starts again: with a decision's few
/// entries past it, an entry's place stays well within a `u32`.
const BYTES_KEPT: usize = 1 << 26;

impl Deadlines {
    pub(super) fn count(
        &mut self,
        version: u32,
        duration: &crate::model::Duration,
        unit: Unit,
        start: Date,
        calendar: &crate::deadline::Calendar,
    ) -> Entry {
        let key = (version, duration.amount, unit);
        let at = match self.durations.iter().position(|(k, _)| *k == key) {
            Some(at) => at,
            None => {
                let first = day_key(start).saturating_sub(WINDOW as i32 / 2);
                let entries = vec![NONE; WINDOW].into_boxed_slice();
                self.durations.push((key, Window { first, entries }));
                self.durations.len() - 1
            }
        };
        let window = &self.durations[at].1;
        let place = usize::try_from(day_key(start) - window.first)
            .ok()
            .filter(|&p| p < WINDOW);
        let found = match place {
            Some(p) => window.entries[p],
            None => self
                .others
                .get(&(version, duration.amount, unit, start))
                .copied()
                .unwrap_or(NONE),
        };
        if found != NONE {
            return found;
        }
        let entry = self.counted(duration.amount, unit, start, calendar);
        match place {
            Some(p) => self.durations[at].1.entries[p] = entry,
            None => {
                self.others
                    .insert((version, duration.amount, unit, start), entry);
            }
        }
        self.kept += 1;
        entry
    }

    /// Counts a deadline and keeps its answer.
    fn counted(
        &mut self,
        amount: u32,
        unit: Unit,
        start: Date,
        calendar: &crate::deadline::Calendar,
    ) -> Entry {
        let d = crate::deadline::Duration { amount, unit };
        let (ends, json, error) = match crate::deadline::deadline(start, d, calendar) {
            Ok(d) => {
                let answer = super::super::DeadlineAnswer::from_deadline(&d);
                let json = format!(
                    ",\"deadline\":{}",
                    serde_json::to_string(&answer).unwrap_or_default()
                );
                (Some(d.ends), json, String::new())
            }
            Err(e) => {
                let error = e.to_string();
                let json = format!(",\"deadline_error\":{}", super::compile::js(&error));
                (None, json, error)
            }
        };
        // Within a `u32`: `bound` starts again past `BYTES_KEPT`.
        let entry = Entry::try_from(self.bytes.len()).unwrap_or(NONE - 1);
        let len = |s: &str| u32::try_from(s.len()).unwrap_or(0).to_le_bytes();
        self.bytes.extend_from_slice(&ends_bytes(ends));
        self.bytes.extend_from_slice(&len(&json));
        self.bytes.extend_from_slice(&len(&error));
        self.bytes.extend_from_slice(json.as_bytes());
        self.bytes.extend_from_slice(error.as_bytes());
        entry
    }

    /// The four bytes at `at`.
    fn word(&self, at: usize) -> [u8; 4] {
        self.bytes
            .get(at..at + 4)
            .and_then(|b| b.first_chunk::<4>())
            .copied()
            .unwrap_or_default()
    }

    /// An entry's answer and error: where each starts, and how long.
    fn parts(&self, entry: Entry) -> ((usize, usize), (usize, usize)) {
        let at = entry as usize;
        let json = u32::from_le_bytes(self.word(at + 4)) as usize;
        let error = u32::from_le_bytes(self.word(at + 8)) as usize;
        ((at + 12, json), (at + 12 + json, error))
    }

    /// The deadline's last day, when it could be counted.
    pub(super) fn ends(&self, entry: Entry) -> Option<Date> {
        ends_of(self.word(entry as usize))
    }

    /// The answer's JSON: `,"deadline":{...}` or `,"deadline_error":"..."`.
    pub(super) fn json(&self, entry: Entry) -> &[u8] {
        let ((at, len), _) = self.parts(entry);
        self.bytes.get(at..at + len).unwrap_or_default()
    }

    /// Why the deadline cannot be counted; empty when it can.
    pub(super) fn error(&self, entry: Entry) -> &str {
        let (_, (at, len)) = self.parts(entry);
        self.bytes
            .get(at..at + len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or_default()
    }

    /// Starts again when full; only between decisions (an answer holds
    /// entries by place).
    pub(super) fn bound(&mut self) {
        if self.kept >= DEADLINES_KEPT || self.bytes.len() >= BYTES_KEPT {
            self.kept = 0;
            self.bytes.clear();
            self.others.clear();
            for (_, window) in &mut self.durations {
                window.entries.fill(NONE);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::Date;

    use super::Deadlines;
    use crate::deadline::{Calendar, CalendarYear, Unit};
    use crate::model::{Duration, DurationUnit};

    /// A deadline found in the cache is the one counted afresh, for
    /// starts inside a duration's window and far outside it (the table
    /// beside it), for two durations and two versions, and after the
    /// cache has started again.
    #[test]
    fn a_deadline_found_is_the_one_counted() {
        let years = (2000..=2060)
            .map(|year| CalendarYear {
                year,
                decree: format!("synthetic calendar for {year}"),
                non_working_weekdays: vec![Date::constant(year, 1, 2)],
                working_weekend_days: Vec::new(),
            })
            .collect();
        let calendar = Calendar::new("synthetic", years);
        let months = Duration {
            amount: 3,
            unit: DurationUnit::Months,
        };
        let days = Duration {
            amount: 15,
            unit: DurationUnit::WorkingDays,
        };
        let starts: Vec<Date> = [
            (2024, 1, 31),
            (2024, 2, 29),
            (2001, 12, 30),
            (2059, 6, 1),
            (2030, 1, 1),
            (2024, 1, 31),
            (2059, 6, 1),
        ]
        .into_iter()
        .map(|(y, m, d)| Date::constant(y, m, d))
        .collect();
        let mut cache = Deadlines::default();
        for round in 0..2 {
            for &start in &starts {
                for (version, duration, unit) in [
                    (0, &months, Unit::Months),
                    (1, &months, Unit::Months),
                    (0, &days, Unit::WorkingDays),
                ] {
                    let entry = cache.count(version, duration, unit, start, &calendar);
                    let mut fresh = Deadlines::default();
                    let want = fresh.count(version, duration, unit, start, &calendar);
                    assert_eq!(cache.json(entry), fresh.json(want), "{start} round {round}");
                    assert_eq!(cache.ends(entry), fresh.ends(want));
                    assert_eq!(cache.error(entry), fresh.error(want));
                    assert!(cache.ends(entry).is_some() || !cache.error(entry).is_empty());
                }
            }
            // Full: the next decision starts the cache again.
            cache.kept = super::DEADLINES_KEPT;
            cache.bound();
            assert!(cache.bytes.is_empty());
        }
        // Past the calendar's years: an error, kept and read back.
        let late = Date::constant(2060, 12, 20);
        let entry = cache.count(0, &days, Unit::WorkingDays, late, &calendar);
        assert_eq!(cache.ends(entry), None);
        assert!(!cache.error(entry).is_empty());
        assert!(cache.json(entry).starts_with(b",\"deadline_error\":"));
    }

    /// A last day kept in four bytes is the day read back, at the edges
    /// of the months and the years dates are read in.
    #[test]
    fn a_last_day_is_kept_and_read_back() {
        for d in [
            Date::constant(1, 1, 1),
            Date::constant(2024, 2, 29),
            Date::constant(2025, 12, 31),
            Date::constant(9999, 12, 31),
        ] {
            assert_eq!(super::ends_of(super::ends_bytes(Some(d))), Some(d));
        }
        assert_eq!(super::ends_of(super::ends_bytes(None)), None);
    }
}
