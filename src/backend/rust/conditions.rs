//! Conditions as Rust expressions over `Facts`, in three-valued logic.
//!
//! `age is under 18 years or incapacitated` becomes
//! `any([under(facts.age(), Fact::Age, 18), yes(facts.incapacitated(), Fact::Incapacitated)])`:
//! each test names the fact it reads, so an unknown fact can be reported.
//! The tests are the functions of the crate's `answer` module, and they
//! give `reglament`'s interpreter's answers (see `interpret::eval`).

use super::layout::Expr;
use super::names::Names;
use crate::model::{Condition, FactType, Operator, Regulation, ShiftUnit, Value};

/// What the `answer` module gives conditions: the three-valued type and its
/// tests. A generated file imports those it uses.
pub const ANSWER: &[&str] = &[
    "Bound",
    "DateTest",
    "Track",
    "Tri",
    "Truth",
    "after",
    "all",
    "amount",
    "any",
    "at_least",
    "at_most",
    "before",
    "category_is",
    "dates",
    "is",
    "on_or_after",
    "on_or_before",
    "one_of",
    "over",
    "shifted",
    "under",
    "yes",
];

/// How deep a condition may nest (each `all`, `any` and `not` a level) to
/// be written as Rust. The checker refuses far shallower nesting; this
/// bound keeps the backend's own recursion (here and in the layout) and
/// rustc's finite whatever model it is given.
pub const MAX_DEPTH: usize = 200;

/// Turns conditions into expressions.
#[derive(Clone, Copy)]
pub struct Conditions<'a> {
    reg: &'a Regulation,
    names: &'a Names,
    under: Under<'a>,
}

/// What `category is ...` reads (docs/language.md 4.7): the category the
/// applicant applies under, which is one of several where a document is
/// asked, and one known where a legal-representative rule is (it is asked
/// of each category that applies, as the interpreter's
/// `representative_for`).
#[derive(Clone, Copy)]
enum Under<'a> {
    /// Any of those that apply or may yet apply (`Applied::among`).
    Applied,
    /// The one a rule is asked of: the method's `category` parameter.
    Asked,
    /// This category or branch, known as the code is written: the test is
    /// a constant, folded into the condition.
    Known(&'a str),
}

impl<'a> Conditions<'a> {
    /// For one generated file.
    pub fn new(reg: &'a Regulation, names: &'a Names) -> Self {
        Conditions {
            reg,
            names,
            under: Under::Applied,
        }
    }

    /// For a legal-representative rule's condition in a method that is
    /// given the category it is asked of as its `category` parameter.
    pub fn asked(self) -> Self {
        Conditions {
            under: Under::Asked,
            ..self
        }
    }

    /// For a legal-representative rule's condition asked of `category` (a
    /// category's or branch's id).
    pub fn known(self, category: &'a str) -> Self {
        Conditions {
            under: Under::Known(category),
            ..self
        }
    }

    /// The ids of the categories and branches `category is ...` names in
    /// `c`, each list as [`for_categories`](super::documents::for_categories)
    /// reads it: the categories a rule's condition tells apart.
    pub fn category_lists(&self, c: &Condition) -> Vec<Vec<String>> {
        let mut out = Vec::new();
        let mut stack = vec![c];
        while let Some(c) = stack.pop() {
            match c {
                Condition::All { parts } | Condition::Any { parts } => stack.extend(parts),
                Condition::Not { inner } => stack.push(inner),
                Condition::Compare { fact, values, .. } if fact == crate::model::CATEGORY => {
                    out.push(super::documents::for_categories(self.reg, &listed(values)));
                }
                Condition::Compare { .. } | Condition::Fact { .. } => {}
            }
        }
        out
    }

    /// The expression for `c`, or why it cannot be written (a model the
    /// checker would not have produced).
    pub fn expr(&self, c: &Condition) -> Result<Expr, String> {
        self.nested(c, 0)
    }

    fn nested(&self, c: &Condition, depth: usize) -> Result<Expr, String> {
        if depth >= MAX_DEPTH {
            return Err(format!(
                "a condition is nested more than {MAX_DEPTH} levels deep"
            ));
        }
        match c {
            Condition::All { parts } => self.join("all", parts, TRUE, depth),
            Condition::Any { parts } => self.join("any", parts, FALSE, depth),
            Condition::Not { inner } => Ok(match self.nested(inner, depth + 1)? {
                Expr::Path(p) if p == TRUE => Expr::path(FALSE),
                Expr::Path(p) if p == FALSE => Expr::path(TRUE),
                e => Expr::Not(Box::new(e)),
            }),
            Condition::Fact { fact } => match self.fact_type(fact)? {
                FactType::YesNo => Ok(self.test("yes", fact, vec![])),
                _ => Err(format!(
                    "`{fact}` is not a yes/no fact, so it cannot stand alone"
                )),
            },
            Condition::Compare {
                fact,
                operator,
                values,
                ..
            } => self.compare(fact, *operator, values),
        }
    }

