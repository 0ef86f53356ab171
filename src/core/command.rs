//! Every change to a session is a [`Command`]. Applying one validates it,
//! changes the session and returns the command that undoes it, so undo/redo,
//! autosave and validation all live in one place.
//!
//! The vocabulary is small on purpose: add / remove / replace per kind of
//! entity, plus a few moves, and [`Command::Batch`] to combine them into one
//! undo step (merging clusters, importing a list, revealing all cards).

use super::session::*;
use super::text::{MAX_TEXT_CHARS, clean_line, clean_multiline};
use thiserror::Error;

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
    #[error("the {kind} is still in use: {reason}")]
    InUse { kind: &'static str, reason: String },
    #[error("phase {0} does not exist (the agenda has {1} phases)")]
    NoSuchPhaseIndex(usize, usize),
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

/// Entities kept in a `Vec` of the session, addressed by id.
trait Entity: Clone {
    type Id: PartialEq + Copy + ToString;
    const KIND: &'static str;
    fn id(&self) -> Self::Id;
}

macro_rules! entity {
    ($ty:ty, $id:ty, $kind:literal) => {
        impl Entity for $ty {
            type Id = $id;
            const KIND: &'static str = $kind;
            fn id(&self) -> $id {
                self.id
            }
        }
    };
}
entity!(Participant, ParticipantId, "participant");
entity!(Phase, PhaseId, "phase");
entity!(Idea, IdeaId, "idea");
entity!(Cluster, ClusterId, "cluster");
entity!(VoteRound, RoundId, "voting round");
entity!(ActionItem, ActionId, "action");
entity!(CheckinRound, CheckinId, "check-in");

fn position<T: Entity>(items: &[T], id: T::Id) -> Result<usize, DomainError> {
    items
        .iter()
        .position(|item| item.id() == id)
        .ok_or_else(|| not_found(T::KIND, id))
}

fn insert<T: Entity>(items: &mut Vec<T>, item: T, index: usize) -> Result<(), DomainError> {
    if items.iter().any(|existing| existing.id() == item.id()) {
        return Err(DomainError::DuplicateId {
            kind: T::KIND,
            id: item.id().to_string(),
        });
    }
    let index = index.min(items.len());
    items.insert(index, item);
    Ok(())
}

fn remove<T: Entity>(items: &mut Vec<T>, id: T::Id) -> Result<(T, usize), DomainError> {
    let index = position(items, id)?;
    Ok((items.remove(index), index))
}

fn replace<T: Entity>(items: &mut [T], item: T) -> Result<T, DomainError> {
    let index = position(items, item.id())?;
    Ok(std::mem::replace(&mut items[index], item))
}

fn move_to<T: Entity>(items: &mut Vec<T>, id: T::Id, to: usize) -> Result<usize, DomainError> {
    let from = position(items, id)?;
    let item = items.remove(from);
    let to = to.min(items.len());
    items.insert(to, item);
    Ok(from)
}

impl Session {
    /// Applies `command` and returns the command that undoes it. On error the
    /// session is left exactly as it was.
    pub fn apply(&mut self, command: Command) -> Result<Command, DomainError> {
        use Command::*;
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
                insert(&mut self.participants, participant, index)?;
                RemoveParticipant(id)
            }
            RemoveParticipant(id) => {
                self.ensure_participant_unused(id)?;
                let (participant, index) = remove(&mut self.participants, id)?;
                AddParticipant { participant, index }
            }
            ReplaceParticipant(participant) => {
                let participant = self.checked_participant(participant)?;
                ReplaceParticipant(replace(&mut self.participants, participant)?)
            }

            AddPhase { phase, index } => {
                let phase = checked_phase(phase)?;
                let id = phase.id;
                let current_id = self.current().map(|p| p.id);
                insert(&mut self.phases, phase, index)?;
                self.follow_current_phase(current_id, 0);
                RemovePhase(id)
            }
            RemovePhase(id) => {
                self.ensure_phase_empty(id)?;
                let before = self.current_phase;
                let current_id = self.current().map(|p| p.id);
                let (phase, index) = remove(&mut self.phases, id)?;
                self.follow_current_phase(current_id, index);
                Batch(vec![AddPhase { phase, index }, GoToPhase(before)])
            }
            ReplacePhase(phase) => ReplacePhase(replace(&mut self.phases, checked_phase(phase)?)?),
            MovePhase { id, to } => {
                let current_id = self.current().map(|p| p.id);
                let from = move_to(&mut self.phases, id, to)?;
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
                insert(&mut self.ideas, idea, index)?;
                RemoveIdea(id)
            }
            RemoveIdea(id) => {
                self.ensure_idea_unused(id)?;
                let (idea, index) = remove(&mut self.ideas, id)?;
                AddIdea { idea, index }
            }
            ReplaceIdea(idea) => {
                let idea = self.checked_idea(idea)?;
                let old = &self.ideas[position(&self.ideas, idea.id)?];
                if old.phase != idea.phase
                    && self
                        .rounds
                        .iter()
                        .any(|r| r.options.contains(&VoteOption::Idea(idea.id)))
                {
                    return Err(DomainError::InUse {
                        kind: "idea",
                        reason: "it is an option of a voting round".into(),
                    });
                }
                ReplaceIdea(replace(&mut self.ideas, idea)?)
            }
            MoveIdea { id, to } => MoveIdea {
                id,
                to: move_to(&mut self.ideas, id, to)?,
            },

            AddCluster { cluster, index } => {
                let cluster = self.checked_cluster(cluster)?;
                let id = cluster.id;
                insert(&mut self.clusters, cluster, index)?;
                RemoveCluster(id)
            }
            RemoveCluster(id) => {
                self.ensure_cluster_unused(id)?;
                let (cluster, index) = remove(&mut self.clusters, id)?;
                AddCluster { cluster, index }
            }
            ReplaceCluster(cluster) => {
                let cluster = self.checked_cluster(cluster)?;
                let old = &self.clusters[position(&self.clusters, cluster.id)?];
                if old.phase != cluster.phase && self.ideas_of_cluster(cluster.id).next().is_some() {
                    return Err(DomainError::InUse {
                        kind: "cluster",
                        reason: "it still holds ideas of its phase".into(),
                    });
                }
                ReplaceCluster(replace(&mut self.clusters, cluster)?)
            }
            MoveCluster { id, to } => MoveCluster {
                id,
                to: move_to(&mut self.clusters, id, to)?,
            },

            AddRound { round, index } => {
                let round = self.checked_round(round)?;
                let id = round.id;
                insert(&mut self.rounds, round, index)?;
                RemoveRound(id)
            }
            RemoveRound(id) => {
                if self
                    .actions
                    .iter()
                    .any(|a| a.source == Some(ActionSource::Round(id)))
                {
                    return Err(DomainError::InUse {
                        kind: "voting round",
                        reason: "an action item comes from it".into(),
                    });
                }
                let (round, index) = remove(&mut self.rounds, id)?;
                AddRound { round, index }
            }
            ReplaceRound(round) => {
                let round = self.checked_round(round)?;
                ReplaceRound(replace(&mut self.rounds, round)?)
            }

            AddAction { action, index } => {
                let action = checked_action(action)?;
                let id = action.id;
                insert(&mut self.actions, action, index)?;
                RemoveAction(id)
            }
            RemoveAction(id) => {
                let (action, index) = remove(&mut self.actions, id)?;
                AddAction { action, index }
            }
            ReplaceAction(action) => ReplaceAction(replace(&mut self.actions, checked_action(action)?)?),

            AddCheckin { checkin, index } => {
                let checkin = self.checked_checkin(checkin)?;
                let id = checkin.id;
                insert(&mut self.checkins, checkin, index)?;
                RemoveCheckin(id)
            }
            RemoveCheckin(id) => {
                let (checkin, index) = remove(&mut self.checkins, id)?;
                AddCheckin { checkin, index }
            }
            ReplaceCheckin(checkin) => {
                let checkin = self.checked_checkin(checkin)?;
                ReplaceCheckin(replace(&mut self.checkins, checkin)?)
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
            if self.ideas.iter().any(|i| !i.authors.is_empty()) {
                return Err(DomainError::Invalid(
                    "ideas already name their authors; remove the authors before going anonymous".into(),
                ));
            }
            if self.rounds.iter().any(|r| !r.ballots.is_empty()) {
                return Err(DomainError::Invalid(
                    "ballots are already stored per person; anonymous mode can only start before voting"
                        .into(),
                ));
            }
        }
        if !anonymous && self.anonymous && self.rounds.iter().any(|r| !r.voters.is_empty()) {
            return Err(DomainError::Invalid(
                "votes were cast secretly; the session has to stay anonymous".into(),
            ));
        }
        Ok(Command::SetAnonymous(std::mem::replace(
            &mut self.anonymous,
            anonymous,
        )))
    }

    fn checked_participant(&self, mut participant: Participant) -> Result<Participant, DomainError> {
        participant.name = required_line(&participant.name)?;
        let clash = self
            .participants
            .iter()
            .any(|p| p.id != participant.id && p.name.to_lowercase() == participant.name.to_lowercase());
        if clash {
            return Err(DomainError::DuplicateName(participant.name));
        }
        Ok(participant)
    }

    fn checked_idea(&self, mut idea: Idea) -> Result<Idea, DomainError> {
        idea.text = required_text(&idea.text)?;
        self.phase(idea.phase)
            .ok_or_else(|| not_found("phase", idea.phase))?;
        if self.anonymous && !idea.authors.is_empty() {
            return Err(DomainError::Invalid(
                "the session is anonymous: ideas have no authors".into(),
            ));
        }
        for author in &idea.authors {
            self.participant(*author)
                .ok_or_else(|| not_found("participant", author))?;
        }
        let mut seen = Vec::new();
        idea.authors.retain(|a| {
            let fresh = !seen.contains(a);
            seen.push(*a);
            fresh
        });
        if let Some(cluster) = idea.cluster {
            let cluster = self
                .cluster(cluster)
                .ok_or_else(|| not_found("cluster", cluster))?;
            if cluster.phase != idea.phase {
                return Err(DomainError::Invalid(
                    "an idea can only join a cluster of its own phase".into(),
                ));
            }
        }
        Ok(idea)
    }

    fn checked_cluster(&self, mut cluster: Cluster) -> Result<Cluster, DomainError> {
        cluster.title = required_line(&cluster.title)?;
        self.phase(cluster.phase)
            .ok_or_else(|| not_found("phase", cluster.phase))?;
        Ok(cluster)
    }

    fn checked_round(&self, mut round: VoteRound) -> Result<VoteRound, DomainError> {
        round.title = required_line(&round.title)?;
        self.phase(round.phase)
            .ok_or_else(|| not_found("phase", round.phase))?;
        for option in &round.options {
            if self.option_label(*option).is_none() {
                return Err(match option {
                    VoteOption::Idea(id) => not_found("idea", id),
                    VoteOption::Cluster(id) => not_found("cluster", id),
                });
            }
        }
        // Only people on the roster vote; a stray id would make the file
        // fail to load.
        if let Some(voter) = round
            .voters
            .iter()
            .find(|v| self.participant(v.participant).is_none())
        {
            return Err(not_found("participant", voter.participant));
        }
        super::voting::validate_round(&round, self.anonymous)?;
        Ok(round)
    }

    fn checked_checkin(&self, mut checkin: CheckinRound) -> Result<CheckinRound, DomainError> {
        checkin.question = required_line(&checkin.question)?;
        if let Some(phase) = checkin.phase {
            self.phase(phase).ok_or_else(|| not_found("phase", phase))?;
        }
        if checkin.counts.len() != checkin.scale.answers() {
            return Err(DomainError::Invalid(format!(
                "a check-in on this scale has {} answers, not {}",
                checkin.scale.answers(),
                checkin.counts.len()
            )));
        }
        Ok(checkin)
    }

    fn ensure_participant_unused(&self, id: ParticipantId) -> Result<(), DomainError> {
        let in_use = |reason: &str| DomainError::InUse {
            kind: "participant",
            reason: reason.into(),
        };
        if self.ideas.iter().any(|i| i.authors.contains(&id)) {
            return Err(in_use("ideas name them as author"));
        }
        if self
            .rounds
            .iter()
            .any(|r| r.voters.iter().any(|v| v.participant == id))
        {
            return Err(in_use("they have voted"));
        }
        if self.checkins.iter().any(|c| c.respondents.contains(&id)) {
            return Err(in_use("they answered a check-in"));
        }
        Ok(())
    }

    fn ensure_phase_empty(&self, id: PhaseId) -> Result<(), DomainError> {
        let in_use = |reason: &str| DomainError::InUse {
            kind: "phase",
            reason: reason.into(),
        };
        if self.ideas_in(id).next().is_some() {
            return Err(in_use("it holds ideas"));
        }
        if self.clusters_in(id).next().is_some() {
            return Err(in_use("it holds clusters"));
        }
        if self.rounds_in(id).next().is_some() {
            return Err(in_use("it holds voting rounds"));
        }
        if self.checkins.iter().any(|c| c.phase == Some(id)) {
            return Err(in_use("it holds check-ins"));
        }
        Ok(())
    }

    fn ensure_idea_unused(&self, id: IdeaId) -> Result<(), DomainError> {
        if self
            .rounds
            .iter()
            .any(|r| r.options.contains(&VoteOption::Idea(id)))
        {
            return Err(DomainError::InUse {
                kind: "idea",
                reason: "it is an option of a voting round".into(),
            });
        }
        Ok(())
    }

    fn ensure_cluster_unused(&self, id: ClusterId) -> Result<(), DomainError> {
        let in_use = |reason: &str| DomainError::InUse {
            kind: "cluster",
            reason: reason.into(),
        };
        if self.ideas_of_cluster(id).next().is_some() {
            return Err(in_use("it still holds ideas"));
        }
        if self
            .rounds
            .iter()
            .any(|r| r.options.contains(&VoteOption::Cluster(id)))
        {
            return Err(in_use("it is an option of a voting round"));
        }
        Ok(())
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

fn checked_phase(mut phase: Phase) -> Result<Phase, DomainError> {
    phase.title = required_line(&phase.title)?;
    phase.question = clean_multiline(&phase.question);
    check_length(&phase.question)?;
    let mut seen = Vec::new();
    phase.activities.retain(|a| {
        let fresh = !seen.contains(a);
        seen.push(*a);
        fresh
    });
    Ok(phase)
}

fn checked_action(mut action: ActionItem) -> Result<ActionItem, DomainError> {
    action.text = required_text(&action.text)?;
    action.owner = optional_line(action.owner.as_deref())?;
    action.note = clean_multiline(&action.note);
    check_length(&action.note)?;
    Ok(action)
}

fn check_length(text: &str) -> Result<(), DomainError> {
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(DomainError::TextTooLong {
            chars,
            max: MAX_TEXT_CHARS,
        });
    }
    Ok(())
}

/// Multi-line text that must not be empty (ideas, actions).
fn required_text(text: &str) -> Result<String, DomainError> {
    let text = clean_multiline(text);
    if text.is_empty() {
        return Err(DomainError::EmptyText);
    }
    check_length(&text)?;
    Ok(text)
}

/// A single line that must not be empty (titles, names).
fn required_line(text: &str) -> Result<String, DomainError> {
    let text = clean_line(text);
    if text.is_empty() {
        return Err(DomainError::EmptyText);
    }
    check_length(&text)?;
    Ok(text)
}

fn optional_line(text: Option<&str>) -> Result<Option<String>, DomainError> {
    match text.map(clean_line) {
        Some(text) if !text.is_empty() => {
            check_length(&text)?;
            Ok(Some(text))
        }
        _ => Ok(None),
    }
}
