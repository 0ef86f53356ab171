//! What the command line prints of file names and file contents, made safe
//! for a terminal. A file name or a hand-edited file can hold escape
//! sequences (`\e]2;…\a` sets the window title, `\e[2J` clears the screen)
//! and bidi controls that reorder what the terminal shows; none of them
//! reaches the terminal raw.
//!
//! One routine, [`escape_char`], decides how a character is shown: `\e` for
//! escape, `\n`, `\r`, `\t`, `\u{..}` for every other control, bidi and
//! line-separator character, `?` for bytes of a file name that are not UTF-8.
//! Backslashes stay as they are, so escaping twice changes nothing.
//!
//! Where it applies: every path and every piece of file content in messages
//! and tables ([`escape`], [`shown`]), and everything the command line writes
//! to standard output or standard error as text, CSV or Markdown
//! ([`escape_output`], which keeps the line breaks and tabs the format
//! needs). JSON on standard output gets JSON's own escapes for the same
//! characters ([`escape_json`]: `\u001b`, `\u202e`), so it stays exact data
//! for a program and harmless for a terminal. A file written with `-o FILE`
//! gets the exact bytes.

use std::borrow::Cow;
use std::fmt::Write;
use std::path::Path;

/// `text` as one line with every control character shown as an escape.
pub fn escape(text: &str) -> Cow<'_, str> {
    escape_with(text, false)
}

/// A path for a message: escaped, and `?` for bytes that are not UTF-8.
pub fn shown(path: &Path) -> String {
    let bytes = path.as_os_str().as_encoded_bytes();
    let mut out = String::new();
    for chunk in bytes.utf8_chunks() {
        out.push_str(&escape(chunk.valid()));
        if !chunk.invalid().is_empty() {
            out.push('?');
        }
    }
    out
}

/// Output text (many lines, maybe CSV or Markdown) made safe for a
/// terminal: line breaks (`\n`, `\r\n`) and tabs stay, everything else that
/// [`escape`] would change is escaped.
pub fn escape_output(text: &str) -> Cow<'_, str> {
    escape_with(text, true)
}

/// JSON text (as serde_json writes it) with every character [`escape`]
/// would change written as a JSON escape. serde_json already escapes the
/// C0 controls; DEL, the C1 controls, bidi and line separators it writes
/// raw, and those appear only inside strings, where `\uXXXX` means the same
/// character. Line breaks and tabs stay: serde_json writes them only
/// between tokens.
pub fn escape_json(json: &str) -> Cow<'_, str> {
    let escaped = |ch: char| needs_escape(ch) && !matches!(ch, '\n' | '\r' | '\t');
    if !json.chars().any(escaped) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 8);
    for ch in json.chars() {
        if escaped(ch) {
            // Every such character is in the Basic Multilingual Plane.
            let _ = write!(out, "\\u{:04x}", u32::from(ch));
        } else {
            out.push(ch);
        }
    }
    Cow::Owned(out)
}

/// Escapes every character [`needs_escape`] marks; with `keep_layout`,
/// line breaks and tabs stay.
fn escape_with(text: &str, keep_layout: bool) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        let layout = ch == '\n' || ch == '\t' || (ch == '\r' && chars.peek() == Some(&'\n'));
        if !needs_escape(ch) || (keep_layout && layout) {
            out.push(ch);
        } else {
            escape_char(ch, &mut out);
        }
    }
    Cow::Owned(out)
}

/// Control characters (C0, DEL, C1), bidi embeddings, overrides, isolates
/// and marks, and the Unicode line and paragraph separators.
fn needs_escape(ch: char) -> bool {
    ch.is_control()
        || matches!(ch, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{2028}' | '\u{2029}')
        || ('\u{202a}'..='\u{202e}').contains(&ch)
        || ('\u{2066}'..='\u{2069}').contains(&ch)
}

fn escape_char(ch: char, out: &mut String) {
    match ch {
        '\u{1b}' => out.push_str("\\e"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        other => {
            // Writing to a String cannot fail.
            let _ = write!(out, "\\u{{{:x}}}", u32::from(other));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;

    #[test]
    fn escape_sequences_and_bidi_controls_are_shown_not_sent() {
        assert_eq!(
            escape("x\u{1b}]2;PWNED\u{7}\u{1b}[2Jy.ron"),
            "x\\e]2;PWNED\\u{7}\\e[2Jy.ron"
        );
        assert_eq!(
            escape("a\u{202e}b\u{2066}c\u{2028}d\u{9b}e\u{7f}"),
            "a\\u{202e}b\\u{2066}c\\u{2028}d\\u{9b}e\\u{7f}"
        );
        assert_eq!(escape("zwei\nZeilen\tmit\r"), "zwei\\nZeilen\\tmit\\r");
    }

    #[test]
    fn ordinary_text_is_left_alone_and_escaping_twice_changes_nothing() {
        let text = "Größe: 👩‍👩‍👧 (C:\\Pfad) «ok» 日本";
        assert!(matches!(escape(text), Cow::Borrowed(_)));
        let once = escape("a\u{1b}[31mb\u{202e}").into_owned();
        assert_eq!(escape(&once), once);
    }

    #[test]
    fn output_keeps_its_line_breaks_and_tabs() {
        assert_eq!(
            escape_output("a,b\r\nc\td\n\u{1b}[2J\rx\n"),
            "a,b\r\nc\td\n\\e[2J\\rx\n"
        );
    }

    #[test]
    fn json_keeps_its_meaning_and_loses_its_raw_controls() {
        let value = serde_json::json!({"text": "a\u{1b}[2J\u{7f}\u{9b}\u{202e}\u{2028}b", "n": 1});
        let json = serde_json::to_string_pretty(&value).expect("JSON");
        let safe = escape_json(&json);
        assert!(!safe.chars().any(|c| needs_escape(c) && c != '\n'), "{safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).expect("still JSON");
        assert_eq!(back, value);
    }

    #[test]
    fn paths_that_are_not_utf8_show_a_question_mark() {
        let path = Path::new(OsStr::from_bytes(b"sitzung-\xff\x1b.ron"));
        assert_eq!(shown(path), "sitzung-?\\e.ron");
    }
}
