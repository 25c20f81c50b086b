//! What each page of a stand shows, built from the model once per
//! regulation (the office's part is added per stand).

use serde::Serialize;

use super::markdown::{Links, to_html, verbatim_html};
use super::plan::Plan;
use super::views::{ElementView, Elements, document_omissions};
use super::words::Words;
use crate::model::{Amount, Regulation};

mod applicants;
mod terms;

use applicants::Applicants;
use terms::Terms;

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
        applicants: applicants::applicants(reg, words, elements),
        documents: Documents {
            intro: documents_intro,
            items: reg
                .documents
                .iter()
                .filter_map(|d| document(reg, words, elements, links, d))
                .collect(),
            omissions: document_omissions(reg),
        },
        terms: terms::terms(reg, words, elements, plan),
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
