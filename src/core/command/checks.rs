//! The checks a command passes before it changes anything: cleaned and
//! bounded text, references that exist, and entities still in use.

use super::{DomainError, Refusal, not_found};
use crate::core::session::*;
use crate::core::text::{MAX_TEXT_CHARS, clean_line, clean_multiline};

impl Session {
    pub(super) fn checked_participant(
        &self,
        mut participant: Participant,
    ) -> Result<Participant, DomainError> {
        participant.name = required_line(&participant.name)?;
        if self.name_taken(&participant.name, participant.id) {
            return Err(DomainError::DuplicateName(participant.name));
        }
        Ok(participant)
    }

    pub(super) fn checked_idea(&self, mut idea: Idea) -> Result<Idea, DomainError> {
        idea.text = required_text(&idea.text)?;
        self.phase(idea.phase)
            .ok_or_else(|| not_found("phase", idea.phase))?;
        if self.anonymous && !idea.authors.is_empty() {
            return Err(Refusal::AnonymousAuthors.into());
        }
        for author in &idea.authors {
            self.participant(*author)
                .ok_or_else(|| not_found("participant", author))?;
        }
        let mut seen = Vec::with_capacity(idea.authors.len());
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
                return Err(Refusal::ClusterOfAnotherPhase.into());
            }
        }
        Ok(idea)
    }

    pub(super) fn checked_cluster(&self, mut cluster: Cluster) -> Result<Cluster, DomainError> {
        cluster.title = required_line(&cluster.title)?;
        self.phase(cluster.phase)
            .ok_or_else(|| not_found("phase", cluster.phase))?;
        Ok(cluster)
    }

    pub(super) fn checked_round(&self, mut round: VoteRound) -> Result<VoteRound, DomainError> {
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
        crate::core::voting::validate_round(&round, self.anonymous)?;
        Ok(round)
    }

    pub(super) fn checked_checkin(&self, mut checkin: CheckinRound) -> Result<CheckinRound, DomainError> {
        checkin.question = required_line(&checkin.question)?;
        if let Some(phase) = checkin.phase {
            self.phase(phase).ok_or_else(|| not_found("phase", phase))?;
        }
        if checkin.counts.len() != checkin.scale.answers() {
            return Err(Refusal::WrongCountOfAnswers {
                answers: checkin.scale.answers(),
                counts: checkin.counts.len(),
            }
            .into());
        }
        Ok(checkin)
    }

    /// Why the participant cannot leave the roster, if they cannot: front
    /// ends ask this instead of repeating the rule.
    pub fn participant_in_use(&self, id: ParticipantId) -> Option<Refusal> {
        if self.is_author(id) {
            return Some(Refusal::ParticipantIsAuthor);
        }
        if self
            .rounds
            .iter()
            .any(|r| r.voters.iter().any(|v| v.participant == id))
        {
            return Some(Refusal::ParticipantHasVoted);
        }
        if self.checkins.iter().any(|c| c.respondents.contains(&id)) {
            return Some(Refusal::ParticipantAnswered);
        }
        None
    }

    /// Why the phase cannot be removed, if it cannot (only an empty phase can).
    pub fn phase_in_use(&self, id: PhaseId) -> Option<Refusal> {
        if self.phase_has_ideas(id) {
            return Some(Refusal::PhaseHoldsIdeas);
        }
        if self.phase_has_clusters(id) {
            return Some(Refusal::PhaseHoldsClusters);
        }
        if self.rounds_in(id).next().is_some() {
            return Some(Refusal::PhaseHoldsRounds);
        }
        if self.checkins.iter().any(|c| c.phase == Some(id)) {
            return Some(Refusal::PhaseHoldsCheckins);
        }
        None
    }

    /// Why the idea cannot be removed, if it cannot.
    pub fn idea_in_use(&self, id: IdeaId) -> Option<Refusal> {
        self.is_vote_option(VoteOption::Idea(id))
            .then_some(Refusal::IdeaIsVoteOption)
    }

    /// Why the cluster cannot be removed, if it cannot.
    pub fn cluster_in_use(&self, id: ClusterId) -> Option<Refusal> {
        if self.cluster_has_ideas(id) {
            return Some(Refusal::ClusterHoldsIdeas);
        }
        self.is_vote_option(VoteOption::Cluster(id))
            .then_some(Refusal::ClusterIsVoteOption)
    }

    pub(super) fn ensure_participant_unused(&self, id: ParticipantId) -> Result<(), DomainError> {
        self.participant_in_use(id)
            .map_or(Ok(()), |refusal| Err(refusal.into()))
    }

    pub(super) fn ensure_phase_empty(&self, id: PhaseId) -> Result<(), DomainError> {
        self.phase_in_use(id)
            .map_or(Ok(()), |refusal| Err(refusal.into()))
    }

    pub(super) fn ensure_idea_unused(&self, id: IdeaId) -> Result<(), DomainError> {
        self.idea_in_use(id).map_or(Ok(()), |refusal| Err(refusal.into()))
    }

    pub(super) fn ensure_cluster_unused(&self, id: ClusterId) -> Result<(), DomainError> {
        self.cluster_in_use(id)
            .map_or(Ok(()), |refusal| Err(refusal.into()))
    }
}

pub(super) fn checked_phase(mut phase: Phase) -> Result<Phase, DomainError> {
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

pub(super) fn checked_action(mut action: ActionItem) -> Result<ActionItem, DomainError> {
    action.text = required_text(&action.text)?;
    action.owner = optional_line(action.owner.as_deref())?;
    action.note = clean_multiline(&action.note);
    check_length(&action.note)?;
    Ok(action)
}

pub(super) fn check_length(text: &str) -> Result<(), DomainError> {
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
pub(super) fn required_text(text: &str) -> Result<String, DomainError> {
    let text = clean_multiline(text);
    if text.is_empty() {
        return Err(DomainError::EmptyText);
    }
    check_length(&text)?;
    Ok(text)
}

/// A single line that must not be empty (titles, names).
pub(super) fn required_line(text: &str) -> Result<String, DomainError> {
    let text = clean_line(text);
    if text.is_empty() {
        return Err(DomainError::EmptyText);
    }
    check_length(&text)?;
    Ok(text)
}

pub(super) fn optional_line(text: Option<&str>) -> Result<Option<String>, DomainError> {
    match text.map(clean_line) {
        Some(text) if !text.is_empty() => {
            check_length(&text)?;
            Ok(Some(text))
        }
        _ => Ok(None),
    }
}