    /// A condition, or `constant` (`Truth::True` or `Truth::False`) when
    /// there is none.
    pub fn or_constant(&self, c: Option<&Condition>, constant: &str) -> Result<Expr, String> {
        match c {
            Some(c) => self.expr(c),
            None => Ok(Expr::path(constant)),
        }
    }

    /// `f([parts...])`. A part known as the code is written (the category
    /// a rule is asked of) is folded: one that decides the whole (a "no" in
    /// `all`, a "yes" in `any`) is the whole, one that does not is left
    /// out, as the three-valued `all` and `any` read them.
    fn join(
        &self,
        f: &'static str,
        parts: &[Condition],
        empty: &str,
        depth: usize,
    ) -> Result<Expr, String> {
        let decides = if empty == TRUE { FALSE } else { TRUE };
        let mut kept = Vec::with_capacity(parts.len());
        for p in parts {
            match self.nested(p, depth + 1)? {
                Expr::Path(p) if p == decides => return Ok(Expr::path(decides)),
                Expr::Path(p) if p == empty => {}
                e => kept.push(e),
            }
        }
        Ok(match kept.len() {
            0 => Expr::path(empty),
            1 => kept.remove(0),
            _ => Expr::call(f, vec![Expr::Array(kept)]),
        })
    }

    fn fact_type(&self, fact: &str) -> Result<FactType, String> {
        self.reg
            .fact_type(fact)
            .ok_or_else(|| format!("`{fact}` is not a fact of this regulation"))
    }

    /// `f(facts.field, Fact::Variant, extra...)`.
    fn test(&self, f: &'static str, fact: &str, extra: Vec<Expr>) -> Expr {
        let mut args = vec![
            Expr::path(format!("facts.{}()", self.names.field(fact))),
            Expr::path(self.names.path("Fact", fact)),
        ];
        args.extend(extra);
        Expr::call(f, args)
    }

    fn compare(&self, fact: &str, op: Operator, values: &[Value]) -> Result<Expr, String> {
        if fact == crate::model::CATEGORY {
            // The category applied under, as `for category` reads it.
            let listed = super::documents::for_categories(self.reg, &listed(values));
            let slice = || {
                Expr::slice(
                    listed
                        .iter()
                        .map(|c| Expr::path(self.names.path("Category", c)))
                        .collect(),
                )
            };
            let is = match self.under {
                Under::Applied => Expr::call("applied.among", vec![slice()]),
                Under::Asked => Expr::call("category_is", vec![Expr::path("category"), slice()]),
                Under::Known(category) => {
                    let among = listed.iter().any(|c| c == category);
                    let holds = among != (op == Operator::NotIn);
                    return Ok(Expr::path(if holds { TRUE } else { FALSE }));
                }
            };
            return Ok(match op {
                Operator::NotIn => Expr::Not(Box::new(is)),
                _ => is,
            });
        }
        let t = self.fact_type(fact)?;
        if values.iter().any(|v| matches!(v, Value::DateOf(_))) {
            return self.dates(fact, &t, op, values);
        }
        let ordered = matches!(t, FactType::Number { .. } | FactType::Date);
        let choice = matches!(t, FactType::Choice { .. });
        let values: Vec<Expr> = values
            .iter()
            .map(|v| self.value(fact, &t, v))
            .collect::<Result<_, _>>()?;
        let date = t == FactType::Date;
        let order = match op {
            Operator::In | Operator::NotIn => None,
            Operator::AtLeast => Some(if date { "on_or_after" } else { "at_least" }),
            Operator::AtMost => Some(if date { "on_or_before" } else { "at_most" }),
            Operator::Under => Some(if date { "before" } else { "under" }),
            Operator::Over => Some(if date { "after" } else { "over" }),
        };
        let expr = match (op, order) {
            (_, Some(_)) if !ordered => {
                return Err(format!(
                    "`{fact}` is not a number or a date, so it has no order"
                ));
            }
            // Every value must be passed, as the interpreter reads it.
            (_, Some(f)) => self.each("all", fact, f, values)?,
            (Operator::NotIn, None) => Expr::Not(Box::new(self.member(fact, choice, values)?)),
            _ => self.member(fact, choice, values)?,
        };
        Ok(expr)
    }

    /// "is one of": a slice of options for a choice, else one test per value.
    fn member(&self, fact: &str, choice: bool, values: Vec<Expr>) -> Result<Expr, String> {
        if values.len() == 1 || !choice {
            return self.each("any", fact, "is", values);
        }
        Ok(self.test("one_of", fact, vec![Expr::slice(values)]))
    }

