//! The Russian stand (`reglament build --lang ru`): every interface word is
//! Russian, in the PDFs and on the pages, while the regulation's own words
//! stay in the regulation's language and are marked so.
//!
//! The PDFs are read back with poppler's `pdftotext`; the pages are walked
//! in Debian's Chromium by `tests/browser/russian.mjs` (see
//! `tests/site_browser.rs` for the browser set-up).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod browser_support;
mod forms_support;

use std::collections::BTreeMap;
use std::path::Path;

use forms_support::{bundled, have, pdftotext};
use reglament::backend::{Target, build_with, site};
use reglament::output::{MemoryWriter, commit, read_tree};

/// The forms target of the bundled regulation with Russian labels.
fn russian_forms() -> BTreeMap<String, Vec<u8>> {
    let inputs = site::Inputs {
        lang: site::Lang::Ru,
        ..site::Inputs::default()
    };
    let mut out = MemoryWriter::default();
    build_with(bundled(), &[Target::Forms], &inputs, &mut out).unwrap();
    out.files
}

/// The text of one PDF of the Russian build, by its path under `forms/<id>/`.
fn text_of(files: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    let key = format!("forms/{}/{name}", bundled().id);
    pdftotext(
        files
            .get(&key)
            .unwrap_or_else(|| panic!("{key} was not built")),
    )
    // pdftotext breaks lines where the layout does; words are what count.
    .split_whitespace()
    .collect::<Vec<_>>()
    .join(" ")
}

