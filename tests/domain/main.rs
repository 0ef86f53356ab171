//! The core, the session files and the exports: commands and their rules, property tests, fixtures,
//! the store on disk, Markdown, CSV and JSON.
//!
//! One test binary for the area (linking one per file cost most of the test time); each
//! file below is a module, run alone with `cargo test --test domain NAME::`.

#[path = "../common/mod.rs"]
mod common;

mod commands;
mod core_rules;
mod demo_session;
mod exports;
mod fixtures;
mod markdown_export;
mod properties;
mod store;
mod voting_properties;
