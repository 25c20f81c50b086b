//! Quoted law is never changed in silence: every character of a text is
//! kept in the outputs (the JSON model, the site, the PDFs), or `check`
//! says why, with the place.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod forms_support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use reglament::backend::{Target, build_with, site};
use reglament::diagnostics::Problem;
use reglament::model::Regulation;
use reglament::output::{MemoryWriter, read_tree};
use reglament::project::{Project, check_files};
use reglament::source::MemoryFileSystem;
use reglament::syntax::ast::FieldValue;

use forms_support::{have, pdftotext};

/// A small regulation: `category` is the text lines of a category (printed
/// on the stand sheet "Who may apply"), `provision` those of a provision
/// (shown on the site only).
fn regulation(category: &str, provision: &str) -> String {
    format!(
        r#"regulation permits
  title "Regulation on permits"
  order "1" dated 2020-06-11 by "Ministry"
  amended 2023-07-01
  language en
end

status foreign_citizen
  title "foreign citizen"
end

application issue
  title "issue of a permit"
end

fact age
  question "How old is the applicant?"
  answer number of years
end

category adults
  clause 1
{category}
  files issue
  applies when age is at least 18 years
end

term four_months
  clause 2
  text "The permit is issued within four months."
  lasts 4 months
  for application issue
end

provision remark
  clause 3
{provision}
end
"#
    )
}

const PLAIN_PROVISION: &str = "  text \"Nothing else.\"";

fn check(source: &str) -> Project {
    let mut fs = MemoryFileSystem::new();
    fs.insert("permits.rgl", source);
    check_files(&fs, &[PathBuf::from("permits.rgl")]).unwrap()
}

fn codes(project: &Project) -> Vec<&'static str> {
    project.problems().iter().map(|p| p.code.as_str()).collect()
}

/// The one problem with `code`, and the text its main label points at.
fn the_problem<'a>(project: &'a Project, code: &str) -> (Problem, &'a str) {
    let problems: Vec<Problem> = project
        .problems()
        .into_iter()
        .filter(|p| p.code.as_str() == code)
        .collect();
    assert_eq!(problems.len(), 1, "{:?}", project.problems());
    let p = problems.into_iter().next().unwrap();
    let at = project.sources.slice(p.primary_span().unwrap());
    (p, at)
}

fn clean(project: &Project) -> &Regulation {
    assert!(project.problems().is_empty(), "{:?}", project.problems());
    project.regulations().next().unwrap()
}

/// JSON, forms and site of `reg`, in memory.
fn outputs(reg: &Regulation) -> BTreeMap<String, Vec<u8>> {
    let mut out = MemoryWriter::default();
    let offices =
        read_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("regulations/offices")).unwrap();
    let inputs = site::Inputs::new(site::Lang::En, &offices).unwrap();
    build_with(
        reg,
        &[Target::Json, Target::Forms, Target::Site],
        &inputs,
        &mut out,
    )
    .unwrap();
    out.files
}

fn text_of(files: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(
        files
            .get(path)
            .unwrap_or_else(|| panic!("no {path}"))
            .clone(),
    )
    .unwrap()
}

/// The text of the category as the syntax tree keeps it.
fn category_text(source: &str) -> String {
    let file = reglament::syntax::parse(source, 0).0.unwrap();
    let block = file
        .blocks
        .iter()
        .find(|b| b.name.text == "adults")
        .unwrap();
    block
        .fields
        .iter()
        .find_map(|f| match &f.value {
            FieldValue::Text(t) => Some(t.value.clone()),
            _ => None,
        })
        .unwrap()
}

