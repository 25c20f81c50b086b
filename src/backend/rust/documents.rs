//! `documents.rs` of the generated crate: the documents an applicant
//! brings (required when, how many copies and items) and the forms.

use super::clauses::{Context, clause_docs, clause_head, facts_method, file, text_methods};
use super::code::{self, EnumItem};
use super::conditions::reads_facts;
use super::layout::Expr;
use crate::model::{Amount, ClauseText, Regulation};

/// `documents.rs`: `Document` and `Form`.
pub fn build(cx: &Context<'_>) -> Result<String, String> {
    let reg = cx.reg;
    let names = cx.names;
    let docs = &reg.documents;
    let mut body = cx.code();
    let document = EnumItem {
        name: "Document",
        docs: vec!["The documents an applicant brings.".to_owned()],
        variants: docs
            .iter()
            .map(|d| {
                let mut lines = clause_docs(reg, clause_head(&d.clause), &d.clause);
                if let Some(f) = &d.form {
                    lines.push(String::new());
                    lines.push(format!(
                        "Filled in on [`Form::{}`].",
                        names.variant("Form", f)
                    ));
                }
                if let Some(v) = &d.valid {
                    lines.push(String::new());
                    lines.extend(code::prose(&v.words));
                }
                (names.variant("Document", &d.id).to_owned(), lines)
            })
            .collect(),
    };
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    document.write(&mut body, &ids);
    let texts: Vec<&ClauseText> = docs.iter().map(|d| &d.clause).collect();
    text_methods(&mut body, cx, &document, &texts);
    body.blank();
    body.match_method(
        &["The form it is filled in on, if any.".to_owned()],
        "pub fn form(self) -> Option<Form>",
        &document.arms(|i| match &docs[i].form {
            Some(f) => Expr::some(Expr::path(names.path("Form", f))),
            None => Expr::path("None"),
        }),
    );
    let mut required = document.arms(|_| Expr::Lit(String::new()));
    let mut copies = required.clone();
    let mut count = required.clone();
    let mut validity = required.clone();
    for (i, d) in docs.iter().enumerate() {
        required[i].1 = cx
            .conditions
            .or_constant(d.required.as_ref(), "Truth::True")?;
        copies[i].1 = amount(cx, &d.copies)?;
        count[i].1 = amount(cx, &d.count)?;
        validity[i].1 = match &d.valid {
            Some(v) => Expr::some(cx.conditions.expr(&v.condition)?),
            None => Expr::path("None"),
        };
    }
    body.blank();
    body.match_method(
        &["Is it required?".to_owned()],
        &format!(
            "pub(crate) fn required<N: Track>(self, {}: &Facts, {}: Applied<'_>) -> Truth<N>",
            if required.iter().any(|(_, e)| reads_facts(e)) {
                "facts"
            } else {
                "_facts"
            },
            if required.iter().any(|(_, e)| reads(e, "applied.")) {
                "applied"
            } else {
                "_applied"
            },
        ),
        &required,
    );
    body.blank();
    body.match_method(
        &[
            "The categories and branches it is required of (`for category`), if only".to_owned(),
            "some: a category listed brings its branches, a group its categories.".to_owned(),
        ],
        "pub fn for_categories(self) -> Option<&'static [Category]>",
        &document.arms(|i| match &docs[i].categories {
            Some(listed) => Expr::some(Expr::slice(
                for_categories(reg, listed)
                    .iter()
                    .map(|c| Expr::path(names.path("Category", c)))
                    .collect(),
            )),
            None => Expr::path("None"),
        }),
    );
    body.blank();
    body.raw(if cx.pass.is_some() {
        OF_CATEGORY_VERSIONED
    } else {
        OF_CATEGORY
    });
    amount_method(&mut body, "How many copies.", "copies", &copies);
    amount_method(&mut body, "How many items (photos).", "count", &count);
    body.blank();
    body.match_method(
        &["Its validity window in words, if it has one.".to_owned()],
        "pub fn validity_words(self) -> Option<&'static str>",
        &document.arms(|i| code::opt_str(docs[i].valid.as_ref().map(|v| v.words.as_str()))),
    );
    facts_method(
        &mut body,
        "Whether its dates fall in its validity window (`None`: it has none).",
        "validity",
        "Option<Truth>",
        &validity,
    );
    body.line(0, "}");
    body.blank();
    body.raw(&super::flavour(APPLIED, cx.pass.is_some()));

    let forms = &reg.forms;
    let form = EnumItem {
        name: "Form",
        docs: vec!["The application forms of the appendices.".to_owned()],
        variants: forms
            .iter()
            .map(|f| {
                let mut lines = code::prose(&f.title);
                if let Some(n) = f.appendix {
                    lines.push(String::new());
                    lines.push(format!("Appendix {n}."));
                }
                (names.variant("Form", &f.id).to_owned(), lines)
            })
            .collect(),
    };
    body.blank();
    let ids: Vec<&str> = forms.iter().map(|f| f.id.as_str()).collect();
    form.write(&mut body, &ids);
    body.blank();
    body.match_method(
        &["Its title.".to_owned()],
        "pub fn title(self) -> &'static str",
        &form.arms(|i| Expr::str(&forms[i].title)),
    );
    body.blank();
    body.match_method(
        &["The number of the appendix it is, if given.".to_owned()],
        "pub fn appendix(self) -> Option<u32>",
        &form.arms(|i| match forms[i].appendix {
            Some(n) => Expr::some(Expr::Lit(n.to_string())),
            None => Expr::path("None"),
        }),
    );
    body.line(0, "}");
    Ok(file(
        cx,
        "The documents an applicant brings, and the forms they are filled in on.",
        body,
    ))
}

