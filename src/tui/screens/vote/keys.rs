//! The default keys of the voting screens. The hand-over and ballot screens
//! bind neither undo nor quit on a plain letter: whoever holds the keyboard
//! there is a voter, not the facilitator.

use crate::tui::action::Action;
use crate::tui::keymap::{Key, Mode};
use crossterm::event::KeyCode;

/// The bindings of each voting mode, in the order the help lists them
/// (`Ctrl+C` to quit is added to every mode by the keymap).
pub fn defaults() -> Vec<(Mode, Vec<(Key, Action)>)> {
    vec![
        (Mode::VoteRounds, rounds()),
        (Mode::VoteForm, round_form()),
        (Mode::VotePick, pick_options()),
        (Mode::VoteHandOver, hand_over()),
        (Mode::VoteName, voter_name()),
        (Mode::Ballot, ballot()),
        (Mode::VoteResults, results()),
    ]
}

fn list_moves() -> Vec<(Key, Action)> {
    use Action as A;
    let p = Key::plain;
    let c = Key::char;
    vec![
        (p(KeyCode::Down), A::SelectNext),
        (c('j'), A::SelectNext),
        (p(KeyCode::Up), A::SelectPrevious),
        (c('k'), A::SelectPrevious),
        (p(KeyCode::Home), A::SelectFirst),
        (c('g'), A::SelectFirst),
        (p(KeyCode::End), A::SelectLast),
        (c('G'), A::SelectLast),
        (p(KeyCode::PageUp), A::PageUp),
        (p(KeyCode::PageDown), A::PageDown),
    ]
}

fn help_keys() -> Vec<(Key, Action)> {
    vec![
        (Key::char('?'), Action::ToggleHelp),
        (Key::plain(KeyCode::F(1)), Action::ToggleHelp),
    ]
}

fn text_editing() -> Vec<(Key, Action)> {
    use Action as A;
    let p = Key::plain;
    vec![
        (p(KeyCode::Left), A::MoveCursorLeft),
        (p(KeyCode::Right), A::MoveCursorRight),
        (p(KeyCode::Home), A::MoveCursorHome),
        (Key::ctrl('a'), A::MoveCursorHome),
        (p(KeyCode::End), A::MoveCursorEnd),
        (Key::ctrl('e'), A::MoveCursorEnd),
        (p(KeyCode::Backspace), A::DeleteBackward),
        (p(KeyCode::Delete), A::DeleteForward),
        (Key::ctrl('u'), A::ClearInput),
    ]
}

fn rounds() -> Vec<(Key, Action)> {
    use Action as A;
    let mut keys = vec![
        (Key::plain(KeyCode::Enter), A::OpenSelected),
        (Key::char('n'), A::NewRound),
        (Key::char('R'), A::RevealResults),
    ];
    keys.extend(list_moves());
    keys.push((Key::plain(KeyCode::Esc), A::CancelInput));
    keys.extend(help_keys());
    keys.push((Key::char('q'), A::Quit));
    keys
}

fn round_form() -> Vec<(Key, Action)> {
    use Action as A;
    let p = Key::plain;
    let mut keys = vec![
        (p(KeyCode::Enter), A::SubmitInput),
        (p(KeyCode::Esc), A::CancelInput),
        (p(KeyCode::Tab), A::NextField),
        (p(KeyCode::Down), A::NextField),
        (p(KeyCode::BackTab), A::PreviousField),
        (p(KeyCode::Up), A::PreviousField),
    ];
    keys.extend(text_editing());
    keys.push((p(KeyCode::F(1)), A::ToggleHelp));
    keys
}

fn pick_options() -> Vec<(Key, Action)> {
    use Action as A;
    let mut keys = vec![
        (Key::char(' '), A::MarkOption),
        (Key::char('x'), A::MarkOption),
        (Key::plain(KeyCode::Enter), A::SubmitInput),
        (Key::plain(KeyCode::Esc), A::CancelInput),
    ];
    keys.extend(list_moves());
    keys.extend(help_keys());
    keys
}

fn hand_over() -> Vec<(Key, Action)> {
    use Action as A;
    let mut keys = vec![(Key::plain(KeyCode::Enter), A::TakeKeyboard)];
    keys.extend(list_moves());
    keys.extend([
        (Key::char('n'), A::AddVoter),
        (Key::char('+'), A::AddVoter),
        (Key::char('p'), A::RecordProxyBallot),
        (Key::char('A'), A::ToggleRevotes),
        (Key::char('R'), A::RevealResults),
        (Key::plain(KeyCode::Esc), A::CancelInput),
    ]);
    keys.extend(help_keys());
    keys
}

fn voter_name() -> Vec<(Key, Action)> {
    use Action as A;
    let mut keys = vec![
        (Key::plain(KeyCode::Enter), A::SubmitInput),
        (Key::plain(KeyCode::Esc), A::CancelInput),
    ];
    keys.extend(text_editing());
    keys.push((Key::plain(KeyCode::F(1)), A::ToggleHelp));
    keys
}

fn ballot() -> Vec<(Key, Action)> {
    use Action as A;
    let p = Key::plain;
    let c = Key::char;
    let mut keys = vec![
        (p(KeyCode::Right), A::PlaceDot),
        (c('+'), A::PlaceDot),
        (c('l'), A::PlaceDot),
        (p(KeyCode::Left), A::RemoveDot),
        (c('-'), A::RemoveDot),
        (c('h'), A::RemoveDot),
        (p(KeyCode::Backspace), A::RemoveDot),
        (c(' '), A::ToggleDot),
        (p(KeyCode::Enter), A::CastBallot),
    ];
    keys.extend(list_moves());
    keys.push((p(KeyCode::Esc), A::CancelInput));
    keys.extend(help_keys());
    keys
}

fn results() -> Vec<(Key, Action)> {
    use Action as A;
    let p = Key::plain;
    let mut keys = vec![
        (Key::char('r'), A::StartRunoff),
        (p(KeyCode::Right), A::NextRound),
        (Key::char('n'), A::NextRound),
        (p(KeyCode::Left), A::PreviousRound),
        (Key::char('p'), A::PreviousRound),
        (Key::char('N'), A::NewActionFromSelection),
        (Key::char('z'), A::ShowSpotlight),
    ];
    keys.extend(list_moves());
    keys.push((p(KeyCode::Esc), A::CancelInput));
    keys.extend(help_keys());
    keys.push((Key::char('q'), A::Quit));
    keys
}
