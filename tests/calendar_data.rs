//! The production-calendar data and its checker.
//!
//! `regulations/calendar/russia-federal.rgl` was generated from the PyPI
//! package `holidays`; here every day of 2020-2027 is compared with the
//! crate `holidays-ru`, an independent transcription of the same decrees.
//! Then each calendar diagnostic is shown on a small calendar.

// clippy.toml allows `expect` inside `#[test]` functions only; the helpers
// here fail a test the same way, so they may use it too.
#![allow(clippy::expect_used)]

use jiff::ToSpan;
use jiff::civil::{Date, date};
use reglament::check::calendar::check_calendar;
use reglament::deadline::Calendar;
use reglament::diagnostics::{Code, Problem};
use reglament::source::Span;
use reglament::syntax::ast::BlockKind;

/// Parses `text`, checks its `calendar` block, and returns the result.
fn check(text: &str) -> (Option<Calendar>, Vec<Problem>) {
    let (file, problems) = reglament::syntax::parse(text, 0);
    assert!(problems.is_empty(), "{problems:#?}");
    let block = file
        .expect("the text parses")
        .blocks
        .into_iter()
        .find(|b| b.kind == BlockKind::Calendar)
        .expect("the text has a calendar block");
    check_calendar(&block)
}

fn russia() -> Calendar {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/regulations/calendar/russia-federal.rgl"
    );
    let text = std::fs::read_to_string(path).expect("the calendar file is readable");
    let (calendar, problems) = check(&text);
    assert!(problems.is_empty(), "{problems:#?}");
    calendar.expect("a calendar without problems is built")
}

/// The span of the `nth` (from 0) occurrence of `needle` in `text`, or of
/// `part` inside it when the needle is given with context (`year 2025`).
fn span(text: &str, needle: &str, nth: usize, part: &str) -> Span {
    let start = text
        .match_indices(needle)
        .nth(nth)
        .map(|(i, _)| i)
        .expect("the needle occurs");
    let offset = needle.find(part).expect("the part is in the needle");
    Span::new(0, start + offset, start + offset + part.len())
}

/// The one problem found, which must have `code`.
fn only(problems: &[Problem], code: Code) -> &Problem {
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let problem = &problems[0];
    assert_eq!(problem.code, code, "{problem:#?}");
    assert!(problem.help.is_some());
    problem
}

// ---------------------------------------------------------------------------
// The data
// ---------------------------------------------------------------------------

#[test]
fn every_day_of_2020_to_2027_agrees_with_holidays_ru() {
    let calendar = russia();
    let mut disagreements = Vec::new();
    for day in date(2020, 1, 1)
        .series(1.day())
        .take_while(|d| *d <= date(2027, 12, 31))
    {
        let ours = calendar.is_working_day(day).expect("covered");
        let month = u8::try_from(day.month()).expect("a month");
        let dom = u8::try_from(day.day()).expect("a day");
        let theirs = holidays_ru::is_working_day_ymd::<holidays_ru::Federal>(
            i32::from(day.year()),
            month,
            dom,
        )
        .expect("a year holidays-ru accepts");
        assert!(theirs.is_fact(), "holidays-ru only predicts {day}");
        if ours != theirs.value() {
            disagreements.push(format!(
                "{day}: ours {ours}, holidays-ru {}",
                theirs.value()
            ));
        }
    }
    assert!(disagreements.is_empty(), "{disagreements:#?}");
}

#[test]
fn the_calendar_covers_2020_to_2027_with_a_decree_for_each_year() {
    let calendar = russia();
    assert_eq!(calendar.name(), "russia_federal");
    assert_eq!(calendar.first_year(), Some(2020));
    assert_eq!(calendar.last_year(), Some(2027));
    let years: Vec<i16> = calendar.years().iter().map(|y| y.year).collect();
    assert_eq!(years, (2020..=2027).collect::<Vec<i16>>());
    for year in calendar.years() {
        assert!(
            year.decree.starts_with("Government Decree No. "),
            "{}: {}",
            year.year,
            year.decree
        );
    }
    let decree_2025 = &calendar.years()[5].decree;
    assert_eq!(decree_2025, "Government Decree No. 1335 of 4 October 2024");
}

