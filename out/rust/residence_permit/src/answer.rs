//! Answers that may need facts not given yet, and the three-valued logic
//! the rules are written in.
//!
//! A fact that is not given is unknown, never "no": a condition over it is
//! undetermined, and the answer lists the facts it needs, in the order the
//! rules ask for them. This is what `reglament explain` does, and the
//! generated rules give exactly its answers.

// The tests below are the vocabulary of every regulation's conditions; one
// regulation rarely uses them all.
#![allow(dead_code, reason = "a regulation uses only some of the tests")]

use jiff::civil::Date;

use crate::{Fact, FactSet};

// `Tri`, the same conditions as bits, is in its own file; the conditions
// import the rules' vocabulary from here.
#[allow(
    unused_imports,
    reason = "only the evaluation of a regulation without amendments uses it"
)]
pub(crate) use crate::tri::Tri;

/// An answer, or the facts still needed to give it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer<T> {
    /// The answer.
    Known(T),
    /// It cannot be told without these facts.
    Needs(Needs),
}

impl<T> Answer<T> {
    /// The answer, if it is known.
    pub fn known(&self) -> Option<&T> {
        match self {
            Answer::Known(value) => Some(value),
            Answer::Needs(_) => None,
        }
    }

    /// The answer, if it is known, taken out.
    pub fn into_known(self) -> Option<T> {
        match self {
            Answer::Known(value) => Some(value),
            Answer::Needs(_) => None,
        }
    }

    /// The facts still needed (none when the answer is known).
    pub fn needs(&self) -> &[Fact] {
        match self {
            Answer::Known(_) => &[],
            Answer::Needs(facts) => facts.as_slice(),
        }
    }

    /// The answer changed by `f`, if it is known.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Answer<U> {
        match self {
            Answer::Known(value) => Answer::Known(f(value)),
            Answer::Needs(facts) => Answer::Needs(facts),
        }
    }
}

/// As many facts as the regulation has: no answer can need more.
const FACTS: usize = Fact::ALL.len();

/// The facts an answer needs, each once, in the order the rules ask for
/// them (the order a form asks its questions in).
///
/// It is a fixed-size list, as large as the regulation's [`Fact`] enum, so
/// an answer never allocates. It dereferences to a slice of facts; ask
/// [`Fact::question`] for each. [`Needs::set`] gives the same facts as a
/// [`FactSet`].
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Needs {
    len: usize,
    facts: [Fact; FACTS],
}

impl Needs {
    /// No facts.
    pub const NONE: Needs = Needs {
        len: 0,
        facts: [Fact::Status; FACTS],
    };

    /// Just `fact`.
    pub fn one(fact: Fact) -> Needs {
        let mut needs = Needs::NONE;
        needs.add(fact);
        needs
    }

    /// The facts, in order.
    pub fn as_slice(&self) -> &[Fact] {
        self.facts.get(..self.len).unwrap_or_default()
    }

    /// The facts, in order.
    pub fn iter(&self) -> std::iter::Copied<std::slice::Iter<'_, Fact>> {
        self.as_slice().iter().copied()
    }

    /// How many facts.
    pub fn len(&self) -> usize {
        self.len
    }

    /// No fact is needed.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Is `fact` among them?
    pub fn contains(&self, fact: Fact) -> bool {
        self.as_slice().contains(&fact)
    }

    /// The same facts, as a set.
    pub fn set(&self) -> FactSet {
        self.iter().collect()
    }

    /// Adds `fact` at the end, unless it is there already.
    pub fn add(&mut self, fact: Fact) {
        if self.contains(fact) {
            return;
        }
        // A fact not there yet always has room: there are `FACTS` of them.
        if let Some(slot) = self.facts.get_mut(self.len) {
            *slot = fact;
            self.len += 1;
        }
    }

    /// Adds each of `facts` that is not there yet, in order.
    pub fn merge(&mut self, facts: &[Fact]) {
        for fact in facts {
            self.add(*fact);
        }
    }
}

impl Default for Needs {
    fn default() -> Needs {
        Needs::NONE
    }
}

