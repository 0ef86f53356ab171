//! The terminal front end: the facilitator's screen.
//!
//! [`app::App`] keeps a stack of screens ([`screen::Screen`], one folder
//! each under [`screens`]) over the open [`document::Document`]; the top
//! one gets each [`action::Action`] and answers with an
//! [`outcome::Outcome`], which the app carries out in one place.
//! [`event_loop`] turns terminal events into actions through the
//! [`keymap`]. Themes and key bindings are RON files with partial
//! overrides; every word on screen comes from [`crate::i18n`] in English and
//! German. See ARCHITECTURE.md for the layers and how to add a screen.

pub mod action;
pub mod app;
pub mod describe;
pub mod document;
pub mod event_loop;
pub mod followup;
pub mod forms;
pub mod hosting;
pub mod keymap;
pub mod mode;
pub mod outcome;
pub mod routes;
pub mod screen;
pub mod screens;
pub mod text_input;
pub mod theme;
pub mod view;
pub mod wakeups;
pub mod widgets;

use crate::core::Language;
use std::path::PathBuf;

/// How the interactive app was asked to start.
#[derive(Debug, Clone, Default)]
pub struct Launch {
    /// The sessions folder (already resolved from --dir / PLENUM_DIR / default).
    pub dir: PathBuf,
    /// Open this session file directly instead of the start screen.
    pub open: Option<PathBuf>,
    /// Interface language from `--lang`; otherwise the session's or LANG.
    pub lang: Option<Language>,
    /// Theme name from `--theme`.
    pub theme: Option<String>,
    /// Do not ring the terminal bell when a timer runs out.
    pub no_bell: bool,
    /// Run the SSH server for participants (`plenum host`).
    pub host: Option<crate::host::HostConfig>,
    /// Draw without colours (`--color never`, or `NO_COLOR` with `--color auto`).
    pub no_color: bool,
}

/// Runs the app until the user quits.
pub fn run(launch: Launch) -> Result<(), Box<dyn std::error::Error>> {
    event_loop::run(launch)
}
