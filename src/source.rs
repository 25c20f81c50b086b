//! Source files and spans: where every piece of a model came from.
//!
//! The core never touches the file system. Files come in through a
//! [`FileSystem`]; the CLI passes the real one, tests an in-memory one.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A byte range in one source file.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub struct Span {
    /// Index of the file in [`Sources`].
    pub file: u32,
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span of `file` from byte `start` to byte `end`.
    pub fn new(file: u32, start: usize, end: usize) -> Self {
        Self {
            file,
            start: to_u32(start),
            end: to_u32(end),
        }
    }

    /// The byte range, for slicing and for miette labels.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The smallest span covering both (same file assumed).
    pub fn to(self, other: Span) -> Span {
        Span {
            file: self.file,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// One loaded file.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
pub struct SourceFile {
    /// The path as the user named it (or as an include resolved it), with `/` separators.
    pub path: String,
    /// The file's text; left out of JSON output, which carries spans only.
    #[serde(skip)]
    pub text: String,
}

/// Every file loaded for one run.
#[derive(Clone, Debug, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
    /// For each file, the byte offset where each of its lines starts, so
    /// that placing a diagnostic costs a binary search, not a rescan of the
    /// file (a file with many problems would otherwise cost their product).
    line_starts: Vec<Vec<usize>>,
}

impl Sources {
    /// Adds a file and returns its index.
    pub fn add(&mut self, path: String, text: String) -> u32 {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        self.line_starts.push(starts);
        self.files.push(SourceFile { path, text });
        to_u32(self.files.len() - 1)
    }

    /// The file with index `id`.
    pub fn get(&self, id: u32) -> Option<&SourceFile> {
        self.files.get(id as usize)
    }

    /// All files, in load order.
    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    /// The text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        self.get(span.file)
            .and_then(|f| f.text.get(span.range()))
            .unwrap_or("")
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, file: u32, offset: u32) -> (usize, usize) {
        let (Some(f), Some(starts)) = (self.get(file), self.line_starts.get(file as usize)) else {
            return (0, 0);
        };
        // An offset past the end, or inside a character, counts as the end.
        let offset = match f.text.get(..offset as usize) {
            Some(_) => offset as usize,
            None => f.text.len(),
        };
        let line = starts.partition_point(|&s| s <= offset).max(1);
        let start = starts.get(line - 1).copied().unwrap_or(0);
        let col = f.text.get(start..offset).map_or(0, |l| l.chars().count()) + 1;
        (line, col)
    }
}

/// The largest source file read: 16 MiB. The bundled regulation, with its
/// calendar and acts, is under 300 KiB; a larger file is a mistake (a
/// log, an archive) and reading it whole could exhaust memory.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Why a path that exists is not read (as a source or any other input).
///
/// It travels inside an [`io::Error`] (see [`Refusal::of`]), so that every
/// [`FileSystem`] keeps the signature of `std::fs::read_to_string`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// A directory, FIFO, socket or device: reading it could block forever
    /// (a FIFO) or never end (`/dev/zero`).
    NotAFile,
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// Not UTF-8 text. `text` is the file with every invalid sequence
    /// replaced by U+FFFD, and `at` the byte where the first one starts, so
    /// a diagnostic can point at it.
    NotUtf8 {
        /// The text, invalid bytes replaced.
        text: String,
        /// Offset of the first invalid byte.
        at: usize,
    },
}

impl Refusal {
    /// The refusal an I/O error carries, if it is one.
    pub fn of(error: &io::Error) -> Option<&Refusal> {
        error.get_ref()?.downcast_ref::<Refusal>()
    }

    /// What of the file's text is kept for its diagnostic: the text with
    /// invalid bytes replaced, so it can show where they are; else nothing.
    pub fn kept_text(&self) -> String {
        match self {
            Refusal::NotUtf8 { text, .. } => text.clone(),
            _ => String::new(),
        }
    }

    fn into_error(self) -> io::Error {
        let kind = match self {
            Refusal::NotAFile => io::ErrorKind::InvalidInput,
            Refusal::TooLarge => io::ErrorKind::FileTooLarge,
            Refusal::NotUtf8 { .. } => io::ErrorKind::InvalidData,
        };
        io::Error::new(kind, self)
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::NotAFile => f.write_str("not a regular file"),
            Refusal::TooLarge => f.write_str("larger than 16 MiB"),
            Refusal::NotUtf8 { .. } => f.write_str("not UTF-8 text"),
        }
    }
}

impl std::error::Error for Refusal {}

/// Where files are read from.
pub trait FileSystem {
    /// The text of the file at `path`. A path that exists but cannot be a
    /// source gives an error carrying a [`Refusal`].
    fn read_to_string(&self, path: &Path) -> io::Result<String>;

    /// What tells this state of the file at `path` from any later one
    /// without reading it, when the file system can say: a repeated
    /// analysis (`project::Analysis`) then neither reads nor parses a file
    /// whose stamp did not change. `None` (the default) means "read it".
    fn stamp(&self, _path: &Path) -> Option<Stamp> {
        None
    }

    /// What the file at `path` is, whatever path reaches it (a device and
    /// an inode), when the file system can say: two paths to one file
    /// through symbolic links or hard links are then one file, read once,
    /// and a file that includes itself by another path is a circle. `None`
    /// (the default) means "known by its path".
    fn identity(&self, _path: &Path) -> Option<FileIdentity> {
        None
    }
}

/// One file whatever path reaches it: its device and inode.
pub type FileIdentity = (u64, u64);