#[test]
fn the_examples_of_the_domain_notes() {
    let calendar = russia();
    let working = |d: Date| calendar.is_working_day(d).expect("covered");
    // 2025: 4 January moved to 2 May, 5 January to 31 December, Saturday
    // 1 November a working day with 3 November off.
    assert!(!working(date(2025, 5, 2)));
    assert!(!working(date(2025, 12, 31)));
    assert!(working(date(2025, 11, 1)));
    assert!(!working(date(2025, 11, 3)));
    // 2026: 3 January moved to 9 January, 4 January to 31 December, no
    // working Saturdays.
    assert!(!working(date(2026, 1, 9)));
    assert!(!working(date(2026, 12, 31)));
    assert!(calendar.years()[6].working_weekend_days.is_empty());
    // The COVID non-working days of 2020 are not in the calendar.
    assert!(working(date(2020, 4, 15)));
    // Nor the presidential days off of 24 June and 1 July 2020.
    assert!(working(date(2020, 6, 24)));
    assert!(working(date(2020, 7, 1)));
}

// ---------------------------------------------------------------------------
// Diagnostics
// ---------------------------------------------------------------------------

#[test]
fn a_correct_small_calendar_has_no_problems() {
    let text = r#"
calendar test
    year 2025
        decree "Government Decree No. 1335 of 4 October 2024"
        non-working 2025-11-03, 2025-11-04
        working 2025-11-01
    end
end
"#;
    let (calendar, problems) = check(text);
    assert!(problems.is_empty(), "{problems:#?}");
    let calendar = calendar.expect("built");
    assert_eq!(calendar.is_working_day(date(2025, 11, 1)), Ok(true));
    assert_eq!(calendar.is_working_day(date(2025, 11, 3)), Ok(false));
    assert_eq!(calendar.is_working_day(date(2025, 11, 5)), Ok(true));
    assert_eq!(calendar.is_working_day(date(2025, 11, 8)), Ok(false));
}

#[test]
fn r0801_a_date_listed_twice() {
    let text = r#"
calendar test
    year 2025
        decree "D"
        non-working 2025-05-01, 2025-05-02
        non-working 2025-05-01
    end
end
"#;
    let (calendar, problems) = check(text);
    assert!(calendar.is_none());
    let problem = only(&problems, Code::CalendarRepeatedDate);
    assert_eq!(problem.message, "1 May 2025 is listed twice");
    assert_eq!(
        problem.labels[0].span,
        span(text, "2025-05-01", 1, "2025-05-01")
    );
    assert_eq!(
        problem.labels[1].span,
        span(text, "2025-05-01", 0, "2025-05-01")
    );
}

#[test]
fn r0801_a_date_both_working_and_non_working() {
    let text = r#"
calendar test
    year 2025
        decree "D"
        non-working 2025-11-03
        working 2025-11-03
    end
end
"#;
    let (_, problems) = check(text);
    // Listed under `working` it is also a weekday (R0802); both are reported.
    let codes: Vec<Code> = problems.iter().map(|p| p.code).collect();
    assert_eq!(codes, [Code::CalendarRepeatedDate, Code::WorkingWeekday]);
    let repeated = &problems[0];
    assert_eq!(
        repeated.message,
        "3 November 2025 is listed both as `non-working` and as `working`"
    );
    assert_eq!(
        repeated.labels[1].span,
        span(text, "2025-11-03", 0, "2025-11-03")
    );
}

#[test]
fn r0802_a_working_weekday() {
    let text = r#"
calendar test
    year 2025
        decree "D"
        working 2025-11-03
    end
end
"#;
    let (calendar, problems) = check(text);
    assert!(calendar.is_none());
    let problem = only(&problems, Code::WorkingWeekday);
    assert!(
        problem.message.starts_with("3 November 2025 is a Monday"),
        "{}",
        problem.message
    );
    assert_eq!(
        problem.labels[0].span,
        span(text, "2025-11-03", 0, "2025-11-03")
    );
    assert_eq!(problem.labels[0].text, "a Monday");
}

