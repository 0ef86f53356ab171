//! The round form (title, options and where they come from, dots and the
//! budget rule) and its picking list of ideas and clusters.

use super::*;

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
    view: &ViewCtx,
    form: &RoundForm,
    field: RoundField,
    focused: bool,
    theme: &Theme,
) -> Vec<Span<'a>> {
    let lang = view.lang;
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
                let key = view.key_hint(Mode::VotePick, &Action::MarkOption);
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

pub(super) fn draw_form(
    view: &ViewCtx,
    session: &Session,
    form: &RoundForm,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = view.lang;
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
            let spans = fit_spans(field_value(view, form, *field, focused, theme), value_width);
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
        (
            describe_vote_error(view.lang, view.keymap, session, &VoteError::NoOptions),
            theme.error,
        )
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
    let key = view.key_hint(Mode::VoteForm, &Action::SubmitInput);
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
pub(super) fn draw_picker(
    view: &ViewCtx,
    session: &Session,
    form: &RoundForm,
    picker: &Picker,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Hits,
) {
    let lang = view.lang;
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
                let (label, extra) = (label_text(label), label_info(view, label));
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
pub(super) fn label_info(view: &ViewCtx, label: &OptionLabel) -> Option<String> {
    let ideas = ideas_text(view.lang, label.cluster_ideas?);
    Some(fill(view.lang, Msg::VoteClusterInfo, &[("ideas", &ideas)]))
}
