//! `plenum check`: validate session files and summarise them in one line.

use super::escape::escape;
use super::language::count;
use super::output::{print_line, read_session, warn};
use super::{CliError, CliResult, GlobalOptions, language, shown};
use crate::core::Session;
use crate::i18n::{Msg, fill, tr};
use clap::Args;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The session file(s) to check; `-` reads one from standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

/// Prints `ok: FILE: summary` for each good file and `plenum: FILE:LINE:COL:
/// problem` on stderr for each bad one; fails if any file is bad.
pub fn run(_global: &GlobalOptions, args: CheckArgs) -> CliResult {
    if let [file] = args.files.as_slice() {
        let session = read_session(file)?;
        return print_line(&ok_line(file, &session));
    }
    let mut failed = 0;
    for file in &args.files {
        match read_session(file) {
            Ok(session) => print_line(&ok_line(file, &session))?,
            Err(error) => {
                warn(&error.message);
                failed += 1;
            }
        }
    }
    if failed == 0 {
        return Ok(());
    }
    Err(CliError::new(fill(
        language(),
        Msg::CliCheckFailed,
        &[("failed", &failed), ("total", &args.files.len())],
    )))
}

fn ok_line(path: &Path, session: &Session) -> String {
    fill(
        language(),
        Msg::CliCheckOk,
        &[("summary", &summary_line(path, session))],
    )
}

/// `FILE: "Title" (method, de): 5 phases, 8 participants, ...`
pub fn summary_line(path: &Path, session: &Session) -> String {
    let lang = language();
    let s = session.summary();
    let mut kind = vec![
        crate::core::text::clean_line(&session.method),
        session.language.code().to_string(),
    ];
    if session.anonymous {
        kind.push(tr(lang, Msg::CliAnonymous).to_string());
    }
    let rounds = if s.rounds == 0 {
        tr(lang, Msg::CliNoRounds).to_string()
    } else {
        fill(
            lang,
            Msg::CliRoundsWithBallots,
            &[
                ("rounds", &count(s.rounds, Msg::CliRounds)),
                ("ballots", &count(s.ballots, Msg::CliBallots)),
            ],
        )
    };
    fill(
        lang,
        Msg::CliSummary,
        &[
            ("file", &shown(path)),
            ("title", &format!("\"{}\"", escape(&session.title))),
            ("kind", &kind.join(", ")),
            ("phases", &count(s.phases, Msg::CliPhases)),
            ("participants", &count(s.participants, Msg::CliParticipants)),
            ("ideas", &count(s.ideas, Msg::CliIdeas)),
            ("clusters", &count(s.clusters, Msg::CliClusters)),
            ("rounds", &rounds),
            ("actions", &count(s.actions, Msg::CliActions)),
            ("open", &s.open_actions),
        ],
    )
}
