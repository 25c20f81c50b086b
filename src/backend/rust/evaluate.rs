//! `evaluate.rs` of the generated crate of a regulation without
//! amendments: every condition that decides what applies (each category's
//! and branch's with its grounds', each ground's, each legal-representative
//! rule's) evaluated at once, as one straight-line function.
//!
//! `Category::condition` and the like answer one element at a time, through
//! a `match` on it, and track the facts an unknown answer needs. A decision
//! needs every element's answer but not, at first, what they need; calling
//! each in a loop was most of a decision's time (the jumps of the `match`,
//! and the branches of three-valued logic a processor mispredicts when some
//! facts are unknown). Here the same conditions (the same expressions, from
//! [`Conditions`](super::conditions::Conditions)) are combined as two bits
//! each, `Tri` in the crate's `tri` module, with `&` and `|`, each
//! element's two bits put in the sets without a branch. A yes/no fact is
//! two bits of the facts' words (`flags.rs`): the yes/no facts of one `all`
//! or `any` are tested with one mask, and the categories and grounds whose
//! condition is one yes/no fact are read from the words at once.
//! The facts needed are still worked out by `condition` when asked, and the
//! crate's tests compare both with the interpreter.

use super::clauses::{Context, file};
use super::conditions::reads_facts;
use super::evaluation::{CATEGORY, EVALUATION, GROUND, RULE, RULE_FOR, direct, new};
use super::flags::{self, Flags};
use super::layout::{self, Expr};

