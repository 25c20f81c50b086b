//! `reglament test`: run the examples kept in the sources.

use std::path::PathBuf;

use reglament::interpret::run_examples;

use super::MessageFormat;
use super::common::{FAILED, OK, load, report, usage_error};

/// Arguments of `test`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories (default: everything under `regulations/`).
    paths: Vec<PathBuf>,
}

pub fn run(args: &Args, format: MessageFormat) -> u8 {
    let loaded = match load(&args.paths) {
        Ok(l) => l,
        Err(e) => return usage_error(&e),
    };
    if loaded.has_errors() {
        report(&loaded.problems(), &loaded.sources, format);
        return FAILED;
    }
    let mut failures = Vec::new();
    let (mut passed, mut failed) = (0, 0);
    for (_, checked) in &loaded.units {
        let Some(reg) = &checked.regulation else {
            continue;
        };
        for outcome in run_examples(reg) {
            if outcome.failures.is_empty() {
                passed += 1;
                if format == MessageFormat::Human {
                    eprintln!("ok     {} / {}", reg.id, outcome.id);
                }
            } else {
                failed += 1;
                if format == MessageFormat::Human {
                    eprintln!("FAILED {} / {}", reg.id, outcome.id);
                }
                failures.extend(outcome.failures);
            }
        }
    }
    report(&failures, &loaded.sources, format);
    if format == MessageFormat::Human {
        eprintln!("{passed} passed, {failed} failed");
    }
    if failed > 0 { FAILED } else { OK }
}
