//! Stage 0: finding and reading files, following `include`s.
//!
//! A [`Workspace`] reads each file once through a [`FileSystem`], parses it,
//! and hands out *units*: a main file with everything it includes, in the
//! order the checker must see them (included files first).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

use crate::diagnostics::{Problem, messages};
use crate::source::{FileSystem, Refusal, Sources, Span, display_path};
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
    /// The file was not read as a source; its problem depends on who named it.
    refused: Option<Refused>,
}

/// A path refused as a source, and where in [`Sources`] it stands.
struct Refused {
    refusal: Refusal,
    file: u32,
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

    /// Reads and parses `path` once. A missing or unreadable file is an I/O
    /// error for the caller; a path that exists but cannot be a source (a
    /// FIFO, a huge file, text not in UTF-8) is kept as refused, and its
    /// unit reports it.
    pub fn read(&mut self, path: &Path) -> std::io::Result<()> {
        let path = normalize(path);
        if self.parsed.contains_key(&path) {
            return Ok(());
        }
        let text = match self.fs.read_to_string(&path) {
            Ok(text) => text,
            Err(e) => match Refusal::of(&e) {
                Some(refusal) => {
                    self.refuse(path, refusal.clone());
                    return Ok(());
                }
                None => return Err(e),
            },
        };
        let id = self.sources.add(display_path(&path), text);
        let text = self.sources.get(id).map(|f| f.text.as_str()).unwrap_or("");
        let (tree, problems) = syntax::parse(text, id);
        self.parsed.insert(
            path,
            Parsed {
                tree,
                problems,
                refused: None,
            },
        );
        Ok(())
    }

    fn refuse(&mut self, path: PathBuf, refusal: Refusal) {
        // Text that is not UTF-8 is kept with the bad bytes replaced, so the
        // diagnostic can show where they are.
        let text = match &refusal {
            Refusal::NotUtf8 { text, .. } => text.clone(),
            _ => String::new(),
        };
        let file = self.sources.add(display_path(&path), text);
        self.parsed.insert(
            path,
            Parsed {
                tree: None,
                problems: Vec::new(),
                refused: Some(Refused { refusal, file }),
            },
        );
    }

    /// The problem of a refused `path`, named by an `include` (`site`, the
    /// path as written there) or, without one, on the command line.
    fn refusal_problem(&self, path: &Path, site: Option<&ast::Text>) -> Option<Problem> {
        let refused = self.parsed.get(path)?.refused.as_ref()?;
        let shown = display_path(path);
        let written = site.map_or(shown.as_str(), |t| t.value.as_str());
        let site = site.map(|t| t.span);
        let whole = Span::new(refused.file, 0, 0);
        Some(match &refused.refusal {
            Refusal::NotUtf8 { text, at } => {
                let len = text
                    .get(*at..)
                    .and_then(|t| t.chars().next())
                    .map_or(0, char::len_utf8);
                let span = Span::new(refused.file, *at, at + len);
                messages::not_utf8(span, &shown, site)
            }
            other => messages::not_a_source_file(
                site.unwrap_or(whole),
                written,
                matches!(other, Refusal::TooLarge),
                site.is_some(),
            ),
        })
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
        self.includes(path)
            .iter()
            .map(|i| normalize(&dir.join(&i.path.value)))
            .collect()
    }

    fn includes(&self, path: &Path) -> Vec<ast::Include> {
        self.parsed
            .get(path)
            .and_then(|p| p.tree.as_ref())
            .map(|t| t.includes.clone())
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
        if let Some(problem) = self.refusal_problem(&root, None) {
            unit.problems.push(problem);
            return Ok(unit);
        }
        self.visit(&root, &mut unit);
        Ok(unit)
    }

    /// Collects `root` and its includes depth first, each included file
    /// before the file that includes it. The path being followed is an
    /// explicit stack, so a long chain of includes cannot overflow the
    /// program's own.
    fn visit(&mut self, root: &Path, unit: &mut Unit) {
        struct Open {
            path: PathBuf,
            includes: Vec<ast::Include>,
            next: usize,
        }
        let mut done = BTreeSet::new();
        let mut open_paths = BTreeSet::from([root.to_path_buf()]);
        let mut stack = vec![Open {
            path: root.to_path_buf(),
            includes: self.includes(root),
            next: 0,
        }];
        while let Some(top) = stack.last_mut() {
            let Some(include) = top.includes.get(top.next).cloned() else {
                let path = top.path.clone();
                stack.pop();
                open_paths.remove(&path);
                self.finish(&path, unit);
                done.insert(path);
                continue;
            };
            top.next += 1;
            let dir = top.path.parent().unwrap_or(Path::new(""));
            let target = normalize(&dir.join(&include.path.value));
            if open_paths.contains(&target) {
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
            if let Some(problem) = self.refusal_problem(&target, Some(&include.path)) {
                unit.problems.push(problem);
                done.insert(target);
                continue;
            }
            open_paths.insert(target.clone());
            stack.push(Open {
                includes: self.includes(&target),
                path: target,
                next: 0,
            });
        }
    }

    /// Adds a file whose includes are all in: its problems and its tree.
    fn finish(&self, path: &Path, unit: &mut Unit) {
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
        _ => match Refusal::of(e) {
            Some(refusal) => refusal.to_string(),
            None => e.to_string(),
        },
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
