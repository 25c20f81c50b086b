//! A condition's truth as two bits, for the straight-line evaluation of
//! every condition at once (the generated `evaluate` module).

// The tests below are the vocabulary of every regulation's conditions; one
// regulation rarely uses them all.
#![allow(dead_code, reason = "a regulation uses only some of the tests")]

use crate::Facts;
use crate::answer::Truth;
use crate::flag::Flag;

/// A condition's truth as two bits of a byte, so that conditions combine
/// with `&` and `|` rather than branches: the generated `evaluate` module
/// decides every category, ground and legal-representative rule this way at
/// once, in straight-line code that has no jumps for a processor to
/// mispredict. It gives [`Truth`]'s answers without the facts needed, which
/// are worked out with [`Truth`] when asked. Its tests are those of the
/// `answer` module (`yes`, `is`, `all`...) of the same names.
///
/// Bit 0 says it holds, bit 1 that it may hold (it does not fail): with
/// these two, "every part" is `&` of the bytes and "at least one" is `|`,
/// one instruction a part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tri(u8);

impl Tri {
    const HOLDS: u8 = 1 << Tri::HOLDS_BIT;
    const MAY: u8 = 1 << Tri::MAY_BIT;
    /// The bit that says it holds.
    pub(crate) const HOLDS_BIT: u32 = 0;
    /// The bit that says it may hold.
    pub(crate) const MAY_BIT: u32 = 1;

    pub(crate) const TRUE: Tri = Tri(Tri::HOLDS | Tri::MAY);
    pub(crate) const FALSE: Tri = Tri(0);

    /// Neither holds nor fails.
    pub(crate) const UNKNOWN: Tri = Tri(Tri::MAY);

    /// The two bits: the byte the `evaluate` module keeps.
    #[inline]
    pub(crate) const fn bits(self) -> u8 {
        self.0
    }

    /// It holds.
    #[inline]
    pub(crate) fn holds(self) -> bool {
        self.0 & Tri::HOLDS != 0
    }

    /// It does not hold. Neither this nor `holds`: it is unknown.
    #[inline]
    pub(crate) fn fails(self) -> bool {
        self.0 & Tri::MAY == 0
    }

    /// A test of a fact: unknown while the fact is not given.
    #[inline]
    fn test<T>(answer: Option<T>, holds: impl FnOnce(T) -> bool) -> Tri {
        match answer {
            Some(value) => Tri::from(holds(value)),
            None => Tri::UNKNOWN,
        }
    }

    /// `yes`, without a branch: the byte of an `Option<bool>` (0 for
    /// no, 1 for yes, 2 for `None`) times three gives its two bits.
    #[inline]
    pub(crate) fn yes(answer: Option<bool>) -> Tri {
        let byte = answer.map_or(2, u8::from);
        // No: 0b00; yes: 0b11; not known: 0b110, of which 0b10.
        Tri((byte * 3) & 0b11)
    }

    /// `yes` of a fact kept as two bits of the facts' words ([`Flag`]):
    /// its two bits shifted out of words a decision has in registers.
    #[inline]
    pub(crate) fn flag(facts: &Facts, flag: Flag) -> Tri {
        let word = |words: &[u64]| words.get(flag.word).copied().unwrap_or(0);
        let (known, yes) = (word(&facts.known), word(&facts.yes));
        // The fact's two bits shifted into place, rather than each tested
        // and set: 22 instructions a decision fewer in Order No. 417 (the
        // shift is a constant once inlined).
        let at = flag.mask.trailing_zeros();
        let holds = (yes >> at) & 1;
        let may = ((yes | !known) >> at) & 1;
        // Yes: 0b11; no: 0b00; not known: 0b10.
        Tri((holds | (may << 1)) as u8)
    }

    /// `all` of yes/no facts kept in one word, each "yes" (or "no", for
    /// `!Facts::X`): two tests of masks, whatever their number.
    #[inline]
    pub(crate) fn all_flags<const K: usize>(facts: &Facts, flags: [Flag; K]) -> Tri {
        let (holds, fails, mask) = Tri::words(facts, flags);
        // Every one holds; none fails.
        Tri(u8::from(holds & mask == mask) | (u8::from(fails & mask == 0) << 1))
    }

    /// `any` of yes/no facts kept in one word, as [`Tri::all_flags`].
    #[inline]
    pub(crate) fn any_flags<const K: usize>(facts: &Facts, flags: [Flag; K]) -> Tri {
        let (holds, fails, mask) = Tri::words(facts, flags);
        // One holds; not every one fails.
        Tri(u8::from(holds & mask != 0) | (u8::from(fails & mask != mask) << 1))
    }

    /// The bits of the facts whose test holds and of those whose test
    /// fails (each known, with the answer it asks for or the other), and
    /// the mask of `flags`' bits. "Yes" is only ever set with "known", so
    /// a fact known to be "no" is `known ^ yes`: for a test of "yes" that
    /// holds is `yes`, for one of "no" `known ^ yes`, and the other way
    /// round for one that fails. With every test one of "yes" (`no` 0),
    /// `known ^ yes` is the same for every group of a word, worked out once.
    #[inline]
    fn words<const K: usize>(facts: &Facts, flags: [Flag; K]) -> (u64, u64, u64) {
        let (word, mask, no) = Flag::masks(flags);
        let known = facts.known.get(word).copied().unwrap_or(0);
        let yes = facts.yes.get(word).copied().unwrap_or(0);
        (yes ^ (known & no), yes ^ (known & !no), mask)
    }

    /// `is`.
    #[inline]
    pub(crate) fn is<T: PartialEq>(answer: Option<T>, value: T) -> Tri {
        Tri::test(answer, |given| given == value)
    }

