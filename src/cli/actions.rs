//! `plenum actions`: the pending actions of every session in the sessions
//! folder, soonest due first, with how many days each is overdue.

use super::{CliError, CliResult, GlobalOptions};
use crate::core::followup::{ActionFilter, OverviewRow, Urgency, format_due, pending_overview};
use crate::core::public::{PublicAction, PublicSession, published};
use crate::core::text::clean_line;
use crate::core::{ActionId, ActionStatus, Language, Session};
use crate::export::csv::{ActionRow, CsvOptions, Dialect};
use crate::store;
use clap::{Args, ValueEnum};
use jiff::civil::Date;
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Args)]
pub struct ActionsArgs {
    /// Only actions past their due date.
    #[arg(long)]
    pub overdue: bool,
    /// Only actions of this owner: the whole name or one word of it, in any case.
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,
    /// Output format: an aligned table, a Markdown table, or CSV.
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
    /// Count overdue days as of this date (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "DATE")]
    pub today: Option<Date>,
    /// CSV for Excel: UTF-8 with byte-order mark, CRLF, `;` in German (implies --format csv).
    #[arg(long)]
    pub excel: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A table for the terminal.
    Text,
    /// A Markdown table, for minutes and wikis.
    Md,
    /// CSV with stable English column names, the layout of `export --what actions`.
    Csv,
}

pub fn run(global: &GlobalOptions, args: ActionsArgs) -> CliResult {
    let dir = super::sessions_dir(global)?;
    let listed = store::list_sessions(&dir)?;
    let mut sessions: Vec<Session> = Vec::new();
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in listed {
        match entry.session {
            Ok(session) => {
                sessions.push(session);
                paths.push(entry.path);
            }
            // One broken file must not hide the actions of all the others.
            Err(error) => eprintln!("plenum: skipped {error}"),
        }
    }
    let today = args.today.unwrap_or_else(|| jiff::ZonedDateTime::now().date());
    let filter = ActionFilter {
        overdue_only: args.overdue,
        owner: args.owner.clone(),
    };
    let overview = pending_overview(&sessions, today, &filter);
    let public: Vec<PublicSession> = sessions.iter().map(published).collect();
    let rows = published_rows(&public, &overview);
    let language = interface_language(global);
    let format = if args.excel { ListFormat::Csv } else { args.format };
    if args.excel && args.format != ListFormat::Text && args.format != ListFormat::Csv {
        return Err(CliError::new(crate::i18n::tr(
            language,
            crate::i18n::Msg::ExportExcelIsCsv,
        )));
    }
    let text = match format {
        ListFormat::Text => text_table(&rows, language),
        ListFormat::Md => markdown_table(&rows, language),
        ListFormat::Csv => {
            let options = CsvOptions {
                dialect: if args.excel {
                    Dialect::Excel
                } else {
                    Dialect::Standard
                },
                language,
            };
            csv_table(&rows, &paths, &options)
        }
    };
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|error| CliError::new(format!("could not write the list: {error}")))
}

/// `--lang`, else the locale (LC_ALL, LC_MESSAGES, LANG), else English.
fn interface_language(global: &GlobalOptions) -> Language {
    if let Some(lang) = global.lang {
        return lang.into();
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .map_or(Language::En, |locale| Language::from_locale(&locale))
}

struct Words {
    due: &'static str,
    overdue: &'static str,
    owner: &'static str,
    status: &'static str,
    session: &'static str,
    action: &'static str,
    none: &'static str,
    today: &'static str,
}

fn words(language: Language) -> Words {
    match language {
        Language::En => Words {
            due: "Due",
            overdue: "Overdue",
            owner: "Owner",
            status: "Status",
            session: "Session",
            action: "Action",
            none: "No pending actions.",
            today: "due today",
        },
        Language::De => Words {
            due: "Fällig",
            overdue: "Überfällig",
            owner: "Verantwortlich",
            status: "Status",
            session: "Sitzung",
            action: "Maßnahme",
            none: "Keine offenen Maßnahmen.",
            today: "heute fällig",
        },
    }
}

fn status_word(status: ActionStatus, language: Language) -> &'static str {
    match (status, language) {
        (ActionStatus::Open, Language::En) => "open",
        (ActionStatus::Doing, Language::En) => "doing",
        (ActionStatus::Done, Language::En) => "done",
        (ActionStatus::Dropped, Language::En) => "dropped",
        (ActionStatus::Open, Language::De) => "offen",
        (ActionStatus::Doing, Language::De) => "in Arbeit",
        (ActionStatus::Done, Language::De) => "erledigt",
        (ActionStatus::Dropped, Language::De) => "verworfen",
    }
}

