//! The permanent workshop from the start screen: a new session that
//! continues the selected one. The new-session form comes prefilled with the
//! previous method, title, language and anonymity; the roster and the
//! pending actions are carried over by `core::followup::start_from_previous`.

use crate::core::Session;
use crate::core::followup::start_from_previous;
use crate::i18n::{Msg, fill, tr};
use crate::store::{self, SessionFile, new_session_path};
use crate::tui::app::{App, START_FIXED_ROWS, Screen};
use crate::tui::forms::NewSessionForm;
use crate::tui::text_input::TextInput;
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

impl App {
    /// The start screen's continue key on the selected session.
    pub(crate) fn open_continue_form(&mut self) {
        let lang = self.lang;
        let Screen::Start(start) = &self.screen else {
            return;
        };
        let start_row = start.selected;
        let Some(entry) = start
            .selected
            .checked_sub(START_FIXED_ROWS)
            .and_then(|i| start.entries.get(i))
        else {
            return self.inform(tr(lang, Msg::ContinueNeedsSession));
        };
        let path = entry.path.clone();
        let previous = match store::load(&path) {
            Ok(session) => session,
            Err(error) => {
                let text = self.describe_store_error(&error);
                return self.warn(text);
            }
        };
        let mut form = NewSessionForm::new(self.templates.len(), previous.language);
        let pending = previous.pending_actions().count();
        match self.templates.iter().position(|t| t.id == previous.method) {
            Some(index) => {
                form.template = index;
                self.inform(fill(
                    lang,
                    Msg::ContinueHint,
                    &[("title", &previous.title), ("n", &pending)],
                ));
            }
            None => self.warn(fill(lang, Msg::TemplateMissing, &[("id", &previous.method)])),
        }
        form.title = TextInput::with_text(&previous.title);
        form.anonymous = previous.anonymous;
        form.focus = 1;
        self.screen = Screen::Continue(Box::new(ContinueScreen {
            previous,
            path,
            form,
            start_row,
        }));
    }

    /// Creates the continued session in the folder and opens it: on its
    /// action list when actions were carried over, to review them first.
    pub(crate) fn create_continued_session(&mut self) {
        let Screen::Continue(screen) = &self.screen else {
            return;
        };
        let Some(template) = screen.form.template(&self.templates) else {
            return;
        };
        let session = start_from_previous(&screen.previous, template, screen.form.choices(), self.now);
        let path = new_session_path(&self.options.dir, &session);
        let carried = !session.actions.is_empty();
        match SessionFile::create(&path, &session) {
            Ok(file) => {
                self.enter_board(session, Some(file));
                if carried {
                    self.show_actions_only(None, None);
                }
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                self.inform(fill(self.lang, Msg::ContinueCreated, &[("file", &name)]));
            }
            Err(error) => {
                let text = self.describe_store_error(&error);
                self.warn(text);
            }
        }
    }

    pub(crate) fn cancel_continue(&mut self) {
        let row = match &self.screen {
            Screen::Continue(screen) => screen.start_row,
            _ => 0,
        };
        self.show_start();
        if let Screen::Start(start) = &mut self.screen {
            start.selected = row.min(start.rows() - 1);
        }
    }
}
