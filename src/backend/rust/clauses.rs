//! What the files of clause elements (`categories`, `documents`, `terms`)
//! share: each variant's doc gives its clause number, the quoted text and
//! the legal basis, and its `clause`, `text`, `plain` and `basis` methods
//! give the same to a program; enums of titled elements; and a module
//! file's imports.

use std::cell::RefCell;
use std::rc::Rc;

use super::code::{self, Code, EnumItem};
use super::conditions::{Conditions, reads_facts};
use super::layout::Expr;
use super::names::Names;
use super::versions::Pass;
use super::words;
use crate::model::{Citation, ClauseText, Regulation};

/// What the generator of each file needs: the regulation, its names, and
/// its conditions as Rust.
pub struct Context<'a> {
    /// The regulation.
    pub reg: &'a Regulation,
    /// The Rust names of its ids.
    pub names: &'a Names,
    /// Its conditions as expressions.
    pub conditions: Conditions<'a>,
    /// For an amended regulation, the generator's pass over its versions.
    pub pass: Option<Rc<RefCell<Pass>>>,
}

impl<'a> Context<'a> {
    /// For `reg`, named by `names`.
    pub fn new(reg: &'a Regulation, names: &'a Names) -> Self {
        Context {
            reg,
            names,
            conditions: Conditions::new(reg, names),
            pass: None,
        }
    }

    /// An empty file, written in this context's pass.
    pub fn code(&self) -> Code {
        Code::in_pass(self.pass.clone())
    }
}

/// The doc of a clause element: a heading sentence, the quoted text, the basis.
pub fn clause_docs(reg: &Regulation, head: String, text: &ClauseText) -> Vec<String> {
    let mut docs = vec![head];
    if !text.wording.text.trim().is_empty() {
        docs.push(String::new());
        docs.extend(code::quote(&text.wording.text));
    }
    if !text.basis.is_empty() {
        docs.push(String::new());
        docs.push("Basis:".to_owned());
        for c in &text.basis {
            docs.push(format!("- {}", code::inline(&citation_words(reg, c))));
        }
    }
    docs
}

/// "item 5 of article 8 of Federal Law ... No. 115-FZ of 2002-07-25".
pub fn citation_words(reg: &Regulation, c: &Citation) -> String {
    let act = reg
        .acts
        .iter()
        .find(|a| a.id == c.act)
        .map_or_else(|| c.act.clone(), act_words);
    match c.divisions().as_str() {
        "" => act,
        divisions => format!("{divisions} of {act}"),
    }
}

/// An act's title with its number and date.
pub fn act_words(act: &crate::model::Act) -> String {
    let mut words = act.title.clone();
    if let Some(n) = &act.number {
        words.push_str(&format!(" No. {n}"));
    }
    if let Some(d) = act.dated {
        words.push_str(&format!(" of {d}"));
    }
    words
}

/// "Clause 2.1." or, without a number, "Unnumbered text."
pub fn clause_head(text: &ClauseText) -> String {
    match &text.clause {
        Some(n) => format!("Clause {n}."),
        None => "Unnumbered.".to_owned(),
    }
}

/// `clause`, `text`, `plain` and `basis` methods for clause elements.
pub fn text_methods(code: &mut Code, cx: &Context<'_>, item: &EnumItem<'_>, texts: &[&ClauseText]) {
    code.blank();
    code.match_method(
        &["Its clause number as printed (`2.16.1`), if it has one.".to_owned()],
        "pub fn clause(self) -> Option<&'static str>",
        &item.arms(|i| {
            let n = texts[i].clause.as_ref().map(ToString::to_string);
            code::opt_str(n.as_deref())
        }),
    );
    code.blank();
    code.match_method(
        &["The regulation's words (Markdown).".to_owned()],
        "pub fn text(self) -> &'static str",
        &item.arms(|i| Expr::str(&texts[i].wording.text)),
    );
    code.blank();
    code.match_method(
        &["A clarified wording for display (Markdown), if the editors gave one.".to_owned()],
        "pub fn plain(self) -> Option<&'static str>",
        &item.arms(|i| code::opt_str(texts[i].wording.plain.as_deref())),
    );
    code.blank();
    code.match_method(
        &["The legal acts it rests on.".to_owned()],
        "pub fn basis(self) -> &'static [Citation]",
        &item.arms(|i| Expr::slice(texts[i].basis.iter().map(|c| citation(cx, c)).collect())),
    );
}

