//! Draws an [`Audience`]: nothing but what the room should read, no key
//! hints, menus or error lines. The large layout shows fewer, bigger
//! things; the compact one shows the clusters side by side.

use super::audience::{Audience, Card, Group, PhaseCard, ResultLine, Scene, Turn};
use super::link::{Joining, RoomLayout};
use crate::core::Language;
use crate::i18n::{Msg, fill, tr};
use crate::tui::theme::Theme;
use crate::tui::widgets::big_text::font_has;
use crate::tui::widgets::text::{clock_digits, fit, width_of, wrapped};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use tui_big_text::{BigText, PixelSize};

/// The narrowest a cluster column gets before the columns scroll sideways:
/// five clusters side by side at 100 columns, as on the control terminal.
const MIN_COLUMN: u16 = 19;

/// Below this height the join line gives its row to the ideas.
const MIN_ROWS_WITH_JOINING: u16 = 12;

/// How to join from one's own terminal, on the bottom rows: the command,
/// the code and the host key to compare; on one row where it fits.
fn joining_lines(joining: &Joining, lang: Language, width: u16) -> Vec<String> {
    let join = fill(
        lang,
        Msg::AudienceJoin,
        &[("command", &joining.command(lang)), ("code", &joining.code)],
    );
    let key = fill(
        lang,
        Msg::AudienceHostKey,
        &[("fingerprint", &joining.fingerprint)],
    );
    let one_row = format!("{join} · {key}");
    if width_of(&one_row) <= usize::from(width) {
        vec![one_row]
    } else {
        vec![join, key]
    }
}

pub fn render(audience: &Audience, lang: Language, theme: &Theme, frame: &mut Frame) {
    let mut area = frame.area();
    frame.render_widget(Block::new().style(theme.base), area);
    if let Some(joining) = &audience.joining
        && area.height >= MIN_ROWS_WITH_JOINING
    {
        let lines = joining_lines(joining, lang, area.width);
        let rows = lines.len() as u16;
        let [rest, bottom] = Layout::vertical([Constraint::Min(1), Constraint::Length(rows)]).areas(area);
        let lines: Vec<Line> = lines
            .into_iter()
            .map(|line| Line::styled(fit(&line, usize::from(area.width)), theme.muted))
            .collect();
        frame.render_widget(Paragraph::new(lines).centered(), bottom);
        area = rest;
    }
    let Some(phase) = &audience.phase else {
        centred_line(frame, area, tr(lang, Msg::AudienceNoPhase), theme.muted);
        return;
    };
    let large = audience.layout == RoomLayout::Large;
    let head_rows = if large { 12 } else { 6 }.min(area.height / 2);
    let [head, body] = Layout::vertical([Constraint::Length(head_rows), Constraint::Min(1)]).areas(area);
    header(audience, phase, lang, theme, frame, head, large);
    let body = body.inner(ratatui::layout::Margin::new(1, 0));
    match &audience.scene {
        Scene::Ideas {
            groups,
            covered,
            spotlight,
        } => ideas(
            groups,
            *covered,
            spotlight.as_deref(),
            lang,
            theme,
            frame,
            body,
            large,
        ),
        Scene::Voting { round, voted, turn } => {
            voting(round, *voted, turn.as_ref(), lang, theme, frame, body)
        }
        Scene::Results { round, lines, .. } => results(round, lines, lang, theme, frame, body, large),
        Scene::Checkin {
            question,
            counts,
            mean,
            respondents,
            ..
        } => checkin(question, counts, *mean, *respondents, lang, theme, frame, body),
        Scene::CheckinOpen { question, answered } => {
            let lines = vec![
                Line::styled(question.clone(), theme.heading),
                Line::default(),
                Line::styled(fill(lang, Msg::AudienceAnswers, &[("n", answered)]), theme.muted),
            ];
            frame.render_widget(Paragraph::new(lines).centered(), body);
        }
    }
}

