//! Conditions compiled over fact numbers: the three-valued evaluation of
//! [`eval`](super::super::eval) without a map lookup by name or an
//! allocation per answer. The facts a condition still needs are appended
//! to one list per decision, in the order `eval` lists them.

use std::cmp::Ordering;

use jiff::civil::Date;

use crate::model::{Condition, Operator, Shift, Value};

/// A fact's number in the [`Layout`](super::layout::Layout).
pub(super) type Slot = u16;

/// A fact's value, or nothing when it is not known. Options are numbered
/// as their choice lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Val {
    Unknown,
    Bool(bool),
    Num(u32),
    Date(Date),
    Opt(u16),
}

impl Val {
    /// The order `Value`'s derived order gives two values of one kind;
    /// `None` for values of different kinds, which compiling rules out.
    fn order(self, other: Val) -> Option<Ordering> {
        match (self, other) {
            (Val::Bool(a), Val::Bool(b)) => Some(a.cmp(&b)),
            (Val::Num(a), Val::Num(b)) => Some(a.cmp(&b)),
            (Val::Date(a), Val::Date(b)) => Some(a.cmp(&b)),
            (Val::Opt(a), Val::Opt(b)) if a == b => Some(Ordering::Equal),
            _ => None,
        }
    }
}

/// True, false, or unknown for want of facts (which the evaluation has
/// appended to the list of needs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum T {
    True,
    False,
    Unknown,
}

/// A compiled condition.
#[derive(Clone, Debug)]
pub(super) enum Node {
    All(Box<[Node]>),
    Any(Box<[Node]>),
    Not(Box<Node>),
    Fact(Slot),
    Compare(Box<Compare>),
}

#[derive(Clone, Debug)]
pub(super) struct Compare {
    slot: Slot,
    operator: Operator,
    operands: Box<[Operand]>,
    /// Some operand is a date counted from another fact.
    dates: bool,
}

#[derive(Clone, Copy, Debug)]
enum Operand {
    Value(Val),
    DateOf { slot: Slot, shift: Option<Shift> },
}

/// What a compiled condition is checked against: each fact's kind and
/// number, from the layout.
pub(super) trait Facts {
    fn slot(&mut self, name: &str) -> Slot;
    /// The value of `value` for fact `slot`, or why it cannot be compiled
    /// (a value of another kind than the fact's: the checker rules it out,
    /// and the interpreter is left to answer).
    fn literal(&self, slot: Slot, value: &Value) -> Option<Val>;
    fn is_date(&self, slot: Slot) -> bool;
    fn is_choice(&self, slot: Slot) -> bool;
}

impl Node {
    /// `c` over the layout's fact numbers; `None` for a condition outside
    /// what the plan evaluates exactly as `eval` does.
    pub(super) fn compile(c: &Condition, facts: &mut dyn Facts) -> Option<Node> {
        Some(match c {
            Condition::All { parts } => Node::All(
                parts
                    .iter()
                    .map(|p| Node::compile(p, facts))
                    .collect::<Option<_>>()?,
            ),
            Condition::Any { parts } => Node::Any(
                parts
                    .iter()
                    .map(|p| Node::compile(p, facts))
                    .collect::<Option<_>>()?,
            ),
            Condition::Not { inner } => Node::Not(Box::new(Node::compile(inner, facts)?)),
            Condition::Fact { fact } => Node::Fact(facts.slot(fact)),
            Condition::Compare {
                fact,
                operator,
                values,
                ..
            } => {
                let slot = facts.slot(fact);
                let ordered = !matches!(operator, Operator::In | Operator::NotIn);
                if ordered && facts.is_choice(slot) {
                    return None;
                }
                let dates = values.iter().any(|v| matches!(v, Value::DateOf(_)));
                if dates && !facts.is_date(slot) {
                    return None;
                }
                let operands = values
                    .iter()
                    .map(|v| match v {
                        Value::DateOf(d) => Some(Operand::DateOf {
                            slot: facts.slot(&d.of),
                            shift: d.shift,
                        }),
                        other => facts.literal(slot, other).map(Operand::Value),
                    })
                    .collect::<Option<_>>()?;
                Node::Compare(Box::new(Compare {
                    slot,
                    operator: *operator,
                    operands,
                    dates,
                }))
            }
        })
    }

