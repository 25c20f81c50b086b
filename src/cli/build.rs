//! `reglament build`: compile the regulations into `out/`.

use std::path::PathBuf;

use reglament::build::{Target, build, build_shared};
use reglament::output::{MemoryWriter, commit};

use super::MessageFormat;
use super::common::{FAILED, OK, counts, load, report, usage_error};

/// Arguments of `build`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to build (repeatable); `all` builds every target.
    #[arg(long = "target", value_name = "TARGET", default_value = "all")]
    targets: Vec<TargetArg>,
    /// Where outputs go.
    #[arg(long, default_value = "out")]
    out: PathBuf,
    /// Regulation files or directories (default: everything under `regulations/`).
    paths: Vec<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum TargetArg {
    /// The model as JSON, with its JSON Schema.
    Json,
    /// Every target.
    All,
}

pub fn run(args: &Args, format: MessageFormat) -> u8 {
    let mut targets: Vec<Target> = Vec::new();
    for t in &args.targets {
        match t {
            TargetArg::Json => targets.push(Target::Json),
            TargetArg::All => targets.extend_from_slice(Target::ALL),
        }
    }
    targets.sort();
    targets.dedup();
    let loaded = match load(&args.paths) {
        Ok(l) => l,
        Err(e) => return usage_error(&e),
    };
    let problems = loaded.problems();
    report(&problems, &loaded.sources, format);
    if loaded.has_errors() {
        if format == MessageFormat::Human {
            eprintln!(
                "build stopped: {}; `{}` was not changed",
                counts(&problems),
                args.out.display()
            );
        }
        return FAILED;
    }
    // Everything is rendered in memory first, so a failure cannot leave
    // `out/` half-written.
    let mut files = MemoryWriter::default();
    let mut built = Vec::new();
    for (_, checked) in &loaded.units {
        if let Some(reg) = &checked.regulation {
            if let Err(e) = build(reg, &targets, &mut files) {
                return usage_error(&format!("building `{}` failed: {e}", reg.id));
            }
            built.push(reg.id.clone());
        }
    }
    if let Err(e) = build_shared(&targets, &mut files) {
        return usage_error(&format!("building failed: {e}"));
    }
    // Only a build of everything may remove outputs it did not produce.
    let prune = args.paths.is_empty();
    if let Err(e) = commit(&args.out, &files.files, prune) {
        return usage_error(&format!("cannot write to `{}`: {e}", args.out.display()));
    }
    if format == MessageFormat::Human {
        eprintln!(
            "built {} into `{}` ({} files; {})",
            if built.is_empty() {
                "nothing".to_owned()
            } else {
                built.join(", ")
            },
            args.out.display(),
            files.files.len(),
            counts(&problems)
        );
    }
    OK
}
