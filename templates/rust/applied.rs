//# What a `copies` or `count` line `for category` some, and a condition's
//# `category is ...`, are decided by, as the interpreter's
//# `for_category::truth`: written into the generated `documents.rs`.
/// The categories an applicant may apply under, for what is asked of some
/// of them (`for category`, `category is ...`): those that apply, those not
/// decided yet, and the facts they were decided on. //-
//+ /// decided yet, and the facts (and version) they were decided on.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Applied<'a> {
    //+ version: Version,
    applying: CategorySet,
    undetermined: CategorySet,
    facts: &'a Facts,
}

impl<'a> Applied<'a> {
    /// Those found, and the facts they were decided on. //-
    pub(crate) fn new(applying: CategorySet, undetermined: CategorySet, facts: &'a Facts) -> Self { //-
    //+ /// Those found in `version`, and the facts they were decided on.
    //+ pub(crate) fn new(
        //+ version: Version,
        //+ applying: CategorySet,
        //+ undetermined: CategorySet,
        //+ facts: &'a Facts,
    //+ ) -> Self {
        Applied {
            //+ version,
            applying,
            undetermined,
            facts,
        }
    }

    /// As `decision` found them.
    pub(crate) fn of(decision: &'a Decision) -> Self {
        Applied::new(decision.categories, decision.undetermined, &decision.facts) //-
        //+ Applied::new(
            //+ decision.version,
            //+ decision.categories,
            //+ decision.undetermined,
            //+ &decision.facts,
        //+ )
    }

    /// Is the category the applicant applies under one of `listed`? As
    /// `Document::of_category`; when it cannot tell, with the facts that
    /// decide the categories not decided yet (as `reglament explain`).
    // A regulation that asks nothing of some categories never asks.
    #[allow(dead_code)]
    pub(crate) fn among<N: Track>(self, listed: &[Category]) -> Truth<N> {
        match listed_among(listed, self.applying, self.undetermined) {
            Some(false) => return Truth::False,
            Some(true) => return Truth::True,
            None => {}
        }
        let mut needs = N::none();
        for category in self.undetermined.iter() {
            let (_, grounds) = crate::decide::grounds_that_hold::<N>(category.main(), self.facts); //-
            //+ let (_, grounds) =
                //+ crate::decide::grounds_that_hold::<N>(self.version, category.main(), self.facts);
            if let Truth::Unknown(more) =
                crate::decide::both(category.condition(self.facts), grounds) //-
                //+ crate::decide::both(category.condition(self.version, self.facts), grounds)
            {
                needs.merge(&more);
            }
        }
        Truth::Unknown(needs)
    }
}

/// Is the category applied under one of `listed`? Yes when every category
/// the applicant may apply under (those that apply, and those not decided
/// yet) is, and one applies; no when none is; `None` (cannot tell yet)
/// otherwise.
fn listed_among(
    listed: &[Category],
    applying: CategorySet,
    undetermined: CategorySet,
) -> Option<bool> {
    let (mut any, mut all) = (false, true);
    for category in applying.iter().chain(undetermined.iter()) {
        if listed.contains(&category) {
            any = true;
        } else {
            all = false;
        }
    }
    if !any {
        Some(false)
    } else if all && !applying.is_empty() {
        Some(true)
    } else {
        None
    }
}
