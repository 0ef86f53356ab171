//! What ties an audience view to the control terminal, besides the session
//! file: two small files in the user's runtime folder, named after the
//! session file's real path.
//!
//! - `<key>.stage.ron`, written by the control terminal whenever what it
//!   shows changes: the screen the room should follow (board, cluster mode,
//!   the hand-over, the results), the idea the facilitator points at, and
//!   the room layout. This is where the facilitator *is*, not what the
//!   workshop produced, so it stays out of the session file: putting it
//!   there would rewrite the session (and its git history, and every
//!   export) at each cursor move. It never holds a ballot or a tally: only
//!   ids, the name of whose turn it is, and the layout.
//! - `<key>.presenter-<pid>`, one per running audience view, rewritten
//!   every few seconds. The control terminal counts the fresh ones to say
//!   "audience view attached"; a file older than [`PRESENCE_STALE`] is left
//!   over from a presenter that was killed and is ignored.
//!
//! Both are written to a temporary file and renamed, so a reader never
//! sees half of one.

use crate::core::{CheckinId, IdeaId, Language, RoundId};
use crate::i18n::{Msg, tr};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// A presence file not rewritten for this long belongs to no one.
pub const PRESENCE_STALE: Duration = Duration::from_secs(10);
/// How often a presenter rewrites its presence file.
pub const PRESENCE_EVERY: Duration = Duration::from_secs(3);

/// The room layout of the audience view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum RoomLayout {
    /// Everything: clusters side by side with their ideas.
    #[default]
    Compact,
    /// Fewer, bigger things for a large room: the question, the timer and
    /// the cluster titles, or the idea pointed at.
    Large,
}

impl RoomLayout {
    pub fn toggled(self) -> RoomLayout {
        match self {
            RoomLayout::Compact => RoomLayout::Large,
            RoomLayout::Large => RoomLayout::Compact,
        }
    }
}

/// What the facilitator's terminal shows, as far as the room follows it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Showing {
    /// The phase's ideas (the session screen, its forms, the menus).
    #[default]
    Board,
    /// Cluster mode.
    Cluster,
    /// The list of voting rounds, or the form that opens one.
    Rounds,
    /// Between two voters: the keyboard goes round.
    HandOver { round: RoundId },
    /// Someone is voting: only their name leaves the control terminal.
    Ballot { round: RoundId, voter: String },
    /// The results of a round (shown once it is revealed).
    Results { round: RoundId },
    /// A check-in round (its results once revealed).
    Checkin { checkin: CheckinId },
}

/// The control terminal's side of the audience view.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Stage {
    pub showing: Showing,
    /// The idea the facilitator points at.
    #[serde(default)]
    pub selected: Option<IdeaId>,
    #[serde(default)]
    pub layout: RoomLayout,
    /// How participants join from their own terminals, while the session
    /// is hosted (`plenum host`).
    #[serde(default)]
    pub joining: Option<Joining>,
}

/// What the room is told about joining a hosted session over SSH.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Joining {
    pub port: u16,
    /// The address to give; `None` when the host listens on every address
    /// (then the facilitator names the machine).
    pub host: Option<String>,
    pub code: String,
    /// The host key's fingerprint (`SHA256:…`), to compare on first join.
    pub fingerprint: String,
}

impl Joining {
    /// The command a participant types, with `NAME` for their own name.
    pub fn command(&self, lang: Language) -> String {
        let host = match &self.host {
            Some(host) => host.as_str(),
            None => tr(lang, Msg::HostThisMachine),
        };
        format!("ssh -p {} {}@{host}", self.port, tr(lang, Msg::HostYourName))
    }
}

/// The user's runtime folder for plenum (`$XDG_RUNTIME_DIR/plenum`, else a
/// folder in the temporary folder), made if missing, private to the user.
pub fn runtime_dir() -> PathBuf {
    let base = directories::BaseDirs::new()
        .and_then(|dirs| dirs.runtime_dir().map(Path::to_path_buf))
        .map(|dir| dir.join("plenum"))
        .unwrap_or_else(|| {
            let user = std::env::var("USER").unwrap_or_else(|_| "user".into());
            std::env::temp_dir().join(format!("plenum-{user}"))
        });
    make_private_dir(&base);
    base
}