/// The number of copies or items: the first amount whose condition holds,
/// else the default, else 1 (as the interpreter's `amount`).
fn amount(cx: &Context<'_>, amounts: &[Amount]) -> Result<Expr, String> {
    let mut cases = Vec::new();
    let mut otherwise = 1;
    for a in amounts {
        // `copies 2 for category c when ...`: both must hold, the
        // category first (its needs come first, as the interpreter's).
        let among = a.categories.as_ref().map(|listed| {
            Expr::call(
                "applied.among",
                vec![Expr::slice(
                    for_categories(cx.reg, listed)
                        .iter()
                        .map(|c| Expr::path(cx.names.path("Category", c)))
                        .collect(),
                )],
            )
        });
        let when = a.when.as_ref().map(|c| cx.conditions.expr(c)).transpose()?;
        let truth = match (among, when) {
            (Some(among), Some(when)) => Expr::call("crate::decide::both", vec![among, when]),
            (Some(one), None) | (None, Some(one)) => one,
            (None, None) => {
                otherwise = a.amount;
                break;
            }
        };
        cases.push(Expr::Tuple(vec![truth, Expr::Lit(a.amount.to_string())]));
    }
    if cases.is_empty() {
        return Ok(Expr::call(
            "Answer::Known",
            vec![Expr::Lit(otherwise.to_string())],
        ));
    }
    Ok(Expr::call(
        "amount",
        vec![Expr::Array(cases), Expr::Lit(otherwise.to_string())],
    ))
}

/// `copies` or `count`: read off the facts, and off the categories the
/// applicant may apply under when a line is `for category` some.
fn amount_method(body: &mut super::code::Code, doc: &str, name: &str, arms: &[(String, Expr)]) {
    let facts = if arms.iter().any(|(_, e)| reads_facts(e)) {
        "facts"
    } else {
        "_facts"
    };
    let applied = if arms.iter().any(|(_, e)| reads(e, "applied.")) {
        "applied"
    } else {
        "_applied"
    };
    body.blank();
    body.match_method(
        &[doc.to_owned()],
        &format!(
            "pub(crate) fn {name}(self, {facts}: &Facts, {applied}: Applied<'_>) -> Answer<u32>"
        ),
        arms,
    );
}

/// Does the expression name something starting with `prefix`?
pub(super) fn reads(e: &Expr, prefix: &str) -> bool {
    match e {
        Expr::Path(p) | Expr::Call(p, _) if p.starts_with(prefix) => true,
        Expr::Str(_) | Expr::Lit(_) | Expr::Path(_) => false,
        Expr::Call(_, items) | Expr::Meta(_, items) | Expr::Tuple(items) | Expr::Array(items) => {
            items.iter().any(|i| reads(i, prefix))
        }
        Expr::Ref(inner) | Expr::Not(inner) => reads(inner, prefix),
        Expr::Struct(_, fields, base) => {
            fields.iter().any(|(_, v)| reads(v, prefix))
                || base.as_deref().is_some_and(|b| reads(b, prefix))
        }
    }
}

/// The categories and branches `listed` names: a category with its
/// branches, a branch alone, a group its categories (the checker reads a
/// `for category` line's groups so already; a condition's are as written).
pub(super) fn for_categories(reg: &Regulation, listed: &[String]) -> Vec<String> {
    let listed: Vec<&String> = listed
        .iter()
        .flat_map(|id| match reg.group(id) {
            Some(g) => g.categories.iter().collect(),
            None => vec![id],
        })
        .collect();
    let listed = &listed;
    let mut out = Vec::new();
    for c in &reg.categories {
        let whole = listed.contains(&&c.id);
        if whole {
            out.push(c.id.clone());
        }
        for b in &c.branches {
            if whole || listed.contains(&&b.id) {
                out.push(b.id.clone());
            }
        }
    }
    out
}

/// `Document::of_category`, as the interpreter's `for_category::truth`.
const OF_CATEGORY: &str =
    "    /// Is the category the applicant applies under one it is required of?
    /// (`None`: cannot tell yet.)
    pub(crate) fn of_category(
        self,
        applying: CategorySet,
        undetermined: CategorySet,
    ) -> Option<bool> {
        let Some(listed) = self.for_categories() else {
            return Some(true);
        };
        listed_among(listed, applying, undetermined)
    }
";

/// `Document::of_category` of an amended regulation, in `version`.
const OF_CATEGORY_VERSIONED: &str =
    "    /// Is the category the applicant applies under one it is required of, in
    /// `version`? (`None`: cannot tell yet.)
    pub(crate) fn of_category(
        self,
        version: Version,
        applying: CategorySet,
        undetermined: CategorySet,
    ) -> Option<bool> {
        let Some(listed) = self.for_categories(version) else {
            return Some(true);
        };
        listed_among(listed, applying, undetermined)
    }
";

/// `Applied`, in both flavours (`//+` lines for an amended regulation).
const APPLIED: &str = include_str!("../../../templates/rust/applied.rs");
