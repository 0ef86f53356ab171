//! Three-way merge of two versions of one session (the git merge driver's
//! logic), by ids. Everything added on either side is kept; an edit on one
//! side wins over the unchanged other side; a deletion on one side deletes
//! when the other side left the item alone. What both sides changed in
//! different ways is a [`Conflict`]: ours is kept (an idea's or action's text
//! keeps both versions, the other one as a new card right after it), and the
//! conflict is reported so that the facilitator can settle it in the app.
//!
//! Votes follow two rules (details in `votes`): a ballot is never counted
//! twice (one ballot per person and round; secret tallies are only added up
//! when the two sides' new voters are different people), and a secret ballot
//! never becomes attributable (anonymity of either side wins, and voters of a
//! secret round stay sorted by id).
//!
//! A merge builds a new version of the file, as loading one does; it is not
//! an edit and has no undo. The result is checked with `Session::validate`
//! like a loaded file.

mod lists;
mod repair;
mod votes;

#[cfg(test)]
mod tests;

use super::command::DomainError;
use super::session::*;
use lists::{Change, Keyed, merge_by_id, merge_set, pick};
use repair::{Keep, missing_conflicts};
use std::collections::HashSet;

/// The merged session and what could not be merged cleanly.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub session: Session,
    pub conflicts: Vec<Conflict>,
}

impl Merged {
    /// A clean merge: nothing for the facilitator to settle.
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }
}

/// What a conflict is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Session,
    Participant,
    Phase,
    Idea,
    Cluster,
    Round,
    Action,
    Checkin,
}

/// Something both sides changed in ways that do not combine. `label` names
/// the item for people (its text, title or name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    /// Both sides rewrote an idea: ours keeps the id, theirs is the new idea
    /// `copy` right after it, with the same phase, cluster and authors.
    IdeaText {
        idea: IdeaId,
        copy: IdeaId,
        ours: String,
        theirs: String,
    },
    /// Both sides rewrote an action: as for ideas.
    ActionText {
        action: ActionId,
        copy: ActionId,
        ours: String,
        theirs: String,
    },
    /// Both sides changed these fields differently; ours are kept.
    BothChanged {
        kind: Kind,
        label: String,
        fields: Vec<&'static str>,
    },
    /// Changed on one side, deleted on the other: the changed one is kept.
    EditedAndDeleted { kind: Kind, label: String },
    /// Deleted on one side, still used by the other side's items: kept.
    StillUsed { kind: Kind, label: String },
    /// A participant's ballot was changed on both sides; ours is kept.
    BallotChanged { round: String, participant: String },
    /// Theirs' new ballots of a round could not be added without counting
    /// someone twice (or the options changed); `voters` of them may vote again.
    VotesNotMerged { round: String, voters: usize },
    /// As `VotesNotMerged`, for the answers of a check-in.
    AnswersNotMerged { question: String, respondents: usize },
    /// One side made the session anonymous: the other side's authors and
    /// per-person ballots were removed (tallies are kept).
    MadeAnonymous { authors: usize, ballots: usize },
    /// The idea moved to another phase on one side and into a cluster on the
    /// other; it is left unclustered.
    LeftCluster { idea: String },
    /// Both sides added a participant of this name (different people to
    /// plenum); both are kept.
    SameName { name: String },
}

/// Why two versions cannot be merged at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeError {
    /// The files are two different sessions.
    DifferentSessions { ours: SessionId, theirs: SessionId },
    /// The merge would not be a valid session (a bug, or files that were
    /// edited by hand in contradicting ways).
    Inconsistent(DomainError),
}

impl std::fmt::Display for MergeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MergeError::DifferentSessions { ours, theirs } => {
                write!(f, "the files are different sessions ({ours} and {theirs})")
            }
            MergeError::Inconsistent(error) => write!(f, "the merged session would be inconsistent: {error}"),
        }
    }
}

/// Merges `ours` and `theirs`, both descended from `base`; `None` for the
/// base means the two have no common version (git's add/add).
pub fn merge(base: Option<&Session>, ours: &Session, theirs: &Session) -> Result<Merged, MergeError> {
    for other in [Some(theirs), base].into_iter().flatten() {
        if other.id != ours.id {
            return Err(MergeError::DifferentSessions {
                ours: ours.id,
                theirs: other.id,
            });
        }
    }
    let sides = Sides { base, ours, theirs };
    let mut keep = Keep::default();
    // Deletions that leave a reference dangling are undone, and the merge
    // is done again with those items kept; each round keeps at least one
    // more item, so this ends.
    loop {
        let mut merger = Merger {
            sides,
            keep: &keep,
            conflicts: Vec::new(),
        };
        let session = merger.session();
        let mut conflicts = merger.conflicts;
        if !keep.add_missing(&session, &sides) {
            conflicts.extend(missing_conflicts(&keep, &sides));
            session.validate().map_err(MergeError::Inconsistent)?;
            return Ok(Merged { session, conflicts });
        }
    }
}