impl std::ops::Deref for Needs {
    type Target = [Fact];

    fn deref(&self) -> &[Fact] {
        self.as_slice()
    }
}

impl<'a> IntoIterator for &'a Needs {
    type Item = Fact;
    type IntoIter = std::iter::Copied<std::slice::Iter<'a, Fact>>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl FromIterator<Fact> for Needs {
    fn from_iter<I: IntoIterator<Item = Fact>>(facts: I) -> Needs {
        let mut needs = Needs::NONE;
        for fact in facts {
            needs.add(fact);
        }
        needs
    }
}

impl std::fmt::Debug for Needs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Needs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.as_slice())
    }
}

/// What an evaluation keeps of the facts a condition needs: [`Needs`],
/// their list in order, when an answer reports them; `()`, nothing, when
/// only whether it holds matters (a decision's sets), which is the fast
/// path every decision takes.
pub(crate) trait Track: Copy {
    /// No fact: what a condition on the category applied under needs when
    /// only the applicant's choice is missing.
    fn none() -> Self;
    /// Just `fact`.
    fn one(fact: Fact) -> Self;
    /// Takes `other` in, keeping the first place of each fact.
    fn merge(&mut self, other: &Self);
}

impl Track for () {
    fn none() {}

    fn one(_: Fact) {}

    fn merge(&mut self, _: &()) {}
}

impl Track for Needs {
    fn none() -> Needs {
        Needs::NONE
    }

    fn one(fact: Fact) -> Needs {
        Needs::one(fact)
    }

    fn merge(&mut self, other: &Needs) {
        Needs::merge(self, other.as_slice());
    }
}

/// Whether a condition holds: yes, no, or unknown for want of some facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Truth<N = Needs> {
    True,
    False,
    Unknown(N),
}

impl<N: Track> Truth<N> {
    fn of(holds: bool) -> Truth<N> {
        if holds { Truth::True } else { Truth::False }
    }
}

impl Truth<Needs> {
    /// As an answer: yes, no, or the facts needed.
    pub(crate) fn answer(self) -> Answer<bool> {
        match self {
            Truth::True => Answer::Known(true),
            Truth::False => Answer::Known(false),
            Truth::Unknown(needs) => Answer::Needs(needs),
        }
    }

    /// The facts still needed (none when decided).
    pub(crate) fn needs(&self) -> &[Fact] {
        match self {
            Truth::Unknown(needs) => needs.as_slice(),
            Truth::True | Truth::False => &[],
        }
    }
}

impl<N> std::ops::Not for Truth<N> {
    type Output = Truth<N>;

    fn not(self) -> Truth<N> {
        match self {
            Truth::True => Truth::False,
            Truth::False => Truth::True,
            unknown => unknown,
        }
    }
}

/// Every part holds. One part that does not is enough to say no, whatever
/// the others; otherwise the parts not known make the whole unknown.
pub(crate) fn all<N: Track, const K: usize>(parts: [Truth<N>; K]) -> Truth<N> {
    let mut needs: Option<N> = None;
    for part in parts {
        match part {
            Truth::True => {}
            Truth::False => return Truth::False,
            Truth::Unknown(facts) => unknown(&mut needs, facts),
        }
    }
    needs.map_or(Truth::True, Truth::Unknown)
}

/// At least one part holds. One that does is enough to say yes.
pub(crate) fn any<N: Track, const K: usize>(parts: [Truth<N>; K]) -> Truth<N> {
    let mut needs: Option<N> = None;
    for part in parts {
        match part {
            Truth::True => return Truth::True,
            Truth::False => {}
            Truth::Unknown(facts) => unknown(&mut needs, facts),
        }
    }
    needs.map_or(Truth::False, Truth::Unknown)
}

/// Takes the needs of an unknown part into those of the whole.
fn unknown<N: Track>(needs: &mut Option<N>, part: N) {
    match needs {
        None => *needs = Some(part),
        Some(needs) => needs.merge(&part),
    }
}

