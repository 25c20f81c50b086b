//! Stage 3's output: the checked model of a regulation.
//!
//! Everything here is plain data (serde + JSON Schema), knows nothing of
//! pest, and keeps source spans for diagnostics. Backends and the
//! interpreter read only this. Elements are kept by kind, in source order,
//! with `contents` recording the order of the whole text; a later version
//! can add a validity period to each element without changing this shape.

mod clause;
mod condition;
pub mod form;

pub use clause::{ClauseNumber, ClauseStep};
pub use condition::{Condition, Operator, Value};
pub use form::{FieldKind, FilledValue, FormField, FormSample, FormSection, SampleValue};

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::source::Span;

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
    /// Applicant categories.
    pub categories: Vec<Category>,
    /// Legal-representative rules.
    pub representatives: Vec<Representative>,
    /// Processing terms.
    pub terms: Vec<Term>,
    /// Other time limits.
    pub limits: Vec<Limit>,
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
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct ContentEntry {
    /// The element's kind (its keyword).
    pub kind: String,
    /// Its id.
    pub id: String,
}

/// Markdown quoted from the source, with an optional clarified wording.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
pub struct Wording {
    /// The regulation's words (Markdown).
    pub text: String,
    /// A clarified wording for display (Markdown), kept apart from the quote.
    pub plain: Option<String>,
}

/// A citation of an act.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
pub struct Citation {
    /// The act's id.
    pub act: String,
    /// Article numbers.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub article: Vec<String>,
    /// Part numbers.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub part: Vec<String>,
    /// Item numbers.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub item: Vec<String>,
    /// Subitem numbers.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub subitem: Vec<String>,
    /// Paragraph numbers.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub paragraph: Vec<String>,
}

impl Citation {
    /// "subitem 1 of item 2 of article 8", smallest division first, as Russian citations read.
    pub fn divisions(&self) -> String {
        let mut out = Vec::new();
        for (word, list) in [
            ("paragraph", &self.paragraph),
            ("subitem", &self.subitem),
            ("item", &self.item),
            ("part", &self.part),
            ("article", &self.article),
        ] {
            if !list.is_empty() {
                let word = if list.len() > 1 {
                    format!("{word}s")
                } else {
                    word.to_owned()
                };
                out.push(format!("{word} {}", join_and(list)));
            }
        }
        out.join(" of ")
    }
}

fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A part (chapter) of the text.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Part {
    /// Id.
    pub id: String,
    /// Number as printed (`II`).
    pub number: Option<String>,
    /// Title.
    pub title: String,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// A legal act.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Act {
    /// Id.
    pub id: String,
    /// Full title.
    pub title: String,
    /// Number (`115-FZ`).
    pub number: Option<String>,
    /// Date of adoption.
    pub dated: Option<Date>,
    /// Short name used after the first mention.
    pub called: Option<String>,
    /// Where it was published.
    pub published: Option<String>,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// A defined term.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Definition {
    /// Id.
    pub id: String,
    /// The words defined.
    pub phrase: String,
    /// The definition's wording, if quoted.
    pub wording: Option<Wording>,
    /// Clauses where it is defined.
    pub see: Vec<ClauseNumber>,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// An applicant status (foreign citizen, stateless person).
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Status {
    /// Id.
    pub id: String,
    /// Name.
    pub title: String,
    /// Clauses that speak of it.
    pub see: Vec<ClauseNumber>,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// A kind of application.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct ApplicationKind {
    /// Id.
    pub id: String,
    /// Name.
    pub title: String,
    /// Id of the result it leads to.
    pub gives: Option<String>,
    /// Clauses that speak of it.
    pub see: Vec<ClauseNumber>,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// Something a term is counted from.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Event {
    /// Id.
    pub id: String,
    /// Name.
    pub title: String,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// A set of options.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Choice {
    /// Id.
    pub id: String,
    /// The options.
    pub options: Vec<ChoiceOption>,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// One option of a choice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ChoiceOption {
    /// Id.
    pub id: String,
    /// Words.
    pub title: String,
}

/// A fact about the applicant.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Fact {
    /// Id.
    pub id: String,
    /// The question that asks for it.
    pub question: String,
    /// Its type.
    pub answer: FactType,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// The type of a fact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FactType {
    /// Yes or no.
    YesNo,
    /// A whole number, in a unit if it has one.
    Number {
        /// The unit, singular-insensitive (`years`).
        unit: Option<String>,
    },
    /// A date.
    Date,
    /// One option of a choice (or of the statuses / application kinds for the built-in facts).
    Choice {
        /// The choice's id, or `status` / `application`.
        choice: String,
    },
}

/// Text shared by every block that is a clause.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct ClauseText {
    /// Its number.
    pub clause: Option<ClauseNumber>,
    /// The heading printed above it.
    pub heading: Option<String>,
    /// Its wording.
    pub wording: Wording,
    /// Its legal basis.
    pub basis: Vec<Citation>,
    /// Clauses it refers to.
    pub see: Vec<ClauseNumber>,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
}

