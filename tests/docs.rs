//! Keeps `docs/language.md` true.
//!
//! Fenced code blocks whose info string starts with `rgl` are examples of
//! the language. The words after `rgl`, separated by commas, say more:
//!
//! - ```` ```rgl ```` : a fragment (one or more whole blocks); it must parse
//!   without any problem.
//! - ```` ```rgl,check ```` : a complete regulation; it must check without
//!   errors, and its own examples must pass.
//! - ```` ```rgl,error ```` : a mistake; it must give at least one problem.
//!   Codes named after it (```` ```rgl,error,R0302 ````) must each be among
//!   the problems of checking the block as a file and running its examples.
//! - `file=NAME` : the block is the file NAME, which `rgl,check` blocks may
//!   `include`.
//!
//! Besides: the first `rgl` block is a complete, checked example; together
//! the examples show every construct of the grammar; the list of reserved
//! words is the grammar's; and the table of problem codes lists exactly the
//! codes the tool has, with their severity and summary.

// clippy.toml allows `panic` inside `#[test]` functions only; the helpers
// below fail the test the same way.
#![allow(clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use pest::Parser as _;
use pest::iterators::Pair;
use reglament::diagnostics::{Code, Problem, Severity};
use reglament::interpret::run_examples;
use reglament::project::check_files;
use reglament::source::MemoryFileSystem;
use reglament::syntax::{RglParser, Rule, parse};

/// A fenced `rgl` block of the document.
#[derive(Debug)]
struct Example {
    /// 1-based line of the opening fence.
    line: usize,
    /// The text between the fences.
    text: String,
    /// `rgl,check`.
    check: bool,
    /// `rgl,error`.
    error: bool,
    /// Codes named after `error`.
    codes: Vec<String>,
    /// `file=NAME`.
    file: Option<String>,
}

impl Example {
    fn name(&self) -> String {
        self.file
            .clone()
            .unwrap_or_else(|| format!("docs-line-{}.rgl", self.line))
    }
}

fn document() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/language.md");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every fenced block whose info string starts with `rgl`.
fn examples(doc: &str) -> Vec<Example> {
    let mut out = Vec::new();
    let mut lines = doc.lines().enumerate();
    while let Some((n, line)) = lines.next() {
        let trimmed = line.trim_start();
        let Some(info) = trimmed.strip_prefix("```") else {
            continue;
        };
        let indent = line.len() - trimmed.len();
        let mut body = Vec::new();
        for (_, inner) in lines.by_ref() {
            if inner.trim_start().starts_with("```") {
                break;
            }
            body.push(inner.get(indent..).unwrap_or(inner.trim_start()));
        }
        let mut words = info
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|w| !w.is_empty());
        if words.next() != Some("rgl") {
            continue;
        }
        let mut example = Example {
            line: n + 1,
            text: body.join("\n") + "\n",
            check: false,
            error: false,
            codes: Vec::new(),
            file: None,
        };
        for word in words {
            match word {
                "check" => example.check = true,
                "error" => example.error = true,
                w if w.starts_with('R') && w.len() == 5 => example.codes.push(w.to_owned()),
                w => match w.strip_prefix("file=") {
                    Some(name) => example.file = Some(name.to_owned()),
                    None => panic!("line {}: unknown word `{w}` after ```rgl", n + 1),
                },
            }
        }
        assert!(
            !(example.check && example.error),
            "line {}: a block cannot be both `check` and `error`",
            n + 1
        );
        assert!(
            example.codes.is_empty() || example.error,
            "line {}: codes are named only after `error`",
            n + 1
        );
        out.push(example);
    }
    out
}

/// Every `file=` block, for `include`s.
fn file_system(all: &[Example]) -> MemoryFileSystem {
    let mut fs = MemoryFileSystem::new();
    for e in all.iter().filter(|e| e.file.is_some()) {
        fs.insert(e.name(), e.text.clone());
    }
    fs
}

/// Checks `example` as a file (with the document's other `file=` blocks
/// available to include) and runs its examples, as `reglament test` does.
fn check_and_test(example: &Example, all: &[Example]) -> Vec<Problem> {
    let mut fs = file_system(all);
    fs.insert(example.name(), example.text.clone());
    let project = check_files(&fs, &[PathBuf::from(example.name())])
        .unwrap_or_else(|(path, e)| panic!("{}: {e}", path.display()));
    let mut problems = project.problems();
    for reg in project.regulations() {
        for outcome in run_examples(reg) {
            problems.extend(outcome.failures);
        }
    }
    problems
}

