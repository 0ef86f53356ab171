//! Dot voting: opening rounds, a ballot in progress, casting, reveal,
//! run-offs, results, and the rules every stored round keeps.
//!
//! Every operation that changes a session is a function that *returns* a
//! [`Command`] (an `AddRound`, a `ReplaceRound`, or a `Batch` with an
//! `AddParticipant` for a voter added on the spot). The caller applies it
//! through [`History`](super::History), so undo, redo, autosave and the
//! checks in [`validate_round`] come for free. Nothing here reads a clock or
//! draws anything; the screens use these functions directly:
//!
//! - opening a round: [`RoundSpec`], [`preview_round`], [`open_round`];
//! - the hand-over screen: [`turns`], [`next_voter`], [`can_vote`];
//! - the ballot screen: [`BallotDraft`], then [`cast_ballot`];
//! - the facilitator: [`reveal`], [`set_allow_revote`], [`remove_ballot`],
//!   [`open_runoff`];
//! - the results screen and the exports: [`results`], [`tie_to_resolve`].
//!
//! # Secret ballots in anonymous sessions
//!
//! In an anonymous session a round stores who voted (`voters`) and the dots
//! per option (`tally`), never a ballot per person: `ballots` stays empty and
//! [`validate_round`] refuses a round that has any. `voters` is kept sorted
//! by participant id, not in the order people voted, so that the same ballots
//! cast in any order give the very same file.
//!
//! What the file still tells, and what plenum cannot hide:
//!
//! - **Successive versions.** plenum saves after every ballot, so two saved
//!   versions that differ by one voter differ in the tally by exactly that
//!   voter's dots. Anyone holding such versions (a git repository, a synced
//!   folder with a version history, a backup taken while the room votes) can
//!   subtract them and read that ballot. The canonical order hides *when*
//!   someone voted within one file, not *who is new* between two files. Keep
//!   anonymous sessions out of versioned folders until voting has ended, or
//!   have every voter vote before anything is copied.
//! - **Arithmetic.** With a single voter the tally is that voter's ballot;
//!   if all voters but one tell what they chose, the last ballot follows.
//!   That holds for any published sum.
//! - **Before the reveal** the tally is in the file. The screens show no
//!   tally before [`reveal`] ([`results`] returns `None`), the file does.
//! - **In memory** the undo history holds the round before and after each
//!   ballot until the program closes (never written to disk). The front end
//!   should therefore not let a voter undo the previous voter's ballot.
//! - **Proxy marks** show whose ballot the facilitator typed in.
//!
//! # Revotes
//!
//! A voter who already voted may vote again only when the round allows
//! revotes. In a named session their stored ballot is replaced. In an
//! anonymous session the earlier dots are not in the file, so [`cast_ballot`]
//! refuses ([`VoteError::EarlierBallotUnknown`]); a front end that kept the
//! voter's ballot in memory during this sitting may pass it to
//! [`recast_anonymous_ballot`] (likewise [`remove_ballot`]). That ballot is
//! checked against the rules and the tally, but plenum cannot prove it is
//! really the one this voter cast; the front end must forget it when the
//! cast is undone. The simplest safe use: offer the anonymous revote only
//! right after confirming, before the next hand-over.
//!
//! # Reveal is final
//!
//! A revealed round takes no more ballots, removals or reveals; there is no
//! "hide again": once a tally was on the projector nobody can tell whether
//! the room saw it, and voting on after that would let later voters follow
//! the earlier ones. A reveal pressed by mistake is taken back by undo.

use super::command::{Command, DomainError, Refusal};
use super::session::*;
use super::text::clean_line;
use std::collections::HashSet;
use thiserror::Error;

mod cast;
mod draft;
mod results;
mod validate;

pub use cast::{BallotVoter, cast_ballot, recast_anonymous_ballot, remove_ballot};
pub use draft::{BallotDraft, DraftRefusal};
pub use results::{Ranked, ResultLine, RoundResults, ranking, results};
pub use validate::{check_ballot, validate_round};

