//! The clusters as stacked blocks, for screens too narrow for columns;
//! only the visible ideas are drawn.

use super::CURSOR;
use super::columns::{heading, idea_line};
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::document::Document;
use crate::tui::screen::ViewCtx;
use crate::tui::screens::cluster::{ClusterMode, Group, idea_at};
use crate::tui::theme::Theme;
use crate::tui::widgets::hits::Hits;
use crate::tui::widgets::text::window_start;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

/// A line of the stacked list: a column's heading, or one of its ideas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stacked {
    Heading(usize),
    Idea(usize, usize),
}

/// The stacked list's lines from `first` on, walking the columns once.
fn stacked_from(groups: &[Group], first: usize) -> impl Iterator<Item = Stacked> + '_ {
    groups
        .iter()
        .enumerate()
        .scan(0usize, |start, (g, group)| {
            let begin = *start;
            *start += 1 + group.len;
            Some((g, begin, group.len))
        })
        .skip_while(move |(_, begin, len)| begin + 1 + len <= first)
        .flat_map(|(g, begin, len)| {
            std::iter::once(Stacked::Heading(g))
                .chain((0..len).map(move |p| Stacked::Idea(g, p)))
                .enumerate()
                .map(move |(offset, line)| (begin + offset, line))
        })
        .skip_while(move |(line, _)| *line < first)
        .map(|(_, line)| line)
}

#[allow(clippy::too_many_arguments)]
pub(super) fn draw_stacked(
    view: &ViewCtx,
    doc: &Document,
    state: &ClusterMode,
    groups: &[Group],
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = view.lang;
    let clusters = groups.len() - 1;
    let title = Line::from(Span::styled(
        format!(" {} ({clusters}) ", tr(lang, Msg::ClusterBoard)),
        theme.heading,
    ));
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(title);
    let inner = block.inner(area);
    let height = usize::from(inner.height);
    let width = usize::from(inner.width);
    let starts: Vec<usize> = groups
        .iter()
        .scan(0, |start, group| {
            let begin = *start;
            *start += 1 + group.len;
            Some(begin)
        })
        .collect();
    let total = groups.iter().map(|g| 1 + g.len).sum::<usize>();
    let cursor = state.cursor(groups);
    let focus_line = match &state.pick {
        Some(pick) => starts[pick.target.min(groups.len() - 1)],
        None => starts[cursor.group] + cursor.position.map_or(0, |p| p + 1),
    };
    let first = window_start(total, focus_line, height);
    let mut lines: Vec<Stacked> = stacked_from(groups, first).take(height).collect();
    // A cluster cut at the top keeps its heading in view.
    if height >= 3
        && let Some(Stacked::Idea(g, _)) = lines.first().copied()
    {
        lines = std::iter::once(Stacked::Heading(g))
            .chain(stacked_from(groups, first + 1).take(height - 1))
            .collect();
    }
    let hidden_above = first;
    let below = total.saturating_sub(first + height);
    if hidden_above > 0 {
        let text = fill(lang, Msg::MoreAbove, &[("n", &hidden_above)]);
        block = block.title(Line::from(Span::styled(format!(" {text} "), theme.muted)).right_aligned());
    }
    if below > 0 {
        let text = fill(lang, Msg::MoreBelow, &[("n", &below)]);
        block =
            block.title_bottom(Line::from(Span::styled(format!(" {text} "), theme.muted)).right_aligned());
    }
    frame.render_widget(block, area);
    for (row, line) in lines.into_iter().enumerate() {
        let rect = Rect::new(inner.x, inner.y + row as u16, inner.width, 1);
        match line {
            Stacked::Heading(g) => {
                let heading = heading(view, doc, state, groups, g, width.saturating_sub(4), theme);
                let empty_cursor = state.pick.is_none() && cursor.group == g && cursor.position.is_none();
                let (marker, style) = if empty_cursor {
                    (CURSOR, theme.idea_selected)
                } else {
                    ("▾", heading.style)
                };
                let mut spans = vec![
                    Span::styled(format!("{marker} "), style),
                    Span::styled(heading.text, style),
                ];
                if groups[g].len == 0 {
                    spans.push(Span::styled(
                        format!("  {}", tr(lang, Msg::ClusterEmpty)),
                        theme.muted,
                    ));
                }
                frame.render_widget(Paragraph::new(Line::from(spans)), rect);
                hits.add(rect, Action::SelectCluster(g));
            }
            Stacked::Idea(g, p) => {
                let Some(idea) = idea_at(doc, &groups[g], p) else {
                    continue;
                };
                let at_cursor = cursor.group == g && cursor.position == Some(p);
                let marked = state.marked.contains(&idea.id);
                let indented = Rect::new(rect.x + 2, rect.y, rect.width.saturating_sub(2), 1);
                let line = idea_line(view, doc, idea, at_cursor, marked, width.saturating_sub(2), theme);
                frame.render_widget(Paragraph::new(line), indented);
                hits.add(rect, Action::SelectClusterIdea(g, p));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stacked_lines_start_anywhere() {
        let groups = [
            Group {
                cluster: None,
                first: 1,
                len: 2,
            },
            Group {
                cluster: Some(0),
                first: 4,
                len: 0,
            },
            Group {
                cluster: Some(1),
                first: 5,
                len: 1,
            },
        ];
        let all: Vec<Stacked> = stacked_from(&groups, 0).collect();
        assert_eq!(
            all,
            [
                Stacked::Heading(0),
                Stacked::Idea(0, 0),
                Stacked::Idea(0, 1),
                Stacked::Heading(1),
                Stacked::Heading(2),
                Stacked::Idea(2, 0),
            ]
        );
        for first in 0..all.len() {
            assert_eq!(stacked_from(&groups, first).collect::<Vec<_>>(), all[first..]);
        }
        assert_eq!(stacked_from(&groups, 9).count(), 0);
    }
}
