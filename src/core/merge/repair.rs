//! Deletions that would leave a reference dangling (a phase deleted on one
//! side while the other side added an idea to it) are undone: the merge
//! keeps the item and reports it.

use super::lists::Keyed;
use super::{Conflict, Kind, Sides};
use crate::core::session::*;
use std::collections::HashSet;

/// Ids whose deletion is undone because something still uses them.
#[derive(Default)]
pub(super) struct Keep {
    pub participants: HashSet<ParticipantId>,
    pub phases: HashSet<PhaseId>,
    pub ideas: HashSet<IdeaId>,
    pub clusters: HashSet<ClusterId>,
}

impl Keep {
    /// Adds the ids `session` uses but lacks and some side still has;
    /// whether any was new.
    pub fn add_missing(&mut self, session: &Session, sides: &Sides) -> bool {
        let mut added = false;
        let phases: HashSet<PhaseId> = session.phases.iter().map(|p| p.id).collect();
        let people: HashSet<ParticipantId> = session.participants.iter().map(|p| p.id).collect();
        let ideas: HashSet<IdeaId> = session.ideas.iter().map(|i| i.id).collect();
        let clusters: HashSet<ClusterId> = session.clusters.iter().map(|c| c.id).collect();
        for phase in used_phases(session) {
            if !phases.contains(&phase)
                && sides.find(phase, |s| &s.phases).is_some()
                && self.phases.insert(phase)
            {
                added = true;
            }
        }
        for person in used_participants(session) {
            if !people.contains(&person)
                && sides.find(person, |s| &s.participants).is_some()
                && self.participants.insert(person)
            {
                added = true;
            }
        }
        for cluster in used_clusters(session) {
            if !clusters.contains(&cluster)
                && sides.find(cluster, |s| &s.clusters).is_some()
                && self.clusters.insert(cluster)
            {
                added = true;
            }
        }
        for idea in used_ideas(session) {
            if !ideas.contains(&idea) && sides.find(idea, |s| &s.ideas).is_some() && self.ideas.insert(idea) {
                added = true;
            }
        }
        added
    }
}

fn used_phases(session: &Session) -> impl Iterator<Item = PhaseId> + '_ {
    let ideas = session.ideas.iter().map(|i| i.phase);
    let clusters = session.clusters.iter().map(|c| c.phase);
    let rounds = session.rounds.iter().map(|r| r.phase);
    let checkins = session.checkins.iter().filter_map(|c| c.phase);
    ideas.chain(clusters).chain(rounds).chain(checkins)
}

fn used_participants(session: &Session) -> impl Iterator<Item = ParticipantId> + '_ {
    let authors = session.ideas.iter().flat_map(|i| i.authors.iter().copied());
    let voters = session
        .rounds
        .iter()
        .flat_map(|r| r.voters.iter().map(|v| v.participant));
    let respondents = session
        .checkins
        .iter()
        .flat_map(|c| c.respondents.iter().copied());
    authors.chain(voters).chain(respondents)
}

fn used_clusters(session: &Session) -> impl Iterator<Item = ClusterId> + '_ {
    let ideas = session.ideas.iter().filter_map(|i| i.cluster);
    let options = session.rounds.iter().flat_map(|r| r.options.iter());
    ideas.chain(options.filter_map(|o| match o {
        VoteOption::Cluster(id) => Some(*id),
        VoteOption::Idea(_) => None,
    }))
}

fn used_ideas(session: &Session) -> impl Iterator<Item = IdeaId> + '_ {
    session
        .rounds
        .iter()
        .flat_map(|r| r.options.iter())
        .filter_map(|o| match o {
            VoteOption::Idea(id) => Some(*id),
            VoteOption::Cluster(_) => None,
        })
}

/// One `StillUsed` conflict per item whose deletion was undone.
pub(super) fn missing_conflicts(keep: &Keep, sides: &Sides) -> Vec<Conflict> {
    let mut conflicts = Vec::new();
    let mut report = |kind: Kind, label: Option<String>| {
        if let Some(label) = label {
            conflicts.push(Conflict::StillUsed { kind, label });
        }
    };
    for id in sorted(&keep.phases) {
        report(Kind::Phase, sides.find(id, |s| &s.phases).map(Keyed::label));
    }
    for id in sorted(&keep.participants) {
        report(
            Kind::Participant,
            sides.find(id, |s| &s.participants).map(Keyed::label),
        );
    }
    for id in sorted(&keep.clusters) {
        report(Kind::Cluster, sides.find(id, |s| &s.clusters).map(Keyed::label));
    }
    for id in sorted(&keep.ideas) {
        report(Kind::Idea, sides.find(id, |s| &s.ideas).map(Keyed::label));
    }
    conflicts
}

fn sorted<T: Copy + Ord>(set: &HashSet<T>) -> Vec<T> {
    let mut items: Vec<T> = set.iter().copied().collect();
    items.sort();
    items
}
