//! Scrolling the help overlay, which the app shows over every screen.

use crate::tui::action::Action;

/// Rows the page keys move.
const PAGE: usize = 10;

/// Where the help overlay's scroll is after `action`, over a list of
/// `entries` rows; `None` when the action does not scroll.
pub(super) fn scrolled(scroll: usize, entries: usize, action: &Action) -> Option<usize> {
    let scroll = match action {
        Action::SelectNext => (scroll + 1).min(entries),
        Action::SelectPrevious => scroll.saturating_sub(1),
        Action::PageDown => (scroll + PAGE).min(entries),
        Action::PageUp => scroll.saturating_sub(PAGE),
        Action::SelectFirst => 0,
        Action::SelectLast => entries,
        _ => return None,
    };
    Some(scroll)
}
