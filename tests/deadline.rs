//! Deadlines under the Civil Code (arts. 191-193) counted by the federal
//! production calendar in `regulations/calendar/russia-federal.rgl`.
//!
//! Every expected date below was worked out by hand from that calendar; the
//! reasoning is in the comments, so a reader can redo it with a wall
//! calendar. Weekdays used: 1 January 2024 was a Monday, 1 January 2025 a
//! Wednesday, 1 January 2026 a Thursday, 1 January 2027 a Friday.

// clippy.toml allows `expect` inside `#[test]` functions only; the helpers
// here fail a test the same way, so they may use it too.
#![allow(clippy::expect_used)]

use std::sync::LazyLock;

use jiff::ToSpan;
use jiff::civil::{Date, date};
use proptest::prelude::*;
use reglament::check::calendar::check_calendar;
use reglament::deadline::{
    Calendar, Deadline, Duration, DurationError, OutsideCalendar, Step, Unit, deadline,
};
use reglament::syntax::ast::BlockKind;

/// The calendar as the compiler reads it from the data file, so the tests
/// exercise the data and the checker as well as the arithmetic.
static RUSSIA: LazyLock<Calendar> = LazyLock::new(|| {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/regulations/calendar/russia-federal.rgl"
    );
    let text = std::fs::read_to_string(path).expect("the calendar file is readable");
    let (file, problems) = reglament::syntax::parse(&text, 0);
    assert!(problems.is_empty(), "{problems:#?}");
    let block = file
        .expect("the calendar file parses")
        .blocks
        .into_iter()
        .find(|b| b.kind == BlockKind::Calendar)
        .expect("the file has a calendar block");
    let (calendar, problems) = check_calendar(&block);
    assert!(problems.is_empty(), "{problems:#?}");
    calendar.expect("a calendar without problems is built")
});

fn term(text: &str) -> Duration {
    Duration::parse(text).expect("a valid term")
}

fn compute(accepted: Date, duration: &str) -> Deadline {
    deadline(accepted, term(duration), &RUSSIA).expect("inside the calendar")
}

fn ends(accepted: Date, duration: &str) -> Date {
    compute(accepted, duration).ends
}

fn explain(d: &Deadline) -> Vec<String> {
    d.steps.iter().map(ToString::to_string).collect()
}

// ---------------------------------------------------------------------------
// Months (art. 192 p. 3) and art. 193
// ---------------------------------------------------------------------------

#[test]
fn four_months_ending_on_a_saturday_move_to_monday() {
    // 25.12.2025 + 4 months = 25.04.2026. 1 April 2026 is a Wednesday, so
    // 25 April is a Saturday; Monday 27 April is an ordinary working day.
    let d = compute(date(2025, 12, 25), "4 months");
    assert_eq!(d.ends, date(2026, 4, 27));
    assert_eq!(
        explain(&d),
        [
            "4 months from 25.12.2025 -> 25.04.2026 (Civil Code art. 191, 192)",
            "25.04.2026 is a Saturday, a non-working day -> 27.04.2026 (Civil Code art. 193)",
        ]
    );
    assert_eq!(
        d.steps,
        [
            Step::Months {
                from: date(2025, 12, 25),
                months: 4,
                to: date(2026, 4, 25),
                month_too_short: false,
            },
            Step::NextWorkingDay {
                from: date(2026, 4, 25),
                to: date(2026, 4, 27),
            },
        ]
    );
    assert_eq!(d.steps[0].kind(), "months");
    assert_eq!(d.steps[1].kind(), "next_working_day");
    assert_eq!(d.steps[1].rule(), "Civil Code art. 193");
}

