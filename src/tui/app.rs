//! The app's state. [`App::update`] is the only place it changes: the event
//! loop turns keys, clicks, pastes and the clock into [`Action`]s and hands
//! them over; views only read.
//!
//! The app keeps a stack of screens (`tui/screens/`, each one folder): the
//! top one has the keyboard and is drawn; it answers each action with an
//! [`Outcome`] that the app carries out here, in one place. Quit, help,
//! undo, redo and saving are handled here once for every screen on the
//! stack. The screens not yet moved into `tui/screens/` (the start screen,
//! the session screen with voting and follow-up) sit below the stack in
//! [`Screen`].

use super::action::Action;
use super::board::{Board, IdeaInput, no_phases};
use super::forms::{Form, NewSessionForm, PhaseForm};
use super::keymap::{Key, Keymap, Mode};
use super::outcome::{Outcome, Route, Say, Spot};
use super::screen::{self, Ctx, ViewCtx};
use super::text_input::edit_text;
use super::theme::Theme;
use crate::core::method::DEMO_SESSION;
use crate::core::{DomainError, Language, MethodTemplate, Session, SessionId};
use crate::i18n::{self, Msg, fill, tr};
use crate::store::{self, FormatError, SessionFile, StoreError, new_session_path};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use std::path::{Path, PathBuf};

/// Rows the page keys move.
const PAGE: usize = 10;
/// A message stays at least this long, then goes with the next key.
const MESSAGE_SECONDS: i64 = 4;
/// The start list begins with "new session" and "demo".
pub const START_FIXED_ROWS: usize = 2;

/// What the app was started with.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The sessions folder.
    pub dir: PathBuf,
    /// The user's config folder (keymap, themes, templates).
    pub config_dir: Option<PathBuf>,
    /// `--lang`.
    pub lang: Option<Language>,
    /// The locale from the environment (`LANG` and friends).
    pub locale: Option<String>,
    pub no_bell: bool,
}

/// A line for the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
    pub at: Timestamp,
}

#[derive(Debug)]
pub enum Screen {
    Start(StartScreen),
    Board(Box<Board>),
    /// Pending actions of every session in the folder (follow-up).
    Overview(Box<super::followup::OverviewScreen>),
    /// The form that continues a session (the permanent workshop).
    Continue(Box<super::followup::ContinueScreen>),
}

#[derive(Debug)]
pub struct StartScreen {
    pub entries: Vec<SessionEntry>,
    /// 0: new session, 1: demo, then the sessions.
    pub selected: usize,
    pub form: Option<NewSessionForm>,
    /// The folder could not be listed.
    pub folder_error: Option<StoreError>,
}

impl StartScreen {
    pub fn rows(&self) -> usize {
        START_FIXED_ROWS + self.entries.len()
    }
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

#[derive(Debug)]
pub struct App {
    pub options: Options,
    /// The current time, as the last tick brought it.
    pub now: Timestamp,
    pub tz: TimeZone,
    /// The interface language.
    pub lang: Language,
    pub keymap: Keymap,
    pub templates: Vec<MethodTemplate>,
    pub screen: Screen,
    /// The screens over `screen`; the last one has the keyboard.
    stack: Vec<Box<dyn screen::Screen>>,
    /// The help overlay is open, scrolled this far.
    pub help_scroll: Option<usize>,
    pub message: Option<Message>,
    /// The event loop ends.
    pub quit: bool,
    /// The event loop rings the terminal bell once.
    pub bell: bool,
    /// Quit was asked once although the session is not saved.
    quit_armed: bool,
    /// The audience view's room layout, chosen here.
    pub room_layout: crate::present::link::RoomLayout,
    /// The event loop switches to the next theme once.
    pub next_theme: bool,
    /// Audience views showing the open session (the event loop counts).
    pub presenters: usize,
}

impl App {
    /// The app on its start screen, listing `options.dir`.
    pub fn new(options: Options, keymap: Keymap, now: Timestamp, tz: TimeZone) -> App {
        let (templates, _problems) = store::templates(options.config_dir.as_deref());
        let lang = i18n::pick_language(options.lang, None, options.locale.as_deref());
        let mut app = App {
            options,
            now,
            tz,
            lang,
            keymap,
            templates,
            screen: Screen::Start(StartScreen {
                entries: Vec::new(),
                selected: 0,
                form: None,
                folder_error: None,
            }),
            stack: Vec::new(),
            help_scroll: None,
            message: None,
            quit: false,
            bell: false,
            quit_armed: false,
            room_layout: Default::default(),
            next_theme: false,
            presenters: 0,
        };
        app.show_start();
        app
    }

