//! Where the decisions go: standard output, or the file `-o` names,
//! written as [`Destination`] writes (whole, beside the file, put in place
//! at the end; a device such as `/dev/null` straight), and what is left
//! when the run cannot finish: a closed pipe ends it quietly, Ctrl-C or
//! SIGTERM take the temporary file away, and the old file stays.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use reglament::diagnostics::messages::decide as messages;
use reglament::output::{Destination, is_same_file};

use super::super::common::PIPE_CLOSED;

/// The status of a run stopped by a signal it handled (128 + SIGINT), as
/// a shell reports a program Ctrl-C stopped.
const INTERRUPTED: i32 = 130;

/// What the signal handler finds: the run has not started writing (it may
/// just end), is writing into a temporary file (which it removes first),
/// or is putting the file in place (which it lets finish).
enum Stage {
    Starting,
    Writing(PathBuf),
    Finishing,
}

static STAGE: Mutex<Stage> = Mutex::new(Stage::Starting);

/// Where the decisions go.
pub(super) enum Output {
    Stdout(io::Stdout),
    File(Destination),
}

impl Output {
    /// Standard output, or the file at `path`, which must not be the
    /// applications themselves (`input`, unless they come from standard
    /// input).
    pub(super) fn open(path: Option<&Path>, input: &Path, stdin: bool) -> Result<Self, String> {
        let Some(path) = path else {
            return Ok(Output::Stdout(io::stdout()));
        };
        if !stdin && is_same_file(path, input) {
            return Err(messages::output_is_input(path));
        }
        // Set before the temporary file exists, so that no signal finds it
        // there unhandled.
        let _ = ctrlc::set_handler(stopped);
        let destination = Destination::open(path)
            .map_err(|e| messages::cannot_write_output(path, &reglament::load::io_reason(&e)))?;
        if let (Some(tmp), Ok(mut stage)) = (destination.temporary(), STAGE.lock()) {
            *stage = Stage::Writing(tmp.to_path_buf());
        }
        Ok(Output::File(destination))
    }

    /// Whether the decisions go into a file written beside the one `-o`
    /// names and put in place only at the end (not a device, nor
    /// standard output): the file is as it was if the run stops.
    pub(super) fn staged(&self) -> bool {
        matches!(self, Output::File(Destination::Staged(_)))
    }

    /// Puts the decisions in place; a signal from here on waits for it.
    pub(super) fn finish(self) -> io::Result<()> {
        match self {
            Output::Stdout(mut out) => out.flush(),
            Output::File(destination) => {
                let mut stage = STAGE.lock().map_err(|_| io::Error::other("poisoned"))?;
                *stage = Stage::Finishing;
                destination.finish()
            }
        }
    }
}

/// Ctrl-C or SIGTERM: a run writing a file removes its temporary file and
/// ends, leaving the old file as it was; a run putting it in place
/// finishes first.
fn stopped() {
    let Ok(mut stage) = STAGE.lock() else {
        std::process::exit(INTERRUPTED);
    };
    match std::mem::replace(&mut *stage, Stage::Starting) {
        Stage::Finishing => *stage = Stage::Finishing,
        Stage::Writing(tmp) => {
            let _ = std::fs::remove_file(tmp);
            eprintln!("stopped: no decisions were written, the output file is as it was");
            std::process::exit(INTERRUPTED);
        }
        Stage::Starting => std::process::exit(INTERRUPTED),
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Stdout(out) => out.write(buf),
            Output::File(file) => file.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Stdout(out) => out.flush(),
            Output::File(file) => file.flush(),
        }
    }
}

/// The decisions cannot be written. When nobody reads them any more
/// (`decide ... | head`), the program ends quietly with
/// [`PIPE_CLOSED`], as `explain` does; else the reason, for an exit 2.
pub(super) fn write_failed(e: io::Error) -> String {
    if e.kind() == io::ErrorKind::BrokenPipe {
        super::summary::clear_progress();
        std::process::exit(PIPE_CLOSED);
    }
    messages::cannot_write_decisions(&e)
}
