//! The regulation's clauses as the stand shows them: each with its number,
//! heading, quoted text and clarified wording (both rendered from Markdown),
//! legal basis and anchor; and the whole text in the order of `contents`.

use std::collections::BTreeMap;

use serde::Serialize;

use super::markdown::{Links, to_html, verbatim_html};
use super::words::Words;
use crate::model::{ClauseText, Regulation};

/// One clause (or unnumbered provision) ready to show.
#[derive(Clone, Debug, Serialize)]
pub struct ElementView {
    /// The element's id: its stable anchor.
    pub id: String,
    /// Its kind (`category`, `document`, ...).
    pub kind: &'static str,
    /// Its number as printed (`2.16.1`, `order 2`), if it has one.
    pub clause: Option<String>,
    /// The number as the text shows it before the clause (`2.16.1`, `2`).
    pub number: Option<String>,
    /// `item 2.16.1` in the interface language.
    pub label: Option<String>,
    /// The heading printed above it.
    pub heading: Option<String>,
    /// A category's, branch's or ground's short plain name.
    pub name: Option<String>,
    /// The name is the source's translation (`title ru`) into the page's
    /// language, not in the regulation's.
    pub name_translated: bool,
    /// The quoted text, as HTML.
    pub text: String,
    /// The clarified wording, as HTML.
    pub plain: Option<String>,
    /// How deep it is numbered (0 for `2`, 1 for `2.16`, ...).
    pub depth: usize,
    /// Its legal basis.
    pub basis: Vec<BasisView>,
    /// For a time limit: how long, in words.
    pub limit: Option<String>,
    /// The amendments that changed it (or will), each linking to its
    /// entry on the "What changed" page.
    pub changes: Vec<super::changes::Mark>,
    /// Where the list this clause introduces goes on, when the page shows
    /// the clause without it ("The documents ... are:" on the home page).
    pub continued: Option<Continued>,
}

/// A link to the list a clause ending in a colon introduces.
#[derive(Clone, Debug, Serialize)]
pub struct Continued {
    /// The page (and anchor) that lists it.
    pub href: String,
    /// The words of the link.
    pub text: String,
}

/// A citation of an act.
#[derive(Clone, Debug, Serialize)]
pub struct BasisView {
    /// The act's id (its anchor on the legal-acts page).
    pub act: String,
    /// The act's title.
    pub title: String,
    /// The divisions cited, in words.
    pub divisions: String,
}

/// One entry of the full text.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum TextEntry {
    /// The heading of the approving order's items.
    OrderHeading,
    /// A part (chapter).
    Part {
        /// Anchor.
        id: String,
        /// Its number as printed.
        number: Option<String>,
        /// Its title.
        title: String,
    },
    /// A clause.
    Clause(Box<ElementView>),
    /// A footnote's definition: one footnote of the source may define
    /// several phrases (item 2.6's <8> defines two), and is printed once.
    Footnote {
        /// Anchor.
        id: String,
        /// The anchors of the other phrases it defines.
        more_ids: Vec<String>,
        /// The words defined, each.
        phrases: Vec<String>,
        /// The footnote's text, as HTML.
        text: String,
    },
    /// Text the source does not give.
    Omission {
        /// Anchor.
        id: String,
        /// What is missing.
        text: String,
    },
}

/// A clause-bearing element of the model, by kind.
pub struct Clausal<'r> {
    /// Its kind.
    pub kind: &'static str,
    /// Its id.
    pub id: &'r str,
    /// Its text.
    pub clause: &'r ClauseText,
    /// For a limit: its duration and event.
    pub limit: Option<&'r crate::model::Limit>,
    /// For a category, branch or ground: its short plain name.
    pub name: Option<String>,
}

