//! The state of the session screen: the session, its undo history and file,
//! the board rows, the idea being typed, and the timer. Every change to the
//! session goes through a core `Command`; the file is saved after each one.
//!
//! Two kinds of change stay off the undo stack on purpose: moving between
//! phases (navigation, not an edit: "undo" should take back the last idea,
//! not the last page turn) and the seconds the timer has used (a clock, not
//! an edit). Both are still commands, applied with `Session::apply`, and
//! saved. After an undo or redo the phases' `seconds_used` are put back to
//! what they were, so undoing a phase edit never rewinds the clock.

use super::forms::PhaseForm;
use super::text_input::TextInput;
use crate::core::{
    Activity, ClusterId, Command, DomainError, History, Idea, IdeaId, ParticipantId, Phase, PhaseId, Session,
};
use crate::store::{SessionFile, StoreError, new_session_path};
use jiff::Timestamp;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// How many undo steps are kept.
const UNDO_DEPTH: usize = 1_000;
/// While the timer runs, its seconds are written to the file this often, so
/// a crash loses at most this much of the clock.
const RECORD_EVERY_SECONDS: i64 = 30;
/// How often a failed save is tried again while the timer ticks.
const RETRY_EVERY_SECONDS: i64 = 10;

/// One line of the idea list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A cluster heading (index into `session.clusters`), or the heading of
    /// the ideas in no cluster; with the number of ideas below it.
    Group { cluster: Option<usize>, ideas: usize },
    /// An idea (index into `session.ideas`).
    Idea(usize),
}

/// Where the session stands with its file.
#[derive(Debug)]
pub enum SaveState {
    /// Nothing changed since it was opened.
    Clean,
    Saved(Timestamp),
    /// A session without a file (tests, or a file that could not be made).
    NoFile,
    Failed {
        error: StoreError,
        tried: Timestamp,
    },
}

/// The idea being typed: a new one, or an existing one being edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdeaInput {
    pub editing: Option<IdeaId>,
    pub text: TextInput,
}

/// The countdown of the current phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Timer {
    /// When the timer was last started or its seconds last recorded.
    pub running_since: Option<Timestamp>,
    /// Seconds used when `running_since` was set.
    pub base: u32,
    /// The time-up signal was given for this run.
    pub rang: bool,
}

/// Something the user should be told after an operation.
#[derive(Debug)]
pub enum Note {
    Refused(DomainError),
    NoPhases,
    NoCaptureHere,
    NoIdeaSelected,
    EmptyIdea,
    NothingToReveal,
    PhaseNotEmpty,
    LastPhase,
    PhaseTitleEmpty,
    TimeboxInvalid,
    Undone,
    Redone,
    NothingToUndo,
    NothingToRedo,
    SavedCopy(PathBuf),
    SaveFailed,
}

pub struct Board {
    pub session: Session,
    pub path: Option<PathBuf>,
    file: Option<SessionFile>,
    history: History,
    pub save: SaveState,
    /// The idea list of the current phase, rebuilt after every change.
    pub rows: Vec<Row>,
    /// The selected row; always an idea row when there are ideas.
    pub selected_row: usize,
    /// Ideas in the current phase, and how many of them are covered cards;
    /// counted when the rows are built so a frame need not count.
    pub idea_count: usize,
    pub covered_count: usize,
    pub input: Option<IdeaInput>,
    /// Text typed for a new idea when capture was left; restored on return.
    pub draft: TextInput,
    pub phase_form: Option<PhaseForm>,
    pub author: Option<ParticipantId>,
    pub timer: Timer,
    /// A follow-up view over the board: the action list or a check-in.
    pub followup: Option<super::followup::FollowUp>,
    /// Cluster mode (issue 4), while it is on.
    pub cluster: Option<super::cluster::ClusterMode>,
    /// The voting screens, while they are open (issue 5).
    pub vote: Option<super::voting::VoteState>,
}

