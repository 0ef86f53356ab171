//! The session screen: agenda and participants on the left; the phase with
//! its guiding question and the big timer, the ideas by cluster, and the
//! idea being typed on the right.

use super::{Board, phase_form};
use crate::core::public::{is_covered, names_are_public};
use crate::core::{Idea, Session};
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::document::{Document, Row};
use crate::tui::mode::Mode;
use crate::tui::screen::ViewCtx;
use crate::tui::theme::Theme;
use crate::tui::widgets::field::text_area;
use crate::tui::widgets::hits::Hits;
use crate::tui::widgets::panel::Panel;
use crate::tui::widgets::text::{draw_lines, fit, pad, width_of, window_start, wrapped};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

mod phase;
use phase::{draw_phase, phase_panel_height};

/// The most lines the idea field grows to before it scrolls.
const INPUT_LINES: usize = 6;

/// What the session screen draws from: the document and the screen's own
/// state, read as one.
struct View<'a> {
    doc: &'a Document,
    screen: &'a Board,
}

impl std::ops::Deref for View<'_> {
    type Target = Document;

    fn deref(&self) -> &Document {
        self.doc
    }
}

pub fn render(cx: &ViewCtx, doc: &Document, screen: &Board, frame: &mut Frame, area: Rect, hits: &mut Hits) {
    let (app, theme) = (cx, cx.theme);
    let board = &View { doc, screen };
    let [header, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    draw_header(app, board, theme, frame, header);
    let agenda_width = (area.width / 4).clamp(24, 44);
    let [left, right] =
        Layout::horizontal([Constraint::Length(agenda_width), Constraint::Min(1)]).areas(body);

    let people = participant_rows(board);
    let people_height = (people as u16 + 2).min(left.height / 2).max(3);
    let [agenda, participants] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(people_height)]).areas(left);
    draw_agenda(app, board, theme, frame, agenda, hits);
    draw_participants(app, board, theme, frame, participants);

    let large = right.width >= 120 && body.height >= 40;
    let phase_height = phase_panel_height(board, right, large);
    let input_height = input_height(board, right);
    let detail_height = detail_height(board, right);
    let [phase, ideas, detail, input] = Layout::vertical([
        Constraint::Length(phase_height),
        Constraint::Min(3),
        Constraint::Length(detail_height),
        Constraint::Length(input_height),
    ])
    .areas(right);
    draw_phase(app, board, theme, frame, phase, large);
    draw_ideas(app, board, theme, frame, ideas, hits);
    if detail_height > 0 {
        draw_detail(app, board, theme, frame, detail);
    }
    if input_height > 0 {
        draw_input(app, board, theme, frame, input);
    }
    if let Some(phase_form) = &board.screen.phase_form {
        hits.clear();
        phase_form::render(app, phase_form, frame, area, hits);
    }
}

fn draw_header(app: &ViewCtx, board: &View, theme: &Theme, frame: &mut Frame, area: Rect) {
    crate::tui::widgets::header::session_header(app.lang, &board.session, theme, frame, area);
}

/// Draws a bordered panel over `area`; returns the area inside it.
fn panel(title: Line, focused: bool, theme: &Theme, frame: &mut Frame, area: Rect) -> Rect {
    frame.render_widget(Panel::new(title, theme.border(focused)), area);
    Panel::inner(area)
}

// ----- left column -----

