//! What each page of a stand shows, built from the model once per
//! regulation (the office's part is added per stand).

use serde::Serialize;

use super::markdown::{Links, to_html, verbatim_html};
use super::plan::Plan;
use super::views::{ElementView, Elements, document_omissions};
use super::words::{Words, unit_key};
use crate::check::coverage::{Filer, filers, matching};
use crate::model::{Amount, Regulation, TermLength};

/// A link to an element: its label and anchor.
#[derive(Clone, Debug, Serialize)]
pub struct Ref {
    /// The element's id.
    pub id: String,
    /// `item 2.8`, or the element's title.
    pub label: String,
    /// A category's or branch's short plain name.
    pub name: Option<String>,
    /// The name is the source's translation into the page's language.
    pub name_translated: bool,
}

/// The regulation-wide content of every page.
#[derive(Debug, Serialize)]
pub struct Content {
    /// The service in short.
    pub home: Home,
    /// Who may apply.
    pub applicants: Applicants,
    /// The documents.
    pub documents: Documents,
    /// Terms and deadlines.
    pub terms: Terms,
    /// Extra clauses of the information page.
    pub information: Vec<ElementView>,
    /// Extra clauses of the legal-acts page.
    pub acts_extra: Vec<ElementView>,
}

/// The service in short (11.2).
#[derive(Debug, Serialize)]
pub struct Home {
    /// The clause naming the service.
    pub service: Option<ElementView>,
    /// The clause naming the body providing it.
    pub provider: Option<ElementView>,
    /// The clause introducing the results, and the results.
    pub results_intro: Option<ElementView>,
    /// The results.
    pub results: Vec<ElementView>,
    /// Clauses the plan adds.
    pub extra: Vec<ElementView>,
    /// How the documents are submitted (the clause introducing them).
    pub documents_intro: Option<ElementView>,
    /// "How to apply": the documents' introduction and the clauses the
    /// stand plan puts on the home page, in the regulation's order.
    pub procedure: Vec<ElementView>,
    /// What the source does not give.
    pub omissions: Vec<String>,
}

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

/// The documents (11.4).
#[derive(Debug, Serialize)]
pub struct Documents {
    /// The clause introducing them.
    pub intro: Option<ElementView>,
    /// The documents.
    pub items: Vec<DocumentView>,
    /// What the source does not give of the list.
    pub omissions: Vec<String>,
}

/// One document.
#[derive(Debug, Serialize)]
pub struct DocumentView {
    /// The clause.
    pub element: ElementView,
    /// The categories it is required of (`for category`); empty: any.
    pub categories: Vec<Ref>,
    /// When it is required, in words (HTML); `None`: always.
    pub required: Option<String>,
    /// Copies, the first whose condition holds.
    pub copies: Vec<AmountView>,
    /// Count of items, likewise.
    pub count: Vec<AmountView>,
    /// `35 x 45 mm`.
    pub size: Option<String>,
    /// The validity window in the model's words (`Validity.words`).
    pub valid: Option<String>,
    /// Other physical requirements.
    pub requirements: Vec<String>,
    /// How it is filled in.
    pub rules: Vec<RuleView>,
    /// Documents whose rules it follows.
    pub same_rules_as: Vec<Ref>,
    /// The form it is filled on.
    pub form: Option<Ref>,
}

/// A number of copies or items, and when.
#[derive(Debug, Serialize)]
pub struct AmountView {
    /// How many.
    pub amount: u32,
    /// Only for the applicants of these categories; empty: any.
    pub categories: Vec<Ref>,
    /// When (HTML); `None`: otherwise.
    pub when: Option<String>,
}

/// A filling rule.
#[derive(Debug, Serialize)]
pub struct RuleView {
    /// The quoted rule (HTML).
    pub text: String,
    /// Its clarified wording (HTML).
    pub plain: Option<String>,
    /// The date format it prescribes.
    pub date_format: Option<String>,
    /// When it applies (HTML).
    pub applies: Option<String>,
}

/// Terms and deadlines (item 23).
#[derive(Debug, Serialize)]
pub struct Terms {
    /// The clause introducing them.
    pub intro: Option<ElementView>,
    /// The terms.
    pub items: Vec<TermView>,
    /// Clauses the plan adds.
    pub extra: Vec<ElementView>,
    /// The other time limits (an answer by phone, a written reply).
    pub limits: Vec<LimitView>,
    /// The production calendar: title, first and last year.
    pub calendar: Option<CalendarView>,
}

/// A time limit that is not a processing term.
#[derive(Debug, Serialize)]
pub struct LimitView {
    /// The clause.
    pub element: ElementView,
    /// `10 minutes`, `30 calendar days`.
    pub duration: String,
    /// The event it runs from, by its title.
    pub from: Option<String>,
    /// In hours or minutes: stated, not counted on the calendar.
    pub stated: bool,
}

