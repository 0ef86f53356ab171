//! The new-session form, drawn as a box over the screen: method, title,
//! language, participants, anonymity. The start screen shows it empty,
//! continuing a session prefilled.

use super::field::{choice, single_line};
use super::form::{FieldRows, FormFrame, draw, value_width};
use super::hits::Hits;
use super::text::{fit, wrapped};
use crate::i18n::{self, Msg, tr};
use crate::tui::forms::{NewSessionField, NewSessionForm};
use crate::tui::screen::ViewCtx;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// The form titled `title` (a new session, or the one that continues).
pub fn session_form(
    cx: &ViewCtx,
    form: &NewSessionForm,
    title: Msg,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let theme = cx.theme;
    // The form speaks the language chosen in it.
    let lang = form.language;
    let labels: Vec<String> = NewSessionField::ALL
        .iter()
        .map(|field| {
            tr(
                lang,
                match field {
                    NewSessionField::Method => Msg::FieldMethod,
                    NewSessionField::Title => Msg::FieldTitle,
                    NewSessionField::Language => Msg::FieldLanguage,
                    NewSessionField::Participants => Msg::FieldParticipants,
                    NewSessionField::Anonymous => Msg::FieldAnonymous,
                },
            )
            .to_string()
        })
        .collect();
    let width = value_width(area, &labels);
    let template = form.template(cx.templates);
    let mut fields = Vec::new();
    for (index, field) in NewSessionField::ALL.iter().enumerate() {
        let focused = form.focus == index;
        let rows = match field {
            NewSessionField::Method => {
                let name = template.map(|t| t.name.get(lang)).unwrap_or("-");
                let mut lines = vec![choice(name, focused, theme)];
                if let Some(template) = template {
                    lines.extend(wrapped(template.description.get(lang), width, 2, theme.muted));
                }
                FieldRows {
                    field: index,
                    lines,
                    cursor: None,
                }
            }
            NewSessionField::Title => {
                let placeholder = template.map(|t| t.name.get(form.language)).unwrap_or("");
                let (line, cursor) = single_line(&form.title, placeholder, width, focused, theme);
                FieldRows {
                    field: index,
                    lines: vec![line],
                    cursor,
                }
            }
            NewSessionField::Language => FieldRows {
                field: index,
                lines: vec![choice(i18n::language_name(form.language), focused, theme)],
                cursor: None,
            },
            NewSessionField::Participants => {
                let (line, cursor) = single_line(&form.participants, "", width, focused, theme);
                let hint = Line::from(Span::styled(
                    fit(tr(lang, Msg::HintParticipants), width),
                    theme.muted,
                ));
                FieldRows {
                    field: index,
                    lines: vec![line, hint],
                    cursor,
                }
            }
            NewSessionField::Anonymous => {
                let value = tr(lang, if form.anonymous { Msg::Yes } else { Msg::No });
                let hint = Line::from(Span::styled(
                    fit(tr(lang, Msg::HintAnonymous), width),
                    theme.muted,
                ));
                FieldRows {
                    field: index,
                    lines: vec![choice(value, focused, theme), hint],
                    cursor: None,
                }
            }
        };
        fields.push(rows);
    }
    let frame_ = FormFrame {
        title: tr(lang, title),
        labels: &labels,
        focus: form.focus,
    };
    draw(frame_, fields, theme, frame, area, hits);
}
