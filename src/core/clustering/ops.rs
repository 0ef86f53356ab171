//! Cluster operations. Each reads the session and returns the command that
//! performs it; nothing changes until the caller applies that command. They
//! check what the generic commands cannot word well (a merge across phases,
//! merging ideas that were voted on) and leave the rest to `Session::apply`.
//!
//! Operations that can turn out to change nothing (moving ideas to where they
//! already are) return `Ok(None)`, so a front end adds no empty undo step.

use crate::core::command::{Command, DomainError, Refusal};
use crate::core::session::*;
use std::collections::HashSet;

/// Creates cluster `id` titled `title` at the end of the phase's clusters and
/// puts `ideas` into it (leaving their clusters, if any). The ideas keep their
/// board order; `ideas` may be empty for an empty cluster.
pub fn create_cluster(
    session: &Session,
    phase: PhaseId,
    id: ClusterId,
    title: &str,
    ideas: &[IdeaId],
) -> Result<Command, DomainError> {
    let cluster = Cluster {
        id,
        phase,
        title: title.to_string(),
    };
    let index = end_of_phase_clusters(session, phase)?;
    Ok(Command::Batch(new_cluster_commands(
        session, cluster, index, ideas,
    )?))
}

/// Moves `ideas` into `target` (a cluster, or `None` for the unclustered
/// ideas of their phase). They keep their order among themselves and come
/// after the ideas already there. `Ok(None)` when all are there already.
pub fn move_ideas(
    session: &Session,
    ideas: &[IdeaId],
    target: Option<ClusterId>,
) -> Result<Option<Command>, DomainError> {
    let selected = in_board_order(session, ideas)?;
    let Some(phase) = selected.first().map(|idea| idea.phase) else {
        return Ok(None);
    };
    if selected.iter().any(|idea| idea.phase != phase) {
        return Err(Refusal::IdeasOfDifferentPhases.into());
    }
    if let Some(target) = target {
        ensure_same_phase(find_cluster(session, target)?, phase)?;
    }
    let moving: Vec<&Idea> = selected
        .into_iter()
        .filter(|idea| idea.cluster != target)
        .collect();
    if moving.is_empty() {
        return Ok(None);
    }
    Ok(Some(Command::Batch(move_commands(
        session, phase, &moving, target,
    ))))
}

/// Gives a cluster a new title.
pub fn rename_cluster(session: &Session, id: ClusterId, title: &str) -> Result<Command, DomainError> {
    let cluster = find_cluster(session, id)?;
    Ok(Command::ReplaceCluster(Cluster {
        title: title.to_string(),
        ..cluster.clone()
    }))
}

/// Merges cluster `from` into `into`: the ideas of `from` follow those of
/// `into` in their order, action items that came from `from` now come from
/// `into`, and `from` is removed. Refused once `from` is a voting option,
/// because its dots cannot be carried over honestly.
pub fn merge_clusters(session: &Session, into: ClusterId, from: ClusterId) -> Result<Command, DomainError> {
    if into == from {
        return Err(Refusal::ClusterMergedWithItself.into());
    }
    let target = find_cluster(session, into)?;
    let source = find_cluster(session, from)?;
    if source.phase != target.phase {
        return Err(Refusal::ClustersOfDifferentPhases.into());
    }
    if is_vote_option(session, VoteOption::Cluster(from)) {
        return Err(Refusal::VotedClusterMerged.into());
    }
    let moving: Vec<&Idea> = session.ideas_of_cluster(from).collect();
    let mut commands = move_commands(session, target.phase, &moving, Some(into));
    commands.extend(retarget_actions(
        session,
        ActionSource::Cluster(from),
        ActionSource::Cluster(into),
    ));
    commands.push(Command::RemoveCluster(from));
    Ok(Command::Batch(commands))
}

/// Why the cluster cannot be dissolved, if it cannot: it is up for a vote, or
/// an action item comes from it. Front ends ask this before offering the step.
pub fn dissolve_refusal(session: &Session, id: ClusterId) -> Option<Refusal> {
    if is_vote_option(session, VoteOption::Cluster(id)) {
        return Some(Refusal::ClusterIsVoteOption);
    }
    session
        .actions
        .iter()
        .any(|action| action.source == Some(ActionSource::Cluster(id)))
        .then_some(Refusal::ClusterHasActions)
}

