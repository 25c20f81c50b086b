//! `for category` on a document: whether the category the applicant
//! applies under is one the document is required of.

use super::applying::{Applying, undetermined_filer};
use super::{Undetermined, eval::Truth, merge_into};
use crate::model::Regulation;

/// The need named while the applicant may apply under a category the
/// document is required of and under one it is not: they choose
/// (`--category`).
pub const CHOICE: &str = "category";

/// Does `listed` (category and branch ids, a category's id covering its
/// branches) name the category the applicant applies under? The applicant
/// applies under one of those that apply (`applying`), or of those not
/// decided yet (`undetermined`): yes when every one of them is listed and
/// one applies, no when none is listed, else "cannot tell yet" with the
/// facts that decide the undetermined ones (and `category`, the choice,
/// when it could go either way).
pub(super) fn truth(
    reg: &Regulation,
    listed: &[String],
    applying: &[Applying],
    undetermined: &[Undetermined],
) -> Truth {
    let is_listed = |a: &Applying| {
        listed.contains(&a.category) || a.branch.as_ref().is_some_and(|b| listed.contains(b))
    };
    let mut possible: Vec<bool> = applying.iter().map(is_listed).collect();
    let mut needs = Vec::new();
    for u in undetermined {
        if let Some(a) = undetermined_filer(reg, &u.id) {
            possible.push(is_listed(&a));
            merge_into(&mut needs, &u.needs);
        }
    }
    let any = possible.iter().any(|l| *l);
    let all = possible.iter().all(|l| *l);
    if !any {
        return Truth::False;
    }
    if all && !applying.is_empty() {
        return Truth::True;
    }
    if !all && possible.len() > 1 {
        merge_into(&mut needs, &[CHOICE.to_owned()]);
    }
    Truth::Unknown(needs)
}

/// The ids a condition's `category is ...` lists, with each group's id
/// read as the categories in it, as the checker reads a `for category`
/// line's.
pub(super) fn expand(reg: &Regulation, ids: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in ids {
        match reg.group(id) {
            Some(g) => out.extend(g.categories.iter().cloned()),
            None => out.push(id.clone()),
        }
    }
    out
}

/// Both must hold, as `and` in a condition.
pub(super) fn both(a: Truth, b: Truth) -> Truth {
    match (a, b) {
        (Truth::False, _) | (_, Truth::False) => Truth::False,
        (Truth::True, Truth::True) => Truth::True,
        (a, b) => {
            let mut needs = a.needs().to_vec();
            merge_into(&mut needs, b.needs());
            Truth::Unknown(needs)
        }
    }
}
