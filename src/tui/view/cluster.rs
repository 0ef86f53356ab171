//! Cluster mode (issue 4): the clusters of the phase as columns on wide
//! screens and as stacked blocks on narrow ones, each with its title and
//! size; the review of suggested clusters; and the field for a name.
//!
//! What matters from the back of a room is shown twice, by style and by a
//! character, so it survives NO_COLOR, a washed-out projector and colour
//! blindness: the cursor `▶` (and the selection style), marked ideas `✓`,
//! the focused column a thick border, the target cluster `→ … ←` with a
//! double border. Only the visible ideas are drawn.

use super::{Hits, clock_digits, fit, pad, width_of, window_start, wrapped};
use crate::core::Idea;
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::board::Board;
use crate::tui::cluster::{
    ClusterMode, Cursor, Group, NamingPurpose, PickPurpose, Review, Verdict, groups, idea_at, is_target,
};
use crate::tui::keymap::Mode;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

/// From this width on, clusters stand side by side as columns.
const COLUMNS_FROM: u16 = 100;
/// The narrowest column; more clusters than fit scroll sideways.
const COLUMN_MIN: u16 = 30;
/// From this size on, the screen counts as large (a projector).
const LARGE_WIDTH: u16 = 120;
const LARGE_HEIGHT: u16 = 40;

const CURSOR: &str = "▶";
const MARK: &str = "✓";
const DROPPED: &str = "✗";
const TARGET_LEFT: &str = "→ ";
const TARGET_RIGHT: &str = " ←";

pub fn render(app: &App, board: &Board, theme: &Theme, frame: &mut Frame, area: Rect, hits: &mut Hits) {
    let Some(state) = &board.cluster else {
        return;
    };
    let groups = groups(&board.rows);
    let large = area.width >= LARGE_WIDTH && area.height >= LARGE_HEIGHT;
    let strip_height = if large { 2 } else { 1 };
    let bottom_height = bottom_height(board, state, &groups, area, large);
    let [header, strip, body, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(strip_height),
        Constraint::Min(3),
        Constraint::Length(bottom_height),
    ])
    .areas(area);
    super::board::draw_header(app, board, theme, frame, header);
    draw_strip(app, board, theme, frame, strip, large);
    if let Some(review) = &state.review {
        draw_review(app, board, review, theme, frame, body, hits);
    } else if body.width >= COLUMNS_FROM {
        draw_columns(app, board, state, &groups, theme, frame, body, hits);
    } else {
        draw_stacked(app, board, state, &groups, theme, frame, body, hits);
    }
    if bottom_height == 0 {
        return;
    }
    if let Some(naming) = &state.naming {
        draw_naming(app, board, naming, theme, frame, bottom);
    } else if let Some(pick) = &state.pick {
        draw_pick_prompt(app, board, pick, &groups, theme, frame, bottom);
    } else {
        draw_detail(app, board, state, &groups, theme, frame, bottom, large);
    }
}

fn bottom_height(board: &Board, state: &ClusterMode, groups: &[Group], area: Rect, large: bool) -> u16 {
    if let Some(naming) = &state.naming {
        let lines = naming
            .text
            .layout(usize::from(area.width.saturating_sub(2)))
            .lines
            .len();
        return lines.clamp(1, 3) as u16 + 2;
    }
    if state.review.is_some() {
        return 0;
    }
    if state.pick.is_some() {
        return 3;
    }
    let most = if large { 3 } else { 1 };
    let cursor = state.cursor(groups);
    let lines = cursor
        .position
        .and_then(|p| idea_at(board, &groups[cursor.group], p))
        .map_or(1, |idea| {
            wrapped(
                &idea.text,
                usize::from(area.width.saturating_sub(2)),
                most,
                Style::new(),
            )
            .len()
        });
    lines.clamp(1, most) as u16 + 2
}

