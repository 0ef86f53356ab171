//! The workshop itself: pure data and rules. Nothing in here touches a
//! terminal, a file or the clock; time is passed in by the caller. A test in
//! `tests/architecture.rs` keeps it that way.

pub mod clustering;
pub mod command;
pub mod followup;
pub mod history;
pub mod ids;
mod index;
pub mod merge;
pub mod method;
pub mod public;
mod refusal;
pub mod session;
pub mod text;
pub mod validate;
pub mod voting;

pub use command::{Command, DomainError, Refusal};
pub use history::History;
pub use method::{MethodTemplate, NewSession};
pub use session::*;
