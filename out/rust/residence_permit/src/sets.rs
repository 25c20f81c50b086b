//! Sets of the regulation's elements: the categories that apply, the
//! documents required, the facts an answer needs.
//!
//! The regulation's enums are closed, so a set is a fixed array of bits,
//! one per variant in the order of the text: a decision that returns sets
//! allocates nothing, and a set is copied, compared and combined in a few
//! instructions. Iteration is in the order of the text.

/// One set type per element enum: `$set` holds `$element`s.
macro_rules! set {
    ($(#[$doc:meta])* $set:ident, $element:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
        pub struct $set {
            bits: [u64; crate::$element::ALL.len().div_ceil(64)],
        }

        impl $set {
            /// No element.
            pub const EMPTY: $set = $set {
                bits: [0; crate::$element::ALL.len().div_ceil(64)],
            };

            /// Every element.
            pub fn all() -> $set {
                crate::$element::ALL.into_iter().collect()
            }

            /// Just `element`.
            pub fn one(element: crate::$element) -> $set {
                let mut set = $set::EMPTY;
                set.insert(element);
                set
            }

            /// The elements whose byte in `bytes` (one per element, in the
            /// order of `ALL`) has bit `bit` set, eight at a time: a
            /// multiplication gathers one bit of each of eight bytes into a
            /// byte, where putting each element in costs a few instructions.
            #[allow(dead_code, reason = "only some sets are gathered")]
            #[inline]
            pub(crate) fn gather(bytes: &[u8; crate::$element::ALL.len()], bit: u32) -> $set {
                // Bit 0 of each byte of a word...
                const LOW: u64 = 0x0101_0101_0101_0101;
                // ...moved, by one product, to the top byte, byte k to bit k.
                const GATHER: u64 = 0x0102_0408_1020_4080;
                let mut set = $set::EMPTY;
                for (k, chunk) in bytes.chunks(8).enumerate() {
                    let mut word = [0; 8];
                    if let Some(head) = word.get_mut(..chunk.len()) {
                        head.copy_from_slice(chunk);
                    }
                    let spread = (u64::from_le_bytes(word) >> bit) & LOW;
                    let byte = spread.wrapping_mul(GATHER) >> 56;
                    if let Some(w) = set.bits.get_mut(k / 8) {
                        *w |= byte << (k % 8 * 8);
                    }
                }
                set
            }

            /// The elements at the places of `word`'s bits: the first 64
            /// elements' (a word of the facts whose bits are kept at the
            /// elements' places; the caller masks off the others).
            #[allow(dead_code, reason = "only some sets are read from words")]
            #[inline]
            pub(crate) fn from_word(word: u64) -> $set {
                let mut set = $set::EMPTY;
                if let Some(first) = set.bits.first_mut() {
                    *first = word;
                }
                set
            }

            /// Puts `element` in when `yes`, without a branch.
            #[allow(dead_code, reason = "only some sets are filled this way")]
            #[inline]
            pub(crate) fn put(&mut self, element: crate::$element, yes: bool) {
                let i = element as usize;
                if let Some(w) = self.bits.get_mut(i / 64) {
                    *w |= u64::from(yes) << (i % 64);
                }
            }

            /// Puts every element of `other` in when `yes`, without a
            /// branch.
            #[allow(dead_code, reason = "only some sets are filled this way")]
            #[inline]
            pub(crate) fn put_all(&mut self, other: $set, yes: bool) {
                let mask = u64::from(yes).wrapping_neg();
                for (w, o) in self.bits.iter_mut().zip(other.bits) {
                    *w |= o & mask;
                }
            }

            /// The set of `elements`, in a constant.
            #[allow(dead_code, reason = "only some sets are constants")]
            pub(crate) const fn of(elements: &[crate::$element]) -> $set {
                let mut set = $set::EMPTY;
                let mut k = 0;
                while k < elements.len() {
                    let i = elements[k] as usize;
                    set.bits[i / 64] |= 1 << (i % 64);
                    k += 1;
                }
                set
            }

            /// Has it an element in common with `other`?
            #[allow(dead_code, reason = "only some sets are compared this way")]
            #[inline]
            pub(crate) fn meets(&self, other: &$set) -> bool {
                self.bits.iter().zip(other.bits).any(|(w, o)| w & o != 0)
            }

            /// Is `element` in the set?
            pub const fn contains(&self, element: crate::$element) -> bool {
                let i = element as usize;
                // A `const fn` (for the tables built when compiling): no
                // closure, and the index checked before it is used.
                i / 64 < self.bits.len() && self.bits[i / 64] & (1 << (i % 64)) != 0
            }

            /// Adds `element`; `true` if it was not there.
            pub fn insert(&mut self, element: crate::$element) -> bool {
                let i = element as usize;
                let fresh = !self.contains(element);
                if let Some(w) = self.bits.get_mut(i / 64) {
                    *w |= 1 << (i % 64);
                }
                fresh
            }

            /// Takes `element` out; `true` if it was there.
            pub fn remove(&mut self, element: crate::$element) -> bool {
                let i = element as usize;
                let was = self.contains(element);
                if let Some(w) = self.bits.get_mut(i / 64) {
                    *w &= !(1 << (i % 64));
                }
                was
            }

            /// How many elements.
            pub fn len(&self) -> usize {
                // At most 32 elements: their word counted as 32 bits, a
                // third fewer instructions where the processor is not
                // known to count bits in one.
                if crate::$element::ALL.len() <= 32 {
                    let low = self.bits.first().map_or(0, |w| *w as u32);
                    return low.count_ones() as usize;
                }
                self.bits.iter().map(|w| w.count_ones() as usize).sum()
            }

            /// No element?
            pub fn is_empty(&self) -> bool {
                self.bits.iter().all(|w| *w == 0)
            }

            /// The first element, in the order of the text.
            pub fn first(&self) -> Option<crate::$element> {
                self.iter().next()
            }

            /// The elements of both sets.
            #[must_use]
            pub fn union(mut self, other: $set) -> $set {
                for (w, o) in self.bits.iter_mut().zip(other.bits) {
                    *w |= o;
                }
                self
            }

            /// The elements in both sets.
            #[must_use]
            pub fn intersection(mut self, other: $set) -> $set {
                for (w, o) in self.bits.iter_mut().zip(other.bits) {
                    *w &= o;
                }
                self
            }

            /// The elements of this set that are not in `other`.
            #[must_use]
            pub fn difference(mut self, other: $set) -> $set {
                for (w, o) in self.bits.iter_mut().zip(other.bits) {
                    *w &= !o;
                }
                self
            }

            /// The elements, in the order of the text.
            pub fn iter(&self) -> $crate::sets::Iter<'_, crate::$element> {
                $crate::sets::Iter::new(&self.bits, &crate::$element::ALL)
            }
        }

        impl FromIterator<crate::$element> for $set {
            fn from_iter<I: IntoIterator<Item = crate::$element>>(elements: I) -> $set {
                let mut set = $set::EMPTY;
                for element in elements {
                    set.insert(element);
                }
                set
            }
        }

        impl Extend<crate::$element> for $set {
            fn extend<I: IntoIterator<Item = crate::$element>>(&mut self, elements: I) {
                for element in elements {
                    self.insert(element);
                }
            }
        }

        impl<'a> IntoIterator for &'a $set {
            type Item = crate::$element;
            type IntoIter = $crate::sets::Iter<'a, crate::$element>;

            fn into_iter(self) -> Self::IntoIter {
                self.iter()
            }
        }

        impl IntoIterator for $set {
            type Item = crate::$element;
            type IntoIter = $crate::sets::IntoIter<crate::$element, { crate::$element::ALL.len().div_ceil(64) }>;

            fn into_iter(self) -> Self::IntoIter {
                $crate::sets::IntoIter::new(self.bits, &crate::$element::ALL)
            }
        }

        impl std::fmt::Debug for $set {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_set().entries(self.iter()).finish()
            }
        }

        /// A list of ids, in the order of the text.
        #[cfg(feature = "serde")]
        impl serde::Serialize for $set {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_seq(self.iter())
            }
        }

        /// A list of ids, in any order.
        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $set {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let elements = Vec::<crate::$element>::deserialize(deserializer)?;
                Ok(elements.into_iter().collect())
            }
        }
    };
}

