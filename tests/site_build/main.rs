//! The information-stand site, built through the library: every page of
//! every stand, the same bytes each time, nothing loaded from elsewhere,
//! the stand duties reported, and no markup or script from the sources.
//! (tests/site_browser.rs loads the pages in a real browser.) What the
//! pages say is here; `safety.rs` keeps the sources' text from becoming
//! markup or loading anything; `inputs.rs` takes the office profiles.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::path::Path;

use reglament::backend::{Target, build_with, site};
use reglament::model::Regulation;
use reglament::output::{MemoryWriter, read_tree};
use reglament::project::check_files;
use reglament::source::RealFileSystem;

mod inputs;
mod safety;

pub(crate) const REG: &str = "residence_permit";
pub(crate) const OFFICE: &str = "citizenship-service-headquarters";
const PAGES: &[&str] = &[
    "index",
    "applicants",
    "documents",
    "terms",
    "forms",
    "information",
    "legal-acts",
    "regulation",
    "self-check",
    "coverage",
];

pub(crate) fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub(crate) fn regulation(main: &str) -> Regulation {
    let project = check_files(&RealFileSystem, &[root().join(main)]).unwrap();
    assert!(!project.has_errors(), "{:?}", project.problems());
    project.regulations().next().unwrap().clone()
}

pub(crate) fn offices() -> BTreeMap<String, Vec<u8>> {
    read_tree(&root().join("regulations/offices")).unwrap()
}

/// The site's inputs as `reglament build` reads them: the bundled office
/// profiles and stand plans.
pub(crate) fn bundled_inputs(lang: site::Lang) -> site::Inputs {
    let stands = read_tree(&root().join("regulations/stands")).unwrap();
    site::Inputs::new(lang, &offices())
        .unwrap()
        .with_plans("regulations/stands", &stands)
        .unwrap()
}

pub(crate) fn site_of(
    reg: &Regulation,
    inputs: &site::Inputs,
) -> (BTreeMap<String, String>, Vec<String>) {
    let mut out = MemoryWriter::default();
    let warnings = build_with(reg, &[Target::Site], inputs, &mut out).unwrap();
    let files = out
        .files
        .into_iter()
        .map(|(k, v)| (k, String::from_utf8(v).unwrap()))
        .collect();
    (files, warnings)
}

pub(crate) fn bundled(lang: site::Lang) -> (BTreeMap<String, String>, Vec<String>) {
    let inputs = bundled_inputs(lang);
    site_of(&regulation("regulations/residence-permit.rgl"), &inputs)
}

pub(crate) fn page(files: &BTreeMap<String, String>, name: &str) -> String {
    let path = format!("site/{REG}/{OFFICE}/{name}.html");
    files
        .get(&path)
        .unwrap_or_else(|| panic!("{path} not built"))
        .clone()
}

#[test]
fn every_page_of_the_office_stand_is_built_with_its_assets() {
    let (files, _) = bundled(site::Lang::En);
    for p in PAGES {
        let html = page(&files, p);
        assert!(html.starts_with("<!DOCTYPE html>"), "{p}");
        assert!(html.contains("<html lang=\"en\">"), "{p}");
    }
    for extra in ["index.html", "assets/site.css", "assets/stand.js"] {
        assert!(
            files.contains_key(&format!("site/{REG}/{extra}")),
            "{extra}"
        );
    }
    // One stand per profile, listed on the regulation's index.
    let index = &files[&format!("site/{REG}/index.html")];
    assert!(index.contains(&format!("href=\"{OFFICE}/index.html\"")));
}

#[test]
fn the_service_in_short_has_the_service_provider_results_and_terms_with_their_clauses() {
    let (files, _) = bundled(site::Lang::En);
    let home = page(&files, "index");
    for needle in [
        "id=\"service_name\"",
        "href=\"regulation.html#service_name\">item 19</a>",
        "id=\"providing_body\"",
        "id=\"issue_of_permit\"",
        "Chistoprudnyy bulvar 12A-1, Moscow, Russia",
        "4 months",
        "15 working days",
        "No term stated in the source",
    ] {
        assert!(home.contains(needle), "home lacks {needle}");
    }
}

