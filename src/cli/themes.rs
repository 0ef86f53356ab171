//! `plenum themes`: the colour themes `--theme` can name, built in and the
//! user's own; a user theme that cannot be used is reported with its
//! position and makes the exit code non-zero.

use super::{CliError, CliResult, GlobalOptions};
use crate::store;
use crate::tui::theme::{self, DEFAULT_THEME, Theme, ThemeSource};

pub fn run(global: &GlobalOptions) -> CliResult {
    let config = store::config_dir();
    let entries = theme::available(config.as_deref());
    let width = entries.iter().map(|e| e.name.chars().count()).max().unwrap_or(0);
    let mut broken = 0;
    for entry in entries {
        let (_, problems) = Theme::load(Some(&entry.name), config.as_deref(), false);
        let source = match &entry.source {
            ThemeSource::BuiltIn => "built in".to_string(),
            ThemeSource::User(path) => path.display().to_string(),
        };
        let default = if entry.name == DEFAULT_THEME {
            " (default)"
        } else {
            ""
        };
        println!("{:width$}  {source}{default}", entry.name);
        for problem in problems {
            broken += 1;
            eprintln!("plenum: {problem}");
        }
    }
    if global.theme.is_some() {
        let (_, problems) = Theme::load(global.theme.as_deref(), config.as_deref(), false);
        for problem in problems {
            broken += 1;
            eprintln!("plenum: {problem}");
        }
    }
    if broken > 0 {
        return Err(CliError::new(format!(
            "{broken} theme problem(s); the app uses the default theme instead"
        )));
    }
    Ok(())
}
