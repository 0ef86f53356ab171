//! The voting screens (issue 5): the round list, the round form with its
//! picking list, the hand-over screen and the ballot. The results are in
//! `results.rs`.
//!
//! The hand-over screen draws only [`voter_rows`] (who has voted, never
//! what); the ballot's list draws the option labels its screen took when it
//! opened, in the round's fixed order, and the voter's own draft. Neither
//! reads the tally.

use super::{Hits, centered, fit, pad, width_of, window_start, wrapped};
use crate::core::voting::VoteError;
use crate::core::{Colour, RoundStatus, Session, VoteOption, VoteRound};
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::board::Board;
use crate::tui::keymap::Mode;
use crate::tui::text_input::TextInput;
use crate::tui::theme::Theme;
use crate::tui::voting::{
    BallotScreen, BudgetRule, HandOver, OptionLabel, PickRow, Picker, RoundField, RoundForm, RoundList,
    RoundRow, SourceKind, VoteScreen, VoteState, VoterRow, Who, dots_text, ideas_text, round_rows,
    runoff_tie, turnout, voter_rows,
};
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use tui_big_text::{BigText, PixelSize};

pub fn render(app: &App, board: &Board, theme: &Theme, frame: &mut Frame, area: Rect, hits: &mut Hits) {
    let Some(vote) = &board.vote else {
        return;
    };
    match &vote.screen {
        VoteScreen::Rounds(list) => draw_rounds(app, board, vote, list, theme, frame, area, hits),
        VoteScreen::Form(form) => match &form.picker {
            Some(picker) => draw_picker(app, &board.session, form, picker, theme, frame, area, hits),
            None => draw_form(app, &board.session, form, theme, frame, area, hits),
        },
        VoteScreen::HandOver(hand) => draw_hand_over(app, board, vote, hand, theme, frame, area, hits),
        VoteScreen::Ballot(ballot) => draw_ballot(app, &board.session, ballot, theme, frame, area, hits),
        VoteScreen::Results(view) => super::results::render(app, board, vote, view, theme, frame, area),
    }
}

/// The keys the footer offers on each voting screen, most useful first.
pub fn footer_actions(app: &App) -> Vec<Action> {
    use Action as A;
    let Some(board) = app.board() else {
        return Vec::new();
    };
    let Some(vote) = &board.vote else {
        return Vec::new();
    };
    let session = &board.session;
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
                .filter(|r| r.status == RoundStatus::Revealed)
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
    app: &App,
    board: &Board,
    vote: &VoteState,
    list: &RoundList,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = app.lang;
    let session = &board.session;
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
                Some(round) => round_line(app, round, width, selected, theme),
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

fn round_line<'a>(app: &App, round: &VoteRound, width: usize, selected: bool, theme: &Theme) -> Line<'a> {
    let lang = app.lang;
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

// ----- the form -----

fn field_label(lang: crate::core::Language, field: RoundField) -> &'static str {
    tr(
        lang,
        match field {
            RoundField::Title => Msg::FieldTitle,
            RoundField::Source => Msg::VoteFieldSource,
            RoundField::Rule => Msg::VoteFieldRule,
            RoundField::Fixed => Msg::VoteFieldFixed,
            RoundField::Cap => Msg::VoteFieldCap,
            RoundField::FacilitatorVotes => Msg::VoteFieldFacilitator,
            RoundField::Revotes => Msg::VoteFieldRevotes,
        },
    )
}

fn choice<'a>(value: String, focused: bool, theme: &Theme) -> Vec<Span<'a>> {
    let style = if focused { theme.selected } else { theme.input };
    vec![
        Span::styled("◀ ", theme.muted),
        Span::styled(value, style),
        Span::styled(" ▶", theme.muted),
    ]
}

fn source_name(lang: crate::core::Language, kind: SourceKind, count: usize) -> String {
    let msg = match kind {
        SourceKind::Ideas => Msg::VoteSourceIdeas,
        SourceKind::Clusters => Msg::VoteSourceClusters,
        SourceKind::ClustersAndLooseIdeas => Msg::VoteSourceBoth,
        SourceKind::Picked => Msg::VoteSourcePicked,
    };
    fill(lang, msg, &[("n", &count)])
}

fn rule_name(lang: crate::core::Language, rule: BudgetRule) -> &'static str {
    tr(
        lang,
        match rule {
            BudgetRule::Third => Msg::VoteRuleThird,
            BudgetRule::Half => Msg::VoteRuleHalf,
            BudgetRule::ThirdPlusOne => Msg::VoteRuleThirdPlusOne,
            BudgetRule::Fixed => Msg::VoteRuleFixed,
        },
    )
}

