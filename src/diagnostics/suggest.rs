//! "Did you mean ...?": the one rule for how close a misspelt name must be
//! to a known one for the tool to suggest it, shared by every message that
//! offers one (unknown ids, facts, form fields, links, amendments).

/// The candidate closest to `name` by edit distance (a transposition
/// counts as one edit), if it is close enough: at most 2 edits, or a
/// quarter of the name's length for long names, and fewer edits than the
/// candidate has characters (so `a` is never "corrected" to `b`). Ties go
/// to the candidate that sorts first, so the suggestion does not depend
/// on the order the candidates come in.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(name, c), c))
        .filter(|(d, c)| *d <= 2.max(name.len() / 4) && *d < c.chars().count())
        .min()
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn a_near_name_is_suggested_and_a_far_one_is_not() {
        let ids = ["photos", "passport", "application_form"];
        assert_eq!(closest("photso", ids), Some("photos"));
        assert_eq!(closest("pasport", ids), Some("passport"));
        assert_eq!(closest("aplication_frm", ids), Some("application_form"));
        assert_eq!(closest("visa", ids), None);
        // One letter is never "corrected" into another.
        assert_eq!(closest("b", ["a"]), None);
    }

    #[test]
    fn ties_go_to_the_first_in_order_not_in_input() {
        assert_eq!(closest("cat", ["cut", "cot"]), Some("cot"));
        assert_eq!(closest("cat", ["cot", "cut"]), Some("cot"));
    }
}
