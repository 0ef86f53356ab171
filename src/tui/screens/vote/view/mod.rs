//! The voting screens (issue 5): the round list, the round form with its
//! picking list, the hand-over screen and the ballot. The form and its
//! picking list are in `form.rs`, the results in `results.rs`.
//!
//! The hand-over screen draws only [`voter_rows`] (who has voted, never
//! what); the ballot's list draws the option labels its screen took when it
//! opened, in the round's fixed order, and the voter's own draft. Neither
//! reads the tally.

mod ballot;
mod form;
mod results;

use super::{
    BallotScreen, BudgetRule, HandOver, OptionLabel, PickRow, Picker, RoundField, RoundForm, RoundList,
    RoundRow, SourceKind, VoteScreen, VoteState, VoterRow, Who, describe_vote_error, dots_text, ideas_text,
    round_rows, runoff_tie, turnout, voter_rows,
};
use crate::core::public::tally_is_public;
use crate::core::voting::VoteError;
use crate::core::{Colour, RoundStatus, Session, VoteOption, VoteRound};
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::document::Document;
use crate::tui::mode::Mode;
use crate::tui::screen::ViewCtx;
use crate::tui::text_input::TextInput;
use crate::tui::theme::Theme;
use crate::tui::widgets::dialog::centered;
use crate::tui::widgets::hits::Hits;
use crate::tui::widgets::text::{fit, pad, width_of, window_start, wrapped};
#[cfg(test)]
use ballot::dot_glyphs;
use ballot::{draw_ballot, draw_hand_over};
use form::{draw_form, draw_picker, label_info, label_text};
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use tui_big_text::{BigText, PixelSize};

pub(super) fn render(
    view: &ViewCtx,
    doc: &Document,
    vote: &VoteState,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let theme = view.theme;
    match &vote.screen {
        VoteScreen::Rounds(list) => draw_rounds(view, doc, vote, list, theme, frame, area, hits),
        VoteScreen::Form(form) => match &form.picker {
            Some(picker) => draw_picker(view, &doc.session, form, picker, theme, frame, area, hits),
            None => draw_form(view, &doc.session, form, theme, frame, area, hits),
        },
        VoteScreen::HandOver(hand) => draw_hand_over(view, doc, vote, hand, theme, frame, area, hits),
        VoteScreen::Ballot(ballot) => draw_ballot(view, &doc.session, ballot, theme, frame, area, hits),
        VoteScreen::Results(results_view) => {
            results::render(view, doc, vote, results_view, theme, frame, area)
        }
    }
}

/// The keys the footer offers on each voting screen, most useful first.
pub(super) fn footer_actions(doc: &Document, vote: &VoteState) -> Vec<Action> {
    use Action as A;
    let session = &doc.session;
    match &vote.screen {
        VoteScreen::Rounds(list) => {
            let rows = round_rows(session, vote.phase);
            let mut actions = vec![A::OpenSelected];
            if rows.first() == Some(&RoundRow::New) {
                actions.push(A::NewRound);
            }
            if let Some(RoundRow::Round(id)) = rows.get(list.selected)
                && session.round(*id).is_some_and(|r| r.status == RoundStatus::Open)
            {
                actions.push(A::RevealResults);
            }
            actions.extend([A::CancelInput, A::ToggleHelp, A::Quit]);
            actions
        }
        VoteScreen::Form(form) if form.picker.is_some() => vec![A::MarkOption, A::SubmitInput, A::ToggleHelp],
        VoteScreen::Form(_) => vec![A::SubmitInput, A::NextField, A::CancelInput, A::ToggleHelp],
        VoteScreen::HandOver(hand) if hand.name.is_some() => {
            vec![A::SubmitInput, A::CancelInput, A::ToggleHelp]
        }
        VoteScreen::HandOver(_) => vec![
            A::TakeKeyboard,
            A::AddVoter,
            A::RecordProxyBallot,
            A::RevealResults,
            A::ToggleRevotes,
            A::CancelInput,
            A::ToggleHelp,
        ],
        VoteScreen::Ballot(_) => vec![
            A::PlaceDot,
            A::RemoveDot,
            A::CastBallot,
            A::CancelInput,
            A::ToggleHelp,
        ],
        VoteScreen::Results(view) => {
            let mut actions = Vec::new();
            if session.round(view.round).and_then(runoff_tie).is_some() {
                actions.push(A::StartRunoff);
            }
            let revealed = session
                .rounds_in(vote.phase)
                .filter(|r| tally_is_public(r))
                .count();
            if revealed > 1 {
                actions.push(A::NextRound);
            }
            actions.extend([A::NewActionFromSelection, A::CancelInput, A::ToggleHelp, A::Quit]);
            actions
        }
    }
}