/// Dissolves a cluster: its ideas go back to the unclustered ideas of the
/// phase (after those already there, in their order) and the cluster is
/// removed. Refused while a voting round or an action item refers to it.
pub fn dissolve_cluster(session: &Session, id: ClusterId) -> Result<Command, DomainError> {
    let cluster = find_cluster(session, id)?;
    if let Some(refusal) = dissolve_refusal(session, id) {
        return Err(refusal.into());
    }
    let moving: Vec<&Idea> = session.ideas_of_cluster(id).collect();
    let mut commands = move_commands(session, cluster.phase, &moving, None);
    commands.push(Command::RemoveCluster(id));
    Ok(Command::Batch(commands))
}

/// Moves a cluster to `position` among the clusters of its phase (0 = first;
/// positions past the end mean last). `Ok(None)` when it is there already.
pub fn move_cluster_to(
    session: &Session,
    id: ClusterId,
    position: usize,
) -> Result<Option<Command>, DomainError> {
    let cluster = find_cluster(session, id)?;
    let group: Vec<usize> = indices_where(&session.clusters, |c| c.phase == cluster.phase);
    let from = group
        .iter()
        .position(|&index| session.clusters[index].id == id)
        .ok_or_else(|| not_found("cluster", id))?;
    Ok(index_in_list(&group, from, position).map(|to| Command::MoveCluster { id, to }))
}

/// Moves an idea to `position` within its cluster (or within the unclustered
/// ideas of its phase). Past the end means last. `Ok(None)` when it is there
/// already.
pub fn move_idea_to(session: &Session, id: IdeaId, position: usize) -> Result<Option<Command>, DomainError> {
    let idea = find_idea(session, id)?;
    let group: Vec<usize> = indices_where(&session.ideas, |other| {
        other.phase == idea.phase && other.cluster == idea.cluster
    });
    let from = group
        .iter()
        .position(|&index| session.ideas[index].id == id)
        .ok_or_else(|| not_found("idea", id))?;
    Ok(index_in_list(&group, from, position).map(|to| Command::MoveIdea { id, to }))
}

/// Merges idea `other` into `keep` (duplicates): the texts are joined with a
/// line break, the authors of both are kept, `keep` stays where it is and in
/// its cluster, action items that came from `other` now come from `keep`, and
/// `other` is removed. The merged card stays covered if either was covered, so
/// a merge never reveals a hidden card. Refused once either idea is a voting
/// option.
pub fn merge_ideas(session: &Session, keep: IdeaId, other: IdeaId) -> Result<Command, DomainError> {
    if keep == other {
        return Err(Refusal::IdeaMergedWithItself.into());
    }
    let kept = find_idea(session, keep)?;
    let merged_away = find_idea(session, other)?;
    if kept.phase != merged_away.phase {
        return Err(Refusal::IdeasOfDifferentPhasesMerged.into());
    }
    if is_vote_option(session, VoteOption::Idea(keep)) || is_vote_option(session, VoteOption::Idea(other)) {
        return Err(Refusal::VotedIdeaMerged.into());
    }
    let mut authors = kept.authors.clone();
    for author in &merged_away.authors {
        if !authors.contains(author) {
            authors.push(*author);
        }
    }
    let merged = Idea {
        text: format!("{}\n{}", kept.text, merged_away.text),
        authors,
        hidden: kept.hidden || merged_away.hidden,
        ..kept.clone()
    };
    let mut commands = vec![Command::ReplaceIdea(merged)];
    commands.extend(retarget_actions(
        session,
        ActionSource::Idea(other),
        ActionSource::Idea(keep),
    ));
    commands.push(Command::RemoveIdea(other));
    Ok(Command::Batch(commands))
}

/// The commands that add `cluster` at `index` and put `ideas` into it.
pub(super) fn new_cluster_commands(
    session: &Session,
    cluster: Cluster,
    index: usize,
    ideas: &[IdeaId],
) -> Result<Vec<Command>, DomainError> {
    let selected = in_board_order(session, ideas)?;
    for idea in &selected {
        ensure_same_phase(&cluster, idea.phase)?;
    }
    let id = cluster.id;
    let mut commands = vec![Command::AddCluster { cluster, index }];
    commands.extend(
        selected
            .into_iter()
            .filter(|idea| idea.cluster != Some(id))
            .map(|idea| {
                Command::ReplaceIdea(Idea {
                    cluster: Some(id),
                    ..idea.clone()
                })
            }),
    );
    Ok(commands)
}

/// Where a new cluster of `phase` goes in `Session::clusters`: after the
/// phase's last cluster, so each phase's clusters stay together in the file.
pub(super) fn end_of_phase_clusters(session: &Session, phase: PhaseId) -> Result<usize, DomainError> {
    session.phase(phase).ok_or_else(|| not_found("phase", phase))?;
    Ok(session
        .clusters
        .iter()
        .rposition(|cluster| cluster.phase == phase)
        .map_or(session.clusters.len(), |last| last + 1))
}

