//! Quoted text kept as written (R11xx): indentation that is not spaces,
//! control characters, direction overrides, characters the forms' fonts
//! cannot print.

use crate::diagnostics::{Code, Problem};
use crate::source::Span;

use super::{label, problem};

/// `U+00A0 (no-break space)`: a character named so that an invisible one
/// can be found.
pub(super) fn named(c: char) -> String {
    let code = format!("U+{:04X}", u32::from(c));
    match character_name(c) {
        Some(name) => format!("{code} ({name})"),
        None if c.is_control() || c.is_whitespace() => code,
        None => format!("`{c}` {code}"),
    }
}

fn character_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\t' => "tab",
        '\r' => "carriage return",
        '\u{0}' => "null",
        '\u{7F}' => "delete",
        '\u{A0}' => "no-break space",
        '\u{2007}' => "figure space",
        '\u{202F}' => "narrow no-break space",
        '\u{3000}' => "ideographic space",
        '\u{FEFF}' => "byte-order mark",
        '\u{AD}' => "soft hyphen",
        '\u{200B}' => "zero-width space",
        '\u{200C}' => "zero-width non-joiner",
        '\u{200D}' => "zero-width joiner",
        '\u{2060}' => "word joiner",
        '\u{202A}' => "left-to-right embedding",
        '\u{202B}' => "right-to-left embedding",
        '\u{202C}' => "pop directional formatting",
        '\u{202D}' => "left-to-right override",
        '\u{202E}' => "right-to-left override",
        '\u{2066}' => "left-to-right isolate",
        '\u{2067}' => "right-to-left isolate",
        '\u{2068}' => "first strong isolate",
        '\u{2069}' => "pop directional isolate",
        c if ('\u{2000}'..='\u{200A}').contains(&c) => "a typographic space",
        _ => return None,
    })
}

/// R1201: a line of a triple-quoted text starts with something that looks
/// like indentation but is not a space.
pub fn indentation_not_spaces(span: Span, found: char) -> Problem {
    problem(
        Code::TextIndentation,
        format!(
            "this line of the text is indented with {}, not with spaces",
            named(found)
        ),
        vec![label(span, "not a space")],
        Some(
            "indent the lines of a `\"\"\"` text with ordinary spaces only: only spaces are \
             removed as indentation, so this character would stay in the quoted text while \
             looking like indentation; if it belongs to the text, start the line with a space \
             and write it after the indentation of the other lines"
                .to_owned(),
        ),
    )
}

/// R1202: a control character in a text.
pub fn control_character(span: Span, found: char) -> Problem {
    problem(
        Code::ControlCharacter,
        format!("this text holds the control character {}", named(found)),
        vec![label(span, "control character")],
        Some(
            "control characters print as nothing or break the outputs; it usually comes from \
             copying the text from another program: delete it (in a `\"\"\"` text, a line break \
             is written as a line break)"
                .to_owned(),
        ),
    )
}

/// R1203: a bidirectional control character, not marked deliberate.
pub fn direction_control(span: Span, found: char) -> Problem {
    problem(
        Code::DirectionControl,
        format!(
            "this text holds the invisible direction control {}, which changes how the rest \
             of the line is displayed",
            named(found)
        ),
        vec![label(span, "direction control")],
        Some(
            "the site, the PDFs and editors would show the characters after it in another \
             order than they are stored: delete it; if the quoted text needs it (right-to-left \
             words in a left-to-right text), write the comment `# bidi: deliberate` on the line \
             just above the line where the text starts"
                .to_owned(),
        ),
    )
}

/// R1204: characters of a text that is printed on the forms or stand
/// sheets, which no embedded font can show.
pub fn unprintable(span: Span, found: &[char], count: usize) -> Problem {
    let shown: Vec<String> = found.iter().map(|c| named(*c)).collect();
    let message = if count == 1 {
        format!(
            "this text is printed on the PDF forms or stand sheets, and no embedded font has the character {}",
            shown.join(", ")
        )
    } else {
        format!(
            "this text is printed on the PDF forms or stand sheets, and no embedded font has {count} of its characters ({})",
            shown.join(", ")
        )
    };
    problem(
        Code::Unprintable,
        message,
        vec![label(span, "cannot be printed")],
        Some(
            "the fonts compiled into reglament cover Latin, Cyrillic, Greek, Armenian, Georgian, \
             Hebrew, Arabic and common symbols, not Chinese, Japanese, Korean or emoji \
             (README, \"Forms and print sheets\"): write the word in a covered script, as the \
             source document does, or check that the character was not pasted in by mistake"
                .to_owned(),
        ),
    )
}
