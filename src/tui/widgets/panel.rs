//! A bordered panel that draws its frame and title and nothing else.
//!
//! ratatui's `Block` also sets its style on every cell of its area, even
//! when it has none; the session screen's panels cover the whole terminal,
//! so that was one more pass over all 12,000 cells of a 200x60 frame. The
//! screen's background is already drawn under the panels.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::symbols::border;
use ratatui::text::Line;
use ratatui::widgets::Widget;

pub struct Panel<'a> {
    title: Line<'a>,
    border: Style,
}

impl<'a> Panel<'a> {
    pub fn new(title: Line<'a>, border: Style) -> Panel<'a> {
        Panel { title, border }
    }

    /// The area inside the border.
    pub fn inner(area: Rect) -> Rect {
        area.inner(Margin::new(1, 1))
    }
}

impl Widget for Panel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.width < 2 || area.height < 2 {
            return;
        }
        let set = border::PLAIN;
        let (left, right, top, bottom) = (area.left(), area.right() - 1, area.top(), area.bottom() - 1);
        for x in left + 1..right {
            buf[(x, top)]
                .set_symbol(set.horizontal_top)
                .set_style(self.border);
            buf[(x, bottom)]
                .set_symbol(set.horizontal_bottom)
                .set_style(self.border);
        }
        for y in top + 1..bottom {
            buf[(left, y)]
                .set_symbol(set.vertical_left)
                .set_style(self.border);
            buf[(right, y)]
                .set_symbol(set.vertical_right)
                .set_style(self.border);
        }
        for (x, y, symbol) in [
            (left, top, set.top_left),
            (right, top, set.top_right),
            (left, bottom, set.bottom_left),
            (right, bottom, set.bottom_right),
        ] {
            buf[(x, y)].set_symbol(symbol).set_style(self.border);
        }
        let title = Rect::new(left + 1, top, area.width - 2, 1);
        self.title.render(title, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Color, Modifier};
    use ratatui::text::Span;
    use ratatui::widgets::{Block, Borders};

    /// The same cells as a bordered `Block` with the same title, over a
    /// styled background, at several sizes.
    #[test]
    fn draws_what_a_bordered_block_draws() {
        let background = Style::default().bg(Color::Rgb(10, 20, 30)).fg(Color::White);
        let border = Style::default().fg(Color::Yellow).add_modifier(Modifier::BOLD);
        for (width, height) in [(2, 2), (3, 5), (20, 4), (40, 10), (12, 3)] {
            let title = || {
                Line::from(vec![
                    Span::styled(" Ideen (3) ", Style::default().fg(Color::Cyan)),
                    Span::raw("· still 🌞 "),
                ])
            };
            let area = Rect::new(0, 0, width, height);
            let mut expected = Buffer::empty(area);
            expected.set_style(area, background);
            Block::default()
                .borders(Borders::ALL)
                .border_style(border)
                .title(title())
                .render(area, &mut expected);
            let mut drawn = Buffer::empty(area);
            drawn.set_style(area, background);
            Panel::new(title(), border).render(area, &mut drawn);
            assert_eq!(drawn, expected, "{width}x{height}");
            let inner = Block::default().borders(Borders::ALL).inner(area);
            assert_eq!(Panel::inner(area), inner, "{width}x{height}");
        }
    }
}
