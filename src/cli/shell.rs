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
    print_bytes(title_first(&String::from_utf8_lossy(&page)).as_bytes())
}

/// The page with its `.TH` title line first, as `man` and `whatis` expect
/// of a page; the string definitions clap_mangen puts before it follow it
/// (they are needed only by the text further down).
fn title_first(page: &str) -> String {
    let lines: Vec<&str> = page.lines().collect();
    let Some(title) = lines.iter().position(|line| line.starts_with(".TH")) else {
        return page.to_string();
    };
    let mut ordered = vec![lines[title]];
    ordered.extend(&lines[..title]);
    ordered.extend(&lines[title + 1..]);
    let mut out = ordered.join("\n");
    out.push('\n');
    out
}
