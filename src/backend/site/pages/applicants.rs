//! The applicants page: who may apply, grouped by the kind of application,
//! each category with its terms and representative rules.

use serde::Serialize;

use super::super::views::{ElementView, Elements};
use super::super::words::Words;
use super::{Ref, category_label, category_name, translated_name};
use crate::check::coverage::{Filer, filers, matching};
use crate::model::{Regulation, TermLength};

/// Who may apply, grouped by the kind of application.
#[derive(Debug, Serialize)]
pub struct Applicants {
    /// The clause introducing the categories.
    pub intro: Option<ElementView>,
    /// One group per kind of application.
    pub groups: Vec<Group>,
    /// The legal-representative rules.
    pub representatives: Vec<RepresentativeView>,
}

/// The applicants of one kind of application.
#[derive(Debug, Serialize)]
pub struct Group {
    /// The application's id.
    pub id: String,
    /// Its name.
    pub title: String,
    /// The result it leads to.
    pub result: Option<ElementView>,
    /// The categories that file it.
    pub categories: Vec<CategoryView>,
    /// The same categories, in runs under the heading of the group each
    /// sits under (a run of categories in no group has none).
    pub runs: Vec<CategoryRun>,
    /// Its term when no category files it.
    pub terms: Vec<TermLine>,
}

/// Categories listed one after another under one group's heading, or
/// under none.
#[derive(Debug, Serialize)]
pub struct CategoryRun {
    /// The group's short plain name, for the run's heading.
    pub name: Option<String>,
    /// The name is the source's translation into the page's language.
    pub name_translated: bool,
    /// The group's clause: its number and words (its name is the heading).
    pub group: Option<ElementView>,
    /// Does this listing carry the group's anchor (its first listing)?
    pub anchor: bool,
    /// The categories.
    pub categories: Vec<CategoryView>,
}

/// A category (or a branch of one) with what applies to it.
#[derive(Clone, Debug, Serialize)]
pub struct CategoryView {
    /// The clause.
    pub element: ElementView,
    /// Does this listing carry the anchors (the first listing of a category
    /// that files several kinds of application)?
    pub anchor: bool,
    /// Its grounds (replacement cases).
    pub grounds: Vec<ElementView>,
    /// Its branches (family members), each with its own terms.
    pub branches: Vec<CategoryView>,
    /// Its term, per status where they differ.
    pub terms: Vec<TermLine>,
    /// The representative rules that concern it.
    pub representatives: Vec<Ref>,
}

/// One term that applies, for some statuses.
#[derive(Clone, Debug, Serialize)]
pub struct TermLine {
    /// The term's id.
    pub id: String,
    /// `4 months`, or that the source states none.
    pub words: String,
    /// Its clause, if any.
    pub label: Option<String>,
    /// The statuses it is for, when not all.
    pub statuses: Vec<String>,
}

/// A legal-representative rule.
#[derive(Debug, Serialize)]
pub struct RepresentativeView {
    /// The clause.
    pub element: ElementView,
    /// When it applies, in words (HTML).
    pub condition: Option<String>,
    /// The categories it concerns.
    pub categories: Vec<Ref>,
}

