//! What `decide` shows while it runs (a progress bar on a terminal) and
//! says at the end.

use std::io::{self, IsTerminal};

/// How it went.
#[derive(Default)]
pub(super) struct Summary {
    pub(super) decided: u64,
    pub(super) bad: u64,
    pub(super) overdue: Option<u64>,
    pub(super) seconds: f64,
}

impl Summary {
    pub(super) fn words(&self) -> String {
        let total = self.decided + self.bad;
        let rate = if self.seconds > 0.0 {
            format!(", {:.0} records per second", total as f64 / self.seconds)
        } else {
            String::new()
        };
        let overdue = self
            .overdue
            .map(|n| format!("; {n} overdue"))
            .unwrap_or_default();
        format!(
            "decided {} of {total} records ({} bad){overdue} in {:.2} s{rate}",
            self.decided, self.bad, self.seconds
        )
    }
}

/// The run's progress bar, for a run that ends before its end: the exit
/// on a closed pipe ([`clear_progress`]) takes it off the terminal first,
/// where it was left drawn over the shell's prompt.
static BAR: std::sync::OnceLock<indicatif::ProgressBar> = std::sync::OnceLock::new();

/// Takes the progress bar off the terminal, if one is drawn.
pub(super) fn clear_progress() {
    if let Some(bar) = BAR.get() {
        bar.finish_and_clear();
    }
}

/// A progress bar on standard error when it is a terminal, else nothing.
pub(super) fn progress_bar(size: Option<u64>) -> indicatif::ProgressBar {
    let bar = drawn_bar(size);
    let _ = BAR.set(bar.clone());
    bar
}

fn drawn_bar(size: Option<u64>) -> indicatif::ProgressBar {
    if !io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = match size {
        Some(size) => indicatif::ProgressBar::new(size).with_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {bytes_per_sec}, {eta} left",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        ),
        None => indicatif::ProgressBar::new_spinner(),
    };
    bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
    bar
}
