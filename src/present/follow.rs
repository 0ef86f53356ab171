//! Following the control terminal by looking at its files: the session and
//! the stage. A cheap poll of their metadata (size, modification time,
//! inode) rather than a file watcher: it needs no extra dependency, sees a
//! file replaced by rename (a new inode) as well as one rewritten in place,
//! keeps working when the folder is on a network drive where inotify is
//! silent, and costs two `stat` calls a poll. Only a changed file is read.
//!
//! A file that cannot be read or parsed (half written by another program,
//! truncated for a moment, broken by hand) leaves the last good session in
//! place; it is read again as soon as it changes.

use super::link::{self, Stage};
use crate::core::Session;
use crate::store;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// What tells one version of a file from the next without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Signature {
    len: u64,
    modified: Option<SystemTime>,
    inode: u64,
}

fn signature(path: &Path) -> Option<Signature> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let inode = 0;
    Some(Signature {
        len: meta.len(),
        modified: meta.modified().ok(),
        inode,
    })
}

/// The session and stage as last read.
#[derive(Debug)]
pub struct Follower {
    session_path: PathBuf,
    stage_path: PathBuf,
    session_seen: Option<Signature>,
    stage_seen: Option<Signature>,
    /// The last session that could be read.
    pub session: Option<Session>,
    /// Why the file could not be read the last time (not shown to the
    /// room; for the command line when there was never a good one).
    pub problem: Option<String>,
    pub stage: Stage,
}

impl Follower {
    pub fn new(session_path: &Path, runtime: &Path) -> Follower {
        Follower {
            session_path: session_path.to_path_buf(),
            stage_path: link::stage_path(runtime, session_path),
            session_seen: None,
            stage_seen: None,
            session: None,
            problem: None,
            stage: Stage::default(),
        }
    }

    /// Looks at both files; reads what changed. True when the view may
    /// have changed.
    pub fn poll(&mut self) -> bool {
        let mut changed = false;
        let now = signature(&self.session_path);
        if now != self.session_seen {
            self.session_seen = now;
            changed |= self.read_session();
        }
        let now = signature(&self.stage_path);
        if now != self.stage_seen {
            self.stage_seen = now;
            // No stage (no control terminal has written one): the board.
            let stage = link::read_stage(&self.stage_path).unwrap_or_default();
            changed |= stage != self.stage;
            self.stage = stage;
        }
        changed
    }

    fn read_session(&mut self) -> bool {
        let parsed = std::fs::read(&self.session_path)
            .map_err(|error| error.to_string())
            .and_then(|bytes| store::parse_bytes(&bytes).map_err(|error| error.to_string()));
        match parsed {
            Ok(mut session) => {
                session.strip_control_characters();
                self.problem = None;
                let changed = self.session.as_ref() != Some(&session);
                self.session = Some(session);
                changed
            }
            Err(problem) => {
                // Keep the last good view; try again when the file changes.
                self.problem = Some(problem);
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::Language;
    use jiff::Timestamp;

    fn session(title: &str) -> Session {
        Session::new(title, "custom", Language::En, Timestamp::UNIX_EPOCH)
    }

    fn write(path: &Path, session: &Session) {
        std::fs::write(path, store::to_ron(session).expect("serialises")).unwrap();
    }

    #[test]
    fn a_broken_file_keeps_the_last_good_session_until_a_good_one_comes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        write(&path, &session("First"));
        let mut follower = Follower::new(&path, dir.path());
        assert!(follower.poll());
        assert_eq!(follower.session.as_ref().unwrap().title, "First");
        assert!(!follower.poll(), "nothing changed");

        let text = store::to_ron(&session("Second")).expect("serialises");
        std::fs::write(&path, &text[..text.len() / 2]).unwrap();
        assert!(!follower.poll(), "half a file changes nothing shown");
        assert_eq!(follower.session.as_ref().unwrap().title, "First");
        assert!(follower.problem.is_some());

        std::fs::remove_file(&path).unwrap();
        follower.poll();
        assert_eq!(follower.session.as_ref().unwrap().title, "First");

        // Replaced by rename, as the control terminal saves.
        let fresh = dir.path().join("s.ron.tmp");
        write(&fresh, &session("Second"));
        std::fs::rename(&fresh, &path).unwrap();
        assert!(follower.poll());
        assert_eq!(follower.session.as_ref().unwrap().title, "Second");
        assert!(follower.problem.is_none());
    }
}
