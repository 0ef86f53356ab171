//! Check-in and check-out: the round with its question and, once revealed,
//! a bar chart with the mean; the hand-over screen that names who answers
//! next and shows no answer; the answer screen of the person at the
//! keyboard.

mod forms;

use super::state::{CheckinForm, CheckinView, Stage, answer_label, rounds_in_phase};
use crate::core::followup::{checkin_result, format_mean, scale_name, waiting_for};
use crate::core::public::checkin_is_public;
use crate::core::{CheckinRound, ParticipantId};
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::document::Document;
use crate::tui::mode::Mode;
use crate::tui::screen::ViewCtx;
use crate::tui::theme::Theme;
use crate::tui::widgets::dialog::centered;
use crate::tui::widgets::hits::Hits;
use crate::tui::widgets::text::{fit, pad, width_of, window_start, wrapped};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use tui_big_text::{BigText, PixelSize};

/// Eighths of a block, for bars that end between two cells.
const PARTIAL: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

pub(super) fn render(
    cx: &ViewCtx,
    doc: &Document,
    view: &CheckinView,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    match view.stage {
        Stage::Round => draw_round(cx, doc, view, theme, frame, area),
        Stage::HandOver { selected } => draw_hand_over(cx, doc, view, selected, theme, frame, area),
        Stage::Answer { person, choice } => {
            draw_answer(cx, doc, view, person, choice, theme, frame, area, hits)
        }
    }
    if let Some(form) = &view.form {
        hits.clear();
        match form {
            CheckinForm::NewRound(form) => forms::new_round(cx, form, theme, frame, area, hits),
            CheckinForm::Counts(form) => forms::counts(cx, form, theme, frame, area, hits),
            CheckinForm::Guest(form) => forms::guest(cx, form, theme, frame, area, hits),
        }
    }
}

fn draw_round(
    cx: &ViewCtx,
    doc: &Document,
    view: &CheckinView,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let lang = cx.lang;
    let session = &doc.session;
    let rounds = rounds_in_phase(session);
    let round = view.round(session);
    let [header, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let mut right = tr(lang, Msg::CheckinTitle).to_string();
    if let Some(index) = round.and_then(|r| rounds.iter().position(|x| x.id == r.id))
        && rounds.len() > 1
    {
        let of = fill(
            lang,
            Msg::CheckinRoundOf,
            &[("n", &(index + 1)), ("total", &rounds.len())],
        );
        right = format!("{right} · {of}");
    }
    let width = usize::from(header.width);
    let right = format!("{right} ");
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
    frame.render_widget(Paragraph::new(line), header);

    let block_title = round.map_or(String::new(), |r| format!(" {} ", scale_name(r.scale, lang)));
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(true))
        .title(Span::styled(block_title, theme.heading));
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let inner = Rect::new(inner.x + 1, inner.y, inner.width.saturating_sub(2), inner.height);
    let width = usize::from(inner.width);
    let Some(round) = round else {
        let key = cx.key_hint(Mode::Checkin, &Action::NewCheckinRound);
        let text = fill(lang, Msg::CheckinNoRound, &[("key", &key)]);
        frame.render_widget(Paragraph::new(wrapped(&text, width, 3, theme.muted)), inner);
        return;
    };
    let large = inner.height >= 36 && inner.width >= 110;
    let mut lines = wrapped(&round.question, width, if large { 4 } else { 2 }, theme.question);
    lines.push(Line::default());
    let roster = session.participants.len();
    let mut answered = Vec::new();
    if roster > 0 {
        answered.push(fill(
            lang,
            Msg::CheckinAnswered,
            &[("n", &round.respondents.len()), ("total", &roster)],
        ));
    }
    if round.total() as usize != round.respondents.len() || roster == 0 {
        answered.push(answers_text(lang, round.total()));
    }
    lines.push(Line::from(Span::styled(
        fit(&answered.join(" · "), width),
        theme.label,
    )));
    lines.push(Line::default());
    let used = lines.len() as u16;
    frame.render_widget(Paragraph::new(lines), inner);
    let chart = Rect::new(
        inner.x,
        inner.y + used.min(inner.height),
        inner.width,
        inner.height.saturating_sub(used),
    );
    if checkin_is_public(round) {
        draw_chart(cx, round, large, theme, frame, chart);
    } else {
        draw_covered(cx, round, theme, frame, chart);
    }
}

/// "11 answers", "1 answer".
fn answers_text(lang: crate::core::Language, total: u32) -> String {
    match total {
        1 => tr(lang, Msg::CheckinAnsweredOne).to_string(),
        n => fill(lang, Msg::CheckinAnsweredCounts, &[("n", &n)]),
    }
}

/// The label column of a chart: `3  so-so`.
fn answer_labels(cx: &ViewCtx, round: &CheckinRound) -> Vec<String> {
    let (low, high) = round.scale.range();
    (low..=high)
        .map(|a| format!("{a}  {}", answer_label(cx.lang, round.scale, a)))
        .collect()
}

