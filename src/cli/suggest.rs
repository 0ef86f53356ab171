//! `plenum suggest`: cluster proposals for the unclustered ideas of a phase,
//! printed as text or JSON, and with `--apply` saved as clusters (for an idea
//! list imported from a survey).

use super::escape::escape;
use super::language::{count, describe_refusal};
use super::output::{print, print_json};
use super::{CliError, CliResult, GlobalOptions, language, shown};
use crate::core::clustering::{Suggestion, apply_suggestions, suggest};
use crate::core::{ClusterId, DomainError, IdeaId, PhaseId, Session};
use crate::i18n::{Msg, fill, tr};
use crate::store;
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::collections::HashMap;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct SuggestArgs {
    /// The session file.
    pub file: PathBuf,
    /// The phase: its number in the agenda (1 is the first) or its id.
    #[arg(long, value_name = "N|PHASE_ID")]
    pub phase: String,
    /// Output format: readable text, or JSON (a list of clusters with the ids and texts of their ideas).
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

pub fn run(_global: &GlobalOptions, args: SuggestArgs) -> CliResult {
    if args.apply {
        // Locked from reading to saving, so no other plenum writes in between.
        let (mut file, mut session) = store::SessionFile::open(&args.file)?;
        let phase = find_phase(&session, &args.phase)?;
        let proposals = suggest(&session, phase);
        let before = session.clone();
        let clusters = save_as_clusters(&mut session, phase, &proposals)?;
        if !clusters.is_empty() {
            session.updated = jiff::Timestamp::now();
            file.save(&session)?;
        }
        let texts = idea_texts(&before, phase);
        match args.format {
            SuggestFormat::Text => print(&format!(
                "{}{}",
                text(&before, phase, &proposals, &texts),
                saved_note(clusters.len(), &shown(&args.file))
            )),
            SuggestFormat::Json => print_json(&json(&proposals, &clusters, &texts)),
        }
    } else {
        let session = store::load(&args.file)?;
        let phase = find_phase(&session, &args.phase)?;
        let proposals = suggest(&session, phase);
        let texts = idea_texts(&session, phase);
        match args.format {
            SuggestFormat::Text => print(&text(&session, phase, &proposals, &texts)),
            SuggestFormat::Json => print_json(&json(&proposals, &[], &texts)),
        }
    }
}

/// The phase named on the command line: a number from 1, or a phase id.
fn find_phase(session: &Session, given: &str) -> Result<PhaseId, CliError> {
    let given = given.trim();
    if let Ok(number) = given.parse::<usize>() {
        return match number.checked_sub(1).and_then(|index| session.phases.get(index)) {
            Some(phase) => Ok(phase.id),
            None => Err(CliError::new(fill(
                language(),
                Msg::CliNoPhaseNumber,
                &[("number", &number), ("total", &session.phases.len())],
            ))),
        };
    }
    let id = uuid::Uuid::parse_str(given).map_err(|_| {
        CliError::new(fill(
            language(),
            Msg::CliPhaseArgument,
            &[("given", &format!("\"{}\"", escape(given)))],
        ))
    })?;
    session
        .phase(PhaseId(id))
        .map(|phase| phase.id)
        .ok_or_else(|| CliError::new(fill(language(), Msg::CliNoPhaseId, &[("id", &id)])))
}

/// Applies all proposals as one command; returns the new clusters' ids, in
/// the order of the proposals.
fn save_as_clusters(
    session: &mut Session,
    phase: PhaseId,
    proposals: &[Suggestion],
) -> Result<Vec<ClusterId>, CliError> {
    if proposals.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<ClusterId> = proposals.iter().map(|_| ClusterId::random()).collect();
    let mut next = ids.iter().copied();
    let failed = |error: DomainError| {
        CliError::new(fill(
            language(),
            Msg::CliClustersNotSaved,
            &[("error", &describe_refusal(&error))],
        ))
    };
    let command = apply_suggestions(session, phase, proposals, || {
        next.next().unwrap_or_else(ClusterId::random)
    })
    .map_err(failed)?;
    // The inverse it returns is for an undo history; the command line keeps none.
    session.apply(command).map_err(failed)?;
    Ok(ids)
}

/// One look-up table for all proposals: finding each idea by a scan of the
/// session took minutes at 100,000 ideas.
fn idea_texts(session: &Session, phase: PhaseId) -> HashMap<IdeaId, &str> {
    session
        .ideas_in(phase)
        .map(|idea| (idea.id, idea.text.as_str()))
        .collect()
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
    let mut out = fill(
        language(),
        Msg::CliSuggestHeader,
        &[
            ("proposals", &count(proposals.len(), Msg::CliProposals)),
            ("title", &escape(title)),
            ("unclustered", &count(unclustered, Msg::CliUnclusteredIdeas)),
            ("alone", &(unclustered - grouped)),
        ],
    );
    out.push('\n');
    for (number, proposal) in proposals.iter().enumerate() {
        out.push_str(&format!(
            "\n{}. {} ({})\n",
            number + 1,
            escape(&proposal.name),
            count(proposal.ideas.len(), Msg::CliIdeas)
        ));
        for id in &proposal.ideas {
            let text = texts.get(id).copied().unwrap_or_default();
            out.push_str(&format!("   - {}\n", escape(&text.replace('\n', " / "))));
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
    let lang = language();
    match clusters {
        0 => format!("\n{}\n", tr(lang, Msg::CliNothingToSave)),
        n => format!(
            "\n{}\n",
            fill(
                lang,
                Msg::CliClustersSaved,
                &[("clusters", &count(n, Msg::CliClusters)), ("file", &file)],
            )
        ),
    }
}
