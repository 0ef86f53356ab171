//! The results of a revealed round: the options ranked by dots with their
//! counts and a horizontal bar each, ties shown as ties (same place, marked),
//! and the key for a run-off when a tie decides something. Everything comes
//! from `core::voting::results`, which gives nothing before the reveal.

use super::super::{ResultsView, VoteState, dots_text, runoff_tie};
use super::{bordered, header, label_text};
use crate::core::public::tally_is_public;
use crate::core::voting;
use crate::core::{VoteOption, VoteRound};
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::document::Document;
use crate::tui::mode::Mode;
use crate::tui::screen::ViewCtx;
use crate::tui::theme::Theme;
use crate::tui::widgets::text::{fit, pad, width_of, window_start, wrapped};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Eighths of a cell, for bars that grow smoothly.
const EIGHTHS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

pub fn render(
    cx: &ViewCtx,
    doc: &Document,
    vote: &VoteState,
    view: &ResultsView,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let lang = cx.lang;
    let session = &doc.session;
    let Some(round) = session.round(view.round) else {
        return;
    };
    let Some(results) = voting::results(round) else {
        // Not revealed: nothing to show, by design.
        return;
    };
    // The words matter more than the bars.
    let label_width = (usize::from(area.width.saturating_sub(2)) * 11 / 20).clamp(10, 100);
    // The option under the cursor in full, when its line cuts it short.
    let selected_label = results
        .lines
        .get(view.selected)
        .and_then(|line| label_of(round, view, line.option))
        .filter(|label| width_of(label) > label_width);
    // As many lines as the whole option needs, up to a quarter of the screen.
    let detail_most = usize::from(area.height / 4).max(2);
    let detail_lines = selected_label.as_ref().map_or(0, |label| {
        let width = usize::from(area.width.saturating_sub(2));
        wrapped(&format!("▸ {label}"), width, detail_most, theme.input).len()
    });
    let [top, facts, body, detail, banner] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(detail_lines as u16),
        Constraint::Length(1),
    ])
    .areas(area);

    let revealed: Vec<_> = session
        .rounds_in(vote.phase)
        .filter(|r| tally_is_public(r))
        .map(|r| r.id)
        .collect();
    let phase = session.phase(vote.phase).map_or("", |p| p.title.as_str());
    let right = match revealed.iter().position(|id| *id == round.id) {
        Some(n) if revealed.len() > 1 => format!(
            "{phase} · {}",
            fill(
                lang,
                Msg::VoteRoundOf,
                &[("n", &(n + 1)), ("total", &revealed.len())]
            )
        ),
        _ => phase.to_string(),
    };
    let title = fill(lang, Msg::VoteResultsHeader, &[("title", &round.title)]);
    header(theme, frame, top, &title, &right, theme.muted);

    let proxies = if results.proxy_voters > 0 {
        let n = results.proxy_voters;
        format!(" ({})", fill(lang, Msg::VoteResultsProxies, &[("n", &n)]))
    } else {
        String::new()
    };
    let total = u32::try_from(results.total_dots).unwrap_or(u32::MAX);
    let mut line = fill(
        lang,
        Msg::VoteResultsFacts,
        &[
            ("voters", &results.voters),
            ("proxies", &proxies),
            ("dots", &dots_text(lang, round.dots_per_voter)),
            ("total", &dots_text(lang, total)),
        ],
    );
    if let Some(original) = round.runoff_of.and_then(|id| session.round(id)) {
        line = format!(
            "{} · {line}",
            fill(lang, Msg::VoteRunoffOf, &[("title", &original.title)])
        );
    }
    frame.render_widget(
        Paragraph::new(Span::styled(
            fit(&format!(" {line}"), usize::from(facts.width)),
            theme.label,
        )),
        facts,
    );

    // A blank line between results where a projector has the room.
    let spacing = if super::is_large(area) && results.lines.len() * 2 + 2 <= usize::from(body.height) {
        2
    } else {
        1
    };
    let total = results.lines.len();
    let visible = usize::from(body.height.saturating_sub(2)) / spacing;
    let first = window_start(total, view.selected, visible);
    let mut block = bordered(Line::default(), true, theme);
    if total > visible {
        // Where the window is, when not every line fits.
        let last = (first + visible).min(total);
        let range = format!(" {}–{last} / {total} ", first + 1);
        block = block.title_bottom(Line::from(Span::styled(range, theme.muted)).right_aligned());
    }
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let width = usize::from(inner.width);
    let any_tie = results.lines.iter().any(|l| l.tied);
    let tie_word = tr(lang, Msg::VoteTie);
    let rank_width = results.lines.len().to_string().len() + 3;
    let count_width = results.most_dots.to_string().len() + 1;
    let tie_width = if any_tie { width_of(tie_word) + 2 } else { 0 };
    let percent_width = if width >= 100 { 7 } else { 0 };
    let bar_width =
        width.saturating_sub(rank_width + label_width + count_width + tie_width + percent_width + 4);
    for (offset, result) in results.lines.iter().skip(first).take(visible).enumerate() {
        let top_rank = result.rank == 1 && result.dots > 0;
        let style = if top_rank { theme.heading } else { theme.base };
        let bar_style = if top_rank {
            theme.timer
        } else {
            theme.cluster_title
        };
        let cursor = if first + offset == view.selected {
            "▸"
        } else {
            " "
        };
        let rank = format!("{cursor}{:>w$}.", result.rank, w = rank_width - 2);
        let label = label_of(round, view, result.option).unwrap_or_default();
        let bar = bar(result.dots, results.most_dots, bar_width);
        let mut spans = vec![
            Span::styled(rank, style),
            Span::raw(" "),
            Span::styled(pad(&label, label_width, false), style),
            Span::raw("  "),
            Span::styled(pad(&bar, bar_width, false), bar_style),
            Span::styled(pad(&result.dots.to_string(), count_width, true), style),
        ];
        if percent_width > 0 {
            let percent = format!("{:.0} %", result.share * 100.0);
            spans.push(Span::styled(pad(&percent, percent_width, true), theme.muted));
        }
        if result.tied {
            spans.push(Span::styled(format!("  {tie_word}"), theme.message));
        }
        let rect = Rect::new(inner.x, inner.y + (offset * spacing) as u16, inner.width, 1);
        frame.render_widget(Paragraph::new(Line::from(spans)), rect);
    }

    if let Some(label) = selected_label {
        let lines = wrapped(
            &format!("▸ {label}"),
            usize::from(detail.width.saturating_sub(2)),
            usize::from(detail.height),
            theme.input,
        );
        let rect = Rect::new(
            detail.x + 1,
            detail.y,
            detail.width.saturating_sub(1),
            detail.height,
        );
        frame.render_widget(Paragraph::new(lines), rect);
    }

    if let Some(tie) = runoff_tie(round) {
        let key = cx.key_hint(Mode::VoteResults, &Action::StartRunoff);
        let text = fill(
            lang,
            Msg::VoteTieBanner,
            &[("rank", &tie.rank), ("n", &tie.options.len()), ("key", &key)],
        );
        frame.render_widget(
            Paragraph::new(Span::styled(
                fit(&format!(" {text}"), usize::from(banner.width)),
                theme.message,
            )),
            banner,
        );
    }
}

/// The label of `option`, taken when the screen opened.
fn label_of(round: &VoteRound, view: &ResultsView, option: VoteOption) -> Option<String> {
    let index = round.options.iter().position(|o| *o == option)?;
    view.labels.get(index).map(label_text)
}

/// A bar of `dots` against the longest, `width` cells at most.
fn bar(dots: u32, most: u32, width: usize) -> String {
    if most == 0 || width == 0 {
        return String::new();
    }
    let eighths = (u64::from(dots) * width as u64 * 8 / u64::from(most)) as usize;
    let mut bar = "█".repeat(eighths / 8);
    bar.push_str(EIGHTHS[eighths % 8]);
    if dots > 0 && bar.is_empty() {
        bar.push('▏');
    }
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_grow_in_eighths_and_the_longest_fills_the_width() {
        assert_eq!(bar(4, 4, 10), "█".repeat(10));
        assert_eq!(bar(2, 4, 10), "█".repeat(5));
        assert_eq!(bar(1, 4, 3), "▊");
        assert_eq!(bar(0, 4, 10), "");
        assert_eq!(bar(1, 1_000, 10), "▏", "a dot is never invisible");
        assert_eq!(bar(3, 0, 10), "");
    }
}
