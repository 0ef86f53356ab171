//! The command line: `plenum` run as a program, its subcommands, output and exit codes.
//!
//! One test binary for the area (linking one per file cost most of the test time); each
//! file below is a module, run alone with `cargo test --test cli NAME::`.

#[path = "../common/mod.rs"]
mod common;

mod cli;
mod cli_demo;
mod cli_followup;
mod cli_merge;
mod cli_suggest;
mod cli_themes;
