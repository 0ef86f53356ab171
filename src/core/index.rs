//! Lookups by id, so that applying a command costs the same with 100 or
//! 100,000 ideas.
//!
//! The session keeps its entities in plain vectors (the file format is those
//! vectors). Next to them, [`SessionIndex`] maps every id to its position and
//! counts what refers to what (ideas per phase, cluster and author, rounds per
//! vote option), so that "does this id exist", "where is it" and "is it still
//! in use" need no scan. `Session::apply` keeps the index in step with the
//! vectors: an append costs O(1); an insert, removal or move at position `i`
//! renumbers the entries after `i`, the same range the vector itself shifts.
//!
//! The index is never saved. A session read from a file, or built by pushing
//! onto its vectors, starts with an index whose sizes do not match; the first
//! command (or [`Session::reindex`]) rebuilds it. Reads through `&self`
//! (`Session::idea` and friends) check every answer against the vector and
//! fall back to a scan when the index is behind, so they are never wrong.

use super::session::*;
use std::collections::HashMap;
use std::fmt;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};

/// An entity kept in a vector of the session, addressed by id.
pub(crate) trait Entity: Clone {
    type Id: Copy + Eq + Hash + ToString;
    const KIND: &'static str;
    fn id(&self) -> Self::Id;
    /// Its vector and its positions in the session.
    fn slot(session: &Session) -> (&Vec<Self>, &Positions<Self::Id>);
    fn slot_mut(session: &mut Session) -> (&mut Vec<Self>, &mut Positions<Self::Id>);
}

macro_rules! entity {
    ($ty:ty, $id:ty, $kind:literal, $field:ident) => {
        impl Entity for $ty {
            type Id = $id;
            const KIND: &'static str = $kind;
            fn id(&self) -> $id {
                self.id
            }
            fn slot(session: &Session) -> (&Vec<Self>, &Positions<$id>) {
                (&session.$field, &session.index.$field)
            }
            fn slot_mut(session: &mut Session) -> (&mut Vec<Self>, &mut Positions<$id>) {
                (&mut session.$field, &mut session.index.$field)
            }
        }
    };
}
entity!(Participant, ParticipantId, "participant", participants);
entity!(Phase, PhaseId, "phase", phases);
entity!(Idea, IdeaId, "idea", ideas);
entity!(Cluster, ClusterId, "cluster", clusters);
entity!(VoteRound, RoundId, "voting round", rounds);
entity!(ActionItem, ActionId, "action", actions);
entity!(CheckinRound, CheckinId, "check-in", checkins);

/// Counts index operations (hash look-ups, renumbered entries, items visited
/// by a fallback scan), so a test can show that commands do not scan.
#[derive(Default)]
struct Probes(AtomicU64);

impl Probes {
    fn add(&self, n: usize) {
        self.0.fetch_add(n as u64, Ordering::Relaxed);
    }

    fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

impl Clone for Probes {
    fn clone(&self) -> Probes {
        Probes(AtomicU64::new(self.get()))
    }
}

/// Where each id of one vector sits.
#[derive(Clone)]
pub(crate) struct Positions<Id> {
    at: HashMap<Id, usize>,
    probes: Probes,
}

impl<Id> Default for Positions<Id> {
    fn default() -> Self {
        Positions {
            at: HashMap::new(),
            probes: Probes::default(),
        }
    }
}

impl<Id: Copy + Eq + Hash> Positions<Id> {
    fn build<T: Entity<Id = Id>>(items: &[T]) -> Positions<Id> {
        let positions = Positions {
            at: items.iter().enumerate().map(|(i, item)| (item.id(), i)).collect(),
            probes: Probes::default(),
        };
        positions.probes.add(items.len());
        positions
    }

    /// Whether the index covers exactly as many entries as the vector.
    fn covers<T>(&self, items: &[T]) -> bool {
        self.at.len() == items.len()
    }

