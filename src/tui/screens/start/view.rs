//! The start screen: new session, the demo, and the sessions in the folder,
//! newest first.

use super::{START_FIXED_ROWS, StartScreen};
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::screen::ViewCtx;
use crate::tui::widgets::hits::Hits;
use crate::tui::widgets::session_form::session_form;
use crate::tui::widgets::text::{fit, pad, width_of, window_start, wrapped};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

const GAP: usize = 2;

pub fn render(app: &ViewCtx, start: &StartScreen, frame: &mut Frame, area: Rect, hits: &mut Hits) {
    let theme = app.theme;
    let lang = app.lang;
    let inner = Rect::new(area.x + 1, area.y, area.width.saturating_sub(2), area.height);
    let width = usize::from(inner.width);
    let mut y = inner.y;
    let line = |y: u16| Rect::new(inner.x, y, inner.width, 1);

    let header = Line::from(vec![
        Span::styled(" plenum", theme.heading),
        Span::styled(format!("  ·  {}", tr(lang, Msg::Tagline)), theme.muted),
    ]);
    frame.render_widget(Paragraph::new(header), line(y));
    y += 2;

    let menu = [tr(lang, Msg::StartNewSession), tr(lang, Msg::StartDemo)];
    for (index, label) in menu.into_iter().enumerate() {
        let selected = start.selected == index;
        let marker = if index == 0 { "+" } else { "◆" };
        let text = pad(&format!("{} {marker} {label}", cursor(selected)), width, false);
        let style = if selected { theme.selected } else { theme.base };
        frame.render_widget(Paragraph::new(Span::styled(text, style)), line(y));
        hits.add(line(y), Action::SelectSession(index));
        y += 1;
    }
    y += 1;

    let bottom = inner.y + inner.height;
    if y >= bottom {
        return draw_form(app, start, frame, area, hits);
    }
    let folder = app.dir.display().to_string();
    let label = fill(lang, Msg::StartSessionsIn, &[("dir", &folder)]);
    frame.render_widget(
        Paragraph::new(Span::styled(fit(&label, width), theme.label)),
        line(y),
    );
    y += 1;

    if start.entries.is_empty() {
        if y < bottom {
            let lines = wrapped(
                tr(lang, Msg::StartNoSessions),
                width.saturating_sub(3),
                3,
                theme.muted,
            );
            let rect = Rect::new(inner.x + 2, y, inner.width.saturating_sub(2), bottom - y);
            frame.render_widget(Paragraph::new(lines), rect);
        }
        return draw_form(app, start, frame, area, hits);
    }

    let columns = Columns::new(app, width);
    if y < bottom {
        let header = columns.row(
            "  ",
            tr(lang, Msg::ColumnSession),
            tr(lang, Msg::ColumnMethod),
            tr(lang, Msg::ColumnChanged),
            tr(lang, Msg::ColumnIdeas),
            tr(lang, Msg::ColumnOpenActions),
        );
        frame.render_widget(Paragraph::new(Span::styled(header, theme.label)), line(y));
        y += 1;
    }

    let height = usize::from(bottom.saturating_sub(y));
    let selected_entry = start.selected.saturating_sub(START_FIXED_ROWS);
    let first = window_start(start.entries.len(), selected_entry, height);
    for (offset, entry) in start.entries.iter().skip(first).take(height).enumerate() {
        let index = first + offset;
        let row = START_FIXED_ROWS + index;
        let selected = start.selected == row;
        let marker = cursor(selected);
        let (text, style) = match &entry.summary {
            Ok(summary) => (
                columns.row(
                    marker,
                    &summary.title,
                    &app.method_name(&summary.method),
                    &app.date(summary.updated),
                    &summary.ideas.to_string(),
                    &summary.open_actions.to_string(),
                ),
                theme.base,
            ),
            Err(error) => {
                let name = entry
                    .path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let problem = fill(
                    lang,
                    Msg::Unreadable,
                    &[("error", &app.describe_file_problem(error))],
                );
                let title = pad(&name, columns.title, false);
                let text = format!("{marker}{title}{}{problem}", " ".repeat(GAP));
                (pad(&text, width, false), theme.error)
            }
        };
        let style = if selected { theme.selected } else { style };
        let rect = line(y + offset as u16);
        frame.render_widget(Paragraph::new(Span::styled(text, style)), rect);
        hits.add(rect, Action::SelectSession(row));
    }
    draw_form(app, start, frame, area, hits);
}

fn cursor(selected: bool) -> &'static str {
    if selected { "▸ " } else { "  " }
}

fn draw_form(app: &ViewCtx, start: &StartScreen, frame: &mut Frame, area: Rect, hits: &mut Hits) {
    if let Some(new_session) = &start.form {
        hits.clear();
        session_form(app, new_session, Msg::FormNewSession, frame, area, hits);
    }
}

/// Column widths of the session table.
struct Columns {
    title: usize,
    method: usize,
    changed: usize,
    ideas: usize,
    actions: usize,
    width: usize,
}

impl Columns {
    fn new(app: &ViewCtx, width: usize) -> Columns {
        let lang = app.lang;
        let changed = width_of(tr(lang, Msg::ColumnChanged)).max(10);
        let ideas = width_of(tr(lang, Msg::ColumnIdeas)).max(4);
        let actions = width_of(tr(lang, Msg::ColumnOpenActions)).max(3);
        let rest = width.saturating_sub(2 + changed + ideas + actions + 4 * GAP);
        // The method names are short; the title gets the rest.
        let method = (rest * 2 / 5).min(20);
        Columns {
            title: rest - method,
            method,
            changed,
            ideas,
            actions,
            width,
        }
    }

    fn row(
        &self,
        marker: &str,
        title: &str,
        method: &str,
        changed: &str,
        ideas: &str,
        actions: &str,
    ) -> String {
        let gap = " ".repeat(GAP);
        let text = format!(
            "{marker}{}{gap}{}{gap}{}{gap}{}{gap}{}",
            pad(title, self.title, false),
            pad(method, self.method, false),
            pad(changed, self.changed, false),
            pad(ideas, self.ideas, true),
            pad(actions, self.actions, true),
        );
        pad(&text, self.width, false)
    }
}
