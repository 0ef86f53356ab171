//! `plenum import`.

use super::{CliResult, GlobalOptions};
use clap::Args;

#[derive(Debug, Args)]
pub struct ImportArgs {}

pub fn run(global: &GlobalOptions, args: ImportArgs) -> CliResult {
    let _ = (global, args);
    Err(super::CliError::new("`import` is not built yet"))
}
