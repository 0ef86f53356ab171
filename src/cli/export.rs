//! `plenum export`.

use super::{CliResult, GlobalOptions};
use clap::Args;

#[derive(Debug, Args)]
pub struct ExportArgs {}

pub fn run(global: &GlobalOptions, args: ExportArgs) -> CliResult {
    let _ = (global, args);
    Err(super::CliError::new("`export` is not built yet"))
}
