//! The information-stand site in a real browser (Debian's Chromium driven
//! by playwright-core, `tests/browser/run.mjs`), and through the Nu Html
//! Checker (`vnu.jar` from the npm package `vnu-jar`, run with java).
//!
//! The Rust side builds the sites into a temporary folder and writes what
//! the browser must reproduce: a table of deadlines counted by
//! `templates/rust/deadline/`, and the interpreter's answers for every
//! example of the regulation and for generated applicants. The script then
//! loads every page (no console error, no request leaving `file://`, no
//! axe-core violation of WCAG 2.1 AA, links that resolve) and keeps
//! screenshots under `tests/artifacts/`. `tests/browser/flow.mjs` walks the
//! guided self-check as a visitor would, with the mouse and the keyboard,
//! and the answers it saw are checked here against the interpreter.
//!
//! Needs node, /usr/bin/chromium, java and `npm ci` in tests/browser/
//! (`.ci/run` installs them). Where they are missing the tests say so on
//! the terminal and stop; under CI (`CI=true`) they fail.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod browser_support;

use std::path::{Path, PathBuf};
use std::process::Command;

use browser_support::{CHROMIUM, missing_tools, run_script, vnu_jar};
use jiff::civil::Date;
use reglament::backend::{Target, build_with, site};
use reglament::deadline::{Duration, Unit, deadline};
use reglament::interpret::{FactValues, Query, explain};
use reglament::model::{FactType, Regulation, Value};
use reglament::output::{MemoryWriter, commit, read_tree};
use reglament::project::check_files;
use reglament::source::RealFileSystem;
use serde_json::{Value as Json, json};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn regulation(main: &str) -> Regulation {
    let project = check_files(&RealFileSystem, &[root().join(main)]).unwrap();
    assert!(!project.has_errors(), "{:?}", project.problems());
    project.regulations().next().unwrap().clone()
}

/// Builds the sites to test under `dir`: the bundled regulation with its
/// office profile in English and in Russian, the injection regulation, and
/// the synthetic second regulation with its own (synthetic) office.
fn build_sites(dir: &Path) -> Vec<PathBuf> {
    let offices = read_tree(&root().join("regulations/offices")).unwrap();
    let second_offices = read_tree(&root().join("tests/fixtures/second/offices")).unwrap();
    let stands = read_tree(&root().join("regulations/stands")).unwrap();
    let bundled = regulation("regulations/residence-permit.rgl");
    let injection = regulation("tests/browser/injection.rgl");
    let second = regulation("tests/fixtures/second/second.rgl");
    let mut roots = Vec::new();
    for (name, reg, lang, offices) in [
        ("en", &bundled, site::Lang::En, &offices),
        ("ru", &bundled, site::Lang::Ru, &offices),
        ("injection", &injection, site::Lang::En, &offices),
        ("second", &second, site::Lang::En, &second_offices),
    ] {
        let mut out = MemoryWriter::default();
        let inputs = site::Inputs::new(lang, offices)
            .unwrap()
            .with_plans("regulations/stands", &stands)
            .unwrap();
        build_with(reg, &[Target::Site], &inputs, &mut out).unwrap();
        let target = dir.join(name);
        commit(&target, &out.files, false).unwrap();
        roots.push(target.join("site").join(&reg.id));
    }
    roots
}

fn html_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            html_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "html" || e == "css") {
            out.push(path);
        }
    }
}

/// Deadlines by the Rust implementation: every day from December 2019 (a
/// year the calendar lacks) to the end of 2027, with terms in each unit.
fn deadline_vectors(reg: &Regulation) -> Json {
    let calendar = reg.production_calendar().unwrap().to_deadline_calendar();
    let terms = [
        (1, Unit::Months),
        (2, Unit::Months),
        (4, Unit::Months),
        (1, Unit::WorkingDays),
        (7, Unit::WorkingDays),
        (15, Unit::WorkingDays),
        (1, Unit::CalendarDays),
        (30, Unit::CalendarDays),
    ];
    let mut vectors = Vec::new();
    let mut day = Date::constant(2019, 12, 1);
    while day <= Date::constant(2027, 12, 31) {
        for (amount, unit) in terms {
            let expected = match deadline(day, Duration { amount, unit }, &calendar) {
                Ok(d) => json!({
                    "ends": d.ends.to_string(),
                    "steps": d.steps.iter().map(|s| json!({
                        "kind": s.kind(), "from": s.from().to_string(),
                        "to": s.to().to_string(), "rule": s.rule(),
                    })).collect::<Vec<_>>(),
                }),
                Err(_) => json!({ "error": true }),
            };
            vectors.push(json!({
                "accepted": day.to_string(), "amount": amount,
                "unit": unit.as_str(), "expected": expected,
            }));
        }
        day = day.tomorrow().unwrap();
    }
    Json::Array(vectors)
}

fn value_json(v: &Value) -> Json {
    serde_json::to_value(v).unwrap()
}

