//! Voting rounds as saved: options, dot budgets, voters and ballots.

use super::is_false;
use crate::core::ids::{ClusterId, IdeaId, ParticipantId, PhaseId, RoundId};
use serde::{Deserialize, Serialize};

/// What a voting round lets people put dots on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum VoteOption {
    Idea(IdeaId),
    Cluster(ClusterId),
}

/// How many dots each voter gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DotBudget {
    /// The same number whatever the number of options.
    Fixed(u32),
    /// A third of the options, at most 20 (the common "N/3" rule).
    Third,
    /// Half of the options.
    Half,
    /// A third of the options plus one.
    ThirdPlusOne,
}

impl DotBudget {
    /// The number of dots this rule gives for `options` options; at least one
    /// whenever there is anything to vote on.
    pub fn dots_for(self, options: usize) -> u32 {
        let options = u32::try_from(options).unwrap_or(u32::MAX);
        if options == 0 {
            return 0;
        }
        let dots = match self {
            DotBudget::Fixed(n) => n,
            DotBudget::Third => (options / 3).min(20),
            DotBudget::Half => options / 2,
            DotBudget::ThirdPlusOne => options / 3 + 1,
        };
        dots.max(1)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum RoundStatus {
    /// Ballots are being cast; no tally is shown anywhere.
    #[default]
    Open,
    /// The facilitator revealed the results.
    Revealed,
}

/// Somebody who has cast a ballot in a round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Voter {
    pub participant: ParticipantId,
    /// The facilitator recorded this ballot for a remote participant.
    #[serde(default, skip_serializing_if = "is_false")]
    pub proxy: bool,
}

/// One person's dots, aligned with the round's options. Only stored in
/// sessions that are not anonymous.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ballot {
    pub participant: ParticipantId,
    pub dots: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoteRound {
    pub id: RoundId,
    pub phase: PhaseId,
    pub title: String,
    pub options: Vec<VoteOption>,
    pub budget: DotBudget,
    /// The budget resolved when the round was opened.
    pub dots_per_voter: u32,
    /// Most dots one voter may put on one option (1 = no stacking).
    pub max_per_option: u32,
    #[serde(default)]
    pub facilitator_votes: bool,
    #[serde(default)]
    pub status: RoundStatus,
    /// Whether a voter who already voted may cast their ballot again.
    #[serde(default, skip_serializing_if = "is_false")]
    pub allow_revote: bool,
    /// Who has voted: in voting order, but sorted by id in anonymous
    /// sessions so that the order gives nothing away.
    #[serde(default)]
    pub voters: Vec<Voter>,
    /// Per-person ballots; always empty in an anonymous session.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ballots: Vec<Ballot>,
    /// Dots per option, aligned with `options`.
    pub tally: Vec<u32>,
    /// Set for a run-off round on the tied options of another round.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runoff_of: Option<RoundId>,
}
