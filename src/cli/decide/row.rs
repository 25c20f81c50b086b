//! A decision in the columns of CSV output (and a row of them written),
//! and the questions `decide` asks of every decision (its terms, whether
//! it is overdue).

use jiff::civil::Date;
pub(super) use reglament::interpret::decimal_digits as decimal;
use reglament::interpret::{Explanation, TermAnswer};

/// Every term that applies, with the category it is for (`None`: the
/// application's own term).
pub(super) fn terms(a: &Explanation) -> impl Iterator<Item = (Option<&str>, &TermAnswer)> {
    a.categories
        .iter()
        .filter_map(|c| c.term.as_ref().map(|t| (Some(c.id.as_str()), t)))
        .chain(a.application_term.iter().map(|t| (None, t)))
}

/// Has every deadline counted for this application passed on `day` (so
/// whichever category the applicant files under, it is overdue)? Not when
/// a term's deadline cannot be counted (the date it runs from is not
/// given, or it runs past the calendar): that one may not have passed.
/// Nor while a category, or which term a category has, is undetermined:
/// filing under it, the applicant may not be late.
pub(super) fn overdue(a: &Explanation, day: Date) -> bool {
    let open = !a.undetermined.is_empty()
        || !a.application_term_needs.is_empty()
        || a.categories.iter().any(|c| !c.term_needs.is_empty());
    if open {
        return false;
    }
    if terms(a).any(|(_, t)| t.needs_date.is_some() || t.deadline_error.is_some()) {
        return false;
    }
    let mut ends = terms(a)
        .filter_map(|(_, t)| t.deadline.as_ref().map(|d| d.ends))
        .peekable();
    ends.peek().is_some() && ends.all(|e| e < day)
}

pub(super) fn clause(c: Option<&str>) -> String {
    c.map(|c| format!(" ({c})")).unwrap_or_default()
}

/// The CSV row of a decision, after its line number.
pub(super) fn row(a: &Explanation) -> Vec<String> {
    let join = |items: Vec<String>| items.join("; ");
    let categories = a
        .categories
        .iter()
        .map(|c| format!("{}{}", c.id, clause(Some(&c.clause))))
        .collect();
    let term_words = |t: &TermAnswer| match (t.amount, t.unit) {
        (Some(n), Some(unit)) => format!("{n} {}", unit.words(n)),
        _ => "not stated".to_owned(),
    };
    let term_list = terms(a)
        .map(|(for_, t)| {
            let for_ = for_.map(|c| format!("{c}: ")).unwrap_or_default();
            format!("{for_}{}{}", term_words(t), clause(t.clause.as_deref()))
        })
        .collect();
    // A deadline that cannot be counted says which date it needs.
    let deadlines = terms(a)
        .filter_map(|(_, t)| match (&t.deadline, &t.needs_date) {
            (Some(d), _) => Some(d.ends.to_string()),
            (None, Some(date)) => Some(format!("needs the date of {date}")),
            (None, None) => None,
        })
        .collect();
    let count = |n: Option<u32>| n.map_or("?".to_owned(), |n| n.to_string());
    let documents = a
        .documents
        .iter()
        .map(|d| {
            format!(
                "{}{} copies {} count {}",
                d.id,
                clause(d.clause.as_deref()),
                count(d.copies),
                count(d.count)
            )
        })
        .collect();
    let representative = if a.representative {
        let clauses: Vec<&str> = a
            .categories
            .iter()
            .filter_map(|c| c.representative_clause.as_deref())
            .collect();
        format!("yes{}", clause(clauses.first().copied()))
    } else if !a.representative_needs.is_empty() {
        format!("needs {}", a.representative_needs.join(", "))
    } else {
        "no".to_owned()
    };
    let undetermined = a
        .undetermined
        .iter()
        .chain(&a.undetermined_documents)
        .map(|u| {
            format!(
                "{}{} needs {}",
                u.id,
                clause(u.clause.as_deref()),
                u.needs.join(", ")
            )
        })
        .collect();
    // What a term that cannot be told yet needs, and why a deadline
    // cannot be counted, each after its category as in `terms`.
    let term_needs = a
        .categories
        .iter()
        .filter(|c| !c.term_needs.is_empty())
        .map(|c| format!("{}: {}", c.id, c.term_needs.join(", ")))
        .chain((!a.application_term_needs.is_empty()).then(|| a.application_term_needs.join(", ")))
        .collect();
    let deadline_errors = terms(a)
        .filter_map(|(for_, t)| {
            let for_ = for_.map(|c| format!("{c}: ")).unwrap_or_default();
            t.deadline_error.as_ref().map(|e| format!("{for_}{e}"))
        })
        .collect();
    vec![
        a.application.clone().unwrap_or_default(),
        join(categories),
        join(term_list),
        join(deadlines),
        join(documents),
        representative,
        join(undetermined),
        join(term_needs),
        join(deadline_errors),
    ]
}

/// One CSV row: the record's line, then its columns.
pub(super) fn write_row(
    w: &mut csv::Writer<Vec<u8>>,
    line: u64,
    fields: &[impl AsRef<[u8]>],
) -> Result<(), String> {
    let failed = |e: csv::Error| format!("cannot write the decisions: {e}");
    let mut digits = [0u8; 20];
    w.write_field(decimal(&mut digits, line)).map_err(failed)?;
    w.write_record(fields).map_err(failed)
}