/// An applicant category.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Category {
    /// Id.
    pub id: String,
    /// Clause, text, basis.
    #[serde(flatten)]
    pub clause: ClauseText,
    /// Kinds of application it files.
    pub files: Vec<String>,
    /// When it applies (through its main text).
    pub applies: Option<Condition>,
    /// Parts of it, such as family members.
    pub branches: Vec<Branch>,
    /// Grounds, of which one must hold.
    pub grounds: Vec<Branch>,
    /// Where it is declared.
    pub span: Span,
}

/// A branch or a ground of a category.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Branch {
    /// Id.
    pub id: String,
    /// Clause, text, basis.
    #[serde(flatten)]
    pub clause: ClauseText,
    /// When it applies.
    pub applies: Option<Condition>,
    /// Where it is declared.
    pub span: Span,
}

/// When a legal representative applies.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Representative {
    /// Id.
    pub id: String,
    /// Clause, text, basis.
    #[serde(flatten)]
    pub clause: ClauseText,
    /// Categories or branches it concerns.
    pub categories: Vec<String>,
    /// When it applies.
    pub applies: Option<Condition>,
    /// Where it is declared.
    pub span: Span,
}

/// A duration: `4 months`, `15 working days`, `10 minutes`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Duration {
    /// How many.
    pub amount: u32,
    /// Of what.
    pub unit: DurationUnit,
}

/// Units durations are counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DurationUnit {
    /// Calendar months (Civil Code art. 192).
    Months,
    /// Working days by the production calendar.
    WorkingDays,
    /// Calendar days.
    CalendarDays,
    /// Hours.
    Hours,
    /// Minutes.
    Minutes,
}

impl DurationUnit {
    /// Words for `n` of this unit.
    pub fn words(self, n: u32) -> &'static str {
        match (self, n == 1) {
            (DurationUnit::Months, true) => "month",
            (DurationUnit::Months, false) => "months",
            (DurationUnit::WorkingDays, true) => "working day",
            (DurationUnit::WorkingDays, false) => "working days",
            (DurationUnit::CalendarDays, true) => "calendar day",
            (DurationUnit::CalendarDays, false) => "calendar days",
            (DurationUnit::Hours, true) => "hour",
            (DurationUnit::Hours, false) => "hours",
            (DurationUnit::Minutes, true) => "minute",
            (DurationUnit::Minutes, false) => "minutes",
        }
    }

    /// Reads a unit as written (`month`, `working days`, `days`).
    pub fn parse(words: &str) -> Option<Self> {
        Some(match words {
            "month" | "months" => DurationUnit::Months,
            "working day" | "working days" => DurationUnit::WorkingDays,
            "calendar day" | "calendar days" | "day" | "days" => DurationUnit::CalendarDays,
            "hour" | "hours" => DurationUnit::Hours,
            "minute" | "minutes" => DurationUnit::Minutes,
            _ => return None,
        })
    }
}

impl std::fmt::Display for Duration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.amount, self.unit.words(self.amount))
    }
}

/// How long a term lasts, or that the source does not say.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TermLength {
    /// A stated duration.
    Lasts {
        /// The duration.
        duration: Duration,
        /// Id of the event it is counted from.
        from: Option<String>,
    },
    /// The source states no term.
    NotStated {
        /// Why, in the editor's words.
        reason: String,
    },
}

/// A processing term.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Term {
    /// Id.
    pub id: String,
    /// Clause, text, basis.
    #[serde(flatten)]
    pub clause: ClauseText,
    /// How long.
    pub length: TermLength,
    /// Application kinds it is for.
    pub applications: Vec<String>,
    /// Categories (or branches) it is for; `None`: all that file those applications.
    pub categories: Option<Vec<String>>,
    /// Statuses it is for; `None`: all.
    pub statuses: Option<Vec<String>>,
    /// Where it is declared.
    pub span: Span,
}

/// A time limit that is not a processing term.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Limit {
    /// Id.
    pub id: String,
    /// Clause, text, basis.
    #[serde(flatten)]
    pub clause: ClauseText,
    /// How long.
    pub duration: Duration,
    /// Id of the event it is counted from.
    pub from: Option<String>,
    /// Where it is declared.
    pub span: Span,
}

/// A number of copies or items, possibly depending on a condition.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Amount {
    /// How many.
    pub amount: u32,
    /// When this number applies; `None` for the default.
    pub when: Option<Condition>,
}

/// A document the applicant brings.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Document {
    /// Id.
    pub id: String,
    /// Clause, text, basis.
    #[serde(flatten)]
    pub clause: ClauseText,
    /// Id of the form it is filled on.
    pub form: Option<String>,
    /// Copies (the first whose condition holds; the default last).
    pub copies: Vec<Amount>,
    /// Count of items (photos), likewise.
    pub count: Vec<Amount>,
    /// When it is required; `None`: always.
    pub required: Option<Condition>,
    /// Physical size.
    pub size: Option<Size>,
    /// Other physical requirements.
    pub requirements: Vec<String>,
    /// Documents whose filling rules also apply.
    pub same_rules_as: Vec<String>,
    /// Filling rules.
    pub rules: Vec<FillingRule>,
    /// Where it is declared.
    pub span: Span,
}