/// Every clause-bearing element, nested ones (grounds, branches) included.
pub fn clausal(reg: &Regulation) -> Vec<Clausal<'_>> {
    let mut all: Vec<Clausal<'_>> = Vec::new();
    for g in &reg.groups {
        all.push(named_clausal("group", &g.id, &g.clause, g.plain_name()));
    }
    for c in &reg.categories {
        all.push(named_clausal("category", &c.id, &c.clause, c.plain_name()));
        for g in &c.grounds {
            all.push(named_clausal("ground", &g.id, &g.clause, g.plain_name()));
        }
        for b in &c.branches {
            all.push(named_clausal("branch", &b.id, &b.clause, b.plain_name()));
        }
    }
    for r in &reg.representatives {
        all.push(plain_clausal("representative", &r.id, &r.clause));
    }
    for t in &reg.terms {
        all.push(plain_clausal("term", &t.id, &t.clause));
    }
    for l in &reg.limits {
        all.push(Clausal {
            kind: "limit",
            id: &l.id,
            clause: &l.clause,
            limit: Some(l),
            name: None,
        });
    }
    for d in &reg.documents {
        all.push(plain_clausal("document", &d.id, &d.clause));
    }
    for d in &reg.duties {
        all.push(plain_clausal("duty", &d.id, &d.clause));
    }
    for r in &reg.results {
        all.push(plain_clausal("result", &r.id, &r.clause));
    }
    for p in &reg.provisions {
        all.push(plain_clausal("provision", &p.id, &p.clause));
    }
    all
}

fn plain_clausal<'r>(kind: &'static str, id: &'r str, clause: &'r ClauseText) -> Clausal<'r> {
    Clausal {
        kind,
        id,
        clause,
        limit: None,
        name: None,
    }
}

fn named_clausal<'r>(
    kind: &'static str,
    id: &'r str,
    clause: &'r ClauseText,
    name: String,
) -> Clausal<'r> {
    Clausal {
        name: Some(name),
        ..plain_clausal(kind, id, clause)
    }
}

/// What the source does not give of the list of documents: the omissions
/// right after a document's clause.
pub fn document_omissions(reg: &Regulation) -> Vec<String> {
    reg.omissions
        .iter()
        .filter(|o| {
            reg.documents
                .iter()
                .any(|d| d.clause.clause.as_ref() == Some(&o.after))
        })
        .map(|o| o.text.clone())
        .collect()
}

/// Where the regulation's `clause:`, `term:` and `act:` links point.
pub fn links(reg: &Regulation) -> Links {
    let mut clauses = BTreeMap::new();
    for c in clausal(reg) {
        if let Some(n) = &c.clause.clause {
            clauses.insert(n.to_string(), c.id.to_owned());
        }
    }
    Links {
        clauses,
        definitions: reg
            .definitions
            .iter()
            .filter(|d| d.wording.is_some())
            .map(|d| d.id.clone())
            .collect(),
        acts: reg.acts.iter().map(|a| a.id.clone()).collect(),
    }
}

/// The views of every clause-bearing element, by id.
pub struct Elements {
    by_id: BTreeMap<String, ElementView>,
}

impl Elements {
    /// Renders every clause of `reg`.
    pub fn new(reg: &Regulation, words: &Words<'_>, links: &Links) -> Self {
        let by_id = clausal(reg)
            .into_iter()
            .map(|c| (c.id.to_owned(), view(reg, words, links, &c)))
            .collect();
        Self { by_id }
    }

    /// Notes the amendments' changes on the clauses they touched.
    pub fn mark(&mut self, marks: &BTreeMap<String, Vec<super::changes::Mark>>) {
        for (id, list) in marks {
            if let Some(view) = self.by_id.get_mut(id) {
                view.changes.clone_from(list);
            }
        }
    }

    /// The view of element `id`.
    pub fn get(&self, id: &str) -> Option<&ElementView> {
        self.by_id.get(id)
    }

    /// The views of `ids` that exist, in that order.
    pub fn pick(&self, ids: &[String]) -> Vec<ElementView> {
        ids.iter().filter_map(|id| self.get(id)).cloned().collect()
    }

    /// The clause that `n` belongs to (`26` for `26.1`): the sentence that
    /// introduces a list, such as "The documents ... are:".
    pub fn parent_of(&self, n: Option<&crate::model::ClauseNumber>) -> Option<ElementView> {
        let parent = n?.parent()?.to_string();
        self.by_id
            .values()
            .find(|e| e.clause.as_deref() == Some(parent.as_str()))
            .cloned()
    }
}

