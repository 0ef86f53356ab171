//! The permanent workshop from the start screen: a new session that
//! continues the selected one. The new-session form comes prefilled with the
//! previous method, title, language and anonymity; the roster and the
//! pending actions are carried over by `core::followup::start_from_previous`.
//! The app writes the new file ([`Outcome::Create`]); cancelling shows the
//! start screen again at the row it came from.

use crate::core::Session;
use crate::core::followup::start_from_previous;
use crate::i18n::Msg;
use crate::tui::action::Action;
use crate::tui::forms::{self, NewSessionForm};
use crate::tui::mode::Mode;
use crate::tui::outcome::{Outcome, Route};
use crate::tui::screen::{Ctx, Screen, ViewCtx};
use crate::tui::text_input::TextInput;
use crate::tui::widgets::hits::Hits;
use crate::tui::widgets::session_form::session_form;
use ratatui::Frame;
use ratatui::layout::Rect;
use std::path::PathBuf;

#[derive(Debug)]
pub struct ContinueScreen {
    /// The session continued, as read from `path`.
    pub previous: Session,
    pub path: PathBuf,
    pub form: NewSessionForm,
    /// The start screen row to return to.
    pub start_row: usize,
}

impl ContinueScreen {
    /// The form prefilled from `previous`; `template` is the index of its
    /// method among the `templates` templates, if it still exists.
    pub fn new(
        previous: Session,
        path: PathBuf,
        template: Option<usize>,
        templates: usize,
        start_row: usize,
    ) -> ContinueScreen {
        let mut form = NewSessionForm::new(templates, previous.language);
        if let Some(index) = template {
            form.template = index;
        }
        form.title = TextInput::with_text(&previous.title);
        form.anonymous = previous.anonymous;
        form.focus = 1;
        ContinueScreen {
            previous,
            path,
            form,
            start_row,
        }
    }

    /// The continued session, for the app to write and open: on its action
    /// list when actions were carried over, to review them first.
    fn create(&self, ctx: &Ctx) -> Outcome {
        let Some(template) = self.form.template(ctx.templates) else {
            return Outcome::Stay;
        };
        let session = start_from_previous(&self.previous, template, self.form.choices(), ctx.now);
        let carried = !session.actions.is_empty();
        Outcome::Create {
            session: Box::new(session),
            then: carried.then_some(Route::Actions {
                select: None,
                overview: None,
            }),
            said: Msg::ContinueCreated,
        }
    }
}

impl Screen for ContinueScreen {
    fn mode(&self) -> Mode {
        Mode::Form
    }

    fn update(&mut self, action: Action, ctx: &mut Ctx) -> Outcome {
        match action {
            Action::Quit | Action::ToggleHelp => Outcome::Pass(action),
            Action::SubmitInput => self.create(ctx),
            Action::CancelInput => Outcome::Push(Route::Start {
                select: Some(self.start_row),
            }),
            other => {
                forms::edit(&mut self.form, other);
                Outcome::Stay
            }
        }
    }

    fn render(&self, view: &ViewCtx, frame: &mut Frame, area: Rect, hits: &mut Hits) {
        session_form(view, &self.form, Msg::FormContinue, frame, area, hits);
    }

    fn footer(&self, _view: &ViewCtx) -> Vec<Action> {
        use Action as A;
        vec![A::SubmitInput, A::NextField, A::CancelInput, A::ToggleHelp]
    }
}
