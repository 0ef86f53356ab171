//! Action items: create (from what is selected), edit, delete, sort, and how
//! urgent they are on a given day; the overview across sessions.

use crate::core::command::{Command, DomainError, Refusal};
use crate::core::session::*;
use crate::core::text::clean_line;
use jiff::civil::Date;
use std::cmp::Ordering;
use std::collections::HashSet;

/// What a new action item is made from: whatever is selected on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionOrigin {
    /// An empty action; the text is typed in.
    Blank,
    Idea(IdeaId),
    Cluster(ClusterId),
    /// One line of a voting round's result.
    Result {
        round: RoundId,
        option: VoteOption,
    },
}

fn not_found(kind: &'static str, id: impl ToString) -> DomainError {
    DomainError::NotFound {
        kind,
        id: id.to_string(),
    }
}

/// A new action item prefilled from `origin`: the idea's text, the cluster's
/// title, or the label of the voted option, linked to where it came from. A
/// blank draft has empty text, which `Session::apply` refuses until the
/// facilitator types something.
pub fn draft_action(
    session: &Session,
    id: ActionId,
    origin: ActionOrigin,
) -> Result<ActionItem, DomainError> {
    let (text, source) = match origin {
        ActionOrigin::Blank => (String::new(), None),
        ActionOrigin::Idea(idea) => {
            let idea = session.idea(idea).ok_or_else(|| not_found("idea", idea))?;
            (idea.text.clone(), Some(ActionSource::Idea(idea.id)))
        }
        ActionOrigin::Cluster(cluster) => {
            let cluster = session
                .cluster(cluster)
                .ok_or_else(|| not_found("cluster", cluster))?;
            (cluster.title.clone(), Some(ActionSource::Cluster(cluster.id)))
        }
        ActionOrigin::Result { round, option } => {
            let round = session
                .round(round)
                .ok_or_else(|| not_found("voting round", round))?;
            if !round.options.contains(&option) {
                return Err(Refusal::OptionNotInRound {
                    round: round.title.clone(),
                }
                .into());
            }
            let label = session.option_label(option).unwrap_or_default().to_string();
            (label, Some(ActionSource::Round(round.id)))
        }
    };
    Ok(ActionItem {
        id,
        text,
        owner: None,
        due: None,
        status: ActionStatus::Open,
        note: String::new(),
        source,
    })
}

/// Adds a (drafted and edited) action at the end of the list.
pub fn add_action(session: &Session, action: ActionItem) -> Command {
    Command::AddAction {
        action,
        index: session.actions.len(),
    }
}

/// Drafts an action from `origin` and adds it in one step (one key on a
/// selected idea, cluster or result line). A blank origin has no text yet.
pub fn create_action(session: &Session, id: ActionId, origin: ActionOrigin) -> Result<Command, DomainError> {
    let draft = draft_action(session, id, origin)?;
    if draft.text.trim().is_empty() {
        return Err(DomainError::EmptyText);
    }
    Ok(add_action(session, draft))
}

/// Replaces action `id` by a changed copy; `change` edits the copy. The
/// result is checked when the command is applied.
pub fn edit_action(
    session: &Session,
    id: ActionId,
    change: impl FnOnce(&mut ActionItem),
) -> Result<Command, DomainError> {
    let mut action = session.action(id).ok_or_else(|| not_found("action", id))?.clone();
    change(&mut action);
    action.id = id;
    Ok(Command::ReplaceAction(action))
}

pub fn set_action_text(session: &Session, id: ActionId, text: &str) -> Result<Command, DomainError> {
    edit_action(session, id, |a| a.text = text.to_string())
}

/// Sets the owner: a participant's name or any other name; `None` or a blank
/// name clears it.
pub fn set_action_owner(
    session: &Session,
    id: ActionId,
    owner: Option<&str>,
) -> Result<Command, DomainError> {
    edit_action(session, id, |a| a.owner = owner.map(str::to_string))
}

pub fn set_action_due(session: &Session, id: ActionId, due: Option<Date>) -> Result<Command, DomainError> {
    edit_action(session, id, |a| a.due = due)
}

pub fn set_action_note(session: &Session, id: ActionId, note: &str) -> Result<Command, DomainError> {
    edit_action(session, id, |a| a.note = note.to_string())
}

pub fn set_action_status(
    session: &Session,
    id: ActionId,
    status: ActionStatus,
) -> Result<Command, DomainError> {
    edit_action(session, id, |a| a.status = status)
}

pub fn delete_action(session: &Session, id: ActionId) -> Result<Command, DomainError> {
    session.action(id).ok_or_else(|| not_found("action", id))?;
    Ok(Command::RemoveAction(id))
}

/// The status a "next status" key moves to: open, doing, done, dropped, open.
pub fn next_status(status: ActionStatus) -> ActionStatus {
    match status {
        ActionStatus::Open => ActionStatus::Doing,
        ActionStatus::Doing => ActionStatus::Done,
        ActionStatus::Done => ActionStatus::Dropped,
        ActionStatus::Dropped => ActionStatus::Open,
    }
}

