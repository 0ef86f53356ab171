//! `plenum check`: validate session files and summarise them in one line.

use super::{CliError, CliResult, GlobalOptions, shown};
use crate::core::Session;
use crate::store;
use clap::Args;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The session file(s) to check.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

/// Prints `ok: FILE: summary` for each good file and `plenum: FILE:LINE:COL:
/// problem` on stderr for each bad one; fails if any file is bad.
pub fn run(_global: &GlobalOptions, args: CheckArgs) -> CliResult {
    if let [file] = args.files.as_slice() {
        let session = store::load(file)?;
        println!("ok: {}", summary_line(file, &session));
        return Ok(());
    }
    let mut failed = 0;
    for file in &args.files {
        match store::load(file) {
            Ok(session) => println!("ok: {}", summary_line(file, &session)),
            Err(error) => {
                eprintln!("plenum: {error}");
                failed += 1;
            }
        }
    }
    if failed == 0 {
        return Ok(());
    }
    Err(CliError::new(format!(
        "{failed} of {} files are not usable sessions",
        args.files.len()
    )))
}

/// `FILE: "Title" (method, de): 5 phases, 8 participants, ...`
pub fn summary_line(path: &Path, session: &Session) -> String {
    let s = session.summary();
    let mut kind = vec![
        crate::core::text::clean_line(&session.method),
        session.language.code().to_string(),
    ];
    if session.anonymous {
        kind.push("anonymous".into());
    }
    let rounds = if s.rounds == 0 {
        "no voting rounds".to_string()
    } else {
        format!(
            "{} with {}",
            count(s.rounds, "voting round", "voting rounds"),
            count(s.ballots, "ballot", "ballots")
        )
    };
    format!(
        "{}: {:?} ({}): {}, {}, {} in {}, {}, {} ({} open)",
        shown(path),
        session.title,
        kind.join(", "),
        count(s.phases, "phase", "phases"),
        count(s.participants, "participant", "participants"),
        count(s.ideas, "idea", "ideas"),
        count(s.clusters, "cluster", "clusters"),
        rounds,
        count(s.actions, "action", "actions"),
        s.open_actions,
    )
}

pub(super) fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}
