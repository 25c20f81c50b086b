//! The information-stand sheets are made for a wall (issue 13, item 3):
//! body text of at least 14 pt, and no page that holds only a few lines.
//! Sizes are read from the PDFs' own content streams (qpdf uncompresses
//! them), lines from poppler's text.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod forms_support;

use std::process::Command;

use forms_support::{file_with, have, pdf, pdftotext};

const SHEETS: [&str; 3] = [
    "stand/documents.pdf",
    "stand/terms.pdf",
    "stand/applicants.pdf",
];

/// Every text run of `bytes`: its font size (the `Tf` operand) and the
/// number of glyphs it shows (typst writes two-byte glyph ids in hex).
fn runs(bytes: &[u8]) -> Vec<(f64, usize)> {
    let (dir, path) = file_with(bytes, "in.pdf");
    let out = dir.path().join("out.pdf");
    let status = Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(&path)
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    let text = String::from_utf8_lossy(&std::fs::read(&out).unwrap()).into_owned();
    let mut runs = Vec::new();
    for line in text.lines() {
        let mut rest = line;
        while let Some(tf) = rest.find(" Tf") {
            let size: f64 = rest[..tf]
                .rsplit(' ')
                .next()
                .and_then(|s| s.parse().ok())
                .expect("a Tf operand");
            let after = &rest[tf + 3..];
            let end = after.find(" Tf").unwrap_or(after.len());
            let shown = &after[..end];
            let hex: usize = shown
                .split('<')
                .skip(1)
                .map(|h| h.split('>').next().unwrap_or("").len())
                .sum();
            runs.push((size, hex / 4));
            rest = after;
        }
    }
    runs
}

/// The glyphs `s` takes at most: its characters, one space between words
/// (typst sets a space as a glyph; pdftotext pads columns with many).
fn glyphs(s: &str) -> usize {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .count()
}

#[test]
fn sheets_set_their_body_at_14_pt_at_least() {
    if !have("qpdf", "qpdf") || !have("pdftotext", "poppler-utils") {
        return;
    }
    for sheet in SHEETS {
        let runs = runs(pdf(sheet));
        let small: usize = runs
            .iter()
            .filter(|(size, _)| *size < 14.0)
            .map(|(_, n)| n)
            .sum();
        // Only the line naming the regulation above the sheet's title and
        // each page's footer (source, version, page number) may be
        // smaller than the body: nothing else.
        let text = pdftotext(pdf(sheet));
        // pdftotext prints the page number "1 / 2" as "1/2": two spaces a page.
        let footers: usize = text
            .split('\u{c}')
            .filter_map(|page| page.lines().rev().find(|l| !l.trim().is_empty()))
            .map(|footer| glyphs(footer) + 2)
            .sum();
        let allowed = glyphs(&forms_support::bundled().title) + footers;
        assert!(
            small <= allowed,
            "{sheet}: {small} glyphs under 14 pt, but the regulation's name and the footers have {allowed}: {runs:?}"
        );
        let smallest = runs.iter().map(|(s, _)| *s).fold(f64::MAX, f64::min);
        assert!(smallest >= 10.0, "{sheet}: text at {smallest} pt");
    }
}

#[test]
fn no_sheet_has_a_page_with_only_a_few_lines() {
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    for sheet in SHEETS {
        let text = pdftotext(pdf(sheet));
        let pages: Vec<&str> = text
            .split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .collect();
        for (i, page) in pages.iter().enumerate() {
            // The footer is one line of every page.
            let lines = page.lines().filter(|l| !l.trim().is_empty()).count() - 1;
            assert!(
                pages.len() == 1 || lines >= 8,
                "{sheet}: page {} of {} holds {lines} lines:\n{page}",
                i + 1,
                pages.len()
            );
        }
    }
}

#[test]
fn the_documents_sheet_heads_its_group_and_gives_each_filling_rule_a_line() {
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    let text = pdftotext(pdf("stand/documents.pdf"));
    // Item 26's own sentence heads the documents 26.1-26.4.
    let heading = text.find("The applicant submits in person").expect(&text);
    assert!(heading < text.find("26.1").unwrap(), "{text}");
    // Item 26.1's four filling rules, each on a line of its own.
    let rules: Vec<&str> = text
        .lines()
        .filter(|l| l.trim_start().starts_with("– "))
        .collect();
    assert!(rules.len() >= 4, "{text}");
    assert!(
        rules.iter().any(|l| l.contains("No abbreviations")),
        "{rules:?}"
    );
}