pub(super) fn applicants(reg: &Regulation, words: &Words<'_>, elements: &Elements) -> Applicants {
    let reps_of = |category: &str, branch: Option<&str>| -> Vec<Ref> {
        reg.representatives
            .iter()
            .filter(|r| {
                r.categories
                    .iter()
                    .any(|c| c == category || Some(c.as_str()) == branch)
            })
            .map(|r| Ref {
                id: r.id.clone(),
                label: r
                    .clause
                    .clause
                    .as_ref()
                    .map_or_else(|| r.id.clone(), |n| words.clause(n)),
                name: None,
                name_translated: false,
            })
            .collect()
    };
    let mut listed: Vec<&str> = Vec::new();
    let mut listed_groups: Vec<&str> = Vec::new();
    let groups = reg
        .applications
        .iter()
        .map(|app| {
            let categories: Vec<CategoryView> = reg
                .categories
                .iter()
                .filter(|c| c.files.contains(&app.id))
                .filter_map(|c| {
                    let anchor = !listed.contains(&c.id.as_str());
                    listed.push(&c.id);
                    let filer = |branch: Option<&String>| Filer {
                        category: Some(c.id.clone()),
                        branch: branch.cloned(),
                    };
                    Some(CategoryView {
                        element: elements.get(&c.id)?.clone(),
                        anchor,
                        grounds: c
                            .grounds
                            .iter()
                            .filter_map(|g| elements.get(&g.id))
                            .cloned()
                            .collect(),
                        branches: c
                            .branches
                            .iter()
                            .filter_map(|b| {
                                Some(CategoryView {
                                    element: elements.get(&b.id)?.clone(),
                                    anchor,
                                    grounds: vec![],
                                    branches: vec![],
                                    terms: term_lines(reg, words, &app.id, &filer(Some(&b.id))),
                                    representatives: reps_of(&c.id, Some(&b.id)),
                                })
                            })
                            .collect(),
                        terms: if c.applies.is_some() {
                            term_lines(reg, words, &app.id, &filer(None))
                        } else {
                            vec![]
                        },
                        representatives: reps_of(&c.id, None),
                    })
                })
                .collect();
            let any = Filer {
                category: None,
                branch: None,
            };
            let no_filer = filers(reg, &app.id) == [any.clone()];
            let mut runs: Vec<CategoryRun> = Vec::new();
            let mut run_group: Option<&str> = None;
            for view in &categories {
                let group = reg
                    .category(&view.element.id)
                    .and_then(|c| c.group.as_deref());
                if runs.is_empty() || group != run_group {
                    let anchor = group.is_some_and(|g| !listed_groups.contains(&g));
                    listed_groups.extend(group);
                    let view = group.and_then(|g| elements.get(g));
                    runs.push(CategoryRun {
                        name: view.and_then(|v| v.name.clone()),
                        name_translated: view.is_some_and(|v| v.name_translated),
                        group: view.map(|v| ElementView {
                            name: None,
                            ..v.clone()
                        }),
                        anchor,
                        categories: Vec::new(),
                    });
                    run_group = group;
                }
                if let Some(run) = runs.last_mut() {
                    run.categories.push(view.clone());
                }
            }
            Group {
                id: app.id.clone(),
                title: app.title.clone(),
                result: app.gives.as_ref().and_then(|r| elements.get(r)).cloned(),
                categories,
                runs,
                terms: if no_filer {
                    term_lines(reg, words, &app.id, &any)
                } else {
                    vec![]
                },
            }
        })
        .collect();
    Applicants {
        // The clause the list stands under: the parent of the first
        // category's, or of its group's when it sits under one.
        intro: elements.parent_of(reg.categories.first().and_then(|c| {
            c.group
                .as_deref()
                .and_then(|g| reg.group(g))
                .map_or(c.clause.clause.as_ref(), |g| g.clause.clause.as_ref())
        })),
        groups,
        representatives: reg
            .representatives
            .iter()
            .filter_map(|r| {
                Some(RepresentativeView {
                    element: elements.get(&r.id)?.clone(),
                    condition: r.applies.as_ref().map(|c| words.condition(c)),
                    categories: r
                        .categories
                        .iter()
                        .map(|c| Ref {
                            id: c.clone(),
                            label: category_label(reg, words, c),
                            name: category_name(reg, words, c),
                            name_translated: translated_name(reg, words, c),
                        })
                        .collect(),
                })
            })
            .collect(),
    }
}

/// The terms of an application for a filer, one line per distinct term
/// (with the statuses it is for when they differ).
fn term_lines(reg: &Regulation, words: &Words<'_>, app: &str, filer: &Filer) -> Vec<TermLine> {
    let statuses: Vec<Option<&str>> = if reg.statuses.is_empty() {
        vec![None]
    } else {
        reg.statuses.iter().map(|s| Some(s.id.as_str())).collect()
    };
    let mut lines: Vec<(String, Vec<String>)> = Vec::new();
    for s in &statuses {
        for t in matching(reg, app, filer, *s) {
            let title = s
                .and_then(|s| reg.statuses.iter().find(|x| x.id == s))
                .map(|x| x.title.clone());
            match lines.iter_mut().find(|(id, _)| *id == t.id) {
                Some((_, st)) => st.extend(title),
                None => lines.push((t.id.clone(), title.into_iter().collect())),
            }
        }
    }
    let all = lines.len() <= 1;
    lines
        .into_iter()
        .filter_map(|(id, statuses)| {
            let t = reg.terms.iter().find(|t| t.id == id)?;
            Some(TermLine {
                words: match &t.length {
                    TermLength::Lasts { duration, .. } => {
                        words.duration(duration.amount, duration.unit)
                    }
                    TermLength::NotStated { .. } => words.labels.get("term_not_stated").to_owned(),
                },
                label: t.clause.clause.as_ref().map(|n| words.clause(n)),
                statuses: if all { vec![] } else { statuses },
                id,
            })
        })
        .collect()
}