#[test]
fn every_category_is_listed_with_its_clause_and_term() {
    let reg = regulation("regulations/residence-permit.rgl");
    let (files, _) = bundled(site::Lang::En);
    let applicants = page(&files, "applicants");
    for c in &reg.categories {
        assert!(applicants.contains(&format!("id=\"{}\"", c.id)), "{}", c.id);
        let n = c.clause.clause.as_ref().unwrap();
        assert!(
            applicants.contains(&format!("href=\"regulation.html#{}\">item {n}</a>", c.id)),
            "{}",
            c.id
        );
        for b in &c.branches {
            assert!(applicants.contains(&format!("id=\"{}\"", b.id)), "{}", b.id);
        }
    }
    // Replacement terms differ by status: both are named.
    assert!(applicants.contains("7 working days"));
    assert!(applicants.contains("15 working days"));
}

/// Every category, branch and ground is named in plain words on the page
/// of applicants, and the terms and home pages name the categories a term
/// is for by those names with the clause beside them, not by "item 2.21"
/// alone.
#[test]
fn categories_branches_and_grounds_are_named_in_plain_words() {
    let reg = regulation("regulations/residence-permit.rgl");
    let (files, _) = bundled(site::Lang::En);
    let applicants = page(&files, "applicants");
    let escaped = |s: String| s.replace('"', "&quot;");
    for c in &reg.categories {
        let name = escaped(c.plain_name());
        assert!(
            applicants.contains(&format!("<span class=\"name\" lang=\"en\">{name}</span>")),
            "{name}"
        );
        for b in c.branches.iter().chain(&c.grounds) {
            let name = escaped(b.plain_name());
            assert!(applicants.contains(&name), "{name}");
        }
    }
    let named = "<a href=\"applicants.html#kazakhstan_moldova_ukraine_citizen\"><span lang=\"en\">Citizen of Kazakhstan, Moldova or Ukraine</span></a> (item 2.21)";
    assert!(page(&files, "terms").contains(named));
    assert!(page(&files, "index").contains(named));
}

#[test]
fn the_full_text_follows_contents_with_parts_and_the_omission() {
    let (files, _) = bundled(site::Lang::En);
    let text = page(&files, "regulation");
    let at = |needle: &str| {
        text.find(needle)
            .unwrap_or_else(|| panic!("the full text lacks {needle}"))
    };
    let order = [
        "id=\"order_preamble\"",
        "id=\"approval_of_regulations\"",
        "id=\"general_provisions\"",
        "id=\"regulation_subject\"",
        "id=\"permit_replacement\"",
        "id=\"reaching_replacement_age\"",
        "id=\"service_standard\"",
        "id=\"photos\"",
        "Not provided in the source:",
    ];
    let places: Vec<usize> = order.iter().map(|n| at(n)).collect();
    assert!(
        places.windows(2).all(|w| w[0] < w[1]),
        "{order:?} out of order"
    );
    assert!(text.contains(">2.16.1.</a>"));
}

