//! What the fuzzer feeds the checker: mutations of real sources, and
//! regulations generated from the language's constructs, with texts full
//! of characters that are hard to keep.

use proptest::prelude::*;

/// Characters that are hard to keep, and plain ones.
pub(crate) fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => proptest::char::range('a', 'z'),
        1 => Just('"'),
        1 => Just('\\'),
        1 => Just('#'),
        1 => Just('('),
        1 => Just(')'),
        1 => Just('\n'),
        1 => Just('\t'),
        1 => Just('\u{a0}'),
        1 => Just('\u{1}'),
        1 => Just('\r'),
        1 => Just('\u{202E}'),
        1 => Just('\u{2067}'),
        1 => Just('\u{200D}'),
        1 => Just('\u{ad}'),
        1 => Just('\u{feff}'),
        1 => Just('Ж'),
        1 => Just('漢'),
        1 => Just('\u{1F468}'),
        1 => Just('\u{301}'),
        1 => Just('\u{3000}'),
        1 => any::<char>(),
    ]
}

pub(crate) const KEYWORDS: &[&str] = &[
    "end",
    "applies when ",
    "category ",
    "text \"\"\"",
    "\"\"\"",
    "clause 2.1(1).3",
    "see clause order 9",
    "lasts 4 months from accepted",
    "not stated \"\"",
    "for category ",
    "is one of ",
    "include \"acts.rgl\"",
    "regulation again",
    "fill surname \"\"",
    "answer one of ",
    "expect deadline 2031-02-30",
    "given age 99999999999 years",
    "and not (",
    "branch x\n",
    "# bidi: deliberate",
];

/// One edit of a source file.
#[derive(Clone, Debug)]
pub(crate) enum Mutation {
    Delete(usize),
    Duplicate(usize),
    Swap(usize, usize),
    Flip(usize, char),
    Keyword(usize, usize),
    Nesting(usize, usize, bool),
    Cut(usize),
}

pub(crate) fn mutation() -> impl Strategy<Value = Mutation> {
    let at = any::<usize>();
    prop_oneof![
        3 => at.prop_map(Mutation::Delete),
        2 => at.prop_map(Mutation::Duplicate),
        2 => (at, any::<usize>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
        4 => (at, tricky_char()).prop_map(|(a, c)| Mutation::Flip(a, c)),
        3 => (at, 0..KEYWORDS.len()).prop_map(|(a, k)| Mutation::Keyword(a, k)),
        1 => (at, 1usize..MAX_DEPTH, any::<bool>()).prop_map(|(a, d, b)| Mutation::Nesting(a, d, b)),
        1 => at.prop_map(Mutation::Cut),
    ]
}

/// How deep the inserted nesting goes. Deeper conditions overflow the
/// parser's stack today (issue 10, part A, being fixed elsewhere).
pub(crate) const MAX_DEPTH: usize = 40;

pub(crate) fn apply(text: &str, m: &Mutation) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let n = lines.len().max(1);
    match m {
        Mutation::Delete(i) => {
            if !lines.is_empty() {
                lines.remove(i % n);
            }
        }
        Mutation::Duplicate(i) => {
            if let Some(l) = lines.get(i % n).cloned() {
                lines.insert(i % n, l);
            }
        }
        Mutation::Swap(a, b) => {
            if !lines.is_empty() {
                lines.swap(a % n, b % n);
            }
        }
        Mutation::Flip(at, c) => {
            let chars: Vec<char> = text.chars().collect();
            let mut chars = chars;
            if !chars.is_empty() {
                let i = at % chars.len();
                chars[i] = *c;
            }
            return chars.into_iter().collect();
        }
        Mutation::Keyword(i, k) => lines.insert(i % n, format!("  {}", KEYWORDS[*k])),
        Mutation::Nesting(i, depth, brackets) => {
            let line = if *brackets {
                format!(
                    "  applies when {}age is at least 18 years{}",
                    "(".repeat(*depth),
                    ")".repeat(*depth)
                )
            } else {
                format!("  applies when {}incapacitated", "not ".repeat(*depth))
            };
            lines.insert(i % n, line);
        }
        Mutation::Cut(at) => {
            let cut = text
                .char_indices()
                .map(|(i, _)| i)
                .nth(at % text.chars().count().max(1))
                .unwrap_or(0);
            return text[..cut].to_owned();
        }
    }
    lines.join("\n") + "\n"
}

/// Ids the generator uses, few so that references sometimes resolve.
pub(crate) const IDS: &[&str] = &[
    "adult", "minor", "age", "kind", "issue", "citizen", "law", "doc", "form_a", "x",
];

pub(crate) fn id() -> impl Strategy<Value = String> {
    prop_oneof![
        9 => proptest::sample::select(IDS).prop_map(str::to_owned),
        1 => "[a-z][a-z0-9_]{0,12}",
    ]
}

pub(crate) fn text_body() -> impl Strategy<Value = String> {
    proptest::collection::vec(tricky_char(), 0..40)
        .prop_map(|cs| cs.into_iter().collect::<String>())
}

pub(crate) fn text_literal() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => text_body().prop_map(|b| format!("\"{}\"", b.replace(['"', '\\', '\n'], ""))),
        1 => (text_body(), proptest::collection::vec(0usize..6, 1..4)).prop_map(|(b, indents)| {
            let lines: Vec<String> = b
                .split('\n')
                .zip(indents.iter().cycle())
                .map(|(l, n)| format!("{}{}", " ".repeat(*n), l.replace('"', "")))
                .collect();
            format!("\"\"\"\n{}\n    \"\"\"", lines.join("\n"))
        }),
    ]
}