fn make_private_dir(dir: &Path) {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    let _ = builder.create(dir);
}

/// The name both processes give one session: a stable hash (FNV-1a) of
/// the file's real path, so `./s.ron` and `/home/me/s.ron` meet.
pub fn session_key(session_file: &Path) -> String {
    let real = std::fs::canonicalize(session_file).unwrap_or_else(|_| session_file.to_path_buf());
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in real.as_os_str().as_encoded_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Where the stage of `session_file` is written.
pub fn stage_path(runtime: &Path, session_file: &Path) -> PathBuf {
    runtime.join(format!("{}.stage.ron", session_key(session_file)))
}

/// Writes the stage (temporary file, then rename).
pub fn write_stage(path: &Path, stage: &Stage) -> std::io::Result<()> {
    let text = ron::to_string(stage).map_err(std::io::Error::other)?;
    write_by_rename(path, text.as_bytes())
}

/// The stage as last written, or `None` when there is none (no control
/// terminal yet) or it cannot be read.
pub fn read_stage(path: &Path) -> Option<Stage> {
    let text = std::fs::read_to_string(path).ok()?;
    ron::from_str(&text).ok()
}

fn write_by_rename(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut file, bytes)?;
    file.persist(path).map_err(|error| error.error)?;
    Ok(())
}

/// A presenter's presence file.
pub fn presence_path(runtime: &Path, session_file: &Path, pid: u32) -> PathBuf {
    runtime.join(format!("{}.presenter-{pid}", session_key(session_file)))
}

/// Says (again) that the presenter with `pid` is showing the session.
pub fn announce(path: &Path, pid: u32) -> std::io::Result<()> {
    write_by_rename(path, pid.to_string().as_bytes())
}

/// How many presenters show `session_file` now: presence files rewritten
/// within [`PRESENCE_STALE`].
pub fn presenters(runtime: &Path, session_file: &Path, now: SystemTime) -> usize {
    let prefix = format!("{}.presenter-", session_key(session_file));
    let Ok(entries) = std::fs::read_dir(runtime) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|entry| entry.file_name().to_string_lossy().starts_with(&prefix))
        .filter(|entry| {
            entry
                .metadata()
                .and_then(|meta| meta.modified())
                .is_ok_and(|at| now.duration_since(at).unwrap_or_default() < PRESENCE_STALE)
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stage_reads_back_as_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.stage.ron");
        let stage = Stage {
            showing: Showing::Ballot {
                round: RoundId::random(),
                voter: "Anna".into(),
            },
            selected: Some(IdeaId::random()),
            layout: RoomLayout::Large,
            joining: Some(Joining {
                port: 2222,
                host: None,
                code: "APFEL".into(),
                fingerprint: "SHA256:abc".into(),
            }),
        };
        write_stage(&path, &stage).unwrap();
        assert_eq!(read_stage(&path), Some(stage));
        std::fs::write(&path, "Stage(showing: Bal").unwrap();
        assert_eq!(read_stage(&path), None, "a broken stage reads as none");
    }

    #[test]
    fn one_session_has_one_key_however_its_path_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("s.ron");
        std::fs::write(&file, "x").unwrap();
        let roundabout = dir.path().join(".").join("s.ron");
        assert_eq!(session_key(&file), session_key(&roundabout));
        assert_ne!(session_key(&file), session_key(&dir.path().join("t.ron")));
    }

    #[test]
    fn fresh_presence_counts_and_stale_presence_does_not() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("s.ron");
        assert_eq!(presenters(dir.path(), &file, SystemTime::now()), 0);
        announce(&presence_path(dir.path(), &file, 41), 41).unwrap();
        announce(&presence_path(dir.path(), &dir.path().join("other.ron"), 42), 42).unwrap();
        assert_eq!(presenters(dir.path(), &file, SystemTime::now()), 1);
        let later = SystemTime::now() + PRESENCE_STALE + Duration::from_secs(1);
        assert_eq!(presenters(dir.path(), &file, later), 0);
    }
}
