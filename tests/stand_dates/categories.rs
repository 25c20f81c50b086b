//! On the stand as in the interpreter: documents `for category` and
//! legal-representative rules that read the category applied under
//! (`tests/fixtures/representative/`, synthetic).

use std::collections::BTreeSet;
use std::path::Path;

use reglament::interpret::{Query, explain, facts_from_json};
use reglament::project::check_files;
use reglament::source::RealFileSystem;
use serde_json::{Value as Json, json};

use super::browser_support::missing_tools;
use super::{answers_on_page, second, stand_and_interpreter, stand_page_of};

/// The ids of a list of documents, with the facts each still needs.
fn documents(list: &Json) -> Vec<(String, Vec<String>)> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let needs = d["needs"]
                .as_array()
                .map(|n| n.iter().map(|x| x.as_str().unwrap().to_owned()).collect())
                .unwrap_or_default();
            (d["id"].as_str().unwrap().to_owned(), needs)
        })
        .collect()
}

/// A document `for category` (issue 12, item 3) is decided on the stand
/// as by the interpreter: required when the only category that applies is
/// the one it names, waiting for the choice when another applies too, and
/// for a fact when its category cannot be told yet.
#[test]
fn documents_for_a_category_answer_on_the_stand_as_in_the_interpreter() {
    if missing_tools("the stand's documents for a category", false).is_some() {
        return;
    }
    let reg = second();
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        json!({"birth_date": "1990-03-01", "application_filed": "2025-01-09", "invited_under_quota": true, "family_of_resident": false}),
        json!({"birth_date": "2015-03-01", "application_filed": "2025-01-09", "invited_under_quota": true, "family_of_resident": false}),
        json!({"birth_date": "2015-03-01", "application_filed": "2025-01-09", "invited_under_quota": false, "kinship_proved_before": false}),
        json!({"birth_date": "2015-03-01", "application_filed": "2025-01-09", "invited_under_quota": false, "family_of_resident": true, "kinship_proved_before": true}),
    ];
    let answers = stand_and_interpreter(&reg, dir.path(), &cases);
    let mut waiting = Vec::new();
    for (facts, (stand, interpreter)) in cases.iter().zip(&answers) {
        let required = |a: &Json| -> Vec<String> {
            documents(&a["documents"])
                .into_iter()
                .map(|(id, _)| id)
                .collect()
        };
        assert_eq!(
            required(stand),
            required(interpreter),
            "documents for {facts}"
        );
        assert_eq!(
            documents(&stand["undetermined_documents"]),
            documents(&interpreter["undetermined_documents"]),
            "undetermined documents for {facts}"
        );
        waiting.push(documents(&interpreter["undetermined_documents"]));
    }
    // Hand-checked: the invitation waits for the choice of category when
    // the age's category applies too; is required of a quota worker alone;
    // the proof waits for whether the applicant is a family member; and is
    // not required of one who proved the kinship before.
    let one = |id: &str, needs: &[&str]| {
        vec![(
            id.to_owned(),
            needs.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>(),
        )]
    };
    // The registration, asked with `category is not within_quota`, waits
    // for the choice as the invitation does, and is asked of a family
    // member alone, not of a quota worker alone.
    let mut both = one("quota_invitation", &["category"]);
    both.extend(one("residence_registration", &["category"]));
    assert_eq!(waiting[0], both);
    assert!(waiting[1].is_empty());
    assert!(
        answers[1].0["documents"]
            .to_string()
            .contains("quota_invitation")
    );
    assert!(
        !answers[1].0["documents"]
            .to_string()
            .contains("residence_registration")
    );
    assert!(
        answers[3].0["documents"]
            .to_string()
            .contains("residence_registration")
    );
    assert_eq!(waiting[2], one("proof_of_kinship", &["family_of_resident"]));
    assert!(waiting[3].is_empty());
    assert!(
        !answers[3].0["documents"]
            .to_string()
            .contains("proof_of_kinship")
    );
}

/// A legal-representative rule that reads the category applied under
/// (`category is ...`: a category, a branch, a group, with `not` and `one
/// of`, combined with facts) is asked on the stand of each category that
/// applies, as by the interpreter: on the synthetic
/// `tests/fixtures/representative/representative.rgl`, every combination
/// of the facts its rules read (each yes/no fact yes, no or not given;
/// ages on both sides of every bound) gets the interpreter's whole answer.
#[test]
fn representative_rules_on_the_category_answer_on_the_stand_as_in_the_interpreter() {
    if missing_tools("the stand's representative rules on the category", false).is_some() {
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = "tests/fixtures/representative/representative.rgl";
    let project = check_files(&RealFileSystem, &[root.join(source)]).unwrap();
    let reg = project.regulations().next().unwrap().clone();
    let mut cases = Vec::new();
    for mut n in 0..3usize.pow(5) {
        let mut facts = serde_json::Map::new();
        for fact in [
            "invited_under_quota",
            "seasonal",
            "family_of_resident",
            "studying",
            "incapacitated",
        ] {
            if n % 3 > 0 {
                facts.insert(fact.to_owned(), json!(n % 3 == 1));
            }
            n /= 3;
        }
        // Each age the rules name (14, 16, 18), and the years on either side.
        for age in [13, 14, 15, 16, 17, 18, 30]
            .map(Some)
            .into_iter()
            .chain([None])
        {
            let mut facts = facts.clone();
            if let Some(age) = age {
                facts.insert("age".to_owned(), json!(age));
            }
            cases.push(json!({"facts": facts, "accepted": null}));
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let page = stand_page_of(dir.path(), source);
    let answers = answers_on_page(&page, dir.path(), &cases);
    let mut clauses = BTreeSet::new();
    for (case, stand) in cases.iter().zip(&answers) {
        let given = facts_from_json(&reg, &case["facts"]).unwrap();
        let mut interpreter =
            serde_json::to_value(explain(&reg, &given, &Query::default()).unwrap()).unwrap();
        // The stand asks the acceptance date in a field of its own.
        for c in interpreter["categories"].as_array_mut().unwrap() {
            if let Some(Json::Object(t)) = c.get_mut("term") {
                t.remove("needs_date");
            }
        }
        assert_eq!(*stand, interpreter, "for {}", case["facts"]);
        for c in stand["categories"].as_array().unwrap() {
            if let Some(clause) = c["representative_clause"].as_str() {
                clauses.insert(clause.to_owned());
            }
        }
    }
    // Each rule is the one that applies for some applicant.
    assert_eq!(
        clauses,
        ["4", "5", "6", "7", "8", "9"].map(str::to_owned).into(),
    );
}
