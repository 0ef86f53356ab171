//! One session file on disk: load, lock against a second writer, and save
//! atomically, only over the version plenum itself last read or wrote.

use super::StoreError;
use super::disk::{self, Fingerprint};
use super::format::{parse_bytes, to_ron};
use crate::core::Session;
use std::fs;
use std::path::{Path, PathBuf};

pub use super::disk::write_atomically;
pub use super::lock::{Lock, lock_path};

/// Reads and parses a session file without locking it (for `check`,
/// `export`, listings). Only regular files are read: a FIFO is refused.
pub fn load(path: &Path) -> Result<Session, StoreError> {
    let bytes = disk::read_regular_file(path)?;
    parse(path, &bytes)
}

fn parse(path: &Path, bytes: &[u8]) -> Result<Session, StoreError> {
    parse_bytes(bytes).map_err(|error| StoreError::Format {
        path: path.to_path_buf(),
        error,
    })
}

/// A session file opened by plenum: locked and saved only over the version
/// plenum last read or wrote; or opened read-only, when it cannot be written.
#[derive(Debug)]
pub struct SessionFile {
    path: PathBuf,
    /// `None` for a read-only file: nothing to protect against.
    _lock: Option<Lock>,
    /// Why the file cannot be written, when it was opened read-only.
    read_only: Option<StoreError>,
    /// The file as plenum last read or wrote it; `None` before the first save.
    last_seen: Option<Fingerprint>,
    /// The session as last read or written, to save nothing when nothing
    /// changed (a repository of sessions stays clean).
    last_saved: Option<Session>,
}

impl SessionFile {
    /// Locks and loads an existing session for editing. A file that cannot
    /// be written is refused with the reason; see [`SessionFile::open_or_read_only`].
    pub fn open(path: &Path) -> Result<(SessionFile, Session), StoreError> {
        let (file, session) = SessionFile::open_or_read_only(path)?;
        match file.read_only {
            Some(reason) => Err(reason),
            None => Ok((file, session)),
        }
    }

    /// Loads a session: locked for editing when it can be written, else
    /// read-only ([`SessionFile::read_only`] says why; every save then
    /// returns that reason and the file is never touched).
    pub fn open_or_read_only(path: &Path) -> Result<(SessionFile, Session), StoreError> {
        let mut reader = disk::open_regular(path)?;
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut reader, &mut bytes)
            .map_err(|source| StoreError::io(path, "read", source))?;
        let meta = reader
            .metadata()
            .map_err(|source| StoreError::io(path, "read", source))?;
        let session = parse(path, &bytes)?;
        let target = disk::resolve_link(path);
        let (lock, read_only) = match disk::check_writable(&target) {
            Ok(()) => (Some(Lock::acquire(path)?), None),
            Err(reason) if reason.is_read_only() => (None, Some(reason)),
            Err(other) => return Err(other),
        };
        if lock.is_some() {
            disk::remove_stale_temp_files(&disk::folder_of(&target));
        }
        let file = SessionFile {
            path: path.to_path_buf(),
            _lock: lock,
            read_only,
            last_seen: Some(Fingerprint::of(&bytes, &meta)),
            last_saved: Some(session.clone()),
        };
        Ok((file, session))
    }

    /// Creates a new session file; refuses to replace an existing file. A
    /// failure leaves nothing behind: no file, no lock, no new folder.
    pub fn create(path: &Path, session: &Session) -> Result<SessionFile, StoreError> {
        if fs::symlink_metadata(path).is_ok() {
            return Err(StoreError::Exists {
                path: path.to_path_buf(),
            });
        }
        let folder = disk::folder_of(path);
        let created_folder = !folder.exists();
        if created_folder {
            fs::create_dir_all(&folder)
                .map_err(|source| StoreError::io(&folder, "create the folder", source))?;
        }
        let result = SessionFile::create_in_existing_folder(path, session);
        if result.is_err() && created_folder {
            // Only an empty folder goes; anything else someone put there stays.
            let _ = fs::remove_dir(&folder);
        }
        result
    }

    fn create_in_existing_folder(path: &Path, session: &Session) -> Result<SessionFile, StoreError> {
        let lock = Lock::acquire(path)?;
        disk::remove_stale_temp_files(&disk::folder_of(path));
        let mut file = SessionFile {
            path: path.to_path_buf(),
            _lock: Some(lock),
            read_only: None,
            last_seen: None,
            last_saved: None,
        };
        file.save(session)?;
        Ok(file)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Why the file was opened read-only, if it was.
    pub fn read_only(&self) -> Option<&StoreError> {
        self.read_only.as_ref()
    }

    /// Whether the file is still as plenum left it: `Err(Deleted)` or
    /// `Err(ChangedOnDisk)` otherwise. Reads the file; writes nothing.
    pub fn check_on_disk(&self) -> Result<(), StoreError> {
        let Some(last_seen) = self.last_seen else {
            return Ok(());
        };
        match disk::current_fingerprint(&self.path)? {
            None => Err(StoreError::Deleted {
                path: self.path.clone(),
            }),
            Some(now) if now != last_seen => Err(StoreError::ChangedOnDisk {
                path: self.path.clone(),
            }),
            Some(_) => Ok(()),
        }
    }

    /// Writes the session atomically, through a symlink to its target.
    /// Writes nothing when nothing but `updated` changed since the last
    /// read or write. Refuses, leaving the file as it is, when the file is
    /// read-only, was changed by another program, or was deleted.
    pub fn save(&mut self, session: &Session) -> Result<(), StoreError> {
        if let Some(reason) = &self.read_only {
            return Err(reason.again());
        }
        self.check_on_disk()?;
        if self
            .last_saved
            .as_ref()
            .is_some_and(|last| same_content(last, session))
        {
            return Ok(());
        }
        self.write(session)
    }

    /// Writes the session again after the file was deleted (the user chose
    /// to keep working on it); still refuses to replace a file that is there.
    pub fn restore(&mut self, session: &Session) -> Result<(), StoreError> {
        match self.check_on_disk() {
            Err(StoreError::Deleted { .. }) => {
                self.last_seen = None;
                self.last_saved = None;
                self.save(session)
            }
            Err(other) => Err(other),
            Ok(()) => self.save(session),
        }
    }

    fn write(&mut self, session: &Session) -> Result<(), StoreError> {
        let text = to_ron(session).map_err(|error| StoreError::Serialise {
            path: self.path.clone(),
            message: error.0,
        })?;
        let target = disk::resolve_link(&self.path);
        let written = write_atomically(&self.path, text.as_bytes());
        // After a failed folder sync the new file is in place all the same.
        if matches!(written, Ok(()) | Err(StoreError::FolderSync { .. })) {
            self.last_seen = fs::metadata(&target)
                .ok()
                .map(|meta| Fingerprint::of(text.as_bytes(), &meta));
            self.last_saved = Some(session.clone());
        }
        written
    }
}

/// Equal apart from the time of the last change, which a save without a
/// change must not move.
fn same_content(saved: &Session, now: &Session) -> bool {
    if saved.updated == now.updated {
        return saved == now;
    }
    let mut now = now.clone();
    now.updated = saved.updated;
    *saved == now
}
