//! `plenum export`: Markdown for minutes, JSON and CSV for statistics. Every
//! format is written from the published session (`core::public`): what the
//! room has seen, nothing more.

use super::{CliError, CliResult, GlobalOptions};
use crate::core::Language;
use crate::core::public::published;
use crate::export;
use crate::export::csv::{ActionRow, CsvOptions, Dialect};
use crate::export::markdown::MarkdownOptions;
use crate::i18n::{Msg, tr};
use crate::store;
use clap::{Args, ValueEnum};
use jiff::civil::Date;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The session file.
    pub file: PathBuf,
    /// Output format (default: md, or csv with --excel).
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// For CSV: one row per idea (default), per voting round or per action.
    #[arg(long, value_enum, default_value_t = ExportWhat::Ideas)]
    pub what: ExportWhat,
    /// CSV for Excel: UTF-8 with byte-order mark, CRLF, `;` in German.
    #[arg(long)]
    pub excel: bool,
    /// Markdown: start with YAML metadata naming the language (`lang: de`), for pandoc.
    #[arg(long)]
    pub front_matter: bool,
    /// For the actions CSV: count overdue days as of this date (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "DATE")]
    pub today: Option<Date>,
    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Markdown (CommonMark with GitHub tables).
    Md,
    /// JSON: the published session with results (schema/plenum-export.schema.json).
    Json,
    /// CSV: see --what.
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportWhat {
    Ideas,
    Rounds,
    Actions,
}

pub fn run(global: &GlobalOptions, args: ExportArgs) -> CliResult {
    let format =
        chosen_format(&args).map_err(|msg| CliError::new(tr(super::interface_language(global), msg)))?;
    let session = store::load(&args.file)?;
    // Headings, dates and the Excel delimiter follow the session's language
    // unless --lang says otherwise.
    let language = global.lang.map_or(session.language, Language::from);
    let public = published(&session);
    let file = args.file.display().to_string();
    let csv = CsvOptions {
        dialect: if args.excel {
            Dialect::Excel
        } else {
            Dialect::Standard
        },
        language,
    };
    let text = match (format, args.what) {
        (ExportFormat::Md, _) => export::markdown::render(
            &public,
            &MarkdownOptions {
                language,
                front_matter: args.front_matter,
            },
        ),
        (ExportFormat::Json, _) => export::json::render(&public),
        (ExportFormat::Csv, ExportWhat::Ideas) => export::csv::ideas(&public, &file, &csv),
        (ExportFormat::Csv, ExportWhat::Rounds) => export::csv::rounds(&public, &file, &csv),
        (ExportFormat::Csv, ExportWhat::Actions) => {
            let today = args.today.unwrap_or_else(|| jiff::ZonedDateTime::now().date());
            export::csv::actions(ActionRow::all_of(&public, &file, today), &csv)
        }
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

/// The format asked for; options that belong to another format are refused
/// rather than silently ignored.
fn chosen_format(args: &ExportArgs) -> Result<ExportFormat, Msg> {
    let format = args.format.unwrap_or(if args.excel {
        ExportFormat::Csv
    } else {
        ExportFormat::Md
    });
    if args.excel && format != ExportFormat::Csv {
        return Err(Msg::ExportExcelIsCsv);
    }
    if args.front_matter && format != ExportFormat::Md {
        return Err(Msg::ExportFrontMatterIsMarkdown);
    }
    Ok(format)
}
