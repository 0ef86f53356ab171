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
mod tests {
    use super::*;
    use crate::core::History;
    use jiff::Timestamp;
    use jiff::civil::date;

    const TODAY: Date = date(2026, 11, 29);

    /// A session with one phase, one idea in a cluster, a voting round on the
    /// idea, and a participant.
    fn workshop() -> Session {
        let mut session = Session::new(
            "Digitale Verwaltung",
            "retro",
            Language::De,
            Timestamp::UNIX_EPOCH,
        );
        let phase = PhaseId::from_u128(1);
        session.phases.push(Phase {
            id: phase,
            title: "Ideen".into(),
            question: "Was probieren wir aus?".into(),
            timebox_minutes: 10,
            activities: vec![Activity::Capture, Activity::Vote, Activity::Actions],
            seconds_used: 0,
            brainwriting: false,
        });
        session.participants.push(Participant {
            id: ParticipantId::from_u128(2),
            name: "Anna Becker".into(),
            colour: Colour::Blue,
        });
        session.clusters.push(Cluster {
            id: ClusterId::from_u128(3),
            phase,
            title: "Homeoffice".into(),
        });
        session.ideas.push(Idea {
            id: IdeaId::from_u128(4),
            phase,
            text: "Mobiles Arbeiten für Azubis".into(),
            authors: vec![],
            cluster: Some(ClusterId::from_u128(3)),
            hidden: false,
        });
        session.rounds.push(VoteRound {
            id: RoundId::from_u128(5),
            phase,
            title: "Was ist am wichtigsten?".into(),
            options: vec![VoteOption::Idea(IdeaId::from_u128(4))],
            budget: DotBudget::Fixed(3),
            dots_per_voter: 3,
            max_per_option: 3,
            facilitator_votes: false,
            status: RoundStatus::Revealed,
            allow_revote: false,
            voters: vec![],
            ballots: vec![],
            tally: vec![0],
            runoff_of: None,
        });
        session.validate().expect("the fixture is consistent");
        session
    }

    fn action(n: u128, due: Option<Date>, status: ActionStatus) -> ActionItem {
        ActionItem {
            id: ActionId::from_u128(n),
            text: format!("Maßnahme {n}"),
            owner: None,
            due,
            status,
            note: String::new(),
            source: None,
        }
    }

    /// Applies the command `make` builds, then its inverse, checks that the
    /// undo restores the session, and returns the session in between.
    fn apply_and_undo(session: &mut Session, make: impl FnOnce(&Session) -> Command) -> Session {
        let before = session.clone();
        let command = make(session);
        let inverse = session.apply(command).expect("the command applies");
        let after = session.clone();
        session.apply(inverse).expect("the inverse applies");
        assert_eq!(*session, before, "undo restores the session");
        after
    }

    #[test]
    fn creates_actions_from_idea_cluster_and_result_with_links() {
        let mut session = workshop();
        let cases = [
            (
                ActionOrigin::Idea(IdeaId::from_u128(4)),
                "Mobiles Arbeiten für Azubis",
                ActionSource::Idea(IdeaId::from_u128(4)),
            ),
            (
                ActionOrigin::Cluster(ClusterId::from_u128(3)),
                "Homeoffice",
                ActionSource::Cluster(ClusterId::from_u128(3)),
            ),
            (
                ActionOrigin::Result {
                    round: RoundId::from_u128(5),
                    option: VoteOption::Idea(IdeaId::from_u128(4)),
                },
                "Mobiles Arbeiten für Azubis",
                ActionSource::Round(RoundId::from_u128(5)),
            ),
        ];
        for (n, (origin, text, source)) in cases.into_iter().enumerate() {
            let id = ActionId::from_u128(100 + n as u128);
            let after = apply_and_undo(&mut session, |s| {
                create_action(s, id, origin).expect("origin exists")
            });
            let created = after.action(id).expect("the action was added");
            assert_eq!(created.text, text);
            assert_eq!(created.source, Some(source));
            assert_eq!(created.status, ActionStatus::Open);
            assert!(session.actions.is_empty());
        }
    }