    /// The position of `id`, checked against the vector; a scan when the
    /// index is behind.
    pub(crate) fn find<T: Entity<Id = Id>>(&self, items: &[T], id: Id) -> Option<usize> {
        self.probes.add(1);
        match self.at.get(&id) {
            Some(&i) if items.get(i).is_some_and(|item| item.id() == id) => Some(i),
            None if self.covers(items) => None,
            _ => {
                let found = items.iter().position(|item| item.id() == id);
                self.probes.add(found.map_or(items.len(), |i| i + 1));
                found
            }
        }
    }

    /// Whether an entry with `id` exists (the index is current).
    pub(crate) fn contains(&self, id: Id) -> bool {
        self.probes.add(1);
        self.at.contains_key(&id)
    }

    /// Records positions `from..to` of the vector as they are now.
    fn renumber<T: Entity<Id = Id>>(&mut self, items: &[T], from: usize, to: usize) {
        let to = to.min(items.len());
        for (i, item) in items.iter().enumerate().take(to).skip(from) {
            self.at.insert(item.id(), i);
        }
        self.probes.add(to.saturating_sub(from));
    }

    /// `items[index]` was just inserted.
    pub(crate) fn inserted<T: Entity<Id = Id>>(&mut self, items: &[T], index: usize) {
        self.renumber(items, index, items.len());
    }

    /// `id` was just removed from `index`.
    pub(crate) fn removed<T: Entity<Id = Id>>(&mut self, items: &[T], id: Id, index: usize) {
        self.at.remove(&id);
        self.renumber(items, index, items.len());
    }

    /// An entry moved from `from` to `to` (the entries between shifted).
    pub(crate) fn moved<T: Entity<Id = Id>>(&mut self, items: &[T], from: usize, to: usize) {
        self.renumber(items, from.min(to), from.max(to) + 1);
    }
}

/// How often something is referred to; entries at zero are removed, so an
/// empty map means "nothing refers to anything".
#[derive(Clone)]
struct Counts<K>(HashMap<K, usize>);

impl<K: Eq + Hash> PartialEq for Counts<K> {
    fn eq(&self, other: &Counts<K>) -> bool {
        self.0 == other.0
    }
}

impl<K> Default for Counts<K> {
    fn default() -> Self {
        Counts(HashMap::new())
    }
}

impl<K: Eq + Hash> Counts<K> {
    fn change(&mut self, key: K, up: bool) {
        if up {
            *self.0.entry(key).or_insert(0) += 1;
        } else if let Some(count) = self.0.get_mut(&key) {
            *count -= 1;
            if *count == 0 {
                self.0.remove(&key);
            }
        }
    }

    fn any(&self, key: &K) -> bool {
        self.0.contains_key(key)
    }
}

/// What refers to what, counted.
#[derive(Clone, Default, PartialEq)]
struct References {
    ideas_per_phase: Counts<PhaseId>,
    ideas_per_cluster: Counts<ClusterId>,
    ideas_per_author: Counts<ParticipantId>,
    clusters_per_phase: Counts<PhaseId>,
    rounds_per_option: Counts<VoteOption>,
    /// Participants by lower-case name (names are unique, ignoring case).
    names: HashMap<String, Vec<ParticipantId>>,
}

impl References {
    fn build(session: &Session) -> References {
        let mut refs = References::default();
        session
            .participants
            .iter()
            .for_each(|p| refs.participant(p, true));
        session.ideas.iter().for_each(|i| refs.idea(i, true));
        session.clusters.iter().for_each(|c| refs.cluster(c, true));
        session.rounds.iter().for_each(|r| refs.round(r, true));
        refs
    }

    fn participant(&mut self, participant: &Participant, add: bool) {
        let name = participant.name.to_lowercase();
        let ids = self.names.entry(name.clone()).or_default();
        if add {
            ids.push(participant.id);
        } else {
            ids.retain(|id| *id != participant.id);
            if ids.is_empty() {
                self.names.remove(&name);
            }
        }
    }

    fn idea(&mut self, idea: &Idea, add: bool) {
        self.ideas_per_phase.change(idea.phase, add);
        if let Some(cluster) = idea.cluster {
            self.ideas_per_cluster.change(cluster, add);
        }
        for author in &idea.authors {
            self.ideas_per_author.change(*author, add);
        }
    }

