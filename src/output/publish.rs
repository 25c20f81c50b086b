//! Publishing a build: the output folder is swapped whole for its new
//! version.
//!
//! Renaming files one by one into place cannot be atomic across files: a
//! build killed half-way, a full disk or a second build at the same time
//! leaves old and new files mixed. So a build
//!
//! 1. takes an exclusive lock on `<out>/.reglament-lock` (a second build of
//!    the same folder waits for it);
//! 2. retires what a crashed build left beside `<out>` (below);
//! 3. stages the complete new folder beside `<out>`, as
//!    `.<name>.reglament-new`: the new files (written and synced; a file
//!    whose bytes did not change is linked, keeping its time stamp), and hard
//!    links to every other file that stays: the files reglament did not
//!    write (not in the manifest `<out>/.reglament-manifest`, a cargo
//!    `target/` say) and the earlier outputs this build does not replace
//!    (those of targets it did not build);
//! 4. swaps the two folders in one step (`renameat2(RENAME_EXCHANGE)` on
//!    Linux, `renamex_np(RENAME_SWAP)` on macOS);
//! 5. retires the old folder, now at the staging name.
//!
//! A crash before step 4 leaves `<out>` as it was, one after it the new
//! folder whole; either way the next build retires the leftover under the
//! lock. Retiring removes a file only when it is reglament's (in either
//! folder's manifest) or is the same file (a hard link, or equal bytes) as
//! the one in `<out>`; any other file (one written into the folder during
//! the build) is moved into `<out>`, or kept in place with a warning. The
//! lock file travels with each swap as a hard link, so a build waiting on
//! it is still waiting on the right one.
//!
//! Where the folder cannot be swapped (another system, a mount point, a
//! parent folder reglament cannot write), the files are replaced one at a
//! time instead, each atomically, and the build says so.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use fs4::fs_std::FileExt;

use super::replace::{
    TMP_SUFFIX, is_held, remove_if_abandoned, replace_file, same_file, same_inode, sync_dir,
};

/// The lock a build holds on its output folder while it publishes.
pub const LOCK_FILE: &str = ".reglament-lock";

/// The list of files reglament wrote into an output folder; a later build
/// removes only those.
pub const MANIFEST_FILE: &str = ".reglament-manifest";

const MANIFEST_HEADER: &str =
    "# The files reglament wrote into this folder; a build removes only these.\n";

/// How [`publish`] treats the folder's earlier contents.
pub struct Options<'a> {
    /// Folders (`json/`, with the slash) whose earlier outputs this build
    /// replaces: an output of an earlier build under one of them that this
    /// build did not write is removed. Earlier outputs elsewhere are kept.
    pub replaces: &'a [String],
    /// Called once if another build of the same folder is publishing and
    /// this one has to wait for it.
    pub on_wait: &'a mut dyn FnMut(),
}

/// Why a folder could not be published.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    /// Nothing in the folder changed.
    #[error("{0}; it was not changed")]
    Unchanged(io::Error),
    /// The folder could not be swapped whole and some files were replaced.
    #[error("{0}; some of its files were already replaced (it could not be swapped whole: {1})")]
    Partial(io::Error, String),
}

/// The text of the manifest listing `paths` (sorted, one a line).
pub fn manifest_text<'a>(paths: impl IntoIterator<Item = &'a str>) -> String {
    let sorted: BTreeSet<&str> = paths.into_iter().collect();
    let mut text = MANIFEST_HEADER.to_owned();
    for p in sorted {
        text.push_str(p);
        text.push('\n');
    }
    text
}

