//! `plenum paths`: where plenum keeps its files, and which of them exist.

use super::output::print;
use super::{CliResult, GlobalOptions, language, shown};
use crate::i18n::{Msg, tr};
use crate::store;
use std::path::PathBuf;
use unicode_width::UnicodeWidthStr;

/// One line per place: what it is, its path, and whether it exists.
pub fn run(global: &GlobalOptions) -> CliResult {
    let lang = language();
    let sessions = super::sessions_dir(global)?;
    let config = store::config_dir();
    let in_config = |name: &str| config.as_ref().map(|dir| dir.join(name));
    let places: [(Msg, Option<PathBuf>); 5] = [
        (Msg::PathSessions, Some(sessions)),
        (Msg::PathConfig, config.clone()),
        (Msg::PathThemes, in_config("themes")),
        (Msg::PathTemplates, in_config("templates")),
        (Msg::PathKeymap, in_config("keymap.ron")),
    ];
    let width = places
        .iter()
        .map(|(msg, _)| tr(lang, *msg).width())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for (msg, path) in &places {
        let label = tr(lang, *msg);
        let pad = " ".repeat(width - label.width());
        let (path, state) = match path {
            Some(path) if path.exists() => (shown(path), Msg::PathExists),
            Some(path) => (shown(path), Msg::PathMissing),
            None => (String::new(), Msg::PathNoHome),
        };
        out.push_str(&format!("{label}{pad}  {path} ({})\n", tr(lang, state)));
    }
    print(&out)
}
