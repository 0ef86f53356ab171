//! Key bindings: mode -> key -> action. The defaults live in code; a user's
//! `keymap.ron` in the config folder overrides single keys of single modes:
//!
//! ```ron
//! (
//!     board: { "x": delete_idea, "d": ignore_key },
//!     input: { "ctrl-s": submit_input },
//! )
//! ```
//!
//! A bad file never stops the app: the defaults are used and the problem is
//! reported with its line and column. The file is only ever read.

use super::action::Action;
use crate::core::Language;
use crate::i18n::{Msg, tr};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt;
use std::path::Path;

pub use super::mode::Mode;

/// A key with its modifiers, normalised so that `A` and `shift-a` are one key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

impl Key {
    pub fn new(code: KeyCode, modifiers: KeyModifiers) -> Key {
        let mut modifiers = modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let mut code = code;
        match code {
            // The character already says whether shift was held.
            KeyCode::Char(_) => modifiers.remove(KeyModifiers::SHIFT),
            KeyCode::BackTab => modifiers.remove(KeyModifiers::SHIFT),
            KeyCode::Tab if modifiers.contains(KeyModifiers::SHIFT) => {
                code = KeyCode::BackTab;
                modifiers.remove(KeyModifiers::SHIFT);
            }
            _ => {}
        }
        // Ctrl+letter arrives lower-case from most terminals; store it so.
        if modifiers.contains(KeyModifiers::CONTROL)
            && let KeyCode::Char(c) = code
        {
            code = KeyCode::Char(c.to_ascii_lowercase());
        }
        Key { code, modifiers }
    }

    pub fn plain(code: KeyCode) -> Key {
        Key::new(code, KeyModifiers::NONE)
    }

