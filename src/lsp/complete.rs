//! Completion, driven by the grammar: the text before the cursor is parsed
//! with a character no rule accepts put at the cursor, and pest's list of
//! what it expected there gives the keywords valid at that point. A new
//! line or block in the grammar completes without a change here. Where the
//! grammar expects an id, the keyword before it says which kind of block
//! the id names.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::OnceLock;

use lsp_types::{CompletionItem, CompletionItemKind};
use pest::Parser as _;

use super::world::World;
use crate::format::is_keyword;
use crate::syntax::{GRAMMAR_FILES, RglParser, Rule};

/// Every keyword rule of the grammar with its word: `kw_non_working` is
/// `non-working`.
pub fn keywords() -> &'static BTreeMap<String, String> {
    static KEYWORDS: OnceLock<BTreeMap<String, String>> = OnceLock::new();
    KEYWORDS.get_or_init(|| {
        GRAMMAR_FILES
            .iter()
            .flat_map(|(_, text)| text.lines())
            .filter_map(|line| {
                let (name, rest) = line.split_once('=')?;
                let name = name.trim();
                if !name.starts_with("kw_") {
                    return None;
                }
                let word = rest.split('"').nth(1)?;
                Some((name.to_owned(), word.to_owned()))
            })
            .collect()
    })
}

/// The rules pest expected at byte `at` of `text`.
fn expected_at(text: &str, at: usize) -> Vec<Rule> {
    let Some(before) = text.get(..at) else {
        return Vec::new();
    };
    let probe = |start: usize| -> Option<Vec<Rule>> {
        let mut s = before.get(start..)?.to_owned();
        s.push('\u{1}');
        match RglParser::parse(Rule::file, &s) {
            Ok(_) => None,
            Err(e) => {
                let pos = match e.location {
                    pest::error::InputLocation::Pos(p) => p,
                    pest::error::InputLocation::Span((p, _)) => p,
                };
                if pos + start < at {
                    return None;
                }
                match e.variant {
                    pest::error::ErrorVariant::ParsingError { positives, .. } => Some(positives),
                    pest::error::ErrorVariant::CustomError { .. } => None,
                }
            }
        }
    };
    // Parse from the start of the top-level block around the cursor: a
    // keystroke in a long file then parses one block, not the whole file,
    // and something broken in an earlier block does not matter.
    let mut search = before;
    while let Some(i) = search.rfind('\n') {
        let line = before.get(i + 1..).unwrap_or("");
        let starts_block =
            line.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && !line.starts_with("end");
        if starts_block {
            if let Some(rules) = probe(i + 1) {
                return rules;
            }
            break;
        }
        search = before.get(..i).unwrap_or("");
    }
    let rules = probe(0).unwrap_or_default();
    // At the very start pest names only the whole file: ask what may
    // follow an `include` instead, which is everything a file may start with.
    if rules.contains(&Rule::file) {
        let mut s = String::from("include \"x\"\n");
        s.push('\u{1}');
        if let Err(e) = RglParser::parse(Rule::file, &s)
            && let pest::error::ErrorVariant::ParsingError { positives, .. } = e.variant
        {
            return positives;
        }
    }
    rules
}

/// Rules after which the grammar wants an id.
fn wants_id(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::id
            | Rule::id_list
            | Rule::option_name
            | Rule::fact_name
            | Rule::citation
            | Rule::comparison
            | Rule::condition
            | Rule::value_or_list
            | Rule::fill_value
    )
}

/// Completions at byte `offset` of a file.
pub fn complete(world: &World, path: &Path, offset: usize) -> Vec<CompletionItem> {
    let Some(text) = world.text(path) else {
        return Vec::new();
    };
    let offset = offset.min(text.len());
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    let start = text
        .get(..offset)
        .and_then(|t| t.rfind(|c: char| !is_word(c)))
        .map_or(0, |i| i + 1);
    let expected = expected_at(text, start);
    let mut items = Vec::new();
    let mut seen = BTreeSet::new();
    for rule in &expected {
        let words: Vec<String> = if is_keyword(*rule) {
            keywords()
                .get(&format!("{rule:?}"))
                .cloned()
                .into_iter()
                .collect()
        } else {
            // Words the grammar writes inside these rules rather than as keyword rules.
            match rule {
                Rule::logic_op => vec!["and".to_owned(), "or".to_owned()],
                Rule::comparator => vec!["is".to_owned()],
                Rule::yes_no => vec!["yes".to_owned(), "no".to_owned()],
                _ => Vec::new(),
            }
        };
        for word in words {
            if seen.insert(word.clone()) {
                items.push(CompletionItem {
                    label: word,
                    kind: Some(CompletionItemKind::KEYWORD),
                    ..CompletionItem::default()
                });
            }
        }
    }
    if expected.iter().any(|r| wants_id(*r)) {
        let line_start = text
            .get(..start)
            .and_then(|t| t.rfind('\n'))
            .map_or(0, |i| i + 1);
        let line = text.get(line_start..start).unwrap_or("");
        for (name, detail) in ids_for(world, line) {
            if seen.insert(name.clone()) {
                items.push(CompletionItem {
                    label: name,
                    kind: Some(CompletionItemKind::REFERENCE),
                    detail: Some(detail),
                    ..CompletionItem::default()
                });
            }
        }
    }
    items
}

