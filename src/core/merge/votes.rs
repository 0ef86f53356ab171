//! Merging the votes of a round and the answers of a check-in that both
//! sides changed.
//!
//! The rule: a person's ballot counts once, and a secret ballot is never
//! made attributable.
//!
//! - Named ballots (neither side anonymous) merge per person: new ballots of
//!   both sides are kept, a changed ballot (a revote) on one side wins, a
//!   ballot changed on both sides keeps ours. The tally is the sum of the
//!   merged ballots, so nothing is counted twice.
//! - Secret rounds store only who voted and the tally. When only one side
//!   changed the votes, that side's votes are taken. When both did, the
//!   tallies are added up (base + each side's gain) only if that provably
//!   counts every ballot once: no side lost a voter of the base, no person is
//!   a new voter on both sides, no option lost dots on either side (so no
//!   ballot was moved), and each side's gain fits its new voters' budgets.
//!   A secret ballot can only be recast in the sitting that cast it (plenum
//!   keeps it in memory only), so at most one side can have changed a base
//!   voter's ballot. Otherwise ours' votes are kept and theirs' new voters are
//!   reported: they vote again. Voters of a secret round are sorted by id.
//! - A round whose options differ between the sides keeps ours' options and
//!   votes; theirs' new ballots are reported in the same way.
//! - Check-ins are counts with the list of who answered: added up like
//!   secret rounds, and only when every count either side gained is an
//!   answer typed on the keyboard (one respondent each); counts set by hand on
//!   both sides (a show of hands) keep ours and are reported.

use super::Conflict;
use super::Kind;
use super::lists::{Keyed, pick};
use crate::core::session::*;
use std::collections::HashSet;

/// Merges a round that both sides changed. `named` is false when either
/// side is anonymous; `person` names a participant for a report.
pub(super) fn merge_round(
    base: Option<&VoteRound>,
    ours: &VoteRound,
    theirs: &VoteRound,
    named: bool,
    person: impl Fn(ParticipantId) -> String,
) -> (VoteRound, Vec<Conflict>) {
    let b = base;
    let (o, t) = (ours, theirs);
    let mut clashes = Vec::new();
    let mut round = VoteRound {
        id: o.id,
        phase: pick(b.map(|b| &b.phase), &o.phase, &t.phase, &mut clashes, "phase"),
        title: pick(b.map(|b| &b.title), &o.title, &t.title, &mut clashes, "title"),
        budget: pick(b.map(|b| &b.budget), &o.budget, &t.budget, &mut clashes, "budget"),
        dots_per_voter: pick(
            b.map(|b| &b.dots_per_voter),
            &o.dots_per_voter,
            &t.dots_per_voter,
            &mut clashes,
            "dots",
        ),
        max_per_option: pick(
            b.map(|b| &b.max_per_option),
            &o.max_per_option,
            &t.max_per_option,
            &mut clashes,
            "dots",
        ),
        facilitator_votes: pick(
            b.map(|b| &b.facilitator_votes),
            &o.facilitator_votes,
            &t.facilitator_votes,
            &mut clashes,
            "facilitator",
        ),
        // Once revealed on either side, the results are public.
        status: if o.status == RoundStatus::Revealed || t.status == RoundStatus::Revealed {
            RoundStatus::Revealed
        } else {
            RoundStatus::Open
        },
        allow_revote: pick(
            b.map(|b| &b.allow_revote),
            &o.allow_revote,
            &t.allow_revote,
            &mut clashes,
            "revote",
        ),
        options: o.options.clone(),
        voters: o.voters.clone(),
        ballots: o.ballots.clone(),
        tally: o.tally.clone(),
        runoff_of: pick(
            b.map(|b| &b.runoff_of),
            &o.runoff_of,
            &t.runoff_of,
            &mut clashes,
            "runoff",
        ),
    };
    clashes.dedup();
    let mut conflicts = Vec::new();
    if !clashes.is_empty() {
        conflicts.push(Conflict::BothChanged {
            kind: Kind::Round,
            label: o.label(),
            fields: clashes,
        });
    }
    // The base counts only when it has the same options.
    let base = b.filter(|b| b.options == o.options);
    if o.options != t.options {
        match b {
            Some(b) if b.options == o.options && b.voters == o.voters => take_votes(&mut round, t),
            Some(b) if b.options == t.options && b.voters == t.voters => {}
            _ => conflicts.push(left_out(o, t, b)),
        }
    } else if named {
        conflicts.extend(merge_named(&mut round, base, o, t, person));
    } else if !merge_counts(&mut round, base, o, t) {
        conflicts.push(left_out(o, t, base));
    }
    (round, conflicts)
}

fn take_votes(round: &mut VoteRound, from: &VoteRound) {
    round.options = from.options.clone();
    round.voters = from.voters.clone();
    round.ballots = from.ballots.clone();
    round.tally = from.tally.clone();
}