    /// The app on the session screen of `session` (for tests and for
    /// callers that opened the file themselves).
    pub fn with_session(
        options: Options,
        keymap: Keymap,
        now: Timestamp,
        tz: TimeZone,
        session: Session,
        file: Option<SessionFile>,
    ) -> App {
        let mut app = App::new(options, keymap, now, tz);
        app.enter_board(session, file);
        app
    }

    /// Opens a session file on the session screen.
    pub fn open_path(&mut self, path: &Path) -> Result<(), StoreError> {
        let (file, session) = SessionFile::open_or_read_only(path)?;
        let read_only = file.read_only().map(|reason| self.describe_store_error(reason));
        self.enter_board(session, Some(file));
        self.follow_up_on_open();
        if let Some(reason) = read_only {
            self.warn(fill(self.lang, Msg::OpenedReadOnly, &[("reason", &reason)]));
        }
        Ok(())
    }

    pub fn board(&self) -> Option<&Board> {
        match &self.screen {
            Screen::Board(board) => Some(board),
            Screen::Start(_) | Screen::Overview(_) | Screen::Continue(_) => None,
        }
    }

    pub(super) fn board_mut(&mut self) -> Option<&mut Board> {
        match &mut self.screen {
            Screen::Board(board) => Some(board),
            Screen::Start(_) | Screen::Overview(_) | Screen::Continue(_) => None,
        }
    }

    /// The mode the keyboard is in, which picks the key bindings.
    pub fn mode(&self) -> Mode {
        if self.help_scroll.is_some() {
            Mode::Help
        } else {
            self.base_mode()
        }
    }

    /// The mode under the help overlay.
    pub fn base_mode(&self) -> Mode {
        match self.stack.last() {
            Some(top) => top.mode(),
            None => self.legacy_mode(),
        }
    }

    /// The open session, if one is open.
    pub fn document(&self) -> Option<&super::document::Document> {
        self.board().map(|b| &b.doc)
    }

    /// The top screen if it is a `T` (for tests and the views).
    pub fn top<T: screen::Screen>(&self) -> Option<&T> {
        let top: &dyn std::any::Any = self.stack.last()?.as_ref();
        top.downcast_ref::<T>()
    }

    /// The top screen of the stack, if there is one.
    pub fn top_screen(&self) -> Option<&dyn screen::Screen> {
        self.stack.last().map(|s| s.as_ref())
    }

    /// What a screen may read while it draws.
    pub fn view_ctx<'a>(&'a self, theme: &'a Theme) -> ViewCtx<'a> {
        ViewCtx {
            doc: self.board().map(|b| &b.doc),
            now: self.now,
            tz: &self.tz,
            lang: self.lang,
            keymap: &self.keymap,
            theme,
        }
    }

    /// The mode of the screens below the stack.
    fn legacy_mode(&self) -> Mode {
        match &self.screen {
            Screen::Start(start) if start.form.is_some() => Mode::Form,
            Screen::Start(_) => Mode::Start,
            Screen::Overview(overview) if overview.form.is_some() => Mode::Form,
            Screen::Overview(_) => Mode::Overview,
            Screen::Continue(_) => Mode::Form,
            Screen::Board(board) if board.phase_form.is_some() => Mode::Form,
            Screen::Board(board) if board.input.is_some() => Mode::Input,
            Screen::Board(_) => Mode::Board,
        }
    }

    /// What a key does now: its binding, or in text fields the character.
    pub fn action_for_key(&self, key: Key) -> Option<Action> {
        let mode = self.mode();
        if let Some(action) = self.keymap.action(mode, key) {
            return Some(action.clone());
        }
        if mode.takes_text() {
            return key.typed_char().map(Action::InsertChar);
        }
        None
    }

    /// The label of the first key bound to `action` in `mode`.
    pub fn key_hint(&self, mode: Mode, action: &Action) -> String {
        self.keymap
            .hint(mode, action, self.lang)
            .unwrap_or_else(|| action.name())
    }

    /// A time of day in the local zone: `14:05`.
    pub fn clock(&self, at: Timestamp) -> String {
        let zoned = at.to_zoned_datetime(self.tz.clone());
        format!("{:02}:{:02}", zoned.hour(), zoned.minute())
    }