#[test]
fn a_line_indented_with_a_no_break_space_is_kept_and_reported() {
    // Three spaces and a no-break space among lines of four spaces: the
    // line used to vanish from every output while `check` passed.
    let source = regulation(
        "  text \"\"\"\n    Adults, namely:\n   \u{a0}residents;\n    students.\n    \"\"\"",
        PLAIN_PROVISION,
    );
    assert_eq!(
        category_text(&source),
        " Adults, namely:\n\u{a0}residents;\n students."
    );
    let project = check(&source);
    let (problem, at) = the_problem(&project, "R1201");
    assert_eq!(at, "\u{a0}");
    assert!(
        problem.message.contains("no-break space"),
        "{}",
        problem.message
    );
    assert!(project.has_errors());
}

#[test]
fn a_tab_among_spaces_is_reported_where_it_is() {
    let source = regulation(
        "  text \"\"\"\n    Adults, namely:\n\tresidents.\n    \"\"\"",
        PLAIN_PROVISION,
    );
    let project = check(&source);
    let (_, at) = the_problem(&project, "R1201");
    assert_eq!(at, "\t");
    let line = source.lines().position(|l| l == "\tresidents.").unwrap();
    let span = project.problems()[0].primary_span().unwrap();
    assert_eq!(project.sources.line_col(0, span.start), (line + 1, 1));
}

/// A text whose lines are indented unevenly (deeper, and shallower than
/// the first) keeps every word in the JSON model, on the site and in the
/// PDF stand sheet.
#[test]
fn unevenly_indented_lines_reach_every_output() {
    let source = regulation(
        "  text \"\"\"\n    Adult foreign citizens, namely:\n      those who live here;\n   those who came to study.\n    \"\"\"",
        PLAIN_PROVISION,
    );
    let project = check(&source);
    let reg = clean(&project);
    let want =
        " Adult foreign citizens, namely:\n   those who live here;\nthose who came to study.";
    let files = outputs(reg);

    let json: serde_json::Value =
        serde_json::from_str(&text_of(&files, "json/permits.json")).unwrap();
    let text = json["categories"][0]["wording"]["text"]
        .as_str()
        .unwrap_or_else(|| panic!("no category text in {}", json["categories"][0]));
    assert_eq!(text, want);

    let page = files
        .iter()
        .find(|(k, _)| k.ends_with("/applicants.html"))
        .map(|(_, v)| String::from_utf8(v.clone()).unwrap())
        .expect("the site has an applicants page");
    for words in [
        "Adult foreign citizens, namely:",
        "those who live here;",
        "those who came to study.",
    ] {
        assert!(page.contains(words), "the site lost {words:?}");
    }

    if have("pdftotext", "poppler-utils") {
        let sheet = pdftotext(&files["forms/permits/stand/applicants.pdf"]);
        let flat = sheet.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains(
                "Adult foreign citizens, namely: those who live here; those who came to study."
            ),
            "the stand sheet lost words:\n{sheet}"
        );
    }
}

#[test]
fn a_control_character_is_reported_with_its_code() {
    let source = regulation("  text \"Adult \u{1}citizens.\"", PLAIN_PROVISION);
    let project = check(&source);
    let (problem, at) = the_problem(&project, "R1202");
    assert_eq!(at, "\u{1}");
    assert!(problem.message.contains("U+0001"), "{}", problem.message);
}

#[test]
fn a_control_character_is_reported_in_text_no_pdf_prints() {
    let source = regulation("  text \"Adults.\"", "  text \"Nothing\u{7f} else.\"");
    assert_eq!(codes(&check(&source)), ["R1202"]);
}

#[test]
fn characters_the_fonts_lack_are_reported_in_printed_text() {
    for (text, first) in [
        ("Adults named 漢字 and 漢.", "漢"),
        // A family emoji: man, zero-width joiner, woman, joiner, girl.
        (
            "Adults with families \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}.",
            "\u{1F468}",
        ),
    ] {
        let source = regulation(&format!("  text \"{text}\""), PLAIN_PROVISION);
        let project = check(&source);
        let (problem, at) = the_problem(&project, "R1204");
        assert_eq!(at, first, "{text}");
        assert!(problem.message.contains(first), "{}", problem.message);
    }
}