#[derive(Clone, Copy)]
struct Sides<'a> {
    base: Option<&'a Session>,
    ours: &'a Session,
    theirs: &'a Session,
}

impl<'a> Sides<'a> {
    /// The three versions of one list of the session.
    fn lists<T>(&self, list: impl Fn(&'a Session) -> &'a [T]) -> (&'a [T], &'a [T], &'a [T]) {
        (
            self.base.map_or(&[][..], &list),
            list(self.ours),
            list(self.theirs),
        )
    }

    /// The newest version of a deleted item that is still needed.
    fn find<T: Keyed>(&self, id: T::Id, list: impl Fn(&'a Session) -> &'a [T]) -> Option<&'a T> {
        let sessions = [Some(self.ours), Some(self.theirs), self.base];
        sessions
            .into_iter()
            .flatten()
            .find_map(|s| list(s).iter().find(|item| item.key() == id))
    }
}

/// One pass of the merge.
struct Merger<'a> {
    sides: Sides<'a>,
    keep: &'a Keep,
    conflicts: Vec<Conflict>,
}

impl Merger<'_> {
    fn session(&mut self) -> Session {
        let Sides { base, ours, theirs } = self.sides;
        let mut clashes = Vec::new();
        let title = pick(
            base.map(|s| &s.title),
            &ours.title,
            &theirs.title,
            &mut clashes,
            "title",
        );
        let method = pick(
            base.map(|s| &s.method),
            &ours.method,
            &theirs.method,
            &mut clashes,
            "method",
        );
        let language = pick(
            base.map(|s| &s.language),
            &ours.language,
            &theirs.language,
            &mut clashes,
            "language",
        );
        let facilitator = pick(
            base.map(|s| &s.facilitator),
            &ours.facilitator,
            &theirs.facilitator,
            &mut clashes,
            "facilitator",
        );
        let continues = pick(
            base.map(|s| &s.continues),
            &ours.continues,
            &theirs.continues,
            &mut clashes,
            "continues",
        );
        if !clashes.is_empty() {
            self.conflicts.push(Conflict::BothChanged {
                kind: Kind::Session,
                label: title.clone(),
                fields: clashes,
            });
        }
        let mut session = Session {
            version: FORMAT_VERSION,
            id: ours.id,
            title,
            method,
            language,
            facilitator,
            // Secrecy promised on either side is kept.
            anonymous: ours.anonymous || theirs.anonymous,
            created: ours.created.min(theirs.created),
            updated: ours.updated.max(theirs.updated),
            continues,
            participants: self.participants(),
            phases: self.phases(),
            current_phase: 0,
            ideas: self.ideas(),
            clusters: self.clusters(),
            rounds: Vec::new(),
            actions: self.actions(),
            checkins: self.checkins(),
            // A running countdown belongs to one facilitator's terminal.
            clock: None,
            index: Default::default(),
        };
        session.rounds = self.rounds();
        session.current_phase = self.current_phase(&session);
        self.unclutter_moved_ideas(&mut session);
        self.make_anonymous(&mut session);
        self.report_same_names(&session);
        // The lists were built outside `apply`: index them once.
        session.reindex();
        session
    }

    /// The phase the facilitator is in: the side that moved on wins, ours
    /// when both did (it is where this facilitator stands, not content).
    fn current_phase(&self, merged: &Session) -> usize {
        let Sides { base, ours, theirs } = self.sides;
        let at = |s: &Session| s.current().map(|p| p.id);
        let chosen = if base.and_then(at) == at(ours) {
            at(theirs)
        } else {
            at(ours)
        };
        chosen
            .and_then(|id| merged.phase_index(id))
            .unwrap_or_else(|| ours.current_phase.min(merged.phases.len().saturating_sub(1)))
    }

    /// Generic list merge; `both_changed` settles an item changed on both
    /// sides. An item edited on one side and deleted on the other is kept.
    fn list<T: Keyed>(
        &mut self,
        get: impl Fn(&Session) -> &[T],
        keep: &HashSet<T::Id>,
        mut both_changed: impl FnMut(&mut Self, Option<&T>, &T, &T) -> Vec<T>,
    ) -> Vec<T> {
        let (base, ours, theirs) = self.sides.lists(get);
        let mut conflicts = Vec::new();
        let merged = merge_by_id(base, ours, theirs, keep, |change| match change {
            Change::Both { base, ours, theirs } => both_changed(self, base, ours, theirs),
            Change::EditedDeleted { kept } => {
                conflicts.push(Conflict::EditedAndDeleted {
                    kind: T::KIND,
                    label: kept.label(),
                });
                vec![kept.clone()]
            }
        });
        self.conflicts.extend(conflicts);
        merged
    }

    fn participants(&mut self) -> Vec<Participant> {
        self.list(
            |s| &s.participants,
            &self.keep.participants.clone(),
            |m, b, o, t| {
                let mut clashes = Vec::new();
                let merged = Participant {
                    id: o.id,
                    name: pick(b.map(|b| &b.name), &o.name, &t.name, &mut clashes, "name"),
                    colour: pick(b.map(|b| &b.colour), &o.colour, &t.colour, &mut clashes, "colour"),
                };
                m.clashed(Kind::Participant, o.label(), clashes);
                vec![merged]
            },
        )
    }

    fn phases(&mut self) -> Vec<Phase> {
        self.list(
            |s| &s.phases,
            &self.keep.phases.clone(),
            |m, b, o, t| {
                let mut clashes = Vec::new();
                let merged = Phase {
                    id: o.id,
                    title: pick(b.map(|b| &b.title), &o.title, &t.title, &mut clashes, "title"),
                    question: pick(
                        b.map(|b| &b.question),
                        &o.question,
                        &t.question,
                        &mut clashes,
                        "question",
                    ),
                    timebox_minutes: pick(
                        b.map(|b| &b.timebox_minutes),
                        &o.timebox_minutes,
                        &t.timebox_minutes,
                        &mut clashes,
                        "timebox",
                    ),
                    activities: pick(
                        b.map(|b| &b.activities),
                        &o.activities,
                        &t.activities,
                        &mut clashes,
                        "activities",
                    ),
                    // Time only runs forward: the longer-running timer wins.
                    seconds_used: o.seconds_used.max(t.seconds_used),
                    // Covered capture on either side stays covered.
                    brainwriting: o.brainwriting || t.brainwriting,
                };
                m.clashed(Kind::Phase, o.label(), clashes);
                vec![merged]
            },
        )
    }

    fn ideas(&mut self) -> Vec<Idea> {
        let taken: HashSet<IdeaId> = self.all_ids(|s| s.ideas.iter().map(|i| i.id).collect());
        self.list(
            |s| &s.ideas,
            &self.keep.ideas.clone(),
            |m, b, o, t| {
                let mut clashes = Vec::new();
                let mut merged = Idea {
                    id: o.id,
                    phase: pick(b.map(|b| &b.phase), &o.phase, &t.phase, &mut clashes, "phase"),
                    text: o.text.clone(),
                    authors: merge_set(b.map(|b| &b.authors[..]), &o.authors, &t.authors),
                    cluster: pick(
                        b.map(|b| &b.cluster),
                        &o.cluster,
                        &t.cluster,
                        &mut clashes,
                        "cluster",
                    ),
                    hidden: pick(b.map(|b| &b.hidden), &o.hidden, &t.hidden, &mut clashes, "hidden"),
                };
                m.clashed(Kind::Idea, o.label(), clashes);
                let mut text_clash = Vec::new();
                merged.text = pick(b.map(|b| &b.text), &o.text, &t.text, &mut text_clash, "text");
                if text_clash.is_empty() {
                    return vec![merged];
                }
                let copy = Idea {
                    id: IdeaId(lists::derived_id(o.id.0, &t.text, |id| {
                        taken.contains(&IdeaId(id))
                    })),
                    ..t.clone()
                };
                m.conflicts.push(Conflict::IdeaText {
                    idea: o.id,
                    copy: copy.id,
                    ours: o.text.clone(),
                    theirs: t.text.clone(),
                });
                vec![merged, copy]
            },
        )
    }

    fn clusters(&mut self) -> Vec<Cluster> {
        self.list(
            |s| &s.clusters,
            &self.keep.clusters.clone(),
            |m, b, o, t| {
                let mut clashes = Vec::new();
                let merged = Cluster {
                    id: o.id,
                    phase: pick(b.map(|b| &b.phase), &o.phase, &t.phase, &mut clashes, "phase"),
                    title: pick(b.map(|b| &b.title), &o.title, &t.title, &mut clashes, "title"),
                };
                m.clashed(Kind::Cluster, o.label(), clashes);
                vec![merged]
            },
        )
    }

    fn rounds(&mut self) -> Vec<VoteRound> {
        let named = !self.sides.ours.anonymous && !self.sides.theirs.anonymous;
        self.list(
            |s| &s.rounds,
            &HashSet::new(),
            |m, b, o, t| {
                let (round, conflicts) = votes::merge_round(b, o, t, named, |id| m.participant_label(id));
                m.conflicts.extend(conflicts);
                vec![round]
            },
        )
    }

    fn actions(&mut self) -> Vec<ActionItem> {
        let taken: HashSet<ActionId> = self.all_ids(|s| s.actions.iter().map(|a| a.id).collect());
        self.list(
            |s| &s.actions,
            &HashSet::new(),
            |m, b, o, t| {
                let mut clashes = Vec::new();
                let mut merged = ActionItem {
                    id: o.id,
                    text: o.text.clone(),
                    owner: pick(b.map(|b| &b.owner), &o.owner, &t.owner, &mut clashes, "owner"),
                    due: pick(b.map(|b| &b.due), &o.due, &t.due, &mut clashes, "due"),
                    status: pick(b.map(|b| &b.status), &o.status, &t.status, &mut clashes, "status"),
                    note: pick(b.map(|b| &b.note), &o.note, &t.note, &mut clashes, "note"),
                    source: pick(b.map(|b| &b.source), &o.source, &t.source, &mut clashes, "source"),
                };
                m.clashed(Kind::Action, o.label(), clashes);
                let mut text_clash = Vec::new();
                merged.text = pick(b.map(|b| &b.text), &o.text, &t.text, &mut text_clash, "text");
                if text_clash.is_empty() {
                    return vec![merged];
                }
                let copy = ActionItem {
                    id: ActionId(lists::derived_id(o.id.0, &t.text, |id| {
                        taken.contains(&ActionId(id))
                    })),
                    ..t.clone()
                };
                m.conflicts.push(Conflict::ActionText {
                    action: o.id,
                    copy: copy.id,
                    ours: o.text.clone(),
                    theirs: t.text.clone(),
                });
                vec![merged, copy]
            },
        )
    }

    fn checkins(&mut self) -> Vec<CheckinRound> {
        self.list(
            |s| &s.checkins,
            &HashSet::new(),
            |m, b, o, t| {
                let (checkin, conflicts) = votes::merge_checkin(b, o, t);
                m.conflicts.extend(conflicts);
                vec![checkin]
            },
        )
    }

    fn clashed(&mut self, kind: Kind, label: String, fields: Vec<&'static str>) {
        if !fields.is_empty() {
            self.conflicts.push(Conflict::BothChanged { kind, label, fields });
        }
    }

    fn participant_label(&self, id: ParticipantId) -> String {
        self.sides
            .find(id, |s| &s.participants)
            .map_or_else(|| id.to_string(), |p| p.name.clone())
    }

    /// Every id of one kind on any side (so that a new id is new everywhere).
    fn all_ids<Id: Eq + std::hash::Hash>(&self, ids: impl Fn(&Session) -> HashSet<Id>) -> HashSet<Id> {
        let Sides { base, ours, theirs } = self.sides;
        let mut all = ids(ours);
        all.extend(ids(theirs));
        if let Some(base) = base {
            all.extend(ids(base));
        }
        all
    }

    /// An idea moved to another phase on one side and put in a cluster of
    /// its old phase on the other leaves that cluster.
    fn unclutter_moved_ideas(&mut self, session: &mut Session) {
        let clusters: std::collections::HashMap<ClusterId, PhaseId> =
            session.clusters.iter().map(|c| (c.id, c.phase)).collect();
        for idea in &mut session.ideas {
            let Some(cluster) = idea.cluster else { continue };
            if clusters.get(&cluster).is_some_and(|phase| *phase != idea.phase) {
                idea.cluster = None;
                self.conflicts.push(Conflict::LeftCluster { idea: idea.label() });
            }
        }
    }

    /// In an anonymous session no idea names its author and no ballot its
    /// voter; voters are sorted by id so their order gives nothing away.
    fn make_anonymous(&mut self, session: &mut Session) {
        if !session.anonymous {
            return;
        }
        let mut authors = 0;
        let mut ballots = 0;
        for idea in &mut session.ideas {
            authors += usize::from(!idea.authors.is_empty());
            idea.authors.clear();
        }
        for round in &mut session.rounds {
            ballots += round.ballots.len();
            round.ballots.clear();
            round.voters.sort_by_key(|v| v.participant);
        }
        if authors + ballots > 0 {
            self.conflicts.push(Conflict::MadeAnonymous { authors, ballots });
        }
    }

    /// Two participants of one name that neither side had on its own.
    fn report_same_names(&mut self, session: &Session) {
        let dupes = |s: &Session| -> HashSet<String> { duplicate_names(&s.participants) };
        let known: HashSet<String> = dupes(self.sides.ours)
            .union(&dupes(self.sides.theirs))
            .cloned()
            .collect();
        let mut fresh: Vec<String> = dupes(session).difference(&known).cloned().collect();
        fresh.sort();
        for name in fresh {
            self.conflicts.push(Conflict::SameName { name });
        }
    }
}

fn duplicate_names(participants: &[Participant]) -> HashSet<String> {
    let mut seen = HashSet::new();
    let mut twice = HashSet::new();
    for participant in participants {
        let name = participant.name.trim().to_lowercase();
        if !seen.insert(name.clone()) {
            twice.insert(name);
        }
    }
    twice
}