/// A physical size.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Size {
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
    /// Unit (`mm`).
    pub unit: String,
}

/// A rule for filling in a document.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct FillingRule {
    /// Id.
    pub id: String,
    /// Wording.
    pub wording: Wording,
    /// Date format the rule prescribes.
    pub date_format: Option<String>,
    /// When the rule applies.
    pub applies: Option<Condition>,
    /// Where it is declared.
    pub span: Span,
}

/// An application form.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Form {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Appendix number.
    pub appendix: Option<u32>,
    /// Clauses that name it.
    pub see: Vec<ClauseNumber>,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Its sections of fields, numbered in order; empty when the form's
    /// layout is not modelled (nothing is printed for it).
    #[serde(default)]
    pub sections: Vec<FormSection>,
    /// Invented data showing it filled in.
    #[serde(default)]
    pub samples: Vec<FormSample>,
    /// Where it is declared.
    pub span: Span,
}

/// Where information is given.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Channel {
    /// Id.
    pub id: String,
    /// Name.
    pub title: String,
    /// Clauses that name it.
    pub see: Vec<ClauseNumber>,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// Information that must be published on some channels.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Duty {
    /// Id.
    pub id: String,
    /// Clause, text, basis.
    #[serde(flatten)]
    pub clause: ClauseText,
    /// Channel ids.
    pub channels: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// Any other clause (and the results of item 22).
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Provision {
    /// Id.
    pub id: String,
    /// Clause, text, basis.
    #[serde(flatten)]
    pub clause: ClauseText,
    /// Where it is declared.
    pub span: Span,
}

/// Text the source does not give.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Omission {
    /// Id.
    pub id: String,
    /// The clause after which the text is missing.
    pub after: ClauseNumber,
    /// What is missing.
    pub text: String,
    /// Editor's notes (not part of the regulation).
    pub notes: Vec<String>,
    /// Where it is declared.
    pub span: Span,
}

/// A test case kept beside the law.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Example {
    /// Id.
    pub id: String,
    /// What it shows.
    pub title: Option<String>,
    /// The facts given.
    pub given: Vec<Given>,
    /// The day the application was accepted, for deadlines.
    pub accepted: Option<Date>,
    /// What is expected.
    pub expect: Vec<Expect>,
    /// Where it is declared.
    pub span: Span,
}

/// A fact given in an example.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Given {
    /// Fact id.
    pub fact: String,
    /// Its value.
    pub value: Value,
    /// Where.
    pub span: Span,
}

/// One expectation of an example.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Expect {
    /// What is expected.
    pub what: Expectation,
    /// Where.
    pub span: Span,
}

/// What an example expects.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "expect", rename_all = "snake_case")]
pub enum Expectation {
    /// Exactly these categories (or branches) apply; empty: none.
    Categories {
        /// Ids.
        ids: Vec<String>,
    },
    /// Every applying category's term is this (`None`: not stated).
    Term {
        /// The duration.
        duration: Option<Duration>,
    },
    /// Exactly these documents are required.
    Documents {
        /// Ids.
        ids: Vec<String>,
    },
    /// A document's number of copies.
    Copies {
        /// Document id.
        document: String,
        /// Copies.
        copies: u32,
    },
    /// A document's count.
    Count {
        /// Document id.
        document: String,
        /// Count.
        count: u32,
    },
    /// Whether a legal representative must apply.
    Representative {
        /// Yes or no.
        required: bool,
    },
    /// Every applying category's deadline ends on this date.
    Deadline {
        /// The last day.
        date: Date,
    },
}

/// A production calendar.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct Calendar {
    /// Id.
    pub id: String,
    /// Title.
    pub title: Option<String>,
    /// The years it covers, in order.
    pub years: Vec<CalendarYear>,
    /// Where it is declared.
    pub span: Span,
}

/// One year of a production calendar.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct CalendarYear {
    /// The year.
    pub year: i16,
    /// The decree that set it.
    pub decree: String,
    /// Weekdays that are days off.
    pub non_working: Vec<Date>,
    /// Weekend days that are working days.
    pub working: Vec<Date>,
}

impl Calendar {
    /// The calendar in the form the deadline computation uses.
    pub fn to_deadline_calendar(&self) -> crate::deadline::Calendar {
        let years = self
            .years
            .iter()
            .map(|y| crate::deadline::CalendarYear {
                year: y.year,
                decree: y.decree.clone(),
                non_working_weekdays: y.non_working.clone(),
                working_weekend_days: y.working.clone(),
            })
            .collect();
        crate::deadline::Calendar::new(self.id.clone(), years)
    }
}

impl DurationUnit {
    /// The unit for deadline computation, if deadlines can be counted in it.
    pub fn deadline_unit(self) -> Option<crate::deadline::Unit> {
        match self {
            DurationUnit::Months => Some(crate::deadline::Unit::Months),
            DurationUnit::WorkingDays => Some(crate::deadline::Unit::WorkingDays),
            DurationUnit::CalendarDays => Some(crate::deadline::Unit::CalendarDays),
            DurationUnit::Hours | DurationUnit::Minutes => None,
        }
    }
}

impl Regulation {
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
