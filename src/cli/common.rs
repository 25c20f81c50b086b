//! What the commands share: finding files, checking them, printing problems.

use std::path::{Path, PathBuf};

use reglament::diagnostics::Problem;
use reglament::load::io_reason;
use reglament::project::{Project, check_files};
use reglament::render;
use reglament::source::{RealFileSystem, Sources, display_path};

use super::MessageFormat;

/// Success.
pub const OK: u8 = 0;
/// The sources have errors, or examples fail.
pub const FAILED: u8 = 1;
/// Usage or I/O error.
pub const USAGE: u8 = 2;

/// Where regulations live when no path is given.
pub const DEFAULT_DIR: &str = "regulations";

/// Every main file under `paths`, checked.
pub type Loaded = Project;

/// Prints an I/O or usage error and returns exit code 2.
pub fn usage_error(message: &str) -> u8 {
    eprintln!("error: {message}");
    USAGE
}

/// The `.rgl` files named by `paths` (directories are searched), sorted.
pub fn rgl_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let paths: Vec<PathBuf> = if paths.is_empty() {
        vec![PathBuf::from(DEFAULT_DIR)]
    } else {
        paths.to_vec()
    };
    let mut out = Vec::new();
    for p in &paths {
        let meta = std::fs::metadata(p)
            .map_err(|e| format!("cannot read `{}`: {}", display_path(p), io_reason(&e)))?;
        if meta.is_dir() {
            walk(p, &mut out)
                .map_err(|e| format!("cannot read `{}`: {}", display_path(p), io_reason(&e)))?;
        } else {
            out.push(p.clone());
        }
    }
    out.sort();
    out.dedup();
    if out.is_empty() {
        return Err(format!(
            "no .rgl files under {}",
            paths
                .iter()
                .map(|p| display_path(p))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "rgl") {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads, parses and checks every main file under `paths`.
pub fn load(paths: &[PathBuf]) -> Result<Loaded, String> {
    let files = rgl_files(paths)?;
    check_files(&RealFileSystem, &files)
        .map_err(|(f, e)| format!("cannot read `{}`: {}", display_path(&f), io_reason(&e)))
}

/// Prints problems in the chosen format.
pub fn report(problems: &[Problem], sources: &Sources, format: MessageFormat) {
    match format {
        MessageFormat::Human => {
            let text = render::human(problems, sources, render::style_for_stderr());
            if !text.is_empty() {
                eprint!("{text}");
            }
        }
        MessageFormat::Json => {
            let v = serde_json::json!({
                "problems": render::json(problems, sources),
                "errors": problems.iter().filter(|p| p.is_error()).count(),
                "warnings": problems.iter().filter(|p| !p.is_error()).count(),
            });
            println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
        }
    }
}

/// "2 errors, 1 warning".
pub fn counts(problems: &[Problem]) -> String {
    let errors = problems.iter().filter(|p| p.is_error()).count();
    let warnings = problems.len() - errors;
    let plural = |n: usize, w: &str| {
        if n == 1 {
            format!("1 {w}")
        } else {
            format!("{n} {w}s")
        }
    };
    format!(
        "{}, {}",
        plural(errors, "error"),
        plural(warnings, "warning")
    )
}

/// Reads a command-line date written YYYY-MM-DD, rejecting days that do not exist.
pub fn parse_date(text: &str) -> Result<jiff::civil::Date, String> {
    let well_formed = text.len() == 10
        && text.chars().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !well_formed {
        return Err(format!("`{text}` is not a date written YYYY-MM-DD"));
    }
    text.parse()
        .map_err(|_| format!("{text} is not a date in the calendar"))
}
