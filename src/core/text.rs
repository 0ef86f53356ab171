//! Cleaning of text that people type or paste. Whatever comes in is stored
//! without control characters (a pasted escape sequence must never reach a
//! terminal or a Markdown file raw) and without surrounding white space.

/// The longest text a single field takes, in characters. A long paste fits;
/// anything longer is refused with a message instead of being cut.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// One line: line breaks and tabs become spaces, other control characters go.
pub fn clean_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.trim().to_string()
}

/// Several lines: line endings become `\n`, trailing blanks of each line and
/// blank lines at the start and end go, other control characters go.
pub fn clean_multiline(text: &str) -> String {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<String> = normalised
        .split('\n')
        .map(|line| {
            let mut out = String::with_capacity(line.len());
            for ch in line.chars() {
                match ch {
                    '\t' => out.push(' '),
                    c if c.is_control() => {}
                    c => out.push(c),
                }
            }
            out.trim_end().to_string()
        })
        .collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    match (first, last) {
        (Some(first), Some(last)) => {
            let mut joined = lines[first..=last].join("\n");
            // Leading blanks of the first line are noise, not indentation.
            let trimmed = joined.trim_start().len();
            joined.drain(..joined.len() - trimmed);
            joined
        }
        _ => String::new(),
    }
}

/// Removes control characters that could reach a terminal or a document
/// raw, keeping line breaks where a field may span lines. Unlike the
/// `clean_*` functions it keeps white space as it is: it is applied to text
/// loaded from a file, which should change as little as possible.
pub fn strip_controls(text: &mut String, keep_newlines: bool) {
    let is_unwanted = |c: char| c.is_control() && !(keep_newlines && c == '\n');
    if text.chars().any(is_unwanted) {
        *text = text
            .chars()
            .filter_map(|c| match c {
                '\t' => Some(' '),
                c if is_unwanted(c) => None,
                c => Some(c),
            })
            .collect();
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
        assert_eq!(text, " a b[2Jc ");
    }

    #[test]
    fn keeps_umlauts_and_emoji() {
        assert_eq!(clean_line("Größe 🚀 straße"), "Größe 🚀 straße");
    }
}
