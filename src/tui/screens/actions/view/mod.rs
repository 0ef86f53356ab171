//! The session's action list: a table (what, who, by when, status; on wide
//! screens also where it came from and the note) and the selected action
//! in full below it. Overdue actions carry a ⚠ and the overdue style, so
//! they stand out without colour too.

mod form;

use super::ActionList;
use crate::core::followup::{ActionOrder, Urgency, format_due, overdue_count, urgency};
use crate::core::{ActionItem, Language, Session};
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::document::Document;
use crate::tui::mode::Mode;
use crate::tui::screen::ViewCtx;
use crate::tui::theme::Theme;
use crate::tui::widgets::action_facts::{
    OVERDUE_MARK, due_text, fact_lines, source_text, status_glyph, status_word,
};
use crate::tui::widgets::hits::Hits;
use crate::tui::widgets::text::{fit, pad, width_of, window_start, wrapped};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

const GAP: usize = 2;
/// The overdue marker before a due date.
pub(super) fn render(
    cx: &ViewCtx,
    doc: &Document,
    list: &ActionList,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let [header, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    header_line(cx, &doc.session, theme, frame, header);
    // The table takes what its rows need; the selected action in full gets
    // the rest, within reason.
    let table_needs = doc.session.actions.len() as u16 + 3;
    let detail_height = if doc.session.actions.is_empty() {
        0
    } else {
        body.height
            .saturating_sub(table_needs)
            .clamp(6, 12)
            .min(body.height / 2)
    };
    let [table, detail] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(detail_height)]).areas(body);
    draw_table(cx, doc, list, theme, frame, table, hits);
    if detail.height >= 3 {
        draw_detail(cx, doc, list, theme, frame, detail);
    }
    if let Some(form) = &list.form {
        hits.clear();
        form::action(cx, &doc.session, form, theme, frame, area, hits);
    }
}

/// ` plenum · title` and the phase counter, as on the session screen.
pub fn header_line(cx: &ViewCtx, session: &Session, theme: &Theme, frame: &mut Frame, area: Rect) {
    let width = usize::from(area.width);
    let right = format!("{} ", tr(cx.lang, Msg::ActionsTitle));
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
    frame.render_widget(Paragraph::new(line), area);
}

/// Column widths of the action table.
struct Columns {
    text: usize,
    owner: usize,
    due: usize,
    status: usize,
    /// Wide screens only.
    source: usize,
    note: usize,
}

impl Columns {
    fn new(lang: Language, width: usize) -> Columns {
        let status = crate::core::ActionStatus::ALL
            .iter()
            .map(|s| width_of(status_word(lang, *s)))
            .chain([width_of(tr(lang, Msg::ColumnStatus))])
            .max()
            .unwrap_or(9);
        let due = 2 + 10;
        let wide = width >= 140;
        // Narrow windows: the status glyph stands for the status column.
        let status = if width >= 70 { status } else { 0 };
        let owner = match width {
            110.. => 26,
            70.. => 16,
            _ => 12,
        };
        let (source, note) = if wide { (28, (width / 5).min(48)) } else { (0, 0) };
        let extra_gaps = if wide { 2 * GAP } else { 0 };
        let status_gap = if status > 0 { GAP } else { 0 };
        let fixed = 4 + owner + due + status + 2 * GAP + status_gap + source + note + extra_gaps;
        Columns {
            text: width.saturating_sub(fixed),
            owner,
            due,
            status,
            source,
            note,
        }
    }
}

