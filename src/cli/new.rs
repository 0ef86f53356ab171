//! `plenum new`: a session from a method template.

use super::{CliError, CliResult, GlobalOptions, interface_language, shown};
use crate::core::{MethodTemplate, NewSession};
use crate::store::{self, SessionFile};
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
    let template = find_template(&args.method)?;
    let options = NewSession {
        title: args.title,
        language: interface_language(global),
        facilitator: args.facilitator,
        participants: split_names(args.participants.as_deref().unwrap_or_default()),
        anonymous: args.anonymous,
    };
    let session = template.instantiate(options, jiff::Timestamp::now());
    let path = match args.output {
        Some(path) => path,
        None => {
            let dir = super::sessions_dir(global)?;
            std::fs::create_dir_all(&dir)
                .map_err(|e| CliError::new(format!("{}: could not create the folder: {e}", shown(&dir))))?;
            store::new_session_path(&dir, &session)
        }
    };
    SessionFile::create(&path, &session)?;
    println!("{}", shown(&path));
    Ok(())
}

/// The template with this id, built in or the user's own. Problems with the
/// user's templates are reported but do not stop the command.
pub(super) fn find_template(id: &str) -> Result<MethodTemplate, CliError> {
    let (templates, problems) = store::templates(store::config_dir().as_deref());
    for problem in &problems {
        eprintln!(
            "plenum: warning: {}: template skipped: {}",
            shown(&problem.path),
            problem.message
        );
    }
    let wanted = id.trim();
    if let Some(template) = templates.iter().find(|t| t.id.eq_ignore_ascii_case(wanted)) {
        return Ok(template.clone());
    }
    let known: Vec<&str> = templates.iter().map(|t| t.id.as_str()).collect();
    Err(CliError::new(format!(
        "unknown method {wanted:?}; known methods: {} (see `plenum templates`)",
        known.join(", ")
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
