//! `tests/examples.rs` of the generated crate: every `example` of the
//! source as a `#[test]`, with its title as the test's doc. Each `expect`
//! line becomes one assertion that passes exactly when `reglament test`
//! passes it (see `interpret::examples`).

use std::collections::BTreeSet;

use super::code::{self, Code};
use super::conditions::date;
use super::layout::{self, Expr};
use super::names::Names;
use super::words;
use crate::model::{DurationUnit, Example, Expectation, FactType, Regulation, Value};

/// The helper functions the tests may use, each after a `// helper: name`
/// line; only those used are copied (an unused function is a warning).
const HELPERS: &str = include_str!("../../../templates/rust/examples_helpers.rs");

/// The text of `tests/examples.rs`.
pub fn examples(reg: &Regulation, names: &Names, krate: &str) -> Result<String, String> {
    let mut body = Code::new();
    for example in &reg.examples {
        body.blank();
        test(&mut body, reg, names, example)?;
    }
    let body = body.finish();
    let words = words::Words::new(&body);
    let used: BTreeSet<&str> = helpers()
        .into_iter()
        .filter(|(name, _)| words.mentions(name))
        .map(|(name, _)| name)
        .collect();
    let mut helpers_text = String::new();
    for (name, text) in helpers() {
        let needed = used.contains(name)
            || (name == "terms"
                && (used.contains("assert_term") || used.contains("assert_deadline")));
        if needed {
            helpers_text.push('\n');
            helpers_text.push_str(text);
        }
    }

    let mut code = Code::new();
    code.inner_doc(&[
        "The examples kept beside the regulation in its source, as tests: each says".to_owned(),
        "what the rules must answer for one applicant.".to_owned(),
    ]);
    let all = format!("{helpers_text}{body}");
    if all.is_empty() {
        // No examples: the file says so in its doc, and nothing follows.
        return Ok(code.finish());
    }
    code.blank();
    let words = words::Words::new(&all);
    // The crate's types the tests name, and `decide`.
    let mut items: Vec<String> = super::root::exports(reg, names)
        .into_iter()
        .flat_map(|(_, items)| items)
        .filter(|name| name.starts_with(char::is_uppercase) && words.mentions(name))
        .collect();
    items.push("decide".to_owned());
    code::uses(&mut code, "", &[(krate, items)]);
    code.raw(&all);
    Ok(code.finish())
}

/// The names the examples' test file takes for itself: its helpers, what it
/// imports, and `main`. A test may not take them.
pub fn reserved() -> impl Iterator<Item = &'static str> {
    helpers()
        .into_iter()
        .map(|(name, _)| name)
        .chain(["decide", "main"])
}

/// The helpers as (name, text).
fn helpers() -> Vec<(&'static str, &'static str)> {
    HELPERS
        .split("// helper: ")
        .filter_map(|part| {
            let (name, text) = part.split_once('\n')?;
            Some((name.trim(), text))
        })
        .collect()
}

fn test(code: &mut Code, reg: &Regulation, names: &Names, example: &Example) -> Result<(), String> {
    match &example.title {
        Some(t) => code.doc(0, &code::prose(t)),
        None => code.doc(0, &[format!("Example `{}`.", example.id)]),
    }
    code.line(0, "#[test]");
    code.line(0, &format!("fn {}() {{", names.test(&example.id)));
    for line in facts(reg, names, example, 4)? {
        code.lines(4, &line);
    }
    // An example stated "as of" a day runs by the version in force then.
    let as_of = example.as_of.filter(|_| reg.versions.len() > 1);
    match (example.accepted, as_of, &example.category) {
        (None, None, None) => code.line(4, "let decision = decide(&facts, &Query::default());"),
        (accepted, as_of, category) => {
            // Query is non_exhaustive: callers outside the crate start from
            // its default and set its public fields (one statement each,
            // where a chain of its methods would be laid out by rustfmt's
            // chain rules).
            code.line(4, "let mut query = Query::default();");
            let mut set = |field: &str, value: Expr| {
                code.lines(
                    4,
                    &layout::assignment(&format!("query.{field}"), &Expr::some(value), 4),
                );
            };
            if let Some(c) = category {
                set("category", Expr::path(names.path("Category", c)));
            }
            if let Some(d) = accepted {
                set("accepted", date(d));
            }
            if let Some(d) = as_of {
                set("as_of", date(d));
            }
            code.line(4, "let decision = decide(&facts, &query);");
        }
    }
    for e in &example.expect {
        let call = |f: &str, args: Vec<Expr>| {
            let mut all = vec![Expr::path("&decision")];
            all.extend(args);
            layout::statement_semi(&Expr::call(f, all), 4)
        };
        let line = match &e.what {
            Expectation::Categories { ids } => call(
                "assert_categories",
                vec![Expr::slice(
                    ids.iter()
                        .map(|id| Expr::path(names.path("Category", id)))
                        .collect(),
                )],
            ),
            Expectation::Documents { ids } => call(
                "assert_documents",
                vec![Expr::slice(
                    ids.iter()
                        .map(|id| Expr::path(names.path("Document", id)))
                        .collect(),
                )],
            ),
            Expectation::Term { duration } => {
                let length = match duration {
                    Some(d) => Expr::some(Expr::call(
                        unit_fn(d.unit)?,
                        vec![Expr::Lit(d.amount.to_string())],
                    )),
                    None => Expr::path("None"),
                };
                call("assert_term", vec![length])
            }
            Expectation::Deadline { date: d } => call("assert_deadline", vec![date(*d)]),
            Expectation::Copies { document, copies } => call(
                "assert_copies",
                vec![
                    Expr::path(names.path("Document", document)),
                    Expr::Lit(copies.to_string()),
                ],
            ),
            Expectation::Count { document, count } => call(
                "assert_count",
                vec![
                    Expr::path(names.path("Document", document)),
                    Expr::Lit(count.to_string()),
                ],
            ),
            Expectation::Representative { required } => call(
                "assert_representative",
                vec![Expr::Lit(required.to_string())],
            ),
        };
        code.lines(4, &line);
    }
    code.line(0, "}");
    Ok(())
}

