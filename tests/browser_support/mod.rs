//! What the browser tests need from the machine (node, Debian's Chromium,
//! the npm packages of `tests/browser/`, and Java for the HTML checker),
//! and what they do when it is not there: under CI (`CI=true`) fail, since
//! `.ci/run` installs everything; elsewhere say so on the terminal, past
//! the test harness's capture, and stop.

// Each test binary uses only some of these; a test stops at the first
// surprise, and `expect` is how it says so.
#![allow(dead_code, clippy::expect_used)]

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Debian's Chromium, which playwright-core drives.
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// `tests/browser/`, where the scripts and their `node_modules` are.
pub fn browser_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

/// The Nu HTML Checker.
pub fn vnu_jar() -> PathBuf {
    browser_dir().join("node_modules/vnu-jar/build/dist/vnu.jar")
}

/// `None` when every tool is there; else what is missing, after failing
/// under CI or telling the terminal that `test` was skipped.
pub fn missing_tools(test: &str, need_java: bool) -> Option<String> {
    let runs = |cmd: &str, arg: &str| {
        Command::new(cmd)
            .arg(arg)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    let mut missing = Vec::new();
    if !runs("node", "--version") {
        missing.push("node");
    }
    if !Path::new(CHROMIUM).exists() {
        missing.push("/usr/bin/chromium (apt-get install chromium)");
    }
    if !browser_dir().join("node_modules/playwright-core").exists() {
        missing.push("playwright-core (npm ci --prefix tests/browser)");
    }
    if need_java {
        if !runs("java", "-version") {
            missing.push("java (apt-get install default-jre-headless)");
        }
        if !vnu_jar().exists() {
            missing.push("vnu-jar (npm ci --prefix tests/browser)");
        }
    }
    if missing.is_empty() {
        return None;
    }
    let message = format!("missing: {}", missing.join(", "));
    if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
        panic!("{message}");
    }
    let _ = writeln!(
        std::io::stderr(),
        "\n*** SKIPPED {test}: {message}. Run .ci/run's install steps to run it. ***\n"
    );
    Some(message)
}

/// Runs `tests/browser/<script>` with node on a JSON config written into
/// `dir`, from `tests/browser/` (where its packages are); gives whether it
/// succeeded, and its standard output and error.
pub fn run_script(script: &str, config: &serde_json::Value, dir: &Path) -> (bool, String, String) {
    let path = dir.join(format!("{script}.config.json"));
    std::fs::write(&path, config.to_string()).expect("the config is written");
    let output = Command::new("node")
        .arg(browser_dir().join(script))
        .arg(&path)
        .current_dir(browser_dir())
        .output()
        .expect("node runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}