/// Why a voting operation was refused. The variants are distinct so that a
/// front end can explain each one in the session's language.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum VoteError {
    #[error("no such voting round: {0}")]
    NoSuchRound(RoundId),
    #[error("no such participant: {0}")]
    NoSuchParticipant(ParticipantId),
    #[error("no such phase: {0}")]
    NoSuchPhase(PhaseId),
    #[error("an option of the round does not exist: {0:?}")]
    NoSuchOption(VoteOption),
    #[error("idea {0} is still covered; reveal it before voting on it")]
    CoveredIdea(IdeaId),
    #[error("the round has nothing to vote on")]
    NoOptions,
    #[error("every voter needs at least one dot")]
    NoDots,
    #[error("at least one dot per option must be allowed")]
    NoDotsPerOption,
    #[error("the ballot has {found} entries for {options} options")]
    WrongLength { found: usize, options: usize },
    #[error("the ballot places {placed} dots, each voter has {budget}")]
    OverBudget { placed: u64, budget: u32 },
    #[error("the ballot puts more than {cap} dots on one option")]
    OverCap { cap: u32 },
    #[error("the results are revealed; the round is closed")]
    Revealed,
    #[error("the results are not revealed yet")]
    NotRevealed,
    #[error("nobody has voted yet")]
    NobodyVoted,
    #[error("this participant has voted already and the round allows no revotes")]
    AlreadyVoted(ParticipantId),
    #[error("this participant has not voted in this round")]
    NotAVoter(ParticipantId),
    #[error("the facilitator does not vote in this round")]
    FacilitatorDoesNotVote,
    #[error(
        "the session is anonymous: the earlier ballot is not stored, so it cannot be replaced or removed \
         without the ballot remembered from this sitting"
    )]
    EarlierBallotUnknown,
    #[error("the remembered ballot does not fit the round's tally")]
    EarlierBallotMismatch,
    #[error("this is not an anonymous session; its ballots are stored")]
    NotAnonymous,
    #[error("there is no tie to resolve")]
    NoTie,
    #[error("nothing would change")]
    Unchanged,
    #[error(transparent)]
    Domain(#[from] DomainError),
}

// ---------------------------------------------------------------------------
// Opening a round

/// What a round lets people put dots on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionSource {
    /// The ideas of the round's phase in board order, covered ones left out.
    Ideas,
    /// The clusters of the round's phase.
    Clusters,
    /// The clusters of the round's phase, then its ideas that are in no
    /// cluster (so that no idea drops out of the vote).
    ClustersAndLooseIdeas,
    /// A hand-picked list, in this order. The options may come from any
    /// phase (the realisation phase may vote on the fantasy phase's ideas);
    /// a repeated option counts once.
    Picked(Vec<VoteOption>),
}

/// Everything the facilitator chooses before opening a round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundSpec {
    /// Chosen by the caller, so that a redo recreates the same round.
    pub id: RoundId,
    /// The phase the round belongs to.
    pub phase: PhaseId,
    /// What the round asks, e.g. "most pressing" or "most feasible".
    pub title: String,
    pub on: OptionSource,
    pub budget: DotBudget,
    /// Most dots one voter may put on one option (1 = no stacking).
    pub max_per_option: u32,
    pub facilitator_votes: bool,
    pub allow_revote: bool,
}

impl RoundSpec {
    /// A round on `on` with the common defaults: a third of the options as
    /// dots (at most 20), no stacking, the facilitator does not vote, no
    /// revotes.
    pub fn new(id: RoundId, phase: PhaseId, title: impl Into<String>, on: OptionSource) -> RoundSpec {
        RoundSpec {
            id,
            phase,
            title: title.into(),
            on,
            budget: DotBudget::Third,
            max_per_option: 1,
            facilitator_votes: false,
            allow_revote: false,
        }
    }
}

