//! The idea list of the current phase: the ideas in no cluster, then each
//! cluster with its ideas, built in one pass over the ideas.

use super::Document;
use crate::core::followup::ActionOrigin;
use crate::core::{ClusterId, Session};
use std::collections::HashMap;

/// One line of the idea list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A cluster heading (index into `session.clusters`), or the heading of
    /// the ideas in no cluster; with the number of ideas below it.
    Group { cluster: Option<usize>, ideas: usize },
    /// An idea (index into `session.ideas`).
    Idea(usize),
}

/// The rows of the current phase's idea list. One pass over the ideas; the
/// heading "not clustered" appears only when the phase has clusters.
pub fn build_rows(session: &Session) -> Vec<Row> {
    let Some(phase) = session.current() else {
        return Vec::new();
    };
    let clusters: Vec<usize> = session
        .clusters
        .iter()
        .enumerate()
        .filter(|(_, c)| c.phase == phase.id)
        .map(|(index, _)| index)
        .collect();
    let slots: HashMap<ClusterId, usize> = clusters
        .iter()
        .enumerate()
        .map(|(slot, index)| (session.clusters[*index].id, slot))
        .collect();
    let mut loose = Vec::new();
    let mut by_cluster: Vec<Vec<usize>> = vec![Vec::new(); clusters.len()];
    for (index, idea) in session.ideas.iter().enumerate() {
        if idea.phase != phase.id {
            continue;
        }
        let slot = idea.cluster.and_then(|id| slots.get(&id).copied());
        match slot {
            Some(slot) => by_cluster[slot].push(index),
            None => loose.push(index),
        }
    }
    let mut rows = Vec::with_capacity(loose.len() + clusters.len() * 2);
    if !clusters.is_empty() && !loose.is_empty() {
        rows.push(Row::Group {
            cluster: None,
            ideas: loose.len(),
        });
    }
    rows.extend(loose.into_iter().map(Row::Idea));
    for (cluster, ideas) in clusters.into_iter().zip(by_cluster) {
        rows.push(Row::Group {
            cluster: Some(cluster),
            ideas: ideas.len(),
        });
        rows.extend(ideas.into_iter().map(Row::Idea));
    }
    rows
}

impl Document {
    /// What a new action from the session screen can be made from: the
    /// selected idea (then its cluster), or the selected cluster heading.
    pub fn origins_of_selection(&self) -> Vec<ActionOrigin> {
        let session = &self.session;
        match self.rows.get(self.selected_row) {
            Some(Row::Idea(index)) => {
                let Some(idea) = session.ideas.get(*index) else {
                    return vec![ActionOrigin::Blank];
                };
                let mut origins = vec![ActionOrigin::Idea(idea.id)];
                origins.extend(idea.cluster.map(ActionOrigin::Cluster));
                origins
            }
            Some(Row::Group {
                cluster: Some(index), ..
            }) => session
                .clusters
                .get(*index)
                .map(|c| vec![ActionOrigin::Cluster(c.id)])
                .unwrap_or_else(|| vec![ActionOrigin::Blank]),
            _ => vec![ActionOrigin::Blank],
        }
    }
}