impl std::fmt::Debug for Board {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Board")
            .field("title", &self.session.title)
            .field("path", &self.path)
            .field("save", &self.save)
            .finish_non_exhaustive()
    }
}

impl Board {
    /// A board for `session`, saved to `file` if there is one.
    pub fn new(session: Session, file: Option<SessionFile>) -> Board {
        let save = if file.is_some() {
            SaveState::Clean
        } else {
            SaveState::NoFile
        };
        let mut board = Board {
            path: file.as_ref().map(|f| f.path().to_path_buf()),
            session,
            file,
            history: History::with_limit(UNDO_DEPTH),
            save,
            rows: Vec::new(),
            selected_row: 0,
            idea_count: 0,
            covered_count: 0,
            input: None,
            draft: TextInput::new(),
            phase_form: None,
            author: None,
            timer: Timer::default(),
            followup: None,
            cluster: None,
            vote: None,
        };
        board.rebuild_rows(None);
        board
    }

    pub fn phase(&self) -> Option<&Phase> {
        self.session.current()
    }

    /// Whether the current phase captures silently (covered cards).
    pub fn brainwriting(&self) -> bool {
        self.phase().is_some_and(|p| p.brainwriting)
    }

    /// Turns silent brainwriting of the current phase on or off: a change
    /// of the session, saved with it and undoable.
    pub fn set_brainwriting(&mut self, on: bool, now: Timestamp) -> Result<(), Note> {
        let phase = self.phase().ok_or(Note::NoPhases)?;
        let phase = Phase {
            brainwriting: on,
            ..phase.clone()
        };
        self.change(Command::ReplacePhase(phase), now, None)
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
                self.covered_count += usize::from(self.session.ideas[*index].hidden);
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

    /// Applies an undoable command, rebuilds the list and saves.
    pub(crate) fn change(
        &mut self,
        command: Command,
        now: Timestamp,
        select: Option<IdeaId>,
    ) -> Result<(), Note> {
        self.history
            .apply(&mut self.session, command)
            .map_err(Note::Refused)?;
        self.rebuild_rows(select);
        self.save_now(now);
        Ok(())
    }

    /// Applies an undoable command made by another screen (voting), rebuilds
    /// the list and saves.
    pub fn apply_change(&mut self, command: Command, now: Timestamp) -> Result<(), Note> {
        self.change(command, now, None)
    }

    /// Applies a command that is not an edit (navigation, the clock).
    fn apply_quietly(&mut self, command: Command, now: Timestamp) -> Result<(), Note> {
        self.session.apply(command).map_err(Note::Refused)?;
        self.rebuild_rows(None);
        self.save_now(now);
        Ok(())
    }

    /// Adds an idea typed in the current phase, by the chosen author.
    pub fn add_idea(&mut self, text: &str, now: Timestamp) -> Result<(), Note> {
        let phase = self.capture_phase()?;
        let idea = self.new_idea(phase, text);
        let id = idea.id;
        let index = self.session.ideas.len();
        self.change(Command::AddIdea { idea, index }, now, Some(id))
    }

    /// Adds one idea per non-empty line, as one undo step.
    pub fn add_pasted_ideas(&mut self, text: &str, now: Timestamp) -> Result<usize, Note> {
        let phase = self.capture_phase()?;
        let start = self.session.ideas.len();
        let ideas: Vec<Idea> = text
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| self.new_idea(phase, line))
            .collect();
        let Some(last) = ideas.last().map(|i| i.id) else {
            return Ok(0);
        };
        let count = ideas.len();
        let commands = ideas
            .into_iter()
            .enumerate()
            .map(|(offset, idea)| Command::AddIdea {
                idea,
                index: start + offset,
            })
            .collect();
        self.change(Command::Batch(commands), now, Some(last))?;
        Ok(count)
    }

