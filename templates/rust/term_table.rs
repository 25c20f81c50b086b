//# The processing-term table of `src/evaluate.rs` in the crate of a
//# regulation without amendments: src/backend/rust/evaluate.rs appends it,
//# these `//#` lines left out, after `TERM_CATEGORIES`, which it reads.
/// In [`TERMS`]: no term.
const NO_TERM: u8 = u8::MAX;
/// In [`TERMS`]: several terms, one per status, and the status not known.
pub(crate) const NEEDS_STATUS: u8 = u8::MAX - 1;
const _: () = assert!(Term::ALL.len() < NEEDS_STATUS as usize);

/// What [`term`](crate::term) answers, worked out when compiling: by kind
/// of application, category (the last: none) and status (the last: not
/// known), the index of the term in [`Term::ALL`], [`NO_TERM`] or
/// [`NEEDS_STATUS`] (more than one term). A lookup rather than a search
/// through the terms each time a decision is read. Each term marks the
/// cells it holds for, so compiling costs the cells the terms cover, not
/// every cell times every term (which a regulation a few times larger than
/// Order No. 417 made too long for the compiler's constant evaluation).
pub(crate) const TERMS: Table = {
    let mut table: Table =
        [[[NO_TERM; Status::ALL.len() + 1]; Category::ALL.len() + 1]; Application::ALL.len()];
    let mut t = 0;
    while t < Term::ALL.len() {
        let term = Term::ALL[t];
        t += 1;
        let kinds = term.applications();
        let mut k = 0;
        while k < kinds.len() {
            let a = kinds[k] as usize;
            k += 1;
            let mut c = 0;
            while c <= Category::ALL.len() {
                // A category listed stands for its branches; a term for
                // every category also holds when the category is not known.
                let for_category = match TERM_CATEGORIES[term as usize] {
                    None => true,
                    Some(set) => c < Category::ALL.len() && set.contains(Category::ALL[c]),
                };
                if for_category {
                    let mut s = 0;
                    while s <= Status::ALL.len() {
                        if for_status(term, s) {
                            let cell = table[a][c][s];
                            table[a][c][s] = if cell == NO_TERM || cell == term as u8 {
                                term as u8
                            } else {
                                NEEDS_STATUS
                            };
                        }
                        s += 1;
                    }
                }
                c += 1;
            }
        }
    }
    table
};

/// [`TERMS`]' shape.
type Table = [[[u8; Status::ALL.len() + 1]; Category::ALL.len() + 1]; Application::ALL.len()];

/// Whether `term` holds for the status at index `s` of [`Status::ALL`]
/// (the last: not known, for which every term may hold).
const fn for_status(term: Term, s: usize) -> bool {
    let Some(list) = term.statuses() else {
        return true;
    };
    if s == Status::ALL.len() {
        return true;
    }
    let mut k = 0;
    while k < list.len() {
        if list[k] as usize == Status::ALL[s] as usize {
            return true;
        }
        k += 1;
    }
    false
}
