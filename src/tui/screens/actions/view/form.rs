//! The action form: what, who (with completion from the names the session
//! knows), by when, status, note, and what it was made from.

use super::super::form::{ActionField, ActionForm};
use crate::core::Session;
use crate::core::followup::{ActionOrigin, format_due, parse_due};
use crate::i18n::{Msg, fill, tr};
use crate::tui::screen::ViewCtx;
use crate::tui::theme::Theme;
use crate::tui::widgets::action_facts::{status_glyph, status_word, weekday_name};
use crate::tui::widgets::field::{choice, multi_line, single_line};
use crate::tui::widgets::form::{FieldRows, FormFrame, completion_hint, draw, hint, value_width};
use crate::tui::widgets::hits::Hits;
use crate::tui::widgets::text::fit;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

fn origin_label(cx: &ViewCtx, session: &Session, origin: ActionOrigin) -> String {
    let lang = cx.lang;
    match origin {
        ActionOrigin::Blank => tr(lang, Msg::SourceNone).to_string(),
        ActionOrigin::Idea(id) => {
            let text = session.idea(id).map(|i| fit(&i.text, 40)).unwrap_or_default();
            fill(lang, Msg::SourceIdea, &[("text", &text)])
        }
        ActionOrigin::Cluster(id) => {
            let text = session.cluster(id).map(|c| c.title.clone()).unwrap_or_default();
            fill(lang, Msg::SourceCluster, &[("text", &text)])
        }
        ActionOrigin::Result { round, .. } => {
            let text = session.round(round).map(|r| r.title.clone()).unwrap_or_default();
            fill(lang, Msg::SourceRound, &[("text", &text)])
        }
    }
}

pub(super) fn action(
    cx: &ViewCtx,
    session: &Session,
    form: &ActionForm,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = cx.lang;
    let fields = form.fields();
    let labels: Vec<String> = fields
        .iter()
        .map(|field| {
            tr(
                lang,
                match field {
                    ActionField::Text => Msg::FieldAction,
                    ActionField::Owner => Msg::FieldOwner,
                    ActionField::Due => Msg::FieldDue,
                    ActionField::Status => Msg::FieldStatus,
                    ActionField::Note => Msg::FieldNote,
                    ActionField::Source => Msg::FieldSource,
                },
            )
            .to_string()
        })
        .collect();
    let width = value_width(area, &labels);
    let roomy = area.height >= 30;
    let today = cx.today();
    let mut rows = Vec::new();
    for (index, field) in fields.iter().enumerate() {
        let focused = form.focus == index;
        let (lines, cursor) = match field {
            ActionField::Text => multi_line(&form.text, "", width, if roomy { 4 } else { 2 }, focused, theme),
            ActionField::Note => multi_line(&form.note, "", width, if roomy { 4 } else { 2 }, focused, theme),
            ActionField::Source => {
                let origin = form.origins.get(form.origin).map_or(ActionOrigin::Blank, |o| o.0);
                (
                    vec![choice(&origin_label(cx, session, origin), focused, theme)],
                    None,
                )
            }
            ActionField::Status => {
                let value = format!("{} {}", status_glyph(form.status), status_word(lang, form.status));
                (vec![choice(&value, focused, theme)], None)
            }
            ActionField::Owner => {
                let placeholder = tr(lang, Msg::NoOwner);
                let (line, cursor) = single_line(&form.owner, placeholder, width, focused, theme);
                let mut lines = vec![line];
                if focused {
                    lines.extend(completion_hint(cx, &form.owner_matches(), width, theme));
                }
                (lines, cursor)
            }
            ActionField::Due => {
                let placeholder = tr(lang, Msg::NoDueDate);
                let (line, cursor) = single_line(&form.due, placeholder, width, focused, theme);
                let mut lines = vec![line];
                match parse_due(form.due.text(), today) {
                    Ok(Some(date)) => lines.push(Line::from(Span::styled(
                        fit(
                            &format!("→ {} {}", weekday_name(lang, date), format_due(date, lang)),
                            width,
                        ),
                        theme.label,
                    ))),
                    Ok(None) if focused => lines.push(hint(tr(lang, Msg::HintDue), width, theme)),
                    Ok(None) => {}
                    Err(_) => {
                        let text = format!("✗ {}", tr(lang, Msg::DueNotADate));
                        lines.push(Line::from(Span::styled(fit(&text, width), theme.error)));
                        lines.push(hint(tr(lang, Msg::HintDue), width, theme));
                    }
                }
                (lines, cursor)
            }
        };
        rows.push(FieldRows {
            field: index,
            lines,
            cursor,
        });
    }
    let title = if form.editing.is_some() {
        tr(lang, Msg::FormEditAction)
    } else {
        tr(lang, Msg::FormNewAction)
    };
    let frame_ = FormFrame {
        title,
        labels: &labels,
        focus: form.focus,
    };
    draw(frame_, rows, theme, frame, area, hits);
}
