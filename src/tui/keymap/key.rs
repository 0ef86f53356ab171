//! A key with its modifiers, as the keymap and the event loop see it: parsed
//! from a name (`ctrl-z`, `shift-tab`), normalised from a terminal event,
//! and labelled for the footer and the help in the interface language.

use crate::core::Language;
use crate::i18n::{Msg, tr};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use serde::Deserialize;
use std::fmt;

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
    fn labels_follow_the_language() {
        assert_eq!(Key::ctrl('z').label(Language::En), "Ctrl+Z");
        assert_eq!(Key::ctrl('z').label(Language::De), "Strg+Z");
        assert_eq!(Key::plain(KeyCode::Delete).label(Language::De), "Entf");
        assert_eq!(Key::alt(KeyCode::Enter).label(Language::En), "Alt+Enter");
    }
}