/// The ids a line written up to the cursor can take next, with what each is.
fn ids_for(world: &World, line: &str) -> Vec<(String, String)> {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .collect();
    let keyword_words: BTreeSet<&str> = keywords().values().map(String::as_str).collect();
    let Some(pos) = words.iter().rposition(|w| keyword_words.contains(w)) else {
        return Vec::new();
    };
    let keyword = words[pos];
    let block_keywords: BTreeSet<String> = world
        .indexed
        .values()
        .flat_map(|f| f.index.blocks.iter().map(|b| b.keyword.clone()))
        .collect();
    let first = words.first().copied().unwrap_or("");
    let before = |i: usize, back: usize| -> &str {
        i.checked_sub(back)
            .and_then(|j| words.get(j))
            .copied()
            .unwrap_or("")
    };
    let kinds: Vec<&str> = match keyword {
        "is" => return options_of(world, before(pos, 1)),
        "not" if before(pos, 1) == "is" => return options_of(world, before(pos, 2)),
        "of" if first != "answer" => {
            let fact = words
                .iter()
                .take(pos)
                .rposition(|w| *w == "is")
                .and_then(|i| i.checked_sub(1))
                .and_then(|i| words.get(i))
                .copied()
                .unwrap_or("");
            return options_of(world, fact);
        }
        "of" => vec!["choice"],
        "from" => vec!["event"],
        "basis" => vec!["act"],
        "files" => vec!["application"],
        "gives" => vec!["result"],
        "on" => vec!["channel"],
        "fill" => vec!["field"],
        "as" | "documents" | "copies" | "count" => vec!["document"],
        "categories" => vec!["category", "branch"],
        "category" => vec!["category", "branch", "group"],
        "service" | "provider" => vec!["provision"],
        "given" | "when" | "and" | "or" | "not" => vec!["fact"],
        k if block_keywords.contains(k) => vec![k],
        _ => return Vec::new(),
    };
    let mut out = Vec::new();
    for f in world.indexed.values() {
        for b in f
            .index
            .blocks
            .iter()
            .filter(|b| kinds.contains(&b.keyword.as_str()))
        {
            out.push((b.name.clone(), b.keyword.clone()));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The values a fact can be compared with: the options of its choice, or
/// the statuses, applications or categories for the built-in names.
fn options_of(world: &World, fact: &str) -> Vec<(String, String)> {
    let blocks = || world.indexed.values().flat_map(|f| f.index.blocks.iter());
    // `category is ...`: the category applied under, named as a `for
    // category` line names it.
    if fact == "category" {
        let mut out: Vec<(String, String)> = blocks()
            .filter(|b| matches!(b.keyword.as_str(), "category" | "branch" | "group"))
            .map(|b| (b.name.clone(), b.keyword.clone()))
            .collect();
        out.sort();
        out.dedup();
        return out;
    }
    if fact == "status" || fact == "application" {
        return blocks()
            .filter(|b| b.keyword == fact)
            .map(|b| (b.name.clone(), b.keyword.clone()))
            .collect();
    }
    let choice = blocks()
        .filter(|b| b.keyword == "fact" && b.name == fact)
        .flat_map(|b| b.lines.iter())
        .find_map(|l| l.words.strip_prefix("answer one of ").map(str::to_owned));
    let Some(choice) = choice else {
        return Vec::new();
    };
    blocks()
        .filter(|b| b.keyword == "choice" && b.name == choice)
        .flat_map(|b| b.lines.iter())
        .filter(|l| l.keyword == "option")
        .filter_map(|l| {
            let name = l.words.split(' ').nth(1)?;
            Some((
                name.to_owned(),
                format!("option of {choice}: {}", l.string.as_deref().unwrap_or("")),
            ))
        })
        .collect()
}
