//! What the app is started with: the command line's choices and the environment.

use crate::core::Language;
use std::path::PathBuf;

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
