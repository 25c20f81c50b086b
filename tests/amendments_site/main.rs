//! How the stand and the print sheets present versions, on the synthetic
//! regulation `tests/fixtures/amended/amended.rgl` (four invented amending
//! orders; order 40 is signed on 20.11.2026 and in force from 01.03.2027)
//! and on Order No. 417 with its office profile (the authority renamed on
//! 2 April 2025): the version line on every page, the notice of an
//! amendment adopted but not yet in force, the "What changed" page and the
//! links to it from every changed clause, and the version date on sheets
//! and forms. Built as of days before, on and after each amendment.
//!
//! The real-browser part (Chromium, axe, the Nu Html Checker) is in
//! `browser.rs`; like `tests/site_browser.rs` it says SKIPPED where the tools are
//! missing, and fails under CI.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../browser_support/mod.rs"]
mod browser_support;
#[path = "../forms_support/mod.rs"]
mod forms_support;

mod browser;

use std::collections::BTreeMap;
use std::path::Path;

use jiff::civil::{Date, date};
use reglament::backend::{Target, build_with, site};
use reglament::model::Regulation;
use reglament::output::{MemoryWriter, read_tree};
use reglament::project::check_files;
use reglament::source::RealFileSystem;

const FIXTURE: &str = "tests/fixtures/amended/amended.rgl";
const STAND: &str = "site/synthetic_permit/office";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn checked(path: &Path) -> Regulation {
    let project = check_files(&RealFileSystem, &[path.to_path_buf()]).unwrap();
    assert!(!project.has_errors(), "{:#?}", project.problems());
    project.regulations().next().unwrap().clone()
}

fn amended() -> Regulation {
    checked(&root().join(FIXTURE))
}

fn bundled() -> Regulation {
    checked(&root().join("regulations/residence-permit.rgl"))
}

/// What `reglament build --as-of DAY` writes for `reg` (no `--as-of`:
/// `day` none), the office profiles of `regulations/offices` if `offices`.
fn build(
    reg: &Regulation,
    day: Option<Date>,
    offices: bool,
    targets: &[Target],
) -> BTreeMap<String, Vec<u8>> {
    let mut inputs = if offices {
        site::Inputs::new(
            site::Lang::En,
            &read_tree(&root().join("regulations/offices")).unwrap(),
        )
        .unwrap()
    } else {
        site::Inputs::default()
    };
    inputs.offices = inputs.offices.iter().map(|o| o.as_of(day)).collect();
    inputs.day = day;
    let then = match day {
        Some(d) => reg.at(d).unwrap(),
        None => reg.clone(),
    };
    let mut out = MemoryWriter::default();
    build_with(&then, targets, &inputs, &mut out).unwrap();
    out.files
}

fn site_of(reg: &Regulation, day: Option<Date>) -> BTreeMap<String, String> {
    build(reg, day, false, &[Target::Site])
        .into_iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .map(|(p, b)| (p, String::from_utf8(b).unwrap()))
        .collect()
}

fn page<'s>(site: &'s BTreeMap<String, String>, name: &str) -> &'s str {
    site.get(&format!("{STAND}/{name}.html"))
        .unwrap_or_else(|| panic!("no page {name}; pages: {:?}", site.keys()))
}

