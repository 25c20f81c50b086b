//! Checking a set of files: find the main files among them, load each with
//! its includes, and check it. What `check`, `build`, `test` and the tests share.
//!
//! The one analysis behind `check`, `serve` and `lsp` is [`Analysis`]: run
//! again after an edit, it reuses what the edit did not touch. `check`
//! runs it once, from nothing ([`check_files`]).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::check::{Checked, check};
use crate::diagnostics::{self, Problem};
use crate::load::{Also, ParseCache, Workspace};
use crate::model::Regulation;
use crate::source::{FileSystem, Sources};

/// Every main file among some paths, checked.
pub struct Project {
    /// All files read.
    pub sources: Sources,
    /// Each main file with its outcome.
    pub units: Vec<(PathBuf, Checked)>,
}

impl Project {
    /// Every problem of every main file.
    pub fn problems(&self) -> Vec<Problem> {
        self.units
            .iter()
            .flat_map(|(_, c)| c.problems.iter().cloned())
            .collect()
    }

    /// Does any main file have errors?
    pub fn has_errors(&self) -> bool {
        self.units.iter().any(|(_, c)| c.has_errors())
    }

    /// The checked regulations.
    pub fn regulations(&self) -> impl Iterator<Item = &crate::model::Regulation> {
        self.units.iter().filter_map(|(_, c)| c.regulation.as_ref())
    }
}

/// Reads `files` through `fs` and checks every main file among them (those
/// no other file includes). An unreadable named file is an I/O error;
/// an unreadable *included* file is a diagnostic.
pub fn check_files(
    fs: &dyn FileSystem,
    files: &[PathBuf],
) -> Result<Project, (PathBuf, std::io::Error)> {
    Analysis::default().check_files(fs, files)
}

/// The analysis, kept between runs: each run gives exactly what
/// [`check_files`] gives from nothing, but a file whose text did not change
/// is not parsed again (nor read, when the file system can stamp it:
/// [`crate::source::FileSystem::stamp`]), and a main file none of whose
/// files changed is not checked again.
///
/// The checker itself runs on the whole unit: its checks (references,
/// coverage, numbering, every version of an amended regulation) are about
/// the whole regulation, and one file's edit can change any of them.
#[derive(Default)]
pub struct Analysis {
    parses: ParseCache,
    checks: BTreeMap<PathBuf, KeptCheck>,
    last: Work,
    also: Option<Also>,
}

/// What the last run of an [`Analysis`] had to do.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Work {
    /// Files read through the file system.
    pub read: Vec<PathBuf>,
    /// Files parsed.
    pub parsed: Vec<PathBuf>,
    /// Main files checked (the others' outcomes were kept).
    pub checked: Vec<PathBuf>,
}

/// A unit's checker outcome, with what it was made from.
struct KeptCheck {
    /// Each file given to the checker: its index, path and text. The trees
    /// are parses of exactly these (see `load`), so equal inputs give equal
    /// trees, spans included.
    inputs: Vec<(u32, String, Arc<str>)>,
    regulation: Option<Regulation>,
    problems: Vec<Problem>,
}

impl Analysis {
    /// An analysis that also makes `also` of every file it parses, from
    /// the same parse, and keeps it with the file's tree ([`Self::product`]).
    pub fn with_also(also: Also) -> Self {
        Self {
            also: Some(also),
            ..Self::default()
        }
    }

    /// What `also` made of the file at `path` (normalized) in the last run,
    /// if it parsed.
    pub fn product(&self, path: &std::path::Path) -> Option<&Arc<dyn std::any::Any + Send + Sync>> {
        self.parses.product(path)
    }

    /// How many files' parses are kept for the next run.
    pub fn parses_kept(&self) -> usize {
        self.parses.len()
    }

    /// What the last run read, parsed and checked.
    pub fn last_work(&self) -> &Work {
        &self.last
    }

    /// Reads `files` through `fs` and checks every main file among them,
    /// as [`check_files`] does, reusing what earlier runs found.
    pub fn check_files(
        &mut self,
        fs: &dyn FileSystem,
        files: &[PathBuf],
    ) -> Result<Project, (PathBuf, std::io::Error)> {
        let mut ws = Workspace::with_cache(fs, std::mem::take(&mut self.parses));
        if let Some(also) = self.also {
            ws.also(also);
        }
        self.last = Work::default();
        let result = self.run(&mut ws, files);
        let (sources, parses, work) = ws.into_parts();
        self.parses = parses;
        self.last.read = work.read;
        self.last.parsed = work.parsed;
        let units = result?;
        // Units that are no longer main files are forgotten.
        self.checks
            .retain(|root, _| units.iter().any(|(r, _)| r == root));
        Ok(Project { sources, units })
    }

    fn run(
        &mut self,
        ws: &mut Workspace,
        files: &[PathBuf],
    ) -> Result<Vec<(PathBuf, Checked)>, (PathBuf, std::io::Error)> {
        for f in files {
            ws.read(f).map_err(|e| (f.clone(), e))?;
        }
        let mut units = Vec::new();
        for root in ws.roots(files) {
            let unit = ws.unit(&root).map_err(|e| (root.clone(), e))?;
            let inputs: Vec<(u32, String, Arc<str>)> = unit
                .inputs
                .iter()
                .map(|(id, text)| {
                    let path = ws.sources.get(*id).map(|f| f.path.clone());
                    (*id, path.unwrap_or_default(), text.clone())
                })
                .collect();
            let mut checked = match self.checks.get(&root) {
                Some(kept) if kept.inputs == inputs => Checked {
                    regulation: kept.regulation.clone(),
                    problems: kept.problems.clone(),
                },
                _ => {
                    self.last.checked.push(root.clone());
                    let checked = check(&unit.files, &ws.sources);
                    self.checks.insert(
                        root.clone(),
                        KeptCheck {
                            inputs,
                            regulation: checked.regulation.clone(),
                            problems: checked.problems.clone(),
                        },
                    );
                    checked
                }
            };
            // `files` is the run's whole list of sources (spans index it):
            // a kept model's list is of the run that made it, and another
            // unit's file may have come or gone since.
            if let Some(r) = checked.regulation.as_mut() {
                r.files = ws.sources.files().iter().map(|f| f.path.clone()).collect();
            }
            checked.problems.extend(unit.problems);
            diagnostics::sort(&mut checked.problems);
            if checked.problems.iter().any(Problem::is_error) {
                checked.regulation = None;
            }
            units.push((root, checked));
        }
        Ok(units)
    }
}