/// The width of the label column: the longest label whole when the line
/// has room for it and a bar of `BAR_MIN` cells, else what is left beside
/// such a bar (labels are cut only when the screen is really narrow).
fn label_width(labels: &[String], beside_bar: usize) -> usize {
    const BAR_MIN: usize = 12;
    let longest = labels.iter().map(|l| width_of(l)).max().unwrap_or(0);
    longest.min(beside_bar.saturating_sub(BAR_MIN).max(beside_bar / 3))
}

/// A bar `eighths`/8 cells long.
fn bar(eighths: usize) -> String {
    format!("{}{}", "█".repeat(eighths / 8), PARTIAL[eighths % 8])
}

fn draw_chart(cx: &ViewCtx, round: &CheckinRound, large: bool, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lang = cx.lang;
    let result = checkin_result(round);
    let labels = answer_labels(cx, round);
    let numbers_width = 12;
    let label_width = label_width(&labels, usize::from(area.width).saturating_sub(numbers_width + 4));
    let room = usize::from(area.width).saturating_sub(label_width + numbers_width + 4);
    let most = result
        .distribution
        .iter()
        .map(|a| a.count)
        .max()
        .unwrap_or(0)
        .max(1);
    let answers = result.distribution.len().max(1);
    // Room for the mean below: one line, or the big digits.
    let mean_rows: u16 = if large { 6 } else { 2 };
    let chart_rows = usize::from(area.height.saturating_sub(mean_rows));
    let per_answer = (chart_rows / answers).clamp(1, 3);
    let bar_rows = if per_answer >= 2 { per_answer - 1 } else { 1 };
    let mut y = area.y;
    for (label, answer) in labels.iter().zip(&result.distribution) {
        if y >= area.y + area.height {
            break;
        }
        let eighths = (answer.count as usize * room * 8)
            .div_ceil(most as usize)
            .min(room * 8);
        let eighths = if answer.count == 0 { 0 } else { eighths.max(1) };
        let percent = (answer.share * 100.0).round() as u32;
        let numbers = format!("{:>4}  {:>3} %", answer.count, percent);
        for row in 0..bar_rows {
            if y >= area.y + area.height {
                break;
            }
            let label_text = if row == 0 { label.as_str() } else { "" };
            let numbers_text = if row == 0 { numbers.as_str() } else { "" };
            let line = Line::from(vec![
                Span::styled(pad(label_text, label_width, false), theme.base),
                Span::raw("  "),
                Span::styled(pad(&bar(eighths), room, false), theme.chart_bar),
                Span::raw("  "),
                Span::styled(pad(numbers_text, numbers_width, true), theme.label),
            ]);
            frame.render_widget(Paragraph::new(line), Rect::new(area.x, y, area.width, 1));
            y += 1;
        }
        y += (per_answer - bar_rows) as u16;
    }
    let y = (y + 1).min(area.y + area.height.saturating_sub(1));
    let bottom = area.y + area.height;
    let Some(mean) = result.mean else {
        let text = tr(lang, Msg::CheckinNoAnswers);
        frame.render_widget(
            Paragraph::new(Span::styled(text, theme.muted)),
            Rect::new(area.x, y, area.width, 1),
        );
        return;
    };
    let mean_text = format_mean(mean, lang);
    let answers_text = answers_text(lang, result.total);
    let line = Line::from(vec![
        Span::styled(
            fill(lang, Msg::CheckinMean, &[("mean", &mean_text)]),
            theme.heading,
        ),
        Span::styled(format!("  ·  {answers_text}"), theme.muted),
    ]);
    frame.render_widget(Paragraph::new(line), Rect::new(area.x, y, area.width, 1));
    if large && y + 5 < bottom {
        let big = BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(theme.phase_title)
            .lines(vec![Line::from(mean_text)])
            .build();
        frame.render_widget(big, Rect::new(area.x, y + 1, area.width.min(40), 4));
    }
}

fn draw_covered(cx: &ViewCtx, round: &CheckinRound, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lang = cx.lang;
    let labels = answer_labels(cx, round);
    let label_width = label_width(&labels, usize::from(area.width).saturating_sub(2));
    let room = usize::from(area.width).saturating_sub(label_width + 2).min(40);
    let mut lines: Vec<Line> = labels
        .iter()
        .map(|label| {
            Line::from(vec![
                Span::styled(pad(label, label_width, false), theme.muted),
                Span::raw("  "),
                Span::styled("░".repeat(room), theme.idea_covered),
            ])
        })
        .collect();
    lines.push(Line::default());
    let key = cx.key_hint(Mode::Checkin, &Action::ToggleCheckinReveal);
    let text = fill(lang, Msg::CheckinHidden, &[("key", &key)]);
    lines.extend(wrapped(&text, usize::from(area.width), 2, theme.muted));
    frame.render_widget(Paragraph::new(lines), area);
}

/// The most rows and the text width a keyboard box has in `area`.
fn box_room(area: Rect) -> (usize, usize) {
    let height = area
        .height
        .saturating_sub(2)
        .min(if area.height >= 40 { 34 } else { 22 });
    let width = area.width.saturating_sub(4).min(76);
    (
        usize::from(height.saturating_sub(4)),
        usize::from(width.saturating_sub(6)),
    )
}

