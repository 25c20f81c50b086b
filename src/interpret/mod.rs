//! Stage 4: answering questions about an applicant from the model.
//!
//! [`explain`] says which categories apply, the term of each, the documents
//! with copies and counts, and whether a legal representative must apply,
//! each answer with the clause it comes from. [`run_examples`] checks the
//! examples kept in the sources against it.

mod answer;
mod applying;
mod dates;
mod documents;
mod eval;
mod examples;
mod facts;
mod for_category;
mod plan;

pub use answer::{
    CategoryAnswer, ClauseAnswer, CountedDate, DeadlineAnswer, DocumentAnswer, ExplainError,
    Explanation, LimitAnswer, Query, StepAnswer, TermAnswer, Undetermined, ValidityAnswer,
    VersionUsed,
};
pub use dates::{ACCEPTED, acceptance_given, parse_date};
pub use eval::{FactValues, Truth, date_of, eval, eval_in};
pub use examples::{ExampleOutcome, run_examples};

pub use facts::{FactError, JsonProblem, facts_from_json, read_json_object, shown, utf16_unmarked};
pub use for_category::CHOICE as CATEGORY_CHOICE;
pub use plan::{Decided, Plan, Scratch, decimal_digits};

use crate::check::coverage::{Filer, matching};
use crate::model::{Category, ClauseNumber, Regulation, TermLength, Value};
use applying::{
    Applying, RepresentativeAnswer, applying_filers, representative_for, single_kind,
    undetermined_filer,
};
use documents::documents;

fn clause(n: Option<&ClauseNumber>) -> Option<String> {
    n.map(ToString::to_string)
}

/// Explains the regulation for an applicant with these facts. An amended
/// regulation answers by the version in force on the day the application
/// was accepted (`query.accepted`), else by the version the model presents;
/// the answer says which.
pub fn explain(
    reg: &Regulation,
    facts: &FactValues,
    query: &Query,
) -> Result<Explanation, ExplainError> {
    explain_as_of(reg, facts, query, None)
}

/// [`explain`] by the version in force on `as_of` rather than on the day
/// of acceptance (deadlines still count from acceptance).
pub fn explain_as_of(
    reg: &Regulation,
    facts: &FactValues,
    query: &Query,
    as_of: Option<jiff::civil::Date>,
) -> Result<Explanation, ExplainError> {
    Versions::new(reg).explain(facts, query, as_of)
}

/// An amended regulation whose versions are each rebuilt once, when first
/// asked about: [`Regulation::at`] goes through the whole model's JSON, so
/// whoever explains many applicants or examples (`test`, `decide`)
/// explains through one of these rather than rebuilding per answer.
pub struct Versions<'r> {
    reg: &'r Regulation,
    built: Vec<std::sync::OnceLock<Result<Regulation, String>>>,
    /// The production calendar each answers by, made once: making it lays
    /// out every day of every year, which cost more than the rest of a
    /// decision.
    calendar: std::sync::OnceLock<Option<crate::deadline::Calendar>>,
    calendars: Vec<std::sync::OnceLock<Option<crate::deadline::Calendar>>>,
}

/// An empty cell for each version of `reg`.
fn once_each<T>(reg: &Regulation) -> Vec<std::sync::OnceLock<T>> {
    reg.versions
        .iter()
        .map(|_| std::sync::OnceLock::new())
        .collect()
}

/// A regulation's production calendar, as deadlines count by it.
fn calendar_of(reg: &Regulation) -> Option<crate::deadline::Calendar> {
    reg.production_calendar()
        .map(crate::model::Calendar::to_deadline_calendar)
}

impl<'r> Versions<'r> {
    /// For `reg`; nothing is rebuilt yet.
    pub fn new(reg: &'r Regulation) -> Self {
        Versions {
            reg,
            built: once_each(reg),
            calendar: std::sync::OnceLock::new(),
            calendars: once_each(reg),
        }
    }

    /// The regulation in force on `day` (as the model presents it when no
    /// day is given, or the version presented holds on it): the one whose
    /// facts a record accepted that day gives, as `explain --accepted`
    /// reads them.
    pub fn in_force(&self, day: Option<jiff::civil::Date>) -> Result<&Regulation, ExplainError> {
        let reg = self.reg;
        if reg.versions.is_empty() {
            return Ok(reg);
        }
        let presented = reg
            .as_of
            .and_then(|d| reg.versions.iter().position(|v| v.holds_on(d)));
        let index = match day {
            Some(d) => reg.versions.iter().position(|v| v.holds_on(d)),
            None => presented,
        };
        match (day, index) {
            (Some(d), Some(i)) if index != presented => self.built[i]
                .get_or_init(|| reg.at(d).map_err(|e| e.to_string()))
                .as_ref()
                .map_err(|e| ExplainError::Version(d, e.clone())),
            _ => Ok(reg),
        }
    }