/// One term.
#[derive(Debug, Serialize)]
pub struct TermView {
    /// The clause (empty text for a `not stated` term).
    pub element: ElementView,
    /// `4 months`.
    pub duration: Option<String>,
    /// Why the source states no term.
    pub not_stated: Option<String>,
    /// The kinds of application it is for.
    pub applications: Vec<String>,
    /// The categories it is for (none: every category that files them).
    pub categories: Vec<Ref>,
    /// The statuses it is for (none: all).
    pub statuses: Vec<String>,
    /// What it is counted from.
    pub from: Option<String>,
    /// For the deadline calculator: amount and unit key.
    pub amount: Option<u32>,
    /// The unit's key (`months`, `working_days`, `calendar_days`).
    pub unit: Option<&'static str>,
}

/// The production calendar deadlines are counted by.
#[derive(Debug, Serialize)]
pub struct CalendarView {
    /// Its title.
    pub title: String,
    /// The first year it covers.
    pub first: i16,
    /// The last year it covers.
    pub last: i16,
}

/// Builds every page's regulation-wide content.
pub fn content(
    reg: &Regulation,
    words: &Words<'_>,
    elements: &Elements,
    plan: &Plan,
    links: &Links,
) -> Content {
    let find = |id: &Option<String>| id.as_deref().and_then(|i| elements.get(i)).cloned();
    let documents_intro =
        elements.parent_of(reg.documents.first().and_then(|d| d.clause.clause.as_ref()));
    let mut home = Home {
        service: find(&reg.service),
        provider: find(&reg.provider),
        results_intro: elements
            .parent_of(reg.results.first().and_then(|r| r.clause.clause.as_ref())),
        results: reg
            .results
            .iter()
            .filter_map(|r| elements.get(&r.id))
            .cloned()
            .collect(),
        extra: in_text_order(reg, elements.pick(plan.elements("index"))),
        // Shown on the home and information pages without the documents
        // it introduces: say where they are, so its colon is not left
        // hanging.
        documents_intro: documents_intro.clone().map(|mut e| {
            e.continued = Some(super::views::Continued {
                href: "documents.html".to_owned(),
                text: words.labels.fill(
                    "continued_on",
                    &[("page", words.labels.get("page_documents"))],
                ),
            });
            e
        }),
        omissions: reg.omissions.iter().map(|o| o.text.clone()).collect(),
        procedure: Vec::new(),
    };
    home.procedure = in_text_order(
        reg,
        home.documents_intro
            .iter()
            .chain(&home.extra)
            .cloned()
            .collect(),
    );
    Content {
        home,
        applicants: applicants(reg, words, elements),
        documents: Documents {
            intro: documents_intro,
            items: reg
                .documents
                .iter()
                .filter_map(|d| document(reg, words, elements, links, d))
                .collect(),
            omissions: document_omissions(reg),
        },
        terms: terms(reg, words, elements, plan),
        information: elements.pick(plan.elements("information")),
        acts_extra: elements.pick(plan.elements("legal-acts")),
    }
}

/// `list` in the order of the regulation's text (by clause, for elements
/// nested in others), whatever order the stand plan names them in.
fn in_text_order(reg: &Regulation, mut list: Vec<ElementView>) -> Vec<ElementView> {
    let position = |e: &ElementView| {
        reg.contents
            .iter()
            .position(|c| c.id == e.id)
            .unwrap_or(usize::MAX)
    };
    list.sort_by_key(position);
    list
}