set!(
    /// A set of categories and branches (those that apply, those not
    /// decided yet).
    CategorySet,
    Category
);
set!(
    /// A set of grounds (those that hold).
    GroundSet,
    Ground
);
set!(
    /// A set of documents (those required, those not decided yet).
    DocumentSet,
    Document
);
set!(
    /// A set of facts (those an answer needs, without their order; see
    /// [`crate::Needs`] for the order).
    FactSet,
    Fact
);

/// The elements of a set, in the order of the text.
#[derive(Clone, Debug)]
pub struct Iter<'a, T: 'static> {
    bits: &'a [u64],
    /// The bits of the current word not yet visited.
    word: u64,
    /// The index of the current word.
    at: usize,
    all: &'static [T],
}

impl<'a, T: Copy> Iter<'a, T> {
    fn new(bits: &'a [u64], all: &'static [T]) -> Self {
        Iter {
            bits,
            word: bits.first().copied().unwrap_or(0),
            at: 0,
            all,
        }
    }
}

impl<T: Copy> Iterator for Iter<'_, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        while self.word == 0 {
            self.at += 1;
            self.word = *self.bits.get(self.at)?;
        }
        let bit = self.word.trailing_zeros() as usize;
        self.word &= self.word - 1;
        self.all.get(self.at * 64 + bit).copied()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let rest: usize = self
            .bits
            .iter()
            .skip(self.at + 1)
            .map(|w| w.count_ones() as usize)
            .sum();
        let n = self.word.count_ones() as usize + rest;
        (n, Some(n))
    }
}

