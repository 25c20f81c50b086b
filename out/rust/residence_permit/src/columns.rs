//! A batch as columns: one column per fact in, one column per answer out,
//! so a data engine (Apache Arrow, Polars) can call the rules per record
//! batch without building a row of facts for each applicant itself.
//!
//! The column types take the buffers an Arrow array is made of, as plain
//! slices: values, a validity bitmap (a null is a fact not known, never
//! "no"), bit-packed booleans, `Date32` days, dictionary keys. The crate
//! depends on no data engine; `docs/rust-crate.md` in reglament shows the
//! glue for Arrow and Polars.

use jiff::civil::Date;

use crate::flag::Flag;
use crate::{
    Application, CategorySet, Decision, DocumentSet, FactColumns, Facts, Query, Term, TermDecision,
    decide,
};

/// A bitmap as Arrow keeps validity and boolean buffers: bit `i` (least
/// significant bit first) of byte `i / 8`, counted from a bit offset.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Bitmap<'a> {
    bytes: &'a [u8],
    offset: usize,
}

impl<'a> Bitmap<'a> {
    /// The bits of `bytes`, the first at bit `offset` (an Arrow array's
    /// offset, for a slice of a larger array).
    pub fn new(bytes: &'a [u8], offset: usize) -> Bitmap<'a> {
        Bitmap { bytes, offset }
    }

    /// Bit `i` (`false` past the end).
    pub fn get(&self, i: usize) -> bool {
        let at = self.offset + i;
        self.bytes
            .get(at / 8)
            .is_some_and(|byte| byte & (1 << (at % 8)) != 0)
    }
}

/// One fact's column of numbers or choices: the value for each applicant
/// of the batch, or not known.
///
/// A row past the end of the column's slices reads as not known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Column<'a, T> {
    /// Known for no applicant of the batch (the column is missing).
    #[default]
    Absent,
    /// Known for every applicant.
    Values(&'a [T]),
    /// Known where `valid` has its bit set (an Arrow array's values and
    /// validity buffers); the value under a cleared bit is ignored.
    Masked {
        /// One value per applicant.
        values: &'a [T],
        /// Which are known.
        valid: Bitmap<'a>,
    },
    /// A value or `None` per applicant (a column built in Rust).
    Options(&'a [Option<T>]),
    /// Dictionary-encoded, as Arrow's `DictionaryArray` and Polars'
    /// categoricals are: each applicant's key indexes `values`, the
    /// dictionary mapped once per batch (an entry that is not one of the
    /// regulation's values is `None`: not known).
    Dictionary {
        /// One key per applicant.
        keys: &'a [i32],
        /// Which keys are valid (`None`: all).
        valid: Option<Bitmap<'a>>,
        /// The dictionary, each entry mapped to a value.
        values: &'a [Option<T>],
    },
}

/// One yes/no fact's column.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum BoolColumn<'a> {
    /// Known for no applicant of the batch.
    #[default]
    Absent,
    /// Bit-packed, as Arrow's `BooleanArray` keeps them: the values, and
    /// which are known (`None`: all).
    Bits {
        /// One bit per applicant: yes or no.
        values: Bitmap<'a>,
        /// Which are known (`None`: all).
        valid: Option<Bitmap<'a>>,
    },
    /// One `bool` per applicant, each known.
    Values(&'a [bool]),
    /// A value or `None` per applicant.
    Options(&'a [Option<bool>]),
}

/// One date fact's column.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum DateColumn<'a> {
    /// Known for no applicant of the batch.
    #[default]
    Absent,
    /// Days since 1970-01-01, as Arrow's `Date32Array` keeps them, and
    /// which are known (`None`: all).
    Days {
        /// One day number per applicant.
        days: &'a [i32],
        /// Which are known (`None`: all).
        valid: Option<Bitmap<'a>>,
    },
    /// A date or `None` per applicant.
    Options(&'a [Option<Date>]),
}

/// What the generated `FactColumns::row` and `FactColumns::rows` read
/// each column with.
pub(crate) trait Cell: Copy {
    type Value;
    fn at(self, i: usize) -> Option<Self::Value>;

    /// Rows `start..` of the column, one into each of `out` by `set`: the
    /// kind of column matched once for them all, not once a row and a
    /// fact. A row past the column's end is left as it is (not known).
    #[inline]
    fn fill(self, start: usize, out: &mut [Facts], set: impl Fn(&mut Facts, Option<Self::Value>)) {
        row_by_row(self, start, out, set);
    }
}

/// Rows `start..` of `column` into `out`, each read by [`Cell::at`]: for
/// the kinds of column whose rows are not a plain slice.
#[inline]
fn row_by_row<C: Cell>(
    column: C,
    start: usize,
    out: &mut [Facts],
    set: impl Fn(&mut Facts, Option<C::Value>),
) {
    for (k, facts) in out.iter_mut().enumerate() {
        set(facts, column.at(start + k));
    }
}

/// Each of `values` from `start` on into `out`, by `set`.
#[inline]
fn each<V: Copy, T>(
    values: &[V],
    start: usize,
    out: &mut [Facts],
    set: impl Fn(&mut Facts, Option<T>),
    value: impl Fn(V) -> Option<T>,
) {
    let values = values.get(start..).unwrap_or_default();
    for (facts, v) in out.iter_mut().zip(values) {
        set(facts, value(*v));
    }
}

/// Row `i` of a column: its value, or `None` when it is not known.
pub(crate) fn at<C: Cell>(column: C, i: usize) -> Option<C::Value> {
    column.at(i)
}

/// A yes/no fact's rows `start..` into `out`, kept at `flag` in each row's
/// words as its setter keeps it but without clearing the bits first (the
/// rows were reset): a sixth of the work of a row of `Option` columns.
#[allow(dead_code, reason = "unused without yes/no facts")]
#[inline]
pub(crate) fn fill_flag(column: BoolColumn<'_>, start: usize, out: &mut [Facts], flag: Flag) {
    column.fill(start, out, |facts, value| {
        flag.add(&mut facts.known, &mut facts.yes, value);
    });
}

/// Rows `start..` of a column into `out`, by `set` (a `Facts` setter).
#[inline]
pub(crate) fn fill<C: Cell>(
    column: C,
    start: usize,
    out: &mut [Facts],
    set: impl Fn(&mut Facts, Option<C::Value>),
) {
    column.fill(start, out, set);
}

fn valid(bitmap: Option<Bitmap<'_>>, i: usize) -> bool {
    bitmap.is_none_or(|b| b.get(i))
}

impl<T: Copy> Cell for Column<'_, T> {
    type Value = T;

    fn at(self, i: usize) -> Option<T> {
        match self {
            Column::Absent => None,
            Column::Values(values) => values.get(i).copied(),
            Column::Masked { values, valid } => values.get(i).copied().filter(|_| valid.get(i)),
            Column::Options(values) => values.get(i).copied().flatten(),
            Column::Dictionary {
                keys,
                valid,
                values,
            } => {
                let key = usize::try_from(*keys.get(i)?).ok()?;
                values
                    .get(key)
                    .copied()
                    .flatten()
                    .filter(|_| self::valid(valid, i))
            }
        }
    }

    #[inline]
    fn fill(self, start: usize, out: &mut [Facts], set: impl Fn(&mut Facts, Option<T>)) {
        match self {
            Column::Absent => {}
            Column::Values(values) => each(values, start, out, set, Some),
            Column::Options(values) => each(values, start, out, set, |v| v),
            _ => row_by_row(self, start, out, set),
        }
    }
}

impl Cell for BoolColumn<'_> {
    type Value = bool;

    fn at(self, i: usize) -> Option<bool> {
        match self {
            BoolColumn::Absent => None,
            BoolColumn::Bits { values, valid } => {
                let inside = values.bytes.len() * 8 > values.offset + i;
                (inside && self::valid(valid, i)).then(|| values.get(i))
            }
            BoolColumn::Values(values) => values.get(i).copied(),
            BoolColumn::Options(values) => values.get(i).copied().flatten(),
        }
    }

    #[inline]
    fn fill(self, start: usize, out: &mut [Facts], set: impl Fn(&mut Facts, Option<bool>)) {
        match self {
            BoolColumn::Absent => {}
            BoolColumn::Values(values) => each(values, start, out, set, Some),
            BoolColumn::Options(values) => each(values, start, out, set, |v| v),
            BoolColumn::Bits { .. } => row_by_row(self, start, out, set),
        }
    }
}

/// 1970-01-01, day 0 of Arrow's `Date32`.
const EPOCH: Date = Date::constant(1970, 1, 1);

impl Cell for DateColumn<'_> {
    type Value = Date;

