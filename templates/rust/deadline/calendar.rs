//! The production calendar: which days are working days, year by year,
//! as the Government's decrees set them.

use std::fmt;

use jiff::civil::{Date, Weekday};

/// One year of a production calendar, as the Government's decree set it.
///
/// Only the exceptions are listed: every other Saturday and Sunday is a day
/// off and every other weekday a working day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarYear {
    /// The year.
    pub year: i16,
    /// The decree that set it: "Government Decree No. 1335 of 4 October 2024".
    pub decree: String,
    /// Weekdays that are days off: holidays, days off moved to a weekday,
    /// the New Year holidays.
    pub non_working_weekdays: Vec<Date>,
    /// Saturdays and Sundays made working days.
    pub working_weekend_days: Vec<Date>,
}

/// A production calendar: the years it covers and their exceptions.
#[derive(Clone, Debug)]
pub struct Calendar {
    name: String,
    years: Vec<CalendarYear>,
    /// The years covered, in order, each once.
    covered: Vec<i16>,
    /// For each covered year, its working days: bit `n` is day `n + 1` of
    /// the year. A term in working days asks about every day it runs
    /// through, so the answer is one lookup rather than a search.
    working_days: Vec<YearDays>,
}

/// One bit per day of a year.
type YearDays = [u64; 6];

/// A date the calendar has no year for, so whether it is a working day is
/// not known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutsideCalendar {
    /// The date asked about (`Date::MAX` when a term runs past the last
    /// date there is).
    pub date: Date,
    /// The calendar's first year, if it has any.
    pub first_year: Option<i16>,
    /// The calendar's last year, if it has any.
    pub last_year: Option<i16>,
}

impl fmt::Display for OutsideCalendar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let year = self.date.year();
        let covered = matches!(
            (self.first_year, self.last_year),
            (Some(first), Some(last)) if first <= year && year <= last
        );
        if self.date == Date::MAX && covered {
            // A covered year is reported only when a term runs past the
            // last date there is: that, not the calendar, is the limit.
            return f.write_str("the term runs past 31.12.9999, the last date that can be counted");
        }
        write!(f, "no production calendar for {year} ")?;
        match (self.first_year, self.last_year) {
            (Some(first), Some(last)) if first < year && year < last => write!(
                f,
                "(the calendar covers {first}-{last} but has no year {year})"
            ),
            (Some(first), Some(last)) if first == last => {
                write!(f, "(the calendar covers only {first})")
            }
            (Some(first), Some(last)) => write!(f, "(the calendar covers {first}-{last})"),
            _ => f.write_str("(the calendar has no years)"),
        }
    }
}

impl std::error::Error for OutsideCalendar {}

impl Calendar {
    /// A calendar named `name` made of `years`, in any order.
    ///
    /// It accepts what it is given: a date counts wherever it is listed, and
    /// a year missing between others is simply not covered. Checking that the
    /// data makes sense (no date twice, no weekday in `working` ...) is the
    /// compiler's job, done once, rather than every time a crate starts.
    pub fn new(name: impl Into<String>, mut years: Vec<CalendarYear>) -> Calendar {
        years.sort_by_key(|y| y.year);
        let mut covered: Vec<i16> = years.iter().map(|y| y.year).collect();
        covered.dedup();
        // Monday to Friday work, Saturday and Sunday do not ...
        let mut working_days: Vec<YearDays> = covered.iter().map(|y| weekdays_of(*y)).collect();
        // ... except the weekdays listed as days off and the weekend days
        // listed as working, wherever they are listed.
        let mut mark = |date: Date, working: bool| {
            if let Ok(i) = covered.binary_search(&date.year()) {
                let day = day_index(date);
                if working {
                    working_days[i][day / 64] |= 1 << (day % 64);
                } else {
                    working_days[i][day / 64] &= !(1 << (day % 64));
                }
            }
        };
        for year in &years {
            for date in &year.non_working_weekdays {
                if !is_weekend(*date) {
                    mark(*date, false);
                }
            }
            for date in &year.working_weekend_days {
                if is_weekend(*date) {
                    mark(*date, true);
                }
            }
        }
        Calendar {
            name: name.into(),
            years,
            covered,
            working_days,
        }
    }