    #[test]
    fn blank_and_unknown_origins_are_refused() {
        let session = workshop();
        let id = ActionId::from_u128(9);
        assert_eq!(
            create_action(&session, id, ActionOrigin::Blank),
            Err(DomainError::EmptyText)
        );
        let blank = draft_action(&session, id, ActionOrigin::Blank).expect("a blank draft");
        assert_eq!((blank.text.as_str(), blank.source), ("", None));
        assert!(matches!(
            create_action(&session, id, ActionOrigin::Idea(IdeaId::from_u128(77))),
            Err(DomainError::NotFound { kind: "idea", .. })
        ));
        let foreign = ActionOrigin::Result {
            round: RoundId::from_u128(5),
            option: VoteOption::Cluster(ClusterId::from_u128(3)),
        };
        assert!(matches!(
            create_action(&session, id, foreign),
            Err(DomainError::Refused(Refusal::OptionNotInRound { .. }))
        ));
    }

    #[test]
    fn a_blank_draft_is_added_once_it_has_text() {
        let mut session = workshop();
        let mut draft = draft_action(&session, ActionId::from_u128(9), ActionOrigin::Blank).expect("draft");
        assert_eq!(
            session.apply(add_action(&session, draft.clone())),
            Err(DomainError::EmptyText)
        );
        draft.text = "  Leitfaden schreiben \n".into();
        let after = apply_and_undo(&mut session, |s| add_action(s, draft));
        assert_eq!(after.actions[0].text, "Leitfaden schreiben");
    }

    #[test]
    fn every_edit_changes_one_field_and_undoes() {
        let mut session = workshop();
        let id = ActionId::from_u128(10);
        session.actions.push(action(10, None, ActionStatus::Open));
        let due = date(2026, 12, 15);

        let after = apply_and_undo(&mut session, |s| set_action_text(s, id, "Pilot starten").unwrap());
        assert_eq!(after.actions[0].text, "Pilot starten");
        let after = apply_and_undo(&mut session, |s| {
            set_action_owner(s, id, Some(" Anna Becker ")).unwrap()
        });
        assert_eq!(after.actions[0].owner.as_deref(), Some("Anna Becker"));
        let after = apply_and_undo(&mut session, |s| set_action_due(s, id, Some(due)).unwrap());
        assert_eq!(after.actions[0].due, Some(due));
        let after = apply_and_undo(&mut session, |s| {
            set_action_note(s, id, "mit dem Personalrat").unwrap()
        });
        assert_eq!(after.actions[0].note, "mit dem Personalrat");
        let after = apply_and_undo(&mut session, |s| {
            set_action_status(s, id, ActionStatus::Doing).unwrap()
        });
        assert_eq!(after.actions[0].status, ActionStatus::Doing);
        // Everything else stays as it was.
        assert_eq!(
            ActionItem {
                status: ActionStatus::Open,
                ..after.actions[0].clone()
            },
            session.actions[0]
        );
    }

    #[test]
    fn clearing_the_owner_and_refusing_empty_text() {
        let mut session = workshop();
        let id = ActionId::from_u128(10);
        let mut owned = action(10, None, ActionStatus::Open);
        owned.owner = Some("Ben".into());
        session.actions.push(owned);
        let after = apply_and_undo(&mut session, |s| set_action_owner(s, id, Some("   ")).unwrap());
        assert_eq!(after.actions[0].owner, None);
        let before = session.clone();
        assert_eq!(
            session.apply(set_action_text(&session, id, " \n ").unwrap()),
            Err(DomainError::EmptyText)
        );
        assert_eq!(session, before);
        assert!(set_action_text(&session, ActionId::from_u128(99), "x").is_err());
    }

    #[test]
    fn delete_removes_and_undo_puts_it_back_in_place() {
        let mut session = workshop();
        for n in 1..=3 {
            session.actions.push(action(n, None, ActionStatus::Open));
        }
        let mut history = History::new();
        let before = session.clone();
        let delete = delete_action(&session, ActionId::from_u128(2)).unwrap();
        history.apply(&mut session, delete).unwrap();
        let ids: Vec<ActionId> = session.actions.iter().map(|a| a.id).collect();
        assert_eq!(ids, vec![ActionId::from_u128(1), ActionId::from_u128(3)]);
        history.undo(&mut session).unwrap();
        assert_eq!(session, before);
        assert!(delete_action(&session, ActionId::from_u128(42)).is_err());
    }