/// A box in the middle of a cleared screen, for the shared keyboard, just
/// tall enough for `lines`; returns where they go.
fn keyboard_box(area: Rect, title: &str, lines: Vec<Line>, theme: &Theme, frame: &mut Frame) -> Rect {
    frame.render_widget(Clear, area);
    frame.render_widget(Block::default().style(theme.base), area);
    let (rows, _) = box_room(area);
    let width = area.width.saturating_sub(4).min(76);
    let height = (lines.len().min(rows) + 4) as u16;
    let rect = centered(area, width, height);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(Span::styled(format!(" {title} "), theme.heading))
        .style(theme.base);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let inner = Rect::new(
        inner.x + 2,
        inner.y + 1,
        inner.width.saturating_sub(4),
        inner.height.saturating_sub(2),
    );
    frame.render_widget(Paragraph::new(lines), inner);
    inner
}

fn draw_hand_over(
    cx: &ViewCtx,
    doc: &Document,
    view: &CheckinView,
    selected: usize,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let lang = cx.lang;
    let session = &doc.session;
    let Some(round) = view.round(session) else {
        return;
    };
    let (height, width) = box_room(area);
    let mut lines: Vec<Line> = Vec::new();
    if view.thanked {
        lines.push(Line::from(Span::styled(
            fit(tr(lang, Msg::HandOverThanks), width),
            theme.status_saved,
        )));
        lines.push(Line::default());
    }
    lines.extend(wrapped(&round.question, width, 2, theme.question));
    lines.push(Line::default());
    let waiting = waiting_for(session, round);
    if waiting.is_empty() {
        let key = cx.key_hint(Mode::HandOver, &Action::AddGuest);
        let text = fill(lang, Msg::HandOverAllDone, &[("key", &key)]);
        lines.extend(wrapped(&text, width, 3, theme.message));
    } else {
        lines.push(Line::from(Span::styled(
            tr(lang, Msg::HandOverWho),
            theme.heading,
        )));
        let footer_lines = 4;
        let room = height.saturating_sub(lines.len() + footer_lines).max(1);
        let selected = selected.min(waiting.len() - 1);
        let first = window_start(waiting.len(), selected, room);
        for (offset, person) in waiting.iter().skip(first).take(room).enumerate() {
            let is_selected = first + offset == selected;
            let marker = if is_selected { "▸ " } else { "  " };
            let name_style = if is_selected { theme.selected } else { theme.base };
            lines.push(Line::from(vec![
                Span::styled(marker, name_style),
                Span::styled("● ", theme.participant(person.colour)),
                Span::styled(fit(&person.name, width.saturating_sub(4)), name_style),
            ]));
        }
    }
    lines.push(Line::default());
    let roster = session.participants.len();
    lines.push(Line::from(Span::styled(
        fill(
            lang,
            Msg::CheckinAnswered,
            &[("n", &round.respondents.len()), ("total", &roster)],
        ),
        theme.label,
    )));
    lines.extend(wrapped(tr(lang, Msg::HandOverSecret), width, 2, theme.muted));
    keyboard_box(area, tr(lang, Msg::HandOverTitle), lines, theme, frame);
}

#[allow(clippy::too_many_arguments)]
fn draw_answer(
    cx: &ViewCtx,
    doc: &Document,
    view: &CheckinView,
    person: ParticipantId,
    choice: Option<u32>,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = cx.lang;
    let session = &doc.session;
    let name = session.participant_name(person).unwrap_or("");
    let Some(round) = view.round(session) else {
        return;
    };
    let (height, width) = box_room(area);
    let mut lines = wrapped(&round.question, width, 3, theme.question);
    lines.push(Line::default());
    let (low, high) = round.scale.range();
    let spacing = usize::from(height >= 24);
    let mut rows = Vec::new();
    for answer in low..=high {
        let chosen = choice == Some(answer);
        let marker = if chosen { "▸ (●) " } else { "  ( ) " };
        let style = if chosen { theme.selected } else { theme.base };
        let text = format!("{marker}{answer}   {}", answer_label(lang, round.scale, answer));
        rows.push((lines.len(), answer));
        lines.push(Line::from(Span::styled(pad(&text, width.min(50), false), style)));
        for _ in 0..spacing {
            lines.push(Line::default());
        }
    }
    lines.push(Line::default());
    let key = cx.key_hint(Mode::Answer, &Action::SubmitInput);
    lines.extend(wrapped(
        &fill(lang, Msg::AnswerHint, &[("key", &key)]),
        width,
        2,
        theme.muted,
    ));
    let title = fill(lang, Msg::AnswerFor, &[("name", &name)]);
    let inner = keyboard_box(area, &title, lines, theme, frame);
    for (line, answer) in rows {
        if line < usize::from(inner.height) {
            let rect = Rect::new(inner.x, inner.y + line as u16, inner.width.min(50), 1);
            hits.add(rect, Action::PickAnswer(answer));
        }
    }
}