/// The text of the element of class `class`, tags removed, entities read.
fn text_of_class(html: &str, class: &str) -> Option<String> {
    let start = html.find(&format!("class=\"{class}\""))?;
    let open = start + html[start..].find('>')? + 1;
    let close = open + html[open..].find("</p>")?;
    Some(unescape(&strip_tags(&html[open..close])))
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The notices of amendments adopted, not yet in force, as text.
fn notices(html: &str) -> Vec<String> {
    html.match_indices("class=\"notice pending-change\"")
        .map(|(i, _)| {
            let rest = &html[i..];
            let end = rest.find("</div>").unwrap();
            unescape(&strip_tags(&rest[rest.find('>').unwrap() + 1..end]))
                .trim()
                .to_owned()
        })
        .collect()
}

#[test]
fn every_page_says_which_version_it_presents_before_on_and_after_each_amendment() {
    let reg = amended();
    let original = "Version as approved by Order No. 1 of 10.01.2024, before any amendment";
    let cases: &[(Option<Date>, &str)] = &[
        (Some(date(2024, 3, 1)), original),
        (Some(date(2024, 5, 31)), original),
        (
            Some(date(2024, 6, 1)),
            "Version in force from 01.06.2024, as amended by Order No. 10 of 02.05.2024",
        ),
        (
            Some(date(2024, 8, 31)),
            "Version in force from 01.06.2024, as amended by Order No. 10 of 02.05.2024",
        ),
        (
            Some(date(2024, 9, 1)),
            "Version in force from 01.09.2024, as amended by Order No. 20 of 01.08.2024",
        ),
        (
            Some(date(2025, 1, 2)),
            "Version in force from 01.01.2025, as amended by Order No. 30 of 01.12.2024",
        ),
        (
            Some(date(2026, 12, 1)),
            "Version in force from 01.01.2025, as amended by Order No. 30 of 01.12.2024",
        ),
        (
            Some(date(2027, 3, 1)),
            "Version in force from 01.03.2027, as amended by Order No. 40 of 20.11.2026",
        ),
        // Without --as-of: the latest version the sources know.
        (
            None,
            "Version in force from 01.03.2027, as amended by Order No. 40 of 20.11.2026",
        ),
    ];
    for (day, line) in cases {
        let site = site_of(&reg, *day);
        let pages: Vec<_> = site.keys().filter(|p| p.starts_with(STAND)).collect();
        assert!(pages.len() >= 10, "{pages:?}");
        for p in pages {
            let shown = text_of_class(&site[p], "version-line")
                .unwrap_or_else(|| panic!("{day:?}: no version line on {p}"));
            let shown = shown.trim_end_matches(" · What changed");
            assert_eq!(shown, *line, "{day:?}, {p}");
        }
    }
}

#[test]
fn an_amendment_adopted_but_not_in_force_is_announced_from_its_signing_to_its_day() {
    let reg = amended();
    let pending = |day: Date| notices(page(&site_of(&reg, Some(day)), "index"));
    // Before order 10 was signed: nothing to announce, and no page of changes.
    let march = site_of(&reg, Some(date(2024, 3, 1)));
    assert!(notices(page(&march, "index")).is_empty());
    assert!(!march.contains_key(&format!("{STAND}/changes.html")));
    assert!(!page(&march, "index").contains("changes.html"));
    // Signed 02.05.2024, in force 01.06.2024.
    assert_eq!(
        pending(date(2024, 5, 31)),
        [
            "Adopted, not yet in force: Order No. 10 of 02.05.2024 changes this regulation from 01.06.2024. What it changes"
        ]
    );
    assert!(pending(date(2024, 6, 1)).is_empty());
    assert!(pending(date(2024, 8, 31))[0].contains("Order No. 20 of 01.08.2024"));
    assert!(pending(date(2024, 9, 1)).is_empty());
    // Order 40: signed 20.11.2026, in force 01.03.2027.
    assert!(pending(date(2026, 11, 19)).is_empty());
    let announced = site_of(&reg, Some(date(2026, 11, 20)));
    for name in ["index", "documents", "regulation", "changes"] {
        assert_eq!(
            notices(page(&announced, name)),
            [
                "Adopted, not yet in force: Order No. 40 of 20.11.2026 changes this regulation from 01.03.2027. What it changes"
            ],
            "{name}"
        );
    }
    assert!(page(&announced, "index").contains("href=\"changes.html#order_2026_40\""));
    assert!(page(&announced, "changes").contains("id=\"order_2026_40\""));
    assert!(pending(date(2027, 3, 1)).is_empty());
    assert!(notices(page(&site_of(&reg, None), "index")).is_empty());
}

/// The entry `anchor` of the "What changed" page, as text (hidden words
/// for screen readers included).
fn entry<'h>(changes: &'h str, anchor: &str) -> &'h str {
    let start = changes
        .find(&format!("id=\"{anchor}\""))
        .unwrap_or_else(|| panic!("no entry {anchor}"));
    let rest = &changes[start..];
    let end = rest[1..]
        .find("<div class=\"change change-")
        .or_else(|| rest.find("</section>"))
        .map_or(rest.len(), |e| e + 1);
    &rest[..end]
}

