//! Follow-up between workshops: when a session opens on its action list,
//! and where the follow-up screens live (the action list, check-in, the
//! overview of all actions and continuing a session are screen folders
//! under `tui/screens/`; their names are re-exported here).
//!
//! "Today" is the day of the app's `now` in its time zone: in the running
//! app the local time zone and the clock, in tests whatever they inject.

pub use crate::tui::screens::actions::{ActionList, Back};
pub use crate::tui::screens::overview::{OverviewRow, OverviewScreen, OwnerFilterForm, filter_words};
pub use crate::tui::screens::resume::ContinueScreen;
pub use crate::tui::widgets::action_facts::{
    owner_completions, status_glyph, status_word, urgency_text, weekday_name,
};

use crate::core::Session;
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

/// The local date of `now` in `tz`.
pub fn today_in(now: Timestamp, tz: &TimeZone) -> Date {
    now.to_zoned_datetime(tz.clone()).date()
}

/// Whether opening `session` should show its action list first: it has
/// pending actions and was last changed on an earlier day than `today`, so
/// the group is most likely meeting to follow up. A session changed today
/// is still being worked on and opens on its board.
pub fn opens_on_actions(session: &Session, today: Date, tz: &TimeZone) -> bool {
    let changed = today_in(session.updated, tz);
    changed < today && session.pending_actions().next().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{ActionId, ActionItem, ActionStatus, Language};
    use jiff::civil::date;

    fn session_updated(at: &str, status: ActionStatus) -> Session {
        let mut session = Session::new("Retro", "retro", Language::De, Timestamp::UNIX_EPOCH);
        session.updated = at.parse().expect("timestamp");
        session.actions.push(ActionItem {
            id: ActionId::from_u128(1),
            text: "Protokoll".into(),
            owner: None,
            due: None,
            status,
            note: String::new(),
            source: None,
        });
        session
    }

    #[test]
    fn older_sessions_with_pending_actions_open_on_the_list() {
        // Berlin in November.
        let berlin = TimeZone::fixed(jiff::tz::offset(1));
        let today = date(2026, 11, 29);
        let yesterday = session_updated("2026-11-28T10:00:00Z", ActionStatus::Doing);
        assert!(opens_on_actions(&yesterday, today, &berlin));
        let this_morning = session_updated("2026-11-29T07:00:00Z", ActionStatus::Open);
        assert!(!opens_on_actions(&this_morning, today, &berlin));
        let all_done = session_updated("2026-10-01T10:00:00Z", ActionStatus::Done);
        assert!(!opens_on_actions(&all_done, today, &berlin));
        // 23:30 UTC on the 28th is already the 29th in Berlin: changed today.
        let late = session_updated("2026-11-28T23:30:00Z", ActionStatus::Open);
        assert!(!opens_on_actions(&late, today, &berlin));
        assert!(opens_on_actions(&late, today, &TimeZone::UTC));
    }

    #[test]
    fn today_follows_the_time_zone() {
        let now: Timestamp = "2026-11-28T23:30:00Z".parse().expect("timestamp");
        assert_eq!(today_in(now, &TimeZone::UTC), date(2026, 11, 28));
        let tokyo = TimeZone::fixed(jiff::tz::offset(9));
        assert_eq!(today_in(now, &tokyo), date(2026, 11, 29));
    }

    #[test]
    fn weekdays_and_urgency_read_naturally() {
        use crate::core::followup::Urgency;
        assert_eq!(weekday_name(Language::De, date(2026, 11, 29)), "So");
        assert_eq!(weekday_name(Language::En, date(2026, 11, 30)), "Mon");
        assert_eq!(
            urgency_text(Language::De, Urgency::Overdue(16)).as_deref(),
            Some("16 Tage überfällig")
        );
        assert_eq!(
            urgency_text(Language::En, Urgency::Overdue(1)).as_deref(),
            Some("1 day overdue")
        );
        assert_eq!(
            urgency_text(Language::De, Urgency::DueSoon(1)).as_deref(),
            Some("morgen fällig")
        );
        assert_eq!(urgency_text(Language::En, Urgency::Closed), None);
    }
}
