//! How the document reaches the disk. Every change asks for a save
//! ([`Document::save`]); where the save runs depends on who holds the
//! document:
//!
//! - on the calling thread, at once (tests, and before the event loop runs);
//! - in the background, once the event loop has called
//!   [`Document::save_in_background`]: a change only marks the document
//!   changed, the loop draws the frame that shows it, and then
//!   [`Document::send_pending_save`] hands a copy to the [`Saver`]'s
//!   thread, which writes and flushes it while the next keys come in.
//!
//! The status line says only what is true: "saving" while the state on
//! screen is not yet on disk, "saved HH:MM" once the saver has reported the
//! newest state written, "not saved" with the reason after a failure, and
//! "read-only" for a file that cannot be written, which is never touched.

use super::saver::{Job, Report, Saver, Store, Waker};
use super::{Document, file_name};
use crate::i18n::Msg;
use crate::store::{SessionFile, StoreError, new_session_path};
use crate::tui::outcome::Say;
use jiff::Timestamp;
use std::path::Path;
use std::time::Duration;

/// How long the saver waits before it tries a failed save again, when the
/// failure may pass by itself (a full disk being cleaned up).
pub const SAVE_RETRY: Duration = Duration::from_secs(5);
/// How often the clock retries a failed save that the saver does not retry
/// itself (a file made read-only, then writable again).
const RETRY_EVERY_SECONDS: i64 = 10;

/// Where the session stands with its file.
#[derive(Debug)]
pub enum SaveState {
    /// Nothing changed since it was opened.
    Clean,
    /// The state on screen is on its way to the disk.
    Saving,
    /// The state on screen is on disk, saved at this time.
    Saved(Timestamp),
    /// A session without a file (tests, or a file that could not be made).
    NoFile,
    /// The file cannot be written; nothing is saved. `changed`: changes
    /// were made that only live in memory.
    ReadOnly {
        reason: StoreError,
        changed: bool,
    },
    Failed {
        error: StoreError,
        tried: Timestamp,
    },
}

/// The short cause a read-only status line names.
pub fn read_only_cause(reason: &StoreError) -> Msg {
    match reason {
        StoreError::FileNotWritable { .. } => Msg::ReadOnlyFile,
        StoreError::Immutable { .. } => Msg::ReadOnlyImmutable,
        _ => Msg::ReadOnlyFolder,
    }
}

/// Who writes the session.
pub(super) enum Saving {
    NoFile,
    /// Saved at once on the calling thread.
    Here(Box<dyn Store>),
    Background(Saver),
}

/// The revisions of the session: every change makes a new one.
#[derive(Debug, Default)]
pub(super) struct Revisions {
    /// The newest, on screen.
    made: u64,
    /// The newest handed to the saver.
    sent: u64,
    /// The saver has not yet reported on `sent`.
    awaiting: bool,
    /// The newest the store reported written.
    saved: u64,
    /// Hand the newest to the saver again although it has seen it (a retry
    /// after a failure the saver does not retry itself).
    resend: bool,
}

impl Saving {
    pub(super) fn of(file: Option<Box<dyn Store>>) -> Saving {
        file.map_or(Saving::NoFile, Saving::Here)
    }
}

/// The state a document opened on `store` starts in.
pub(super) fn first_state(store: Option<&dyn Store>) -> SaveState {
    match store {
        None => SaveState::NoFile,
        Some(store) => match store.read_only() {
            Some(reason) => SaveState::ReadOnly {
                reason: reason.again(),
                changed: false,
            },
            None => SaveState::Clean,
        },
    }
}

impl Document {
    /// Asks for the session to be saved after a change: at once when the
    /// document saves on this thread, else after the next frame.
    pub fn save(&mut self, now: Timestamp) {
        self.session.updated = now;
        self.revisions.made += 1;
        match &mut self.save_state {
            SaveState::NoFile => return,
            SaveState::ReadOnly { changed, .. } => {
                *changed = true;
                return;
            }
            // "Not saved" stays until a save succeeds.
            SaveState::Failed { .. } => {}
            state => *state = SaveState::Saving,
        }
        self.changed_at = now;
        self.save_here();
    }

