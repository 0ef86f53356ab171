//! Cluster mode (issue 4): the clusters of the phase as columns on wide
//! screens and as stacked blocks on narrow ones, each with its title and
//! size; the review of suggested clusters; and the field for a name.
//!
//! What matters from the back of a room is shown twice, by style and by a
//! character, so it survives NO_COLOR, a washed-out projector and colour
//! blindness: the cursor `▶` (and the selection style), marked ideas `✓`,
//! the focused column a thick border, the target cluster `→ … ←` with a
//! double border. Only the visible ideas are drawn.

mod columns;
mod review;
mod stacked;

use crate::core::public::is_covered;
use crate::i18n::{Msg, fill, tr};
use crate::tui::document::Document;
use crate::tui::screen::ViewCtx;
use crate::tui::screens::cluster::{
    ClusterMode, Group, Naming, NamingPurpose, Pick, PickPurpose, groups, idea_at, is_target,
};
use crate::tui::theme::Theme;
use crate::tui::widgets::hits::Hits;
use crate::tui::widgets::text::{clock_digits, draw_lines, fit, width_of, wrapped};
use columns::{draw_columns, group_title};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders};
use review::draw_review;
use stacked::draw_stacked;

/// From this width on, clusters stand side by side as columns.
pub(super) const COLUMNS_FROM: u16 = 100;
/// The narrowest column (five side by side at 100 columns); more clusters
/// than fit scroll sideways.
pub(super) const COLUMN_MIN: u16 = 20;
/// From this size on, the screen counts as large (a projector).
pub(super) const LARGE_WIDTH: u16 = 120;
pub(super) const LARGE_HEIGHT: u16 = 40;

pub(super) const CURSOR: &str = "▶";
pub(super) const MARK: &str = "✓";
pub(super) const DROPPED: &str = "✗";
pub(super) const TARGET_LEFT: &str = "→ ";
pub(super) const TARGET_RIGHT: &str = " ←";

pub(super) fn render(
    view: &ViewCtx,
    doc: &Document,
    state: &ClusterMode,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let theme = view.theme;
    let groups = groups(&doc.rows);
    let large = area.width >= LARGE_WIDTH && area.height >= LARGE_HEIGHT;
    let strip_height = if large { 2 } else { 1 };
    let bottom_height = bottom_height(doc, state, &groups, area, large);
    let [header, strip, body, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(strip_height),
        Constraint::Min(3),
        Constraint::Length(bottom_height),
    ])
    .areas(area);
    crate::tui::widgets::header::session_header(view.lang, &doc.session, theme, frame, header);
    draw_strip(view, doc, theme, frame, strip, large);
    if let Some(review) = &state.review {
        draw_review(view, doc, review, theme, frame, body, hits);
    } else if body.width >= COLUMNS_FROM {
        draw_columns(view, doc, state, &groups, theme, frame, body, hits);
    } else {
        draw_stacked(view, doc, state, &groups, theme, frame, body, hits);
    }
    if bottom_height == 0 {
        return;
    }
    if let Some(naming) = &state.naming {
        draw_naming(view, doc, naming, theme, frame, bottom);
    } else if let Some(pick) = &state.pick {
        draw_pick_prompt(view, doc, pick, &groups, theme, frame, bottom);
    } else {
        draw_detail(view, doc, state, &groups, theme, frame, bottom);
    }
}

pub(super) fn bottom_height(
    doc: &Document,
    state: &ClusterMode,
    groups: &[Group],
    area: Rect,
    large: bool,
) -> u16 {
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
    let most = detail_lines(area, large);
    let cursor = state.cursor(groups);
    let lines = cursor
        .position
        .and_then(|p| idea_at(doc, &groups[cursor.group], p))
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

/// The most lines the selected idea's panel grows to: enough for the whole
/// of a long idea, never more than a quarter of the screen.
fn detail_lines(area: Rect, large: bool) -> usize {
    let floor = if large { 3 } else { 2 };
    usize::from(area.height / 4).max(floor)
}

/// The phase's title and guiding question, and the timer: clustering is
/// timeboxed too.
pub(super) fn draw_strip(
    view: &ViewCtx,
    doc: &Document,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    large: bool,
) {
    let Some(phase) = doc.phase() else {
        return;
    };
    let lang = view.lang;
    let left = doc.seconds_left(view.now);
    let (timer_text, timer_style) = if left <= 0 {
        (format!(" {} ", tr(lang, Msg::TimeUp)), theme.timer_up)
    } else {
        let style = if left <= 60 {
            theme.timer_last_minute
        } else if doc.timer_running() {
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
        draw_lines(vec![Line::from(first), question], frame, area);
        return;
    }
    let question = fit(&format!("  ·  {}", phase.question), room.saturating_sub(used));
    let gap = room.saturating_sub(used + width_of(&question)) + 1;
    first.push(Span::styled(question, theme.question));
    first.push(Span::raw(" ".repeat(gap)));
    first.push(Span::styled(timer_text, timer_style));
    frame.render_widget(Line::from(first), area);
}

// ----- below the doc -----

#[allow(clippy::too_many_arguments)]
pub(super) fn draw_detail(
    view: &ViewCtx,
    doc: &Document,
    state: &ClusterMode,
    groups: &[Group],
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let lang = view.lang;
    let cursor = state.cursor(groups);
    let idea = cursor
        .position
        .and_then(|p| idea_at(doc, &groups[cursor.group], p));
    let mut title = vec![Span::styled(
        format!(" {} ", tr(lang, Msg::SelectedIdea)),
        theme.heading,
    )];
    let author = idea
        .and_then(|i| i.authors.first())
        .and_then(|id| doc.session.participant(*id));
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
    let most = usize::from(inner.height);
    let lines = match idea {
        Some(idea) if is_covered(idea) => vec![Line::from(Span::styled(
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
    draw_lines(lines, frame, inner);
}

pub(super) fn draw_pick_prompt(
    view: &ViewCtx,
    doc: &Document,
    pick: &Pick,
    groups: &[Group],
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let lang = view.lang;
    let question = match &pick.purpose {
        PickPurpose::Move(_) => tr(lang, Msg::PickMoveTitle).to_string(),
        PickPurpose::Merge(source) => {
            let name = doc.session.cluster(*source).map_or("", |c| c.title.as_str());
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
    let valid = is_target(&doc.session, groups, &pick.purpose, pick.target);
    let name = group_title(view, doc, group);
    let text = format!("{TARGET_LEFT}{name} ({}){TARGET_RIGHT}", group.len);
    let style = if valid { theme.cluster_target } else { theme.muted };
    frame.render_widget(Span::styled(fit(&text, usize::from(inner.width)), style), inner);
}

pub(super) fn draw_naming(
    view: &ViewCtx,
    doc: &Document,
    naming: &Naming,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let lang = view.lang;
    let title = match &naming.purpose {
        NamingPurpose::NewCluster(_) => tr(lang, Msg::NameNewCluster).to_string(),
        NamingPurpose::Rename(id) => {
            let name = doc.session.cluster(*id).map_or("", |c| c.title.as_str());
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
    crate::tui::widgets::field::text_area(frame, inner, &naming.text, theme);
}
