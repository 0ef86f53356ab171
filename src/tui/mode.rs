//! The keyboard modes: which bindings are active. A leaf module (it imports
//! nothing of the front end) so that the keymap, the message catalogue's key
//! descriptions and every screen can name a mode without a circle.

/// What the keyboard is doing right now; each mode has its own bindings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// The start screen: sessions, new session, demo.
    Start,
    /// A form: new session, phase settings.
    Form,
    /// The session screen.
    Board,
    /// Typing an idea (capture or edit).
    Input,
    /// The help overlay.
    Help,
    // Follow-up (issue 6).
    /// The session's action list.
    Actions,
    /// Pending actions across the sessions folder.
    Overview,
    /// A check-in or check-out round: results, counts, reveal.
    Checkin,
    /// Between two people answering a check-in: names who is next.
    HandOver,
    /// One person picks an answer on the shared keyboard.
    Answer,
    /// Cluster mode (issue 4): the clusters of the phase as columns.
    Cluster,
    /// Cluster mode: choosing the cluster ideas go to (or merge into).
    ClusterPick,
    /// Cluster mode: typing a cluster's name.
    ClusterName,
    /// Cluster mode: reviewing suggested clusters.
    Suggest,
    // Voting (issue 5).
    /// The voting rounds of a phase (the facilitator's list).
    VoteRounds,
    /// The form that opens a voting round.
    VoteForm,
    /// Hand-picking the options of a round.
    VotePick,
    /// The hand-over screen between two voters.
    VoteHandOver,
    /// Typing the name of a voter who is not on the roster.
    VoteName,
    /// One voter's ballot.
    Ballot,
    /// The results of a revealed round.
    VoteResults,
    /// One thing alone, as large as the terminal allows.
    Spotlight,
}

impl Mode {
    pub const ALL: [Mode; 22] = [
        Mode::Start,
        Mode::Form,
        Mode::Board,
        Mode::Input,
        Mode::Help,
        Mode::Actions,
        Mode::Overview,
        Mode::Checkin,
        Mode::HandOver,
        Mode::Answer,
        Mode::Cluster,
        Mode::ClusterPick,
        Mode::ClusterName,
        Mode::Suggest,
        Mode::VoteRounds,
        Mode::VoteForm,
        Mode::VotePick,
        Mode::VoteHandOver,
        Mode::VoteName,
        Mode::Ballot,
        Mode::VoteResults,
        Mode::Spotlight,
    ];

    /// Modes that type text: unbound printable keys insert themselves.
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Mode::Form | Mode::Input | Mode::ClusterName | Mode::VoteForm | Mode::VoteName
        )
    }

    /// The modes of the voting screens (handled in `tui::voting`).
    pub fn is_voting(self) -> bool {
        matches!(
            self,
            Mode::VoteRounds
                | Mode::VoteForm
                | Mode::VotePick
                | Mode::VoteHandOver
                | Mode::VoteName
                | Mode::Ballot
                | Mode::VoteResults
        )
    }
}