/// Publishes `files` (relative paths with `/`) as the new contents of `out`,
/// which is created if missing. Returns warnings: what was kept or could
/// not be cleaned up, and a folder that could not be swapped whole.
pub fn publish(
    out: &Path,
    files: &BTreeMap<String, Vec<u8>>,
    options: Options<'_>,
) -> Result<Vec<String>, PublishError> {
    use PublishError::Unchanged;
    check_paths(files).map_err(Unchanged)?;
    fs::create_dir_all(out).map_err(Unchanged)?;
    // The real folder: swapping a symbolic link would leave its target stale.
    let out = fs::canonicalize(out).map_err(Unchanged)?;
    let _lock = lock(&out, options.on_wait).map_err(Unchanged)?;
    let mut warnings = Vec::new();
    let stage = staging_path(&out);
    if let Some(stage) = &stage {
        warnings.extend(retire(stage, &out));
    }
    let old = read_manifest(&out).map_err(Unchanged)?;
    let mut owned: BTreeSet<String> = files.keys().cloned().collect();
    for path in &old {
        let replaced = options
            .replaces
            .iter()
            .any(|r| path.starts_with(r.as_str()));
        if !replaced && fs::symlink_metadata(out.join(path)).is_ok() {
            owned.insert(path.clone());
        }
    }
    let plan = Plan {
        out: &out,
        files,
        old: &old,
        owned: &owned,
    };
    let unswappable = match &stage {
        Some(stage) if fs::symlink_metadata(stage).is_err() => match swap(&plan, stage) {
            Ok(()) => {
                warnings.extend(retire(stage, &out));
                return Ok(warnings);
            }
            Err(Swap::Failed(e)) => return Err(Unchanged(e)),
            Err(Swap::Unsupported(e)) => e.to_string(),
        },
        Some(stage) => format!("`{}` is in the way", stage.display()),
        None => "it has no parent folder".to_owned(),
    };
    warnings.push(format!(
        "`{}` could not be swapped whole ({unswappable}); its files were replaced one at a time",
        out.display()
    ));
    in_place(&plan).map_err(|(e, changed)| {
        if changed {
            PublishError::Partial(e, unswappable)
        } else {
            Unchanged(e)
        }
    })?;
    Ok(warnings)
}

/// Rejects paths that would leave the folder or clash with reglament's own
/// files; backends never produce them.
fn check_paths(files: &BTreeMap<String, Vec<u8>>) -> io::Result<()> {
    for path in files.keys() {
        let clean = !path.is_empty()
            && path
                .split('/')
                .all(|c| !c.is_empty() && c != "." && c != ".." && !c.contains('\\'))
            && !path.chars().any(char::is_control)
            && path != LOCK_FILE
            && path != MANIFEST_FILE
            && !path.ends_with(TMP_SUFFIX);
        if !clean {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("`{path}` is not a path an output may have"),
            ));
        }
    }
    Ok(())
}

/// Locks `out` for this process; waits (saying so once) while another holds it.
fn lock(out: &Path, on_wait: &mut dyn FnMut()) -> io::Result<File> {
    let path = out.join(LOCK_FILE);
    let mut waited = false;
    loop {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)?;
        if !file.try_lock_exclusive()? {
            if !waited {
                on_wait();
                waited = true;
            }
            file.lock_exclusive()?;
        }
        // Normally the lock file is the same file before and after a swap
        // (hard-linked into the new folder); where it could not be linked,
        // the new folder has a new one, and that is the one to lock.
        if fs::metadata(&path).is_ok_and(|m| same_file(&m, &file)) {
            return Ok(file);
        }
    }
}

/// `.<name>.reglament-new` beside `out`.
fn staging_path(out: &Path) -> Option<PathBuf> {
    let name = out.file_name()?;
    let mut staged = std::ffi::OsString::from(".");
    staged.push(name);
    staged.push(".reglament-new");
    Some(out.with_file_name(staged))
}

fn read_manifest(dir: &Path) -> io::Result<BTreeSet<String>> {
    match fs::read_to_string(dir.join(MANIFEST_FILE)) {
        Ok(text) => Ok(text
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_owned)
            .collect()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(BTreeSet::new()),
        Err(e) => Err(e),
    }
}

/// What a build publishes, and what the folder held before.
struct Plan<'a> {
    out: &'a Path,
    files: &'a BTreeMap<String, Vec<u8>>,
    /// The previous manifest.
    old: &'a BTreeSet<String>,
    /// The new manifest: the new files and the earlier outputs that stay.
    owned: &'a BTreeSet<String>,
}

enum Swap {
    /// Nothing changed; the folder cannot be swapped here.
    Unsupported(io::Error),
    /// Nothing changed; the build failed (a full disk, say).
    Failed(io::Error),
}