    /// `one_of`.
    #[inline]
    pub(crate) fn one_of<T: PartialEq>(answer: Option<T>, values: &[T]) -> Tri {
        Tri::test(answer, |given| values.contains(&given))
    }

    /// `at_least`, and `on_or_after` for dates.
    #[inline]
    pub(crate) fn at_least<T: Order>(answer: Option<T>, value: T) -> Tri {
        Tri::test(answer, |given| given.key() >= value.key())
    }

    /// `at_most`, and `on_or_before` for dates.
    #[inline]
    pub(crate) fn at_most<T: Order>(answer: Option<T>, value: T) -> Tri {
        Tri::test(answer, |given| given.key() <= value.key())
    }

    /// `under`, and `before` for dates.
    #[inline]
    pub(crate) fn under<T: Order>(answer: Option<T>, value: T) -> Tri {
        Tri::test(answer, |given| given.key() < value.key())
    }

    /// `over`, and `after` for dates.
    #[inline]
    pub(crate) fn over<T: Order>(answer: Option<T>, value: T) -> Tri {
        Tri::test(answer, |given| given.key() > value.key())
    }

    /// Any other test's answer (`dates`) as bits.
    #[inline]
    pub(crate) fn of(truth: Truth<()>) -> Tri {
        match truth {
            Truth::True => Tri::TRUE,
            Truth::False => Tri::FALSE,
            Truth::Unknown(()) => Tri::UNKNOWN,
        }
    }

    /// Every part holds (`all`, without branches).
    #[inline]
    pub(crate) fn all<const K: usize>(parts: [Tri; K]) -> Tri {
        Tri(parts.iter().fold(Tri::TRUE.0, |out, part| out & part.0))
    }

    /// At least one part holds (`any`, without branches).
    #[inline]
    pub(crate) fn any<const K: usize>(parts: [Tri; K]) -> Tri {
        Tri(parts.iter().fold(Tri::FALSE.0, |out, part| out | part.0))
    }

    /// Neither holds nor fails: it needs facts not given.
    #[inline]
    pub(crate) fn unknown(self) -> bool {
        self.0 == Tri::MAY
    }
}

/// A number or a date as one integer in the same order, so that a test of
/// it is one comparison: a `Date` compared as a date compares its year,
/// then its month and day, with a branch on each that the processor
/// mispredicts when the years vary.
pub(crate) trait Order: Copy {
    /// The integer.
    fn key(self) -> i64;
}

impl Order for u32 {
    #[inline]
    fn key(self) -> i64 {
        i64::from(self)
    }
}

impl Order for jiff::civil::Date {
    #[inline]
    fn key(self) -> i64 {
        i64::from(self.year()) * 0x1_0000 + i64::from(self.month()) * 0x100 + i64::from(self.day())
    }
}

impl From<bool> for Tri {
    #[inline]
    fn from(holds: bool) -> Tri {
        if holds { Tri::TRUE } else { Tri::FALSE }
    }
}

impl std::ops::Not for Tri {
    type Output = Tri;

    /// Holds where it failed, may hold where it did not hold.
    #[inline]
    fn not(self) -> Tri {
        Tri(!((self.0 << 1) | (self.0 >> 1)) & 0b11)
    }
}

#[cfg(test)]
mod tests {
    use super::Tri;

    /// Kleene's three-valued logic, written out: what the bit tricks must
    /// give for every pair of answers.
    #[test]
    fn the_bits_combine_as_three_valued_logic() {
        let all = [Tri::TRUE, Tri::FALSE, Tri::UNKNOWN];
        for a in all {
            let not = match a {
                Tri::TRUE => Tri::FALSE,
                Tri::FALSE => Tri::TRUE,
                _ => Tri::UNKNOWN,
            };
            assert_eq!(!a, not, "not {a:?}");
            assert_eq!(a.holds(), a == Tri::TRUE);
            assert_eq!(a.fails(), a == Tri::FALSE);
            assert_eq!(a.unknown(), a == Tri::UNKNOWN);
            for b in all {
                let and = if a == Tri::FALSE || b == Tri::FALSE {
                    Tri::FALSE
                } else if a == Tri::TRUE && b == Tri::TRUE {
                    Tri::TRUE
                } else {
                    Tri::UNKNOWN
                };
                let or = if a == Tri::TRUE || b == Tri::TRUE {
                    Tri::TRUE
                } else if a == Tri::FALSE && b == Tri::FALSE {
                    Tri::FALSE
                } else {
                    Tri::UNKNOWN
                };
                assert_eq!(Tri::all([a, b]), and, "{a:?} and {b:?}");
                assert_eq!(Tri::any([a, b]), or, "{a:?} or {b:?}");
            }
        }
        assert_eq!(Tri::yes(Some(true)), Tri::TRUE);
        assert_eq!(Tri::yes(Some(false)), Tri::FALSE);
        assert_eq!(Tri::yes(None), Tri::UNKNOWN);
    }

    /// Numbers and dates compare by their keys as by themselves, across
    /// the ends of months and years.
    #[test]
    fn keys_are_in_the_order_of_the_values() {
        use super::Order;
        use jiff::civil::Date;
        let days = [
            Date::constant(-1, 12, 31),
            Date::constant(0, 1, 1),
            Date::constant(2019, 10, 31),
            Date::constant(2019, 11, 1),
            Date::constant(2019, 12, 31),
            Date::constant(2020, 1, 1),
            Date::constant(2020, 2, 29),
        ];
        for a in days {
            for b in days {
                assert_eq!(a.key() < b.key(), a < b, "{a} and {b}");
                assert_eq!(a.key() == b.key(), a == b, "{a} and {b}");
            }
        }
        for (a, b) in [(0_u32, 1_u32), (17, 18), (u32::MAX - 1, u32::MAX)] {
            assert!(a.key() < b.key());
        }
    }
}