/// `src/evaluate.rs`.
pub fn build(cx: &Context<'_>, flags: &Flags) -> Result<String, String> {
    let reg = cx.reg;
    let names = cx.names;
    let mut body = cx.code();
    let has_grounds = reg.categories.iter().any(|c| !c.grounds.is_empty());
    let rules = rule_lines(cx, flags)?;
    body.raw(EVALUATION);
    body.blank();
    body.line(0, "impl Evaluation {");
    new(&mut body, flags);
    body.blank();
    body.raw(CATEGORY);
    if has_grounds {
        body.blank();
        body.raw(GROUND);
    }
    if rules.every {
        body.blank();
        body.raw(RULE);
    }
    if rules.every || rules.some {
        body.blank();
        body.raw(RULE_FOR);
    }
    body.line(0, "}");

    // Which categories (with their branches) file each kind of application.
    // (Groups expanded too, as a `for category` line reads them.)
    let with_branches = |ids: &mut dyn Iterator<Item = &String>| -> Expr {
        let listed: Vec<String> = ids.cloned().collect();
        let out = super::documents::for_categories(reg, &listed)
            .iter()
            .map(|c| Expr::path(names.path("Category", c)))
            .collect();
        Expr::call("CategorySet::of", vec![Expr::slice(out)])
    };
    let filing: Vec<Expr> = reg
        .applications
        .iter()
        .map(|a| {
            let mut filers = reg
                .categories
                .iter()
                .filter(|c| c.files.contains(&a.id))
                .map(|c| &c.id);
            Expr::Tuple(vec![
                Expr::path(names.path("Application", &a.id)),
                with_branches(&mut filers),
            ])
        })
        .collect();
    body.blank();
    body.doc(
        0,
        &["The categories (with their branches) that file each kind of application.".to_owned()],
    );
    body.lines(
        0,
        &layout::assignment(
            &format!(
                "pub(crate) const FILING: [(Application, CategorySet); {}]",
                filing.len()
            ),
            &Expr::Array(filing),
            0,
        ),
    );
    // The grounds of each category that has some, for the grounds of the
    // categories asked about.
    let grounds: Vec<Expr> = reg
        .categories
        .iter()
        .filter(|c| !c.grounds.is_empty())
        .map(|c| {
            let of = c
                .grounds
                .iter()
                .map(|g| Expr::path(names.path("Ground", &g.id)))
                .collect();
            Expr::Tuple(vec![
                Expr::path(names.path("Category", &c.id)),
                Expr::call("GroundSet::of", vec![Expr::slice(of)]),
            ])
        })
        .collect();
    body.blank();
    body.doc(
        0,
        &["The grounds of each category that has grounds.".to_owned()],
    );
    body.lines(
        0,
        &layout::assignment(
            &format!(
                "pub(crate) const GROUNDS: [(Category, GroundSet); {}]",
                grounds.len()
            ),
            &Expr::Array(grounds),
            0,
        ),
    );
    let rule_categories: Vec<Expr> = reg
        .representatives
        .iter()
        .map(|r| with_branches(&mut r.categories.iter()))
        .collect();
    // `rule` (in `decide.rs`) reads it too, whatever the rules are.
    body.blank();
    body.doc(
        0,
        &[
            "The categories (with their branches) each legal-representative rule is for,"
                .to_owned(),
            "in the order of [`Representative::ALL`].".to_owned(),
        ],
    );
    body.lines(
        0,
        &layout::assignment(
            &format!(
                "pub(crate) const RULE_CATEGORIES: [CategorySet; {}]",
                rule_categories.len()
            ),
            &Expr::Array(rule_categories),
            0,
        ),
    );

    let terms: Vec<Expr> = reg
        .terms
        .iter()
        .map(|t| match &t.categories {
            Some(listed) => Expr::some(with_branches(&mut listed.iter())),
            None => Expr::path("None"),
        })
        .collect();
    body.blank();
    body.doc(
        0,
        &[
            "The categories (with their branches) each processing term is for, in the".to_owned(),
            "order of [`Term::ALL`] (`None`: any applicant's).".to_owned(),
        ],
    );
    body.lines(
        0,
        &layout::assignment(
            &format!(
                "const TERM_CATEGORIES: [Option<CategorySet>; {}]",
                terms.len()
            ),
            &Expr::Array(terms),
            0,
        ),
    );
    body.blank();
    for line in TERM_TABLE.lines().filter(|l| !l.starts_with("//#")) {
        body.raw(line);
        body.raw("\n");
    }

    // The function itself: one statement per element, in the order of
    // the text (a category's grounds before it, its branches after it).
    let mut lines = Vec::new();
    for c in &reg.categories {
        let mut grounds = Vec::new();
        for g in &c.grounds {
            let e = cx
                .conditions
                .or_constant(g.applies.as_ref(), "Truth::True")?;
            // A ground that is one yes/no fact is read from the words.
            if !flags.grounds.contains(&g.id) {
                lines.push(layout::assignment("let tri", &bits(e.clone(), flags), 4));
                lines.push(put_line("out.ground", names.path("Ground", &g.id)));
            }
            grounds.push(e);
        }
        // A category with grounds applies only when one of them holds (the
        // grounds' yes/no facts tested together with the category's).
        let with_grounds = |own: Expr| {
            if grounds.is_empty() {
                bits(own, flags)
            } else {
                let any = Expr::call("any", vec![Expr::Array(grounds.clone())]);
                bits(Expr::call("all", vec![Expr::Array(vec![own, any])]), flags)
            }
        };
        // A category that has branches but no condition of its own applies
        // only through them; a branch without one never applies.
        let own = cx
            .conditions
            .or_constant(c.applies.as_ref(), "Truth::False")?;
        // A category that is one yes/no fact is read from the words.
        if !flags.categories.contains(&c.id) {
            let e = with_grounds(own);
            lines.push(layout::assignment("let tri", &e, 4));
            lines.push(put_line("out.category", names.path("Category", &c.id)));
        }
        for b in &c.branches {
            let own = cx
                .conditions
                .or_constant(b.applies.as_ref(), "Truth::False")?;
            if !flags.categories.contains(&b.id) {
                let e = with_grounds(own);
                lines.push(layout::assignment("let tri", &e, 4));
                lines.push(put_line("out.category", names.path("Category", &b.id)));
            }
        }
    }
    lines.extend(rules.lines);
    direct(&mut body, cx, flags);
    body.blank();
    body.doc(
        0,
        &[
            "Every category's (and branch's) condition with its grounds', every".to_owned(),
            "ground's and every legal-representative rule's, for `facts`.".to_owned(),
        ],
    );
    body.line(0, "pub(crate) fn evaluate(facts: &Facts) -> Evaluation {");
    body.line(4, "let mut out = Evaluation::new(facts);");
    for l in &lines {
        body.lines(4, l);
    }
    body.line(4, "out");
    body.line(0, "}");
    documents(cx, &mut body, flags)?;
    Ok(file(
        cx,
        "Every condition that decides what applies, evaluated at once: each\ncategory's (and branch's) with its grounds', each ground's and each\nlegal-representative rule's, as straight-line code over the facts that\nkeeps each answer's two bits, without a branch, and reads a category\nthat is one yes/no fact straight from the facts' words. `decide` reads\nit; `Category::condition` and the like give the same answers one at a\ntime, with the facts an unknown one needs.",
        body,
    ))
}

