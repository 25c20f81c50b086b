//! The documents an applicant brings, with how many copies and items,
//! each by its `for category` lines and conditions.

use super::answer::{DocumentAnswer, Undetermined};
use super::applying::Applying;
use super::eval::{FactValues, Truth, eval_in};
use super::{clause, dates, for_category, merge_into};
use crate::model::Regulation;

pub(super) fn documents(
    reg: &Regulation,
    facts: &FactValues,
    applying: &[Applying],
    undecided: &[Undetermined],
) -> (Vec<DocumentAnswer>, Vec<Undetermined>) {
    let mut required = Vec::new();
    let mut undetermined = Vec::new();
    let of_category = |listed: &[String]| for_category::truth(reg, listed, applying, undecided);
    // `category is ...` in a condition: as a `for category` line.
    let category = |ids: &[String]| of_category(&for_category::expand(reg, ids));
    for d in &reg.documents {
        let c = clause(d.clause.clause.as_ref());
        let listed = d.categories.as_deref().map_or(Truth::True, of_category);
        let condition = d
            .required
            .as_ref()
            .map_or(Truth::True, |c| eval_in(c, facts, &category));
        match for_category::both(listed, condition) {
            Truth::True => {
                let (copies, mut needs) = amount(&d.copies, facts, &of_category, &category);
                let (count, count_needs) = amount(&d.count, facts, &of_category, &category);
                merge_into(&mut needs, &count_needs);
                required.push(DocumentAnswer {
                    id: d.id.clone(),
                    clause: c,
                    copies,
                    count,
                    needs,
                    form: d.form.clone(),
                    validity: dates::validity(d, facts),
                });
            }
            Truth::Unknown(needs) => undetermined.push(Undetermined {
                id: d.id.clone(),
                clause: c,
                needs,
            }),
            Truth::False => {}
        }
    }
    (required, undetermined)
}

/// The first amount whose condition holds, else the default, else 1. An
/// earlier condition that cannot be decided leaves the amount unknown (with
/// the facts it needs) rather than falling through to the default.
fn amount(
    amounts: &[crate::model::Amount],
    facts: &FactValues,
    of_category: &dyn Fn(&[String]) -> Truth,
    category: &dyn Fn(&[String]) -> Truth,
) -> (Option<u32>, Vec<String>) {
    for a in amounts {
        let listed = a.categories.as_deref().map_or(Truth::True, of_category);
        let when = a
            .when
            .as_ref()
            .map_or(Truth::True, |c| eval_in(c, facts, category));
        match for_category::both(listed, when) {
            Truth::True => return (Some(a.amount), vec![]),
            Truth::Unknown(needs) => return (None, needs),
            Truth::False => {}
        }
    }
    (Some(1), vec![])
}
