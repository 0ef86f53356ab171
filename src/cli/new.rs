//! `plenum new`: a session from a method template.

use super::{CliResult, GlobalOptions};
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Template id, e.g. zukunftswerkstatt, design-thinking, retro, brainstorm.
    #[arg(long, short = 'm', value_name = "ID")]
    pub method: String,
    /// Session title (default: the method's name).
    #[arg(long, short = 't')]
    pub title: Option<String>,
    /// Participants, separated by commas: "Anna,Ben".
    #[arg(long, short = 'p', value_name = "NAMES")]
    pub participants: Option<String>,
    /// Facilitator's name.
    #[arg(long, short = 'f')]
    pub facilitator: Option<String>,
    /// Store no authors; keep ballots secret in the file.
    #[arg(long)]
    pub anonymous: bool,
    /// Where to write the session (default: a new file in the sessions folder).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The session language is the global `--lang` (default: LANG).
pub fn run(global: &GlobalOptions, args: NewArgs) -> CliResult {
    let _ = (global, args);
    Err(super::CliError::new("`new` is not built yet"))
}