#[test]
fn what_changed_lists_each_amendment_with_its_act_and_its_changes_clause_by_clause() {
    let reg = amended();
    let site = site_of(&reg, Some(date(2025, 1, 1)));
    let changes = page(&site, "changes");
    // The latest first; order 40 is not yet adopted on this day.
    let order = ["order_2024_30", "order_2024_20", "order_2024_10"].map(|id| {
        changes
            .find(&format!("<section class=\"amendment\" id=\"{id}\""))
            .unwrap()
    });
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    assert!(!changes.contains("order_2026_40"));
    // The act: number, date, body, registration, in-force date.
    let ten = entry(changes, "order_2024_10");
    assert!(ten.contains("Order No. 10 of 02.05.2024, Synthetic Ministry (invented)"));
    assert!(
        ten.contains(
            "registered No. 100 of 15.05.2024 by Synthetic Ministry of Justice (invented)"
        )
    );
    assert!(ten.contains("<dd>01.06.2024</dd>"));
    // Inserted, with its text; repealed ("loses force"), with the text it had.
    let inserted = entry(changes, "order_2024_10-researcher_category");
    assert!(inserted.contains(
        "Inserted:</span> <a href=\"regulation.html#researcher_category\">item 2(1)</a>"
    ));
    assert!(inserted.contains("A test permit is issued to a researcher."));
    let repealed = entry(changes, "order_2024_20-student_category");
    assert!(
        repealed.contains("Loses force:</span> item 2<"),
        "{repealed}"
    );
    assert!(repealed.contains("A test permit is issued to a full-time student."));
    // Changed text side by side, the changed words marked and announced.
    let text = entry(changes, "order_2024_20-information");
    assert!(text.contains("at the <del><span class=\"visually-hidden\">removed: </span>office.<span class=\"visually-hidden\"> (end of change)</span></del>"), "{text}");
    assert!(text.contains("at the <ins><span class=\"visually-hidden\">added: </span>office and on the single portal.<span class=\"visually-hidden\"> (end of change)</span></ins>"));
    let term = entry(changes, "order_2024_10-standard_term");
    assert!(
        term.contains("within <del><span class=\"visually-hidden\">removed: </span>four months<"),
        "{term}"
    );
    assert!(term.contains(
        "within <ins><span class=\"visually-hidden\">added: </span>sixty calendar days<"
    ));
    assert!(
        term.contains(">Term</p>")
            && term.contains("4 months")
            && term.contains("60 calendar days")
    );
    let fee = entry(changes, "order_2024_30-permit_duty");
    // A title is the regulation's own words, marked with its language.
    assert!(
        fee.contains("<span lang=\"en\">Duty for a test permit</span>"),
        "{fee}"
    );
    assert!(
        fee.contains("Duty for a test permit")
            && fee.contains("5000 RUB")
            && fee.contains("6000 RUB"),
        "{fee}"
    );
}

#[test]
fn every_changed_clause_links_to_its_entry_on_what_changed() {
    let reg = amended();
    for day in [Some(date(2024, 9, 1)), Some(date(2026, 12, 1)), None] {
        let site = site_of(&reg, day);
        let changes = page(&site, "changes");
        let mut links = 0;
        for (path, html) in site.iter().filter(|(p, _)| p.starts_with(STAND)) {
            for (i, _) in html.match_indices("href=\"changes.html#") {
                let rest = &html[i + 19..];
                let anchor = &rest[..rest.find('"').unwrap()];
                assert!(
                    changes.contains(&format!("id=\"{anchor}\"")),
                    "{day:?}: {path} links to #{anchor}, which What changed lacks"
                );
                links += 1;
            }
        }
        assert!(links >= 5, "{day:?}: {links}");
    }
    let regulation = |day| page(&site_of(&reg, Some(day)), "regulation").to_owned();
    let september = regulation(date(2024, 9, 1));
    assert!(september.contains("<a href=\"changes.html#order_2024_20-information\">changed by Order No. 20 of 01.08.2024 from 01.09.2024</a>"));
    assert!(september.contains("<a href=\"changes.html#order_2024_10-researcher_category\">inserted by Order No. 10 of 02.05.2024 from 01.06.2024</a>"));
    let december = site_of(&reg, Some(date(2026, 12, 1)));
    // A change to come is marked on the clause it will change.
    assert!(page(&december, "documents").contains(
        "<a href=\"changes.html#order_2026_40-photos\">to be changed by Order No. 40 of 20.11.2026 from 01.03.2027</a>"
    ));
    assert!(page(&december, "applicants").contains("changes.html#order_2026_40-adult"));
    assert!(page(&december, "terms").contains("changes.html#order_2024_10-standard_term"));
    // An unchanged clause carries no note.
    let documents = page(&december, "documents");
    let form = &documents[documents.find("id=\"application_form\"").unwrap()..];
    let form = &form[..form.find("</div>\n").unwrap()];
    assert!(!form.contains("change-marks"), "{form}");
}