    fn capture_phase(&self) -> Result<PhaseId, Note> {
        let phase = self.phase().ok_or(Note::NoPhases)?;
        if !phase.allows(Activity::Capture) {
            return Err(Note::NoCaptureHere);
        }
        Ok(phase.id)
    }

    fn new_idea(&self, phase: PhaseId, text: &str) -> Idea {
        Idea {
            id: IdeaId::random(),
            phase,
            text: text.to_string(),
            authors: self.author.into_iter().collect(),
            cluster: None,
            hidden: self.brainwriting(),
        }
    }

    pub fn replace_idea_text(&mut self, id: IdeaId, text: &str, now: Timestamp) -> Result<(), Note> {
        let mut idea = self.session.idea(id).cloned().ok_or(Note::NoIdeaSelected)?;
        if text.trim().is_empty() {
            return Err(Note::EmptyIdea);
        }
        if idea.text == text {
            return Ok(());
        }
        idea.text = text.to_string();
        self.change(Command::ReplaceIdea(idea), now, Some(id))
    }

    pub fn delete_selected_idea(&mut self, now: Timestamp) -> Result<(), Note> {
        let id = self.selected_idea().map(|i| i.id).ok_or(Note::NoIdeaSelected)?;
        self.change(Command::RemoveIdea(id), now, None)
    }

    /// Turns every covered card of the current phase face up, as one step.
    pub fn reveal_ideas(&mut self, now: Timestamp) -> Result<usize, Note> {
        let phase = self.phase().map(|p| p.id).ok_or(Note::NoPhases)?;
        let commands: Vec<Command> = self
            .session
            .ideas_in(phase)
            .filter(|i| i.hidden)
            .map(|i| {
                Command::ReplaceIdea(Idea {
                    hidden: false,
                    ..i.clone()
                })
            })
            .collect();
        if commands.is_empty() {
            return Err(Note::NothingToReveal);
        }
        let count = commands.len();
        self.change(Command::Batch(commands), now, None)?;
        Ok(count)
    }

    /// The next (or previous) author: nobody, then each participant.
    pub fn cycle_author(&mut self, step: isize) {
        let ids: Vec<Option<ParticipantId>> = std::iter::once(None)
            .chain(self.session.participants.iter().map(|p| Some(p.id)))
            .collect();
        let index = ids.iter().position(|id| *id == self.author).unwrap_or(0);
        let next = (index as isize + step).rem_euclid(ids.len() as isize) as usize;
        self.author = ids[next];
    }

    // ----- phases -----

    pub fn go_to_phase(&mut self, index: usize, now: Timestamp) -> Result<(), Note> {
        if index >= self.session.phases.len() || index == self.session.current_phase {
            return Ok(());
        }
        self.stop_timer(now);
        self.apply_quietly(Command::GoToPhase(index), now)?;
        self.select_first();
        Ok(())
    }

    /// Saves the phase form: changes the phase or adds the new one.
    pub fn submit_phase_form(&mut self, form: &PhaseForm, now: Timestamp) -> Result<(), Note> {
        let title = form.chosen_title();
        if title.is_empty() {
            return Err(Note::PhaseTitleEmpty);
        }
        let timebox = form.timebox().ok_or(Note::TimeboxInvalid)?;
        match form.target {
            super::forms::PhaseTarget::Edit(id) => {
                let mut phase = self.session.phase(id).cloned().ok_or(Note::NoPhases)?;
                phase.title = title.to_string();
                phase.question = form.question.text().to_string();
                phase.timebox_minutes = timebox;
                phase.activities = form.chosen_activities();
                if self.session.phase(id) == Some(&phase) {
                    return Ok(());
                }
                self.change(Command::ReplacePhase(phase), now, None)
            }
            super::forms::PhaseTarget::New { index } => {
                self.stop_timer(now);
                let index = index.min(self.session.phases.len());
                let phase = Phase {
                    id: PhaseId::random(),
                    title: title.to_string(),
                    question: form.question.text().to_string(),
                    timebox_minutes: timebox,
                    activities: form.chosen_activities(),
                    seconds_used: 0,
                    brainwriting: false,
                };
                let command = Command::Batch(vec![
                    Command::AddPhase { phase, index },
                    Command::GoToPhase(index),
                ]);
                self.change(command, now, None)
            }
        }
    }