    pub fn char(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    pub fn ctrl(c: char) -> Key {
        Key::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    pub fn alt(code: KeyCode) -> Key {
        Key::new(code, KeyModifiers::ALT)
    }

    /// The key of a key press; releases and repeats of other kinds are `None`.
    pub fn from_event(event: &KeyEvent) -> Option<Key> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        Some(Key::new(event.code, event.modifiers))
    }

    /// A character this key types into a text field, if it is one.
    pub fn typed_char(&self) -> Option<char> {
        let KeyCode::Char(c) = self.code else {
            return None;
        };
        let ctrl = self.modifiers.contains(KeyModifiers::CONTROL);
        let alt = self.modifiers.contains(KeyModifiers::ALT);
        // Ctrl+Alt is AltGr on Windows keyboards: `@`, `€`, `{` are text.
        if ctrl != alt || c.is_control() {
            return None;
        }
        Some(c)
    }

    /// Parses `a`, `A`, `ctrl-z`, `alt-enter`, `shift-tab`, `f1`, `space`, `+`.
    pub fn parse(text: &str) -> Result<Key, String> {
        let mut rest = text;
        let mut modifiers = KeyModifiers::NONE;
        loop {
            let lower = rest.to_ascii_lowercase();
            let prefix = [
                ("ctrl", KeyModifiers::CONTROL),
                ("alt", KeyModifiers::ALT),
                ("shift", KeyModifiers::SHIFT),
            ]
            .into_iter()
            .find(|(name, _)| {
                lower.len() > name.len() + 1
                    && lower.starts_with(name)
                    && matches!(lower.as_bytes()[name.len()], b'-' | b'+')
            });
            match prefix {
                Some((name, modifier)) => {
                    modifiers |= modifier;
                    rest = &rest[name.len() + 1..];
                }
                None => break,
            }
        }
        let code = parse_key_code(rest).ok_or_else(|| {
            format!(
                "unknown key {text:?}: use a character or one of enter, esc, tab, backtab, backspace, \
                 delete, insert, home, end, pageup, pagedown, up, down, left, right, space, f1..f12, \
                 with ctrl-, alt-, shift- in front"
            )
        })?;
        let code = match code {
            KeyCode::Char(c) if modifiers.contains(KeyModifiers::SHIFT) && c.is_alphabetic() => {
                KeyCode::Char(c.to_uppercase().next().unwrap_or(c))
            }
            other => other,
        };
        Ok(Key::new(code, modifiers))
    }

    /// The key as shown in the footer and the help, in the interface language.
    pub fn label(&self, lang: Language) -> String {
        let mut out = String::new();
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            out.push_str(tr(lang, Msg::KeyCtrl));
            out.push('+');
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            out.push_str("Alt+");
        }
        if self.modifiers.contains(KeyModifiers::SHIFT) {
            out.push_str(tr(lang, Msg::KeyShift));
            out.push('+');
        }
        let name = match self.code {
            KeyCode::Char(' ') => tr(lang, Msg::KeySpace).to_string(),
            KeyCode::Char(c) if self.modifiers.contains(KeyModifiers::CONTROL) => c.to_uppercase().collect(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => tr(lang, Msg::KeyEnter).to_string(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => format!("{}+Tab", tr(lang, Msg::KeyShift)),
            KeyCode::Backspace => tr(lang, Msg::KeyBackspace).to_string(),
            KeyCode::Delete => tr(lang, Msg::KeyDelete).to_string(),
            KeyCode::Insert => tr(lang, Msg::KeyInsert).to_string(),
            KeyCode::Home => tr(lang, Msg::KeyHome).to_string(),
            KeyCode::End => tr(lang, Msg::KeyEnd).to_string(),
            KeyCode::PageUp => tr(lang, Msg::KeyPageUp).to_string(),
            KeyCode::PageDown => tr(lang, Msg::KeyPageDown).to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        out.push_str(&name);
        out
    }
}

fn parse_key_code(name: &str) -> Option<KeyCode> {
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return Some(KeyCode::Char(c));
    }
    let lower = name.to_ascii_lowercase();
    let code = match lower.as_str() {
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "backspace" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        "insert" | "ins" => KeyCode::Insert,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pageup" | "pgup" => KeyCode::PageUp,
        "pagedown" | "pgdown" | "pgdn" => KeyCode::PageDown,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "space" => KeyCode::Char(' '),
        "minus" => KeyCode::Char('-'),
        "plus" => KeyCode::Char('+'),
        f if f.starts_with('f') => {
            let n: u8 = f[1..].parse().ok()?;
            if !(1..=12).contains(&n) {
                return None;
            }
            KeyCode::F(n)
        }
        _ => return None,
    };
    Some(code)
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Key, D::Error> {
        struct KeyVisitor;
        impl serde::de::Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key such as \"a\", \"ctrl-z\" or \"alt-enter\"")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Key, E> {
                Key::parse(text).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// The bindings of every mode, in the order the help shows them.
#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    modes: HashMap<Mode, Vec<(Key, Action)>>,
}

/// The overrides a `keymap.ron` holds: any subset of modes and keys.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Overrides {
    pub start: HashMap<Key, Action>,
    pub form: HashMap<Key, Action>,
    pub board: HashMap<Key, Action>,
    pub input: HashMap<Key, Action>,
    pub help: HashMap<Key, Action>,
    pub actions: HashMap<Key, Action>,
    pub overview: HashMap<Key, Action>,
    pub checkin: HashMap<Key, Action>,
    pub hand_over: HashMap<Key, Action>,
    pub answer: HashMap<Key, Action>,
    pub cluster: HashMap<Key, Action>,
    pub cluster_pick: HashMap<Key, Action>,
    pub cluster_name: HashMap<Key, Action>,
    pub suggest: HashMap<Key, Action>,
    // Voting (issue 5).
    pub vote_rounds: HashMap<Key, Action>,
    pub vote_form: HashMap<Key, Action>,
    pub vote_pick: HashMap<Key, Action>,
    pub vote_hand_over: HashMap<Key, Action>,
    pub vote_name: HashMap<Key, Action>,
    pub ballot: HashMap<Key, Action>,
    pub vote_results: HashMap<Key, Action>,
}

/// Why a keymap file could not be used, with the place in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeymapError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for KeymapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

/// Reads the text of a `keymap.ron`.
pub fn parse_overrides(text: &str) -> Result<Overrides, KeymapError> {
    ron::from_str(text).map_err(|error| KeymapError {
        line: error.span.start.line.max(1),
        column: error.span.start.col.max(1),
        message: error.code.to_string(),
    })
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap::defaults()
    }
}

impl Keymap {
    /// The built-in bindings.
    pub fn defaults() -> Keymap {
        use Action as A;
        use KeyCode as K;
        let p = Key::plain;
        let c = Key::char;
        let ctrl = Key::ctrl;
        let anywhere = |mut list: Vec<(Key, Action)>| {
            list.push((ctrl('c'), A::Quit));
            list.push((p(K::F(7)), A::NextTheme));
            list.push((p(K::F(8)), A::ToggleRoomLayout));
            list
        };
        let list_moves = || {
            vec![
                (p(K::Down), A::SelectNext),
                (c('j'), A::SelectNext),
                (p(K::Up), A::SelectPrevious),
                (c('k'), A::SelectPrevious),
                (p(K::Home), A::SelectFirst),
                (c('g'), A::SelectFirst),
                (p(K::End), A::SelectLast),
                (c('G'), A::SelectLast),
                (p(K::PageUp), A::PageUp),
                (p(K::PageDown), A::PageDown),
            ]
        };
        let text_editing = || {
            vec![
                (p(K::Left), A::MoveCursorLeft),
                (p(K::Right), A::MoveCursorRight),
                (p(K::Home), A::MoveCursorHome),
                (ctrl('a'), A::MoveCursorHome),
                (p(K::End), A::MoveCursorEnd),
                (ctrl('e'), A::MoveCursorEnd),
                (p(K::Backspace), A::DeleteBackward),
                (p(K::Delete), A::DeleteForward),
                (ctrl('u'), A::ClearInput),
            ]
        };

        let mut start = vec![
            (p(K::Enter), A::OpenSelected),
            (c('n'), A::OpenNewSessionForm),
            (c('d'), A::OpenDemo),
            (c('r'), A::ReloadSessions),
            (p(K::F(5)), A::ReloadSessions),
        ];
        start.extend(list_moves());
        start.extend([
            (c('?'), A::ToggleHelp),
            (p(K::F(1)), A::ToggleHelp),
            (c('q'), A::Quit),
            (p(K::Esc), A::Quit),
        ]);

        let mut form = vec![
            (p(K::Enter), A::SubmitInput),
            (p(K::Esc), A::CancelInput),
            (p(K::Tab), A::NextField),
            (p(K::Down), A::NextField),
            (p(K::BackTab), A::PreviousField),
            (p(K::Up), A::PreviousField),
        ];
        form.extend(text_editing());
        form.extend([
            (Key::alt(K::Enter), A::InsertNewline),
            (ctrl('j'), A::InsertNewline),
            (p(K::F(1)), A::ToggleHelp),
        ]);

        let mut board = vec![
            (c('a'), A::StartCapture),
            (c('i'), A::StartCapture),
            (p(K::Enter), A::StartCapture),
            (c('e'), A::EditIdea),
            (c('d'), A::DeleteIdea),
            (p(K::Delete), A::DeleteIdea),
        ];
        board.extend(list_moves());
        board.extend([
            (c('t'), A::CycleAuthor),
            (c('T'), A::CycleAuthorBack),
            (c('b'), A::ToggleBrainwriting),
            (c('R'), A::RevealIdeas),
            (c('c'), A::EnterClusterMode),
            (c(' '), A::ToggleTimer),
            (c('+'), A::AddMinute),
            (c('='), A::AddMinute),
            (c('-'), A::RemoveMinute),
            (c('0'), A::ResetTimer),
            (c('n'), A::NextPhase),
            (p(K::Right), A::NextPhase),
            (c('p'), A::PreviousPhase),
            (p(K::Left), A::PreviousPhase),
        ]);
        board.extend((1..=9).map(|n| (c(char::from(b'0' + n as u8)), A::GoToPhase(n))));
        board.extend([
            (c('E'), A::EditPhase),
            (c('P'), A::AddPhase),
            (c('X'), A::RemovePhase),
            (c('<'), A::MovePhaseEarlier),
            (c('>'), A::MovePhaseLater),
            (c('u'), A::Undo),
            (ctrl('z'), A::Undo),
            (c('U'), A::Redo),
            (ctrl('r'), A::Redo),
            (ctrl('y'), A::Redo),
            (ctrl('s'), A::SaveSession),
            (c('o'), A::CloseSession),
            (c('v'), A::OpenVoting),
            (c('?'), A::ToggleHelp),
            (p(K::F(1)), A::ToggleHelp),
            (c('q'), A::Quit),
        ]);

        let mut input = vec![
            (p(K::Enter), A::SubmitInput),
            (Key::alt(K::Enter), A::InsertNewline),
            (ctrl('j'), A::InsertNewline),
            (p(K::Esc), A::CancelInput),
            (p(K::Tab), A::CycleAuthor),
            (p(K::BackTab), A::CycleAuthorBack),
        ];
        input.extend(text_editing());
        input.extend([
            (p(K::Up), A::MoveCursorUp),
            (p(K::Down), A::MoveCursorDown),
            (ctrl('z'), A::Undo),
            (ctrl('y'), A::Redo),
            (p(K::F(1)), A::ToggleHelp),
        ]);

        let mut help = vec![
            (p(K::Esc), A::ToggleHelp),
            (c('?'), A::ToggleHelp),
            (p(K::F(1)), A::ToggleHelp),
            (c('q'), A::ToggleHelp),
        ];
        help.extend(list_moves());

        let [cluster, cluster_pick, cluster_name, suggest] = cluster_bindings(text_editing());
        let modes = HashMap::from([
            (Mode::Start, anywhere(start)),
            (Mode::Form, anywhere(form)),
            (Mode::Board, anywhere(board)),
            (Mode::Input, anywhere(input)),
            (Mode::Help, anywhere(help)),
            (Mode::Cluster, anywhere(cluster)),
            (Mode::ClusterPick, anywhere(cluster_pick)),
            (Mode::ClusterName, anywhere(cluster_name)),
            (Mode::Suggest, anywhere(suggest)),
        ]);
        let mut keymap = Keymap { modes };
        keymap.add_follow_up_defaults();
        for (mode, bindings) in super::screens::vote::keys::defaults() {
            keymap.modes.insert(mode, anywhere(bindings));
        }
        keymap
    }

