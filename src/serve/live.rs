//! What the open pages of the preview are told: which build they should
//! show and the problems of the sources, and a way to wait for the next
//! change (the event stream holds each request until then).

use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use serde::Serialize;

use crate::diagnostics::Problem;
use crate::source::Sources;

/// The state of the preview, as the pages receive it (JSON).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Status {
    /// Counts every change of this state; the event's id, so a page's
    /// event stream asks only for what is newer than it saw.
    pub version: u64,
    /// Counts the builds served; a page from an older build reloads. 0
    /// until the first good build.
    pub generation: u64,
    /// Problems of the sources (or of the build) while it fails: shown
    /// over the last good preview. Empty when the preview is current.
    pub problems: Vec<Item>,
    /// The day the preview shows (YYYY-MM-DD); none: the latest version.
    pub as_of: Option<String>,
}

/// One problem as the page shows it: every string is shown as text, never
/// as markup.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Item {
    /// The stable code (`R0203`); none for a problem that is not one of
    /// the sources' (an office profile that cannot be read).
    pub code: Option<String>,
    /// `error` or `warning`.
    pub severity: String,
    /// What is wrong.
    pub message: String,
    /// The file, as `check` names it.
    pub file: Option<String>,
    /// 1-based line of the main place.
    pub line: Option<u64>,
    /// 1-based column of the main place.
    pub column: Option<u64>,
    /// What to do about it.
    pub hint: Option<String>,
}

impl Item {
    /// A problem that is not one of the sources: no code, no place.
    pub fn plain(message: &str) -> Item {
        Item {
            code: None,
            severity: "error".to_owned(),
            message: message.to_owned(),
            file: None,
            line: None,
            column: None,
            hint: None,
        }
    }

    /// The problems of the sources, with their places, as `check` reports
    /// them (`--message-format json` gives the same fields).
    pub fn from_problems(problems: &[Problem], sources: &Sources) -> Vec<Item> {
        let json = crate::render::json(problems, sources);
        let list = json.as_array().cloned().unwrap_or_default();
        list.iter()
            .map(|p| {
                let text = |v: &serde_json::Value| v.as_str().map(str::to_owned);
                let place = &p["location"];
                Item {
                    code: text(&p["code"]),
                    severity: text(&p["severity"]).unwrap_or_else(|| "error".to_owned()),
                    message: text(&p["message"]).unwrap_or_default(),
                    file: text(&place["file"]),
                    line: place["line"].as_u64(),
                    column: place["column"].as_u64(),
                    hint: text(&p["help"]),
                }
            })
            .collect()
    }
}

/// The shared state and its change signal.
#[derive(Debug, Default)]
pub struct Live {
    status: Mutex<Status>,
    changed: Condvar,
}

impl Live {
    /// The state now.
    pub fn status(&self) -> Status {
        self.lock().clone()
    }

    /// Changes the state and wakes every waiting page, unless nothing
    /// changed.
    pub fn update(&self, change: impl FnOnce(&mut Status)) {
        let mut status = self.lock();
        let before = status.clone();
        change(&mut status);
        if *status != before {
            status.version = before.version + 1;
            self.changed.notify_all();
        }
    }

    /// The state once its version is not `seen` (at once when it already
    /// differs, or nothing was seen); `None` if `timeout` passes first.
    pub fn wait_newer(&self, seen: Option<u64>, timeout: Duration) -> Option<Status> {
        let status = self.lock();
        let (status, _) = self
            .changed
            .wait_timeout_while(status, timeout, |s| Some(s.version) == seen)
            .unwrap_or_else(PoisonError::into_inner);
        (Some(status.version) != seen).then(|| status.clone())
    }

    // A panic elsewhere while the lock was held leaves a state that is
    // still whole (it is replaced field by field), so it stays usable.
    fn lock(&self) -> MutexGuard<'_, Status> {
        self.status.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_wakes_a_waiter_and_no_change_does_not() {
        let live = Live::default();
        let seen = live.status().version;
        live.update(|s| s.problems.clear());
        assert_eq!(
            live.wait_newer(Some(seen), Duration::from_millis(10)),
            None,
            "nothing changed"
        );
        live.update(|s| s.generation = 1);
        let now = live.wait_newer(Some(seen), Duration::from_millis(10));
        assert_eq!(now.map(|s| (s.version, s.generation)), Some((1, 1)));
        assert!(live.wait_newer(None, Duration::ZERO).is_some());
    }
}