fn draw_agenda(app: &ViewCtx, board: &View, theme: &Theme, frame: &mut Frame, area: Rect, hits: &mut Hits) {
    let lang = app.lang;
    let title = Line::from(vec![
        Span::styled(format!(" {} ", tr(lang, Msg::Agenda)), theme.heading),
        Span::styled(format!("({}) ", tr(lang, Msg::AgendaMinutes)), theme.muted),
    ]);
    let inner = panel(title, false, theme, frame, area);
    let width = usize::from(inner.width);
    let height = usize::from(inner.height);
    let current = board.session.current_phase;
    let first = window_start(board.session.phases.len(), current, height);
    for (offset, phase) in board.session.phases.iter().skip(first).take(height).enumerate() {
        let index = first + offset;
        let is_current = index == current;
        let used = if is_current {
            board.seconds_used(app.now)
        } else {
            phase.seconds_used
        };
        let over = used > phase.timebox_minutes * 60;
        let minutes = format!("{}/{}", used / 60, phase.timebox_minutes);
        let marker = if is_current { "▶" } else { " " };
        let number = format!("{marker}{:>2} ", index + 1);
        let title_width = width.saturating_sub(width_of(&number) + width_of(&minutes) + 1);
        let row_style = if is_current {
            theme.agenda_current
        } else {
            theme.agenda_phase
        };
        let minutes_style = if over && !is_current {
            theme.agenda_over
        } else {
            row_style
        };
        let line = Line::from(vec![
            Span::styled(number, row_style),
            Span::styled(pad(&phase.title, title_width, false), row_style),
            Span::styled(format!(" {minutes}"), minutes_style),
        ]);
        let rect = Rect::new(inner.x, inner.y + offset as u16, inner.width, 1);
        frame.render_widget(line, rect);
        hits.add(rect, Action::GoToPhase(index + 1));
    }
}

fn participant_rows(board: &View) -> usize {
    if !names_are_public(&board.session) || board.session.participants.is_empty() {
        1
    } else {
        board.session.participants.len()
    }
}

fn draw_participants(app: &ViewCtx, board: &View, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let title = Line::from(Span::styled(
        format!(" {} ", tr(lang, Msg::Participants)),
        theme.heading,
    ));
    let inner = panel(title, false, theme, frame, area);
    let width = usize::from(inner.width);
    let session = &board.session;
    if !names_are_public(session) || session.participants.is_empty() {
        let text = if !names_are_public(session) {
            tr(lang, Msg::AnonymousSession)
        } else {
            tr(lang, Msg::NoParticipants)
        };
        frame.render_widget(Span::styled(fit(text, width), theme.muted), inner);
        return;
    }
    let height = usize::from(inner.height);
    let chosen = board
        .screen
        .author
        .and_then(|id| session.participants.iter().position(|p| p.id == id))
        .unwrap_or(0);
    let first = window_start(session.participants.len(), chosen, height);
    for (offset, person) in session.participants.iter().skip(first).take(height).enumerate() {
        let is_author = board.screen.author == Some(person.id);
        let marker = if is_author { "▸" } else { " " };
        let name_style = if is_author {
            theme.participant(person.colour).patch(theme.selected)
        } else {
            theme.base
        };
        let line = Line::from(vec![
            Span::styled(format!("{marker}● "), theme.participant(person.colour)),
            Span::styled(fit(&person.name, width.saturating_sub(3)), name_style),
        ]);
        let rect = Rect::new(inner.x, inner.y + offset as u16, inner.width, 1);
        frame.render_widget(line, rect);
    }
}

// ----- ideas -----