    /// The bindings of the follow-up screens (issue 6), and their keys on
    /// the start and session screens.
    fn add_follow_up_defaults(&mut self) {
        use Action as A;
        use KeyCode as K;
        let p = Key::plain;
        let c = Key::char;
        let ctrl = Key::ctrl;
        let list_moves = [
            (p(K::Down), A::SelectNext),
            (c('j'), A::SelectNext),
            (p(K::Up), A::SelectPrevious),
            (c('k'), A::SelectPrevious),
            (p(K::Home), A::SelectFirst),
            (c('g'), A::SelectFirst),
            (p(K::End), A::SelectLast),
            (c('G'), A::SelectLast),
            (p(K::PageUp), A::PageUp),
            (p(K::PageDown), A::PageDown),
        ];
        let undo_and_save = [
            (c('u'), A::Undo),
            (ctrl('z'), A::Undo),
            (c('U'), A::Redo),
            (ctrl('r'), A::Redo),
            (ctrl('y'), A::Redo),
            (ctrl('s'), A::SaveSession),
        ];
        let help_and_quit = [
            (c('?'), A::ToggleHelp),
            (p(K::F(1)), A::ToggleHelp),
            (c('q'), A::Quit),
            (ctrl('c'), A::Quit),
        ];

        let start = self.modes.entry(Mode::Start).or_default();
        start.extend([(c('a'), A::ShowActionOverview), (c('c'), A::ContinueSession)]);
        let board = self.modes.entry(Mode::Board).or_default();
        board.extend([
            (c('A'), A::ShowActions),
            (c('N'), A::NewActionFromSelection),
            (c('K'), A::OpenCheckin),
        ]);

        let mut actions = vec![
            (c('a'), A::NewAction),
            (c('n'), A::NewAction),
            (p(K::Enter), A::EditAction),
            (c('e'), A::EditAction),
            (c(' '), A::CycleActionStatus),
            (c('d'), A::DeleteAction),
            (p(K::Delete), A::DeleteAction),
            (c('s'), A::CycleActionOrder),
        ];
        actions.extend(list_moves.clone());
        actions.extend(undo_and_save.clone());
        actions.extend([
            (p(K::Esc), A::GoBack),
            (c('A'), A::GoBack),
            (c('o'), A::CloseSession),
        ]);
        actions.extend(help_and_quit.clone());

        let mut overview = vec![
            (p(K::Enter), A::OpenSelected),
            (c('o'), A::ToggleOverdueOnly),
            (c('w'), A::FilterByOwner),
            (c('r'), A::ReloadSessions),
            (p(K::F(5)), A::ReloadSessions),
        ];
        overview.extend(list_moves.clone());
        overview.extend([(p(K::Esc), A::GoBack), (c('a'), A::GoBack)]);
        overview.extend(help_and_quit.clone());

        let mut checkin = vec![
            (p(K::Enter), A::AnswerCheckin),
            (c('a'), A::AnswerCheckin),
            (c('h'), A::EnterCheckinCounts),
            (c('R'), A::ToggleCheckinReveal),
            (c('n'), A::NewCheckinRound),
            (c('d'), A::DeleteCheckinRound),
            (p(K::Delete), A::DeleteCheckinRound),
            (p(K::Right), A::NextCheckinRound),
            (p(K::Left), A::PreviousCheckinRound),
        ];
        checkin.extend(undo_and_save);
        checkin.extend([(p(K::Esc), A::GoBack), (c('K'), A::GoBack)]);
        checkin.extend(help_and_quit);

        // The next person takes the keyboard here: no key that quits or
        // undoes by accident, only Ctrl+C.
        let mut hand_over = vec![
            (p(K::Enter), A::StartAnswering),
            (c('n'), A::AddGuest),
            (c('+'), A::AddGuest),
        ];
        hand_over.extend(list_moves);
        hand_over.extend([
            (p(K::Esc), A::GoBack),
            (p(K::F(1)), A::ToggleHelp),
            (ctrl('c'), A::Quit),
        ]);

        let mut answer: Vec<(Key, Action)> = (0..=5u8)
            .map(|n| (c(char::from(b'0' + n)), A::PickAnswer(u32::from(n))))
            .collect();
        answer.extend([
            (p(K::Down), A::SelectNext),
            (p(K::Right), A::SelectNext),
            (c('j'), A::SelectNext),
            (p(K::Up), A::SelectPrevious),
            (p(K::Left), A::SelectPrevious),
            (c('k'), A::SelectPrevious),
            (p(K::Enter), A::SubmitInput),
            (p(K::Esc), A::CancelInput),
            (p(K::F(1)), A::ToggleHelp),
            (ctrl('c'), A::Quit),
        ]);

        self.modes.insert(Mode::Actions, actions);
        self.modes.insert(Mode::Overview, overview);
        self.modes.insert(Mode::Checkin, checkin);
        self.modes.insert(Mode::HandOver, hand_over);
        self.modes.insert(Mode::Answer, answer);
    }

