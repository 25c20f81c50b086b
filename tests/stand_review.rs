//! Defects found when the information stand was tried as a visitor would
//! (issue 13, item 6), each checked on the bundled regulation's stand: the
//! HTML here, what only a browser shows in `tests/browser/review.mjs`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod browser_support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use reglament::backend::{Target, build_with, site};
use reglament::model::Regulation;
use reglament::output::{MemoryWriter, commit, read_tree};
use reglament::project::check_files;
use reglament::source::RealFileSystem;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn bundled() -> &'static Regulation {
    static REG: OnceLock<Regulation> = OnceLock::new();
    REG.get_or_init(|| {
        let main = root().join("regulations/residence-permit.rgl");
        let project = check_files(&RealFileSystem, &[main]).unwrap();
        assert!(!project.has_errors(), "{:?}", project.problems());
        project.regulations().next().unwrap().clone()
    })
}

fn inputs() -> site::Inputs {
    let offices = read_tree(&root().join("regulations/offices")).unwrap();
    let stands = read_tree(&root().join("regulations/stands")).unwrap();
    site::Inputs::new(site::Lang::En, &offices)
        .unwrap()
        .with_plans("regulations/stands", &stands)
        .unwrap()
}

/// The English stand of the bundled regulation, by path.
fn stand() -> &'static BTreeMap<String, Vec<u8>> {
    static OUT: OnceLock<BTreeMap<String, Vec<u8>>> = OnceLock::new();
    OUT.get_or_init(|| {
        let mut out = MemoryWriter::default();
        build_with(
            bundled(),
            &[Target::Forms, Target::Site],
            &inputs(),
            &mut out,
        )
        .unwrap();
        out.files
    })
}

/// The pages of the office's stand, by file name.
fn pages() -> BTreeMap<String, String> {
    let office = &inputs().offices[0].id;
    let prefix = format!("site/{}/{office}/", bundled().id);
    stand()
        .iter()
        .filter_map(|(path, bytes)| {
            let name = path.strip_prefix(&prefix)?;
            Some((name.to_owned(), String::from_utf8(bytes.clone()).unwrap()))
        })
        .collect()
}

/// The text of the first element with `class` (its tags removed).
fn text_of_class(html: &str, class: &str) -> Option<String> {
    let at = html.find(&format!("class=\"{class}\""))?;
    let open = at + html[at..].find('>')? + 1;
    let close = open + html[open..].find("</p>")?;
    let mut text = String::new();
    let mut in_tag = false;
    for c in html[open..close].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    Some(text)
}

#[test]
fn the_header_names_the_service_briefly_and_the_home_page_gives_the_full_title() {
    let pages = pages();
    let full = &bundled().title;
    assert!(
        full.split_whitespace().count() > 40,
        "the test needs the long title"
    );
    for (name, html) in &pages {
        let header = text_of_class(html, "service-name")
            .unwrap_or_else(|| panic!("{name}: no service name in the header"));
        let words = header.split_whitespace().count();
        assert!(
            (3..=12).contains(&words),
            "{name}: the header's name of the service has {words} words: {header}"
        );
    }
    let index = &pages["index.html"];
    assert_eq!(
        text_of_class(index, "regulation-full-title").as_deref(),
        Some(full.as_str()),
        "the home page shows the full title"
    );
}

#[test]
fn the_review_defects_are_gone_in_a_browser() {
    if browser_support::missing_tools("the stand's review in a browser", false).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    commit(&dir.path().join("out"), stand(), false).unwrap();
    let site: PathBuf = dir.path().join("out/site").join(&bundled().id);
    let config = serde_json::json!({
        "chromium": browser_support::CHROMIUM,
        "site": site,
        "office": inputs().offices[0].id,
        "artifacts": root().join("tests/artifacts/review"),
        "name": "Larger text",
        "on": "on",
        "off": "off",
    });
    let (ok, stdout, stderr) = browser_support::run_script("review.mjs", &config, dir.path());
    assert!(ok, "{stdout}{stderr}");
    assert!(stdout.contains(" 0 failed"), "{stdout}");
}

