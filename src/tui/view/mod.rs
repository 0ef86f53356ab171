//! Views: functions of the app state. `render` draws a frame and returns the
//! rectangles it drew that a mouse click can hit; [`Hits::action_at`] turns a
//! click into an action without looking at anything else.
//!
//! Lists draw only their visible rows, so a frame costs the same with 100 or
//! 100,000 ideas.

mod chrome;
mod help;
mod too_small;

use super::app::App;
use super::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::widgets::Block;

/// Below this size the screens do not fit; a message asks for more room.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

pub use super::widgets::dialog::centered;
pub use super::widgets::field::text_area;
pub use super::widgets::hits::Hits;
pub use super::widgets::text::{clock_digits, fit, pad, width_of, window_start, wrapped};

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
    if let Some(top) = app.top_screen() {
        top.render(&app.view_ctx(theme), frame, main, &mut hits);
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
