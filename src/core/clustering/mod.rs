//! Clustering ideas (affinity mapping).
//!
//! Two halves, both pure:
//! - operations ([`create_cluster`], [`move_ideas`], [`merge_clusters`], ...) read a
//!   session and return a [`Command`](super::Command), mostly a `Batch` of the generic
//!   add/remove/replace/move commands, so undo, autosave and validation work as for any
//!   other change;
//! - suggestions ([`suggest`]) propose clusters for the unclustered ideas of a phase
//!   from their words, and [`apply_suggestions`] turns the accepted ones into a command.
//!
//! The board order of a cluster is the order of `Session::ideas` filtered by cluster,
//! so reordering ideas means moving them in that list.

mod blocks;
mod lexicon;
mod linkage;
mod ops;
mod suggest;
mod words;

pub use ops::{
    create_cluster, dissolve_cluster, dissolve_refusal, merge_clusters, merge_ideas, move_cluster_to,
    move_idea_to, move_ideas, rename_cluster,
};
pub use suggest::{Suggestion, apply_suggestions, suggest};
