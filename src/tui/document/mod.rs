//! The open session: its undo history, its file and save state, the timer
//! of the current phase, and the idea list of that phase with the selected
//! row. Every change goes through `Session::apply` (undoable ones through the
//! history); the file is saved after each one by [`Document::save`], the one
//! way the session reaches the disk.
//!
//! A document imports no screen. The screens that show ideas (the doc,
//! cluster mode, the spotlight, later an audience view) share its idea list
//! and its selection, as helix's documents keep the selections of their
//! views: leaving cluster mode keeps the idea selected on the doc.
//!
//! Two kinds of change stay off the undo stack on purpose: moving between
//! phases (navigation, not an edit: "undo" should take back the last idea,
//! not the last page turn) and the seconds the timer has used (a clock, not
//! an edit). Both are still commands, applied with `Session::apply`, and
//! saved. After an undo or redo the phases' `seconds_used` are put back to
//! what they were, so undoing a phase edit never rewinds the clock. A step
//! that changes nothing (an edit that cleans to the same text) is not put
//! on the undo stack at all.

use super::outcome::Say;
use crate::core::public::is_covered;
use crate::core::{Command, History, Idea, IdeaId, Phase, PhaseClock, PhaseId, Session};
use crate::i18n::Msg;
use crate::store::SessionFile;

mod rows;
pub mod saver;
mod saving;

use jiff::Timestamp;
pub use rows::{Row, build_rows};
pub use saving::{SAVE_RETRY, SaveState, read_only_cause};
use std::path::{Path, PathBuf};

/// How many undo steps are kept.
const UNDO_DEPTH: usize = 1_000;
/// While the timer runs, its seconds are written to the file this often, so
/// a crash loses at most this much of the clock.
const RECORD_EVERY_SECONDS: i64 = 30;
/// The most a countdown can be stretched by `+`, in minutes.
const MOST_EXTRA_MINUTES: i64 = 600;

/// The countdown of the current phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Timer {
    /// When the timer was last started or its seconds last recorded.
    pub running_since: Option<Timestamp>,
    /// Seconds used when `running_since` was set.
    pub base: u32,
    /// The time-up signal was given for this run.
    pub rang: bool,
    /// Seconds added to (or taken from) this countdown with `+` and `-`;
    /// the phase's planned timebox stays as it is.
    pub extra: i64,
}

pub struct Document {
    pub session: Session,
    pub path: Option<PathBuf>,
    history: History,
    /// Who writes the session, and how far the writing has got.
    saving: saving::Saving,
    revisions: saving::Revisions,
    /// When the newest change was made.
    changed_at: Timestamp,
    /// Set once saves run in the background: whom the saver wakes, and how
    /// long it waits to retry.
    waker: Option<(saver::Waker, std::time::Duration)>,
    /// Where the session stands with its file; read it, the document keeps it.
    pub save_state: SaveState,
    /// The idea list of the current phase, rebuilt after every change.
    pub rows: Vec<Row>,
    /// The selected row; always an idea row when there are ideas.
    pub selected_row: usize,
    /// Ideas in the current phase, and how many of them are covered cards;
    /// counted when the rows are built so a frame need not count.
    pub idea_count: usize,
    pub covered_count: usize,
    pub timer: Timer,
}

impl std::fmt::Debug for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Document")
            .field("title", &self.session.title)
            .field("path", &self.path)
            .field("save_state", &self.save_state)
            .finish_non_exhaustive()
    }
}

impl Document {
    /// A document for `session`, saved to `file` if there is one.
    pub fn new(session: Session, file: Option<SessionFile>) -> Document {
        Document::with_store(session, file.map(|f| Box::new(f) as Box<dyn saver::Store>))
    }

    /// A document for `session`, saved to `store` if there is one (a fake
    /// store in tests).
    pub fn with_store(session: Session, store: Option<Box<dyn saver::Store>>) -> Document {
        let mut doc = Document {
            path: store.as_ref().map(|f| f.path().to_path_buf()),
            save_state: saving::first_state(store.as_deref()),
            changed_at: session.updated,
            session,
            saving: saving::Saving::of(store),
            revisions: saving::Revisions::default(),
            waker: None,
            history: History::with_limit(UNDO_DEPTH),
            rows: Vec::new(),
            selected_row: 0,
            idea_count: 0,
            covered_count: 0,
            timer: Timer::default(),
        };
        doc.timer = doc.saved_timer();
        doc.rebuild_rows(None);
        doc
    }

    /// The countdown the file says is running in the current phase (a
    /// control terminal that stopped without closing the session).
    fn saved_timer(&self) -> Timer {
        let current = self.phase().map(|p| p.id);
        match self.session.clock {
            Some(clock) if Some(clock.phase) == current => Timer {
                running_since: clock.running_since,
                base: clock.base_seconds,
                rang: false,
                extra: clock.extra_seconds,
            },
            _ => Timer::default(),
        }
    }