/// The phase's title and guiding question, and the timer: clustering is
/// timeboxed too.
fn draw_strip(app: &App, board: &Board, theme: &Theme, frame: &mut Frame, area: Rect, large: bool) {
    let Some(phase) = board.phase() else {
        return;
    };
    let lang = app.lang;
    let left = board.seconds_left(app.now);
    let (timer_text, timer_style) = if left <= 0 {
        (format!(" {} ", tr(lang, Msg::TimeUp)), theme.timer_up)
    } else {
        let style = if left <= 60 {
            theme.timer_last_minute
        } else if board.timer_running() {
            theme.timer
        } else {
            theme.timer_paused
        };
        (format!(" ⏱ {} ", clock_digits(left)), style)
    };
    let width = usize::from(area.width);
    let room = width.saturating_sub(width_of(&timer_text) + 1);
    let title = format!(" {}", phase.title);
    let mut first = vec![Span::styled(fit(&title, room), theme.phase_title)];
    let used = width_of(&fit(&title, room));
    if large {
        first.push(Span::raw(" ".repeat(room.saturating_sub(used) + 1)));
        first.push(Span::styled(timer_text, timer_style));
        let question = Line::from(Span::styled(
            fit(&format!(" {}", phase.question), width),
            theme.question,
        ));
        frame.render_widget(Paragraph::new(vec![Line::from(first), question]), area);
        return;
    }
    let question = fit(&format!("  ·  {}", phase.question), room.saturating_sub(used));
    let gap = room.saturating_sub(used + width_of(&question)) + 1;
    first.push(Span::styled(question, theme.question));
    first.push(Span::raw(" ".repeat(gap)));
    first.push(Span::styled(timer_text, timer_style));
    frame.render_widget(Paragraph::new(Line::from(first)), area);
}

// ----- the columns -----

/// Which column is in focus: the target while one is chosen, else the cursor's.
fn focus(state: &ClusterMode, cursor: Cursor) -> usize {
    state.pick.as_ref().map_or(cursor.group, |pick| pick.target)
}

fn group_title(app: &App, board: &Board, group: &Group) -> String {
    match group.cluster.and_then(|c| board.session.clusters.get(c)) {
        Some(cluster) => cluster.title.clone(),
        None => tr(app.lang, Msg::Unclustered).to_string(),
    }
}

/// How a column's heading and border look.
struct Heading {
    text: String,
    style: Style,
    border: Style,
    border_type: BorderType,
}

