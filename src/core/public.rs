//! What may leave the program: the one place that decides which parts of a
//! session the room has seen and may therefore be published.
//!
//! The session file keeps everything plenum needs to go on (open tallies,
//! ballots of named sessions, covered cards). Whatever is shown to more
//! people than the facilitator, or written to an export, is built from
//! [`published`], or asks the small predicates below, so that a new export
//! or screen cannot forget a rule:
//!
//! - a voting round's dots (tally, ranking, totals) only once it is revealed
//!   ([`tally_is_public`]); for an open round only who has voted: the number,
//!   and the names when the session is not anonymous ([`voter_names`]);
//! - a check-in's answers only once revealed ([`checkin_is_public`]);
//! - a covered card (silent brainwriting before the reveal) only as a count
//!   ([`is_covered`], [`covered_cards`]), never its text or author, also
//!   where another item refers to it (a vote option, an action's source);
//! - names (roster, authors, voters) never in an anonymous session
//!   ([`names_are_public`]);
//! - a person's ballot never, in named sessions too: [`PublicSession`] has
//!   no field for one.

use super::followup::checkin_result;
use super::voting::{Ranked, ranking};
use super::*;
use jiff::Timestamp;
use jiff::civil::Date;
use serde::Serialize;

// ---------------------------------------------------------------------------
// The rules, one predicate each

/// Whether a round's dots may be shown: its tally, ranking and totals. Only
/// after the facilitator revealed the round.
pub fn tally_is_public(round: &VoteRound) -> bool {
    round.status == RoundStatus::Revealed
}

/// Whether a check-in's answers (counts, mean) may be shown: only once
/// revealed. How many answered may always be shown.
pub fn checkin_is_public(checkin: &CheckinRound) -> bool {
    checkin.revealed
}

/// Whether an idea is a covered card: silent brainwriting before the reveal.
/// Only that it exists may be shown, never its text or who wrote it.
pub fn is_covered(idea: &Idea) -> bool {
    idea.hidden
}

/// Whether people may be named: the roster, the authors of ideas, who has
/// voted. Never in an anonymous session.
pub fn names_are_public(session: &Session) -> bool {
    !session.anonymous
}

// ---------------------------------------------------------------------------
// Lookups built on the rules

/// The ideas of a phase that may be shown, in board order.
pub fn shown_ideas(session: &Session, phase: PhaseId) -> impl Iterator<Item = &Idea> {
    session.ideas_in(phase).filter(|idea| !is_covered(idea))
}

/// How many covered cards a phase holds.
pub fn covered_cards(session: &Session, phase: PhaseId) -> usize {
    session.ideas_in(phase).filter(|idea| is_covered(idea)).count()
}

/// The names of an idea's authors, or none when names are not public or the
/// card is covered.
pub fn author_names<'a>(session: &'a Session, idea: &Idea) -> Vec<&'a str> {
    if !names_are_public(session) || is_covered(idea) {
        return Vec::new();
    }
    idea.authors
        .iter()
        .filter_map(|id| session.participant_name(*id))
        .collect()
}

/// The text of a vote option (an idea's text, a cluster's title), or `None`
/// for a covered card or an unknown option.
pub fn option_label(session: &Session, option: VoteOption) -> Option<&str> {
    match option {
        VoteOption::Idea(id) => session
            .idea(id)
            .filter(|idea| !is_covered(idea))
            .map(|idea| idea.text.as_str()),
        VoteOption::Cluster(id) => session.cluster(id).map(|c| c.title.as_str()),
    }
}

/// A round's options ranked by dots, or `None` while its dots are secret.
pub fn shown_ranking(round: &VoteRound) -> Option<Vec<Ranked>> {
    tally_is_public(round).then(|| ranking(round))
}

/// The names of those who have voted in a round, in the round's order (by id
/// in anonymous sessions), or none when names are not public. How many voted
/// is `round.voters.len()`, which may always be shown.
pub fn voter_names<'a>(session: &'a Session, round: &VoteRound) -> Vec<&'a str> {
    if !names_are_public(session) {
        return Vec::new();
    }
    round
        .voters
        .iter()
        .filter_map(|v| session.participant_name(v.participant))
        .collect()
}

