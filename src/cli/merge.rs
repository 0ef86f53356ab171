//! `plenum merge BASE OURS THEIRS [NAME]`: git's merge driver for session
//! files. With `* merge=plenum` (or `*.ron merge=plenum`) in
//! `.gitattributes` and `[merge "plenum"] driver = plenum merge %O %A %B %P`
//! in the git config, git merges two facilitators' versions of a session by
//! ids instead of by lines. The result goes to OURS (git's `%A`); the exit
//! code is 0 for a clean merge and 1 when conflicts are left for the
//! facilitator (listed on stderr). A file that cannot be read, or one from a
//! newer plenum, is refused with exit code 2 and nothing is written.

use super::{CliError, CliResult, GlobalOptions, interface_language};
use crate::core::merge::{Conflict, Kind, MergeError, merge};
use crate::core::{Language, Session};
use crate::i18n::{Msg, describe_store_error, fill, tr};
use crate::store::{self, StoreError};
use clap::Args;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The common ancestor (git's %O); an empty file when there is none.
    #[arg(value_name = "BASE")]
    pub base: PathBuf,
    /// Our version (git's %A); the merged session is written here.
    #[arg(value_name = "OURS")]
    pub ours: PathBuf,
    /// Their version (git's %B).
    #[arg(value_name = "THEIRS")]
    pub theirs: PathBuf,
    /// The file's name in the repository, for messages (git's %P).
    #[arg(value_name = "NAME")]
    pub name: Option<String>,
}

/// Exit code when the inputs are refused (git then reports a conflict and
/// leaves OURS as it was).
const REFUSED: u8 = 2;

pub fn run(global: &GlobalOptions, args: MergeArgs) -> CliResult {
    let lang = interface_language(global);
    let name = args
        .name
        .clone()
        .unwrap_or_else(|| args.ours.display().to_string());
    let refuse = |detail: String| CliError {
        message: fill(lang, Msg::MergeRefused, &[("name", &name), ("detail", &detail)]),
        code: REFUSED,
    };
    let base = read_base(&args.base).map_err(|e| refuse(describe_store_error(lang, &e, "")))?;
    let ours = read(&args.ours, lang).map_err(&refuse)?;
    let theirs = read(&args.theirs, lang).map_err(&refuse)?;
    let merged =
        merge(base.as_ref(), &ours, &theirs).map_err(|error| refuse(describe_merge_error(lang, &error)))?;
    let text = store::to_ron(&merged.session).map_err(|error| {
        let error = StoreError::Serialise {
            path: args.ours.clone(),
            message: error.0,
        };
        refuse(describe_store_error(lang, &error, ""))
    })?;
    store::write_atomically(&args.ours, text.as_bytes())
        .map_err(|error| refuse(describe_store_error(lang, &error, "")))?;
    if merged.is_clean() {
        return Ok(());
    }
    for conflict in &merged.conflicts {
        eprintln!("plenum: {name}: {}", describe_conflict(lang, conflict));
    }
    Err(CliError::new(fill(
        lang,
        Msg::MergeConflicts,
        &[("name", &name), ("count", &merged.conflicts.len())],
    )))
}

/// The base, or `None` when git passes an empty file (no common ancestor).
fn read_base(path: &Path) -> Result<Option<Session>, StoreError> {
    let bytes = std::fs::read(path).map_err(|source| StoreError::io(path, "read", source))?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    store::parse_bytes(&bytes)
        .map(Some)
        .map_err(|error| StoreError::Format {
            path: path.to_path_buf(),
            error,
        })
}

/// One side; an empty side is refused (git never passes one for a file
/// that exists on both sides).
fn read(path: &Path, lang: Language) -> Result<Session, String> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.len() == 0 => {
            return Err(fill(lang, Msg::MergeOursEmpty, &[("path", &path.display())]));
        }
        _ => {}
    }
    store::load(path).map_err(|error| describe_store_error(lang, &error, ""))
}

fn describe_merge_error(lang: Language, error: &MergeError) -> String {
    match error {
        MergeError::DifferentSessions { .. } => tr(lang, Msg::MergeDifferentSessions).to_string(),
        MergeError::Inconsistent(detail) => fill(lang, Msg::MergeInconsistent, &[("detail", detail)]),
    }
}

