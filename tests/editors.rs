//! The editor support knows the whole language: the TextMate grammar of
//! the VS Code extension highlights every keyword of the grammar (`grammar/*.pest`)
//! (its `kw_*` rules) and no word that is not one, and the language server
//! completes the same keywords.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// The word of every `kw_name = @{ "word" ... }` rule of the grammar.
fn grammar_keywords() -> BTreeSet<String> {
    reglament::syntax::GRAMMAR_FILES
        .iter()
        .flat_map(|(_, text)| text.lines())
        .filter_map(|line| {
            let (name, rest) = line.split_once('=')?;
            name.trim().starts_with("kw_").then_some(())?;
            Some(rest.split('"').nth(1)?.to_owned())
        })
        .collect()
}

/// The words of the TextMate grammar's keyword pattern: `(?:a|b|c)`.
fn textmate_keywords() -> BTreeSet<String> {
    let grammar: serde_json::Value =
        serde_json::from_str(&read("editors/vscode/syntaxes/rgl.tmLanguage.json")).unwrap();
    let pattern = grammar["repository"]["keyword"]["match"].as_str().unwrap();
    let inner = pattern
        .split("(?:")
        .nth(1)
        .unwrap()
        .split(')')
        .next()
        .unwrap();
    inner.split('|').map(|w| w.replace('\\', "")).collect()
}

#[test]
fn the_textmate_grammar_highlights_every_keyword() {
    let grammar = grammar_keywords();
    let textmate = textmate_keywords();
    assert!(grammar.len() > 100, "{grammar:?}");
    let missing: Vec<_> = grammar.difference(&textmate).collect();
    let extra: Vec<_> = textmate.difference(&grammar).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "editors/vscode/syntaxes/rgl.tmLanguage.json is out of step with the grammar: \
         missing {missing:?}, not keywords {extra:?}"
    );
}

#[test]
fn every_block_keyword_highlighted_as_a_header_is_a_keyword() {
    let grammar: serde_json::Value =
        serde_json::from_str(&read("editors/vscode/syntaxes/rgl.tmLanguage.json")).unwrap();
    let pattern = grammar["repository"]["block"]["match"].as_str().unwrap();
    let inner = pattern
        .split("\\s*(")
        .nth(1)
        .unwrap()
        .split(')')
        .next()
        .unwrap();
    let keywords = grammar_keywords();
    for word in inner.split('|') {
        assert!(keywords.contains(word), "{word} is not a keyword");
    }
}

#[test]
fn the_language_server_completes_the_grammar_keywords() {
    let served: BTreeSet<String> = reglament::lsp::keywords().values().cloned().collect();
    assert_eq!(served, grammar_keywords());
}