fn applicants(reg: &Regulation, words: &Words<'_>, elements: &Elements) -> Applicants {
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

/// `item 2.8` for a category, or for the category a branch belongs to.
fn category_label(reg: &Regulation, words: &Words<'_>, id: &str) -> String {
    reg.categories
        .iter()
        .find(|c| c.id == id || c.branches.iter().any(|b| b.id == id))
        .and_then(|c| c.clause.clause.as_ref())
        .map_or_else(|| id.to_owned(), |n| words.clause(n))
}

/// The short plain name of a category or branch.
/// Is the source's translation of the name of `id` into the page's
/// language what [`category_name`] gives?
fn translated_name(reg: &Regulation, words: &Words<'_>, id: &str) -> bool {
    reg.translated(id, "title", words.lang.code()).is_some()
}

fn category_name(reg: &Regulation, words: &Words<'_>, id: &str) -> Option<String> {
    if let Some(t) = reg.translated(id, "title", words.lang.code()) {
        return Some(t.to_owned());
    }
    reg.categories.iter().find_map(|c| {
        if c.id == id {
            return Some(c.plain_name());
        }
        c.branches
            .iter()
            .find(|b| b.id == id)
            .map(crate::model::Branch::plain_name)
    })
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

fn amounts(reg: &Regulation, words: &Words<'_>, list: &[Amount]) -> Vec<AmountView> {
    list.iter()
        .map(|a| AmountView {
            amount: a.amount,
            categories: category_refs(reg, words, a.categories.as_deref().unwrap_or_default()),
            when: a.when.as_ref().map(|c| words.condition(c)),
        })
        .collect()
}

/// Links to the categories or branches `ids` names, by their plain names.
fn category_refs(reg: &Regulation, words: &Words<'_>, ids: &[String]) -> Vec<Ref> {
    ids.iter()
        .map(|c| Ref {
            id: c.clone(),
            label: category_label(reg, words, c),
            name: category_name(reg, words, c),
            name_translated: translated_name(reg, words, c),
        })
        .collect()
}

fn document(
    reg: &Regulation,
    words: &Words<'_>,
    elements: &Elements,
    links: &Links,
    d: &crate::model::Document,
) -> Option<DocumentView> {
    let reference = |id: &str| Ref {
        id: id.to_owned(),
        label: reg
            .document(id)
            .and_then(|d| d.clause.clause.as_ref())
            .map_or_else(|| id.to_owned(), |n| words.clause(n)),
        name: None,
        name_translated: false,
    };
    Some(DocumentView {
        element: elements.get(&d.id)?.clone(),
        categories: category_refs(reg, words, d.categories.as_deref().unwrap_or_default()),
        required: d.required.as_ref().map(|c| words.condition(c)),
        copies: amounts(reg, words, &d.copies),
        count: amounts(reg, words, &d.count),
        size: d.size.as_ref().map(|s| super::words::size(words.labels, s)),
        valid: d.valid.as_ref().map(|v| v.words.clone()),
        requirements: d.requirements.clone(),
        rules: d
            .rules
            .iter()
            .map(|r| RuleView {
                text: verbatim_html(&r.wording.text),
                plain: r.wording.plain.as_ref().map(|p| to_html(p, links)),
                date_format: r
                    .date_format
                    .as_ref()
                    .map(|f| super::words::date_format(words.labels, f)),
                applies: r.applies.as_ref().map(|c| words.condition(c)),
            })
            .collect(),
        same_rules_as: d.same_rules_as.iter().map(|id| reference(id)).collect(),
        form: d
            .form
            .as_ref()
            .and_then(|f| reg.forms.iter().find(|x| &x.id == f))
            .map(|f| Ref {
                id: f.id.clone(),
                label: f.title.clone(),
                name: None,
                name_translated: false,
            }),
    })
}

fn terms(reg: &Regulation, words: &Words<'_>, elements: &Elements, plan: &Plan) -> Terms {
    let title_of = |id: &String| {
        reg.applications
            .iter()
            .find(|a| &a.id == id)
            .map_or_else(|| id.clone(), |a| a.title.clone())
    };
    let items = reg
        .terms
        .iter()
        .filter_map(|t| {
            let (duration, not_stated, from, amount, unit) = match &t.length {
                TermLength::Lasts { duration, from } => (
                    Some(words.duration(duration.amount, duration.unit)),
                    None,
                    from.as_ref()
                        .and_then(|e| reg.events.iter().find(|ev| &ev.id == e))
                        .map(|e| e.title.clone()),
                    Some(duration.amount),
                    Some(unit_key(duration.unit)),
                ),
                TermLength::NotStated { reason } => (None, Some(reason.clone()), None, None, None),
            };
            Some(TermView {
                element: elements.get(&t.id)?.clone(),
                duration,
                not_stated,
                applications: t.applications.iter().map(title_of).collect(),
                categories: t
                    .categories
                    .iter()
                    .flatten()
                    .map(|c| Ref {
                        id: c.clone(),
                        label: category_label(reg, words, c),
                        name: category_name(reg, words, c),
                        name_translated: translated_name(reg, words, c),
                    })
                    .collect(),
                statuses: t
                    .statuses
                    .iter()
                    .flatten()
                    .filter_map(|s| reg.statuses.iter().find(|x| &x.id == s))
                    .map(|s| s.title.clone())
                    .collect(),
                from,
                amount,
                unit,
            })
        })
        .collect();
    let limits = reg
        .limits
        .iter()
        .filter_map(|l| {
            // The rows below say how long and from what; the clause's own
            // "Time limit:" line would say it a second time.
            let mut element = elements.get(&l.id)?.clone();
            element.limit = None;
            Some(LimitView {
                element,
                duration: words.duration(l.duration.amount, l.duration.unit),
                from: l
                    .from
                    .as_ref()
                    .and_then(|e| reg.events.iter().find(|ev| &ev.id == e))
                    .map(|e| e.title.clone()),
                stated: l.duration.unit.deadline_unit().is_none(),
            })
        })
        .collect();
    Terms {
        intro: elements.parent_of(reg.terms.iter().find_map(|t| t.clause.clause.as_ref())),
        items,
        extra: elements.pick(plan.elements("terms")),
        limits,
        calendar: reg.production_calendar().and_then(|c| {
            Some(CalendarView {
                title: c.title.clone().unwrap_or_else(|| c.id.clone()),
                first: c.years.first()?.year,
                last: c.years.last()?.year,
            })
        }),
    }
}
