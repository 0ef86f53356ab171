//! The hand-over screen between voters and one voter's ballot. The
//! hand-over screen draws only who has voted, never what; the ballot draws
//! the option labels its screen took when it opened and the voter's own
//! draft.

use super::*;
use crate::core::public::is_covered;

#[allow(clippy::too_many_arguments)]
pub(super) fn draw_hand_over(
    view: &ViewCtx,
    doc: &Document,
    vote: &VoteState,
    hand: &HandOver,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = view.lang;
    let session = &doc.session;
    let Some(round) = session.round(hand.round) else {
        return;
    };
    let rows = voter_rows(session, round, vote);
    let large = is_large(area);
    let [top, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let list_height = (rows.len() as u16 + 2).max(4);
    // The stage gives up its blank lines before the list loses a name.
    let stage_height = if large { 16 } else { 8 }
        .min(rest.height.saturating_sub(list_height + 2))
        .max(4);
    // One column in the middle, not a list stretched across a projector.
    let content = centered(rest, rest.width.min(110), stage_height + list_height + 2);
    let [stage, list, rules] = Layout::vertical([
        Constraint::Length(stage_height),
        Constraint::Max(list_height),
        Constraint::Length(2),
    ])
    .areas(content);
    let title = fill(lang, Msg::VoteHeader, &[("title", &round.title)]);
    header(
        theme,
        frame,
        top,
        &title,
        &phase_title(session, vote),
        theme.muted,
    );

    match &hand.name {
        Some(entry) => draw_name_entry(view, entry, theme, frame, stage),
        None => draw_next(view, &rows, hand.selected, theme, frame, stage, large),
    }

    let (voted, people) = turnout(&rows);
    let list_title = fill(lang, Msg::VoteWhoVotes, &[("voted", &voted), ("total", &people)]);
    let block = bordered(
        Line::from(Span::styled(format!(" {list_title} "), theme.heading)),
        hand.name.is_none(),
        theme,
    );
    let inner = block.inner(list);
    frame.render_widget(block, list);
    let height = usize::from(inner.height);
    let first = window_start(rows.len(), hand.selected, height);
    for (index, row) in rows.iter().enumerate().skip(first).take(height) {
        let rect = Rect::new(inner.x, inner.y + (index - first) as u16, inner.width, 1);
        let line = voter_line(view, row, index == hand.selected, usize::from(inner.width), theme);
        frame.render_widget(Paragraph::new(line), rect);
        hits.add(rect, Action::SelectRow(index));
    }

    let mut facts = vec![fill(
        lang,
        Msg::VoteRulesEach,
        &[
            ("dots", &dots_text(lang, round.dots_per_voter)),
            ("cap", &round.max_per_option),
        ],
    )];
    let state = tr(
        lang,
        if round.allow_revote {
            Msg::VoteAllowed
        } else {
            Msg::VoteNotAllowed
        },
    );
    facts.push(fill(lang, Msg::VoteRevotesState, &[("state", &state)]));
    if session
        .facilitator
        .as_deref()
        .is_some_and(|f| !f.trim().is_empty())
    {
        let msg = if round.facilitator_votes {
            Msg::VoteFacilitatorVotes
        } else {
            Msg::VoteFacilitatorAbstains
        };
        facts.push(tr(lang, msg).to_string());
    }
    let lines = wrapped(
        &facts.join(" · "),
        usize::from(rules.width).saturating_sub(2),
        2,
        theme.muted,
    );
    let rules = Rect::new(rules.x + 1, rules.y, rules.width.saturating_sub(1), rules.height);
    frame.render_widget(Paragraph::new(lines), rules);
}

/// "Next: Anna", large, and what to press.
fn draw_next(
    view: &ViewCtx,
    rows: &[VoterRow],
    selected: usize,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    large: bool,
) {
    let lang = view.lang;
    let Some(row) = rows.get(selected) else {
        return;
    };
    let enter = view.key_hint(Mode::VoteHandOver, &Action::TakeKeyboard);
    let (voted, people) = turnout(rows);
    let everybody = people > 0 && voted == people && row.who == Who::Someone;
    let (headline, name, prompt): (String, Option<&str>, String) = if everybody {
        let reveal = view.key_hint(Mode::VoteHandOver, &Action::RevealResults);
        (
            tr(lang, Msg::VoteEverybodyVoted).to_string(),
            None,
            fill(lang, Msg::VoteRevealHint, &[("key", &reveal)]),
        )
    } else if row.who == Who::Someone {
        (
            tr(lang, Msg::VoteNotOnList).to_string(),
            None,
            fill(lang, Msg::VoteNotOnListPrompt, &[("key", &enter)]),
        )
    } else {
        let prompt = if row.voted && !row.may_vote {
            let msg = if row.proxy {
                Msg::VoteHasVotedProxy
            } else {
                Msg::VoteHasVoted
            };
            tr(lang, msg).to_string()
        } else {
            fill(lang, Msg::VoteNextPrompt, &[("key", &enter)])
        };
        (
            tr(lang, Msg::VoteNext).to_string(),
            Some(row.name.as_str()),
            prompt,
        )
    };
    // "Sabine Kröger (Bürgeramt)": the name large, the addition under it.
    let (main, addition) = match name.and_then(|n| n.split_once(" (")) {
        Some((main, rest)) => (Some(main), Some(format!("({rest}"))),
        None => (name, None),
    };
    let roomy = area.height >= 8;
    let [_, head, big, extra, _, ask] = Layout::vertical([
        Constraint::Length(u16::from(area.height >= 9)),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(u16::from(addition.is_some())),
        Constraint::Length(u16::from(roomy)),
        Constraint::Length(1),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(headline, theme.label)).alignment(Alignment::Center),
        head,
    );
    if let Some(main) = main {
        let style = colour_style(theme, row.colour);
        let largest = if large {
            PixelSize::Full
        } else {
            PixelSize::Quadrant
        };
        match big_text(main, big, largest, style) {
            Some((text, rows)) => {
                let y = big.y + big.height.saturating_sub(rows) / 2;
                frame.render_widget(text, Rect::new(big.x, y, big.width, rows));
            }
            None => {
                // Too long or not in the big font: the whole name, plainly.
                let y = big.y + big.height / 2;
                let whole = name.unwrap_or(main).to_string();
                frame.render_widget(
                    Paragraph::new(Span::styled(whole, style.patch(theme.heading)))
                        .alignment(Alignment::Center),
                    Rect::new(big.x, y, big.width, 1),
                );
                return draw_prompt(prompt, theme, frame, ask);
            }
        }
        if let Some(addition) = addition {
            frame.render_widget(
                Paragraph::new(Span::styled(addition, theme.label)).alignment(Alignment::Center),
                extra,
            );
        }
    }
    draw_prompt(prompt, theme, frame, ask);
}

fn draw_prompt(prompt: String, theme: &Theme, frame: &mut Frame, area: Rect) {
    frame.render_widget(
        Paragraph::new(Span::styled(prompt, theme.question)).alignment(Alignment::Center),
        area,
    );
}

fn draw_name_entry(
    view: &ViewCtx,
    entry: &super::super::NameEntry,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let lang = view.lang;
    let title = tr(
        lang,
        if entry.proxy {
            Msg::VoteNameProxyTitle
        } else {
            Msg::VoteNameTitle
        },
    );
    let rect = centered(area, area.width.saturating_sub(8).min(60), 4);
    let block = bordered(
        Line::from(Span::styled(format!(" {title} "), theme.heading)),
        true,
        theme,
    );
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let width = usize::from(inner.width.saturating_sub(1));
    let (line, column) = text_field(&entry.text, width, theme);
    frame.render_widget(
        Paragraph::new(line),
        Rect::new(inner.x + 1, inner.y, inner.width.saturating_sub(1), 1),
    );
    frame.set_cursor_position(Position::new(inner.x + 1 + column, inner.y));
    if inner.height > 1 {
        let key = view.key_hint(Mode::VoteName, &Action::SubmitInput);
        let hint = fill(lang, Msg::VoteNameHint, &[("key", &key)]);
        frame.render_widget(
            Paragraph::new(Span::styled(fit(&hint, width), theme.muted)),
            Rect::new(inner.x + 1, inner.y + 1, inner.width.saturating_sub(1), 1),
        );
    }
}

fn voter_line<'a>(view: &ViewCtx, row: &VoterRow, selected: bool, width: usize, theme: &Theme) -> Line<'a> {
    let lang = view.lang;
    let base = if selected { theme.selected } else { theme.base };
    let cursor = if selected { "▸" } else { " " };
    if row.who == Who::Someone {
        let text = format!("{cursor} + {}", tr(lang, Msg::VoteSomeoneElse));
        return Line::from(Span::styled(
            pad(&text, width, false),
            if selected { base } else { theme.muted },
        ));
    }
    let mark = if row.voted { "✓" } else { " " };
    let mut status = Vec::new();
    if row.who == Who::Facilitator {
        status.push(tr(lang, Msg::VoteFacilitatorTag).to_string());
    }
    if row.voted {
        let msg = if row.proxy {
            Msg::VoteHasVotedProxy
        } else {
            Msg::VoteHasVoted
        };
        status.push(tr(lang, msg).to_string());
        if row.may_vote {
            status.push(tr(lang, Msg::VoteMayRevote).to_string());
        }
    }
    let status = status.join(" · ");
    let status_width = width_of(&status).min(width / 2) + 1;
    let name_width = width.saturating_sub(status_width + 4);
    let name_style = if selected {
        base
    } else {
        colour_style(theme, row.colour)
    };
    Line::from(vec![
        Span::styled(format!("{cursor} "), base),
        Span::styled(format!("{mark} "), if selected { base } else { theme.timer }),
        Span::styled(pad(&row.name, name_width, false), name_style),
        Span::styled(
            pad(&status, status_width, true),
            if selected { base } else { theme.muted },
        ),
    ])
}

// ----- the ballot -----

/// The dots column: filled for this voter's dots, hollow up to the cap.
pub(super) fn dot_glyphs(mine: u32, cap: u32) -> (String, String) {
    if cap <= 5 {
        (
            "●".repeat(mine as usize),
            "○".repeat(cap.saturating_sub(mine) as usize),
        )
    } else if mine == 0 {
        (String::new(), "○".to_string())
    } else {
        (format!("●×{mine}"), String::new())
    }
}

pub(super) fn draw_ballot(
    view: &ViewCtx,
    session: &Session,
    ballot: &BallotScreen,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = view.lang;
    let Some(round) = session.round(ballot.round) else {
        return;
    };
    let large = is_large(area);
    let [top, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
    let title = fill(lang, Msg::VoteHeader, &[("title", &round.title)]);
    let (who, who_style) = if ballot.proxy {
        (
            fill(lang, Msg::VoteBallotProxy, &[("name", &ballot.name)]),
            theme.message,
        )
    } else {
        (
            fill(lang, Msg::VoteBallotOf, &[("name", &ballot.name)]),
            colour_style(theme, ballot.colour),
        )
    };
    header(theme, frame, top, &title, &who, who_style);

    let side_width = if large { 52 } else { 26 };
    let [list, side] = Layout::horizontal([Constraint::Min(20), Constraint::Length(side_width)]).areas(body);
    draw_options(view, ballot, theme, frame, list, hits, large);
    draw_dots_left(view, session, round, ballot, theme, frame, side, large);
}

/// The options with this voter's dots. Drawn from the ballot alone (its
/// draft and the labels taken when it opened), never from the round, so
/// nothing of the tally can reach this list.
fn draw_options(
    view: &ViewCtx,
    ballot: &BallotScreen,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
    large: bool,
) {
    let lang = view.lang;
    let mut title = vec![Span::styled(
        format!(" {} ", tr(lang, Msg::VoteYourDots)),
        theme.heading,
    )];
    if ballot.revote {
        title.push(Span::styled(
            format!("· {} ", tr(lang, Msg::VoteBallotRevote)),
            theme.message,
        ));
    }
    let block = bordered(Line::from(title), true, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let height = usize::from(inner.height);
    let cap = ballot.draft.cap();
    let dots_width = if cap <= 5 { cap as usize } else { 4 };
    // A blank line between options where a projector has the room.
    let options = ballot.draft.dots().len();
    let spacing = if large && options * 2 <= height { 2 } else { 1 };
    let first = window_start(options, ballot.selected, height / spacing);
    let mine_style = colour_style(theme, ballot.colour);
    // The round's own order, as the labels were taken.
    for index in (0..options).skip(first).take(height / spacing) {
        let selected = index == ballot.selected;
        let base = if selected { theme.selected } else { theme.base };
        let (filled, hollow) = dot_glyphs(ballot.draft.dots_on(index), cap);
        let gap = dots_width.saturating_sub(width_of(&filled) + width_of(&hollow));
        let label = ballot.labels.get(index).map(label_text).unwrap_or_default();
        let label_width = width.saturating_sub(dots_width + 5);
        let line = Line::from(vec![
            Span::styled(if selected { " ▸ " } else { "   " }, base),
            Span::styled(filled, if selected { base } else { mine_style }),
            Span::styled(hollow, if selected { base } else { theme.muted }),
            Span::styled(" ".repeat(gap + 1), base),
            Span::styled(pad(&label, label_width + 1, false), base),
        ]);
        let rect = Rect::new(
            inner.x,
            inner.y + ((index - first) * spacing) as u16,
            inner.width,
            1,
        );
        frame.render_widget(Paragraph::new(line), rect);
        hits.add(rect, Action::PlaceDotOn(index));
        hits.add_secondary(rect, Action::RemoveDotFrom(index));
    }
}

#[allow(clippy::too_many_arguments)]
fn draw_dots_left(
    view: &ViewCtx,
    session: &Session,
    round: &VoteRound,
    ballot: &BallotScreen,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    large: bool,
) {
    let lang = view.lang;
    let digits_rows = if large { 8 } else { 4 };
    let panel_height = (digits_rows + 6).min(area.height);
    let [count, detail] =
        Layout::vertical([Constraint::Length(panel_height), Constraint::Min(0)]).areas(area);
    let block = bordered(
        Line::from(Span::styled(
            format!(" {} ", tr(lang, Msg::VoteDotsLeft)),
            theme.heading,
        )),
        false,
        theme,
    );
    let inner = block.inner(count);
    frame.render_widget(block, count);
    let left = ballot.draft.left();
    let budget = ballot.draft.budget();
    let style = if left == 0 { theme.muted } else { theme.timer };
    let [_, digits, of, line] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(digits_rows),
        Constraint::Length(1),
        Constraint::Length(2),
    ])
    .areas(inner);
    let largest = if large {
        PixelSize::Full
    } else {
        PixelSize::Quadrant
    };
    if let Some((big, _)) = big_text(&left.to_string(), digits, largest, style) {
        frame.render_widget(big, digits);
    }
    frame.render_widget(
        Paragraph::new(Span::styled(
            fill(lang, Msg::VoteOfTotal, &[("n", &budget)]),
            theme.label,
        ))
        .alignment(Alignment::Center),
        of,
    );
    let (text, text_style) = if left == 0 {
        let key = view.key_hint(Mode::Ballot, &Action::CastBallot);
        (fill(lang, Msg::VoteAllPlaced, &[("key", &key)]), theme.message)
    } else {
        let cap = dots_text(lang, round.max_per_option);
        (fill(lang, Msg::VoteCapReached, &[("cap", &cap)]), theme.muted)
    };
    frame.render_widget(
        Paragraph::new(Span::styled(text, text_style))
            .wrap(Wrap { trim: true })
            .alignment(Alignment::Center),
        line,
    );

    if detail.height < 3 {
        return;
    }
    let block = bordered(
        Line::from(Span::styled(
            format!(" {} ", tr(lang, Msg::VoteSelected)),
            theme.heading,
        )),
        false,
        theme,
    );
    let inner = block.inner(detail);
    frame.render_widget(block, detail);
    let Some(option) = round.options.get(ballot.selected) else {
        return;
    };
    let width = usize::from(inner.width.saturating_sub(1));
    let height = usize::from(inner.height);
    let mut lines: Vec<Line> = Vec::new();
    let Some(label) = ballot.labels.get(ballot.selected) else {
        return;
    };
    let (label, extra) = (label_text(label), label_info(view, label));
    lines.extend(wrapped(&label, width, height.min(6), theme.input));
    if let Some(extra) = extra {
        lines.push(Line::from(Span::styled(fit(&extra, width), theme.muted)));
    }
    if let VoteOption::Cluster(id) = option {
        for idea in session.ideas_of_cluster(*id).filter(|i| !is_covered(i)) {
            if lines.len() >= height {
                break;
            }
            lines.push(Line::from(Span::styled(
                fit(&format!("• {}", idea.text), width),
                theme.base,
            )));
        }
    }
    lines.truncate(height);
    frame.render_widget(
        Paragraph::new(lines),
        Rect::new(inner.x + 1, inner.y, inner.width.saturating_sub(1), inner.height),
    );
}
