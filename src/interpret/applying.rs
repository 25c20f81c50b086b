//! Who applies: the categories and branches whose conditions (and
//! grounds) hold for the facts, and whether the one applied under asks for
//! a legal representative.

use super::answer::Undetermined;
use super::eval::{FactValues, Truth, eval, eval_in};
use super::{ClauseAnswer, clause, for_category, merge_into};
use crate::check::coverage::Filer;
use crate::model::{Category, Regulation};

/// A category or branch found to apply.
pub(super) struct Applying {
    pub(super) category: String,
    pub(super) branch: Option<String>,
    pub(super) grounds: Vec<ClauseAnswer>,
}

impl Applying {
    pub(super) fn filer(&self) -> Filer {
        Filer {
            category: Some(self.category.clone()),
            branch: self.branch.clone(),
        }
    }
}

pub(super) fn single_kind<'r>(reg: &'r Regulation, category: &str) -> Option<&'r String> {
    match reg.category(category).map(|c| c.files.as_slice()) {
        Some([one]) => Some(one),
        _ => None,
    }
}

pub(super) fn applying_filers(
    cat: &Category,
    facts: &FactValues,
    out: &mut Vec<Applying>,
    undetermined: &mut Vec<Undetermined>,
) {
    // Grounds: at least one must hold, on top of the category's condition.
    let mut grounds = Vec::new();
    let mut ground_needs = Vec::new();
    for g in &cat.grounds {
        match g.applies.as_ref().map_or(Truth::True, |c| eval(c, facts)) {
            Truth::True => grounds.push(ClauseAnswer {
                id: g.id.clone(),
                clause: clause(g.clause.clause.as_ref()),
            }),
            Truth::Unknown(n) => ground_needs.extend(n),
            Truth::False => {}
        }
    }
    let grounds_truth = if cat.grounds.is_empty() || !grounds.is_empty() {
        Truth::True
    } else if ground_needs.is_empty() {
        Truth::False
    } else {
        Truth::Unknown(ground_needs)
    };
    let mut consider = |id: &str, branch: Option<&String>, truth: Truth| {
        let truth = for_category::both(truth, grounds_truth.clone());
        match truth {
            Truth::True => out.push(Applying {
                category: cat.id.clone(),
                branch: branch.cloned(),
                grounds: grounds.clone(),
            }),
            Truth::Unknown(needs) => undetermined.push(Undetermined {
                id: id.to_owned(),
                clause: clause(cat.clause.clause.as_ref()),
                needs,
            }),
            Truth::False => {}
        }
    };
    if let Some(c) = &cat.applies {
        consider(&cat.id, None, eval(c, facts));
    }
    for b in &cat.branches {
        let truth = b.applies.as_ref().map_or(Truth::False, |c| eval(c, facts));
        consider(&b.id, Some(&b.id), truth);
    }
}

/// The category or branch an undetermined entry names.
pub(super) fn undetermined_filer(reg: &Regulation, id: &str) -> Option<Applying> {
    let applying = |category: &str, branch: Option<&str>| Applying {
        category: category.to_owned(),
        branch: branch.map(str::to_owned),
        grounds: Vec::new(),
    };
    reg.categories.iter().find_map(|c| {
        if c.id == id {
            Some(applying(&c.id, None))
        } else {
            c.branches
                .iter()
                .any(|b| b.id == id)
                .then(|| applying(&c.id, Some(id)))
        }
    })
}

/// Whether a representative rule applies to a category or branch: yes (with
/// the rule's clause), no, or cannot tell without some facts.
pub(super) enum RepresentativeAnswer {
    Required(Option<String>),
    NotRequired,
    Undetermined(Vec<String>),
}

pub(super) fn representative_for(
    reg: &Regulation,
    a: &Applying,
    facts: &FactValues,
) -> RepresentativeAnswer {
    // The rule is asked of one category: the one applied under.
    let category = |ids: &[String]| {
        for_category::truth(
            reg,
            &for_category::expand(reg, ids),
            std::slice::from_ref(a),
            &[],
        )
    };
    let mut needs = Vec::new();
    for r in &reg.representatives {
        let listed = r
            .categories
            .iter()
            .any(|c| *c == a.category || a.branch.as_ref() == Some(c));
        if !listed {
            continue;
        }
        match r
            .applies
            .as_ref()
            .map_or(Truth::True, |c| eval_in(c, facts, &category))
        {
            Truth::True => return RepresentativeAnswer::Required(clause(r.clause.clause.as_ref())),
            Truth::Unknown(n) => merge_into(&mut needs, &n),
            Truth::False => {}
        }
    }
    if needs.is_empty() {
        RepresentativeAnswer::NotRequired
    } else {
        RepresentativeAnswer::Undetermined(needs)
    }
}
