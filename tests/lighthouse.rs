//! Lighthouse (the npm package, pinned in `tests/browser/package.json`)
//! audits every page of the bundled regulation's stand as committed in
//! `out/site/` (which `tests/out_fresh.rs` keeps equal to a build), in the
//! project's Chromium: accessibility 100, best practices 100, and the
//! budgets that keep a page fast on a kiosk (bytes, elements, layout
//! shift, requests that block the first paint). The performance score is
//! printed, not required: Lighthouse times the page on the machine that
//! runs the test, so it falls with the machine's load. The script is
//! `tests/browser/lighthouse.mjs`.
//!
//! Needs node, /usr/bin/chromium and `npm ci` in tests/browser/ (`.ci/run`
//! installs them); where they are missing the test says so and stops, and
//! under CI (`CI=true`) it fails.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::panic)]

mod browser_support;

use std::path::{Path, PathBuf};

use browser_support::{CHROMIUM, browser_dir, missing_tools, run_script};

fn html_pages(dir: &Path, under: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            html_pages(&path, under, out);
        } else if path.extension().is_some_and(|e| e == "html") {
            out.push(
                path.strip_prefix(under)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
            );
        }
    }
}

#[test]
fn every_page_of_the_stand_scores_full_marks_in_lighthouse() {
    if missing_tools("the Lighthouse audit of the stand", false).is_some() {
        return;
    }
    if !browser_dir().join("node_modules/lighthouse").exists() {
        missing_tools("the Lighthouse audit of the stand", false);
        panic!("lighthouse is not installed: npm ci --prefix tests/browser");
    }
    let site: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("out/site");
    let mut pages = Vec::new();
    html_pages(&site, &site, &mut pages);
    pages.sort();
    assert!(pages.len() >= 12, "the stand has only {pages:?}");
    let dir = tempfile::tempdir().unwrap();
    let config = serde_json::json!({
        "root": site,
        "pages": pages,
        "chromium": CHROMIUM,
        "profile": dir.path().join("chromium-profile"),
    });
    let (ok, stdout, stderr) = run_script("lighthouse.mjs", &config, dir.path());
    // Each page's scores and figures, for `--nocapture` and CI logs.
    println!("{stdout}");
    assert!(
        ok,
        "Lighthouse found pages short of the marks:\n{stdout}\n{stderr}"
    );
    assert!(
        stdout.contains(&format!("{} passed, 0 failed", pages.len())),
        "{stdout}"
    );
}