fn draw_table(
    cx: &ViewCtx,
    doc: &Document,
    list: &ActionList,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = cx.lang;
    let session = &doc.session;
    let today = cx.today();
    let pending = session.pending_actions().count();
    let overdue = overdue_count(session, today);
    let mut title = vec![Span::styled(
        format!(" {} ({}) ", tr(lang, Msg::ActionsTitle), session.actions.len()),
        theme.heading,
    )];
    if list.order != ActionOrder::Entered {
        title.push(Span::styled(
            format!("· {} ", tr(lang, super::order_name(list.order))),
            theme.muted,
        ));
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(true))
        .title(Line::from(title))
        .title_bottom(Line::from(Span::styled(
            format!(
                " {} ",
                fill(
                    lang,
                    Msg::ActionsCounts,
                    &[("pending", &pending), ("overdue", &overdue)]
                )
            ),
            if overdue > 0 { theme.overdue } else { theme.muted },
        )));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let inner = Rect::new(inner.x + 1, inner.y, inner.width.saturating_sub(2), inner.height);
    let width = usize::from(inner.width);
    if session.actions.is_empty() {
        let key = cx.key_hint(Mode::Actions, &Action::NewAction);
        let board_key = cx.key_hint(Mode::Board, &Action::NewActionFromSelection);
        let text = fill(lang, Msg::ActionsNone, &[("key", &key), ("board", &board_key)]);
        let lines = wrapped(&text, width, usize::from(inner.height), theme.muted);
        frame.render_widget(Paragraph::new(lines), inner);
        return;
    }
    let columns = Columns::new(lang, width);
    let header = row_text(
        &columns,
        "  ",
        "  ",
        tr(lang, Msg::ColumnAction),
        tr(lang, Msg::ColumnOwner),
        tr(lang, Msg::ColumnDue),
        tr(lang, Msg::ColumnStatus),
        tr(lang, Msg::ColumnSource),
        tr(lang, Msg::ColumnNote),
    );
    frame.render_widget(
        Paragraph::new(Span::styled(pad(&header, width, false), theme.label)),
        Rect::new(inner.x, inner.y, inner.width, 1),
    );
    let height = usize::from(inner.height.saturating_sub(1));
    let sorted = list.sorted(session);
    let first = window_start(sorted.len(), list.selected, height);
    for (offset, action) in sorted.iter().skip(first).take(height).enumerate() {
        let index = first + offset;
        let rect = Rect::new(inner.x, inner.y + 1 + offset as u16, inner.width, 1);
        let selected = index == list.selected;
        let line = action_row(cx, session, action, &columns, selected, today, theme);
        frame.render_widget(Paragraph::new(line), rect);
        hits.add(rect, Action::SelectActionRow(index));
    }
}

#[allow(clippy::too_many_arguments)]
fn row_text(
    columns: &Columns,
    cursor: &str,
    glyph: &str,
    text: &str,
    owner: &str,
    due: &str,
    status: &str,
    source: &str,
    note: &str,
) -> String {
    let gap = " ".repeat(GAP);
    let mut row = format!(
        "{cursor}{glyph}{}{gap}{}{gap}{}",
        pad(text, columns.text, false),
        pad(owner, columns.owner, false),
        pad(due, columns.due, false),
    );
    if columns.status > 0 {
        row.push_str(&format!("{gap}{}", pad(status, columns.status, false)));
    }
    if columns.source > 0 {
        row.push_str(&format!(
            "{gap}{}{gap}{}",
            pad(source, columns.source, false),
            pad(note, columns.note, false)
        ));
    }
    row
}