    #[test]
    fn status_cycles_through_all_four() {
        let mut status = ActionStatus::Open;
        let mut seen = vec![status];
        for _ in 0..3 {
            status = next_status(status);
            seen.push(status);
        }
        assert_eq!(seen, ActionStatus::ALL.to_vec());
        assert_eq!(next_status(status), ActionStatus::Open);
    }

    #[test]
    fn sorts_by_due_then_status_and_by_status_then_due() {
        let early = date(2026, 12, 1);
        let late = date(2027, 1, 15);
        let actions = vec![
            action(1, None, ActionStatus::Open),
            action(2, Some(late), ActionStatus::Open),
            action(3, Some(early), ActionStatus::Done),
            action(4, Some(early), ActionStatus::Open),
            action(5, Some(late), ActionStatus::Doing),
        ];
        let ids = |order| -> Vec<u128> {
            sorted_actions(&actions, order)
                .iter()
                .map(|a| a.id.0.as_u128())
                .collect()
        };
        assert_eq!(ids(ActionOrder::Entered), vec![1, 2, 3, 4, 5]);
        assert_eq!(ids(ActionOrder::Due), vec![4, 3, 2, 5, 1]);
        assert_eq!(ids(ActionOrder::Status), vec![4, 2, 1, 5, 3]);
    }

    #[test]
    fn urgency_with_a_fixed_today() {
        let pending = |due| action(1, Some(due), ActionStatus::Open);
        assert_eq!(urgency(&pending(date(2026, 11, 1)), TODAY), Urgency::Overdue(28));
        assert_eq!(urgency(&pending(date(2026, 11, 28)), TODAY), Urgency::Overdue(1));
        assert_eq!(urgency(&pending(TODAY), TODAY), Urgency::DueToday);
        assert_eq!(urgency(&pending(date(2026, 11, 30)), TODAY), Urgency::DueSoon(1));
        assert_eq!(urgency(&pending(date(2026, 12, 6)), TODAY), Urgency::DueSoon(7));
        assert_eq!(urgency(&pending(date(2026, 12, 7)), TODAY), Urgency::Later(8));
        assert_eq!(
            urgency(&action(1, None, ActionStatus::Doing), TODAY),
            Urgency::Undated
        );
        let done_late = action(1, Some(date(2026, 1, 1)), ActionStatus::Done);
        assert_eq!(urgency(&done_late, TODAY), Urgency::Closed);
        assert_eq!(days_overdue(&done_late, TODAY), None);
        // Across a year boundary and a leap day.
        assert_eq!(
            days_overdue(&pending(date(2027, 12, 31)), date(2028, 3, 1)),
            Some(61)
        );
        assert_eq!(days_until_due(&pending(date(2026, 12, 24)), TODAY), Some(25));
        assert_eq!(days_until_due(&pending(date(2026, 11, 24)), TODAY), Some(-5));
    }

    #[test]
    fn counts_overdue_actions_of_a_session() {
        let mut session = workshop();
        session.actions = vec![
            action(1, Some(date(2026, 11, 1)), ActionStatus::Open),
            action(2, Some(date(2026, 11, 2)), ActionStatus::Doing),
            action(3, Some(date(2026, 11, 3)), ActionStatus::Dropped),
            action(4, Some(TODAY), ActionStatus::Open),
            action(5, None, ActionStatus::Open),
        ];
        assert_eq!(overdue_count(&session, TODAY), 2);
        assert_eq!(overdue_count(&session, date(2026, 10, 1)), 0);
    }

