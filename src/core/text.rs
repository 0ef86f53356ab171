//! Cleaning of text that enters a session: typed, pasted, imported or
//! loaded. Whatever comes in is stored without control characters (a pasted
//! escape sequence must never reach a terminal or a Markdown file raw),
//! without bidi controls (they reorder what is shown) and without Unicode
//! line separators. [`clean`] is the one routine that decides this.

/// The longest text a single field takes, in characters. A long paste fits;
/// anything longer is refused with a message instead of being cut.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// Whether a cleaned text may span lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    /// Line breaks become spaces.
    One,
    /// Line breaks stay, written as `\n`.
    Many,
}

/// Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069):
/// they reorder what a terminal or a Markdown viewer shows after them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that never survive cleaning: control characters (line breaks
/// and tabs are turned into something else first), bidi controls, and the
/// Unicode line and paragraph separators. The zero-width joiner U+200D is
/// not among them: emoji sequences need it.
pub fn is_unwanted(c: char) -> bool {
    c.is_control() || is_bidi_control(c) || matches!(c, '\u{2028}' | '\u{2029}')
}

/// The one cleaning routine for text that enters a session, whether typed,
/// pasted, imported or loaded from a file: CR LF, CR, U+2028 and U+2029
/// become line breaks (spaces for [`Lines::One`]), tabs become spaces, other
/// control characters and bidi controls go. White space is otherwise kept;
/// [`clean_line`] and [`clean_multiline`] trim on top of this.
pub fn clean(text: &str, lines: Lines) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => out.push(match lines {
                Lines::One => ' ',
                Lines::Many => '\n',
            }),
            '\t' => out.push(' '),
            c if is_unwanted(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// One line: cleaned, without surrounding white space.
pub fn clean_line(text: &str) -> String {
    clean(text, Lines::One).trim().to_string()
}

/// Several lines: cleaned, trailing blanks of each line and blank lines at
/// the start and end removed.
pub fn clean_multiline(text: &str) -> String {
    let cleaned = clean(text, Lines::Many);
    let lines: Vec<&str> = cleaned.split('\n').map(str::trim_end).collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    match (first, last) {
        // Leading blanks of the first line are noise, not indentation.
        (Some(first), Some(last)) => lines[first..=last].join("\n").trim_start().to_string(),
        _ => String::new(),
    }
}

/// Cleans text loaded from a file in place, changing it only where it holds
/// something [`clean`] removes, so that hand-written spacing stays.
pub fn strip_controls(text: &mut String, keep_newlines: bool) {
    let lines = if keep_newlines { Lines::Many } else { Lines::One };
    let needs_cleaning = text
        .chars()
        .any(|c| is_unwanted(c) && !(keep_newlines && c == '\n'));
    if needs_cleaning {
        *text = clean(text, lines);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_drops_controls_and_breaks() {
        assert_eq!(clean_line("  a\tb\nc\u{1b}[31m  "), "a b c[31m");
    }

    #[test]
    fn multiline_keeps_inner_breaks() {
        assert_eq!(
            clean_multiline("\n\n  first \r\nsecond\u{7}\n\n"),
            "first\nsecond"
        );
        assert_eq!(clean_multiline(" \n \t\n"), "");
    }

    #[test]
    fn strip_controls_keeps_spacing_and_optional_newlines() {
        let mut text = String::from(" a\tb\n\u{1b}[2Jc ");
        strip_controls(&mut text, true);
        assert_eq!(text, " a b\n[2Jc ");
        strip_controls(&mut text, false);
        assert_eq!(text, " a b [2Jc ");
    }

    #[test]
    fn bidi_controls_go_and_line_separators_become_breaks() {
        assert_eq!(clean("a\u{202E}b\u{2066}c\u{2069}", Lines::Many), "abc");
        assert_eq!(clean("a\u{2028}b\u{2029}c", Lines::Many), "a\nb\nc");
        assert_eq!(clean_line("a\u{2028}b"), "a b");
        assert_eq!(clean("a\r\nb\rc", Lines::Many), "a\nb\nc");
    }

    #[test]
    fn keeps_the_zero_width_joiner_of_emoji_sequences() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}";
        assert_eq!(clean_line(family), family);
    }

    #[test]
    fn keeps_umlauts_and_emoji() {
        assert_eq!(clean_line("Größe 🚀 straße"), "Größe 🚀 straße");
    }

    /// Characters the cleaning must handle, mixed with ordinary text.
    fn tricky_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let pieces = prop_oneof![
            Just('\u{1b}'),
            Just('\r'),
            Just('\n'),
            Just('\t'),
            Just('\u{7f}'),
            Just('\u{85}'),
            Just('\u{200D}'),
            Just('\u{2028}'),
            Just('\u{2029}'),
            prop::char::range('\u{202A}', '\u{202E}'),
            prop::char::range('\u{2066}', '\u{2069}'),
            Just(' '),
            Just('ä'),
            any::<char>(),
        ];
        prop::collection::vec(pieces, 0..40).prop_map(|chars| chars.into_iter().collect())
    }

    /// Written out here rather than taken from [`is_unwanted`], so that a
    /// gap in that function makes the property fail.
    fn forbidden(c: char) -> bool {
        (c.is_control() && c != '\n')
            || ('\u{202A}'..='\u{202E}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
            || c == '\u{2028}'
            || c == '\u{2029}'
    }

    proptest::proptest! {
        #[test]
        fn cleaning_is_idempotent_and_leaves_nothing_unwanted(text in tricky_text()) {
            for lines in [Lines::One, Lines::Many] {
                let once = clean(&text, lines);
                proptest::prop_assert_eq!(&clean(&once, lines), &once);
                proptest::prop_assert!(!once.chars().any(forbidden), "{:?} left in {:?}", once, text);
                proptest::prop_assert!(lines == Lines::Many || !once.contains('\n'));
            }
            let line = clean_line(&text);
            proptest::prop_assert_eq!(&clean_line(&line), &line);
            proptest::prop_assert!(!line.chars().any(|c| forbidden(c) || c == '\n'));
            let many = clean_multiline(&text);
            proptest::prop_assert_eq!(&clean_multiline(&many), &many);
            proptest::prop_assert!(!many.chars().any(forbidden));
            let zwj = text.matches('\u{200D}').count();
            proptest::prop_assert_eq!(clean(&text, Lines::Many).matches('\u{200D}').count(), zwj);
        }
    }
}