/// What a [`RoundSpec`] gives, shown before the round is opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundPreview {
    pub options: Vec<VoteOption>,
    /// The budget rule resolved for this number of options.
    pub dots_per_voter: u32,
    /// The cap per option; never more than the dots a voter has.
    pub max_per_option: u32,
}

/// The options, dots and cap a spec gives, without opening anything.
pub fn preview_round(session: &Session, spec: &RoundSpec) -> Result<RoundPreview, VoteError> {
    if session.phase(spec.phase).is_none() {
        return Err(VoteError::NoSuchPhase(spec.phase));
    }
    let options = resolve_options(session, spec.phase, &spec.on)?;
    if options.is_empty() {
        return Err(VoteError::NoOptions);
    }
    if spec.budget == DotBudget::Fixed(0) {
        return Err(VoteError::NoDots);
    }
    if spec.max_per_option == 0 {
        return Err(VoteError::NoDotsPerOption);
    }
    let dots_per_voter = spec.budget.dots_for(options.len());
    Ok(RoundPreview {
        max_per_option: spec.max_per_option.min(dots_per_voter),
        dots_per_voter,
        options,
    })
}

/// The command that opens the round `spec` describes, after the session's
/// other rounds. Refused when there is nothing to vote on.
pub fn open_round(session: &Session, spec: &RoundSpec) -> Result<Command, VoteError> {
    Ok(Command::AddRound {
        round: new_round(session, spec)?,
        index: session.rounds.len(),
    })
}

fn new_round(session: &Session, spec: &RoundSpec) -> Result<VoteRound, VoteError> {
    let preview = preview_round(session, spec)?;
    let title = clean_line(&spec.title);
    if title.is_empty() {
        return Err(DomainError::EmptyText.into());
    }
    Ok(VoteRound {
        id: spec.id,
        phase: spec.phase,
        title,
        tally: vec![0; preview.options.len()],
        options: preview.options,
        budget: spec.budget,
        dots_per_voter: preview.dots_per_voter,
        max_per_option: preview.max_per_option,
        facilitator_votes: spec.facilitator_votes,
        status: RoundStatus::Open,
        allow_revote: spec.allow_revote,
        voters: Vec::new(),
        ballots: Vec::new(),
        runoff_of: None,
    })
}

/// The options `source` stands for in `phase`.
pub fn resolve_options(
    session: &Session,
    phase: PhaseId,
    source: &OptionSource,
) -> Result<Vec<VoteOption>, VoteError> {
    let visible_ideas = || session.ideas_in(phase).filter(|i| !i.hidden);
    let clusters = || session.clusters_in(phase).map(|c| VoteOption::Cluster(c.id));
    Ok(match source {
        OptionSource::Ideas => visible_ideas().map(|i| VoteOption::Idea(i.id)).collect(),
        OptionSource::Clusters => clusters().collect(),
        OptionSource::ClustersAndLooseIdeas => clusters()
            .chain(
                visible_ideas()
                    .filter(|i| i.cluster.is_none())
                    .map(|i| VoteOption::Idea(i.id)),
            )
            .collect(),
        OptionSource::Picked(picked) => {
            let mut options: Vec<VoteOption> = Vec::with_capacity(picked.len());
            for &option in picked {
                match option {
                    VoteOption::Idea(id) => match session.idea(id) {
                        None => return Err(VoteError::NoSuchOption(option)),
                        Some(idea) if idea.hidden => return Err(VoteError::CoveredIdea(id)),
                        Some(_) => {}
                    },
                    VoteOption::Cluster(id) => {
                        if session.cluster(id).is_none() {
                            return Err(VoteError::NoSuchOption(option));
                        }
                    }
                }
                if !options.contains(&option) {
                    options.push(option);
                }
            }
            options
        }
    })
}

// ---------------------------------------------------------------------------
// Turn-taking

