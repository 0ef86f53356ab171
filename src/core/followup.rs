//! Follow-up: action items, overdue logic, carrying open actions into a new
//! session (the permanent workshop), check-in and check-out rounds.
//!
//! Everything that changes a session here *returns* a [`Command`] built from
//! the generic add / remove / replace commands, so the caller applies it
//! through `Session::apply` or `History::apply` and gets validation, undo and
//! autosave for free. Nothing here reads the clock: "today" and "now" are
//! passed in (the front ends take today from the user's local time zone).
//!
//! [`Command`]: super::command::Command

mod actions;
mod carry;
mod checkin;

pub use actions::*;
pub use carry::*;
pub use checkin::*;
