//! The sums an applicant pays, such as a state duty, each as the regulation (or
//! the version of it) states it.

use crate::{Citation, Money};

/// The sums an applicant pays, such as a state duty.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Fee {}

impl Fee {
    /// Every one, in the order of the text.
    pub const ALL: [Self; 0] = [];

    /// Its id in the regulation's source.
    pub fn id(self) -> &'static str {
        match self {}
    }

    /// The one with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == id)
    }

    /// What it is.
    pub fn title(self) -> &'static str {
        match self {}
    }

    /// Its clause number as printed (`2.16.1`), if it has one.
    pub fn clause(self) -> Option<&'static str> {
        match self {}
    }

    /// The regulation's words (Markdown).
    pub fn text(self) -> &'static str {
        match self {}
    }

    /// A clarified wording for display (Markdown), if the editors gave one.
    pub fn plain(self) -> Option<&'static str> {
        match self {}
    }

    /// The legal acts it rests on.
    pub fn basis(self) -> &'static [Citation] {
        match self {}
    }

    /// How much.
    pub fn amount(self) -> Money {
        match self {}
    }
}
