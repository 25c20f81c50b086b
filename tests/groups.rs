//! Groups of categories and documents `for category` (issue 12, item 3),
//! through the library: the model the checker builds, the interpreter's
//! answers (a document waits for the category chosen), the applicants and
//! documents pages of the stand, and the stand sheets (pdftotext).
//! The synthetic regulations are `tests/fixtures/groups/groups.rgl` and
//! `tests/fixtures/second/second.rgl`. The generated crate is tested in
//! `tests/rust_crate/groups.rs`, the diagnostics in `tests/broken/`.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod forms_support;

use std::collections::BTreeMap;
use std::path::Path;

use reglament::backend::{Target, build_with, site};
use reglament::interpret::{self, Explanation, Query, run_examples};
use reglament::model::Regulation;
use reglament::output::MemoryWriter;
use reglament::project::check_files;
use reglament::source::RealFileSystem;
use serde_json::json;

fn regulation(main: &str) -> Regulation {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = check_files(&RealFileSystem, &[root.join(main)]).unwrap();
    assert!(!project.has_errors(), "{:?}", project.problems());
    project.regulations().next().unwrap().clone()
}

fn groups() -> Regulation {
    regulation("tests/fixtures/groups/groups.rgl")
}

fn second() -> Regulation {
    regulation("tests/fixtures/second/second.rgl")
}

fn explain(reg: &Regulation, facts: serde_json::Value, category: Option<&str>) -> Explanation {
    let facts = interpret::facts_from_json(reg, &facts).unwrap();
    let query = Query {
        category: category.map(str::to_owned),
        accepted: Some(jiff::civil::Date::constant(2025, 1, 9)),
        ..Query::default()
    };
    interpret::explain(reg, &facts, &query).unwrap()
}

fn required(a: &Explanation) -> Vec<&str> {
    a.documents.iter().map(|d| d.id.as_str()).collect()
}

fn waiting(a: &Explanation) -> Vec<(&str, Vec<&str>)> {
    a.undetermined_documents
        .iter()
        .map(|u| (u.id.as_str(), u.needs.iter().map(String::as_str).collect()))
        .collect()
}

#[test]
fn a_group_holds_its_categories_and_a_for_category_line_reads_it_as_them() {
    let reg = groups();
    let ids = |g: &str| reg.group(g).unwrap().categories.clone();
    assert_eq!(ids("within_quota"), ["quota_worker"]);
    assert_eq!(ids("without_quota"), ["resident_family"]);
    assert_eq!(
        reg.category("quota_worker").unwrap().group.as_deref(),
        Some("within_quota")
    );
    let term = |id: &str| reg.terms.iter().find(|t| t.id == id).unwrap();
    assert_eq!(
        term("quota_term").categories.as_deref(),
        Some(&["quota_worker".to_owned()][..])
    );
    let doc = |id: &str| reg.document(id).unwrap().categories.clone().unwrap();
    assert_eq!(doc("invitation"), ["quota_worker"]);
    assert_eq!(doc("season_schedule"), ["seasonal_team"]);
    // The JSON model keeps both, for every consumer.
    let model = serde_json::to_value(&reg).unwrap();
    assert_eq!(model["groups"][0]["clause"], json!("1.1"));
    assert_eq!(model["categories"][0]["group"], json!("within_quota"));
    assert_eq!(model["documents"][0]["categories"], json!(["quota_worker"]));
}

#[test]
fn the_examples_of_both_regulations_pass() {
    for reg in [groups(), second(), conditions()] {
        for outcome in run_examples(&reg) {
            assert!(outcome.failures.is_empty(), "{:?}", outcome.failures);
        }
    }
}

