//! The file system under a session file: reading only regular files,
//! fingerprints of what was read, atomic replacement, leftover temp files,
//! and turning the operating system's errors into causes a user can act on.

use super::StoreError;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// Temp files are named `.plenum-PID-RANDOM.tmp`, so that a later plenum
/// can tell whether the process that wrote one is still running.
const TEMP_PREFIX: &str = ".plenum-";
const TEMP_SUFFIX: &str = ".tmp";

/// A temp file older than this is abandoned whoever wrote it (a save takes
/// milliseconds); this also covers temp files written on another machine.
const TEMP_MAX_AGE: std::time::Duration = std::time::Duration::from_secs(600);

/// Reads a file only if it is a regular file (symlinks followed). A FIFO,
/// a device or a folder is refused without blocking on it.
pub fn read_regular_file(path: &Path) -> Result<Vec<u8>, StoreError> {
    let mut file = open_regular(path)?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)
        .map_err(|source| StoreError::io(path, "read", source))?;
    Ok(bytes)
}

/// A config file (keymap, theme, template) as text. Only regular files are
/// read: a FIFO named `keymap.ron` is refused instead of hanging the start.
pub fn read_config_file(path: &Path) -> Result<String, StoreError> {
    let bytes = read_regular_file(path)?;
    String::from_utf8(bytes).map_err(|error| StoreError::Format {
        path: path.to_path_buf(),
        error: super::FormatError::NotText {
            at: super::format::position_of_byte(error.as_bytes(), error.utf8_error().valid_up_to()),
        },
    })
}

/// Opens a file for reading if it is a regular file. `O_NONBLOCK` makes
/// opening a FIFO return at once, so that it can be refused.
pub fn open_regular(path: &Path) -> Result<File, StoreError> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options
        .open(path)
        .map_err(|source| StoreError::io(path, "read", source))?;
    let meta = file
        .metadata()
        .map_err(|source| StoreError::io(path, "read", source))?;
    if !meta.is_file() {
        return Err(StoreError::NotRegularFile {
            path: path.to_path_buf(),
        });
    }
    Ok(file)
}

/// What a file held when plenum last read or wrote it: a hash of its bytes
/// (so that an edit of the same length with the old timestamp is noticed)
/// and its inode (so that a replaced file is noticed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    len: u64,
    hash: u64,
    inode: Option<(u64, u64)>,
}

impl Fingerprint {
    pub fn of(bytes: &[u8], meta: &fs::Metadata) -> Fingerprint {
        Fingerprint {
            len: bytes.len() as u64,
            hash: fnv1a(bytes),
            inode: inode(meta),
        }
    }
}

/// The file's bytes and fingerprint now; `None` when it no longer exists.
pub fn current_fingerprint(path: &Path) -> Result<Option<Fingerprint>, StoreError> {
    let mut file = match open_regular(path) {
        Ok(file) => file,
        Err(StoreError::Io { source, .. }) if source.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(other) => return Err(other),
    };
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)
        .map_err(|source| StoreError::io(path, "read", source))?;
    let meta = file
        .metadata()
        .map_err(|source| StoreError::io(path, "read", source))?;
    Ok(Some(Fingerprint::of(&bytes, &meta)))
}

/// FNV-1a, 64 bit: stable across builds and platforms, which a lock name
/// needs; good enough to notice that a file's bytes changed.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(unix)]
fn inode(meta: &fs::Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn inode(_meta: &fs::Metadata) -> Option<(u64, u64)> {
    None
}

/// The folder a file is in (`.` for a bare name).
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Why a session file cannot be written, checked before anything is
/// written: a file without write permission (also for root, who could
/// replace it), an immutable file, or a folder that takes no new files.
pub fn check_writable(path: &Path) -> Result<(), StoreError> {
    check_file_writable(path)?;
    let folder = folder_of(path);
    // A temp file is what a save needs in the folder; try one.
    temp_file_in(&folder)
        .map(drop)
        .map_err(|error| cause(error, path, &folder, Stage::CreateTemp))
}

/// The file's part of [`check_writable`]; a missing file passes.
pub fn check_file_writable(path: &Path) -> Result<(), StoreError> {
    let folder = folder_of(path);
    match fs::metadata(path) {
        Ok(meta) => {
            if meta.permissions().readonly() {
                return Err(StoreError::FileNotWritable {
                    path: path.to_path_buf(),
                });
            }
            // Opening for writing (without truncating) changes nothing, and
            // fails for an immutable file or on a read-only drive.
            OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(|error| cause(error, path, &folder, Stage::OpenFile))?;
        }
        Err(error) if error.kind() == io::ErrorKind::NotFound => {}
        Err(error) => return Err(StoreError::io(path, "read", error)),
    }
    Ok(())
}

/// Where in a save an error happened, to name its cause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    OpenFile,
    CreateTemp,
    WriteTemp,
    Replace,
}

