//! The participant's screen: their own terminal, following the facilitator.
//!
//! [`Screen`] holds what only this screen knows (mode, cursor, text being
//! typed, a ballot in progress). [`Screen::update`] turns a key into a
//! [`Request`] for the facilitator's program, or changes only the screen;
//! `render` draws from the room's view of the session ([`room_view`]) and
//! the screen. Nothing here changes a session.

mod render;
mod secrecy;

pub use render::render;
pub use secrecy::{Viewer, room_view};

use super::bridge::{Refusal, Request};
use super::input::Key;
use crate::core::followup::has_answered;
use crate::core::text::{MAX_TEXT_CHARS, clean_line};
use crate::core::voting::{self, BallotDraft, VoteError};
use crate::core::*;
use std::collections::HashSet;

/// What the participant is doing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    Board,
    /// Typing a new idea (`editing: None`) or changing their own.
    Typing {
        editing: Option<IdeaId>,
        text: String,
    },
    ConfirmDelete(IdeaId),
    Ballot,
    Checkin,
}

/// A line for the participant about what just happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Done(Request),
    Refused(Refusal),
    PasteCut,
    EmptyIdea,
    NotYours,
    NothingToVote,
    NothingToAnswer,
    NoCapture,
}

/// What a key asks of the connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reaction {
    /// Only the screen changed (or nothing).
    Redraw,
    Send(Request),
    Quit,
}

/// One participant's screen state.
#[derive(Debug, Clone)]
pub struct Screen {
    /// Their name as they joined, shown in the corner.
    pub name: String,
    /// Their id in the session (see `bridge::resolved_participant`).
    pub me: ParticipantId,
    /// Ideas added from this screen; with the host's memory, the own ideas
    /// of an anonymous session.
    pub own_ideas: HashSet<IdeaId>,
    pub mode: Mode,
    /// Index into the current phase's cards.
    pub cursor: usize,
    /// Index into the open round's options.
    pub option: usize,
    pub draft: Option<BallotDraft>,
    /// The check-in answer being chosen.
    pub answer: u32,
    pub notice: Option<Notice>,
    /// The phase the screen last showed: moving on resets the cursor.
    phase: Option<PhaseId>,
}

impl Screen {
    pub fn new(name: impl Into<String>, me: ParticipantId) -> Screen {
        Screen {
            name: name.into(),
            me,
            own_ideas: HashSet::new(),
            mode: Mode::Board,
            cursor: 0,
            option: 0,
            draft: None,
            answer: 0,
            notice: None,
            phase: None,
        }
    }

    /// Follows a new room view: a new phase starts at the top of the board,
    /// a ballot or check-in that closed goes back to the board, and a card
    /// being edited that went away ends the editing.
    pub fn follow(&mut self, room: &Session) {
        let phase = room.current().map(|p| p.id);
        if phase != self.phase {
            self.phase = phase;
            self.cursor = 0;
            self.option = 0;
            if !matches!(self.mode, Mode::Typing { editing: None, .. }) {
                self.mode = Mode::Board;
            }
        }
        let cards = cards(room).len();
        self.cursor = self.cursor.min(cards.saturating_sub(1));
        match &self.mode {
            Mode::Ballot if open_round(room).is_none() => self.mode = Mode::Board,
            Mode::Checkin if open_checkin(room, self.me).is_none() => self.mode = Mode::Board,
            Mode::Typing {
                editing: Some(id), ..
            }
            | Mode::ConfirmDelete(id)
                if room.idea(*id).is_none() =>
            {
                self.mode = Mode::Board
            }
            _ => {}
        }
        if let Some(round) = open_round(room)
            && self.draft.as_ref().is_none_or(|d| d.round() != round.id)
        {
            self.draft = Some(fresh_draft(round, self.me));
            self.option = 0;
        }
    }

    /// The facilitator's program answered a request.
    pub fn answered(&mut self, request: Request, outcome: Result<(), Refusal>) {
        match outcome {
            Ok(()) => {
                if let Request::AddIdea { id, .. } = &request {
                    self.own_ideas.insert(*id);
                }
                if matches!(request, Request::CastBallot { .. }) && self.mode == Mode::Ballot {
                    self.mode = Mode::Board;
                }
                if matches!(request, Request::AnswerCheckin { .. }) && self.mode == Mode::Checkin {
                    self.mode = Mode::Board;
                }
                self.notice = Some(Notice::Done(request));
            }
            Err(refusal) => self.notice = Some(Notice::Refused(refusal)),
        }
    }

