//! Everything a user can ask the app to do. Keys and mouse clicks map to an
//! [`Action`]; [`App::update`](super::app::App::update) is the only place
//! that acts on one. The snake_case names are the ones used in `keymap.ron`.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    // Anywhere.
    Quit,
    ToggleHelp,
    Undo,
    Redo,
    /// Saves now; when the file was changed by another program, saves a copy.
    SaveSession,
    /// Bound in `keymap.ron` to switch a default binding off.
    IgnoreKey,
    /// The next colour theme, on this terminal.
    NextTheme,
    /// The audience view's room layout: compact or large.
    ToggleRoomLayout,

    // Lists: sessions, ideas, the help text.
    SelectNext,
    SelectPrevious,
    SelectFirst,
    SelectLast,
    PageUp,
    PageDown,

    // Start screen.
    OpenSelected,
    OpenNewSessionForm,
    OpenDemo,
    ReloadSessions,
    /// A session row was clicked (index in the start list).
    SelectSession(usize),

    // Forms and text input.
    NextField,
    PreviousField,
    /// A form field was clicked.
    FocusField(usize),
    SubmitInput,
    CancelInput,
    InsertNewline,
    MoveCursorLeft,
    MoveCursorRight,
    MoveCursorUp,
    MoveCursorDown,
    MoveCursorHome,
    MoveCursorEnd,
    DeleteBackward,
    DeleteForward,
    ClearInput,

    // The session screen.
    StartCapture,
    EditIdea,
    DeleteIdea,
    /// An idea row was clicked (row of the board list).
    SelectIdeaRow(usize),
    CycleAuthor,
    CycleAuthorBack,
    ToggleBrainwriting,
    RevealIdeas,
    NextPhase,
    PreviousPhase,
    /// Goes to the n-th phase, counting from 1.
    GoToPhase(usize),
    EditPhase,
    AddPhase,
    RemovePhase,
    MovePhaseEarlier,
    MovePhaseLater,
    ToggleTimer,
    AddMinute,
    RemoveMinute,
    ResetTimer,
    CloseSession,
    /// The selection alone, as large as the terminal allows.
    ShowSpotlight,
    /// The control screen of `plenum host` (join code, who is connected).
    ShowHosting,
    /// Ends the selected participant's SSH connection.
    DisconnectParticipant,

    // Follow-up (issue 6): action items, the overview, check-in rounds.
    /// Start screen: every pending action of every session in the folder.
    ShowActionOverview,
    /// Start screen: a new session continuing the selected one.
    ContinueSession,
    /// Session screen: the session's action list.
    ShowActions,
    /// Session screen: a new action from the selected idea or cluster.
    NewActionFromSelection,
    /// Session screen: the check-in rounds of the current phase.
    OpenCheckin,
    /// Leaves a follow-up screen for the one it was opened from.
    GoBack,
    NewAction,
    EditAction,
    CycleActionStatus,
    DeleteAction,
    CycleActionOrder,
    /// An action row was clicked (row in the sorted list).
    SelectActionRow(usize),
    ToggleOverdueOnly,
    FilterByOwner,
    /// An overview row was clicked.
    SelectOverviewRow(usize),
    NewCheckinRound,
    /// Hands the keyboard round: people answer one after the other.
    AnswerCheckin,
    /// Types the counts of a show of hands.
    EnterCheckinCounts,
    ToggleCheckinReveal,
    DeleteCheckinRound,
    NextCheckinRound,
    PreviousCheckinRound,
    /// Hand-over screen: the selected person answers now.
    StartAnswering,
    /// Hand-over screen: somebody who is not on the roster answers.
    AddGuest,
    /// Answer screen: picks this value of the scale.
    PickAnswer(u32),
    // Cluster mode (issue 4): see `tui::cluster`.
    EnterClusterMode,
    /// Clears the marks; with none, leaves cluster mode.
    LeaveClusterMode,
    FocusNextCluster,
    FocusPreviousCluster,
    ToggleMark,
    MoveToCluster,
    NewCluster,
    RenameCluster,
    MergeCluster,
    DissolveCluster,
    MergeIdeas,
    MoveIdeaUp,
    MoveIdeaDown,
    MoveClusterEarlier,
    MoveClusterLater,
    SuggestClusters,
    AcceptSuggestion,
    RejectSuggestion,
    ToggleSuggestedIdea,
    RenameSuggestion,
    FinishSuggestions,
    /// A cluster (column or heading) was clicked: its index on the cluster board.
    SelectCluster(usize),
    /// An idea on the cluster board was clicked: cluster index, place in it.
    SelectClusterIdea(usize, usize),
    /// An idea of the suggestion under review was clicked.
    SelectSuggestedIdea(usize),
    // Voting (issue 5): see `tui::voting`.
    /// The voting rounds of the current phase (or the form for the first).
    OpenVoting,
    /// The form for a new voting round.
    NewRound,
    /// A row of a voting list was clicked: a round, an option to pick, a voter.
    SelectRow(usize),
    /// Marks or unmarks the option under the cursor for a hand-picked round.
    MarkOption,
    /// The person chosen on the hand-over screen takes the keyboard.
    TakeKeyboard,
    /// Somebody not on the roster votes: type their name.
    AddVoter,
    /// The facilitator records the ballot of a remote participant.
    RecordProxyBallot,
    /// Allows or forbids voters to redo their ballot.
    ToggleRevotes,
    /// Reveals the results of the round (asks once more first).
    RevealResults,
    PlaceDot,
    RemoveDot,
    /// Places a dot, or takes the voter's dots off a full option.
    ToggleDot,
    /// An option on the ballot was clicked (left button).
    PlaceDotOn(usize),
    /// An option on the ballot was right-clicked.
    RemoveDotFrom(usize),
    CastBallot,
    /// A run-off round on the tied options of the results shown.
    StartRunoff,
    NextRound,
    PreviousRound,

    // Produced by the event loop, never bound to a key.
    /// A typed character.
    #[serde(skip)]
    InsertChar(char),
    /// A bracketed paste.
    #[serde(skip)]
    Paste(String),
    /// The clock moved on: advances the timer, retries a failed save.
    #[serde(skip)]
    Tick(Timestamp),
}

impl Action {
    /// The name used in `keymap.ron` and in messages.
    pub fn name(&self) -> String {
        match ron::to_string(self) {
            Ok(name) => name,
            Err(_) => format!("{self:?}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_snake_case_verb_object() {
        assert_eq!(Action::DeleteIdea.name(), "delete_idea");
        assert_eq!(Action::GoToPhase(3).name(), "go_to_phase(3)");
        let parsed: Action = ron::from_str("toggle_timer").expect("a unit action parses");
        assert_eq!(parsed, Action::ToggleTimer);
    }
}
