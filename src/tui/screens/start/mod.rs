//! The start screen: a new session, the demo, and the sessions in the
//! folder, newest first; from here the overview of all actions and
//! continuing a session. It lists the folder itself; opening or creating a
//! session file is the app's ([`Outcome::Open`], [`Outcome::Create`]).

mod view;

use crate::core::method::DEMO_SESSION;
use crate::core::{SessionId, followup::ActionFilter};
use crate::i18n::Msg;
use crate::store::{self, StoreError};
use crate::tui::action::Action;
use crate::tui::forms::{self, NewSessionForm};
use crate::tui::mode::Mode;
use crate::tui::outcome::{Outcome, Route, Say};
use crate::tui::screen::{Ctx, Screen, ViewCtx};
use crate::tui::widgets::hits::Hits;
use jiff::Timestamp;
use ratatui::Frame;
use ratatui::layout::Rect;
use std::path::{Path, PathBuf};

/// Rows the page keys move.
const PAGE: usize = 10;
/// The start list begins with "new session" and "demo".
pub const START_FIXED_ROWS: usize = 2;

#[derive(Debug)]
pub struct StartScreen {
    pub entries: Vec<SessionEntry>,
    /// 0: new session, 1: demo, then the sessions.
    pub selected: usize,
    pub form: Option<NewSessionForm>,
    /// The folder could not be listed.
    pub folder_error: Option<StoreError>,
}

/// A session file in the folder, as the start screen lists it.
#[derive(Debug)]
pub struct SessionEntry {
    pub path: PathBuf,
    pub summary: Result<EntrySummary, StoreError>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntrySummary {
    pub title: String,
    pub method: String,
    pub updated: Timestamp,
    pub ideas: usize,
    pub open_actions: usize,
}

impl StartScreen {
    /// The folder listed afresh, at row `select` (else the newest session).
    pub fn load(dir: &Path, select: Option<usize>) -> StartScreen {
        let (entries, folder_error) = match store::list_sessions(dir) {
            Ok(listed) => (listed.into_iter().map(entry).collect(), None),
            Err(error) => (Vec::new(), Some(error)),
        };
        let mut start = StartScreen {
            entries,
            selected: 0,
            form: None,
            folder_error,
        };
        start.selected = match select {
            Some(row) => row.min(start.rows() - 1),
            None if start.entries.is_empty() => 0,
            None => START_FIXED_ROWS,
        };
        start
    }

    pub fn rows(&self) -> usize {
        START_FIXED_ROWS + self.entries.len()
    }

    /// The keys of the list (the new-session form is closed).
    fn on_list(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        let last = self.rows() - 1;
        match action {
            Action::Quit | Action::ToggleHelp => return Outcome::Pass(action),
            Action::SelectNext => self.selected = (self.selected + 1).min(last),
            Action::SelectPrevious => self.selected = self.selected.saturating_sub(1),
            Action::SelectFirst => self.selected = 0,
            Action::SelectLast => self.selected = last,
            Action::PageDown => self.selected = (self.selected + PAGE).min(last),
            Action::PageUp => self.selected = self.selected.saturating_sub(PAGE),
            Action::SelectSession(index) if index <= last => {
                if self.selected == index {
                    return self.open_selected(ctx);
                }
                self.selected = index;
            }
            Action::OpenSelected => return self.open_selected(ctx),
            Action::OpenNewSessionForm => self.open_form(ctx),
            Action::OpenDemo => return open_demo(),
            Action::ShowActionOverview => {
                return Outcome::Push(Route::Overview {
                    filter: ActionFilter::default(),
                    start_row: self.selected,
                });
            }
            Action::ContinueSession => return self.continue_selected(ctx),
            Action::ReloadSessions => *self = StartScreen::load(ctx.dir, Some(self.selected)),
            _ => {}
        }
        Outcome::Stay
    }

    /// The keys of the new-session form.
    fn on_form(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        let Some(form) = self.form.as_mut() else {
            return Outcome::Stay;
        };
        match action {
            Action::Quit | Action::ToggleHelp => return Outcome::Pass(action),
            Action::SubmitInput => {
                let Some(template) = form.template(ctx.templates) else {
                    return Outcome::Stay;
                };
                return Outcome::Create {
                    session: Box::new(template.instantiate(form.choices(), ctx.now)),
                    then: None,
                    said: Msg::SessionCreated,
                };
            }
            Action::CancelInput => self.form = None,
            other => forms::edit(form, other),
        }
        Outcome::Stay
    }

