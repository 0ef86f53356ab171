//! The idea list of the current phase: the ideas in no cluster, then each
//! cluster with its ideas, built in one pass over the ideas.

use super::Document;
use crate::core::followup::ActionOrigin;
use crate::core::public::is_covered;
use crate::core::{ClusterId, Command, IdeaId, Session};
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
    /// Whether `command` adds an idea in no cluster at the end of the
    /// current phase's ideas, as typing and the participants' screens do:
    /// then [`Document::append_loose_row`] can follow it without a rebuild.
    pub(super) fn appends_loose_idea(&self, command: &Command) -> bool {
        let Command::AddIdea { idea, index } = command else {
            return false;
        };
        *index >= self.session.ideas.len()
            && idea.cluster.is_none()
            && self.session.current().is_some_and(|phase| phase.id == idea.phase)
    }

    /// The list after the last idea of the session was added in no cluster
    /// of the current phase: its row goes last among the ideas in no
    /// cluster (they are in the session's order), so a capture costs the
    /// same at 100 or 100,000 ideas. The same rows as [`build_rows`].
    pub(super) fn append_loose_row(&mut self, select: Option<IdeaId>) {
        let Some(at) = self.session.ideas.len().checked_sub(1) else {
            return;
        };
        let new_id = self.session.ideas[at].id;
        let keep = select.or_else(|| self.selected_idea().map(|idea| idea.id));
        // Where the rows from the old list on are pushed down, and by how many.
        let (row, shifted_from, shift) = match self.rows.first_mut() {
            // No clusters in the phase: a plain list.
            None | Some(Row::Idea(_)) => (self.rows.len(), self.rows.len(), 1),
            Some(Row::Group { cluster: None, ideas }) => {
                *ideas += 1;
                (*ideas, *ideas, 1)
            }
            // Clusters, and this is the first idea in none of them.
            Some(Row::Group { cluster: Some(_), .. }) => {
                let heading = Row::Group {
                    cluster: None,
                    ideas: 1,
                };
                self.rows.insert(0, heading);
                (1, 0, 2)
            }
        };
        self.rows.insert(row, Row::Idea(at));
        self.idea_count += 1;
        self.covered_count += usize::from(is_covered(&self.session.ideas[at]));
        self.selected_row = match keep {
            Some(id) if id != new_id && self.selected_row >= shifted_from => self.selected_row + shift,
            Some(id) if id != new_id => self.selected_row,
            // The new idea, or the first idea in the list.
            _ => row,
        };
    }

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{Cluster, Idea, Language, PhaseId};
    use jiff::Timestamp;

    fn idea(n: u128, phase: PhaseId, cluster: Option<ClusterId>) -> Idea {
        Idea {
            id: IdeaId::from_u128(n),
            phase,
            text: format!("Idea {n}"),
            authors: Vec::new(),
            cluster,
            hidden: n.is_multiple_of(3),
        }
    }

    /// Sessions in every shape the list can have: empty, plain, clusters
    /// with and without loose ideas, empty clusters, ideas of another phase.
    fn shapes() -> Vec<Session> {
        let template = crate::core::MethodTemplate::built_in_by_id("zukunftswerkstatt").expect("built in");
        let base = template.instantiate(
            crate::core::NewSession {
                title: Some("Rows".into()),
                language: Language::En,
                facilitator: None,
                participants: Vec::new(),
                anonymous: true,
            },
            Timestamp::UNIX_EPOCH,
        );
        let (here, other) = (base.phases[0].id, base.phases[1].id);
        let cluster = |n: u128, phase| Cluster {
            id: ClusterId::from_u128(n),
            phase,
            title: format!("Cluster {n}"),
        };
        let mut shapes = Vec::new();
        shapes.push(base.clone());
        let mut plain = base.clone();
        plain.ideas = vec![idea(1, here, None), idea(2, other, None), idea(3, here, None)];
        shapes.push(plain.clone());
        let mut clustered = plain.clone();
        clustered.clusters = vec![cluster(10, here), cluster(11, other), cluster(12, here)];
        clustered
            .ideas
            .push(idea(4, here, Some(ClusterId::from_u128(10))));
        shapes.push(clustered.clone());
        let mut no_loose = clustered.clone();
        no_loose
            .ideas
            .retain(|idea| idea.cluster.is_some() || idea.phase != here);
        shapes.push(no_loose);
        let mut empty_clusters = base;
        empty_clusters.clusters = vec![cluster(10, here)];
        shapes.push(empty_clusters);
        shapes
    }

    #[test]
    fn appending_a_loose_idea_gives_the_rows_a_rebuild_gives() {
        for (n, session) in shapes().into_iter().enumerate() {
            let rows_before = build_rows(&session).len();
            for selected in 0..rows_before.max(1) {
                for select_new in [false, true] {
                    let mut fast = Document::new(session.clone(), None);
                    fast.select_row(selected);
                    let mut slow = Document::new(session.clone(), None);
                    slow.select_row(selected);
                    let phase = fast.session.current().expect("a phase").id;
                    let new = idea(100, phase, None);
                    let select = select_new.then_some(new.id);
                    let command = Command::AddIdea {
                        idea: new,
                        index: usize::MAX,
                    };
                    assert!(fast.appends_loose_idea(&command));
                    fast.change(command.clone(), Timestamp::UNIX_EPOCH, select)
                        .expect("applies");
                    slow.session.apply(command).expect("applies");
                    slow.rebuild_rows(select);
                    let case = format!("shape {n}, row {selected}, select the new idea: {select_new}");
                    assert_eq!(fast.rows, slow.rows, "{case}");
                    assert_eq!(fast.selected_row, slow.selected_row, "{case}");
                    assert_eq!(fast.idea_count, slow.idea_count, "{case}");
                    assert_eq!(fast.covered_count, slow.covered_count, "{case}");
                }
            }
        }
    }

    #[test]
    fn only_loose_ideas_appended_to_the_current_phase_take_the_short_way() {
        let session = shapes().remove(2);
        let doc = Document::new(session.clone(), None);
        let here = session.phases[0].id;
        let other = session.phases[1].id;
        let add = |idea, index| Command::AddIdea { idea, index };
        assert!(doc.appends_loose_idea(&add(idea(100, here, None), session.ideas.len())));
        assert!(!doc.appends_loose_idea(&add(idea(100, here, None), 0)));
        assert!(!doc.appends_loose_idea(&add(idea(100, other, None), usize::MAX)));
        let clustered = idea(100, here, Some(ClusterId::from_u128(10)));
        assert!(!doc.appends_loose_idea(&add(clustered, usize::MAX)));
        assert!(!doc.appends_loose_idea(&Command::RemoveIdea(IdeaId::from_u128(1))));
    }
}