/// One state of a file on disk: its size, times and identity. Taken only
/// from a file last changed [`SETTLED`] ago or more: the kernel's clock for
/// file times is coarse, so two writes of the same length within one tick
/// would otherwise share a stamp (git's "racy" entries, handled the same way).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    len: u64,
    modified: std::time::SystemTime,
    /// Device, inode and the status-change time (which no tool can set
    /// back), where the platform has them.
    identity: (u64, u64, i64, i64),
}

/// How long ago a file must have changed for its [`Stamp`] to be trusted.
pub const SETTLED: std::time::Duration = std::time::Duration::from_secs(2);

/// The machine's real file system.
#[derive(Clone, Copy, Debug, Default)]
pub struct RealFileSystem;

impl FileSystem for RealFileSystem {
    fn read_to_string(&self, path: &Path) -> io::Result<String> {
        read_text(path)
    }

    #[cfg(unix)]
    fn identity(&self, path: &Path) -> Option<FileIdentity> {
        use std::os::unix::fs::MetadataExt as _;
        let meta = std::fs::metadata(path).ok()?;
        Some((meta.dev(), meta.ino()))
    }

    fn stamp(&self, path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        if !meta.is_file() {
            return None;
        }
        let modified = meta.modified().ok()?;
        #[cfg(unix)]
        let (identity, changed) = {
            use std::os::unix::fs::MetadataExt as _;
            let changed = u64::try_from(meta.ctime()).ok().map(|s| {
                std::time::UNIX_EPOCH
                    + std::time::Duration::new(s, u32::try_from(meta.ctime_nsec()).unwrap_or(0))
            })?;
            (
                (meta.dev(), meta.ino(), meta.ctime(), meta.ctime_nsec()),
                changed,
            )
        };
        #[cfg(not(unix))]
        let (identity, changed) = ((0, 0, 0, 0), modified);
        // A time in the future (a skewed clock) is never settled.
        let age = std::time::SystemTime::now()
            .duration_since(modified.max(changed))
            .ok()?;
        (age >= SETTLED).then_some(Stamp {
            len: meta.len(),
            modified,
            identity,
        })
    }
}

/// The bytes of the file at `path`, for every file the command line reads
/// (sources, facts, form data, office profiles). A path that is not a
/// regular file, or holds more than [`MAX_FILE_BYTES`], gives an error
/// carrying a [`Refusal`], and is refused before it is opened: opening a
/// FIFO blocks until someone writes, and `/dev/zero` never ends.
pub fn read_file(path: &Path) -> io::Result<Vec<u8>> {
    use std::io::Read as _;
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(Refusal::NotAFile.into_error());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge.into_error());
    }
    // The size can lie (files in /proc say 0) or grow while being read.
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge.into_error());
    }
    Ok(bytes)
}

/// The text of the file at `path`, read as [`read_file`] does; text that
/// is not UTF-8 gives an error carrying [`Refusal::NotUtf8`].
pub fn read_text(path: &Path) -> io::Result<String> {
    text_of(read_file(path)?)
}

/// The bytes as text, or the refusal saying where they stop being UTF-8.
fn text_of(bytes: Vec<u8>) -> io::Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
        Refusal::NotUtf8 { text, at }.into_error()
    })
}

/// Files kept in memory, for tests and benchmarks. A file may be given
/// as bytes, to test text that is not UTF-8.
#[derive(Clone, Debug, Default)]
pub struct MemoryFileSystem {
    files: BTreeMap<PathBuf, Vec<u8>>,
}

impl MemoryFileSystem {
    /// An empty file system.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds (or replaces) a file.
    pub fn insert(&mut self, path: impl Into<PathBuf>, text: impl Into<String>) -> &mut Self {
        self.files.insert(path.into(), text.into().into_bytes());
        self
    }

    /// Adds (or replaces) a file given as bytes.
    pub fn insert_bytes(
        &mut self,
        path: impl Into<PathBuf>,
        bytes: impl Into<Vec<u8>>,
    ) -> &mut Self {
        self.files.insert(path.into(), bytes.into());
        self
    }
}

impl FileSystem for MemoryFileSystem {
    fn read_to_string(&self, path: &Path) -> io::Result<String> {
        let bytes = self
            .files
            .get(path)
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no such file"))?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(Refusal::TooLarge.into_error());
        }
        text_of(bytes.clone())
    }
}

/// A path as shown to users and stored in outputs: `/` separators, no `./`.
pub fn display_path(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_owned).unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `line_col` computed before the table: count the newlines up to
    /// the offset, and the characters since the last one.
    fn rescanned(text: &str, offset: usize) -> (usize, usize) {
        let upto = text.get(..offset).unwrap_or(text);
        let line = upto.matches('\n').count() + 1;
        let col = upto.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, col)
    }

    #[test]
    fn line_col_agrees_with_a_rescan_at_every_offset() {
        let texts = [
            "",
            "\n",
            "a",
            "ab\ncd\n",
            "\n\nx",
            "пункт 1\r\nсрок — 30 дней\n\nконец",
        ];
        let mut sources = Sources::default();
        for (i, text) in texts.iter().enumerate() {
            let id = sources.add(format!("{i}.rgl"), (*text).to_owned());
            for offset in 0..=text.len() + 2 {
                assert_eq!(
                    sources.line_col(id, offset as u32),
                    rescanned(text, offset),
                    "{text:?} at {offset}"
                );
            }
        }
        assert_eq!(sources.line_col(99, 0), (0, 0));
    }
}