    /// [`explain_as_of`], by the version rebuilt once.
    pub fn explain(
        &self,
        facts: &FactValues,
        query: &Query,
        as_of: Option<jiff::civil::Date>,
    ) -> Result<Explanation, ExplainError> {
        let reg = self.reg;
        let (facts, query) = dates::with_acceptance(reg, facts, query)?;
        let (facts, query) = (&facts, &query);
        let presented_calendar = || self.calendar.get_or_init(|| calendar_of(reg)).as_ref();
        if reg.versions.is_empty() {
            return explain_version(reg, facts, query, presented_calendar());
        }
        let presented = reg
            .as_of
            .and_then(|d| reg.versions.iter().position(|v| v.holds_on(d)));
        let day = as_of.or(query.accepted);
        let index = match day {
            Some(d) => reg.versions.iter().position(|v| v.holds_on(d)),
            None => presented,
        };
        let used = index.map(|i| &reg.versions[i]).map(|v| VersionUsed {
            day,
            from: v.from,
            until: v.until,
            amendments: v.amendments.clone(),
        });
        let mut answer = match (day, index) {
            (Some(d), Some(i)) if index != presented => {
                let then = self.built[i].get_or_init(|| reg.at(d).map_err(|e| e.to_string()));
                let then = then
                    .as_ref()
                    .map_err(|e| ExplainError::Version(d, e.clone()))?;
                let calendar = self.calendars[i].get_or_init(|| calendar_of(then)).as_ref();
                explain_version(then, facts, query, calendar)?
            }
            _ => explain_version(reg, facts, query, presented_calendar())?,
        };
        answer.version = used;
        Ok(answer)
    }
}

/// Whether `kind` is a kind of application of `reg` (an `application`
/// id): `explain --kind`'s and `decide --kind`'s check.
pub fn known_application(reg: &Regulation, kind: &str) -> Result<(), ExplainError> {
    if reg.applications.iter().any(|a| a.id == kind) {
        return Ok(());
    }
    let all: Vec<&str> = reg.applications.iter().map(|a| a.id.as_str()).collect();
    Err(ExplainError::UnknownApplication(
        kind.to_owned(),
        all.join(", "),
    ))
}

