//! Rule-level tests of the grammar (`grammar/*.pest`): each rule accepts what the
//! language reference shows and rejects near misses.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use reglament::syntax::{GRAMMAR_FILES, Rule, parses_as};

fn yes(rule: Rule, text: &str) {
    assert!(parses_as(rule, text), "{rule:?} should accept {text:?}");
}

fn no(rule: Rule, text: &str) {
    assert!(!parses_as(rule, text), "{rule:?} should reject {text:?}");
}

#[test]
fn ids_are_lower_case_and_not_reserved_words() {
    yes(Rule::id, "law_115fz");
    yes(Rule::id, "notice"); // starts with a reserved word but is not one
    yes(Rule::id, "island");
    no(Rule::id, "Law");
    no(Rule::id, "1st");
    no(Rule::id, "and");
    no(Rule::id, "end");
    no(Rule::id, "is");
}

#[test]
fn clause_numbers_follow_the_printed_numbering() {
    yes(Rule::clause_ref, "2");
    yes(Rule::clause_ref, "2.16.1");
    yes(Rule::clause_ref, "22(1)");
    yes(Rule::clause_ref, "order 3");
    no(Rule::clause_ref, "2.");
    no(Rule::clause_ref, "2..1");
    no(Rule::clause_ref, "a.1");
}

#[test]
fn dates_are_year_month_day() {
    yes(Rule::date, "2020-06-11");
    no(Rule::date, "11.06.2020");
    no(Rule::date, "2020-6-11");
}

