//! The first page of every blank form and filled sample, rendered by
//! `pdftoppm`, compared with a reference image committed under
//! `tests/fixtures/forms/`. A small difference is tolerated (anti-aliasing
//! differs between poppler versions); a moved box or a missing line is not.
//!
//! After a deliberate change of the layout, regenerate the references with
//! `REGLAMENT_UPDATE_REFERENCES=1 cargo test --test forms_render`, and look
//! at every changed PNG before committing it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod forms_support;

use std::path::PathBuf;

use forms_support::{built, bundled, decode_png, encode_png, have, render};

/// Low enough to keep the references small, high enough to see each box.
const DPI: u32 = 40;

/// A pixel counts as different when its grey differs by more than this...
const PIXEL_TOLERANCE: u8 = 64;

/// ... and a page as different when more than this share of pixels do.
const PAGE_TOLERANCE: f64 = 0.004;

fn reference(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/forms")
        .join(format!("{name}.png"))
}

#[test]
fn first_pages_match_their_reference_images() {
    if !have("pdftoppm", "poppler-utils") {
        return;
    }
    let update = std::env::var("REGLAMENT_UPDATE_REFERENCES").is_ok_and(|v| v == "1");
    let prefix = format!("forms/{}/", bundled().id);
    let mut failures = Vec::new();
    let mut compared = 0;
    for (path, bytes) in built() {
        let Some(name) = path.strip_prefix(&prefix) else {
            continue;
        };
        if name.starts_with("stand/") {
            continue;
        }
        let name = name.trim_end_matches(".pdf");
        let (width, height, pixels) = render(bytes, 1, DPI);
        let file = reference(name);
        if update {
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(&file, encode_png(width, height, &pixels)).unwrap();
            continue;
        }
        let Ok(expected) = std::fs::read(&file) else {
            failures.push(format!(
                "{name}: no reference image {}; create it with REGLAMENT_UPDATE_REFERENCES=1",
                file.display()
            ));
            continue;
        };
        compared += 1;
        let (ew, eh, expected) = decode_png(&expected);
        if (ew, eh) != (width, height) {
            failures.push(format!("{name}: {width}x{height}, reference {ew}x{eh}"));
            continue;
        }
        let differing = pixels
            .iter()
            .zip(&expected)
            .filter(|(a, b)| a.abs_diff(**b) > PIXEL_TOLERANCE)
            .count();
        let share = differing as f64 / pixels.len() as f64;
        if share > PAGE_TOLERANCE {
            let actual = std::env::temp_dir().join(format!("reglament-{name}.png"));
            std::fs::write(&actual, encode_png(width, height, &pixels)).unwrap();
            failures.push(format!(
                "{name}: {differing} pixels ({:.2}%) differ from the reference; the new rendering is {}",
                share * 100.0,
                actual.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        update || compared == 10,
        "compared {compared} pages, expected 10"
    );
}
