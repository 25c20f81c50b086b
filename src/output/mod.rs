//! Where outputs go. Backends write through a [`Writer`]; a build renders
//! everything into a [`MemoryWriter`] first and only then [`publish`]es it:
//! the output folder is swapped whole for its new version, so a build that
//! fails, is killed or runs out of disk leaves it as it was, and two builds
//! of the same folder take turns (see [`publish`] for the exact guarantee).

mod publish;
mod replace;

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::Path;

pub use publish::{LOCK_FILE, MANIFEST_FILE, Options, PublishError, manifest_text, publish};
pub use replace::{Destination, StagedFile, is_same_file, replace_file, write_whole};

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

/// Publishes `files` into `out` (see [`publish`]). With `prune`, earlier
/// outputs under the top-level folders this build wrote that it did not
/// write again are removed (they belong to an element or regulation that no
/// longer exists); files reglament did not write are always kept.
pub fn commit(out: &Path, files: &BTreeMap<String, Vec<u8>>, prune: bool) -> io::Result<()> {
    let replaces: Vec<String> = if prune {
        let tops: BTreeSet<&str> = files
            .keys()
            .filter_map(|p| p.split_once('/').map(|(top, _)| top))
            .collect();
        tops.into_iter().map(|t| format!("{t}/")).collect()
    } else {
        Vec::new()
    };
    let options = Options {
        replaces: &replaces,
        on_wait: &mut || {},
    };
    publish(out, files, options)
        .map(drop)
        .map_err(|e| io::Error::other(e.to_string()))
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
