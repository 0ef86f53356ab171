//! SSH participants: the host served to the real OpenSSH client, end to end and under load.
//!
//! One test binary for the area (linking one per file cost most of the test time); each
//! file below is a module, run alone with `cargo test --test host NAME::`.

#[path = "../common/mod.rs"]
mod common;

mod host;
mod host_e2e;
mod host_load;
