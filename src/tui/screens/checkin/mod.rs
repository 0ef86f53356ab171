//! Check-in and check-out rounds on the session screen: open a round (mood,
//! ROTI, fist of five), let people answer one after the other on the shared
//! keyboard, or type the counts of a show of hands; reveal the results.
//!
//! Answering works like a secret ballot: the hand-over screen names who is
//! next and shows nothing of the answers given; the answer screen shows only
//! the choice of the person at the keyboard, and it is gone once confirmed.
//! `state.rs` holds the screen's state and forms, `steps.rs` what the keys
//! do, `view/` draws it.

mod state;
mod steps;
mod view;

pub use state::{
    CheckinForm, CheckinView, CountsForm, GuestForm, NewRoundForm, SCALES, Stage, answer_label,
    rounds_in_phase,
};

use crate::core::Activity;
use crate::i18n::Msg;
use crate::tui::action::Action;
use crate::tui::document::Document;
use crate::tui::mode::Mode;
use crate::tui::outcome::{Outcome, Say};
use crate::tui::screen::{Ctx, Screen, ViewCtx};
use crate::tui::widgets::hits::Hits;
use ratatui::Frame;
use ratatui::layout::Rect;

impl CheckinView {
    /// The session screen's check-in key: the rounds of the current phase,
    /// or the form for the first one; or why this phase has none.
    pub fn open(doc: &Document) -> Result<CheckinView, Say> {
        let Some(phase) = doc.phase() else {
            return Err(Say::info(Msg::NoPhases).key("key", Mode::Board, Action::AddPhase));
        };
        if !phase.allows(Activity::Checkin) {
            return Err(Say::info(Msg::CheckinNotHere).key("key", Mode::Board, Action::EditPhase));
        }
        let round = rounds_in_phase(&doc.session).last().map(|r| r.id);
        let form = round
            .is_none()
            .then(|| CheckinForm::NewRound(NewRoundForm::new(&doc.session)));
        Ok(CheckinView {
            round,
            stage: Stage::Round,
            form,
            thanked: false,
        })
    }

    /// Closes the open form; a round never opened leaves nothing to show.
    fn close_form(&mut self, doc: &Document) -> Outcome {
        self.form = None;
        let phase = doc.phase().map(|p| p.id);
        let has_rounds = phase.is_some() && doc.session.checkins.iter().any(|c| c.phase == phase);
        if self.round.is_none() && !has_rounds {
            Outcome::Pop
        } else {
            Outcome::Stay
        }
    }
}

impl Screen for CheckinView {
    fn mode(&self) -> Mode {
        if self.form.is_some() {
            return Mode::Form;
        }
        match self.stage {
            Stage::Round => Mode::Checkin,
            Stage::HandOver { .. } => Mode::HandOver,
            Stage::Answer { .. } => Mode::Answer,
        }
    }

    /// The room sees the round (its results once revealed), never an
    /// answer being given.
    fn showing(&self) -> Option<crate::present::link::Showing> {
        use crate::present::link::Showing;
        Some(match self.round {
            Some(checkin) => Showing::Checkin { checkin },
            None => Showing::Board,
        })
    }

    fn update(&mut self, action: Action, ctx: &mut Ctx) -> Outcome {
        if matches!(action, Action::Quit | Action::ToggleHelp) {
            return Outcome::Pass(action);
        }
        let now = ctx.now;
        let Some(doc) = ctx.doc.as_deref_mut() else {
            return Outcome::Pop;
        };
        if let Some(form) = self.form.as_mut() {
            return match action {
                Action::SubmitInput => steps::submit_form(doc, self, now),
                Action::CancelInput => self.close_form(doc),
                other => {
                    crate::tui::forms::edit(form.as_form_mut(), other);
                    Outcome::Stay
                }
            };
        }
        match self.stage {
            Stage::Round => match action {
                Action::GoBack => Outcome::Pop,
                // Shared with every screen; `refresh` keeps the round valid.
                Action::Undo | Action::Redo | Action::SaveSession => Outcome::Pass(action),
                other => steps::round_step(doc, self, other, now),
            },
            Stage::HandOver { selected } => steps::hand_over_step(doc, self, selected, action),
            Stage::Answer { person, choice } => steps::answer_step(doc, self, person, choice, action, now),
        }
    }

    fn render(&self, cx: &ViewCtx, frame: &mut Frame, area: Rect, hits: &mut Hits) {
        if let Some(doc) = cx.doc {
            view::render(cx, doc, self, cx.theme, frame, area, hits);
        }
    }

    fn footer(&self, cx: &ViewCtx) -> Vec<Action> {
        use Action as A;
        match Screen::mode(self) {
            Mode::Form => vec![A::SubmitInput, A::NextField, A::CancelInput, A::ToggleHelp],
            Mode::HandOver => vec![A::StartAnswering, A::SelectNext, A::AddGuest, A::GoBack],
            Mode::Answer => vec![A::SubmitInput, A::SelectNext, A::CancelInput],
            _ => {
                let mut actions = Vec::new();
                match cx.doc.and_then(|doc| self.round(&doc.session)) {
                    Some(round) => {
                        if !round.revealed {
                            actions.push(A::AnswerCheckin);
                        }
                        actions.extend([A::EnterCheckinCounts, A::ToggleCheckinReveal, A::NewCheckinRound]);
                    }
                    None => actions.push(A::NewCheckinRound),
                }
                actions.extend([A::GoBack, A::ToggleHelp]);
                actions
            }
        }
    }

    /// After an undo or redo: the round shown may be gone.
    fn refresh(&mut self, doc: &Document) {
        self.settle(&doc.session);
    }
}