// ---------------------------------------------------------------------------
// The published session

/// Everything of a session that may leave the program, as plain data. It
/// serialises to the `session` part of the JSON export (documented in
/// `schema/plenum-export.schema.json`): snake_case names and values, dates as
/// ISO 8601, ids as UUID strings, absent values as `null`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicSession {
    pub id: SessionId,
    pub title: String,
    /// Id of the method template the session was made from.
    pub method: String,
    pub language: Language,
    pub facilitator: Option<String>,
    pub anonymous: bool,
    pub created: Timestamp,
    pub updated: Timestamp,
    /// The session this one continues (the permanent workshop).
    pub continues: Option<SessionId>,
    /// How many people are on the roster; may always be shown.
    pub participant_count: usize,
    /// The roster; empty in an anonymous session.
    pub participants: Vec<PublicParticipant>,
    /// 1-based number of the phase the facilitator is in, `None` without phases.
    pub current_phase: Option<usize>,
    pub phases: Vec<PublicPhase>,
    pub clusters: Vec<PublicCluster>,
    /// The ideas that are not covered, phase by phase in board order.
    pub ideas: Vec<PublicIdea>,
    pub rounds: Vec<PublicRound>,
    pub actions: Vec<PublicAction>,
    pub checkins: Vec<PublicCheckin>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicParticipant {
    pub id: ParticipantId,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicPhase {
    pub id: PhaseId,
    /// 1-based position in the agenda.
    pub number: usize,
    pub title: String,
    pub question: String,
    pub timebox_minutes: u32,
    #[serde(serialize_with = "activity_names")]
    pub activities: Vec<Activity>,
    pub seconds_used: u32,
    /// New ideas are captured as covered cards.
    pub brainwriting: bool,
    /// How many covered cards the phase holds (their text stays secret).
    pub covered_cards: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicCluster {
    pub id: ClusterId,
    pub phase: PhaseId,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicIdea {
    pub id: IdeaId,
    pub phase: PhaseId,
    pub text: String,
    /// Names of the authors; empty in an anonymous session.
    pub authors: Vec<String>,
    pub cluster: Option<ClusterId>,
}

/// What a vote option or an action's source refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Idea,
    Cluster,
    Round,
    /// An action carried over from an earlier session.
    Carried,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicOption {
    pub kind: ItemKind,
    pub id: String,
    /// The idea's text or the cluster's title; `None` for a covered card.
    pub label: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicRound {
    pub id: RoundId,
    pub phase: PhaseId,
    /// 1-based position of the round's phase in the agenda.
    pub phase_number: Option<usize>,
    pub title: String,
    pub options: Vec<PublicOption>,
    #[serde(serialize_with = "budget_rule")]
    pub budget: DotBudget,
    pub dots_per_voter: u32,
    pub max_per_option: u32,
    pub facilitator_votes: bool,
    pub allow_revote: bool,
    pub runoff_of: Option<RoundId>,
    #[serde(serialize_with = "round_status_name")]
    pub status: RoundStatus,
    /// How many have voted; may always be shown.
    pub voter_count: usize,
    /// Who has voted; empty in an anonymous session.
    pub voters: Vec<String>,
    /// The dots, once revealed; `None` before.
    pub result: Option<PublicRoundResult>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicRoundResult {
    pub dots_cast: u64,
    /// Most dots first; equal dots share a rank (1, 2, 2, 4).
    pub ranking: Vec<PublicRanked>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicRanked {
    pub rank: usize,
    pub option: PublicOption,
    pub dots: u32,
    pub tied: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicAction {
    pub id: ActionId,
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<Date>,
    #[serde(serialize_with = "action_status_name")]
    pub status: ActionStatus,
    pub note: String,
    pub source: Option<PublicSource>,
}

impl PublicAction {
    /// Days past the due date on `today`, if the action is pending and late.
    pub fn days_overdue(&self, today: Date) -> Option<i64> {
        let due = self.due?;
        if !self.status.is_pending() || due >= today {
            return None;
        }
        Some(i64::from(due.until(today).ok()?.get_days()))
    }
}

/// Where an action came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicSource {
    pub kind: ItemKind,
    /// The idea's, cluster's or round's id; for a carried action the id of
    /// the action in the earlier session.
    pub id: String,
    /// The idea's text, the cluster's or round's title; `None` for a covered
    /// card, an unknown item or a carried action.
    pub label: Option<String>,
    /// For a carried action: the earlier session's id.
    pub session: Option<SessionId>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicCheckin {
    pub id: CheckinId,
    pub phase: Option<PhaseId>,
    pub question: String,
    #[serde(serialize_with = "scale_name")]
    pub scale: CheckinScale,
    pub revealed: bool,
    /// How many answers were given; may always be shown.
    pub answers: u32,
    /// The answers, once revealed; `None` before.
    pub result: Option<PublicCheckinResult>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicCheckinResult {
    /// `None` when nobody answered.
    pub mean: Option<f64>,
    /// One entry per answer on the scale, lowest first.
    pub distribution: Vec<PublicAnswerCount>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PublicAnswerCount {
    pub answer: u32,
    pub count: u32,
}

/// The part of `session` that may leave the program.
pub fn published(session: &Session) -> PublicSession {
    let named = names_are_public(session);
    PublicSession {
        id: session.id,
        title: session.title.clone(),
        method: session.method.clone(),
        language: session.language,
        facilitator: session.facilitator.clone(),
        anonymous: session.anonymous,
        created: session.created,
        updated: session.updated,
        continues: session.continues,
        participant_count: session.participants.len(),
        participants: if named {
            session.participants.iter().map(public_participant).collect()
        } else {
            Vec::new()
        },
        current_phase: (session.current_phase < session.phases.len()).then_some(session.current_phase + 1),
        phases: (session.phases.iter().enumerate())
            .map(|(i, phase)| public_phase(session, i, phase))
            .collect(),
        clusters: session.clusters.iter().map(public_cluster).collect(),
        ideas: ideas_in_agenda_order(session)
            .filter(|idea| !is_covered(idea))
            .map(|idea| public_idea(session, idea))
            .collect(),
        rounds: session.rounds.iter().map(|r| public_round(session, r)).collect(),
        actions: session
            .actions
            .iter()
            .map(|a| public_action(session, a))
            .collect(),
        checkins: session.checkins.iter().map(public_checkin).collect(),
    }
}

/// Ideas phase by phase in agenda order, in board order within a phase;
/// ideas of an unknown phase last.
fn ideas_in_agenda_order(session: &Session) -> impl Iterator<Item = &Idea> {
    let mut ideas: Vec<(usize, &Idea)> = session
        .ideas
        .iter()
        .map(|idea| (session.phase_index(idea.phase).unwrap_or(usize::MAX), idea))
        .collect();
    ideas.sort_by_key(|(phase, _)| *phase);
    ideas.into_iter().map(|(_, idea)| idea)
}

fn public_participant(participant: &Participant) -> PublicParticipant {
    PublicParticipant {
        id: participant.id,
        name: participant.name.clone(),
    }
}

fn public_phase(session: &Session, index: usize, phase: &Phase) -> PublicPhase {
    PublicPhase {
        id: phase.id,
        number: index + 1,
        title: phase.title.clone(),
        question: phase.question.clone(),
        timebox_minutes: phase.timebox_minutes,
        activities: phase.activities.clone(),
        seconds_used: phase.seconds_used,
        brainwriting: phase.brainwriting,
        covered_cards: covered_cards(session, phase.id),
    }
}

fn public_cluster(cluster: &Cluster) -> PublicCluster {
    PublicCluster {
        id: cluster.id,
        phase: cluster.phase,
        title: cluster.title.clone(),
    }
}

fn public_idea(session: &Session, idea: &Idea) -> PublicIdea {
    PublicIdea {
        id: idea.id,
        phase: idea.phase,
        text: idea.text.clone(),
        authors: author_names(session, idea)
            .into_iter()
            .map(String::from)
            .collect(),
        cluster: idea.cluster,
    }
}

fn public_option(session: &Session, option: VoteOption) -> PublicOption {
    let (kind, id) = match option {
        VoteOption::Idea(id) => (ItemKind::Idea, id.to_string()),
        VoteOption::Cluster(id) => (ItemKind::Cluster, id.to_string()),
    };
    PublicOption {
        kind,
        id,
        label: option_label(session, option).map(String::from),
    }
}

fn public_round(session: &Session, round: &VoteRound) -> PublicRound {
    let result = shown_ranking(round).map(|ranked| PublicRoundResult {
        dots_cast: ranked.iter().map(|r| u64::from(r.dots)).sum(),
        ranking: ranked
            .into_iter()
            .map(|r| PublicRanked {
                rank: r.rank,
                option: public_option(session, r.option),
                dots: r.dots,
                tied: r.tied,
            })
            .collect(),
    });
    PublicRound {
        id: round.id,
        phase: round.phase,
        phase_number: session.phase_index(round.phase).map(|i| i + 1),
        title: round.title.clone(),
        options: round.options.iter().map(|&o| public_option(session, o)).collect(),
        budget: round.budget,
        dots_per_voter: round.dots_per_voter,
        max_per_option: round.max_per_option,
        facilitator_votes: round.facilitator_votes,
        allow_revote: round.allow_revote,
        runoff_of: round.runoff_of,
        status: round.status,
        voter_count: round.voters.len(),
        voters: voter_names(session, round)
            .into_iter()
            .map(String::from)
            .collect(),
        result,
    }
}

fn public_action(session: &Session, action: &ActionItem) -> PublicAction {
    PublicAction {
        id: action.id,
        text: action.text.clone(),
        owner: action.owner.clone(),
        due: action.due,
        status: action.status,
        note: action.note.clone(),
        source: action.source.map(|source| public_source(session, source)),
    }
}

/// An action's source; a covered card keeps its text even there.
pub fn public_source(session: &Session, source: ActionSource) -> PublicSource {
    let item = |kind, id: String, label: Option<&str>| PublicSource {
        kind,
        id,
        label: label.map(String::from),
        session: None,
    };
    match source {
        ActionSource::Idea(id) => item(
            ItemKind::Idea,
            id.to_string(),
            option_label(session, VoteOption::Idea(id)),
        ),
        ActionSource::Cluster(id) => item(
            ItemKind::Cluster,
            id.to_string(),
            option_label(session, VoteOption::Cluster(id)),
        ),
        ActionSource::Round(id) => item(
            ItemKind::Round,
            id.to_string(),
            session.round(id).map(|r| r.title.as_str()),
        ),
        ActionSource::Carried {
            session: from,
            action,
        } => PublicSource {
            session: Some(from),
            ..item(ItemKind::Carried, action.to_string(), None)
        },
    }
}

fn public_checkin(checkin: &CheckinRound) -> PublicCheckin {
    let result = checkin_is_public(checkin).then(|| {
        let result = checkin_result(checkin);
        PublicCheckinResult {
            mean: result.mean,
            distribution: result
                .distribution
                .iter()
                .map(|a| PublicAnswerCount {
                    answer: a.answer,
                    count: a.count,
                })
                .collect(),
        }
    });
    PublicCheckin {
        id: checkin.id,
        phase: checkin.phase,
        question: checkin.question.clone(),
        scale: checkin.scale,
        revealed: checkin.revealed,
        answers: checkin.total(),
        result,
    }
}

mod names;
use names::{action_status_name, activity_names, budget_rule, round_status_name, scale_name};
pub use names::{activity_name, budget_name, round_status, scale_code, status_name};

#[cfg(test)]
#[path = "public/tests.rs"]
mod tests;
