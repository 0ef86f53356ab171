//! What the keys do and what the modes are called, in the user's language:
//! the help overlay and the footer read these next to the keymap.

use super::action::Action;
use super::keymap::Mode;
use crate::core::{Command, DomainError, Language};
use crate::i18n::{Msg, fill, tr};

/// A refused command in the interface language.
pub fn domain_error(lang: Language, error: &DomainError) -> String {
    match error {
        DomainError::EmptyText => tr(lang, Msg::EmptyText).to_string(),
        DomainError::TextTooLong { chars, max } => {
            fill(lang, Msg::TextTooLong, &[("chars", chars), ("max", max)])
        }
        DomainError::InUse { kind: "idea", .. } => tr(lang, Msg::IdeaInVote).to_string(),
        other => match lang {
            // The core words its reasons in English only.
            Language::En => fill(lang, Msg::ChangeRefused, &[("reason", other)]),
            Language::De => tr(lang, Msg::ChangeRefusedPlain).to_string(),
        },
    }
}

/// The name of a mode for the status line and the help title.
pub fn mode_name(lang: Language, mode: Mode, editing_idea: bool) -> &'static str {
    let msg = match mode {
        Mode::Start => Msg::ModeStart,
        Mode::Form => Msg::ModeForm,
        Mode::Board => Msg::ModeBoard,
        Mode::Input if editing_idea => Msg::ModeEditIdea,
        Mode::Input => Msg::ModeCapture,
        Mode::Help => Msg::ModeHelp,
        Mode::Actions => Msg::ModeActions,
        Mode::Overview => Msg::ModeOverview,
        Mode::Checkin => Msg::ModeCheckin,
        Mode::HandOver => Msg::ModeHandOver,
        Mode::Answer => Msg::ModeAnswer,
        Mode::Cluster => Msg::ModeCluster,
        Mode::ClusterPick => Msg::ModeClusterPick,
        Mode::ClusterName => Msg::ModeClusterName,
        Mode::Suggest => Msg::ModeSuggest,
        Mode::Spotlight => Msg::ModeSpotlight,
        // Voting (issue 5).
        Mode::VoteRounds => Msg::ModeVoteRounds,
        Mode::VoteForm => Msg::ModeVoteForm,
        Mode::VotePick => Msg::ModeVotePick,
        Mode::VoteHandOver => Msg::ModeVoteHandOver,
        Mode::VoteName => Msg::ModeVoteName,
        Mode::Ballot => Msg::ModeBallot,
        Mode::VoteResults => Msg::ModeVoteResults,
    };
    tr(lang, msg)
}