    /// A date in the local zone, written the language's way.
    pub fn date(&self, at: Timestamp) -> String {
        i18n::format_date(self.lang, at.to_zoned_datetime(self.tz.clone()).date())
    }

    /// The method template's name for a session's method id.
    pub fn method_name(&self, id: &str) -> String {
        self.templates
            .iter()
            .find(|t| t.id == id)
            .map(|t| t.name.get(self.lang).to_string())
            .unwrap_or_else(|| id.to_string())
    }

    // ----- messages -----

    pub fn inform(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: false,
            at: self.now,
        });
    }

    pub fn warn(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: true,
            at: self.now,
        });
    }

    fn expire_message(&mut self) {
        if let Some(message) = &self.message
            && self.now.duration_since(message.at).as_secs() >= MESSAGE_SECONDS
        {
            self.message = None;
        }
    }

    /// A store error in the interface language.
    pub fn describe_store_error(&self, error: &StoreError) -> String {
        let save_key = self.key_hint(Mode::Board, &Action::SaveSession);
        i18n::describe_store_error(self.lang, error, &save_key)
    }

    /// Why a listed file cannot be opened, without repeating its path.
    pub fn describe_file_problem(&self, error: &StoreError) -> String {
        match error {
            StoreError::Format { error, .. } if !matches!(error, FormatError::NewerVersion { .. }) => {
                error.to_string()
            }
            other => self.describe_store_error(other),
        }
    }

    /// A refused command in the interface language.
    pub fn describe_domain_error(&self, error: &DomainError) -> String {
        i18n::describe_refusal(self.lang, error)
    }

    /// The status-bar text of a save problem, if there is one.
    pub fn save_problem(&self) -> Option<String> {
        let error = self.board()?.doc.save_error()?;
        Some(self.describe_store_error(error))
    }

    /// Shows what a screen or the document said on the status line.
    pub(crate) fn say(&mut self, said: Say) {
        let problem = self.save_problem();
        let text = said.write(self.lang, &self.keymap, problem.as_deref());
        if said.is_warning() {
            self.warn(text);
        } else {
            self.inform(text);
        }
    }

    pub(crate) fn report(&mut self, result: Result<(), Say>) {
        if let Err(said) = result {
            self.say(said);
        }
    }

    // ----- the one place state changes -----

    pub fn update(&mut self, action: Action) {
        let action = match action {
            Action::Tick(now) => return self.tick(now),
            // Terminals end pasted lines with CR, LF or both; pasted text is
            // cleaned once here, as typed and imported text is.
            Action::Paste(text) => {
                Action::Paste(crate::core::text::clean(&text, crate::core::text::Lines::Many))
            }
            other => other,
        };
        self.expire_message();
        if self.audience_action(&action) {
            return;
        }
        if action != Action::Quit {
            self.quit_armed = false;
        }
        if self.help_scroll.is_none() && !self.stack.is_empty() {
            let depth = self.stack.len() - 1;
            return self.update_screen(depth, action);
        }
        self.update_legacy(action);
    }

    /// The keys for the room (theme, room layout) work on every screen.
    fn audience_action(&mut self, action: &Action) -> bool {
        match action {
            Action::NextTheme => self.next_theme = true,
            Action::ToggleRoomLayout => {
                self.room_layout = self.room_layout.toggled();
                let msg = match self.room_layout {
                    crate::present::link::RoomLayout::Compact => Msg::AudienceLayoutCompact,
                    crate::present::link::RoomLayout::Large => Msg::AudienceLayoutLarge,
                };
                self.inform(tr(self.lang, msg));
            }
            _ => return false,
        }
        true
    }

    /// What an audience view of the open session should show now, with
    /// the session's file; `None` without an open session file.
    pub fn stage(&self) -> Option<(PathBuf, crate::present::link::Stage)> {
        use crate::present::link::{Showing, Stage};
        let board = self.board()?;
        let path = board.path.clone()?;
        let showing = self.stack.iter().rev().find_map(|screen| screen.showing());
        let stage = Stage {
            showing: showing.unwrap_or(Showing::Board),
            selected: board.selected_idea().map(|idea| idea.id),
            layout: self.room_layout,
        };
        Some((path, stage))
    }

    /// Hands an action to the screen at `depth` of the stack and carries
    /// out what it answers.
    fn update_screen(&mut self, depth: usize, action: Action) {
        let Some(screen) = self.stack.get_mut(depth) else {
            return self.update_legacy(action);
        };
        let mut ctx = Ctx {
            doc: match &mut self.screen {
                Screen::Board(board) => Some(&mut board.doc),
                _ => None,
            },
            now: self.now,
            tz: &self.tz,
            lang: self.lang,
            keymap: &self.keymap,
        };
        let outcome = screen.update(action, &mut ctx);
        self.carry_out(outcome, depth);
    }

    /// The one place a screen's answer changes the app.
    fn carry_out(&mut self, outcome: Outcome, depth: usize) {
        match outcome {
            Outcome::Stay => {}
            Outcome::Say(said) => self.say(said),
            Outcome::Push(route) => self.open(&route),
            Outcome::Replace(route) => {
                self.stack.truncate(depth);
                self.open(&route);
            }
            Outcome::Pop => self.stack.truncate(depth),
            Outcome::Quit => self.request_quit(),
            Outcome::Pass(action) => self.pass_down(depth, action),
            Outcome::Many(all) => {
                for outcome in all {
                    self.carry_out(outcome, depth);
                }
            }
        }
    }

    /// An action the screen at `depth` left alone: the keys every screen
    /// shares are handled here, anything else by the screen below.
    fn pass_down(&mut self, depth: usize, action: Action) {
        match action {
            Action::Quit => self.request_quit(),
            Action::ToggleHelp => self.help_scroll = Some(0),
            Action::Undo => self.step_history(true),
            Action::Redo => self.step_history(false),
            Action::SaveSession => {
                let now = self.now;
                if let Some(board) = self.board_mut() {
                    let result = board.doc.save_or_copy(now);
                    self.report(result);
                }
            }
            other => match depth.checked_sub(1) {
                Some(below) => self.update_screen(below, other),
                None => self.update_legacy(other),
            },
        }
    }

    /// Undo (or redo) one step of the document, and let every screen on
    /// the stack drop what no longer fits.
    fn step_history(&mut self, undo: bool) {
        let now = self.now;
        let Screen::Board(board) = &mut self.screen else {
            return;
        };
        let said = if undo {
            board.doc.undo(now)
        } else {
            board.doc.redo(now)
        };
        for screen in &mut self.stack {
            screen.refresh(&board.doc);
        }
        self.say(said);
    }

    /// Opens the action form over the session screen for a new action made
    /// from `origins` (the preferred first).
    pub fn new_action_from(&mut self, origins: &[crate::core::followup::ActionOrigin]) {
        self.open(&Route::NewAction(origins.to_vec()));
    }

    /// The session's action list alone over the session screen (what the
    /// overview and continuing a session open on).
    pub(crate) fn show_actions_only(
        &mut self,
        select: Option<crate::core::ActionId>,
        overview: Option<(crate::core::followup::ActionFilter, usize)>,
    ) {
        self.stack.clear();
        self.open(&Route::Actions { select, overview });
    }

    /// Opens the screen a route names over the open session.
    pub(crate) fn open(&mut self, route: &Route) {
        let Some(board) = self.board() else {
            return;
        };
        match super::routes::open(route, &board.doc) {
            Some(Ok(screen)) => self.stack.push(screen),
            Some(Err(said)) => self.say(said),
            None => {
                if let Route::Overview { filter, start_row } = route
                    && self.leave_board_safely()
                {
                    self.show_overview_with(filter.clone(), *start_row);
                }
            }
        }
    }

    /// The screens below the stack.
    fn update_legacy(&mut self, action: Action) {
        let mode = if self.help_scroll.is_some() {
            Mode::Help
        } else {
            self.legacy_mode()
        };
        match mode {
            Mode::Help => self.update_help(action),
            Mode::Start => self.update_start(action),
            Mode::Form => self.update_form(action),
            Mode::Board => self.update_board(action),
            Mode::Input => self.update_input(action),
            Mode::Overview => self.update_overview(action),
            // These live on the stack.
            Mode::Cluster
            | Mode::ClusterPick
            | Mode::ClusterName
            | Mode::Suggest
            | Mode::Spotlight
            | Mode::Checkin
            | Mode::HandOver
            | Mode::Answer
            | Mode::Actions => {}
            Mode::VoteRounds
            | Mode::VoteForm
            | Mode::VotePick
            | Mode::VoteHandOver
            | Mode::VoteName
            | Mode::Ballot
            | Mode::VoteResults => {}
        }
    }

    fn tick(&mut self, now: Timestamp) {
        self.now = now;
        self.expire_message();
        let no_bell = self.options.no_bell;
        if let Some(board) = self.board_mut()
            && board.tick(now)
            && !no_bell
        {
            self.bell = true;
        }
    }

    /// While the timer runs the loop wakes every second; otherwise it sleeps
    /// until the next key.
    pub fn needs_ticks(&self) -> bool {
        self.board().is_some_and(|b| b.doc.timer_running())
    }

    pub(crate) fn request_quit(&mut self) {
        if !self.leave_board_safely() {
            return;
        }
        self.quit = true;
    }

    /// Records the timer and makes a last save attempt. When the session
    /// still is not saved, warns once and returns false.
    pub(crate) fn leave_board_safely(&mut self) -> bool {
        let now = self.now;
        let armed = self.quit_armed;
        let Some(board) = self.board_mut() else {
            return true;
        };
        board.finish(now);
        if board.save_failed() && !armed {
            self.quit_armed = true;
            let key = self.key_hint(Mode::Board, &Action::Quit);
            let save = self.key_hint(Mode::Board, &Action::SaveSession);
            self.warn(fill(
                self.lang,
                Msg::QuitUnsaved,
                &[("key", &key), ("save", &save)],
            ));
            return false;
        }
        true
    }

    // ----- start screen -----

    /// Back to the start screen, with a fresh listing of the folder.
    pub fn show_start(&mut self) {
        self.stack.clear();
        self.lang = i18n::pick_language(self.options.lang, None, self.options.locale.as_deref());
        let (entries, folder_error) = match store::list_sessions(&self.options.dir) {
            Ok(listed) => (
                listed
                    .into_iter()
                    .map(|listed| SessionEntry {
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
                    })
                    .collect(),
                None,
            ),
            Err(error) => (Vec::new(), Some(error)),
        };
        let selected = if entries.is_empty() { 0 } else { START_FIXED_ROWS };
        self.screen = Screen::Start(StartScreen {
            entries,
            selected,
            form: None,
            folder_error,
        });
    }

    pub(crate) fn enter_board(&mut self, session: Session, file: Option<SessionFile>) {
        self.stack.clear();
        self.lang = i18n::pick_language(
            self.options.lang,
            Some(session.language),
            self.options.locale.as_deref(),
        );
        self.screen = Screen::Board(Box::new(Board::new(session, file)));
    }

    fn update_start(&mut self, action: Action) {
        let Screen::Start(start) = &mut self.screen else {
            return;
        };
        let rows = start.rows();
        match action {
            Action::Quit => self.request_quit(),
            Action::ToggleHelp => self.help_scroll = Some(0),
            Action::SelectNext => start.selected = (start.selected + 1).min(rows - 1),
            Action::SelectPrevious => start.selected = start.selected.saturating_sub(1),
            Action::SelectFirst => start.selected = 0,
            Action::SelectLast => start.selected = rows - 1,
            Action::PageDown => start.selected = (start.selected + PAGE).min(rows - 1),
            Action::PageUp => start.selected = start.selected.saturating_sub(PAGE),
            Action::SelectSession(index) if index < rows => {
                if start.selected == index {
                    self.open_selected();
                } else {
                    start.selected = index;
                }
            }
            Action::OpenSelected => self.open_selected(),
            Action::OpenNewSessionForm => self.open_new_session_form(),
            Action::OpenDemo => self.open_demo(),
            Action::ShowActionOverview => self.show_action_overview(),
            Action::ContinueSession => self.open_continue_form(),
            Action::ReloadSessions => {
                let selected = start.selected;
                self.show_start();
                if let Screen::Start(start) = &mut self.screen {
                    start.selected = selected.min(start.rows() - 1);
                }
            }
            _ => {}
        }
    }

    fn open_selected(&mut self) {
        let Screen::Start(start) = &self.screen else {
            return;
        };
        match start.selected {
            0 => self.open_new_session_form(),
            1 => self.open_demo(),
            n => {
                let Some(entry) = start.entries.get(n - START_FIXED_ROWS) else {
                    return;
                };
                if let Err(error) = &entry.summary {
                    let text = self.describe_store_error(error);
                    return self.warn(text);
                }
                let path = entry.path.clone();
                if let Err(error) = self.open_path(&path) {
                    let text = self.describe_store_error(&error);
                    self.warn(text);
                }
            }
        }
    }

    fn open_new_session_form(&mut self) {
        let count = self.templates.len();
        let lang = self.lang;
        if let Screen::Start(start) = &mut self.screen {
            start.form = Some(NewSessionForm::new(count, lang));
        }
    }

    /// Copies the embedded demo into the sessions folder and opens the copy.
    fn open_demo(&mut self) {
        let mut session = match store::parse_session(DEMO_SESSION) {
            Ok(session) => session,
            Err(error) => {
                return self.warn(fill(self.lang, Msg::DemoBroken, &[("error", &error)]));
            }
        };
        session.id = SessionId::random();
        let path = new_session_path(&self.options.dir, &session);
        match SessionFile::create(&path, &session) {
            Ok(file) => {
                self.enter_board(session, Some(file));
                self.inform(tr(self.lang, Msg::DemoOpened));
            }
            Err(error) => {
                let text = self.describe_store_error(&error);
                self.warn(text);
            }
        }
    }

    fn create_session(&mut self) {
        let Screen::Start(start) = &self.screen else {
            return;
        };
        let Some(form) = &start.form else {
            return;
        };
        let Some(template) = form.template(&self.templates) else {
            return;
        };
        let session = template.instantiate(form.choices(), self.now);
        let path = new_session_path(&self.options.dir, &session);
        match SessionFile::create(&path, &session) {
            Ok(file) => {
                self.enter_board(session, Some(file));
                self.inform(fill(
                    self.lang,
                    Msg::SessionCreated,
                    &[("file", &file_name(&path))],
                ));
            }
            Err(error) => {
                let text = self.describe_store_error(&error);
                self.warn(text);
            }
        }
    }

    // ----- forms -----

    fn form_mut(&mut self) -> Option<&mut dyn Form> {
        match &mut self.screen {
            Screen::Start(start) => start.form.as_mut().map(|f| f as &mut dyn Form),
            Screen::Board(board) => board.phase_form.as_mut().map(|f| f as &mut dyn Form),
            Screen::Overview(overview) => overview.form.as_mut().map(|f| f as &mut dyn Form),
            Screen::Continue(screen) => Some(&mut screen.form as &mut dyn Form),
        }
    }

    fn update_form(&mut self, action: Action) {
        match action {
            Action::Quit => return self.request_quit(),
            Action::ToggleHelp => return self.help_scroll = Some(0),
            Action::SubmitInput => return self.submit_form(),
            Action::CancelInput => return self.close_form(),
            _ => {}
        }
        if self.intercept_follow_up_form(&action) {
            return;
        }
        if let Some(form) = self.form_mut() {
            super::forms::edit(form, action);
        }
    }

    fn submit_form(&mut self) {
        if self.submit_follow_up_form() {
            return;
        }
        let now = self.now;
        match &mut self.screen {
            Screen::Start(_) => self.create_session(),
            Screen::Board(board) => {
                let Some(form) = board.phase_form.take() else {
                    return;
                };
                match board.submit_phase_form(&form, now) {
                    Ok(()) => {}
                    Err(note) => {
                        board.phase_form = Some(form);
                        self.say(note);
                    }
                }
            }
            Screen::Overview(_) | Screen::Continue(_) => {}
        }
    }

    fn close_form(&mut self) {
        if self.close_follow_up_form() {
            return;
        }
        match &mut self.screen {
            Screen::Start(start) => start.form = None,
            Screen::Board(board) => board.phase_form = None,
            Screen::Overview(_) | Screen::Continue(_) => {}
        }
    }

    // ----- session screen -----

    fn update_board(&mut self, action: Action) {
        let now = self.now;
        let lang = self.lang;
        let Screen::Board(board) = &mut self.screen else {
            return;
        };
        match action {
            Action::Quit => self.request_quit(),
            Action::ToggleHelp => self.help_scroll = Some(0),
            Action::Undo => {
                let note = board.undo(now);
                self.say(note);
            }
            Action::Redo => {
                let note = board.redo(now);
                self.say(note);
            }
            Action::SaveSession => {
                let result = board.save_or_copy(now);
                self.report(result);
            }
            Action::SelectNext => board.move_selection(1),
            Action::SelectPrevious => board.move_selection(-1),
            Action::PageDown => board.move_selection(PAGE as isize),
            Action::PageUp => board.move_selection(-(PAGE as isize)),
            Action::SelectFirst => board.select_first(),
            Action::SelectLast => board.select_last(),
            Action::SelectIdeaRow(row) => board.select_row(row),
            Action::StartCapture => self.start_capture(),
            Action::EditIdea => match board.selected_idea() {
                Some(idea) => {
                    board.input = Some(IdeaInput {
                        editing: Some(idea.id),
                        text: super::text_input::TextInput::with_text(&idea.text),
                    });
                }
                None => self.say(Say::info(Msg::NoIdeaSelected)),
            },
            Action::DeleteIdea => match board.delete_selected_idea(now) {
                Ok(()) => {
                    let key = self.key_hint(Mode::Board, &Action::Undo);
                    self.inform(fill(lang, Msg::IdeaDeleted, &[("key", &key)]));
                }
                Err(note) => self.say(note),
            },
            Action::CycleAuthor => self.cycle_author(1),
            Action::CycleAuthorBack => self.cycle_author(-1),
            Action::ToggleBrainwriting => {
                let on = !board.brainwriting();
                if let Err(say) = board.set_brainwriting(on, now) {
                    return self.say(say);
                }
                let text = if on {
                    let key = self.key_hint(Mode::Board, &Action::RevealIdeas);
                    fill(lang, Msg::BrainwritingOn, &[("key", &key)])
                } else {
                    tr(lang, Msg::BrainwritingOff).to_string()
                };
                self.inform(text);
            }
            Action::RevealIdeas => match board.reveal_ideas(now) {
                Ok(count) => self.inform(fill(lang, Msg::Revealed, &[("n", &count)])),
                Err(note) => self.say(note),
            },
            Action::NextPhase => {
                let next = board.session.current_phase + 1;
                let result = board.go_to_phase(next, now);
                self.report(result);
            }
            Action::PreviousPhase => {
                let Some(previous) = board.session.current_phase.checked_sub(1) else {
                    return;
                };
                let result = board.go_to_phase(previous, now);
                self.report(result);
            }
            Action::GoToPhase(n) if n >= 1 => {
                let result = board.go_to_phase(n - 1, now);
                self.report(result);
            }
            Action::EditPhase => match board.phase() {
                Some(phase) => board.phase_form = Some(PhaseForm::edit(phase)),
                None => self.say(no_phases()),
            },
            Action::AddPhase => {
                let index = if board.session.phases.is_empty() {
                    0
                } else {
                    board.session.current_phase + 1
                };
                board.phase_form = Some(PhaseForm::new_phase(index, tr(lang, Msg::FormNewPhase)));
            }
            Action::RemovePhase => {
                let result = board.remove_phase(now);
                self.report(result);
            }
            Action::MovePhaseEarlier => {
                let result = board.move_phase(-1, now);
                self.report(result);
            }
            Action::MovePhaseLater => {
                let result = board.move_phase(1, now);
                self.report(result);
            }
            Action::ToggleTimer => board.toggle_timer(now),
            Action::AddMinute => {
                let result = {
                    board.doc.adjust_countdown(1, now);
                    Ok(())
                };
                self.report(result);
            }
            Action::RemoveMinute => {
                let result = {
                    board.doc.adjust_countdown(-1, now);
                    Ok(())
                };
                self.report(result);
            }
            Action::ResetTimer => board.reset_timer(now),
            Action::CloseSession => self.close_session(),
            Action::ShowActions => self.open(&Route::Actions {
                select: None,
                overview: None,
            }),
            Action::NewActionFromSelection => {
                let origins = super::screens::actions::origins_of_selection(&board.doc);
                self.open(&Route::NewAction(origins));
            }
            Action::OpenCheckin => self.open(&Route::Checkin),
            Action::OpenVoting => self.open(&Route::Vote),
            Action::Paste(text) => self.paste_into_board(&text),
            Action::EnterClusterMode => self.open(&Route::Cluster),
            Action::ShowSpotlight => match board.selected_idea() {
                Some(idea) => {
                    let spot = Spot::Idea(idea.id);
                    self.open(&Route::Spotlight(spot));
                }
                None => self.say(Say::info(Msg::NoIdeaSelected)),
            },
            _ => {}
        }
    }

    pub(crate) fn close_session(&mut self) {
        if self.leave_board_safely() {
            self.show_start();
        }
    }

    fn start_capture(&mut self) {
        let Some(board) = self.board_mut() else {
            return;
        };
        let Some(phase) = board.phase() else {
            return self.say(no_phases());
        };
        if !phase.allows(crate::core::Activity::Capture) {
            return self.say(Say::info(Msg::NoCaptureHere));
        }
        let text = std::mem::take(&mut board.draft);
        board.input = Some(IdeaInput { editing: None, text });
    }

    fn cycle_author(&mut self, step: isize) {
        let lang = self.lang;
        let Some(board) = self.board_mut() else {
            return;
        };
        if board.session.anonymous {
            return self.inform(tr(lang, Msg::AnonymousNoAuthors));
        }
        if board.session.participants.is_empty() {
            return self.inform(tr(lang, Msg::NoParticipantsToCycle));
        }
        board.cycle_author(step);
    }

    /// A paste on the board: several lines become ideas, one line opens
    /// the idea field with it.
    fn paste_into_board(&mut self, text: &str) {
        if text.trim().contains('\n') {
            return self.add_pasted_ideas(text);
        }
        self.start_capture();
        if let Some(input) = self.board_mut().and_then(|b| b.input.as_mut()) {
            input.text.insert_str(text.trim_end_matches(['\r', '\n']));
        }
    }

    fn add_pasted_ideas(&mut self, text: &str) {
        let now = self.now;
        let lang = self.lang;
        let Some(board) = self.board_mut() else {
            return;
        };
        match board.add_pasted_ideas(text, now) {
            Ok(0) => {}
            Ok(count) => {
                let key = self.key_hint(Mode::Board, &Action::Undo);
                self.inform(fill(lang, Msg::IdeasPasted, &[("n", &count), ("key", &key)]));
            }
            Err(note) => self.say(note),
        }
    }

    // ----- typing an idea -----

    fn update_input(&mut self, action: Action) {
        let now = self.now;
        let Screen::Board(board) = &mut self.screen else {
            return;
        };
        let Some(input) = board.input.as_mut() else {
            return;
        };
        match action {
            Action::Quit => {
                if input.editing.is_none() {
                    board.draft = input.text.clone();
                }
                self.request_quit();
            }
            Action::ToggleHelp => self.help_scroll = Some(0),
            Action::SubmitInput => self.submit_idea(),
            Action::CancelInput => {
                if input.editing.is_none() {
                    board.draft = std::mem::take(&mut input.text);
                }
                board.input = None;
            }
            Action::InsertNewline => input.text.insert_char('\n'),
            Action::CycleAuthor => self.cycle_author(1),
            Action::CycleAuthorBack => self.cycle_author(-1),
            Action::Undo => {
                let note = board.undo(now);
                self.say(note);
            }
            Action::Redo => {
                let note = board.redo(now);
                self.say(note);
            }
            Action::Paste(text) => {
                let several = text.trim().contains('\n');
                if several && input.editing.is_none() {
                    self.add_pasted_ideas(&text);
                } else {
                    input.text.insert_str(&text);
                }
            }
            other => edit_text(&mut input.text, &other),
        }
    }

    fn submit_idea(&mut self) {
        let now = self.now;
        let Some(board) = self.board_mut() else {
            return;
        };
        let Some(input) = board.input.as_ref() else {
            return;
        };
        let text = input.text.text().to_string();
        let result = match input.editing {
            None if input.text.is_empty() => return,
            None => board.add_idea(&text, now),
            Some(id) => board.replace_idea_text(id, &text, now),
        };
        match result {
            Ok(()) => {
                if let Some(input) = board.input.as_mut() {
                    if input.editing.is_some() {
                        board.input = None;
                    } else {
                        input.text.clear();
                    }
                }
            }
            Err(note) => self.say(note),
        }
    }

    // ----- help -----

    fn update_help(&mut self, action: Action) {
        let entries = self.keymap.grouped(self.base_mode()).len();
        let Some(scroll) = self.help_scroll.as_mut() else {
            return;
        };
        match action {
            Action::Quit => self.request_quit(),
            Action::ToggleHelp => self.help_scroll = None,
            Action::SelectNext => *scroll = (*scroll + 1).min(entries),
            Action::SelectPrevious => *scroll = scroll.saturating_sub(1),
            Action::PageDown => *scroll = (*scroll + PAGE).min(entries),
            Action::PageUp => *scroll = scroll.saturating_sub(PAGE),
            Action::SelectFirst => *scroll = 0,
            Action::SelectLast => *scroll = entries,
            _ => {}
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}
