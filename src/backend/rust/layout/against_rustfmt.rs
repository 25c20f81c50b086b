//! Random expressions of the forms the backend writes (conditions,
//! amounts, lists, citations, strings, struct literals), laid out here and
//! by rustfmt itself: beyond the bundled and hostile regulations, whose
//! crates `tests/rust_crate/` compares with rustfmt, this is what shows
//! the layout holds for a regulation not yet written.

use super::{Expr, assignment, match_arm};

struct Random(u64);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from((self.0 >> 33) % n as u64).unwrap_or(0)
    }

    fn word(&mut self) -> String {
        let words = [
            "a",
            "age",
            "status",
            "foreign_citizen",
            "temporary_residence_eight_months",
            "x",
            "parent_of_minor_or_incapacitated_receiving_permit_together",
            "is",
            "limited",
        ];
        let n = 1 + self.below(3);
        (0..n)
            .map(|_| words[self.below(words.len())])
            .collect::<Vec<_>>()
            .join("_")
    }

    fn camel(&mut self) -> String {
        crate::check::type_name(&self.word())
    }

    fn fact(&mut self) -> [Expr; 2] {
        [
            Expr::path(format!("facts.{}", self.word())),
            Expr::path(format!("Fact::{}", self.camel())),
        ]
    }

    fn date(&mut self) -> Expr {
        let n = |r: &mut Self, m: usize| Expr::Lit((1 + r.below(m)).to_string());
        Expr::call(
            "Date::constant",
            vec![n(self, 2030), n(self, 12), n(self, 28)],
        )
    }

    /// A test of one fact, as `conditions` writes it.
    fn test(&mut self) -> Expr {
        let [field, fact] = self.fact();
        if self.below(6) == 0 {
            // `category is ...` in a document's or a representative's
            // rule: a function call around a method call.
            let n = 1 + self.below(5);
            let categories = (0..n)
                .map(|_| Expr::path(format!("Category::{}", self.camel())))
                .collect();
            let among = Expr::call("applied.among", vec![Expr::slice(categories)]);
            return Expr::call("Tri::of", vec![among]);
        }
        let (f, extra) = match self.below(5) {
            0 => ("yes", vec![]),
            1 => ("is", vec![Expr::path(format!("Status::{}", self.camel()))]),
            2 => {
                let n = 2 + self.below(6);
                let options = (0..n)
                    .map(|_| Expr::path(format!("Choice::{}", self.camel())))
                    .collect();
                ("one_of", vec![Expr::slice(options)])
            }
            3 => ("at_least", vec![Expr::Lit(self.below(100).to_string())]),
            _ => ("before", vec![self.date()]),
        };
        let mut args = vec![field, fact];
        args.extend(extra);
        Expr::call(f, args)
    }

    /// A condition: tests joined by `all`, `any` and `!`.
    fn condition(&mut self, depth: usize) -> Expr {
        if depth == 0 || self.below(3) == 0 {
            return self.test();
        }
        match self.below(5) {
            0 => Expr::Not(Box::new(self.condition(depth - 1))),
            n => {
                let f = if n % 2 == 0 { "all" } else { "any" };
                let parts = (0..2 + self.below(3))
                    .map(|_| self.condition(depth - 1))
                    .collect();
                Expr::call(f, vec![Expr::Array(parts)])
            }
        }
    }

    /// What a method's arm returns.
    fn arm(&mut self) -> Expr {
        match self.below(8) {
            0..=2 => self.condition(3),
            3 => {
                let cases = (0..1 + self.below(3))
                    .map(|_| {
                        Expr::Tuple(vec![
                            self.condition(2),
                            Expr::Lit(self.below(9).to_string()),
                        ])
                    })
                    .collect();
                Expr::call(
                    "amount",
                    vec![Expr::Array(cases), Expr::Lit("1".to_owned())],
                )
            }
            4 => Expr::slice(
                (0..self.below(8))
                    .map(|_| Expr::path(format!("Category::{}", self.camel())))
                    .collect(),
            ),
            5 => Expr::slice(
                (0..self.below(3))
                    .map(|_| {
                        let act = Expr::path(format!("Act::{}", self.camel()));
                        let divisions = Expr::str(&"d".repeat(self.below(80)));
                        Expr::Struct(
                            "Citation".to_owned(),
                            vec![("act".to_owned(), act), ("divisions".to_owned(), divisions)],
                            None,
                        )
                    })
                    .collect(),
            ),
            6 => Expr::some(Expr::str(&"s".repeat(self.below(120)))),
            _ => Expr::str(&"t".repeat(self.below(130))),
        }
    }

    /// What a `let` in the examples' tests gives.
    fn value(&mut self) -> Expr {
        let fields = (0..self.below(8))
            .map(|_| {
                let value = match self.below(4) {
                    0 => Expr::path(format!("Status::{}", self.camel())),
                    1 => self.date(),
                    _ => Expr::Lit(self.below(99).to_string()),
                };
                (self.word(), Expr::some(value))
            })
            .collect();
        let base = Box::new(Expr::call("Facts::default", vec![]));
        Expr::Struct("Facts".to_owned(), fields, Some(base))
    }
}

#[test]
fn random_expressions_are_laid_out_as_rustfmt_does() {
    use std::io::Write as _;
    let mut random = Random(7);
    let mut text = String::from("impl X {\n    fn f(self) -> T {\n        match self {\n");
    for i in 0..400 {
        let e = random.arm();
        text.push_str("            ");
        text.push_str(&match_arm(&format!("Self::{}{i}", random.camel()), &e, 12));
        text.push('\n');
    }
    text.push_str("        }\n    }\n}\n");
    for i in 0..200 {
        let e = random.value();
        text.push_str(&format!("\nfn g{i}() {{\n    "));
        text.push_str(&assignment("let facts", &e, 4));
        text.push_str("\n}\n");
    }
    let mut child = std::process::Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout", "--quiet"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("rustfmt");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("rustfmt runs");
    let formatted = String::from_utf8(out.stdout).expect("utf-8");
    let bad: Vec<(usize, &str, &str)> = text
        .lines()
        .zip(formatted.lines())
        .enumerate()
        .filter(|(_, (a, b))| a != b)
        .map(|(i, (a, b))| (i, a, b))
        .take(5)
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
    assert_eq!(formatted, text);
}
