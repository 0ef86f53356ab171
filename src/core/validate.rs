//! Consistency of a whole session, checked when a file is loaded: every
//! reference points at something that exists, and every round keeps the
//! voting rules. Runs in linear time so that large sessions open fast.

use super::command::DomainError;
use super::session::*;
use super::text::MAX_TEXT_CHARS;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;

fn unique<Id: Eq + Hash + Copy + ToString>(
    ids: impl Iterator<Item = Id>,
    kind: &'static str,
) -> Result<HashSet<Id>, DomainError> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(DomainError::DuplicateId {
                kind,
                id: id.to_string(),
            });
        }
    }
    Ok(seen)
}

fn missing(kind: &'static str, id: impl ToString) -> DomainError {
    DomainError::NotFound {
        kind,
        id: id.to_string(),
    }
}

/// Refuses a text longer than typed text may be, naming where it is.
fn within_limit(text: &str, whose: impl FnOnce() -> String) -> Result<(), DomainError> {
    // Bytes bound characters from above: most texts need no counting.
    if text.len() <= MAX_TEXT_CHARS {
        return Ok(());
    }
    let chars = text.chars().count();
    if chars <= MAX_TEXT_CHARS {
        return Ok(());
    }
    Err(DomainError::Invalid(format!(
        "{} has {chars} characters, more than the {MAX_TEXT_CHARS} plenum takes",
        whose()
    )))
}

impl Session {
    /// Every text obeys the limit typed text has, also in a hand-edited file.
    fn check_text_lengths(&self) -> Result<(), DomainError> {
        within_limit(&self.title, || "the session title".into())?;
        within_limit(&self.method, || "the method".into())?;
        if let Some(name) = &self.facilitator {
            within_limit(name, || "the facilitator's name".into())?;
        }
        for p in &self.participants {
            within_limit(&p.name, || format!("participant {}", p.id))?;
        }
        for phase in &self.phases {
            within_limit(&phase.title, || format!("phase {}", phase.id))?;
            within_limit(&phase.question, || format!("phase {}", phase.id))?;
        }
        for idea in &self.ideas {
            within_limit(&idea.text, || format!("idea {}", idea.id))?;
        }
        for cluster in &self.clusters {
            within_limit(&cluster.title, || format!("cluster {}", cluster.id))?;
        }
        for round in &self.rounds {
            within_limit(&round.title, || format!("voting round {}", round.id))?;
        }
        for action in &self.actions {
            within_limit(&action.text, || format!("action {}", action.id))?;
            within_limit(&action.note, || format!("action {}", action.id))?;
            if let Some(owner) = &action.owner {
                within_limit(owner, || format!("action {}", action.id))?;
            }
        }
        for checkin in &self.checkins {
            within_limit(&checkin.question, || format!("check-in {}", checkin.id))?;
        }
        Ok(())
    }

    /// Checks that the session is consistent; the error names the first
    /// problem found.
    pub fn validate(&self) -> Result<(), DomainError> {
        if self.version != FORMAT_VERSION {
            return Err(DomainError::Invalid(format!(
                "format version {} in memory",
                self.version
            )));
        }
        let phases = unique(self.phases.iter().map(|p| p.id), "phase")?;
        let participants = unique(self.participants.iter().map(|p| p.id), "participant")?;
        unique(self.ideas.iter().map(|i| i.id), "idea")?;
        unique(self.rounds.iter().map(|r| r.id), "voting round")?;
        unique(self.actions.iter().map(|a| a.id), "action")?;
        unique(self.checkins.iter().map(|c| c.id), "check-in")?;
        let mut cluster_phase = HashMap::new();
        for cluster in &self.clusters {
            if cluster_phase.insert(cluster.id, cluster.phase).is_some() {
                return Err(DomainError::DuplicateId {
                    kind: "cluster",
                    id: cluster.id.to_string(),
                });
            }
            if !phases.contains(&cluster.phase) {
                return Err(missing("phase", cluster.phase));
            }
        }
        // With no phases the only current phase is 0; anything else would
        // not survive adding and removing a phase.
        if self.current_phase >= self.phases.len().max(1) {
            return Err(DomainError::NoSuchPhaseIndex(
                self.current_phase + 1,
                self.phases.len(),
            ));
        }
        if self.title.trim().is_empty() {
            return Err(DomainError::Invalid("the session has no title".into()));
        }
        self.check_text_lengths()?;
        for idea in &self.ideas {
            if !phases.contains(&idea.phase) {
                return Err(missing("phase", idea.phase));
            }
            if let Some(author) = idea.authors.iter().find(|a| !participants.contains(a)) {
                return Err(missing("participant", author));
            }
            if self.anonymous && !idea.authors.is_empty() {
                return Err(DomainError::Invalid(format!(
                    "idea {} names an author in an anonymous session",
                    idea.id
                )));
            }
            if let Some(cluster) = idea.cluster {
                match cluster_phase.get(&cluster) {
                    None => return Err(missing("cluster", cluster)),
                    Some(phase) if *phase != idea.phase => {
                        return Err(DomainError::Invalid(format!(
                            "idea {} is in a cluster of another phase",
                            idea.id
                        )));
                    }
                    Some(_) => {}
                }
            }
        }
        let ideas: HashSet<IdeaId> = self.ideas.iter().map(|i| i.id).collect();
        for round in &self.rounds {
            if !phases.contains(&round.phase) {
                return Err(missing("phase", round.phase));
            }
            for option in &round.options {
                match option {
                    VoteOption::Idea(id) if !ideas.contains(id) => return Err(missing("idea", id)),
                    VoteOption::Cluster(id) if !cluster_phase.contains_key(id) => {
                        return Err(missing("cluster", id));
                    }
                    _ => {}
                }
            }
            if let Some(voter) = round
                .voters
                .iter()
                .find(|v| !participants.contains(&v.participant))
            {
                return Err(missing("participant", voter.participant));
            }
            super::voting::validate_round(round, self.anonymous)?;
        }
        // Action sources are deliberately not checked: an action outlives the
        // card it came from (the card may be deleted or merged later, and a
        // carried action points into another session file).
        for checkin in &self.checkins {
            if checkin.counts.len() != checkin.scale.answers() {
                return Err(DomainError::Invalid(format!(
                    "check-in {:?} has {} counts for a scale of {}",
                    checkin.question,
                    checkin.counts.len(),
                    checkin.scale.answers()
                )));
            }
            if let Some(phase) = checkin.phase
                && !phases.contains(&phase)
            {
                return Err(missing("phase", phase));
            }
        }
        Ok(())
    }
}
