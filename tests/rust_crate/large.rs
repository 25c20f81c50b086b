//! A crate several times the size of Order No. 417's, so that what the
//! generated code works out when compiling (the term table `TERMS`, a
//! `const` filled by a `const fn`; the sets' constants) is compiled at a
//! size no bundled regulation reaches: the table once stopped rustc's
//! constant evaluation on a regulation a few times Order No. 417's size.
//!
//! The regulation is SYNTHETIC, written by the test itself, and no law:
//! 8 kinds of application, 120 categories, 6 statuses and 40 terms (Order
//! No. 417 has 4, 25, 2 and 7), each term for several categories and
//! statuses, so that the table has cells that hold a term, cells that hold
//! none, and cells with several while the status is not known.
//!
//! It has 150 yes/no facts, which the crate keeps as bits of three words
//! each way (known, yes): conditions test facts across the words' edges,
//! "yes" and "no", one fact alone or several together.
//!
//! Its crate is written, formatted as rustfmt prints it, linted with
//! clippy `-D warnings` (which compiles it, constants included), and
//! decides seeded applicants as the interpreter does: about 20 s on the
//! 2-core machine with the shared target folder warm.

use std::fmt::Write as _;

use reglament::project::check_files;
use reglament::source::RealFileSystem;

use reglament::interpret;
use serde_json::{Value as Json, json};

use crate::amended::{assert_formatted, crate_with_cases, lint_and_decide};
use crate::support::Applicants;

const APPLICATIONS: usize = 8;
const CATEGORIES: usize = 120;
const STATUSES: usize = 6;
const TERMS: usize = 40;
const FACTS: usize = 150;

/// The synthetic regulation's source.
fn source() -> String {
    let mut s = String::from(
        "# SYNTHETIC: written by tests/rust_crate/large.rs, not law. A regulation\n\
         # several times Order No. 417's size, for the size of its crate only.\n\
         regulation large_synthetic\n  \
         title \"A large synthetic regulation (invented for tests, not law)\"\n\
         end\n\n\
         event accepted\n  title \"The day the application is accepted\"\n  \
         date of acceptance\nend\n\n\
         fact age\n  question \"How old is the applicant?\"\n  answer number of years\nend\n",
    );
    for i in 0..STATUSES {
        write!(s, "\nstatus status_{i}\n  title \"Status {i}\"\nend\n").unwrap();
    }
    for i in 0..APPLICATIONS {
        write!(s, "\napplication kind_{i}\n  title \"Kind {i}\"\nend\n").unwrap();
    }
    for i in 0..FACTS {
        write!(
            s,
            "\nfact fact_{i}\n  question \"Does test {i} hold?\"\n  answer yes or no\nend\n"
        )
        .unwrap();
    }
    s.push_str("\nprovision scope\n  clause 1\n  text \"What this covers.\"\nend\n");
    s.push_str("\nprovision applicants\n  clause 2\n  text \"Applicants are:\"\nend\n");
    // Category `c` files kind `c % 8`, so that each kind has 15.
    for c in 0..CATEGORIES {
        let (a, b, d) = (c * 11 % FACTS, (c * 7 + 3) % FACTS, (c * 13 + 60) % FACTS);
        // One fact alone, facts of several words "yes" and "no" together,
        // and a number beside them.
        let condition = match c % 4 {
            0 => format!("fact_{a}"),
            1 => format!("fact_{a} and not fact_{b} and fact_{d}"),
            2 => format!("fact_{a} or not fact_{d} or fact_{b}"),
            _ => format!(
                "fact_{a} and (age is at least {age} years or fact_{b})",
                age = c % 50
            ),
        };
        write!(
            s,
            "\ncategory category_{c}\n  clause 2.{n}\n  text \"Applicants of kind {c}.\"\n  \
             files kind_{kind}\n  applies when {condition}\nend\n",
            n = c + 1,
            kind = c % APPLICATIONS,
        )
        .unwrap();
    }
    s.push_str("\nprovision terms\n  clause 3\n  text \"The terms are:\"\nend\n");
    // Each kind's 15 categories have 5 terms: the first 7 categories one
    // term for the first three statuses and one for the last three, the
    // other 8 one term for each two statuses; so every category has a term
    // for every status, and the status chooses it (while it is not known,
    // the table says so).
    for t in 0..TERMS {
        let kind = t % APPLICATIONS;
        let round = t / APPLICATIONS;
        let (members, statuses) = match round {
            0 | 1 => (0..7, round * 3..round * 3 + 3),
            _ => (7..15, (round - 2) * 2..(round - 2) * 2 + 2),
        };
        let categories: Vec<String> = members
            .map(|m| format!("category_{}", kind + APPLICATIONS * m))
            .collect();
        let statuses: Vec<String> = statuses.map(|k| format!("status_{k}")).collect();
        write!(
            s,
            "\nterm term_{t}\n  clause 3.{n}\n  text \"Term {t}.\"\n  \
             lasts {months} months from accepted\n  for application kind_{kind}\n  \
             for category {categories}\n  for status {statuses}\nend\n",
            n = t + 1,
            months = t % 5 + 1,
            categories = categories.join(", "),
            statuses = statuses.join(", "),
        )
        .unwrap();
    }
    s
}

#[test]
fn a_regulation_several_times_order_417s_size_gives_a_crate_that_compiles_and_lints() {
    let dir = tempfile::tempdir().unwrap();
    let main = dir.path().join("large.rgl");
    std::fs::write(&main, source()).unwrap();
    let project = check_files(&RealFileSystem, &[main]).unwrap();
    assert!(!project.has_errors(), "{:#?}", project.problems());
    let reg = project.regulations().next().unwrap().clone();
    assert_eq!(
        (
            reg.applications.len(),
            reg.categories.len(),
            reg.statuses.len(),
            reg.terms.len()
        ),
        (APPLICATIONS, CATEGORIES, STATUSES, TERMS)
    );
    assert_formatted(&reg);
    let mut applicants = Applicants::new(&reg, 0x1a29_e150);
    let cases: Vec<Json> = (0..400)
        .map(|_| {
            let applicant = applicants.applicant();
            let facts = interpret::facts_from_json(&reg, &applicant.facts).unwrap();
            let query = interpret::Query {
                application: applicant.application.clone(),
                category: applicant.category.clone(),
                accepted: None,
            };
            let answer = interpret::explain(&reg, &facts, &query).unwrap();
            json!({
                "facts": applicant.facts,
                "application": applicant.application,
                "category": applicant.category,
                "expected": crate::support::as_the_crate_answers(serde_json::to_value(answer).unwrap()),
            })
        })
        .collect();
    let (_crate_dir, krate) = crate_with_cases(&reg, &cases, false);
    lint_and_decide(&krate, cases.len(), reg.examples.len(), &[]);
}
