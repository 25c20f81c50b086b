//! Dates in answers: the date each term or limit is counted from (the
//! acceptance, or another event given in the facts), the deadline it
//! reaches by the shared computation, and documents' validity windows.

use jiff::civil::Date;

use super::answer::{CountedDate, DeadlineAnswer, LimitAnswer, ValidityAnswer};
use super::{ExplainError, FactValues, Query, Truth, date_of, eval};
use crate::deadline::Calendar;
use crate::diagnostics::messages::decide;
use crate::model::{Condition, Document, Duration, Regulation, Value};

/// What the start of a term counted from acceptance is called when the
/// regulation declares no acceptance event: the option that gives it.
pub const ACCEPTED: &str = "accepted";

/// A date written YYYY-MM-DD, and no other way: the one rule for every
/// date read from a user (command-line options, facts and events in
/// `explain --facts` and `decide`, the acceptance field), so that a text
/// one place refuses is refused everywhere (the date parser alone also
/// took `2025-12-25T23:59`, `20251225` and `+002025-12-25`).
pub fn parse_date(text: &str) -> Result<Date, String> {
    // By bytes, not chars: `decide` reads one a record.
    let well_formed = text.len() == 10
        && text.bytes().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !well_formed {
        return Err(decide::date_not_yyyy_mm_dd(text));
    }
    // Its digits read as they stand (what the date parser reads them as,
    // for a tenth of the cost: `decide` reads one a record).
    let n = |range: std::ops::Range<usize>| {
        text.as_bytes()[range]
            .iter()
            .fold(0i16, |n, d| n * 10 + i16::from(d - b'0'))
    };
    let (year, month, day) = (n(0..4), n(5..7), n(8..10));
    // There is no year 0 (the calendar goes from 1 BC to AD 1), as the
    // language and the forms say; the date parser has one.
    if year < 1 {
        return Err(decide::date_in_year_0(text));
    }
    i8::try_from(month)
        .ok()
        .zip(i8::try_from(day).ok())
        .and_then(|(month, day)| Date::new(year, month, day).ok())
        .ok_or_else(|| decide::date_not_in_calendar(text))
}

/// The date facts read from JSON give as the acceptance event's: `None`
/// when they give none, else that date (`None` inside when it is no
/// date, for the facts' reader to refuse). The version of the regulation
/// the facts are read by is the one in force that day, unless a day of
/// acceptance is given otherwise (`decide` and `explain` alike).
pub fn acceptance_given(
    reg: &Regulation,
    facts: &serde_json::Map<String, serde_json::Value>,
) -> Option<Option<Date>> {
    let event = reg.acceptance_event()?;
    let given = facts.get(&event.id)?;
    Some(given.as_str().and_then(|s| parse_date(s).ok()))
}

/// The facts with the acceptance event's date filled in from the query, and
/// the acceptance date filled in from the facts: the two are one date.
pub fn with_acceptance(
    reg: &Regulation,
    facts: &FactValues,
    query: &Query,
) -> Result<(FactValues, Query), ExplainError> {
    let mut facts = facts.clone();
    let mut query = query.clone();
    if let Some(event) = reg.acceptance_event() {
        match (facts.get(&event.id), query.accepted) {
            (Some(Value::Date(given)), Some(accepted)) if *given != accepted => {
                return Err(ExplainError::TwoAcceptanceDates(
                    accepted,
                    event.id.clone(),
                    *given,
                ));
            }
            (Some(Value::Date(given)), None) => query.accepted = Some(*given),
            (None, Some(accepted)) => {
                facts.insert(event.id.clone(), Value::Date(accepted));
            }
            _ => {}
        }
    }
    Ok((facts, query))
}

/// The event a term or limit is counted from, as its start is named: the
/// `from` event, else the acceptance.
pub fn start_name(reg: &Regulation, from: Option<&String>) -> String {
    from.cloned()
        .or_else(|| reg.acceptance_event().map(|e| e.id.clone()))
        .unwrap_or_else(|| ACCEPTED.to_owned())
}

