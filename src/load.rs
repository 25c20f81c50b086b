//! Stage 0: finding and reading files, following `include`s.
//!
//! A [`Workspace`] reads each file once through a [`FileSystem`], parses it,
//! and hands out *units*: a main file with everything it includes, in the
//! order the checker must see them (included files first).
//!
//! A workspace can start from the [`ParseCache`] an earlier one left: a
//! file whose text is the same, at the same place in [`Sources`], is not
//! parsed again (nor read, when the file system's [`Stamp`] says it did not
//! change). That is what makes the language server's and the preview's
//! repeated analyses cheap; a one-shot `check` starts with an empty cache.

use std::any::Any;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use crate::diagnostics::{Problem, messages};
use crate::source::{FileIdentity, FileSystem, Refusal, Sources, Span, Stamp, display_path};
use crate::syntax::{self, ast};

/// Parsed files of one run.
pub struct Workspace<'fs> {
    fs: &'fs dyn FileSystem,
    /// Every file read so far.
    pub sources: Sources,
    parsed: BTreeMap<PathBuf, Arc<Parsed>>,
    /// What the previous run parsed, to take from.
    earlier: ParseCache,
    /// What this run parsed, for the next.
    kept: ParseCache,
    /// The path each file was first reached by, by its identity: a file
    /// reached again by another path (a link) is known by that first one.
    first_paths: BTreeMap<FileIdentity, PathBuf>,
    /// The files this run read, and those it parsed, in order.
    pub work: Work,
    also: Option<Also>,
}

/// Something more made from pest's parse of each file and kept with its
/// tree (the language server's index), so a file is parsed once for both.
pub type Also = fn(pest::iterators::Pair<'_, crate::syntax::Rule>) -> Product;

/// What an [`Also`] made of one file.
pub type Product = Option<Arc<dyn Any + Send + Sync>>;

/// What a run read and parsed, for tests and benchmarks of the cache.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Work {
    /// Files read through the file system.
    pub read: Vec<PathBuf>,
    /// Files parsed.
    pub parsed: Vec<PathBuf>,
}

/// The parses of one run, kept for the next.
#[derive(Default)]
pub struct ParseCache {
    files: BTreeMap<PathBuf, Kept>,
}

impl ParseCache {
    /// What [`Also`] made of the file at `path` (normalized), if it parsed.
    pub fn product(&self, path: &Path) -> Option<&Arc<dyn Any + Send + Sync>> {
        self.files.get(path)?.parsed.also.as_ref()
    }

    /// How many files it holds.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Does it hold nothing?
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// One file's parse, with what it was made from.
struct Kept {
    /// The file's index in [`Sources`]: every span in the tree carries it,
    /// so the parse is reused only for a file read at the same index.
    id: u32,
    stamp: Option<Stamp>,
    text: Arc<str>,
    parsed: Arc<Parsed>,
    /// Runs since a run last read the file.
    idle: u32,
}

/// How many runs a parse is kept for while no run reads its file: long
/// enough for a syntax error that hides includes to be typed and fixed,
/// short enough that a long editing session does not keep every file it
/// ever named.
pub const KEPT_IDLE_RUNS: u32 = 64;

struct Parsed {
    tree: Option<ast::File>,
    also: Product,
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
    /// What each of `files` was parsed from: its index in [`Sources`] and
    /// its text (the tree is a function of the two).
    pub inputs: Vec<(u32, Arc<str>)>,
    /// Problems found while reading and parsing.
    pub problems: Vec<Problem>,
}

impl<'fs> Workspace<'fs> {
    /// A workspace reading through `fs`.
    pub fn new(fs: &'fs dyn FileSystem) -> Self {
        Self::with_cache(fs, ParseCache::default())
    }