/// `documents`: whether each document is required, as `Document::required`
/// and `Document::of_category` say together, in straight-line code as the
/// categories (a search through the documents, a `match` on each and the
/// branches of three-valued logic cost more than the bits).
fn documents(cx: &Context<'_>, body: &mut super::code::Code, flags: &Flags) -> Result<(), String> {
    let names = cx.names;
    let mut lines = Vec::new();
    let (mut facts, mut applied, mut found) = (false, false, false);
    for d in &cx.reg.documents {
        let required = cx
            .conditions
            .or_constant(d.required.as_ref(), "Truth::True")?;
        facts |= reads_facts(&required);
        applied |= super::documents::reads(&required, "applied.");
        // Required of some categories only: whether the one applied under
        // is one of them, as `Document::of_category` says (`None`: cannot
        // tell yet, which `Tri::yes` in `of_category` takes as unknown).
        let of_category = d.categories.as_ref().map(|_| {
            Expr::call(
                "of_category",
                vec![
                    Expr::path(names.path("Document", &d.id)),
                    Expr::path("found"),
                ],
            )
        });
        found |= of_category.is_some();
        let e = match (of_category, bits(required, flags)) {
            (None, e) => e,
            (Some(of), Expr::Path(p)) if p == "Tri::TRUE" => of,
            (Some(of), e) => Expr::call("Tri::all", vec![Expr::Array(vec![of, e])]),
        };
        lines.push(layout::assignment("let tri", &e, 4));
        lines.push(put(
            "put",
            vec![
                Expr::path("&mut out"),
                Expr::path(names.path("Document", &d.id)),
                Expr::path("tri"),
            ],
        ));
    }
    body.blank();
    body.doc(
        0,
        &[
            "Whether each document is required, as `Document::required` and".to_owned(),
            "`Document::of_category` say together, as the sets `decide` answers (the".to_owned(),
            "facts with the application `decide` worked out; `found`: the categories".to_owned(),
            "it found).".to_owned(),
        ],
    );
    body.line(
        0,
        &format!(
            "pub(crate) fn evaluate_documents({}: &Facts, {}: &Categories) -> Documents {{",
            if facts || applied { "facts" } else { "_facts" },
            if found || applied { "found" } else { "_found" },
        ),
    );
    if applied {
        body.line(
            4,
            "let applied = crate::documents::Applied::new(found.applying, found.undetermined, facts);",
        );
    }
    if lines.is_empty() {
        body.line(4, "Documents::default()");
        body.line(0, "}");
        return Ok(());
    }
    body.line(4, "let mut out = Documents::default();");
    for l in &lines {
        body.lines(4, l);
    }
    body.line(4, "out");
    body.line(0, "}");
    body.blank();
    body.raw(PUT_DOCUMENT);
    if found {
        body.blank();
        body.raw(OF_CATEGORY);
    }
    Ok(())
}

/// `TERMS`, the table `term` reads, and the `const fn` that fills it.
const TERM_TABLE: &str = include_str!("../../../templates/rust/term_table.rs");

const OF_CATEGORY: &str = "/// Whether the category applied under is one `document` is required of
/// (unknown while it cannot be told).
fn of_category(document: Document, found: &Categories) -> Tri {
    Tri::yes(document.of_category(found.applying, found.undetermined))
}
";

/// Each document put in the sets as the categories are, rather than as a
/// byte gathered into the sets afterwards (15 instructions a decision
/// fewer, in Order No. 417).
const PUT_DOCUMENT: &str = "/// Keeps what `document`'s condition says in `out`: required when it
/// holds, not decided yet when it is not known.
fn put(out: &mut Documents, document: Document, tri: Tri) {
    out.required.put(document, tri.holds());
    out.undetermined.put(document, tri.unknown());
}
";

