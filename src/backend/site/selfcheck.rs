//! The self-check's data: the questions, and everything the script needs to
//! answer them as the interpreter does (conditions, terms, documents, the
//! production calendar), as JSON embedded in the page.

use serde::Serialize;

use super::Lang;
use super::catalog::FormView;
use super::labels::Labels;
use super::views::Elements;
use crate::model::{Amount, Condition, DurationUnit, FactType, Regulation, TermLength};

/// An option, status or kind of application.
#[derive(Debug, Serialize)]
pub struct Named {
    /// Id.
    pub id: String,
    /// Words.
    pub title: String,
    /// The words are the source's translation into the page's language
    /// (`title ru "..."`), not in the regulation's language.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub translated: bool,
}

/// `text`, or the source's translation of `line` of `id` into `lang`, and
/// whether it is that translation.
fn in_lang(reg: &Regulation, lang: Lang, id: &str, line: &str, text: &str) -> (String, bool) {
    match reg.translated(id, line, lang.code()) {
        Some(t) => (t.to_owned(), true),
        None => (text.to_owned(), false),
    }
}

/// One question.
#[derive(Debug, Serialize)]
pub struct Question {
    /// The fact's id.
    pub id: String,
    /// The question, in the regulation's language.
    pub question: String,
    /// `yes_no`, `number`, `date` or `choice`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The unit of a number.
    pub unit: Option<String>,
    /// The options of a choice.
    pub options: Vec<Named>,
    /// The question is the source's translation into the page's language.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub translated: bool,
    /// The question as asked of one who answers for the applicant, when
    /// the fact gives that wording.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub for_representative: Option<String>,
    /// That wording is the source's translation into the page's language.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub for_representative_translated: bool,
    /// The question asks the date of this event (its `question` is the
    /// event's title): a term or condition counts from it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub event: bool,
}

/// Something with a condition: a branch, a ground.
#[derive(Debug, Serialize)]
struct Conditional<'r> {
    id: &'r str,
    name: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    translated: bool,
    clause: Option<String>,
    applies: Option<&'r Condition>,
}

#[derive(Debug, Serialize)]
struct CategoryData<'r> {
    id: &'r str,
    name: String,
    clause: String,
    files: &'r [String],
    applies: Option<&'r Condition>,
    branches: Vec<Conditional<'r>>,
    grounds: Vec<Conditional<'r>>,
}

#[derive(Debug, Serialize)]
struct RepresentativeData<'r> {
    id: &'r str,
    clause: Option<String>,
    categories: &'r [String],
    applies: Option<&'r Condition>,
}

#[derive(Debug, Serialize)]
struct TermData<'r> {
    id: &'r str,
    clause: Option<String>,
    applications: &'r [String],
    categories: Option<&'r Vec<String>>,
    statuses: Option<&'r Vec<String>>,
    amount: Option<u32>,
    unit: Option<DurationUnit>,
    from: Option<&'r str>,
    not_stated: bool,
}

/// A time limit: unconditional, so the answer lists every one, with its
/// last day once the date it runs from is given.
#[derive(Debug, Serialize)]
struct LimitData<'r> {
    id: &'r str,
    clause: Option<String>,
    amount: u32,
    unit: DurationUnit,
    from: Option<&'r str>,
    /// Hours and minutes are stated, never counted on the calendar.
    on_calendar: bool,
}

#[derive(Debug, Serialize)]
struct DocumentData<'r> {
    id: &'r str,
    name: String,
    /// The name is the source's `title` in the page's language.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    translated: bool,
    clause: Option<String>,
    categories: Option<&'r Vec<String>>,
    required: Option<&'r Condition>,
    copies: &'r [Amount],
    count: &'r [Amount],
    form: Option<&'r str>,
    size: Option<String>,
    /// The validity window: its words, and its condition to flag a date
    /// the visitor gave that falls outside.
    valid: Option<&'r crate::model::Validity>,
}

