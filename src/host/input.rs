//! Keys from a participant's terminal. SSH hands over the raw bytes their
//! terminal sends; `vte` (the parser of the Alacritty terminal) splits them
//! into text, control characters and escape sequences in linear time, and
//! this module names the keys the participant screen uses.
//!
//! Escape sequences are never passed on as text: a sequence typed or pasted
//! by a participant ends up as a key or nothing, so it cannot reach another
//! terminal.

use crate::core::text::MAX_TEXT_CHARS;

/// A key (or a paste) from a participant's terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Enter,
    Backspace,
    Delete,
    Esc,
    Tab,
    BackTab,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    /// Ctrl-C or Ctrl-D: leave.
    Quit,
    /// A bracketed paste, without control characters other than line
    /// breaks, and `cut` when it was longer than an idea may be.
    Paste {
        text: String,
        cut: bool,
    },
}

/// Bytes buffered inside one unfinished escape sequence before the parser
/// starts over: nothing a real key sends comes close.
const MAX_SEQUENCE_BYTES: usize = 4096;

/// Turns the byte stream of one connection into keys.
pub struct Decoder {
    parser: vte::Parser,
    keys: Collector,
}

impl Default for Decoder {
    fn default() -> Decoder {
        Decoder {
            parser: vte::Parser::new(),
            keys: Collector::default(),
        }
    }
}

impl Decoder {
    /// The keys in `bytes`. A sequence cut at the end of `bytes` is
    /// completed by the next call; a lone escape at the end is the Esc key
    /// (terminals send a key's bytes in one write).
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Key> {
        for chunk in bytes.chunks(MAX_SEQUENCE_BYTES) {
            self.parser.advance(&mut self.keys, chunk);
            self.keys.pending_bytes += chunk.len();
            if self.keys.pending_bytes > MAX_SEQUENCE_BYTES && self.keys.paste.is_none() {
                // Inside an endless string sequence: drop it.
                self.parser = vte::Parser::new();
                self.keys.pending_bytes = 0;
            }
        }
        if bytes.last() == Some(&0x1b) && bytes.len() == 1 && self.keys.paste.is_none() {
            self.parser = vte::Parser::new();
            self.keys.out.push(Key::Esc);
        }
        std::mem::take(&mut self.keys.out)
    }
}

#[derive(Default)]
struct Paste {
    text: String,
    chars: usize,
    cut: bool,
}

#[derive(Default)]
struct Collector {
    out: Vec<Key>,
    paste: Option<Paste>,
    /// The last sequence was SS3 (`ESC O`): the next letter names a key.
    ss3: bool,
    /// Bytes since the last complete key, to bound unfinished sequences.
    pending_bytes: usize,
}

impl Collector {
    fn emit(&mut self, key: Key) {
        self.pending_bytes = 0;
        self.out.push(key);
    }

    fn paste_char(&mut self, c: char) {
        self.pending_bytes = 0;
        if let Some(paste) = &mut self.paste {
            if paste.chars < MAX_TEXT_CHARS {
                paste.text.push(c);
                paste.chars += 1;
            } else {
                paste.cut = true;
            }
        }
    }
}

impl vte::Perform for Collector {
    fn print(&mut self, c: char) {
        if self.paste.is_some() {
            if !c.is_control() {
                self.paste_char(c);
            }
            return;
        }
        if std::mem::take(&mut self.ss3) {
            if let Some(key) = ss3_key(c) {
                self.emit(key);
            }
            return;
        }
        match c {
            '\u{7f}' => self.emit(Key::Backspace),
            c if c.is_control() => {}
            c => self.emit(Key::Char(c)),
        }
    }

    fn execute(&mut self, byte: u8) {
        self.ss3 = false;
        if self.paste.is_some() {
            match byte {
                b'\r' | b'\n' => self.paste_char('\n'),
                b'\t' => self.paste_char(' '),
                _ => {}
            }
            return;
        }
        match byte {
            b'\r' | b'\n' => self.emit(Key::Enter),
            0x08 => self.emit(Key::Backspace),
            b'\t' => self.emit(Key::Tab),
            0x03 | 0x04 => self.emit(Key::Quit),
            _ => {}
        }
    }