#[test]
fn text_no_pdf_prints_may_hold_any_character_and_keeps_it() {
    let provision = "  text \"The name 漢字, \u{1F468}\u{200D}\u{1F469}, as written.\"";
    let project = check(&regulation("  text \"Adults.\"", provision));
    let reg = clean(&project);
    let files = outputs(reg);
    assert!(
        text_of(&files, "json/permits.json")
            .contains("The name 漢字, \u{1F468}\u{200D}\u{1F469}, as written.")
    );
    let page = files
        .iter()
        .find(|(k, _)| k.ends_with("/regulation.html"))
        .map(|(_, v)| String::from_utf8(v.clone()).unwrap())
        .unwrap();
    assert!(page.contains("漢字"));
}

#[test]
fn scripts_the_fonts_cover_print_on_the_stand_sheet() {
    // Latin, Cyrillic, Greek, Armenian, Georgian, Hebrew, Arabic, as the
    // README and the R1204 help say; and a soft hyphen, which typst prints
    // as nothing.
    let words = "Adults: Ёжик Ωμέγα Հայաստան საქართველო שלום سلام co\u{ad}operate.";
    let project = check(&regulation(&format!("  text \"{words}\""), PLAIN_PROVISION));
    let reg = clean(&project);
    let files = outputs(reg);
    if have("pdftotext", "poppler-utils") {
        let sheet = pdftotext(&files["forms/permits/stand/applicants.pdf"]);
        for word in ["Ёжик", "Ωμέγα", "Հայաստան", "საქართველო"]
        {
            assert!(sheet.contains(word), "{word} missing from\n{sheet}");
        }
    }
}

#[test]
fn a_direction_override_is_an_error_unless_marked_deliberate() {
    let text = "  text \"Adults \u{202E}except\u{202C} students.\"";
    let project = check(&regulation(text, PLAIN_PROVISION));
    let (problem, at) = the_problem(&project, "R1203");
    assert_eq!(at, "\u{202E}");
    assert!(problem.message.contains("U+202E"), "{}", problem.message);

    // The mark applies to the text right below it, and the text is kept.
    let marked = format!("  # bidi: deliberate\n{text}");
    let project = check(&regulation(&marked, PLAIN_PROVISION));
    let reg = clean(&project);
    let files = outputs(reg);
    assert!(
        text_of(&files, "json/permits.json").contains("Adults \u{202E}except\u{202C} students.")
    );

    // ... and to no other text.
    let elsewhere = "  # bidi: deliberate\n  text \"Adults.\"";
    let provision = "  text \"Nothing \u{2067}else\u{2069}.\"";
    let project = check(&regulation(elsewhere, provision));
    // Once for the provision's text: its isolate and the pop that ends it
    // are one mistake.
    let (_, at) = the_problem(&project, "R1203");
    assert_eq!(at, "\u{2067}");
}

#[test]
fn check_exits_1_where_build_could_not_print() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("permits.rgl");
    std::fs::write(
        &path,
        regulation("  text \"Adults named 漢.\"", PLAIN_PROVISION),
    )
    .unwrap();
    let out = Command::cargo_bin("reglament")
        .unwrap()
        .arg("check")
        .arg(&path)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr =
        String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    assert!(stderr.contains("R1204"), "{stderr}");
    assert!(stderr.contains("permits.rgl:"), "{stderr}");
}

/// Markdown turns a character reference into its character on the site
/// and in the PDFs, so the reference is judged as the character.
#[test]
fn character_references_are_judged_as_their_characters() {
    for (text, code, at) in [
        ("Adults &#x202E;except students.", "R1203", "&#x202E;"),
        ("Adults named &#28450;.", "R1204", "&#28450;"),
        ("Adults &#1;named.", "R1202", "&#1;"),
    ] {
        let project = check(&regulation(&format!("  text \"{text}\""), PLAIN_PROVISION));
        let (_, found) = the_problem(&project, code);
        assert_eq!(found, at, "{text}");
    }
}
