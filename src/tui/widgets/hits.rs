//! What a mouse click hits: the rectangles a frame drew, each with the
//! action a click there means. A pure lookup, so clicks are testable
//! without a terminal.

use crate::tui::action::Action;
use ratatui::layout::Rect;

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

#[cfg(test)]
mod tests {
    use super::*;

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
