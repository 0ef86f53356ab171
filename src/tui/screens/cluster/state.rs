//! Cluster mode's state: the columns of the current phase, the cursor,
//! the marked ideas, and what is being asked (a target, a name, the review
//! of suggestions).
//!
//! The columns are read from the document's idea list, which is rebuilt
//! after every change, undo and redo included. So this state cannot go
//! stale: the cursor is clamped when it is read, and marks of ideas that
//! are gone are ignored when they are used.

use super::review::Review;
use crate::core::{ClusterId, Idea, IdeaId, Session};
use crate::tui::document::{Document, Row};
use crate::tui::mode::Mode;
use crate::tui::text_input::TextInput;
use std::collections::HashSet;

/// One column of the cluster doc: the ideas in no cluster, or a cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group {
    /// Index into `session.clusters`; `None` for the ideas in no cluster.
    pub cluster: Option<usize>,
    /// The row (in `Board::rows`) of its first idea.
    pub first: usize,
    /// How many ideas it holds.
    pub len: usize,
}

/// The columns of the current phase, "not clustered" always first. Hops from
/// heading to heading, so it costs one step per cluster, not per idea.
pub fn groups(rows: &[Row]) -> Vec<Group> {
    let mut groups = Vec::new();
    let mut row = 0;
    match rows.first() {
        // Without clusters the rows are the ideas alone.
        Some(Row::Idea(_)) => {
            return vec![Group {
                cluster: None,
                first: 0,
                len: rows.len(),
            }];
        }
        Some(Row::Group { cluster: None, ideas }) => {
            groups.push(Group {
                cluster: None,
                first: 1,
                len: *ideas,
            });
            row = 1 + ideas;
        }
        _ => groups.push(Group {
            cluster: None,
            first: 0,
            len: 0,
        }),
    }
    while let Some(Row::Group {
        cluster: Some(cluster),
        ideas,
    }) = rows.get(row)
    {
        groups.push(Group {
            cluster: Some(*cluster),
            first: row + 1,
            len: *ideas,
        });
        row += 1 + ideas;
    }
    groups
}

/// Where the cursor is: a column, and an idea in it unless it is empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub group: usize,
    pub position: Option<usize>,
}

/// The state of cluster mode.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClusterMode {
    /// The focused column and the place in it, as last set; see [`ClusterMode::cursor`].
    pub(super) group: usize,
    pub(super) position: usize,
    /// Ideas marked for moving or merging.
    pub marked: HashSet<IdeaId>,
    /// Choosing a target cluster.
    pub pick: Option<Pick>,
    /// Typing a name.
    pub naming: Option<Naming>,
    /// Reviewing suggestions.
    pub review: Option<Review>,
    /// Where the last ideas went, offered first next time.
    pub(super) last_target: Option<Option<ClusterId>>,
}

/// Choosing the cluster that ideas go to, or that a cluster merges into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    pub purpose: PickPurpose,
    /// The chosen column.
    pub target: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickPurpose {
    /// These ideas move to the target.
    Move(Vec<IdeaId>),
    /// This cluster merges into the target.
    Merge(ClusterId),
}

/// A name being typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Naming {
    pub purpose: NamingPurpose,
    pub text: TextInput,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NamingPurpose {
    /// A new cluster with these ideas.
    NewCluster(Vec<IdeaId>),
    Rename(ClusterId),
    /// The suggestion under review.
    Suggestion,
}

impl ClusterMode {
    /// Cluster mode with the cursor on a column and a place in it.
    pub fn at(group: usize, position: usize) -> ClusterMode {
        ClusterMode {
            group,
            position,
            ..ClusterMode::default()
        }
    }

    /// The keyboard mode this state asks for.
    pub fn mode(&self) -> Mode {
        if self.naming.is_some() {
            Mode::ClusterName
        } else if self.review.is_some() {
            Mode::Suggest
        } else if self.pick.is_some() {
            Mode::ClusterPick
        } else {
            Mode::Cluster
        }
    }

    /// The cursor, clamped to the columns as they are now.
    pub fn cursor(&self, groups: &[Group]) -> Cursor {
        let group = self.group.min(groups.len().saturating_sub(1));
        let len = groups.get(group).map_or(0, |g| g.len);
        let position = (len > 0).then(|| self.position.min(len - 1));
        Cursor { group, position }
    }

    /// Moves the cursor `step` ideas down (negative: up) within its column.
    pub(super) fn step(&mut self, groups: &[Group], step: isize) {
        let cursor = self.cursor(groups);
        self.group = cursor.group;
        let Some(position) = cursor.position else {
            return;
        };
        let last = groups[cursor.group].len - 1;
        self.position = position.saturating_add_signed(step).min(last);
    }

    pub(super) fn focus(&mut self, groups: &[Group], group: usize) {
        let cursor = self.cursor(groups);
        self.group = group.min(groups.len().saturating_sub(1));
        // Keep the row, as a spreadsheet does; it is clamped when read.
        self.position = cursor.position.unwrap_or(self.position);
    }
}

/// The mode of a doc in cluster mode.
/// The idea at a place of a column.
pub fn idea_at<'a>(doc: &'a Document, group: &Group, position: usize) -> Option<&'a Idea> {
    if position >= group.len {
        return None;
    }
    match doc.rows.get(group.first + position) {
        Some(Row::Idea(index)) => doc.session.ideas.get(*index),
        _ => None,
    }
}

/// The id of a column's cluster.
pub fn cluster_id(session: &Session, group: &Group) -> Option<ClusterId> {
    group
        .cluster
        .and_then(|index| session.clusters.get(index))
        .map(|c| c.id)
}

/// The column a cluster is in.
pub(super) fn group_of(session: &Session, groups: &[Group], id: Option<ClusterId>) -> Option<usize> {
    groups.iter().position(|g| cluster_id(session, g) == id)
}

/// Where an idea is on the doc.
pub(super) fn locate(doc: &Document, groups: &[Group], id: IdeaId) -> Option<(usize, usize)> {
    groups.iter().enumerate().find_map(|(g, group)| {
        (0..group.len)
            .find(|p| idea_at(doc, group, *p).is_some_and(|i| i.id == id))
            .map(|p| (g, p))
    })
}
