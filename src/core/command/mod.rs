//! Every change to a session is a [`Command`]. Applying one validates it,
//! changes the session and returns the command that undoes it, so undo/redo,
//! autosave and validation all live in one place.
//!
//! The vocabulary is small on purpose: add / remove / replace per kind of
//! entity, plus a few moves, and [`Command::Batch`] to combine them into one
//! undo step (merging clusters, importing a list, revealing all cards).

use super::index::Entity;
pub use super::refusal::Refusal;
use super::session::*;
use thiserror::Error;

mod checks;
use checks::{checked_action, checked_phase, optional_line, required_line};

/// A change to a session. Ids are chosen by the caller, so a redo recreates
/// exactly the same entities.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    SetTitle(String),
    SetFacilitator(Option<String>),
    SetAnonymous(bool),
    SetLanguage(Language),

    AddParticipant {
        participant: Participant,
        index: usize,
    },
    RemoveParticipant(ParticipantId),
    ReplaceParticipant(Participant),

    AddPhase {
        phase: Phase,
        index: usize,
    },
    RemovePhase(PhaseId),
    ReplacePhase(Phase),
    MovePhase {
        id: PhaseId,
        to: usize,
    },
    GoToPhase(usize),
    /// Sets or clears the running countdown (not an edit: off the undo stack).
    SetClock(Option<PhaseClock>),

    AddIdea {
        idea: Idea,
        index: usize,
    },
    RemoveIdea(IdeaId),
    ReplaceIdea(Idea),
    MoveIdea {
        id: IdeaId,
        to: usize,
    },

    AddCluster {
        cluster: Cluster,
        index: usize,
    },
    RemoveCluster(ClusterId),
    ReplaceCluster(Cluster),
    MoveCluster {
        id: ClusterId,
        to: usize,
    },

    AddRound {
        round: VoteRound,
        index: usize,
    },
    RemoveRound(RoundId),
    ReplaceRound(VoteRound),

    AddAction {
        action: ActionItem,
        index: usize,
    },
    RemoveAction(ActionId),
    ReplaceAction(ActionItem),

    AddCheckin {
        checkin: CheckinRound,
        index: usize,
    },
    RemoveCheckin(CheckinId),
    ReplaceCheckin(CheckinRound),

    /// Several commands as one undo step; all or nothing.
    Batch(Vec<Command>),
}

