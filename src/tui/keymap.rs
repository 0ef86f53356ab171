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
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt;
use std::path::Path;

pub use super::mode::Mode;
pub use key::Key;

mod key;

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
    use crossterm::event::KeyCode;

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
}