#[test]
fn quoted_text_reaches_what_changed_exactly_as_written() {
    // The fixture with item 5's new wording full of characters HTML and
    // Markdown would read, and two spaces and a line break to keep.
    let hostile = "Information <b>is</b> given & *not* [a link](clause:1)  twice,\nat the office and on the single portal.";
    let source = std::fs::read_to_string(root().join(FIXTURE))
        .unwrap()
        .replace(
            "include \"../../../regulations/calendar/russia-federal.rgl\"",
            &format!(
                "include \"{}\"",
                root()
                    .join("regulations/calendar/russia-federal.rgl")
                    .display()
            ),
        )
        .replace(
            "\"Information on the permit is given at the office and on the single portal.\"",
            &format!(
                "\"\"\"\n      {}\n      \"\"\"",
                hostile.replace('\n', "\n      ")
            ),
        );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("amended.rgl");
    std::fs::write(&file, source).unwrap();
    let reg = checked(&file);
    let site = site_of(&reg, Some(date(2024, 9, 1)));
    let text = entry(page(&site, "changes"), "order_2024_20-information");
    let column = |class: &str| {
        let start = text.find(&format!("<div class=\"{class}\">")).unwrap();
        let value = &text[start..];
        let value = &value[value.find("<div class=\"value verbatim\"").unwrap()..];
        let value = &value[value.find('>').unwrap() + 1..value.find("</div>").unwrap()];
        // The words said only to screen readers are not the law's.
        let mut shown = value.to_owned();
        while let Some(s) = shown.find("<span class=\"visually-hidden\">") {
            let e = s + shown[s..].find("</span>").unwrap() + 7;
            shown.replace_range(s..e, "");
        }
        unescape(&strip_tags(&shown))
    };
    assert_eq!(
        column("old"),
        "Information on the permit is given at the office."
    );
    assert_eq!(column("new"), hostile);
    assert!(!text.contains("<b>is</b>"));
}

#[test]
fn sheets_and_forms_carry_the_version_date_and_stay_byte_identical() {
    if !forms_support::have("pdftotext", "poppler-utils") {
        return;
    }
    // The fixture with a small invented form, so a form is printed too.
    let source = std::fs::read_to_string(root().join(FIXTURE))
        .unwrap()
        .replace(
            "include \"../../../regulations/calendar/russia-federal.rgl\"",
            &format!(
                "include \"{}\"",
                root()
                    .join("regulations/calendar/russia-federal.rgl")
                    .display()
            ),
        )
        + "\n# Invented for this test.\nform test_form\n  title \"Synthetic application form (invented)\"\n\n  section applicant\n    title \"Applicant\"\n\n    field surname\n      label \"Surname\"\n      answer text in 10 boxes\n      required\n    end\n  end\nend\n";
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("amended.rgl");
    std::fs::write(&file, source).unwrap();
    let reg = checked(&file);
    let text = |files: &BTreeMap<String, Vec<u8>>, name: &str| {
        forms_support::squeezed(&forms_support::pdftotext(
            &files[&format!("forms/synthetic_permit/{name}")],
        ))
    };
    for (day, words) in [
        (date(2024, 3, 1), "original version, before any amendment"),
        (date(2024, 9, 1), "regulation in force from 01.09.2024"),
        (date(2026, 12, 1), "regulation in force from 01.01.2025"),
        (date(2027, 3, 1), "regulation in force from 01.03.2027"),
    ] {
        let files = build(&reg, Some(day), false, &[Target::Forms]);
        for name in ["stand/documents.pdf", "stand/terms.pdf", "test_form.pdf"] {
            let t = text(&files, name);
            assert!(
                t.contains(&forms_support::squeezed(&format!(
                    "Order No. 1 of 10.01.2024; {words}"
                ))),
                "{day}, {name}: {t}"
            );
        }
        assert_eq!(
            files,
            build(&reg, Some(day), false, &[Target::Forms]),
            "{day}"
        );
    }
    // Order No. 417 is one consolidated version: its own words for it.
    let files = build(&bundled(), None, false, &[Target::Forms]);
    let t = forms_support::squeezed(&forms_support::pdftotext(
        &files["forms/residence_permit/stand/terms.pdf"],
    ));
    assert!(t.contains("asamendedon01.07.2023"), "{t}");
}

