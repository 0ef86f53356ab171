//! The forms, drawn as a box over the screen: a new session, a phase's
//! settings. A label column, then the field; the focused field is marked.

use super::{Hits, fit, width_of, wrapped};
use crate::core::{Activity, Language};
use crate::i18n::{self, Msg, tr};
use crate::tui::app::App;
use crate::tui::forms::{NewSessionField, NewSessionForm, PhaseField, PhaseForm, PhaseTarget};
use crate::tui::theme::Theme;
pub(super) use crate::tui::widgets::field::{choice, multi_line, single_line};
pub(super) use crate::tui::widgets::form::{FieldRows, FormFrame, draw, value_width};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

pub fn new_session(
    app: &App,
    form: &NewSessionForm,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    session_form(
        app,
        form,
        tr(form.language, Msg::FormNewSession),
        theme,
        frame,
        area,
        hits,
    );
}

/// The form that continues a session: the new-session form, prefilled.
pub fn continue_session(
    app: &App,
    form: &NewSessionForm,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    session_form(
        app,
        form,
        tr(app.lang, Msg::FormContinue),
        theme,
        frame,
        area,
        hits,
    );
}

fn session_form(
    app: &App,
    form: &NewSessionForm,
    title: &str,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
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
    let template = form.template(&app.templates);
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
        title,
        labels: &labels,
        focus: form.focus,
    };
    draw(frame_, fields, theme, frame, area, hits);
}

pub fn phase(app: &App, form: &PhaseForm, theme: &Theme, frame: &mut Frame, area: Rect, hits: &mut Hits) {
    let lang = app.lang;
    let labels: Vec<String> = PhaseField::ALL
        .iter()
        .map(|field| {
            tr(
                lang,
                match field {
                    PhaseField::Title => Msg::FieldTitle,
                    PhaseField::Question => Msg::FieldQuestion,
                    PhaseField::Minutes => Msg::FieldTimebox,
                    PhaseField::Activities => Msg::FieldActivities,
                },
            )
            .to_string()
        })
        .collect();
    let width = value_width(area, &labels);
    let question_lines = if area.height >= 24 { 4 } else { 2 };
    let mut fields = Vec::new();
    for (index, field) in PhaseField::ALL.iter().enumerate() {
        let focused = form.focus == index;
        let rows = match field {
            PhaseField::Title => {
                let (line, cursor) = single_line(&form.title, &form.default_title, width, focused, theme);
                FieldRows {
                    field: index,
                    lines: vec![line],
                    cursor,
                }
            }
            PhaseField::Question => {
                let (lines, cursor) = multi_line(&form.question, "", width, question_lines, focused, theme);
                FieldRows {
                    field: index,
                    lines,
                    cursor,
                }
            }
            PhaseField::Minutes => {
                let (line, cursor) = single_line(&form.minutes, "", width.min(8), focused, theme);
                FieldRows {
                    field: index,
                    lines: vec![line],
                    cursor,
                }
            }
            PhaseField::Activities => {
                let mut lines = switches(lang, form, focused, width, theme);
                if focused {
                    lines.push(Line::from(Span::styled(
                        fit(tr(lang, Msg::HintActivities), width),
                        theme.muted,
                    )));
                }
                FieldRows {
                    field: index,
                    lines,
                    cursor: None,
                }
            }
        };
        fields.push(rows);
    }
    let title = match form.target {
        PhaseTarget::Edit(_) => tr(lang, Msg::FormEditPhase),
        PhaseTarget::New { .. } => tr(lang, Msg::FormNewPhase),
    };
    let frame_ = FormFrame {
        title,
        labels: &labels,
        focus: form.focus,
    };
    draw(frame_, fields, theme, frame, area, hits);
}

/// The activity switches, wrapped onto as many lines as they need.
fn switches<'a>(
    lang: Language,
    form: &PhaseForm,
    focused: bool,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let mut lines = Vec::new();
    let mut spans: Vec<Span> = Vec::new();
    let mut used = 0;
    for (index, activity) in Activity::ALL.iter().enumerate() {
        let on = form.activities.contains(activity);
        let text = format!(
            "[{}] {}",
            if on { "x" } else { " " },
            i18n::activity_name(lang, *activity)
        );
        let item_width = width_of(&text) + 2;
        if used + item_width > width && !spans.is_empty() {
            lines.push(Line::from(std::mem::take(&mut spans)));
            used = 0;
        }
        let style = if focused && form.activity_cursor == index {
            theme.selected
        } else if on {
            theme.input
        } else {
            theme.muted
        };
        spans.push(Span::styled(text, style));
        spans.push(Span::raw("  "));
        used += item_width;
    }
    if !spans.is_empty() {
        lines.push(Line::from(spans));
    }
    lines
}
