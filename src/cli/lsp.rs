//! `reglament lsp`: the language server, for editors.

use super::MessageFormat;
use super::common::{OK, USAGE};

/// Arguments of `lsp`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Accepted for editors that pass it; standard input and output are the only transport.
    #[arg(long)]
    stdio: bool,
}

pub fn run(_args: &Args, _format: MessageFormat) -> u8 {
    match reglament::lsp::run_stdio() {
        Ok(()) => OK,
        Err(e) => {
            eprintln!("error: {e}");
            USAGE
        }
    }
}
