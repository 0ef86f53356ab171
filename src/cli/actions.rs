//! `plenum actions`.

use super::{CliResult, GlobalOptions};
use clap::Args;

#[derive(Debug, Args)]
pub struct ActionsArgs {}

pub fn run(global: &GlobalOptions, args: ActionsArgs) -> CliResult {
    let _ = (global, args);
    Err(super::CliError::new("`actions` is not built yet"))
}