/// [`explain`] of one version.
fn explain_version(
    reg: &Regulation,
    facts: &FactValues,
    query: &Query,
    calendar: Option<&crate::deadline::Calendar>,
) -> Result<Explanation, ExplainError> {
    if let Some(app) = &query.application {
        known_application(reg, app)?;
    }
    // A branch asked for (by id, or by a clause number of its own) stands
    // for itself; the category's id or clause selects it with its branches.
    let only_branch: Option<&str> = query.category.as_deref().and_then(|c| {
        reg.categories
            .iter()
            .flat_map(|cat| &cat.branches)
            .find(|b| b.id == c || b.clause.clause.as_ref().is_some_and(|n| n.to_string() == c))
            .map(|b| b.id.as_str())
    });
    let only: Option<&Category> = match &query.category {
        None => None,
        Some(c) => Some(
            reg.categories
                .iter()
                .find(|cat| {
                    cat.id == *c
                        || cat
                            .branches
                            .iter()
                            .any(|b| Some(b.id.as_str()) == only_branch)
                        || cat
                            .clause
                            .clause
                            .as_ref()
                            .is_some_and(|n| n.to_string() == *c)
                })
                .ok_or_else(|| ExplainError::UnknownCategory(c.clone()))?,
        ),
    };
    let given_app = query
        .application
        .clone()
        .or_else(|| match facts.get("application") {
            Some(Value::Option(a)) => Some(a.clone()),
            _ => None,
        });
    let status = match facts.get("status") {
        Some(Value::Option(s)) => Some(s.clone()),
        _ => None,
    };

    let mut categories = Vec::new();
    let mut undetermined = Vec::new();
    for cat in reg
        .categories
        .iter()
        .filter(|c| only.is_none_or(|o| o.id == c.id))
    {
        if given_app.as_ref().is_some_and(|a| !cat.files.contains(a)) {
            continue;
        }
        applying_filers(cat, facts, &mut categories, &mut undetermined);
    }
    if let Some(branch) = only_branch {
        categories.retain(|a| a.branch.as_deref() == Some(branch));
        undetermined.retain(|u| u.id == branch);
    }

    // The application kind: given, or the one every applying category files.
    let application = given_app.clone().or_else(|| {
        let mut kinds: Vec<&String> = categories
            .iter()
            .filter_map(|c: &Applying| single_kind(reg, &c.category))
            .collect();
        kinds.dedup();
        match kinds.as_slice() {
            [one] => Some((*one).clone()),
            _ => None,
        }
    });

    let counting = Counting {
        reg,
        facts,
        query,
        calendar,
    };
    let mut answers = Vec::new();
    for a in &categories {
        let app = given_app
            .clone()
            .or_else(|| single_kind(reg, &a.category).cloned());
        let (term, term_needs) = match &app {
            Some(app) => term_for(app, &a.filer(), status.as_deref(), &counting),
            None => (None, vec!["application".to_owned()]),
        };
        let rep = representative_for(reg, a, facts);
        answers.push(CategoryAnswer {
            id: a.branch.clone().unwrap_or_else(|| a.category.clone()),
            category: a.category.clone(),
            branch: a.branch.clone(),
            clause: reg
                .category(&a.category)
                .and_then(|c| clause(c.clause.clause.as_ref()))
                .unwrap_or_default(),
            grounds: a.grounds.clone(),
            application: app,
            term,
            term_needs,
            representative: matches!(rep, RepresentativeAnswer::Required(_)),
            representative_clause: match &rep {
                RepresentativeAnswer::Required(c) => c.clone(),
                _ => None,
            },
            representative_needs: match rep {
                RepresentativeAnswer::Undetermined(n) => n,
                _ => vec![],
            },
        });
    }

    let mut doc_facts = facts.clone();
    if let Some(app) = &application {
        doc_facts.insert("application".to_owned(), Value::Option(app.clone()));
    }
    let (documents, undetermined_documents) =
        documents(reg, &doc_facts, &categories, &undetermined);
    let limits = dates::limits(reg, facts, query, calendar);
    let representative = answers.iter().any(|a| a.representative);
    let mut representative_needs = Vec::new();
    if !representative {
        for a in &answers {
            merge_into(&mut representative_needs, &a.representative_needs);
        }
        // A category not decided yet may be one a legal representative
        // files for: until it is decided, "no representative" is not known.
        for u in &undetermined {
            let Some(a) = undetermined_filer(reg, &u.id) else {
                continue;
            };
            match representative_for(reg, &a, facts) {
                RepresentativeAnswer::Required(_) => {
                    merge_into(&mut representative_needs, &u.needs)
                }
                RepresentativeAnswer::Undetermined(n) => {
                    merge_into(&mut representative_needs, &u.needs);
                    merge_into(&mut representative_needs, &n);
                }
                RepresentativeAnswer::NotRequired => {}
            }
        }
    }
    let any_applicant = Filer {
        category: None,
        branch: None,
    };
    let (application_term, application_term_needs) = match application
        .as_ref()
        .filter(|app| crate::check::coverage::filers(reg, app) == [any_applicant.clone()])
    {
        Some(app) => term_for(app, &any_applicant, status.as_deref(), &counting),
        None => (None, Vec::new()),
    };
    Ok(Explanation {
        application,
        status,
        categories: answers,
        application_term,
        application_term_needs,
        representative_needs,
        undetermined,
        documents,
        undetermined_documents,
        limits,
        representative,
        version: None,
    })
}

fn merge_into(into: &mut Vec<String>, from: &[String]) {
    for f in from {
        if !into.contains(f) {
            into.push(f.clone());
        }
    }
}

/// What deadlines are counted with: the dates given and the calendar.
struct Counting<'a> {
    reg: &'a Regulation,
    facts: &'a FactValues,
    query: &'a Query,
    calendar: Option<&'a crate::deadline::Calendar>,
}

fn term_for(
    app: &str,
    filer: &Filer,
    status: Option<&str>,
    counting: &Counting<'_>,
) -> (Option<TermAnswer>, Vec<String>) {
    let reg = counting.reg;
    let terms = matching(reg, app, filer, status);
    match terms.as_slice() {
        [t] => {
            let mut answer = TermAnswer {
                id: t.id.clone(),
                clause: clause(t.clause.clause.as_ref()),
                amount: None,
                unit: None,
                from: None,
                not_stated: true,
                deadline: None,
                deadline_error: None,
                needs_date: None,
            };
            if let TermLength::Lasts { duration, from } = &t.length {
                answer.amount = Some(duration.amount);
                answer.unit = Some(duration.unit);
                answer.from = from.clone();
                answer.not_stated = false;
                let start = dates::start_date(from.as_ref(), counting.facts, counting.query);
                let counted = dates::count(
                    duration,
                    start,
                    dates::start_name(reg, from.as_ref()),
                    counting.calendar,
                );
                answer.deadline = counted.deadline;
                answer.deadline_error = counted.error;
                answer.needs_date = counted.needs_date;
                if duration.unit.deadline_unit().is_none() && start.is_some() {
                    answer.deadline_error = Some(format!(
                        "a term in {} is stated, not counted on the calendar",
                        duration.unit.words(2)
                    ));
                }
            }
            (Some(answer), vec![])
        }
        [] => (None, vec![]),
        // Several terms match only when the status is unknown (coverage
        // guarantees one per status), so the status is what is missing.
        _ => (None, vec!["status".to_owned()]),
    }
}