#[test]
fn the_poster_is_one_a3_page_naming_every_category_under_its_term() {
    if !have("pdftotext", "poppler-utils") || !have("qpdf", "qpdf") {
        return;
    }
    let poster = pdf("stand/poster.pdf");
    let (_dir, path) = file_with(poster, "poster.pdf");
    let info = Command::new("pdfinfo").arg(&path).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("Pages:           1"), "{info}");
    assert!(info.contains("(A3)"), "{info}");
    let runs = runs(poster);
    let body: usize = runs
        .iter()
        .filter(|(s, _)| *s >= 14.0)
        .map(|(_, n)| n)
        .sum();
    let total: usize = runs.iter().map(|(_, n)| n).sum();
    // Under 14 pt: only the regulation's name and the footer.
    let allowed = glyphs(&forms_support::bundled().title) + 60;
    assert!(total - body <= allowed, "{runs:?}");
    let text = pdftotext(poster);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let reg = forms_support::bundled();
    for c in &reg.categories {
        let clause = c.clause.clause.as_ref().unwrap().to_string();
        assert!(
            flat.contains(&format!("({clause})")),
            "no ({clause}) on the poster:\n{text}"
        );
    }
    for expected in [
        "4 months",
        "15 working days",
        "7 working days",
        "What to bring",
        "(26.4)",
    ] {
        assert!(
            flat.contains(expected),
            "no {expected:?} on the poster:\n{text}"
        );
    }
    // Two columns: a category's plain name is not cut by the other column.
    assert!(flat.contains("Citizen of Belarus (2.14)"), "{text}");
}

/// The stand sheets of the synthetic second regulation (invented for
/// tests, not law), as text.
fn second_sheet(name: &str) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = reglament::project::check_files(
        &reglament::source::RealFileSystem,
        &[root.join("tests/fixtures/second/second.rgl")],
    )
    .unwrap();
    let reg = project.regulations().next().unwrap();
    let out = forms_support::build_forms(reg);
    let (_, bytes) = out
        .iter()
        .find(|(p, _)| p.ends_with(&format!("/stand/{name}.pdf")))
        .unwrap();
    pdftotext(bytes)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_term_or_limit_from_another_event_says_so_and_the_limits_are_on_the_terms_sheet() {
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    let terms = second_sheet("terms");
    assert!(
        terms.contains(
            "Term: 7 working days, counted from: The day the foreign citizen arrives at the place of stay"
        ),
        "{terms}"
    );
    // The other time limits follow, each from its event, the minutes
    // stated rather than counted on the calendar.
    let limits = terms.find("Other time limits").expect(&terms);
    assert!(limits > terms.find("7 working days").unwrap(), "{terms}");
    assert!(
        terms.contains("Time limit: 10 minutes, counted from: The moment a phone call is answered"),
        "{terms}"
    );
    assert!(
        terms.contains("as stated, not counted by the production calendar"),
        "{terms}"
    );
    assert!(
        terms.contains(
            "Time limit: 1 month, counted from: The day the application is filed and accepted"
        ),
        "{terms}"
    );
    let poster = second_sheet("poster");
    assert!(
        poster.contains("7 working days (2) Counted from: The day the foreign citizen arrives"),
        "{poster}"
    );
    // The validity window in the model's words, under its document.
    let documents = second_sheet("documents");
    assert!(
        documents.contains(
            "submits it in two copies. Valid only if certificate issued is on or after 3 months before application filed."
        ),
        "{documents}"
    );
}

#[test]
fn terms_from_the_acceptance_name_no_event_on_the_sheets() {
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    // Order 417's terms all run from the acceptance: the sheet and the
    // poster do not repeat it under every term.
    // (Its other time limits, listed after the terms, each name theirs.)
    for sheet in ["stand/terms.pdf", "stand/poster.pdf"] {
        let text = pdftotext(pdf(sheet));
        let terms = text.split("Other time limits").next().unwrap();
        assert!(!terms.contains("ounted from"), "{sheet}: {text}");
    }
    let terms = pdftotext(pdf("stand/terms.pdf"));
    assert!(terms.contains("Other time limits"), "{terms}");
    assert!(terms.contains("Time limit: 10 minutes"), "{terms}");
}
