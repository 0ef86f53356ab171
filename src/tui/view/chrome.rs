//! The two bottom lines every screen shares: the status line (saved state,
//! message, mode, timer) and the footer (the keys that matter now, taken
//! from the keymap so they never disagree with the bindings).

use super::{Hits, clock_digits, width_of};
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::describe;
use crate::tui::document::SaveState;
use crate::tui::keymap::Mode;
use crate::tui::theme::Theme;
use crate::tui::widgets::text::fit_words;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn status_line(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let width = usize::from(area.width);
    let mut left: Vec<Span> = Vec::new();
    if let Some(doc) = app.document() {
        let (text, style) = match &doc.save_state {
            SaveState::Clean => (format!(" ✓ {}", tr(lang, Msg::SavedClean)), theme.status_saved),
            SaveState::Saved(at) => (
                format!(" ✓ {}", fill(lang, Msg::SavedAt, &[("time", &app.clock(*at))])),
                theme.status_saved,
            ),
            SaveState::NoFile => (format!(" {}", tr(lang, Msg::NotSavedNoFile)), theme.status),
            SaveState::Saving => (format!(" … {}", tr(lang, Msg::Saving)), theme.status),
            SaveState::ReadOnly { reason, changed } => {
                let (msg, style) = match changed {
                    false => (Msg::ReadOnlyStatus, theme.status),
                    true => (Msg::ReadOnlyChanged, theme.status_error),
                };
                let cause = tr(lang, crate::tui::document::read_only_cause(reason));
                (format!(" {}", fill(lang, msg, &[("cause", &cause)])), style)
            }
            SaveState::Failed { .. } => {
                let reason = app.save_problem().unwrap_or_default();
                (
                    format!(" ⚠ {}", fill(lang, Msg::NotSaved, &[("reason", &reason)])),
                    theme.status_error,
                )
            }
        };
        left.push(Span::styled(text, style));
        // Whatever message the status line shows, the facilitator sees
        // that the room is watching.
        if app.presenters > 0 {
            let text = format!(" · ▣ {}", tr(lang, Msg::AudienceAttached));
            left.push(Span::styled(text, theme.status_saved));
        }
    }

    let mut right = vec![describe::mode_name(lang, app.mode(), editing_idea(app)).to_string()];
    if let Some(doc) = app.document() {
        if doc.timer_running() {
            right.push(format!("⏱ {}", clock_digits(doc.seconds_left(app.now))));
        }
        if doc.brainwriting() {
            right.push(tr(lang, Msg::Silent).to_string());
        }
    }
    let right = format!("{} ", right.join(" · "));

    let mut middle: Option<Span> = None;
    if let Some(message) = &app.message {
        let style = if message.error {
            theme.status_error
        } else {
            theme.message
        };
        middle = Some(Span::styled(message.text.clone(), style));
    } else if let Some(problem) = app.top_screen().and_then(|top| top.problem(&app.view_ctx(theme))) {
        let text = problem.write(lang, &app.keymap, None);
        middle = Some(Span::styled(text, theme.status_error));
    }

    let used_left: usize = left.iter().map(|s| width_of(&s.content)).sum();
    let mut spans = left;
    let right_width = width_of(&right);
    let mut room = width.saturating_sub(used_left + right_width + 1);
    let mut show_right = true;
    if let Some(span) = middle {
        // A message matters more than the mode: it takes the room it needs.
        let wanted = width_of(&span.content) + 3;
        if wanted > room {
            show_right = false;
            room = width.saturating_sub(used_left + 1);
        }
        let text = fit_words(&span.content, room.saturating_sub(3));
        spans.push(Span::styled("   ", theme.status));
        let text_width = width_of(&text);
        spans.push(Span::styled(text, span.style));
        room = room.saturating_sub(text_width + 3);
    }
    if show_right {
        spans.push(Span::styled(" ".repeat(room + 1), theme.status));
        spans.push(Span::styled(right, theme.status));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme.status), area);
}

fn editing_idea(app: &App) -> bool {
    app.top_screen().is_some_and(|top| top.editing())
}

/// The actions the footer offers in the current situation, most useful
/// first: the help overlay's, else the top screen's.
fn footer_actions(app: &App, theme: &Theme) -> Vec<Action> {
    if app.mode() == Mode::Help {
        return vec![Action::ToggleHelp, Action::SelectNext];
    }
    app.top_screen()
        .map_or_else(Vec::new, |top| top.footer(&app.view_ctx(theme)))
}

pub fn footer(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, hits: &mut Hits) {
    let mode = app.mode();
    let mut spans = vec![Span::raw(" ")];
    let mut x = area.x + 1;
    let right = area.x + area.width;
    let actions = footer_actions(app, theme);
    // The help key always shows; the others as long as there is room.
    let help_width = app
        .keymap
        .hint(mode, &Action::ToggleHelp, app.lang)
        .map_or(0, |key| {
            width_of(&key) + width_of(&describe::describe_short(app.lang, mode, &Action::ToggleHelp)) + 4
        });
    let mut help_placed = false;
    for action in actions {
        let Some(key) = app.keymap.hint(mode, &action, app.lang) else {
            continue;
        };
        let label = describe::describe_short(app.lang, mode, &action);
        let item_width = (width_of(&key) + 1 + width_of(&label)) as u16;
        let is_help = action == Action::ToggleHelp;
        let reserve = if is_help || help_placed {
            0
        } else {
            help_width as u16
        };
        if x + item_width + reserve > right {
            if action == Action::ToggleHelp {
                break;
            }
            continue;
        }
        help_placed |= is_help;
        hits.add(Rect::new(x, area.y, item_width, 1), action.clone());
        spans.push(Span::styled(key, theme.footer_key));
        spans.push(Span::styled(format!(" {label}"), theme.footer));
        spans.push(Span::styled("   ", Style::new()));
        x += item_width + 3;
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme.footer), area);
}