    fn cluster(&mut self, cluster: &Cluster, add: bool) {
        self.clusters_per_phase.change(cluster.phase, add);
    }

    fn round(&mut self, round: &VoteRound, add: bool) {
        for option in &round.options {
            self.rounds_per_option.change(*option, add);
        }
    }
}

/// The lookup tables of a session, rebuilt from its vectors whenever their
/// sizes disagree. Not saved; equal for any two sessions (it is derived data).
#[derive(Clone, Default)]
pub struct SessionIndex {
    pub(crate) participants: Positions<ParticipantId>,
    pub(crate) phases: Positions<PhaseId>,
    pub(crate) ideas: Positions<IdeaId>,
    pub(crate) clusters: Positions<ClusterId>,
    pub(crate) rounds: Positions<RoundId>,
    pub(crate) actions: Positions<ActionId>,
    pub(crate) checkins: Positions<CheckinId>,
    refs: References,
    probes: Probes,
}

impl PartialEq for SessionIndex {
    fn eq(&self, _: &SessionIndex) -> bool {
        true
    }
}

impl fmt::Debug for SessionIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SessionIndex")
    }
}

impl SessionIndex {
    fn build(session: &Session) -> SessionIndex {
        let index = SessionIndex {
            participants: Positions::build(&session.participants),
            phases: Positions::build(&session.phases),
            ideas: Positions::build(&session.ideas),
            clusters: Positions::build(&session.clusters),
            rounds: Positions::build(&session.rounds),
            actions: Positions::build(&session.actions),
            checkins: Positions::build(&session.checkins),
            refs: References::build(session),
            probes: Probes::default(),
        };
        index.probes.add(session.ideas.len() + session.rounds.len());
        index
    }

    pub(crate) fn track_participant(&mut self, participant: &Participant, add: bool) {
        self.probes.add(1);
        self.refs.participant(participant, add);
    }

    pub(crate) fn track_idea(&mut self, idea: &Idea, add: bool) {
        self.probes.add(1 + idea.authors.len());
        self.refs.idea(idea, add);
    }

    pub(crate) fn track_cluster(&mut self, cluster: &Cluster, add: bool) {
        self.probes.add(1);
        self.refs.cluster(cluster, add);
    }

    pub(crate) fn track_round(&mut self, round: &VoteRound, add: bool) {
        self.probes.add(round.options.len());
        self.refs.round(round, add);
    }

    fn probes(&self) -> u64 {
        [
            &self.participants.probes,
            &self.phases.probes,
            &self.ideas.probes,
            &self.clusters.probes,
            &self.rounds.probes,
            &self.actions.probes,
            &self.checkins.probes,
            &self.probes,
        ]
        .iter()
        .map(|p| p.get())
        .sum()
    }
}

impl Session {
    /// Rebuilds the lookup tables from the vectors. Needed only after
    /// changing the vectors directly (tests, migrations); commands keep the
    /// tables current themselves.
    pub fn reindex(&mut self) {
        let probes = self.index.probes();
        self.index = SessionIndex::build(self);
        self.index
            .probes
            .add(usize::try_from(probes).unwrap_or(usize::MAX));
    }

    /// Whether the tables cover the vectors (the cheap check before a command).
    pub(crate) fn index_is_current(&self) -> bool {
        let index = &self.index;
        index.participants.covers(&self.participants)
            && index.phases.covers(&self.phases)
            && index.ideas.covers(&self.ideas)
            && index.clusters.covers(&self.clusters)
            && index.rounds.covers(&self.rounds)
            && index.actions.covers(&self.actions)
            && index.checkins.covers(&self.checkins)
    }

    /// Rebuilds the tables if the vectors were changed behind their back.
    pub(crate) fn refresh_index(&mut self) {
        if !self.index_is_current() {
            self.reindex();
        }
    }

    /// How many index operations this session's lookups have cost so far
    /// (look-ups, renumbered entries, entries visited by fallback scans). For
    /// tests that show commands do not scan the session.
    #[doc(hidden)]
    pub fn index_probes(&self) -> u64 {
        self.index.probes()
    }

