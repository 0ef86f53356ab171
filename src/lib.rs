//! plenum: participation workshops in the terminal.
//!
//! `core` is the pure workshop model, `store` reads and writes session files,
//! `export` turns sessions into Markdown, JSON and CSV, `cli` holds the
//! non-interactive subcommands, `tui` the terminal front end, `present` the
//! audience view that follows it on a second terminal, and `host` the SSH
//! server for participants who join from their own terminals.

pub mod cli;
pub mod core;
pub mod export;
pub mod host;
pub mod i18n;
pub mod present;
pub mod store;
pub mod tui;
