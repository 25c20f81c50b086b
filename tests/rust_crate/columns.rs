//! The crate's columnar entry point, fed the way Apache Arrow keeps a
//! record batch: plain slices shaped like Arrow's buffers (validity
//! bitmaps with an offset, bit-packed booleans, `Date32` day numbers,
//! dictionary keys), as `docs/rust-crate.md` shows. Each row read back is
//! the applicant's facts exactly, and each row of answers is `decide`'s.

use crate::support::{Applicants, bundled, generated_inputs};
use residence_permit::{
    Application, Bitmap, BoolColumn, Citizenships, Column, Date, DateColumn, DecisionColumns,
    FactColumns, Facts, Query, Status, decide, decide_columns,
};

/// Arrow's bit layout (least significant bit first), after `offset`
/// leading bits that are not the column's (a slice of a larger array).
fn bits(values: impl Iterator<Item = bool>, offset: usize) -> Vec<u8> {
    let values: Vec<bool> = std::iter::repeat_n(true, offset).chain(values).collect();
    let mut out = vec![0u8; values.len().div_ceil(8)];
    for (i, v) in values.iter().enumerate() {
        if *v {
            out[i / 8] |= 1 << (i % 8);
        }
    }
    out
}

/// A dictionary-encoded column: keys into `ids`, a key for each row (0
/// where the value is null).
fn keys<T: Copy + PartialEq>(column: &[Option<T>], dictionary: &[Option<T>]) -> Vec<i32> {
    column
        .iter()
        .map(|v| {
            v.and_then(|v| dictionary.iter().position(|d| *d == Some(v)))
                .map_or(0, |k| i32::try_from(k).unwrap())
        })
        .collect()
}