/// What an action does, as the help lists it.
pub fn describe(lang: Language, mode: Mode, action: &Action) -> String {
    use Action as A;
    let msg = match action {
        // Voting (issue 5): what the shared actions mean on its screens.
        A::OpenSelected if mode == Mode::VoteRounds => Msg::ActOpenRound,
        A::SubmitInput if mode == Mode::VoteForm => Msg::ActOpenRoundForm,
        A::SubmitInput if mode == Mode::VoteName => Msg::ActUseName,
        A::SubmitInput | A::CancelInput if mode == Mode::VotePick => Msg::ActPickDone,
        A::CancelInput if mode == Mode::Ballot => Msg::ActDiscardBallot,
        A::CancelInput if mode.is_voting() => Msg::ActBack,
        A::Quit => Msg::ActQuit,
        A::ToggleHelp if mode == Mode::Help => Msg::ActCloseHelp,
        A::ToggleHelp => Msg::ActHelp,
        A::Undo => Msg::ActUndo,
        A::Redo => Msg::ActRedo,
        A::SaveSession => Msg::ActSave,
        A::IgnoreKey => Msg::ActIgnore,
        A::SelectNext => Msg::ActDown,
        A::SelectPrevious => Msg::ActUp,
        A::SelectFirst if mode == Mode::ClusterPick => Msg::ActFirstCluster,
        A::SelectLast if mode == Mode::ClusterPick => Msg::ActLastCluster,
        A::SelectFirst => Msg::ActFirst,
        A::SelectLast => Msg::ActLast,
        A::PageUp => Msg::ActPageUp,
        A::PageDown => Msg::ActPageDown,
        A::OpenSelected => Msg::ActOpen,
        A::OpenNewSessionForm => Msg::ActNewSession,
        A::OpenDemo => Msg::ActDemo,
        A::ReloadSessions => Msg::ActReload,
        A::SelectSession(_) | A::SelectIdeaRow(_) | A::FocusField(_) => Msg::ActSelect,
        A::NextField => Msg::ActNextField,
        A::PreviousField => Msg::ActPreviousField,
        A::SubmitInput if mode == Mode::Input => Msg::ActSaveIdea,
        A::SubmitInput if mode == Mode::Answer => Msg::ActConfirmAnswer,
        A::SubmitInput => Msg::ActConfirm,
        A::CancelInput if mode == Mode::Input => Msg::ActStopTyping,
        A::CancelInput => Msg::ActCancel,
        A::InsertNewline => Msg::ActNewline,
        A::MoveCursorLeft if mode == Mode::Form => Msg::ActCursorLeftOrChoice,
        A::MoveCursorRight if mode == Mode::Form => Msg::ActCursorRightOrChoice,
        A::MoveCursorLeft => Msg::ActCursorLeft,
        A::MoveCursorRight => Msg::ActCursorRight,
        A::MoveCursorUp => Msg::ActCursorUp,
        A::MoveCursorDown => Msg::ActCursorDown,
        A::MoveCursorHome => Msg::ActLineStart,
        A::MoveCursorEnd => Msg::ActLineEnd,
        A::DeleteBackward => Msg::ActDeleteLeft,
        A::DeleteForward => Msg::ActDeleteRight,
        A::ClearInput => Msg::ActClear,
        A::StartCapture => Msg::ActCapture,
        A::EditIdea => Msg::ActEditIdea,
        A::DeleteIdea => Msg::ActDeleteIdea,
        A::CycleAuthor => Msg::ActNextAuthor,
        A::CycleAuthorBack => Msg::ActPreviousAuthor,
        A::ToggleBrainwriting => Msg::ActBrainwriting,
        A::RevealIdeas => Msg::ActReveal,
        A::NextPhase => Msg::ActNextPhase,
        A::PreviousPhase => Msg::ActPreviousPhase,
        A::GoToPhase(n) => return fill(lang, Msg::ActGoToPhase, &[("n", n)]),
        A::EditPhase => Msg::ActEditPhase,
        A::AddPhase => Msg::ActAddPhase,
        A::RemovePhase => Msg::ActRemovePhase,
        A::MovePhaseEarlier => Msg::ActPhaseEarlier,
        A::MovePhaseLater => Msg::ActPhaseLater,
        A::ToggleTimer => Msg::ActTimer,
        A::AddMinute => Msg::ActAddMinute,
        A::RemoveMinute => Msg::ActRemoveMinute,
        A::ResetTimer => Msg::ActResetTimer,
        A::CloseSession => Msg::ActCloseSession,
        A::ShowActionOverview => Msg::ActShowOverview,
        A::ContinueSession => Msg::ActContinue,
        A::ShowActions => Msg::ActShowActions,
        A::NewActionFromSelection => Msg::ActNewActionFromSelection,
        A::OpenCheckin => Msg::ActOpenCheckin,
        A::GoBack => Msg::ActGoBack,
        A::NewAction => Msg::ActNewAction,
        A::EditAction => Msg::ActEditAction,
        A::CycleActionStatus => Msg::ActCycleStatus,
        A::DeleteAction => Msg::ActDeleteAction,
        A::CycleActionOrder => Msg::ActCycleOrder,
        A::SelectActionRow(_) | A::SelectOverviewRow(_) => Msg::ActSelect,
        A::ToggleOverdueOnly => Msg::ActOverdueOnly,
        A::FilterByOwner => Msg::ActFilterOwner,
        A::NewCheckinRound => Msg::ActNewRound,
        A::AnswerCheckin => Msg::ActAnswerCheckin,
        A::EnterCheckinCounts => Msg::ActEnterCounts,
        A::ToggleCheckinReveal => Msg::ActRevealCheckin,
        A::DeleteCheckinRound => Msg::ActDeleteRound,
        A::NextCheckinRound => Msg::ActNextRound,
        A::PreviousCheckinRound => Msg::ActPreviousRound,
        A::StartAnswering => Msg::ActStartAnswering,
        A::AddGuest => Msg::ActAddGuest,
        A::PickAnswer(n) => return fill(lang, Msg::ActPickAnswer, &[("n", n)]),
        // Cluster mode (issue 4).
        A::EnterClusterMode => Msg::ActEnterCluster,
        A::ShowSpotlight => Msg::ActShowSpotlight,
        A::LeaveClusterMode => Msg::ActLeaveCluster,
        A::FocusNextCluster if mode == Mode::Suggest => Msg::ActNextSuggestion,
        A::FocusPreviousCluster if mode == Mode::Suggest => Msg::ActPreviousSuggestion,
        A::FocusNextCluster => Msg::ActNextCluster,
        A::FocusPreviousCluster => Msg::ActPreviousCluster,
        A::ToggleMark => Msg::ActToggleMark,
        A::MoveToCluster => Msg::ActMoveToCluster,
        A::NewCluster if mode == Mode::ClusterPick => Msg::ActNewClusterHere,
        A::NewCluster => Msg::ActNewCluster,
        A::RenameCluster => Msg::ActRenameCluster,
        A::MergeCluster => Msg::ActMergeCluster,
        A::DissolveCluster => Msg::ActDissolveCluster,
        A::MergeIdeas => Msg::ActMergeIdeas,
        A::MoveIdeaUp => Msg::ActIdeaUp,
        A::MoveIdeaDown => Msg::ActIdeaDown,
        A::MoveClusterEarlier => Msg::ActClusterEarlier,
        A::MoveClusterLater => Msg::ActClusterLater,
        A::SuggestClusters => Msg::ActSuggest,
        A::AcceptSuggestion => Msg::ActAcceptSuggestion,
        A::RejectSuggestion => Msg::ActRejectSuggestion,
        A::ToggleSuggestedIdea => Msg::ActToggleSuggested,
        A::RenameSuggestion => Msg::ActRenameSuggestion,
        A::FinishSuggestions => Msg::ActFinishSuggestions,
        A::SelectCluster(_) | A::SelectClusterIdea(..) | A::SelectSuggestedIdea(_) => Msg::ActSelect,
        // Voting (issue 5).
        A::OpenVoting => Msg::ActOpenVoting,
        A::NewRound => Msg::ActNewVoteRound,
        A::SelectRow(_) => Msg::ActSelect,
        A::MarkOption => Msg::ActMarkOption,
        A::TakeKeyboard => Msg::ActTakeKeyboard,
        A::AddVoter => Msg::ActAddVoter,
        A::RecordProxyBallot => Msg::ActProxy,
        A::ToggleRevotes => Msg::ActToggleRevotes,
        A::RevealResults => Msg::ActRevealResults,
        A::PlaceDot | A::PlaceDotOn(_) => Msg::ActPlaceDot,
        A::RemoveDot | A::RemoveDotFrom(_) => Msg::ActRemoveDot,
        A::ToggleDot => Msg::ActToggleDot,
        A::CastBallot => Msg::ActCastBallot,
        A::StartRunoff => Msg::ActStartRunoff,
        A::NextRound => Msg::ActNextResults,
        A::PreviousRound => Msg::ActPreviousResults,
        A::InsertChar(_) | A::Paste(_) | A::Tick(_) => Msg::ActType,
    };
    tr(lang, msg).to_string()
}

