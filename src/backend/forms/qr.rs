//! The QR code a sheet carries to the office's online stand: the module
//! matrix from the `qrcode` crate, passed to typst as data (one string of
//! `1`s and `0`s a row) and drawn there as filled rectangles, so that the
//! code is vector in the PDF, sharp at any size, and the same bytes every
//! build.

use qrcode::{Color, EcLevel, QrCode};
use serde_json::{Value as Json, json};

/// What a template reads to draw the code of `url`, with the address
/// printed under it; `None` when the address cannot be encoded (longer
/// than a QR code holds), so the sheet goes without a code rather than
/// with a wrong one.
pub fn code(url: &str, label: &str) -> Option<Json> {
    // Level M: a printed sheet on a wall gets scuffed; M still reads with
    // 15% of the modules lost and keeps the code small.
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let rows: Vec<String> = colors
        .chunks(width)
        .map(|row| {
            row.iter()
                .map(|c| if *c == Color::Dark { '1' } else { '0' })
                .collect()
        })
        .collect();
    Some(json!({ "url": url, "label": label, "rows": rows }))
}

#[cfg(test)]
mod tests {
    use super::code;

    #[test]
    fn the_matrix_is_square_with_finder_patterns_in_three_corners() {
        let json = code("https://example.org/stand/", "Online").unwrap();
        let rows: Vec<&str> = json["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        let n = rows.len();
        assert!(rows.iter().all(|r| r.len() == n));
        // A finder pattern's top row is seven dark modules.
        assert_eq!(&rows[0][..7], "1111111");
        assert_eq!(&rows[0][n - 7..], "1111111");
        assert_eq!(&rows[n - 1][..7], "1111111");
        assert_ne!(&rows[n - 1][n - 7..], "1111111");
    }
}
