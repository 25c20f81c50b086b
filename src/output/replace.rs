//! Replacing one file all at once: `fill -o`, `fmt`, `decide -o`, and a
//! build whose output folder cannot be swapped whole.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use fs4::fs_std::FileExt;

/// How every temporary file reglament writes ends, so that one left behind
/// by a killed process is recognised and removed by the next.
pub(crate) const TMP_SUFFIX: &str = ".reglament-tmp";

/// Writes `bytes` to `path` through a temporary file in the same folder and
/// one rename: a reader sees the old file or the new one, never part of
/// one, and a failure (a full disk) leaves the old file and no temporary
/// file.
///
/// The temporary name is unique (`.<name>.<pid>-<n>.reglament-tmp`), so
/// processes writing the same path at once do not collide (the last rename
/// wins). Each holds a lock on its temporary file while it lives; one that
/// nobody holds was left by a killed writer and is removed here.
pub fn replace_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut staged = StagedFile::create(path)?;
    staged.write_all(bytes)?;
    staged.commit()
}

/// Writes a file the user named (`fmt`'s sources, `fill -o`) whole, as
/// [`Destination`] writes: through a link, permissions kept.
pub fn write_whole(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut destination = Destination::open(path)?;
    destination.write_all(bytes)?;
    destination.finish()
}

/// A file the user named for a command to write (`decide -o`, `fill -o`,
/// `fmt`'s sources), opened as an editor saves: a regular file, or one not
/// there yet, is written whole beside the file a link points at (the link
/// stays a link) and put in its place at the end, with the old file's
/// permissions (an output of applicants' data set private stays private);
/// a device, pipe or socket (`/dev/null`, `/dev/stdout`) cannot be
/// replaced and is written straight; a folder, or a file the user may not
/// write (read-only), is refused. Output folders (`out/`) do not follow
/// links (a link planted there must not send a write elsewhere) and use
/// [`replace_file`].
pub enum Destination {
    /// Written beside, put in place by [`Destination::finish`].
    Staged(StagedFile),
    /// Written straight.
    Direct(File),
}

impl Destination {
    /// Opens `path` for its new contents.
    pub fn open(path: &Path) -> io::Result<Self> {
        let meta = match fs::metadata(path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Ok(Destination::Staged(staged_beside(path)?));
            }
            Err(e) => return Err(e),
        };
        if meta.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::IsADirectory,
                "it is a folder, not a file",
            ));
        }
        if !meta.is_file() {
            return Ok(Destination::Direct(File::create(path)?));
        }
        if meta.permissions().readonly() {
            return Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                "the file is read-only",
            ));
        }
        let staged = staged_beside(&fs::canonicalize(path)?)?;
        staged.file.set_permissions(meta.permissions())?;
        Ok(Destination::Staged(staged))
    }

    /// Where the new contents are written until they are put in place, if
    /// they are staged: what a signal handler removes.
    pub fn temporary(&self) -> Option<&Path> {
        match self {
            Destination::Staged(staged) => Some(&staged.tmp),
            Destination::Direct(_) => None,
        }
    }

    /// Puts the new contents in place (or flushes what was written straight).
    pub fn finish(self) -> io::Result<()> {
        match self {
            Destination::Staged(staged) => staged.commit(),
            Destination::Direct(mut file) => file.flush(),
        }
    }
}

/// A [`StagedFile`] for `path`, its failure to start said in words that
/// name the folder (the file itself may be writable when its folder is not).
fn staged_beside(path: &Path) -> io::Result<StagedFile> {
    StagedFile::create(path).map_err(|e| {
        io::Error::new(
            e.kind(),
            format!(
                "no temporary file can be made in `{}` to write it whole ({})",
                parent_dir(path).display(),
                crate::load::io_reason(&e)
            ),
        )
    })
}

impl Write for Destination {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Destination::Staged(staged) => staged.write(buf),
            Destination::Direct(file) => file.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Destination::Staged(staged) => staged.write_all(buf),
            Destination::Direct(file) => file.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Destination::Staged(staged) => staged.flush(),
            Destination::Direct(file) => file.flush(),
        }
    }
}

/// A file written in full before it takes its place: writes go to a
/// locked temporary file beside `path` (named as [`replace_file`]'s), and
/// [`StagedFile::commit`] renames it over `path`. Dropped without a commit
/// (an error, a panic), it removes the temporary file and `path` keeps its
/// old contents; a process killed on the way leaves a temporary file that
/// nobody holds, which the next writer of `path` removes. For outputs
/// written as they are made, too large to hold: `decide -o`.
pub struct StagedFile {
    tmp: PathBuf,
    target: PathBuf,
    file: File,
    committed: bool,
}

