//! Escaping of text that participants typed, for Markdown (CommonMark with
//! GitHub tables). Whatever goes through here comes out as literal text: it
//! cannot start a heading, list, quote or code block, cannot break a table,
//! cannot become emphasis, a link or HTML, and cannot run into the next line.
//!
//! Two levels: [`inline`] escapes characters that mean something anywhere in
//! a line; [`block_line`] additionally defuses what only means something at
//! the start of a line (`1.`, `-`, `+`, `>`, `=`, `:`). Control characters are
//! dropped here too, because a session file may have been edited by hand.
//!
//! The escapes are CommonMark backslash escapes, so the raw Markdown stays
//! readable: `Rathaus \& Bürgerbüro` would be noise, so `&` is escaped only
//! where it could start an entity (`&amp;`), `>` only where it could start a
//! quote, `-` only where it could start a list.

/// Characters that are escaped wherever they stand: CommonMark and GitHub
/// markup, plus `$` (math), `^` (superscript) and braces (heading
/// attributes), which common renderers add.
const ALWAYS: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '#', '|', '~', '$', '^', '{', '}',
];

/// Text for a place that holds one line: a heading, a table cell, a label.
/// Line breaks become spaces.
pub fn single_line(text: &str) -> String {
    let joined: Vec<String> = lines(text).map(|line| line.trim().to_string()).collect();
    let joined: Vec<&str> = joined
        .iter()
        .map(String::as_str)
        .filter(|l| !l.is_empty())
        .collect();
    inline(&joined.join(" "))
}

/// Text for a table cell: one line, and nothing that ends the cell.
pub fn table_cell(text: &str) -> String {
    single_line(text)
}

/// Text that starts a block on its own line (a paragraph, a list item's
/// first line after the marker): one line, and defused at its start.
pub fn block_single_line(text: &str) -> String {
    let joined: Vec<String> = lines(text)
        .map(|line| line.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    block_line(&joined.join(" "))
}

/// Multi-line text as the lines of a block (a list item, a quote). Each
/// returned line is escaped and defused at its start; blank lines and
/// leading indentation are dropped because they would end the block or turn
/// it into code. The caller joins them with hard line breaks.
pub fn block_lines(text: &str) -> Vec<String> {
    lines(text)
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(block_line)
        .collect()
}

/// Joins escaped block lines with CommonMark hard line breaks (a backslash at
/// the end of a line), each continuation indented by `indent`.
pub fn join_hard_breaks(lines: &[String], indent: &str) -> String {
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push_str("\\\n");
            out.push_str(indent);
        }
        out.push_str(line);
    }
    out
}

/// One line that stands at the start of a block: inline escapes, plus
/// whatever would make the line start a heading, list, quote, thematic break
/// or table delimiter row.
pub fn block_line(line: &str) -> String {
    let escaped = inline(line.trim_start());
    let mut chars = escaped.chars();
    match chars.next() {
        Some(first @ ('-' | '+' | '=' | '>' | ':')) => format!("\\{first}{}", chars.as_str()),
        Some(c) if c.is_ascii_digit() => defuse_ordered_list_marker(&escaped),
        _ => escaped,
    }
}

/// `1.` or `12)` at the start of a line would start an ordered list.
fn defuse_ordered_list_marker(line: &str) -> String {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    match line[digits..].chars().next() {
        // CommonMark takes up to nine digits as a list marker; escaping the
        // delimiter is harmless for longer numbers too.
        Some(delimiter @ ('.' | ')')) => {
            format!("{}\\{delimiter}{}", &line[..digits], &line[digits + 1..])
        }
        _ => line.to_string(),
    }
}