#[test]
fn thirty_first_of_october_plus_four_months_is_the_end_of_february() {
    // February 2026 has no 31st, so the term ends on 28.02.2026 (art. 192
    // p. 3). 1 February 2026 is a Sunday, so the 28th is a Saturday; Monday
    // 2 March is a working day (the 8 March holiday moves to the 9th).
    let d = compute(date(2025, 10, 31), "4 months");
    assert_eq!(d.ends, date(2026, 3, 2));
    assert_eq!(
        explain(&d),
        [
            "4 months from 31.10.2025 -> 28.02.2026, the last day of the month, as February 2026 has no day 31 (Civil Code art. 191, 192 p. 3)",
            "28.02.2026 is a Saturday, a non-working day -> 02.03.2026 (Civil Code art. 193)",
        ]
    );
}

#[test]
fn leap_years_give_the_twenty_ninth_of_february() {
    // 2024 is a leap year: 31.10.2023 + 4 months = 29.02.2024, a Thursday
    // (1 February 2024 was a Thursday) and a working day.
    let d = compute(date(2023, 10, 31), "4 months");
    assert_eq!(d.ends, date(2024, 2, 29));
    assert!(matches!(
        d.steps.as_slice(),
        [Step::Months {
            month_too_short: true,
            ..
        }]
    ));
    // 30.11.2023 + 3 months: no 30 February either, so 29.02.2024.
    assert_eq!(ends(date(2023, 11, 30), "3 months"), date(2024, 2, 29));
    // From 29.02.2024: a year later there is no 29 February, so 28.02.2025,
    // a Friday (1 February 2025 was a Saturday) and a working day.
    assert_eq!(ends(date(2024, 2, 29), "12 months"), date(2025, 2, 28));
    // One month later there is a 29th: 29.03.2024, a Friday, working.
    assert_eq!(ends(date(2024, 2, 29), "1 month"), date(2024, 3, 29));
}

#[test]
fn a_term_ending_on_new_years_eve_runs_into_the_next_year() {
    // 31.08.2025 + 4 months = 31.12.2025, a Wednesday made a day off (moved
    // from Sunday 5 January 2025). Then 1-8 January 2026 are the New Year
    // holidays, Friday 9 January is moved from Saturday 3 January, 10-11
    // January are a weekend: the first working day is Monday 12 January.
    let d = compute(date(2025, 8, 31), "4 months");
    assert_eq!(d.ends, date(2026, 1, 12));
    assert_eq!(
        explain(&d)[1],
        "31.12.2025 is a Wednesday, a non-working day -> 12.01.2026 (Civil Code art. 193)"
    );
    // 30.09.2025 + 3 months = Tuesday 30.12.2025, an ordinary working day.
    assert_eq!(ends(date(2025, 9, 30), "3 months"), date(2025, 12, 30));
}

#[test]
fn victory_day_moves_a_month_term() {
    // 09.01.2025 + 4 months = 09.05.2025, Victory Day (a Friday); 10-11 May
    // are a weekend, so the term ends on Monday 12 May.
    let d = compute(date(2025, 1, 9), "4 months");
    assert_eq!(d.ends, date(2025, 5, 12));
    assert_eq!(
        explain(&d)[1],
        "09.05.2025 is a Friday, a non-working day -> 12.05.2025 (Civil Code art. 193)"
    );
}

#[test]
fn a_working_saturday_ends_a_term_without_moving_it() {
    // Saturday 1 November 2025 is a working day (moved to Monday 3 November):
    // 01.07.2025 + 4 months ends on that Saturday.
    let d = compute(date(2025, 7, 1), "4 months");
    assert_eq!(d.ends, date(2025, 11, 1));
    assert_eq!(d.steps.len(), 1);
    // Saturday 28 December 2024 likewise.
    assert_eq!(ends(date(2024, 8, 28), "4 months"), date(2024, 12, 28));
}

// ---------------------------------------------------------------------------
// Working days
// ---------------------------------------------------------------------------

