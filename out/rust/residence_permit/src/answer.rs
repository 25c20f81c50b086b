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

use crate::Fact;

/// An answer, or the facts still needed to give it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Answer<T> {
    /// The answer.
    Known(T),
    /// It cannot be told without these facts.
    Needs(Vec<Fact>),
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
            Answer::Needs(facts) => facts,
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

/// Whether a condition holds: yes, no, or unknown for want of some facts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Truth {
    True,
    False,
    Unknown(Needs),
}

impl Truth {
    fn of(holds: bool) -> Truth {
        if holds { Truth::True } else { Truth::False }
    }

    /// The facts still needed (none when decided).
    pub(crate) fn needs(&self) -> &[Fact] {
        match self {
            Truth::Unknown(needs) => needs.as_slice(),
            Truth::True | Truth::False => &[],
        }
    }
}

impl std::ops::Not for Truth {
    type Output = Truth;

    fn not(self) -> Truth {
        match self {
            Truth::True => Truth::False,
            Truth::False => Truth::True,
            unknown => unknown,
        }
    }
}

/// How many facts [`Needs`] keeps without allocating: more than almost any
/// one condition reads.
const INLINE: usize = 8;

/// The facts a condition needs, in the order it asks for them, each once.
///
/// Conditions are evaluated for every category and document of every
/// decision, and most facts an applicant leaves unanswered make some part
/// unknown; a list on the heap for each would be most of the cost of a
/// decision. So a few facts are kept inline, and only the answers a
/// decision returns allocate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Needs {
    /// Up to [`INLINE`] facts: the first `len` of the array.
    Few { len: u8, facts: [Fact; INLINE] },
    /// More.
    Many(Vec<Fact>),
}

impl Default for Needs {
    fn default() -> Needs {
        // An empty `Vec` does not allocate.
        Needs::Many(Vec::new())
    }
}

impl Needs {
    fn one(fact: Fact) -> Needs {
        Needs::Few {
            len: 1,
            facts: [fact; INLINE],
        }
    }

    pub(crate) fn as_slice(&self) -> &[Fact] {
        match self {
            Needs::Few { len, facts } => &facts[..usize::from(*len)],
            Needs::Many(facts) => facts,
        }
    }

    pub(crate) fn into_vec(self) -> Vec<Fact> {
        match self {
            Needs::Few { len, facts } => facts[..usize::from(len)].to_vec(),
            Needs::Many(facts) => facts,
        }
    }

    /// Adds `fact` at the end, unless it is there already.
    fn add(&mut self, fact: Fact) {
        if self.as_slice().contains(&fact) {
            return;
        }
        match self {
            Needs::Few { len, facts } if usize::from(*len) < INLINE => {
                facts[usize::from(*len)] = fact;
                *len += 1;
            }
            Needs::Few { facts, .. } => {
                let mut all = facts.to_vec();
                all.push(fact);
                *self = Needs::Many(all);
            }
            Needs::Many(facts) => facts.push(fact),
        }
    }

    /// Adds each of `facts` that is not there yet, in order.
    pub(crate) fn merge(&mut self, facts: &[Fact]) {
        for fact in facts {
            self.add(*fact);
        }
    }
}

/// Adds `from` to `into`, keeping the first place of each fact.
pub(crate) fn merge(into: &mut Vec<Fact>, from: &[Fact]) {
    for fact in from {
        if !into.contains(fact) {
            into.push(*fact);
        }
    }
}