// ----- shared pieces -----

/// The top line: what this is on the left, where on the right.
pub(super) fn header(
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    left: &str,
    right: &str,
    right_style: Style,
) {
    let width = usize::from(area.width);
    let right = format!("{right} ");
    // Who or where (the right) matters more than the rest of a long title.
    let right_width = width_of(&right).min(width * 2 / 3);
    let left_width = width.saturating_sub(right_width + 2);
    let line = Line::from(vec![
        Span::styled(pad(&format!(" {left}"), left_width, false), theme.heading),
        Span::raw("  "),
        Span::styled(pad(&right, right_width, true), right_style),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

pub(super) fn bordered<'a>(title: Line<'a>, focused: bool, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(focused))
        .title(title)
}

/// The screen is large enough for the biggest letters.
pub(super) fn is_large(area: Rect) -> bool {
    area.width >= 120 && area.height >= 40
}

/// Whether the 8x8 font of the big letters has every character (ASCII and
/// Latin-1: umlauts and ß, not emoji or Turkish letters).
pub(super) fn font_has(text: &str) -> bool {
    text.chars()
        .all(|c| (' '..='~').contains(&c) || ('\u{a0}'..='\u{ff}').contains(&c))
}

/// `text` in big letters centred in `area`, in the largest size that fits;
/// `None` when even the smallest does not (the caller writes it plainly).
pub(super) fn big_text(
    text: &str,
    area: Rect,
    largest: PixelSize,
    style: Style,
) -> Option<(BigText<'static>, u16)> {
    if !font_has(text) {
        return None;
    }
    let chars = text.chars().count() as u16;
    let sizes = [(PixelSize::Full, 8, 8), (PixelSize::Quadrant, 4, 4)];
    let start = if largest == PixelSize::Full { 0 } else { 1 };
    sizes[start..]
        .iter()
        .find(|(_, columns, rows)| chars * columns <= area.width && *rows <= area.height)
        .map(|(size, _, rows)| {
            let big = BigText::builder()
                .pixel_size(*size)
                .style(style)
                .lines(vec![Line::from(text.to_string())])
                .centered()
                .build();
            (big, *rows)
        })
}

fn phase_title(session: &Session, vote: &VoteState) -> String {
    session
        .phase(vote.phase)
        .map(|p| p.title.clone())
        .unwrap_or_default()
}

/// A one-line text field scrolled so that the cursor shows; the cursor's
/// column is returned.
fn text_field<'a>(input: &TextInput, width: usize, theme: &Theme) -> (Line<'a>, u16) {
    let text = input.text();
    let before = &text[..input.cursor()];
    let mut shown_from = 0;
    while width_of(&before[shown_from..]) + 1 > width && shown_from < before.len() {
        shown_from += before[shown_from..].chars().next().map_or(1, char::len_utf8);
    }
    let column = width_of(&before[shown_from..]) as u16;
    let line = Line::from(Span::styled(fit(&text[shown_from..], width), theme.input));
    (line, column)
}