    pub fn remove_phase(&mut self, now: Timestamp) -> Result<(), Note> {
        let phase = self.phase().map(|p| p.id).ok_or(Note::NoPhases)?;
        if self.session.phases.len() <= 1 {
            return Err(Note::LastPhase);
        }
        let used = self.session.ideas_in(phase).next().is_some()
            || self.session.clusters_in(phase).next().is_some()
            || self.session.rounds_in(phase).next().is_some()
            || self.session.checkins.iter().any(|c| c.phase == Some(phase));
        if used {
            return Err(Note::PhaseNotEmpty);
        }
        self.stop_timer(now);
        self.change(Command::RemovePhase(phase), now, None)
    }

    /// Moves the current phase one place earlier (-1) or later (+1).
    pub fn move_phase(&mut self, step: isize, now: Timestamp) -> Result<(), Note> {
        let current = self.session.current_phase;
        let Some(phase) = self.phase().map(|p| p.id) else {
            return Err(Note::NoPhases);
        };
        let to = current as isize + step;
        if to < 0 || to as usize >= self.session.phases.len() {
            return Ok(());
        }
        self.change(
            Command::MovePhase {
                id: phase,
                to: to as usize,
            },
            now,
            None,
        )
    }

    // ----- undo -----

    pub fn undo(&mut self, now: Timestamp) -> Note {
        self.stop_timer_keeping_run(now, |board| match board.history.undo(&mut board.session) {
            Ok(Some(_)) => Note::Undone,
            Ok(None) => Note::NothingToUndo,
            Err(error) => Note::Refused(error),
        })
    }

    pub fn redo(&mut self, now: Timestamp) -> Note {
        self.stop_timer_keeping_run(now, |board| match board.history.redo(&mut board.session) {
            Ok(Some(_)) => Note::Redone,
            Ok(None) => Note::NothingToRedo,
            Err(error) => Note::Refused(error),
        })
    }

