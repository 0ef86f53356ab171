//! `plenum list` and `plenum templates`.

use super::{CliResult, GlobalOptions};

pub fn run_list(global: &GlobalOptions) -> CliResult {
    let _ = global;
    Err(super::CliError::new("`list` is not built yet"))
}

pub fn run_templates(global: &GlobalOptions) -> CliResult {
    let _ = global;
    Err(super::CliError::new("`templates` is not built yet"))
}