fn heading(
    app: &App,
    board: &Board,
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
    let title = fit(&group_title(app, board, group), room);
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
fn draw_columns(
    app: &App,
    board: &Board,
    state: &ClusterMode,
    groups: &[Group],
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let count = groups.len();
    let visible = usize::from((area.width / COLUMN_MIN).max(1)).min(count);
    let cursor = state.cursor(groups);
    let first = window_start(count, focus(state, cursor), visible);
    let constraints = vec![Constraint::Ratio(1, visible as u32); visible];
    let rects = Layout::horizontal(constraints).split(area);
    for (slot, rect) in rects.iter().enumerate() {
        let index = first + slot;
        let hidden_left = if slot == 0 { first } else { 0 };
        let hidden_right = if slot + 1 == visible {
            count - first - visible
        } else {
            0
        };
        draw_column(
            app,
            board,
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
    app: &App,
    board: &Board,
    state: &ClusterMode,
    groups: &[Group],
    index: usize,
    (hidden_left, hidden_right): (usize, usize),
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = app.lang;
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
    let heading = heading(app, board, state, groups, index, room, theme);
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
    let most = if area.height >= LARGE_HEIGHT { 3 } else { 2 };
    let card = |position: usize| {
        idea_at(board, group, position).map_or(Vec::new(), |idea| card_text(app, idea, text_width, most))
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
        frame.render_widget(Paragraph::new(text), inner);
        return;
    }
    for placed in placed {
        let Some(idea) = idea_at(board, group, placed.position) else {
            continue;
        };
        let at_cursor = focus == Some(placed.position);
        let marked = state.marked.contains(&idea.id);
        let lines = card_lines(
            board,
            idea,
            card(placed.position),
            at_cursor,
            marked,
            inner.width,
            theme,
        );
        let rect = Rect::new(inner.x, inner.y + placed.top, inner.width, placed.height);
        frame.render_widget(Paragraph::new(lines), rect);
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
fn card_text(app: &App, idea: &Idea, width: usize, most: usize) -> Vec<String> {
    if idea.hidden {
        return vec![fit(&format!("▒▒▒▒▒▒ {}", tr(app.lang, Msg::CoveredCard)), width)];
    }
    wrapped(&idea.text, width, most, Style::new())
        .into_iter()
        .map(|line| line.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect()
}

/// An idea as a card in a column: cursor and mark (or the author's bullet)
/// on its first line, the text wrapped beside them.
fn card_lines<'a>(
    board: &Board,
    idea: &Idea,
    text: Vec<String>,
    at_cursor: bool,
    marked: bool,
    width: u16,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let (base, bullet, bullet_style) = idea_styles(board, idea, at_cursor, marked, theme);
    let text_style = if idea.hidden && !at_cursor {
        theme.idea_covered
    } else {
        base
    };
    let text_width = usize::from(width.saturating_sub(CARD_INDENT));
    text.into_iter()
        .enumerate()
        .map(|(row, line)| {
            let (cursor, bullet) = if row == 0 {
                (if at_cursor { CURSOR } else { " " }, bullet)
            } else {
                (" ", " ")
            };
            let gap = " ".repeat(text_width.saturating_sub(width_of(&line)));
            Line::from(vec![
                Span::styled(cursor, base),
                Span::styled(bullet, if row == 0 { bullet_style } else { base }),
                Span::styled(" ", base),
                Span::styled(line, text_style),
                Span::styled(gap, base),
            ])
        })
        .collect()
}

/// The style of an idea's line, and its bullet: `✓` when marked, else the
/// author's coloured dot.
fn idea_styles(
    board: &Board,
    idea: &Idea,
    at_cursor: bool,
    marked: bool,
    theme: &Theme,
) -> (Style, &'static str, Style) {
    let author = idea.authors.first().and_then(|id| board.session.participant(*id));
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
/// board names the author of the selected idea.
fn idea_line<'a>(
    app: &App,
    board: &Board,
    idea: &Idea,
    at_cursor: bool,
    marked: bool,
    width: usize,
    theme: &Theme,
) -> Line<'a> {
    let (base, bullet, bullet_style) = idea_styles(board, idea, at_cursor, marked, theme);
    let text_width = width.saturating_sub(4);
    let (text, text_style) = if idea.hidden {
        let card = format!("▒▒▒▒▒▒ {}", tr(app.lang, Msg::CoveredCard));
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

// ----- stacked blocks, for narrow screens -----

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
fn draw_stacked(
    app: &App,
    board: &Board,
    state: &ClusterMode,
    groups: &[Group],
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = app.lang;
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
                let heading = heading(app, board, state, groups, g, width.saturating_sub(4), theme);
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
                let Some(idea) = idea_at(board, &groups[g], p) else {
                    continue;
                };
                let at_cursor = cursor.group == g && cursor.position == Some(p);
                let marked = state.marked.contains(&idea.id);
                let indented = Rect::new(rect.x + 2, rect.y, rect.width.saturating_sub(2), 1);
                let line = idea_line(
                    app,
                    board,
                    idea,
                    at_cursor,
                    marked,
                    width.saturating_sub(2),
                    theme,
                );
                frame.render_widget(Paragraph::new(line), indented);
                hits.add(rect, Action::SelectClusterIdea(g, p));
            }
        }
    }
}

// ----- below the board -----

#[allow(clippy::too_many_arguments)]
fn draw_detail(
    app: &App,
    board: &Board,
    state: &ClusterMode,
    groups: &[Group],
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    large: bool,
) {
    let lang = app.lang;
    let cursor = state.cursor(groups);
    let idea = cursor
        .position
        .and_then(|p| idea_at(board, &groups[cursor.group], p));
    let mut title = vec![Span::styled(
        format!(" {} ", tr(lang, Msg::SelectedIdea)),
        theme.heading,
    )];
    let author = idea
        .and_then(|i| i.authors.first())
        .and_then(|id| board.session.participant(*id));
    if let Some(person) = author {
        title.push(Span::styled("· ", theme.muted));
        title.push(Span::styled(
            format!("{} ", fill(lang, Msg::ByAuthor, &[("name", &person.name)])),
            theme.participant(person.colour),
        ));
    }
    if !state.marked.is_empty() {
        let n = state.marked.len();
        title.push(Span::styled("· ", theme.muted));
        title.push(Span::styled(
            format!("{MARK} {} ", fill(lang, Msg::MarkedCount, &[("n", &n)])),
            theme.idea_marked,
        ));
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Line::from(title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let most = if large { 3 } else { 1 };
    let lines = match idea {
        Some(idea) if idea.hidden => vec![Line::from(Span::styled(
            fit(tr(lang, Msg::CoveredCard), width),
            theme.idea_covered,
        ))],
        Some(idea) => wrapped(&idea.text, width, most, theme.idea),
        None => {
            let hint = if groups[cursor.group].cluster.is_some() {
                Msg::EmptyClusterHint
            } else {
                Msg::AllClustered
            };
            vec![Line::from(Span::styled(fit(tr(lang, hint), width), theme.muted))]
        }
    };
    frame.render_widget(Paragraph::new(lines), inner);
}

fn draw_pick_prompt(
    app: &App,
    board: &Board,
    pick: &crate::tui::cluster::Pick,
    groups: &[Group],
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let lang = app.lang;
    let question = match &pick.purpose {
        PickPurpose::Move(_) => tr(lang, Msg::PickMoveTitle).to_string(),
        PickPurpose::Merge(source) => {
            let name = board.session.cluster(*source).map_or("", |c| c.title.as_str());
            fill(lang, Msg::PickMergeTitle, &[("name", &name)])
        }
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme.border_focused)
        .title(Span::styled(format!(" {question} "), theme.heading));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(group) = groups.get(pick.target) else {
        return;
    };
    let valid = is_target(&board.session, groups, &pick.purpose, pick.target);
    let name = group_title(app, board, group);
    let text = format!("{TARGET_LEFT}{name} ({}){TARGET_RIGHT}", group.len);
    let style = if valid { theme.cluster_target } else { theme.muted };
    frame.render_widget(
        Paragraph::new(Span::styled(fit(&text, usize::from(inner.width)), style)),
        inner,
    );
}

fn draw_naming(
    app: &App,
    board: &Board,
    naming: &crate::tui::cluster::Naming,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let lang = app.lang;
    let title = match &naming.purpose {
        NamingPurpose::NewCluster(_) => tr(lang, Msg::NameNewCluster).to_string(),
        NamingPurpose::Rename(id) => {
            let name = board.session.cluster(*id).map_or("", |c| c.title.as_str());
            fill(lang, Msg::NameRenameCluster, &[("name", &name)])
        }
        NamingPurpose::Suggestion => tr(lang, Msg::NameSuggestion).to_string(),
    };
    let mut title = vec![Span::styled(format!(" {title} "), theme.heading)];
    if let NamingPurpose::NewCluster(ideas) = &naming.purpose
        && ideas.len() > 1
    {
        let n = ideas.len();
        title.push(Span::styled(
            format!("· {MARK} {} ", fill(lang, Msg::MarkedCount, &[("n", &n)])),
            theme.idea_marked,
        ));
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(Line::from(title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    super::text_area(frame, inner, &naming.text, theme);
}

// ----- reviewing suggestions -----

fn verdict_mark(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Open => "○",
        Verdict::Accepted => MARK,
        Verdict::Rejected => DROPPED,
    }
}

fn verdict_word(verdict: Verdict) -> Msg {
    match verdict {
        Verdict::Open => Msg::SuggestionOpen,
        Verdict::Accepted => Msg::SuggestionAccepted,
        Verdict::Rejected => Msg::SuggestionRejected,
    }
}

fn draw_review(
    app: &App,
    board: &Board,
    review: &Review,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    if area.width >= COLUMNS_FROM {
        let list_width = (area.width / 3).clamp(30, 50);
        let [list, detail] =
            Layout::horizontal([Constraint::Length(list_width), Constraint::Min(1)]).areas(area);
        draw_proposal_list(app, review, theme, frame, list);
        draw_proposal(app, board, review, false, theme, frame, detail, hits);
    } else {
        draw_proposal(app, board, review, true, theme, frame, area, hits);
    }
}

fn draw_proposal_list(app: &App, review: &Review, theme: &Theme, frame: &mut Frame, area: Rect) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", tr(app.lang, Msg::SuggestionsTitle)),
            theme.heading,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height);
    let width = usize::from(inner.width);
    let first = window_start(review.proposals.len(), review.current, height);
    for (row, proposal) in review.proposals.iter().skip(first).take(height).enumerate() {
        let index = first + row;
        let current = index == review.current;
        let size = format!(" ({})", proposal.kept_count());
        let prefix = format!(
            "{}{} ",
            if current { CURSOR } else { " " },
            verdict_mark(proposal.verdict)
        );
        let name = fit(
            &proposal.name,
            width.saturating_sub(width_of(&prefix) + width_of(&size)),
        );
        let style = match proposal.verdict {
            _ if current => theme.selected,
            Verdict::Accepted => theme.idea_marked,
            Verdict::Rejected => theme.muted.add_modifier(Modifier::CROSSED_OUT),
            Verdict::Open => theme.idea,
        };
        let line = Line::from(vec![
            Span::styled(prefix, style),
            Span::styled(name, style),
            Span::styled(size, if current { style } else { theme.muted }),
        ]);
        let rect = Rect::new(inner.x, inner.y + row as u16, inner.width, 1);
        frame.render_widget(Paragraph::new(line), rect);
    }
}

#[allow(clippy::too_many_arguments)]
fn draw_proposal(
    app: &App,
    board: &Board,
    review: &Review,
    with_overview: bool,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = app.lang;
    let Some(proposal) = review.proposals.get(review.current) else {
        return;
    };
    let total = review.proposals.len();
    let n = review.current + 1;
    let which = fill(lang, Msg::SuggestionOf, &[("n", &n), ("total", &total)]);
    // Beside the list of suggestions, which already names them, the count is enough.
    let title = if with_overview {
        format!(" {} · {which} ", tr(lang, Msg::SuggestionsTitle))
    } else {
        format!(" {which} ")
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Thick)
        .border_style(theme.border_focused)
        .title(Span::styled(title, theme.heading));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let inner = Rect::new(inner.x + 1, inner.y, inner.width.saturating_sub(2), inner.height);
    let width = usize::from(inner.width);

    // The name (in big letters on a projector), the verdict, how many ideas stay.
    let verdict = format!(
        "{} {}",
        verdict_mark(proposal.verdict),
        tr(lang, verdict_word(proposal.verdict))
    );
    let verdict_style = match proposal.verdict {
        Verdict::Accepted => theme.idea_marked,
        Verdict::Rejected => theme.error,
        Verdict::Open => theme.muted,
    };
    let kept = proposal.kept_count();
    let all = proposal.ideas.len();
    let count = format!(
        "  ·  {}",
        fill(lang, Msg::SuggestionKept, &[("kept", &kept), ("total", &all)])
    );
    let big = inner.height >= LARGE_HEIGHT - 10
        && super::board::font_has(&proposal.name)
        && proposal.name.chars().count() * 4 <= width;
    let mut header = Vec::new();
    if big {
        let name = tui_big_text::BigText::builder()
            .pixel_size(tui_big_text::PixelSize::Quadrant)
            .style(theme.cluster_title)
            .lines(vec![Line::from(proposal.name.clone())])
            .build();
        frame.render_widget(
            name,
            Rect::new(inner.x, inner.y, inner.width, 4.min(inner.height)),
        );
        header.extend(std::iter::repeat_n(Line::default(), 5));
        header.push(Line::from(vec![
            Span::styled(verdict, verdict_style),
            Span::styled(fit(&count, width.saturating_sub(12)), theme.muted),
        ]));
    } else {
        let verdict = format!("  {verdict}");
        let name = fit(
            &fill(lang, Msg::Quoted, &[("text", &proposal.name)]),
            width.saturating_sub(width_of(&verdict)),
        );
        header.push(Line::from(vec![
            Span::styled(name, theme.cluster_title),
            Span::styled(verdict, verdict_style),
        ]));
        header.push(Line::from(Span::styled(
            fit(count.trim_start_matches([' ', '·']), width),
            theme.muted,
        )));
    }
    let finish = app.key_hint(Mode::Suggest, &Action::FinishSuggestions);
    let mut footer = vec![Line::from(Span::styled(
        fit(&fill(lang, Msg::SuggestionsNote, &[("key", &finish)]), width),
        theme.muted,
    ))];
    if with_overview {
        footer.insert(0, overview(lang, review, width, theme));
    }
    let rows = usize::from(inner.height);
    if rows < header.len() + footer.len() + 2 {
        // Too little room for all: the ideas come first.
        header.truncate(1);
        footer.clear();
    }
    let header_rows = header.len() as u16;
    frame.render_widget(
        Paragraph::new(header),
        Rect::new(inner.x, inner.y, inner.width, header_rows.min(inner.height)),
    );
    let footer_rows = footer.len() as u16;
    let list_top = inner.y + header_rows + 1;
    let list_bottom = (inner.y + inner.height).saturating_sub(footer_rows + u16::from(footer_rows > 0));
    if footer_rows > 0 {
        frame.render_widget(
            Paragraph::new(footer),
            Rect::new(
                inner.x,
                inner.y + inner.height - footer_rows,
                inner.width,
                footer_rows,
            ),
        );
    }
    let height = usize::from(list_bottom.saturating_sub(list_top));
    let first = window_start(all, review.cursor, height);
    let visible = proposal.ideas.iter().zip(&proposal.kept).skip(first).take(height);
    for (row, ((_, index), kept)) in visible.enumerate() {
        let position = first + row;
        let Some(idea) = board.session.ideas.get(*index) else {
            continue;
        };
        let at_cursor = position == review.cursor;
        let rect = Rect::new(inner.x, list_top + row as u16, inner.width, 1);
        let line = suggested_line(app, idea, *kept, at_cursor, width, theme);
        frame.render_widget(Paragraph::new(line), rect);
        hits.add(rect, Action::SelectSuggestedIdea(position));
    }
}

fn suggested_line<'a>(
    app: &App,
    idea: &Idea,
    kept: bool,
    at_cursor: bool,
    width: usize,
    theme: &Theme,
) -> Line<'a> {
    let style = match (at_cursor, kept) {
        (true, _) => theme.idea_selected,
        (false, true) => theme.idea,
        (false, false) => theme.muted.add_modifier(Modifier::CROSSED_OUT),
    };
    let removed = if kept {
        String::new()
    } else {
        format!("  ({})", tr(app.lang, Msg::SuggestionRemoved))
    };
    let text = fit(&idea.text, width.saturating_sub(3 + width_of(&removed)));
    let gap = " ".repeat(width.saturating_sub(3 + width_of(&text) + width_of(&removed)));
    Line::from(vec![
        Span::styled(if at_cursor { CURSOR } else { " " }, style),
        Span::styled(if kept { MARK } else { DROPPED }, style),
        Span::styled(" ", style),
        Span::styled(text, style),
        Span::styled(removed, style),
        Span::styled(gap, style),
    ])
}

/// One line with how many proposals are accepted, rejected and open.
fn overview<'a>(lang: crate::core::Language, review: &Review, width: usize, theme: &Theme) -> Line<'a> {
    let count = |verdict| review.proposals.iter().filter(|p| p.verdict == verdict).count();
    let text = [Verdict::Accepted, Verdict::Rejected, Verdict::Open]
        .into_iter()
        .map(|verdict| {
            format!(
                "{} {} {}",
                verdict_mark(verdict),
                count(verdict),
                tr(lang, verdict_word(verdict))
            )
        })
        .collect::<Vec<_>>()
        .join("   ");
    Line::from(Span::styled(pad(&text, width, false), theme.label))
}

/// The keys the footer offers in the cluster modes, most useful first.
pub fn footer_actions(app: &App) -> Vec<Action> {
    use Action as A;
    let Some(board) = app.board() else {
        return Vec::new();
    };
    let Some(state) = &board.cluster else {
        return Vec::new();
    };
    match state.mode() {
        Mode::ClusterName => vec![A::SubmitInput, A::CancelInput, A::ToggleHelp],
        Mode::ClusterPick => {
            let mut actions = vec![A::SubmitInput, A::FocusNextCluster];
            if matches!(
                state.pick.as_ref().map(|p| &p.purpose),
                Some(PickPurpose::Move(_))
            ) {
                actions.push(A::NewCluster);
            }
            actions.extend([A::CancelInput, A::ToggleHelp]);
            actions
        }
        Mode::Suggest => vec![
            A::AcceptSuggestion,
            A::RejectSuggestion,
            A::ToggleSuggestedIdea,
            A::RenameSuggestion,
            A::FocusNextCluster,
            A::FinishSuggestions,
            A::ToggleHelp,
        ],
        _ => {
            let groups = groups(&board.rows);
            let cursor = state.cursor(&groups);
            // Leaving comes after suggesting: Esc is the key people try
            // anyway, `s` is one they would not guess.
            let mut actions = vec![
                A::MoveToCluster,
                A::ToggleMark,
                A::NewCluster,
                A::SuggestClusters,
                A::LeaveClusterMode,
            ];
            if !state.marked.is_empty() {
                actions.push(A::MergeIdeas);
            }
            if groups[cursor.group].cluster.is_some() {
                actions.push(A::RenameCluster);
            }
            if board.can_undo() {
                actions.push(A::Undo);
            }
            actions.extend([A::ToggleHelp, A::Quit]);
            actions
        }
    }
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