    /// The defaults with a user's overrides laid over them.
    pub fn with_overrides(overrides: Overrides) -> Keymap {
        let mut keymap = Keymap::defaults();
        let sections = [
            (Mode::Start, overrides.start),
            (Mode::Form, overrides.form),
            (Mode::Board, overrides.board),
            (Mode::Input, overrides.input),
            (Mode::Help, overrides.help),
            (Mode::Actions, overrides.actions),
            (Mode::Overview, overrides.overview),
            (Mode::Checkin, overrides.checkin),
            (Mode::HandOver, overrides.hand_over),
            (Mode::Answer, overrides.answer),
            (Mode::Cluster, overrides.cluster),
            (Mode::ClusterPick, overrides.cluster_pick),
            (Mode::ClusterName, overrides.cluster_name),
            (Mode::Suggest, overrides.suggest),
            (Mode::VoteRounds, overrides.vote_rounds),
            (Mode::VoteForm, overrides.vote_form),
            (Mode::VotePick, overrides.vote_pick),
            (Mode::VoteHandOver, overrides.vote_hand_over),
            (Mode::VoteName, overrides.vote_name),
            (Mode::Ballot, overrides.ballot),
            (Mode::VoteResults, overrides.vote_results),
        ];
        for (mode, section) in sections {
            let bindings = keymap.modes.entry(mode).or_default();
            let mut added: Vec<(Key, Action)> = Vec::new();
            for (key, action) in section {
                match bindings.iter_mut().find(|(bound, _)| *bound == key) {
                    Some(binding) => binding.1 = action,
                    None => added.push((key, action)),
                }
            }
            // The file is a map without order; sort new keys for a stable help.
            added.sort_by_key(|(key, action)| (action.name(), key.label(Language::En)));
            bindings.extend(added);
        }
        keymap
    }

