//! Checks a `calendar` block and turns it into a [`Calendar`].
//!
//! A production calendar is data copied from a decree by hand once a year,
//! so the checks look for the slips such copying makes: a date typed twice,
//! a date under the wrong year, a Saturday listed as a day off, a year left
//! out. Every problem is reported at once, so one run shows everything to fix.

use std::collections::BTreeMap;

use jiff::civil::{Date, Weekday};

use crate::deadline::{Calendar, CalendarYear};
use crate::diagnostics::{Problem, messages, messages::calendar as msg, sort};
use crate::source::Span;
use crate::syntax::ast::{Block, BlockKind, FieldValue};

/// The parser stands this date in for one that does not exist (2025-02-30),
/// after reporting R0104. Checking the stand-in would add a confusing second
/// problem at the same place ("1 January 2000 is listed under year 2025"),
/// so it is skipped, except in a year 2000 where it could be meant.
const STAND_IN: Date = Date::constant(2000, 1, 1);

/// Which line a date is on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum List {
    NonWorking,
    Working,
}

impl List {
    fn keyword(self) -> &'static str {
        match self {
            List::NonWorking => "non-working",
            List::Working => "working",
        }
    }
}

/// Where a date was first listed.
struct Seen {
    span: Span,
    list: List,
    /// The index of the `year` block among the calendar's lines.
    block: usize,
    year: i16,
}

/// Turns a `calendar` block into a [`Calendar`], with every problem found.
///
/// The calendar is returned only when there is no problem: a deadline
/// counted by a calendar with a mistake in it would be wrong without anyone
/// noticing.
pub fn check_calendar(block: &Block) -> (Option<Calendar>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut years = Vec::new();
    // The first place each year and each date appears, for R0806 and R0801.
    let mut first_year: BTreeMap<i16, Span> = BTreeMap::new();
    let mut first_date: BTreeMap<Date, Seen> = BTreeMap::new();

    let year_blocks: Vec<&Block> = block
        .fields
        .iter()
        .filter_map(|f| match &f.value {
            FieldValue::Nested(b) if b.kind == BlockKind::Year => Some(b),
            _ => None,
        })
        .collect();
    if year_blocks.is_empty() {
        problems.push(msg::calendar_without_years(
            &block.name.text,
            block.name.span,
        ));
    }
    for (index, year_block) in year_blocks.into_iter().enumerate() {
        let written = year_block.name.text.as_str();
        let year_span = year_block.name.span;
        // Beyond 9999 no date could fall in the year (jiff's range, and the
        // grammar's four-digit dates).
        let Some(year) = written.parse::<i16>().ok().filter(|y| *y <= 9999) else {
            problems.push(msg::year_not_a_year(written, year_span));
            continue;
        };
        match first_year.get(&year) {
            Some(first) => problems.push(msg::repeated_year(written, *first, year_span)),
            None => {
                first_year.insert(year, year_span);
            }
        }

        let mut decree = None;
        let mut non_working_weekdays = Vec::new();
        let mut working_weekend_days = Vec::new();
        for field in &year_block.fields {
            let (list, dates) = match &field.value {
                FieldValue::Decree(text) => {
                    // The general wording for these two, so a calendar reads
                    // like every other block; the first decree stands.
                    match decree {
                        Some((_, first)) => {
                            problems.push(messages::repeated_field("decree", first, field.span));
                        }
                        None => decree = Some((text.value.clone(), field.span)),
                    }
                    if text.value.trim().is_empty() {
                        problems.push(messages::empty_text(text.span));
                    }
                    continue;
                }
                FieldValue::NonWorking(dates) => (List::NonWorking, dates),
                FieldValue::Working(dates) => (List::Working, dates),
                _ => continue,
            };
            for &(date, span) in dates {
                if date == STAND_IN && year != 2000 {
                    continue;
                }
                if date.year() != year {
                    problems.push(msg::date_outside_year(date, span, written, year_span));
                }
                let weekend = matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday);
                match (list, weekend) {
                    (List::NonWorking, true) => {
                        problems.push(msg::non_working_weekend(date, span));
                    }
                    (List::Working, false) => problems.push(msg::working_weekday(date, span)),
                    _ => {}
                }
                match first_date.get(&date) {
                    // The same year given twice repeats all its dates; R0806
                    // says so once instead of R0801 for every date.
                    Some(first) if first.year == year && first.block != index => {}
                    Some(first) => problems.push(msg::repeated_date(
                        date,
                        first.span,
                        first.list.keyword(),
                        span,
                        list.keyword(),
                    )),
                    None => {
                        first_date.insert(
                            date,
                            Seen {
                                span,
                                list,
                                block: index,
                                year,
                            },
                        );
                    }
                }
                match list {
                    List::NonWorking => non_working_weekdays.push(date),
                    List::Working => working_weekend_days.push(date),
                }
            }
        }
        if decree.is_none() {
            problems.push(msg::year_without_decree(written, year_span));
        }
        years.push(CalendarYear {
            year,
            decree: decree.map(|(text, _)| text).unwrap_or_default(),
            non_working_weekdays,
            working_weekend_days,
        });
    }

    // BTreeMap iterates in year order, so neighbours are consecutive pairs.
    let ordered: Vec<(i16, Span)> = first_year.into_iter().collect();
    for pair in ordered.windows(2) {
        // `windows(2)` always gives two; the pattern just names them.
        if let [before, after] = pair
            && after.0 - before.0 > 1
        {
            problems.push(msg::calendar_gap(*before, *after));
        }
    }

    sort(&mut problems);
    let calendar = problems
        .is_empty()
        .then(|| Calendar::new(block.name.text.clone(), years));
    (calendar, problems)
}
