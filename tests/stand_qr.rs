//! The QR code to an office's online stand (issue 13, item 3): an office
//! whose profile gives `online_stand` gets its own stand sheets and poster
//! with a code that a phone reads back as that address; the sheets all
//! stands share, and an office without the address, have none. The pages
//! rendered by poppler's `pdftoppm` are read with the `rqrr` decoder.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod forms_support;

use std::collections::BTreeMap;

use forms_support::{bundled, have, render};
use reglament::backend::{Target, build_with, site};
use reglament::output::MemoryWriter;

const URL: &str = "https://stand.example.org/residence_permit/branch/";

/// The forms and the site of the bundled regulation, for two synthetic
/// offices: one gives the address of its online stand, one does not.
fn built(lang: site::Lang) -> BTreeMap<String, Vec<u8>> {
    let with = site::Office::parse(
        "branch.toml",
        &format!(
            "language = \"en\"\nname = \"Synthetic branch office\"\nonline_stand = \"{URL}\"\n"
        ),
    )
    .unwrap();
    let without = site::Office::parse(
        "annex.toml",
        "language = \"en\"\nname = \"Synthetic annex without an online stand\"\n",
    )
    .unwrap();
    let inputs = site::Inputs {
        lang,
        offices: vec![with, without],
        ..site::Inputs::default()
    };
    let mut out = MemoryWriter::default();
    build_with(bundled(), &[Target::Forms, Target::Site], &inputs, &mut out).unwrap();
    out.files
}

/// The text of every QR code on the first page of `pdf`.
fn codes(pdf: &[u8]) -> Vec<String> {
    let (w, h, pixels) = render(pdf, 1, 150);
    let (w, h) = (w as usize, h as usize);
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| pixels[y * w + x]);
    img.detect_grids()
        .iter()
        .map(|g| g.decode().expect("a QR code that decodes").1)
        .collect()
}

#[test]
fn an_office_with_an_online_stand_gets_sheets_whose_code_reads_as_its_address() {
    if !have("pdftoppm", "poppler-utils") {
        return;
    }
    let files = built(site::Lang::En);
    let reg = &bundled().id;
    for sheet in ["documents", "terms", "applicants", "poster"] {
        let own = format!("forms/{reg}/stand/branch/{sheet}.pdf");
        let pdf = files.get(&own).unwrap_or_else(|| panic!("no {own}"));
        assert_eq!(codes(pdf), [URL], "{own}");
        // The shared sheet has no code, and the office without an online
        // stand no sheets of its own.
        let shared = format!("forms/{reg}/stand/{sheet}.pdf");
        assert_eq!(codes(&files[&shared]), Vec::<String>::new(), "{shared}");
        assert!(!files.contains_key(&format!("forms/{reg}/stand/annex/{sheet}.pdf")));
        // The site carries its copy.
        assert!(files.contains_key(&format!("site/{reg}/forms/stand/branch/{sheet}.pdf")));
    }
    // Each stand links its own sheets: the branch the ones with its code,
    // the annex the shared ones.
    let page = |office: &str, page: &str| {
        String::from_utf8(files[&format!("site/{reg}/{office}/{page}")].clone()).unwrap()
    };
    assert!(page("branch", "index.html").contains("href=\"../forms/stand/branch/poster.pdf\""));
    assert!(page("branch", "terms.html").contains("href=\"../forms/stand/branch/terms.pdf\""));
    assert!(page("annex", "index.html").contains("href=\"../forms/stand/poster.pdf\""));
    assert!(page("annex", "terms.html").contains("href=\"../forms/stand/terms.pdf\""));
}

#[test]
fn the_code_is_drawn_as_vector_and_the_same_every_build() {
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    let first = built(site::Lang::Ru);
    let second = built(site::Lang::Ru);
    let reg = &bundled().id;
    let poster = format!("forms/{reg}/stand/branch/poster.pdf");
    assert_eq!(
        first[&poster], second[&poster],
        "the same inputs give the same bytes"
    );
    // No image in the PDF: the modules are filled rectangles.
    let (dir, path) = forms_support::file_with(&first[&poster], "poster.pdf");
    let images = std::process::Command::new("pdfimages")
        .arg("-list")
        .arg(&path)
        .output()
        .unwrap();
    drop(dir);
    let listed = String::from_utf8_lossy(&images.stdout);
    assert_eq!(
        listed.lines().count(),
        2,
        "no image, only the header:\n{listed}"
    );
    // The words beside it are in the sheet's language, the address as given.
    // (Squeezed: a narrow column may break either over lines.)
    let text = forms_support::squeezed(&forms_support::pdftotext(&first[&poster]));
    assert!(text.contains("Этотстендвинтернете"), "{text}");
    assert!(text.contains(URL), "{text}");
}

#[test]
fn an_online_stand_address_must_be_a_web_address() {
    let err = site::Office::parse(
        "branch.toml",
        "language = \"en\"\nname = \"Synthetic branch office\"\nonline_stand = \"ftp://stand.example.org/\"\n",
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "office profile `branch.toml`: `online_stand` `ftp://stand.example.org/` is not an https:// or http:// address"
    );
}