/// The category a legal-representative rule is asked of is one of
/// `listed`: `category is ...` there (it is known, so yes or no).
pub(crate) fn category_is<N: Track, T: PartialEq>(category: T, listed: &[T]) -> Truth<N> {
    Truth::of(listed.contains(&category))
}

/// A yes/no fact is yes.
pub(crate) fn yes<N: Track>(answer: Option<bool>, fact: Fact) -> Truth<N> {
    test(answer, fact, |yes| yes)
}

/// A fact has this value.
pub(crate) fn is<N: Track, T: PartialEq>(answer: Option<T>, fact: Fact, value: T) -> Truth<N> {
    test(answer, fact, |given| given == value)
}

/// A fact has one of these values.
pub(crate) fn one_of<N: Track, T: PartialEq>(
    answer: Option<T>,
    fact: Fact,
    values: &[T],
) -> Truth<N> {
    test(answer, fact, |given| values.contains(&given))
}

/// A number is at least `value`.
pub(crate) fn at_least<N: Track, T: PartialOrd>(
    answer: Option<T>,
    fact: Fact,
    value: T,
) -> Truth<N> {
    test(answer, fact, |given| given >= value)
}

/// A number is at most `value`.
pub(crate) fn at_most<N: Track, T: PartialOrd>(
    answer: Option<T>,
    fact: Fact,
    value: T,
) -> Truth<N> {
    test(answer, fact, |given| given <= value)
}

/// A number is under `value`.
pub(crate) fn under<N: Track, T: PartialOrd>(answer: Option<T>, fact: Fact, value: T) -> Truth<N> {
    test(answer, fact, |given| given < value)
}

/// A number is over `value`.
pub(crate) fn over<N: Track, T: PartialOrd>(answer: Option<T>, fact: Fact, value: T) -> Truth<N> {
    test(answer, fact, |given| given > value)
}

/// A date is before `value`.
pub(crate) fn before<N: Track, T: PartialOrd>(answer: Option<T>, fact: Fact, value: T) -> Truth<N> {
    under(answer, fact, value)
}

/// A date is after `value`.
pub(crate) fn after<N: Track, T: PartialOrd>(answer: Option<T>, fact: Fact, value: T) -> Truth<N> {
    over(answer, fact, value)
}

/// A date is on or before `value`.
pub(crate) fn on_or_before<N: Track, T: PartialOrd>(
    answer: Option<T>,
    fact: Fact,
    value: T,
) -> Truth<N> {
    at_most(answer, fact, value)
}

/// A date is on or after `value`.
pub(crate) fn on_or_after<N: Track, T: PartialOrd>(
    answer: Option<T>,
    fact: Fact,
    value: T,
) -> Truth<N> {
    at_least(answer, fact, value)
}

fn test<N: Track, T>(answer: Option<T>, fact: Fact, holds: impl FnOnce(T) -> bool) -> Truth<N> {
    match answer {
        Some(value) => Truth::of(holds(value)),
        None => Truth::Unknown(N::one(fact)),
    }
}

/// What a date in a condition stands for: a day; a day counted so far
/// forward or back that no calendar day reaches it (it is then after, or
/// before, every date); or the fact or event whose date is not given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Bound {
    Day(Date),
    Beyond { after: bool },
    Unknown(Fact),
}

/// The date of `fact` (given as `answer`) counted `months` or `days`
/// forward (positive) or back: `3 months before application_filed`, by
/// the month arithmetic of the deadlines (the corresponding day, else the
/// month's last).
pub(crate) fn shifted(answer: Option<Date>, fact: Fact, months: i64, days: i64) -> Bound {
    let Some(base) = answer else {
        return Bound::Unknown(fact);
    };
    let day = if months != 0 {
        crate::deadline::shift_months(base, months)
    } else {
        jiff::Span::new()
            .try_days(days)
            .ok()
            .and_then(|span| base.checked_add(span).ok())
    };
    // The calendar starts at the year 1: a day counted back before it is
    // before every date, as one past 9999 is after every date.
    match day {
        Some(day) if day.year() >= 1 => Bound::Day(day),
        _ => Bound::Beyond {
            after: months > 0 || days > 0,
        },
    }
}

