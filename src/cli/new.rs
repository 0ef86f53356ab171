//! `plenum new`: a session from a method template.

use super::language::describe_io;
use super::output::print_line;
use super::{CliError, CliResult, GlobalOptions, language, shown};
use crate::core::{MethodTemplate, NewSession};
use crate::i18n::{Msg, fill, tr};
use crate::store::{self, SessionFile};
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Template id, e.g. zukunftswerkstatt, design-thinking, retro, brainstorm
    /// (with --from: default the previous session's method).
    #[arg(long, short = 'm', value_name = "ID", required_unless_present = "from")]
    pub method: Option<String>,
    /// Continue a previous session (the permanent workshop): its open actions
    /// are carried into a review phase at the start, its participants too.
    #[arg(long, value_name = "OLD.ron")]
    pub from: Option<PathBuf>,
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

/// The session language is the global `--lang` (default: the previous
/// session's with --from, else LANG).
pub fn run(global: &GlobalOptions, args: NewArgs) -> CliResult {
    let previous = match &args.from {
        Some(path) => Some(store::load(path)?),
        None => None,
    };
    let method = match (&args.method, &previous) {
        (Some(method), _) => method.clone(),
        (None, Some(previous)) => previous.method.clone(),
        (None, None) => {
            return Err(CliError::new(tr(language(), Msg::CliNewNoMethod)));
        }
    };
    let template = find_template(&method)?;
    let session_language = match (global.lang, &previous) {
        (None, Some(previous)) => previous.language,
        _ => language(),
    };
    let options = NewSession {
        title: args.title,
        language: session_language,
        facilitator: args.facilitator,
        participants: split_names(args.participants.as_deref().unwrap_or_default()),
        anonymous: args.anonymous,
    };
    let now = jiff::Timestamp::now();
    let session = match &previous {
        Some(previous) => crate::core::followup::start_from_previous(previous, &template, options, now),
        None => template.instantiate(options, now),
    };
    let path = match args.output {
        Some(path) => path,
        None => {
            let dir = super::sessions_dir(global)?;
            std::fs::create_dir_all(&dir).map_err(|error| {
                CliError::new(fill(
                    language(),
                    Msg::CliCannotCreateFolder,
                    &[("path", &shown(&dir)), ("error", &describe_io(&error))],
                ))
            })?;
            store::new_session_path(&dir, &session)
        }
    };
    SessionFile::create(&path, &session)?;
    print_line(&shown(&path))
}

/// The template with this id, built in or the user's own. Problems with the
/// user's templates are reported but do not stop the command.
pub(super) fn find_template(id: &str) -> Result<MethodTemplate, CliError> {
    let (templates, problems) = store::templates(store::config_dir().as_deref());
    for problem in &problems {
        super::list::warn_template_skipped(problem);
    }
    let wanted = id.trim();
    if let Some(template) = templates.iter().find(|t| t.id.eq_ignore_ascii_case(wanted)) {
        return Ok(template.clone());
    }
    let known: Vec<&str> = templates.iter().map(|t| t.id.as_str()).collect();
    Err(CliError::new(fill(
        language(),
        Msg::CliUnknownMethod,
        &[
            ("method", &format!("\"{}\"", super::escape::escape(wanted))),
            ("known", &known.join(", ")),
        ],
    )))
}

/// `"Anna, Ben,,anna"` -> `["Anna", "Ben"]`: trimmed, blanks and repeated
/// names (ignoring case) dropped, first spelling kept.
pub fn split_names(list: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        if !names
            .iter()
            .any(|known| known.to_lowercase() == name.to_lowercase())
        {
            names.push(name.to_string());
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_deduplicated() {
        assert_eq!(
            split_names(" Anna , Ben,,anna, Änne ,ÄNNE, "),
            vec!["Anna", "Ben", "Änne"]
        );
        assert!(split_names("").is_empty());
        assert!(split_names(" , ,").is_empty());
    }
}