    /// Runs an undo or redo with the clock held out of it: the seconds every
    /// phase has used stay as they are.
    fn stop_timer_keeping_run(&mut self, now: Timestamp, step: impl FnOnce(&mut Board) -> Note) -> Note {
        self.record_timer(now);
        let seconds: Vec<(PhaseId, u32)> = self
            .session
            .phases
            .iter()
            .map(|p| (p.id, p.seconds_used))
            .collect();
        let phase_before = self.phase().map(|p| p.id);
        let note = step(self);
        if matches!(note, Note::Undone | Note::Redone) {
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
            self.save_now(now);
        }
        note
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
        limit - i64::from(self.seconds_used(now))
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
                rang: self.seconds_left(now) <= 0,
            };
        }
    }

    fn stop_timer(&mut self, now: Timestamp) {
        if self.timer_running() {
            self.record_timer(now);
            self.timer.running_since = None;
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
    }

    /// Gives the phase a minute more (+1) or less (-1); at least one minute.
    pub fn change_timebox(&mut self, minutes: i64, now: Timestamp) -> Result<(), Note> {
        let mut phase = self.phase().cloned().ok_or(Note::NoPhases)?;
        let timebox = (i64::from(phase.timebox_minutes) + minutes).clamp(1, 600) as u32;
        if timebox == phase.timebox_minutes {
            return Ok(());
        }
        phase.timebox_minutes = timebox;
        self.change(Command::ReplacePhase(phase), now, None)?;
        self.timer.rang = self.seconds_left(now) <= 0;
        Ok(())
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
            base: 0,
            rang: false,
        };
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
        if let SaveState::Failed { tried, .. } = &self.save
            && now.duration_since(*tried).as_secs() >= RETRY_EVERY_SECONDS
        {
            self.save_now(now);
        }
        ran_out
    }

    /// Records the timer and saves; used before closing.
    pub fn finish(&mut self, now: Timestamp) {
        self.stop_timer(now);
        if matches!(self.save, SaveState::Failed { .. }) {
            self.save_now(now);
        }
    }

    // ----- saving -----

    pub fn save_failed(&self) -> bool {
        matches!(self.save, SaveState::Failed { .. })
    }

    /// Saves the session; a failure is kept in `save` and retried later.
    pub fn save_now(&mut self, now: Timestamp) {
        let Some(file) = self.file.as_mut() else {
            self.save = SaveState::NoFile;
            return;
        };
        self.session.updated = now;
        self.save = match file.save(&self.session) {
            Ok(()) => SaveState::Saved(now),
            Err(error) => SaveState::Failed { error, tried: now },
        };
    }

    /// Saves now; when the file was changed by another program, writes the
    /// session to a new file beside it and continues there.
    pub fn save_or_copy(&mut self, now: Timestamp) -> Result<(), Note> {
        self.record_timer(now);
        self.save_now(now);
        if !matches!(
            self.save,
            SaveState::Failed {
                error: StoreError::ChangedOnDisk { .. } | StoreError::Deleted { .. },
                ..
            }
        ) {
            return if self.save_failed() {
                Err(Note::SaveFailed)
            } else {
                Ok(())
            };
        }
        let folder = self
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let copy = new_session_path(&folder, &self.session);
        match SessionFile::create(&copy, &self.session) {
            Ok(file) => {
                self.file = Some(file);
                self.path = Some(copy.clone());
                self.save = SaveState::Saved(now);
                Err(Note::SavedCopy(copy))
            }
            Err(error) => {
                self.save = SaveState::Failed { error, tried: now };
                Err(Note::SaveFailed)
            }
        }
    }
}

fn elapsed_seconds(since: Timestamp, now: Timestamp) -> u32 {
    let seconds = now.duration_since(since).as_secs();
    u32::try_from(seconds.max(0)).unwrap_or(u32::MAX)
}

/// The rows of the current phase's idea list. One pass over the ideas; the
/// heading "not clustered" appears only when the phase has clusters.
pub fn build_rows(session: &Session) -> Vec<Row> {
    let Some(phase) = session.current() else {
        return Vec::new();
    };
    let clusters: Vec<usize> = session
        .clusters
        .iter()
        .enumerate()
        .filter(|(_, c)| c.phase == phase.id)
        .map(|(index, _)| index)
        .collect();
    let slots: HashMap<ClusterId, usize> = clusters
        .iter()
        .enumerate()
        .map(|(slot, index)| (session.clusters[*index].id, slot))
        .collect();
    let mut loose = Vec::new();
    let mut by_cluster: Vec<Vec<usize>> = vec![Vec::new(); clusters.len()];
    for (index, idea) in session.ideas.iter().enumerate() {
        if idea.phase != phase.id {
            continue;
        }
        let slot = idea.cluster.and_then(|id| slots.get(&id).copied());
        match slot {
            Some(slot) => by_cluster[slot].push(index),
            None => loose.push(index),
        }
    }
    let mut rows = Vec::with_capacity(loose.len() + clusters.len() * 2);
    if !clusters.is_empty() && !loose.is_empty() {
        rows.push(Row::Group {
            cluster: None,
            ideas: loose.len(),
        });
    }
    rows.extend(loose.into_iter().map(Row::Idea));
    for (cluster, ideas) in clusters.into_iter().zip(by_cluster) {
        rows.push(Row::Group {
            cluster: Some(cluster),
            ideas: ideas.len(),
        });
        rows.extend(ideas.into_iter().map(Row::Idea));
    }
    rows
}
