//! The synthetic second regulation (`tests/fixtures/second/`, invented for
//! the tests, not law) with its own synthetic office goes through every
//! command a ministry's author would run: `check`, `test`, `fmt --check`
//! and `build --target all`, which writes the model, the rules crate, the
//! stand sheets and the stand. Its crate is built, linted and compared
//! with the interpreter in `tests/rust_crate/second.rs`; its stand is
//! loaded in a browser, with axe and the Nu Html Checker, by
//! `tests/site_browser.rs`.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use assert_cmd::Command;

const SOURCE: &str = "tests/fixtures/second/second.rgl";
const OFFICES: &str = "tests/fixtures/second/offices";

fn reglament() -> Command {
    let mut cmd = Command::cargo_bin("reglament").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_second_regulation_checks_tests_and_is_formatted() {
    reglament().args(["check", SOURCE]).assert().success();
    reglament().args(["test", SOURCE]).assert().success();
    reglament()
        .args(["fmt", "--check", SOURCE])
        .assert()
        .success();
}

#[test]
fn the_second_regulation_builds_every_target_with_its_own_office() {
    let out = tempfile::tempdir().unwrap();
    let assert = reglament()
        .args(["build", "--target", "all", "--offices", OFFICES, "--out"])
        .arg(out.path())
        .arg(SOURCE)
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    // Every field of the office is given and the regulation has no
    // publication duties: the outputs lack nothing.
    assert!(stderr.contains("0 errors, 0 warnings)"), "{stderr}");
    assert!(!stderr.contains("warning:"), "{stderr}");
    let out = out.path();
    let model = read(&out.join("json/second_synthetic.json"));
    assert!(model.contains("\"notify_after_arrival\""));
    let krate = read(&out.join("rust/second_synthetic/src/terms.rs"));
    assert!(krate.contains("pub enum Limit"), "the crate has the limits");
    assert!(krate.contains("Length::Minutes(10)"));
    for sheet in ["applicants", "documents", "terms", "poster"] {
        let pdf = out.join(format!("forms/second_synthetic/stand/{sheet}.pdf"));
        assert!(
            std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"),
            "{sheet}"
        );
    }
    // The stand is the office's: its name, address and site, and the
    // limits on the terms page, each counted from its own event.
    let stand = out.join("site/second_synthetic/arrival-desk");
    let information = read(&stand.join("information.html"));
    assert!(information.contains("Arrival Notification Desk (synthetic test office)"));
    assert!(information.contains("1 Example Street, Testville"));
    assert!(information.contains("https://stand.example.org/arrival-desk/"));
    let terms = read(&stand.join("terms.html"));
    assert!(
        terms.contains("10 minutes"),
        "the limit in minutes is stated"
    );
    assert!(terms.contains("7 working days"));
    // The documents page states the certificate's validity window; the
    // self-check asks the arrival date (a term runs from it) in the
    // event's own words, but not the acceptance's (it has its own field).
    let documents = read(&stand.join("documents.html"));
    assert!(
        documents.contains(
            "Valid only if certificate issued is on or after 3 months before application filed."
        ),
        "{documents}"
    );
    let check = read(&stand.join("self-check.html"));
    assert!(
        check.contains("Date of this event: <span>The day the foreign citizen arrives at the place of stay</span>"),
        "{check}"
    );
    assert!(check.contains("id=\"f-arrival\""), "{check}");
    assert!(!check.contains("id=\"f-application_filed\""), "{check}");
    // A limit counts from no question: the phone call's moment is not asked.
    assert!(!check.contains("id=\"f-call_started\""), "{check}");
}
