//! The control screen of `plenum host`: how participants join (the command,
//! the join code, the host key's fingerprint to compare), who is connected,
//! how many have voted in the open round (with names only in a named
//! session), and ending one person's connection. The facilitator opens it
//! from the session screen; it reads the host through a [`HostLink`] and the
//! session from the document, so it never holds the server up.

use crate::core::public::{names_are_public, voter_names};
use crate::core::{RoundStatus, Session, VoteRound};
use crate::host::{HostLink, Remote};
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::mode::Mode;
use crate::tui::outcome::{Outcome, Say};
use crate::tui::screen::{Ctx, Screen, ViewCtx};
use crate::tui::widgets::hits::Hits;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostControl {
    pub link: HostLink,
    /// The selected row of the list of connected people.
    pub selected: usize,
}

impl HostControl {
    pub fn new(link: HostLink) -> HostControl {
        HostControl { link, selected: 0 }
    }

    fn selected_remote(&self) -> Option<Remote> {
        let connected = self.link.connected();
        let index = self.selected.min(connected.len().saturating_sub(1));
        connected.get(index).cloned()
    }

    fn move_selection(&mut self, step: isize) {
        let last = self.link.connected().len().saturating_sub(1);
        self.selected = self.selected.min(last).saturating_add_signed(step).min(last);
    }
}

impl Screen for HostControl {
    fn mode(&self) -> Mode {
        Mode::Hosting
    }

    fn update(&mut self, action: Action, _ctx: &mut Ctx) -> Outcome {
        match action {
            Action::CancelInput | Action::ShowHosting => Outcome::Pop,
            Action::SelectNext => {
                self.move_selection(1);
                Outcome::Stay
            }
            Action::SelectPrevious => {
                self.move_selection(-1);
                Outcome::Stay
            }
            Action::DisconnectParticipant => match self.selected_remote() {
                Some(remote) => {
                    self.link.disconnect(remote.connection);
                    Outcome::Say(Say::info(Msg::HostDisconnecting).text("name", remote.name))
                }
                None => Outcome::Say(Say::info(Msg::HostNobody)),
            },
            Action::Quit | Action::ToggleHelp | Action::Undo | Action::Redo | Action::SaveSession => {
                Outcome::Pass(action)
            }
            _ => Outcome::Stay,
        }
    }

    fn render(&self, view: &ViewCtx, frame: &mut Frame, area: Rect, _hits: &mut Hits) {
        let theme = view.theme;
        let lang = view.lang;
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border(true))
            .title(Span::styled(
                format!(" {} ", tr(lang, Msg::HostTitle)),
                theme.heading,
            ));
        let inner = block.inner(area);
        frame.render_widget(block, area);

        let join = crate::tui::hosting::joining(&self.link).command(lang);
        let label = |msg| Span::styled(format!("{:<16}", tr(lang, msg)), theme.label);
        let mut lines = vec![
            Line::from(vec![label(Msg::HostJoinWith), Span::styled(join, theme.key)]),
            Line::from(vec![
                label(Msg::HostJoinCode),
                Span::styled(self.link.join_code().to_string(), theme.heading),
            ]),
            Line::from(vec![
                label(Msg::HostKeyFingerprint),
                Span::raw(self.link.fingerprint().to_string()),
            ]),
            Line::default(),
        ];
        if let Some(session) = view.doc.map(|doc| &doc.session)
            && let Some(round) = open_round(session)
        {
            lines.extend(round_lines(view, session, round));
            lines.push(Line::default());
        }
        let connected = self.link.connected();
        lines.push(Line::styled(
            fill(lang, Msg::HostConnected, &[("n", &connected.len())]),
            theme.heading,
        ));
        if connected.is_empty() {
            lines.push(Line::styled(
                format!("  {}", tr(lang, Msg::HostNobody)),
                theme.muted,
            ));
        }
        let selected = self.selected.min(connected.len().saturating_sub(1));
        for (index, remote) in connected.iter().enumerate() {
            let style = if index == selected {
                theme.selected
            } else {
                theme.base
            };
            let marker = if index == selected { "> " } else { "  " };
            lines.push(Line::styled(format!("{marker}{}", remote.name), style));
        }
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
    }

    fn footer(&self, _view: &ViewCtx) -> Vec<Action> {
        vec![
            Action::DisconnectParticipant,
            Action::CancelInput,
            Action::ToggleHelp,
        ]
    }
}

/// The round of the current phase that takes ballots now (the newest).
fn open_round(session: &Session) -> Option<&VoteRound> {
    let phase = session.current()?.id;
    session
        .rounds_in(phase)
        .filter(|r| r.status == RoundStatus::Open)
        .last()
}

/// How many have voted in the open round; who, in a named session only.
fn round_lines<'a>(view: &ViewCtx, session: &'a Session, round: &'a VoteRound) -> Vec<Line<'a>> {
    let lang = view.lang;
    let mut lines = vec![Line::styled(
        fill(
            lang,
            Msg::HostVoted,
            &[("title", &round.title), ("n", &round.voters.len())],
        ),
        view.theme.heading,
    )];
    if names_are_public(session) && !round.voters.is_empty() {
        let names = voter_names(session, round).join(", ");
        lines.push(Line::from(format!("  {names}")));
    }
    lines
}
