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
/// [`NEEDS_STATUS`]. A lookup rather than a search through the terms each
/// time a decision is read.
pub(crate) const TERMS: Table = {
    let mut table: Table =
        [[[NO_TERM; Status::ALL.len() + 1]; Category::ALL.len() + 1]; Application::ALL.len()];
    let mut a = 0;
    while a < Application::ALL.len() {
        let mut c = 0;
        while c <= Category::ALL.len() {
            let mut s = 0;
            while s <= Status::ALL.len() {
                let category = if c < Category::ALL.len() {
                    Some(Category::ALL[c])
                } else {
                    None
                };
                let status = if s < Status::ALL.len() {
                    Some(Status::ALL[s])
                } else {
                    None
                };
                table[a][c][s] = term_code(Application::ALL[a], category, status);
                s += 1;
            }
            c += 1;
        }
        a += 1;
    }
    table
};

/// [`TERMS`]' shape.
type Table = [[[u8; Status::ALL.len() + 1]; Category::ALL.len() + 1]; Application::ALL.len()];

/// The term of an application of kind `application` filed by `category`
/// with `status`, as an entry of [`TERMS`]: the terms for that kind, that
/// category (a category listed stands for its branches) and that status;
/// several only when the status is not known.
const fn term_code(
    application: Application,
    category: Option<Category>,
    status: Option<Status>,
) -> u8 {
    let mut found = NO_TERM;
    let mut t = 0;
    while t < Term::ALL.len() {
        let term = Term::ALL[t];
        t += 1;
        let kinds = term.applications();
        let mut for_kind = false;
        let mut k = 0;
        while k < kinds.len() {
            for_kind |= kinds[k] as usize == application as usize;
            k += 1;
        }
        let for_category = match (TERM_CATEGORIES[term as usize], category) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(set), Some(c)) => set.contains(c),
        };
        let for_status = match (term.statuses(), status) {
            (Some(list), Some(s)) => {
                let mut listed = false;
                let mut k = 0;
                while k < list.len() {
                    listed |= list[k] as usize == s as usize;
                    k += 1;
                }
                listed
            }
            _ => true,
        };
        if for_kind && for_category && for_status {
            if found != NO_TERM {
                return NEEDS_STATUS;
            }
            found = term as u8;
        }
    }
    found
}