/// The value part of one form field.
fn field_value<'a>(
    app: &App,
    form: &RoundForm,
    field: RoundField,
    focused: bool,
    theme: &Theme,
) -> Vec<Span<'a>> {
    let lang = app.lang;
    let yes_no = |on: bool| tr(lang, if on { Msg::Yes } else { Msg::No }).to_string();
    match field {
        RoundField::Title => Vec::new(),
        RoundField::Source => {
            let mut spans = choice(
                source_name(lang, form.source_kind(), form.option_count()),
                focused,
                theme,
            );
            if form.source_kind() == SourceKind::Picked {
                let key = app.key_hint(Mode::VotePick, &Action::MarkOption);
                spans.push(Span::styled(
                    format!("   {}", fill(lang, Msg::VoteHintPick, &[("key", &key)])),
                    theme.muted,
                ));
            }
            spans
        }
        RoundField::Rule => {
            let mut spans = choice(rule_name(lang, form.rule).to_string(), focused, theme);
            let gives = fill(lang, Msg::VoteGives, &[("dots", &dots_text(lang, form.dots()))]);
            spans.push(Span::styled(format!("   {gives}"), theme.message));
            spans
        }
        RoundField::Fixed => {
            if form.rule == BudgetRule::Fixed {
                choice(form.fixed.to_string(), focused, theme)
            } else {
                let mut spans = choice(form.fixed.to_string(), focused, theme);
                spans[1].style = if focused { theme.selected } else { theme.muted };
                spans.push(Span::styled(
                    format!("   {}", tr(lang, Msg::VoteFixedUnused)),
                    theme.muted,
                ));
                spans
            }
        }
        RoundField::Cap => {
            let cap = form.effective_cap();
            let mut spans = choice(cap.to_string(), focused, theme);
            if cap == 1 {
                spans.push(Span::styled(
                    format!("   {}", tr(lang, Msg::VoteNoStacking)),
                    theme.muted,
                ));
            }
            spans
        }
        RoundField::FacilitatorVotes => choice(yes_no(form.facilitator_votes), focused, theme),
        RoundField::Revotes => {
            let msg = if form.allow_revote {
                Msg::VoteAllowed
            } else {
                Msg::VoteNotAllowed
            };
            choice(tr(lang, msg).to_string(), focused, theme)
        }
    }
}