/// The ideas of `ids` in board order, each once; every id must exist.
fn in_board_order<'a>(session: &'a Session, ids: &[IdeaId]) -> Result<Vec<&'a Idea>, DomainError> {
    let wanted: HashSet<IdeaId> = ids.iter().copied().collect();
    let found: Vec<&Idea> = session
        .ideas
        .iter()
        .filter(|idea| wanted.contains(&idea.id))
        .collect();
    if found.len() != wanted.len() {
        let missing = ids
            .iter()
            .find(|id| !found.iter().any(|idea| idea.id == **id))
            .map(ToString::to_string)
            .unwrap_or_default();
        return Err(DomainError::NotFound {
            kind: "idea",
            id: missing,
        });
    }
    Ok(found)
}

/// Sets the cluster of `moving` to `target` and moves them, in their order,
/// behind the last idea already in the target group. With no idea there they
/// stay where they are: their relative order is already the board order.
fn move_commands(
    session: &Session,
    phase: PhaseId,
    moving: &[&Idea],
    target: Option<ClusterId>,
) -> Vec<Command> {
    let moving_ids: HashSet<IdeaId> = moving.iter().map(|idea| idea.id).collect();
    let mut commands: Vec<Command> = moving
        .iter()
        .map(|idea| {
            Command::ReplaceIdea(Idea {
                cluster: target,
                ..(*idea).clone()
            })
        })
        .collect();
    let anchor = session
        .ideas
        .iter()
        .rev()
        .find(|idea| idea.phase == phase && idea.cluster == target && !moving_ids.contains(&idea.id))
        .map(|idea| idea.id);
    let Some(mut anchor) = anchor else {
        return commands;
    };
    // Replays the moves on a list of ids so each `to` is right for the list
    // as it will be when that move is applied.
    let mut order: Vec<IdeaId> = session.ideas.iter().map(|idea| idea.id).collect();
    for idea in moving {
        let Some(from) = order.iter().position(|id| *id == idea.id) else {
            continue;
        };
        order.remove(from);
        let to = order
            .iter()
            .position(|id| *id == anchor)
            .map_or(order.len(), |at| at + 1);
        order.insert(to, idea.id);
        if to != from {
            commands.push(Command::MoveIdea { id: idea.id, to });
        }
        anchor = idea.id;
    }
    commands
}

/// The `to` of a move command that takes the item at `group[from]` to
/// `position` within `group` (indices into the full list, ascending), or
/// `None` when it is there already. Moving down, it lands right after the
/// member it passes; moving up, right before the member it displaces, so
/// items of other groups in between stay where they are.
fn index_in_list(group: &[usize], from: usize, position: usize) -> Option<usize> {
    let position = position.min(group.len().saturating_sub(1));
    if position == from {
        return None;
    }
    let removed = group[from];
    // The other members' indices once the moving item has left the list.
    let others: Vec<usize> = group
        .iter()
        .filter(|&&index| index != removed)
        .map(|&index| if index > removed { index - 1 } else { index })
        .collect();
    if position > from {
        others.get(position - 1).map(|&passed| passed + 1)
    } else {
        others.get(position).copied()
    }
}

fn indices_where<T>(items: &[T], keep: impl Fn(&T) -> bool) -> Vec<usize> {
    items
        .iter()
        .enumerate()
        .filter(|(_, item)| keep(item))
        .map(|(index, _)| index)
        .collect()
}

fn retarget_actions(session: &Session, from: ActionSource, to: ActionSource) -> Vec<Command> {
    session
        .actions
        .iter()
        .filter(|action| action.source == Some(from))
        .map(|action| {
            Command::ReplaceAction(ActionItem {
                source: Some(to),
                ..action.clone()
            })
        })
        .collect()
}

fn ensure_same_phase(cluster: &Cluster, phase: PhaseId) -> Result<(), DomainError> {
    if cluster.phase != phase {
        return Err(Refusal::ClusterOfAnotherPhase.into());
    }
    Ok(())
}

fn is_vote_option(session: &Session, option: VoteOption) -> bool {
    session.is_vote_option(option)
}

fn find_idea(session: &Session, id: IdeaId) -> Result<&Idea, DomainError> {
    session.idea(id).ok_or_else(|| not_found("idea", id))
}

fn find_cluster(session: &Session, id: ClusterId) -> Result<&Cluster, DomainError> {
    session.cluster(id).ok_or_else(|| not_found("cluster", id))
}

fn not_found(kind: &'static str, id: impl ToString) -> DomainError {
    DomainError::NotFound {
        kind,
        id: id.to_string(),
    }
}

#[cfg(test)]
mod tests;