/// A one- or two-word form for the footer.
pub fn describe_short(lang: Language, mode: Mode, action: &Action) -> String {
    use Action as A;
    let msg = match action {
        // Voting (issue 5).
        A::OpenVoting | A::TakeKeyboard => Msg::ShortVote,
        A::NewRound => Msg::ShortNewVoteRound,
        A::SubmitInput if mode == Mode::VoteForm => Msg::ShortOpenRound,
        A::SubmitInput if mode == Mode::VoteName => Msg::ShortToBallot,
        A::SubmitInput if mode == Mode::VotePick => Msg::ShortDone,
        A::CancelInput if mode.is_voting() => Msg::ShortVoteBack,
        A::SelectNext if mode == Mode::VoteHandOver => Msg::ShortPick,
        A::MarkOption => Msg::ShortPick,
        A::AddVoter => Msg::ShortAddVoter,
        A::RecordProxyBallot => Msg::ShortProxy,
        A::ToggleRevotes => Msg::ShortRevotes,
        A::RevealResults => Msg::ShortReveal,
        A::PlaceDot => Msg::ShortPlaceDot,
        A::RemoveDot => Msg::ShortRemoveDot,
        A::CastBallot => Msg::ShortCast,
        A::StartRunoff => Msg::ShortRunoff,
        A::NextRound => Msg::ShortNextRound,
        A::StartCapture => Msg::ShortAdd,
        A::EditIdea | A::EditPhase => Msg::ShortEdit,
        A::DeleteIdea => Msg::ShortDelete,
        A::ToggleTimer => Msg::ShortTimer,
        A::NextPhase => Msg::ShortNextPhase,
        A::Undo => Msg::ShortUndo,
        A::ToggleHelp if mode == Mode::Help => Msg::ShortClose,
        A::ToggleHelp => Msg::ShortHelp,
        A::Quit => Msg::ShortQuit,
        A::OpenSelected => Msg::ShortOpen,
        A::OpenNewSessionForm => Msg::ShortNew,
        A::OpenDemo => Msg::ShortDemo,
        A::SubmitInput if mode == Mode::Input => Msg::ShortSaveIdea,
        A::SubmitInput => Msg::ShortConfirm,
        A::CancelInput if mode == Mode::Input => Msg::ShortDone,
        A::CancelInput => Msg::ShortCancel,
        A::NextField => Msg::ShortNextField,
        A::InsertNewline => Msg::ShortNewline,
        A::CycleAuthor => Msg::ShortAuthor,
        A::RevealIdeas => Msg::ShortReveal,
        A::SelectNext | A::SelectPrevious if mode == Mode::Answer => Msg::ShortChoose,
        A::SelectNext | A::SelectPrevious => Msg::ShortScroll,
        A::ShowActions => Msg::ShortActions,
        A::NewActionFromSelection | A::NewAction => Msg::ShortNewAction,
        A::OpenCheckin => Msg::ShortCheckin,
        A::EditAction => Msg::ShortEdit,
        A::DeleteAction | A::DeleteCheckinRound => Msg::ShortDelete,
        A::CycleActionStatus => Msg::ShortStatus,
        A::CycleActionOrder => Msg::ShortSort,
        A::GoBack => Msg::ShortBack,
        A::ToggleOverdueOnly => Msg::ShortOverdue,
        A::FilterByOwner => Msg::ShortOwner,
        A::ContinueSession => Msg::ShortContinue,
        A::ShowActionOverview => Msg::ShortAllActions,
        A::AnswerCheckin | A::StartAnswering => Msg::ShortAnswer,
        A::EnterCheckinCounts => Msg::ShortCounts,
        A::ToggleCheckinReveal => Msg::ShortReveal2,
        A::NewCheckinRound => Msg::ShortNewRound,
        A::AddGuest => Msg::ShortGuest,
        // Cluster mode (issue 4).
        A::EnterClusterMode => Msg::ShortCluster,
        A::ShowSpotlight => Msg::ShortSpotlight,
        A::LeaveClusterMode | A::FinishSuggestions => Msg::ShortDone,
        A::ToggleMark => Msg::ShortMark,
        A::MoveToCluster => Msg::ShortMove,
        A::NewCluster => Msg::ShortNewCluster,
        A::RenameCluster | A::RenameSuggestion => Msg::ShortRename,
        A::MergeIdeas => Msg::ShortMergeIdeas,
        A::SuggestClusters => Msg::ShortSuggest,
        A::FocusNextCluster if mode == Mode::ClusterPick => Msg::ShortChoose,
        A::FocusNextCluster if mode == Mode::Suggest => Msg::ShortNextSuggestion,
        A::AcceptSuggestion => Msg::ShortAccept,
        A::RejectSuggestion => Msg::ShortReject,
        A::ToggleSuggestedIdea => Msg::ShortRemoveIdea,
        other => return describe(lang, mode, other),
    };
    tr(lang, msg).to_string()
}
/// The words for what a step did, and how many things it did it to.
pub fn step_words(command: &Command) -> (Msg, usize) {
    use Command as C;
    let msg = match command {
        C::Batch(steps) => {
            let Some(first) = steps.first() else {
                return (Msg::StepIdeaChanged, 1);
            };
            let (msg, _) = step_words(first);
            let alike = steps
                .iter()
                .all(|step| std::mem::discriminant(step) == std::mem::discriminant(first));
            return match msg {
                Msg::StepIdeaAdded if alike && steps.len() > 1 => (Msg::StepIdeasAdded, steps.len()),
                Msg::StepIdeaChanged if alike && steps.len() > 1 => (Msg::StepIdeasChanged, steps.len()),
                other => (other, 1),
            };
        }
        C::SetTitle(_) => Msg::StepTitle,
        C::SetFacilitator(_) | C::SetAnonymous(_) | C::SetLanguage(_) => Msg::StepSettings,
        C::AddParticipant { .. } => Msg::StepParticipantAdded,
        C::RemoveParticipant(_) => Msg::StepParticipantRemoved,
        C::ReplaceParticipant(_) => Msg::StepParticipantChanged,
        C::AddPhase { .. } => Msg::StepPhaseAdded,
        C::RemovePhase(_) => Msg::StepPhaseRemoved,
        C::ReplacePhase(_) | C::GoToPhase(_) => Msg::StepPhaseChanged,
        C::MovePhase { .. } => Msg::StepPhaseMoved,
        C::AddIdea { .. } => Msg::StepIdeaAdded,
        C::RemoveIdea(_) => Msg::StepIdeaRemoved,
        C::ReplaceIdea(_) => Msg::StepIdeaChanged,
        C::MoveIdea { .. } => Msg::StepIdeaMoved,
        C::AddCluster { .. } => Msg::StepClusterAdded,
        C::RemoveCluster(_) => Msg::StepClusterRemoved,
        C::ReplaceCluster(_) => Msg::StepClusterChanged,
        C::MoveCluster { .. } => Msg::StepClusterMoved,
        C::AddRound { .. } => Msg::StepRoundAdded,
        C::RemoveRound(_) => Msg::StepRoundRemoved,
        C::ReplaceRound(_) => Msg::StepRoundChanged,
        C::AddAction { .. } => Msg::StepActionAdded,
        C::RemoveAction(_) => Msg::StepActionRemoved,
        C::ReplaceAction(_) => Msg::StepActionChanged,
        C::AddCheckin { .. } => Msg::StepCheckinAdded,
        C::RemoveCheckin(_) => Msg::StepCheckinRemoved,
        C::ReplaceCheckin(_) => Msg::StepCheckinChanged,
    };
    (msg, 1)
}
