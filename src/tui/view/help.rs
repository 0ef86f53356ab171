//! The `?` overlay: every binding of the mode underneath, generated from the
//! keymap, so it always tells the truth about the keys.

use super::{centered, fit, pad, width_of};
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::describe;
use crate::tui::keymap::Key;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// One line of the help: keys and what they do.
struct Entry {
    keys: String,
    text: String,
}

fn entries(app: &App) -> Vec<Entry> {
    let mode = app.base_mode();
    let lang = app.lang;
    let label = |keys: &[Key]| keys.iter().map(|k| k.label(lang)).collect::<Vec<_>>().join(", ");
    let mut entries = Vec::new();
    let mut phase_keys: Vec<(usize, Key)> = Vec::new();
    for (action, keys) in app.keymap.grouped(mode) {
        if let Action::GoToPhase(n) = action {
            phase_keys.extend(keys.iter().map(|k| (n, *k)));
            continue;
        }
        entries.push(Entry {
            keys: label(&keys),
            text: describe::describe(lang, mode, &action),
        });
    }
    // Nine "go to phase n" lines say one thing: fold them into one.
    if let (Some(first), Some(last)) = (phase_keys.first(), phase_keys.last()) {
        let keys = if phase_keys.len() > 1 {
            format!("{} … {}", first.1.label(lang), last.1.label(lang))
        } else {
            first.1.label(lang)
        };
        let range = if first.0 == last.0 {
            first.0.to_string()
        } else {
            format!("{} … {}", first.0, last.0)
        };
        let text = fill(lang, Msg::ActGoToPhase, &[("n", &range)]);
        let position = entries
            .iter()
            .position(|e| e.text == describe::describe(lang, mode, &Action::PreviousPhase))
            .map_or(entries.len(), |i| i + 1);
        entries.insert(position, Entry { keys, text });
    }
    entries
}

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let entries = entries(app);
    let width = area.width.saturating_sub(4).min(120);
    let inner_width = usize::from(width.saturating_sub(4));
    let columns = if inner_width >= 96 { 2 } else { 1 };
    let per_column = entries.len().div_ceil(columns);
    let height = (per_column as u16 + 4).min(area.height.saturating_sub(1));
    let rect = centered(area, width, height);
    // The help covers the whole screen: half-hidden board text around a
    // box only distracts.
    frame.render_widget(Clear, area);
    frame.render_widget(Block::default().style(theme.base), area);
    let mode_name = describe::mode_name(lang, app.base_mode(), false);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(Span::styled(
            format!(" {} ", fill(lang, Msg::HelpTitle, &[("mode", &mode_name)])),
            theme.heading,
        ))
        .style(theme.base);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let inner = Rect::new(inner.x + 1, inner.y, inner.width.saturating_sub(2), inner.height);

    let rows = usize::from(inner.height.saturating_sub(2));
    let visible = rows * columns;
    let max_scroll = entries.len().saturating_sub(visible);
    let scroll = app.help_scroll.unwrap_or(0).min(max_scroll);
    let shown: Vec<&Entry> = entries.iter().skip(scroll).take(visible).collect();
    let rows_used = shown.len().div_ceil(columns).min(rows);
    let column_width = usize::from(inner.width) / columns;
    let key_width = shown
        .iter()
        .map(|e| width_of(&e.keys))
        .max()
        .unwrap_or(0)
        .min(column_width / 2);
    for (index, entry) in shown.iter().enumerate() {
        let column = index.checked_div(rows_used).unwrap_or(0);
        let row = index.checked_rem(rows_used).unwrap_or(0);
        let x = inner.x + (column * column_width) as u16;
        let line = Line::from(vec![
            Span::styled(pad(&entry.keys, key_width, false), theme.key),
            Span::raw("  "),
            Span::styled(
                fit(&entry.text, column_width.saturating_sub(key_width + 3)),
                theme.base,
            ),
        ]);
        frame.render_widget(
            Paragraph::new(line),
            Rect::new(x, inner.y + row as u16, column_width as u16, 1),
        );
    }

    let path = app
        .options
        .config_dir
        .as_ref()
        .map(|dir| dir.join("keymap.ron").display().to_string())
        .unwrap_or_else(|| "keymap.ron".into());
    let mut note = fill(lang, Msg::HelpKeymapFile, &[("path", &path)]);
    if max_scroll > 0 {
        note = format!("{note}   {}", tr(lang, Msg::HelpMore));
    }
    let bottom = inner.y + inner.height.saturating_sub(1);
    frame.render_widget(
        Paragraph::new(Span::styled(fit(&note, usize::from(inner.width)), theme.muted)),
        Rect::new(inner.x, bottom, inner.width, 1),
    );
}