#[test]
fn forms_link_pdfs_only_when_this_build_wrote_them() {
    let reg = regulation("regulations/residence-permit.rgl");
    let inputs = bundled_inputs(site::Lang::En);
    let mut out = MemoryWriter::default();
    site::build(&reg, &inputs, &[], &mut out).unwrap();
    let forms =
        String::from_utf8(out.files[&format!("site/{REG}/{OFFICE}/forms.html")].clone()).unwrap();
    assert!(forms.contains("Not yet available"));
    assert!(!forms.contains(".pdf"));

    let pdf = |name: &str| site::Written {
        path: format!("forms/{REG}/{name}"),
        bytes: format!("%PDF {name}").into_bytes(),
    };
    let written = [
        pdf("issue_form.pdf"),
        pdf("issue_form.adult_applicant.pdf"),
        pdf("issue_form_minor_or_incapacitated.pdf"),
        pdf("stand/terms.pdf"),
    ];
    let mut out = MemoryWriter::default();
    let warnings = site::build(&reg, &inputs, &written, &mut out).unwrap();
    let page = |name: &str| {
        String::from_utf8(out.files[&format!("site/{REG}/{OFFICE}/{name}.html")].clone()).unwrap()
    };
    let forms = page("forms");
    assert!(forms.contains("href=\"../forms/issue_form.pdf\""));
    // A sample is shown by its title, as the source gives it.
    assert!(forms.contains(
        "href=\"../forms/issue_form.adult_applicant.pdf\">Sample (PDF): An adult citizen of Kazakhstan applies under item 2.21 (invented data)</a>"
    ));
    assert!(forms.contains("href=\"../forms/issue_form_minor_or_incapacitated.pdf\""));
    // The site carries its own copy of each PDF, so a stand copied alone
    // onto a kiosk keeps its forms.
    for w in &written {
        let name = w.path.strip_prefix(&format!("forms/{REG}/")).unwrap();
        assert_eq!(
            out.files[&format!("site/{REG}/forms/{name}")],
            w.bytes,
            "{name}"
        );
    }
    // A print sheet is linked from the page it prints, and only if written.
    assert!(page("terms").contains("href=\"../forms/stand/terms.pdf\""));
    assert!(!page("documents").contains("stand/documents.pdf"));
    // Samples for one form of five: 11.3 is partly covered.
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("item 11.3") && w.contains("partly covered")),
        "{warnings:#?}"
    );
}

#[test]
fn stand_duties_are_reported_and_nothing_is_invented() {
    let (files, warnings) = bundled(site::Lang::En);
    let find = |item: &str| {
        warnings
            .iter()
            .find(|w| w.contains(&format!("stand duty item {item} ")))
            .cloned()
    };
    for missing in [
        "11.1", "11.5", "11.6", "11.8", "11.9", "11.14", "11.19", "11.20",
    ] {
        let w = find(missing).unwrap_or_else(|| panic!("no warning for {missing}"));
        assert!(w.contains("not covered"), "{w}");
    }
    for partial in ["11.2", "11.4", "11.10", "11.16"] {
        let w = find(partial).unwrap_or_else(|| panic!("no warning for {partial}"));
        assert!(w.contains("partly covered"), "{w}");
    }
    for present in ["11.13", "4 "] {
        assert!(
            find(present).is_none(),
            "{present} is covered: {warnings:#?}"
        );
    }
    assert!(
        warnings.iter().any(|w| w.contains(
            "the office profile does not give: postal_address, hours, phones, answerphone"
        )),
        "{warnings:#?}"
    );
    // The fee is not in the source: the stand says it is not given, and
    // shows no amount (not even the one an editor's note gives from outside).
    let info = page(&files, "information");
    assert!(info.contains("Not given on this stand."));
    assert!(!info.contains("6,000") && !info.contains("6000"));
    // The publisher's page lists every duty and no public page links to it.
    let coverage = page(&files, "coverage");
    assert!(coverage.contains("noindex"));
    for n in 1..=21 {
        assert!(coverage.contains(&format!(">item 11.{n}</a>")), "11.{n}");
    }
    for p in PAGES {
        assert!(
            !page(&files, p).contains("coverage.html"),
            "{p} links the publisher's page"
        );
    }
}

#[test]
fn russian_labels_around_the_english_text() {
    let (files, _) = bundled(site::Lang::Ru);
    let home = page(&files, "index");
    assert!(home.contains("<html lang=\"ru\">"));
    assert!(home.contains("Кратко об услуге"));
    assert!(home.contains("4 месяца"));
    assert!(home.contains("15 рабочих дней"));
    assert!(home.contains("Служба по вопросам гражданства"));
    // The regulation's words keep their language.
    assert!(home.contains("<div lang=\"en\"><p>Issue of residence permits"));
}