    /// A workspace reading through `fs` that reuses the parses in `cache`
    /// where the text did not change.
    pub fn with_cache(fs: &'fs dyn FileSystem, cache: ParseCache) -> Self {
        Self {
            fs,
            sources: Sources::default(),
            parsed: BTreeMap::new(),
            earlier: cache,
            kept: ParseCache::default(),
            first_paths: BTreeMap::new(),
            work: Work::default(),
            also: None,
        }
    }

    /// Has `also` make something more of every file parsed.
    pub fn also(&mut self, also: Also) {
        self.also = Some(also);
    }

    /// The files read, and the parses of this run for the next. Files the
    /// earlier cache held but this run did not read stay in it for
    /// [`KEPT_IDLE_RUNS`] runs: a syntax error in the main file hides its
    /// includes for as long as it lasts, and they come back unchanged.
    pub fn into_parts(mut self) -> (Sources, ParseCache, Work) {
        for (path, mut kept) in std::mem::take(&mut self.earlier.files) {
            kept.idle += 1;
            if kept.idle <= KEPT_IDLE_RUNS {
                self.kept.files.entry(path).or_insert(kept);
            }
        }
        (self.sources, self.kept, self.work)
    }

    /// The path this run knows the file at `path` by: normalized, and the
    /// first path that reached the same file when the file system can tell
    /// (two links to one folder would otherwise make every include through
    /// them a new file, 2 to the power of the depth of them, and a file
    /// including itself through a link would not be a circle).
    fn key(&mut self, path: &Path) -> PathBuf {
        let path = normalize(path);
        match self.fs.identity(&path) {
            Some(identity) => self.first_paths.entry(identity).or_insert(path).clone(),
            None => path,
        }
    }

    /// Reads and parses `path` once. A missing or unreadable file is an I/O
    /// error for the caller; a path that exists but cannot be a source (a
    /// FIFO, a huge file, text not in UTF-8) is kept as refused, and its
    /// unit reports it.
    pub fn read(&mut self, path: &Path) -> std::io::Result<()> {
        let path = self.key(path);
        if self.parsed.contains_key(&path) {
            return Ok(());
        }
        let earlier = self.earlier.files.remove(&path);
        // Taken before reading: a change while reading gives a new stamp.
        let stamp = self.fs.stamp(&path);
        let unchanged = earlier
            .as_ref()
            .filter(|k| stamp.is_some() && k.stamp == stamp)
            .map(|k| k.text.clone());
        let text: Arc<str> = match unchanged {
            Some(text) => text,
            None => match self.fs.read_to_string(&path) {
                Ok(text) => {
                    self.work.read.push(path.clone());
                    text.into()
                }
                Err(e) => match Refusal::of(&e) {
                    Some(refusal) => {
                        self.refuse(path, refusal.clone());
                        return Ok(());
                    }
                    None => return Err(e),
                },
            },
        };
        let id = self.sources.add(display_path(&path), text.to_string());
        let parsed = match earlier {
            // Kept parses made without `also` do not have its product.
            Some(k)
                if k.id == id
                    && k.text == text
                    && (self.also.is_none()
                        || k.parsed.tree.is_none()
                        || k.parsed.also.is_some()) =>
            {
                k.parsed
            }
            _ => {
                self.work.parsed.push(path.clone());
                let (tree, problems, also) = match self.also {
                    Some(f) => syntax::parse_also(&text, id, f),
                    None => {
                        let (tree, problems) = syntax::parse(&text, id);
                        (tree, problems, None)
                    }
                };
                Arc::new(Parsed {
                    tree,
                    also,
                    problems,
                    refused: None,
                })
            }
        };
        self.kept.files.insert(
            path.clone(),
            Kept {
                id,
                stamp,
                text,
                parsed: parsed.clone(),
                idle: 0,
            },
        );
        self.parsed.insert(path, parsed);
        Ok(())
    }

    fn refuse(&mut self, path: PathBuf, refusal: Refusal) {
        let file = self.sources.add(display_path(&path), refusal.kept_text());
        self.parsed.insert(
            path,
            Arc::new(Parsed {
                tree: None,
                also: None,
                problems: Vec::new(),
                refused: Some(Refused { refusal, file }),
            }),
        );
    }

