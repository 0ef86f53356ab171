//! The overview from the start screen: every pending action of every
//! session in the folder, soonest due first, with a filter for the overdue
//! ones and for one person. Enter opens the session on its action list.

use crate::core::Session;
use crate::core::followup::{ActionFilter, pending_overview};
use crate::core::{ActionId, Language};
use crate::i18n::{Msg, fill};
use crate::store::{self, StoreError};
use crate::tui::action::Action;
use crate::tui::app::{App, Screen};
use crate::tui::forms::{FieldKind, Form};
use crate::tui::screens::actions::owner_completions;
use crate::tui::text_input::TextInput;
use jiff::civil::Date;
use std::path::PathBuf;

/// Rows the page keys move.
const PAGE: usize = 10;

/// One line of the overview: which session, which action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OverviewRow {
    /// Index into `OverviewScreen::sessions`.
    pub session: usize,
    /// Index into that session's actions.
    pub action: usize,
}

#[derive(Debug)]
pub struct OverviewScreen {
    /// The readable sessions of the folder with their files, newest first.
    pub sessions: Vec<(PathBuf, Session)>,
    /// Files that could not be read.
    pub unreadable: usize,
    pub folder_error: Option<StoreError>,
    pub filter: ActionFilter,
    /// The pending actions that pass the filter, soonest due first.
    pub rows: Vec<OverviewRow>,
    pub selected: usize,
    pub form: Option<OwnerFilterForm>,
    /// The start screen row to return to.
    pub start_row: usize,
}

impl OverviewScreen {
    /// Reads the folder and lists its pending actions as of `today`.
    pub fn load(
        dir: &std::path::Path,
        filter: ActionFilter,
        today: Date,
        start_row: usize,
    ) -> OverviewScreen {
        let (listed, folder_error) = match store::list_sessions(dir) {
            Ok(listed) => (listed, None),
            Err(error) => (Vec::new(), Some(error)),
        };
        let mut sessions = Vec::new();
        let mut unreadable = 0;
        for entry in listed {
            match entry.session {
                Ok(session) => sessions.push((entry.path, session)),
                // One broken file must not hide the actions of the others.
                Err(_) => unreadable += 1,
            }
        }
        let mut screen = OverviewScreen {
            sessions,
            unreadable,
            folder_error,
            filter,
            rows: Vec::new(),
            selected: 0,
            form: None,
            start_row,
        };
        screen.refilter(today);
        screen
    }

    /// Lists the rows again after the filter changed.
    pub fn refilter(&mut self, today: Date) {
        let rows = pending_overview(self.sessions.iter().map(|(_, s)| s), today, &self.filter);
        self.rows = rows
            .iter()
            .filter_map(|row| {
                let session = &self.sessions[row.session_index].1;
                let action = session.actions.iter().position(|a| a.id == row.action.id)?;
                Some(OverviewRow {
                    session: row.session_index,
                    action,
                })
            })
            .collect();
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }

    /// Every owner named in the folder, for completing the filter.
    pub fn owners(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        let all = self
            .sessions
            .iter()
            .flat_map(|(_, s)| s.actions.iter().filter_map(|a| a.owner.as_deref()));
        for name in all {
            if !names.iter().any(|n| n.to_lowercase() == name.to_lowercase()) {
                names.push(name.to_string());
            }
        }
        names.sort_by_key(|n| n.to_lowercase());
        names
    }

    pub fn row(&self, index: usize) -> Option<(&PathBuf, &Session, &crate::core::ActionItem)> {
        let row = self.rows.get(index)?;
        let (path, session) = self.sessions.get(row.session)?;
        Some((path, session, session.actions.get(row.action)?))
    }

    /// How many listed actions are overdue on `today`.
    pub fn overdue(&self, today: Date) -> usize {
        (0..self.rows.len())
            .filter_map(|i| self.row(i))
            .filter(|(_, _, action)| action.days_overdue(today).is_some())
            .count()
    }
}

/// The one-field form that filters by owner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnerFilterForm {
    pub name: TextInput,
    pub owners: Vec<String>,
}

