//! Problems found in regulation sources, and their stable codes.
//!
//! Every diagnostic the tool can report has a [`Code`] here, and every
//! sentence it says is written in [`messages`]; nothing else in the crate
//! composes diagnostic wording. That keeps the voice consistent (legal
//! staff read these) and makes the list of codes in `docs/language.md`
//! checkable against this file.

pub mod messages;
pub mod suggest;

use serde::Serialize;

use crate::source::Span;

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Stops the build: the model would be wrong.
    Error,
    /// Worth fixing, but the model is still sound.
    Warning,
}

/// A labelled place in the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What is there, in a few words.
    pub text: String,
}

/// One problem found in the sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The stable code.
    pub code: Code,
    /// Error or warning.
    pub severity: Severity,
    /// One sentence saying what is wrong.
    pub message: String,
    /// The places involved; the first is the main one.
    pub labels: Vec<Label>,
    /// What to do about it.
    pub help: Option<String>,
}

impl Problem {
    /// The main place of the problem, if it has one.
    pub fn primary_span(&self) -> Option<Span> {
        self.labels.first().map(|l| l.span)
    }

    /// Is it an error (rather than a warning)?
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Sorts problems by file and position so output is stable and reads top to bottom.
pub fn sort(problems: &mut [Problem]) {
    problems.sort_by_key(|p| (p.primary_span().map(|s| (s.file, s.start)), p.code));
}

macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $severity:ident, $summary:literal; )*) => {
        /// The stable code of a diagnostic. Codes are never reused for another problem.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        pub enum Code {
            $( $(#[$doc])* #[serde(rename = $code)] $variant, )*
        }

        impl Code {
            /// Every code, in order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The code as printed: `R0201`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }

            /// The severity problems with this code have.
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// A short description, for the reference table in `docs/language.md`.
            pub fn summary(self) -> &'static str {
                match self { $(Code::$variant => $summary,)* }
            }
        }
    };
}

