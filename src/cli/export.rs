//! `plenum export`: Markdown for minutes, JSON and CSV for statistics.

use super::output::{read_session, write_output};
use super::{CliResult, GlobalOptions};
use crate::export;
use clap::{Args, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The session file; `-` reads it from standard input.
    pub file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Md)]
    pub format: ExportFormat,
    /// For CSV: one row per idea (default) or one row per action.
    #[arg(long, value_enum, default_value_t = ExportWhat::Ideas)]
    pub what: ExportWhat,
    /// Write to this file instead of standard output (`-` is standard output).
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
    let session = read_session(&args.file)?;
    let text = match (args.format, args.what) {
        (ExportFormat::Md, _) => export::markdown::to_markdown(&session),
        (ExportFormat::Json, _) => export::json::to_json(&session),
        (ExportFormat::Csv, ExportWhat::Ideas) => export::csv::ideas_csv(&session),
        (ExportFormat::Csv, ExportWhat::Actions) => export::csv::actions_csv(&session),
    };
    let json = args.format == ExportFormat::Json;
    write_output(args.output.as_deref(), &text, json)
}