    /// Loads `keymap.ron` from the config folder. Returns the keymap to use
    /// and, for a broken file, the message for the status line.
    pub fn load(config_dir: Option<&Path>) -> (Keymap, Option<String>) {
        let Some(path) = config_dir.map(|dir| dir.join("keymap.ron")) else {
            return (Keymap::defaults(), None);
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return (Keymap::defaults(), None),
            Err(error) => return (Keymap::defaults(), Some(format!("{}: {error}", path.display()))),
        };
        match parse_overrides(&text) {
            Ok(overrides) => (Keymap::with_overrides(overrides), None),
            Err(error) => (Keymap::defaults(), Some(format!("{}:{error}", path.display()))),
        }
    }

    /// What `key` does in `mode`, if anything.
    pub fn action(&self, mode: Mode, key: Key) -> Option<&Action> {
        self.modes
            .get(&mode)?
            .iter()
            .find(|(bound, _)| *bound == key)
            .map(|(_, action)| action)
            .filter(|action| **action != Action::IgnoreKey)
    }

    /// Every binding of a mode in help order.
    pub fn bindings(&self, mode: Mode) -> &[(Key, Action)] {
        self.modes.get(&mode).map(Vec::as_slice).unwrap_or_default()
    }

    /// The keys of `action` in `mode`, first the preferred one.
    pub fn keys_for(&self, mode: Mode, action: &Action) -> Vec<Key> {
        self.bindings(mode)
            .iter()
            .filter(|(_, bound)| bound == action)
            .map(|(key, _)| *key)
            .collect()
    }