/// Theirs' new ballots stay out of `ours`' round.
fn left_out(ours: &VoteRound, theirs: &VoteRound, base: Option<&VoteRound>) -> Conflict {
    let known: HashSet<ParticipantId> = ours
        .voters
        .iter()
        .chain(base.map_or(&[][..], |b| &b.voters))
        .map(|v| v.participant)
        .collect();
    let voters = theirs
        .voters
        .iter()
        .filter(|v| !known.contains(&v.participant))
        .count();
    Conflict::VotesNotMerged {
        round: ours.label(),
        voters,
    }
}

/// Per-person ballots: merged by participant, tally recomputed.
fn merge_named(
    round: &mut VoteRound,
    base: Option<&VoteRound>,
    ours: &VoteRound,
    theirs: &VoteRound,
    person: impl Fn(ParticipantId) -> String,
) -> Vec<Conflict> {
    let mut conflicts = Vec::new();
    fn find(round: Option<&VoteRound>, id: ParticipantId) -> Option<&Vec<u32>> {
        round
            .and_then(|r| r.ballots.iter().find(|b| b.participant == id))
            .map(|b| &b.dots)
    }
    let mut ballots: Vec<Ballot> = Vec::new();
    let people = ours.ballots.iter().chain(&theirs.ballots).map(|b| b.participant);
    let mut seen = HashSet::new();
    for id in people.filter(|id| seen.insert(*id)) {
        let (b, o, t) = (find(base, id), find(Some(ours), id), find(Some(theirs), id));
        let dots = match (o, t) {
            (Some(o), Some(t)) => {
                let mut clash = Vec::new();
                let dots = pick(b, o, t, &mut clash, "ballot");
                if !clash.is_empty() {
                    conflicts.push(Conflict::BallotChanged {
                        round: ours.label(),
                        participant: person(id),
                    });
                }
                Some(dots)
            }
            // A ballot only one side has: new there, or withdrawn on the other
            // side (kept unless the other side left it as it was).
            (Some(side), None) | (None, Some(side)) => (b != Some(side)).then(|| side.clone()),
            (None, None) => None,
        };
        if let Some(dots) = dots {
            ballots.push(Ballot {
                participant: id,
                dots,
            });
        }
    }
    let voter = |id: ParticipantId| {
        ours.voters
            .iter()
            .chain(&theirs.voters)
            .find(|v| v.participant == id)
            .cloned()
            .unwrap_or(Voter {
                participant: id,
                proxy: false,
            })
    };
    round.voters = ballots.iter().map(|b| voter(b.participant)).collect();
    round.tally = vec![0; round.options.len()];
    for ballot in &ballots {
        for (sum, dots) in round.tally.iter_mut().zip(&ballot.dots) {
            *sum += dots;
        }
    }
    round.ballots = ballots;
    conflicts
}

/// Secret ballots: base + each side's new dots, when the new voters differ.
/// Returns false (leaving ours' votes) when that could count someone twice.
fn merge_counts(
    round: &mut VoteRound,
    base: Option<&VoteRound>,
    ours: &VoteRound,
    theirs: &VoteRound,
) -> bool {
    let same_votes =
        |side: &VoteRound| base.is_some_and(|b| b.voters == side.voters && b.tally == side.tally);
    if same_votes(ours) {
        take_votes(round, theirs);
        return true;
    }
    if same_votes(theirs) {
        return true;
    }
    let ids = |r: &VoteRound| -> Vec<ParticipantId> { r.voters.iter().map(|v| v.participant).collect() };
    let base_voters = base.map(ids).unwrap_or_default();
    let zeros = vec![0; ours.tally.len()];
    let base_tally = base.map_or(&zeros, |b| &b.tally);
    let Some(voters) = added_people(&base_voters, &ids(ours), &ids(theirs)) else {
        return false;
    };
    let Some(tally) = added_counts(base_tally, &ours.tally, &theirs.tally) else {
        return false;
    };
    // Each side's new dots must fit its new voters' budgets.
    let fits = |side: &VoteRound| {
        let new_voters = side.voters.len() - base_voters.len();
        let added: u64 = side
            .tally
            .iter()
            .zip(base_tally)
            .map(|(s, b)| u64::from(s - b))
            .sum();
        added <= new_voters as u64 * u64::from(side.dots_per_voter)
    };
    if !fits(ours) || !fits(theirs) {
        return false;
    }
    let mut merged: Vec<Voter> = voters
        .into_iter()
        .filter_map(|id| {
            ours.voters
                .iter()
                .chain(&theirs.voters)
                .find(|v| v.participant == id)
                .cloned()
        })
        .collect();
    merged.sort_by_key(|v| v.participant);
    round.voters = merged;
    round.ballots.clear();
    round.tally = tally;
    true
}

