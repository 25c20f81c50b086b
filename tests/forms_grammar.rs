//! Rule-level tests of the grammar's form lines: sections, fields, answers
//! and samples accept what the language reference shows and reject near misses.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use reglament::syntax::{Rule, parses_as};

fn yes(rule: Rule, text: &str) {
    assert!(parses_as(rule, text), "{rule:?} should accept {text:?}");
}

fn no(rule: Rule, text: &str) {
    assert!(!parses_as(rule, text), "{rule:?} should reject {text:?}");
}

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
