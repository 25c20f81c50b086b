//! Quoted law reaches every output exactly as written. A `text` full of
//! characters that Markdown, HTML or Typst would read as formatting (a
//! synthetic clause, see `QUOTE`) must come out of the JSON model, the
//! stand's pages and the print sheets with every character in place.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod forms_support;

use std::collections::BTreeMap;
use std::path::Path;

use forms_support::{have, pdftotext, squeezed};
use reglament::backend::{Target, build};
use reglament::model::Regulation;
use reglament::output::MemoryWriter;
use reglament::project::check_files;
use reglament::source::MemoryFileSystem;

/// The clause as the `.rgl` file writes it: in triple quotes, indented with
/// its block.
const SOURCE: &str = r#"  text """
    Markdown is the law's own here: \\ a double backslash, a trailing one \
    */ not emphasis /* and *stars* and _under_ and `ticks` and **bold**
    # not a heading
    1. not a list
    - not a bullet
    [not a link](clause:9.9) <b>not bold</b> &amp; not an entity, two  spaces

    Second paragraph > quote | pipe | ~~strike~~ $x^2$ #set @label
    """"#;

/// The same clause as quoted text: the block's indentation removed, every
/// other character kept.
const QUOTE: &str = r#"Markdown is the law's own here: \\ a double backslash, a trailing one \
*/ not emphasis /* and *stars* and _under_ and `ticks` and **bold**
# not a heading
1. not a list
- not a bullet
[not a link](clause:9.9) <b>not bold</b> &amp; not an entity, two  spaces

Second paragraph > quote | pipe | ~~strike~~ $x^2$ #set @label"#;

/// The CLI tests' mini regulation (tests/fixtures/mini, synthetic) with the
/// adults' clause quoting `SOURCE`.
fn regulation() -> Regulation {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
    let main = std::fs::read_to_string(dir.join("mini.rgl")).unwrap();
    let line = r#"  text "Adults, according to [the Law](act:law_a).""#;
    assert!(main.contains(line));
    let mut fs = MemoryFileSystem::new();
    fs.insert("mini.rgl", main.replace(line, SOURCE));
    fs.insert(
        "acts.rgl",
        std::fs::read_to_string(dir.join("acts.rgl")).unwrap(),
    );
    let project = check_files(&fs, &["mini.rgl".into()]).unwrap();
    let errors: Vec<_> = project
        .problems()
        .into_iter()
        .filter(|p| p.is_error())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    project.regulations().next().cloned().unwrap()
}

fn built(targets: &[Target]) -> BTreeMap<String, Vec<u8>> {
    let mut out = MemoryWriter::default();
    build(&regulation(), targets, &mut out).unwrap();
    out.files
}

/// The characters an HTML page shows for `html` (entities read, tags
/// dropped): what a reader, a screen reader or a copy sees.
fn text_content(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            rest = &rest[rest.find('>').map_or(rest.len(), |i| i + 1)..];
            continue;
        }
        if c == '&' {
            let end = rest.find(';').unwrap();
            out.push(match &rest[..=end] {
                "&amp;" => '&',
                "&lt;" => '<',
                "&gt;" => '>',
                "&quot;" => '"',
                "&#39;" => '\'',
                other => panic!("unexpected entity {other}"),
            });
            rest = &rest[end + 1..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

#[test]
fn the_model_keeps_the_quote_as_written() {
    let reg = regulation();
    let adults = reg.categories.iter().find(|c| c.id == "adults").unwrap();
    assert_eq!(adults.clause.wording.text, QUOTE);
    let json = String::from_utf8(built(&[Target::Json])["json/mini.json"].clone()).unwrap();
    let model: serde_json::Value = serde_json::from_str(&json).unwrap();
    let quoted = model["categories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "adults")
        .unwrap()["wording"]["text"]
        .clone();
    assert_eq!(quoted, QUOTE);
}

#[test]
fn the_stand_shows_the_quote_as_written() {
    let files = built(&[Target::Site]);
    let mut pages = 0;
    for (path, bytes) in &files {
        let html = String::from_utf8_lossy(bytes);
        // Each paragraph of the quote is one element whose text is the
        // paragraph exactly, its line breaks kept by `white-space: pre-wrap`.
        let paragraphs: Vec<String> = html
            .split("<p class=\"verbatim\">")
            .skip(1)
            .map(|p| text_content(&p[..p.find("</p>").unwrap()]))
            .collect();
        if paragraphs
            .iter()
            .any(|p| p.starts_with("Markdown is the law's own"))
        {
            pages += 1;
            let shown = paragraphs
                .iter()
                .skip_while(|p| !p.starts_with("Markdown is the law's own"))
                .take(2)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n\n");
            assert_eq!(shown, QUOTE, "{path} changes the quote");
        }
    }
    assert!(
        pages >= 2,
        "the quote is on the applicants and full-text pages"
    );
    let css = String::from_utf8(files["site/mini/assets/site.css"].clone()).unwrap();
    assert!(css.contains(".verbatim { white-space: pre-wrap; }"));
}

#[test]
fn the_stand_sheets_print_the_quote_as_written() {
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    let files = built(&[Target::Forms]);
    let sheet = &files["forms/mini/stand/applicants.pdf"];
    let printed = squeezed(&pdftotext(sheet));
    for line in QUOTE.lines().filter(|l| !l.is_empty()) {
        assert!(
            printed.contains(&squeezed(line)),
            "the applicants sheet does not print {line:?}; it prints:\n{printed}"
        );
    }
}
