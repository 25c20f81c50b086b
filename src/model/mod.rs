//! Stage 3's output: the checked model of a regulation.
//!
//! Everything here is plain data (serde + JSON Schema), knows nothing of
//! pest, and keeps source spans for diagnostics. Backends and the
//! interpreter read only this. Elements are kept by kind, in source order,
//! with `contents` recording the order of the whole text. A model presents
//! one version of the regulation and carries every other in `history`
//! (see [`time`](Regulation::at)).

mod applicants;
mod clause;
mod condition;
mod documents;
mod examples;
pub mod form;
mod names;
mod terms;
mod text;
mod time;

pub use applicants::{
    ApplicationKind, Branch, Category, Choice, ChoiceOption, Fact, FactType, Group, Representative,
    Status,
};
pub use clause::{ClauseNumber, ClauseStep};
pub use condition::{CATEGORY, Condition, DateOf, Operator, Shift, ShiftUnit, Value};
pub use documents::{Amount, Document, FillingRule, Form, Size, Validity};
pub use examples::{Example, Expect, Expectation, Given};
pub use form::{FieldKind, FilledValue, FormField, FormSample, FormSection, SampleValue};
pub use names::plain_name;
pub use terms::{Calendar, CalendarYear, Duration, DurationUnit, Event, Limit, Term, TermLength};
pub use text::{
    Act, Channel, Citation, ClauseText, Definition, Duty, Omission, Part, Provision, Wording,
};
pub use time::{
    Amendment, Change, ChangeKind, ELEMENT_LISTS, ElementHistory, ElementVersion, Fee, Money,
    REGULATION_LINES, RebuildError, Version, holds,
};

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A checked regulation.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Regulation {
    /// The regulation's id.
    pub id: String,
    /// Its full title.
    pub title: String,
    /// The order that approved it.
    pub order: Option<Enactment>,
    /// Its registration with the Ministry of Justice.
    pub registration: Option<Enactment>,
    /// The "as amended on" date.
    pub amended: Option<Date>,
    /// Id of the provision that names the service.
    pub service: Option<String>,
    /// Id of the provision that names the providing body.
    pub provider: Option<String>,
    /// Language of the quoted text (`en`, `ru`).
    pub language: Option<String>,
    /// What the source text is and how complete it is.
    pub source: Option<String>,
    /// Id of the production calendar deadlines are counted by.
    pub calendar: Option<String>,
    /// Editor's notes on the regulation as a whole.
    pub notes: Vec<String>,
    /// The first day of the version this model presents; none when the
    /// sources declare no amendment (the regulation has one version).
    pub as_of: Option<Date>,
    /// The amending acts, in the order of their in-force dates.
    pub amendments: Vec<Amendment>,
    /// Every version of the regulation, earliest first: the days between
    /// one in-force date and the next. Empty without amendments.
    pub versions: Vec<Version>,
    /// Every element (and line of the `regulation` block) that is not the
    /// same in all versions, with each of its versions. To rebuild the
    /// regulation as of a day: take the version of `versions` that holds
    /// that day; replace each element named here by its version that holds
    /// that day (or drop it when none does), set each `regulation` line
    /// likewise, put each list in the order of the version's `contents`,
    /// and take that `contents`. Elements not named here are the same in
    /// every version.
    pub history: Vec<ElementHistory>,
    /// Every element in the order of the text, for rendering it whole.
    pub contents: Vec<ContentEntry>,
    /// Parts (chapters).
    pub parts: Vec<Part>,
    /// Legal acts.
    pub acts: Vec<Act>,
    /// Defined terms.
    pub definitions: Vec<Definition>,
    /// Applicant statuses.
    pub statuses: Vec<Status>,
    /// Kinds of application.
    pub applications: Vec<ApplicationKind>,
    /// Events terms are counted from.
    pub events: Vec<Event>,
    /// Sets of options.
    pub choices: Vec<Choice>,
    /// Facts about the applicant.
    pub facts: Vec<Fact>,
    /// Groups of categories: numbered headings categories sit under.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
    /// Applicant categories.
    pub categories: Vec<Category>,
    /// Legal-representative rules.
    pub representatives: Vec<Representative>,
    /// Processing terms.
    pub terms: Vec<Term>,
    /// Other time limits.
    pub limits: Vec<Limit>,
    /// Sums the applicant pays, such as a state duty.
    pub fees: Vec<Fee>,
    /// Documents the applicant brings.
    pub documents: Vec<Document>,
    /// Application forms.
    pub forms: Vec<Form>,
    /// Information channels.
    pub channels: Vec<Channel>,
    /// Information duties.
    pub duties: Vec<Duty>,
    /// Results of the service.
    pub results: Vec<Provision>,
    /// Other clauses.
    pub provisions: Vec<Provision>,
    /// Text the source does not give.
    pub omissions: Vec<Omission>,
    /// Examples (test cases).
    pub examples: Vec<Example>,
    /// Production calendars.
    pub calendars: Vec<Calendar>,
    /// The source files, indexed by the `file` of every span.
    pub files: Vec<String>,
    /// Titles, questions and options the source also gives in another
    /// language (`title ru "..."`), in source order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<Translation>,
}