/// One line (or a few) per conflict, in the interface language.
pub fn describe_conflict(lang: Language, conflict: &Conflict) -> String {
    match conflict {
        Conflict::IdeaText { ours, theirs, .. } => fill(
            lang,
            Msg::MergeIdeaText,
            &[("ours", &one_line(ours)), ("theirs", &one_line(theirs))],
        ),
        Conflict::ActionText { ours, theirs, .. } => fill(
            lang,
            Msg::MergeActionText,
            &[("ours", &one_line(ours)), ("theirs", &one_line(theirs))],
        ),
        Conflict::BothChanged { kind, label, fields } => {
            let fields: Vec<&str> = fields.iter().map(|f| field_name(lang, f)).collect();
            fill(
                lang,
                Msg::MergeBothChanged,
                &[
                    ("kind", &kind_name(lang, *kind)),
                    ("label", label),
                    ("fields", &fields.join(", ")),
                ],
            )
        }
        Conflict::EditedAndDeleted { kind, label } => fill(
            lang,
            Msg::MergeEditedDeleted,
            &[("kind", &kind_name(lang, *kind)), ("label", label)],
        ),
        Conflict::StillUsed { kind, label } => fill(
            lang,
            Msg::MergeStillUsed,
            &[("kind", &kind_name(lang, *kind)), ("label", label)],
        ),
        Conflict::BallotChanged { round, participant } => fill(
            lang,
            Msg::MergeBallotChanged,
            &[("round", round), ("participant", participant)],
        ),
        Conflict::VotesNotMerged { round, voters } => fill(
            lang,
            Msg::MergeVotesNotMerged,
            &[("round", round), ("count", voters)],
        ),
        Conflict::AnswersNotMerged {
            question,
            respondents,
        } => fill(
            lang,
            Msg::MergeAnswersNotMerged,
            &[("question", question), ("count", respondents)],
        ),
        Conflict::MadeAnonymous { authors, ballots } => fill(
            lang,
            Msg::MergeMadeAnonymous,
            &[("authors", authors), ("ballots", ballots)],
        ),
        Conflict::LeftCluster { idea } => fill(lang, Msg::MergeLeftCluster, &[("idea", idea)]),
        Conflict::SameName { name } => fill(lang, Msg::MergeSameName, &[("name", name)]),
    }
}

/// A multi-line text on one line of the report.
fn one_line(text: &str) -> String {
    text.lines().collect::<Vec<_>>().join(" / ")
}

fn kind_name(lang: Language, kind: Kind) -> &'static str {
    let msg = match kind {
        Kind::Session => Msg::MergeKindSession,
        Kind::Participant => Msg::MergeKindParticipant,
        Kind::Phase => Msg::MergeKindPhase,
        Kind::Idea => Msg::MergeKindIdea,
        Kind::Cluster => Msg::MergeKindCluster,
        Kind::Round => Msg::MergeKindRound,
        Kind::Action => Msg::MergeKindAction,
        Kind::Checkin => Msg::MergeKindCheckin,
    };
    tr(lang, msg)
}

fn field_name(lang: Language, field: &str) -> &'static str {
    let msg = match field {
        "title" => Msg::MergeFieldTitle,
        "method" => Msg::MergeFieldMethod,
        "language" => Msg::MergeFieldLanguage,
        "facilitator" => Msg::MergeFieldFacilitator,
        "continues" => Msg::MergeFieldContinues,
        "name" => Msg::MergeFieldName,
        "colour" => Msg::MergeFieldColour,
        "question" => Msg::MergeFieldQuestion,
        "timebox" => Msg::MergeFieldTimebox,
        "activities" => Msg::MergeFieldActivities,
        "phase" => Msg::MergeFieldPhase,
        "cluster" => Msg::MergeFieldCluster,
        "hidden" => Msg::MergeFieldHidden,
        "owner" => Msg::MergeFieldOwner,
        "due" => Msg::MergeFieldDue,
        "status" => Msg::MergeFieldStatus,
        "note" => Msg::MergeFieldNote,
        "source" => Msg::MergeFieldSource,
        "budget" | "dots" => Msg::MergeFieldBudget,
        "revote" => Msg::MergeFieldRevote,
        "runoff" => Msg::MergeFieldRunoff,
        _ => Msg::MergeFieldOther,
    };
    tr(lang, msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The German screens are checked for English catalogue texts; no English
    /// word of the merge report may hide inside a German text of the catalogue.
    #[test]
    fn no_english_merge_word_hides_in_german_texts() {
        let merge_texts = Msg::ALL.iter().filter(|m| format!("{m:?}").starts_with("Merge"));
        for msg in merge_texts {
            let (english, german) = (msg.text(Language::En), msg.text(Language::De));
            for piece in english.split(['{', '}']).step_by(2).map(str::trim) {
                if piece.chars().count() < 5 || german.contains(piece) {
                    continue;
                }
                for other in Msg::ALL {
                    let text = other.text(Language::De);
                    let literal = text.split(['{', '}']).step_by(2).any(|part| part.contains(piece));
                    assert!(!literal, "{msg:?}: {piece:?} is inside {other:?}: {text:?}");
                }
            }
        }
    }

    #[test]
    fn every_field_the_merge_names_has_a_name_in_both_languages() {
        let fields = [
            "title",
            "method",
            "language",
            "facilitator",
            "continues",
            "name",
            "colour",
            "question",
            "timebox",
            "activities",
            "phase",
            "cluster",
            "hidden",
            "owner",
            "due",
            "status",
            "note",
            "source",
            "budget",
            "dots",
            "revote",
            "runoff",
        ];
        for field in fields {
            for lang in Language::ALL {
                assert_ne!(field_name(lang, field), tr(lang, Msg::MergeFieldOther), "{field}");
            }
        }
    }
}