/// The participant who facilitates, when the facilitator's name is on the
/// roster.
pub fn facilitator_participant(session: &Session) -> Option<ParticipantId> {
    session
        .participants
        .iter()
        .find(|p| is_facilitator_name(session, &p.name))
        .map(|p| p.id)
}

fn is_facilitator_name(session: &Session, name: &str) -> bool {
    session
        .facilitator
        .as_deref()
        .is_some_and(|f| f.trim().to_lowercase() == name.trim().to_lowercase())
}

/// One line of the hand-over screen. It says who has voted, never what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Turn {
    pub participant: ParticipantId,
    pub voted: bool,
    /// Their ballot was recorded by the facilitator.
    pub proxy: bool,
    /// They may take the keyboard now (see [`can_vote`]).
    pub may_vote: bool,
}

/// The roster in its order, as the hand-over screen lists it: everybody who
/// may vote in the round, marked when they have voted. The facilitator is
/// left out when they do not vote (a facilitator who votes but is not on the
/// roster is added on the spot, see [`BallotVoter`]).
pub fn turns(session: &Session, round: RoundId) -> Result<Vec<Turn>, VoteError> {
    let round = round_of(session, round)?;
    let facilitator = facilitator_participant(session);
    Ok(session
        .participants
        .iter()
        .filter(|p| round.facilitator_votes || Some(p.id) != facilitator || has_voted(round, p.id))
        .map(|p| {
            let voter = round.voters.iter().find(|v| v.participant == p.id);
            Turn {
                participant: p.id,
                voted: voter.is_some(),
                proxy: voter.is_some_and(|v| v.proxy),
                may_vote: check_may_vote(session, round, p.id).is_ok(),
            }
        })
        .collect())
}

/// The first participant in roster order who has not voted yet.
pub fn next_voter(session: &Session, round: RoundId) -> Result<Option<ParticipantId>, VoteError> {
    Ok(turns(session, round)?
        .into_iter()
        .find(|t| !t.voted)
        .map(|t| t.participant))
}

/// Whether `participant` may take the keyboard in `round` now; the error
/// says why not.
pub fn can_vote(session: &Session, round: RoundId, participant: ParticipantId) -> Result<(), VoteError> {
    let round = round_of(session, round)?;
    if session.participant(participant).is_none() {
        return Err(VoteError::NoSuchParticipant(participant));
    }
    check_may_vote(session, round, participant)
}

pub fn has_voted(round: &VoteRound, participant: ParticipantId) -> bool {
    round.voters.iter().any(|v| v.participant == participant)
}

/// A voter's own stored ballot, to start a revote from what they chose
/// before. Always `None` in an anonymous session. Show it only to that voter.
pub fn own_ballot(session: &Session, round: RoundId, participant: ParticipantId) -> Option<&[u32]> {
    let round = session.round(round)?;
    round
        .ballots
        .iter()
        .find(|b| b.participant == participant)
        .map(|b| b.dots.as_slice())
}