fn overdue_text(urgency: Urgency, words: &Words, language: Language) -> String {
    match (urgency, language) {
        (Urgency::Overdue(1), Language::En) => "1 day".into(),
        (Urgency::Overdue(days), Language::En) => format!("{days} days"),
        (Urgency::Overdue(1), Language::De) => "1 Tag".into(),
        (Urgency::Overdue(days), Language::De) => format!("{days} Tage"),
        (Urgency::DueToday, _) => words.today.into(),
        _ => String::new(),
    }
}

/// The cells of one row, in display order, each on one line and free of
/// control characters (a hand-edited file must not reach the terminal raw).
fn cells(row: &Listed, words: &Words, language: Language) -> [String; 6] {
    let action = row.action;
    [
        action.due.map(|d| format_due(d, language)).unwrap_or_default(),
        overdue_text(row.urgency, words, language),
        clean_line(action.owner.as_deref().unwrap_or_default()),
        status_word(action.status, language).to_string(),
        clean_line(&row.session.title),
        clean_line(&action.text),
    ]
}

fn header(words: &Words) -> [String; 6] {
    [
        words.due,
        words.overdue,
        words.owner,
        words.status,
        words.session,
        words.action,
    ]
    .map(String::from)
}

/// Columns padded to their widest cell (by display width, so umlauts and
/// wide characters line up); the last column is not padded.
fn text_table(rows: &[Listed], language: Language) -> String {
    let words = words(language);
    if rows.is_empty() {
        return format!("{}\n", words.none);
    }
    let mut table = vec![header(&words)];
    table.extend(rows.iter().map(|row| cells(row, &words, language)));
    let mut widths = [0usize; 6];
    for line in &table {
        for (width, cell) in widths.iter_mut().zip(line) {
            *width = (*width).max(cell.width());
        }
    }
    let mut out = String::new();
    for line in &table {
        let mut text = String::new();
        for (i, cell) in line.iter().enumerate() {
            text.push_str(cell);
            if i + 1 < line.len() {
                text.push_str(&" ".repeat(widths[i] - cell.width() + 2));
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
    }
    out
}

fn markdown_table(rows: &[Listed], language: Language) -> String {
    let words = words(language);
    if rows.is_empty() {
        return format!("{}\n", words.none);
    }
    let line = |cells: &[String]| {
        let escaped: Vec<String> = cells.iter().map(|c| markdown_cell(c)).collect();
        format!("| {} |\n", escaped.join(" | "))
    };
    let mut out = line(&header(&words));
    out.push_str("|---|---|---|---|---|---|\n");
    for row in rows {
        out.push_str(&line(&cells(row, &words, language)));
    }
    out
}

/// Text that can never break a Markdown table or turn into markup. A table
/// cell holds inline content only, so the inline markup characters and the
/// cell separator are escaped, and `<` `>` `&` become entities so no HTML or
/// entity gets through. Dates and hyphens stay readable in the source.
fn markdown_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in clean_line(text).chars() {
        match ch {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(ch);
            }
            c => out.push(c),
        }
    }
    out
}

/// The actions CSV, in the one layout of `export --what actions`
/// ([`crate::export::csv::actions`]).
fn csv_table(rows: &[Listed], paths: &[PathBuf], options: &CsvOptions) -> String {
    let files: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let lines = rows.iter().map(|row| ActionRow {
        session: row.session,
        session_file: files.get(row.session_index).map_or("", String::as_str),
        action: row.action,
        days_overdue: match row.urgency {
            Urgency::Overdue(days) => Some(days),
            _ => None,
        },
    });
    crate::export::csv::actions(lines, options)
}

/// A pending action as published (`core::public`), which every table of
/// `plenum actions` is written from.
struct Listed<'a> {
    session_index: usize,
    session: &'a PublicSession,
    action: &'a PublicAction,
    urgency: Urgency,
}

/// The overview's rows, in its order, read from the published sessions.
fn published_rows<'a>(public: &'a [PublicSession], overview: &[OverviewRow]) -> Vec<Listed<'a>> {
    let by_id: HashMap<(usize, ActionId), &PublicAction> = public
        .iter()
        .enumerate()
        .flat_map(|(i, s)| s.actions.iter().map(move |a| ((i, a.id), a)))
        .collect();
    overview
        .iter()
        .filter_map(|row| {
            Some(Listed {
                session_index: row.session_index,
                session: public.get(row.session_index)?,
                action: by_id.get(&(row.session_index, row.action.id))?,
                urgency: row.urgency,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_cells_cannot_break_the_table_or_inject_html() {
        assert_eq!(markdown_cell("a | b"), "a \\| b");
        assert_eq!(
            markdown_cell("<script>x</script>"),
            "&lt;script&gt;x&lt;/script&gt;"
        );
        assert_eq!(markdown_cell("**fett**\nneu"), "\\*\\*fett\\*\\* neu");
        assert_eq!(markdown_cell("[Link](javascript:x)"), "\\[Link\\](javascript:x)");
        assert_eq!(markdown_cell("Größe, 01.12.2026 - ok"), "Größe, 01.12.2026 - ok");
    }
}
