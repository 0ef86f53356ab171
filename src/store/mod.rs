//! Session files on disk: versioned RON, migration, atomic save, a lock
//! against a second writer, and the folders plenum uses.

mod disk;
pub mod file;
pub mod folders;
pub mod format;
mod lock;

pub use disk::{read_config_file, read_regular_file, remove_stale_temp_files};
pub use file::{Lock, SessionFile, load, write_atomically};
pub use folders::{LIST_SIZE_LIMIT, config_dir, list_sessions, new_session_path, sessions_dir, templates};
pub use format::{FormatError, SerialiseError, parse_bytes, parse_session, to_ron};

use std::path::{Path, PathBuf};
use thiserror::Error;

/// A problem with a file, worded so that the user knows which file and what
/// to do. The file itself is never changed when one of these is returned.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("{}: could not {action}: {source}", path.display())]
    Io {
        path: PathBuf,
        action: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error("{}:{error}", path.display())]
    Format { path: PathBuf, error: FormatError },
    #[error(
        "{}: the session is open in another plenum{}; close it there first",
        path.display(),
        holder.as_ref().map(|h| format!(" ({h})")).unwrap_or_default()
    )]
    Locked { path: PathBuf, holder: Option<String> },
    #[error("{}: the file was changed by another program since plenum read it; not overwritten", path.display())]
    ChangedOnDisk { path: PathBuf },
    #[error("{}: the file was deleted or moved by another program since plenum read it; not recreated", path.display())]
    Deleted { path: PathBuf },
    #[error("{}: the file is read-only; not replaced", path.display())]
    FileNotWritable { path: PathBuf },
    #[error("{}: the folder (or its drive) does not allow writing", path.display())]
    FolderNotWritable { path: PathBuf },
    #[error("{}: the file is marked immutable (chattr +i); not replaced", path.display())]
    Immutable { path: PathBuf },
    #[error("{}: the disk is full; the file on disk is still the previous version", path.display())]
    DiskFull { path: PathBuf },
    #[error("{}: saved, but the folder could not be flushed ({source}); a power cut could still lose the save", path.display())]
    FolderSync {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: {message}; nothing was written", path.display())]
    Serialise { path: PathBuf, message: String },
    #[error("{}: not a regular file (a folder, a pipe or a device); not read", path.display())]
    NotRegularFile { path: PathBuf },
    #[error("{}: {} MB, too large to summarise in a list; open or check it directly", path.display(), bytes / 1_000_000)]
    TooLarge { path: PathBuf, bytes: u64 },
    #[error("{}: the file exists already; choose another name", path.display())]
    Exists { path: PathBuf },
    #[error("no home folder found: give a sessions folder with --dir or PLENUM_DIR")]
    NoHome,
}

impl StoreError {
    /// The file cannot be written at all: opening it read-only makes sense.
    pub fn is_read_only(&self) -> bool {
        matches!(
            self,
            StoreError::FileNotWritable { .. }
                | StoreError::FolderNotWritable { .. }
                | StoreError::Immutable { .. }
        )
    }

    /// The same save may succeed later without the user doing anything
    /// about this file (space freed, a network drive back): worth retrying
    /// on a timer. Read-only files and outside changes are not.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            StoreError::DiskFull { .. } | StoreError::FolderSync { .. } | StoreError::Io { .. }
        )
    }

    /// A copy of a read-only reason (the others carry an OS error that
    /// cannot be copied; they are never kept).
    pub(crate) fn again(&self) -> StoreError {
        match self {
            StoreError::FolderNotWritable { path } => StoreError::FolderNotWritable { path: path.clone() },
            StoreError::Immutable { path } => StoreError::Immutable { path: path.clone() },
            StoreError::FileNotWritable { path } => StoreError::FileNotWritable { path: path.clone() },
            other => StoreError::FileNotWritable {
                path: other.path().map(Path::to_path_buf).unwrap_or_default(),
            },
        }
    }

    /// The file or folder the error is about.
    pub fn path(&self) -> Option<&Path> {
        match self {
            StoreError::Io { path, .. }
            | StoreError::Format { path, .. }
            | StoreError::Locked { path, .. }
            | StoreError::ChangedOnDisk { path }
            | StoreError::Exists { path }
            | StoreError::Deleted { path }
            | StoreError::FileNotWritable { path }
            | StoreError::FolderNotWritable { path }
            | StoreError::Immutable { path }
            | StoreError::DiskFull { path }
            | StoreError::FolderSync { path, .. }
            | StoreError::Serialise { path, .. }
            | StoreError::NotRegularFile { path }
            | StoreError::TooLarge { path, .. } => Some(path),
            StoreError::NoHome => None,
        }
    }

    pub fn io(path: &Path, action: &'static str, source: std::io::Error) -> StoreError {
        StoreError::Io {
            path: path.to_path_buf(),
            action,
            source,
        }
    }
}