fn citation(cx: &Context<'_>, c: &Citation) -> Expr {
    Expr::Struct(
        "Citation".to_owned(),
        vec![
            ("act".to_owned(), Expr::path(cx.names.path("Act", &c.act))),
            ("divisions".to_owned(), Expr::str(&c.divisions())),
        ],
        None,
    )
}

/// A `condition`-like method: `pub(crate) fn name(self, facts: &Facts) -> ret`.
pub fn facts_method(code: &mut Code, doc: &str, name: &str, ret: &str, arms: &[(String, Expr)]) {
    let uses = arms.iter().any(|(_, e)| reads_facts(e));
    let param = if uses { "facts" } else { "_facts" };
    code.blank();
    code.match_method(
        &[doc.to_owned()],
        &if ret.contains("Truth") {
            // Generic in what it keeps of the facts an unknown answer needs:
            // nothing on a decision's fast path, their list when asked.
            let ret = ret.replace("Truth", "Truth<N>");
            format!("pub(crate) fn {name}<N: Track>(self, {param}: &Facts) -> {ret}")
        } else {
            format!("pub(crate) fn {name}(self, {param}: &Facts) -> {ret}")
        },
        arms,
    );
}

/// An element that has a title, for [`titled`].
pub struct Titled<'r> {
    pub id: &'r str,
    pub title: &'r str,
    pub docs: Vec<String>,
}

/// `Titled` items whose doc is their title.
pub fn by_title<'r>(items: impl Iterator<Item = (&'r str, &'r str)>) -> Vec<Titled<'r>> {
    items
        .map(|(id, title)| Titled {
            id,
            title,
            docs: code::prose(title),
        })
        .collect()
}

/// An enum of elements that have a title: `ALL`, `id`, `from_id`, `title`,
/// and what `extra` adds to the impl.
pub fn titled(
    body: &mut Code,
    names: &Names,
    name: &str,
    doc: &str,
    items: &[Titled<'_>],
    extra: impl FnOnce(&mut Code, &EnumItem<'_>),
) {
    let item = EnumItem {
        name,
        docs: vec![doc.to_owned()],
        variants: items
            .iter()
            .map(|t| (names.variant(name, t.id).to_owned(), t.docs.clone()))
            .collect(),
    };
    body.blank();
    let ids: Vec<&str> = items.iter().map(|t| t.id).collect();
    item.write(body, &ids);
    body.blank();
    body.match_method(
        &["Its title.".to_owned()],
        "pub fn title(self) -> &'static str",
        &item.arms(|i| Expr::str(items[i].title)),
    );
    extra(body, &item);
    body.line(0, "}");
}

/// A module file: its doc, its imports, its body. Every name of the
/// crate's root the body uses and does not define is imported, and nothing
/// else (an unused import is a warning).
pub fn file(cx: &Context<'_>, doc: &str, body: Code) -> String {
    let mut code = Code::new();
    code.inner_doc(&doc.lines().map(str::to_owned).collect::<Vec<_>>());
    code.blank();
    let text = body.finish();
    let words = words::Words::new(&text);
    let used = |name: &String| words.mentions(name) && !words.defines(name);
    let mut root: Vec<String> = super::root::exports(cx.reg, cx.names)
        .into_iter()
        .filter(|(module, _)| !module.contains("::"))
        .flat_map(|(_, items)| items)
        .filter(|name| name.starts_with(char::is_uppercase))
        .filter(used)
        .collect();
    root.sort();
    root.dedup();
    let answer: Vec<String> = super::conditions::ANSWER
        .iter()
        .map(|t| (*t).to_owned())
        .filter(|t| {
            // Types are mentioned, functions called.
            if t.starts_with(char::is_uppercase) {
                used(t)
            } else {
                words.calls(t)
            }
        })
        .collect();
    let dates: Vec<String> = vec!["Date".to_owned()].into_iter().filter(used).collect();
    let columns: Vec<String> = vec!["at".to_owned(), "fill".to_owned(), "fill_flag".to_owned()]
        .into_iter()
        .filter(|f| words.calls(f) && !words.defines(f))
        .collect();
    let flag: Vec<String> = vec!["Flag".to_owned()].into_iter().filter(used).collect();
    code::uses(
        &mut code,
        "",
        &[
            ("crate", root),
            ("crate::answer", answer),
            ("crate::columns", columns),
            ("crate::flag", flag),
            ("jiff::civil", dates),
        ],
    );
    code.blank();
    code.raw(&text);
    code.finish()
}
