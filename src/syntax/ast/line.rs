//! What each kind of line says: [`FieldValue`], and the parts some lines
//! are made of (clause numbers, citations, answer types, an example's
//! expectations, a form's answers and fills, translations).

use jiff::civil::Date;
use serde::Serialize;

use super::{Block, Condition, Field, Name, Quantity, Text, Value};
use crate::source::Span;

/// A clause number: `2.16.1`, `22(1)`, `order 3`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ClauseRef {
    /// `true` for items of the approving order (`order 3`).
    pub order: bool,
    /// The steps: `22(1)` is one step `(22, Some(1))`.
    pub steps: Vec<(u32, Option<u32>)>,
    /// Where.
    pub span: Span,
}

/// A citation: `law_115fz article 8 item 2 subitem 1`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// The act's id.
    pub act: Name,
    /// Article numbers.
    pub article: Vec<String>,
    /// Part numbers.
    pub part: Vec<String>,
    /// Item numbers.
    pub item: Vec<String>,
    /// Subitem numbers.
    pub subitem: Vec<String>,
    /// Paragraph numbers.
    pub paragraph: Vec<String>,
    /// Where.
    pub span: Span,
}

/// The type a fact is answered in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum AnswerType {
    /// `yes or no`
    YesNo,
    /// `number of <unit>`
    Number {
        /// The unit, if any.
        unit: Option<Name>,
    },
    /// `date`
    Date,
    /// `one of <choice>`
    Choice {
        /// The choice's id.
        choice: Name,
    },
}

/// What an example expects.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "expect", rename_all = "snake_case")]
pub enum Expectation {
    /// `expect no categories`
    NoCategories,
    /// `expect categories a, b`
    Categories {
        /// Category or branch ids.
        ids: Vec<Name>,
    },
    /// `expect term 4 months`
    Term {
        /// `None` for `not stated`.
        duration: Option<Quantity>,
    },
    /// `expect documents a, b`
    Documents {
        /// Document ids.
        ids: Vec<Name>,
    },
    /// `expect copies doc 2`
    Copies {
        /// Document id.
        document: Name,
        /// Expected copies.
        copies: u32,
    },
    /// `expect count doc 2`
    Count {
        /// Document id.
        document: Name,
        /// Expected count.
        count: u32,
    },
    /// `expect representative yes`
    Representative {
        /// Expected answer.
        required: bool,
    },
    /// `expect deadline 2026-04-27`
    Deadline {
        /// The expected last day.
        date: Date,
    },
}

/// What a form's field holds: its `answer` line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FormAnswer {
    /// `text in 30 boxes`
    Boxes {
        /// How many boxes.
        boxes: u32,
        /// Where the number is.
        span: Span,
    },
    /// `date`
    Date,
    /// `yes or no`
    YesNo,
    /// `one of <choice>`
    Choice {
        /// The choice's id.
        choice: Name,
    },
    /// `signature and date`
    Signature,
}

/// What a sample's `fill` line writes in a field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum FillValue {
    /// `"SAMPLE"`
    Text(Text),
    /// `1990-02-01`
    Date(Date, Span),
    /// `yes` / `no`
    YesNo(bool, Span),
    /// An option id.
    Option(Name),
}

impl FillValue {
    /// Where the value is.
    pub fn span(&self) -> Span {
        match self {
            FillValue::Text(t) => t.span,
            FillValue::Date(_, s) | FillValue::YesNo(_, s) => *s,
            FillValue::Option(n) => n.span,
        }
    }
}

/// The lines that can be given in another language too.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TranslatedLine {
    /// `title`.
    Title,
    /// `question`.
    Question,
    /// `question for representative`.
    RepresentativeQuestion,
    /// `option <id>`: the words of that option of a choice.
    Option(Name),
}

impl TranslatedLine {
    /// The line's keyword.
    pub fn keyword(&self) -> &'static str {
        match self {
            TranslatedLine::Title => "title",
            TranslatedLine::Question => "question",
            TranslatedLine::RepresentativeQuestion => "question for representative",
            TranslatedLine::Option(_) => "option",
        }
    }

    /// Which line of its block it translates, as the model names it:
    /// the keyword, and an option's id after `option`.
    pub fn line(&self) -> String {
        match self {
            TranslatedLine::Option(name) => format!("option {}", name.text),
            other => other.keyword().to_owned(),
        }
    }
}

