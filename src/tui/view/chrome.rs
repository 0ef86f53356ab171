//! The two bottom lines every screen shares: the status line (saved state,
//! message, mode, timer) and the footer (the keys that matter now, taken
//! from the keymap so they never disagree with the bindings).

use super::{Hits, clock_digits, width_of};
use crate::core::Activity;
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::app::{App, Screen};
use crate::tui::board::SaveState;
use crate::tui::describe;
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
    if let Some(board) = app.board() {
        let (text, style) = match &board.save_state {
            SaveState::Clean => (format!(" ✓ {}", tr(lang, Msg::SavedClean)), theme.status_saved),
            SaveState::Saved(at) => (
                format!(" ✓ {}", fill(lang, Msg::SavedAt, &[("time", &app.clock(*at))])),
                theme.status_saved,
            ),
            SaveState::NoFile => (format!(" {}", tr(lang, Msg::NotSavedNoFile)), theme.status),
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
    if let Some(board) = app.board() {
        if board.timer_running() {
            right.push(format!("⏱ {}", clock_digits(board.seconds_left(app.now))));
        }
        if board.brainwriting() {
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
    } else if let Screen::Start(start) = &app.screen
        && let Some(error) = &start.folder_error
    {
        let text = fill(
            lang,
            Msg::FolderUnreadable,
            &[("error", &app.describe_store_error(error))],
        );
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
    app.board()
        .and_then(|b| b.input.as_ref())
        .is_some_and(|input| input.editing.is_some())
}

/// The actions the footer offers in the current situation, most useful first.
fn footer_actions(app: &App, theme: &Theme) -> Vec<Action> {
    use Action as A;
    let mode = app.mode();
    if mode != Mode::Help
        && let Some(top) = app.top_screen()
    {
        return top.footer(&app.view_ctx(theme));
    }
    match mode {
        Mode::Help => vec![A::ToggleHelp, A::SelectNext],
        Mode::Start => {
            let mut actions = vec![
                A::OpenSelected,
                A::OpenNewSessionForm,
                A::OpenDemo,
                A::ShowActionOverview,
            ];
            // Follow-up: continuing needs a session row to continue.
            if let Screen::Start(start) = &app.screen
                && start.selected >= crate::tui::app::START_FIXED_ROWS
            {
                actions.push(A::ContinueSession);
            }
            actions.extend([A::ToggleHelp, A::Quit]);
            actions
        }
        Mode::VoteRounds
        | Mode::VoteForm
        | Mode::VotePick
        | Mode::VoteHandOver
        | Mode::VoteName
        | Mode::Ballot
        | Mode::VoteResults => Vec::new(),
        Mode::Form => vec![A::SubmitInput, A::NextField, A::CancelInput, A::ToggleHelp],
        Mode::Input => {
            let mut actions = vec![A::SubmitInput, A::CancelInput, A::InsertNewline];
            if let Some(board) = app.board()
                && !board.session.anonymous
                && !board.session.participants.is_empty()
            {
                actions.push(A::CycleAuthor);
            }
            actions.push(A::ToggleHelp);
            actions
        }
        // On the stack.
        Mode::Cluster | Mode::ClusterPick | Mode::ClusterName | Mode::Suggest | Mode::Spotlight => Vec::new(),
        Mode::Board => {
            let mut actions = Vec::new();
            let Some(board) = app.board() else {
                return actions;
            };
            // What the phase is for comes first, so that at 80 columns the
            // footer still names the step the group is on; the rest follows.
            let phase = board.phase();
            let allows = |activity| phase.is_some_and(|p| p.allows(activity));
            if allows(Activity::Capture) {
                actions.push(A::StartCapture);
            }
            if board.covered_count > 0 {
                actions.push(A::RevealIdeas);
            }
            let cluster_now = board.idea_count > 0 && allows(Activity::Cluster);
            if cluster_now {
                actions.push(A::EnterClusterMode);
            }
            // Voting (issue 5): where the phase votes or has voted.
            if let Some(phase) = phase
                && (phase.allows(Activity::Vote) || board.session.rounds_in(phase.id).next().is_some())
            {
                actions.push(A::OpenVoting);
            }
            // Follow-up: the keys of the phase's activity, when it has one.
            if allows(Activity::Actions) {
                actions.extend([A::NewActionFromSelection, A::ShowActions]);
            }
            if allows(Activity::Checkin) {
                actions.push(A::OpenCheckin);
            }
            actions.extend([A::ToggleTimer, A::NextPhase]);
            if board.selected_idea().is_some() {
                actions.extend([A::EditIdea, A::DeleteIdea]);
            }
            if board.idea_count > 0 && !cluster_now {
                actions.push(A::EnterClusterMode);
            }
            if board.can_undo() {
                actions.push(A::Undo);
            }
            actions.extend([A::ToggleHelp, A::Quit]);
            actions
        }
        Mode::Actions | Mode::Overview | Mode::Checkin | Mode::HandOver | Mode::Answer => {
            crate::tui::followup::footer_actions(app)
        }
    }
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