    /// The label of the first key of `action`, for hints in messages.
    pub fn hint(&self, mode: Mode, action: &Action, lang: Language) -> Option<String> {
        self.keys_for(mode, action).first().map(|key| key.label(lang))
    }

    /// The actions of a mode with all their keys, in help order.
    pub fn grouped(&self, mode: Mode) -> Vec<(Action, Vec<Key>)> {
        let mut groups: Vec<(Action, Vec<Key>)> = Vec::new();
        for (key, action) in self.bindings(mode) {
            if *action == Action::IgnoreKey {
                continue;
            }
            match groups.iter_mut().find(|(bound, _)| bound == action) {
                Some((_, keys)) => keys.push(*key),
                None => groups.push((action.clone(), vec![*key])),
            }
        }
        groups
    }
}

/// The default bindings of cluster mode (issue 4): the board of clusters,
/// choosing a target cluster, typing a name, reviewing suggestions.
fn cluster_bindings(text_editing: Vec<(Key, Action)>) -> [Vec<(Key, Action)>; 4] {
    use Action as A;
    use KeyCode as K;
    let p = Key::plain;
    let c = Key::char;
    let ctrl = Key::ctrl;
    let shift = |code| Key::new(code, KeyModifiers::SHIFT);
    let help = || [(c('?'), A::ToggleHelp), (p(K::F(1)), A::ToggleHelp)];

    let mut cluster = vec![
        (p(K::Down), A::SelectNext),
        (c('j'), A::SelectNext),
        (p(K::Up), A::SelectPrevious),
        (c('k'), A::SelectPrevious),
        (p(K::Right), A::FocusNextCluster),
        (c('l'), A::FocusNextCluster),
        (p(K::Tab), A::FocusNextCluster),
        (p(K::Left), A::FocusPreviousCluster),
        (c('h'), A::FocusPreviousCluster),
        (p(K::BackTab), A::FocusPreviousCluster),
        (p(K::Home), A::SelectFirst),
        (c('g'), A::SelectFirst),
        (p(K::End), A::SelectLast),
        (c('G'), A::SelectLast),
        (p(K::PageUp), A::PageUp),
        (p(K::PageDown), A::PageDown),
        (c(' '), A::ToggleMark),
        (c('x'), A::ToggleMark),
        (c('m'), A::MoveToCluster),
        (p(K::Enter), A::MoveToCluster),
        (c('n'), A::NewCluster),
        (c('r'), A::RenameCluster),
        (c('M'), A::MergeCluster),
        (c('D'), A::DissolveCluster),
        (c('='), A::MergeIdeas),
        (c('K'), A::MoveIdeaUp),
        (shift(K::Up), A::MoveIdeaUp),
        (Key::alt(K::Up), A::MoveIdeaUp),
        (c('J'), A::MoveIdeaDown),
        (shift(K::Down), A::MoveIdeaDown),
        (Key::alt(K::Down), A::MoveIdeaDown),
        (c('H'), A::MoveClusterEarlier),
        (shift(K::Left), A::MoveClusterEarlier),
        (Key::alt(K::Left), A::MoveClusterEarlier),
        (c('L'), A::MoveClusterLater),
        (shift(K::Right), A::MoveClusterLater),
        (Key::alt(K::Right), A::MoveClusterLater),
        (c('s'), A::SuggestClusters),
        (c('t'), A::ToggleTimer),
        (c('u'), A::Undo),
        (ctrl('z'), A::Undo),
        (c('U'), A::Redo),
        (ctrl('r'), A::Redo),
        (ctrl('y'), A::Redo),
        (ctrl('s'), A::SaveSession),
        (p(K::Esc), A::LeaveClusterMode),
        (c('c'), A::LeaveClusterMode),
    ];
    cluster.extend(help());
    cluster.push((c('q'), A::Quit));

    let mut pick = vec![
        (p(K::Enter), A::SubmitInput),
        (c('m'), A::SubmitInput),
        (p(K::Esc), A::CancelInput),
        (p(K::Right), A::FocusNextCluster),
        (p(K::Down), A::FocusNextCluster),
        (c('l'), A::FocusNextCluster),
        (c('j'), A::FocusNextCluster),
        (p(K::Tab), A::FocusNextCluster),
        (p(K::Left), A::FocusPreviousCluster),
        (p(K::Up), A::FocusPreviousCluster),
        (c('h'), A::FocusPreviousCluster),
        (c('k'), A::FocusPreviousCluster),
        (p(K::BackTab), A::FocusPreviousCluster),
        (p(K::Home), A::SelectFirst),
        (p(K::End), A::SelectLast),
        (c('n'), A::NewCluster),
    ];
    pick.extend(help());

    let mut name = vec![(p(K::Enter), A::SubmitInput), (p(K::Esc), A::CancelInput)];
    name.extend(text_editing);
    name.push((p(K::F(1)), A::ToggleHelp));

    let mut suggest = vec![
        (p(K::Enter), A::AcceptSuggestion),
        (c('y'), A::AcceptSuggestion),
        (c('x'), A::RejectSuggestion),
        (c('n'), A::RejectSuggestion),
        (p(K::Backspace), A::RejectSuggestion),
        (c(' '), A::ToggleSuggestedIdea),
        (c('d'), A::ToggleSuggestedIdea),
        (p(K::Delete), A::ToggleSuggestedIdea),
        (c('r'), A::RenameSuggestion),
        (c('e'), A::RenameSuggestion),
        (p(K::Down), A::SelectNext),
        (c('j'), A::SelectNext),
        (p(K::Up), A::SelectPrevious),
        (c('k'), A::SelectPrevious),
        (p(K::Right), A::FocusNextCluster),
        (c('l'), A::FocusNextCluster),
        (p(K::Tab), A::FocusNextCluster),
        (p(K::Left), A::FocusPreviousCluster),
        (c('h'), A::FocusPreviousCluster),
        (p(K::BackTab), A::FocusPreviousCluster),
        (p(K::Esc), A::FinishSuggestions),
    ];
    suggest.extend(help());
    suggest.push((c('q'), A::Quit));
    [cluster, pick, name, suggest]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_names_parse() {
        assert_eq!(Key::parse("a"), Ok(Key::char('a')));
        assert_eq!(Key::parse("A"), Ok(Key::char('A')));
        assert_eq!(Key::parse("shift-a"), Ok(Key::char('A')));
        assert_eq!(Key::parse("ctrl-z"), Ok(Key::ctrl('z')));
        assert_eq!(Key::parse("Ctrl+Z"), Ok(Key::ctrl('z')));
        assert_eq!(Key::parse("alt-enter"), Ok(Key::alt(KeyCode::Enter)));
        assert_eq!(Key::parse("shift-tab"), Ok(Key::plain(KeyCode::BackTab)));
        assert_eq!(Key::parse("-"), Ok(Key::char('-')));
        assert_eq!(Key::parse("ctrl--"), Ok(Key::ctrl('-')));
        assert_eq!(Key::parse("f12"), Ok(Key::plain(KeyCode::F(12))));
        assert_eq!(Key::parse("space"), Ok(Key::char(' ')));
        assert!(Key::parse("f13").is_err());
        assert!(Key::parse("ctrl-nothing").is_err());
    }

    #[test]
    fn events_normalise_like_parsed_keys() {
        let shifted = KeyEvent::new(KeyCode::Char('R'), KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(&shifted), Some(Key::char('R')));
        let back_tab = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(&back_tab), Some(Key::plain(KeyCode::BackTab)));
        let ctrl_upper = KeyEvent::new(KeyCode::Char('Z'), KeyModifiers::CONTROL | KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(&ctrl_upper), Some(Key::ctrl('z')));
    }

