//! `plenum themes`: the colour themes `--theme` can name, built in and the
//! user's own; a user theme that cannot be used is reported with its
//! position and makes the exit code non-zero.

use super::escape::escape;
use super::language::positioned_detail;
use super::output::{print, warn};
use super::{CliError, CliResult, GlobalOptions, language, shown};
use crate::i18n::{Msg, fill, tr};
use crate::store;
use crate::tui::theme::{self, DEFAULT_THEME, Theme, ThemeProblem, ThemeSource};

pub fn run(global: &GlobalOptions) -> CliResult {
    let config = store::config_dir();
    let entries = theme::available(config.as_deref());
    let width = entries.iter().map(|e| e.name.chars().count()).max().unwrap_or(0);
    let lang = language();
    let mut broken = 0;
    let mut out = String::new();
    for entry in entries {
        let (_, problems) = Theme::load(Some(&entry.name), config.as_deref(), false);
        let source = match &entry.source {
            ThemeSource::BuiltIn => tr(lang, Msg::CliThemeBuiltIn).to_string(),
            ThemeSource::User(path) => shown(path),
        };
        let default = if entry.name == DEFAULT_THEME {
            format!(" ({})", tr(lang, Msg::CliThemeDefault))
        } else {
            String::new()
        };
        out.push_str(&format!("{:width$}  {source}{default}\n", entry.name));
        for problem in problems {
            broken += 1;
            warn(&describe_theme_problem(&problem));
        }
    }
    print(&out)?;
    if global.theme.is_some() {
        let (_, problems) = Theme::load(global.theme.as_deref(), config.as_deref(), false);
        for problem in problems {
            broken += 1;
            warn(&describe_theme_problem(&problem));
        }
    }
    if broken > 0 {
        return Err(CliError::new(fill(
            lang,
            Msg::CliThemeProblems,
            &[("n", &broken)],
        )));
    }
    Ok(())
}

/// A theme problem in the run's language.
fn describe_theme_problem(problem: &ThemeProblem) -> String {
    let lang = language();
    match problem {
        ThemeProblem::NotFound { name, available } => fill(
            lang,
            Msg::ThemeNotFound,
            &[
                ("name", &format!("\"{}\"", escape(name))),
                ("fallback", &DEFAULT_THEME),
                ("list", &available.join(", ")),
            ],
        ),
        ThemeProblem::Broken { origin, message } => format!("{origin}:{}", positioned_detail(message)),
    }
}