#[test]
fn a_document_for_a_category_waits_for_the_category_chosen() {
    let reg = second();
    // Fourteen or more and invited under the quota: two categories apply,
    // so the invitation depends on which one the applicant applies under.
    let both = json!({"birth_date": "1990-03-01", "invited_under_quota": true, "family_of_resident": false});
    let a = explain(&reg, both.clone(), None);
    let ids: Vec<&str> = a.categories.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["arrived_adult", "quota_worker"]);
    assert_eq!(required(&a), ["medical_certificate"]);
    // So does the registration, asked of those not within the quota
    // (`category is not within_quota`).
    assert_eq!(
        waiting(&a),
        [
            ("quota_invitation", vec!["category"]),
            ("residence_registration", vec!["category"])
        ]
    );
    // Applying under the quota, the invitation is required; under the
    // other category, neither document of the groups is.
    let quota = explain(&reg, both.clone(), Some("quota_worker"));
    assert_eq!(
        required(&quota),
        ["medical_certificate", "quota_invitation"]
    );
    assert!(quota.undetermined_documents.is_empty());
    let adult = explain(&reg, both, Some("arrived_adult"));
    assert_eq!(
        required(&adult),
        ["medical_certificate", "residence_registration"]
    );
    assert!(adult.undetermined_documents.is_empty());
    // Not yet told whether the applicant is a family member: the proof
    // waits for that fact (and for the choice, should both apply), never
    // a silent "no".
    let a = explain(
        &reg,
        json!({"birth_date": "2015-03-01", "invited_under_quota": false, "kinship_proved_before": false}),
        None,
    );
    assert_eq!(
        waiting(&a),
        [("proof_of_kinship", vec!["family_of_resident"])]
    );
    // Nobody falls into the family's category: the proof is not required.
    let a = explain(
        &reg,
        json!({"birth_date": "1990-03-01", "invited_under_quota": false, "family_of_resident": false}),
        None,
    );
    assert_eq!(
        required(&a),
        ["medical_certificate", "residence_registration"]
    );
    assert!(a.undetermined_documents.is_empty());
}

#[test]
fn a_branch_named_alone_does_not_cover_its_category() {
    let reg = groups();
    let facts = json!({"invited_under_quota": true, "seasonal": true, "family_of_resident": false});
    let category = explain(&reg, facts.clone(), Some("quota_worker"));
    // The category with its branch: the schedule waits for the choice.
    assert_eq!(
        required(&category),
        ["invitation", "application_form", "photographs"]
    );
    assert_eq!(waiting(&category), [("season_schedule", vec!["category"])]);
    // So do the copies asked of the branch alone.
    let form = |a: &Explanation| {
        let d = a
            .documents
            .iter()
            .find(|d| d.id == "application_form")
            .unwrap();
        (d.copies, d.needs.clone())
    };
    assert_eq!(form(&category), (None, vec!["category".to_owned()]));
    let branch = explain(&reg, facts, Some("seasonal_team"));
    assert_eq!(
        required(&branch),
        [
            "invitation",
            "season_schedule",
            "application_form",
            "photographs"
        ]
    );
    assert_eq!(form(&branch), (Some(4), vec![]));
}

fn site_pages(reg: &Regulation) -> BTreeMap<String, String> {
    let mut out = MemoryWriter::default();
    build_with(reg, &[Target::Site], &site::Inputs::default(), &mut out).unwrap();
    out.files
        .into_iter()
        .map(|(k, v)| (k, String::from_utf8(v).unwrap()))
        .collect()
}

fn page(files: &BTreeMap<String, String>, reg: &Regulation, name: &str) -> String {
    files[&format!("site/{}/office/{name}.html", reg.id)].clone()
}

/// Where `needle` first stands in `page`, which must have it.
fn at(page: &str, needle: &str) -> usize {
    page.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} is not on the page"))
}

#[test]
fn the_applicants_page_lists_the_categories_under_their_groups_headings() {
    let reg = groups();
    let files = site_pages(&reg);
    let applicants = page(&files, &reg, "applicants");
    // The list stands under clause 1, not under the first group.
    let intro = at(&applicants, "Applicants are:");
    let within = at(&applicants, "<h3 id=\"group-permit-within_quota-h\"");
    let within_text = at(
        &applicants,
        "Within the annual quota (invented for tests, not law):",
    );
    let worker = at(&applicants, "id=\"quota_worker\"");
    let without = at(&applicants, "<h3 id=\"group-permit-without_quota-h\"");
    let family = at(&applicants, "id=\"resident_family\"");
    assert!(intro < within, "the intro comes first");
    assert!(within < within_text && within_text < worker && worker < without && without < family);
    let heading = &applicants[within..within_text];
    assert!(
        heading.contains("Within the quota</span></h3>"),
        "{heading}"
    );
    assert!(heading.contains(">item 1.1</a>"), "{heading}");
    // The group's clause is anchored once, for links to it.
    assert_eq!(applicants.matches("id=\"within_quota\"").count(), 1);
    // Its words are in the full text too, in their place.
    let text = page(&files, &reg, "regulation");
    assert!(at(&text, "id=\"within_quota\"") < at(&text, "id=\"quota_worker\""));

    let documents = page(&files, &reg, "documents");
    let invitation = &documents[at(&documents, "id=\"invitation\"")..];
    let who = &invitation[..at(invitation, "</dd>")];
    assert!(who.contains("Applicants of"), "{who}");
    assert!(
        who.contains("href=\"applicants.html#quota_worker\""),
        "{who}"
    );
    let proof = &documents[at(&documents, "id=\"proof_of_kinship\"")..];
    let who = &proof[..at(proof, "</dd>")];
    assert!(who.contains("applicants.html#resident_family"), "{who}");
    assert!(who.contains("Have you proved the kinship before?"), "{who}");
}