    #[test]
    fn typed_chars_exclude_shortcuts_but_keep_altgr() {
        assert_eq!(Key::char('ä').typed_char(), Some('ä'));
        assert_eq!(Key::ctrl('z').typed_char(), None);
        assert_eq!(Key::alt(KeyCode::Char('x')).typed_char(), None);
        let altgr = Key::new(KeyCode::Char('@'), KeyModifiers::CONTROL | KeyModifiers::ALT);
        assert_eq!(altgr.typed_char(), Some('@'));
        assert_eq!(Key::plain(KeyCode::Enter).typed_char(), None);
    }

    #[test]
    fn defaults_bind_the_essentials() {
        let keymap = Keymap::defaults();
        assert_eq!(keymap.action(Mode::Board, Key::char('u')), Some(&Action::Undo));
        assert_eq!(
            keymap.action(Mode::Board, Key::char('3')),
            Some(&Action::GoToPhase(3))
        );
        assert_eq!(
            keymap.action(Mode::Input, Key::alt(KeyCode::Enter)),
            Some(&Action::InsertNewline)
        );
        assert_eq!(
            keymap.action(Mode::Input, Key::ctrl('j')),
            Some(&Action::InsertNewline)
        );
        for mode in Mode::ALL {
            assert_eq!(
                keymap.action(mode, Key::ctrl('c')),
                Some(&Action::Quit),
                "{mode:?}"
            );
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_a_mode() {
        let keymap = Keymap::defaults();
        for mode in Mode::ALL {
            let bindings = keymap.bindings(mode);
            for (i, (key, _)) in bindings.iter().enumerate() {
                assert!(
                    !bindings[i + 1..].iter().any(|(other, _)| other == key),
                    "{mode:?}: {key:?} bound twice"
                );
            }
        }
    }

    #[test]
    fn a_valid_file_overrides_and_adds() {
        let text = r#"
            // my keys
            (
                board: { "x": delete_idea, "d": ignore_key, "F2": go_to_phase(2) },
                input: { "ctrl-s": submit_input },
            )
        "#;
        let keymap = Keymap::with_overrides(parse_overrides(text).expect("valid keymap"));
        assert_eq!(
            keymap.action(Mode::Board, Key::char('x')),
            Some(&Action::DeleteIdea)
        );
        assert_eq!(keymap.action(Mode::Board, Key::char('d')), None);
        assert_eq!(
            keymap.action(Mode::Board, Key::plain(KeyCode::F(2))),
            Some(&Action::GoToPhase(2))
        );
        assert_eq!(
            keymap.action(Mode::Input, Key::ctrl('s')),
            Some(&Action::SubmitInput)
        );
        // Untouched bindings keep their defaults.
        assert_eq!(
            keymap.action(Mode::Board, Key::char('e')),
            Some(&Action::EditIdea)
        );
        assert_eq!(
            keymap.action(Mode::Input, Key::plain(KeyCode::Enter)),
            Some(&Action::SubmitInput)
        );
        // The help lists the remapped key and no longer the switched-off one.
        let delete_keys = keymap.keys_for(Mode::Board, &Action::DeleteIdea);
        assert!(delete_keys.contains(&Key::char('x')));
        assert!(
            !keymap
                .grouped(Mode::Board)
                .iter()
                .any(|(action, _)| *action == Action::IgnoreKey)
        );
    }

    #[test]
    fn a_partial_file_changes_only_what_it_names() {
        let keymap = Keymap::with_overrides(parse_overrides("(help: {})").expect("valid"));
        assert_eq!(keymap, Keymap::defaults());
        let keymap = Keymap::with_overrides(parse_overrides("()").expect("valid"));
        assert_eq!(keymap, Keymap::defaults());
        let keymap = Keymap::with_overrides(parse_overrides(r#"(start: {"q": open_demo})"#).expect("valid"));
        assert_eq!(
            keymap.action(Mode::Start, Key::char('q')),
            Some(&Action::OpenDemo)
        );
        assert_eq!(keymap.action(Mode::Board, Key::char('q')), Some(&Action::Quit));
    }

    #[test]
    fn broken_files_report_their_position() {
        let unknown_action = "(\n    board: {\n        \"x\": delete_everything,\n    },\n)";
        let error = parse_overrides(unknown_action).expect_err("unknown action");
        assert_eq!((error.line, error.column), (3, 14), "{error}");
        assert!(error.message.contains("delete_everything"), "{error}");

        let unknown_key = "(board: {\"hyper-x\": undo})";
        let error = parse_overrides(unknown_key).expect_err("unknown key");
        assert_eq!(error.line, 1, "{error}");
        assert!(error.message.contains("hyper-x"), "{error}");

        let unknown_mode = "(\n  bord: {},\n)";
        let error = parse_overrides(unknown_mode).expect_err("unknown mode");
        assert_eq!((error.line, error.column), (2, 3), "{error}");

        let syntax = "(board: { \"x\" delete_idea })";
        let error = parse_overrides(syntax).expect_err("missing colon");
        assert_eq!(error.line, 1);
        assert!(error.column > 1, "{error}");
    }

    #[test]
    fn a_broken_file_on_disk_is_reported_and_left_alone() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("keymap.ron");
        let text = "(board: {\"x\": nonsense})";
        std::fs::write(&path, text).expect("write keymap");
        let (keymap, problem) = Keymap::load(Some(dir.path()));
        assert_eq!(keymap, Keymap::defaults());
        let problem = problem.expect("the problem is reported");
        assert!(problem.contains("keymap.ron:1:"), "{problem}");
        assert_eq!(std::fs::read_to_string(&path).expect("read back"), text);
    }

    #[test]
    fn labels_follow_the_language() {
        assert_eq!(Key::ctrl('z').label(Language::En), "Ctrl+Z");
        assert_eq!(Key::ctrl('z').label(Language::De), "Strg+Z");
        assert_eq!(Key::plain(KeyCode::Delete).label(Language::De), "Entf");
        assert_eq!(Key::alt(KeyCode::Enter).label(Language::En), "Alt+Enter");
    }
}