fn draw_ideas(app: &ViewCtx, board: &View, theme: &Theme, frame: &mut Frame, area: Rect, hits: &mut Hits) {
    let lang = app.lang;
    let session = &board.session;
    let count = board.idea_count;
    let covered = board.covered_count;
    let mut title = vec![Span::styled(
        format!(" {} ({count}) ", tr(lang, Msg::Ideas)),
        theme.heading,
    )];
    if board.brainwriting() {
        title.push(Span::styled(
            format!("· {} ", tr(lang, Msg::Silent)),
            theme.message,
        ));
    }
    if covered > 0 {
        title.push(Span::styled(
            format!("· {} ", fill(lang, Msg::CoveredCount, &[("n", &covered)])),
            theme.muted,
        ));
    }
    let inner = panel(
        Line::from(title),
        board.screen.input.is_none(),
        theme,
        frame,
        area,
    );
    let width = usize::from(inner.width);
    let height = usize::from(inner.height);

    if board.rows.is_empty() {
        let text = match board.phase() {
            Some(p) if !p.allows(crate::core::Activity::Capture) => tr(lang, Msg::NoCaptureHere).to_string(),
            Some(_) => {
                let key = app.key_hint(Mode::Board, &Action::StartCapture);
                fill(lang, Msg::NoIdeasYet, &[("key", &key)])
            }
            None => String::new(),
        };
        let lines = wrapped(&text, width.saturating_sub(2), height, theme.muted);
        let rect = Rect::new(inner.x + 1, inner.y, inner.width.saturating_sub(1), inner.height);
        draw_lines(lines, frame, rect);
        return;
    }

    // Headings exist only when the phase has clusters; then a heading comes first.
    let grouped = matches!(board.rows.first(), Some(Row::Group { .. }));
    let first = window_start(board.rows.len(), board.selected_row, height);
    for (offset, row) in board.rows.iter().skip(first).take(height).enumerate() {
        let index = first + offset;
        let rect = Rect::new(inner.x, inner.y + offset as u16, inner.width, 1);
        let line = match row {
            Row::Group { cluster, ideas } => {
                let (name, style) = match cluster.and_then(|c| session.clusters.get(c)) {
                    Some(cluster) => (cluster.title.as_str(), theme.cluster_title),
                    None => (tr(lang, Msg::Unclustered), theme.muted),
                };
                let suffix = format!(" ({ideas})");
                let name = fit(name, width.saturating_sub(width_of(&suffix) + 2));
                Line::from(vec![
                    Span::styled(format!("▾ {name}"), style),
                    Span::styled(suffix, theme.muted),
                ])
            }
            Row::Idea(idea) => {
                let selected = index == board.selected_row && board.screen.input.is_none();
                let idea = &session.ideas[*idea];
                let row = idea_row(app, session, idea, grouped, selected, width, theme);
                draw_idea_row(row, frame, rect);
                hits.add(rect, Action::SelectIdeaRow(index));
                continue;
            }
        };
        frame.render_widget(line, rect);
    }
}

/// One idea's row: the text from the left, the author's name at the right
/// edge, and the row's own style (the selection) under the gap between.
struct IdeaRow<'a> {
    text: Line<'a>,
    name: Span<'a>,
    style: Style,
}

/// Draws an idea's row. The gap between the text and the name is only
/// styled, not written as spaces: a frame of 200 columns would otherwise
/// spend most of its time laying out blanks.
fn draw_idea_row(row: IdeaRow, frame: &mut Frame, rect: Rect) {
    if row.style.bg.is_some() || !row.style.add_modifier.is_empty() {
        frame.buffer_mut().set_style(rect, row.style);
    }
    frame.render_widget(row.text, rect);
    let name_width = (row.name.width() as u16).min(rect.width);
    let name_rect = Rect::new(rect.right() - name_width, rect.y, name_width, 1);
    frame.render_widget(row.name, name_rect);
}

fn idea_row<'a>(
    app: &ViewCtx,
    session: &Session,
    idea: &Idea,
    grouped: bool,
    selected: bool,
    width: usize,
    theme: &Theme,
) -> IdeaRow<'a> {
    let author = idea.authors.first().and_then(|id| session.participant(*id));
    let indent = if grouped { "  " } else { "" };
    let bullet_style = author.map_or(theme.muted, |p| theme.participant(p.colour));
    // The selected card is marked by a character too: without colour
    // (NO_COLOR, a washed-out projector) a background alone is lost.
    let bullet = match (selected, author.is_some()) {
        (true, _) => "▶ ",
        (false, true) => "● ",
        (false, false) => "• ",
    };
    let name = author_column(author.map(|p| p.name.as_str()), width);
    let text_width = idea_text_width(grouped, &name, width);
    let base = theme.idea(selected);
    let (text, text_style) = if is_covered(idea) {
        let card = format!("▒▒▒▒▒▒▒▒ {}", tr(app.lang, Msg::CoveredCard));
        (
            fit(&card, text_width),
            if selected { base } else { theme.idea_covered },
        )
    } else {
        (fit(&idea.text, text_width), base)
    };
    let name_style = author.map_or(base, |p| {
        if selected {
            base
        } else {
            theme.participant(p.colour)
        }
    });
    IdeaRow {
        text: Line::from(vec![
            Span::styled(indent, base),
            Span::styled(bullet, if selected { base } else { bullet_style }),
            Span::styled(text, text_style),
        ]),
        name: Span::styled(name, name_style),
        style: base,
    }
}

