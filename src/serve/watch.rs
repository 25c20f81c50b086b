//! Which files the preview watches: the folders of the sources named on
//! the command line (with their subfolders, for new files), the folder of
//! every file they include (an include may live elsewhere), and the folder
//! of office profiles. Folders, not files: editors save by writing a new
//! file and renaming it over the old one, which a watch on the old file
//! would miss.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

/// How long the files must be quiet before a rebuild: one save is often
/// several events (write, rename, attributes), and an editor saving
/// several files saves them within a few milliseconds.
pub const QUIET: Duration = Duration::from_millis(40);

/// The watches, and the folders they cover.
pub struct Watch {
    debouncer: Debouncer<RecommendedWatcher>,
    watched: BTreeSet<(PathBuf, bool)>,
}

impl Watch {
    /// Starts watching nothing yet; `on_change` gets the changed files
    /// that matter (see [`relevant`]) after each quiet spell.
    pub fn new(mut on_change: impl FnMut(Vec<PathBuf>) + Send + 'static) -> Result<Watch, String> {
        let debouncer = new_debouncer(QUIET, move |result: DebounceEventResult| {
            // A watcher error (a folder removed) leaves the other watches
            // working; the next save still rebuilds.
            if let Ok(events) = result {
                let paths: Vec<PathBuf> = events
                    .into_iter()
                    .map(|e| e.path)
                    .filter(|p| relevant(p))
                    .collect();
                if !paths.is_empty() {
                    on_change(paths);
                }
            }
        })
        .map_err(|e| format!("cannot watch files: {e}"))?;
        Ok(Watch {
            debouncer,
            watched: BTreeSet::new(),
        })
    }

    /// Watches `dir` (with its subfolders when `recursive`), once; a folder
    /// that does not exist is skipped.
    pub fn add(&mut self, dir: &Path, recursive: bool) -> Result<(), String> {
        let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        if !dir.is_dir() || self.watched.contains(&(dir.clone(), recursive)) {
            return Ok(());
        }
        let mode = if recursive {
            RecursiveMode::Recursive
        } else {
            RecursiveMode::NonRecursive
        };
        self.debouncer
            .watcher()
            .watch(&dir, mode)
            .map_err(|e| format!("cannot watch `{}`: {e}", dir.display()))?;
        self.watched.insert((dir, recursive));
        Ok(())
    }

    /// Watches the folder of `file`.
    pub fn add_file(&mut self, file: &Path) -> Result<(), String> {
        match file.parent() {
            Some(p) if p.as_os_str().is_empty() => self.add(Path::new("."), false),
            Some(p) => self.add(p, false),
            None => Ok(()),
        }
    }
}

/// Whether a change of `path` can change the preview: a source (`.rgl`)
/// or an office profile (`.toml`), not an editor's swap, backup or lock
/// file (`.x.rgl.swp`, `x.rgl~`, Emacs' `.#x.rgl`).
pub fn relevant(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    !name.starts_with('.') && (name.ends_with(".rgl") || name.ends_with(".toml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_sources_and_profiles_matter() {
        for yes in ["a/b.rgl", "offices/x.toml"] {
            assert!(relevant(Path::new(yes)), "{yes}");
        }
        for no in [
            "a/.b.rgl.swp",
            "a/b.rgl~",
            "a/.#b.rgl",
            "a/4913",
            "a/b.html",
        ] {
            assert!(!relevant(Path::new(no)), "{no}");
        }
    }
}
