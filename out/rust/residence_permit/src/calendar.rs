//! The production calendar deadlines are counted by.

use std::sync::OnceLock;

use jiff::civil::Date;

use crate::deadline::{Calendar, CalendarYear};

/// The production calendar deadlines are counted by, `russia_federal`.
///
/// Production calendar of the Russian Federation (federal)
///
/// It covers 2020-2027, each year as its Government decree set it; a deadline
/// that needs a day outside it is an error, never a guess.
pub fn calendar() -> Option<&'static Calendar> {
    static CALENDAR: OnceLock<Calendar> = OnceLock::new();
    Some(CALENDAR.get_or_init(build))
}

fn build() -> Calendar {
    Calendar::new(NAME, YEARS.iter().map(Year::to_calendar_year).collect())
}

/// The calendar's id.
const NAME: &str = "russia_federal";

/// One year: the weekdays that are days off and the weekend days that are
/// working days.
struct Year {
    year: i16,
    decree: &'static str,
    non_working: &'static [Date],
    working: &'static [Date],
}

impl Year {
    fn to_calendar_year(&self) -> CalendarYear {
        CalendarYear {
            year: self.year,
            decree: self.decree.to_owned(),
            non_working_weekdays: self.non_working.to_vec(),
            working_weekend_days: self.working.to_vec(),
        }
    }
}