fn author_column(name: Option<&str>, width: usize) -> String {
    name.filter(|_| width >= 40)
        .map(|name| format!("  {}", fit(name, 16)))
        .unwrap_or_default()
}

fn idea_text_width(grouped: bool, author_column: &str, width: usize) -> usize {
    let indent = if grouped { 2 } else { 0 };
    width.saturating_sub(indent + 2 + width_of(author_column) + 1)
}

// ----- the selected idea in full -----

/// The selected idea when its row cannot show all of it (too long, or more
/// than one line): nothing a participant wrote is readable only in the edit
/// box. A covered card has no text to show.
fn idea_cut_short<'a>(board: &'a View, area: Rect) -> Option<&'a Idea> {
    if board.screen.input.is_some() || board.screen.phase_form.is_some() {
        return None;
    }
    let Some(Row::Idea(index)) = board.rows.get(board.selected_row) else {
        return None;
    };
    let idea = board.session.ideas.get(*index).filter(|idea| !is_covered(idea))?;
    let grouped = matches!(board.rows.first(), Some(Row::Group { .. }));
    let author = idea.authors.first().and_then(|id| board.session.participant(*id));
    let width = usize::from(area.width.saturating_sub(2));
    let name = author_column(author.map(|p| p.name.as_str()), width);
    let fits = width_of(&idea.text) <= idea_text_width(grouped, &name, width) && !idea.text.contains('\n');
    (!fits).then_some(idea)
}

fn detail_height(board: &View, area: Rect) -> u16 {
    let Some(idea) = idea_cut_short(board, area) else {
        return 0;
    };
    // At most a quarter of the column, so the list keeps most of it.
    let most = usize::from(area.height / 4).max(2);
    let lines = wrapped(
        &idea.text,
        usize::from(area.width.saturating_sub(2)),
        most,
        Style::new(),
    )
    .len();
    lines.clamp(1, most) as u16 + 2
}

fn draw_detail(app: &ViewCtx, board: &View, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some(idea) = idea_cut_short(board, area) else {
        return;
    };
    let title = Span::styled(format!(" {} ", tr(app.lang, Msg::SelectedIdea)), theme.heading);
    frame.render_widget(Panel::new(Line::from(title), theme.border), area);
    let inner = Panel::inner(area);
    let lines = wrapped(
        &idea.text,
        usize::from(inner.width),
        usize::from(inner.height),
        theme.idea(false),
    );
    draw_lines(lines, frame, inner);
}

// ----- the idea being typed -----

fn input_height(board: &View, area: Rect) -> u16 {
    let Some(input) = &board.screen.input else {
        return 0;
    };
    let lines = input
        .text
        .layout(usize::from(area.width.saturating_sub(2)))
        .lines
        .len();
    lines.clamp(1, INPUT_LINES) as u16 + 2
}

fn draw_input(app: &ViewCtx, board: &View, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some(input) = &board.screen.input else {
        return;
    };
    let lang = app.lang;
    let what = if input.editing.is_some() {
        tr(lang, Msg::EditingIdea)
    } else {
        tr(lang, Msg::NewIdea)
    };
    let mut title = vec![Span::styled(format!(" {what} "), theme.heading)];
    let author = if input.editing.is_some() {
        None
    } else {
        Some(board.screen.author.and_then(|id| board.session.participant(id)))
    };
    match author {
        Some(Some(person)) => {
            title.push(Span::styled("· ", theme.muted));
            title.push(Span::styled(
                format!("{} ", fill(lang, Msg::ByAuthor, &[("name", &person.name)])),
                theme.participant(person.colour),
            ));
        }
        Some(None) if names_are_public(&board.session) => {
            title.push(Span::styled(
                format!("· {} ", tr(lang, Msg::NoAuthor)),
                theme.muted,
            ));
        }
        _ => {}
    }
    let inner = panel(Line::from(title), true, theme, frame, area);
    text_area(frame, inner, &input.text, theme);
}