/// The cause of an operating-system error during a save, as the user can
/// act on it.
pub fn cause(error: io::Error, path: &Path, folder: &Path, stage: Stage) -> StoreError {
    let file = path.to_path_buf();
    let folder = folder.to_path_buf();
    match error.kind() {
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => StoreError::DiskFull { path: folder },
        io::ErrorKind::ReadOnlyFilesystem => StoreError::FolderNotWritable { path: folder },
        io::ErrorKind::NotFound if stage == Stage::CreateTemp => StoreError::Deleted { path: folder },
        io::ErrorKind::PermissionDenied => match (is_eperm(&error), stage) {
            // EPERM where permissions would say EACCES: chattr +i, or an
            // append-only file.
            (true, Stage::OpenFile | Stage::Replace) => StoreError::Immutable { path: file },
            (_, Stage::OpenFile) => StoreError::FileNotWritable { path: file },
            _ => StoreError::FolderNotWritable { path: folder },
        },
        _ => StoreError::io(path, "save", error),
    }
}

#[cfg(unix)]
fn is_eperm(error: &io::Error) -> bool {
    error.raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn is_eperm(_error: &io::Error) -> bool {
    false
}

fn temp_file_in(folder: &Path) -> io::Result<tempfile::NamedTempFile> {
    tempfile::Builder::new()
        .prefix(&format!("{TEMP_PREFIX}{}-", std::process::id()))
        .suffix(TEMP_SUFFIX)
        .tempfile_in(folder)
}

/// Writes `bytes` to `path` so that a crash leaves either the old or the new
/// file, never a mix: temp file in the same folder, permissions, fsync,
/// rename, fsync the folder. A symlink is followed: its target is replaced
/// and the link stays. An existing file keeps its permissions; a read-only
/// or immutable one is refused, not replaced.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let target = resolve_link(path);
    check_file_writable(&target)?;
    let folder = folder_of(&target);
    let mut temp = temp_file_in(&folder).map_err(|e| cause(e, &target, &folder, Stage::CreateTemp))?;
    if let Some(permissions) = permissions_for(&target) {
        // Set before the rename, so that the file never appears with the
        // temp file's private permissions. A failure only costs that comfort.
        let _ = fs::set_permissions(temp.path(), permissions);
    }
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|e| cause(e, &target, &folder, Stage::WriteTemp))?;
    temp.persist(&target)
        .map_err(|e| cause(e.error, &target, &folder, Stage::Replace))?;
    sync_folder(&folder)
}

/// The file a path names, following symlinks (a session kept in a synced
/// folder and linked from the sessions folder). A dangling or missing path
/// is written as it is.
pub fn resolve_link(path: &Path) -> PathBuf {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    }
}

/// Makes the rename itself durable. File systems that cannot sync a folder
/// say so with EINVAL or ENOTSUP; that is not a failure.
fn sync_folder(folder: &Path) -> Result<(), StoreError> {
    let result = File::open(folder).and_then(|dir| dir.sync_all());
    match result {
        Ok(()) => Ok(()),
        Err(error)
            if matches!(
                error.kind(),
                io::ErrorKind::InvalidInput | io::ErrorKind::Unsupported
            ) =>
        {
            Ok(())
        }
        Err(source) => Err(StoreError::FolderSync {
            path: folder.to_path_buf(),
            source,
        }),
    }
}

fn permissions_for(path: &Path) -> Option<fs::Permissions> {
    fs::metadata(path)
        .map(|meta| meta.permissions())
        .ok()
        .or_else(default_permissions)
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

/// Removes temp files in `folder` that a plenum killed during a save left
/// behind: those of processes that no longer run, and any older than ten
/// minutes. Returns how many were removed; failures are left for next time.
pub fn remove_stale_temp_files(folder: &Path) -> usize {
    let Ok(entries) = fs::read_dir(folder) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(middle) = name
            .strip_prefix(TEMP_PREFIX)
            .and_then(|n| n.strip_suffix(TEMP_SUFFIX))
        else {
            continue;
        };
        let writer_alive = middle
            .split('-')
            .next()
            .and_then(|pid| pid.parse::<u32>().ok())
            .is_some_and(process_runs);
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > TEMP_MAX_AGE);
        let regular = entry.file_type().is_ok_and(|t| t.is_file());
        if regular && (!writer_alive || old) && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(unix)]
fn process_runs(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    if pid <= 0 {
        return false;
    }
    // Signal 0 only asks whether the process exists; EPERM means it does
    // (it belongs to someone else).
    // SAFETY: kill with signal 0 sends nothing and touches no memory.
    let result = unsafe { libc::kill(pid, 0) };
    result == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn process_runs(_pid: u32) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_is_the_published_function() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn a_folder_that_cannot_be_flushed_is_reported_not_ignored() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert!(sync_folder(dir.path()).is_ok());
        let gone = dir.path().join("gone");
        match sync_folder(&gone) {
            Err(StoreError::FolderSync { path, .. }) => assert_eq!(path, gone),
            other => panic!("expected FolderSync, got {other:?}"),
        }
    }

    #[test]
    fn temp_files_of_dead_processes_go_and_live_ones_stay() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mine = dir.path().join(format!(".plenum-{}-abc.tmp", std::process::id()));
        // Process ids wrap far below this, so no process has it.
        let dead = dir.path().join(".plenum-999999999-abc.tmp");
        let other = dir.path().join("notes.tmp");
        for path in [&mine, &dead, &other] {
            fs::write(path, "x").expect("write");
        }
        assert_eq!(remove_stale_temp_files(dir.path()), 1);
        assert!(mine.exists() && other.exists() && !dead.exists());
    }
}
