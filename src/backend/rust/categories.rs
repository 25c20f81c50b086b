//! `categories.rs` of the generated crate: the categories of applicants
//! with their branches, their grounds, and the legal-representative rules.

use super::clauses::{Context, clause_docs, clause_head, facts_method, file, text_methods};
use super::code::{Code, EnumItem};
use super::conditions::reads_facts;
use super::documents::reads;
use super::layout::Expr;
use crate::model::ClauseText;

/// `categories.rs`: `Category` (with branches), `Ground`, `Representative`.
pub fn build(cx: &Context<'_>) -> Result<String, String> {
    let reg = cx.reg;
    let names = cx.names;
    let mut body = cx.code();

    // Categories and their branches, each category followed by its branches.
    let mut entries = Vec::new();
    for c in &reg.categories {
        entries.push((c, None));
        entries.extend(c.branches.iter().map(|b| (c, Some(b))));
    }
    let variants = entries
        .iter()
        .map(|(c, b)| {
            let main = names.variant("Category", &c.id);
            let (id, docs) = match b {
                None => {
                    let mut docs = clause_docs(reg, clause_head(&c.clause), &c.clause);
                    let branches: Vec<String> = c
                        .branches
                        .iter()
                        .map(|b| format!("[`Category::{}`]", names.variant("Category", &b.id)))
                        .collect();
                    if !branches.is_empty() {
                        docs.push(String::new());
                        docs.push(format!("Its branches: {}.", branches.join(", ")));
                    }
                    (c.id.as_str(), docs)
                }
                Some(b) => {
                    let of = match &c.clause.clause {
                        Some(n) => format!("A branch of [`Category::{main}`] (clause {n})."),
                        None => format!("A branch of [`Category::{main}`]."),
                    };
                    (b.id.as_str(), clause_docs(reg, of, &b.clause))
                }
            };
            (names.variant("Category", id).to_owned(), docs)
        })
        .collect();
    let category = EnumItem {
        name: "Category",
        docs: vec![
            "The categories of applicants, and the parts of them (family members) that".to_owned(),
            "are categories of their own.".to_owned(),
        ],
        variants,
    };
    let ids: Vec<&str> = entries
        .iter()
        .map(|(c, b)| b.map_or(c.id.as_str(), |b| b.id.as_str()))
        .collect();
    category.write(&mut body, &ids);
    let texts: Vec<&ClauseText> = entries
        .iter()
        .map(|(c, b)| b.map_or(&c.clause, |b| &b.clause))
        .collect();
    text_methods(&mut body, cx, &category, &texts);
    body.blank();
    body.match_method(
        &["The category itself, or for a branch the category it is part of.".to_owned()],
        "pub fn main(self) -> Category",
        &category.arms(|i| {
            Expr::path(format!(
                "Self::{}",
                names.variant("Category", &entries[i].0.id)
            ))
        }),
    );
    body.blank();
    body.raw(if cx.pass.is_some() {
        FROM_CLAUSE_VERSIONED
    } else {
        FROM_CLAUSE
    });
    body.blank();
    body.match_method(
        &[
            "Its grounds (the category's, for a branch): it applies only when one of".to_owned(),
            "them holds, if it has any.".to_owned(),
        ],
        "pub fn grounds(self) -> &'static [Ground]",
        &category.arms(|i| {
            Expr::slice(
                entries[i]
                    .0
                    .grounds
                    .iter()
                    .filter(|g| super::versions::holds(cx, "Ground", &g.id))
                    .map(|g| Expr::path(names.path("Ground", &g.id)))
                    .collect(),
            )
        }),
    );
    body.blank();
    body.match_method(
        &["The kinds of application it files.".to_owned()],
        "pub fn files(self) -> &'static [Application]",
        &category.arms(|i| {
            Expr::slice(
                entries[i]
                    .0
                    .files
                    .iter()
                    .map(|a| Expr::path(names.path("Application", a)))
                    .collect(),
            )
        }),
    );
    let mut arms = category.arms(|_| Expr::Lit(String::new()));
    for (arm, (c, b)) in arms.iter_mut().zip(&entries) {
        // A category that has branches but no condition of its own applies
        // only through them; a branch without one never applies.
        let condition = match b {
            None => c.applies.as_ref(),
            Some(b) => b.applies.as_ref(),
        };
        arm.1 = cx.conditions.or_constant(condition, "Truth::False")?;
    }
    facts_method(
        &mut body,
        "Does the applicant fall into it, by its own condition?",
        "condition",
        "Truth",
        &arms,
    );
    if !reg.groups.is_empty() {
        body.blank();
        body.match_method(
            &["The group it sits under (for a branch, its category's), if any.".to_owned()],
            "pub fn group(self) -> Option<Group>",
            &category.arms(|i| match &entries[i].0.group {
                Some(g) => Expr::some(Expr::path(names.path("Group", g))),
                None => Expr::path("None"),
            }),
        );
    }
    body.line(0, "}");
    groups(cx, &mut body);

    // Grounds.
    let grounds: Vec<_> = reg
        .categories
        .iter()
        .flat_map(|c| c.grounds.iter().map(move |g| (c, g)))
        .collect();
    let ground = EnumItem {
        name: "Ground",
        docs: vec!["Grounds of a category, of which one must hold for it to apply.".to_owned()],
        variants: grounds
            .iter()
            .map(|(c, g)| {
                let of = names.variant("Category", &c.id);
                let head = match &g.clause.clause {
                    Some(n) => format!("Clause {n}, a ground of [`Category::{of}`]."),
                    None => format!("A ground of [`Category::{of}`]."),
                };
                (
                    names.variant("Ground", &g.id).to_owned(),
                    clause_docs(reg, head, &g.clause),
                )
            })
            .collect(),
    };
    body.blank();
    let ids: Vec<&str> = grounds.iter().map(|(_, g)| g.id.as_str()).collect();
    ground.write(&mut body, &ids);
    let texts: Vec<&ClauseText> = grounds.iter().map(|(_, g)| &g.clause).collect();
    text_methods(&mut body, cx, &ground, &texts);
    body.blank();
    body.match_method(
        &["The category it is a ground of.".to_owned()],
        "pub fn category(self) -> Category",
        &ground.arms(|i| Expr::path(names.path("Category", &grounds[i].0.id))),
    );
    let mut arms = ground.arms(|_| Expr::Lit(String::new()));
    for (arm, (_, g)) in arms.iter_mut().zip(&grounds) {
        arm.1 = cx
            .conditions
            .or_constant(g.applies.as_ref(), "Truth::True")?;
    }
    facts_method(&mut body, "Does it hold?", "condition", "Truth", &arms);
    body.line(0, "}");

    // Legal-representative rules.
    let rules = &reg.representatives;
    let representative = EnumItem {
        name: "Representative",
        docs: vec![
            "The rules on when a legal representative applies for the applicant.".to_owned(),
        ],
        variants: rules
            .iter()
            .map(|r| {
                let docs = clause_docs(reg, clause_head(&r.clause), &r.clause);
                (names.variant("Representative", &r.id).to_owned(), docs)
            })
            .collect(),
    };
    body.blank();
    let ids: Vec<&str> = rules.iter().map(|r| r.id.as_str()).collect();
    representative.write(&mut body, &ids);
    let texts: Vec<&ClauseText> = rules.iter().map(|r| &r.clause).collect();
    text_methods(&mut body, cx, &representative, &texts);
    body.blank();
    body.match_method(
        &["The categories (or branches) it is for; a category includes its branches.".to_owned()],
        "pub fn categories(self) -> &'static [Category]",
        &representative.arms(|i| {
            Expr::slice(
                rules[i]
                    .categories
                    .iter()
                    .map(|c| Expr::path(names.path("Category", c)))
                    .collect(),
            )
        }),
    );
    // Asked of one category at a time, which `category is ...` reads.
    let asked = cx.conditions.asked();
    let mut arms = representative.arms(|_| Expr::Lit(String::new()));
    for (arm, r) in arms.iter_mut().zip(rules) {
        arm.1 = asked.or_constant(r.applies.as_ref(), "Truth::True")?;
    }
    let used = |name: &str, read: bool| {
        if read {
            name.to_owned()
        } else {
            format!("_{name}")
        }
    };
    body.blank();
    body.match_method(
        &["Does it apply, for an applicant of `category`, one it is for?".to_owned()],
        &format!(
            "pub(crate) fn condition<N: Track>(self, {}: &Facts, {}: Category) -> Truth<N>",
            used("facts", arms.iter().any(|(_, e)| reads_facts(e))),
            used(
                "category",
                arms.iter().any(|(_, e)| reads(e, "category_is"))
            ),
        ),
        &arms,
    );
    body.line(0, "}");

    Ok(file(
        cx,
        "The categories of applicants, the grounds some of them need, and when a\nlegal representative applies.",
        body,
    ))
}