codes! {
    /// The text does not follow the grammar.
    Syntax = "R0101", Error, "the text does not follow the language's grammar";
    /// An `include` names a file that cannot be read.
    IncludeNotFound = "R0102", Error, "an included file cannot be read";
    /// Files include each other in a circle.
    IncludeCycle = "R0103", Error, "files include each other in a circle";
    /// A date that does not exist, like 2025-02-30.
    NoSuchDate = "R0104", Error, "a date that does not exist in the calendar";
    /// A number too large to be meant.
    NumberTooLarge = "R0105", Error, "a number too large to be meant";
    /// `and` and `or` mixed without brackets.
    AmbiguousCondition = "R0106", Error, "`and` and `or` mixed without brackets";
    /// A file has no `regulation` block, or has two, or an included file has one.
    RegulationBlock = "R0107", Error, "a regulation needs exactly one `regulation` block, in its main file";
    /// A text field that is empty.
    EmptyText = "R0108", Error, "a text is empty";
    /// Brackets and `not`s nested deeper than any regulation needs.
    NestingTooDeep = "R0111", Error, "a condition nested more than 64 levels deep";
    /// A path that is not a regular file, or a file over the size limit.
    NotASourceFile = "R0112", Error, "a path that is not a regular file of at most 16 MiB";
    /// A file that is not UTF-8 text.
    NotUtf8 = "R0113", Error, "a file that is not UTF-8 text";
    /// A category in a group is not numbered under the group's clause.
    OutsideGroup = "R0114", Error, "a category in a group is not numbered under the group's clause";
    /// A category numbered under a group's clause is not in the group.
    NotInGroup = "R0115", Error, "a category numbered under a group's clause is not in that group";

    /// Two elements have the same id.
    DuplicateId = "R0201", Error, "two elements have the same id";
    /// A reference to an id that nothing declares.
    UnknownId = "R0202", Error, "a reference to an id that nothing declares";
    /// A reference to an element of the wrong kind.
    WrongKind = "R0203", Error, "a reference to an element of the wrong kind";
    /// A citation of an act that is not declared.
    UndeclaredAct = "R0204", Error, "a citation of an act that is not declared";
    /// A Markdown link to a term, clause or act that does not exist.
    BrokenLink = "R0205", Error, "a link in a text points to nothing";
    /// A block lacks a line it must have.
    MissingField = "R0206", Error, "a block lacks a line it must have";
    /// A line that may appear once appears twice.
    RepeatedField = "R0207", Error, "a line that may appear once appears twice";
    /// An id that is reserved: a built-in fact, or `category`.
    ReservedId = "R0208", Error, "an id reserved for a built-in name";
    /// Two ids that would become the same name in generated code.
    CollidingIds = "R0209", Error, "two ids would become the same name in generated code";

    /// Two elements claim the same clause number.
    DuplicateClause = "R0301", Error, "two elements are the same clause";
    /// A clause number is skipped.
    MissingClause = "R0302", Error, "a clause number is skipped";
    /// A clause number comes after a later one.
    ClauseOutOfOrder = "R0303", Error, "a clause number is out of order";
    /// A `see clause` or `after clause` names a clause that is not in the sources.
    UnknownClause = "R0304", Error, "a reference to a clause that is not in the sources";

    /// A condition names a fact that is not declared.
    UndeclaredFact = "R0401", Error, "a condition or example names an undeclared fact";
    /// A comparison between values of different types.
    TypeMismatch = "R0402", Error, "a comparison between different types of value";
    /// A number compared in another unit.
    UnitMismatch = "R0403", Error, "a number compared in another unit than its fact's";
    /// A value that is not one of the fact's options.
    UnknownOption = "R0404", Error, "a value that is not one of the fact's options";
    /// A comparison word that does not suit the fact's type.
    BadComparison = "R0405", Error, "a comparison that does not suit the fact's type";
    /// A fact that is not yes/no used on its own as a condition.
    NotYesNo = "R0406", Error, "a fact that is not yes/no used on its own as a condition";
    /// `category is ...` where the category applied under is not known.
    CategoryNotKnown = "R0407", Error, "a condition reads the category where it is not known";

    /// A combination of application, category and status has no term.
    MissingTerm = "R0501", Error, "an application, category and status with no processing term";
    /// A combination of application, category and status has two terms.
    ConflictingTerms = "R0502", Error, "an application, category and status with two processing terms";
    /// A term with both a duration and `not stated`, or neither.
    TermDuration = "R0503", Error, "a term must have either `lasts` or `not stated`";
    /// The source states no term for a combination (the file says so).
    TermNotStated = "R0504", Warning, "the source states no term for a combination";
    /// A duration in a unit terms cannot be counted in.
    BadDurationUnit = "R0505", Error, "a duration in a unit terms are not counted in";

    /// Two default counts or copies for one document.
    ConflictingCounts = "R0601", Error, "a document has two default counts or copy numbers";
    /// A count or number of copies of zero.
    ZeroCount = "R0602", Error, "a count, number of copies or time limit of zero";
    /// Two forms with the same appendix number.
    DuplicateAppendix = "R0603", Error, "two forms have the same appendix number";

    /// An example gives the same fact twice.
    RepeatedGiven = "R0701", Error, "an example gives the same fact twice";
    /// An example gives a value of the wrong type.
    GivenType = "R0702", Error, "an example gives a fact a value of the wrong type";
    /// An example expects nothing.
    EmptyExample = "R0703", Error, "an example expects nothing";
    /// An example's expectation does not hold.
    ExampleFailed = "R0710", Error, "an example's expectation does not hold";

    /// A date listed twice in a production calendar.
    CalendarRepeatedDate = "R0801", Error, "a production-calendar date is listed twice";
    /// A `working` date that is not a Saturday or Sunday.
    WorkingWeekday = "R0802", Error, "a working weekend day that is not a Saturday or Sunday";
    /// A `non-working` date that is a Saturday or Sunday anyway.
    NonWorkingWeekend = "R0803", Error, "a non-working weekday that is a Saturday or Sunday";
    /// A calendar year without the decree that set it.
    YearWithoutDecree = "R0804", Error, "a calendar year without its decree";
    /// A date listed under another year.
    DateOutsideYear = "R0805", Error, "a date listed under another year";
    /// The same year twice in a calendar.
    RepeatedYear = "R0806", Error, "a calendar year given twice";
    /// A date outside the years a calendar covers.
    OutsideCalendar = "R0807", Error, "a date outside the years the production calendar covers";
    /// Missing years between the first and last year of a calendar.
    CalendarGap = "R0808", Error, "a production calendar skips a year";

    /// Something declared and never used.
    Unused = "R0901", Warning, "something declared and never used";
    /// A clause's text says something is cut off or not provided.
    Omission = "R0902", Warning, "the source text is cut off here";

    /// Two sections, fields or samples of one form have the same id.
    DuplicateFormId = "R1001", Error, "two sections, fields or samples of one form have the same id";
    /// A sample fills a field its form does not have.
    UnknownFormField = "R1002", Error, "a sample fills a field its form does not have";
    /// A sample value its field does not accept.
    BadSampleValue = "R1003", Error, "a sample value its field does not accept";
    /// A sample leaves a required field empty.
    SampleMissingField = "R1004", Error, "a sample leaves a required field empty";
    /// A section's `applies when` that is not about the form's yes/no or choice fields.
    BadSectionCondition = "R1005", Error, "a section's condition is not about a yes/no or choice field of its form";
    /// A field with no boxes, or more than can be printed.
    BadBoxCount = "R1006", Error, "a field with no boxes, or more than a form can print";
    /// A sample fills the same field twice.
    FilledTwice = "R1007", Error, "a sample fills the same field twice";
    /// A form with fields has no sample (item 11.3 wants models of filling).
    NoSample = "R1008", Warning, "a form with fields has no filled sample";
    /// A sample fills a field of a section its own answers rule out.
    FilledNotApplicable = "R1009", Error, "a sample fills a section that does not apply to it";

    /// An amendment that changes nothing.
    AmendmentWithoutChange = "R1101", Warning, "an amendment that changes nothing";
    /// Two versions of one line of one element take effect on the same day.
    OverlappingVersions = "R1102", Error, "two versions of one element take effect on the same day";
    /// A change dated before the regulation, the amending act or the element itself.
    ChangeOutOfTime = "R1103", Error, "a change dated outside the life of what it changes";
    /// A reference to an element that is not in force at that time.
    NotInForce = "R1104", Error, "a reference to an element that is not in force then";
    /// A repealed element's clause number claimed by another element.
    ClauseReused = "R1105", Error, "a repealed clause's number is used again";
    /// A `worded by` line the block cannot have.
    WordedLineNotAllowed = "R1106", Error, "a new wording of a line the block does not have";
    /// A new wording identical to the one it replaces.
    WordingUnchanged = "R1107", Warning, "a new wording that is the same as the old one";

    /// A line of a triple-quoted text indented with something other than spaces.
    TextIndentation = "R1201", Error, "a line of a text is indented with something other than spaces";
    /// A control character in a text.
    ControlCharacter = "R1202", Error, "a text holds a control character";
    /// A bidirectional control character in a text, not marked deliberate.
    DirectionControl = "R1203", Error, "a text holds a direction control that reorders what follows";
    /// A character of a printed text that no embedded font has.
    Unprintable = "R1204", Error, "a printed text holds a character the PDF fonts cannot show";

    /// A date counted forward or back in hours, minutes or working days.
    OffsetUnit = "R1301", Error, "a date counted forward or back in a unit other than years, months or days";
    /// A date fact compared with something that is not a date.
    NotADate = "R1302", Error, "a date compared with a name that is not a date fact or an event";
    /// A fact that is not a date compared with a date counted from another.
    OffsetOnNonDate = "R1303", Error, "a fact that is not a date compared with a date counted from another";
    /// A fact that is not a date compared with another fact.
    FactWithFact = "R1304", Error, "a fact compared with another fact, which only dates may be";
    /// Two events marked `date of acceptance`.
    TwoAcceptanceEvents = "R1305", Error, "two events are marked as the acceptance of the application";
    /// A `valid when` condition that reads no date.
    ValidityWithoutDate = "R1306", Error, "a document's validity window compares no date";
    /// An example's `accepted` date differs from its given acceptance event.
    AcceptanceGivenTwice = "R1307", Error, "an example gives the acceptance date twice, differently";
    /// A term counted from an event while no event is the acceptance.
    NoAcceptanceEvent = "R1308", Warning, "a term runs from an event, and no event is marked as the acceptance";
    /// Two translations of one line into one language.
    TranslationTwice = "R1401", Error, "a title or question is translated twice into one language";
    /// A translation of an option its choice does not list.
    UnknownTranslatedOption = "R1402", Error, "an option given in another language is not an option of the choice";
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
