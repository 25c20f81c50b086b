//! The forms target's PDFs: what they contain, their fonts, their
//! structure, and that a build gives the same bytes every time.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod forms_support;

use forms_support::{
    build_forms, built, bundled, have, pdf, pdffonts, pdftotext, qpdf_check, squeezed,
};

/// Every form of the bundled regulation, with its sample's id.
const FORMS: &[(&str, &str)] = &[
    ("issue_form", "adult_applicant"),
    ("issue_form_minor_or_incapacitated", "minor_with_parent"),
    ("replacement_form", "reached_twenty"),
    ("duplicate_form", "lost_permit"),
    ("correction_form", "misspelt_surname"),
];

const SHEETS: &[&str] = &["documents", "terms", "applicants", "poster"];

#[test]
fn every_form_is_built_blank_and_filled_and_the_stand_sheets_too() {
    let id = &bundled().id;
    let mut expected: Vec<String> = Vec::new();
    for (form, sample) in FORMS {
        expected.push(format!("forms/{id}/{form}.pdf"));
        expected.push(format!("forms/{id}/{form}.{sample}.pdf"));
    }
    for sheet in SHEETS {
        expected.push(format!("forms/{id}/stand/{sheet}.pdf"));
    }
    expected.sort();
    let got: Vec<String> = built().keys().cloned().collect();
    assert_eq!(got, expected);
    for (name, bytes) in built() {
        assert!(bytes.starts_with(b"%PDF-"), "{name} is not a PDF");
    }
}

#[test]
fn two_builds_give_identical_bytes() {
    built();
    // typst memoizes layout in a process-wide cache; empty it, so that the
    // second build lays every page out again instead of replaying the first.
    typst::comemo::evict(0);
    let again = build_forms(bundled());
    for (name, bytes) in built() {
        assert!(
            again.get(name) == Some(bytes),
            "{name} differs between builds"
        );
    }
}

#[test]
fn every_pdf_declares_pdf_a_2b() {
    for (name, bytes) in built() {
        let text = String::from_utf8_lossy(bytes);
        assert!(
            text.contains("<pdfaid:part>2</pdfaid:part>")
                && text.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
            "{name} does not declare PDF/A-2b in its metadata"
        );
    }
}

#[test]
fn blank_forms_show_their_labels_and_appendix() {
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    let text = pdftotext(pdf("issue_form.pdf"));
    for expected in [
        "Modelled on appendix No. 1 to the Administrative regulations",
        "Application form about issue of the residence permit",
        "1. Information about the applicant",
        "1.1",
        "Surname",
        "Date of birth",
        "Place of birth",
        "Sex",
        "☐ male",
        "☐ female",
        "2. Ground for issue",
        "Signature of the applicant",
        "DD",
        "MM",
        "YYYY",
        "required field",
        "is not in the source",
    ] {
        assert!(
            text.contains(expected),
            "blank form lacks {expected:?}:\n{text}"
        );
    }
    assert!(!text.contains("SAMPLE"), "a blank form shows sample data");
}

/// The layout is reglament's own: a printed form must not pass for the
/// official appendix, so the first thing it says is that it is not.
#[test]
fn every_form_says_first_that_it_is_not_the_official_layout() {
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    let reg = bundled();
    for form in reg.forms.iter().filter(|f| !f.sections.is_empty()) {
        let appendix = form.appendix.unwrap();
        let names = std::iter::once(format!("{}.pdf", form.id)).chain(
            form.samples
                .iter()
                .map(|s| format!("{}.{}.pdf", form.id, s.id)),
        );
        for name in names {
            let text = pdftotext(pdf(&name));
            let first = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap();
            assert_eq!(
                first,
                format!(
                    "Modelled on appendix No. {appendix} to the Administrative regulations — not the official layout (see the notes below)."
                ),
                "{name}"
            );
            assert!(
                !text.contains("Appendix No."),
                "{name} reads as the official appendix"
            );
        }
    }
}

#[test]
fn filled_samples_show_their_values_in_the_boxes() {
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    let text = pdftotext(pdf("issue_form.adult_applicant.pdf"));
    let flat = squeezed(&text);
    for expected in [
        "SAMPLE",
        "EXAMPLE",
        "SAMPLETOWN",
        "REPUBLICOFKAZAKHSTAN",
        "2.21",
    ] {
        assert!(
            flat.contains(expected),
            "sample lacks {expected:?}:\n{text}"
        );
    }
    // Dates print DD.MM.YYYY: digits in boxes, the dots between them.
    assert!(flat.contains("01.02.1990"), "date of birth:\n{text}");
    assert!(
        text.contains("☒ female") && text.contains("☐ male"),
        "{text}"
    );
    assert!(
        text.contains("SAMPLE · Filled in with invented data"),
        "{text}"
    );

    let minor = pdftotext(pdf(
        "issue_form_minor_or_incapacitated.minor_with_parent.pdf",
    ));
    assert!(minor.contains("☒ has not reached eighteen"), "{minor}");
    assert!(minor.contains("☒ Yes") && minor.contains("☐ No"), "{minor}");
    assert!(minor.contains("☒ parent"), "{minor}");
    assert!(minor.contains("Fill in only if 4.1 is “Yes”"), "{minor}");
}

#[test]
fn stand_sheets_list_documents_terms_and_applicants_with_their_clauses() {
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    let documents = pdftotext(pdf("stand/documents.pdf"));
    for expected in [
        "Documents to submit",
        "26.1",
        "26.4",
        "☐",
        "Form: Appendix No. 1",
        "Not in the source",
    ] {
        assert!(
            documents.contains(expected),
            "documents lack {expected:?}:\n{documents}"
        );
    }
    let terms = pdftotext(pdf("stand/terms.pdf"));
    for expected in [
        "Terms of the service",
        "23.1",
        "Term: 4 months",
        "Term: 15 working days",
    ] {
        assert!(
            terms.contains(expected),
            "terms lack {expected:?}:\n{terms}"
        );
    }
    let applicants = pdftotext(pdf("stand/applicants.pdf"));
    for expected in ["Who may apply", "2.1", "2.16.1", "2.22"] {
        assert!(
            applicants.contains(expected),
            "applicants lack {expected:?}:\n{applicants}"
        );
    }
}

#[test]
fn every_font_is_embedded() {
    if !have("pdffonts", "poppler-utils") {
        return;
    }
    for (name, bytes) in built() {
        let fonts = pdffonts(bytes);
        assert!(!fonts.is_empty(), "{name} has no fonts");
        for line in fonts {
            // name, type, encoding, emb, sub, uni, object, ID
            let cols: Vec<&str> = line.split_whitespace().collect();
            let n = cols.len();
            assert!(n >= 7, "{name}: cannot read {line:?}");
            assert_eq!(cols[n - 5], "yes", "{name}: a font is not embedded: {line}");
        }
    }
}

#[test]
fn qpdf_finds_no_problem() {
    if !have("qpdf", "qpdf") {
        return;
    }
    for (name, bytes) in built() {
        let (ok, output) = qpdf_check(bytes);
        assert!(ok, "{name}: qpdf --check failed:\n{output}");
        assert!(
            output.contains("No syntax or stream encoding errors found"),
            "{name}: {output}"
        );
    }
}