impl<T: Copy> ExactSizeIterator for Iter<'_, T> {}

impl<T: Copy> std::iter::FusedIterator for Iter<'_, T> {}

/// The elements of a set, taken by value, in the order of the text.
#[derive(Clone, Debug)]
pub struct IntoIter<T: 'static, const W: usize> {
    bits: [u64; W],
    /// The bits of the current word not yet visited.
    word: u64,
    at: usize,
    all: &'static [T],
}

impl<T: Copy, const W: usize> IntoIter<T, W> {
    fn new(bits: [u64; W], all: &'static [T]) -> Self {
        IntoIter {
            bits,
            word: bits.first().copied().unwrap_or(0),
            at: 0,
            all,
        }
    }
}

impl<T: Copy, const W: usize> Iterator for IntoIter<T, W> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        while self.word == 0 {
            self.at += 1;
            self.word = *self.bits.get(self.at)?;
        }
        let bit = self.word.trailing_zeros() as usize;
        self.word &= self.word - 1;
        self.all.get(self.at * 64 + bit).copied()
    }
}

impl<T: Copy, const W: usize> std::iter::FusedIterator for IntoIter<T, W> {}

#[cfg(test)]
mod tests {
    use crate::{Category, CategorySet, Fact, FactSet};

    #[test]
    fn a_variant_is_its_place_in_the_text() {
        // The bits are indexed by `as usize`: it must be the place in `ALL`.
        for (i, c) in Category::ALL.iter().enumerate() {
            assert_eq!(*c as usize, i);
        }
        for (i, f) in Fact::ALL.iter().enumerate() {
            assert_eq!(*f as usize, i);
        }
    }

    /// `gather` takes one bit of each element's byte eight elements at a
    /// time: it must give the set an element-by-element insert gives,
    /// whatever the bytes and however many elements (the last eight
    /// partly filled).
    #[test]
    fn gathering_bits_gives_the_set_of_the_elements_whose_bit_is_set() {
        let mut state = 0x5EED_u64;
        for _ in 0..500 {
            let mut bytes = [0_u8; Fact::ALL.len()];
            for b in &mut bytes {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1);
                *b = (state >> 59) as u8 & 0b11;
            }
            for bit in [0, 1] {
                let mut expected = FactSet::EMPTY;
                for (f, b) in Fact::ALL.iter().zip(bytes) {
                    if b >> bit & 1 == 1 {
                        expected.insert(*f);
                    }
                }
                assert_eq!(
                    FactSet::gather(&bytes, bit),
                    expected,
                    "{bytes:?} bit {bit}"
                );
            }
        }
    }

    #[test]
    fn a_set_keeps_what_is_put_in_and_lists_it_in_order() {
        let all = FactSet::all();
        assert_eq!(all.len(), Fact::ALL.len());
        assert!(all.iter().eq(Fact::ALL));
        let mut some: FactSet = Fact::ALL.iter().rev().step_by(2).copied().collect();
        let expected: Vec<Fact> = Fact::ALL.iter().rev().step_by(2).rev().copied().collect();
        assert!(some.iter().eq(expected.iter().copied()));
        assert_eq!(some.iter().len(), expected.len());
        assert!(some.into_iter().eq(expected.iter().copied()));
        let last = Fact::ALL[Fact::ALL.len() - 1];
        assert!(some.contains(last));
        assert!(some.remove(last));
        assert!(!some.contains(last));
        assert!(!some.remove(last));
        assert!(CategorySet::EMPTY.is_empty());
        assert_eq!(CategorySet::EMPTY.first(), None);
        assert_eq!(CategorySet::all().first(), Category::ALL.first().copied());
    }
}
