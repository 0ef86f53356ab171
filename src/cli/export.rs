//! `plenum export`: Markdown for minutes, JSON and CSV for statistics.

use super::{CliError, CliResult, GlobalOptions};
use crate::export;
use crate::store;
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The session file.
    pub file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Md)]
    pub format: ExportFormat,
    /// For CSV: one row per idea (default) or one row per action.
    #[arg(long, value_enum, default_value_t = ExportWhat::Ideas)]
    pub what: ExportWhat,
    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Markdown (CommonMark with GitHub tables).
    Md,
    /// JSON: the whole session with results.
    Json,
    /// CSV: see --what.
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportWhat {
    Ideas,
    Actions,
}

pub fn run(_global: &GlobalOptions, args: ExportArgs) -> CliResult {
    let session = store::load(&args.file)?;
    let text = match (args.format, args.what) {
        (ExportFormat::Md, _) => export::markdown::to_markdown(&session),
        (ExportFormat::Json, _) => export::json::to_json(&session),
        (ExportFormat::Csv, ExportWhat::Ideas) => export::csv::ideas_csv(&session),
        (ExportFormat::Csv, ExportWhat::Actions) => export::csv::actions_csv(&session),
    };
    match &args.output {
        Some(path) => store::write_atomically(path, text.as_bytes())?,
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush())
                .map_err(|error| CliError::new(format!("could not write the export: {error}")))?;
        }
    }
    Ok(())
}
