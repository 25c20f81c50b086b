//! The language server's view of the sources: the editor's unsaved
//! buffers over the files on disk, checked together by the same
//! `project::check_files` that `reglament check` runs, and an index of each
//! file for the editor features.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use super::index::FileIndex;
use super::text::LineIndex;
use crate::diagnostics::Problem;
use crate::load::normalize;
use crate::project::check_files;
use crate::source::{FileSystem, RealFileSystem, Sources};

/// Open buffers first, then the disk: how the editor's unsaved text is checked.
pub struct Overlay<'a> {
    /// Where files not open come from.
    pub base: &'a dyn FileSystem,
    /// The open buffers, by normalized path.
    pub open: &'a BTreeMap<PathBuf, String>,
}

impl FileSystem for Overlay<'_> {
    fn read_to_string(&self, path: &Path) -> io::Result<String> {
        match self.open.get(&normalize(path)) {
            Some(text) => Ok(text.clone()),
            None => self.base.read_to_string(path),
        }
    }
}

/// One file as last indexed: the text the index was made from.
pub struct Indexed {
    /// The text.
    pub text: String,
    /// Its lines.
    pub lines: LineIndex,
    /// What is in it.
    pub index: FileIndex,
}

/// Everything the features look at.
#[derive(Default)]
pub struct World {
    /// The open buffers.
    pub open: BTreeMap<PathBuf, String>,
    /// The current text of every file read by the last check.
    pub texts: BTreeMap<PathBuf, String>,
    /// The last index of every file that parsed (kept while a file has a
    /// syntax error, so the other files still find its ids).
    pub indexed: BTreeMap<PathBuf, Indexed>,
    /// The last check's problems, with the files they point into.
    pub problems: Vec<Problem>,
    /// The files of the last check, for the problems' spans.
    pub sources: Sources,
}

impl World {
    /// Checks the workspace and the open buffers again and re-indexes every
    /// file whose text changed.
    pub fn analyse(&mut self) {
        // The open files and the `.rgl` files beside them, so that a file
        // included by another is checked as part of it.
        let mut files: Vec<PathBuf> = self.open.keys().cloned().collect();
        for dir in self.open.keys().filter_map(|p| p.parent()) {
            if let Ok(entries) = std::fs::read_dir(dir) {
                files.extend(
                    entries
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.extension().is_some_and(|e| e == "rgl"))
                        .map(|p| normalize(&p)),
                );
            }
        }
        files.sort();
        files.dedup();
        let overlay = Overlay {
            base: &RealFileSystem,
            open: &self.open,
        };
        // A file that cannot be read is left out rather than failing all.
        files.retain(|f| overlay.read_to_string(f).is_ok());
        let Ok(project) = check_files(&overlay, &files) else {
            return;
        };
        // A file included by two main files is checked with each: say its
        // problems once.
        self.problems.clear();
        for p in project.problems() {
            if !self.problems.contains(&p) {
                self.problems.push(p);
            }
        }
        let mut texts = BTreeMap::new();
        for f in project.sources.files() {
            let path = normalize(Path::new(&f.path));
            if self.indexed.get(&path).is_none_or(|i| i.text != f.text) {
                if let Some(index) = FileIndex::new(&f.text) {
                    self.indexed.insert(
                        path.clone(),
                        Indexed {
                            text: f.text.clone(),
                            lines: LineIndex::new(&f.text),
                            index,
                        },
                    );
                }
            }
            texts.insert(path, f.text.clone());
        }
        self.texts = texts;
        self.sources = project.sources;
    }

    /// The current text of a file.
    pub fn text(&self, path: &Path) -> Option<&str> {
        self.open
            .get(path)
            .or_else(|| self.texts.get(path))
            .map(String::as_str)
    }

    /// The index of a file, if it was made from its current text.
    pub fn fresh(&self, path: &Path) -> Option<&Indexed> {
        let text = self.text(path)?;
        self.indexed.get(path).filter(|i| i.text == text)
    }
}