/// The statements that put each legal-representative rule's condition,
/// and which of `Evaluation`'s methods for that they call.
struct RuleLines {
    lines: Vec<String>,
    /// `rule`: for every category the rule is for.
    every: bool,
    /// `rule_for`: for some of them.
    some: bool,
}

fn rule_lines(cx: &Context<'_>, flags: &Flags) -> Result<RuleLines, String> {
    let (reg, names) = (cx.reg, cx.names);
    let mut out = RuleLines {
        lines: Vec::new(),
        every: false,
        some: false,
    };
    let lines = &mut out.lines;
    for r in &reg.representatives {
        let rule = Expr::path(names.path("Representative", &r.id));
        let lists = r
            .applies
            .as_ref()
            .map(|c| cx.conditions.category_lists(c))
            .unwrap_or_default();
        if lists.is_empty() {
            let e = cx
                .conditions
                .or_constant(r.applies.as_ref(), "Truth::True")?;
            out.every = true;
            lines.push(layout::assignment("let tri", &bits(e, flags), 4));
            lines.push(put("out.rule", vec![rule, Expr::path("tri")]));
            continue;
        }
        // A rule that reads the category applied under is asked of each
        // category it is for, so `category is ...` is known there: written
        // once for each set of categories the rule's lists tell apart.
        let mut classes: Vec<(Vec<bool>, Vec<String>)> = Vec::new();
        for c in super::documents::for_categories(reg, &r.categories) {
            let class: Vec<bool> = lists.iter().map(|l| l.contains(&c)).collect();
            match classes.iter_mut().find(|(k, _)| *k == class) {
                Some((_, members)) => members.push(c),
                None => classes.push((class, vec![c])),
            }
        }
        for (_, members) in &classes {
            let e = cx
                .conditions
                .known(&members[0])
                .or_constant(r.applies.as_ref(), "Truth::True")?;
            // Nothing to put for categories it says no of.
            if matches!(&e, Expr::Path(p) if p == "Truth::False") {
                continue;
            }
            out.some = true;
            let set = members
                .iter()
                .map(|c| Expr::path(names.path("Category", c)))
                .collect();
            lines.push(layout::assignment("let tri", &bits(e, flags), 4));
            lines.push(put(
                "out.rule_for",
                vec![
                    rule.clone(),
                    Expr::call("CategorySet::of", vec![Expr::slice(set)]),
                    Expr::path("tri"),
                ],
            ));
        }
    }
    Ok(out)
}

/// `put(Element::Variant, tri);`
fn put_line(put_in: &str, element: String) -> String {
    put(put_in, vec![Expr::path(element), Expr::path("tri")])
}

/// `put(args...);`
fn put(put: &str, args: Vec<Expr>) -> String {
    layout::statement_semi(&Expr::call(put, args), 4)
}

/// A condition of the `answer` module's tests as `Tri`: `all` and `any`
/// combine bits, each test's answer is taken as bits, `!` swaps them; a
/// yes/no fact is read from the facts' words, and the yes/no facts of one
/// `all` or `any` kept in one word are tested together, by masks.
fn bits(e: Expr, flags: &Flags) -> Expr {
    match e {
        Expr::Call(f, args) if f == "all" || f == "any" => {
            let mut args: Vec<Expr> = args
                .into_iter()
                .map(|a| match a {
                    Expr::Array(parts) => Expr::Array(grouped(&f, parts, flags)),
                    other => other,
                })
                .collect();
            // One part left (the yes/no facts tested together): itself.
            match args.as_mut_slice() {
                [Expr::Array(parts)] if parts.len() == 1 => parts.remove(0),
                _ => Expr::Call(format!("Tri::{f}"), args),
            }
        }
        Expr::Not(inner) => Expr::Not(Box::new(bits(*inner, flags))),
        Expr::Path(p) if p == "Truth::True" => Expr::path("Tri::TRUE"),
        Expr::Path(p) if p == "Truth::False" => Expr::path("Tri::FALSE"),
        // A yes/no fact: two bits of the facts' words.
        e if flag(&e, flags).is_some() => {
            let (constant, _) = flag(&e, flags).unwrap_or_default();
            Expr::call("Tri::flag", vec![Expr::path("facts"), Expr::path(constant)])
        }
        // `test(facts.field, Fact::Field, values...)`: the fact's name is
        // for the facts needed, which bits do not keep.
        Expr::Call(f, args) if args.len() >= 2 => match simple(&f) {
            Some(test) => Expr::Call(
                format!("Tri::{test}"),
                args.into_iter()
                    .enumerate()
                    .filter_map(|(i, a)| (i != 1).then_some(a))
                    .collect(),
            ),
            None => Expr::call("Tri::of", vec![Expr::Call(f, args)]),
        },
        test => Expr::call("Tri::of", vec![test]),
    }
}

