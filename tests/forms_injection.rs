//! Hostile values filled into a form: typst markup, HTML, control
//! characters, right-to-left text, very long words. A value is printed as
//! itself and never changes the layout; it is refused only where a rule
//! says it is invalid (too long for its boxes, a character that cannot be
//! written in a box), and then nothing is typeset.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod forms_support;

use forms_support::{bundled, have, pdf, pdftotext, squeezed, words};
use reglament::backend::forms::{FillError, fill};
use serde_json::{Value, json};

/// The issue form's sample data, with `field` set to `value`.
fn data_with(field: &str, value: &str) -> Value {
    let form = bundled().form("issue_form").unwrap();
    let mut data = form.samples[0].data();
    data[field] = json!(value);
    data
}

/// Values that must print as themselves. Each fits in 35 boxes.
const PRINTED: &[&str] = &[
    "#sys.exit()",
    "]*$",
    "#read(\"/data.json\")",
    "#eval(\"1+1\")",
    "$x^2$ *bold* _em_",
    "= Heading",
    "@label <label>",
    "// not a comment",
    "a--b---c ~ \\",
    "<script>alert(1)</script>",
    "<b>&amp;</b>",
    "{{ x }} {% if %}",
    "\"quoted\" 'single'",
    "#set page(width: 1cm)",
    "ЁЛКИНА-ПАЛКИНА",
    "O'NEIL-D'ARTAGNAN",
];

/// Right-to-left and combining text: printed one cluster per box, in the
/// order written, without changing the layout.
const SCRIPTS: &[&str] = &["שלום עולם", "مرحبا بالعالم", "Z̷̢a̸l̵g̶o̷ ё й", "SMILE 😀"];

/// The longest value that fits (35 boxes), one word.
fn longest_word() -> String {
    "W".repeat(35)
}

#[test]
fn markup_and_html_print_as_themselves() {
    let check_text = have("pdftotext", "poppler-utils");
    for value in PRINTED {
        let pdf = fill(bundled(), "issue_form", &data_with("surname", value))
            .unwrap_or_else(|e| panic!("{value:?} was refused: {e:?}"));
        if check_text {
            let text = squeezed(&pdftotext(&pdf));
            assert!(
                text.contains(&squeezed(value)),
                "{value:?} is not printed as itself"
            );
        }
    }
}

#[test]
fn no_value_moves_anything_on_the_page() {
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    // Every word of the blank form (labels, numbers, captions) must stay
    // where it is once the form is filled in.
    // A ticked box is the same box: compare ☒ as ☐.
    let unticked = |list: Vec<(usize, String, [String; 4])>| -> Vec<(usize, String, [String; 4])> {
        list.into_iter()
            .map(|(p, w, b)| (p, w.replace('☒', "☐"), b))
            .collect()
    };
    let fixed = unticked(words(pdf("issue_form.pdf")));
    let pages = fixed.iter().map(|(p, _, _)| *p).max().unwrap();
    let long = longest_word();
    let values: Vec<&str> = PRINTED
        .iter()
        .chain(SCRIPTS)
        .copied()
        .chain([long.as_str()])
        .collect();
    for value in values {
        for field in ["surname", "birth_place", "citizenship"] {
            let pdf = fill(bundled(), "issue_form", &data_with(field, value))
                .unwrap_or_else(|e| panic!("{value:?} in {field} was refused: {e:?}"));
            let placed = unticked(words(&pdf));
            let filled_pages = placed.iter().map(|(p, _, _)| *p).max().unwrap();
            assert_eq!(
                filled_pages, pages,
                "{value:?} in {field} changed the page count"
            );
            for word in &fixed {
                assert!(
                    placed.contains(word),
                    "{value:?} in {field} moved {:?} (page {}, box {:?})",
                    word.1,
                    word.0,
                    word.2
                );
            }
        }
    }
}

#[test]
fn right_to_left_and_combining_text_is_printed() {
    let check_text = have("pdftotext", "poppler-utils");
    for value in SCRIPTS {
        let pdf = fill(bundled(), "issue_form", &data_with("birth_place", value))
            .unwrap_or_else(|e| panic!("{value:?} was refused: {e:?}"));
        if check_text {
            let text = squeezed(&in_writing_order(&pdftotext(&pdf)));
            assert!(
                text.contains(&squeezed(value)),
                "{value:?} is not printed one cluster per box in the order written: {text:?}"
            );
        }
    }
}