/// What a line says.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "line", rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum FieldValue {
    /// `title ru "..."`, `question ru "..."`, `option spouse ru "..."`: a
    /// title, a question or an option's words in another language, beside
    /// the line in the source's own.
    Translation {
        of: TranslatedLine,
        lang: Name,
        text: Text,
    },
    Clause(ClauseRef),
    See(Vec<ClauseRef>),
    Heading(Text),
    Title(Text),
    Text(Text),
    Plain(Text),
    Note(Text),
    Basis(Citation),
    Applies(Condition),
    Order {
        number: Text,
        date: Date,
        date_span: Span,
        by: Text,
    },
    Registered {
        number: Text,
        date: Date,
        date_span: Span,
        by: Text,
    },
    Amended(Date),
    Service(Name),
    Provider(Name),
    Language(Name),
    Source(Text),
    Calendar(Name),
    NumberLabel(Text),
    ActNumber(Text),
    Dated(Date),
    Called(Text),
    Published(Text),
    Phrase(Text),
    Gives(Name),
    Option {
        name: Name,
        title: Text,
    },
    Question(Text),
    /// `question for representative "..."`: the question as asked of the
    /// one who answers for the applicant.
    RepresentativeQuestion(Text),
    Answer(AnswerType),
    Files(Vec<Name>),
    /// `in group <id>`: the group a category sits under.
    InGroup(Name),
    Nested(Block),
    ForCategory(Vec<Name>),
    ForApplication(Vec<Name>),
    ForStatus(Vec<Name>),
    Lasts {
        duration: Quantity,
        from: Option<Name>,
    },
    NotStated(Text),
    Form(Name),
    /// `copies 2 [for category a, b] [when ...]`; `categories` empty when
    /// the line names none.
    Copies {
        amount: u32,
        categories: Vec<Name>,
        when: Option<Condition>,
    },
    /// `count 2 [for category a, b] [when ...]`, likewise.
    Count {
        amount: u32,
        categories: Vec<Name>,
        when: Option<Condition>,
    },
    Required(Condition),
    /// `valid when <condition>`: a document's validity window.
    Valid(Condition),
    /// `date of acceptance`: the event is the acceptance of the application.
    Acceptance,
    Size {
        width: u32,
        height: u32,
        unit: Name,
    },
    Requirement(Text),
    SameRules(Vec<Name>),
    DateFormat(Text),
    Appendix(u32),
    On(Vec<Name>),
    After(ClauseRef),
    Given {
        fact: Name,
        value: Value,
    },
    Accepted(Date),
    Expect(Expectation),
    Decree(Text),
    NonWorking(Vec<(Date, Span)>),
    Working(Vec<(Date, Span)>),
    Label(Text),
    Help(Text),
    FieldAnswer(FormAnswer),
    FieldRequired,
    Fill {
        field: Name,
        value: FillValue,
    },
    /// `in force from 2024-09-01`
    InForce {
        date: Date,
        date_span: Span,
    },
    /// `inserted by <amendment>`
    Inserted(Name),
    /// `repealed by <amendment>`
    Repealed(Name),
    /// `worded by <amendment> ... end`: the lines that amendment words anew.
    Worded {
        by: Name,
        fields: Vec<Field>,
    },
    /// `as of 2024-09-01`
    AsOf(Date),
    /// `chooses category <id>`: the category an example's applicant applies under.
    Chooses(Name),
    /// `amount 6000 RUB`
    Amount {
        amount: u32,
        currency: Name,
    },
}

impl FieldValue {
    /// The word that starts the line, for messages ("the `clause` line").
    pub fn keyword(&self) -> &'static str {
        match self {
            FieldValue::Translation { of, .. } => of.keyword(),
            FieldValue::Clause(_) => "clause",
            FieldValue::See(_) => "see clause",
            FieldValue::Heading(_) => "heading",
            FieldValue::Title(_) => "title",
            FieldValue::Text(_) => "text",
            FieldValue::Plain(_) => "plain",
            FieldValue::Note(_) => "note",
            FieldValue::Basis(_) => "basis",
            FieldValue::Applies(_) => "applies when",
            FieldValue::Order { .. } => "order",
            FieldValue::Registered { .. } => "registered",
            FieldValue::Amended(_) => "amended",
            FieldValue::Service(_) => "service",
            FieldValue::Provider(_) => "provider",
            FieldValue::Language(_) => "language",
            FieldValue::Source(_) => "source",
            FieldValue::Calendar(_) => "calendar",
            FieldValue::NumberLabel(_) | FieldValue::ActNumber(_) => "number",
            FieldValue::Dated(_) => "dated",
            FieldValue::Called(_) => "called",
            FieldValue::Published(_) => "published",
            FieldValue::Phrase(_) => "phrase",
            FieldValue::Gives(_) => "gives",
            FieldValue::Option { .. } => "option",
            FieldValue::Question(_) => "question",
            FieldValue::RepresentativeQuestion(_) => "question for representative",
            FieldValue::Answer(_) => "answer",
            FieldValue::Files(_) => "files",
            FieldValue::InGroup(_) => "in group",
            FieldValue::Nested(b) => b.kind.keyword(),
            FieldValue::ForCategory(_) => "for category",
            FieldValue::ForApplication(_) => "for application",
            FieldValue::ForStatus(_) => "for status",
            FieldValue::Lasts { .. } => "lasts",
            FieldValue::NotStated(_) => "not stated",
            FieldValue::Form(_) => "form",
            FieldValue::Copies { .. } => "copies",
            FieldValue::Count { .. } => "count",
            FieldValue::Required(_) => "required when",
            FieldValue::Valid(_) => "valid when",
            FieldValue::Acceptance => "date of acceptance",
            FieldValue::Size { .. } => "size",
            FieldValue::Requirement(_) => "requirement",
            FieldValue::SameRules(_) => "same rules as",
            FieldValue::DateFormat(_) => "date format",
            FieldValue::Appendix(_) => "appendix",
            FieldValue::On(_) => "on",
            FieldValue::After(_) => "after clause",
            FieldValue::Given { .. } => "given",
            FieldValue::Accepted(_) => "accepted",
            FieldValue::Expect(_) => "expect",
            FieldValue::Decree(_) => "decree",
            FieldValue::NonWorking(_) => "non-working",
            FieldValue::Working(_) => "working",
            FieldValue::Label(_) => "label",
            FieldValue::Help(_) => "help",
            FieldValue::FieldAnswer(_) => "answer",
            FieldValue::FieldRequired => "required",
            FieldValue::Fill { .. } => "fill",
            FieldValue::InForce { .. } => "in force from",
            FieldValue::Inserted(_) => "inserted by",
            FieldValue::Repealed(_) => "repealed by",
            FieldValue::Worded { .. } => "worded by",
            FieldValue::AsOf(_) => "as of",
            FieldValue::Chooses(_) => "chooses category",
            FieldValue::Amount { .. } => "amount",
        }
    }
}
