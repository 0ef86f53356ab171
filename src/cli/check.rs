//! `plenum check`.

use super::{CliResult, GlobalOptions};
use clap::Args;

#[derive(Debug, Args)]
pub struct CheckArgs {}

pub fn run(global: &GlobalOptions, args: CheckArgs) -> CliResult {
    let _ = (global, args);
    Err(super::CliError::new("`check` is not built yet"))
}