pub(crate) fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("yes".to_owned()),
        Just("no".to_owned()),
        (0u64..5_000_000_000).prop_map(|n| n.to_string()),
        (
            0u32..40,
            proptest::sample::select(&["years", "months", "days", "working days", "times"][..])
        )
            .prop_map(|(n, u)| format!("{n} {u}")),
        (1990u32..2040, 0u32..14, 0u32..33).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
        id(),
    ]
}

pub(crate) fn condition() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        id(),
        (
            id(),
            proptest::sample::select(
                &[
                    "is",
                    "is not",
                    "is at least",
                    "is under",
                    "is before",
                    "is on or after"
                ][..]
            ),
            value()
        )
            .prop_map(|(f, c, v)| format!("{f} {c} {v}")),
        (id(), proptest::collection::vec(id(), 1..4))
            .prop_map(|(f, vs)| format!("{f} is one of {}", vs.join(", "))),
    ];
    leaf.prop_recursive(4, 16, 3, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} and {b}")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a}) or ({b})")),
            inner.clone().prop_map(|a| format!("not ({a})")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} or {b} and {a}")),
        ]
    })
}

pub(crate) fn clause() -> impl Strategy<Value = String> {
    prop_oneof![
        (1u32..6).prop_map(|n| n.to_string()),
        (1u32..6, 1u32..4).prop_map(|(a, b)| format!("{a}.{b}")),
        (1u32..6, 1u32..3).prop_map(|(a, b)| format!("{a}({b})")),
    ]
}

/// One line of a block, any block: the checker must cope with lines in
/// blocks that do not take them, too.
pub(crate) fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        clause().prop_map(|c| format!("clause {c}")),
        text_literal().prop_map(|t| format!("text {t}")),
        text_literal().prop_map(|t| format!("plain {t}")),
        text_literal().prop_map(|t| format!("title {t}")),
        text_literal().prop_map(|t| format!("note {t}")),
        text_literal().prop_map(|t| format!("question {t}")),
        text_literal().prop_map(|t| format!("label {t}")),
        condition().prop_map(|c| format!("applies when {c}")),
        condition().prop_map(|c| format!("required when {c}")),
        proptest::collection::vec(id(), 1..3).prop_map(|ids| format!("files {}", ids.join(", "))),
        proptest::collection::vec(id(), 1..3)
            .prop_map(|ids| format!("for category {}", ids.join(", "))),
        value().prop_map(|v| format!("lasts {v}")),
        text_literal().prop_map(|t| format!("not stated {t}")),
        Just("answer yes or no".to_owned()),
        Just("answer number of years".to_owned()),
        id().prop_map(|c| format!("answer one of {c}")),
        (id(), text_literal()).prop_map(|(i, t)| format!("option {i} {t}")),
        (1u32..4).prop_map(|n| format!("copies {n}")),
        id().prop_map(|f| format!("form {f}")),
        (0u32..200).prop_map(|n| format!("answer text in {n} boxes")),
        Just("required".to_owned()),
        (id(), value()).prop_map(|(f, v)| format!("given {f} {v}")),
        proptest::collection::vec(id(), 1..3)
            .prop_map(|ids| format!("expect categories {}", ids.join(", "))),
        value().prop_map(|v| format!("expect term {v}")),
        (id(), text_literal()).prop_map(|(f, t)| format!("fill {f} {t}")),
        (1u32..6).prop_map(|n| format!("appendix {n}")),
        id().prop_map(|a| format!("basis {a} article 8 item 2")),
    ]
}

pub(crate) const KINDS: &[&str] = &[
    "category",
    "fact",
    "choice",
    "status",
    "application",
    "term",
    "document",
    "form",
    "provision",
    "act",
    "definition",
    "example",
    "omission",
    "limit",
    "representative",
    "event",
    "branch",
    "ground",
    "section",
    "field",
    "sample",
];

pub(crate) fn block(depth: u32) -> BoxedStrategy<String> {
    let lines = proptest::collection::vec(line(), 0..6);
    let simple = (proptest::sample::select(KINDS), id(), lines)
        .prop_map(|(k, i, ls)| {
            let body: String = ls.iter().map(|l| format!("  {l}\n")).collect();
            format!("{k} {i}\n{body}end\n")
        })
        .boxed();
    if depth == 0 {
        return simple;
    }
    (
        simple.clone(),
        proptest::collection::vec(block(depth - 1), 0..2),
    )
        .prop_map(|(outer, inner)| {
            // Nest the inner blocks before the outer block's `end`.
            let cut = outer.len() - "end\n".len();
            let nested: String = inner
                .iter()
                .map(|b| b.replace('\n', "\n  "))
                .map(|b| format!("  {}\n", b.trim_end()))
                .collect();
            format!("{}{}end\n", &outer[..cut], nested)
        })
        .boxed()
}

pub(crate) fn generated_regulation() -> impl Strategy<Value = String> {
    (text_literal(), proptest::collection::vec(block(2), 0..12)).prop_map(|(title, blocks)| {
        format!(
            "regulation gen\n  title {title}\n  language en\nend\n\n{}",
            blocks.join("\n")
        )
    })
}