/// Names to offer when typing an owner: the roster first, then other owners
/// already used in the session, each once (ignoring case).
pub fn known_owners(session: &Session) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    let roster = session.participants.iter().map(|p| p.name.as_str());
    let owners = session.actions.iter().filter_map(|a| a.owner.as_deref());
    for name in roster.chain(owners) {
        if !names
            .iter()
            .any(|known| known.to_lowercase() == name.to_lowercase())
        {
            names.push(name);
        }
    }
    names
}

// ---------------------------------------------------------------- sorting

/// How an action list is ordered on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ActionOrder {
    /// As agreed in the workshop.
    #[default]
    Entered,
    /// Earliest due date first, undated last; then by status.
    Due,
    /// Open, doing, done, dropped; within each by due date.
    Status,
}

fn status_rank(status: ActionStatus) -> usize {
    ActionStatus::ALL
        .iter()
        .position(|s| *s == status)
        .unwrap_or(ActionStatus::ALL.len())
}

/// Undated actions sort after every dated one.
fn compare_due(a: Option<Date>, b: Option<Date>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// By due date (undated last), then by status.
pub fn compare_by_due(a: &ActionItem, b: &ActionItem) -> Ordering {
    compare_due(a.due, b.due).then_with(|| status_rank(a.status).cmp(&status_rank(b.status)))
}

/// By status (open, doing, done, dropped), then by due date.
pub fn compare_by_status(a: &ActionItem, b: &ActionItem) -> Ordering {
    status_rank(a.status)
        .cmp(&status_rank(b.status))
        .then_with(|| compare_due(a.due, b.due))
}

/// The actions in `order`; equal ones keep the order they were entered in.
pub fn sorted_actions(actions: &[ActionItem], order: ActionOrder) -> Vec<&ActionItem> {
    let mut sorted: Vec<&ActionItem> = actions.iter().collect();
    match order {
        ActionOrder::Entered => {}
        ActionOrder::Due => sorted.sort_by(|a, b| compare_by_due(a, b)),
        ActionOrder::Status => sorted.sort_by(|a, b| compare_by_status(a, b)),
    }
    sorted
}

// ---------------------------------------------------------------- due dates

/// Due within this many days (and not today) counts as "due soon".
pub const DUE_SOON_DAYS: i64 = 7;

/// How pressing an action is on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    /// Pending and past its due date by this many days (at least 1).
    Overdue(i64),
    DueToday,
    /// Due in 1 to [`DUE_SOON_DAYS`] days.
    DueSoon(i64),
    /// Due later than that, in this many days.
    Later(i64),
    /// Pending without a due date.
    Undated,
    /// Done or dropped: no longer pressing, whatever the date.
    Closed,
}

/// Whole days from `from` to `to`; negative when `to` is earlier.
fn days_between(from: Date, to: Date) -> i64 {
    // A span between two civil dates always exists; its largest unit is days.
    from.until(to).map(|span| i64::from(span.get_days())).unwrap_or(0)
}

/// Days from `today` to the due date: 0 when due today, negative when past.
pub fn days_until_due(action: &ActionItem, today: Date) -> Option<i64> {
    action.due.map(|due| days_between(today, due))
}

/// Days a pending action is past its due date on `today`, if it is.
pub fn days_overdue(action: &ActionItem, today: Date) -> Option<i64> {
    action.days_overdue(today)
}

pub fn is_overdue(action: &ActionItem, today: Date) -> bool {
    days_overdue(action, today).is_some()
}

pub fn urgency(action: &ActionItem, today: Date) -> Urgency {
    if !action.status.is_pending() {
        return Urgency::Closed;
    }
    match days_until_due(action, today) {
        None => Urgency::Undated,
        Some(days) if days < 0 => Urgency::Overdue(-days),
        Some(0) => Urgency::DueToday,
        Some(days) if days <= DUE_SOON_DAYS => Urgency::DueSoon(days),
        Some(days) => Urgency::Later(days),
    }
}

/// Number of pending actions past their due date on `today`.
pub fn overdue_count(session: &Session, today: Date) -> usize {
    session.actions.iter().filter(|a| is_overdue(a, today)).count()
}

/// A due date as people write it: `31.12.2026` in German, `2026-12-31` in
/// English (the ISO form is unambiguous for international readers).
pub fn format_due(due: Date, language: Language) -> String {
    match language {
        Language::De => format!("{:02}.{:02}.{}", due.day(), due.month(), due.year()),
        Language::En => due.to_string(),
    }
}

/// Reads a typed due date. Accepts `2026-12-31`, `31.12.2026`, `31.12.26`,
/// `31.12.` (the next such day from `today`), `+10` (days), `+2w` (weeks),
/// `today`/`heute`, `tomorrow`/`morgen`. Blank input clears the date.
pub fn parse_due(input: &str, today: Date) -> Result<Option<Date>, DomainError> {
    let text = clean_line(input).to_lowercase();
    if text.is_empty() {
        return Ok(None);
    }
    let invalid = || {
        DomainError::from(Refusal::NotADate {
            input: clean_line(input),
        })
    };
    let date = match text.as_str() {
        "today" | "heute" => Some(today),
        "tomorrow" | "morgen" => today.tomorrow().ok(),
        _ if text.starts_with('+') => parse_offset(&text[1..], today),
        _ if text.contains('.') => parse_german(&text, today),
        _ => text.parse::<Date>().ok(),
    };
    date.map(Some).ok_or_else(invalid)
}

