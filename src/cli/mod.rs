//! Command-line interface: one module per command.
//!
//! Exit codes: 0 success; 1 the sources have errors or examples fail;
//! 2 usage or I/O errors (a missing file, unreadable facts).

// Standard output or error may be a pipe whose reader has gone
// (`reglament check | head -1`); std's print macros panic then. These write
// the same text and, when the reader is gone, end the program quietly (see
// `common::write_failed`). Defined before the command modules, they replace
// std's macros in all of them.
macro_rules! print {
    ($($arg:tt)*) => { $crate::cli::common::write_out(format_args!($($arg)*)) };
}
macro_rules! println {
    () => { $crate::cli::common::write_out(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::cli::common::write_out(format_args!("{}\n", format_args!($($arg)*))) };
}
macro_rules! eprint {
    ($($arg:tt)*) => { $crate::cli::common::write_err(format_args!($($arg)*)) };
}
macro_rules! eprintln {
    () => { $crate::cli::common::write_err(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::cli::common::write_err(format_args!("{}\n", format_args!($($arg)*))) };
}

mod build;
mod check;
mod common;
mod deadline;
mod decide;
mod diff;
mod explain;
mod fill;
mod fmt;
mod lsp;
mod serve;
mod test;

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// reglament: regulations written once, checked, and compiled into rules,
/// information-stand content and forms.
#[derive(Debug, Parser)]
#[command(name = "reglament", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// How diagnostics are printed: `human` (graphical on a terminal, plain
    /// text otherwise or with NO_COLOR set) or `json` (on standard output).
    #[arg(long, global = true, value_enum, default_value_t = MessageFormat::Human)]
    message_format: MessageFormat,

    #[command(subcommand)]
    command: Command,
}

/// Diagnostic output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum MessageFormat {
    /// For people.
    Human,
    /// For tools.
    Json,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check regulation sources and report every problem found.
    Check(check::Args),
    /// Build outputs (the model as JSON, ...) into `out/`.
    Build(build::Args),
    /// Explain what the regulation says for an applicant's facts.
    Explain(explain::Args),
    /// Run the examples kept in the regulation sources.
    Test(test::Args),
    /// Count a term from an acceptance date (or another event's) by the production calendar.
    Deadline(deadline::Args),
    /// Decide many applications at once (JSON Lines or CSV in and out).
    Decide(decide::Args),
    /// Fill in an application form from an applicant's data, as PDF.
    Fill(fill::Args),
    /// Rewrite sources in the canonical layout (`--check`: list the files it would change; `--diff`: show how).
    Fmt(fmt::Args),
    /// What changed between two days of a regulation, or two source trees.
    Diff(diff::Args),
    /// Run the language server on standard input and output (for editors).
    Lsp(lsp::Args),
    /// Preview the information stand in a browser, rebuilt on every save.
    Serve(serve::Args),
}

/// Parses the command line and runs the command.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let code = match cli.command {
        Command::Check(args) => check::run(&args, cli.message_format),
        Command::Build(args) => build::run(&args, cli.message_format),
        Command::Explain(args) => explain::run(&args, cli.message_format),
        Command::Test(args) => test::run(&args, cli.message_format),
        Command::Deadline(args) => deadline::run(&args, cli.message_format),
        Command::Decide(args) => decide::run(&args, cli.message_format),
        Command::Fill(args) => fill::run(&args, cli.message_format),
        Command::Fmt(args) => fmt::run(&args, cli.message_format),
        Command::Diff(args) => diff::run(&args, cli.message_format),
        Command::Lsp(args) => lsp::run(&args, cli.message_format),
        Command::Serve(args) => serve::run(&args, cli.message_format),
    };
    ExitCode::from(code)
}