impl StagedFile {
    /// Starts a new version of the file at `path`.
    pub fn create(path: &Path) -> io::Result<Self> {
        let Some(name) = path.file_name() else {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "not a file name",
            ));
        };
        let dir = parent_dir(path);
        remove_abandoned(dir, name);
        let (tmp, file) = create_locked_temp(dir, name)?;
        Ok(Self {
            tmp,
            target: path.to_path_buf(),
            file,
            committed: false,
        })
    }

    /// Puts what was written in the place of the file, all at once.
    pub fn commit(mut self) -> io::Result<()> {
        self.file.sync_all()?;
        fs::rename(&self.tmp, &self.target)?;
        self.committed = true;
        sync_dir(parent_dir(&self.target));
        Ok(())
    }
}

impl Write for StagedFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.file.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

impl Drop for StagedFile {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

/// Whether two paths name one file (through links too): a command about
/// to write where it reads refuses. On platforms without inode numbers,
/// only the same canonical path counts.
pub fn is_same_file(a: &Path, b: &Path) -> bool {
    match (fs::metadata(a), fs::metadata(b)) {
        (Ok(x), Ok(y)) if cfg!(unix) => same_inode(&x, &y),
        (Ok(_), Ok(_)) => fs::canonicalize(a).ok() == fs::canonicalize(b).ok(),
        _ => false,
    }
}

/// The folder a path's file is in (`.` for a bare name).
fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// A new temporary file beside `name` in `dir`, locked by this process.
fn create_locked_temp(dir: &Path, name: &std::ffi::OsStr) -> io::Result<(PathBuf, File)> {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    for _ in 0..1000 {
        let mut tmp = OsString::from(".");
        tmp.push(name);
        tmp.push(format!(
            ".{}-{}{TMP_SUFFIX}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let tmp = dir.join(tmp);
        let file = match OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(f) => f,
            // Left by an earlier process that had the same id.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        };
        file.lock_exclusive()?;
        // Between creating the file and locking it, another writer may have
        // taken it for abandoned and removed it: then start again.
        if fs::metadata(&tmp).is_ok_and(|m| same_file(&m, &file)) {
            return Ok((tmp, file));
        }
    }
    Err(io::Error::other(
        "could not create a temporary file beside the output",
    ))
}

/// Removes the temporary files of `name` in `dir` that no live writer
/// holds: those of killed writers, and the fixed-name ones
/// (`<name>.reglament-tmp`) of reglament versions before the lock.
fn remove_abandoned(dir: &Path, name: &std::ffi::OsStr) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let name = name.to_string_lossy();
    let unique = format!(".{name}.");
    let fixed = format!("{name}{TMP_SUFFIX}");
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        let ours = file_name == fixed
            || (file_name.starts_with(&unique) && file_name.ends_with(TMP_SUFFIX));
        if ours {
            remove_if_abandoned(&entry.path());
        }
    }
}

/// Removes `path`, a temporary file, when no live writer holds its lock;
/// says whether it did.
pub(crate) fn remove_if_abandoned(path: &Path) -> bool {
    let Ok(file) = File::open(path) else {
        return false;
    };
    // The lock is held until `file` is dropped, after the removal.
    file.try_lock_exclusive().unwrap_or(false) && fs::remove_file(path).is_ok()
}

/// Whether `path`, a temporary file, is held by a live writer.
pub(crate) fn is_held(path: &Path) -> bool {
    File::open(path).is_ok_and(|f| !f.try_lock_exclusive().unwrap_or(true))
}

/// Whether `meta` (from a path) describes the open `file`.
#[cfg(unix)]
pub(crate) fn same_file(meta: &fs::Metadata, file: &File) -> bool {
    file.metadata().is_ok_and(|m| same_inode(meta, &m))
}

/// Without inode numbers the check cannot be made; Windows does not let a
/// file that is open be removed, so the race it guards against is absent.
#[cfg(not(unix))]
pub(crate) fn same_file(_: &fs::Metadata, _: &File) -> bool {
    true
}

#[cfg(unix)]
pub(crate) fn same_inode(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

/// Without inode numbers a file cannot be told from its copy.
#[cfg(not(unix))]
pub(crate) fn same_inode(_: &fs::Metadata, _: &fs::Metadata) -> bool {
    false
}

/// Makes a folder's entries (a rename into it) durable; best effort, as not
/// every file system can sync a folder.
pub(crate) fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}