#[test]
fn the_self_check_knows_which_documents_are_for_which_categories() {
    let reg = second();
    let files = site_pages(&reg);
    let check = page(&files, &reg, "self-check");
    assert!(
        check.contains(r#""id":"quota_invitation","name":"#),
        "the self-check lists the document"
    );
    assert!(
        check.contains(r#""categories":["quota_worker"]"#),
        "{check}"
    );
}

#[test]
fn the_stand_sheets_put_each_group_heading_before_its_categories() {
    use forms_support::{build_forms, have, pdftotext, squeezed};
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    let reg = groups();
    let built = build_forms(&reg);
    let sheet = |name: &str| pdftotext(&built[&format!("forms/{}/stand/{name}.pdf", reg.id)]);
    let applicants = sheet("applicants");
    let order = [
        "Within the annual quota",
        "1.1.1",
        "Without regard to the quota (invented",
        "1.2.1",
    ];
    let places: Vec<usize> = order
        .iter()
        .map(|w| {
            applicants
                .find(w)
                .unwrap_or_else(|| panic!("{w:?} is not on the sheet:\n{applicants}"))
        })
        .collect();
    assert!(places.windows(2).all(|w| w[0] < w[1]), "{applicants}");
    let documents = squeezed(&sheet("documents"));
    assert!(
        documents.contains(&squeezed(
            "For the applicants of: Worker invited under the quota (1.1.1)"
        )),
        "{documents}"
    );
}

#[test]
fn a_group_inserted_by_an_amendment_is_in_the_versions_from_its_day() {
    // SYNTHETIC: an amending order inserts a group with a category under
    // it and a document for the group.
    let reg = regulation("tests/fixtures/groups/timed.rgl");
    let before = reg.at(jiff::civil::Date::constant(2025, 5, 31)).unwrap();
    let after = reg.at(jiff::civil::Date::constant(2025, 6, 1)).unwrap();
    assert!(before.groups.is_empty() && before.category("quota_worker").is_none());
    assert_eq!(
        after.group("within_quota").unwrap().categories,
        ["quota_worker"]
    );
    assert_eq!(
        after.document("invitation").unwrap().categories.as_deref(),
        Some(&["quota_worker".to_owned()][..])
    );
    // Accepted on the first day, the invitation is asked of a quota worker.
    let facts = interpret::facts_from_json(&reg, &json!({"invited_under_quota": true})).unwrap();
    let query = |day| Query {
        accepted: Some(day),
        ..Query::default()
    };
    let a = interpret::explain(
        &reg,
        &facts,
        &query(jiff::civil::Date::constant(2025, 6, 1)),
    )
    .unwrap();
    assert_eq!(required(&a), ["invitation"]);
    let a = interpret::explain(
        &reg,
        &facts,
        &query(jiff::civil::Date::constant(2025, 5, 31)),
    )
    .unwrap();
    assert!(a.categories.is_empty() && a.documents.is_empty());
}

/// A copies line for a category: the first line that holds, by category
/// and condition, gives the number; it waits for the choice like a
/// document does.
const COPIES: &str = r#"regulation copies_by_category
  title "A synthetic regulation with copies for a category (invented for tests, not law)"
end

application permit
  title "Application for a permit"
end

fact invited_under_quota
  question "Have you been invited to work under the quota?"
  answer yes or no
end

fact resident
  question "Do you live in the region?"
  answer yes or no
end

group within_quota
  clause 1
  text "Within the quota (invented):"
end

category quota_worker
  clause 1.1
  in group within_quota
  text "A foreign citizen invited under the quota."
  files permit
  applies when invited_under_quota
end

category local
  clause 2
  text "A foreign citizen living in the region."
  files permit
  applies when resident
end

term one_month
  clause 3
  text "The permit is issued within one month."
  lasts 1 month
  for application permit
end

document application_form
  clause 4
  text "The application, in duplicate within the quota, else in one copy."
  copies 2 for category within_quota
  copies 1
end
"#;

#[test]
fn a_copies_line_for_a_category_counts_for_that_category_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copies.rgl");
    std::fs::write(&path, COPIES).unwrap();
    let project = check_files(&RealFileSystem, &[path]).unwrap();
    assert!(!project.has_errors(), "{:?}", project.problems());
    let reg = project.regulations().next().unwrap().clone();
    let copies = |facts: serde_json::Value, category: Option<&str>| {
        let a = explain(&reg, facts, category);
        let d = a
            .documents
            .iter()
            .find(|d| d.id == "application_form")
            .unwrap();
        (d.copies, d.needs.clone())
    };
    let quota = json!({"invited_under_quota": true, "resident": false});
    assert_eq!(copies(quota, None), (Some(2), vec![]));
    let local = json!({"invited_under_quota": false, "resident": true});
    assert_eq!(copies(local, None), (Some(1), vec![]));
    let both = json!({"invited_under_quota": true, "resident": true});
    assert_eq!(
        copies(both.clone(), None),
        (None, vec!["category".to_owned()])
    );
    assert_eq!(copies(both, Some("local")), (Some(1), vec![]));
    // The crate counts them too (`tests/rust_crate/groups.rs` compares
    // its answers with these).
    let mut out = MemoryWriter::default();
    reglament::backend::build(&reg, &[Target::Rust], &mut out).unwrap();
}

fn conditions() -> Regulation {
    regulation("tests/fixtures/groups/conditions.rgl")
}

#[test]
fn a_condition_on_the_category_reads_the_one_applied_under_and_waits_for_the_choice() {
    let reg = conditions();
    // The model keeps the ids as written: a group stays a group.
    let model = serde_json::to_value(reg.document("insurance_policy").unwrap()).unwrap();
    assert_eq!(
        model["required"]["parts"][0],
        json!({"op": "compare", "fact": "category", "operator": "in", "values": ["within_quota"]}),
        "{model}"
    );
    let insured_in_both = json!({
        "invited_under_quota": true, "seasonal": false, "family_of_resident": true,
        "insured": true, "age": 30,
    });
    // Under two categories, one of them in the group: it waits for the choice.
    let a = explain(&reg, insured_in_both.clone(), None);
    assert!(!required(&a).contains(&"insurance_policy"), "{a:?}");
    assert!(
        waiting(&a).contains(&("insurance_policy", vec!["category"])),
        "{a:?}"
    );
    let chosen = |category| -> Vec<String> {
        let a = explain(&reg, insured_in_both.clone(), Some(category));
        required(&a).into_iter().map(str::to_owned).collect()
    };
    assert!(
        chosen("quota_worker")
            .iter()
            .any(|d| d == "insurance_policy")
    );
    assert!(
        !chosen("resident_family")
            .iter()
            .any(|d| d == "insurance_policy")
    );
    // `is not one of`: the opposite, decided the same way.
    assert!(
        chosen("resident_family")
            .iter()
            .any(|d| d == "residence_proof")
    );
    assert!(
        !chosen("quota_worker")
            .iter()
            .any(|d| d == "residence_proof")
    );
    // A fact that decides it alone decides it before the choice.
    let uninsured = json!({
        "invited_under_quota": true, "seasonal": false, "family_of_resident": true,
        "insured": false, "age": 30,
    });
    assert!(required(&explain(&reg, uninsured, None)).contains(&"insurance_policy"));
    // A category not decided yet: the facts that decide it, then the choice.
    let unsure = json!({"family_of_resident": true, "insured": true, "age": 30});
    let a = explain(&reg, unsure, None);
    assert_eq!(
        waiting(&a),
        [
            (
                "insurance_policy",
                vec!["invited_under_quota", "seasonal", "category"]
            ),
            (
                "residence_proof",
                vec!["invited_under_quota", "seasonal", "category"]
            ),
        ],
        "{a:?}"
    );
    // The representative rule reads the category each answer is for.
    let young = json!({
        "invited_under_quota": true, "seasonal": false, "family_of_resident": true,
        "insured": true, "age": 16,
    });
    let a = explain(&reg, young, None);
    let rep = |id: &str| {
        a.categories
            .iter()
            .find(|c| c.id == id)
            .unwrap()
            .representative
    };
    assert!(rep("resident_family") && !rep("quota_worker"));
}

/// The crate follows a representative rule that reads the category: it
/// is asked of each category it is for, so the generated evaluation
/// decides `category is resident_family` as it is written, and puts the
/// rule for that category alone (`tests/rust_crate/representative.rs`
/// compares such crates with the interpreter).
#[test]
fn the_crate_asks_a_representative_rule_on_the_category_of_that_category() {
    let mut out = MemoryWriter::default();
    reglament::backend::build(&conditions(), &[Target::Rust], &mut out).unwrap();
    let evaluate =
        String::from_utf8(out.files["rust/category_conditions_synthetic/src/evaluate.rs"].clone())
            .unwrap();
    assert!(
        evaluate.contains(
            "    let tri = Tri::under(facts.age(), 18);\n    out.rule_for(\n        \
             Representative::ParentOfFamilyMember,\n        \
             CategorySet::of(&[Category::ResidentFamily]),"
        ),
        "{evaluate}"
    );
}
