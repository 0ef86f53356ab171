//! Drawing the participant screen from the room's view and the screen
//! state. Every text of the session went through the core's cleaning when
//! it was stored; the screen adds nothing typed by anyone else.

use super::{Mode, Notice, Screen, cards, may_vote, open_checkin, open_round, revealed_round};
use crate::core::public;
use crate::core::voting::{self, VoteError};
use crate::core::*;
use crate::host::bridge::{Refusal, Request, Stage};
use crate::i18n::{Msg, fill, tr};
use jiff::Timestamp;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

/// Smallest area the screen is laid out in; below it asks for more room.
const MIN_WIDTH: u16 = 40;
const MIN_HEIGHT: u16 = 10;

/// Draws the screen of one participant. `room` is the session as this
/// person may see it (see `room_view`), `now` the clock for the timer.
pub fn render(room: &Session, stage: Stage, screen: &Screen, now: Timestamp, frame: &mut Frame, area: Rect) {
    let lang = room.language;
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let text = Paragraph::new(tr(lang, Msg::SshTooSmall)).wrap(Wrap { trim: true });
        frame.render_widget(text, area);
        return;
    }
    let [header, question, body, notice, footer] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(3),
        Constraint::Min(3),
        Constraint::Length(2),
        Constraint::Length(1),
    ])
    .areas(area);
    draw_header(room, stage, screen, now, frame, header);
    if let Some(phase) = room.current() {
        let text = Paragraph::new(phase.question.as_str())
            .style(Style::new().add_modifier(Modifier::BOLD))
            .wrap(Wrap { trim: true });
        frame.render_widget(text, question);
    } else {
        let text = Paragraph::new(tr(lang, Msg::SshNoPhase)).wrap(Wrap { trim: true });
        frame.render_widget(text, question);
    }
    match &screen.mode {
        Mode::Ballot => draw_ballot(room, screen, frame, body),
        Mode::Checkin => draw_checkin(room, screen, frame, body),
        _ => draw_board(room, screen, frame, body),
    }
    draw_notice(room, screen, frame, notice);
    let keys = Paragraph::new(footer_text(room, screen)).style(Style::new().add_modifier(Modifier::DIM));
    frame.render_widget(keys, footer);
}

fn draw_header(room: &Session, stage: Stage, screen: &Screen, now: Timestamp, frame: &mut Frame, area: Rect) {
    let lang = room.language;
    let [top, second] = Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(area);
    let title = fill(lang, Msg::SshTitle, &[("title", &room.title)]);
    let name_width = screen.name.width() as u16;
    let [left, right] = Layout::horizontal([
        Constraint::Min(1),
        Constraint::Length(name_width.min(area.width / 2)),
    ])
    .areas(top);
    frame.render_widget(
        Paragraph::new(title).style(Style::new().add_modifier(Modifier::BOLD)),
        left,
    );
    frame.render_widget(Paragraph::new(screen.name.as_str()), right);
    let Some(phase) = room.current() else { return };
    let heading = fill(
        lang,
        Msg::SshPhase,
        &[
            ("n", &(room.current_phase + 1)),
            ("total", &room.phases.len()),
            ("title", &phase.title),
        ],
    );
    let timer = timer_text(lang, phase, stage, now);
    let [left, right] =
        Layout::horizontal([Constraint::Min(1), Constraint::Length(timer.width() as u16)]).areas(second);
    frame.render_widget(Paragraph::new(heading), left);
    frame.render_widget(Paragraph::new(timer), right);
}

fn timer_text(lang: Language, phase: &Phase, stage: Stage, now: Timestamp) -> String {
    if phase.timebox_minutes == 0 {
        return String::new();
    }
    let left = stage.timer.seconds_left(phase.timebox_minutes, now);
    let clock = |seconds: i64| format!("{}:{:02}", seconds / 60, seconds % 60);
    if left >= 0 {
        format!(" {}", fill(lang, Msg::SshTimeLeft, &[("time", &clock(left))]))
    } else {
        format!(" {}", fill(lang, Msg::SshOverTime, &[("time", &clock(-left))]))
    }
}