#[test]
fn strings_short_and_long() {
    yes(Rule::string, r#""plain text""#);
    yes(Rule::string, r#""with \"quotes\" and \\ backslash""#);
    yes(
        Rule::string,
        "\"\"\"\n  several \"quoted\" lines\n  here\n\"\"\"",
    );
    no(Rule::string, "\"not closed");
    no(Rule::string, "\"two\nlines\"");
}

#[test]
fn quantities_and_units() {
    yes(Rule::quantity, "18 years");
    yes(Rule::quantity, "15 working days");
    yes(Rule::quantity, "30 calendar days");
    yes(Rule::quantity, "10 minutes");
    no(Rule::quantity, "years 18");
}

#[test]
fn conditions_read_aloud() {
    yes(Rule::condition, "incapacitated");
    yes(Rule::condition, "not incapacitated");
    yes(Rule::condition, "age is under 18 years");
    yes(Rule::condition, "age is less than 18 years");
    yes(
        Rule::condition,
        "age is at least 14 years and age is under 18 years",
    );
    yes(
        Rule::condition,
        "status is stateless_person or incapacitated",
    );
    yes(
        Rule::condition,
        "citizenship is one of kazakhstan, moldova, ukraine",
    );
    yes(
        Rule::condition,
        "citizenship is not one of kazakhstan, moldova",
    );
    yes(Rule::condition, "permit_received is before 2019-11-01");
    yes(Rule::condition, "permit_received is on or after 2019-11-01");
    yes(Rule::condition, "status is not stateless_person");
    yes(Rule::condition, "a and (b or not c)");
    // The grammar accepts mixed and/or; the checker rejects it with R0106.
    yes(Rule::condition, "a and b or c");
    no(Rule::condition, "age < 18");
    no(Rule::condition, "a and");
}

#[test]
fn citations_go_from_article_down() {
    yes(Rule::citation, "law_115fz article 8 item 2 subitem 1");
    yes(Rule::citation, "law_115fz article 8 item 2 subitem 2 and 6");
    yes(Rule::citation, "criminal_code article 205, 205.1");
    yes(Rule::citation, "law_62fz article 41.1 part 1 and 3");
    yes(Rule::citation, "decree_746 item 15 and 16");
    no(Rule::citation, "law_115fz item 2 article 8");
}

#[test]
fn blocks_end_with_end() {
    let category = r#"category born_in_rsfsr
  clause 2.2
  text "The foreign citizen who was born in the territory of RSFSR"
  basis law_115fz article 8 item 2 subitem 1
  files issue
  applies when born_in_rsfsr and was_ussr_citizen
end"#;
    yes(Rule::category, category);
    no(Rule::category, category.trim_end_matches("end"));
    yes(
        Rule::document,
        "document photos\n  clause 26.4\n  count 4\n  count 2 when status is stateless_person\n  size 35 x 45 mm\nend",
    );
    yes(
        Rule::term,
        "term four_months\n  clause 23.1\n  lasts 4 months from application_accepted\n  for application issue\n  for category a, b\nend",
    );
    yes(
        Rule::term,
        "term none\n  clause 23\n  not stated \"item 23 is silent\"\n  for application duplicate\nend",
    );
    yes(
        Rule::example,
        "example child\n  given age 12 years\n  given status stateless_person\n  expect categories a\n  expect term 4 months\n  expect count photos 2\n  expect representative yes\nend",
    );
    yes(
        Rule::fact,
        "fact age\n  question \"How old?\"\n  answer number of years\nend",
    );
    yes(
        Rule::fact,
        "fact citizenship\n  answer one of citizenships\nend",
    );
    yes(
        Rule::calendar,
        "calendar ru\n  year 2025\n    decree \"No. 1335\"\n    non-working 2025-05-02, 2025-12-31\n    working 2025-11-01\n  end\nend",
    );
}

#[test]
fn comments_and_includes() {
    yes(
        Rule::file,
        "# a comment\ninclude \"acts.rgl\"\n# another\nact x\n  title \"X\" # trailing\nend\n",
    );
    no(
        Rule::file,
        "act x\n  title \"X\"\nend\ninclude \"late.rgl\"\n",
    );
}

#[test]
fn a_number_without_unit_does_not_take_the_next_line_as_its_unit() {
    yes(
        Rule::example,
        "example e\n  given minor 12\n  expect no categories\nend",
    );
    yes(
        Rule::document,
        "document d\n  required when entry_year is after 2020\nend",
    );
    yes(Rule::condition, "children is at least 1 and minor");
    no(Rule::quantity, "12\nexpect");
    yes(Rule::quantity, "15 working  days");
}

/// Every rule of the grammar has a `///` comment right above it, so the
/// grammar files themselves document the language.
#[test]
fn every_grammar_rule_is_documented() {
    let mut undocumented = Vec::new();
    for (path, grammar) in GRAMMAR_FILES {
        let lines: Vec<&str> = grammar.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let is_rule = line.split_once(" = ").is_some_and(|(name, _)| {
                !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            });
            if is_rule && !(i > 0 && lines[i - 1].starts_with("///")) {
                let name = line.split(" = ").next().unwrap_or("");
                undocumented.push(format!("{path}: {name}"));
            }
        }
    }
    assert!(
        undocumented.is_empty(),
        "rules without a /// comment: {undocumented:?}"
    );
}

// The lines of a `form` block: sections, fields, answers and samples.

#[test]
fn answers_of_a_field() {
    yes(Rule::field_answer, "answer text in 35 boxes");
    yes(Rule::field_answer, "answer date");
    yes(Rule::field_answer, "answer yes or no");
    yes(Rule::field_answer, "answer one of sexes");
    yes(Rule::field_answer, "answer signature and date");
    no(Rule::field_answer, "answer text in boxes");
    no(Rule::field_answer, "answer text in 35");
    no(Rule::field_answer, "answer signature");
    no(Rule::field_answer, "answer number of years");
}

#[test]
fn fill_lines_take_text_dates_yes_no_and_options() {
    yes(Rule::fill_field, "fill surname \"SAMPLE\"");
    yes(Rule::fill_field, "fill birth_date 1990-02-01");
    yes(Rule::fill_field, "fill filed_by_representative no");
    yes(Rule::fill_field, "fill sex female");
    no(Rule::fill_field, "fill birth_date 01.02.1990");
    no(Rule::fill_field, "fill surname");
    no(Rule::fill_field, "fill \"SAMPLE\"");
}

#[test]
fn a_form_with_sections_fields_and_a_sample() {
    yes(
        Rule::form,
        r#"form issue_form
  title "Application"
  appendix 1

  section applicant
    title "Information about the applicant"
    help "Without corrections (item 26.1)."
    see clause 26.1

    field surname
      label "Surname"
      answer text in 35 boxes
      required
      help "As written in the passport."
      see clause 2.16.2
      note "Why the field is there."
    end

    field by_representative
      label "Filed by the legal representative"
      answer yes or no
    end
  end

  section representative
    title "The legal representative"
    applies when by_representative
    note "Item 26.2."

    field representative_surname
      label "Surname"
      answer text in 35 boxes
    end
  end

  sample adult
    title "Invented"
    fill surname "SAMPLE"
    fill by_representative no
    note "Invented data."
  end
end"#,
    );
    no(
        Rule::form,
        "form f\n  title \"F\"\n  field surname\n    label \"Surname\"\n  end\nend",
    );
    no(
        Rule::form_field,
        "field surname\n  label \"Surname\"\n  required when age is under 18 years\nend",
    );
}

/// The language server and the tests that hold the editors and the
/// reference to the grammar read `GRAMMAR_FILES`: a `.pest` file added to
/// `grammar/` (and to the parser's `#[grammar]` attributes, or no rule of
/// it would compile) but not listed there would be missed by all of them.
#[test]
fn the_grammar_files_are_every_pest_file_of_grammar() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("grammar");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".pest"))
        .map(|name| format!("grammar/{name}"))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = GRAMMAR_FILES
        .iter()
        .map(|(path, _)| (*path).to_owned())
        .collect();
    listed.sort();
    assert_eq!(listed, on_disk);
    // And the parser's `#[grammar]` attributes name the same files, in the
    // same order (an attribute cannot read the constant).
    let parser = std::fs::read_to_string(dir.join("../src/syntax/mod.rs")).unwrap();
    let attributes: Vec<String> = parser
        .lines()
        .filter_map(|l| l.trim().strip_prefix("#[grammar = \"../"))
        .map(|l| l.trim_end_matches("\"]").to_owned())
        .collect();
    let in_order: Vec<&str> = GRAMMAR_FILES.iter().map(|(path, _)| *path).collect();
    assert_eq!(attributes, in_order);
}
