//! Groups of categories and documents `for category` in the generated
//! crate: the synthetic `tests/fixtures/groups/groups.rgl` (two groups, a
//! term for a whole group, documents for a group, a branch and a
//! category) gives a crate that builds without warnings, has `Group` and
//! `Category::group`, runs its examples, and decides seeded applicants
//! (with and without a category chosen) exactly as the interpreter does.

use reglament::interpret;
use reglament::model::Regulation;
use serde_json::{Value as Json, json};

use crate::amended::{crate_with_cases, lint_and_decide};
use crate::backend::{cargo, generate, regulation, rustfmt, write_crate};
use crate::support::Applicants;

fn groups() -> Regulation {
    regulation("tests/fixtures/groups/groups.rgl")
}

/// Each case: the inputs, and the interpreter's decision as JSON.
fn cases(reg: &Regulation) -> Vec<Json> {
    let mut applicants = Applicants::new(reg, 0x6120_0125);
    let mut cases = Vec::new();
    for i in 0..300 {
        let applicant = applicants.applicant();
        // A third choose a category (or branch) by id, as `--category`.
        let category = match i % 3 {
            0 => Some(["quota_worker", "seasonal_team", "resident_family"][i % 9 / 3].to_owned()),
            _ => applicant.category.clone(),
        };
        let facts = interpret::facts_from_json(reg, &applicant.facts).unwrap();
        let query = interpret::Query {
            application: applicant.application.clone(),
            category: category.clone(),
            accepted: None,
        };
        let answer = interpret::explain(reg, &facts, &query).unwrap();
        cases.push(json!({
            "facts": applicant.facts,
            "application": applicant.application,
            "category": category,
            "expected": crate::support::as_the_crate_answers(serde_json::to_value(answer).unwrap()),
        }));
    }
    cases
}

/// A test written beside the crate's own: the groups and their
/// categories, as the fixture states them.
const GROUPS_THERE: &str = r#"//! The fixture's groups, as the crate gives them.

use groups_synthetic::{Category, Group};

#[test]
fn the_groups_are_there() {
    assert_eq!(Group::ALL.len(), 2);
    assert_eq!(Group::WithinQuota.clause(), Some("1.1"));
    assert_eq!(
        Group::WithinQuota.text(),
        "Within the annual quota (invented for tests, not law):"
    );
    assert_eq!(Group::WithinQuota.name(), "Within the quota");
    assert_eq!(Group::WithinQuota.categories(), &[Category::QuotaWorker]);
    assert_eq!(Category::QuotaWorker.group(), Some(Group::WithinQuota));
    assert_eq!(Category::SeasonalTeam.group(), Some(Group::WithinQuota));
    assert_eq!(Category::ResidentFamily.group(), Some(Group::WithoutQuota));
}
"#;

#[test]
fn the_groups_crate_has_the_groups_and_decides_as_the_interpreter() {
    let reg = groups();
    for (path, text) in generate(&reg) {
        if path.ends_with(".rs") {
            assert_eq!(rustfmt(&text), text, "{path} is not as rustfmt prints it");
        }
    }
    let cases = cases(&reg);
    // The cases reach a document that waits for the choice of category,
    // and each document required.
    let text = serde_json::to_string(&cases).unwrap();
    for reached in [
        "\"invitation\"",
        "\"season_schedule\"",
        "\"proof_of_kinship\"",
    ] {
        assert!(text.contains(reached), "no case reaches {reached}");
    }
    let (_dir, krate) = crate_with_cases(&reg, &cases, false);
    std::fs::write(krate.join("tests/groups_there.rs"), GROUPS_THERE).unwrap();
    lint_and_decide(&krate, cases.len(), reg.examples.len(), &["groups_there"]);
}

/// An amended regulation whose group comes with an amendment: the
/// versioned crate says from which version the group is in force, and
/// builds without warnings.
#[test]
fn a_group_inserted_by_an_amendment_is_in_force_from_its_version_in_the_crate() {
    let reg = regulation("tests/fixtures/groups/timed.rgl");
    let files = generate(&reg);
    let categories = &files["src/categories.rs"];
    assert!(
        categories.contains("Self::WithinQuota => version >= Version::Order20255,"),
        "{categories}"
    );
    assert!(categories.contains("pub fn group(self, _version: Version) -> Option<Group>"));
    let (_dir, krate) = write_crate(&reg);
    cargo(
        &krate,
        &["clippy", "--offline", "--lib", "--", "-D", "warnings"],
    );
}
