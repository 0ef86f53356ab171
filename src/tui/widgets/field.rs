//! Text fields and choices as lines: one line scrolled to the cursor, a
//! wrapped multi-line field, a `◀ value ▶` choice, and a typing area with
//! the terminal cursor placed in it.

use super::text::fit;
use crate::tui::text_input::TextInput;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// A one-line text field, scrolled so that the cursor shows.
pub fn single_line<'a>(
    input: &TextInput,
    placeholder: &str,
    width: usize,
    focused: bool,
    theme: &Theme,
) -> (Line<'a>, Option<(u16, u16)>) {
    if input.text().is_empty() {
        let line = Line::from(Span::styled(
            fit(placeholder, width.saturating_sub(1)),
            theme.placeholder,
        ));
        return (line, focused.then_some((0, 0)));
    }
    let text = input.text();
    let cursor = input.cursor();
    // Start far enough right that the cursor fits, looking back from it.
    let mut start = 0;
    let mut columns = 0;
    for (index, grapheme) in text[..cursor].grapheme_indices(true).rev() {
        columns += grapheme.width();
        if columns >= width.saturating_sub(1) {
            start = index + grapheme.len();
            break;
        }
    }
    let before = text[start..cursor].width();
    let shown = fit(&text[start..], width.saturating_sub(1));
    let line = Line::from(Span::styled(shown, theme.input));
    (line, focused.then_some((before as u16, 0)))
}

/// A multi-line text field: its wrapped lines, at most `max_lines`, around
/// the cursor.
pub fn multi_line<'a>(
    input: &TextInput,
    placeholder: &str,
    width: usize,
    max_lines: usize,
    focused: bool,
    theme: &Theme,
) -> (Vec<Line<'a>>, Option<(u16, u16)>) {
    if input.text().is_empty() {
        let (line, cursor) = single_line(input, placeholder, width, focused, theme);
        return (vec![line], cursor);
    }
    let layout = input.layout(width);
    let (cursor_line, cursor_column) = layout.cursor;
    let first = super::text::window_start(layout.lines.len(), cursor_line, max_lines);
    let lines = layout
        .lines
        .iter()
        .skip(first)
        .take(max_lines)
        .map(|range| Line::from(Span::styled(input.text()[range.clone()].to_string(), theme.input)))
        .collect();
    let cursor = focused.then_some((cursor_column as u16, (cursor_line - first) as u16));
    (lines, cursor)
}

pub fn choice<'a>(value: &str, focused: bool, theme: &Theme) -> Line<'a> {
    let style = if focused { theme.selected } else { theme.input };
    Line::from(vec![
        Span::styled("◀ ", theme.muted),
        Span::styled(value.to_string(), style),
        Span::styled(" ▶", theme.muted),
    ])
}

/// A text being typed, filling `area`: wrapped, scrolled to the cursor,
/// with the terminal cursor placed in it.
pub fn text_area(frame: &mut Frame, area: Rect, input: &TextInput, theme: &Theme) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let (lines, cursor) = multi_line(
        input,
        "",
        usize::from(area.width),
        usize::from(area.height),
        true,
        theme,
    );
    frame.render_widget(ratatui::widgets::Paragraph::new(lines), area);
    if let Some((column, line)) = cursor {
        let x = area.x + column.min(area.width.saturating_sub(1));
        frame.set_cursor_position(ratatui::layout::Position::new(x, area.y + line));
    }
}