/// The day a term or limit starts from: its `from` event's date, else the
/// acceptance date.
pub fn start_date(from: Option<&String>, facts: &FactValues, query: &Query) -> Option<Date> {
    match from {
        Some(event) => match facts.get(event) {
            Some(Value::Date(d)) => Some(*d),
            _ => None,
        },
        None => query.accepted,
    }
}

/// A counted deadline, why it cannot be counted, and which date it waits
/// for: the three answers a term or limit may give about its end.
#[derive(Default)]
pub struct Counted {
    pub deadline: Option<DeadlineAnswer>,
    pub error: Option<String>,
    pub needs_date: Option<String>,
}

/// Counts `duration` from `start` by the production calendar. Hours and
/// minutes are stated, never counted on the calendar: they give nothing.
pub fn count(
    duration: &Duration,
    start: Option<Date>,
    start_name: String,
    calendar: Option<&Calendar>,
) -> Counted {
    let Some(unit) = duration.unit.deadline_unit() else {
        return Counted::default();
    };
    let Some(start) = start else {
        return Counted {
            needs_date: Some(start_name),
            ..Counted::default()
        };
    };
    let Some(calendar) = calendar else {
        return Counted {
            error: Some("the regulation names no production calendar".to_owned()),
            ..Counted::default()
        };
    };
    let d = crate::deadline::Duration {
        amount: duration.amount,
        unit,
    };
    match crate::deadline::deadline(start, d, calendar) {
        Ok(d) => Counted {
            deadline: Some(DeadlineAnswer::from_deadline(&d)),
            ..Counted::default()
        },
        Err(e) => Counted {
            error: Some(e.to_string()),
            ..Counted::default()
        },
    }
}

/// Every limit of the regulation, with its end when its start is given.
pub fn limits(
    reg: &Regulation,
    facts: &FactValues,
    query: &Query,
    calendar: Option<&Calendar>,
) -> Vec<LimitAnswer> {
    reg.limits
        .iter()
        .map(|l| {
            let counted = count(
                &l.duration,
                start_date(l.from.as_ref(), facts, query),
                start_name(reg, l.from.as_ref()),
                calendar,
            );
            LimitAnswer {
                id: l.id.clone(),
                clause: l.clause.clause.as_ref().map(ToString::to_string),
                amount: l.duration.amount,
                unit: l.duration.unit,
                from: l.from.clone(),
                on_calendar: l.duration.unit.deadline_unit().is_some(),
                deadline: counted.deadline,
                deadline_error: counted.error,
                needs_date: counted.needs_date,
            }
        })
        .collect()
}

/// Whether a document's dates fall in its validity window.
pub fn validity(d: &Document, facts: &FactValues) -> Option<ValidityAnswer> {
    let v = d.valid.as_ref()?;
    let (holds, needs) = match eval(&v.condition, facts) {
        Truth::True => (Some(true), vec![]),
        Truth::False => (Some(false), vec![]),
        Truth::Unknown(needs) => (None, needs),
    };
    let mut counted = Vec::new();
    counted_dates(&v.condition, facts, &mut counted);
    Some(ValidityAnswer {
        words: v.words.clone(),
        holds,
        needs,
        counted,
    })
}

/// Each date counted from another in `c` that the facts give, once.
fn counted_dates(c: &Condition, facts: &FactValues, out: &mut Vec<CountedDate>) {
    match c {
        Condition::All { parts } | Condition::Any { parts } => {
            parts.iter().for_each(|p| counted_dates(p, facts, out));
        }
        Condition::Not { inner } => counted_dates(inner, facts, out),
        Condition::Fact { .. } => {}
        Condition::Compare { values, .. } => {
            for v in values {
                let Value::DateOf(d) = v else { continue };
                if d.shift.is_none() {
                    continue;
                }
                if let Some(date) = date_of(d, facts) {
                    let of = d.to_string();
                    if !out.iter().any(|c| c.of == of) {
                        out.push(CountedDate { of, date });
                    }
                }
            }
        }
    }
}