fn colour_style(theme: &Theme, colour: Option<Colour>) -> Style {
    colour.map_or(theme.heading, |c| theme.participant(c))
}

// ----- the round list -----

#[allow(clippy::too_many_arguments)]
fn draw_rounds(
    view: &ViewCtx,
    doc: &Document,
    vote: &VoteState,
    list: &RoundList,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = view.lang;
    let session = &doc.session;
    let [top, body, hint] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(3), Constraint::Length(1)]).areas(area);
    let phase = phase_title(session, vote);
    header(
        theme,
        frame,
        top,
        &format!("plenum  ·  {}", session.title),
        &phase,
        theme.muted,
    );
    let title = fill(lang, Msg::VoteRoundsTitle, &[("phase", &phase)]);
    let block = bordered(
        Line::from(Span::styled(format!(" {title} "), theme.heading)),
        true,
        theme,
    );
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let rows = round_rows(session, vote.phase);
    let width = usize::from(inner.width);
    let height = usize::from(inner.height);
    let first = window_start(rows.len(), list.selected, height);
    for (offset, row) in rows.iter().enumerate().skip(first).take(height) {
        let selected = offset == list.selected;
        let rect = Rect::new(inner.x, inner.y + (offset - first) as u16, inner.width, 1);
        let base = if selected { theme.selected } else { theme.base };
        let line = match row {
            RoundRow::New => Line::from(Span::styled(
                pad(&format!(" + {}", tr(lang, Msg::VoteNewRoundRow)), width, false),
                if selected { theme.selected } else { theme.heading },
            )),
            RoundRow::Round(id) => match session.round(*id) {
                Some(round) => round_line(view, round, width, selected, theme),
                None => Line::from(Span::styled(pad("", width, false), base)),
            },
        };
        frame.render_widget(Paragraph::new(line), rect);
        hits.add(rect, Action::SelectRow(offset));
    }
    let text = fit(
        tr(lang, Msg::VoteRoundsHint),
        usize::from(hint.width).saturating_sub(1),
    );
    frame.render_widget(
        Paragraph::new(Span::styled(format!(" {text}"), theme.muted)),
        hint,
    );
}

fn round_line<'a>(
    view: &ViewCtx,
    round: &VoteRound,
    width: usize,
    selected: bool,
    theme: &Theme,
) -> Line<'a> {
    let lang = view.lang;
    let status = match round.status {
        RoundStatus::Open => tr(lang, Msg::VoteStatusOpen),
        RoundStatus::Revealed => tr(lang, Msg::VoteStatusRevealed),
    };
    let facts = format!(
        "{} · {} ",
        fill(
            lang,
            Msg::VoteRoundFacts,
            &[("options", &round.options.len()), ("voted", &round.voters.len())]
        ),
        status
    );
    let facts_width = width_of(&facts).min(width * 3 / 5);
    let title_width = width.saturating_sub(facts_width + 3);
    let (base, facts_style) = if selected {
        (theme.selected, theme.selected)
    } else if round.status == RoundStatus::Open {
        (theme.base, theme.message)
    } else {
        (theme.base, theme.muted)
    };
    Line::from(vec![
        Span::styled(if selected { " ▸ " } else { "   " }, base),
        Span::styled(pad(&round.title, title_width, false), base),
        Span::styled(pad(&facts, facts_width, true), facts_style),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dots_show_this_voters_dots_and_the_room_left() {
        assert_eq!(dot_glyphs(0, 1), (String::new(), "○".into()));
        assert_eq!(dot_glyphs(2, 3), ("●●".into(), "○".into()));
        assert_eq!(dot_glyphs(0, 8), (String::new(), "○".into()));
        assert_eq!(dot_glyphs(7, 8), ("●×7".into(), String::new()));
    }

    #[test]
    fn the_big_font_knows_umlauts_but_not_every_letter() {
        assert!(font_has("Jörg Weiß"));
        assert!(!font_has("Şule Yılmaz"));
    }
}
