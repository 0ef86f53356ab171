//! What a workshop leaves for later: action items and check-in rounds.

use super::is_false;
use crate::core::ids::{ActionId, CheckinId, ClusterId, IdeaId, ParticipantId, PhaseId, RoundId, SessionId};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum ActionStatus {
    #[default]
    Open,
    Doing,
    Done,
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Open,
        ActionStatus::Doing,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    /// Open and doing actions still need follow-up.
    pub fn is_pending(self) -> bool {
        matches!(self, ActionStatus::Open | ActionStatus::Doing)
    }
}

/// Where an action item came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum ActionSource {
    Idea(IdeaId),
    Cluster(ClusterId),
    Round(RoundId),
    /// Carried over from an earlier session (the permanent workshop).
    Carried {
        session: SessionId,
        action: ActionId,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionItem {
    pub id: ActionId,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    #[serde(default)]
    pub status: ActionStatus,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<ActionSource>,
}

impl ActionItem {
    /// Days past the due date on `today`, if the action is pending and late.
    pub fn days_overdue(&self, today: Date) -> Option<i64> {
        let due = self.due?;
        if !self.status.is_pending() || due >= today {
            return None;
        }
        let span = due.until(today).ok()?;
        Some(i64::from(span.get_days()))
    }
}

/// The scale of a check-in or check-out round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CheckinScale {
    /// Mood from 1 (bad) to 5 (great).
    Mood,
    /// Return on time invested from 0 (wasted) to 4 (excellent).
    Roti,
    /// Fist of five: 0 (no support) to 5 fingers (full support).
    FistOfFive,
}

impl CheckinScale {
    /// The lowest and highest answer on the scale.
    pub fn range(self) -> (u32, u32) {
        match self {
            CheckinScale::Mood => (1, 5),
            CheckinScale::Roti => (0, 4),
            CheckinScale::FistOfFive => (0, 5),
        }
    }

    /// Number of distinct answers.
    pub fn answers(self) -> usize {
        let (low, high) = self.range();
        (high - low + 1) as usize
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckinRound {
    pub id: CheckinId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<PhaseId>,
    pub question: String,
    pub scale: CheckinScale,
    /// How many people gave each answer, lowest answer first.
    pub counts: Vec<u32>,
    /// Who has answered (never what).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub respondents: Vec<ParticipantId>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub revealed: bool,
}

impl CheckinRound {
    pub fn total(&self) -> u32 {
        self.counts.iter().sum()
    }

    /// The mean answer, or `None` before anyone answered.
    pub fn mean(&self) -> Option<f64> {
        let total = self.total();
        if total == 0 {
            return None;
        }
        let (low, _) = self.scale.range();
        let sum: u64 = self
            .counts
            .iter()
            .enumerate()
            .map(|(i, &count)| u64::from(count) * (u64::from(low) + i as u64))
            .sum();
        Some(sum as f64 / f64::from(total))
    }
}
