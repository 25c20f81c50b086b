//! The language server's view of the sources: the editor's unsaved
//! buffers over the files on disk, checked together by the same analysis
//! that `reglament check` runs (`project::Analysis`, kept between
//! keystrokes so that unchanged files are not parsed or checked again),
//! and an index of each file for the editor features.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::index::FileIndex;
use super::text::LineIndex;
use crate::diagnostics::Problem;
use crate::load::normalize;
use crate::project::Analysis;
use crate::source::{FileIdentity, FileSystem, RealFileSystem, Sources, Stamp};

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

    fn stamp(&self, path: &Path) -> Option<Stamp> {
        match self.open.get(&normalize(path)) {
            // A buffer has no stamp: its text is compared instead.
            Some(_) => None,
            None => self.base.stamp(path),
        }
    }

    /// A buffer stands for the file on disk at its path, if there is one.
    fn identity(&self, path: &Path) -> Option<FileIdentity> {
        self.base.identity(path)
    }
}

/// One file as last indexed: the text the index was made from.
pub struct Indexed {
    /// The text.
    pub text: String,
    /// Its lines.
    pub lines: LineIndex,
    /// What is in it (made by the analysis from its parse of the text).
    pub index: Arc<FileIndex>,
}

/// Everything the features look at.
pub struct World {
    /// The open buffers.
    pub open: BTreeMap<PathBuf, String>,
    /// Every file read by the last check, with its index in `sources`.
    pub read: BTreeMap<PathBuf, u32>,
    /// The last index of every file that parsed (kept while a file has a
    /// syntax error, so the other files still find its ids).
    pub indexed: BTreeMap<PathBuf, Indexed>,
    /// The last check's problems, with the files they point into.
    pub problems: Vec<Problem>,
    /// The files of the last check, for the problems' spans.
    pub sources: Sources,
    /// The analysis, kept between keystrokes.
    pub analysis: Analysis,
}

impl Default for World {
    fn default() -> Self {
        Self {
            open: BTreeMap::new(),
            read: BTreeMap::new(),
            indexed: BTreeMap::new(),
            problems: Vec::new(),
            sources: Sources::default(),
            // The index of each file is made from the analysis's own parse.
            analysis: Analysis::with_also(FileIndex::product),
        }
    }
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
        let project = loop {
            match self.analysis.check_files(&overlay, &files) {
                Ok(project) => break project,
                Err((bad, _)) => {
                    let before = files.len();
                    files.retain(|f| *f != bad);
                    if files.len() == before {
                        return;
                    }
                }
            }
        };
        // A file included by two main files is checked with each: say its
        // problems once.
        self.problems.clear();
        for p in project.problems() {
            if !self.problems.contains(&p) {
                self.problems.push(p);
            }
        }
        let mut read = BTreeMap::new();
        for (id, f) in (0u32..).zip(project.sources.files()) {
            let path = normalize(Path::new(&f.path));
            if self.indexed.get(&path).is_none_or(|i| i.text != f.text) {
                let index = self.analysis.product(&path).cloned();
                if let Some(index) = index.and_then(|i| i.downcast::<FileIndex>().ok()) {
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
            read.insert(path, id);
        }
        self.read = read;
        self.sources = project.sources;
    }

    /// The current text of a file.
    pub fn text(&self, path: &Path) -> Option<&str> {
        self.open.get(path).map(String::as_str).or_else(|| {
            let id = self.read.get(path)?;
            Some(self.sources.get(*id)?.text.as_str())
        })
    }

    /// The index of a file, if it was made from its current text.
    pub fn fresh(&self, path: &Path) -> Option<&Indexed> {
        let text = self.text(path)?;
        self.indexed.get(path).filter(|i| i.text == text)
    }
}