    /// Saves now if the document saves on this thread.
    fn save_here(&mut self) {
        let Saving::Here(store) = &mut self.saving else {
            return;
        };
        let result = store.save(&self.session);
        let report = Report {
            revision: self.revisions.made,
            at: self.changed_at,
            result,
        };
        self.revisions.sent = self.revisions.made;
        self.take_report(report);
    }

    /// From now on saves run on a thread of their own, which calls `waker`
    /// after each attempt (the event loop then calls [`Document::tick`] or
    /// [`Document::collect_saves`], and draws). Does nothing if they do
    /// already; saves stay on this thread if no thread can be started.
    pub fn save_in_background(&mut self, waker: &Waker, retry: Duration) {
        if self.waker.is_some() {
            return;
        }
        self.waker = Some((waker.clone(), retry));
        self.start_saver();
    }

    fn start_saver(&mut self) {
        let Some((waker, retry)) = self.waker.clone() else {
            return;
        };
        if matches!(self.save_state, SaveState::ReadOnly { .. }) {
            return;
        }
        self.saving = match std::mem::replace(&mut self.saving, Saving::NoFile) {
            Saving::Here(store) => match Saver::start(store, waker, retry) {
                Ok(saver) => Saving::Background(saver),
                Err(store) => Saving::Here(store),
            },
            other => other,
        };
    }

    /// Whether saves run in the background.
    pub fn saves_in_background(&self) -> bool {
        matches!(self.saving, Saving::Background(_))
    }

    /// Hands the newest state to the saver, if it has not seen it and is
    /// not busy with an older one (then it gets the newest when it reports:
    /// a burst of changes costs one more save). Called after a frame.
    pub fn send_pending_save(&mut self) {
        self.collect_saves();
        let Saving::Background(saver) = &self.saving else {
            return;
        };
        let revisions = &mut self.revisions;
        let newer = revisions.made > revisions.sent || revisions.resend;
        if revisions.awaiting || !newer || matches!(self.save_state, SaveState::ReadOnly { .. }) {
            return;
        }
        saver.send(Job {
            revision: revisions.made,
            at: self.changed_at,
            session: self.session.clone(),
        });
        revisions.sent = revisions.made;
        revisions.awaiting = true;
        revisions.resend = false;
    }

    /// Takes the saver's reports that have come in. Returns whether any did.
    pub fn collect_saves(&mut self) -> bool {
        let mut any = false;
        while let Some(report) = self.saver().and_then(Saver::try_report) {
            self.take_report(report);
            any = true;
        }
        any
    }

    fn saver(&self) -> Option<&Saver> {
        match &self.saving {
            Saving::Background(saver) => Some(saver),
            Saving::NoFile | Saving::Here(_) => None,
        }
    }

    fn take_report(&mut self, report: Report) {
        let revisions = &mut self.revisions;
        if report.revision == revisions.sent {
            revisions.awaiting = false;
        }
        self.save_state = match report.result {
            Ok(()) => {
                revisions.saved = revisions.saved.max(report.revision);
                if revisions.saved >= revisions.made {
                    SaveState::Saved(report.at)
                } else {
                    SaveState::Saving
                }
            }
            Err(error) => SaveState::Failed {
                error,
                tried: report.at,
            },
        };
    }

    /// Waits until the newest state is saved or its save has failed: before
    /// closing, quitting, or on a signal. Returns at once when saves run on
    /// this thread.
    pub fn finish_saving(&mut self) {
        loop {
            self.send_pending_save();
            let waiting = self.revisions.awaiting;
            let Some(saver) = self.saver().filter(|_| waiting) else {
                return;
            };
            match saver.wait_report() {
                Some(report) => self.take_report(report),
                // The thread is gone; nothing more will be saved.
                None => return,
            }
        }
    }

