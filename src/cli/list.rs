//! `plenum list` and `plenum templates`.

use super::language::describe_store_error;
use super::output::{print, warn};
use super::{CliResult, GlobalOptions, language, shown};
use crate::i18n::{Msg, fill, tr};
use crate::store;
use unicode_width::UnicodeWidthStr;

/// Titles longer than this are cut in the listing (the file keeps them).
const TITLE_COLUMNS: usize = 40;

/// Sessions in the folder, newest first. A file that cannot be read is
/// listed with its error; it does not make the command fail.
pub fn run_list(global: &GlobalOptions) -> CliResult {
    let lang = language();
    let dir = super::sessions_dir(global)?;
    let listed = store::list_sessions(&dir)?;
    if listed.is_empty() {
        return print(&format!(
            "{}\n",
            fill(lang, Msg::CliListEmpty, &[("dir", &shown(&dir))])
        ));
    }
    let heading = [
        Msg::CliColumnUpdated,
        Msg::CliColumnTitle,
        Msg::CliColumnMethod,
        Msg::CliColumnIdeas,
        Msg::CliColumnOpenActions,
        Msg::CliColumnFile,
    ];
    let mut rows = vec![heading.map(|msg| tr(lang, msg).to_string()).to_vec()];
    let mut problems = Vec::new();
    for entry in &listed {
        match &entry.session {
            Ok(session) => {
                let summary = session.summary();
                let updated = session
                    .updated
                    .to_zoned_datetime(jiff::tz::TimeZone::system())
                    .strftime("%Y-%m-%d %H:%M")
                    .to_string();
                rows.push(vec![
                    updated,
                    truncate(&session.title, TITLE_COLUMNS),
                    crate::core::text::clean_line(&session.method),
                    summary.ideas.to_string(),
                    summary.open_actions.to_string(),
                    shown(&entry.path),
                ]);
            }
            Err(error) => problems.push(describe_store_error(error)),
        }
    }
    let mut out = String::new();
    if rows.len() > 1 {
        out = table(&rows, &[false, false, false, true, true, false]);
    }
    for problem in problems {
        out.push_str(&fill(lang, Msg::CliListUnreadable, &[("problem", &problem)]));
        out.push('\n');
    }
    print(&out)
}

/// The method templates: id, name in the interface language, number of
/// phases, description.
pub fn run_templates(_global: &GlobalOptions) -> CliResult {
    let language = language();
    let (templates, problems) = store::templates(store::config_dir().as_deref());
    let heading = [
        Msg::CliColumnId,
        Msg::CliColumnName,
        Msg::CliColumnPhases,
        Msg::CliColumnDescription,
    ];
    let mut rows = vec![heading.map(|msg| tr(language, msg).to_string()).to_vec()];
    for template in &templates {
        rows.push(vec![
            template.id.clone(),
            crate::core::text::clean_line(template.name.get(language)),
            template.phases.len().to_string(),
            crate::core::text::clean_line(template.description.get(language)),
        ]);
    }
    for problem in &problems {
        warn_template_skipped(problem);
    }
    print(&table(&rows, &[false, false, true, false]))
}

/// A user template that cannot be used: named, skipped, not fatal.
pub(super) fn warn_template_skipped(problem: &store::folders::TemplateProblem) {
    warn(&fill(
        language(),
        Msg::CliTemplateSkipped,
        &[
            ("path", &shown(&problem.path)),
            ("problem", &super::language::positioned_detail(&problem.message)),
        ],
    ));
}

/// Rows as aligned columns (by display width, so umlauts and emoji line
/// up); the last column is not padded.
fn table(rows: &[Vec<String>], right_aligned: &[bool]) -> String {
    let mut out = String::new();
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|s| s.width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            let last = c + 1 == row.len();
            let pad = " ".repeat(widths[c].saturating_sub(cell.width()));
            if right_aligned.get(c).copied().unwrap_or(false) {
                line.push_str(&pad);
                line.push_str(cell);
            } else {
                line.push_str(cell);
                if !last {
                    line.push_str(&pad);
                }
            }
            if !last {
                line.push_str("  ");
            }
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Cuts `text` to at most `columns` display columns, marking the cut with `…`.
fn truncate(text: &str, columns: usize) -> String {
    let text = crate::core::text::clean_line(text);
    if text.width() <= columns {
        return text;
    }
    let mut out = String::new();
    for ch in text.chars() {
        if out.width() + unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0) + 1 > columns {
            break;
        }
        out.push(ch);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_counts_display_columns() {
        assert_eq!(truncate("kurz", 10), "kurz");
        assert_eq!(truncate("abcdefghij", 5), "abcd…");
        assert_eq!(truncate("日本語テキスト", 5), "日本…");
        assert!(truncate("Größenänderung", 6).width() <= 6);
    }
}
