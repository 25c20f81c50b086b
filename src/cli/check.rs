//! `reglament check`: report every problem in the sources.

use std::path::PathBuf;

use super::MessageFormat;
use super::common::{FAILED, OK, counts, load, report, usage_error};

/// Arguments of `check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories to check (default: everything under `regulations/`).
    paths: Vec<PathBuf>,
}

pub fn run(args: &Args, format: MessageFormat) -> u8 {
    let loaded = match load(&args.paths) {
        Ok(l) => l,
        Err(e) => return usage_error(&e),
    };
    let problems = loaded.problems();
    report(&problems, &loaded.sources, format);
    if format == MessageFormat::Human {
        let files = loaded.sources.files().len();
        eprintln!(
            "checked {files} file{}: {}",
            if files == 1 { "" } else { "s" },
            counts(&problems)
        );
    }
    if loaded.has_errors() { FAILED } else { OK }
}
