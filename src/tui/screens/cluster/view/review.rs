//! The review of suggested clusters: the list of proposals and the one
//! under review with its ideas.

use super::*;
use crate::core::Idea;
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::document::Document;
use crate::tui::mode::Mode;
use crate::tui::screen::ViewCtx;
use crate::tui::screens::cluster::{Review, Verdict};
use crate::tui::theme::Theme;
use crate::tui::widgets::hits::Hits;
use crate::tui::widgets::text::{fit, pad, width_of, window_start};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

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

pub(super) fn draw_review(
    view: &ViewCtx,
    doc: &Document,
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
        draw_proposal_list(view, review, theme, frame, list);
        draw_proposal(view, doc, review, false, theme, frame, detail, hits);
    } else {
        draw_proposal(view, doc, review, true, theme, frame, area, hits);
    }
}

fn draw_proposal_list(view: &ViewCtx, review: &Review, theme: &Theme, frame: &mut Frame, area: Rect) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", tr(view.lang, Msg::SuggestionsTitle)),
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
    view: &ViewCtx,
    doc: &Document,
    review: &Review,
    with_overview: bool,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = view.lang;
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
        && crate::tui::widgets::big_text::font_has(&proposal.name)
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
    let finish = view.key_hint(Mode::Suggest, &Action::FinishSuggestions);
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
        let Some(idea) = doc.session.ideas.get(*index) else {
            continue;
        };
        let at_cursor = position == review.cursor;
        let rect = Rect::new(inner.x, list_top + row as u16, inner.width, 1);
        let line = suggested_line(view, idea, *kept, at_cursor, width, theme);
        frame.render_widget(Paragraph::new(line), rect);
        hits.add(rect, Action::SelectSuggestedIdea(position));
    }
}

fn suggested_line<'a>(
    view: &ViewCtx,
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
        format!("  ({})", tr(view.lang, Msg::SuggestionRemoved))
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
