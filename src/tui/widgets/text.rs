//! Text cut, padded and wrapped to a width in display columns, and the
//! scroll window of a list: the helpers every view uses.

use crate::tui::text_input::TextInput;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// `text` cut to `width` columns, with `…` when cut. Line breaks show as
/// ` ↵ `. Looks at no more of the text than fits, so a 10,000-character
/// idea costs no more than a short one.
/// Like [`fit`], but a text that does not fit ends after a whole word (a
/// status message never breaks off in the middle of one); a single word too
/// long for the width is cut as `fit` cuts it.
pub fn fit_words(text: &str, width: usize) -> String {
    let cut = fit(text, width);
    if cut == text || !cut.ends_with('…') {
        return cut;
    }
    let kept = &cut[..cut.len() - '…'.len_utf8()];
    // `fit` writes line breaks as ` ↵ `: then the cut text is no prefix.
    let Some(rest) = text.strip_prefix(kept) else {
        return cut;
    };
    // The cut fell between two words: keep them all.
    if rest.starts_with(char::is_whitespace) {
        return format!("{}…", kept.trim_end());
    }
    match kept.trim_end().rfind(char::is_whitespace) {
        Some(space) => format!("{}…", kept[..space].trim_end()),
        None => cut,
    }
}

pub fn fit(text: &str, width: usize) -> String {
    if width == 0 {
        return String::new();
    }
    // Most texts fit: one width count, no grapheme by grapheme walk.
    if !text.contains(['\n', '\r']) && text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    // Where the text stood when one column was still free for the ellipsis.
    let mut cut = 0;
    for grapheme in text.graphemes(true) {
        let (shown, columns) = match grapheme {
            "\n" | "\r\n" => (" ↵ ", 3),
            other => (other, other.width()),
        };
        if used + columns > width {
            out.truncate(cut);
            out.push('…');
            return out;
        }
        out.push_str(shown);
        used += columns;
        if used < width {
            cut = out.len();
        }
    }
    out
}

/// `text` fitted into exactly `width` columns, padded on the right (or on
/// the left when `right_aligned`).
pub fn pad(text: &str, width: usize, right_aligned: bool) -> String {
    let fitted = fit(text, width);
    let gap = " ".repeat(width.saturating_sub(width_of(&fitted)));
    if right_aligned {
        format!("{gap}{fitted}")
    } else {
        format!("{fitted}{gap}")
    }
}

/// Draws `lines` one per row from the top of `area`, each cut at its right
/// edge: what a `Paragraph` without wrapping draws, without laying the
/// lines out again (they come cut or wrapped to the width already).
pub fn draw_lines(lines: Vec<Line>, frame: &mut ratatui::Frame, area: ratatui::layout::Rect) {
    for (row, line) in (area.top()..area.bottom()).zip(lines) {
        frame.render_widget(line, ratatui::layout::Rect::new(area.x, row, area.width, 1));
    }
}

/// A text wrapped at word boundaries into at most `max` lines.
pub fn wrapped<'a>(text: &str, width: usize, max: usize, style: Style) -> Vec<Line<'a>> {
    if max == 0 {
        return Vec::new();
    }
    // One line that fits needs no layout.
    if width_of(text) <= width && text.trim() == text && !text.chars().any(char::is_control) {
        return vec![Line::from(Span::styled(text.to_owned(), style))];
    }
    let input = TextInput::with_text(text);
    let layout = input.layout(width + 1);
    let mut lines: Vec<Line> = layout
        .lines
        .iter()
        .take(max)
        .map(|range| {
            Line::from(Span::styled(
                input.text()[range.clone()].trim_end().to_string(),
                style,
            ))
        })
        .collect();
    if layout.lines.len() > max
        && let Some(last) = lines.last_mut()
    {
        let shown: String = last.spans.iter().map(|s| s.content.as_ref()).collect();
        *last = Line::from(Span::styled(fit(&format!("{shown} …"), width), style));
    }
    lines
}

/// Display width of a text.
pub fn width_of(text: &str) -> usize {
    text.width()
}

/// The first row to show so that `selected` is visible, kept in the middle
/// once the list is longer than the window. A pure function of its inputs:
/// the view needs no scroll state.
pub fn window_start(total: usize, selected: usize, height: usize) -> usize {
    if height == 0 || total <= height {
        return 0;
    }
    let half = height / 2;
    selected.saturating_sub(half).min(total - height)
}

/// Minutes and seconds: `07:05`, `125:00`.
pub fn clock_digits(seconds: i64) -> String {
    let seconds = seconds.max(0);
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_by_display_width() {
        assert_eq!(fit("Größe", 10), "Größe");
        assert_eq!(fit("Größere Büros", 8), "Größere…");
        assert_eq!(fit("会議室会議室", 5), "会議…");
        assert_eq!(width_of(&fit("会議室会議室", 5)), 5);
        assert_eq!(fit("🌞🌞🌞", 4), "🌞…");
        assert_eq!(fit("eins\nzwei", 20), "eins ↵ zwei");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(fit("abcdef", 1), "…");
    }

    #[test]
    fn fit_cuts_a_long_text_to_the_width() {
        let long = "x".repeat(1_000_000);
        assert_eq!(fit(&long, 10).chars().count(), 10);
    }

    #[test]
    fn a_message_cut_short_ends_after_a_whole_word() {
        let text = "Follow-up: 4 actions open, 2 overdue. Esc goes to the session screen.";
        assert_eq!(fit_words(text, 200), text);
        let cut = fit_words(text, 40);
        assert_eq!(cut, "Follow-up: 4 actions open, 2 overdue.…");
        assert!(width_of(&cut) <= 40);
        // Cut right before a space: every word kept.
        assert_eq!(fit_words("one two three", 8), "one two…");
        // One word longer than the room is cut as fit cuts it.
        assert_eq!(
            fit_words("Donaudampfschifffahrt", 8),
            fit("Donaudampfschifffahrt", 8)
        );
        // Line breaks shown as arrows do not confuse it.
        assert!(width_of(&fit_words("a\nb c d e f g", 6)) <= 6);
    }

    #[test]
    fn the_window_keeps_the_selection_in_view() {
        assert_eq!(window_start(5, 4, 10), 0);
        assert_eq!(window_start(100, 0, 10), 0);
        assert_eq!(window_start(100, 50, 10), 45);
        assert_eq!(window_start(100, 99, 10), 90);
        for selected in 0..100 {
            let start = window_start(100, selected, 7);
            assert!(start <= selected && selected < start + 7);
        }
    }
}