/// `10`, `10d`, `2w` after a plus sign.
fn parse_offset(text: &str, today: Date) -> Option<Date> {
    let (number, days_per_unit) = match text.strip_suffix(['w', 'W']) {
        Some(weeks) => (weeks, 7),
        None => (text.strip_suffix(['d', 't']).unwrap_or(text), 1),
    };
    let count: i64 = number.trim().parse().ok()?;
    let days = count.checked_mul(days_per_unit)?;
    today.checked_add(jiff::Span::new().try_days(days).ok()?).ok()
}

/// `31.12.2026`, `31.12.26` or `31.12.` (the next 31 December from today).
fn parse_german(text: &str, today: Date) -> Option<Date> {
    let mut parts = text.split('.').map(str::trim);
    let day: i8 = parts.next()?.parse().ok()?;
    let month: i8 = parts.next()?.parse().ok()?;
    let year = parts.next().unwrap_or("");
    if parts.next().is_some_and(|rest| !rest.is_empty()) {
        return None;
    }
    match year.len() {
        0 => {
            let this_year = Date::new(today.year(), month, day).ok()?;
            if this_year >= today {
                Some(this_year)
            } else {
                Date::new(today.year().checked_add(1)?, month, day).ok()
            }
        }
        2 => Date::new(2000 + year.parse::<i16>().ok()?, month, day).ok(),
        4 => Date::new(year.parse().ok()?, month, day).ok(),
        _ => None,
    }
}

// ---------------------------------------------------------------- overview

/// Which pending actions an overview shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActionFilter {
    /// Only actions past their due date.
    pub overdue_only: bool,
    /// Only actions of this owner (see [`owner_matches`]).
    pub owner: Option<String>,
}

impl ActionFilter {
    pub fn matches(&self, action: &ActionItem, today: Date) -> bool {
        action.status.is_pending()
            && (!self.overdue_only || is_overdue(action, today))
            && self
                .owner
                .as_deref()
                .is_none_or(|wanted| owner_matches(action.owner.as_deref(), wanted))
    }
}

/// Whether an action's owner is the person asked for, ignoring case: the
/// whole name (`Anna Becker`), or one of its words, so that `becker` finds
/// `Frau Becker` and `Becker / Yilmaz`.
pub fn owner_matches(owner: Option<&str>, wanted: &str) -> bool {
    let wanted = clean_line(wanted).to_lowercase();
    let Some(owner) = owner.map(str::to_lowercase) else {
        return false;
    };
    if wanted.is_empty() {
        return false;
    }
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let owner_words = words(&owner);
    let wanted_words = words(&wanted);
    owner.trim() == wanted
        || (!wanted_words.is_empty()
            && owner_words
                .windows(wanted_words.len())
                .any(|window| window == wanted_words.as_slice()))
}

/// One line of the overview across sessions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OverviewRow<'a> {
    /// Position of the session in what was passed to [`pending_overview`].
    pub session_index: usize,
    pub session: &'a Session,
    pub action: &'a ActionItem,
    pub urgency: Urgency,
}

impl OverviewRow<'_> {
    pub fn days_overdue(&self) -> Option<i64> {
        match self.urgency {
            Urgency::Overdue(days) => Some(days),
            _ => None,
        }
    }
}

/// Every pending action of `sessions` that passes `filter`, sorted by due
/// date (undated last), then session title, then as entered.
///
/// An action that a later session in the list carried over for review
/// (the permanent workshop) is left out: the carried copy is the one that
/// is kept up to date, and listing both would show the same task twice.
pub fn pending_overview<'a>(
    sessions: impl IntoIterator<Item = &'a Session>,
    today: Date,
    filter: &ActionFilter,
) -> Vec<OverviewRow<'a>> {
    let sessions: Vec<&Session> = sessions.into_iter().collect();
    let superseded: HashSet<(SessionId, ActionId)> = sessions
        .iter()
        .flat_map(|s| s.actions.iter())
        .filter_map(|a| match a.source {
            Some(ActionSource::Carried { session, action }) => Some((session, action)),
            _ => None,
        })
        .collect();
    let mut rows: Vec<OverviewRow<'a>> = sessions
        .iter()
        .enumerate()
        .flat_map(|(session_index, &session)| {
            session
                .actions
                .iter()
                .filter(|a| !superseded.contains(&(session.id, a.id)))
                .filter(|a| filter.matches(a, today))
                .map(move |action| OverviewRow {
                    session_index,
                    session,
                    action,
                    urgency: urgency(action, today),
                })
        })
        .collect();
    rows.sort_by(|a, b| {
        compare_due(a.action.due, b.action.due).then_with(|| a.session.title.cmp(&b.session.title))
    });
    rows
}

#[cfg(test)]
mod tests;
