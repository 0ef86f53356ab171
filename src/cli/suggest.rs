//! `plenum suggest`: cluster proposals for the unclustered ideas of a phase,
//! printed as text or JSON, and with `--apply` saved as clusters (for an idea
//! list imported from a survey).

use super::{CliError, CliResult, GlobalOptions, shown};
use crate::core::clustering::{Suggestion, apply_suggestions, suggest};
use crate::core::{ClusterId, DomainError, IdeaId, Language, PhaseId, Session};
use crate::store;
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct SuggestArgs {
    /// The session file.
    pub file: PathBuf,
    /// The phase: its number in the agenda (1 is the first) or its id.
    #[arg(long, value_name = "N|PHASE_ID")]
    pub phase: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SuggestFormat::Text)]
    pub format: SuggestFormat,
    /// Save the proposals as clusters of the phase (in one step that the app can undo).
    #[arg(long)]
    pub apply: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SuggestFormat {
    /// Readable text: one block per proposal.
    Text,
    /// JSON: a list of clusters, each with a name and the ids and texts of its ideas.
    Json,
}

pub fn run(global: &GlobalOptions, args: SuggestArgs) -> CliResult {
    if args.apply {
        // Locked from reading to saving, so no other plenum writes in between.
        let (mut file, mut session) = store::SessionFile::open(&args.file)?;
        let phase = find_phase(&session, &args.phase)?;
        let proposals = suggest(&session, phase);
        let before = session.clone();
        let lang = super::interface_language(global);
        let clusters = save_as_clusters(&mut session, phase, &proposals, lang)?;
        if !clusters.is_empty() {
            session.updated = jiff::Timestamp::now();
            file.save(&session)?;
        }
        print(&render(&before, phase, &proposals, &clusters, args.format))?;
        if args.format == SuggestFormat::Text {
            print(&saved_note(clusters.len(), &shown(&args.file)))?;
        }
    } else {
        let session = store::load(&args.file)?;
        let phase = find_phase(&session, &args.phase)?;
        let proposals = suggest(&session, phase);
        print(&render(&session, phase, &proposals, &[], args.format))?;
    }
    Ok(())
}

/// The phase named on the command line: a number from 1, or a phase id.
fn find_phase(session: &Session, given: &str) -> Result<PhaseId, CliError> {
    let given = given.trim();
    if let Ok(number) = given.parse::<usize>() {
        return match number.checked_sub(1).and_then(|index| session.phases.get(index)) {
            Some(phase) => Ok(phase.id),
            None => Err(CliError::new(format!(
                "there is no phase {number}: the agenda has {} phases (numbered from 1)",
                session.phases.len()
            ))),
        };
    }
    let id = uuid::Uuid::parse_str(given).map_err(|_| {
        CliError::new(format!(
            "--phase takes the number of a phase (1 is the first) or a phase id, not {given:?}"
        ))
    })?;
    session
        .phase(PhaseId(id))
        .map(|phase| phase.id)
        .ok_or_else(|| CliError::new(format!("the session has no phase with id {id}")))
}

/// Applies all proposals as one command; returns the new clusters' ids, in
/// the order of the proposals.
fn save_as_clusters(
    session: &mut Session,
    phase: PhaseId,
    proposals: &[Suggestion],
    lang: Language,
) -> Result<Vec<ClusterId>, CliError> {
    if proposals.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<ClusterId> = proposals.iter().map(|_| ClusterId::random()).collect();
    let mut next = ids.iter().copied();
    let failed = |error: DomainError| {
        let reason = crate::i18n::describe_refusal(lang, &error);
        CliError::new(format!("could not save the clusters: {reason}"))
    };
    let command = apply_suggestions(session, phase, proposals, || {
        next.next().unwrap_or_else(ClusterId::random)
    })
    .map_err(failed)?;
    // The inverse it returns is for an undo history; the command line keeps none.
    session.apply(command).map_err(failed)?;
    Ok(ids)
}

fn render(
    session: &Session,
    phase: PhaseId,
    proposals: &[Suggestion],
    clusters: &[ClusterId],
    format: SuggestFormat,
) -> String {
    // One look-up table for all proposals: finding each idea by a scan of
    // the session took minutes at 100,000 ideas.
    let texts: HashMap<IdeaId, &str> = session
        .ideas_in(phase)
        .map(|idea| (idea.id, idea.text.as_str()))
        .collect();
    match format {
        SuggestFormat::Text => text(session, phase, proposals, &texts),
        SuggestFormat::Json => json(proposals, clusters, &texts),
    }
}

fn text(
    session: &Session,
    phase: PhaseId,
    proposals: &[Suggestion],
    texts: &HashMap<IdeaId, &str>,
) -> String {
    let title = session.phase(phase).map_or("", |p| p.title.as_str());
    let unclustered = session
        .ideas_in(phase)
        .filter(|idea| idea.cluster.is_none() && !idea.hidden)
        .count();
    let grouped: usize = proposals.iter().map(|p| p.ideas.len()).sum();
    let mut out = format!(
        "{} for \"{title}\": {unclustered} unclustered {}, {} left on their own\n",
        count(proposals.len(), "proposal", "proposals"),
        if unclustered == 1 { "idea" } else { "ideas" },
        unclustered - grouped
    );
    for (number, proposal) in proposals.iter().enumerate() {
        out.push_str(&format!(
            "\n{}. {} ({})\n",
            number + 1,
            proposal.name,
            count(proposal.ideas.len(), "idea", "ideas")
        ));
        for id in &proposal.ideas {
            let text = texts.get(id).copied().unwrap_or_default();
            out.push_str(&format!("   - {}\n", text.replace('\n', " / ")));
        }
    }
    out
}

#[derive(Serialize)]
struct ProposalJson<'a> {
    name: &'a str,
    /// The id of the cluster it was saved as (with `--apply`).
    #[serde(skip_serializing_if = "Option::is_none")]
    cluster: Option<String>,
    ideas: Vec<IdeaJson<'a>>,
}

#[derive(Serialize)]
struct IdeaJson<'a> {
    id: String,
    text: &'a str,
}

fn json(proposals: &[Suggestion], clusters: &[ClusterId], texts: &HashMap<IdeaId, &str>) -> String {
    let list: Vec<ProposalJson> = proposals
        .iter()
        .enumerate()
        .map(|(index, proposal)| ProposalJson {
            name: &proposal.name,
            cluster: clusters.get(index).map(ToString::to_string),
            ideas: proposal
                .ideas
                .iter()
                .map(|id| IdeaJson {
                    id: id.to_string(),
                    text: texts.get(id).copied().unwrap_or_default(),
                })
                .collect(),
        })
        .collect();
    // Serialising plain strings and lists cannot fail.
    let mut out = serde_json::to_string_pretty(&list).unwrap_or_else(|_| "[]".into());
    out.push('\n');
    out
}

fn saved_note(clusters: usize, file: &str) -> String {
    match clusters {
        0 => "\nNothing to save.\n".to_string(),
        n => format!("\nSaved {} in {file}.\n", count(n, "cluster", "clusters")),
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn print(text: &str) -> CliResult {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|error| CliError::new(format!("could not write the proposals: {error}")))
}