/// Stages the new folder at `stage` and swaps it with `out`.
fn swap(plan: &Plan<'_>, stage: &Path) -> Result<(), Swap> {
    if let Err(e) = fs::create_dir(stage) {
        return Err(match e.kind() {
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                Swap::Unsupported(e)
            }
            _ => Swap::Failed(e),
        });
    }
    // Everything in `stage` is new or a link to a file in `out`, so removing
    // it on failure loses nothing.
    let abandon = |e: io::Error| {
        let _ = fs::remove_dir_all(stage);
        e
    };
    stage_tree(plan, stage).map_err(|e| Swap::Failed(abandon(e)))?;
    exchange(stage, plan.out).map_err(|e| Swap::Unsupported(abandon(e)))?;
    if let Some(parent) = plan.out.parent() {
        sync_dir(parent);
    }
    Ok(())
}

fn stage_tree(plan: &Plan<'_>, stage: &Path) -> io::Result<()> {
    // The manifest comes first: should the build die while staging, the
    // next one knows which staged files were reglament's.
    write_new(
        &stage.join(MANIFEST_FILE),
        manifest_text(plan.owned.iter().map(String::as_str)).as_bytes(),
    )?;
    let lock = plan.out.join(LOCK_FILE);
    if fs::hard_link(&lock, stage.join(LOCK_FILE)).is_err() {
        File::create(stage.join(LOCK_FILE))?;
    }
    // Folders get their modes last: a read-only one must be filled first.
    let mut modes = vec![(stage.to_owned(), fs::metadata(plan.out)?.permissions())];
    carry(plan, stage, Path::new(""), &mut modes)?;
    let mut dirs = BTreeSet::new();
    for (path, bytes) in plan.files {
        let target = stage.join(path);
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir)?;
            dirs.insert(dir.to_owned());
        }
        let old = plan.out.join(path);
        let unchanged = fs::symlink_metadata(&old).is_ok_and(|m| m.is_file())
            && fs::read(&old).is_ok_and(|b| b == *bytes);
        if !(unchanged && fs::hard_link(&old, &target).is_ok()) {
            write_new(&target, bytes)?;
        }
    }
    for (dir, mode) in modes.into_iter().rev() {
        fs::set_permissions(dir, mode)?;
    }
    for dir in dirs {
        sync_dir(&dir);
    }
    sync_dir(stage);
    Ok(())
}

fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Links into `stage` every file under `out/rel` that stays: all but this
/// build's files, the earlier outputs it replaces, reglament's own files
/// and abandoned temporary files.
fn carry(
    plan: &Plan<'_>,
    stage: &Path,
    rel: &Path,
    modes: &mut Vec<(PathBuf, fs::Permissions)>,
) -> io::Result<()> {
    for entry in fs::read_dir(plan.out.join(rel))? {
        let entry = entry?;
        let rel = rel.join(entry.file_name());
        let key = crate::source::display_path(&rel);
        let from = plan.out.join(&rel);
        let to = stage.join(&rel);
        let kind = entry.file_type()?;
        if kind.is_dir() {
            fs::create_dir(&to)?;
            modes.push((to, entry.metadata()?.permissions()));
            carry(plan, stage, &rel, modes)?;
            continue;
        }
        let skip = key == LOCK_FILE
            || key == MANIFEST_FILE
            || plan.files.contains_key(&key)
            || (plan.old.contains(&key) && !plan.owned.contains(&key))
            || (key.ends_with(TMP_SUFFIX) && !is_held(&from));
        if !skip {
            link_or_copy(&from, &to, kind.is_symlink())?;
        }
    }
    Ok(())
}

fn link_or_copy(from: &Path, to: &Path, symlink: bool) -> io::Result<()> {
    #[cfg(unix)]
    if symlink {
        return std::os::unix::fs::symlink(fs::read_link(from)?, to);
    }
    let _ = symlink;
    // A file system without hard links gets a copy.
    fs::hard_link(from, to).or_else(|_| fs::copy(from, to).map(drop))
}

/// Swaps two folders in one step.
#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_vendor = "apple")))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::new(
        io::ErrorKind::Unsupported,
        "this system cannot swap two folders in one step",
    ))
}

