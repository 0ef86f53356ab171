//! Key bindings: mode -> key -> action. The defaults are data, the embedded
//! `tui/keymap.ron` (read once at start); a user's `keymap.ron` in the
//! config folder overrides single keys of single modes, keyed by mode name:
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

    /// The key as `keymap.ron` writes it (what [`Key::parse`] reads).
    pub fn spec(&self) -> String {
        let mut out = String::new();
        for (modifier, name) in [
            (KeyModifiers::CONTROL, "ctrl-"),
            (KeyModifiers::ALT, "alt-"),
            (KeyModifiers::SHIFT, "shift-"),
        ] {
            if self.modifiers.contains(modifier) {
                out.push_str(name);
            }
        }
        let name = match self.code {
            KeyCode::Char(' ') => "space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::F(n) => format!("f{n}"),
            KeyCode::Enter => "enter".into(),
            KeyCode::Esc => "esc".into(),
            KeyCode::Tab => "tab".into(),
            KeyCode::BackTab => "backtab".into(),
            KeyCode::Backspace => "backspace".into(),
            KeyCode::Delete => "delete".into(),
            KeyCode::Insert => "insert".into(),
            KeyCode::Home => "home".into(),
            KeyCode::End => "end".into(),
            KeyCode::PageUp => "pageup".into(),
            KeyCode::PageDown => "pagedown".into(),
            KeyCode::Up => "up".into(),
            KeyCode::Down => "down".into(),
            KeyCode::Left => "left".into(),
            KeyCode::Right => "right".into(),
            other => format!("{other:?}").to_lowercase(),
        };
        out.push_str(&name);
        out
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

/// The built-in bindings (embedded, so the binary needs no file).
const DEFAULTS: &str = include_str!("keymap.ron");

/// The bindings of every mode, in the order the help shows them.
#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    modes: HashMap<Mode, Vec<(Key, Action)>>,
}

/// The overrides a `keymap.ron` holds: any subset of modes, each with any
/// subset of keys. Keyed by mode, so every mode (a new one too) can be
/// overridden without a field to remember; an unknown mode name is an error
/// with its place in the file.
#[derive(Debug, Default)]
pub struct Overrides(pub HashMap<Mode, HashMap<Key, Action>>);

impl<'de> Deserialize<'de> for Overrides {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Overrides, D::Error> {
        struct ModesVisitor;
        impl<'de> serde::de::Visitor<'de> for ModesVisitor {
            type Value = Overrides;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(
                    f,
                    "modes with their keys, like ( board: {{ \"x\": delete_idea }} )"
                )
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Overrides, A::Error> {
                let mut modes = HashMap::new();
                while let Some(name) = map.next_key::<String>()? {
                    let mode = mode_named(&name).ok_or_else(|| {
                        serde::de::Error::custom(format!(
                            "unknown mode {name:?}: use one of {}",
                            mode_names()
                        ))
                    })?;
                    let keys: HashMap<Key, Action> = map.next_value()?;
                    modes.insert(mode, keys);
                }
                Ok(Overrides(modes))
            }
        }
        deserializer.deserialize_struct("Overrides", &[], ModesVisitor)
    }
}

/// A mode by its name in `keymap.ron` (`board`, `vote_results`, ...).
fn mode_named(name: &str) -> Option<Mode> {
    Mode::ALL
        .into_iter()
        .find(|mode| ron::to_string(mode).is_ok_and(|n| n == name))
}

fn mode_names() -> String {
    Mode::ALL
        .iter()
        .filter_map(|mode| ron::to_string(mode).ok())
        .collect::<Vec<_>>()
        .join(", ")
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
    /// The built-in bindings, from the embedded `keymap.ron`.
    pub fn defaults() -> Keymap {
        let modes: HashMap<Mode, Vec<(Key, Action)>> =
            ron::from_str(DEFAULTS).expect("the embedded keymap.ron is valid (a test reads it)");
        Keymap { modes }
    }

    /// The defaults with a user's overrides laid over them.
    pub fn with_overrides(overrides: Overrides) -> Keymap {
        let mut keymap = Keymap::defaults();
        for (mode, section) in overrides.0 {
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
        // Regular files only: a FIFO here would hang the start.
        let text = match crate::store::read_config_file(&path) {
            Ok(text) => text,
            Err(crate::store::StoreError::Io { source, .. })
                if source.kind() == std::io::ErrorKind::NotFound =>
            {
                return (Keymap::defaults(), None);
            }
            Err(error) => return (Keymap::defaults(), Some(error.to_string())),
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

#[cfg(test)]
mod tests {
    #[test]
    fn every_mode_can_be_overridden_by_its_name_and_unknown_names_are_refused() {
        for mode in Mode::ALL {
            let name = ron::to_string(&mode).expect("a name");
            let overrides = parse_overrides(&format!("({name}: {{ \"f12\": quit }})")).expect("valid");
            let keymap = Keymap::with_overrides(overrides);
            assert_eq!(
                keymap.action(mode, Key::plain(KeyCode::F(12))),
                Some(&Action::Quit),
                "{name}"
            );
        }
        let error =
            parse_overrides("(\n  board: {},\n  bord: { \"x\": quit },\n)").expect_err("unknown mode");
        assert_eq!(error.line, 3, "{error}");
        assert!(
            error.message.contains("bord") && error.message.contains("spotlight"),
            "{error}"
        );
    }

    #[test]
    fn the_embedded_defaults_read_and_give_every_mode_keys() {
        let keymap = Keymap::defaults();
        for mode in Mode::ALL {
            let bindings = keymap.modes.get(&mode).map_or(0, Vec::len);
            assert!(bindings > 0, "{mode:?} has no keys");
            assert_eq!(
                keymap.action(mode, Key::ctrl('c')),
                Some(&Action::Quit),
                "{mode:?}"
            );
        }
    }

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