fn check_may_vote(session: &Session, round: &VoteRound, participant: ParticipantId) -> Result<(), VoteError> {
    if round.status == RoundStatus::Revealed {
        return Err(VoteError::Revealed);
    }
    if !round.facilitator_votes && facilitator_participant(session) == Some(participant) {
        return Err(VoteError::FacilitatorDoesNotVote);
    }
    if has_voted(round, participant) {
        if !round.allow_revote {
            return Err(VoteError::AlreadyVoted(participant));
        }
        if session.anonymous {
            return Err(VoteError::EarlierBallotUnknown);
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// The facilitator's controls

/// Reveals the results of an open round. Refused before anyone voted, so
/// that a stray key does not close an empty round.
pub fn reveal(session: &Session, round: RoundId) -> Result<Command, VoteError> {
    let round = round_of(session, round)?;
    if round.status == RoundStatus::Revealed {
        return Err(VoteError::Revealed);
    }
    if round.voters.is_empty() {
        return Err(VoteError::NobodyVoted);
    }
    Ok(Command::ReplaceRound(VoteRound {
        status: RoundStatus::Revealed,
        ..round.clone()
    }))
}

/// Allows or forbids voters to redo their ballot.
pub fn set_allow_revote(session: &Session, round: RoundId, allow: bool) -> Result<Command, VoteError> {
    let round = round_of(session, round)?;
    if round.allow_revote == allow {
        return Err(VoteError::Unchanged);
    }
    Ok(Command::ReplaceRound(VoteRound {
        allow_revote: allow,
        ..round.clone()
    }))
}

/// A group of tied options that decides who is in and who is out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tie {
    /// The tied options, in the round's order.
    pub options: Vec<VoteOption>,
    /// How many of them still fit among the winners.
    pub places: usize,
    /// The rank they share.
    pub rank: usize,
}

/// The tie that matters when `winners` options go through: with 1, the tie
/// at the top; with more, the tie that straddles the cut-off. `None` when
/// the cut-off falls between two different counts.
pub fn tie_to_resolve(round: &VoteRound, winners: usize) -> Option<Tie> {
    let ranked = ranking(round);
    if winners == 0 || winners >= ranked.len() {
        return None;
    }
    let last_in = &ranked[winners - 1];
    if ranked[winners].dots != last_in.dots {
        return None;
    }
    let first = ranked.iter().position(|r| r.rank == last_in.rank)?;
    let tied: Vec<VoteOption> = ranked
        .iter()
        .filter(|r| r.rank == last_in.rank)
        .map(|r| r.option)
        .collect();
    // Keep the round's order, so the run-off lists options as before.
    let options = round
        .options
        .iter()
        .copied()
        .filter(|o| tied.contains(o))
        .collect();
    Some(Tie {
        options,
        places: winners - first,
        rank: last_in.rank,
    })
}

/// Opens a run-off on the tie of a revealed round that decides `winners`
/// (1 = the tie at the top). Each voter gets one dot per place still open
/// and may put at most one on an option; the facilitator votes as in the
/// original round.
pub fn open_runoff(
    session: &Session,
    round: RoundId,
    winners: usize,
    id: RoundId,
    title: &str,
) -> Result<Command, VoteError> {
    let original = round_of(session, round)?;
    if original.status != RoundStatus::Revealed {
        return Err(VoteError::NotRevealed);
    }
    let tie = tie_to_resolve(original, winners).ok_or(VoteError::NoTie)?;
    let places = u32::try_from(tie.places).unwrap_or(u32::MAX);
    let spec = RoundSpec {
        budget: DotBudget::Fixed(places),
        max_per_option: 1,
        facilitator_votes: original.facilitator_votes,
        ..RoundSpec::new(id, original.phase, title, OptionSource::Picked(tie.options))
    };
    let round = VoteRound {
        runoff_of: Some(original.id),
        ..new_round(session, &spec)?
    };
    Ok(Command::AddRound {
        round,
        index: session.rounds.len(),
    })
}

fn check_dots(round: &VoteRound, dots: &[u32]) -> Result<(), VoteError> {
    if dots.len() != round.options.len() {
        return Err(VoteError::WrongLength {
            found: dots.len(),
            options: round.options.len(),
        });
    }
    let placed: u64 = dots.iter().map(|&d| u64::from(d)).sum();
    if placed > u64::from(round.dots_per_voter) {
        return Err(VoteError::OverBudget {
            placed,
            budget: round.dots_per_voter,
        });
    }
    if dots.iter().any(|&d| d > round.max_per_option) {
        return Err(VoteError::OverCap {
            cap: round.max_per_option,
        });
    }
    Ok(())
}

fn round_of(session: &Session, id: RoundId) -> Result<&VoteRound, VoteError> {
    session.round(id).ok_or(VoteError::NoSuchRound(id))
}

#[cfg(test)]
mod tests;