impl OwnerFilterForm {
    pub fn matches(&self) -> Vec<&str> {
        owner_completions(&self.owners, self.name.text())
    }

    /// Tab completes the name when a known one fits.
    pub fn complete_owner(&mut self) -> bool {
        let Some(name) = self.matches().first().map(|n| n.to_string()) else {
            return false;
        };
        self.name = TextInput::with_text(&name);
        true
    }
}

impl Form for OwnerFilterForm {
    fn field_count(&self) -> usize {
        1
    }

    fn focus(&self) -> usize {
        0
    }

    fn set_focus(&mut self, _field: usize) {}

    fn kind(&self, _field: usize) -> FieldKind {
        FieldKind::Text { multiline: false }
    }

    fn text_mut(&mut self, _field: usize) -> Option<&mut TextInput> {
        Some(&mut self.name)
    }

    fn change(&mut self, _field: usize, _step: isize) {}

    fn toggle(&mut self, _field: usize) {}
}

impl App {
    /// The overview of the sessions folder, from the start screen.
    pub(crate) fn show_action_overview(&mut self) {
        let start_row = match &self.screen {
            Screen::Start(start) => start.selected,
            _ => 0,
        };
        self.show_overview_with(ActionFilter::default(), start_row);
    }

    /// The overview (again) with a filter, e.g. after a session opened from
    /// it was closed.
    pub(crate) fn show_overview_with(&mut self, filter: ActionFilter, start_row: usize) {
        let today = self.today();
        self.lang = crate::i18n::pick_language(self.options.lang, None, self.options.locale.as_deref());
        let overview = OverviewScreen::load(&self.options.dir, filter, today, start_row);
        self.screen = Screen::Overview(Box::new(overview));
    }

    pub(crate) fn update_overview(&mut self, action: Action) {
        let today = self.today();
        let Screen::Overview(overview) = &mut self.screen else {
            return;
        };
        let last = overview.rows.len().saturating_sub(1);
        match action {
            Action::Quit => self.request_quit(),
            Action::ToggleHelp => self.help_scroll = Some(0),
            Action::SelectNext => overview.selected = (overview.selected + 1).min(last),
            Action::SelectPrevious => overview.selected = overview.selected.saturating_sub(1),
            Action::PageDown => overview.selected = (overview.selected + PAGE).min(last),
            Action::PageUp => overview.selected = overview.selected.saturating_sub(PAGE),
            Action::SelectFirst => overview.selected = 0,
            Action::SelectLast => overview.selected = last,
            Action::SelectOverviewRow(row) if row < overview.rows.len() => {
                if overview.selected == row {
                    self.open_from_overview();
                } else {
                    overview.selected = row;
                }
            }
            Action::OpenSelected => self.open_from_overview(),
            Action::ToggleOverdueOnly => {
                overview.filter.overdue_only = !overview.filter.overdue_only;
                overview.refilter(today);
            }
            Action::FilterByOwner => {
                overview.form = Some(OwnerFilterForm {
                    name: TextInput::with_text(overview.filter.owner.as_deref().unwrap_or("")),
                    owners: overview.owners(),
                });
            }
            Action::ReloadSessions => {
                let (filter, row, selected) =
                    (overview.filter.clone(), overview.start_row, overview.selected);
                self.show_overview_with(filter, row);
                if let Screen::Overview(overview) = &mut self.screen {
                    overview.selected = selected.min(overview.rows.len().saturating_sub(1));
                }
            }
            Action::GoBack => {
                let row = overview.start_row;
                self.show_start();
                if let Screen::Start(start) = &mut self.screen {
                    start.selected = row.min(start.rows() - 1);
                }
            }
            _ => {}
        }
    }

    pub(crate) fn apply_owner_filter(&mut self) {
        let today = self.today();
        if let Screen::Overview(overview) = &mut self.screen
            && let Some(form) = overview.form.take()
        {
            let name = crate::core::text::clean_line(form.name.text());
            overview.filter.owner = Some(name).filter(|n| !n.is_empty());
            overview.selected = 0;
            overview.refilter(today);
        }
    }

