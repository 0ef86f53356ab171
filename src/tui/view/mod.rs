//! Views: functions of the app state. `render` draws a frame and returns the
//! rectangles it drew that a mouse click can hit; [`Hits::action_at`] turns a
//! click into an action without looking at anything else.
//!
//! Lists draw only their visible rows, so a frame costs the same with 100 or
//! 100,000 ideas.

mod actions;
mod board;
mod checkin;
mod chrome;
mod cluster;
mod followup_forms;
mod form;
mod help;
mod overview;
mod results;
mod start;
mod too_small;
pub(crate) mod vote;

use super::action::Action;
use super::app::{App, Screen};
use super::followup::FollowUp;
use super::text_input::TextInput;
use super::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Below this size the screens do not fit; a message asks for more room.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// The clickable rectangles of a frame, topmost last.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hits {
    targets: Vec<(Rect, Action)>,
    /// What a right click does there (a dot off the ballot).
    secondary: Vec<(Rect, Action)>,
}

impl Hits {
    pub fn add(&mut self, area: Rect, action: Action) {
        if area.width > 0 && area.height > 0 {
            self.targets.push((area, action));
        }
    }

    /// What a click at `column`, `row` does: the topmost target there.
    pub fn action_at(&self, column: u16, row: u16) -> Option<Action> {
        let point = ratatui::layout::Position::new(column, row);
        self.targets
            .iter()
            .rev()
            .find(|(area, _)| area.contains(point))
            .map(|(_, action)| action.clone())
    }

    /// A target for the right mouse button.
    pub fn add_secondary(&mut self, area: Rect, action: Action) {
        if area.width > 0 && area.height > 0 {
            self.secondary.push((area, action));
        }
    }

    /// What a right click at `column`, `row` does.
    pub fn secondary_action_at(&self, column: u16, row: u16) -> Option<Action> {
        let point = ratatui::layout::Position::new(column, row);
        self.secondary
            .iter()
            .rev()
            .find(|(area, _)| area.contains(point))
            .map(|(_, action)| action.clone())
    }

    /// Drops every target (an overlay covers the screen).
    pub fn clear(&mut self) {
        self.targets.clear();
        self.secondary.clear();
    }

    pub fn len(&self) -> usize {
        self.targets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.targets.is_empty()
    }
}

/// Draws the whole screen.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame) -> Hits {
    let area = frame.area();
    frame.render_widget(Block::default().style(theme.base), area);
    let mut hits = Hits::default();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small::render(app, theme, frame, area);
        return hits;
    }
    let [main, status, footer] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1), Constraint::Length(1)]).areas(area);
    match &app.screen {
        Screen::Start(start) => start::render(app, start, theme, frame, main, &mut hits),
        Screen::Board(board) if board.vote.is_some() => {
            vote::render(app, board, theme, frame, main, &mut hits)
        }
        Screen::Board(board) if board.cluster.is_some() => {
            cluster::render(app, board, theme, frame, main, &mut hits)
        }
        Screen::Board(board) => match &board.followup {
            Some(FollowUp::Actions(list)) => actions::render(app, board, list, theme, frame, main, &mut hits),
            Some(FollowUp::Checkin(view)) => checkin::render(app, board, view, theme, frame, main, &mut hits),
            None => board::render(app, board, theme, frame, main, &mut hits),
        },
        Screen::Overview(overview) => overview::render(app, overview, theme, frame, main, &mut hits),
        Screen::Continue(screen) => form::continue_session(app, &screen.form, theme, frame, main, &mut hits),
    }
    chrome::status_line(app, theme, frame, status);
    chrome::footer(app, theme, frame, footer, &mut hits);
    if app.help_scroll.is_some() {
        hits.clear();
        help::render(app, theme, frame, main);
        chrome::footer(app, theme, frame, footer, &mut hits);
    }
    hits
}

/// `text` cut to `width` columns, with `…` when cut. Line breaks show as
/// ` ↵ `. Looks at no more of the text than fits, so a 10,000-character
/// idea costs no more than a short one.
pub fn fit(text: &str, width: usize) -> String {
    if width == 0 {
        return String::new();
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

/// A text wrapped at word boundaries into at most `max` lines.
pub fn wrapped<'a>(text: &str, width: usize, max: usize, style: Style) -> Vec<Line<'a>> {
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

/// A text being typed, filling `area`: wrapped, scrolled to the cursor,
/// with the terminal cursor placed in it.
pub(super) fn text_area(frame: &mut Frame, area: Rect, input: &TextInput, theme: &Theme) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let (lines, cursor) = form::multi_line(
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

/// A rectangle of at most `width` x `height`, centred in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
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
    fn fit_is_cheap_on_long_text() {
        let long = "x".repeat(1_000_000);
        let started = std::time::Instant::now();
        assert_eq!(fit(&long, 10).chars().count(), 10);
        assert!(started.elapsed() < std::time::Duration::from_millis(100));
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

    #[test]
    fn clicks_hit_the_topmost_target() {
        let mut hits = Hits::default();
        hits.add(Rect::new(0, 0, 10, 10), Action::SelectIdeaRow(1));
        hits.add(Rect::new(2, 2, 3, 1), Action::GoToPhase(2));
        hits.add(Rect::new(50, 50, 0, 3), Action::Quit);
        assert_eq!(hits.action_at(3, 2), Some(Action::GoToPhase(2)));
        assert_eq!(hits.action_at(3, 3), Some(Action::SelectIdeaRow(1)));
        assert_eq!(hits.action_at(10, 0), None);
        assert_eq!(hits.action_at(50, 50), None);
        assert_eq!(hits.len(), 2);
    }
}
