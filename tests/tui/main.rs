//! The terminal front end without a terminal: screens drawn into a test backend and compared with
//! snapshots, and the app driven action by action.
//!
//! One test binary for the area (linking one per file cost most of the test time); each
//! file below is a module, run alone with `cargo test --test tui NAME::`.

#[path = "../common/mod.rs"]
mod common;

// The screen tests count what a frame allocates, per thread (see common/alloc.rs).
#[global_allocator]
static ALLOCATOR: common::alloc::Counting = common::alloc::Counting;

mod audience_view;
mod cluster_screens;
mod files_app;
mod followup_app;
mod followup_screens;
mod saving;
mod screens;
mod tui_app;
mod tui_monkey;
mod vote_app;
mod vote_screens;
