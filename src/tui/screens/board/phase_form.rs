//! The phase form, drawn as a box over the session screen: title, guiding
//! question, timebox, activities. A label column, then the field; the
//! focused field is marked.

use crate::core::{Activity, Language};
use crate::i18n::{self, Msg, tr};
use crate::tui::forms::{PhaseField, PhaseForm, PhaseTarget};
use crate::tui::screen::ViewCtx;
use crate::tui::theme::Theme;
use crate::tui::widgets::field::{multi_line, single_line};
use crate::tui::widgets::form::{FieldRows, FormFrame, draw, value_width};
use crate::tui::widgets::hits::Hits;
use crate::tui::widgets::text::{fit, width_of};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

pub fn render(cx: &ViewCtx, form: &PhaseForm, frame: &mut Frame, area: Rect, hits: &mut Hits) {
    let theme = cx.theme;
    let lang = cx.lang;
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