#[test]
fn what_an_office_has_not_published_is_said_once_beside_what_the_regulation_says() {
    let (files, _) = bundled(site::Lang::En);
    // The bundled profile gives the name and the address only.
    for p in ["index", "information"] {
        let html = page(&files, p);
        assert!(!html.contains(">Not given<"), "{p} repeats \"Not given\"");
    }
    let home = page(&files, "index");
    assert_eq!(
        home.matches(
            "Not published by this office: postal address, working hours, phones for enquiries."
        )
        .count(),
        1,
        "{home}"
    );
    let info = page(&files, "information");
    assert!(info.contains("Not published by this office: bank details, where to pay."));
    // The office's contacts and its other details, in one sentence.
    assert_eq!(
        info.matches("Not published by this office: postal address, working hours, phones for enquiries, how to book a personal reception")
            .count(),
        1,
        "{info}"
    );
    // Where the service is provided, in the regulation's words: item 20
    // (the providing body) and item 26 (submitted in person).
    let where_at = info
        .find("Where the service is provided, as the regulation says")
        .unwrap();
    let rest = &info[where_at..];
    assert!(rest.find("item 20").unwrap() < rest.find("Payment of the state fee").unwrap());
    assert!(rest.find("item 26").unwrap() < rest.find("Payment of the state fee").unwrap());
    let ru = bundled(site::Lang::Ru).0;
    assert!(page(&ru, "information").contains("Подразделение не опубликовало: почтовый адрес"));
}

#[test]
fn the_review_defects_of_the_applicants_and_forms_pages_stay_fixed() {
    // Built with the forms, as `reglament build` builds it.
    let reg = regulation("regulations/residence-permit.rgl");
    let mut out = MemoryWriter::default();
    build_with(
        &reg,
        &[Target::Forms, Target::Site],
        &bundled_inputs(site::Lang::En),
        &mut out,
    )
    .unwrap();
    let html = |name: &str| {
        String::from_utf8(out.files[&format!("site/{REG}/{OFFICE}/{name}.html")].clone()).unwrap()
    };
    // The duplicate, which no category files, is not counted "(categories: 0)".
    let applicants = html("applicants");
    assert!(!applicants.contains("categories: 0"), "{applicants}");
    assert!(applicants.contains("(no category named)"));
    // The PDFs exist, so the page does not say they will appear later.
    let forms = html("forms");
    assert!(!forms.contains("appear here"), "{forms}");
    // Each blank form's link says which form it is.
    let names: Vec<&str> = forms
        .split("Download the blank form (PDF)")
        .skip(1)
        .map(|rest| &rest[..rest.find("</a>").unwrap()])
        .collect();
    assert_eq!(names.len(), 5, "{forms}");
    let distinct: std::collections::BTreeSet<&&str> = names.iter().collect();
    assert_eq!(distinct.len(), names.len(), "{names:#?}");
    // Without the forms, the page says why there are no PDFs.
    let (site_only, _) = bundled(site::Lang::En);
    assert!(page(&site_only, "forms").contains("This build of the stand has no PDFs"));
}

#[test]
fn the_terms_page_lists_the_other_time_limits_with_how_they_are_counted() {
    let reg = regulation("regulations/residence-permit.rgl");
    assert!(reg.limits.len() >= 2, "the bundled regulation has limits");
    let (en, _) = bundled(site::Lang::En);
    let terms = page(&en, "terms");
    let limits = &terms[terms
        .find("id=\"limits-h\"")
        .expect("no section of other time limits")..];
    for l in &reg.limits {
        assert!(
            limits.contains(&format!("id=\"limit-{}-h\"", l.id)),
            "limit {} is not on the terms page",
            l.id
        );
    }
    // Item 14's ten minutes are stated, not counted on the calendar; item
    // 16's thirty days run from the registration of the written request.
    assert!(limits.contains("10 minutes (item 14)"), "{limits}");
    assert!(
        limits.contains("In hours or minutes: as stated, not counted by the production calendar."),
        "{limits}"
    );
    assert!(limits.contains("30 calendar days (item 16)"), "{limits}");
    // Said once, in the rows: the clause under them does not repeat it.
    let shown = &limits[..limits.find("<script").unwrap_or(limits.len())];
    assert_eq!(
        shown
            .matches("The date of registration of the written address")
            .count(),
        1,
        "{limits}"
    );
    assert!(!limits.contains("class=\"limit\""), "{limits}");
    let (ru, _) = bundled(site::Lang::Ru);
    let terms_ru = page(&ru, "terms");
    assert!(
        terms_ru.contains("Другие сроки"),
        "the Russian stand lists them too"
    );
}
