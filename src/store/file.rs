//! One session file on disk: load, lock against a second writer, and save
//! atomically (temp file in the same folder, fsync, rename, fsync folder).

use super::StoreError;
use super::format::{parse_bytes, to_ron};
use crate::core::Session;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// What a file looked like when plenum last read or wrote it; a difference
/// means somebody else changed it, and plenum will not overwrite that.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fingerprint {
    len: u64,
    modified: Option<SystemTime>,
}

fn fingerprint(path: &Path) -> Option<Fingerprint> {
    let meta = fs::metadata(path).ok()?;
    Some(Fingerprint {
        len: meta.len(),
        modified: meta.modified().ok(),
    })
}

/// Reads and parses a session file without locking it (for `check`,
/// `export`, listings).
pub fn load(path: &Path) -> Result<Session, StoreError> {
    let bytes = fs::read(path).map_err(|source| StoreError::io(path, "read", source))?;
    parse_bytes(&bytes).map_err(|error| StoreError::Format {
        path: path.to_path_buf(),
        error,
    })
}

/// An exclusive lock next to a session file. While it is held no other plenum
/// writes the session; the operating system releases it if plenum dies.
#[derive(Debug)]
pub struct Lock {
    _file: File,
    path: PathBuf,
}

impl Lock {
    /// Locks `session_path`, or says that another program holds it.
    pub fn acquire(session_path: &Path) -> Result<Lock, StoreError> {
        let path = lock_path(session_path);
        let mut file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|source| StoreError::io(&path, "create the lock file", source))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                let holder = fs::read_to_string(&path).ok().map(|s| s.trim().to_string());
                return Err(StoreError::Locked {
                    path: session_path.to_path_buf(),
                    holder: holder.filter(|h| !h.is_empty()),
                });
            }
            Err(fs::TryLockError::Error(source)) => return Err(StoreError::io(&path, "lock", source)),
        }
        // Tell a second plenum who holds the lock; failing to write this only
        // makes that message less specific.
        let _ = file.set_len(0);
        let _ = writeln!(file, "plenum process {}", std::process::id());
        Ok(Lock { _file: file, path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// The hidden lock file beside a session: `.NAME.ron.lock`.
pub fn lock_path(session_path: &Path) -> PathBuf {
    let name = session_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    session_path.with_file_name(format!(".{name}.lock"))
}

/// A session file opened for editing: locked, and saved only over the
/// version plenum itself last read or wrote.
#[derive(Debug)]
pub struct SessionFile {
    path: PathBuf,
    _lock: Lock,
    last_seen: Option<Fingerprint>,
}

impl SessionFile {
    /// Locks and loads an existing session.
    pub fn open(path: &Path) -> Result<(SessionFile, Session), StoreError> {
        // A mistyped name must not leave a lock file behind.
        fs::metadata(path).map_err(|source| StoreError::io(path, "read", source))?;
        let lock = Lock::acquire(path)?;
        let session = load(path)?;
        let file = SessionFile {
            path: path.to_path_buf(),
            _lock: lock,
            last_seen: fingerprint(path),
        };
        Ok((file, session))
    }

    /// Creates a new session file; refuses to replace an existing file.
    pub fn create(path: &Path, session: &Session) -> Result<SessionFile, StoreError> {
        if path.exists() {
            return Err(StoreError::Exists {
                path: path.to_path_buf(),
            });
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent)
                .map_err(|source| StoreError::io(parent, "create the folder", source))?;
        }
        let lock = Lock::acquire(path)?;
        let mut file = SessionFile {
            path: path.to_path_buf(),
            _lock: lock,
            last_seen: None,
        };
        file.save(session)?;
        Ok(file)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes the session atomically. Refuses when the file was changed by
    /// someone else since plenum last read or wrote it.
    pub fn save(&mut self, session: &Session) -> Result<(), StoreError> {
        let current = fingerprint(&self.path);
        if current.is_some() && current != self.last_seen {
            return Err(StoreError::ChangedOnDisk {
                path: self.path.clone(),
            });
        }
        write_atomically(&self.path, to_ron(session).as_bytes())?;
        self.last_seen = fingerprint(&self.path);
        Ok(())
    }
}

/// Writes `bytes` to `path` so that a crash leaves either the old or the new
/// file, never a mix: temp file in the same folder, fsync, rename, fsync the
/// folder. An existing file keeps its permissions.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".plenum-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(|source| StoreError::io(&folder, "create a temporary file in", source))?;
    temp.write_all(bytes)
        .map_err(|source| StoreError::io(temp.path(), "write", source))?;
    temp.as_file()
        .sync_all()
        .map_err(|source| StoreError::io(temp.path(), "flush", source))?;
    let permissions = fs::metadata(path)
        .map(|meta| meta.permissions())
        .ok()
        .or_else(default_permissions);
    if let Some(permissions) = permissions {
        // Permissions are a comfort: a failure here must not stop the save.
        let _ = fs::set_permissions(temp.path(), permissions);
    }
    temp.persist(path)
        .map_err(|error| StoreError::io(path, "replace", error.error))?;
    if let Ok(dir) = File::open(&folder) {
        // Makes the rename itself durable; not all file systems support it.
        let _ = dir.sync_all();
    }
    Ok(())
}

/// New session files are readable by the team sharing the folder.
#[cfg(unix)]
fn default_permissions() -> Option<fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<fs::Permissions> {
    None
}