    fn csi_dispatch(&mut self, params: &vte::Params, intermediates: &[u8], ignore: bool, action: char) {
        self.ss3 = false;
        if ignore || !intermediates.is_empty() {
            return;
        }
        let first = params.iter().next().and_then(|p| p.first().copied()).unwrap_or(0);
        if action == '~' && first == 200 {
            self.pending_bytes = 0;
            self.paste.get_or_insert_with(Paste::default);
            return;
        }
        if action == '~' && first == 201 {
            if let Some(paste) = self.paste.take() {
                self.emit(Key::Paste {
                    text: paste.text,
                    cut: paste.cut,
                });
            }
            return;
        }
        if self.paste.is_some() {
            // A sequence inside pasted text is not text: it goes.
            return;
        }
        let key = match (action, first) {
            ('A', _) => Key::Up,
            ('B', _) => Key::Down,
            ('C', _) => Key::Right,
            ('D', _) => Key::Left,
            ('H', _) | ('~', 1 | 7) => Key::Home,
            ('F', _) | ('~', 4 | 8) => Key::End,
            ('Z', _) => Key::BackTab,
            ('~', 3) => Key::Delete,
            ('~', 5) => Key::PageUp,
            ('~', 6) => Key::PageDown,
            _ => return,
        };
        self.emit(key);
    }

    fn esc_dispatch(&mut self, intermediates: &[u8], _ignore: bool, byte: u8) {
        self.ss3 = byte == b'O' && intermediates.is_empty() && self.paste.is_none();
    }
}

fn ss3_key(c: char) -> Option<Key> {
    Some(match c {
        'A' => Key::Up,
        'B' => Key::Down,
        'C' => Key::Right,
        'D' => Key::Left,
        'H' => Key::Home,
        'F' => Key::End,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(bytes: &[u8]) -> Vec<Key> {
        Decoder::default().feed(bytes)
    }

    #[test]
    fn text_and_control_keys() {
        assert_eq!(
            keys("aß\r\x7f\x03".as_bytes()),
            vec![
                Key::Char('a'),
                Key::Char('ß'),
                Key::Enter,
                Key::Backspace,
                Key::Quit
            ]
        );
    }

    #[test]
    fn cursor_keys_in_both_encodings() {
        assert_eq!(
            keys(b"\x1b[A\x1bOB\x1b[3~\x1b[5~"),
            vec![Key::Up, Key::Down, Key::Delete, Key::PageUp]
        );
    }

    #[test]
    fn a_lone_escape_is_the_esc_key() {
        assert_eq!(keys(b"\x1b"), vec![Key::Esc]);
    }

    #[test]
    fn sequences_split_across_reads_are_joined() {
        let mut decoder = Decoder::default();
        assert_eq!(decoder.feed(b"\x1b["), vec![]);
        assert_eq!(decoder.feed(b"B"), vec![Key::Down]);
        assert_eq!(decoder.feed(&"ü".as_bytes()[..1]), vec![]);
        assert_eq!(decoder.feed(&"ü".as_bytes()[1..]), vec![Key::Char('ü')]);
    }

    #[test]
    fn typed_escape_sequences_never_become_text() {
        let got = keys(b"a\x1b[2J\x1b]0;title\x07\x1b[31mb");
        assert_eq!(got, vec![Key::Char('a'), Key::Char('b')]);
    }

    #[test]
    fn pastes_arrive_whole_without_sequences() {
        let got = keys(b"\x1b[200~one\r\ntwo\x1b[31m\ttab\x1b[201~x");
        assert_eq!(
            got,
            vec![
                Key::Paste {
                    text: "one\n\ntwo tab".into(),
                    cut: false
                },
                Key::Char('x')
            ]
        );
    }

    #[test]
    fn an_oversized_paste_is_cut_to_the_longest_idea() {
        let mut decoder = Decoder::default();
        let mut got = decoder.feed(b"\x1b[200~");
        for _ in 0..10 {
            got.extend(decoder.feed(&[b'x'; 10_000]));
        }
        got.extend(decoder.feed(b"\x1b[201~"));
        match got.as_slice() {
            [Key::Paste { text, cut: true }] => assert_eq!(text.chars().count(), MAX_TEXT_CHARS),
            other => panic!("{} keys", other.len()),
        }
    }

    #[test]
    fn an_endless_sequence_is_dropped() {
        let mut decoder = Decoder::default();
        decoder.feed(b"\x1b]0;");
        for _ in 0..100 {
            decoder.feed(&[b'y'; 1000]);
        }
        assert_eq!(decoder.feed(b"\x07z"), vec![Key::Char('z')]);
    }
}
