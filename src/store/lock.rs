//! The lock against a second writer. Lock files live in the user's runtime
//! folder, named after the session file's real path, so that a folder of
//! sessions (a git repository, a synced folder) never holds one, and a
//! session opened through a symlink and by its real name shares one lock.

use super::StoreError;
use super::disk::fnv1a;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// An exclusive lock on a session file. While it is held no other plenum
/// writes the session; the operating system releases it if plenum dies, and
/// dropping it removes the lock file.
#[derive(Debug)]
pub struct Lock {
    file: File,
    path: PathBuf,
}

impl Lock {
    /// Locks `session_path`, or says that another program holds it.
    pub fn acquire(session_path: &Path) -> Result<Lock, StoreError> {
        let path = lock_path(session_path);
        if let Some(folder) = path.parent() {
            create_private_folder(folder)?;
        }
        // Another plenum may remove the lock file between our open and our
        // lock; then the file we locked is no longer the one others find.
        for _ in 0..3 {
            let file = open_lock_file(&path)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(fs::TryLockError::WouldBlock) => {
                    let holder = fs::read_to_string(&path).ok().map(|s| s.trim().to_string());
                    return Err(StoreError::Locked {
                        path: session_path.to_path_buf(),
                        holder: holder.filter(|h| !h.is_empty()),
                    });
                }
                Err(fs::TryLockError::Error(source)) => {
                    return Err(StoreError::io(&path, "lock", source));
                }
            }
            if same_file(&file, &path) {
                let mut lock = Lock { file, path };
                lock.name_holder();
                remove_legacy_lock(session_path)?;
                return Ok(lock);
            }
        }
        Err(StoreError::Locked {
            path: session_path.to_path_buf(),
            holder: None,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Tells a second plenum who holds the lock; failing to write this only
    /// makes that message less specific.
    fn name_holder(&mut self) {
        let _ = self.file.set_len(0);
        let _ = writeln!(self.file, "plenum process {}", std::process::id());
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still locked, so a plenum that opens it meanwhile
        // notices (see `same_file`) and takes a fresh one.
        let _ = fs::remove_file(&self.path);
    }
}

/// Earlier versions of plenum kept `.NAME.ron.lock` beside the session. One
/// that nobody holds is removed (the folder stays clean); one held by an
/// older plenum still running means the session is open there.
fn remove_legacy_lock(session_path: &Path) -> Result<(), StoreError> {
    let Some(name) = session_path.file_name() else {
        return Ok(());
    };
    let legacy = session_path.with_file_name(format!(".{}.lock", name.to_string_lossy()));
    let Ok(file) = OpenOptions::new().read(true).write(true).open(&legacy) else {
        return Ok(());
    };
    match file.try_lock() {
        Ok(()) => {
            let _ = fs::remove_file(&legacy);
            Ok(())
        }
        Err(fs::TryLockError::WouldBlock) => Err(StoreError::Locked {
            path: session_path.to_path_buf(),
            holder: fs::read_to_string(&legacy)
                .ok()
                .map(|h| h.trim().to_string())
                .filter(|h| !h.is_empty()),
        }),
        Err(fs::TryLockError::Error(_)) => Ok(()),
    }
}

fn open_lock_file(path: &Path) -> Result<File, StoreError> {
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(path)
        .map_err(|source| StoreError::io(path, "create the lock file", source))
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}

fn create_private_folder(folder: &Path) -> Result<(), StoreError> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(folder)
        .map_err(|source| StoreError::io(folder, "create the lock folder", source))
}

/// The lock file of a session: in `$XDG_RUNTIME_DIR/plenum/locks` (else the
/// temp folder, per user), named after the file and a hash of its real path.
pub fn lock_path(session_path: &Path) -> PathBuf {
    let real = real_path(session_path);
    let name = real
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let hash = fnv1a(real.as_os_str().as_encoded_bytes());
    lock_folder().join(format!("{name}-{hash:016x}.lock"))
}

/// The session file's absolute path with symlinks resolved; for a file not
/// created yet, its folder's.
fn real_path(path: &Path) -> PathBuf {
    if let Ok(real) = fs::canonicalize(path) {
        return real;
    }
    let folder = super::disk::folder_of(path);
    match (fs::canonicalize(&folder), path.file_name()) {
        (Ok(folder), Some(name)) => folder.join(name),
        _ => std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
    }
}

fn lock_folder() -> PathBuf {
    match std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        Some(runtime) => PathBuf::from(runtime).join("plenum").join("locks"),
        None => std::env::temp_dir()
            .join(format!("plenum-{}", user_id()))
            .join("locks"),
    }
}

#[cfg(unix)]
fn user_id() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

#[cfg(not(unix))]
fn user_id() -> u32 {
    0
}