    /// `test(fact, value)` for one value, `join([...])` for several.
    fn each(
        &self,
        join: &'static str,
        fact: &str,
        test: &'static str,
        values: Vec<Expr>,
    ) -> Result<Expr, String> {
        let mut parts: Vec<Expr> = values
            .into_iter()
            .map(|v| self.test(test, fact, vec![v]))
            .collect();
        match parts.len() {
            0 => Err(format!("a comparison of `{fact}` with no value")),
            1 => Ok(parts.remove(0)),
            _ => Ok(Expr::call(join, vec![Expr::Array(parts)])),
        }
    }

    fn value(&self, fact: &str, t: &FactType, v: &Value) -> Result<Expr, String> {
        match (t, v) {
            (FactType::YesNo, Value::YesNo(b)) => Ok(Expr::Lit(b.to_string())),
            (FactType::Number { .. }, Value::Number(n)) => Ok(Expr::Lit(n.to_string())),
            (FactType::Date, Value::Date(d)) => Ok(date(*d)),
            (FactType::Choice { choice }, Value::Option(option)) => {
                let ty = match choice.as_str() {
                    "status" => "Status",
                    "application" => "Application",
                    other => self.names.choice(other),
                }
                .to_owned();
                if !self.reg.options(choice).contains(&option.as_str()) {
                    return Err(format!("`{option}` is not an option of `{choice}`"));
                }
                Ok(Expr::path(self.names.path(&ty, option)))
            }
            _ => Err(format!("`{v}` is not a value of `{fact}`")),
        }
    }

    /// A date compared with dates counted from other dates:
    /// `dates(facts.issued, Fact::Issued, DateTest::OnOrAfter,
    /// [shifted(facts.filed, Fact::Filed, -3, 0)])`, one call for every
    /// value, as the interpreter needs them all known.
    fn dates(
        &self,
        fact: &str,
        t: &FactType,
        op: Operator,
        values: &[Value],
    ) -> Result<Expr, String> {
        if *t != FactType::Date {
            return Err(format!(
                "`{fact}` is not a date, so it is not compared with dates"
            ));
        }
        let bounds = values
            .iter()
            .map(|v| match v {
                Value::Date(d) => Ok(Expr::call("Bound::Day", vec![date(*d)])),
                Value::DateOf(d) => {
                    if self.fact_type(&d.of)? != FactType::Date {
                        return Err(format!("`{}` is not a date", d.of));
                    }
                    let (months, days) = match d.shift {
                        None => (0, 0),
                        Some(s) => {
                            let n = i64::from(s.amount) * if s.after { 1 } else { -1 };
                            match s.unit {
                                ShiftUnit::Years => (n * 12, 0),
                                ShiftUnit::Months => (n, 0),
                                ShiftUnit::Days => (0, n),
                            }
                        }
                    };
                    Ok(Expr::call(
                        "shifted",
                        vec![
                            Expr::path(format!("facts.{}()", self.names.field(&d.of))),
                            Expr::path(self.names.path("Fact", &d.of)),
                            Expr::Lit(months.to_string()),
                            Expr::Lit(days.to_string()),
                        ],
                    ))
                }
                other => Err(format!("`{other}` is not a date")),
            })
            .collect::<Result<Vec<_>, String>>()?;
        let test = match op {
            Operator::In => "DateTest::Is",
            Operator::NotIn => "DateTest::IsNot",
            Operator::AtLeast => "DateTest::OnOrAfter",
            Operator::AtMost => "DateTest::OnOrBefore",
            Operator::Under => "DateTest::Before",
            Operator::Over => "DateTest::After",
        };
        Ok(self.test("dates", fact, vec![Expr::path(test), Expr::Array(bounds)]))
    }
}

const TRUE: &str = "Truth::True";
const FALSE: &str = "Truth::False";

/// The ids `category is ...` lists.
fn listed(values: &[Value]) -> Vec<String> {
    values
        .iter()
        .filter_map(|v| match v {
            Value::Option(id) => Some(id.clone()),
            _ => None,
        })
        .collect()
}

/// `Date::constant(2019, 11, 1)`.
pub fn date(d: jiff::civil::Date) -> Expr {
    Expr::call(
        "Date::constant",
        vec![
            Expr::Lit(d.year().to_string()),
            Expr::Lit(d.month().to_string()),
            Expr::Lit(d.day().to_string()),
        ],
    )
}

/// Does the expression read the facts (so the `facts` parameter is used)?
pub fn reads_facts(e: &Expr) -> bool {
    match e {
        Expr::Path(p) => p.starts_with("facts."),
        Expr::Str(_) | Expr::Lit(_) => false,
        Expr::Call(_, items) | Expr::Meta(_, items) | Expr::Tuple(items) | Expr::Array(items) => {
            items.iter().any(reads_facts)
        }
        Expr::Ref(inner) | Expr::Not(inner) => reads_facts(inner),
        Expr::Struct(_, fields, base) => {
            fields.iter().any(|(_, v)| reads_facts(v)) || base.as_deref().is_some_and(reads_facts)
        }
    }
}