/// `Facts::X` and the word it is kept in, for a test `yes` of a yes/no fact.
fn flag(e: &Expr, flags: &Flags) -> Option<(String, usize)> {
    let field = flags::yes_field(e)?;
    let place = flags.place(field)?;
    Some((format!("Facts::{}", flags::constant(field)), place / 64))
}

/// The parts of an `all` or `any` (`kind`) as `Tri`, the yes/no facts kept
/// in one word, "yes" or "no", tested together (`Tri::all_flags(facts,
/// [Facts::A, !Facts::B])`), where the first of them was.
///
/// A fact tested both "yes" and "no" in one `all` or `any` (`x and not x`)
/// is tested on its own: one mask holds a fact's bit once, so the group
/// would keep only one of the two tests.
fn grouped(kind: &str, parts: Vec<Expr>, flags: &Flags) -> Vec<Expr> {
    // Each part's yes/no fact, its word and whether it must be "no".
    let polar: Vec<Option<(String, usize, bool)>> = parts
        .iter()
        .map(|e| match e {
            Expr::Not(inner) => flag(inner, flags).map(|(c, w)| (c, w, true)),
            e => flag(e, flags).map(|(c, w)| (c, w, false)),
        })
        .collect();
    let tested_both_ways = |c: &str| {
        let mut ways = polar.iter().flatten().filter(|(d, ..)| d == c);
        ways.clone().any(|(.., no)| *no) && ways.any(|(.., no)| !*no)
    };
    let grouped: Vec<Option<(Expr, usize)>> = polar
        .iter()
        .map(|p| {
            let (c, w, no) = p.as_ref().filter(|(c, ..)| !tested_both_ways(c))?;
            let path = Expr::path(c);
            Some((if *no { Expr::Not(Box::new(path)) } else { path }, *w))
        })
        .collect();
    let mut by_word: Vec<(usize, Vec<Expr>)> = Vec::new();
    for (flag, word) in grouped.iter().flatten() {
        match by_word.iter_mut().find(|(w, _)| w == word) {
            Some((_, flags)) => flags.push(flag.clone()),
            None => by_word.push((*word, vec![flag.clone()])),
        }
    }
    let mut out = Vec::new();
    for (part, group) in parts.into_iter().zip(grouped) {
        let Some((_, word)) = group else {
            out.push(bits(part, flags));
            continue;
        };
        match by_word.iter_mut().find(|(w, _)| *w == word) {
            Some((_, together)) if together.len() > 1 => {
                // The group, where its first fact was; nothing for the rest.
                out.push(Expr::call(
                    format!("Tri::{kind}_flags"),
                    vec![Expr::path("facts"), Expr::Array(std::mem::take(together))],
                ));
            }
            Some((_, together)) if together.is_empty() => {}
            _ => out.push(bits(part, flags)),
        }
    }
    out
}

/// The `Tri` test for one of the `answer` module's tests of one fact, if it
/// has one (a date's order is a number's).
fn simple(test: &str) -> Option<&'static str> {
    Some(match test {
        "yes" => "yes",
        "is" => "is",
        "one_of" => "one_of",
        "at_least" | "on_or_after" => "at_least",
        "at_most" | "on_or_before" => "at_most",
        "under" | "before" => "under",
        "over" | "after" => "over",
        _ => return None,
    })
}
