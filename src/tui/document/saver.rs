//! Saving off the keystroke path. A [`Saver`] owns the session's file on a
//! thread of its own: the document hands it a copy of the session after the
//! frame that shows a change has been drawn, and the thread writes and
//! flushes it while the facilitator types on.
//!
//! Bursts coalesce: the document hands over a new copy only when the saver
//! has reported on the last one, so ten ideas typed during one save cost one
//! more save, of the newest state, not ten. Saves run one after the other,
//! newest last, so the file never goes back to an older state.
//!
//! A save that failed for a reason that may pass by itself (a full disk, a
//! drive that did not answer) is tried again on the saver's own timer, not
//! only on the next key press; a newer copy replaces the one being retried.
//! Every attempt is reported, and each report wakes the event loop.

use crate::core::Session;
use crate::store::{SessionFile, StoreError};
use jiff::Timestamp;
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::thread::JoinHandle;
use std::time::Duration;

/// Where a session is written. The session file in the program, a slow or
/// failing fake in tests.
pub trait Store: Send {
    /// Writes the session, or says why not, leaving the file as it was.
    fn save(&mut self, session: &Session) -> Result<(), StoreError>;
    fn path(&self) -> &Path;
    /// Why the store cannot be written at all, when it was opened read-only.
    fn read_only(&self) -> Option<&StoreError>;
}

impl Store for SessionFile {
    fn save(&mut self, session: &Session) -> Result<(), StoreError> {
        SessionFile::save(self, session)
    }

    fn path(&self) -> &Path {
        SessionFile::path(self)
    }

    fn read_only(&self) -> Option<&StoreError> {
        SessionFile::read_only(self)
    }
}

/// Called on the saver's thread after every attempt: wakes the event loop,
/// which blocks until something happens.
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// A copy of the session to write, numbered: a higher revision is newer.
pub struct Job {
    pub revision: u64,
    /// When the change was made; what "saved HH:MM" shows.
    pub at: Timestamp,
    pub session: Session,
}

/// What became of one attempt to save a revision.
#[derive(Debug)]
pub struct Report {
    pub revision: u64,
    pub at: Timestamp,
    pub result: Result<(), StoreError>,
}

/// The thread that writes the session file.
pub struct Saver {
    jobs: Option<Sender<Job>>,
    reports: Receiver<Report>,
    /// Gives the store back when it ends (`None` if the hand-over failed).
    thread: Option<JoinHandle<Option<Box<dyn Store>>>>,
}

impl Saver {
    /// Starts the saver's thread with `store`; `retry` is how long it waits
    /// before trying a failed save again. Gives the store back when no
    /// thread can be started.
    pub fn start(store: Box<dyn Store>, waker: Waker, retry: Duration) -> Result<Saver, Box<dyn Store>> {
        let (jobs, job_queue) = channel::<Job>();
        let (report_to, reports) = channel::<Report>();
        // The store goes to the thread through a channel so that a failed
        // spawn can give it back.
        let (hand_over, take) = channel::<Box<dyn Store>>();
        let spawned = std::thread::Builder::new()
            .name("plenum-saver".into())
            .spawn(move || {
                let store = take.recv().ok()?;
                Some(run(store, &job_queue, &report_to, &waker, retry))
            });
        match spawned {
            Ok(thread) => {
                // The thread waits for it; it cannot have gone.
                let _ = hand_over.send(store);
                Ok(Saver {
                    jobs: Some(jobs),
                    reports,
                    thread: Some(thread),
                })
            }
            Err(_) => Err(store),
        }
    }

    /// Hands a copy to the thread.
    pub fn send(&self, job: Job) {
        if let Some(jobs) = &self.jobs {
            // A thread that ended (it panicked) reports nothing more; the
            // document then shows "saving" for ever rather than "saved".
            let _ = jobs.send(job);
        }
    }

    /// A report, if one is waiting.
    pub fn try_report(&self) -> Option<Report> {
        self.reports.try_recv().ok()
    }

    /// Waits for the next report; `None` when the thread has ended.
    pub fn wait_report(&self) -> Option<Report> {
        self.reports.recv().ok()
    }

    /// Ends the thread after the attempt it is making, and gives the store
    /// back.
    pub fn stop(mut self) -> Option<Box<dyn Store>> {
        self.jobs = None;
        self.thread.take().and_then(|thread| thread.join().ok().flatten())
    }
}

impl Drop for Saver {
    /// A save under way is finished, never cut off.
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The saver's loop: take the newest copy, write it, report, and retry a
/// failure that may pass while no newer copy comes. Ends when the document
/// lets go of its sender, after the attempt under way.
fn run(
    mut store: Box<dyn Store>,
    jobs: &Receiver<Job>,
    reports: &Sender<Report>,
    waker: &Waker,
    retry: Duration,
) -> Box<dyn Store> {
    let mut failed: Option<Job> = None;
    loop {
        let next = match failed.take() {
            None => jobs.recv().ok(),
            Some(job) => match jobs.recv_timeout(retry) {
                Ok(newer) => Some(newer),
                Err(RecvTimeoutError::Timeout) => Some(job),
                Err(RecvTimeoutError::Disconnected) => None,
            },
        };
        let Some(mut job) = next else {
            return store;
        };
        while let Ok(newer) = jobs.try_recv() {
            job = newer;
        }
        let result = store.save(&job.session);
        let again = result.as_ref().err().is_some_and(StoreError::is_transient);
        let report = Report {
            revision: job.revision,
            at: job.at,
            result,
        };
        if reports.send(report).is_err() {
            return store;
        }
        waker();
        if again {
            failed = Some(job);
        }
    }
}