    /// Evaluates the condition; when unknown, the facts it needs are in
    /// `needs[base..]`, each once, in `eval`'s order.
    pub(super) fn eval(&self, facts: &[Val], needs: &mut Vec<Slot>, base: usize) -> T {
        match self {
            Node::All(parts) => {
                let mark = needs.len();
                let mut unknown = false;
                for p in parts {
                    match p.eval(facts, needs, base) {
                        T::False => {
                            needs.truncate(mark);
                            return T::False;
                        }
                        T::Unknown => unknown = true,
                        T::True => {}
                    }
                }
                if unknown { T::Unknown } else { T::True }
            }
            Node::Any(parts) => {
                let mark = needs.len();
                let mut unknown = false;
                for p in parts {
                    match p.eval(facts, needs, base) {
                        T::True => {
                            needs.truncate(mark);
                            return T::True;
                        }
                        T::Unknown => unknown = true,
                        T::False => {}
                    }
                }
                if unknown { T::Unknown } else { T::False }
            }
            Node::Not(inner) => match inner.eval(facts, needs, base) {
                T::True => T::False,
                T::False => T::True,
                T::Unknown => T::Unknown,
            },
            Node::Fact(slot) => match facts[usize::from(*slot)] {
                Val::Unknown => {
                    need(needs, base, *slot);
                    T::Unknown
                }
                Val::Bool(b) => truth(b),
                _ => T::False,
            },
            Node::Compare(c) => c.eval(facts, needs, base),
        }
    }
}

fn truth(b: bool) -> T {
    if b { T::True } else { T::False }
}

/// Adds `slot` to the needs from `base` on, unless it is there.
pub(super) fn need(needs: &mut Vec<Slot>, base: usize, slot: Slot) {
    if !has(&needs[base..], slot) {
        needs.push(slot);
    }
}

/// Whether `list` holds `x`: a loop the compiler keeps in its caller.
/// The lists are a few numbers long, and `contains` on `u16` was a call
/// of its own, about 27 a record (670 instructions of a decision's 5,400).
#[inline]
pub(super) fn has(list: &[u16], x: u16) -> bool {
    for &y in list {
        if y == x {
            return true;
        }
    }
    false
}

/// What a value compared with a date stands for (as `eval`'s `Bound`).
#[derive(Clone, Copy)]
enum Bound {
    Value(Val),
    Beyond { after: bool },
}

impl Compare {
    fn eval(&self, facts: &[Val], needs: &mut Vec<Slot>, base: usize) -> T {
        let actual = facts[usize::from(self.slot)];
        if !self.dates {
            if actual == Val::Unknown {
                need(needs, base, self.slot);
                return T::Unknown;
            }
            let values = self.operands.iter().filter_map(|o| match o {
                Operand::Value(v) => Some(Bound::Value(*v)),
                Operand::DateOf { .. } => None,
            });
            return truth(compare(actual, self.operator, values));
        }
        let mut unknown = false;
        if actual == Val::Unknown {
            need(needs, base, self.slot);
            unknown = true;
        }
        for o in self.operands.iter() {
            if let Operand::DateOf { slot, .. } = o
                && !matches!(facts[usize::from(*slot)], Val::Date(_))
            {
                need(needs, base, *slot);
                unknown = true;
            }
        }
        if unknown {
            return T::Unknown;
        }
        let bounds = self.operands.iter().map(|o| match *o {
            Operand::Value(v) => Bound::Value(v),
            Operand::DateOf { slot, shift } => {
                let Val::Date(base) = facts[usize::from(slot)] else {
                    return Bound::Beyond { after: false };
                };
                match shift {
                    None => Bound::Value(Val::Date(base)),
                    Some(s) => match s.apply(base) {
                        Some(day) if day.year() >= 1 => Bound::Value(Val::Date(day)),
                        _ => Bound::Beyond { after: s.after },
                    },
                }
            }
        });
        truth(compare(actual, self.operator, bounds))
    }
}

/// `eval`'s `compare` and `compare_bounds` in one: a value past the
/// calendar is after (or before) every date.
fn compare(actual: Val, operator: Operator, mut bounds: impl Iterator<Item = Bound>) -> bool {
    let is = |b: Bound| matches!(b, Bound::Value(v) if v == actual);
    match operator {
        Operator::In => bounds.any(is),
        Operator::NotIn => !bounds.any(is),
        Operator::AtLeast => each(actual, bounds, Ordering::is_ge, |after| !after),
        Operator::AtMost => each(actual, bounds, Ordering::is_le, |after| after),
        Operator::Under => each(actual, bounds, Ordering::is_lt, |after| after),
        Operator::Over => each(actual, bounds, Ordering::is_gt, |after| !after),
    }
}

/// Does `actual` stand so to every bound?
fn each(
    actual: Val,
    mut bounds: impl Iterator<Item = Bound>,
    holds: fn(Ordering) -> bool,
    beyond: fn(bool) -> bool,
) -> bool {
    bounds.all(|b| match b {
        Bound::Value(v) => actual.order(v).is_some_and(holds),
        Bound::Beyond { after } => beyond(after),
    })
}