    /// The calendar's id, like `russia_federal`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The years, in order.
    pub fn years(&self) -> &[CalendarYear] {
        &self.years
    }

    /// The first year covered.
    pub fn first_year(&self) -> Option<i16> {
        self.covered.first().copied()
    }

    /// The last year covered.
    pub fn last_year(&self) -> Option<i16> {
        self.covered.last().copied()
    }

    /// Does the calendar have this year?
    pub fn covers(&self, year: i16) -> bool {
        self.covered.binary_search(&year).is_ok()
    }

    /// Is `date` a working day? Saturdays and Sundays are days off unless
    /// listed as working; Monday to Friday are working days unless listed as
    /// non-working.
    pub fn is_working_day(&self, date: Date) -> Result<bool, OutsideCalendar> {
        let Ok(i) = self.covered.binary_search(&date.year()) else {
            return Err(self.outside(date));
        };
        let day = day_index(date);
        Ok(self.working_days[i][day / 64] & (1 << (day % 64)) != 0)
    }

    pub(super) fn outside(&self, date: Date) -> OutsideCalendar {
        OutsideCalendar {
            date,
            first_year: self.first_year(),
            last_year: self.last_year(),
        }
    }

    /// The day after `date`, or the error for running off the end of time.
    fn day_after(&self, date: Date) -> Result<Date, OutsideCalendar> {
        date.tomorrow().map_err(|_| self.outside(Date::MAX))
    }

    /// `date` if it is a working day, else the next working day (art. 193).
    /// Ends because every step either finds a working day or reaches a year
    /// the calendar lacks, which is an error.
    pub(super) fn working_day_on_or_after(&self, date: Date) -> Result<Date, OutsideCalendar> {
        let mut day = date;
        while !self.is_working_day(day)? {
            day = self.day_after(day)?;
        }
        Ok(day)
    }

    /// The `n`th working day after `date` (`date` itself when `n` is zero).
    pub(super) fn nth_working_day_after(
        &self,
        date: Date,
        n: u32,
    ) -> Result<Date, OutsideCalendar> {
        let mut day = date;
        let mut counted = 0;
        while counted < n {
            day = self.day_after(day)?;
            if self.is_working_day(day)? {
                counted += 1;
            }
        }
        Ok(day)
    }
}

fn is_weekend(date: Date) -> bool {
    matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// The day's place in its year, from 0.
fn day_index(date: Date) -> usize {
    usize::from(date.day_of_year().unsigned_abs()).saturating_sub(1)
}

/// The days of `year` from Monday to Friday (none for a year that has no
/// dates, which nothing can ask about).
fn weekdays_of(year: i16) -> YearDays {
    let mut days = YearDays::default();
    let Ok(first) = Date::new(year, 1, 1) else {
        return days;
    };
    let monday_offset = usize::from(first.weekday().to_monday_zero_offset().unsigned_abs());
    let length = usize::from(first.days_in_year().unsigned_abs());
    for (i, word) in days.iter_mut().enumerate() {
        let first_day = 64 * i;
        let in_year = match length.saturating_sub(first_day) {
            64.. => u64::MAX,
            n => (1 << n) - 1,
        };
        *word = WEEKDAY_RUNS[(monday_offset + first_day) % 7] & in_year;
    }
    days
}

/// The weekdays among 64 days in a row, as bits, for a run that starts on
/// each day of the week (0: Monday).
const WEEKDAY_RUNS: [u64; 7] = {
    let mut runs = [0; 7];
    let mut start = 0;
    while start < 7 {
        let mut day = 0;
        while day < 64 {
            if (start + day) % 7 < 5 {
                runs[start] |= 1 << day;
            }
            day += 1;
        }
        start += 1;
    }
    runs
};