/// Phase, question and the timer.
fn header(
    audience: &Audience,
    phase: &PhaseCard,
    lang: Language,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    large: bool,
) {
    let digits = clock_digits(phase.seconds_left);
    let timer_style = if phase.seconds_left <= 0 {
        theme.timer_up
    } else if phase.seconds_left <= 60 {
        theme.timer_last_minute
    } else if phase.running {
        theme.timer
    } else {
        theme.timer_paused
    };
    let (pixels, per_char, timer_rows) = if large && area.height >= 8 {
        (PixelSize::Full, 8, 8)
    } else {
        (PixelSize::Quadrant, 4, 4)
    };
    let timer_width = (digits.chars().count() as u16 * per_char + 2).min(area.width / 2);
    let [text, clock] = Layout::horizontal([Constraint::Min(1), Constraint::Length(timer_width)]).areas(area);
    let width = usize::from(text.width.saturating_sub(2));

    let place = fill(lang, Msg::PhaseOf, &[("n", &phase.number), ("total", &phase.of)]);
    let mut lines = vec![Line::from(vec![
        Span::styled(
            format!(
                " {}",
                fit(&phase.title, width.saturating_sub(width_of(&place) + 3))
            ),
            theme.phase_title,
        ),
        Span::styled(format!("  ·  {place}"), theme.muted),
    ])];
    lines.push(Line::default());
    let rows = usize::from(text.height).saturating_sub(2);
    let question_big =
        large && font_has(&phase.question) && phase.question.chars().count() * 4 <= width && rows >= 4;
    if question_big {
        frame.render_widget(Paragraph::new(lines), text);
        let big = BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(theme.question)
            .lines(vec![Line::from(phase.question.clone())])
            .build();
        frame.render_widget(
            big,
            Rect::new(
                text.x + 1,
                text.y + 2,
                text.width.saturating_sub(1),
                4.min(text.height.saturating_sub(2)),
            ),
        );
    } else {
        for line in wrapped(&phase.question, width, rows.max(1), theme.question) {
            let mut spans = vec![Span::raw(" ")];
            spans.extend(line.spans);
            lines.push(Line::from(spans));
        }
        frame.render_widget(Paragraph::new(lines), text);
    }

    let big = BigText::builder()
        .pixel_size(pixels)
        .style(timer_style)
        .lines(vec![Line::from(digits.clone())])
        .centered()
        .build();
    if clock.height > timer_rows && clock.width >= digits.chars().count() as u16 * per_char {
        frame.render_widget(big, Rect::new(clock.x, clock.y, clock.width, timer_rows));
    } else {
        frame.render_widget(
            Paragraph::new(Span::styled(digits.clone(), timer_style)).centered(),
            Rect::new(clock.x, clock.y, clock.width, 1),
        );
    }
    // The timer's state in words too: colour alone says nothing to some.
    let state = if phase.seconds_left <= 0 {
        tr(lang, Msg::TimeUp).to_string()
    } else if phase.running {
        format!("⏱ {digits}")
    } else {
        format!("⏸ {digits} {}", tr(lang, Msg::AudiencePaused))
    };
    let y = clock.y + timer_rows.min(clock.height.saturating_sub(1));
    if y < clock.y + clock.height {
        frame.render_widget(
            Paragraph::new(Span::styled(state, timer_style)).centered(),
            Rect::new(clock.x, y, clock.width, 1),
        );
    }
    let _ = audience;
}