    fn at(self, i: usize) -> Option<Date> {
        match self {
            DateColumn::Absent => None,
            DateColumn::Days { days, valid } => {
                let days = *days.get(i)?;
                if !self::valid(valid, i) {
                    return None;
                }
                // A day jiff cannot represent is not a date: not known.
                EPOCH
                    .checked_add(jiff::Span::new().try_days(days).ok()?)
                    .ok()
            }
            DateColumn::Options(values) => values.get(i).copied().flatten(),
        }
    }

    #[inline]
    fn fill(self, start: usize, out: &mut [Facts], set: impl Fn(&mut Facts, Option<Date>)) {
        match self {
            DateColumn::Absent => {}
            DateColumn::Options(values) => each(values, start, out, set, |v| v),
            DateColumn::Days { .. } => row_by_row(self, start, out, set),
        }
    }
}

/// The answers for a batch, one column per answer, kept by the caller
/// from batch to batch (each column is emptied and refilled, keeping its
/// capacity). Row `i` answers the applicant of row `i`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct DecisionColumns {
    /// The kind of application the answers are for, if known.
    pub application: Vec<Option<Application>>,
    /// The categories (or branches) that apply.
    pub categories: Vec<CategorySet>,
    /// The categories that need more facts.
    pub undetermined: Vec<CategorySet>,
    /// The processing term, when it is one: the term every category that
    /// applies has (or, when none applies, the application's own); `None`
    /// when there is none, when it needs facts, or when the categories
    /// that apply have different terms (decide that applicant alone with
    /// [`decide`] to see each).
    pub term: Vec<Option<Term>>,
    /// That term's last day, counted from the query's acceptance date.
    pub last_day: Vec<Option<Date>>,
    /// The documents required.
    pub documents: Vec<DocumentSet>,
    /// The documents that may be required, depending on facts not given.
    pub undetermined_documents: Vec<DocumentSet>,
    /// Must a legal representative apply?
    pub representative: Vec<bool>,
}