fn view(reg: &Regulation, words: &Words<'_>, links: &Links, c: &Clausal<'_>) -> ElementView {
    let ct = c.clause;
    ElementView {
        id: c.id.to_owned(),
        kind: c.kind,
        clause: ct.clause.as_ref().map(ToString::to_string),
        number: ct.clause.as_ref().map(|n| {
            crate::model::ClauseNumber {
                order: false,
                steps: n.steps.clone(),
            }
            .to_string()
        }),
        label: ct.clause.as_ref().map(|n| words.clause(n)),
        heading: ct.heading.clone(),
        name: c.name.as_ref().map(|n| {
            reg.translated(c.id, "title", words.lang.code())
                .map_or_else(|| n.clone(), str::to_owned)
        }),
        name_translated: c.name.is_some()
            && reg.translated(c.id, "title", words.lang.code()).is_some(),
        text: verbatim_html(&ct.wording.text),
        plain: ct.wording.plain.as_ref().map(|p| to_html(p, links)),
        depth: ct.clause.as_ref().map_or(0, |n| n.steps.len() - 1),
        basis: ct
            .basis
            .iter()
            .map(|b| BasisView {
                act: b.act.clone(),
                title: reg
                    .acts
                    .iter()
                    .find(|a| a.id == b.act)
                    .map_or_else(|| b.act.clone(), |a| a.title.clone()),
                divisions: words.divisions(b),
            })
            .collect(),
        limit: c.limit.map(|l| {
            let how_long = words.duration(l.duration.amount, l.duration.unit);
            match l
                .from
                .as_ref()
                .and_then(|e| reg.events.iter().find(|ev| &ev.id == e))
            {
                Some(event) => words.labels.fill(
                    "limit_from",
                    &[("duration", &how_long), ("event", &event.title)],
                ),
                None => words.labels.fill("limit", &[("duration", &how_long)]),
            }
        }),
        changes: Vec::new(),
        continued: None,
    }
}

/// The whole text, in the order of `contents`.
pub fn full_text(reg: &Regulation, elements: &Elements) -> Vec<TextEntry> {
    let mut out = Vec::new();
    let mut seen_part = false;
    let clause = |id: &str| {
        elements
            .get(id)
            .cloned()
            .map(Box::new)
            .map(TextEntry::Clause)
    };
    for entry in &reg.contents {
        let mut add: Vec<TextEntry> = Vec::new();
        match entry.kind.as_str() {
            "part" => {
                seen_part = true;
                if let Some(p) = reg.parts.iter().find(|p| p.id == entry.id) {
                    add.push(TextEntry::Part {
                        id: p.id.clone(),
                        number: p.number.clone(),
                        title: p.title.clone(),
                    });
                }
            }
            "category" => {
                add.extend(clause(&entry.id));
                if let Some(c) = reg.category(&entry.id) {
                    // Grounds are clauses of their own; a branch only when
                    // it is numbered (otherwise it quotes its category).
                    add.extend(c.grounds.iter().filter_map(|g| clause(&g.id)));
                    add.extend(
                        c.branches
                            .iter()
                            .filter(|b| b.clause.clause.is_some())
                            .filter_map(|b| clause(&b.id)),
                    );
                }
            }
            "term" => {
                // A `not stated` term records the source's silence: it has no words to show.
                add.extend(clause(&entry.id).filter(
                    |e| matches!(e, TextEntry::Clause(v) if v.clause.is_some() || !v.text.is_empty()),
                ));
            }
            "provision" | "result" | "duty" | "document" | "representative" | "limit" | "group" => {
                add.extend(clause(&entry.id));
            }
            "definition" => {
                if let Some(d) = reg.definitions.iter().find(|d| d.id == entry.id)
                    && let Some(w) = &d.wording
                {
                    let text = verbatim_html(&w.text);
                    // The same footnote again, for its next phrase.
                    if let Some(TextEntry::Footnote {
                        more_ids,
                        phrases,
                        text: previous,
                        ..
                    }) = out.last_mut()
                        && *previous == text
                    {
                        more_ids.push(d.id.clone());
                        phrases.push(d.phrase.clone());
                        continue;
                    }
                    add.push(TextEntry::Footnote {
                        id: d.id.clone(),
                        more_ids: vec![],
                        phrases: vec![d.phrase.clone()],
                        text,
                    });
                }
            }
            "omission" => {
                if let Some(o) = reg.omissions.iter().find(|o| o.id == entry.id) {
                    add.push(TextEntry::Omission {
                        id: o.id.clone(),
                        text: o.text.clone(),
                    });
                }
            }
            _ => {}
        }
        if !add.is_empty() && !seen_part && out.is_empty() && !reg.parts.is_empty() {
            out.push(TextEntry::OrderHeading);
        }
        out.extend(add);
    }
    out
}
