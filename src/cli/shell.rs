//! `plenum completions SHELL` and `plenum man`: generated from the same
//! command definition the parser uses, in the run's language.

use super::output::print_bytes;
use super::{CliError, CliResult, help, language};
use crate::i18n::{Msg, fill};
use clap::Args;
use clap_complete::Shell;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish or powershell.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: CompletionShell,
}

/// The shells plenum writes completions for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CompletionShell {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

impl From<CompletionShell> for Shell {
    fn from(shell: CompletionShell) -> Shell {
        match shell {
            CompletionShell::Bash => Shell::Bash,
            CompletionShell::Zsh => Shell::Zsh,
            CompletionShell::Fish => Shell::Fish,
            CompletionShell::Powershell => Shell::PowerShell,
        }
    }
}

/// The completion script on standard output.
pub fn completions(args: CompletionsArgs) -> CliResult {
    let mut cmd = help::localised(language());
    let mut script = Vec::new();
    clap_complete::generate(Shell::from(args.shell), &mut cmd, "plenum", &mut script);
    print_bytes(&script)
}

/// The manual page, in roff, on standard output.
pub fn man() -> CliResult {
    let cmd = help::localised(language());
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd)
        .render(&mut page)
        .map_err(|error| CliError::new(fill(language(), Msg::CliManFailed, &[("error", &error)])))?;
    print_bytes(&page)
}
