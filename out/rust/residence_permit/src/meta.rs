//! Citations of legal acts, and the enactments of the regulation itself.

use std::fmt;

use jiff::civil::Date;

use crate::Act;

/// A citation of a legal act: which divisions of which act.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Citation {
    /// The act.
    pub act: Act,
    /// The divisions cited, smallest first (`item 5 of article 8`); empty
    /// when the act is cited as a whole.
    pub divisions: &'static str,
}

impl fmt::Display for Citation {
    /// `item 5 of article 8 of <title> No. <number> of <date>`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.divisions.is_empty() {
            write!(f, "{} of ", self.divisions)?;
        }
        f.write_str(self.act.title())?;
        if let Some(number) = self.act.number() {
            write!(f, " No. {number}")?;
        }
        if let Some(date) = self.act.dated() {
            write!(f, " of {date}")?;
        }
        Ok(())
    }
}

/// An order or a registration: its number, its date and who made it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Enactment {
    /// The number as printed.
    pub number: &'static str,
    /// The date.
    pub date: Date,
    /// The body that made it.
    pub by: &'static str,
}

/// A sum of money: whole units of a currency (`5000 RUB`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Money {
    /// How many whole units.
    pub amount: u32,
    /// The currency's ISO 4217 code (`RUB`).
    pub currency: &'static str,
}

impl fmt::Display for Money {
    /// `5000 RUB`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount, self.currency)
    }
}
