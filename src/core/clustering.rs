//! Cluster suggestions from the words of ideas, and the cluster operations
//! (merge, dissolve, move) built from commands.
