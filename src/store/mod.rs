//! Session files on disk: versioned RON, migration, atomic save, a lock
//! against a second writer, and the folders plenum uses.

pub mod file;
pub mod folders;
pub mod format;

pub use file::{Lock, SessionFile, load, write_atomically};
pub use folders::{config_dir, list_sessions, new_session_path, sessions_dir, templates};
pub use format::{FormatError, parse_bytes, parse_session, to_ron};

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
    #[error("{}: the file exists already; choose another name", path.display())]
    Exists { path: PathBuf },
    #[error("no home folder found: give a sessions folder with --dir or PLENUM_DIR")]
    NoHome,
}

impl StoreError {
    pub fn io(path: &Path, action: &'static str, source: std::io::Error) -> StoreError {
        StoreError::Io {
            path: path.to_path_buf(),
            action,
            source,
        }
    }
}
