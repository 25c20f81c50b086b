//! Clause numbers: `2.16.1`, `22(1)`, `order 3`, and how they follow each other.

use std::cmp::Ordering;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One step of a clause number: `16`, or an inserted item `22(1)` (main 22, inserted 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClauseStep {
    /// The main number.
    pub main: u32,
    /// The number in brackets of an item inserted by an amendment.
    pub inserted: Option<u32>,
}

impl Ord for ClauseStep {
    // 22 < 22(1) < 22(2) < 23: an inserted item follows its base number.
    fn cmp(&self, other: &Self) -> Ordering {
        (self.main, self.inserted.unwrap_or(0)).cmp(&(other.main, other.inserted.unwrap_or(0)))
    }
}

impl PartialOrd for ClauseStep {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// A clause number.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClauseNumber {
    /// `true` for items of the approving order rather than of the regulation.
    pub order: bool,
    /// The steps, outermost first.
    pub steps: Vec<ClauseStep>,
}

impl ClauseNumber {
    /// Reads `2.16.1`, `22(1)` or `order 3`.
    pub fn parse(text: &str) -> Option<Self> {
        let (order, rest) = match text.trim().strip_prefix("order") {
            Some(rest) => (true, rest.trim_start()),
            None => (false, text.trim()),
        };
        let steps = rest
            .split('.')
            .map(|s| {
                let (main, inserted) = match s.split_once('(') {
                    Some((m, i)) => (m, Some(i.strip_suffix(')')?.parse().ok()?)),
                    None => (s, None),
                };
                Some(ClauseStep {
                    main: main.parse().ok()?,
                    inserted,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        (!steps.is_empty()).then_some(Self { order, steps })
    }

    /// The clause this one belongs to: `2.16` for `2.16.1`.
    pub fn parent(&self) -> Option<Self> {
        (self.steps.len() > 1).then(|| Self {
            order: self.order,
            steps: self.steps[..self.steps.len() - 1].to_vec(),
        })
    }

    /// The numbers that may directly follow this one in the text.
    ///
    /// After `2.16.6`: its first child `2.16.6.1`, then `2.16.7` or
    /// `2.16.6(1)`, `2.17` or `2.16(1)`, `3` or `2(1)`.
    pub fn possible_successors(&self) -> Vec<Self> {
        let mut out = vec![self.child(1)];
        for depth in (1..=self.steps.len()).rev() {
            let prefix = &self.steps[..depth - 1];
            let last = self.steps[depth - 1];
            let mut next_main = prefix.to_vec();
            next_main.push(ClauseStep {
                main: last.main + 1,
                inserted: None,
            });
            out.push(Self {
                order: self.order,
                steps: next_main,
            });
            let mut next_inserted = prefix.to_vec();
            next_inserted.push(ClauseStep {
                main: last.main,
                inserted: Some(last.inserted.unwrap_or(0) + 1),
            });
            out.push(Self {
                order: self.order,
                steps: next_inserted,
            });
        }
        out
    }

    /// The first child: `2.16` -> `2.16.1`.
    pub fn child(&self, n: u32) -> Self {
        let mut steps = self.steps.clone();
        steps.push(ClauseStep {
            main: n,
            inserted: None,
        });
        Self {
            order: self.order,
            steps,
        }
    }

    /// The first number of a numbering: `1` or `order 1`.
    pub fn first(order: bool) -> Self {
        Self {
            order,
            steps: vec![ClauseStep {
                main: 1,
                inserted: None,
            }],
        }
    }
}

impl fmt::Display for ClauseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.order {
            f.write_str("order ")?;
        }
        for (i, step) in self.steps.iter().enumerate() {
            if i > 0 {
                f.write_str(".")?;
            }
            write!(f, "{}", step.main)?;
            if let Some(n) = step.inserted {
                write!(f, "({n})")?;
            }
        }
        Ok(())
    }
}

impl Serialize for ClauseNumber {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ClauseNumber {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        ClauseNumber::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not a clause number: {text}")))
    }
}

impl JsonSchema for ClauseNumber {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ClauseNumber".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A clause number as printed: `2.16.1`, `22(1)`, or `order 3` for items of the approving order.",
            "pattern": "^(order )?[0-9]+(\\([0-9]+\\))?(\\.[0-9]+(\\([0-9]+\\))?)*$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> ClauseNumber {
        ClauseNumber::parse(s).unwrap()
    }

    #[test]
    fn displays_as_printed() {
        for s in ["2", "2.16.1", "22(1)", "order 3", "1.2(3).4"] {
            assert_eq!(n(s).to_string(), s);
        }
    }

    #[test]
    fn inserted_items_sort_after_their_base_and_its_children() {
        let mut v = [n("23"), n("22(1)"), n("22.3"), n("22"), n("22(2)")];
        v.sort();
        let shown: Vec<String> = v.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["22", "22.3", "22(1)", "22(2)", "23"]);
    }

    #[test]
    fn successors_cover_child_sibling_and_ancestor_sibling() {
        let next = n("2.16.6").possible_successors();
        for s in [
            "2.16.6.1",
            "2.16.7",
            "2.17",
            "3",
            "22(1)".replace("22", "2").as_str(),
        ] {
            assert!(next.contains(&n(s)), "{s} may follow 2.16.6");
        }
        assert!(!next.contains(&n("2.18")));
        assert!(n("22.3").possible_successors().contains(&n("22(1)")));
        assert!(n("22(1)").possible_successors().contains(&n("22(2)")));
        assert!(n("22(3)").possible_successors().contains(&n("23")));
    }
}
