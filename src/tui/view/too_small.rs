//! Shown instead of a screen when the window is too small for it.

use super::{MIN_HEIGHT, MIN_WIDTH, wrapped};
use crate::i18n::{Msg, fill};
use crate::tui::app::App;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let text = fill(
        app.lang,
        Msg::TooSmall,
        &[
            ("w", &MIN_WIDTH),
            ("h", &MIN_HEIGHT),
            ("cw", &area.width),
            ("ch", &area.height),
        ],
    );
    let width = usize::from(area.width.saturating_sub(2)).max(1);
    let lines = wrapped(&text, width, usize::from(area.height), theme.error);
    let top = area.height.saturating_sub(lines.len() as u16) / 2;
    let rect = Rect::new(
        area.x + 1.min(area.width),
        area.y + top,
        area.width.saturating_sub(2),
        area.height - top,
    );
    frame.render_widget(Paragraph::new(lines), rect);
}
