//! The frame of a form: a box over the screen with a label column and the
//! fields, the focused one marked, each field a click target.

use super::dialog::centered;
use super::hits::Hits;
use super::text::{fit, width_of};
use crate::i18n::{Msg, fill};
use crate::tui::action::Action;
use crate::tui::mode::Mode;
use crate::tui::screen::ViewCtx;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// Lines of one field: the first carries the label.
pub struct FieldRows<'a> {
    pub field: usize,
    pub lines: Vec<Line<'a>>,
    /// Cursor column and line within `lines`, for a focused text field.
    pub cursor: Option<(u16, u16)>,
}

/// The frame of a form: its title, the field labels, the focused field.
pub struct FormFrame<'a> {
    pub title: &'a str,
    pub labels: &'a [String],
    pub focus: usize,
}

/// Draws a form box with its fields. Blank lines separate fields.
pub fn draw(
    form: FormFrame,
    fields: Vec<FieldRows>,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let FormFrame { title, labels, focus } = form;
    let label_width = labels.iter().map(|l| width_of(l)).max().unwrap_or(0) + 4;
    let rows: usize = fields.iter().map(|f| f.lines.len() + 1).sum::<usize>() + 1;
    let width = area.width.saturating_sub(4).min(84);
    let height = (rows as u16 + 2).min(area.height);
    let rect = centered(area, width, height);
    // The form covers the screen: fragments of the board around a box
    // only distract from the fields.
    frame.render_widget(Clear, area);
    frame.render_widget(Block::default().style(theme.base), area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(Span::styled(format!(" {title} "), theme.heading))
        .style(theme.base);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let mut y = inner.y + 1;
    let bottom = inner.y + inner.height;
    for rows in fields {
        let focused = rows.field == focus;
        let top = y;
        for (index, line) in rows.lines.into_iter().enumerate() {
            if y >= bottom {
                break;
            }
            let label = if index == 0 {
                let marker = if focused { "▸ " } else { "  " };
                format!(
                    "{marker}{}",
                    labels.get(rows.field).map(String::as_str).unwrap_or("")
                )
            } else {
                String::new()
            };
            let label_style = if focused && index == 0 {
                theme.selected
            } else {
                theme.label
            };
            let label_cell = Rect::new(inner.x, y, (label_width as u16).min(inner.width), 1);
            frame.render_widget(
                Paragraph::new(Span::styled(fit(&label, label_width - 1), label_style)),
                label_cell,
            );
            let value_cell = Rect::new(
                inner.x + label_width as u16,
                y,
                inner.width.saturating_sub(label_width as u16),
                1,
            );
            frame.render_widget(Paragraph::new(line), value_cell);
            y += 1;
        }
        let field_rect = Rect::new(inner.x, top, inner.width, y.saturating_sub(top));
        hits.add(field_rect, Action::FocusField(rows.field));
        if focused
            && let Some((column, line)) = rows.cursor
            && top + line < bottom
        {
            frame.set_cursor_position(Position::new(inner.x + label_width as u16 + column, top + line));
        }
        y += 1;
    }
}

/// The width the field values get inside a form of `area`.
pub fn value_width(area: Rect, labels: &[String]) -> usize {
    let label_width = labels.iter().map(|l| width_of(l)).max().unwrap_or(0) + 4;
    usize::from(area.width.saturating_sub(4).min(84)).saturating_sub(label_width + 2)
}

/// A hint line under a field.
pub fn hint<'a>(text: &str, width: usize, theme: &Theme) -> Line<'a> {
    Line::from(Span::styled(fit(text, width), theme.muted))
}

/// "Tab completes: Anna Becker · also: Amt 10, Annette", or nothing.
pub fn completion_hint<'a>(cx: &ViewCtx, matches: &[&str], width: usize, theme: &Theme) -> Option<Line<'a>> {
    let first = matches.first()?;
    let key = cx.key_hint(Mode::Form, &Action::NextField);
    let mut text = fill(cx.lang, Msg::HintCompletion, &[("key", &key), ("name", first)]);
    if matches.len() > 1 {
        let others = matches[1..]
            .iter()
            .take(4)
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        text = format!(
            "{text} · {}",
            fill(cx.lang, Msg::HintMoreNames, &[("names", &others)])
        );
    }
    Some(hint(&text, width, theme))
}