#[test]
fn columns_shaped_like_arrow_buffers_decide_as_decide_does() {
    const OFFSET: usize = 3;
    let reg = bundled();
    let mut applicants = Applicants::new(&reg, 0xC011_4000);
    let facts: Vec<Facts> = (0..2_000)
        .map(|_| generated_inputs(&applicants.applicant()).0)
        .collect();
    let rows = facts.len();
    let query = Query::default().accepted(Date::constant(2025, 12, 25));

    // Status as a dictionary whose entries are strings the engine holds;
    // mapped to the crate's enum once, not per row. An entry that is not a
    // status of the regulation reads as not known.
    let status_strings = ["stateless_person", "no_such_status", "foreign_citizen"];
    let status_dictionary: Vec<Option<Status>> =
        status_strings.iter().map(|s| Status::from_id(s)).collect();
    let status: Vec<Option<Status>> = facts.iter().map(|f| f.status()).collect();
    let status_keys = keys(&status, &status_dictionary);
    let status_valid = bits(status.iter().map(Option::is_some), OFFSET);
    let citizenship: Vec<Option<Citizenships>> = facts.iter().map(|f| f.citizenship()).collect();
    let citizenship_dictionary: Vec<Option<Citizenships>> =
        Citizenships::ALL.iter().copied().map(Some).collect();
    let citizenship_keys = keys(&citizenship, &citizenship_dictionary);
    let citizenship_valid = bits(citizenship.iter().map(Option::is_some), 0);
    // Numbers: a values buffer (anything under a null) and validity.
    let age: Vec<u32> = facts.iter().map(|f| f.age().unwrap_or(999)).collect();
    let age_valid = bits(facts.iter().map(|f| f.age().is_some()), OFFSET);
    // Dates as Arrow's Date32: days since 1970-01-01, and validity; an
    // event's date is a date column too.
    let epoch = Date::constant(1970, 1, 1);
    let date32 = |date: fn(&Facts) -> Option<Date>| {
        let days: Vec<i32> = facts
            .iter()
            .map(|f| date(f).map_or(0, |d| d.since(epoch).unwrap().get_days()))
            .collect();
        (days, bits(facts.iter().map(|f| date(f).is_some()), OFFSET))
    };
    let (received, received_valid) = date32(|f| f.permit_received());
    let (registered, registered_valid) = date32(|f| f.written_address_registered());
    let (accepted, accepted_valid) = date32(|f| f.application_accepted());
    let application: Vec<Option<Application>> = facts.iter().map(|f| f.application()).collect();
    let family_member_of: Vec<_> = facts.iter().map(|f| f.family_member_of()).collect();
    let family_relation: Vec<_> = facts.iter().map(|f| f.family_relation()).collect();

    let mut columns = FactColumns {
        status: Column::Dictionary {
            keys: &status_keys,
            valid: Some(Bitmap::new(&status_valid, OFFSET)),
            values: &status_dictionary,
        },
        application: Column::Options(&application),
        age: Column::Masked {
            values: &age,
            valid: Bitmap::new(&age_valid, OFFSET),
        },
        citizenship: Column::Dictionary {
            keys: &citizenship_keys,
            valid: Some(Bitmap::new(&citizenship_valid, 0)),
            values: &citizenship_dictionary,
        },
        permit_received: DateColumn::Days {
            days: &received,
            valid: Some(Bitmap::new(&received_valid, OFFSET)),
        },
        written_address_registered: DateColumn::Days {
            days: &registered,
            valid: Some(Bitmap::new(&registered_valid, OFFSET)),
        },
        application_accepted: DateColumn::Days {
            days: &accepted,
            valid: Some(Bitmap::new(&accepted_valid, OFFSET)),
        },
        family_member_of: Column::Options(&family_member_of),
        family_relation: Column::Options(&family_relation),
        ..FactColumns::default()
    };
    // Every yes/no fact bit-packed, values and validity, as a BooleanArray.
    let mut buffers: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
    macro_rules! yes_no {
        ($($field:ident,)*) => {
            $(
                buffers.push((
                    bits(facts.iter().map(|f| f.$field() == Some(true)), OFFSET),
                    bits(facts.iter().map(|f| f.$field().is_some()), OFFSET),
                ));
            )*
            let mut each = buffers.iter();
            $(
                let (values, valid) = each.next().unwrap();
                columns.$field = BoolColumn::Bits {
                    values: Bitmap::new(values, OFFSET),
                    valid: Some(Bitmap::new(valid, OFFSET)),
                };
            )*
        };
    }
    yes_no!(
        incapacitated,
        limited_capacity,
        temporary_residence_eight_months,
        born_in_rsfsr_territory,
        was_ussr_citizen,
        lives_permanently_in_russia,
        parent_of_minor_or_incapacitated_foreign_citizen,
        parent_of_minor_or_incapacitated_receiving_permit_together,
        russian_citizen_parent_or_child,
        recognised_native_speaker,
        deported_from_crimean_assr_or_ascendant_deported,
        descendant_or_spouse_of_deported_person,
        works_as_highly_qualified_specialist,
        qualified_specialist_six_months,
        higher_education_with_honours_in_russia,
        lives_in_russia,
        russian_citizenship_terminated,
        citizenship_acquisition_cancelled,
        cancelled_for_listed_crimes,
        person_under_article_41_1,
        covered_by_union_state_agreement,
        granted_political_asylum,
        holds_residence_permit,
        reached_age_14_20_or_45,
        personal_data_changed,
        sex_changed,
        permit_unfit_for_use,
        permit_record_error,
        permit_validity_ending,
        permit_issued_to_highly_qualified_specialist_or_family,
        country_of_opportunities_finalist_or_winner,
        it_specialist_with_accredited_organisation,
        investor_meeting_government_criteria,
        resettling_under_international_treaty,
    );

    // Each row is the applicant's facts, every field of them.
    for (i, f) in facts.iter().enumerate() {
        assert_eq!(columns.row(i), *f, "row {i}");
    }
    // Past the end of the columns: nothing is known.
    assert_eq!(columns.row(rows + 100), Facts::default());

    let mut out = DecisionColumns::default();
    decide_columns(rows, &columns, &query, &mut out);
    assert_eq!(out.len(), rows);
    let mut expected = DecisionColumns::default();
    for f in &facts {
        expected.push(&decide(f, &query));
    }
    assert_eq!(out, expected);
    assert!(
        out.last_day.iter().filter(|d| d.is_some()).count() > rows / 10,
        "the applicants reach terms with deadlines"
    );
    // The buffers are the caller's: emptied and refilled, capacity kept.
    let capacity = out.categories.capacity();
    decide_columns(10, &columns, &query, &mut out);
    assert_eq!(out.len(), 10);
    assert_eq!(out.categories.capacity(), capacity);
}