/// A form with the PDFs of it that this build wrote, for the checklist.
#[derive(Debug, Serialize)]
struct FormData<'r> {
    id: &'r str,
    title: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    translated: bool,
    appendix: Option<u32>,
    blank: Option<&'r str>,
    samples: Vec<&'r str>,
}

#[derive(Debug, Serialize)]
struct CalendarData {
    years: Vec<i16>,
    non_working: Vec<String>,
    working: Vec<String>,
}

#[derive(Debug, Serialize)]
struct Data<'r> {
    labels: &'r Labels,
    statuses: &'r [Named],
    applications: &'r [Named],
    facts: &'r [Question],
    categories: Vec<CategoryData<'r>>,
    representatives: Vec<RepresentativeData<'r>>,
    /// Each group's categories: a condition's `category is <group>`
    /// names the group as written.
    groups: std::collections::BTreeMap<&'r str, &'r [String]>,
    terms: Vec<TermData<'r>>,
    limits: Vec<LimitData<'r>>,
    documents: Vec<DocumentData<'r>>,
    forms: Vec<FormData<'r>>,
    calendar: Option<CalendarData>,
    /// The event marked `date of acceptance`: the date the visitor gives
    /// counts the terms that run from it (or from no event named).
    acceptance: Option<&'r str>,
}

/// A clause's summary shown among the self-check's answers.
#[derive(Debug, Serialize)]
pub struct Summary {
    /// `category`, `branch`, `document` or `limit`.
    pub kind: &'static str,
    /// The element's id.
    pub id: String,
    /// Where its clause link points: its own anchor, or its category's.
    pub anchor: String,
    /// `item 2.21`.
    pub label: Option<String>,
    /// A category's or branch's short plain name.
    pub name: Option<String>,
    /// The name is the source's translation into the page's language.
    pub name_translated: bool,
    /// Its clarified wording, or its text (HTML).
    pub html: String,
}

/// Everything the self-check page shows.
#[derive(Debug, Serialize)]
pub struct SelfCheck {
    /// The statuses to choose from.
    pub statuses: Vec<Named>,
    /// The kinds of application to choose from.
    pub applications: Vec<Named>,
    /// The questions, in the order declared.
    pub questions: Vec<Question>,
    /// Summaries of the categories, branches, documents and limits.
    pub summaries: Vec<Summary>,
    /// What the source does not give of the document list.
    pub omissions: Vec<String>,
    /// The data for the script, as JSON safe inside a `<script>` element.
    pub json: String,
}

fn named(reg: &Regulation, lang: Lang) -> (Vec<Named>, Vec<Named>) {
    let named = |id: &str, title: &str| {
        let (title, translated) = in_lang(reg, lang, id, "title", title);
        Named {
            id: id.to_owned(),
            title,
            translated,
        }
    };
    (
        reg.statuses
            .iter()
            .map(|s| named(&s.id, &s.title))
            .collect(),
        reg.applications
            .iter()
            .map(|a| named(&a.id, &a.title))
            .collect(),
    )
}

fn questions(reg: &Regulation, lang: Lang) -> Vec<Question> {
    reg.facts
        .iter()
        .map(|f| {
            let (kind, unit, options) = match &f.answer {
                FactType::YesNo => ("yes_no", None, vec![]),
                FactType::Number { unit } => ("number", unit.clone(), vec![]),
                FactType::Date => ("date", None, vec![]),
                FactType::Choice { choice } => (
                    "choice",
                    None,
                    reg.options(choice)
                        .into_iter()
                        .map(|o| {
                            let words = reg
                                .choices
                                .iter()
                                .find(|c| &c.id == choice)
                                .and_then(|c| c.options.iter().find(|x| x.id == o))
                                .map_or(o, |x| x.title.as_str());
                            let (title, translated) =
                                in_lang(reg, lang, choice, &format!("option {o}"), words);
                            Named {
                                id: o.to_owned(),
                                title,
                                translated,
                            }
                        })
                        .collect(),
                ),
            };
            let (question, translated) = in_lang(reg, lang, &f.id, "question", &f.question);
            let asked = f
                .representative_question
                .as_deref()
                .map(|q| in_lang(reg, lang, &f.id, "question for representative", q));
            Question {
                id: f.id.clone(),
                question,
                kind,
                unit,
                options,
                translated,
                for_representative_translated: asked.as_ref().is_some_and(|a| a.1),
                for_representative: asked.map(|a| a.0),
                event: false,
            }
        })
        .chain(event_questions(reg, lang))
        .collect()
}

