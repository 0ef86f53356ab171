//! The command line: clap definitions and the dispatch to the subcommands.
//! Each subcommand's work lives in its own file under `src/cli/`; all of them
//! change sessions only through `core` commands and save through `store`.

mod actions;
mod check;
mod export;
mod import;
mod list;
mod merge;
mod new;
mod suggest;
mod themes;

use crate::core::Language;
use crate::store::{self, StoreError};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "plenum",
    version,
    about = "Participation workshops in the terminal: capture, cluster, dot-vote, follow up.",
    long_about = "Participation workshops in the terminal: future workshops, design thinking, \
                  retrospectives, idea rounds. Without a subcommand plenum opens the start screen; \
                  with a FILE it opens that session."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalOptions,
    /// A session file to open in the app.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

/// Options every subcommand takes.
#[derive(Debug, Clone, Args)]
pub struct GlobalOptions {
    /// Sessions folder (default: $PLENUM_DIR, else the user data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Interface language: en or de (default: the session's, else LANG).
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<LangArg>,
    /// Colour theme for the app: a built-in name or one in the config folder.
    #[arg(long, global = true, value_name = "NAME")]
    pub theme: Option<String>,
    /// Do not ring the terminal bell when a timer runs out.
    #[arg(long, global = true)]
    pub no_bell: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    De,
}

impl From<LangArg> for Language {
    fn from(lang: LangArg) -> Language {
        match lang {
            LangArg::En => Language::En,
            LangArg::De => Language::De,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Open a session in the app.
    Open(OpenArgs),
    /// Create a session from a method template and print its path.
    New(new::NewArgs),
    /// List the sessions in the sessions folder, newest first.
    List,
    /// List the method templates (built in and your own).
    Templates,
    /// Add ideas from a text file (one idea a line) or a CSV file (column `text`, optional `author`).
    Import(import::ImportArgs),
    /// Export a session to Markdown (default), JSON or CSV.
    Export(export::ExportArgs),
    /// Check a session file and print a one-line summary.
    Check(check::CheckArgs),
    /// Propose clusters for the unclustered ideas of a phase.
    Suggest(suggest::SuggestArgs),
    /// List open actions of every session in the sessions folder.
    Actions(actions::ActionsArgs),
    /// List the colour themes (built in and your own) for --theme.
    Themes,
    /// Merge two versions of one session by ids (git's merge driver: `plenum merge %O %A %B %P`).
    Merge(merge::MergeArgs),
    /// Show the audience view of a session on a second terminal (projector, shared window); it follows the app live and only reads.
    Present(PresentArgs),
}

#[derive(Debug, Args)]
pub struct PresentArgs {
    /// The session file the facilitator runs (default: the newest in the sessions folder).
    pub file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct OpenArgs {
    /// The session file.
    pub file: PathBuf,
}

/// A failed subcommand: the message goes to stderr, the code is the exit code.
#[derive(Debug)]
pub struct CliError {
    pub message: String,
    pub code: u8,
}

impl CliError {
    /// A problem with the user's input or files (exit code 1).
    pub fn new(message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
            code: 1,
        }
    }
}

impl From<StoreError> for CliError {
    fn from(error: StoreError) -> CliError {
        CliError::new(error.to_string())
    }
}

pub type CliResult = Result<(), CliError>;

/// Parses the command line and runs it; returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("plenum: {}", error.message);
            ExitCode::from(error.code)
        }
    }
}

pub fn run(cli: Cli) -> CliResult {
    let global = cli.global;
    match cli.command {
        None => launch_app(&global, cli.file),
        Some(CliCommand::Open(args)) => launch_app(&global, Some(args.file)),
        Some(command) => {
            if let Some(file) = cli.file {
                return Err(CliError::new(format!(
                    "a FILE ({}) and a subcommand cannot be given together",
                    file.display()
                )));
            }
            run_subcommand(&global, command)
        }
    }
}

fn run_subcommand(global: &GlobalOptions, command: CliCommand) -> CliResult {
    match command {
        CliCommand::Open(_) => unreachable!("handled by run"),
        CliCommand::New(args) => new::run(global, args),
        CliCommand::List => list::run_list(global),
        CliCommand::Templates => list::run_templates(global),
        CliCommand::Import(args) => import::run(global, args),
        CliCommand::Export(args) => export::run(global, args),
        CliCommand::Check(args) => check::run(global, args),
        CliCommand::Suggest(args) => suggest::run(global, args),
        CliCommand::Actions(args) => actions::run(global, args),
        CliCommand::Themes => themes::run(global),
        CliCommand::Merge(args) => merge::run(global, args),
        CliCommand::Present(args) => present(global, args),
    }
}

fn launch_app(global: &GlobalOptions, file: Option<PathBuf>) -> CliResult {
    let dir = sessions_dir(global)?;
    let launch = crate::tui::Launch {
        dir,
        open: file,
        lang: global.lang.map(Language::from),
        theme: global.theme.clone(),
        no_bell: global.no_bell,
    };
    crate::tui::run(launch).map_err(|error| CliError::new(error.to_string()))
}

fn present(global: &GlobalOptions, args: PresentArgs) -> CliResult {
    let file = match args.file {
        Some(file) => file,
        None => {
            let dir = sessions_dir(global)?;
            let newest = store::list_sessions(&dir)?.into_iter().next();
            newest.map(|listed| listed.path).ok_or_else(|| {
                CliError::new(format!("no session in {} to present; give a FILE", shown(&dir)))
            })?
        }
    };
    let options = crate::present::PresentOptions {
        file,
        lang: global.lang.map(Language::from),
        theme: global.theme.clone(),
        config_dir: store::config_dir(),
        locale: crate::i18n::locale_from_env(),
    };
    crate::present::run(options).map_err(|error| CliError::new(error.to_string()))
}

/// The sessions folder for this invocation.
pub fn sessions_dir(global: &GlobalOptions) -> Result<PathBuf, CliError> {
    Ok(store::sessions_dir(global.dir.as_deref())?)
}

/// The interface language: `--lang`, else the locale (LC_ALL, LC_MESSAGES,
/// LANG, the first one set), else English.
pub fn interface_language(global: &GlobalOptions) -> Language {
    if let Some(lang) = global.lang {
        return lang.into();
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.trim().is_empty())
        .map_or(Language::En, |locale| Language::from_locale(&locale))
}

/// Shows a path the way the user gave it, for messages.
pub fn shown(path: &Path) -> String {
    path.display().to_string()
}