/// `decide_columns` reads 64 rows at a time: at every edge of those
/// chunks (none, one, 63, 64, 65 rows and more), with columns of every
/// kind, some shorter than the rows (a row past a column's end does not
/// know that fact), each row of answers is `decide`'s of the row as
/// `FactColumns::row` reads it, and no fact of one row or chunk is left
/// in the next, also into answers that held rows before.
#[test]
fn columns_decide_row_by_row_at_every_edge_of_a_chunk() {
    let reg = bundled();
    let mut applicants = Applicants::new(&reg, 0xED6E_5EED);
    let query = Query::default().accepted(Date::constant(2025, 12, 25));
    let mut out = DecisionColumns::default();
    for rows in [0, 1, 2, 63, 64, 65, 127, 128, 129, 200] {
        let facts: Vec<Facts> = (0..rows)
            .map(|_| generated_inputs(&applicants.applicant()).0)
            .collect();
        // Shorter than the rows by one, or by half, or as long.
        let cut = |n: usize, by: usize| n.saturating_sub(by);
        let status: Vec<Option<Status>> = facts.iter().map(|f| f.status()).collect();
        let application: Vec<Application> = facts
            .iter()
            .map(|f| f.application().unwrap_or(Application::ALL[0]))
            .collect();
        let age: Vec<Option<u32>> = facts[..cut(rows, 1)].iter().map(|f| f.age()).collect();
        let received: Vec<Option<Date>> = facts[..cut(rows, rows / 2)]
            .iter()
            .map(|f| f.permit_received())
            .collect();
        let incapacitated: Vec<bool> = facts[..cut(rows, 1)]
            .iter()
            .map(|f| f.incapacitated() == Some(true))
            .collect();
        let lives: Vec<Option<bool>> = facts.iter().map(|f| f.lives_in_russia()).collect();
        let asylum: Vec<Option<bool>> = facts[..cut(rows, rows / 2)]
            .iter()
            .map(|f| f.granted_political_asylum())
            .collect();
        let columns = FactColumns {
            status: Column::Options(&status),
            application: Column::Values(&application),
            age: Column::Options(&age),
            permit_received: DateColumn::Options(&received),
            incapacitated: BoolColumn::Values(&incapacitated),
            lives_in_russia: BoolColumn::Options(&lives),
            granted_political_asylum: BoolColumn::Options(&asylum),
            ..FactColumns::default()
        };
        decide_columns(rows, &columns, &query, &mut out);
        let mut expected = DecisionColumns::default();
        for i in 0..rows {
            expected.push(&decide(&columns.row(i), &query));
        }
        assert_eq!(out, expected, "{rows} rows");
        // A row past the short columns knows none of their facts.
        if rows > 1 {
            let last = columns.row(rows - 1);
            assert_eq!(last.age(), None, "{rows} rows");
            assert_eq!(last.incapacitated(), None, "{rows} rows");
        }
    }
}

#[test]
fn sets_are_lists_of_ids_in_the_order_of_the_text() {
    use residence_permit::{Category, CategorySet, Document, DocumentSet, Fact, FactSet};
    let last = Category::ALL[Category::ALL.len() - 1];
    let first = Category::ALL[0];
    // Put in out of order; listed, serialised and read back in the text's.
    let set: CategorySet = [last, first].into_iter().collect();
    assert_eq!(set.iter().collect::<Vec<_>>(), [first, last]);
    assert_eq!(set.len(), 2);
    assert!(set.contains(first) && !set.contains(Category::ALL[1]));
    let json = serde_json::to_value(set).unwrap();
    assert_eq!(json, serde_json::json!([first.id(), last.id()]));
    let back: CategorySet = serde_json::from_value(json).unwrap();
    assert_eq!(back, set);
    assert_eq!(format!("{set:?}"), format!("{{{first:?}, {last:?}}}"));
    // An id that is not the regulation's is refused, naming it.
    let wrong = serde_json::from_str::<DocumentSet>(r#"["no_such_document"]"#).unwrap_err();
    assert!(wrong.to_string().contains("no_such_document"), "{wrong}");
    assert!(DocumentSet::EMPTY.is_empty());
    assert_eq!(DocumentSet::all().len(), Document::ALL.len());
    assert_eq!(FactSet::all().iter().collect::<Vec<_>>(), Fact::ALL);
}
