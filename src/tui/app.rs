//! The app: a stack of screens over the open session. [`App::update`] is
//! the only place it changes: the event loop turns keys, clicks, pastes and
//! the clock into [`Action`]s and hands them over; views only read.
//!
//! The top screen (`tui/screens/`, each one folder) has the keyboard and is
//! drawn; it answers each action with an [`Outcome`] that the app carries
//! out here, in one place. Quit, help, undo, redo and saving are handled
//! here once for every screen. The bottom of the stack is the start screen,
//! the overview of all actions, or, while a session is open, the session
//! screen. The app owns the open [`Document`], the sessions folder and the
//! file lock: screens ask it to open or create a session file.

use super::action::Action;
use super::document::Document;
use super::keymap::{Key, Keymap, Mode};
use super::outcome::{Outcome, Route, Say};
use super::routes::{self, Place};
use super::screen::{self, Ctx, ViewCtx};
use super::screens::board::Board;
use super::screens::start::StartScreen;
use super::theme::Theme;
use crate::core::{DomainError, Language, MethodTemplate, Session};
use crate::i18n::{self, Msg, tr};
use crate::store::{self, SessionFile, StoreError, new_session_path};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use std::path::{Path, PathBuf};

mod help;
mod options;
mod status;
pub use options::Options;
pub use status::Message;

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
    /// The open session, while the session screen is at the bottom.
    doc: Option<Document>,
    /// The screens; the last one has the keyboard. Never empty.
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
    /// How participants join, while `plenum host` serves the session.
    pub joining: Option<crate::present::link::Joining>,
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
            doc: None,
            stack: Vec::new(),
            help_scroll: None,
            message: None,
            quit: false,
            bell: false,
            quit_armed: false,
            room_layout: Default::default(),
            next_theme: false,
            presenters: 0,
            joining: None,
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
            self.say(Say::warn(Msg::OpenedReadOnly).text("reason", reason));
        }
        Ok(())
    }

    /// The open session, if one is open.
    pub fn document(&self) -> Option<&Document> {
        self.doc.as_ref()
    }

    /// The open session, to change (the event loop hands it its saver).
    pub fn document_mut(&mut self) -> Option<&mut Document> {
        self.doc.as_mut()
    }

    /// The open session, if one is open (the name from when the session
    /// screen held it).
    pub fn board(&self) -> Option<&Document> {
        self.document()
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
        self.stack.last().map_or(Mode::Start, |top| top.mode())
    }

    /// The top screen if it is a `T` (for tests and the views).
    pub fn top<T: screen::Screen>(&self) -> Option<&T> {
        let top: &dyn std::any::Any = self.stack.last()?.as_ref();
        top.downcast_ref::<T>()
    }

    /// The top screen of the stack.
    pub fn top_screen(&self) -> Option<&dyn screen::Screen> {
        self.stack.last().map(|s| s.as_ref())
    }

    /// What a screen may read while it draws.
    pub fn view_ctx<'a>(&'a self, theme: &'a Theme) -> ViewCtx<'a> {
        ViewCtx {
            doc: self.doc.as_ref(),
            now: self.now,
            tz: &self.tz,
            lang: self.lang,
            keymap: &self.keymap,
            theme,
            dir: &self.options.dir,
            templates: &self.templates,
            hosted: self.joining.is_some(),
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

    /// Today in the local time zone (the injected one in tests).
    pub fn today(&self) -> jiff::civil::Date {
        super::followup::today_in(self.now, &self.tz)
    }

    // ----- messages -----

    pub fn inform(&mut self, text: impl Into<String>) {
        self.message = Some(Message::info(text.into(), self.now));
    }

    pub fn warn(&mut self, text: impl Into<String>) {
        self.message = Some(Message::warning(text.into(), self.now));
    }

    fn expire_message(&mut self) {
        if self
            .message
            .as_ref()
            .is_some_and(|message| message.expired(self.now))
        {
            self.message = None;
        }
    }

    /// A store error in the interface language.
    pub fn describe_store_error(&self, error: &StoreError) -> String {
        screen::describe_store_error(self.lang, &self.keymap, error)
    }

    /// A refused command in the interface language.
    pub fn describe_domain_error(&self, error: &DomainError) -> String {
        i18n::describe_refusal(self.lang, error)
    }

    /// The status-bar text of a save problem, if there is one.
    pub fn save_problem(&self) -> Option<String> {
        let error = self.doc.as_ref()?.save_error()?;
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
        if self.help_scroll.is_some() {
            return self.update_help(action);
        }
        let Some(top) = self.stack.len().checked_sub(1) else {
            return;
        };
        self.update_screen(top, action);
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
            joining: self.joining.clone(),
        };
        Some((path, stage))
    }

    /// Hands an action to the screen at `depth` of the stack and carries
    /// out what it answers.
    fn update_screen(&mut self, depth: usize, action: Action) {
        let Some(screen) = self.stack.get_mut(depth) else {
            return;
        };
        let mut ctx = Ctx {
            doc: self.doc.as_mut(),
            now: self.now,
            tz: &self.tz,
            lang: self.lang,
            keymap: &self.keymap,
            dir: &self.options.dir,
            templates: &self.templates,
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
            Outcome::Pop => self.stack.truncate(depth.max(1)),
            Outcome::Quit => self.request_quit(),
            Outcome::Pass(action) => self.pass_down(depth, action),
            Outcome::Open { path, then, said } => self.open_and_show(&path, then, said),
            Outcome::Create { session, then, said } => self.create_and_open(*session, then, said),
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
                if let Some(doc) = self.doc.as_mut()
                    && let Err(said) = doc.save_or_copy(now)
                {
                    self.say(said);
                }
            }
            other => {
                if let Some(below) = depth.checked_sub(1) {
                    self.update_screen(below, other);
                }
            }
        }
    }

    /// Undo (or redo) one step of the document, and let every screen on
    /// the stack drop what no longer fits.
    fn step_history(&mut self, undo: bool) {
        let now = self.now;
        let Some(doc) = self.doc.as_mut() else {
            return;
        };
        let said = if undo { doc.undo(now) } else { doc.redo(now) };
        for screen in &mut self.stack {
            screen.refresh(doc);
        }
        self.say(said);
    }

    /// Applies a change that came from outside the keyboard (a participant
    /// over SSH) like a local edit: through the document's history, saved,
    /// and every screen on the stack brought up to date.
    pub(crate) fn apply_from_outside(&mut self, command: crate::core::Command) -> Result<(), Say> {
        let now = self.now;
        let Some(doc) = self.doc.as_mut() else {
            return Err(Say::info(Msg::SshNoSession));
        };
        doc.change(command, now, None)?;
        for screen in &mut self.stack {
            screen.refresh(doc);
        }
        Ok(())
    }

    /// Opens the action form over the session screen for a new action made
    /// from `origins` (the preferred first).
    pub fn new_action_from(&mut self, origins: &[crate::core::followup::ActionOrigin]) {
        self.open(&Route::NewAction(origins.to_vec()));
    }

    /// Opens the screen a route names. The start screen and the overview
    /// close the open session first (and stay away while it cannot be
    /// saved); the others open over it.
    pub(crate) fn open(&mut self, route: &Route) {
        if route.leaves_session() {
            if !self.leave_board_safely() {
                return;
            }
            self.doc = None;
            self.stack.clear();
            self.lang = i18n::pick_language(self.options.lang, None, self.options.locale.as_deref());
        }
        if let Route::Start { select } = route {
            let start = StartScreen::load(&self.options.dir, *select);
            return self.stack.push(Box::new(start));
        }
        let place = Place {
            doc: self.doc.as_ref(),
            dir: &self.options.dir,
            today: self.today(),
            templates: &self.templates,
        };
        match routes::open(route, &place) {
            Some(Ok(screen)) => self.stack.push(screen),
            Some(Err(said)) => self.say(said),
            None => {}
        }
    }

    /// Back to the start screen, with a fresh listing of the folder.
    pub fn show_start(&mut self) {
        self.open(&Route::Start { select: None });
    }

    /// The session screen over `session`, alone on the stack.
    fn enter_board(&mut self, session: Session, file: Option<SessionFile>) {
        // The user's language, not the file's: the file's content stays as written.
        self.lang = i18n::pick_language(self.options.lang, None, self.options.locale.as_deref());
        self.doc = Some(Document::new(session, file));
        self.stack.clear();
        self.stack.push(Box::new(Board::default()));
    }

    /// Opens a session file, then `then` alone over it, then says `said`;
    /// or says why the file cannot be opened.
    fn open_and_show(&mut self, path: &Path, then: Option<Route>, said: Option<Say>) {
        if let Err(error) = self.open_path(path) {
            let text = self.describe_store_error(&error);
            return self.warn(text);
        }
        if let Some(route) = then {
            self.stack.truncate(1);
            self.open(&route);
        }
        if let Some(said) = said {
            self.say(said);
        }
    }

    /// Writes a new session into the folder and opens it (then `then` over
    /// it), telling `said` with the file's name; or says why not.
    fn create_and_open(&mut self, session: Session, then: Option<Route>, said: Msg) {
        let path = new_session_path(&self.options.dir, &session);
        match SessionFile::create(&path, &session) {
            Ok(file) => {
                self.enter_board(session, Some(file));
                if let Some(route) = then {
                    self.open(&route);
                }
                self.say(Say::info(said).text("file", file_name(&path)));
            }
            Err(error) => {
                let text = self.describe_store_error(&error);
                self.warn(text);
            }
        }
    }

    /// Right after a session was opened: its action list first when it is
    /// due for follow-up (see [`super::followup::opens_on_actions`]).
    fn follow_up_on_open(&mut self) {
        let today = self.today();
        let Some(doc) = self.doc.as_ref() else {
            return;
        };
        if !super::followup::opens_on_actions(&doc.session, today, &self.tz) {
            return;
        }
        let pending = doc.session.pending_actions().count();
        let overdue = crate::core::followup::overdue_count(&doc.session, today);
        self.open(&Route::Actions {
            select: None,
            overview: None,
        });
        let msg = if pending == 1 {
            Msg::FollowUpShownOne
        } else {
            Msg::FollowUpShown
        };
        self.say(
            Say::info(msg)
                .text("pending", pending)
                .text("overdue", overdue)
                .key("key", Mode::Actions, Action::GoBack),
        );
    }

    fn tick(&mut self, now: Timestamp) {
        self.now = now;
        self.expire_message();
        if let Some(doc) = self.doc.as_mut()
            && doc.tick(now)
            && !self.options.no_bell
        {
            self.bell = true;
        }
    }

    /// While the timer runs the loop wakes every second; otherwise it sleeps
    /// until the next key.
    pub fn needs_ticks(&self) -> bool {
        self.doc.as_ref().is_some_and(|d| d.timer_running())
    }

    fn request_quit(&mut self) {
        if self.leave_board_safely() {
            self.quit = true;
        }
    }

    /// Records the timer and makes a last save attempt. When the session
    /// still is not saved, warns once and returns false.
    fn leave_board_safely(&mut self) -> bool {
        let now = self.now;
        let Some(doc) = self.doc.as_mut() else {
            return true;
        };
        doc.finish(now);
        if doc.save_failed() && !self.quit_armed {
            self.quit_armed = true;
            self.say(
                Say::warn(Msg::QuitUnsaved)
                    .key("key", Mode::Board, Action::Quit)
                    .key("save", Mode::Board, Action::SaveSession),
            );
            return false;
        }
        true
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
            other => {
                if let Some(moved) = help::scrolled(*scroll, entries, &other) {
                    *scroll = moved;
                }
            }
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}
