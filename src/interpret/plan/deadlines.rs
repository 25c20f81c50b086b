//! Deadlines counted for a plan's decisions, each once per version,
//! duration and start (the steps' words included), in a cache of bounded
//! size per thread.

use std::collections::HashMap;

use jiff::civil::Date;

/// A deadline counted once: its last day, and its answer's JSON.
#[derive(Debug)]
pub(super) struct Entry {
    pub(super) ends: Option<Date>,
    /// `,"deadline":{...}` or `,"deadline_error":"..."`.
    pub(super) json: String,
    /// Why it cannot be counted (for CSV's `deadline_errors`); empty
    /// when it is.
    pub(super) error: String,
}

/// Deadlines by version, duration and start: few distinct ones, each
/// counted once (the steps' words included).
#[derive(Debug, Default)]
pub(super) struct Deadlines {
    index: HashMap<(u32, u32, crate::deadline::Unit, Date), u32, Quick>,
    pub(super) entries: Vec<Entry>,
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

impl Deadlines {
    pub(super) fn count(
        &mut self,
        version: u32,
        duration: &crate::model::Duration,
        unit: crate::deadline::Unit,
        start: Date,
        calendar: &crate::deadline::Calendar,
    ) -> u32 {
        let key = (version, duration.amount, unit, start);
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        let d = crate::deadline::Duration {
            amount: duration.amount,
            unit,
        };
        let entry = match crate::deadline::deadline(start, d, calendar) {
            Ok(d) => {
                let answer = super::super::DeadlineAnswer::from_deadline(&d);
                Entry {
                    ends: Some(d.ends),
                    json: format!(
                        ",\"deadline\":{}",
                        serde_json::to_string(&answer).unwrap_or_default()
                    ),
                    error: String::new(),
                }
            }
            Err(e) => {
                let error = e.to_string();
                Entry {
                    ends: None,
                    json: format!(",\"deadline_error\":{}", super::compile::js(&error)),
                    error,
                }
            }
        };
        let i = u32::try_from(self.entries.len()).unwrap_or(u32::MAX);
        self.entries.push(entry);
        self.index.insert(key, i);
        i
    }

    /// Starts again when full; only between decisions (an answer holds
    /// entries by number).
    pub(super) fn bound(&mut self) {
        if self.entries.len() >= DEADLINES_KEPT {
            self.entries.clear();
            self.index.clear();
        }
    }
}
