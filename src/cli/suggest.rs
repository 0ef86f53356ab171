//! `plenum suggest`.

use super::{CliResult, GlobalOptions};
use clap::Args;

#[derive(Debug, Args)]
pub struct SuggestArgs {}

pub fn run(global: &GlobalOptions, args: SuggestArgs) -> CliResult {
    let _ = (global, args);
    Err(super::CliError::new("`suggest` is not built yet"))
}
