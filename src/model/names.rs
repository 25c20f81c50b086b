//! Short plain names of categories, branches, grounds and documents: what a visitor
//! reads in a list, with the clause number beside it. A `title` line is
//! the editor's short name for the element's own text; without one, the
//! name is the first words of `plain` (or of `text`), so no name says more
//! than the element does (docs/language.md, 3.10).

use pulldown_cmark::{Event, Parser};

use super::{Branch, Category, Document, Group, Wording};

/// How many words a name taken from the text keeps.
const WORDS: usize = 10;

impl Category {
    /// The category's short plain name.
    pub fn plain_name(&self) -> String {
        plain_name(self.title.as_deref(), &self.clause.wording)
    }
}

impl Group {
    /// The group's short plain name.
    pub fn plain_name(&self) -> String {
        plain_name(self.title.as_deref(), &self.clause.wording)
    }
}

impl Branch {
    /// The branch's (or ground's) short plain name.
    pub fn plain_name(&self) -> String {
        plain_name(self.title.as_deref(), &self.clause.wording)
    }
}

impl Document {
    /// The document's short plain name.
    pub fn plain_name(&self) -> String {
        plain_name(self.title.as_deref(), &self.clause.wording)
    }
}

/// `title` when given, else the first sentence (up to a colon or semicolon)
/// of `plain`, or of `text` when there is no `plain`, cut to `WORDS`
/// words with an ellipsis where cut.
pub fn plain_name(title: Option<&str>, wording: &Wording) -> String {
    if let Some(t) = title {
        return t.trim().to_owned();
    }
    let source = match &wording.plain {
        // Markdown: only its words (link text, not targets).
        Some(p) => Parser::new(p)
            .filter_map(|e| match e {
                Event::Text(t) | Event::Code(t) => Some(t.into_string()),
                Event::SoftBreak | Event::HardBreak => Some(" ".to_owned()),
                _ => None,
            })
            .collect::<String>(),
        None => wording.text.clone(),
    };
    let first = first_sentence(&source);
    let words: Vec<&str> = first.split_whitespace().collect();
    if words.len() > WORDS {
        let mut cut = words[..WORDS].join(" ");
        while cut.ends_with([',', ';', ':', '(']) {
            cut.pop();
        }
        format!("{cut}…")
    } else {
        words.join(" ").trim_end_matches(['.', ':', ';']).to_owned()
    }
}

/// Up to the first `.`, `:` or `;` that ends a sentence (followed by a
/// space or the end), so "1.2" or "No. 5" inside a name are kept only when
/// followed by more of the same word.
fn first_sentence(s: &str) -> &str {
    let bytes = s.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if matches!(b, b':' | b';')
            || (b == b'.' && bytes.get(i + 1).is_none_or(|n| *n == b' ' || *n == b'\n'))
        {
            return &s[..i];
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wording(text: &str, plain: Option<&str>) -> Wording {
        Wording {
            text: text.to_owned(),
            plain: plain.map(str::to_owned),
        }
    }

    #[test]
    fn a_title_is_the_name() {
        assert_eq!(
            plain_name(
                Some("Citizen of Belarus"),
                &wording("The citizen ...", None)
            ),
            "Citizen of Belarus"
        );
    }

    #[test]
    fn without_a_title_the_first_words_of_plain_stripped_of_markdown() {
        let w = wording(
            "Quoted.",
            Some(
                "[Members of the family of the foreign IT specialist](term:x): the spouse, children.",
            ),
        );
        assert_eq!(
            plain_name(None, &w),
            "Members of the family of the foreign IT specialist"
        );
    }

    #[test]
    fn a_long_sentence_is_cut_with_an_ellipsis() {
        let w = wording(
            "The foreign citizen who by the Russian Federation is granted political asylum in the end.",
            None,
        );
        assert_eq!(
            plain_name(None, &w),
            "The foreign citizen who by the Russian Federation is granted…"
        );
    }

    #[test]
    fn a_short_text_is_kept_whole_without_its_full_stop() {
        assert_eq!(
            plain_name(None, &wording("Sex change.", None)),
            "Sex change"
        );
    }
}
