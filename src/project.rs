//! Checking a set of files: find the main files among them, load each with
//! its includes, and check it. What `check`, `build`, `test` and the tests share.

use std::path::PathBuf;

use crate::check::{Checked, check};
use crate::diagnostics::{self, Problem};
use crate::load::Workspace;
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
    let mut ws = Workspace::new(fs);
    for f in files {
        ws.read(f).map_err(|e| (f.clone(), e))?;
    }
    let mut units = Vec::new();
    for root in ws.roots(files) {
        let unit = ws.unit(&root).map_err(|e| (root.clone(), e))?;
        let mut checked = check(&unit.files, &ws.sources);
        checked.problems.extend(unit.problems);
        diagnostics::sort(&mut checked.problems);
        if checked.problems.iter().any(Problem::is_error) {
            checked.regulation = None;
        }
        units.push((root, checked));
    }
    Ok(Project {
        sources: ws.sources,
        units,
    })
}