fn action_row<'a>(
    cx: &ViewCtx,
    session: &Session,
    action: &ActionItem,
    columns: &Columns,
    selected: bool,
    today: jiff::civil::Date,
    theme: &Theme,
) -> Line<'a> {
    let lang = cx.lang;
    let urgency = urgency(action, today);
    let overdue = matches!(urgency, Urgency::Overdue(_));
    let base = if selected {
        theme.selected
    } else if urgency == Urgency::Closed {
        theme.muted
    } else {
        theme.base
    };
    let due_style = if overdue && !selected {
        theme.overdue
    } else if overdue {
        theme
            .selected
            .patch(Style::new().add_modifier(ratatui::style::Modifier::UNDERLINED))
    } else {
        base
    };
    let gap = " ".repeat(GAP);
    let cursor = if selected { "▸ " } else { "  " };
    let glyph = format!("{} ", status_glyph(action.status));
    let owner = action.owner.as_deref().unwrap_or("–");
    let due = match action.due {
        Some(date) if overdue => format!("{OVERDUE_MARK} {}", format_due(date, lang)),
        Some(date) => format!("  {}", format_due(date, lang)),
        None => "  –".to_string(),
    };
    let mut spans = vec![
        Span::styled(cursor, base),
        Span::styled(glyph, base),
        Span::styled(pad(&action.text, columns.text, false), base),
        Span::styled(gap.clone(), base),
        Span::styled(pad(owner, columns.owner, false), base),
        Span::styled(gap.clone(), base),
        Span::styled(pad(&due, columns.due, false), due_style),
    ];
    if columns.status > 0 {
        spans.extend([
            Span::styled(gap.clone(), base),
            Span::styled(pad(status_word(lang, action.status), columns.status, false), base),
        ]);
    }
    if columns.source > 0 {
        spans.extend([
            Span::styled(gap.clone(), base),
            Span::styled(
                pad(&source_cell(lang, session, action), columns.source, false),
                base,
            ),
            Span::styled(gap.clone(), base),
            Span::styled(pad(&action.note, columns.note, false), base),
        ]);
    }
    Line::from(spans)
}

/// The table's source cell: a dash for an action typed in.
fn source_cell(lang: Language, session: &Session, action: &ActionItem) -> String {
    match action.source {
        None => "–".to_string(),
        Some(_) => source_text(lang, session, action),
    }
}

fn draw_detail(
    cx: &ViewCtx,
    doc: &Document,
    list: &ActionList,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let lang = cx.lang;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(false));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let inner = Rect::new(inner.x + 1, inner.y, inner.width.saturating_sub(2), inner.height);
    let Some(action) = list.selected_action(&doc.session) else {
        return;
    };
    let width = usize::from(inner.width);
    let height = usize::from(inner.height);
    let today = cx.today();
    let overdue = action.days_overdue(today).is_some();
    let owner = action
        .owner
        .clone()
        .unwrap_or_else(|| tr(lang, Msg::NoOwner).to_string());
    let mut due = due_text(lang, action, today);
    if overdue {
        due = format!("{OVERDUE_MARK} {due}");
    }
    let status = format!(
        "{} {}",
        status_glyph(action.status),
        status_word(lang, action.status)
    );
    let due_style = if overdue { theme.overdue } else { theme.base };
    let facts = fact_lines(
        vec![
            (Msg::FieldOwner, owner, theme.base),
            (Msg::FieldDue, due, due_style),
            (Msg::FieldStatus, status, theme.base),
        ],
        lang,
        width,
        theme,
    );
    // The text first (up to three lines), the facts, the note in what is
    // left, the source last.
    let has_note = !action.note.is_empty();
    let fixed = facts.len() + 1 + usize::from(has_note);
    let text_lines = height.saturating_sub(fixed).clamp(1, 3);
    let mut lines = wrapped(&action.text, width, text_lines, theme.heading);
    lines.extend(facts);
    if has_note {
        let prefix = format!("{}: ", tr(lang, Msg::FieldNote));
        let room = height.saturating_sub(lines.len() + 1).max(1);
        let note = format!("{prefix}{}", action.note);
        let mut note_lines = wrapped(&note, width, room, theme.base);
        // The label keeps its own style on the first line.
        if let Some(first) = note_lines.first_mut()
            && let Some(span) = first.spans.first_mut()
            && let Some(rest) = span.content.strip_prefix(prefix.as_str())
        {
            let rest = rest.to_string();
            *first = Line::from(vec![
                Span::styled(prefix.clone(), theme.label),
                Span::styled(rest, theme.base),
            ]);
        }
        lines.extend(note_lines);
    }
    let source = source_text(lang, &doc.session, action);
    let prefix = format!("{}: ", tr(lang, Msg::FieldSource));
    lines.push(Line::from(vec![
        Span::styled(prefix.clone(), theme.label),
        Span::styled(fit(&source, width.saturating_sub(width_of(&prefix))), theme.muted),
    ]));
    frame.render_widget(Paragraph::new(lines), inner);
}