/// Escapes the characters that mean something anywhere in a line. Line
/// breaks are kept (callers split lines first); control characters go.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            c if ALWAYS.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            // `&amp;` or `&#60;` would become a character; a lone `&` is text.
            '&' if chars
                .peek()
                .is_some_and(|next| next.is_ascii_alphanumeric() || *next == '#') =>
            {
                out.push_str("\\&");
            }
            '\t' => out.push(' '),
            '\n' => out.push('\n'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Splits text into lines at `\n`, `\r\n` and `\r`.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n')
        .flat_map(|line| line.strip_suffix('\r').unwrap_or(line).split('\r'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_escapes_markup_characters() {
        assert_eq!(inline("a*b*"), "a\\*b\\*");
        assert_eq!(inline("__x__"), "\\_\\_x\\_\\_");
        assert_eq!(inline("`code`"), "\\`code\\`");
        assert_eq!(inline("<b>fett</b>"), "\\<b>fett\\</b>");
        assert_eq!(inline("a | b"), "a \\| b");
        assert_eq!(inline("[link](x)"), "\\[link\\](x)");
        assert_eq!(inline("~~weg~~"), "\\~\\~weg\\~\\~");
        assert_eq!(inline("Ticket #12"), "Ticket \\#12");
        assert_eq!(inline("C:\\Pfad"), "C:\\\\Pfad");
        assert_eq!(inline("$x^2$ {#id}"), "\\$x\\^2\\$ \\{\\#id\\}");
    }

    #[test]
    fn inline_escapes_ampersand_only_before_an_entity() {
        assert_eq!(inline("Rathaus & Bürgerbüro"), "Rathaus & Bürgerbüro");
        assert_eq!(inline("&amp; &#60;"), "\\&amp; \\&\\#60;");
        assert_eq!(inline("A&B"), "A\\&B");
        assert_eq!(inline("Ende &"), "Ende &");
    }

    #[test]
    fn inline_drops_control_characters_and_keeps_the_rest() {
        assert_eq!(inline("rot\u{1b}[31m\u{7}"), "rot\\[31m");
        assert_eq!(inline("a\tb"), "a b");
        assert_eq!(inline("Größe 🚀 straße -> ok!"), "Größe 🚀 straße -> ok!");
    }

    #[test]
    fn block_line_defuses_line_starts() {
        assert_eq!(block_line("1. erstens"), "1\\. erstens");
        assert_eq!(block_line("12) zwölf"), "12\\) zwölf");
        assert_eq!(block_line("2026 wird gut"), "2026 wird gut");
        assert_eq!(block_line("- Punkt"), "\\- Punkt");
        assert_eq!(block_line("+ plus"), "\\+ plus");
        assert_eq!(block_line("> Zitat"), "\\> Zitat");
        assert_eq!(block_line("# Titel"), "\\# Titel");
        assert_eq!(block_line("---"), "\\---");
        assert_eq!(block_line("==="), "\\===");
        assert_eq!(block_line(":--"), "\\:--");
        assert_eq!(block_line("    eingerückt"), "eingerückt");
        assert_eq!(block_line("```rust"), "\\`\\`\\`rust");
        assert_eq!(block_line("a - b > c"), "a - b > c");
    }

    #[test]
    fn single_line_joins_lines() {
        assert_eq!(single_line("eins\nzwei\r\ndrei\rvier"), "eins zwei drei vier");
        assert_eq!(single_line("\n\n a \n"), "a");
        assert_eq!(block_single_line("1. a\nb"), "1\\. a b");
    }

    #[test]
    fn block_lines_drop_blank_lines_and_defuse_each_line() {
        assert_eq!(
            block_lines("erste\n\n  - zweite\r\n> dritte\n"),
            vec!["erste", "\\- zweite", "\\> dritte"]
        );
        let lines = block_lines("a\nb");
        assert_eq!(join_hard_breaks(&lines, "  "), "a\\\n  b");
    }

    #[test]
    fn table_cell_never_contains_an_unescaped_pipe_or_break() {
        let cell = table_cell("a|b\nc \\| d");
        assert!(!cell.contains('\n'));
        // Every pipe is preceded by an odd number of backslashes.
        for (i, _) in cell.match_indices('|') {
            let backslashes = cell[..i].chars().rev().take_while(|&c| c == '\\').count();
            assert_eq!(backslashes % 2, 1, "unescaped pipe in {cell:?}");
        }
    }
}