    /// Compares the tables with ones freshly built from the vectors; the
    /// error names the first table that differs. For tests.
    #[doc(hidden)]
    pub fn check_index(&self) -> Result<(), String> {
        let fresh = SessionIndex::build(self);
        let index = &self.index;
        let tables = [
            (
                "participants",
                index.participants.at.len(),
                fresh.participants.at == index.participants.at,
            ),
            (
                "phases",
                index.phases.at.len(),
                fresh.phases.at == index.phases.at,
            ),
            ("ideas", index.ideas.at.len(), fresh.ideas.at == index.ideas.at),
            (
                "clusters",
                index.clusters.at.len(),
                fresh.clusters.at == index.clusters.at,
            ),
            (
                "rounds",
                index.rounds.at.len(),
                fresh.rounds.at == index.rounds.at,
            ),
            (
                "actions",
                index.actions.at.len(),
                fresh.actions.at == index.actions.at,
            ),
            (
                "checkins",
                index.checkins.at.len(),
                fresh.checkins.at == index.checkins.at,
            ),
        ];
        if let Some((name, len, _)) = tables.iter().find(|(_, _, same)| !same) {
            return Err(format!(
                "the positions of {name} ({len} entries) disagree with the vector"
            ));
        }
        let names_agree = fresh.refs.names.len() == index.refs.names.len()
            && fresh.refs.names.iter().all(|(name, ids)| {
                let mut ids = ids.clone();
                let mut kept = index.refs.names.get(name).cloned().unwrap_or_default();
                ids.sort();
                kept.sort();
                ids == kept
            });
        let mut fresh_refs = fresh.refs;
        fresh_refs.names = index.refs.names.clone();
        if fresh_refs != index.refs || !names_agree {
            return Err("the reference counts disagree with the vectors".into());
        }
        Ok(())
    }

    // ---- what commands need to know, without scanning

    /// Another participant (not `except`) with this name, ignoring case.
    pub(crate) fn name_taken(&self, name: &str, except: ParticipantId) -> bool {
        let lower = name.to_lowercase();
        if !self.index_is_current() {
            return self
                .participants
                .iter()
                .any(|p| p.id != except && p.name.to_lowercase() == lower);
        }
        self.index.probes.add(1);
        self.index
            .refs
            .names
            .get(&lower)
            .is_some_and(|ids| ids.iter().any(|id| *id != except))
    }

    /// Whether any idea names an author.
    pub(crate) fn any_idea_has_authors(&self) -> bool {
        if !self.index_is_current() {
            return self.ideas.iter().any(|i| !i.authors.is_empty());
        }
        !self.index.refs.ideas_per_author.0.is_empty()
    }

    /// Whether an idea names `participant` as author.
    pub fn is_author(&self, participant: ParticipantId) -> bool {
        if !self.index_is_current() {
            return self.ideas.iter().any(|i| i.authors.contains(&participant));
        }
        self.index.refs.ideas_per_author.any(&participant)
    }

    /// Whether the phase holds ideas.
    pub fn phase_has_ideas(&self, phase: PhaseId) -> bool {
        if !self.index_is_current() {
            return self.ideas_in(phase).next().is_some();
        }
        self.index.refs.ideas_per_phase.any(&phase)
    }

    /// Whether the phase holds clusters.
    pub fn phase_has_clusters(&self, phase: PhaseId) -> bool {
        if !self.index_is_current() {
            return self.clusters_in(phase).next().is_some();
        }
        self.index.refs.clusters_per_phase.any(&phase)
    }

    /// Whether the cluster holds ideas.
    pub fn cluster_has_ideas(&self, cluster: ClusterId) -> bool {
        if !self.index_is_current() {
            return self.ideas_of_cluster(cluster).next().is_some();
        }
        self.index.refs.ideas_per_cluster.any(&cluster)
    }

    /// Whether a voting round lists this option: then the idea or cluster
    /// may not be removed, merged or moved to another phase.
    pub fn is_vote_option(&self, option: VoteOption) -> bool {
        if !self.index_is_current() {
            return self.rounds.iter().any(|r| r.options.contains(&option));
        }
        self.index.refs.rounds_per_option.any(&option)
    }
}