fn expected(reg: &Regulation, facts: &FactValues, accepted: Option<Date>) -> Json {
    let query = Query {
        accepted,
        ..Query::default()
    };
    as_the_stand_answers(serde_json::to_value(explain(reg, facts, &query).unwrap()).unwrap())
}

/// The interpreter's answer without which date a term from the acceptance
/// still waits for: the stand's answer has its own field for that date,
/// so its explainer leaves it out. Everything else is compared, the time
/// limits included.
fn as_the_stand_answers(mut answer: Json) -> Json {
    let Some(a) = answer.as_object_mut() else {
        return answer;
    };
    if let Some(Json::Object(t)) = a.get_mut("application_term") {
        t.remove("needs_date");
    }
    if let Some(Json::Array(categories)) = a.get_mut("categories") {
        for c in categories {
            if let Some(Json::Object(t)) = c.get_mut("term") {
                t.remove("needs_date");
            }
        }
    }
    answer
}

/// The interpreter's answers for every example and for generated
/// applicants (a fixed pseudo-random sequence, so every run is the same).
fn explain_cases(reg: &Regulation) -> Json {
    let mut cases = Vec::new();
    for e in &reg.examples {
        let facts: FactValues = e
            .given
            .iter()
            .map(|g| (g.fact.clone(), g.value.clone()))
            .collect();
        cases.push(json!({
            "name": e.id,
            "facts": facts.iter().map(|(k, v)| (k.clone(), value_json(v))).collect::<serde_json::Map<_, _>>(),
            "accepted": e.accepted.map(|d| d.to_string()),
            "expected": expected(reg, &facts, e.accepted),
        }));
    }
    let mut seed: u64 = 0x5eed;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) as usize) % n
    };
    let numbers = [0u32, 8, 13, 14, 17, 18, 20, 30, 45, 70];
    let dates = ["2018-03-15", "2019-10-31", "2019-11-01", "2021-06-30"];
    for i in 0..600 {
        let mut facts = FactValues::new();
        let mut choose = |id: &str, t: FactType, facts: &mut FactValues| {
            if next(10) < 4 {
                return;
            }
            let v = match t {
                FactType::YesNo => Value::YesNo(next(2) == 0),
                FactType::Number { .. } => Value::Number(numbers[next(numbers.len())]),
                FactType::Date => Value::Date(dates[next(dates.len())].parse().unwrap()),
                FactType::Choice { choice } => {
                    let options = reg.options(&choice);
                    Value::Option(options[next(options.len())].to_owned())
                }
            };
            facts.insert(id.to_owned(), v);
        };
        for id in ["status", "application"] {
            choose(id, reg.fact_type(id).unwrap(), &mut facts);
        }
        for f in &reg.facts {
            choose(&f.id, f.answer.clone(), &mut facts);
        }
        let accepted = (next(3) > 0).then(|| {
            Date::constant(2020, 1, 1)
                .checked_add(jiff::Span::new().days(i64::try_from(next(2922)).unwrap()))
                .unwrap()
        });
        cases.push(json!({
            "name": format!("generated {i}"),
            "facts": facts.iter().map(|(k, v)| (k.clone(), value_json(v))).collect::<serde_json::Map<_, _>>(),
            "accepted": accepted.map(|d| d.to_string()),
            "expected": expected(reg, &facts, accepted),
        }));
    }
    Json::Array(cases)
}