#[allow(clippy::too_many_arguments)]
fn ideas(
    groups: &[Group],
    covered: usize,
    spotlight: Option<&str>,
    lang: Language,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    large: bool,
) {
    let mut area = area;
    if covered > 0 {
        let [rest, line] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!(
                    "▒ {}",
                    counted(lang, Msg::AudienceCovered, Msg::AudienceCoveredOne, covered)
                ),
                theme.idea_covered,
            )),
            line,
        );
        area = rest;
    }
    if let Some(text) = spotlight {
        // The idea pointed at, in full: a third of the room, all of it in large.
        let rows = if large {
            area.height
        } else {
            (area.height / 3).max(3)
        };
        let [rest, panel] = Layout::vertical([Constraint::Min(0), Constraint::Length(rows)]).areas(area);
        spotlight_panel(text, theme, frame, panel, large);
        area = rest;
        if large {
            return;
        }
    }
    // An empty group takes no room.
    let shown: Vec<&Group> = groups.iter().filter(|g| !g.ideas.is_empty()).collect();
    if shown.is_empty() {
        if covered == 0 && area.height > 0 {
            centred_line(frame, area, tr(lang, Msg::AudienceNoIdeas), theme.muted);
        }
        return;
    }
    if large {
        // Cluster titles with their counts, large, one a line.
        let lines: Vec<Line> = shown
            .iter()
            .map(|g| {
                Line::from(vec![
                    Span::styled(group_title(g, lang), theme.cluster_title),
                    Span::styled(format!("  {}", g.ideas.len()), theme.muted),
                ])
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    columns(&shown, lang, theme, frame, area);
}

/// Clusters side by side; when they do not all fit, the ones around the
/// selected idea are shown (the room sees where the facilitator is).
fn columns(shown: &[&Group], lang: Language, theme: &Theme, frame: &mut Frame, area: Rect) {
    let fit_count = usize::from((area.width / MIN_COLUMN).max(1));
    let selected = shown
        .iter()
        .position(|g| g.ideas.iter().any(|c| c.selected))
        .unwrap_or(0);
    let first = selected
        .saturating_sub(fit_count - 1)
        .min(shown.len().saturating_sub(fit_count));
    let visible = &shown[first..(first + fit_count).min(shown.len())];
    let mut area = area;
    if first > 0 || first + visible.len() < shown.len() {
        // Where the room is among the clusters, on a line of its own below
        // them (over a title it would hide the title's end).
        let [rest, line] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
        let more = format!("◀ {}/{} ▶", first + 1, shown.len());
        let x = line.x + line.width.saturating_sub(width_of(&more) as u16);
        frame.render_widget(
            Paragraph::new(Span::styled(more.clone(), theme.muted)),
            Rect::new(x, line.y, width_of(&more) as u16, 1),
        );
        area = rest;
    }
    let constraints = vec![Constraint::Ratio(1, visible.len() as u32); visible.len()];
    let areas = Layout::horizontal(constraints).split(area);
    for (group, column) in visible.iter().zip(areas.iter()) {
        // One column of space to the next cluster, so titles never run
        // into each other.
        let column = Rect {
            width: column.width.saturating_sub(1),
            ..*column
        };
        let count = format!(" ({}) ", group.ideas.len());
        let room = usize::from(column.width).saturating_sub(width_of(&count) + 2);
        let block = Block::new()
            .borders(Borders::TOP)
            .border_style(theme.border)
            .title(Span::styled(
                format!(" {}{count}", fit(&group_title(group, lang), room)),
                theme.cluster_title,
            ));
        let inner = block.inner(column);
        frame.render_widget(block, column);
        let width = usize::from(inner.width.saturating_sub(2));
        let mut lines: Vec<Line> = Vec::new();
        for card in &group.ideas {
            lines.extend(card_lines(card, width, theme));
        }
        frame.render_widget(Paragraph::new(lines), inner);
    }
}

/// A card: up to three lines; the selected one marked `▶` (not by colour alone).
fn card_lines<'a>(card: &Card, width: usize, theme: &Theme) -> Vec<Line<'a>> {
    let (mark, style) = if card.selected {
        ("▶ ", theme.idea_selected)
    } else {
        ("• ", theme.idea)
    };
    wrapped(&card.text, width, 3, style)
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let mut spans = vec![Span::styled(if i == 0 { mark } else { "  " }, style)];
            spans.extend(line.spans);
            Line::from(spans)
        })
        .collect()
}

fn group_title(group: &Group, lang: Language) -> String {
    group
        .title
        .clone()
        .unwrap_or_else(|| tr(lang, Msg::Unclustered).to_string())
}

fn spotlight_panel(text: &str, theme: &Theme, frame: &mut Frame, area: Rect, large: bool) {
    let block = Block::bordered().border_style(theme.border_focused);
    let inner = block.inner(area).inner(ratatui::layout::Margin::new(1, 0));
    frame.render_widget(block, area);
    let style = theme.idea_selected;
    let width = usize::from(inner.width);
    let rows = usize::from(inner.height);
    if large && font_has(text) && text.chars().count() * 4 <= width && rows >= 4 {
        let big = BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(style)
            .lines(vec![Line::from(text.to_string())])
            .centered()
            .build();
        frame.render_widget(
            big,
            Rect::new(inner.x, inner.y + (inner.height - 4) / 2, inner.width, 4),
        );
        return;
    }
    frame.render_widget(Paragraph::new(wrapped(text, width, rows, style)), inner);
}

