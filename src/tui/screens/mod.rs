//! The screens, one folder each: a screen's state, what its keys do, how
//! it is drawn and what its footer offers, side by side. A screen imports
//! no other screen and not the app (`tests/architecture.rs` checks this);
//! it answers with an `Outcome`, and a `Route` names a screen to open
//! (`tui/routes.rs` turns one into the other).

pub mod actions;
pub mod board;
pub mod checkin;
pub mod cluster;
pub mod host;
pub mod overview;
pub mod resume;
pub mod spotlight;
pub mod start;
pub mod vote;
