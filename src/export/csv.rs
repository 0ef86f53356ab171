//! CSV export: one row per idea, or one per action.

use crate::core::Session;

/// One row per idea: phase, cluster, votes per round, author unless anonymous.
pub fn ideas_csv(session: &Session) -> String {
    let _ = session;
    String::new()
}

/// One row per action item.
pub fn actions_csv(session: &Session) -> String {
    let _ = session;
    String::new()
}
