//! The clusters as columns side by side (narrow screens stack them, in
//! `stacked.rs`); only the visible ideas are drawn.

use super::*;
use crate::core::Idea;
use crate::core::public::is_covered;
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::document::Document;
use crate::tui::screen::ViewCtx;
use crate::tui::screens::cluster::{ClusterMode, Cursor, Group, idea_at};
use crate::tui::theme::Theme;
use crate::tui::widgets::hits::Hits;
use crate::tui::widgets::text::{draw_lines, fit, width_of, window_start, wrapped};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders};

// ----- the columns -----

/// Which column is in focus: the target while one is chosen, else the cursor's.
fn focus(state: &ClusterMode, cursor: Cursor) -> usize {
    state.pick.as_ref().map_or(cursor.group, |pick| pick.target)
}

pub(super) fn group_title(view: &ViewCtx, doc: &Document, group: &Group) -> String {
    match group.cluster.and_then(|c| doc.session.clusters.get(c)) {
        Some(cluster) => cluster.title.clone(),
        None => tr(view.lang, Msg::Unclustered).to_string(),
    }
}

/// How a column's heading and border look.
pub(super) struct Heading {
    pub(super) text: String,
    pub(super) style: Style,
    border: Style,
    border_type: BorderType,
}

pub(super) fn heading(
    view: &ViewCtx,
    doc: &Document,
    state: &ClusterMode,
    groups: &[Group],
    index: usize,
    width: usize,
    theme: &Theme,
) -> Heading {
    let group = &groups[index];
    let cursor = state.cursor(groups);
    let is_target = state.pick.as_ref().is_some_and(|p| p.target == index);
    let focused = state.pick.is_none() && cursor.group == index;
    let size = format!(" ({})", group.len);
    let (left, right) = if is_target {
        (TARGET_LEFT, TARGET_RIGHT)
    } else {
        ("", "")
    };
    let room = width.saturating_sub(width_of(&size) + width_of(left) + width_of(right));
    let title = fit(&group_title(view, doc, group), room);
    let text = format!("{left}{title}{size}{right}");
    let base = if group.cluster.is_some() {
        theme.cluster_title
    } else {
        theme.heading
    };
    if is_target {
        Heading {
            text,
            style: theme.cluster_target,
            border: theme.border_focused.add_modifier(Modifier::BOLD),
            border_type: BorderType::Double,
        }
    } else if focused {
        Heading {
            text,
            style: base,
            border: theme.border_focused,
            border_type: BorderType::Thick,
        }
    } else {
        Heading {
            text,
            style: base,
            border: theme.border,
            border_type: BorderType::Plain,
        }
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn draw_columns(
    view: &ViewCtx,
    doc: &Document,
    state: &ClusterMode,
    groups: &[Group],
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let cursor = state.cursor(groups);
    let focused = focus(state, cursor);
    // An empty "not clustered" column takes no room unless it is where the
    // cursor or the chosen target is (it stays a place to move ideas to).
    let shown: Vec<usize> = (0..groups.len())
        .filter(|&index| index != 0 || groups[0].len > 0 || focused == 0)
        .collect();
    let count = shown.len();
    let visible = usize::from((area.width / COLUMN_MIN).max(1)).min(count);
    let at = shown.iter().position(|&index| index == focused).unwrap_or(0);
    let first = window_start(count, at, visible);
    let constraints = vec![Constraint::Ratio(1, visible as u32); visible];
    let rects = Layout::horizontal(constraints).split(area);
    for (slot, rect) in rects.iter().enumerate() {
        let index = shown[first + slot];
        let hidden_left = if slot == 0 { first } else { 0 };
        let hidden_right = if slot + 1 == visible {
            count - first - visible
        } else {
            0
        };
        draw_column(
            view,
            doc,
            state,
            groups,
            index,
            (hidden_left, hidden_right),
            theme,
            frame,
            *rect,
            hits,
        );
    }
}

#[allow(clippy::too_many_arguments)]
fn draw_column(
    view: &ViewCtx,
    doc: &Document,
    state: &ClusterMode,
    groups: &[Group],
    index: usize,
    (hidden_left, hidden_right): (usize, usize),
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = view.lang;
    let group = &groups[index];
    let width = usize::from(area.width.saturating_sub(4));
    let left_marker = if hidden_left > 0 {
        format!("◀{hidden_left} ")
    } else {
        String::new()
    };
    let right_marker = (hidden_right > 0).then(|| format!(" {hidden_right}▶"));
    let room =
        width.saturating_sub(width_of(&left_marker) + right_marker.as_ref().map_or(0, |m| width_of(m)));
    let heading = heading(view, doc, state, groups, index, room, theme);
    let mut title = vec![Span::raw(" ")];
    if !left_marker.is_empty() {
        title.push(Span::styled(left_marker, theme.muted));
    }
    title.push(Span::styled(heading.text, heading.style));
    title.push(Span::raw(" "));
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_type(heading.border_type)
        .border_style(heading.border)
        .title(Line::from(title));
    if let Some(marker) = right_marker {
        block = block.title(Line::from(Span::styled(format!("{marker} "), theme.muted)).right_aligned());
    }
    let inner = block.inner(area);
    hits.add(area, Action::SelectCluster(index));
    let cursor = state.cursor(groups);
    // The cursor stays visible while a target is chosen: without marks,
    // its idea is the one that moves.
    let has_cursor = cursor.group == index;
    // One column stays free on the right, so text never touches the border.
    let text_width = usize::from(inner.width.saturating_sub(CARD_INDENT + 1));
    // A narrow column gives each card a line more.
    let most = if area.height >= LARGE_HEIGHT { 3 } else { 2 } + usize::from(text_width < 24);
    // Each card is wrapped once: for its height, then for its lines.
    let wrapped_cards = std::cell::RefCell::new(std::collections::HashMap::new());
    let card = |position: usize| {
        wrapped_cards
            .borrow_mut()
            .entry(position)
            .or_insert_with(|| {
                idea_at(doc, group, position)
                    .map_or(Vec::new(), |idea| card_text(view, idea, text_width, most))
            })
            .clone()
    };
    let focus = cursor.position.filter(|_| has_cursor);
    let placed = place_cards(group.len, focus, usize::from(inner.height), |p| {
        card(p).len().max(1)
    });
    let above = placed.first().map_or(0, |c| c.position);
    let below = group.len - above - placed.len();
    if above > 0 {
        let text = fill(lang, Msg::MoreAbove, &[("n", &above)]);
        block = block.title_bottom(Line::from(Span::styled(format!(" {text} "), theme.muted)));
    }
    if below > 0 {
        let text = fill(lang, Msg::MoreBelow, &[("n", &below)]);
        block =
            block.title_bottom(Line::from(Span::styled(format!(" {text} "), theme.muted)).right_aligned());
    }
    frame.render_widget(block, area);
    if group.len == 0 {
        let text = Span::styled(
            fit(tr(lang, Msg::ClusterEmpty), usize::from(inner.width)),
            theme.muted,
        );
        frame.render_widget(text, inner);
        return;
    }
    for placed in placed {
        let Some(idea) = idea_at(doc, group, placed.position) else {
            continue;
        };
        let at_cursor = focus == Some(placed.position);
        let marked = state.marked.contains(&idea.id);
        let lines = card_lines(doc, idea, card(placed.position), at_cursor, marked, theme);
        let rect = Rect::new(inner.x, inner.y + placed.top, inner.width, placed.height);
        draw_lines(lines, frame, rect);
        hits.add(rect, Action::SelectClusterIdea(index, placed.position));
    }
}

/// Columns before an idea's text: cursor, mark or bullet, space.
const CARD_INDENT: u16 = 3;

/// An idea placed in a column: its place in the cluster, its first row
/// (from the column's top) and its height.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Placed {
    position: usize,
    top: u16,
    height: u16,
}

/// Which ideas of a column of `len` fit into `rows`, whole: with `focus`,
/// the focused one roughly in the middle, else from the top. Asks for the
/// height of the ideas it considers only, so a long column costs no more
/// than a short one.
fn place_cards(
    len: usize,
    focus: Option<usize>,
    rows: usize,
    height: impl Fn(usize) -> usize,
) -> Vec<Placed> {
    if len == 0 || rows == 0 {
        return Vec::new();
    }
    let focus = focus.unwrap_or(0).min(len - 1);
    let mut heights = std::collections::VecDeque::new();
    let focus_height = height(focus).min(rows);
    heights.push_back(focus_height);
    let mut first = focus;
    let mut used = focus_height;
    // Up to half of the room above the focused idea...
    let budget = if focus == 0 { 0 } else { (rows - focus_height) / 2 };
    while first > 0 {
        let h = height(first - 1);
        if used - focus_height + h > budget {
            break;
        }
        first -= 1;
        used += h;
        heights.push_front(h);
    }
    // ...then below it, and what is left above again at the column's end.
    let mut last = focus;
    while last + 1 < len {
        let h = height(last + 1);
        if used + h > rows {
            break;
        }
        last += 1;
        used += h;
        heights.push_back(h);
    }
    while first > 0 && last + 1 == len {
        let h = height(first - 1);
        if used + h > rows {
            break;
        }
        first -= 1;
        used += h;
        heights.push_front(h);
    }
    let mut top = 0u16;
    heights
        .into_iter()
        .enumerate()
        .map(|(offset, h)| {
            let placed = Placed {
                position: first + offset,
                top,
                height: h as u16,
            };
            top += h as u16;
            placed
        })
        .collect()
}

/// The text lines of an idea's card, at most `most`.
fn card_text(view: &ViewCtx, idea: &Idea, width: usize, most: usize) -> Vec<String> {
    if is_covered(idea) {
        return vec![fit(&format!("▒▒▒▒▒▒ {}", tr(view.lang, Msg::CoveredCard)), width)];
    }
    wrapped(&idea.text, width, most, Style::new())
        .into_iter()
        .map(|line| line.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect()
}

/// An idea as a card in a column: cursor and mark (or the author's bullet)
/// on its first line, the text wrapped beside them.
fn card_lines<'a>(
    doc: &Document,
    idea: &Idea,
    text: Vec<String>,
    at_cursor: bool,
    marked: bool,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let (base, bullet, bullet_style) = idea_styles(doc, idea, at_cursor, marked, theme);
    let text_style = if is_covered(idea) && !at_cursor {
        theme.idea_covered
    } else {
        base
    };
    text.into_iter()
        .enumerate()
        .map(|(row, line)| {
            let (cursor, bullet) = if row == 0 {
                (if at_cursor { CURSOR } else { " " }, bullet)
            } else {
                (" ", " ")
            };
            // The line's style marks the whole row: no spaces to lay out.
            Line::from(vec![
                Span::styled(cursor, base),
                Span::styled(bullet, if row == 0 { bullet_style } else { base }),
                Span::styled(" ", base),
                Span::styled(line, text_style),
            ])
            .style(base)
        })
        .collect()
}

/// The style of an idea's line, and its bullet: `✓` when marked, else the
/// author's coloured dot.
pub(super) fn idea_styles(
    doc: &Document,
    idea: &Idea,
    at_cursor: bool,
    marked: bool,
    theme: &Theme,
) -> (Style, &'static str, Style) {
    let author = idea.authors.first().and_then(|id| doc.session.participant(*id));
    let base = if at_cursor {
        theme.idea_selected
    } else if marked {
        theme.idea_marked
    } else {
        theme.idea
    };
    let (bullet, bullet_style) = if marked {
        (MARK, base)
    } else if let Some(person) = author {
        (
            "●",
            if at_cursor {
                base
            } else {
                theme.participant(person.colour)
            },
        )
    } else {
        ("•", if at_cursor { base } else { theme.muted })
    };
    (base, bullet, bullet_style)
}

/// One idea on one line: cursor, mark (or the author's coloured bullet),
/// text. No author name: the text needs the room, and the box below the
/// doc names the author of the selected idea.
pub(super) fn idea_line<'a>(
    view: &ViewCtx,
    doc: &Document,
    idea: &Idea,
    at_cursor: bool,
    marked: bool,
    width: usize,
    theme: &Theme,
) -> Line<'a> {
    let (base, bullet, bullet_style) = idea_styles(doc, idea, at_cursor, marked, theme);
    let text_width = width.saturating_sub(4);
    let (text, text_style) = if is_covered(idea) {
        let card = format!("▒▒▒▒▒▒ {}", tr(view.lang, Msg::CoveredCard));
        let style = if at_cursor { base } else { theme.idea_covered };
        (fit(&card, text_width), style)
    } else {
        (fit(&idea.text, text_width), base)
    };
    let gap = " ".repeat(text_width.saturating_sub(width_of(&text)) + 1);
    Line::from(vec![
        Span::styled(if at_cursor { CURSOR } else { " " }, base),
        Span::styled(bullet, bullet_style),
        Span::styled(" ", base),
        Span::styled(text, text_style),
        Span::styled(gap, base),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tops(placed: &[Placed]) -> Vec<(usize, u16, u16)> {
        placed.iter().map(|p| (p.position, p.top, p.height)).collect()
    }

    #[test]
    fn cards_fill_a_column_from_the_top_without_a_focus() {
        let placed = place_cards(10, None, 7, |p| 1 + p % 2);
        assert_eq!(
            tops(&placed),
            [(0, 0, 1), (1, 1, 2), (2, 3, 1), (3, 4, 2), (4, 6, 1)]
        );
        assert!(place_cards(0, Some(3), 7, |_| 1).is_empty());
        assert!(place_cards(5, Some(3), 0, |_| 1).is_empty());
    }

    #[test]
    fn the_focused_card_is_always_placed_whole_or_cut_to_the_column() {
        for len in 1..30 {
            for focus in 0..len {
                for rows in 1..12 {
                    let height = |p: usize| 1 + (p * 7) % 3;
                    let placed = place_cards(len, Some(focus), rows, height);
                    assert!(placed.iter().any(|p| p.position == focus), "{len} {focus} {rows}");
                    let used: u16 = placed.iter().map(|p| p.height).sum();
                    assert!(usize::from(used) <= rows.max(height(focus).min(rows)));
                    // Consecutive and stacked without gaps.
                    for pair in placed.windows(2) {
                        assert_eq!(pair[1].position, pair[0].position + 1);
                        assert_eq!(pair[1].top, pair[0].top + pair[0].height);
                    }
                }
            }
        }
    }

    #[test]
    fn a_focused_card_far_down_sits_in_the_middle_and_the_end_fills_up() {
        let placed = place_cards(100, Some(50), 11, |_| 1);
        assert_eq!(placed.first().map(|p| p.position), Some(45));
        assert_eq!(placed.len(), 11);
        let placed = place_cards(100, Some(99), 11, |_| 1);
        assert_eq!(
            placed.first().map(|p| p.position),
            Some(89),
            "no empty rows at the end"
        );
    }

    #[test]
    fn a_long_column_asks_only_for_the_cards_it_shows() {
        let asked = std::cell::Cell::new(0);
        place_cards(1_000_000, Some(500_000), 20, |_| {
            asked.set(asked.get() + 1);
            2
        });
        assert!(asked.get() < 30, "asked for {} heights", asked.get());
    }
}