/// A date question for each event other than the acceptance that a term
/// or a limit counted on the calendar counts from, or a condition compares
/// with, in the order declared: the acceptance date has its own field on
/// the answer, every other date must be asked, or a term from arrival could
/// never be counted. (The guided flow shows a limit's date only when the
/// visitor follows the limit's link to it: limits decide nothing.)
fn event_questions(reg: &Regulation, lang: Lang) -> Vec<Question> {
    let mut used = Vec::new();
    for t in &reg.terms {
        if let TermLength::Lasts {
            from: Some(from), ..
        } = &t.length
        {
            used.push(from.clone());
        }
    }
    for l in &reg.limits {
        if let Some(from) = &l.from
            && l.duration.unit.deadline_unit().is_some()
        {
            used.push(from.clone());
        }
    }
    let conditions = reg
        .categories
        .iter()
        .flat_map(|c| {
            std::iter::once(&c.applies)
                .chain(c.branches.iter().map(|b| &b.applies))
                .chain(c.grounds.iter().map(|g| &g.applies))
        })
        .chain(reg.representatives.iter().map(|r| &r.applies))
        .chain(reg.documents.iter().map(|d| &d.required))
        .flatten()
        .chain(
            reg.documents
                .iter()
                .filter_map(|d| d.valid.as_ref().map(|v| &v.condition)),
        );
    for c in conditions {
        c.facts(&mut used);
    }
    reg.events
        .iter()
        .filter(|e| !e.acceptance && used.contains(&e.id))
        .map(|e| {
            let (question, translated) = in_lang(reg, lang, &e.id, "title", &e.title);
            Question {
                id: e.id.clone(),
                question,
                kind: "date",
                unit: None,
                options: vec![],
                translated,
                for_representative: None,
                for_representative_translated: false,
                event: true,
            }
        })
        .collect()
}

/// JSON that can stand inside `<script type="application/json">`: `<`, `>`
/// and `&` are written as escapes, so no text can close the element.
pub fn json_for_html<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    Ok(serde_json::to_string(value)?
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029"))
}