#[test]
fn the_site_works_in_a_real_browser() {
    if missing_tools("a browser test of the site", false).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let sites = build_sites(dir.path());
    let reg = regulation("regulations/residence-permit.rgl");
    let config = json!({
        "chromium": CHROMIUM,
        "sites": sites,
        "office": "citizenship-service-headquarters",
        "vectors": deadline_vectors(&reg),
        "cases": explain_cases(&reg),
        "artifacts": root().join("tests/artifacts"),
        "profile": dir.path().join("chromium-profile"),
    });
    let (ok, stdout, stderr) = run_script("run.mjs", &config, dir.path());
    assert!(ok, "the browser tests failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
}

/// The guided self-check walked as a visitor (`tests/browser/flow.mjs`)
/// for every example with a status and a kind of application, at phone
/// and kiosk sizes and once with the keyboard alone: what each answer page
/// shows must be the interpreter's answer to the facts the walk gave, and
/// agree with the example's full facts (every category they give is shown
/// as applying or as still possible, and nothing else is shown applying).
#[test]
fn the_guided_self_check_answers_every_example_as_the_interpreter_does() {
    if missing_tools("a browser test of the site", false).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let offices = read_tree(&root().join("regulations/offices")).unwrap();
    let reg = regulation("regulations/residence-permit.rgl");
    let mut sites = Vec::new();
    for (name, lang) in [("en", site::Lang::En), ("ru", site::Lang::Ru)] {
        let mut out = MemoryWriter::default();
        let inputs = site::Inputs::new(lang, &offices).unwrap();
        // With the forms, so the checklist links the PDFs of each form.
        build_with(&reg, &[Target::Forms, Target::Site], &inputs, &mut out).unwrap();
        commit(&dir.path().join(name), &out.files, false).unwrap();
        sites.push(dir.path().join(name).join("site").join(&reg.id));
    }
    let today = Date::constant(2026, 3, 2);
    let examples: Vec<_> = reg
        .examples
        .iter()
        .filter(|e| {
            let given = |id: &str| e.given.iter().any(|g| g.fact == id);
            given("status") && given("application")
        })
        .collect();
    assert!(examples.len() > 20, "{}", examples.len());
    let results_path = dir.path().join("results.json");
    let config = json!({
        "chromium": CHROMIUM,
        "site": sites[0],
        "ru_site": sites[1],
        "office": "citizenship-service-headquarters",
        "examples": examples.iter().map(|e| json!({
            "name": e.id,
            "given": e.given.iter().map(|g| json!([g.fact, value_json(&g.value)])).collect::<Vec<_>>(),
            "today": e.accepted.unwrap_or(today).to_string(),
        })).collect::<Vec<_>>(),
        "keyboard_example": "minor_kazakhstan_citizen",
        "screenshots": ["minor_kazakhstan_citizen", "replacement_at_twenty"],
        "artifacts": root().join("tests/artifacts"),
        "results": results_path,
    });
    let (ok, stdout, stderr) = run_script("flow.mjs", &config, dir.path());
    assert!(ok, "the guided self-check failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
    let results: Vec<Json> =
        serde_json::from_str(&std::fs::read_to_string(&results_path).unwrap()).unwrap();
    // Every example at both sizes, the keyboard walk and the Russian one.
    assert_eq!(results.len(), examples.len() * 2 + 2);
    let mut problems = Vec::new();
    for r in &results {
        let name = r["name"].as_str().unwrap();
        let day: Date = r["today"].as_str().unwrap().parse().unwrap();
        let answered: FactValues = serde_json::from_value(r["answered"].clone()).unwrap();
        let e = expected(&reg, &answered, Some(day));
        let want = shown_form(&e);
        if r["shown"] != want {
            problems.push(format!(
                "{name} ({}): shown {}, the interpreter says {want}",
                r["size"], r["shown"]
            ));
        }
        let example = reg.examples.iter().find(|x| x.id == name).unwrap();
        let full: FactValues = example
            .given
            .iter()
            .map(|g| (g.fact.clone(), g.value.clone()))
            .collect();
        let full = shown_form(&expected(&reg, &full, Some(day)));
        let words = |v: &Json| -> Vec<String> {
            v.as_str()
                .unwrap_or_default()
                .split_whitespace()
                .map(str::to_owned)
                .collect()
        };
        let applies = words(&r["shown"]["categories"]);
        let open = words(&r["shown"]["undetermined"]);
        for c in words(&full["categories"]) {
            if !applies.contains(&c) && !open.contains(&c) {
                problems.push(format!(
                    "{name} ({}): {c} applies but is not shown",
                    r["size"]
                ));
            }
        }
        for c in &applies {
            if !words(&full["categories"]).contains(c) {
                problems.push(format!(
                    "{name} ({}): {c} is shown but does not apply",
                    r["size"]
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The interpreter's answer in the form the flow test reads off the page.
fn shown_form(e: &Json) -> Json {
    let ids = |list: &Json| {
        list.as_array()
            .unwrap()
            .iter()
            .map(|x| x["id"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut deadlines = serde_json::Map::new();
    for c in e["categories"].as_array().unwrap() {
        deadlines.insert(
            c["id"].as_str().unwrap().to_owned(),
            c["term"]["deadline"]["ends"].clone(),
        );
    }
    let mut amounts = serde_json::Map::new();
    for d in e["documents"].as_array().unwrap() {
        amounts.insert(
            d["id"].as_str().unwrap().to_owned(),
            json!([d["copies"].to_string(), d["count"].to_string()]),
        );
    }
    let none_apply = e["categories"].as_array().unwrap().is_empty()
        && e["undetermined"].as_array().unwrap().is_empty()
        && e["application_term"].is_null()
        && e["application_term_needs"].as_array().unwrap().is_empty();
    json!({
        "categories": ids(&e["categories"]),
        "undetermined": ids(&e["undetermined"]),
        "documents": ids(&e["documents"]),
        "representative": if e["representative"].as_bool().unwrap() { "yes" }
            else if e["representative_needs"].as_array().unwrap().is_empty() { "no" } else { "unknown" },
        "deadlines": deadlines,
        "amounts": amounts,
        "none": none_apply,
        "applicationTermEnds": e["application_term"]["deadline"]["ends"].clone(),
    })
}

#[test]
fn every_page_passes_the_nu_html_checker() {
    if missing_tools("a browser test of the site", true).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for site in build_sites(dir.path()) {
        html_files(&site, &mut files);
    }
    assert!(files.len() > 30, "{files:?}");
    let output = Command::new("java")
        .arg("-jar")
        .arg(vnu_jar())
        .args(["--errors-only", "--also-check-css", "--format", "text"])
        .args(&files)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "the Nu Html Checker found errors:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