    /// What `key` does on this screen, given the room's view.
    pub fn update(&mut self, room: &Session, key: Key) -> Reaction {
        if !matches!(key, Key::Paste { .. }) {
            self.notice = None;
        }
        match self.mode.clone() {
            Mode::Board => self.on_board(room, key),
            Mode::Typing { editing, text } => self.typing(room, editing, text, key),
            Mode::ConfirmDelete(id) => {
                self.mode = Mode::Board;
                match key {
                    Key::Char('y' | 'Y' | 'j' | 'J') | Key::Enter => {
                        Reaction::Send(Request::DeleteIdea { id })
                    }
                    _ => Reaction::Redraw,
                }
            }
            Mode::Ballot => self.on_ballot(room, key),
            Mode::Checkin => self.on_checkin(room, key),
        }
    }

    fn on_board(&mut self, room: &Session, key: Key) -> Reaction {
        let cards = cards(room);
        let selected = cards.get(self.cursor).copied();
        let own_selected = selected.filter(|idea| self.viewer().owns(idea));
        match key {
            Key::Quit | Key::Char('q' | 'Q') => return Reaction::Quit,
            Key::Up | Key::Char('k') => self.cursor = self.cursor.saturating_sub(1),
            Key::Down | Key::Char('j') => self.cursor = (self.cursor + 1).min(cards.len().saturating_sub(1)),
            Key::PageUp => self.cursor = self.cursor.saturating_sub(10),
            Key::PageDown => self.cursor = (self.cursor + 10).min(cards.len().saturating_sub(1)),
            Key::Home => self.cursor = 0,
            Key::End => self.cursor = cards.len().saturating_sub(1),
            Key::Char('a' | 'n' | '+') => match room.current() {
                Some(phase) if phase.allows(Activity::Capture) => {
                    self.mode = Mode::Typing {
                        editing: None,
                        text: String::new(),
                    }
                }
                _ => self.notice = Some(Notice::NoCapture),
            },
            Key::Char('e') | Key::Enter => match own_selected {
                Some(idea) => {
                    self.mode = Mode::Typing {
                        editing: Some(idea.id),
                        text: idea.text.clone(),
                    }
                }
                None if selected.is_some() => self.notice = Some(Notice::NotYours),
                None => {}
            },
            Key::Char('d') | Key::Delete => match own_selected {
                Some(idea) => self.mode = Mode::ConfirmDelete(idea.id),
                None if selected.is_some() => self.notice = Some(Notice::NotYours),
                None => {}
            },
            Key::Char('v') => match open_round(room) {
                Some(round) if may_vote(room, round, self.me).is_ok() => self.mode = Mode::Ballot,
                Some(round) => {
                    let refusal = may_vote(room, round, self.me)
                        .err()
                        .unwrap_or(VoteError::Unchanged);
                    self.notice = Some(Notice::Refused(Refusal::Vote(refusal)));
                }
                None => self.notice = Some(Notice::NothingToVote),
            },
            Key::Char('c') => match open_checkin(room, self.me) {
                Some(checkin) => {
                    let (low, high) = checkin.scale.range();
                    self.answer = self.answer.clamp(low, high);
                    self.mode = Mode::Checkin;
                }
                None => self.notice = Some(Notice::NothingToAnswer),
            },
            Key::Paste { .. } => {}
            _ => {}
        }
        Reaction::Redraw
    }

    fn typing(&mut self, room: &Session, editing: Option<IdeaId>, mut text: String, key: Key) -> Reaction {
        match key {
            Key::Esc | Key::Quit => {
                self.mode = Mode::Board;
                return Reaction::Redraw;
            }
            Key::Enter => {
                let cleaned = clean_line(&text);
                self.mode = Mode::Board;
                if cleaned.is_empty() {
                    self.notice = Some(Notice::EmptyIdea);
                    return Reaction::Redraw;
                }
                return match (editing, room.current()) {
                    (Some(id), _) => Reaction::Send(Request::EditIdea { id, text: cleaned }),
                    (None, Some(phase)) => Reaction::Send(Request::AddIdea {
                        id: IdeaId::random(),
                        phase: phase.id,
                        text: cleaned,
                    }),
                    (None, None) => {
                        self.notice = Some(Notice::NoCapture);
                        Reaction::Redraw
                    }
                };
            }
            Key::Backspace => {
                text.pop();
            }
            Key::Char(c) => {
                if text.chars().count() < MAX_TEXT_CHARS {
                    text.push(c);
                } else {
                    self.notice = Some(Notice::PasteCut);
                }
            }
            Key::Paste { text: pasted, cut } => {
                let room_left = MAX_TEXT_CHARS.saturating_sub(text.chars().count());
                let pasted = pasted.replace('\n', " ");
                let fits: String = pasted.chars().take(room_left).collect();
                if cut || fits.chars().count() < pasted.chars().count() {
                    self.notice = Some(Notice::PasteCut);
                }
                text.push_str(&fits);
            }
            _ => {}
        }
        self.mode = Mode::Typing { editing, text };
        Reaction::Redraw
    }