    /// Opens the session of the selected row on its action list.
    fn open_from_overview(&mut self) {
        let Screen::Overview(overview) = &self.screen else {
            return;
        };
        let Some((path, session, action)) = overview.row(overview.selected) else {
            return;
        };
        let (path, title, id): (PathBuf, String, ActionId) = (path.clone(), session.title.clone(), action.id);
        let back = Some((overview.filter.clone(), overview.start_row));
        match self.open_path(&path) {
            Ok(()) => {
                self.show_actions_only(Some(id), back);
                self.inform(fill(self.lang, Msg::OpenedFromOverview, &[("title", &title)]));
            }
            Err(error) => {
                let text = self.describe_store_error(&error);
                self.warn(text);
            }
        }
    }
}

/// The words of the overview's filter line, for the view.
pub fn filter_words(lang: Language, filter: &ActionFilter) -> Vec<String> {
    let mut words = Vec::new();
    if filter.overdue_only {
        words.push(crate::i18n::tr(lang, Msg::OverviewOverdueOnly).to_string());
    }
    if let Some(owner) = &filter.owner {
        words.push(fill(lang, Msg::OverviewOwner, &[("name", owner)]));
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{ActionItem, ActionStatus};
    use jiff::Timestamp;
    use jiff::civil::date;

    fn session(title: &str, actions: &[(&str, Option<Date>, ActionStatus)]) -> Session {
        let mut session = Session::new(title, "retro", Language::De, Timestamp::UNIX_EPOCH);
        session.actions = actions
            .iter()
            .enumerate()
            .map(|(n, (owner, due, status))| ActionItem {
                id: ActionId::from_u128(n as u128 + 1),
                text: format!("{title} {n}"),
                owner: Some(owner.to_string()),
                due: *due,
                status: *status,
                note: String::new(),
                source: None,
            })
            .collect();
        session
    }

    #[test]
    fn rows_follow_the_filter_and_point_at_their_actions() {
        let today = date(2026, 11, 29);
        let dir = tempfile::tempdir().expect("temp dir");
        let first = session(
            "Januar",
            &[
                ("Anna Becker", Some(date(2026, 11, 1)), ActionStatus::Open),
                ("Ben", None, ActionStatus::Done),
            ],
        );
        let second = session(
            "Februar",
            &[
                ("Ben Okafor", Some(date(2026, 12, 24)), ActionStatus::Doing),
                ("anna becker", None, ActionStatus::Open),
            ],
        );
        for (name, session) in [("a.ron", &first), ("b.ron", &second)] {
            store::write_atomically(
                &dir.path().join(name),
                store::to_ron(session).expect("serialises").as_bytes(),
            )
            .expect("write");
        }
        std::fs::write(dir.path().join("kaputt.ron"), "(").expect("write");

        let mut overview = OverviewScreen::load(dir.path(), ActionFilter::default(), today, 0);
        assert_eq!(overview.unreadable, 1);
        let texts: Vec<&str> = (0..overview.rows.len())
            .filter_map(|i| overview.row(i))
            .map(|(_, _, a)| a.text.as_str())
            .collect();
        assert_eq!(texts, vec!["Januar 0", "Februar 0", "Februar 1"]);
        assert_eq!(overview.overdue(today), 1);
        assert_eq!(overview.owners(), vec!["Anna Becker", "Ben", "Ben Okafor"]);

        overview.filter.owner = Some("becker".into());
        overview.refilter(today);
        assert_eq!(overview.rows.len(), 2);
        overview.filter.overdue_only = true;
        overview.refilter(today);
        let (_, session, action) = overview.row(0).expect("one row");
        assert_eq!(
            (session.title.as_str(), action.text.as_str()),
            ("Januar", "Januar 0")
        );
        assert_eq!(overview.rows.len(), 1);
        assert_eq!(
            filter_words(Language::De, &overview.filter),
            vec!["nur überfällige", "verantwortlich: becker"]
        );
    }
}