/// Removes `folder` (an old or half-staged output folder) without losing a
/// file that is not reglament's: see the module's comment. Returns a
/// warning when something had to stay.
fn retire(folder: &Path, out: &Path) -> Vec<String> {
    if fs::symlink_metadata(folder).is_err() {
        return Vec::new();
    }
    let mut owned = read_manifest(folder).unwrap_or_default();
    owned.extend(read_manifest(out).unwrap_or_default());
    let mut kept = Vec::new();
    retire_dir(folder, out, Path::new(""), &owned, &mut kept);
    // The manifest goes last: should this be killed half-way, the next
    // build still knows which of the files left are reglament's.
    let _ = fs::remove_file(folder.join(MANIFEST_FILE));
    match fs::remove_dir(folder) {
        Ok(()) => Vec::new(),
        Err(e) => vec![format!(
            "kept `{}`, left by an earlier build: {}",
            folder.display(),
            match kept.first() {
                Some(first) => format!(
                    "{} file(s) there are not reglament's and differ from those in `{}` (first `{first}`)",
                    kept.len(),
                    out.display()
                ),
                None => e.to_string(),
            }
        )],
    }
}

fn retire_dir(
    root: &Path,
    out: &Path,
    rel: &Path,
    owned: &BTreeSet<String>,
    kept: &mut Vec<String>,
) {
    let Ok(entries) = fs::read_dir(root.join(rel)) else {
        return;
    };
    for entry in entries.flatten() {
        let rel = rel.join(entry.file_name());
        let here = root.join(&rel);
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            retire_dir(root, out, &rel, owned, kept);
            // Not empty when something was kept.
            let _ = fs::remove_dir(&here);
            continue;
        }
        let key = crate::source::display_path(&rel);
        if key == MANIFEST_FILE {
            continue;
        }
        let there = out.join(&rel);
        let garbage = key == LOCK_FILE
            || owned.contains(&key)
            || same_contents(&here, &there)
            || (key.ends_with(TMP_SUFFIX) && remove_if_abandoned(&here));
        let done = if garbage {
            fs::remove_file(&here).is_ok() || fs::symlink_metadata(&here).is_err()
        } else if fs::symlink_metadata(&there).is_err() {
            there
                .parent()
                .is_some_and(|d| fs::create_dir_all(d).is_ok())
                && fs::rename(&here, &there).is_ok()
        } else {
            false
        };
        if !done {
            kept.push(key);
        }
    }
}

/// Whether `a` and `b` are the same file, or hold the same bytes or link.
fn same_contents(a: &Path, b: &Path) -> bool {
    let (Ok(ma), Ok(mb)) = (fs::symlink_metadata(a), fs::symlink_metadata(b)) else {
        return false;
    };
    if ma.file_type().is_symlink() || mb.file_type().is_symlink() {
        return ma.file_type().is_symlink()
            && mb.file_type().is_symlink()
            && fs::read_link(a).ok() == fs::read_link(b).ok();
    }
    ma.is_file()
        && mb.is_file()
        && (same_inode(&ma, &mb) || (ma.len() == mb.len() && fs::read(a).ok() == fs::read(b).ok()))
}

/// Replaces the files one at a time, each atomically, where the folder
/// cannot be swapped whole. The error says whether anything had changed.
fn in_place(plan: &Plan<'_>) -> Result<(), (io::Error, bool)> {
    let mut changed = false;
    for (path, bytes) in plan.files {
        let target = plan.out.join(path);
        if fs::read(&target).is_ok_and(|b| b == *bytes) {
            continue;
        }
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir).map_err(|e| (e, changed))?;
        }
        replace_file(&target, bytes).map_err(|e| (e, changed))?;
        changed = true;
    }
    for path in plan.old.difference(plan.owned) {
        let target = plan.out.join(path);
        match fs::remove_file(&target) {
            Ok(()) => changed = true,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err((e, changed)),
        }
        // Folders the removal emptied go too; a folder still holding
        // anything stops the walk.
        let mut dir = target.parent();
        while let Some(d) = dir.filter(|d| *d != plan.out) {
            if fs::remove_dir(d).is_err() {
                break;
            }
            dir = d.parent();
        }
    }
    let manifest = manifest_text(plan.owned.iter().map(String::as_str));
    let target = plan.out.join(MANIFEST_FILE);
    if !fs::read(&target).is_ok_and(|b| b == manifest.as_bytes()) {
        replace_file(&target, manifest.as_bytes()).map_err(|e| (e, changed))?;
    }
    Ok(())
}