/// Base plus both sides' new people; `None` if a side lost someone of the
/// base or one person is new on both sides.
fn added_people(
    base: &[ParticipantId],
    ours: &[ParticipantId],
    theirs: &[ParticipantId],
) -> Option<Vec<ParticipantId>> {
    let in_ours: HashSet<ParticipantId> = ours.iter().copied().collect();
    let in_theirs: HashSet<ParticipantId> = theirs.iter().copied().collect();
    if base
        .iter()
        .any(|id| !in_ours.contains(id) || !in_theirs.contains(id))
    {
        return None;
    }
    let in_base: HashSet<ParticipantId> = base.iter().copied().collect();
    let new_theirs: Vec<ParticipantId> = theirs
        .iter()
        .copied()
        .filter(|id| !in_base.contains(id))
        .collect();
    if new_theirs.iter().any(|id| in_ours.contains(id)) {
        return None;
    }
    Some(ours.iter().copied().chain(new_theirs).collect())
}

/// `ours + theirs - base` per entry; `None` if a side went below the base.
fn added_counts(base: &[u32], ours: &[u32], theirs: &[u32]) -> Option<Vec<u32>> {
    if base.len() != ours.len() || ours.len() != theirs.len() {
        return None;
    }
    base.iter()
        .zip(ours)
        .zip(theirs)
        .map(|((&b, &o), &t)| {
            let added = o.checked_sub(b)?.checked_add(t.checked_sub(b)?)?;
            b.checked_add(added)
        })
        .collect()
}

/// Merges a check-in that both sides changed: like a secret round.
pub(super) fn merge_checkin(
    base: Option<&CheckinRound>,
    ours: &CheckinRound,
    theirs: &CheckinRound,
) -> (CheckinRound, Vec<Conflict>) {
    let b = base;
    let (o, t) = (ours, theirs);
    let mut clashes = Vec::new();
    let mut checkin = CheckinRound {
        id: o.id,
        phase: pick(b.map(|b| &b.phase), &o.phase, &t.phase, &mut clashes, "phase"),
        question: pick(
            b.map(|b| &b.question),
            &o.question,
            &t.question,
            &mut clashes,
            "question",
        ),
        scale: o.scale,
        counts: o.counts.clone(),
        respondents: o.respondents.clone(),
        revealed: o.revealed || t.revealed,
    };
    let mut conflicts = Vec::new();
    if !clashes.is_empty() {
        conflicts.push(Conflict::BothChanged {
            kind: Kind::Checkin,
            label: o.label(),
            fields: clashes,
        });
    }
    let base = b.filter(|b| b.scale == o.scale);
    let merged = (o.scale == t.scale).then(|| merge_answers(base, o, t)).flatten();
    match merged {
        Some((people, counts)) => {
            checkin.respondents = people;
            checkin.counts = counts;
        }
        None => {
            let known: HashSet<ParticipantId> = o
                .respondents
                .iter()
                .chain(base.map_or(&[][..], |b| &b.respondents))
                .copied()
                .collect();
            conflicts.push(Conflict::AnswersNotMerged {
                question: o.label(),
                respondents: t.respondents.iter().filter(|id| !known.contains(id)).count(),
            });
        }
    }
    (checkin, conflicts)
}

/// Respondents and counts of a check-in both sides changed. Answers typed on
/// the keyboard add one respondent and one count each, so they add up; counts
/// set by hand (a show of hands) on both sides would count the room twice.
fn merge_answers(
    base: Option<&CheckinRound>,
    ours: &CheckinRound,
    theirs: &CheckinRound,
) -> Option<(Vec<ParticipantId>, Vec<u32>)> {
    let unchanged = |side: &CheckinRound| {
        base.is_some_and(|b| b.respondents == side.respondents && b.counts == side.counts)
    };
    if unchanged(ours) {
        return Some((theirs.respondents.clone(), theirs.counts.clone()));
    }
    if unchanged(theirs) {
        return Some((ours.respondents.clone(), ours.counts.clone()));
    }
    let base_people = base.map_or(&[][..], |b| &b.respondents);
    let zeros = vec![0; ours.counts.len()];
    let base_counts = base.map_or(&zeros, |b| &b.counts);
    let people = added_people(base_people, &ours.respondents, &theirs.respondents)?;
    let counts = added_counts(base_counts, &ours.counts, &theirs.counts)?;
    let only_keyboard = |side: &CheckinRound| {
        let added: u64 = side
            .counts
            .iter()
            .zip(base_counts)
            .map(|(s, b)| u64::from(s - b))
            .sum();
        added == (side.respondents.len() - base_people.len()) as u64
    };
    (only_keyboard(ours) && only_keyboard(theirs)).then_some((people, counts))
}