    /// Writes the countdown into the session when it changed, so that an
    /// audience view in another process counts down with it.
    fn publish_clock(&mut self, now: Timestamp) {
        let clock = self.phase().map(|phase| PhaseClock {
            phase: phase.id,
            running_since: self.timer.running_since,
            base_seconds: self.timer.base,
            extra_seconds: self.timer.extra,
        });
        let clock = clock.filter(|c| c.running_since.is_some() || c.extra_seconds != 0);
        if clock != self.session.clock {
            let _ = self.apply_quietly(Command::SetClock(clock), now);
        }
    }

    pub fn phase(&self) -> Option<&Phase> {
        self.session.current()
    }

    /// Whether the current phase captures silently (covered cards).
    pub fn brainwriting(&self) -> bool {
        self.phase().is_some_and(|p| p.brainwriting)
    }

    pub fn selected_idea(&self) -> Option<&Idea> {
        match self.rows.get(self.selected_row) {
            Some(Row::Idea(index)) => self.session.ideas.get(*index),
            _ => None,
        }
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    // ----- rows and selection -----

    /// Rebuilds the idea list of the current phase: ideas in no cluster
    /// first, then each cluster with its ideas. Keeps `keep` selected if it
    /// is still there, else stays near the old place.
    pub fn rebuild_rows(&mut self, keep: Option<IdeaId>) {
        let keep = keep.or_else(|| self.selected_idea().map(|i| i.id));
        let old_row = self.selected_row;
        self.rows = build_rows(&self.session);
        self.idea_count = 0;
        self.covered_count = 0;
        for row in &self.rows {
            if let Row::Idea(index) = row {
                self.idea_count += 1;
                self.covered_count += usize::from(is_covered(&self.session.ideas[*index]));
            }
        }
        let found = keep.and_then(|id| {
            self.rows
                .iter()
                .position(|row| matches!(row, Row::Idea(i) if self.session.ideas[*i].id == id))
        });
        self.selected_row = match found {
            Some(row) => row,
            None => self.nearest_idea_row(old_row.min(self.rows.len().saturating_sub(1))),
        };
    }

    fn nearest_idea_row(&self, row: usize) -> usize {
        let is_idea = |r: &usize| matches!(self.rows.get(*r), Some(Row::Idea(_)));
        (row..self.rows.len())
            .find(is_idea)
            .or_else(|| (0..row).rev().find(is_idea))
            .unwrap_or(0)
    }

    /// Moves the selection by `step` ideas (negative: up), stopping at the ends.
    pub fn move_selection(&mut self, step: isize) {
        let mut row = self.selected_row;
        let mut remaining = step.unsigned_abs();
        while remaining > 0 {
            let next = if step > 0 {
                (row + 1..self.rows.len()).find(|r| matches!(self.rows[*r], Row::Idea(_)))
            } else {
                (0..row).rev().find(|r| matches!(self.rows[*r], Row::Idea(_)))
            };
            match next {
                Some(next) => row = next,
                None => break,
            }
            remaining -= 1;
        }
        self.selected_row = row;
    }

    pub fn select_first(&mut self) {
        self.selected_row = self.nearest_idea_row(0);
    }

    pub fn select_last(&mut self) {
        let last = (0..self.rows.len())
            .rev()
            .find(|r| matches!(self.rows[*r], Row::Idea(_)));
        self.selected_row = last.unwrap_or(0);
    }

    /// Selects a clicked row if it is an idea.
    pub fn select_row(&mut self, row: usize) {
        if matches!(self.rows.get(row), Some(Row::Idea(_))) {
            self.selected_row = row;
        }
    }

    // ----- changing the session -----

    /// Applies an undoable command, rebuilds the list and saves. A command
    /// that would change nothing is not applied and not put on the undo
    /// stack, so an undo always takes back something the user can see.
    pub fn change(&mut self, command: Command, now: Timestamp, select: Option<IdeaId>) -> Result<(), Say> {
        if self.changes_nothing(&command)? {
            return Ok(());
        }
        let appends_loose_idea = self.appends_loose_idea(&command);
        self.history
            .apply(&mut self.session, command)
            .map_err(Say::Refused)?;
        if appends_loose_idea {
            self.append_loose_row(select);
        } else {
            self.rebuild_rows(select);
        }
        self.save(now);
        Ok(())
    }

    /// Whether `command` only replaces things with what they already are
    /// (after the core has cleaned the text). Tried on the session and taken
    /// back at once; only replacements are tried, which cost one lookup.
    fn changes_nothing(&mut self, command: &Command) -> Result<bool, Say> {
        if !is_replacement(command) {
            return Ok(false);
        }
        let inverse = self.session.apply(command.clone()).map_err(Say::Refused)?;
        // Putting back what was there (cannot fail: it was there a moment
        // ago) gives the command as the core stored it, cleaned.
        let Ok(stored) = self.session.apply(inverse.clone()) else {
            return Ok(false);
        };
        Ok(same_as_inverse(&stored, &inverse))
    }

    /// Applies a command that is not an edit (navigation, the clock).
    pub fn apply_quietly(&mut self, command: Command, now: Timestamp) -> Result<(), Say> {
        self.session.apply(command).map_err(Say::Refused)?;
        self.rebuild_rows(None);
        self.save(now);
        Ok(())
    }

    /// Moves to another phase (off the undo stack); the timer stops.
    pub fn go_to_phase(&mut self, index: usize, now: Timestamp) -> Result<(), Say> {
        if index >= self.session.phases.len() || index == self.session.current_phase {
            return Ok(());
        }
        self.end_phase_timer(now);
        self.apply_quietly(Command::GoToPhase(index), now)?;
        self.select_first();
        Ok(())
    }

    // ----- undo -----

    pub fn undo(&mut self, now: Timestamp) -> Say {
        self.stop_timer_keeping_run(now, |doc| match doc.history.undo(&mut doc.session) {
            Ok(Some(command)) => Ok(undone(&command)),
            Ok(None) => Err(Say::info(Msg::NothingToUndo)),
            Err(error) => Err(Say::Refused(error)),
        })
    }

    pub fn redo(&mut self, now: Timestamp) -> Say {
        self.stop_timer_keeping_run(now, |doc| match doc.history.redo(&mut doc.session) {
            Ok(Some(command)) => Ok(redone(&command)),
            Ok(None) => Err(Say::info(Msg::NothingToRedo)),
            Err(error) => Err(Say::Refused(error)),
        })
    }

    /// Runs an undo or redo with the clock held out of it: the seconds every
    /// phase has used stay as they are.
    fn stop_timer_keeping_run(
        &mut self,
        now: Timestamp,
        step: impl FnOnce(&mut Document) -> Result<Say, Say>,
    ) -> Say {
        self.record_timer(now);
        let seconds: Vec<(PhaseId, u32)> = self
            .session
            .phases
            .iter()
            .map(|p| (p.id, p.seconds_used))
            .collect();
        let phase_before = self.phase().map(|p| p.id);
        let said = step(self);
        if said.is_ok() {
            for (id, used) in seconds {
                if let Some(phase) = self.session.phase(id)
                    && phase.seconds_used != used
                {
                    let phase = Phase {
                        seconds_used: used,
                        ..phase.clone()
                    };
                    // Restores a value this phase held a moment ago; cannot fail.
                    let _ = self.session.apply(Command::ReplacePhase(phase));
                }
            }
            if self.phase().map(|p| p.id) != phase_before {
                self.timer = Timer::default();
            } else if self.timer.running_since.is_some() {
                self.timer.base = self.phase().map_or(0, |p| p.seconds_used);
            }
            self.rebuild_rows(None);
            self.save(now);
            self.publish_clock(now);
        }
        said.unwrap_or_else(|said| said)
    }

    // ----- the timer -----

    /// Seconds the current phase has used, counting a running timer.
    pub fn seconds_used(&self, now: Timestamp) -> u32 {
        match self.timer.running_since {
            Some(since) => self.timer.base + elapsed_seconds(since, now),
            None => self.phase().map_or(0, |p| p.seconds_used),
        }
    }

    /// Seconds left in the timebox; negative when over time.
    pub fn seconds_left(&self, now: Timestamp) -> i64 {
        let limit = self.phase().map_or(0, |p| i64::from(p.timebox_minutes) * 60);
        limit + self.timer.extra - i64::from(self.seconds_used(now))
    }

    pub fn timer_running(&self) -> bool {
        self.timer.running_since.is_some()
    }

    /// Starts, pauses or resumes the timer.
    pub fn toggle_timer(&mut self, now: Timestamp) {
        if self.timer_running() {
            self.stop_timer(now);
        } else if let Some(phase) = self.phase() {
            self.timer = Timer {
                running_since: Some(now),
                base: phase.seconds_used,
                ..self.timer
            };
            self.timer.rang = self.seconds_left(now) <= 0;
            self.publish_clock(now);
        }
    }

    /// Stops the timer of a phase being left: the next phase starts with its
    /// own timebox.
    pub fn end_phase_timer(&mut self, now: Timestamp) {
        self.stop_timer(now);
        self.timer.extra = 0;
        self.publish_clock(now);
    }

    /// Gives the running countdown a minute more (+1) or less (-1). The
    /// phase's planned timebox stays as it is (it changes in the phase form).
    pub fn adjust_countdown(&mut self, minutes: i64, now: Timestamp) {
        let most = MOST_EXTRA_MINUTES * 60;
        let timebox = self.phase().map_or(0, |p| i64::from(p.timebox_minutes) * 60);
        // Never below one minute in all.
        let extra = (self.timer.extra + minutes * 60).clamp(60 - timebox, most);
        self.timer.extra = extra;
        self.timer.rang = self.seconds_left(now) <= 0;
        self.publish_clock(now);
    }

    pub fn stop_timer(&mut self, now: Timestamp) {
        if self.timer_running() {
            self.record_timer(now);
            self.timer.running_since = None;
            self.publish_clock(now);
        }
    }

    /// Writes a running timer's seconds into the phase (off the undo stack).
    fn record_timer(&mut self, now: Timestamp) {
        let Some(since) = self.timer.running_since else {
            return;
        };
        let elapsed = elapsed_seconds(since, now);
        let Some(phase) = self.phase().cloned() else {
            return;
        };
        let used = self.timer.base + elapsed;
        self.timer.base = used;
        self.timer.running_since = since
            .checked_add(jiff::SignedDuration::from_secs(i64::from(elapsed)))
            .ok();
        if phase.seconds_used != used {
            let phase = Phase {
                seconds_used: used,
                ..phase
            };
            let _ = self.apply_quietly(Command::ReplacePhase(phase), now);
        }
        self.publish_clock(now);
    }

    /// Back to the full timebox; a running timer keeps running from there.
    pub fn reset_timer(&mut self, now: Timestamp) {
        let running = self.timer_running();
        if let Some(phase) = self.phase().cloned()
            && phase.seconds_used != 0
        {
            let phase = Phase {
                seconds_used: 0,
                ..phase
            };
            let _ = self.apply_quietly(Command::ReplacePhase(phase), now);
        }
        self.timer = Timer {
            running_since: running.then_some(now),
            ..Timer::default()
        };
        self.publish_clock(now);
    }

    /// The clock moved on. Returns true when time just ran out.
    pub fn tick(&mut self, now: Timestamp) -> bool {
        let mut ran_out = false;
        if let Some(since) = self.timer.running_since {
            if i64::from(elapsed_seconds(since, now)) >= RECORD_EVERY_SECONDS {
                self.record_timer(now);
            }
            if !self.timer.rang && self.seconds_left(now) <= 0 {
                self.timer.rang = true;
                ran_out = true;
            }
        }
        self.collect_saves();
        self.retry_failed_save(now);
        ran_out
    }
}

/// A file's name without its folder.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Commands that put something in the place of what is there.
fn is_replacement(command: &Command) -> bool {
    match command {
        Command::SetTitle(_)
        | Command::SetFacilitator(_)
        | Command::SetAnonymous(_)
        | Command::SetLanguage(_)
        | Command::ReplaceParticipant(_)
        | Command::ReplacePhase(_)
        | Command::ReplaceIdea(_)
        | Command::ReplaceCluster(_)
        | Command::ReplaceRound(_)
        | Command::ReplaceAction(_)
        | Command::ReplaceCheckin(_) => true,
        Command::Batch(commands) => !commands.is_empty() && commands.iter().all(is_replacement),
        _ => false,
    }
}

/// A replacement whose inverse is itself changed nothing; a batch of them
/// changed nothing when every step's inverse is the step (the core keeps a
/// batch's inverses in reverse order).
fn same_as_inverse(command: &Command, inverse: &Command) -> bool {
    match (command, inverse) {
        (Command::Batch(steps), Command::Batch(inverses)) => {
            steps.len() == inverses.len()
                && steps
                    .iter()
                    .zip(inverses.iter().rev())
                    .all(|(step, inverse)| same_as_inverse(step, inverse))
        }
        (step, inverse) => step == inverse,
    }
}

/// What the status line says after an undo: what it took back.
fn undone(command: &Command) -> Say {
    let (what, n) = super::describe::step_words(command);
    Say::info(Msg::UndoneWhat).counted("what", what, n)
}

/// What the status line says after a redo: what it did again.
fn redone(command: &Command) -> Say {
    let (what, n) = super::describe::step_words(command);
    Say::info(Msg::RedoneWhat).counted("what", what, n)
}

fn elapsed_seconds(since: Timestamp, now: Timestamp) -> u32 {
    let seconds = now.duration_since(since).as_secs();
    u32::try_from(seconds.max(0)).unwrap_or(u32::MAX)
}
