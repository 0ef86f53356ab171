//! End to end in pseudo-terminals: the built program driven by keys.
//!
//! One test binary for the area (linking one per file cost most of the test time); each
//! file below is a module, run alone with `cargo test --test pty NAME::`.

#[path = "../common/mod.rs"]
mod common;

mod e2e_cluster;
mod e2e_followup_pty;
mod e2e_pty;
mod e2e_vote;
mod signals_pty;
