//! Command-line interface: one module per command.
//!
//! Exit codes: 0 success; 1 the sources have errors or examples fail;
//! 2 usage or I/O errors (a missing file, unreadable facts).

mod build;
mod check;
mod common;
mod deadline;
mod explain;
mod fill;
mod fmt;
mod lsp;
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
    /// Count a term from an acceptance date by the production calendar.
    Deadline(deadline::Args),
    /// Fill in an application form from an applicant's data, as PDF.
    Fill(fill::Args),
    /// Rewrite sources in the canonical layout (`--check`: only list the files it would change).
    Fmt(fmt::Args),
    /// Run the language server on standard input and output (for editors).
    Lsp(lsp::Args),
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
        Command::Fill(args) => fill::run(&args, cli.message_format),
        Command::Fmt(args) => fmt::run(&args, cli.message_format),
        Command::Lsp(args) => lsp::run(&args, cli.message_format),
    };
    ExitCode::from(code)
}