/// The self-check of `reg`.
pub fn self_check(
    reg: &Regulation,
    lang: Lang,
    labels: &Labels,
    elements: &Elements,
    forms: &[FormView],
) -> Result<SelfCheck, serde_json::Error> {
    let clause = |c: &Option<crate::model::ClauseNumber>| c.as_ref().map(ToString::to_string);
    let questions = questions(reg, lang);
    let (statuses, applications) = named(reg, lang);
    let data = Data {
        labels,
        statuses: &statuses,
        applications: &applications,
        facts: &questions,
        categories: reg
            .categories
            .iter()
            .map(|c| CategoryData {
                id: &c.id,
                name: c.plain_name(),
                clause: clause(&c.clause.clause).unwrap_or_default(),
                files: &c.files,
                applies: c.applies.as_ref(),
                branches: c
                    .branches
                    .iter()
                    .map(|b| {
                        let (name, translated) =
                            in_lang(reg, lang, &b.id, "title", &b.plain_name());
                        Conditional {
                            id: &b.id,
                            name,
                            translated,
                            clause: clause(&b.clause.clause),
                            applies: b.applies.as_ref(),
                        }
                    })
                    .collect(),
                grounds: c
                    .grounds
                    .iter()
                    .map(|g| {
                        let (name, translated) =
                            in_lang(reg, lang, &g.id, "title", &g.plain_name());
                        Conditional {
                            id: &g.id,
                            name,
                            translated,
                            clause: clause(&g.clause.clause),
                            applies: g.applies.as_ref(),
                        }
                    })
                    .collect(),
            })
            .collect(),
        representatives: reg
            .representatives
            .iter()
            .map(|r| RepresentativeData {
                id: &r.id,
                clause: clause(&r.clause.clause),
                categories: &r.categories,
                applies: r.applies.as_ref(),
            })
            .collect(),
        groups: reg
            .groups
            .iter()
            .map(|g| (g.id.as_str(), g.categories.as_slice()))
            .collect(),
        terms: reg
            .terms
            .iter()
            .map(|t| {
                let (amount, unit, from) = match &t.length {
                    TermLength::Lasts { duration, from } => {
                        (Some(duration.amount), Some(duration.unit), from.as_deref())
                    }
                    TermLength::NotStated { .. } => (None, None, None),
                };
                TermData {
                    id: &t.id,
                    clause: clause(&t.clause.clause),
                    applications: &t.applications,
                    categories: t.categories.as_ref(),
                    statuses: t.statuses.as_ref(),
                    amount,
                    unit,
                    from,
                    not_stated: amount.is_none(),
                }
            })
            .collect(),
        limits: reg
            .limits
            .iter()
            .map(|l| LimitData {
                id: &l.id,
                clause: clause(&l.clause.clause),
                amount: l.duration.amount,
                unit: l.duration.unit,
                from: l.from.as_deref(),
                on_calendar: l.duration.unit.deadline_unit().is_some(),
            })
            .collect(),
        documents: reg
            .documents
            .iter()
            .map(|d| DocumentData {
                id: &d.id,
                name: in_lang(reg, lang, &d.id, "title", &d.plain_name()).0,
                translated: reg.translated(&d.id, "title", lang.code()).is_some(),
                size: d.size.as_ref().map(|s| super::words::size(labels, s)),
                valid: d.valid.as_ref(),
                clause: clause(&d.clause.clause),
                categories: d.categories.as_ref(),
                required: d.required.as_ref(),
                copies: &d.copies,
                count: &d.count,
                form: d.form.as_deref(),
            })
            .collect(),
        forms: forms
            .iter()
            .map(|f| FormData {
                id: &f.id,
                title: in_lang(reg, lang, &f.id, "title", &f.title).0,
                translated: reg.translated(&f.id, "title", lang.code()).is_some(),
                appendix: f.appendix,
                blank: f.blank.as_deref(),
                samples: f.samples.iter().map(|p| p.href.as_str()).collect(),
            })
            .collect(),
        acceptance: reg.acceptance_event().map(|e| e.id.as_str()),
        calendar: reg.production_calendar().map(|c| CalendarData {
            years: c.years.iter().map(|y| y.year).collect(),
            non_working: c
                .years
                .iter()
                .flat_map(|y| &y.non_working)
                .map(ToString::to_string)
                .collect(),
            working: c
                .years
                .iter()
                .flat_map(|y| &y.working)
                .map(ToString::to_string)
                .collect(),
        }),
    };
    let json = json_for_html(&data)?;
    let mut summaries = Vec::new();
    // A branch without a clause of its own is shown with its category's.
    let mut summary = |kind, id: &str, parent: Option<&str>| {
        if let Some(e) = elements.get(id) {
            let fallback = parent
                .and_then(|p| elements.get(p))
                .filter(|_| e.label.is_none());
            summaries.push(Summary {
                kind,
                id: id.to_owned(),
                anchor: fallback.map_or_else(|| id.to_owned(), |p| p.id.clone()),
                label: fallback.map_or_else(|| e.label.clone(), |p| p.label.clone()),
                name: e.name.clone(),
                name_translated: e.name_translated,
                html: e.plain.clone().unwrap_or_else(|| e.text.clone()),
            });
        }
    };
    for c in &reg.categories {
        summary("category", &c.id, None);
        for b in &c.branches {
            summary("branch", &b.id, Some(&c.id));
        }
    }
    for d in &reg.documents {
        summary("document", &d.id, None);
    }
    for l in &reg.limits {
        summary("limit", &l.id, None);
    }
    Ok(SelfCheck {
        statuses,
        applications,
        questions,
        summaries,
        omissions: super::views::document_omissions(reg),
        json,
    })
}