    /// Retries a failed save that the saver does not retry itself, every
    /// few seconds while the clock ticks.
    pub(super) fn retry_failed_save(&mut self, now: Timestamp) {
        let SaveState::Failed { tried, .. } = &self.save_state else {
            return;
        };
        if now.duration_since(*tried).as_secs() < RETRY_EVERY_SECONDS || self.revisions.awaiting {
            return;
        }
        self.changed_at = now;
        self.retry_now();
    }

    fn retry_now(&mut self) {
        self.revisions.resend = true;
        match self.saving {
            Saving::Here(_) => self.save_here(),
            Saving::Background(_) => self.send_pending_save(),
            Saving::NoFile => {}
        }
    }

    /// Records the timer and waits for the last save; used before closing.
    /// A failed save is tried once more.
    pub fn finish(&mut self, now: Timestamp) {
        self.stop_timer(now);
        if self.save_failed() && !matches!(self.save_state, SaveState::ReadOnly { .. }) {
            self.retry_now();
        }
        self.finish_saving();
    }

    /// Changes the session has that are not on disk, and will not get there
    /// by themselves.
    pub fn save_failed(&self) -> bool {
        matches!(
            self.save_state,
            SaveState::Failed { .. } | SaveState::ReadOnly { changed: true, .. }
        )
    }

    /// Why the last save failed, or why nothing is saved.
    pub fn save_error(&self) -> Option<&StoreError> {
        match &self.save_state {
            SaveState::Failed { error, .. } => Some(error),
            SaveState::ReadOnly { reason, .. } => Some(reason),
            _ => None,
        }
    }

    /// Why the session is read-only, if it is.
    pub fn read_only(&self) -> Option<&StoreError> {
        match &self.save_state {
            SaveState::ReadOnly { reason, .. } => Some(reason),
            _ => None,
        }
    }

    /// Saves now and waits (the save key); when the file was changed by
    /// another program or deleted, writes the session to a new file beside
    /// it and continues there.
    pub fn save_or_copy(&mut self, now: Timestamp) -> Result<(), Say> {
        self.record_timer(now);
        if self.read_only().is_some() {
            return Err(Say::SaveFailed);
        }
        if self.save_failed() {
            self.changed_at = now;
            self.retry_now();
        }
        self.finish_saving();
        match &self.save_state {
            SaveState::Failed {
                error: StoreError::ChangedOnDisk { .. },
                ..
            } => self.save_as_copy(now, Msg::SavedCopy),
            SaveState::Failed {
                error: StoreError::Deleted { .. },
                ..
            } => self.save_as_copy(now, Msg::SavedCopyOfDeleted),
            SaveState::Failed { .. } => Err(Say::SaveFailed),
            _ => Ok(()),
        }
    }

    /// Writes the session to a new file beside the old one; `said` tells
    /// the facilitator why and where.
    fn save_as_copy(&mut self, now: Timestamp, said: Msg) -> Result<(), Say> {
        let folder = self
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let copy = new_session_path(&folder, &self.session);
        self.session.updated = now;
        match SessionFile::create(&copy, &self.session) {
            Ok(file) => {
                // The old file's saver (and its lock) go; the copy's start.
                self.saving = Saving::Here(Box::new(file));
                self.path = Some(copy.clone());
                self.revisions.sent = self.revisions.made;
                self.revisions.saved = self.revisions.made;
                self.revisions.awaiting = false;
                self.save_state = SaveState::Saved(now);
                self.start_saver();
                Err(Say::info(said).text("file", file_name(&copy)))
            }
            Err(error) => {
                self.save_state = SaveState::Failed { error, tried: now };
                Err(Say::SaveFailed)
            }
        }
    }
}

impl Drop for Document {
    /// A document that goes (a session closed, the app ended) takes its
    /// last change to the disk first.
    fn drop(&mut self) {
        self.finish_saving();
    }
}

impl std::fmt::Debug for Saving {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Saving::NoFile => "NoFile",
            Saving::Here(_) => "Here",
            Saving::Background(_) => "Background",
        })
    }
}
