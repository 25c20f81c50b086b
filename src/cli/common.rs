//! What the commands share: finding files, checking them, printing problems.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use reglament::diagnostics::Problem;
use reglament::load::{io_reason, normalize, rgl_files_under};
use reglament::project::{Analysis, Project};
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

/// The status when standard output or error is a pipe whose reader has
/// gone: what a shell reports for a program stopped by SIGPIPE (128 + 13),
/// as `cat` and `grep` end in `... | head`.
pub const PIPE_CLOSED: i32 = 141;

/// Writes to standard output, for `print!` and `println!`.
pub fn write_out(args: std::fmt::Arguments<'_>) {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_fmt(args).and_then(|()| out.flush()) {
        write_failed(&e, "standard output");
    }
}

/// Writes to standard error, for `eprint!` and `eprintln!`.
pub fn write_err(args: std::fmt::Arguments<'_>) {
    use std::io::Write as _;
    if let Err(e) = std::io::stderr().lock().write_fmt(args) {
        write_failed(&e, "standard error");
    }
}

/// Output cannot be written: nobody reads it any more, so the program ends
/// quietly with [`PIPE_CLOSED`]; or it failed otherwise (a full disk), so
/// the program ends as for an I/O error, saying so where it still can.
fn write_failed(e: &std::io::Error, stream: &str) -> ! {
    use std::io::Write as _;
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(PIPE_CLOSED);
    }
    let _ = writeln!(std::io::stderr(), "error: cannot write to {stream}: {e}");
    std::process::exit(i32::from(USAGE));
}

/// Prints an I/O or usage error and returns exit code 2.
pub fn usage_error(message: &str) -> u8 {
    eprintln!("error: {message}");
    USAGE
}

/// The `.rgl` files named by `paths` (directories are searched), sorted,
/// each file once.
pub fn rgl_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let paths: Vec<PathBuf> = if paths.is_empty() {
        vec![PathBuf::from(DEFAULT_DIR)]
    } else {
        paths.iter().map(|p| relative(p)).collect()
    };
    let mut found = Vec::new();
    for p in &paths {
        let meta = std::fs::metadata(p)
            .map_err(|e| format!("cannot read `{}`: {}", display_path(p), io_reason(&e)))?;
        if meta.is_dir() {
            found
                .extend(rgl_files_under(p).map_err(|e| {
                    format!("cannot read `{}`: {}", display_path(p), io_reason(&e))
                })?);
        } else {
            found.push(normalize(p));
        }
    }
    found.sort();
    // One file reached by two paths (a link to it, a directory named twice)
    // is one regulation, under the first of its paths.
    let mut seen = BTreeSet::new();
    let out: Vec<PathBuf> = found
        .into_iter()
        .filter(|p| seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())))
        .collect();
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

/// `path` relative to the working directory when it is inside it, so that
/// outputs record the same paths however the files were named
/// (`regulations`, `./regulations`, `/home/me/project/regulations`).
fn relative(path: &Path) -> PathBuf {
    let path = normalize(path);
    if path.as_os_str().is_empty() {
        return PathBuf::from(".");
    }
    if !path.is_absolute() {
        return path;
    }
    let Ok(cwd) = std::env::current_dir() else {
        return path;
    };
    match path.strip_prefix(&cwd) {
        Ok(rest) if rest.as_os_str().is_empty() => PathBuf::from("."),
        Ok(rest) => rest.to_path_buf(),
        Err(_) => path,
    }
}

/// Reads, parses and checks every main file under `paths`.
pub fn load(paths: &[PathBuf]) -> Result<Loaded, String> {
    load_with(&mut Analysis::default(), paths)
}

/// [`load`] through an analysis kept between runs (`serve`), which reads
/// and parses again only what changed.
pub fn load_with(analysis: &mut Analysis, paths: &[PathBuf]) -> Result<Loaded, String> {
    let files = rgl_files(paths)?;
    analysis
        .check_files(&RealFileSystem, &files)
        .map_err(|(f, e)| format!("cannot read `{}`: {}", display_path(&f), io_reason(&e)))
}

/// The one regulation under `path` (default: `regulations/`), checked.
/// Problems in the sources are reported (exit 1); no regulation, or
/// several, is a usage error naming them (exit 2).
pub fn one_regulation(
    path: Option<&PathBuf>,
    format: MessageFormat,
) -> Result<reglament::model::Regulation, u8> {
    let paths: Vec<PathBuf> = path.into_iter().cloned().collect();
    let loaded = load(&paths).map_err(|e| usage_error(&e))?;
    if loaded.has_errors() {
        report(&loaded.problems(), &loaded.sources, format);
        return Err(FAILED);
    }
    let regs: Vec<_> = loaded.regulations().collect();
    match regs.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(usage_error("no regulation found; name its main file")),
        _ => {
            let ids: Vec<&str> = regs.iter().map(|r| r.id.as_str()).collect();
            Err(usage_error(&format!(
                "several regulations found ({}); name the main file of one",
                ids.join(", ")
            )))
        }
    }
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

/// Reads a command-line date written YYYY-MM-DD, rejecting days that do
/// not exist: the one rule for every date `reglament` reads.
pub use reglament::interpret::parse_date;

#[cfg(test)]
mod date_tests {
    /// The digits read as they stand give the day the date parser gives,
    /// and refuse the days it refuses (and the year 0, which it takes).
    #[test]
    fn parse_date_reads_as_the_parser_does() {
        for text in ["0000-01-01", "0000-12-31"] {
            let refused = super::parse_date(text).unwrap_err();
            assert!(
                refused.contains("the year 0, which does not exist"),
                "{refused}"
            );
        }
        for text in [
            "0001-12-31",
            "2024-02-29",
            "2023-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-04-31",
            "2025-04-00",
            "9999-12-31",
            "2026-12-06",
            // Ten bytes, nine characters.
            "2025-01-\u{e9}",
        ] {
            let parsed: Option<jiff::civil::Date> = text.parse().ok();
            assert_eq!(super::parse_date(text).ok(), parsed, "{text}");
        }
    }
}