/// Why a command was refused. The session is unchanged when this is returned.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DomainError {
    #[error("the text is empty")]
    EmptyText,
    #[error("the text is too long ({chars} characters, at most {max})")]
    TextTooLong { chars: usize, max: usize },
    #[error("no such {kind}: {id}")]
    NotFound { kind: &'static str, id: String },
    #[error("the id {id} of this {kind} is already taken")]
    DuplicateId { kind: &'static str, id: String },
    #[error("a participant named {0:?} exists already")]
    DuplicateName(String),
    #[error("phase {0} does not exist (the agenda has {1} phases)")]
    NoSuchPhaseIndex(usize, usize),
    /// A rule of the workshop the change would break.
    #[error(transparent)]
    Refused(#[from] Refusal),
    /// A session read from a file breaks a rule of the model; the text names
    /// the place. Only the consistency check on loading says this.
    #[error("{0}")]
    Invalid(String),
    #[error("the batch is empty")]
    EmptyBatch,
}

fn not_found(kind: &'static str, id: impl ToString) -> DomainError {
    DomainError::NotFound {
        kind,
        id: id.to_string(),
    }
}

fn position<T: Entity>(session: &Session, id: T::Id) -> Result<usize, DomainError> {
    let (items, positions) = T::slot(session);
    positions.find(items, id).ok_or_else(|| not_found(T::KIND, id))
}

/// Inserts `item` at `index` (at most the end); returns where it went.
fn insert<T: Entity>(session: &mut Session, item: T, index: usize) -> Result<usize, DomainError> {
    let (items, positions) = T::slot_mut(session);
    if positions.contains(item.id()) {
        return Err(DomainError::DuplicateId {
            kind: T::KIND,
            id: item.id().to_string(),
        });
    }
    let index = index.min(items.len());
    items.insert(index, item);
    positions.inserted(items, index);
    Ok(index)
}

fn remove<T: Entity>(session: &mut Session, id: T::Id) -> Result<(T, usize), DomainError> {
    let index = position::<T>(session, id)?;
    let (items, positions) = T::slot_mut(session);
    let item = items.remove(index);
    positions.removed(items, id, index);
    Ok((item, index))
}

/// Puts `item` in the place of the entry with its id; returns the old entry
/// and the place.
fn replace<T: Entity>(session: &mut Session, item: T) -> Result<(T, usize), DomainError> {
    let index = position::<T>(session, item.id())?;
    let (items, _) = T::slot_mut(session);
    Ok((std::mem::replace(&mut items[index], item), index))
}

/// Moves the entry to `to` (at most the end); returns where it was.
fn move_to<T: Entity>(session: &mut Session, id: T::Id, to: usize) -> Result<usize, DomainError> {
    let from = position::<T>(session, id)?;
    let (items, positions) = T::slot_mut(session);
    let to = to.min(items.len() - 1);
    if from < to {
        items[from..=to].rotate_left(1);
    } else {
        items[to..=from].rotate_right(1);
    }
    positions.moved(items, from, to);
    Ok(from)
}

impl Session {
    /// Applies `command` and returns the command that undoes it. On error the
    /// session is left exactly as it was.
    pub fn apply(&mut self, command: Command) -> Result<Command, DomainError> {
        use Command::*;
        self.refresh_index();
        let inverse = match command {
            SetTitle(title) => {
                let title = required_line(&title)?;
                SetTitle(std::mem::replace(&mut self.title, title))
            }
            SetFacilitator(name) => {
                let name = optional_line(name.as_deref())?;
                SetFacilitator(std::mem::replace(&mut self.facilitator, name))
            }
            SetAnonymous(anonymous) => self.set_anonymous(anonymous)?,
            SetLanguage(language) => SetLanguage(std::mem::replace(&mut self.language, language)),

            AddParticipant { participant, index } => {
                let participant = self.checked_participant(participant)?;
                let id = participant.id;
                let at = insert(self, participant, index)?;
                self.index.track_participant(&self.participants[at], true);
                RemoveParticipant(id)
            }
            RemoveParticipant(id) => {
                self.ensure_participant_unused(id)?;
                let (participant, index) = remove(self, id)?;
                self.index.track_participant(&participant, false);
                AddParticipant { participant, index }
            }
            ReplaceParticipant(participant) => {
                let participant = self.checked_participant(participant)?;
                let (old, at) = replace(self, participant)?;
                self.index.track_participant(&old, false);
                self.index.track_participant(&self.participants[at], true);
                ReplaceParticipant(old)
            }

            AddPhase { phase, index } => {
                let phase = checked_phase(phase)?;
                let id = phase.id;
                let current_id = self.current().map(|p| p.id);
                insert(self, phase, index)?;
                self.follow_current_phase(current_id, 0);
                RemovePhase(id)
            }
            RemovePhase(id) => {
                self.ensure_phase_empty(id)?;
                let before = self.current_phase;
                let current_id = self.current().map(|p| p.id);
                let (phase, index) = remove(self, id)?;
                self.follow_current_phase(current_id, index);
                Batch(vec![AddPhase { phase, index }, GoToPhase(before)])
            }
            ReplacePhase(phase) => ReplacePhase(replace(self, checked_phase(phase)?)?.0),
            MovePhase { id, to } => {
                let current_id = self.current().map(|p| p.id);
                let from = move_to::<Phase>(self, id, to)?;
                self.follow_current_phase(current_id, 0);
                MovePhase { id, to: from }
            }
            GoToPhase(index) => {
                if index >= self.phases.len() {
                    return Err(DomainError::NoSuchPhaseIndex(index + 1, self.phases.len()));
                }
                GoToPhase(std::mem::replace(&mut self.current_phase, index))
            }
            SetClock(clock) => {
                if let Some(clock) = &clock
                    && self.phase(clock.phase).is_none()
                {
                    return Err(not_found("phase", clock.phase));
                }
                SetClock(std::mem::replace(&mut self.clock, clock))
            }

            AddIdea { idea, index } => {
                let idea = self.checked_idea(idea)?;
                let id = idea.id;
                let at = insert(self, idea, index)?;
                self.index.track_idea(&self.ideas[at], true);
                RemoveIdea(id)
            }
            RemoveIdea(id) => {
                self.ensure_idea_unused(id)?;
                let (idea, index) = remove(self, id)?;
                self.index.track_idea(&idea, false);
                AddIdea { idea, index }
            }
            ReplaceIdea(idea) => {
                let idea = self.checked_idea(idea)?;
                let old = &self.ideas[position::<Idea>(self, idea.id)?];
                if old.phase != idea.phase && self.is_vote_option(VoteOption::Idea(idea.id)) {
                    return Err(Refusal::IdeaIsVoteOption.into());
                }
                let (old, at) = replace(self, idea)?;
                self.index.track_idea(&old, false);
                self.index.track_idea(&self.ideas[at], true);
                ReplaceIdea(old)
            }
            MoveIdea { id, to } => MoveIdea {
                id,
                to: move_to::<Idea>(self, id, to)?,
            },

            AddCluster { cluster, index } => {
                let cluster = self.checked_cluster(cluster)?;
                let id = cluster.id;
                let at = insert(self, cluster, index)?;
                self.index.track_cluster(&self.clusters[at], true);
                RemoveCluster(id)
            }
            RemoveCluster(id) => {
                self.ensure_cluster_unused(id)?;
                let (cluster, index) = remove(self, id)?;
                self.index.track_cluster(&cluster, false);
                AddCluster { cluster, index }
            }
            ReplaceCluster(cluster) => {
                let cluster = self.checked_cluster(cluster)?;
                let old = &self.clusters[position::<Cluster>(self, cluster.id)?];
                if old.phase != cluster.phase && self.cluster_has_ideas(cluster.id) {
                    return Err(Refusal::ClusterHoldsIdeas.into());
                }
                let (old, at) = replace(self, cluster)?;
                self.index.track_cluster(&old, false);
                self.index.track_cluster(&self.clusters[at], true);
                ReplaceCluster(old)
            }
            MoveCluster { id, to } => MoveCluster {
                id,
                to: move_to::<Cluster>(self, id, to)?,
            },

            AddRound { round, index } => {
                let round = self.checked_round(round)?;
                let id = round.id;
                let at = insert(self, round, index)?;
                self.index.track_round(&self.rounds[at], true);
                RemoveRound(id)
            }
            RemoveRound(id) => {
                if self
                    .actions
                    .iter()
                    .any(|a| a.source == Some(ActionSource::Round(id)))
                {
                    return Err(Refusal::RoundHasActions.into());
                }
                let (round, index) = remove(self, id)?;
                self.index.track_round(&round, false);
                AddRound { round, index }
            }
            ReplaceRound(round) => {
                let round = self.checked_round(round)?;
                let (old, at) = replace(self, round)?;
                self.index.track_round(&old, false);
                self.index.track_round(&self.rounds[at], true);
                ReplaceRound(old)
            }

            AddAction { action, index } => {
                let action = checked_action(action)?;
                let id = action.id;
                insert(self, action, index)?;
                RemoveAction(id)
            }
            RemoveAction(id) => {
                let (action, index) = remove(self, id)?;
                AddAction { action, index }
            }
            ReplaceAction(action) => ReplaceAction(replace(self, checked_action(action)?)?.0),

            AddCheckin { checkin, index } => {
                let checkin = self.checked_checkin(checkin)?;
                let id = checkin.id;
                insert(self, checkin, index)?;
                RemoveCheckin(id)
            }
            RemoveCheckin(id) => {
                let (checkin, index) = remove(self, id)?;
                AddCheckin { checkin, index }
            }
            ReplaceCheckin(checkin) => {
                let checkin = self.checked_checkin(checkin)?;
                ReplaceCheckin(replace(self, checkin)?.0)
            }

            Batch(commands) => self.apply_batch(commands)?,
        };
        Ok(inverse)
    }

    fn apply_batch(&mut self, commands: Vec<Command>) -> Result<Command, DomainError> {
        if commands.is_empty() {
            return Err(DomainError::EmptyBatch);
        }
        let mut inverses = Vec::with_capacity(commands.len());
        for command in commands {
            match self.apply(command) {
                Ok(inverse) => inverses.push(inverse),
                Err(error) => {
                    // Roll back what was applied so the batch is all or nothing.
                    for inverse in inverses.into_iter().rev() {
                        // An inverse of a command that just succeeded cannot fail.
                        let _ = self.apply(inverse);
                    }
                    return Err(error);
                }
            }
        }
        inverses.reverse();
        Ok(Command::Batch(inverses))
    }

    fn set_anonymous(&mut self, anonymous: bool) -> Result<Command, DomainError> {
        if anonymous && !self.anonymous {
            if self.any_idea_has_authors() {
                return Err(Refusal::AuthorsNamed.into());
            }
            if self.rounds.iter().any(|r| !r.ballots.is_empty()) {
                return Err(Refusal::BallotsStored.into());
            }
        }
        if !anonymous && self.anonymous && self.rounds.iter().any(|r| !r.voters.is_empty()) {
            return Err(Refusal::VotesCastSecretly.into());
        }
        Ok(Command::SetAnonymous(std::mem::replace(
            &mut self.anonymous,
            anonymous,
        )))
    }

    /// Keeps the facilitator on the same phase after the agenda changed;
    /// if that phase is gone, stays near `fallback`.
    fn follow_current_phase(&mut self, current: Option<PhaseId>, fallback: usize) {
        self.current_phase = match current.and_then(|id| self.phase_index(id)) {
            Some(index) => index,
            None => fallback,
        };
        self.clamp_current_phase();
    }

    fn clamp_current_phase(&mut self) {
        if self.current_phase >= self.phases.len() {
            self.current_phase = self.phases.len().saturating_sub(1);
        }
    }
}