    fn on_ballot(&mut self, room: &Session, key: Key) -> Reaction {
        let Some(round) = open_round(room) else {
            self.mode = Mode::Board;
            return Reaction::Redraw;
        };
        let options = round.options.len();
        let draft = self.draft.get_or_insert_with(|| fresh_draft(round, self.me));
        match key {
            Key::Esc | Key::Quit => self.mode = Mode::Board,
            Key::Up | Key::Char('k') => self.option = self.option.saturating_sub(1),
            Key::Down | Key::Char('j') => self.option = (self.option + 1).min(options.saturating_sub(1)),
            Key::Char(' ') => {
                let _ = draft.toggle(self.option);
            }
            Key::Char('+') | Key::Right => {
                let _ = draft.place(self.option);
            }
            Key::Char('-') | Key::Left | Key::Backspace => {
                let _ = draft.remove(self.option);
            }
            Key::Enter => {
                return Reaction::Send(Request::CastBallot {
                    round: round.id,
                    dots: draft.dots().to_vec(),
                });
            }
            _ => {}
        }
        Reaction::Redraw
    }

    fn on_checkin(&mut self, room: &Session, key: Key) -> Reaction {
        let Some(checkin) = open_checkin(room, self.me) else {
            self.mode = Mode::Board;
            return Reaction::Redraw;
        };
        let (low, high) = checkin.scale.range();
        match key {
            Key::Esc | Key::Quit => self.mode = Mode::Board,
            Key::Left | Key::Down => self.answer = self.answer.saturating_sub(1).max(low),
            Key::Right | Key::Up => self.answer = (self.answer + 1).min(high),
            Key::Char(c) if c.is_ascii_digit() => {
                let digit = c.to_digit(10).unwrap_or(low);
                if (low..=high).contains(&digit) {
                    self.answer = digit;
                }
            }
            Key::Enter => {
                return Reaction::Send(Request::AnswerCheckin {
                    checkin: checkin.id,
                    answer: self.answer,
                });
            }
            _ => {}
        }
        Reaction::Redraw
    }

    pub fn viewer(&self) -> Viewer<'_> {
        Viewer {
            participant: self.me,
            own_ideas: &self.own_ideas,
        }
    }
}

fn fresh_draft(round: &VoteRound, me: ParticipantId) -> BallotDraft {
    round
        .ballots
        .iter()
        .find(|b| b.participant == me)
        .and_then(|b| BallotDraft::resume(round, &b.dots).ok())
        .unwrap_or_else(|| BallotDraft::new(round))
}

/// The cards of the current phase, in board order.
pub fn cards(room: &Session) -> Vec<&Idea> {
    match room.current() {
        Some(phase) => room.ideas_in(phase.id).collect(),
        None => Vec::new(),
    }
}

/// The round of the current phase that takes ballots now (the newest).
pub fn open_round(room: &Session) -> Option<&VoteRound> {
    let phase = room.current()?.id;
    room.rounds_in(phase)
        .filter(|r| r.status == RoundStatus::Open)
        .last()
}

/// The newest revealed round of the current phase.
pub fn revealed_round(room: &Session) -> Option<&VoteRound> {
    let phase = room.current()?.id;
    room.rounds_in(phase)
        .filter(|r| crate::core::public::tally_is_public(r))
        .last()
}

/// The check-in that waits for this person's answer: the newest one of the
/// current phase (or of no phase) not yet revealed nor answered.
pub fn open_checkin(room: &Session, me: ParticipantId) -> Option<&CheckinRound> {
    let phase = room.current().map(|p| p.id);
    room.checkins
        .iter()
        .rev()
        .find(|c| !c.revealed && (c.phase.is_none() || c.phase == phase) && !has_answered(c, me))
}

/// Whether this person may cast a ballot in `round` now. A guest who is not
/// on the roster yet is added with their ballot.
pub fn may_vote(room: &Session, round: &VoteRound, me: ParticipantId) -> Result<(), VoteError> {
    if room.participant(me).is_some() {
        return match voting::can_vote(room, round.id, me) {
            // The host remembers an anonymous ballot cast from here; the
            // facilitator's side refuses when it does not.
            Err(VoteError::EarlierBallotUnknown) => Ok(()),
            other => other,
        };
    }
    if round.status == RoundStatus::Revealed {
        return Err(VoteError::Revealed);
    }
    Ok(())
}

#[cfg(test)]
mod tests;