fn draw_board(room: &Session, screen: &Screen, frame: &mut Frame, area: Rect) {
    let lang = room.language;
    let cards = cards(room);
    let mut lines = Vec::new();
    // Announcements first: a round or check-in waiting for this person.
    if let Some(round) = open_round(room) {
        let msg = if voting::has_voted(round, screen.me) {
            Msg::SshVotedAlready
        } else {
            Msg::SshRoundOpen
        };
        lines.push(Line::styled(
            fill(lang, msg, &[("title", &round.title)]),
            Style::new().add_modifier(Modifier::BOLD),
        ));
    }
    if let Some(checkin) = open_checkin(room, screen.me) {
        lines.push(Line::styled(
            fill(lang, Msg::SshCheckinOpen, &[("question", &checkin.question)]),
            Style::new().add_modifier(Modifier::BOLD),
        ));
    }
    if let Some(round) = revealed_round(room) {
        lines.extend(result_lines(room, round, 5));
    }
    if let Some(checkin) = revealed_checkin(room) {
        lines.push(Line::from(fill(
            lang,
            Msg::SshCheckinResults,
            &[("question", &checkin.question)],
        )));
        let (low, _) = checkin.scale.range();
        let bars: Vec<String> = checkin
            .counts
            .iter()
            .enumerate()
            .map(|(i, count)| format!("{}: {count}", low + i as u32))
            .collect();
        lines.push(Line::from(format!("  {}", bars.join("   "))));
    }
    if room.current().is_some() {
        lines.push(Line::styled(
            fill(lang, Msg::SshIdeasHeading, &[("n", &cards.len())]),
            Style::new().add_modifier(Modifier::UNDERLINED),
        ));
    }
    let list_rows = usize::from(area.height).saturating_sub(lines.len()).max(1);
    if cards.is_empty() && room.current().is_some() {
        lines.push(Line::from(format!("  {}", tr(lang, Msg::SshNoIdeas))));
    }
    // Only the visible cards are drawn, so a long board costs the same.
    let first = screen.cursor.saturating_sub(list_rows.saturating_sub(1));
    for (index, idea) in cards.iter().enumerate().skip(first).take(list_rows) {
        lines.push(card_line(lang, screen, idea, index == screen.cursor));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn card_line<'a>(lang: Language, screen: &Screen, idea: &'a Idea, selected: bool) -> Line<'a> {
    let marker = if selected { "> " } else { "  " };
    let own = screen.viewer().owns(idea);
    let style = if selected {
        Style::new().add_modifier(Modifier::REVERSED)
    } else {
        Style::new()
    };
    if public::is_covered(idea) && !own {
        return Line::from(vec![
            Span::raw(marker),
            Span::styled(tr(lang, Msg::SshCoveredCard), style.add_modifier(Modifier::DIM)),
        ]);
    }
    let mut spans = vec![Span::raw(marker), Span::styled(idea.text.as_str(), style)];
    if own {
        let tag = if idea.hidden {
            Msg::SshYoursCovered
        } else {
            Msg::SshYours
        };
        spans.push(Span::styled(
            format!("  ({})", tr(lang, tag)),
            Style::new().add_modifier(Modifier::DIM),
        ));
    }
    Line::from(spans)
}

fn result_lines<'a>(room: &'a Session, round: &'a VoteRound, most: usize) -> Vec<Line<'a>> {
    let lang = room.language;
    // `results` is `None` before the reveal: no tally can show early.
    let Some(results) = voting::results(round) else {
        return Vec::new();
    };
    let mut lines = vec![Line::styled(
        fill(lang, Msg::SshResultsTitle, &[("title", &round.title)]),
        Style::new().add_modifier(Modifier::BOLD),
    )];
    for line in results.lines.iter().take(most) {
        let option = public::option_label(room, line.option).unwrap_or("?");
        lines.push(Line::from(format!(
            "  {}",
            fill(
                lang,
                Msg::SshResultLine,
                &[("rank", &line.rank), ("dots", &line.dots), ("option", &option)]
            )
        )));
    }
    lines
}

fn revealed_checkin(room: &Session) -> Option<&CheckinRound> {
    let phase = room.current().map(|p| p.id);
    room.checkins
        .iter()
        .rev()
        .find(|c| public::checkin_is_public(c) && (c.phase.is_none() || c.phase == phase))
}