#[test]
fn seven_working_days_over_the_new_year_holidays() {
    // After Thursday 25.12.2025: Fri 26 Dec (1), Mon 29 (2), Tue 30 (3);
    // Wed 31 Dec is a day off (moved from 5 January 2025); 1-8 January 2026
    // are the New Year holidays and Friday 9 January a day off moved from
    // Saturday 3 January; then Mon 12 (4), Tue 13 (5), Wed 14 (6), Thu 15 (7).
    let d = compute(date(2025, 12, 25), "7 working days");
    assert_eq!(d.ends, date(2026, 1, 15));
    assert_eq!(
        explain(&d),
        [
            "7 working days counted from the day after 25.12.2025 -> 15.01.2026 (Civil Code art. 191; Tax Code art. 6.1 by analogy)"
        ]
    );
    // Going on: Fri 16 (8), Mon 19 (9), Tue 20 (10), Wed 21 (11), Thu 22
    // (12), Fri 23 (13), Mon 26 (14), Tue 27 (15).
    assert_eq!(
        ends(date(2025, 12, 25), "15 working days"),
        date(2026, 1, 27)
    );
}

#[test]
fn the_may_holidays_of_2025() {
    // After Wednesday 30.04.2025: 1 May (Thursday) is a holiday, 2 May a day
    // off moved from Saturday 4 January, 3-4 May a weekend: Monday 5 May.
    assert_eq!(ends(date(2025, 4, 30), "1 working day"), date(2025, 5, 5));
    // Then Tue 6 (2), Wed 7 (3); 8 May is moved from Sunday 23 February and
    // 9 May is Victory Day; Mon 12 (4) ... Fri 16 (8), Mon 19 (9), Tue 20 (10).
    assert_eq!(
        ends(date(2025, 4, 30), "10 working days"),
        date(2025, 5, 20)
    );
    // 22.04.2025 + 10 calendar days = Friday 02.05.2025, a day off; the
    // weekend follows, so Monday 5 May.
    assert_eq!(ends(date(2025, 4, 22), "10 days"), date(2025, 5, 5));
}

#[test]
fn working_saturdays_count_as_working_days() {
    // After Friday 31.10.2025 the next working day is Saturday 1 November;
    // Monday 3 and Tuesday 4 November are days off, so the second is
    // Wednesday 5 November.
    assert_eq!(ends(date(2025, 10, 31), "1 working day"), date(2025, 11, 1));
    assert_eq!(
        ends(date(2025, 10, 31), "2 working days"),
        date(2025, 11, 5)
    );
}

#[test]
fn working_days_from_a_day_off() {
    // Accepted on Saturday 27.12.2025 (a day off; acceptance days are never
    // counted anyway): Mon 29 (1), Tue 30 (2), then the holidays, Mon 12
    // January 2026 (3).
    assert_eq!(
        ends(date(2025, 12, 27), "3 working days"),
        date(2026, 1, 12)
    );
}

// ---------------------------------------------------------------------------
// Calendar days
// ---------------------------------------------------------------------------

