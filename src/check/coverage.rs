//! Term coverage: every application kind, category (or branch) that files
//! it, and applicant status has exactly one processing term.

use std::collections::BTreeMap;

use super::Checker;
use crate::diagnostics::messages;
use crate::model::{Regulation, Term, TermLength};
use crate::source::Span;

/// Who files an application, for coverage: a category's own text, one of its
/// branches, or, where no category files that kind, any applicant.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Filer {
    /// The category, if any.
    pub category: Option<String>,
    /// The branch, if the filer is one.
    pub branch: Option<String>,
}

impl Filer {
    /// Does a term's `for category` list (or its absence) include this filer?
    pub fn selected_by(&self, listed: Option<&Vec<String>>) -> bool {
        match (listed, &self.category) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(list), Some(c)) => {
                list.contains(c) || self.branch.as_ref().is_some_and(|b| list.contains(b))
            }
        }
    }

    fn words(&self, reg: &Regulation) -> String {
        match (&self.category, &self.branch) {
            (None, _) => "any applicant".to_owned(),
            (Some(c), branch) => {
                let clause = reg
                    .category(c)
                    .and_then(|c| c.clause.clause.as_ref())
                    .map(|n| format!(" (clause {n})"));
                match branch {
                    Some(b) => format!(
                        "branch `{b}` of category `{c}`{}",
                        clause.unwrap_or_default()
                    ),
                    None => format!("category `{c}`{}", clause.unwrap_or_default()),
                }
            }
        }
    }
}

/// The filers of application kind `kind`.
pub fn filers(reg: &Regulation, kind: &str) -> Vec<Filer> {
    let mut out = Vec::new();
    for c in reg
        .categories
        .iter()
        .filter(|c| c.files.iter().any(|f| f == kind))
    {
        if c.applies.is_some() || c.branches.is_empty() {
            out.push(Filer {
                category: Some(c.id.clone()),
                branch: None,
            });
        }
        for b in &c.branches {
            out.push(Filer {
                category: Some(c.id.clone()),
                branch: Some(b.id.clone()),
            });
        }
    }
    if out.is_empty() {
        out.push(Filer {
            category: None,
            branch: None,
        });
    }
    out
}

/// The terms that match a combination.
pub fn matching<'r>(
    reg: &'r Regulation,
    kind: &str,
    filer: &Filer,
    status: Option<&str>,
) -> Vec<&'r Term> {
    reg.terms
        .iter()
        .filter(|t| t.applications.iter().any(|a| a == kind))
        .filter(|t| filer.selected_by(t.categories.as_ref()))
        .filter(|t| match (&t.statuses, status) {
            (None, _) | (_, None) => true,
            (Some(list), Some(s)) => list.iter().any(|x| x == s),
        })
        .collect()
}

pub(super) fn check(cx: &mut Checker, reg: &Regulation) {
    let statuses: Vec<Option<&str>> = if reg.statuses.is_empty() {
        vec![None]
    } else {
        reg.statuses.iter().map(|s| Some(s.id.as_str())).collect()
    };
    // Grouped so that one problem names all the statuses of one gap.
    let mut missing: BTreeMap<(String, Filer), (Vec<String>, Span)> = BTreeMap::new();
    let mut conflicts: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    let mut not_stated: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    // Looked up once per combination: an index keeps coverage linear.
    let spans: BTreeMap<&str, Span> = reg
        .categories
        .iter()
        .map(|c| (c.id.as_str(), c.span))
        .collect();
    for app in &reg.applications {
        for filer in filers(reg, &app.id) {
            let span = filer
                .category
                .as_ref()
                .and_then(|c| spans.get(c.as_str()))
                .copied()
                .unwrap_or(app.span);
            for status in &statuses {
                let terms = matching(reg, &app.id, &filer, *status);
                match terms.as_slice() {
                    [] => {
                        missing
                            .entry((app.id.clone(), filer.clone()))
                            .or_insert_with(|| (Vec::new(), span))
                            .0
                            .push(status.unwrap_or("any status").to_owned());
                    }
                    [one] => {
                        if matches!(one.length, TermLength::NotStated { .. }) {
                            not_stated
                                .entry(one.id.clone())
                                .or_default()
                                .entry(format!("application `{}` by {}", app.id, filer.words(reg)))
                                .or_default()
                                .push(status.unwrap_or("any status").to_owned());
                        }
                    }
                    [first, second, ..] => {
                        let combination = combination_words(reg, &app.id, &filer, *status);
                        conflicts
                            .entry((first.id.clone(), second.id.clone()))
                            .or_default()
                            .push(combination);
                    }
                }
            }
        }
    }
    for ((app, filer), (statuses, span)) in missing {
        let who = filer.words(reg);
        cx.problems
            .push(messages::missing_term(&app, &who, &statuses, span));
    }
    for ((a, b), combinations) in conflicts {
        let (Some(ta), Some(tb)) = (
            reg.terms.iter().find(|t| t.id == a),
            reg.terms.iter().find(|t| t.id == b),
        ) else {
            continue;
        };
        cx.problems.push(messages::conflicting_terms(
            &combinations,
            term_words(ta),
            ta.span,
            term_words(tb),
            tb.span,
        ));
    }
    for (id, groups) in not_stated {
        let combinations: Vec<String> = groups
            .into_iter()
            .map(|(who, statuses)| {
                let statuses: Vec<String> = statuses.iter().map(|s| format!("`{s}`")).collect();
                format!("{who}, status {}", statuses.join(" and "))
            })
            .collect();
        if let Some(t) = reg.terms.iter().find(|t| t.id == id) {
            cx.problems.push(messages::term_not_stated(
                &term_words(t),
                &combinations,
                t.span,
            ));
        }
    }
}

fn term_words(t: &Term) -> String {
    match &t.clause.clause {
        Some(n) => format!("term `{}` (clause {n})", t.id),
        None => format!("term `{}`", t.id),
    }
}

fn combination_words(reg: &Regulation, app: &str, filer: &Filer, status: Option<&str>) -> String {
    let status = status
        .map(|s| format!(", status `{s}`"))
        .unwrap_or_default();
    format!("application `{app}` by {}{status}", filer.words(reg))
}