#[test]
fn r0803_a_non_working_weekend_day() {
    let text = r#"
calendar test
    year 2025
        decree "D"
        non-working 2025-03-07, 2025-03-08
    end
end
"#;
    let problem = only(&check(text).1, Code::NonWorkingWeekend).clone();
    assert!(
        problem.message.starts_with("8 March 2025 is a Saturday"),
        "{}",
        problem.message
    );
    assert_eq!(
        problem.labels[0].span,
        span(text, "2025-03-08", 0, "2025-03-08")
    );
}

#[test]
fn r0804_a_year_without_decree() {
    let text = r#"
calendar test
    year 2025
        non-working 2025-11-04
    end
end
"#;
    let problem = only(&check(text).1, Code::YearWithoutDecree).clone();
    assert_eq!(problem.labels[0].span, span(text, "year 2025", 0, "2025"));
    assert_eq!(problem.labels[0].text, "no `decree` line in this year");
}

#[test]
fn r0805_a_date_under_another_year() {
    let text = r#"
calendar test
    year 2025
        decree "D"
        non-working 2025-12-31, 2026-01-09
    end
    year 2026
        decree "D"
    end
end
"#;
    let problem = only(&check(text).1, Code::DateOutsideYear).clone();
    assert_eq!(problem.message, "9 January 2026 is listed under year 2025");
    assert_eq!(
        problem.labels[0].span,
        span(text, "2026-01-09", 0, "2026-01-09")
    );
    assert_eq!(problem.labels[1].span, span(text, "year 2025", 0, "2025"));
}

#[test]
fn r0806_a_year_given_twice() {
    // The second copy repeats the first's date: R0806 says so once, without
    // an R0801 for every date in it.
    let text = r#"
calendar test
    year 2025
        decree "D"
        non-working 2025-11-04
    end
    year 2025
        decree "D"
        non-working 2025-11-04
    end
end
"#;
    let problem = only(&check(text).1, Code::RepeatedYear).clone();
    assert_eq!(problem.labels[0].span, span(text, "year 2025", 1, "2025"));
    assert_eq!(problem.labels[1].span, span(text, "year 2025", 0, "2025"));
}

#[test]
fn r0808_a_gap_between_years() {
    let text = r#"
calendar test
    year 2023
        decree "D"
    end
    year 2026
        decree "D"
    end
    year 2024
        decree "D"
    end
end
"#;
    // The years may come in any order; 2025 is missing between 2024 and 2026.
    let problem = only(&check(text).1, Code::CalendarGap).clone();
    assert_eq!(
        problem.message,
        "the calendar has no year 2025 between 2024 and 2026"
    );
    assert_eq!(problem.labels[0].span, span(text, "year 2026", 0, "2026"));
    assert_eq!(problem.labels[1].span, span(text, "year 2024", 0, "2024"));
}

#[test]
fn every_problem_is_reported_at_once() {
    let text = r#"
calendar test
    year 2020
        non-working 2020-03-07
        working 2020-03-09
    end
    year 2022
        decree "D"
        non-working 2021-12-31, 2022-01-03, 2022-01-03
    end
    year 2022
        decree "D"
    end
end
"#;
    let (calendar, problems) = check(text);
    assert!(calendar.is_none());
    let mut codes: Vec<&str> = problems.iter().map(|p| p.code.as_str()).collect();
    codes.sort_unstable();
    assert_eq!(
        codes,
        [
            "R0801", "R0802", "R0803", "R0804", "R0805", "R0806", "R0808"
        ],
        "{problems:#?}"
    );
}

#[test]
fn a_calendar_without_years_is_reported() {
    let (calendar, problems) = check("calendar empty\nend\n");
    assert!(calendar.is_none());
    only(&problems, Code::MissingField);
}

#[test]
fn a_second_or_empty_decree_line_uses_the_general_codes() {
    let text = r#"
calendar test
    year 2025
        decree "Government Decree No. 1335 of 4 October 2024"
        decree ""
    end
end
"#;
    let (_, problems) = check(text);
    let codes: Vec<Code> = problems.iter().map(|p| p.code).collect();
    assert_eq!(
        codes,
        [Code::RepeatedField, Code::EmptyText],
        "{problems:#?}"
    );
    let first = "decree \"Government Decree No. 1335 of 4 October 2024\"";
    assert_eq!(problems[0].labels[1].span, span(text, first, 0, first));
}