    #[test]
    fn parses_due_dates_as_people_type_them() {
        let parse = |text| parse_due(text, TODAY);
        assert_eq!(parse(""), Ok(None));
        assert_eq!(parse("2026-12-31"), Ok(Some(date(2026, 12, 31))));
        assert_eq!(parse("31.12.2026"), Ok(Some(date(2026, 12, 31))));
        assert_eq!(parse("1.2.27"), Ok(Some(date(2027, 2, 1))));
        assert_eq!(parse("15.12."), Ok(Some(date(2026, 12, 15))));
        assert_eq!(parse("15.1."), Ok(Some(date(2027, 1, 15))));
        assert_eq!(parse("+10"), Ok(Some(date(2026, 12, 9))));
        assert_eq!(parse("+2w"), Ok(Some(date(2026, 12, 13))));
        assert_eq!(parse("Heute"), Ok(Some(TODAY)));
        assert_eq!(parse("morgen"), Ok(Some(date(2026, 11, 30))));
        for bad in ["31.2.2026", "demnächst", "+x", "1.2.3.4", "12/31/2026"] {
            assert!(
                matches!(parse(bad), Err(DomainError::Refused(Refusal::NotADate { .. }))),
                "{bad} was accepted"
            );
        }
    }

    #[test]
    fn formats_due_dates_per_language() {
        assert_eq!(format_due(date(2026, 3, 7), Language::De), "07.03.2026");
        assert_eq!(format_due(date(2026, 3, 7), Language::En), "2026-03-07");
    }

    #[test]
    fn owners_match_whole_names_or_words_ignoring_case() {
        assert!(owner_matches(Some("Anna Becker"), "anna becker"));
        assert!(owner_matches(Some("Frau Becker"), "becker"));
        assert!(owner_matches(Some("Becker / Yilmaz"), "YILMAZ"));
        assert!(owner_matches(Some("Jörg Weiß"), "JÖRG"));
        assert!(!owner_matches(Some("Hanna"), "ann"));
        assert!(!owner_matches(None, "anna"));
        assert!(!owner_matches(Some("Anna"), "  "));
    }

    #[test]
    fn known_owners_offer_the_roster_then_other_names_once() {
        let mut session = workshop();
        let mut first = action(1, None, ActionStatus::Open);
        first.owner = Some("Amt 10".into());
        let mut second = action(2, None, ActionStatus::Open);
        second.owner = Some("anna becker".into());
        session.actions = vec![first, second];
        assert_eq!(known_owners(&session), vec!["Anna Becker", "Amt 10"]);
    }

    #[test]
    fn overview_filters_sorts_and_skips_superseded_actions() {
        let mut old = workshop();
        old.title = "Januar".into();
        let mut anna = action(1, Some(date(2026, 11, 20)), ActionStatus::Open);
        anna.owner = Some("Anna Becker".into());
        let carried_away = action(2, Some(date(2026, 10, 1)), ActionStatus::Open);
        old.actions = vec![anna, carried_away.clone(), action(3, None, ActionStatus::Done)];

        let mut new = workshop();
        new.id = SessionId::from_u128(99);
        new.title = "Februar".into();
        let mut carried = action(20, Some(date(2026, 10, 1)), ActionStatus::Doing);
        carried.source = Some(ActionSource::Carried {
            session: old.id,
            action: carried_away.id,
        });
        new.actions = vec![
            carried,
            action(21, None, ActionStatus::Open),
            action(22, Some(date(2027, 1, 1)), ActionStatus::Open),
        ];

        let all = pending_overview([&old, &new], TODAY, &ActionFilter::default());
        let listed: Vec<(usize, u128, Option<i64>)> = all
            .iter()
            .map(|r| (r.session_index, r.action.id.0.as_u128(), r.days_overdue()))
            .collect();
        assert_eq!(
            listed,
            vec![(1, 20, Some(59)), (0, 1, Some(9)), (1, 22, None), (1, 21, None)]
        );

        let overdue = ActionFilter {
            overdue_only: true,
            owner: None,
        };
        assert_eq!(pending_overview([&old, &new], TODAY, &overdue).len(), 2);
        let annas = ActionFilter {
            overdue_only: false,
            owner: Some("becker".into()),
        };
        let rows = pending_overview([&old, &new], TODAY, &annas);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].session.title, "Januar");
        // Without the later session the old action is listed again.
        assert_eq!(pending_overview([&old], TODAY, &ActionFilter::default()).len(), 2);
    }
}
