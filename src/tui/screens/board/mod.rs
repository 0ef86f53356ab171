//! The session screen: the agenda, the phase with its question and timer,
//! the idea list, and the idea being typed, at the bottom of the stack while
//! a session is open. Its own state is what the document does not hold: the
//! idea field, the draft kept when capture was left, the phase form and the
//! chosen author. Every change to the session goes through a core `Command`
//! applied by the document (`edit.rs`); the keys are in `update.rs`, the
//! drawing in `view.rs` and `phase_form.rs`.

mod edit;
mod phase_form;
mod update;
mod view;

use crate::core::public::names_are_public;
use crate::core::{IdeaId, ParticipantId};
use crate::i18n::Msg;
use crate::tui::action::Action;
use crate::tui::document::Document;
use crate::tui::forms::PhaseForm;
use crate::tui::mode::Mode;
use crate::tui::outcome::{Outcome, Say};
use crate::tui::screen::{Ctx, Screen, ViewCtx};
use crate::tui::text_input::TextInput;
use crate::tui::widgets::hits::Hits;
use ratatui::Frame;
use ratatui::layout::Rect;

/// The idea being typed: a new one, or an existing one being edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdeaInput {
    pub editing: Option<IdeaId>,
    pub text: TextInput,
}

/// The session screen's own state (the session is the document's).
#[derive(Debug, Default)]
pub struct Board {
    pub input: Option<IdeaInput>,
    /// Text typed for a new idea when capture was left; restored on return.
    pub draft: TextInput,
    pub phase_form: Option<PhaseForm>,
    pub author: Option<ParticipantId>,
}

/// "No phase yet: add one with P."
pub fn no_phases() -> Say {
    Say::info(Msg::NoPhases).key("key", Mode::Board, Action::AddPhase)
}

impl Screen for Board {
    fn mode(&self) -> Mode {
        if self.phase_form.is_some() {
            Mode::Form
        } else if self.input.is_some() {
            Mode::Input
        } else {
            Mode::Board
        }
    }

    fn update(&mut self, action: Action, ctx: &mut Ctx) -> Outcome {
        let now = ctx.now;
        let lang = ctx.lang;
        let Some(doc) = ctx.doc.as_deref_mut() else {
            return Outcome::Pass(action);
        };
        if self.phase_form.is_some() {
            self.on_phase_form(doc, action, now)
        } else if self.input.is_some() {
            self.on_input(doc, action, now)
        } else {
            self.on_board(doc, action, now, lang)
        }
    }

    fn render(&self, view: &ViewCtx, frame: &mut Frame, area: Rect, hits: &mut Hits) {
        if let Some(doc) = view.doc {
            view::render(view, doc, self, frame, area, hits);
        }
    }

    fn footer(&self, view: &ViewCtx) -> Vec<Action> {
        match view.doc {
            Some(doc) => self.footer_actions(doc, view.hosted),
            None => vec![Action::ToggleHelp],
        }
    }

    fn editing(&self) -> bool {
        self.input.as_ref().is_some_and(|input| input.editing.is_some())
    }
}

impl Board {
    /// The keys the footer offers, most useful first.
    fn footer_actions(&self, doc: &Document, hosted: bool) -> Vec<Action> {
        use crate::core::Activity;
        use Action as A;
        if self.phase_form.is_some() {
            return vec![A::SubmitInput, A::NextField, A::CancelInput, A::ToggleHelp];
        }
        if self.input.is_some() {
            let mut actions = vec![A::SubmitInput, A::CancelInput, A::InsertNewline];
            if names_are_public(&doc.session) && !doc.session.participants.is_empty() {
                actions.push(A::CycleAuthor);
            }
            actions.push(A::ToggleHelp);
            return actions;
        }
        let mut actions = Vec::new();
        // What the phase is for comes first, so that at 80 columns the
        // footer still names the step the group is on; the rest follows.
        let phase = doc.phase();
        let allows = |activity| phase.is_some_and(|p| p.allows(activity));
        if allows(Activity::Capture) {
            actions.push(A::StartCapture);
        }
        if doc.covered_count > 0 {
            actions.push(A::RevealIdeas);
        }
        let cluster_now = doc.idea_count > 0 && allows(Activity::Cluster);
        if cluster_now {
            actions.push(A::EnterClusterMode);
        }
        // Voting: where the phase votes or has voted.
        if let Some(phase) = phase
            && (phase.allows(Activity::Vote) || doc.session.rounds_in(phase.id).next().is_some())
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
        // Who is connected over SSH, and the code for latecomers.
        if hosted {
            actions.push(A::ShowHosting);
        }
        actions.extend([A::ToggleTimer, A::NextPhase]);
        if doc.selected_idea().is_some() {
            actions.extend([A::EditIdea, A::DeleteIdea]);
        }
        if doc.idea_count > 0 && !cluster_now {
            actions.push(A::EnterClusterMode);
        }
        if doc.can_undo() {
            actions.push(A::Undo);
        }
        actions.extend([A::ToggleHelp, A::Quit]);
        actions
    }
}