/// pdftotext's text with each right-to-left run put back in the order it
/// was written. The boxes hold one cluster each from left to right, in the
/// order written; pdftotext reads a right-to-left run off the page as if it
/// were laid out right to left, and marks it with U+202B ... U+202C.
fn in_writing_order(text: &str) -> String {
    let mut out = String::new();
    let mut run: Option<Vec<char>> = None;
    for c in text.chars() {
        match (c, run.as_mut()) {
            ('\u{202B}', _) => run = Some(Vec::new()),
            ('\u{202C}', Some(chars)) => {
                out.extend(chars.iter().rev());
                run = None;
            }
            (c, Some(chars)) => chars.push(c),
            (c, None) => out.push(c),
        }
    }
    out
}

#[test]
fn the_rules_refuse_what_cannot_be_written_in_boxes() {
    let refused = |field: &str, value: &str| -> Vec<(String, &'static str)> {
        match fill(bundled(), "issue_form", &data_with(field, value)) {
            Err(FillError::Invalid(problems)) => {
                problems.into_iter().map(|p| (p.path, p.rule)).collect()
            }
            other => panic!(
                "{value:?} in {field} was not refused: {:?}",
                other.map(|_| "a PDF")
            ),
        }
    };
    let one = |path: &str, rule: &'static str| vec![(path.to_owned(), rule)];
    // One character too many: refused, never cut off.
    assert_eq!(
        refused("surname", &format!("{}W", longest_word())),
        one("$.surname", "fits_boxes")
    );
    assert_eq!(
        refused("surname", &"A".repeat(10_000)),
        one("$.surname", "fits_boxes")
    );
    // Characters that print as nothing, or rearrange what follows them.
    for value in [
        "TAB\tHERE",
        "LINE\nBREAK",
        "NUL\u{0}",
        "BELL\u{7}",
        "RLO\u{202E}X",
        "ZERO\u{200B}WIDTH",
        "ESC\u{1b}[31m",
    ] {
        assert_eq!(
            refused("surname", value),
            one("$.surname", "printable"),
            "{value:?}"
        );
    }
    // A character none of the embedded fonts has would print as an empty box.
    assert_eq!(refused("surname", "中文"), one("$.surname", "printable"));
}

/// `tests/browser/injection.rgl` (markup and script in every text), with a
/// term the source states no length for and an omission written as if it
/// were Markdown: a source's words are printed on the stand's sheets as
/// the source writes them.
fn injection_sheets() -> std::collections::BTreeMap<String, String> {
    use reglament::project::check_files;
    use reglament::source::MemoryFileSystem;

    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut text = std::fs::read_to_string(root.join("tests/browser/injection.rgl")).unwrap();
    text.push_str(
        r#"
application renewal
  title "Renewal"
end

term renewal_term
  see clause 4
  not stated "*Nothing* is said about <b>renewal</b> [here](javascript:alert(1))."
  for application renewal
end

omission markdown_rest
  after clause 8
  text "*Items 9-12* are [cut off](https://example.org) <i>here</i>."
end
"#,
    );
    let mut fs = MemoryFileSystem::new();
    fs.insert("injection.rgl", text);
    let project = check_files(&fs, &["injection.rgl".into()]).unwrap();
    assert!(
        !project.has_errors(),
        "{:?}",
        project
            .problems()
            .iter()
            .filter(|p| p.is_error())
            .collect::<Vec<_>>()
    );
    let reg = project.regulations().next().unwrap();
    forms_support::build_forms(reg)
        .into_iter()
        .filter_map(|(path, bytes)| {
            let name = path.strip_prefix("forms/injection_test/stand/")?;
            Some((
                name.trim_end_matches(".pdf").to_owned(),
                squeezed(&pdftotext(&bytes)),
            ))
        })
        .collect()
}

#[test]
fn the_stand_sheets_print_the_source_as_written() {
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    let sheets = injection_sheets();
    let printed = |sheet: &str, text: &str| {
        let got = &sheets[sheet];
        assert!(
            got.contains(&squeezed(text)),
            "{sheet}.pdf does not print {text:?}; it prints:\n{got}"
        );
    };
    // Raw HTML in a text is text, inline or as a block of its own.
    printed("terms", "One month <script>alert('term')</script>.");
    printed("applicants", "<script>alert('rep')</script> parents apply");
    printed("documents", "A photo <img src=x onerror=alert('doc')>.");
    // What the source leaves out, and why it states no term, word for word:
    // the stand's pages print them so, and a cut-off must never go unmarked.
    for sheet in ["documents", "terms", "applicants"] {
        printed(
            sheet,
            "<script>window.__pwned='omission'</script> The rest is missing.",
        );
        printed(
            sheet,
            "*Items 9-12* are [cut off](https://example.org) <i>here</i>.",
        );
    }
    printed(
        "terms",
        "*Nothing* is said about <b>renewal</b> [here](javascript:alert(1)).",
    );
}