/// `Category::from_clause`, as `reglament explain --category 2.8` finds a
/// category.
const FROM_CLAUSE: &str =
    "    /// The category with this clause number (`\"2.8\"`), if there is one; a
    /// branch has its category's number.
    pub fn from_clause(clause: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|c| *c == c.main() && c.clause() == Some(clause))
    }
";

/// `Category::from_clause` of an amended regulation: a clause number is
/// never reused, so it names one category whatever the version.
const FROM_CLAUSE_VERSIONED: &str =
    "    /// The category with this clause number (`\"2.8\"`) in any version, if there
    /// is one; a branch has its category's number.
    pub fn from_clause(clause: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| {
            *c == c.main()
                && Version::ALL
                    .into_iter()
                    .any(|v| c.in_force(v) && c.clause(v) == Some(clause))
        })
    }
";

/// `Group` and its methods, at the end of `body`: the numbered headings
/// categories sit under, written only for a regulation that has groups.
fn groups(cx: &Context<'_>, body: &mut Code) {
    let reg = cx.reg;
    let names = cx.names;
    let groups = &reg.groups;
    if groups.is_empty() {
        return;
    }
    let group = EnumItem {
        name: "Group",
        docs: vec![
            "The groups of categories: numbered headings with words of their own that".to_owned(),
            "categories sit under ([`Category::group`]).".to_owned(),
        ],
        variants: groups
            .iter()
            .map(|g| {
                (
                    names.variant("Group", &g.id).to_owned(),
                    clause_docs(reg, clause_head(&g.clause), &g.clause),
                )
            })
            .collect(),
    };
    body.blank();
    let ids: Vec<&str> = groups.iter().map(|g| g.id.as_str()).collect();
    group.write(body, &ids);
    let texts: Vec<&ClauseText> = groups.iter().map(|g| &g.clause).collect();
    text_methods(body, cx, &group, &texts);
    body.blank();
    body.match_method(
        &["Its short plain name: its `title`, else the first words of its text.".to_owned()],
        "pub fn name(self) -> &'static str",
        &group.arms(|i| Expr::str(&groups[i].plain_name())),
    );
    body.blank();
    body.match_method(
        &["The categories in it, in the order of the text.".to_owned()],
        "pub fn categories(self) -> &'static [Category]",
        &group.arms(|i| {
            Expr::slice(
                groups[i]
                    .categories
                    .iter()
                    .map(|c| Expr::path(names.path("Category", c)))
                    .collect(),
            )
        }),
    );
    body.line(0, "}");
}
