//! Where a yes/no fact is kept in [`Facts`](crate::Facts): two bits, one
//! in a word of the facts known and one in a word of the answers "yes", so
//! that the conditions test them with masks on words already in registers
//! rather than a byte per fact, each loaded and combined on its own.

// A regulation without yes/no facts uses none of it.
#![allow(dead_code, reason = "unused without yes/no facts")]

/// The place of one yes/no fact: its word and its bit in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Flag {
    /// The word, in `Facts`' `known` and `yes`.
    pub(crate) word: usize,
    /// The fact's bit in it.
    pub(crate) mask: u64,
    /// In a test of several facts (`Tri::all_flags`): the fact must be
    /// "no" (`!Facts::X`) rather than "yes".
    pub(crate) no: bool,
}

impl std::ops::Not for Flag {
    type Output = Flag;

    /// The test that the fact is "no".
    fn not(self) -> Flag {
        Flag {
            no: !self.no,
            ..self
        }
    }
}

impl Flag {
    /// The fact kept at bit `i` of the words, counted across them.
    pub(crate) const fn at(i: usize) -> Flag {
        Flag {
            word: i / 64,
            mask: 1 << (i % 64),
            no: false,
        }
    }

    /// Whether the fact is known, and whether it is "yes".
    #[inline]
    pub(crate) fn bits(self, known: &[u64], yes: &[u64]) -> (bool, bool) {
        let bit = |words: &[u64]| words.get(self.word).is_some_and(|w| w & self.mask != 0);
        (bit(known), bit(yes))
    }

    /// The word of `flags` (all in one), the mask of their bits and that
    /// of those that must be "no": worked out when compiling the calls,
    /// whose flags are constants.
    #[inline]
    pub(crate) fn masks<const K: usize>(flags: [Flag; K]) -> (usize, u64, u64) {
        let word = flags.first().map_or(0, |f| f.word);
        let mut mask = 0;
        let mut no = 0;
        for flag in flags {
            mask |= flag.mask;
            no |= flag.mask & u64::from(flag.no).wrapping_neg();
        }
        (word, mask, no)
    }

    /// The answer kept, `None` when it is not known.
    #[inline]
    pub(crate) fn get(self, known: &[u64], yes: &[u64]) -> Option<bool> {
        let (known, yes) = self.bits(known, yes);
        known.then_some(yes)
    }

    /// Keeps `value`: "yes" is only ever set with "known", so two facts
    /// with the same answers have the same words.
    #[inline]
    pub(crate) fn put(self, known: &mut [u64], yes: &mut [u64], value: Option<bool>) {
        if let (Some(k), Some(y)) = (known.get_mut(self.word), yes.get_mut(self.word)) {
            *k &= !self.mask;
            *y &= !self.mask;
        }
        self.add(known, yes, value);
    }

    /// Keeps `value` where the fact is not kept yet (its bits clear): `put`
    /// without clearing them first, for rows built from nothing.
    #[inline]
    pub(crate) fn add(self, known: &mut [u64], yes: &mut [u64], value: Option<bool>) {
        let mask = |on: bool| self.mask & u64::from(on).wrapping_neg();
        if let (Some(k), Some(y)) = (known.get_mut(self.word), yes.get_mut(self.word)) {
            *k |= mask(value.is_some());
            *y |= mask(value == Some(true));
        }
    }
}