impl DecisionColumns {
    /// How many rows.
    pub fn len(&self) -> usize {
        self.representative.len()
    }

    /// No row?
    pub fn is_empty(&self) -> bool {
        self.representative.is_empty()
    }

    /// Empties every column, keeping its capacity.
    pub fn clear(&mut self) {
        self.application.clear();
        self.categories.clear();
        self.undetermined.clear();
        self.term.clear();
        self.last_day.clear();
        self.documents.clear();
        self.undetermined_documents.clear();
        self.representative.clear();
    }

    /// Adds a row with the answers of `decision`.
    pub fn push(&mut self, decision: &Decision) {
        let term = one_term(decision);
        self.application.push(decision.application);
        self.categories.push(decision.categories);
        self.undetermined.push(decision.undetermined);
        self.term.push(term.map(|t| t.term));
        self.last_day.push(term.and_then(|t| t.ends()));
        self.documents.push(decision.documents);
        self.undetermined_documents
            .push(decision.undetermined_documents);
        self.representative.push(decision.representative);
    }
}

/// The one term of a decision, as [`DecisionColumns::term`] says.
fn one_term(decision: &Decision) -> Option<TermDecision> {
    if decision.categories.is_empty() {
        return decision.application_term().into_known().flatten();
    }
    let mut found: Option<TermDecision> = None;
    for category in decision.applying() {
        let term = category.term.into_known().flatten()?;
        match found {
            Some(one) if one.term != term.term => return None,
            _ => found = Some(term),
        }
    }
    found
}

/// Decides the first `rows` applicants of `facts` with the same `query`
/// into `out` (emptied first): row `i` of `out` is
/// `decide(&facts.row(i), query)`, as columns.
///
/// A batch at a time: for every core, decide several batches on as many
/// threads, each into its own `DecisionColumns`.
pub fn decide_columns(
    rows: usize,
    facts: &FactColumns<'_>,
    query: &Query,
    out: &mut DecisionColumns,
) {
    out.clear();
    // A chunk of rows at a time, read column by column (each column's kind
    // matched once a chunk), then decided row by row.
    let mut chunk = [Facts::default(); CHUNK];
    let mut start = 0;
    while start < rows {
        let part = chunk.get_mut(..CHUNK.min(rows - start)).unwrap_or_default();
        facts.rows(start, part);
        for row in part.iter() {
            out.push(&decide(row, query));
        }
        start += CHUNK;
    }
}

/// How many rows [`decide_columns`] reads at once, column by column: the
/// facts of 64 applicants, 3 KB, stay in the processor's nearest cache.
const CHUNK: usize = 64;