/// Every part holds. One part that does not is enough to say no, whatever
/// the others; otherwise the parts not known make the whole unknown.
pub(crate) fn all<const N: usize>(parts: [Truth; N]) -> Truth {
    let mut needs: Option<Needs> = None;
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
pub(crate) fn any<const N: usize>(parts: [Truth; N]) -> Truth {
    let mut needs: Option<Needs> = None;
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
fn unknown(needs: &mut Option<Needs>, part: Needs) {
    match needs {
        None => *needs = Some(part),
        Some(needs) => needs.merge(part.as_slice()),
    }
}

/// A yes/no fact is yes.
pub(crate) fn yes(answer: Option<bool>, fact: Fact) -> Truth {
    test(answer, fact, |yes| yes)
}

/// A fact has this value.
pub(crate) fn is<T: PartialEq>(answer: Option<T>, fact: Fact, value: T) -> Truth {
    test(answer, fact, |given| given == value)
}

/// A fact has one of these values.
pub(crate) fn one_of<T: PartialEq>(answer: Option<T>, fact: Fact, values: &[T]) -> Truth {
    test(answer, fact, |given| values.contains(&given))
}

/// A number is at least `value`.
pub(crate) fn at_least<T: PartialOrd>(answer: Option<T>, fact: Fact, value: T) -> Truth {
    test(answer, fact, |given| given >= value)
}

/// A number is at most `value`.
pub(crate) fn at_most<T: PartialOrd>(answer: Option<T>, fact: Fact, value: T) -> Truth {
    test(answer, fact, |given| given <= value)
}

/// A number is under `value`.
pub(crate) fn under<T: PartialOrd>(answer: Option<T>, fact: Fact, value: T) -> Truth {
    test(answer, fact, |given| given < value)
}

/// A number is over `value`.
pub(crate) fn over<T: PartialOrd>(answer: Option<T>, fact: Fact, value: T) -> Truth {
    test(answer, fact, |given| given > value)
}

/// A date is before `value`.
pub(crate) fn before<T: PartialOrd>(answer: Option<T>, fact: Fact, value: T) -> Truth {
    under(answer, fact, value)
}

/// A date is after `value`.
pub(crate) fn after<T: PartialOrd>(answer: Option<T>, fact: Fact, value: T) -> Truth {
    over(answer, fact, value)
}

/// A date is on or before `value`.
pub(crate) fn on_or_before<T: PartialOrd>(answer: Option<T>, fact: Fact, value: T) -> Truth {
    at_most(answer, fact, value)
}

/// A date is on or after `value`.
pub(crate) fn on_or_after<T: PartialOrd>(answer: Option<T>, fact: Fact, value: T) -> Truth {
    at_least(answer, fact, value)
}

fn test<T>(answer: Option<T>, fact: Fact, holds: impl FnOnce(T) -> bool) -> Truth {
    match answer {
        Some(value) => Truth::of(holds(value)),
        None => Truth::Unknown(Needs::one(fact)),
    }
}

/// A number of copies or items: the first case whose condition holds, else
/// `otherwise`. A case that cannot be decided leaves the number unknown
/// rather than falling through to a later one.
pub(crate) fn amount<const N: usize>(cases: [(Truth, u32); N], otherwise: u32) -> Answer<u32> {
    for (condition, number) in cases {
        match condition {
            Truth::True => return Answer::Known(number),
            Truth::False => {}
            Truth::Unknown(needs) => return Answer::Needs(needs.into_vec()),
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
        assert_eq!(needs.into_vec(), Fact::ALL);
    }

    #[test]
    fn all_and_any_decide_as_the_interpreter() {
        let [a, b, ..] = Fact::ALL;
        let first = Truth::Unknown(Needs::one(b));
        let second = Truth::Unknown(Needs::one(a));
        let both = all([first.clone(), Truth::True, second.clone(), first.clone()]);
        assert_eq!(both.needs(), [b, a]);
        assert_eq!(all([first.clone(), Truth::False]), Truth::False);
        assert_eq!(any([second.clone(), first.clone()]).needs(), [a, b]);
        assert_eq!(any([first.clone(), Truth::True]), Truth::True);
        assert_eq!(any([Truth::False, Truth::False]), Truth::False);
        assert_eq!(!first.clone(), first);
        assert_eq!(
            amount([(Truth::False, 2), (second, 3)], 1),
            Answer::Needs(vec![a])
        );
        assert_eq!(
            amount([(Truth::False, 2), (Truth::True, 3)], 1),
            Answer::Known(3)
        );
        assert_eq!(amount([(Truth::False, 2)], 1), Answer::Known(1));
    }
}
