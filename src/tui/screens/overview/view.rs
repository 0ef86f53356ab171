//! The overview of pending actions across the sessions folder: session,
//! action, owner, due date, days overdue; soonest due first.

use super::{OverviewScreen, OwnerFilterForm, filter_words};
use crate::core::followup::{Urgency, format_due, urgency};
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::screen::ViewCtx;
use crate::tui::widgets::action_facts::{OVERDUE_MARK, due_text, fact_lines, status_glyph};
use crate::tui::widgets::field::single_line;
use crate::tui::widgets::form::{FieldRows, FormFrame, completion_hint, draw, hint, value_width};
use crate::tui::widgets::hits::Hits;
use crate::tui::widgets::text::{fit, pad, width_of, window_start, wrapped};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

const GAP: usize = 2;

struct Columns {
    session: usize,
    action: usize,
    owner: usize,
    due: usize,
    overdue: usize,
}

impl Columns {
    fn new(lang: crate::core::Language, width: usize) -> Columns {
        let (session, owner) = if width >= 140 {
            (36, 28)
        } else if width >= 100 {
            (24, 20)
        } else {
            (14, 12)
        };
        let due = 10;
        let overdue = width_of(tr(lang, Msg::ColumnOverdue)).max(9);
        let fixed = 4 + session + owner + due + overdue + 4 * GAP;
        Columns {
            session,
            action: width.saturating_sub(fixed),
            owner,
            due,
            overdue,
        }
    }

    fn row(&self, prefix: &str, cells: [&str; 5]) -> String {
        let gap = " ".repeat(GAP);
        format!(
            "{prefix}{}{gap}{}{gap}{}{gap}{}{gap}{}",
            pad(cells[0], self.session, false),
            pad(cells[1], self.action, false),
            pad(cells[2], self.owner, false),
            pad(cells[3], self.due, false),
            pad(cells[4], self.overdue, true),
        )
    }
}

pub fn render(cx: &ViewCtx, overview: &OverviewScreen, frame: &mut Frame, area: Rect, hits: &mut Hits) {
    let theme = cx.theme;
    let lang = cx.lang;
    let today = cx.today();
    let filters = filter_words(lang, &overview.filter).join(" · ");
    let left = format!("  ·  {}", tr(lang, Msg::ModeOverview));
    let room = usize::from(area.width).saturating_sub(7 + width_of(&left) + 1);
    let header = Line::from(vec![
        Span::styled(" plenum", theme.heading),
        Span::styled(left, theme.muted),
        Span::styled(pad(&format!("{filters} "), room, true), theme.message),
    ]);
    frame.render_widget(Paragraph::new(header), Rect::new(area.x, area.y, area.width, 1));
    let body = Rect::new(area.x, area.y + 1, area.width, area.height.saturating_sub(1));
    // The table takes what its rows need; the selected action in full
    // gets the rest below it.
    let table_needs = overview.rows.len() as u16 + 3;
    let detail_height = if overview.rows.is_empty() {
        0
    } else {
        body.height
            .saturating_sub(table_needs)
            .clamp(6, 10)
            .min(body.height / 2)
    };
    let [body, detail] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(detail_height)]).areas(body);
    if detail_height >= 3 {
        draw_detail(cx, overview, frame, detail);
    }

    let folder = cx.dir.display().to_string();
    let title = vec![Span::styled(
        format!(" {} ", fill(lang, Msg::OverviewTitle, &[("dir", &folder)])),
        theme.heading,
    )];
    let overdue = overview.overdue(today);
    let mut bottom = vec![Span::styled(
        format!(
            " {} ",
            fill(
                lang,
                Msg::OverviewCounts,
                &[("n", &overview.rows.len()), ("overdue", &overdue)]
            )
        ),
        if overdue > 0 { theme.overdue } else { theme.muted },
    )];
    if overview.unreadable > 0 {
        bottom.push(Span::styled(
            format!(
                "· {} ",
                match overview.unreadable {
                    1 => tr(lang, Msg::OverviewSkippedOne).to_string(),
                    n => fill(lang, Msg::OverviewSkipped, &[("n", &n)]),
                }
            ),
            theme.error,
        ));
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(true))
        .title(Line::from(title))
        .title_bottom(Line::from(bottom));
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let inner = Rect::new(inner.x + 1, inner.y, inner.width.saturating_sub(2), inner.height);
    let width = usize::from(inner.width);

    if overview.rows.is_empty() {
        let msg = if let Some(error) = &overview.folder_error {
            fill(
                lang,
                Msg::FolderUnreadable,
                &[("error", &cx.describe_store_error(error))],
            )
        } else if overview.filter.overdue_only || overview.filter.owner.is_some() {
            tr(lang, Msg::OverviewNoneFiltered).to_string()
        } else {
            tr(lang, Msg::OverviewNone).to_string()
        };
        frame.render_widget(
            Paragraph::new(wrapped(&msg, width, usize::from(inner.height), theme.muted)),
            inner,
        );
        draw_form(cx, overview, frame, area, hits);
        return;
    }

    let columns = Columns::new(lang, width);
    let header = columns.row(
        "    ",
        [
            tr(lang, Msg::ColumnSession),
            tr(lang, Msg::ColumnAction),
            tr(lang, Msg::ColumnOwner),
            tr(lang, Msg::ColumnDue),
            tr(lang, Msg::ColumnOverdue),
        ],
    );
    frame.render_widget(
        Paragraph::new(Span::styled(pad(&header, width, false), theme.label)),
        Rect::new(inner.x, inner.y, inner.width, 1),
    );
    let height = usize::from(inner.height.saturating_sub(1));
    let first = window_start(overview.rows.len(), overview.selected, height);
    for offset in 0..height.min(overview.rows.len().saturating_sub(first)) {
        let index = first + offset;
        let Some((_, session, action)) = overview.row(index) else {
            continue;
        };
        let selected = index == overview.selected;
        let urgency = urgency(action, today);
        let is_overdue = matches!(urgency, Urgency::Overdue(_));
        let base = if selected { theme.selected } else { theme.base };
        let late_style = if selected {
            base
        } else if is_overdue {
            theme.overdue
        } else {
            base
        };
        let overdue_text = match urgency {
            Urgency::Overdue(1) => format!("{OVERDUE_MARK} {}", tr(lang, Msg::OverdueShortOne)),
            Urgency::Overdue(days) => format!(
                "{OVERDUE_MARK} {}",
                fill(lang, Msg::OverdueShortDays, &[("n", &days)])
            ),
            Urgency::DueToday => tr(lang, Msg::DueTodayShort).to_string(),
            _ => String::new(),
        };
        let due = action
            .due
            .map(|d| format_due(d, lang))
            .unwrap_or_else(|| "–".into());
        let gap = " ".repeat(GAP);
        let cursor = if selected { "▸ " } else { "  " };
        let line = Line::from(vec![
            Span::styled(format!("{cursor}{} ", status_glyph(action.status)), base),
            Span::styled(pad(&session.title, columns.session, false), base),
            Span::styled(gap.clone(), base),
            Span::styled(pad(&action.text, columns.action, false), base),
            Span::styled(gap.clone(), base),
            Span::styled(
                pad(action.owner.as_deref().unwrap_or("–"), columns.owner, false),
                base,
            ),
            Span::styled(gap.clone(), base),
            Span::styled(pad(&due, columns.due, false), late_style),
            Span::styled(gap.clone(), base),
            Span::styled(
                pad(&overdue_text, columns.overdue, true),
                if selected {
                    base.patch(Style::new().add_modifier(ratatui::style::Modifier::BOLD))
                } else {
                    late_style
                },
            ),
        ]);
        let rect = Rect::new(inner.x, inner.y + 1 + offset as u16, inner.width, 1);
        frame.render_widget(Paragraph::new(line), rect);
        hits.add(rect, Action::SelectOverviewRow(index));
    }
    draw_form(cx, overview, frame, area, hits);
}