fn unit_fn(unit: DurationUnit) -> Result<&'static str, String> {
    match unit {
        DurationUnit::Months => Ok("months"),
        DurationUnit::WorkingDays => Ok("working_days"),
        DurationUnit::CalendarDays => Ok("calendar_days"),
        DurationUnit::Hours | DurationUnit::Minutes => {
            Err("an example expects a term in hours or minutes".to_owned())
        }
    }
}

/// The crate's example of use, for its docs and README: the facts of the
/// source's first example (the first with an acceptance date, if one has
/// it) decided, and every answer shown with its clause.
pub fn usage(reg: &Regulation, names: &Names, krate: &str) -> Result<String, String> {
    let example = reg
        .examples
        .iter()
        .find(|e| e.accepted.is_some())
        .or(reg.examples.first());
    let mut code = Code::new();
    match example {
        Some(e) => {
            code.line(
                0,
                &format!("// The facts of the example `{}` in the source.", e.id),
            );
            code.lines(0, &built(reg, names, e)?);
        }
        None => code.line(0, "let facts = Facts::default();"),
    }
    match example.and_then(|e| e.accepted) {
        Some(d) => {
            // Query is non_exhaustive: callers outside the crate build it
            // with its methods.
            let query = Expr::call("Query::default().accepted", vec![date(d)]);
            code.lines(0, &layout::assignment("let query", &query, 0));
        }
        None => code.line(0, "let query = Query::default();"),
    }
    code.raw(&super::flavour(USAGE, reg.versions.len() > 1));
    let body = code.finish();
    let words = words::Words::new(&body);
    let mut items: Vec<String> = super::root::exports(reg, names)
        .into_iter()
        .flat_map(|(_, items)| items)
        .filter(|name| name.starts_with(char::is_uppercase) && words.mentions(name))
        .collect();
    items.push("decide".to_owned());
    let mut uses = Code::new();
    code::uses(&mut uses, "", &[(krate, items)]);
    Ok(format!("{}\n{body}", uses.finish()))
}

/// The rest of [`usage`]: the same for every regulation.
const USAGE: &str = include_str!("../../../templates/rust/usage.rs");

/// What an example gives: each fact's name without `r#` (as its setter
/// and builder are named) and its value.
fn given(
    reg: &Regulation,
    names: &Names,
    example: &Example,
) -> Result<Vec<(String, Expr)>, String> {
    example
        .given
        .iter()
        .map(|g| {
            let field = names.field(&g.fact);
            Ok((
                field.strip_prefix("r#").unwrap_or(field).to_owned(),
                value(reg, names, &g.fact, &g.value)?,
            ))
        })
        .collect()
}

/// The statements that make the `Facts` an example gives, at `indent`: a
/// setter call each (one statement each, where a chain of builders would
/// be laid out by rustfmt's chain rules).
pub fn facts(
    reg: &Regulation,
    names: &Names,
    example: &Example,
    indent: usize,
) -> Result<Vec<String>, String> {
    let given = given(reg, names, example)?;
    if given.is_empty() {
        return Ok(vec!["let facts = Facts::default();".to_owned()]);
    }
    let mut out = vec!["let mut facts = Facts::default();".to_owned()];
    for (name, value) in given {
        let set = Expr::call(format!("facts.set_{name}"), vec![Expr::some(value)]);
        out.push(layout::statement_semi(&set, indent));
    }
    Ok(out)
}

/// The `Facts` an example gives, built in one expression for the crate's
/// docs and README (`Facts::default().with_age(34)...`): on one line when
/// short, else a builder a line, as rustfmt lays out a chain.
fn built(reg: &Regulation, names: &Names, example: &Example) -> Result<String, String> {
    let calls: Vec<String> = given(reg, names, example)?
        .into_iter()
        .map(|(name, value)| format!(".with_{name}({})", layout::one_line(&value)))
        .collect();
    let one = format!("Facts::default(){}", calls.concat());
    Ok(if one.len() <= 60 {
        format!("let facts = {one};")
    } else {
        format!(
            "let facts = Facts::default()
    {};",
            calls.join("\n    ")
        )
    })
}

/// A given value as Rust, by the fact's type.
fn value(reg: &Regulation, names: &Names, fact: &str, v: &Value) -> Result<Expr, String> {
    let t = reg
        .fact_type(fact)
        .ok_or_else(|| format!("an example gives `{fact}`, which is not a fact"))?;
    match (t, v) {
        (FactType::YesNo, Value::YesNo(b)) => Ok(Expr::Lit(b.to_string())),
        (FactType::Number { .. }, Value::Number(n)) => Ok(Expr::Lit(n.to_string())),
        (FactType::Date, Value::Date(d)) => Ok(date(*d)),
        (FactType::Choice { choice }, Value::Option(o)) => {
            let ty = match choice.as_str() {
                "status" => "Status",
                "application" => "Application",
                c => names.choice(c),
            };
            Ok(Expr::path(names.path(ty, o)))
        }
        _ => Err(format!(
            "an example gives `{fact}` the value `{v}`, of another type"
        )),
    }
}
