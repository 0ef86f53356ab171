//! The command line: clap definitions and the dispatch to the subcommands.
//! Each subcommand's work lives in its own file under `src/cli/`; all of them
//! change sessions only through `core` commands and save through `store`.

mod actions;
mod check;
pub mod escape;
mod export;
mod help;
mod import;
pub mod language;
mod list;
mod merge;
mod new;
pub mod output;
mod paths;
mod shell;
mod suggest;
mod themes;

pub use escape::shown;
pub use language::language;

use crate::core::Language;
use crate::i18n::{Msg, fill};
use crate::store::{self, StoreError};
use clap::{Args, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
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
    /// Language of messages and screens: en or de (default: LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<LangArg>,
    /// Colour theme for the app: a built-in name or one in the config folder.
    #[arg(long, global = true, value_name = "NAME")]
    pub theme: Option<String>,
    /// Do not ring the terminal bell when a timer runs out.
    #[arg(long, global = true)]
    pub no_bell: bool,
    /// Colours in help, errors and the app: auto (none when NO_COLOR is set), always, never.
    #[arg(long, global = true, value_name = "WHEN", value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

impl ColorArg {
    /// Whether the app draws in colour: `auto` follows `NO_COLOR`.
    pub fn app_colours(self) -> bool {
        match self {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty()),
        }
    }
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
    /// Print where plenum keeps sessions, settings, themes, templates and the keymap.
    Paths,
    /// Print a shell completion script (bash, zsh, fish or powershell).
    Completions(shell::CompletionsArgs),
    /// Print the manual page (roff), e.g. plenum man > ~/.local/share/man/man1/plenum.1
    Man,
    /// Merge two versions of one session by ids (git's merge driver: `plenum merge %O %A %B %P`).
    Merge(merge::MergeArgs),
    /// Show the audience view of a session on a second terminal (projector, shared window); it follows the app live and only reads.
    Present(PresentArgs),
    /// Open a session with an SSH server for participants in their own terminals (hybrid workshops).
    Host(HostArgs),
}

#[derive(Debug, Args)]
pub struct PresentArgs {
    /// The session file the facilitator runs (default: the newest in the sessions folder).
    pub file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct HostArgs {
    /// The session file (default: the start screen).
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Address to listen on (default 127.0.0.1; 0.0.0.0 for the office network).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// Port to listen on (default 2222).
    #[arg(long, value_name = "N", default_value_t = 2222)]
    pub port: u16,
    /// The join code (default: a random one), 4 to 32 letters or digits.
    #[arg(long, value_name = "CODE")]
    pub code: Option<String>,
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

    /// The reader of standard output has gone (`plenum list | head -1`):
    /// not a failure, and nothing to say.
    pub fn closed_pipe() -> CliError {
        CliError {
            message: String::new(),
            code: 0,
        }
    }
}

impl From<StoreError> for CliError {
    fn from(error: StoreError) -> CliError {
        CliError::new(language::describe_store_error(&error))
    }
}

pub type CliResult = Result<(), CliError>;

/// Parses the command line and runs it; returns the process exit code.
pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = language::settle(language::requested(&args));
    let matches = help::command(lang, &args).try_get_matches_from(&args);
    let cli = match matches.and_then(|matches| Cli::from_arg_matches(&matches)) {
        Ok(cli) => cli,
        Err(error) => return help::report(error, lang, help::color_choice(&args)),
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            if !error.message.is_empty() {
                output::warn(&error.message);
            }
            ExitCode::from(error.code)
        }
    }
}

pub fn run(cli: Cli) -> CliResult {
    let global = cli.global;
    match cli.command {
        None => launch_app(&global, cli.file, None),
        Some(CliCommand::Open(args)) => launch_app(&global, Some(args.file), None),
        Some(CliCommand::Host(args)) if cli.file.is_none() => {
            let config = host_config(&args)?;
            launch_app(&global, args.file, Some(config))
        }
        Some(command) => {
            if let Some(file) = cli.file {
                return Err(CliError::new(fill(
                    language(),
                    Msg::CliFileAndSubcommand,
                    &[("file", &shown(&file))],
                )));
            }
            run_subcommand(&global, command)
        }
    }
}

fn run_subcommand(global: &GlobalOptions, command: CliCommand) -> CliResult {
    match command {
        CliCommand::Open(_) | CliCommand::Host(_) => unreachable!("handled by run"),
        CliCommand::New(args) => new::run(global, args),
        CliCommand::List => list::run_list(global),
        CliCommand::Templates => list::run_templates(global),
        CliCommand::Import(args) => import::run(global, args),
        CliCommand::Export(args) => export::run(global, args),
        CliCommand::Check(args) => check::run(global, args),
        CliCommand::Suggest(args) => suggest::run(global, args),
        CliCommand::Actions(args) => actions::run(global, args),
        CliCommand::Themes => themes::run(global),
        CliCommand::Paths => paths::run(global),
        CliCommand::Completions(args) => shell::completions(args),
        CliCommand::Man => shell::man(),
        CliCommand::Merge(args) => merge::run(global, args),
        CliCommand::Present(args) => present(global, args),
    }
}

fn launch_app(
    global: &GlobalOptions,
    file: Option<PathBuf>,
    host: Option<crate::host::HostConfig>,
) -> CliResult {
    if let Some(path) = file.as_ref().filter(|path| !path.is_file()) {
        return Err(CliError::new(fill(
            language(),
            Msg::CliNoSuchSession,
            &[("path", &shown(path))],
        )));
    }
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(CliError::new(crate::i18n::tr(language(), Msg::CliNeedsTerminal)));
    }
    let dir = sessions_dir(global)?;
    let launch = crate::tui::Launch {
        dir,
        open: file,
        lang: global.lang.map(Language::from),
        theme: global.theme.clone(),
        no_bell: global.no_bell,
        host,
        no_color: !global.color.app_colours(),
    };
    crate::tui::run(launch).map_err(|error| match error.downcast_ref::<StoreError>() {
        Some(error) => CliError::new(language::describe_store_error(error)),
        None => CliError::new(error.to_string()),
    })
}

/// How `plenum host` runs its server: the host key is kept in the user's
/// data folder (made on first use), so participants' clients recognise it
/// the next time.
fn host_config(args: &HostArgs) -> Result<crate::host::HostConfig, CliError> {
    let data = store::data_dir().ok_or_else(|| CliError::from(StoreError::NoHome))?;
    let mut config = crate::host::HostConfig::new(data.join("host"));
    config.bind = args.bind;
    config.port = args.port;
    config.join_code = args.code.clone();
    Ok(config)
}

fn present(global: &GlobalOptions, args: PresentArgs) -> CliResult {
    let file = match args.file {
        Some(file) => file,
        None => {
            let dir = sessions_dir(global)?;
            let newest = store::list_sessions(&dir)?.into_iter().next();
            newest.map(|listed| listed.path).ok_or_else(|| {
                CliError::new(fill(
                    language(),
                    Msg::CliNothingToPresent,
                    &[("dir", &shown(&dir))],
                ))
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

/// The interface language of this run: `--lang`, else the locale (see
/// [`language`]). The language of a session file never changes it.
pub fn interface_language(_global: &GlobalOptions) -> Language {
    language()
}