    fn open_form(&mut self, ctx: &Ctx) {
        self.form = Some(NewSessionForm::new(ctx.templates.len(), ctx.lang));
    }

    fn selected_entry(&self) -> Option<&SessionEntry> {
        let index = self.selected.checked_sub(START_FIXED_ROWS)?;
        self.entries.get(index)
    }

    fn open_selected(&mut self, ctx: &Ctx) -> Outcome {
        match self.selected {
            0 => {
                self.open_form(ctx);
                Outcome::Stay
            }
            1 => open_demo(),
            _ => match self.selected_entry() {
                None => Outcome::Stay,
                Some(SessionEntry {
                    summary: Err(error), ..
                }) => Say::written_warning(ctx.describe_store_error(error)).into(),
                Some(entry) => Outcome::Open {
                    path: entry.path.clone(),
                    then: None,
                    said: None,
                },
            },
        }
    }

    /// The form that continues the selected session, prefilled from it.
    fn continue_selected(&self, ctx: &Ctx) -> Outcome {
        let Some(entry) = self.selected_entry() else {
            return Say::info(Msg::ContinueNeedsSession).into();
        };
        let previous = match store::load(&entry.path) {
            Ok(session) => session,
            Err(error) => return Say::written_warning(ctx.describe_store_error(&error)).into(),
        };
        let template = ctx.templates.iter().position(|t| t.id == previous.method);
        let said = match template {
            Some(_) => Say::info(Msg::ContinueHint)
                .text("title", &previous.title)
                .text("n", previous.pending_actions().count()),
            None => Say::warn(Msg::TemplateMissing).text("id", &previous.method),
        };
        Outcome::Say(said).and(Outcome::Push(Route::Continue {
            previous: Box::new(previous),
            path: entry.path.clone(),
            template,
            start_row: self.selected,
        }))
    }
}

/// A listed file as the start screen shows it.
fn entry(listed: store::folders::Listed) -> SessionEntry {
    SessionEntry {
        path: listed.path,
        summary: listed.session.map(|session| {
            let summary = session.summary();
            EntrySummary {
                title: session.title,
                method: session.method,
                updated: session.updated,
                ideas: summary.ideas,
                open_actions: summary.open_actions,
            }
        }),
    }
}

/// A copy of the embedded demo, for the app to write into the folder.
fn open_demo() -> Outcome {
    match store::parse_session(DEMO_SESSION) {
        Ok(mut session) => {
            session.id = SessionId::random();
            Outcome::Create {
                session: Box::new(session),
                then: None,
                said: Msg::DemoOpened,
            }
        }
        Err(error) => Say::warn(Msg::DemoBroken).text("error", error).into(),
    }
}

impl Screen for StartScreen {
    fn mode(&self) -> Mode {
        if self.form.is_some() {
            Mode::Form
        } else {
            Mode::Start
        }
    }

    fn update(&mut self, action: Action, ctx: &mut Ctx) -> Outcome {
        if self.form.is_some() {
            return self.on_form(action, ctx);
        }
        self.on_list(action, ctx)
    }

    fn render(&self, view: &ViewCtx, frame: &mut Frame, area: Rect, hits: &mut Hits) {
        view::render(view, self, frame, area, hits);
    }

    fn footer(&self, _view: &ViewCtx) -> Vec<Action> {
        use Action as A;
        if self.form.is_some() {
            return vec![A::SubmitInput, A::NextField, A::CancelInput, A::ToggleHelp];
        }
        let mut actions = vec![
            A::OpenSelected,
            A::OpenNewSessionForm,
            A::OpenDemo,
            A::ShowActionOverview,
        ];
        // Continuing needs a session row to continue.
        if self.selected >= START_FIXED_ROWS {
            actions.push(A::ContinueSession);
        }
        actions.extend([A::ToggleHelp, A::Quit]);
        actions
    }

    fn problem(&self, view: &ViewCtx) -> Option<Say> {
        let error = self.folder_error.as_ref()?;
        Some(Say::warn(Msg::FolderUnreadable).text("error", view.describe_store_error(error)))
    }
}