/// How a date is compared with others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateTest {
    Is,
    IsNot,
    OnOrAfter,
    OnOrBefore,
    Before,
    After,
}

/// A date compared with dates counted from other dates: unknown while it
/// or any of them is not given (each needed fact named, this one first),
/// as the interpreter decides it.
pub(crate) fn dates<N: Track, const K: usize>(
    answer: Option<Date>,
    fact: Fact,
    test: DateTest,
    bounds: [Bound; K],
) -> Truth<N> {
    let mut needs: Option<N> = None;
    if answer.is_none() {
        unknown(&mut needs, N::one(fact));
    }
    for bound in bounds {
        if let Bound::Unknown(other) = bound {
            unknown(&mut needs, N::one(other));
        }
    }
    let (Some(actual), None) = (answer, needs) else {
        return Truth::Unknown(needs.unwrap_or_else(|| N::one(fact)));
    };
    let each = |on_day: &dyn Fn(Date) -> bool, beyond: &dyn Fn(bool) -> bool| {
        bounds.iter().all(|b| match b {
            Bound::Day(day) => on_day(*day),
            Bound::Beyond { after } => beyond(*after),
            Bound::Unknown(_) => false,
        })
    };
    let on = bounds.contains(&Bound::Day(actual));
    Truth::of(match test {
        DateTest::Is => on,
        DateTest::IsNot => !on,
        DateTest::OnOrAfter => each(&|day| actual >= day, &|after| !after),
        DateTest::OnOrBefore => each(&|day| actual <= day, &|after| after),
        DateTest::Before => each(&|day| actual < day, &|after| after),
        DateTest::After => each(&|day| actual > day, &|after| !after),
    })
}

/// A number of copies or items: the first case whose condition holds, else
/// `otherwise`. A case that cannot be decided leaves the number unknown
/// rather than falling through to a later one.
pub(crate) fn amount<const K: usize>(cases: [(Truth, u32); K], otherwise: u32) -> Answer<u32> {
    for (condition, number) in cases {
        match condition {
            Truth::True => return Answer::Known(number),
            Truth::False => {}
            Truth::Unknown(needs) => return Answer::Needs(needs),
        }
    }
    Answer::Known(otherwise)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_keep_the_first_place_of_each_fact_however_many() {
        let mut needs = Needs::default();
        for fact in Fact::ALL.iter().chain(Fact::ALL.iter().rev()) {
            needs.add(*fact);
        }
        assert_eq!(needs.as_slice(), Fact::ALL);
        assert_eq!(needs.len(), Fact::ALL.len());
        assert_eq!(needs.set().len(), Fact::ALL.len());
    }

    #[test]
    fn all_and_any_decide_as_the_interpreter() {
        let [a, b, ..] = Fact::ALL;
        let first: Truth = Truth::Unknown(Needs::one(b));
        let second: Truth = Truth::Unknown(Needs::one(a));
        let both = all([first, Truth::True, second, first]);
        assert_eq!(both.needs(), [b, a]);
        assert_eq!(all([first, Truth::False]), Truth::False);
        assert_eq!(any([second, first]).needs(), [a, b]);
        assert_eq!(any([first, Truth::True]), Truth::True);
        assert_eq!(any([Truth::<Needs>::False, Truth::False]), Truth::False);
        assert_eq!(!first, first);
        assert_eq!(
            amount([(Truth::False, 2), (second, 3)], 1),
            Answer::Needs(Needs::one(a))
        );
        assert_eq!(
            amount([(Truth::False, 2), (Truth::True, 3)], 1),
            Answer::Known(3)
        );
        assert_eq!(amount([(Truth::False, 2)], 1), Answer::Known(1));
        // The fast path tracks nothing and decides the same.
        let unknown: Truth<()> = Truth::Unknown(());
        assert_eq!(all([unknown, Truth::True]), unknown);
        assert_eq!(all([unknown, Truth::False]), Truth::False);
        assert_eq!(any([unknown, Truth::True]), Truth::True);
    }
}