/// Drops the trailing hints of a field that do not fit; the choice stays.
fn fit_spans(mut spans: Vec<Span<'_>>, width: usize) -> Vec<Span<'_>> {
    while spans.len() > 3 && spans.iter().map(|s| width_of(&s.content)).sum::<usize>() > width {
        spans.pop();
    }
    spans
}

fn draw_form(
    app: &App,
    session: &Session,
    form: &RoundForm,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = app.lang;
    let labels: Vec<&str> = form.fields.iter().map(|f| field_label(lang, *f)).collect();
    let label_width = labels.iter().map(|l| width_of(l)).max().unwrap_or(0) + 4;
    let height = form.fields.len() as u16 + 7;
    let rect = centered(area, area.width.saturating_sub(4).min(96), height);
    frame.render_widget(Clear, area);
    frame.render_widget(Block::default().style(theme.base), area);
    let phase = session
        .phase(form.phase)
        .map(|p| p.title.clone())
        .unwrap_or_default();
    let title = fill(lang, Msg::VoteFormTitle, &[("phase", &phase)]);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(Span::styled(format!(" {title} "), theme.heading))
        .style(theme.base);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let value_x = inner.x + label_width as u16;
    let value_width = usize::from(inner.width.saturating_sub(label_width as u16));
    for (index, field) in form.fields.iter().enumerate() {
        let y = inner.y + 1 + index as u16;
        if y >= inner.y + inner.height {
            break;
        }
        let focused = index == form.focus;
        let marker = if focused { "▸ " } else { "  " };
        let label_style = if focused { theme.selected } else { theme.label };
        frame.render_widget(
            Paragraph::new(Span::styled(
                fit(&format!("{marker}{}", labels[index]), label_width - 1),
                label_style,
            )),
            Rect::new(inner.x, y, label_width as u16, 1),
        );
        let value_rect = Rect::new(value_x, y, value_width as u16, 1);
        if *field == RoundField::Title {
            let (mut line, column) = text_field(&form.title, value_width, theme);
            if form.title_is_default {
                // A suggestion, replaced by the first key typed.
                line = Line::from(
                    line.spans
                        .into_iter()
                        .map(|span| span.style(theme.placeholder))
                        .collect::<Vec<_>>(),
                );
            }
            frame.render_widget(Paragraph::new(line), value_rect);
            if focused {
                frame.set_cursor_position(Position::new(value_x + column, y));
            }
        } else {
            let spans = fit_spans(field_value(app, form, *field, focused, theme), value_width);
            frame.render_widget(Paragraph::new(Line::from(spans)), value_rect);
        }
        hits.add(Rect::new(inner.x, y, inner.width, 1), Action::FocusField(index));
    }
    // What the choices give, computed by the core, live.
    let y = inner.y + form.fields.len() as u16 + 2;
    let width = usize::from(inner.width.saturating_sub(2));
    // From the form's own counts (the core's preview agrees, see the unit
    // tests), so a frame does not walk every idea of the session.
    let (summary, style) = if form.option_count() == 0 {
        (app.describe_vote_error(&VoteError::NoOptions), theme.error)
    } else {
        let text = fill(
            lang,
            Msg::VoteSummary,
            &[
                ("options", &form.option_count()),
                ("dots", &dots_text(lang, form.dots())),
                ("cap", &form.effective_cap()),
            ],
        );
        (text, theme.message)
    };
    let key = app.key_hint(Mode::VoteForm, &Action::SubmitInput);
    let lines = vec![
        Line::from(Span::styled(fit(&summary, width), style)),
        Line::from(Span::styled(
            fit(&fill(lang, Msg::VoteSummaryHint, &[("key", &key)]), width),
            theme.muted,
        )),
    ];
    let rows = (inner.y + inner.height).saturating_sub(y).min(2);
    frame.render_widget(
        Paragraph::new(lines),
        Rect::new(inner.x + 2, y, inner.width.saturating_sub(2), rows),
    );
}

#[allow(clippy::too_many_arguments)]
fn draw_picker(
    app: &App,
    session: &Session,
    form: &RoundForm,
    picker: &Picker,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = app.lang;
    frame.render_widget(Clear, area);
    frame.render_widget(Block::default().style(theme.base), area);
    let rect = centered(area, area.width.saturating_sub(4).min(120), area.height);
    let title = fill(lang, Msg::VotePickTitle, &[("n", &form.picked.len())]);
    let block = bordered(
        Line::from(Span::styled(format!(" {title} "), theme.heading)),
        true,
        theme,
    );
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let width = usize::from(inner.width);
    if picker.rows.is_empty() {
        let lines = wrapped(
            tr(lang, Msg::VotePickEmpty),
            width.saturating_sub(2),
            3,
            theme.muted,
        );
        frame.render_widget(Paragraph::new(lines), inner);
        return;
    }
    let height = usize::from(inner.height);
    let first = window_start(picker.rows.len(), picker.selected, height);
    for (index, row) in picker.rows.iter().enumerate().skip(first).take(height) {
        let rect = Rect::new(inner.x, inner.y + (index - first) as u16, inner.width, 1);
        let line = match row {
            PickRow::Phase(phase) => {
                let title = session.phase(*phase).map_or("", |p| p.title.as_str());
                Line::from(Span::styled(fit(&format!(" {title}"), width), theme.heading))
            }
            PickRow::Option(option) => {
                let selected = index == picker.selected;
                let mark = if form.picked.contains(option) {
                    "[x]"
                } else {
                    "[ ]"
                };
                let base = if selected { theme.selected } else { theme.base };
                let Some(label) = picker.labels.get(index) else {
                    continue;
                };
                let (label, extra) = (label_text(label), label_info(app, label));
                let head = format!("   {mark} {label}");
                let extra = extra.map(|e| format!("  · {e}")).unwrap_or_default();
                let room = width.saturating_sub(width_of(&extra));
                Line::from(vec![
                    Span::styled(pad(&head, room, false), base),
                    Span::styled(extra, if selected { base } else { theme.muted }),
                ])
            }
        };
        frame.render_widget(Paragraph::new(line), rect);
        if matches!(row, PickRow::Option(_)) {
            hits.add(rect, Action::SelectRow(index));
        }
    }
}

/// An option's text, a cluster marked as one.
pub(super) fn label_text(label: &OptionLabel) -> String {
    match label.cluster_ideas {
        Some(_) => format!("▣ {}", label.text),
        None => label.text.clone(),
    }
}

/// For a cluster, what it holds.
fn label_info(app: &App, label: &OptionLabel) -> Option<String> {
    let ideas = ideas_text(app.lang, label.cluster_ideas?);
    Some(fill(app.lang, Msg::VoteClusterInfo, &[("ideas", &ideas)]))
}

// ----- the hand-over screen -----

#[allow(clippy::too_many_arguments)]
fn draw_hand_over(
    app: &App,
    board: &Board,
    vote: &VoteState,
    hand: &HandOver,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = app.lang;
    let session = &board.session;
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
        Some(entry) => draw_name_entry(app, entry, theme, frame, stage),
        None => draw_next(app, &rows, hand.selected, theme, frame, stage, large),
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
        let line = voter_line(app, row, index == hand.selected, usize::from(inner.width), theme);
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
    app: &App,
    rows: &[VoterRow],
    selected: usize,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    large: bool,
) {
    let lang = app.lang;
    let Some(row) = rows.get(selected) else {
        return;
    };
    let enter = app.key_hint(Mode::VoteHandOver, &Action::TakeKeyboard);
    let (voted, people) = turnout(rows);
    let everybody = people > 0 && voted == people && row.who == Who::Someone;
    let (headline, name, prompt): (String, Option<&str>, String) = if everybody {
        let reveal = app.key_hint(Mode::VoteHandOver, &Action::RevealResults);
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
    app: &App,
    entry: &crate::tui::voting::NameEntry,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let lang = app.lang;
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
        let key = app.key_hint(Mode::VoteName, &Action::SubmitInput);
        let hint = fill(lang, Msg::VoteNameHint, &[("key", &key)]);
        frame.render_widget(
            Paragraph::new(Span::styled(fit(&hint, width), theme.muted)),
            Rect::new(inner.x + 1, inner.y + 1, inner.width.saturating_sub(1), 1),
        );
    }
}

fn voter_line<'a>(app: &App, row: &VoterRow, selected: bool, width: usize, theme: &Theme) -> Line<'a> {
    let lang = app.lang;
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
fn dot_glyphs(mine: u32, cap: u32) -> (String, String) {
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

fn draw_ballot(
    app: &App,
    session: &Session,
    ballot: &BallotScreen,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = app.lang;
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
    draw_options(app, ballot, theme, frame, list, hits, large);
    draw_dots_left(app, session, round, ballot, theme, frame, side, large);
}

/// The options with this voter's dots. Drawn from the ballot alone (its
/// draft and the labels taken when it opened), never from the round, so
/// nothing of the tally can reach this list.
fn draw_options(
    app: &App,
    ballot: &BallotScreen,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
    large: bool,
) {
    let lang = app.lang;
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
    app: &App,
    session: &Session,
    round: &VoteRound,
    ballot: &BallotScreen,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    large: bool,
) {
    let lang = app.lang;
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
        let key = app.key_hint(Mode::Ballot, &Action::CastBallot);
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
    let (label, extra) = (label_text(label), label_info(app, label));
    lines.extend(wrapped(&label, width, height.min(6), theme.input));
    if let Some(extra) = extra {
        lines.push(Line::from(Span::styled(fit(&extra, width), theme.muted)));
    }
    if let VoteOption::Cluster(id) = option {
        for idea in session.ideas_of_cluster(*id).filter(|i| !i.hidden) {
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