/// The years, as their decrees set them.
static YEARS: [Year; 8] = [
    Year {
        year: 2020,
        decree: "Government Decree No. 875 of 10 July 2019",
        non_working: &[
            Date::constant(2020, 1, 1),
            Date::constant(2020, 1, 2),
            Date::constant(2020, 1, 3),
            Date::constant(2020, 1, 6),
            Date::constant(2020, 1, 7),
            Date::constant(2020, 1, 8),
            Date::constant(2020, 2, 24),
            Date::constant(2020, 3, 9),
            Date::constant(2020, 5, 1),
            Date::constant(2020, 5, 4),
            Date::constant(2020, 5, 5),
            Date::constant(2020, 5, 11),
            Date::constant(2020, 6, 12),
            Date::constant(2020, 11, 4),
        ],
        working: &[],
    },
    Year {
        year: 2021,
        decree: "Government Decree No. 1648 of 10 October 2020",
        non_working: &[
            Date::constant(2021, 1, 1),
            Date::constant(2021, 1, 4),
            Date::constant(2021, 1, 5),
            Date::constant(2021, 1, 6),
            Date::constant(2021, 1, 7),
            Date::constant(2021, 1, 8),
            Date::constant(2021, 2, 22),
            Date::constant(2021, 2, 23),
            Date::constant(2021, 3, 8),
            Date::constant(2021, 5, 3),
            Date::constant(2021, 5, 10),
            Date::constant(2021, 6, 14),
            Date::constant(2021, 11, 4),
            Date::constant(2021, 11, 5),
            Date::constant(2021, 12, 31),
        ],
        working: &[Date::constant(2021, 2, 20)],
    },
    Year {
        year: 2022,
        decree: "Government Decree No. 1564 of 16 September 2021",
        non_working: &[
            Date::constant(2022, 1, 3),
            Date::constant(2022, 1, 4),
            Date::constant(2022, 1, 5),
            Date::constant(2022, 1, 6),
            Date::constant(2022, 1, 7),
            Date::constant(2022, 2, 23),
            Date::constant(2022, 3, 7),
            Date::constant(2022, 3, 8),
            Date::constant(2022, 5, 2),
            Date::constant(2022, 5, 3),
            Date::constant(2022, 5, 9),
            Date::constant(2022, 5, 10),
            Date::constant(2022, 6, 13),
            Date::constant(2022, 11, 4),
        ],
        working: &[Date::constant(2022, 3, 5)],
    },
    Year {
        year: 2023,
        decree: "Government Decree No. 1505 of 29 August 2022",
        non_working: &[
            Date::constant(2023, 1, 2),
            Date::constant(2023, 1, 3),
            Date::constant(2023, 1, 4),
            Date::constant(2023, 1, 5),
            Date::constant(2023, 1, 6),
            Date::constant(2023, 2, 23),
            Date::constant(2023, 2, 24),
            Date::constant(2023, 3, 8),
            Date::constant(2023, 5, 1),
            Date::constant(2023, 5, 8),
            Date::constant(2023, 5, 9),
            Date::constant(2023, 6, 12),
            Date::constant(2023, 11, 6),
        ],
        working: &[],
    },
    Year {
        year: 2024,
        decree: "Government Decree No. 1314 of 10 August 2023",
        non_working: &[
            Date::constant(2024, 1, 1),
            Date::constant(2024, 1, 2),
            Date::constant(2024, 1, 3),
            Date::constant(2024, 1, 4),
            Date::constant(2024, 1, 5),
            Date::constant(2024, 1, 8),
            Date::constant(2024, 2, 23),
            Date::constant(2024, 3, 8),
            Date::constant(2024, 4, 29),
            Date::constant(2024, 4, 30),
            Date::constant(2024, 5, 1),
            Date::constant(2024, 5, 9),
            Date::constant(2024, 5, 10),
            Date::constant(2024, 6, 12),
            Date::constant(2024, 11, 4),
            Date::constant(2024, 12, 30),
            Date::constant(2024, 12, 31),
        ],
        working: &[
            Date::constant(2024, 4, 27),
            Date::constant(2024, 11, 2),
            Date::constant(2024, 12, 28),
        ],
    },
    Year {
        year: 2025,
        decree: "Government Decree No. 1335 of 4 October 2024",
        non_working: &[
            Date::constant(2025, 1, 1),
            Date::constant(2025, 1, 2),
            Date::constant(2025, 1, 3),
            Date::constant(2025, 1, 6),
            Date::constant(2025, 1, 7),
            Date::constant(2025, 1, 8),
            Date::constant(2025, 5, 1),
            Date::constant(2025, 5, 2),
            Date::constant(2025, 5, 8),
            Date::constant(2025, 5, 9),
            Date::constant(2025, 6, 12),
            Date::constant(2025, 6, 13),
            Date::constant(2025, 11, 3),
            Date::constant(2025, 11, 4),
            Date::constant(2025, 12, 31),
        ],
        working: &[Date::constant(2025, 11, 1)],
    },
    Year {
        year: 2026,
        decree: "Government Decree No. 1466 of 24 September 2025",
        non_working: &[
            Date::constant(2026, 1, 1),
            Date::constant(2026, 1, 2),
            Date::constant(2026, 1, 5),
            Date::constant(2026, 1, 6),
            Date::constant(2026, 1, 7),
            Date::constant(2026, 1, 8),
            Date::constant(2026, 1, 9),
            Date::constant(2026, 2, 23),
            Date::constant(2026, 3, 9),
            Date::constant(2026, 5, 1),
            Date::constant(2026, 5, 11),
            Date::constant(2026, 6, 12),
            Date::constant(2026, 11, 4),
            Date::constant(2026, 12, 31),
        ],
        working: &[],
    },
    Year {
        year: 2027,
        decree: "Government Decree No. 1187 of 17 September 2026",
        non_working: &[
            Date::constant(2027, 1, 1),
            Date::constant(2027, 1, 4),
            Date::constant(2027, 1, 5),
            Date::constant(2027, 1, 6),
            Date::constant(2027, 1, 7),
            Date::constant(2027, 1, 8),
            Date::constant(2027, 2, 22),
            Date::constant(2027, 2, 23),
            Date::constant(2027, 3, 8),
            Date::constant(2027, 5, 3),
            Date::constant(2027, 5, 10),
            Date::constant(2027, 6, 14),
            Date::constant(2027, 11, 4),
            Date::constant(2027, 11, 5),
            Date::constant(2027, 12, 31),
        ],
        working: &[Date::constant(2027, 2, 20)],
    },
];
