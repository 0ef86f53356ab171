//! Why the core refuses a change, as data rather than prose: every front end
//! words a [`Refusal`] in the user's language (`i18n::describe_refusal`).
//! The English below is what logs and `Display` show.

use strum::EnumIter;
use thiserror::Error;

/// A rule of the workshop that a change would break.
#[derive(Debug, Clone, PartialEq, Eq, Error, EnumIter)]
pub enum Refusal {
    // Anonymous sessions.
    #[error("ideas already name their authors; remove the authors before going anonymous")]
    AuthorsNamed,
    #[error("ballots are already stored per person; anonymous mode can only start before voting")]
    BallotsStored,
    #[error("votes were cast secretly; the session has to stay anonymous")]
    VotesCastSecretly,
    #[error("the session is anonymous: ideas have no authors")]
    AnonymousAuthors,

    // Ideas and clusters.
    #[error("an idea can only join a cluster of its own phase")]
    ClusterOfAnotherPhase,
    #[error("ideas of different phases cannot be moved together")]
    IdeasOfDifferentPhases,
    #[error("a cluster cannot be merged with itself")]
    ClusterMergedWithItself,
    #[error("only clusters of the same phase can be merged")]
    ClustersOfDifferentPhases,
    #[error("an idea cannot be merged with itself")]
    IdeaMergedWithItself,
    #[error("only ideas of the same phase can be merged")]
    IdeasOfDifferentPhasesMerged,
    /// `idea` is the idea's text.
    #[error("the idea {idea:?} is in more than one accepted suggestion")]
    IdeaInTwoSuggestions { idea: String },
    #[error("no suggestion to apply")]
    NoSuggestion,

    // Still in use.
    #[error("the idea is an option of a voting round")]
    IdeaIsVoteOption,
    #[error("the idea is an option of a voting round; ideas can only be merged before voting on them")]
    VotedIdeaMerged,
    #[error("the cluster is an option of a voting round")]
    ClusterIsVoteOption,
    #[error("the cluster is an option of a voting round; clusters can only be merged before voting on them")]
    VotedClusterMerged,
    #[error("the cluster still holds ideas")]
    ClusterHoldsIdeas,
    #[error("an action item comes from the cluster; merge it into another cluster instead")]
    ClusterHasActions,
    #[error("an action item comes from the voting round")]
    RoundHasActions,
    #[error("ideas name the participant as author")]
    ParticipantIsAuthor,
    #[error("the participant has voted")]
    ParticipantHasVoted,
    #[error("the participant answered a check-in")]
    ParticipantAnswered,
    #[error("the phase holds ideas")]
    PhaseHoldsIdeas,
    #[error("the phase holds clusters")]
    PhaseHoldsClusters,
    #[error("the phase holds voting rounds")]
    PhaseHoldsRounds,
    #[error("the phase holds check-ins")]
    PhaseHoldsCheckins,

    // Ballots.
    #[error("the ballot has {found} entries for {options} options")]
    BallotWrongLength { found: usize, options: usize },
    #[error("the ballot places {placed} dots, each voter has {budget}")]
    BallotOverBudget { placed: u64, budget: u32 },
    #[error("the ballot puts more than {cap} dots on one option")]
    BallotOverCap { cap: u32 },

    // Check-ins.
    #[error("the results are revealed already; a late answer would no longer be secret")]
    CheckinRevealed,
    #[error("{name} has answered already")]
    AlreadyAnswered { name: String },
    #[error("{answer} is not on the scale from {low} to {high}")]
    AnswerOffScale { answer: u32, low: u32, high: u32 },
    #[error("the scale has {answers} answers, {counts} counts were given")]
    WrongCountOfAnswers { answers: usize, counts: usize },
    #[error("{respondents} people answered on the keyboard; the counts add up to only {total}")]
    CountsBelowRespondents { respondents: usize, total: u64 },

    // Action items.
    /// `round` is the round's title.
    #[error("the option is not part of the voting round {round:?}")]
    OptionNotInRound { round: String },
    /// `input` is the text as typed, cleaned to one line.
    #[error("{input:?} is not a date; write 2026-12-31, 31.12.2026 or +7 (days from today)")]
    NotADate { input: String },
}
