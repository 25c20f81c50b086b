//! Stage 0: finding and reading files, following `include`s.
//!
//! A [`Workspace`] reads each file once through a [`FileSystem`], parses it,
//! and hands out *units*: a main file with everything it includes, in the
//! order the checker must see them (included files first).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

use crate::diagnostics::{Problem, messages};
use crate::source::{FileSystem, Sources, display_path};
use crate::syntax::{self, ast};

/// Parsed files of one run.
pub struct Workspace<'fs> {
    fs: &'fs dyn FileSystem,
    /// Every file read so far.
    pub sources: Sources,
    parsed: BTreeMap<PathBuf, Parsed>,
}

struct Parsed {
    tree: Option<ast::File>,
    problems: Vec<Problem>,
}

/// A main file with its includes, ready for the checker.
pub struct Unit {
    /// The main file's path.
    pub root: PathBuf,
    /// Syntax trees in checking order: included files first, the main file last.
    pub files: Vec<ast::File>,
    /// Problems found while reading and parsing.
    pub problems: Vec<Problem>,
}

impl<'fs> Workspace<'fs> {
    /// A workspace reading through `fs`.
    pub fn new(fs: &'fs dyn FileSystem) -> Self {
        Self {
            fs,
            sources: Sources::default(),
            parsed: BTreeMap::new(),
        }
    }

    /// Reads and parses `path` once. An unreadable file is an I/O error for
    /// the caller (exit code 2), not a diagnostic.
    pub fn read(&mut self, path: &Path) -> std::io::Result<()> {
        let path = normalize(path);
        if self.parsed.contains_key(&path) {
            return Ok(());
        }
        let text = self.fs.read_to_string(&path)?;
        let id = self.sources.add(display_path(&path), text);
        let text = self.sources.get(id).map(|f| f.text.as_str()).unwrap_or("");
        let (tree, problems) = syntax::parse(text, id);
        self.parsed.insert(path, Parsed { tree, problems });
        Ok(())
    }

    /// The files among `paths` that no other file in the workspace includes:
    /// those are the main files to check. Files that include each other in a
    /// circle with no outside main file would leave nothing to check, so the
    /// first of such a circle is taken as a main file too (and its check
    /// reports the circle).
    pub fn roots(&mut self, paths: &[PathBuf]) -> Vec<PathBuf> {
        let paths: Vec<PathBuf> = paths.iter().map(|p| normalize(p)).collect();
        let mut included = BTreeSet::new();
        let mut queue: Vec<PathBuf> = paths.clone();
        let mut seen = BTreeSet::new();
        while let Some(path) = queue.pop() {
            if !seen.insert(path.clone()) || self.read(&path).is_err() {
                continue;
            }
            for target in self.include_targets(&path) {
                included.insert(target.clone());
                queue.push(target);
            }
        }
        let mut roots: Vec<PathBuf> = paths
            .iter()
            .filter(|p| !included.contains(*p))
            .cloned()
            .collect();
        loop {
            let reached = self.reachable(&roots);
            match paths.iter().find(|p| !reached.contains(*p)) {
                Some(orphan) => roots.push(orphan.clone()),
                None => return roots,
            }
        }
    }

    fn reachable(&self, roots: &[PathBuf]) -> BTreeSet<PathBuf> {
        let mut reached = BTreeSet::new();
        let mut queue = roots.to_vec();
        while let Some(path) = queue.pop() {
            if reached.insert(path.clone()) {
                queue.extend(self.include_targets(&path));
            }
        }
        reached
    }

    fn include_targets(&self, path: &Path) -> Vec<PathBuf> {
        let dir = path.parent().unwrap_or(Path::new(""));
        self.parsed
            .get(path)
            .and_then(|p| p.tree.as_ref())
            .map(|t| {
                t.includes
                    .iter()
                    .map(|i| normalize(&dir.join(&i.path.value)))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Loads `root` and everything it includes.
    pub fn unit(&mut self, root: &Path) -> std::io::Result<Unit> {
        let root = normalize(root);
        self.read(&root)?;
        let mut unit = Unit {
            root: root.clone(),
            files: Vec::new(),
            problems: Vec::new(),
        };
        let mut done = BTreeSet::new();
        let mut stack = Vec::new();
        self.visit(&root, &mut stack, &mut done, &mut unit);
        Ok(unit)
    }

    fn visit(
        &mut self,
        path: &Path,
        stack: &mut Vec<PathBuf>,
        done: &mut BTreeSet<PathBuf>,
        unit: &mut Unit,
    ) {
        stack.push(path.to_path_buf());
        let dir = path.parent().unwrap_or(Path::new("")).to_path_buf();
        let includes: Vec<ast::Include> = self
            .parsed
            .get(path)
            .and_then(|p| p.tree.as_ref())
            .map(|t| t.includes.clone())
            .unwrap_or_default();
        for include in includes {
            let target = normalize(&dir.join(&include.path.value));
            if stack.contains(&target) {
                unit.problems
                    .push(messages::include_cycle(include.span, &include.path.value));
                continue;
            }
            if done.contains(&target) {
                continue;
            }
            if let Err(e) = self.read(&target) {
                unit.problems.push(messages::include_not_found(
                    include.path.span,
                    &include.path.value,
                    &io_reason(&e),
                ));
                continue;
            }
            self.visit(&target, stack, done, unit);
        }
        stack.pop();
        done.insert(path.to_path_buf());
        if let Some(parsed) = self.parsed.get(path) {
            unit.problems.extend(parsed.problems.iter().cloned());
            if let Some(tree) = &parsed.tree {
                unit.files.push(tree.clone());
            }
        }
    }
}

/// A short reason for an I/O error, without the OS's error number.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        std::io::ErrorKind::InvalidData => "not UTF-8 text".to_owned(),
        _ => e.to_string(),
    }
}

/// Removes `.` and resolves `..` without touching the file system, so the
/// same file reached by two paths is read once.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}
