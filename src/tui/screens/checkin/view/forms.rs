//! The check-in forms: a new round, the counts of a show of hands, a guest.

use super::super::state::{CountsForm, GuestForm, NewRoundForm, answer_label};
use crate::core::followup::scale_name;
use crate::i18n::{Msg, tr};
use crate::tui::screen::ViewCtx;
use crate::tui::theme::Theme;
use crate::tui::widgets::field::{choice, multi_line, single_line};
use crate::tui::widgets::form::{FieldRows, FormFrame, draw, value_width};
use crate::tui::widgets::hits::Hits;
use crate::tui::widgets::text::wrapped;
use ratatui::Frame;
use ratatui::layout::Rect;

pub(super) fn new_round(
    cx: &ViewCtx,
    form: &NewRoundForm,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = cx.lang;
    let labels = vec![
        tr(lang, Msg::FieldScale).to_string(),
        tr(lang, Msg::FieldQuestion).to_string(),
    ];
    let width = value_width(area, &labels);
    let (low, high) = form.scale.range();
    let answers = (low..=high)
        .map(|a| format!("{a} {}", answer_label(lang, form.scale, a)))
        .collect::<Vec<_>>()
        .join(" · ");
    let scale = FieldRows {
        field: 0,
        lines: std::iter::once(choice(scale_name(form.scale, lang), form.focus == 0, theme))
            .chain(wrapped(&answers, width, 4, theme.muted))
            .collect(),
        cursor: None,
    };
    let (lines, cursor) = multi_line(&form.question, "", width, 3, form.focus == 1, theme);
    let question = FieldRows {
        field: 1,
        lines,
        cursor,
    };
    let frame_ = FormFrame {
        title: tr(lang, Msg::FormNewRound),
        labels: &labels,
        focus: form.focus,
    };
    draw(frame_, vec![scale, question], theme, frame, area, hits);
}

pub(super) fn counts(
    cx: &ViewCtx,
    form: &CountsForm,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = cx.lang;
    let (low, _) = form.scale.range();
    let labels: Vec<String> = (0..form.counts.len())
        .map(|i| {
            let answer = low + i as u32;
            format!("{answer} · {}", answer_label(lang, form.scale, answer))
        })
        .collect();
    let width = value_width(area, &labels).min(8);
    let rows = form
        .counts
        .iter()
        .enumerate()
        .map(|(index, count)| {
            let (line, cursor) = single_line(count, "0", width, form.focus == index, theme);
            FieldRows {
                field: index,
                lines: vec![line],
                cursor,
            }
        })
        .collect();
    let hint = if form.adds {
        Msg::HintCountsAdd
    } else {
        Msg::HintCounts
    };
    let title = format!("{} · {}", tr(lang, Msg::FormCounts), tr(lang, hint));
    let frame_ = FormFrame {
        title: &title,
        labels: &labels,
        focus: form.focus,
    };
    draw(frame_, rows, theme, frame, area, hits);
}

pub(super) fn guest(
    cx: &ViewCtx,
    form: &GuestForm,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = cx.lang;
    let labels = vec![tr(lang, Msg::FieldName).to_string()];
    let width = value_width(area, &labels);
    let (line, cursor) = single_line(&form.name, "", width, true, theme);
    let frame_ = FormFrame {
        title: tr(lang, Msg::FormGuest),
        labels: &labels,
        focus: 0,
    };
    let rows = vec![FieldRows {
        field: 0,
        lines: vec![line],
        cursor,
    }];
    draw(frame_, rows, theme, frame, area, hits);
}
