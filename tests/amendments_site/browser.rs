//! The stand of the synthetic amended regulation, and Order No. 417's
//! around its office's renaming, in a real browser: axe and the Nu Html
//! Checker on the pages as of two days each.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use jiff::civil::date;
use reglament::backend::Target;
use reglament::output::commit;
use serde_json::json;

use super::browser_support::{CHROMIUM, missing_tools, run_script, vnu_jar};
use super::{STAND, amended, build, bundled, root};

/// Writes a build to `dir/<name>` and returns the stand's folder.
fn written(dir: &Path, name: &str, files: &BTreeMap<String, Vec<u8>>, stand: &str) -> PathBuf {
    let target = dir.join(name);
    commit(&target, files, false).unwrap();
    target.join(stand)
}

#[test]
fn the_stands_as_of_two_days_and_what_changed_in_a_real_browser() {
    if missing_tools("a browser test of versions on the stand", true).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let office = "site/residence_permit/citizenship-service-headquarters";
    let bundled = bundled();
    let march = written(
        d,
        "417-march",
        &build(&bundled, Some(date(2025, 3, 1)), true, &[Target::Site]),
        office,
    );
    let april = written(
        d,
        "417-april",
        &build(&bundled, Some(date(2025, 4, 2)), true, &[Target::Site]),
        office,
    );
    let reg = amended();
    let december = written(
        d,
        "amended-december",
        &build(&reg, Some(date(2026, 12, 1)), false, &[Target::Site]),
        STAND,
    );
    let latest = written(
        d,
        "amended-latest",
        &build(&reg, None, false, &[Target::Site]),
        STAND,
    );
    let old = "Main Directorate for Migration Affairs of the Ministry of Internal Affairs of the Russian Federation";
    let new = "Service for Citizenship and Registration of Foreign Citizens of the Ministry of Internal Affairs of the Russian Federation";
    let config = json!({
        "chromium": CHROMIUM,
        "artifacts": root().join("tests/artifacts"),
        "profile": d.join("chromium-profile"),
        "pages": [
            { "name": "417 as of 2025-03-01", "file": march.join("index.html"),
              "office": old, "absent": [new], "version": "Consolidated version as amended on 01.07.2023" },
            { "name": "417 as of 2025-04-02", "file": april.join("index.html"),
              "office": new, "absent": [old], "version": "Consolidated version as amended on 01.07.2023" },
            { "name": "417 what changed", "file": april.join("changes.html"),
              "contains": ["From 02.04.2025"], "del": ["Main Directorate for Migration Affairs"],
              "ins": ["Service for Citizenship and Registration of Foreign Citizens"], "screenshot": "amendments-417-changes" },
            { "name": "amended as of 2026-12-01", "file": december.join("changes.html"),
              "version": "Version in force from 01.01.2025, as amended by Order No. 30 of 01.12.2024",
              "notice": "Adopted, not yet in force: Order No. 40 of 20.11.2026 changes this regulation from 01.03.2027.",
              "del": ["eighteen", "Two"], "ins": ["sixteen", "Three"], "screenshot": "amendments-changes" },
            { "name": "amended as of 2026-12-01, full text", "file": december.join("regulation.html"),
              "follow": "to be changed by Order No. 40", "screenshot": "amendments-regulation" },
            { "name": "amended, latest", "file": latest.join("changes.html"),
              "version": "Version in force from 01.03.2027, as amended by Order No. 40 of 20.11.2026",
              "absent": ["Adopted, not yet in force"] },
        ],
    });
    let (ok, stdout, stderr) = run_script("amendments.mjs", &config, d);
    assert!(
        ok && stdout.contains(" passed, 0 failed"),
        "the browser tests failed:\n{stdout}\n{stderr}"
    );
    // The Nu Html Checker on the pages of "What changed" and a page with notes.
    let output = Command::new("java")
        .arg("-jar")
        .arg(vnu_jar())
        .args(["--errors-only", "--format", "text"])
        .args([
            april.join("changes.html"),
            april.join("index.html"),
            december.join("changes.html"),
            december.join("regulation.html"),
            december.join("documents.html"),
            latest.join("changes.html"),
        ])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "the Nu Html Checker found errors:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