#[test]
fn calendar_days_over_the_year_end() {
    // 25.12.2025 + 30 days = 24.01.2026, a Saturday (1 January 2026 was a
    // Thursday): Monday 26 January.
    let d = compute(date(2025, 12, 25), "30 calendar days");
    assert_eq!(d.ends, date(2026, 1, 26));
    assert_eq!(
        explain(&d),
        [
            "30 calendar days counted from the day after 25.12.2025 -> 24.01.2026 (Civil Code art. 191)",
            "24.01.2026 is a Saturday, a non-working day -> 26.01.2026 (Civil Code art. 193)",
        ]
    );
    // "30 days" means calendar days.
    assert_eq!(ends(date(2025, 12, 25), "30 days"), date(2026, 1, 26));
    // 25.12.2025 + 7 days = 01.01.2026: the New Year holidays, the moved 9
    // January and the weekend push it to Monday 12 January.
    assert_eq!(ends(date(2025, 12, 25), "7 days"), date(2026, 1, 12));
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

#[test]
fn a_term_into_2031_has_no_calendar() {
    let error = deadline(date(2027, 6, 1), term("48 months"), &RUSSIA)
        .expect_err("2031 is outside the calendar");
    assert_eq!(
        error,
        OutsideCalendar {
            date: date(2031, 6, 1),
            first_year: Some(2020),
            last_year: Some(2027),
        }
    );
    assert_eq!(
        error.to_string(),
        "no production calendar for 2031 (the calendar covers 2020-2027)"
    );
    assert!(RUSSIA.is_working_day(date(2031, 6, 2)).is_err());
}

#[test]
fn art_193_can_lead_out_of_the_calendar() {
    // 30.12.2027 + 1 day = Friday 31.12.2027, a day off moved from Sunday
    // 3 January 2027; the next working day is in 2028, which is not covered.
    let error = deadline(date(2027, 12, 30), term("1 day"), &RUSSIA)
        .expect_err("2028 is outside the calendar");
    assert_eq!(error.date.year(), 2028);
    // Huge terms are an error too, not a panic.
    for duration in [
        Duration {
            amount: u32::MAX,
            unit: Unit::Months,
        },
        Duration {
            amount: u32::MAX,
            unit: Unit::CalendarDays,
        },
        Duration {
            amount: u32::MAX,
            unit: Unit::WorkingDays,
        },
    ] {
        assert!(deadline(date(2025, 1, 1), duration, &RUSSIA).is_err());
    }
}

#[test]
fn duration_parse_accepts_the_written_forms() {
    let cases = [
        ("4 months", 4, Unit::Months),
        ("1 month", 1, Unit::Months),
        ("15 working days", 15, Unit::WorkingDays),
        ("1 working day", 1, Unit::WorkingDays),
        ("30 calendar days", 30, Unit::CalendarDays),
        ("30 days", 30, Unit::CalendarDays),
        ("  7   working   days ", 7, Unit::WorkingDays),
    ];
    for (text, amount, unit) in cases {
        assert_eq!(
            Duration::parse(text),
            Ok(Duration { amount, unit }),
            "{text}"
        );
    }
    assert_eq!(term("15 working days").to_string(), "15 working days");
    assert_eq!(term("1 month").to_string(), "1 month");
    assert_eq!(term("30 days").to_string(), "30 calendar days");
    assert_eq!("4 months".parse::<Duration>(), Ok(term("4 months")));
}

#[test]
fn duration_parse_rejects_what_is_not_a_term() {
    assert_eq!(
        Duration::parse("15 workdays"),
        Err(DurationError::UnknownUnit {
            written: "workdays".to_owned()
        })
    );
    assert_eq!(Duration::parse("0 months"), Err(DurationError::Zero));
    assert_eq!(Duration::parse(""), Err(DurationError::Empty));
    assert_eq!(Duration::parse("   "), Err(DurationError::Empty));
    assert_eq!(
        Duration::parse("-3 days"),
        Err(DurationError::NotAWholeNumber {
            written: "-3".to_owned()
        })
    );
    assert_eq!(Duration::parse("15"), Err(DurationError::NoUnit));
    assert!(matches!(
        Duration::parse("2 years"),
        Err(DurationError::UnknownUnit { .. })
    ));
    assert!(matches!(
        Duration::parse("99999999999 days"),
        Err(DurationError::TooLarge { .. })
    ));
    assert_eq!(
        Duration::parse("0 months").map_err(|e| e.to_string()),
        Err("a term of zero is not a term: the number must be 1 or more".to_owned())
    );
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

/// Acceptance dates from 2020 to mid-2026, so that every term generated
/// below ends inside the calendar (the longest, 12 months, ends in 2027).
fn accepted() -> impl Strategy<Value = Date> {
    (0i32..=2372).prop_map(|n| date(2020, 1, 1) + n.days())
}

fn duration() -> impl Strategy<Value = Duration> {
    prop_oneof![
        (1u32..=12).prop_map(|amount| Duration {
            amount,
            unit: Unit::Months
        }),
        (1u32..=60).prop_map(|amount| Duration {
            amount,
            unit: Unit::WorkingDays
        }),
        (1u32..=120).prop_map(|amount| Duration {
            amount,
            unit: Unit::CalendarDays
        }),
    ]
}

fn working(day: Date) -> bool {
    RUSSIA.is_working_day(day).expect("inside the calendar")
}

/// Every day from `from` up to but not including `to`.
fn days(from: Date, to: Date) -> impl Iterator<Item = Date> {
    from.series(1.day()).take_while(move |d| *d < to)
}

proptest! {
    #[test]
    fn a_deadline_is_a_working_day_after_acceptance(accepted in accepted(), duration in duration()) {
        let d = deadline(accepted, duration, &RUSSIA).expect("inside the calendar");
        prop_assert!(d.ends > accepted);
        prop_assert!(working(d.ends));
        // The steps chain: each starts where the last ended, and the last
        // arrives at the deadline.
        prop_assert_eq!(d.steps.first().map(Step::from), Some(accepted));
        prop_assert_eq!(d.steps.last().map(Step::to), Some(d.ends));
        for pair in d.steps.windows(2) {
            prop_assert_eq!(pair[0].to(), pair[1].from());
        }
    }

    #[test]
    fn working_day_terms_are_monotone(a in accepted(), b in accepted(), amount in 1u32..=60) {
        let (early, late) = if a <= b { (a, b) } else { (b, a) };
        let term = Duration { amount, unit: Unit::WorkingDays };
        let early_end = deadline(early, term, &RUSSIA).expect("inside").ends;
        let late_end = deadline(late, term, &RUSSIA).expect("inside").ends;
        prop_assert!(early_end <= late_end);
    }

    #[test]
    fn working_day_terms_count_exactly_n_working_days(accepted in accepted(), amount in 1u32..=60) {
        let term = Duration { amount, unit: Unit::WorkingDays };
        let end = deadline(accepted, term, &RUSSIA).expect("inside").ends;
        let after = accepted.tomorrow().expect("a date");
        let counted = days(after, end).filter(|d| working(*d)).count() + 1;
        prop_assert_eq!(counted, amount as usize);
    }

    #[test]
    fn a_month_term_moves_at_most_to_the_next_working_day(accepted in accepted(), months in 1u32..=12) {
        // jiff's own month arithmetic (which clamps to the month's end) is
        // the independent account of the corresponding date.
        let corresponding = accepted.checked_add(i64::from(months).months()).expect("a date");
        let term = Duration { amount: months, unit: Unit::Months };
        let end = deadline(accepted, term, &RUSSIA).expect("inside").ends;
        prop_assert!(end >= corresponding);
        prop_assert!(working(end));
        // Nothing but days off between the corresponding date and the end.
        for day in days(corresponding, end) {
            prop_assert!(!working(day), "{} is a working day before {}", day, end);
        }
    }

    #[test]
    fn a_calendar_day_term_moves_at_most_to_the_next_working_day(accepted in accepted(), n in 1u32..=120) {
        let last = accepted.checked_add(i64::from(n).days()).expect("a date");
        let term = Duration { amount: n, unit: Unit::CalendarDays };
        let end = deadline(accepted, term, &RUSSIA).expect("inside").ends;
        prop_assert!(end >= last);
        for day in days(last, end) {
            prop_assert!(!working(day));
        }
    }
}

/// A term that runs past the last date there is says so, rather than
/// "no production calendar for 9999 (the calendar covers 9998-9999)".
#[test]
fn a_term_past_the_last_date_says_so() {
    let calendar = Calendar::new(
        "test",
        vec![reglament::deadline::CalendarYear {
            year: 9999,
            decree: "none".to_owned(),
            non_working_weekdays: vec![],
            working_weekend_days: vec![],
        }],
    );
    let term = Duration {
        amount: 15,
        unit: Unit::WorkingDays,
    };
    let error = deadline(date(9999, 12, 30), term, &calendar).map(|d| d.ends);
    assert_eq!(
        error.map_err(|e| e.to_string()),
        Err("the term runs past 31.12.9999, the last date that can be counted".to_owned())
    );
}