#[test]
fn item_2_6_prints_footnote_8_once_and_footnote_7_at_all() {
    let pages = pages();
    let text = &pages["regulation.html"];
    // <8> defines two phrases: one footnote, both phrases, both anchors.
    let eight = "Russian Federation Code, 2002, No. 22, Art. 2031";
    assert_eq!(text.matches(eight).count(), 1, "footnote <8> printed twice");
    for anchor in [
        "id=\"law_on_citizenship_defined\"",
        "id=\"native_speaker_of_russian_defined\"",
    ] {
        assert!(text.contains(anchor), "no {anchor}");
    }
    // <7> cites subitem 7 of item 2 of article 8 of Law 115-FZ: item
    // 2.6's legal basis, shown with the clause.
    let at = text.find("id=\"native_speaker_of_russian\"").unwrap();
    let clause = &text[at..at + text[at..].find("class=\"footnote\"").unwrap()];
    assert!(
        clause.contains("href=\"legal-acts.html#law_115fz\"") && clause.contains("subitem 7"),
        "footnote <7> of item 2.6 is missing: {clause}"
    );
}

#[test]
fn how_to_apply_follows_the_regulations_order() {
    let pages = pages();
    let index = &pages["index.html"];
    let start = index.find("id=\"procedure-h\"").unwrap();
    let section = &index[start..start + index[start..].find("</section>").unwrap()];
    let ids: Vec<&str> = section
        .match_indices("<div class=\"clause\" id=\"")
        .map(|(i, m)| {
            let rest = &section[i + m.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    assert!(ids.len() >= 3, "{ids:?}");
    let positions: Vec<usize> = ids
        .iter()
        .map(|id| {
            bundled()
                .contents
                .iter()
                .position(|c| c.id == *id)
                .unwrap_or_else(|| panic!("{id} is not in the text"))
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "\"How to apply\" is not in the regulation's order: {ids:?}"
    );
}

#[test]
fn no_clause_ends_in_a_colon_with_nothing_after_it() {
    let pages = pages();
    for (name, html) in &pages {
        // A clarified wording or a quote that ends in a colon introduces
        // a list: the list, or a link to it, must come next.
        for end in [":</p></div></div>", ":</p></blockquote>"] {
            for (at, _) in html.match_indices(end) {
                // The section of the last document the source gives ends
                // where the source is cut off, which the stand says next.
                let after = &html[at..];
                let next = [
                    "class=\"continued\"",
                    "<ul class=\"clauses\">",
                    "<ul class=\"grounds\">",
                    // The applicants' page: "Applicants are:", then the
                    // kinds of application and their categories.
                    "<nav class=\"toc\"",
                    // The documents' and terms' pages: the introduction,
                    // then each document or term.
                    "<section class=\"document\"",
                    "<section class=\"term-item\"",
                    // Where the source is cut off after the colon, the
                    // stand says so.
                    "class=\"omission\"",
                    "<div class=\"clause\"",
                    "</section>",
                    "</main>",
                ]
                .iter()
                .filter_map(|m| after.find(m).map(|i| (i, *m)))
                .min()
                .unwrap();
                let cut_off = next.1 == "</section>"
                    && after[next.0 + "</section>".len()..]
                        .trim_start()
                        .starts_with("<div class=\"omission\"");
                assert!(
                    cut_off
                        || matches!(
                            next.1,
                            "class=\"continued\""
                                | "<ul class=\"clauses\">"
                                | "<ul class=\"grounds\">"
                                | "<nav class=\"toc\""
                                | "<section class=\"document\""
                                | "<section class=\"term-item\""
                                | "class=\"omission\""
                        ),
                    "{name}: a colon with nothing after it: …{}",
                    &html[html[..at].rfind("<p").unwrap_or(0)..at + 5]
                );
            }
        }
    }
}
