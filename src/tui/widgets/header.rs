//! The top line of the session screens: plenum, the session's title and
//! which phase of how many.

use super::text::{pad, width_of};
use crate::core::{Language, Session};
use crate::i18n::{Msg, fill};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

pub fn session_header(lang: Language, session: &Session, theme: &Theme, frame: &mut Frame, area: Rect) {
    let phases = session.phases.len();
    let right = if phases == 0 {
        String::new()
    } else {
        let n = session.current_phase + 1;
        format!("{} ", fill(lang, Msg::PhaseOf, &[("n", &n), ("total", &phases)]))
    };
    let width = usize::from(area.width);
    let title_room = width.saturating_sub(width_of(&right) + 13);
    let line = Line::from(vec![
        Span::styled(" plenum", theme.heading),
        Span::styled("  ·  ", theme.muted),
        Span::styled(pad(&session.title, title_room, false), theme.heading),
        Span::styled(
            pad(&right, width.saturating_sub(title_room + 12), true),
            theme.muted,
        ),
    ]);
    frame.render_widget(line, area);
}