/// The selected action in full: session, text, owner, due date, note.
fn draw_detail(cx: &ViewCtx, overview: &OverviewScreen, frame: &mut Frame, area: Rect) {
    let theme = cx.theme;
    let lang = cx.lang;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(false));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let inner = Rect::new(inner.x + 1, inner.y, inner.width.saturating_sub(2), inner.height);
    let Some((path, session, action)) = overview.row(overview.selected) else {
        return;
    };
    let width = usize::from(inner.width);
    let height = usize::from(inner.height);
    let today = cx.today();
    let overdue = action.days_overdue(today).is_some();
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let session_line = format!("{} ({file})", session.title);
    let mut lines = vec![Line::from(Span::styled(fit(&session_line, width), theme.label))];
    let text_lines = height
        .saturating_sub(4 + usize::from(!action.note.is_empty()))
        .clamp(1, 3);
    lines.extend(wrapped(&action.text, width, text_lines, theme.heading));
    let mut due = due_text(lang, action, today);
    if overdue {
        due = format!("{OVERDUE_MARK} {due}");
    }
    let owner = action
        .owner
        .clone()
        .unwrap_or_else(|| tr(lang, Msg::NoOwner).to_string());
    let due_style = if overdue { theme.overdue } else { theme.base };
    lines.extend(fact_lines(
        vec![
            (Msg::FieldOwner, owner, theme.base),
            (Msg::FieldDue, due, due_style),
        ],
        lang,
        width,
        theme,
    ));
    if !action.note.is_empty() {
        let note = format!("{}: {}", tr(lang, Msg::FieldNote), action.note);
        lines.extend(wrapped(
            &note,
            width,
            height.saturating_sub(lines.len()).max(1),
            theme.muted,
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn draw_form(cx: &ViewCtx, overview: &OverviewScreen, frame: &mut Frame, area: Rect, hits: &mut Hits) {
    if let Some(form) = &overview.form {
        hits.clear();
        owner_filter(cx, form, frame, area, hits);
    }
}

/// The one-field form that filters by owner, with completion.
fn owner_filter(cx: &ViewCtx, form: &OwnerFilterForm, frame: &mut Frame, area: Rect, hits: &mut Hits) {
    let theme = cx.theme;
    let lang = cx.lang;
    let labels = vec![tr(lang, Msg::ColumnOwner).to_string()];
    let width = value_width(area, &labels);
    let (line, cursor) = single_line(&form.name, "", width, true, theme);
    let mut lines = vec![line];
    match completion_hint(cx, &form.matches(), width, theme) {
        Some(line) => lines.push(line),
        None => lines.push(hint(tr(lang, Msg::HintOwnerFilter), width, theme)),
    }
    let frame_ = FormFrame {
        title: tr(lang, Msg::FormOwnerFilter),
        labels: &labels,
        focus: 0,
    };
    draw(
        frame_,
        vec![FieldRows {
            field: 0,
            lines,
            cursor,
        }],
        theme,
        frame,
        area,
        hits,
    );
}