fn draw_ballot(room: &Session, screen: &Screen, frame: &mut Frame, area: Rect) {
    let lang = room.language;
    let (Some(round), Some(draft)) = (open_round(room), screen.draft.as_ref()) else {
        return;
    };
    let mut lines = vec![
        Line::styled(
            fill(lang, Msg::SshBallotTitle, &[("title", &round.title)]),
            Style::new().add_modifier(Modifier::BOLD),
        ),
        Line::from(fill(
            lang,
            Msg::SshDotsLeft,
            &[
                ("left", &draft.left()),
                ("budget", &draft.budget()),
                ("cap", &draft.cap()),
            ],
        )),
        Line::styled(
            tr(lang, Msg::SshBallotSecret),
            Style::new().add_modifier(Modifier::DIM),
        ),
    ];
    let rows = usize::from(area.height).saturating_sub(lines.len()).max(1);
    let first = screen.option.saturating_sub(rows.saturating_sub(1));
    for (index, option) in round.options.iter().enumerate().skip(first).take(rows) {
        let dots = draft.dots_on(index);
        let shown = draft.cap().min(10) as usize;
        let marks = format!("{:<shown$}", "●".repeat((dots as usize).min(shown)));
        let label = room.option_label(*option).unwrap_or("?");
        let style = if index == screen.option {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        };
        let marker = if index == screen.option { "> " } else { "  " };
        lines.push(Line::from(vec![
            Span::raw(marker),
            Span::raw(format!("[{marks}] ")),
            Span::styled(label, style),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn draw_checkin(room: &Session, screen: &Screen, frame: &mut Frame, area: Rect) {
    let lang = room.language;
    let Some(checkin) = open_checkin(room, screen.me) else {
        return;
    };
    let (low, high) = checkin.scale.range();
    let choices: Vec<Span> = (low..=high)
        .map(|answer| {
            let text = format!(" {answer} ");
            if answer == screen.answer {
                Span::styled(text, Style::new().add_modifier(Modifier::REVERSED))
            } else {
                Span::raw(text)
            }
        })
        .collect();
    let lines = vec![
        Line::styled(
            fill(lang, Msg::SshCheckinTitle, &[("question", &checkin.question)]),
            Style::new().add_modifier(Modifier::BOLD),
        ),
        Line::from(fill(
            lang,
            Msg::SshCheckinScale,
            &[("low", &low), ("high", &high)],
        )),
        Line::from(choices),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

fn draw_notice(room: &Session, screen: &Screen, frame: &mut Frame, area: Rect) {
    let lang = room.language;
    let notice = screen
        .notice
        .as_ref()
        .map(|notice| Line::from(notice_text(lang, notice)));
    let first = match &screen.mode {
        Mode::Typing { editing, text } => {
            let label = tr(
                lang,
                if editing.is_some() {
                    Msg::SshEditIdea
                } else {
                    Msg::SshNewIdea
                },
            );
            let room_for_text = usize::from(area.width).saturating_sub(label.width() + 2);
            Line::from(vec![
                Span::styled(label, Style::new().add_modifier(Modifier::BOLD)),
                Span::raw(tail_fitting(text, room_for_text)),
                Span::styled("▏", Style::new().add_modifier(Modifier::SLOW_BLINK)),
            ])
        }
        Mode::ConfirmDelete(_) => Line::styled(
            tr(lang, Msg::SshConfirmDelete),
            Style::new().add_modifier(Modifier::BOLD),
        ),
        _ => {
            frame.render_widget(
                Paragraph::new(notice.unwrap_or_default()).wrap(Wrap { trim: true }),
                area,
            );
            return;
        }
    };
    let lines: Vec<Line> = std::iter::once(first).chain(notice).collect();
    frame.render_widget(Paragraph::new(lines), area);
}

/// The end of `text` that fits in `width` columns, so the typing position
/// stays in view.
fn tail_fitting(text: &str, width: usize) -> String {
    let mut used = 0;
    let mut start = text.len();
    for (index, ch) in text.char_indices().rev() {
        let w = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        start = index;
    }
    text[start..].to_string()
}

/// The sentence for a notice, in the session's language.
pub fn notice_text(lang: Language, notice: &Notice) -> String {
    match notice {
        Notice::Done(request) => tr(
            lang,
            match request {
                Request::AddIdea { .. } => Msg::SshIdeaAdded,
                Request::EditIdea { .. } => Msg::SshIdeaChanged,
                Request::DeleteIdea { .. } => Msg::SshIdeaDeleted,
                Request::CastBallot { .. } => Msg::SshBallotCast,
                Request::AnswerCheckin { .. } => Msg::SshAnswerSent,
            },
        )
        .to_string(),
        Notice::Refused(refusal) => refusal_text(lang, refusal),
        Notice::PasteCut => fill(lang, Msg::SshPasteCut, &[("max", &text::MAX_TEXT_CHARS)]),
        Notice::EmptyIdea => tr(lang, Msg::SshEmptyIdea).to_string(),
        Notice::NotYours => tr(lang, Msg::SshNotYours).to_string(),
        Notice::NothingToVote => tr(lang, Msg::SshNothingToVote).to_string(),
        Notice::NothingToAnswer => tr(lang, Msg::SshNothingToAnswer).to_string(),
        Notice::NoCapture => tr(lang, Msg::SshNoCapture).to_string(),
    }
}

fn refusal_text(lang: Language, refusal: &Refusal) -> String {
    let msg = match refusal {
        Refusal::PhaseMoved => Msg::SshPhaseMoved,
        Refusal::NoCapture => Msg::SshNoCapture,
        Refusal::NotYours => Msg::SshNotYours,
        Refusal::IdeaInRound => Msg::SshIdeaInRound,
        Refusal::RoundElsewhere => Msg::SshRoundElsewhere,
        Refusal::Vote(VoteError::AlreadyVoted(_)) => Msg::SshAlreadyVoted,
        Refusal::Vote(VoteError::Revealed) => Msg::SshRoundClosed,
        Refusal::Vote(
            VoteError::OverBudget { .. } | VoteError::OverCap { .. } | VoteError::WrongLength { .. },
        ) => Msg::SshBallotOffRules,
        Refusal::Vote(VoteError::FacilitatorDoesNotVote) => Msg::SshFacilitatorNoVote,
        Refusal::Vote(VoteError::EarlierBallotUnknown) => Msg::SshEarlierBallotUnknown,
        Refusal::Domain(DomainError::EmptyText) => Msg::SshEmptyIdea,
        Refusal::Domain(DomainError::TextTooLong { chars, max }) => {
            return fill(lang, Msg::SshTextTooLong, &[("chars", chars), ("max", max)]);
        }
        Refusal::Vote(other) => return fill(lang, Msg::SshNotTaken, &[("reason", other)]),
        Refusal::Domain(other) => {
            let reason = crate::i18n::describe_refusal(lang, other);
            return fill(lang, Msg::SshNotTaken, &[("reason", &reason)]);
        }
    };
    tr(lang, msg).to_string()
}

fn footer_text(room: &Session, screen: &Screen) -> String {
    let lang = room.language;
    match screen.mode {
        Mode::Typing { .. } => tr(lang, Msg::SshKeysTyping).to_string(),
        Mode::Ballot => tr(lang, Msg::SshKeysBallot).to_string(),
        Mode::Checkin => tr(lang, Msg::SshKeysCheckin).to_string(),
        Mode::ConfirmDelete(_) => String::new(),
        Mode::Board => {
            let mut keys = Vec::new();
            if room.current().is_some_and(|p| p.allows(Activity::Capture)) {
                keys.extend([Msg::SshKeyAdd, Msg::SshKeyEdit, Msg::SshKeyDelete]);
            }
            if open_round(room).is_some_and(|r| may_vote(room, r, screen.me).is_ok()) {
                keys.push(Msg::SshKeyVote);
            }
            if open_checkin(room, screen.me).is_some() {
                keys.push(Msg::SshKeyCheckin);
            }
            keys.push(Msg::SshKeyQuit);
            keys.iter().map(|m| tr(lang, *m)).collect::<Vec<_>>().join(" · ")
        }
    }
}
