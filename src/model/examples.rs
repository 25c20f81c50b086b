//! Examples: test cases kept beside the law, with the facts they give and
//! what they expect.

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Duration, Value};
use crate::source::Span;

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
    /// The day whose version of the regulation answers it (`as of`);
    /// without it, the day of acceptance, else the presented version.
    pub as_of: Option<Date>,
    /// The category (or branch) the applicant applies under, of those that
    /// apply (`chooses category`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
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