fn voting(
    round: &str,
    voted: usize,
    turn: Option<&Turn>,
    lang: Language,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    // The name large, the sentence small under it.
    let (big, sentence) = match turn {
        Some(Turn::Named(name)) => (
            Some(name.as_str()),
            fill(lang, Msg::AudienceTurn, &[("name", name)]),
        ),
        Some(Turn::Someone) => (None, tr(lang, Msg::AudienceTurnSomeone).to_string()),
        None => (None, tr(lang, Msg::AudiencePassKeyboard).to_string()),
    };
    let [top, middle, bottom] =
        Layout::vertical([Constraint::Length(2), Constraint::Min(1), Constraint::Length(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(
            fill(lang, Msg::AudienceVotingRound, &[("round", &round)]),
            theme.heading,
        ))
        .centered(),
        top,
    );
    let [name, line] = Layout::vertical([Constraint::Length(5), Constraint::Length(1)])
        .flex(ratatui::layout::Flex::Center)
        .areas(middle);
    if let Some(big) = big {
        big_or_plain(big, theme.heading, frame, name);
    }
    let line_area = if big.is_some() { line } else { middle };
    centred_line(frame, line_area, &sentence, theme.heading);
    frame.render_widget(
        Paragraph::new(Span::styled(
            fill(lang, Msg::AudienceVoted, &[("n", &voted)]),
            theme.muted,
        ))
        .centered(),
        bottom,
    );
}

fn results(
    round: &str,
    lines: &[ResultLine],
    lang: Language,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    large: bool,
) {
    let mut out = vec![
        Line::styled(
            fill(lang, Msg::AudienceResults, &[("round", &round)]),
            theme.heading,
        ),
        Line::default(),
    ];
    let most = lines.iter().map(|l| l.dots).max().unwrap_or(0).max(1);
    let width = usize::from(area.width);
    let label_width = (width / 2).max(10);
    // Rank, label, bar, "12 dots 100%".
    let bar_room = width.saturating_sub(label_width + 6 + 18);
    let shown = if large { 5 } else { lines.len() };
    // A long option wraps onto the lines the room has to spare (up to
    // three), so the room can read what it voted for.
    let rows = usize::from(area.height.saturating_sub(2));
    let per_line = (rows / shown.max(1))
        .saturating_sub(usize::from(large))
        .clamp(1, 3);
    for line in lines.iter().take(shown) {
        let tie = if line.tied { "=" } else { " " };
        let bar = "█".repeat((line.dots as usize * bar_room) / most as usize);
        let mut label = wrapped(&line.label, label_width, per_line, theme.idea).into_iter();
        let first = label.next().unwrap_or_default();
        let first_width: usize = first.spans.iter().map(|s| width_of(&s.content)).sum();
        let mut spans = vec![Span::styled(format!("{tie}{:>2}. ", line.rank), theme.heading)];
        spans.extend(first.spans);
        spans.extend([
            Span::raw(" ".repeat(label_width.saturating_sub(first_width))),
            Span::styled(format!(" {bar} "), theme.chart_bar),
            Span::styled(
                counted(lang, Msg::AudienceRank, Msg::AudienceRankOne, line.dots as usize),
                theme.muted,
            ),
            Span::styled(format!(" {:.0}%", line.share * 100.0), theme.muted),
        ]);
        out.push(Line::from(spans));
        for more in label {
            let mut spans = vec![Span::raw("     ")];
            spans.extend(more.spans);
            out.push(Line::from(spans));
        }
        if large {
            out.push(Line::default());
        }
    }
    frame.render_widget(Paragraph::new(out), area);
}

#[allow(clippy::too_many_arguments)]
fn checkin(
    question: &str,
    counts: &[(u32, u32)],
    mean: Option<f64>,
    respondents: u32,
    lang: Language,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let mut out = vec![Line::styled(question.to_string(), theme.heading), Line::default()];
    let most = counts.iter().map(|c| c.1).max().unwrap_or(0).max(1);
    let room = usize::from(area.width).saturating_sub(12);
    for (answer, count) in counts {
        out.push(Line::from(vec![
            Span::styled(format!("{answer:>3}  "), theme.heading),
            Span::styled(
                "█".repeat(*count as usize * room / most as usize),
                theme.chart_bar,
            ),
            Span::styled(format!(" {count}"), theme.muted),
        ]));
    }
    out.push(Line::default());
    let mut facts = fill(lang, Msg::AudienceAnswers, &[("n", &respondents)]);
    if let Some(mean) = mean {
        facts.push_str(" · ");
        facts.push_str(&fill(
            lang,
            Msg::AudienceAverage,
            &[("mean", &format!("{mean:.1}"))],
        ));
    }
    out.push(Line::styled(facts, theme.muted));
    frame.render_widget(Paragraph::new(out), area);
}

/// "1 dot", "3 dots": the catalogue's `{n}`/`{dots}` text, or its one form.
fn counted(lang: Language, many: Msg, one: Msg, n: usize) -> String {
    if n == 1 {
        tr(lang, one).to_string()
    } else {
        fill(lang, many, &[("n", &n), ("dots", &n)])
    }
}

fn big_or_plain(text: &str, style: Style, frame: &mut Frame, area: Rect) {
    let chars = text.chars().count() as u16;
    if font_has(text) && chars * 4 <= area.width && area.height >= 4 {
        let big = BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(style)
            .lines(vec![Line::from(text.to_string())])
            .centered()
            .build();
        frame.render_widget(
            big,
            Rect::new(area.x, area.y + (area.height - 4) / 2, area.width, 4),
        );
    } else {
        centred_line(frame, area, text, style);
    }
}

fn centred_line(frame: &mut Frame, area: Rect, text: &str, style: Style) {
    let y = area.y + area.height / 2;
    frame.render_widget(
        Paragraph::new(Span::styled(text.to_string(), style)).centered(),
        Rect::new(area.x, y, area.width, 1.min(area.height)),
    );
}
