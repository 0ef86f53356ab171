//! The terminal front end.

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
}

/// Runs the app until the user quits.
pub fn run(launch: Launch) -> Result<(), Box<dyn std::error::Error>> {
    let _ = launch;
    Err("the terminal front end is not built yet".into())
}
