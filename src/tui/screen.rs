//! What every screen is: a component with its own state that turns an
//! [`Action`] into an [`Outcome`], draws itself from data, and names the
//! keys its footer offers. The app keeps a stack of them; the top one has
//! the keyboard.
//!
//! A screen sees the world only through [`Ctx`] (to change the document)
//! and [`ViewCtx`] (to draw; read-only). It never imports the app or
//! another screen, so each screen folder under `tui/screens/` can be read
//! alone, and the same render can draw on a second terminal.

use super::action::Action;
use super::document::Document;
use super::keymap::Keymap;
use super::mode::Mode;
use super::outcome::{Outcome, Say};
use super::theme::Theme;
use super::widgets::hits::Hits;
use crate::core::{Language, MethodTemplate};
use crate::store::{FormatError, StoreError};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use ratatui::Frame;
use ratatui::layout::Rect;
use std::any::Any;
use std::path::Path;

/// What a screen may use while it handles an action.
pub struct Ctx<'a> {
    /// The open session; `None` on the screens before one is open.
    pub doc: Option<&'a mut Document>,
    /// The time of this action (time is passed in, never read).
    pub now: Timestamp,
    pub tz: &'a TimeZone,
    /// The interface language.
    pub lang: Language,
    pub keymap: &'a Keymap,
    /// The sessions folder. Screens may list it; opening or creating a
    /// session file is the app's (it takes the lock), asked for with
    /// [`Outcome::Open`] and [`Outcome::Create`].
    pub dir: &'a Path,
    /// The method templates (built in and the user's).
    pub templates: &'a [MethodTemplate],
}

impl Ctx<'_> {
    /// Today in the local time zone (due dates, overdue actions).
    pub fn today(&self) -> jiff::civil::Date {
        self.now.to_zoned_datetime(self.tz.clone()).date()
    }

    /// A store error in the interface language.
    pub fn describe_store_error(&self, error: &StoreError) -> String {
        describe_store_error(self.lang, self.keymap, error)
    }
}

/// A store error in `lang`, naming the save key of `keymap`.
pub fn describe_store_error(lang: Language, keymap: &Keymap, error: &StoreError) -> String {
    let save_key = keymap
        .hint(Mode::Board, &Action::SaveSession, lang)
        .unwrap_or_else(|| Action::SaveSession.name());
    crate::i18n::describe_store_error(lang, error, &save_key)
}

/// What a screen may read while it draws.
pub struct ViewCtx<'a> {
    pub doc: Option<&'a Document>,
    pub now: Timestamp,
    pub tz: &'a TimeZone,
    pub lang: Language,
    pub keymap: &'a Keymap,
    pub theme: &'a Theme,
    /// The sessions folder (shown, never written, by a view).
    pub dir: &'a Path,
    pub templates: &'a [MethodTemplate],
    /// Participants can join over SSH (`plenum host`).
    pub hosted: bool,
}

impl ViewCtx<'_> {
    /// The label of the first key bound to `action` in `mode`.
    pub fn key_hint(&self, mode: Mode, action: &Action) -> String {
        self.keymap
            .hint(mode, action, self.lang)
            .unwrap_or_else(|| action.name())
    }

    /// Today in the local time zone.
    pub fn today(&self) -> jiff::civil::Date {
        self.now.to_zoned_datetime(self.tz.clone()).date()
    }

    /// A time of day in the local zone: `14:05`.
    pub fn clock(&self, at: Timestamp) -> String {
        let zoned = at.to_zoned_datetime(self.tz.clone());
        format!("{:02}:{:02}", zoned.hour(), zoned.minute())
    }

    /// A date in the local zone, written the language's way.
    pub fn date(&self, at: Timestamp) -> String {
        crate::i18n::format_date(self.lang, at.to_zoned_datetime(self.tz.clone()).date())
    }

    /// The method template's name for a session's method id.
    pub fn method_name(&self, id: &str) -> String {
        self.templates
            .iter()
            .find(|t| t.id == id)
            .map(|t| t.name.get(self.lang).to_string())
            .unwrap_or_else(|| id.to_string())
    }

    /// A store error in the interface language.
    pub fn describe_store_error(&self, error: &StoreError) -> String {
        describe_store_error(self.lang, self.keymap, error)
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
}

/// A screen on the app's stack.
pub trait Screen: Any + std::fmt::Debug {
    /// The keyboard mode, which picks the key bindings and the help page.
    fn mode(&self) -> Mode;

    /// Handles an action: changes the screen's own state and, through
    /// `ctx.doc`, the session; says what the app should do next.
    fn update(&mut self, action: Action, ctx: &mut Ctx) -> Outcome;

    /// Draws the screen into `area` (the status line and footer are the
    /// app's) and records where a click means what in `hits`.
    fn render(&self, view: &ViewCtx, frame: &mut Frame, area: Rect, hits: &mut Hits);

    /// The actions the footer offers now, most useful first.
    fn footer(&self, view: &ViewCtx) -> Vec<Action>;

    /// The document changed under the screen (an undo, a redo): drop what
    /// no longer fits.
    fn refresh(&mut self, _doc: &Document) {}

    /// What an audience view following this terminal should show while
    /// this screen is up; `None`: what the screen below shows.
    fn showing(&self) -> Option<crate::present::link::Showing> {
        None
    }

    /// Whether the status line's mode name should say "editing" rather
    /// than "capturing" (the idea field).
    fn editing(&self) -> bool {
        false
    }

    /// A lasting problem the status line shows while no message is (the
    /// start screen's folder that cannot be read).
    fn problem(&self, _view: &ViewCtx) -> Option<Say> {
        None
    }
}
