//! Characters as a reader sees them, shared by the parser's messages
//! (`syntax`) and the forms' values (`model::form`), which must agree on
//! what cannot be seen.

/// Characters that print as nothing, or move other characters: controls,
/// and invisible formatting (zero-width, direction overrides, soft hyphen,
/// byte-order mark). A form's value with one would look filled in
/// differently from what it is; a source with one outside quoted text
/// would read differently from how it parses.
pub fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{AD}'
                | '\u{34F}'
                | '\u{61C}'
                | '\u{115F}'..='\u{1160}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF9}'..='\u{FFFB}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_are_never_printable() {
        for c in [
            '\t', '\n', '\u{0}', '\u{7f}', '\u{200b}', '\u{202e}', '\u{feff}', '\u{ad}',
        ] {
            assert!(invisible(c), "{c:?}");
        }
        for c in ['A', 'Ж', ' ', '№', 'ש', '#'] {
            assert!(!invisible(c), "{c:?}");
        }
    }
}
