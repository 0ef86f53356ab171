//! The session screen's phase panel: the phase's title and guiding question
//! (in big letters when the screen is large) beside the big timer, and the
//! timer's state below.

use super::{View, panel};
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::mode::Mode;
use crate::tui::screen::ViewCtx;
use crate::tui::theme::Theme;
use crate::tui::widgets::big_text::font_has;
use crate::tui::widgets::text::{clock_digits, draw_lines, fit, pad, wrapped};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use tui_big_text::{BigText, PixelSize};

/// How the timer's digits are drawn at a size.
fn timer_pixels(area: Rect, large: bool) -> Option<(PixelSize, u16, u16)> {
    if large {
        Some((PixelSize::Full, 48, 8))
    } else if area.width >= 56 {
        Some((PixelSize::Quadrant, 24, 4))
    } else {
        None
    }
}

pub(super) fn phase_panel_height(board: &View, area: Rect, large: bool) -> u16 {
    let timer_rows = timer_pixels(area, large).map_or(1, |(_, _, rows)| rows);
    let text_width = usize::from(
        area.width
            .saturating_sub(2 + timer_pixels(area, large).map_or(0, |t| t.1)),
    );
    let question = board
        .phase()
        .map_or(0, |p| match big_question(&p.question, text_width, large) {
            Some(lines) => lines.len() * 4,
            None => {
                let max = if large { 6 } else { 3 };
                wrapped(&p.question, text_width, max, Style::new()).len()
            }
        });
    let title_rows = if large { 5 } else { 2 };
    let content = (title_rows + question as u16).max(timer_rows);
    content + 1 + 2
}

pub(super) fn draw_phase(
    app: &ViewCtx,
    board: &View,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    large: bool,
) {
    let lang = app.lang;
    let inner = panel(Line::default(), false, theme, frame, area);
    let Some(phase) = board.phase() else {
        let key = app.key_hint(Mode::Board, &Action::AddPhase);
        let text = fill(lang, Msg::NoPhases, &[("key", &key)]);
        frame.render_widget(Span::styled(text, theme.muted), inner);
        return;
    };
    let [content, state] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    let timer = timer_pixels(area, large);
    let timer_width = timer.map_or(0, |t| t.1);
    let [text, digits] =
        Layout::horizontal([Constraint::Min(1), Constraint::Length(timer_width)]).areas(content);

    // Title, large where there is room and the font has the letters.
    let width = usize::from(text.width);
    let mut y = text.y;
    let big_title = large && phase.title.chars().count() * 4 <= width && font_has(&phase.title);
    if big_title {
        let title = BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(theme.phase_title)
            .lines(vec![Line::from(phase.title.clone())])
            .build();
        frame.render_widget(title, Rect::new(text.x, y, text.width, 4.min(text.height)));
        y += 5;
    } else {
        let title = Span::styled(fit(&phase.title, width), theme.phase_title);
        frame.render_widget(title, Rect::new(text.x, y, text.width, 1));
        y += if large { 5 } else { 2 };
    }
    let rows = text.y + text.height;
    if let Some(lines) = big_question(&phase.question, width, large) {
        let question = BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(theme.question)
            .lines(lines.into_iter().map(Line::from).collect::<Vec<_>>())
            .build();
        frame.render_widget(question, Rect::new(text.x, y, text.width, rows.saturating_sub(y)));
    } else if y < rows {
        let max = usize::from(rows - y);
        let question = wrapped(&phase.question, width, max, theme.question);
        draw_lines(question, frame, Rect::new(text.x, y, text.width, rows - y));
    }

    // The timer.
    let left = board.seconds_left(app.now);
    let running = board.timer_running();
    let style = if left <= 0 {
        theme.timer_up
    } else if left <= 60 {
        theme.timer_last_minute
    } else if running {
        theme.timer
    } else {
        theme.timer_paused
    };
    let shown = clock_digits(left);
    if let Some((pixels, _, rows)) = timer {
        let big = BigText::builder()
            .pixel_size(pixels)
            .style(style)
            .lines(vec![Line::from(shown.clone())])
            .centered()
            .build();
        frame.render_widget(
            big,
            Rect::new(digits.x, digits.y, digits.width, rows.min(digits.height)),
        );
    }

    // The state line: plain words, and the digits again when they are small.
    let state_text = if left <= 0 {
        let over = clock_digits(-left);
        format!(
            "{}  ·  {} ",
            tr(lang, Msg::TimeUp),
            fill(lang, Msg::Overtime, &[("time", &over)])
        )
    } else {
        let word = if running {
            Msg::TimerRunning
        } else if board.seconds_used(app.now) > 0 {
            Msg::TimerPaused
        } else {
            Msg::TimerReady
        };
        let digits = if timer.is_none() {
            format!("{shown}  ")
        } else {
            String::new()
        };
        format!(
            "{digits}{}  ·  {} {} ",
            tr(lang, word),
            phase.timebox_minutes,
            tr(lang, Msg::AgendaMinutes)
        )
    };
    let state_style = if left <= 0 { theme.timer_up } else { style };
    let text = pad(&state_text, usize::from(state.width), true);
    let line = if left <= 0 {
        Line::from(Span::styled(text, state_style))
    } else {
        let trimmed = text.trim_start().to_string();
        let gap = text.len() - trimmed.len();
        Line::from(vec![
            Span::raw(" ".repeat(gap)),
            Span::styled(trimmed, state_style),
        ])
    };
    frame.render_widget(line, state);
}

/// The guiding question in big letters, when the screen is large, the font
/// has its letters and it fits on three lines.
fn big_question(question: &str, width: usize, large: bool) -> Option<Vec<String>> {
    if !large || question.trim().is_empty() || !font_has(question) {
        return None;
    }
    // A big letter takes four columns.
    let lines: Vec<String> = wrapped(question, width / 4, 4, Style::new())
        .into_iter()
        .map(|line| line.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect();
    (lines.len() <= 3).then_some(lines)
}
