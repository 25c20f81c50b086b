//! Hostile values filled into a form: typst markup, HTML, control
//! characters, right-to-left text, very long words. A value is printed as
//! itself and never changes the layout; it is refused only where a rule
//! says it is invalid (too long for its boxes, a character that cannot be
//! written in a box), and then nothing is typeset.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod forms_support;

use forms_support::{bundled, have, pdf, pdftotext, squeezed, words};
use reglament::build::forms::{FillError, fill};
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
    for value in SCRIPTS {
        fill(bundled(), "issue_form", &data_with("birth_place", value))
            .unwrap_or_else(|e| panic!("{value:?} was refused: {e:?}"));
    }
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