#[test]
fn order_417_says_what_its_source_says_of_its_version_and_what_changed_in_the_office() {
    let reg = bundled();
    let html = |day: Option<Date>, name: &str| {
        let files = build(&reg, day, true, &[Target::Site]);
        files
            .get(&format!(
                "site/residence_permit/citizenship-service-headquarters/{name}.html"
            ))
            .map(|b| String::from_utf8(b.clone()).unwrap())
    };
    let index = html(None, "index").unwrap();
    assert!(index.contains(
        "<p class=\"version-line\">Consolidated version as amended on 01.07.2023, as the source gives it"
    ));
    assert!(notices(&index).is_empty());
    // Before the renaming nothing has changed yet; from it, the page says so.
    assert!(html(Some(date(2025, 3, 1)), "changes").is_none());
    let changes = html(Some(date(2025, 4, 2)), "changes").unwrap();
    assert!(changes.contains("The regulation&#39;s source records no amendments."));
    assert!(changes.contains("<h3>From 02.04.2025</h3>"));
    let name = &changes[changes.find(">Name</p>").unwrap()..];
    assert!(name.contains("<del><span class=\"visually-hidden\">removed: </span>Main Directorate for Migration Affairs<"), "{name}");
    assert!(name.contains("<ins><span class=\"visually-hidden\">added: </span>Service for Citizenship and Registration of Foreign Citizens<"));
    assert!(
        html(Some(date(2025, 4, 2)), "index")
            .unwrap()
            .contains("href=\"changes.html\"")
    );
}

// ---- In a real browser ----

#[test]
fn a_new_wording_of_the_regulations_own_title_is_on_what_changed() {
    // The fixture, with order 20 also giving the regulation a new title.
    let text = std::fs::read_to_string(root().join(FIXTURE))
        .unwrap()
        .replace(
            "include \"../../../regulations/calendar/russia-federal.rgl\"",
            &format!(
                "include {:?}",
                root().join("regulations/calendar/russia-federal.rgl")
            ),
        )
        .replacen(
            "  source \"Invented for reglament's tests; not a real act.\"\n",
            "  source \"Invented for reglament's tests; not a real act.\"\n\n  worded by order_2024_20\n    title \"Synthetic regulation on issuing and renewing test permits (invented for tests)\"\n  end\n",
            1,
        );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("retitled.rgl");
    std::fs::write(&file, text).unwrap();
    let reg = checked(&file);

    let diff = reglament::diff::diff(
        &reg.at(date(2024, 8, 31)).unwrap(),
        &reg.at(date(2024, 9, 1)).unwrap(),
        &[],
        (None, None),
    );
    let own = diff
        .elements
        .iter()
        .find(|e| e.list == "regulation")
        .expect("the title's change is not in the diff");
    assert_eq!(own.parts.len(), 1, "{:?}", own.parts);
    assert_eq!(own.parts[0].path, "title");

    let site = site_of(&reg, Some(date(2024, 9, 1)));
    let changes = page(&site, "changes");
    let entry = &changes[changes
        .find("id=\"order_2024_20-synthetic_permit\"")
        .expect("no entry for the regulation's own lines")..];
    assert!(entry.contains("<ins"), "{entry}");
    assert!(unescape(&strip_tags(entry)).contains("and renewing"));
}