#[test]
fn the_russian_pdfs_print_russian_labels() {
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    let files = russian_forms();
    // (file, Russian labels it must show, English labels it must not)
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "issue_form.pdf",
            &[
                "Составлено по приложению № 1 к Административному регламенту",
                "не официальный бланк",
                "обязательное поле",
                "Даты — ДД.ММ.ГГГГ",
                "ДД ММ ГГГГ",
                "Приказ № 417 от 11.06.2020",
                "Примечания",
            ],
            &[
                "Modelled on appendix",
                "required field",
                "One character per box",
                "Order No.",
                // The source's own help lines say `DD.MM.YYYY`; the form's
                // legend and date boxes are the form's.
                "Dates are written DD.MM.YYYY",
                "DD MM YYYY",
                "Notes:",
            ],
        ),
        (
            "issue_form.adult_applicant.pdf",
            &["ОБРАЗЕЦ ЗАПОЛНЕНИЯ", "Заполнено вымышленными данными", "Да"],
            &["SAMPLE", "invented data to show"],
        ),
        (
            "stand/documents.pdf",
            &[
                "Перечень документов",
                "Форма: Приложение № 1 к Административному регламенту",
                "Правила заполнения:",
            ],
            &["Documents to submit", "Filling rules", "Form: Appendix"],
        ),
        (
            "stand/terms.pdf",
            &[
                "Сроки предоставления услуги",
                "Срок: 4 месяца",
                "рабочих дней",
            ],
            &[
                "Terms of the service",
                "Term: 4 months",
                "Term: 15 working days",
            ],
        ),
        (
            "stand/applicants.pdf",
            &["Круг заявителей"],
            &["Who may apply"],
        ),
        (
            "stand/poster.pdf",
            &[
                "Кто может обратиться – сколько ждать – что принести",
                "Что принести",
                "4 месяца",
            ],
            &["What to bring", "4 months", "Who may apply"],
        ),
    ];
    let mut wrong = Vec::new();
    for (file, russian, english) in cases {
        let text = text_of(&files, file);
        for label in *russian {
            if !text.contains(label) {
                wrong.push(format!("{file}: no `{label}`"));
            }
        }
        for label in *english {
            if text.contains(label) {
                wrong.push(format!("{file}: English `{label}`"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_russian_pdfs_keep_the_regulations_words_as_the_source_gives_them() {
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    let files = russian_forms();
    // The bundled order is an English translation: its titles and quoted
    // clauses are printed in English, never translated by the build.
    let form = text_of(&files, "issue_form.pdf");
    assert!(
        form.contains("Application form about issue of the residence permit"),
        "{form}"
    );
    let sheet = text_of(&files, "stand/documents.pdf");
    assert!(
        sheet.contains("The text executed by hand shall be legible."),
        "{sheet}"
    );
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_russian_stand_shows_no_latin_interface_word_in_a_browser() {
    if browser_support::missing_tools("the Russian stand in a browser", false).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let offices = read_tree(&root().join("regulations/offices")).unwrap();
    let stands = read_tree(&root().join("regulations/stands")).unwrap();
    let inputs = site::Inputs::new(site::Lang::Ru, &offices)
        .unwrap()
        .with_plans("regulations/stands", &stands)
        .unwrap();
    let mut out = MemoryWriter::default();
    build_with(bundled(), &[Target::Forms, Target::Site], &inputs, &mut out).unwrap();
    commit(&dir.path().join("out"), &out.files, false).unwrap();
    let site = dir.path().join("out/site").join(&bundled().id);
    let office = inputs.offices.first().map(|o| o.id.clone()).unwrap();
    let config = serde_json::json!({
        "chromium": browser_support::CHROMIUM,
        "site": site,
        "office": office,
        "artifacts": root().join("tests/artifacts/russian"),
    });
    let (ok, stdout, stderr) = browser_support::run_script("russian.mjs", &config, dir.path());
    assert!(ok, "{stdout}{stderr}");
    assert!(stdout.contains(" 0 failed"), "{stdout}");
}

/// The pages of the site of the synthetic regulation with translations
/// (`tests/fixtures/translated/`), built in `lang`, by path.
fn translated_site(lang: site::Lang) -> BTreeMap<String, String> {
    let main = root().join("tests/fixtures/translated/translated.rgl");
    let project =
        reglament::project::check_files(&reglament::source::RealFileSystem, &[main]).unwrap();
    assert!(!project.has_errors(), "{:?}", project.problems());
    let reg = project.regulations().next().unwrap().clone();
    let inputs = site::Inputs {
        lang,
        ..site::Inputs::default()
    };
    let mut out = MemoryWriter::default();
    build_with(&reg, &[Target::Site], &inputs, &mut out).unwrap();
    out.files
        .into_iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .map(|(path, bytes)| (path, String::from_utf8(bytes).unwrap()))
        .collect()
}

fn page<'a>(pages: &'a BTreeMap<String, String>, name: &str) -> &'a str {
    pages
        .iter()
        .find(|(path, _)| path.ends_with(&format!("/{name}")))
        .map(|(_, html)| html.as_str())
        .unwrap_or_else(|| panic!("no {name} among {:?}", pages.keys()))
}

#[test]
fn a_translation_the_source_gives_is_shown_on_the_russian_stand_as_russian() {
    let ru = translated_site(site::Lang::Ru);
    let check = page(&ru, "self-check.html");
    // Translated: shown in the page's language, with no lang="en" on it.
    for shown in [
        "<span>Сколько вам полных лет?</span>",
        "<span>житель области</span>",
        "<p class=\"service-name\">Регламент о выдаче вымышленного разрешения</p>",
    ] {
        assert!(check.contains(shown), "no `{shown}` in\n{check}");
    }
    // A category's plain name given in Russian too, on the applicants'
    // page and in the self-check's answer.
    let named = "<span class=\"name\">Совершеннолетние студенты очной формы</span>";
    assert!(check.contains(named), "{check}");
    assert!(page(&ru, "applicants.html").contains(named));
    // Not translated: the source's words, marked as English.
    assert!(
        check.contains("<span lang=\"en\">Are you a full-time student?</span>"),
        "{check}"
    );
    assert!(
        check.contains("<span lang=\"en\">issue of a permit</span>"),
        "{check}"
    );
    assert!(
        !check.contains("How old are you, in full years?"),
        "{check}"
    );
    // The conditions in words quote the translated question and status.
    let documents = page(&ru, "documents.html");
    assert!(
        documents.contains("<q>Сколько вам полных лет?</q>"),
        "{documents}"
    );
    assert!(documents.contains("житель области"), "{documents}");

    // An English stand shows the source's own words.
    let en = translated_site(site::Lang::En);
    let check = page(&en, "self-check.html");
    assert!(check.contains("How old are you, in full years?"), "{check}");
    assert!(!check.contains("Сколько"), "{check}");
}

#[test]
fn a_question_for_a_representative_and_translated_options_and_titles_are_shown() {
    let ru = translated_site(site::Lang::Ru);
    let check = page(&ru, "self-check.html");
    // The wording for one who answers for the applicant, in Russian, shown
    // by the flow in place of the applicant's own.
    for shown in [
        "<span data-for-self><span>Сколько вам полных лет?</span></span>",
        "<span data-for-other hidden><span>Сколько полных лет человеку, которого вы представляете?</span></span>",
        // An option the source gives in Russian is the page's own word;
        // one it does not is marked as English.
        "<option value=\"full_time\">очная</option>",
        "<option value=\"part_time\" lang=\"en\">part-time</option>",
        // A document's title, in the script's data for the checklist.
        "\"name\":\"Студенческий билет\",\"translated\":true",
        // A form's title, in the data for the links to its PDFs.
        "\"title\":\"Заявление о выдаче вымышленного разрешения\",\"translated\":true",
    ] {
        assert!(check.contains(shown), "no `{shown}` in\n{check}");
    }
    // A fact without a wording for a representative keeps the lead-in.
    assert!(
        check.contains(
            "<span class=\"about-other\" data-about-other hidden>О человеке, для которого заявление: </span><span lang=\"en\">Are you a full-time student?</span>"
        ),
        "{check}"
    );
    let forms = page(&ru, "forms.html");
    assert!(
        forms.contains("<span>Заявление о выдаче вымышленного разрешения</span>"),
        "{forms}"
    );
    // The conditions in words name the option in Russian.
    let documents = page(&ru, "documents.html");
    assert!(documents.contains("— очная"), "{documents}");

    let en = translated_site(site::Lang::En);
    let check = page(&en, "self-check.html");
    assert!(
        check.contains("<span data-for-other hidden><span lang=\"en\">How old is the person you represent, in full years?</span></span>"),
        "{check}"
    );
    assert!(
        check.contains("<option value=\"full_time\" lang=\"en\">full-time</option>"),
        "{check}"
    );
}

#[test]
fn the_russian_pdfs_use_the_translations_the_source_gives() {
    if !have("pdftotext", "poppler-utils") {
        return;
    }
    let main = root().join("tests/fixtures/translated/translated.rgl");
    let project =
        reglament::project::check_files(&reglament::source::RealFileSystem, &[main]).unwrap();
    let reg = project.regulations().next().unwrap().clone();
    let inputs = site::Inputs {
        lang: site::Lang::Ru,
        ..site::Inputs::default()
    };
    let mut out = MemoryWriter::default();
    build_with(&reg, &[Target::Forms], &inputs, &mut out).unwrap();
    let text = |name: &str| {
        pdftotext(&out.files[&format!("forms/translated/{name}")])
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let form = text("permit_form.pdf");
    for shown in [
        "Заявление о выдаче вымышленного разрешения",
        "очная",
        "part-time",
    ] {
        assert!(form.contains(shown), "no `{shown}` in {form}");
    }
    assert!(
        !form.contains("Application for the invented permit"),
        "{form}"
    );
    let poster = text("stand/poster.pdf");
    assert!(
        poster.contains("Совершеннолетние студенты очной формы"),
        "{poster}"
    );
    assert!(!poster.contains("Adult full-time students"), "{poster}");
}

#[test]
fn every_question_of_order_417_is_worded_for_a_representative_and_given_in_russian() {
    let reg = bundled();
    let ru = |id: &str, line: &str| reg.translated(id, line, "ru").is_some();
    for f in &reg.facts {
        assert!(
            f.representative_question.is_some(),
            "fact `{}` has no `question for representative`: a parent answering for a child would read \"{}\"",
            f.id,
            f.question
        );
        assert!(
            ru(&f.id, "question"),
            "fact `{}` has no `question ru`",
            f.id
        );
        assert!(
            ru(&f.id, "question for representative"),
            "fact `{}` has no `question for representative ru`",
            f.id
        );
        if let reglament::model::FactType::Choice { choice } = &f.answer {
            for o in reg.options(choice) {
                assert!(
                    ru(choice, &format!("option {o}")),
                    "option `{o}` of `{choice}` has no Russian words"
                );
            }
        }
    }
}
