//! `reglament build`: compile the regulations into `out/`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use reglament::backend::{Target, build_shared, build_with, site};
use reglament::load::io_reason;
use reglament::output::{MemoryWriter, Options, publish};
use reglament::source::{display_path, read_file};

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
    /// Language of the site's interface labels (the regulation's text stays
    /// in its own language).
    #[arg(long, value_enum, default_value = "en")]
    lang: site::Lang,
    /// Folder of office profiles for the site, one `.toml` file per office.
    #[arg(long, value_name = "DIR", default_value = "regulations/offices")]
    offices: PathBuf,
    /// Folder of stand plans, one `<regulation id>.toml` each: which page
    /// or office field carries each duty of the regulation's stand.
    #[arg(long, value_name = "DIR", default_value = "regulations/stands")]
    stands: PathBuf,
    /// Build every target as the regulation (and the office profiles)
    /// stood on this day (YYYY-MM-DD). Default: the latest version the
    /// sources know, with every earlier one in the model's history.
    #[arg(long = "as-of", value_name = "YYYY-MM-DD", value_parser = super::common::parse_date)]
    as_of: Option<jiff::civil::Date>,
    /// Regulation files or directories (default: everything under `regulations/`).
    paths: Vec<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum TargetArg {
    /// The model as JSON, with its JSON Schema.
    Json,
    /// The rules as a standalone Rust crate.
    Rust,
    /// Application forms and information-stand sheets as PDF.
    Forms,
    /// The information stand: static HTML, one stand per office profile.
    Site,
    /// Every target.
    All,
}

pub fn run(args: &Args, format: MessageFormat) -> u8 {
    let mut targets: Vec<Target> = Vec::new();
    for t in &args.targets {
        match t {
            TargetArg::Json => targets.push(Target::Json),
            TargetArg::Rust => targets.push(Target::Rust),
            TargetArg::Forms => targets.push(Target::Forms),
            TargetArg::Site => targets.push(Target::Site),
            TargetArg::All => targets.extend_from_slice(Target::ALL),
        }
    }
    targets.sort();
    targets.dedup();
    let mut site = match site_inputs(args, &targets) {
        Ok(s) => s,
        Err(e) => return usage_error(&e),
    };
    site.offices = site.offices.iter().map(|o| o.as_of(args.as_of)).collect();
    site.day = args.as_of;
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
    let mut warnings = Vec::new();
    for (_, checked) in &loaded.units {
        if let Some(latest) = &checked.regulation {
            let then;
            let reg = match args.as_of {
                Some(day) => match latest.at(day) {
                    Ok(r) => {
                        then = r;
                        &then
                    }
                    Err(e) => {
                        return usage_error(&format!("`{}` as of {day}: {e}", latest.id));
                    }
                },
                None => latest,
            };
            match build_with(reg, &targets, &site, &mut files) {
                Ok(w) => warnings.extend(w),
                Err(e) => return usage_error(&format!("building `{}` failed: {e}", reg.id)),
            }
            built.push(reg.id.clone());
        }
    }
    if let Err(e) = build_shared(&targets, &mut files) {
        return usage_error(&format!("building failed: {e}"));
    }
    // Only a build of everything may remove earlier outputs it did not
    // produce, and only those of the targets it built: `--target json`
    // keeps the site.
    let replaces: Vec<String> = if args.paths.is_empty() {
        targets.iter().map(|t| format!("{}/", folder(*t))).collect()
    } else {
        Vec::new()
    };
    let options = Options {
        replaces: &replaces,
        on_wait: &mut || {
            eprintln!(
                "waiting for another build of `{}` to finish",
                args.out.display()
            );
        },
    };
    match publish(&args.out, &files.files, options) {
        // What a crashed earlier build left and this one could not clear,
        // or a folder that could not be swapped whole.
        Ok(notes) => {
            for n in notes {
                eprintln!("warning: {n}");
            }
        }
        Err(e) => return usage_error(&format!("cannot write to `{}`: {e}", args.out.display())),
    }
    // Not problems of the sources: what the outputs lack, one line each.
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    if format == MessageFormat::Human {
        eprintln!(
            "built {} into `{}` ({} files; {}{})",
            if built.is_empty() {
                "nothing".to_owned()
            } else {
                built.join(", ")
            },
            args.out.display(),
            files.files.len(),
            counts(&problems),
            match warnings.len() {
                0 => String::new(),
                n => format!("; {n} on what the outputs lack, above"),
            }
        );
    }
    OK
}

/// The folder of `--out` that holds a target's files (and only its files).
fn folder(target: Target) -> &'static str {
    match target {
        Target::Json => "json",
        Target::Rust => "rust",
        Target::Forms => "forms",
        Target::Site => "site",
    }
}

/// The site's language and office profiles (read only when the site is built).
fn site_inputs(args: &Args, targets: &[Target]) -> Result<site::Inputs, String> {
    if !targets.contains(&Target::Site) {
        return Ok(site::Inputs::default());
    }
    read_site_inputs(args.lang, &args.offices, &args.stands)
}

/// The office profiles of `offices` and the stand plans of `stands`, as
/// `build` and `serve` read them; problems one per line.
pub(super) fn read_site_inputs(
    lang: site::Lang,
    offices: &Path,
    stands: &Path,
) -> Result<site::Inputs, String> {
    let files = read_toml_folder(offices)?;
    let inputs = site::Inputs::new(lang, &files).map_err(|errors| {
        errors
            .iter()
            .map(|e| format!("{}: {e}", offices.display()))
            .collect::<Vec<_>>()
            .join("\nerror: ")
    })?;
    let plans = read_toml_folder(stands)?;
    inputs
        .with_plans(&display_path(stands), &plans)
        .map_err(|errors| errors.join("\nerror: "))
}

/// The `.toml` files directly in `dir` (the only ones a profile or plan can be),
/// by name; no folder, none. Each is read as every input is, so a FIFO or
/// device among them is refused, naming it, instead of hanging the build.
fn read_toml_folder(dir: &Path) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let mut files = BTreeMap::new();
    if !dir.exists() {
        return Ok(files);
    }
    let cannot = |path: &Path, e: &std::io::Error| {
        format!("cannot read `{}`: {}", display_path(path), io_reason(e))
    };
    let entries = std::fs::read_dir(dir).map_err(|e| cannot(dir, &e))?;
    for entry in entries {
        let entry = entry.map_err(|e| cannot(dir, &e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".toml") {
            continue;
        }
        let path = entry.path();
        let bytes = read_file(&path).map_err(|e| cannot(&path, &e))?;
        files.insert(name, bytes);
    }
    Ok(files)
}