fn describe(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  {} {}", p.code, p.message))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_rgl_block_parses() {
    let doc = document();
    let all = examples(&doc);
    assert!(all.len() > 20, "the document should have many examples");
    let mut failures = Vec::new();
    for e in all.iter().filter(|e| !e.error) {
        let (tree, problems) = parse(&e.text, 0);
        if tree.is_none() || !problems.is_empty() {
            failures.push(format!(
                "line {}: the example does not parse:\n{}",
                e.line,
                describe(&problems)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_mistake_gives_a_problem_and_the_codes_it_names() {
    let doc = document();
    let all = examples(&doc);
    let mistakes: Vec<&Example> = all.iter().filter(|e| e.error).collect();
    assert!(!mistakes.is_empty(), "the document should show mistakes");
    let mut failures = Vec::new();
    for e in mistakes {
        let (_, parse_problems) = parse(&e.text, 0);
        let problems = check_and_test(e, &all);
        if e.codes.is_empty() {
            if parse_problems.is_empty() {
                failures.push(format!(
                    "line {}: an `rgl,error` block without codes must fail to parse",
                    e.line
                ));
            }
            continue;
        }
        let found: BTreeSet<&str> = problems.iter().map(|p| p.code.as_str()).collect();
        for code in &e.codes {
            if !found.contains(code.as_str()) {
                failures.push(format!(
                    "line {}: expected {code}, got:\n{}",
                    e.line,
                    describe(&problems)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn complete_examples_check_and_their_examples_pass() {
    let doc = document();
    let all = examples(&doc);
    let first = all.first().expect("the document has rgl examples");
    assert!(
        first.check,
        "line {}: the first example must be a complete regulation marked ```rgl,check",
        first.line
    );
    let mut failures = Vec::new();
    for e in all.iter().filter(|e| e.check) {
        let problems = check_and_test(e, &all);
        let errors: Vec<Problem> = problems.into_iter().filter(Problem::is_error).collect();
        if !errors.is_empty() {
            failures.push(format!(
                "line {}: the complete example has errors:\n{}",
                e.line,
                describe(&errors)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_first_example_has_no_warnings_either() {
    let doc = document();
    let all = examples(&doc);
    let first = all.first().expect("the document has rgl examples");
    let problems = check_and_test(first, &all);
    assert!(
        problems.is_empty(),
        "line {}: the first example should be clean:\n{}",
        first.line,
        describe(&problems)
    );
}

/// Rules that never show up as a node of their own: silent rules (`_{}`),
/// lookahead-only rules, parts of atomic rules and the end of input.
const NOT_SHOWN: &[&str] = &[
    "WHITESPACE",
    "clause_step",
    "COMMENT",
    "EOI",
    "block",
    "id_char",
    "reserved",
    "short_char",
    "operand",
    "value",
    "compared_value",
    "regulation_field",
    "act_field",
    "answer_type",
    "category_field",
    "representative_field",
    "term_field",
    "document_field",
    "example_field",
    "expectation",
    "amendment_field",
    "time_field",
    "version_line",
    "byte_order_mark",
];

fn collect(pair: Pair<'_, Rule>, seen: &mut BTreeSet<String>) {
    seen.insert(format!("{:?}", pair.as_rule()));
    for inner in pair.into_inner() {
        collect(inner, seen);
    }
}

#[test]
fn the_examples_show_every_construct_of_the_grammar() {
    let doc = document();
    let mut seen = BTreeSet::new();
    for e in examples(&doc).iter().filter(|e| !e.error) {
        if let Ok(pairs) = RglParser::parse(Rule::file, &e.text) {
            for pair in pairs {
                collect(pair, &mut seen);
            }
        }
    }
    let missing: Vec<String> = Rule::all_rules()
        .iter()
        .map(|r| format!("{r:?}"))
        .filter(|r| !seen.contains(r) && !NOT_SHOWN.contains(&r.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "no example in docs/language.md shows these grammar rules: {}",
        missing.join(", ")
    );
}

/// The words between backticks in `text`.
fn quoted_words(text: &str, quote: char) -> BTreeSet<String> {
    text.split(quote)
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_reserved_words_are_the_grammars() {
    let doc = document();
    let section = doc
        .split_once("### 2.11 Reserved words")
        .and_then(|(_, rest)| rest.split_once("An id may *contain* them"))
        .map(|(list, _)| list)
        .unwrap_or_else(|| panic!("docs/language.md has no list of reserved words in 2.11"));
    let listed = quoted_words(section, '`');
    let grammar: String = reglament::syntax::GRAMMAR_FILES
        .iter()
        .map(|(_, text)| *text)
        .collect();
    let rule = grammar
        .split_once("\nreserved = @{")
        .and_then(|(_, rest)| rest.split_once("\n}"))
        .map(|(body, _)| body)
        .unwrap_or_else(|| panic!("the grammar has no `reserved` rule"));
    let reserved = quoted_words(rule, '"');
    assert_eq!(
        listed, reserved,
        "the reserved words of docs/language.md (left) differ from the grammar's (right)"
    );
}

/// The rows of the table of problem codes: code, severity, summary.
fn code_table(doc: &str) -> BTreeMap<String, (String, String)> {
    let mut rows = BTreeMap::new();
    for line in doc.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        // "| R0101 | error | summary | cause |" splits into 6 cells.
        let [_, code, severity, summary, _, _] = cells.as_slice() else {
            continue;
        };
        let is_code = code.len() == 5
            && code.starts_with('R')
            && code[1..].chars().all(|c| c.is_ascii_digit());
        if !is_code {
            continue;
        }
        let before = rows.insert(
            (*code).to_owned(),
            ((*severity).to_owned(), (*summary).to_owned()),
        );
        assert!(before.is_none(), "{code} is listed twice in the table");
    }
    rows
}

#[test]
fn the_table_of_codes_lists_exactly_the_codes_of_the_tool() {
    let doc = document();
    let table = code_table(&doc);
    let listed: BTreeSet<&str> = table.keys().map(String::as_str).collect();
    let actual: BTreeSet<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    let missing: Vec<&&str> = actual.difference(&listed).collect();
    let extra: Vec<&&str> = listed.difference(&actual).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "docs/language.md lists codes the tool does not have: {extra:?}; and misses: {missing:?}"
    );
    let mut wrong = Vec::new();
    for code in Code::ALL {
        let (severity, summary) = &table[code.as_str()];
        let expected_severity = match code.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if severity != expected_severity {
            wrong.push(format!(
                "{code}: severity is {expected_severity}, the table says {severity}"
            ));
        }
        if summary != code.summary() {
            wrong.push(format!(
                "{code}: summary is \"{}\", the table says \"{summary}\"",
                code.summary()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The words a line of the reference's block tables starts with: the
/// keywords of its first code span (`see clause <numbers>` gives `see
/// clause`). A cell listing several lines (`` `clause`, `heading` ``) gives
/// each; `` `copies <n>` or `copies <n> when ...` `` is one line.
fn table_line_keywords(cell: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, part) in cell.split(", `").enumerate() {
        let part = if i == 0 { part } else { &format!("`{part}") };
        let Some(code) = part.split('`').nth(1) else {
            continue;
        };
        let words: Vec<&str> = code
            .split_whitespace()
            .take_while(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
            .collect();
        out.push(words.join(" "));
    }
    out
}

/// The lines of each block as the reference's tables in section 3 list
/// them: a table with the columns "Line | | Meaning" belongs to the next
/// block named (in backquotes) by the headings above it.
fn block_tables(doc: &str) -> BTreeMap<String, Vec<String>> {
    let section = doc
        .split("\n## 3. ")
        .nth(1)
        .and_then(|s| s.split("\n## 4. ").next())
        .unwrap_or_else(|| panic!("docs/language.md has no section 3"));
    let mut tables = BTreeMap::new();
    let mut named: Vec<String> = Vec::new();
    let mut current: Option<String> = None;
    for line in section.lines() {
        if line.starts_with("### ") || line.starts_with("#### ") {
            named = line
                .split('`')
                .skip(1)
                .step_by(2)
                .filter(|w| !w.contains(' '))
                .map(str::to_owned)
                .collect();
            current = None;
        } else if line.starts_with("| Line | | Meaning |") {
            current = (!named.is_empty()).then(|| named.remove(0));
        } else if let Some(block) = &current {
            if let Some(cell) = line.strip_prefix("| `").map(|_| &line[2..]) {
                let cell = cell.split(" | ").next().unwrap_or("");
                tables
                    .entry(block.clone())
                    .or_insert_with(Vec::new)
                    .extend(table_line_keywords(cell));
            } else if !line.starts_with("|---") {
                current = None;
            }
        }
    }
    tables
}

#[test]
fn fmt_orders_every_blocks_lines_as_the_reference_lists_them() {
    use reglament::syntax::ast::BlockKind;
    use reglament::syntax::lines::lines;
    let tables = block_tables(&document());
    let mut compared = 0;
    for &kind in BlockKind::all() {
        if kind == BlockKind::Dormant {
            continue;
        }
        let keyword = kind.keyword();
        let Some(table) = tables.get(keyword) else {
            panic!("docs/language.md section 3 has no table of the lines of `{keyword}`");
        };
        let ours: Vec<String> = lines(kind).iter().map(|s| (*s).to_owned()).collect();
        assert_eq!(
            table, &ours,
            "the lines of `{keyword}`: the reference's table (left) and the order `reglament fmt` writes (right) differ"
        );
        compared += 1;
    }
    assert!(compared > 25, "only {compared} tables compared");
}
