//! Where outputs go. Backends write through a [`Writer`]; a build renders
//! everything into a [`MemoryWriter`] first and only then [`commit`]s it, so
//! a build that fails leaves `out/` as it was.

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::Path;

/// Receives output files by relative path (`json/residence_permit.json`).
pub trait Writer {
    /// Writes one file.
    fn write(&mut self, path: &str, contents: &[u8]) -> io::Result<()>;
}

/// Keeps outputs in memory: for tests, and as the first half of a build.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemoryWriter {
    /// Path to contents.
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Writer for MemoryWriter {
    fn write(&mut self, path: &str, contents: &[u8]) -> io::Result<()> {
        self.files.insert(path.to_owned(), contents.to_vec());
        Ok(())
    }
}

/// Writes `files` under `out`, each through a temporary file and a rename,
/// so no file is ever half-written. With `prune`, files under the written
/// top-level folders that this build did not produce are removed (they
/// belong to an element or regulation that no longer exists).
pub fn commit(out: &Path, files: &BTreeMap<String, Vec<u8>>, prune: bool) -> io::Result<()> {
    for (path, contents) in files {
        let target = out.join(path);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir)?;
        }
        if std::fs::read(&target).is_ok_and(|old| old == *contents) {
            continue;
        }
        let tmp = target.with_extension("reglament-tmp");
        std::fs::write(&tmp, contents)?;
        std::fs::rename(&tmp, &target)?;
    }
    if prune {
        let tops: BTreeSet<&str> = files.keys().filter_map(|p| p.split('/').next()).collect();
        for top in tops {
            prune_dir(out, &out.join(top), files)?;
        }
    }
    Ok(())
}

fn prune_dir(out: &Path, dir: &Path, keep: &BTreeMap<String, Vec<u8>>) -> io::Result<()> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            prune_dir(out, &path, keep)?;
            if std::fs::read_dir(&path)?.next().is_none() {
                std::fs::remove_dir(&path)?;
            }
        } else {
            let rel = crate::source::display_path(path.strip_prefix(out).unwrap_or(&path));
            if !keep.contains_key(&rel) {
                std::fs::remove_file(&path)?;
            }
        }
    }
    Ok(())
}

/// Reads every file under `dir` as a relative path map (for freshness tests).
pub fn read_tree(dir: &Path) -> io::Result<BTreeMap<String, Vec<u8>>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) -> io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                walk(root, &path, out)?;
            } else {
                let rel = crate::source::display_path(path.strip_prefix(root).unwrap_or(&path));
                out.insert(rel, std::fs::read(&path)?);
            }
        }
        Ok(())
    }
    let mut out = BTreeMap::new();
    if dir.exists() {
        walk(dir, dir, &mut out)?;
    }
    Ok(out)
}
