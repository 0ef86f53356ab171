//! The follow-up screens (issue 6): the session's action list, check-in and
//! check-out rounds, the overview of pending actions across the sessions
//! folder, and continuing a session (the permanent workshop).
//!
//! The action list and the check-in screen work on the open session, so
//! their state lives in the session screen's [`Board`] (`board.followup`):
//! undo, autosave and the save state come from the board, and leaving the
//! session drops them. The overview and the continue form are screens of
//! their own. Every change goes through a command from
//! `core::followup`, applied with `Board::change`.
//!
//! "Today" is the day of `App::now` in `App::tz`: in the running app the
//! local time zone and the clock, in tests whatever they inject.

mod overview;
mod resume;

pub use crate::tui::screens::actions::{ActionList, Back, owner_completions};
pub use crate::tui::widgets::action_facts::{status_glyph, status_word, urgency_text, weekday_name};
pub use overview::{OverviewRow, OverviewScreen, OwnerFilterForm, filter_words};
pub use resume::ContinueScreen;

use super::action::Action;
use super::app::{App, Screen};
use super::keymap::Mode;
use crate::core::Session;
use crate::i18n::{Msg, fill};
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

// ----- the glue with the app -----

impl App {
    /// Today in the local time zone (the injected one in tests).
    pub fn today(&self) -> Date {
        today_in(self.now, &self.tz)
    }

    /// Right after a session was opened: its action list first when it is
    /// due for follow-up (see [`opens_on_actions`]).
    pub(crate) fn follow_up_on_open(&mut self) {
        let today = self.today();
        let tz = self.tz.clone();
        let Some(board) = self.board() else {
            return;
        };
        if !opens_on_actions(&board.session, today, &tz) {
            return;
        }
        let pending = board.session.pending_actions().count();
        let overdue = crate::core::followup::overdue_count(&board.session, today);
        self.open(&crate::tui::outcome::Route::Actions {
            select: None,
            overview: None,
        });
        let key = self.key_hint(Mode::Actions, &Action::GoBack);
        let msg = if pending == 1 {
            Msg::FollowUpShownOne
        } else {
            Msg::FollowUpShown
        };
        self.inform(fill(
            self.lang,
            msg,
            &[("pending", &pending), ("overdue", &overdue), ("key", &key)],
        ));
    }

    /// Forms of the follow-up screens: handles keys the generic form code
    /// does not know (owner completion). Returns true when it took the key.
    pub(crate) fn intercept_follow_up_form(&mut self, action: &Action) -> bool {
        if *action != Action::NextField {
            return false;
        }
        match &mut self.screen {
            Screen::Overview(overview) => overview
                .form
                .as_mut()
                .is_some_and(OwnerFilterForm::complete_owner),
            _ => false,
        }
    }

    /// Submits the form of a follow-up screen; false when none is open.
    pub(crate) fn submit_follow_up_form(&mut self) -> bool {
        match &self.screen {
            Screen::Overview(overview) if overview.form.is_some() => self.apply_owner_filter(),
            Screen::Continue(_) => self.create_continued_session(),
            _ => return false,
        }
        true
    }

    /// Closes the form of a follow-up screen; false when none is open.
    pub(crate) fn close_follow_up_form(&mut self) -> bool {
        match &mut self.screen {
            Screen::Overview(overview) if overview.form.is_some() => overview.form = None,
            Screen::Continue(_) => self.cancel_continue(),
            _ => return false,
        }
        true
    }
}

/// The keys the footer offers on the follow-up screens, most useful first.
pub fn footer_actions(app: &App) -> Vec<Action> {
    use Action as A;
    match (app.mode(), ()) {
        (Mode::Overview, _) => {
            let mut actions = Vec::new();
            if let Screen::Overview(overview) = &app.screen
                && !overview.rows.is_empty()
            {
                actions.push(A::OpenSelected);
            }
            actions.extend([
                A::ToggleOverdueOnly,
                A::FilterByOwner,
                A::GoBack,
                A::ToggleHelp,
                A::Quit,
            ]);
            actions
        }
        _ => vec![A::ToggleHelp],
    }
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
