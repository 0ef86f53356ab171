//! How an action item reads: its status word and glyph, its due date with
//! weekday and urgency, where it came from, and a line of labelled facts.
//! Shared by the action list and the overview of all actions, as is the
//! completion of an owner's name.

use super::text::{fit, width_of};
use crate::core::followup::{format_due, urgency};
use crate::core::text::clean_line;
use crate::core::{ActionItem, ActionSource, ActionStatus, Language, Session};
use crate::i18n::{Msg, fill, tr};
use crate::tui::theme::Theme;
use jiff::civil::Date;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// Marks an overdue action, so it reads without colour.
pub const OVERDUE_MARK: &str = "⚠";

/// The word of a status in the interface language.
pub fn status_word(lang: Language, status: ActionStatus) -> &'static str {
    let msg = match status {
        ActionStatus::Open => Msg::StatusOpen,
        ActionStatus::Doing => Msg::StatusDoing,
        ActionStatus::Done => Msg::StatusDone,
        ActionStatus::Dropped => Msg::StatusDropped,
    };
    tr(lang, msg)
}

/// A glyph for the status, so the list reads without colour.
pub fn status_glyph(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Open => "○",
        ActionStatus::Doing => "◐",
        ActionStatus::Done => "✓",
        ActionStatus::Dropped => "✗",
    }
}

/// The short name of a weekday (Monday = 1).
pub fn weekday_name(lang: Language, date: Date) -> &'static str {
    let msg = match date.weekday().to_monday_one_offset() {
        1 => Msg::Weekday1,
        2 => Msg::Weekday2,
        3 => Msg::Weekday3,
        4 => Msg::Weekday4,
        5 => Msg::Weekday5,
        6 => Msg::Weekday6,
        _ => Msg::Weekday7,
    };
    tr(lang, msg)
}

/// "3 days overdue", "due today", "due in 4 days", or nothing for closed
/// and undated actions.
pub fn urgency_text(lang: Language, urgency: crate::core::followup::Urgency) -> Option<String> {
    use crate::core::followup::Urgency;
    Some(match urgency {
        Urgency::Overdue(1) => tr(lang, Msg::OverdueOneDay).to_string(),
        Urgency::Overdue(days) => fill(lang, Msg::OverdueDays, &[("n", &days)]),
        Urgency::DueToday => tr(lang, Msg::DueToday).to_string(),
        Urgency::DueSoon(1) => tr(lang, Msg::DueTomorrow).to_string(),
        Urgency::DueSoon(days) | Urgency::Later(days) => fill(lang, Msg::DueInDays, &[("n", &days)]),
        Urgency::Undated | Urgency::Closed => return None,
    })
}

/// Where an action came from, in words.
pub fn source_text(lang: Language, session: &Session, action: &ActionItem) -> String {
    let gone = || tr(lang, Msg::SourceGone).to_string();
    match action.source {
        None => tr(lang, Msg::SourceNone).to_string(),
        Some(ActionSource::Idea(id)) => session.idea(id).map_or_else(gone, |idea| {
            fill(lang, Msg::SourceIdea, &[("text", &fit(&idea.text, 60))])
        }),
        Some(ActionSource::Cluster(id)) => session.cluster(id).map_or_else(gone, |cluster| {
            fill(lang, Msg::SourceCluster, &[("text", &cluster.title)])
        }),
        Some(ActionSource::Round(id)) => session.round(id).map_or_else(gone, |round| {
            fill(lang, Msg::SourceRound, &[("text", &round.title)])
        }),
        Some(ActionSource::Carried { .. }) => tr(lang, Msg::SourceCarried).to_string(),
    }
}

/// A due date with its weekday and how far away it is: `Fr 13.11.2026 ·
/// 16 Tage überfällig`.
pub fn due_text(lang: Language, action: &ActionItem, today: jiff::civil::Date) -> String {
    let Some(due) = action.due else {
        return tr(lang, Msg::NoDueDate).to_string();
    };
    let date = format!("{} {}", weekday_name(lang, due), format_due(due, lang));
    match urgency_text(lang, urgency(action, today)) {
        Some(distance) => format!("{date} · {distance}"),
        None => date,
    }
}

/// `Wer: …   Bis wann: …   Status: …`, broken between the facts where the
/// line is full.
pub fn fact_lines<'a>(
    facts: Vec<(Msg, String, Style)>,
    lang: Language,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let mut lines: Vec<Line> = Vec::new();
    let mut spans: Vec<Span> = Vec::new();
    let mut used = 0;
    for (label, value, style) in facts {
        let label = format!("{}: ", tr(lang, label));
        let needed = width_of(&label) + width_of(&value);
        if used > 0 && used + 3 + needed > width {
            lines.push(Line::from(std::mem::take(&mut spans)));
            used = 0;
        }
        if used > 0 {
            spans.push(Span::styled("   ", theme.base));
            used += 3;
        }
        let value = fit(&value, width.saturating_sub(used + width_of(&label)));
        used += width_of(&label) + width_of(&value);
        spans.push(Span::styled(label, theme.label));
        spans.push(Span::styled(value, style));
    }
    lines.push(Line::from(spans));
    lines
}

/// Names from `known` that `typed` could be completed to, ignoring case:
/// those that start with it first, then those with a word that starts with
/// it (`beck` finds `Anna Becker`). A name typed in full needs no
/// completion and is left out.
pub fn owner_completions<'a>(known: &'a [String], typed: &str) -> Vec<&'a str> {
    let typed = clean_line(typed).to_lowercase();
    if typed.is_empty() {
        return Vec::new();
    }
    let candidates = known.iter().filter(|name| name.to_lowercase() != typed);
    let (mut starts, mut words): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    for name in candidates {
        let lower = name.to_lowercase();
        if lower.starts_with(&typed) {
            starts.push(name);
        } else if lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| word.starts_with(&typed))
        {
            words.push(name);
        }
    }
    starts.append(&mut words);
    starts
}
