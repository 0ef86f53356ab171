//! The forms of the follow-up screens, drawn with the shared form frame:
//! an action, a new check-in round, the counts of a show of hands, a guest's
//! name, and the owner filter of the overview.

use super::Hits;
use super::fit;
use super::form::{FieldRows, FormFrame, draw, single_line, value_width};
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::followup::OwnerFilterForm;
use crate::tui::keymap::Mode;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// A hint line under a field.
fn hint<'a>(text: &str, width: usize, theme: &Theme) -> Line<'a> {
    Line::from(Span::styled(fit(text, width), theme.muted))
}

/// "Tab completes: Anna Becker · also: Amt 10, Annette", or nothing.
fn completion_hint<'a>(app: &App, matches: &[&str], width: usize, theme: &Theme) -> Option<Line<'a>> {
    let first = matches.first()?;
    let key = app.key_hint(Mode::Form, &Action::NextField);
    let mut text = fill(app.lang, Msg::HintCompletion, &[("key", &key), ("name", first)]);
    if matches.len() > 1 {
        let others = matches[1..]
            .iter()
            .take(4)
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        text = format!(
            "{text} · {}",
            fill(app.lang, Msg::HintMoreNames, &[("names", &others)])
        );
    }
    Some(hint(&text, width, theme))
}

pub fn owner_filter(
    app: &App,
    form: &OwnerFilterForm,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = app.lang;
    let labels = vec![tr(lang, Msg::ColumnOwner).to_string()];
    let width = value_width(area, &labels);
    let (line, cursor) = single_line(&form.name, "", width, true, theme);
    let mut lines = vec![line];
    match completion_hint(app, &form.matches(), width, theme) {
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