/// A title, question or option the source gives in another language too.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Translation {
    /// The id of the element whose line it translates.
    pub id: String,
    /// Which line: `title`, `question`, `question for representative`, or
    /// `option <option id>` (of the choice `id`).
    pub line: String,
    /// The language's code (`ru`).
    pub lang: String,
    /// The words.
    pub text: String,
}

/// An order or a registration: number, date, body.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Enactment {
    /// The number as printed.
    pub number: String,
    /// The date.
    pub date: Date,
    /// The body.
    pub by: String,
}

/// One entry of the text's order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ContentEntry {
    /// The element's kind (its keyword).
    pub kind: String,
    /// Its id.
    pub id: String,
}

impl Regulation {
    /// The `line` (`title`, `question`, `option spouse` ...) of element
    /// `id` in `lang`, when the source gives it in that language.
    pub fn translated(&self, id: &str, line: &str, lang: &str) -> Option<&str> {
        self.translations
            .iter()
            .find(|t| t.id == id && t.line == line && t.lang == lang)
            .map(|t| t.text.as_str())
    }

    /// The production calendar deadlines are counted by.
    pub fn production_calendar(&self) -> Option<&Calendar> {
        match &self.calendar {
            Some(id) => self.calendars.iter().find(|c| &c.id == id),
            None => self.calendars.first(),
        }
    }

    /// The category with this id.
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// The group with this id.
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// The event marked `date of acceptance`, whose date `--accepted` gives.
    pub fn acceptance_event(&self) -> Option<&Event> {
        self.events.iter().find(|e| e.acceptance)
    }

    /// The document with this id.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// The form with this id.
    pub fn form(&self, id: &str) -> Option<&Form> {
        self.forms.iter().find(|f| f.id == id)
    }

    /// The filling rule that says how dates are written on a form: a rule
    /// with a `date format` of a document filled in on the form, or of a
    /// document whose rules it follows (`same rules as`).
    pub fn date_rule(&self, form: &str) -> Option<form::DateRule> {
        let mut queue: Vec<&Document> = self
            .documents
            .iter()
            .filter(|d| d.form.as_deref() == Some(form))
            .collect();
        let mut seen: Vec<&str> = Vec::new();
        while !queue.is_empty() {
            let doc = queue.remove(0);
            if seen.contains(&doc.id.as_str()) {
                continue;
            }
            seen.push(&doc.id);
            for rule in &doc.rules {
                if let Some(format) = &rule.date_format {
                    return Some(form::DateRule {
                        document: doc.id.clone(),
                        clause: doc.clause.clause.clone(),
                        rule: rule.id.clone(),
                        format: format.clone(),
                        wording: rule.wording.text.clone(),
                    });
                }
            }
            queue.extend(doc.same_rules_as.iter().filter_map(|id| self.document(id)));
        }
        None
    }

    /// The fact with this id, the built-in `status` and `application` included.
    pub fn fact_type(&self, id: &str) -> Option<FactType> {
        match id {
            "status" | "application" => Some(FactType::Choice {
                choice: id.to_owned(),
            }),
            // An event's date is given like a date fact's.
            _ if self.event(id).is_some() => Some(FactType::Date),
            _ => self
                .facts
                .iter()
                .find(|f| f.id == id)
                .map(|f| f.answer.clone()),
        }
    }

    /// The option ids a choice (or `status` / `application`) allows.
    pub fn options(&self, choice: &str) -> Vec<&str> {
        match choice {
            "status" => self.statuses.iter().map(|s| s.id.as_str()).collect(),
            "application" => self.applications.iter().map(|a| a.id.as_str()).collect(),
            _ => self
                .choices
                .iter()
                .find(|c| c.id == choice)
                .map(|c| c.options.iter().map(|o| o.id.as_str()).collect())
                .unwrap_or_default(),
        }
    }
}