    /// The problem of a refused `path`, named by an `include` (`site`, the
    /// path as written there) or, without one, on the command line.
    fn refusal_problem(&self, path: &Path, site: Option<&ast::Text>) -> Option<Problem> {
        let refused = self.parsed.get(path)?.refused.as_ref()?;
        Some(refusal_problem(
            &refused.refusal,
            refused.file,
            &display_path(path),
            site,
        ))
    }

    /// The files among `paths` that no other file in the workspace includes:
    /// those are the main files to check. Files that include each other in a
    /// circle with no outside main file would leave nothing to check, so the
    /// first of such a circle is taken as a main file too (and its check
    /// reports the circle).
    pub fn roots(&mut self, paths: &[PathBuf]) -> Vec<PathBuf> {
        let paths: Vec<PathBuf> = paths.iter().map(|p| self.key(p)).collect();
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

    fn reachable(&mut self, roots: &[PathBuf]) -> BTreeSet<PathBuf> {
        let mut reached = BTreeSet::new();
        let mut queue = roots.to_vec();
        while let Some(path) = queue.pop() {
            if reached.insert(path.clone()) {
                queue.extend(self.include_targets(&path));
            }
        }
        reached
    }

    fn include_targets(&mut self, path: &Path) -> Vec<PathBuf> {
        let dir = path.parent().unwrap_or(Path::new(""));
        self.includes(path)
            .iter()
            .map(|i| self.key(&dir.join(&i.path.value)))
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
        let root = self.key(root);
        self.read(&root)?;
        let mut unit = Unit {
            root: root.clone(),
            files: Vec::new(),
            inputs: Vec::new(),
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
            let target = self.key(&dir.join(&include.path.value));
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
            if let (Some(tree), Some(kept)) = (&parsed.tree, self.kept.files.get(path)) {
                unit.files.push(tree.clone());
                unit.inputs.push((kept.id, kept.text.clone()));
            }
        }
    }
}

/// The problem of a file that exists but cannot be a source: `file` is its
/// place in [`Sources`] (holding the text as far as it could be read),
/// `shown` its path, `site` the `include` that named it, if one did. Shared
/// by everything that reads sources (`check` and `fmt` alike).
pub fn refusal_problem(
    refusal: &Refusal,
    file: u32,
    shown: &str,
    site: Option<&ast::Text>,
) -> Problem {
    let written = site.map_or(shown, |t| t.value.as_str());
    let site_span = site.map(|t| t.span);
    let whole = Span::new(file, 0, 0);
    match refusal {
        Refusal::NotUtf8 { text, at } => {
            let len = text
                .get(*at..)
                .and_then(|t| t.chars().next())
                .map_or(0, char::len_utf8);
            let span = Span::new(file, *at, at + len);
            messages::not_utf8(span, shown, site_span)
        }
        other => messages::not_a_source_file(
            site_span.unwrap_or(whole),
            written,
            matches!(other, Refusal::TooLarge),
            site.is_some(),
        ),
    }
}

/// A short reason for an I/O error, without the OS's error number.
pub fn io_reason(e: &std::io::Error) -> String {
    if let Some(refusal) = Refusal::of(e) {
        return refusal.to_string();
    }
    // An error made with words of our own says them.
    if e.get_ref().is_some() {
        return e.to_string();
    }
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
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

/// Every `.rgl` file under `dir`, its subfolders included, sorted. Links
/// are followed, but no folder is entered twice: a link to a parent, or
/// two links to one folder, would otherwise repeat its files or never end.
/// Folders are known by their canonical path, and walked with an explicit
/// stack, so their depth costs no recursion.
pub fn rgl_files_under(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut entered = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        if !entered.insert(std::fs::canonicalize(&dir)?) {
            continue;
        }
        for entry in std::fs::read_dir(&dir)? {
            let path = normalize(&entry?.path());
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rgl") {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}
