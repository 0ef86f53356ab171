//! The overview from the start screen: every pending action of every
//! session in the folder, soonest due first, with a filter for the overdue
//! ones and for one person. Enter opens the session on its action list
//! (the app opens the file, [`Outcome::Open`]); going back shows the start
//! screen again.

mod view;

use crate::core::Session;
use crate::core::followup::{ActionFilter, pending_overview};
use crate::core::text::clean_line;
use crate::core::{ActionItem, Language};
use crate::i18n::{Msg, fill, tr};
use crate::store::{self, StoreError};
use crate::tui::action::Action;
use crate::tui::forms::{self, FieldKind, Form};
use crate::tui::mode::Mode;
use crate::tui::outcome::{Outcome, Route, Say};
use crate::tui::screen::{Ctx, Screen, ViewCtx};
use crate::tui::text_input::TextInput;
use crate::tui::widgets::action_facts::owner_completions;
use crate::tui::widgets::hits::Hits;
use jiff::civil::Date;
use ratatui::Frame;
use ratatui::layout::Rect;
use std::path::{Path, PathBuf};

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
    pub fn load(dir: &Path, filter: ActionFilter, today: Date, start_row: usize) -> OverviewScreen {
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

    pub fn row(&self, index: usize) -> Option<(&PathBuf, &Session, &ActionItem)> {
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

impl OverviewScreen {
    /// The keys of the list (the owner filter form is closed).
    fn update_list(&mut self, action: Action, ctx: &mut Ctx) -> Outcome {
        let today = ctx.today();
        let last = self.rows.len().saturating_sub(1);
        match action {
            Action::Quit | Action::ToggleHelp => return Outcome::Pass(action),
            Action::SelectNext => self.selected = (self.selected + 1).min(last),
            Action::SelectPrevious => self.selected = self.selected.saturating_sub(1),
            Action::PageDown => self.selected = (self.selected + PAGE).min(last),
            Action::PageUp => self.selected = self.selected.saturating_sub(PAGE),
            Action::SelectFirst => self.selected = 0,
            Action::SelectLast => self.selected = last,
            Action::SelectOverviewRow(row) if row < self.rows.len() => {
                if self.selected == row {
                    return self.open_selected();
                }
                self.selected = row;
            }
            Action::OpenSelected => return self.open_selected(),
            Action::ToggleOverdueOnly => {
                self.filter.overdue_only = !self.filter.overdue_only;
                self.refilter(today);
            }
            Action::FilterByOwner => {
                self.form = Some(OwnerFilterForm {
                    name: TextInput::with_text(self.filter.owner.as_deref().unwrap_or("")),
                    owners: self.owners(),
                });
            }
            Action::ReloadSessions => {
                let selected = self.selected;
                *self = OverviewScreen::load(ctx.dir, self.filter.clone(), today, self.start_row);
                self.selected = selected.min(self.rows.len().saturating_sub(1));
            }
            Action::GoBack => {
                return Outcome::Push(Route::Start {
                    select: Some(self.start_row),
                });
            }
            _ => {}
        }
        Outcome::Stay
    }

    /// The keys of the owner filter form.
    fn update_form(&mut self, action: Action, today: Date) -> Outcome {
        let Some(form) = self.form.as_mut() else {
            return Outcome::Stay;
        };
        match action {
            Action::Quit | Action::ToggleHelp => return Outcome::Pass(action),
            Action::SubmitInput => {
                let name = clean_line(form.name.text());
                self.filter.owner = Some(name).filter(|n| !n.is_empty());
                self.form = None;
                self.selected = 0;
                self.refilter(today);
            }
            Action::CancelInput => self.form = None,
            // Tab completes a known name before it moves on.
            Action::NextField if form.complete_owner() => {}
            other => forms::edit(form, other),
        }
        Outcome::Stay
    }

    /// Opens the session of the selected row on its action list.
    fn open_selected(&self) -> Outcome {
        let Some((path, session, action)) = self.row(self.selected) else {
            return Outcome::Stay;
        };
        Outcome::Open {
            path: path.clone(),
            then: Some(Route::Actions {
                select: Some(action.id),
                overview: Some((self.filter.clone(), self.start_row)),
            }),
            said: Some(Say::info(Msg::OpenedFromOverview).text("title", &session.title)),
        }
    }
}

impl Screen for OverviewScreen {
    fn mode(&self) -> Mode {
        if self.form.is_some() {
            Mode::Form
        } else {
            Mode::Overview
        }
    }

    fn update(&mut self, action: Action, ctx: &mut Ctx) -> Outcome {
        if self.form.is_some() {
            return self.update_form(action, ctx.today());
        }
        self.update_list(action, ctx)
    }

    fn render(&self, view: &ViewCtx, frame: &mut Frame, area: Rect, hits: &mut Hits) {
        view::render(view, self, frame, area, hits);
    }

    fn footer(&self, _view: &ViewCtx) -> Vec<Action> {
        use Action as A;
        if self.form.is_some() {
            return vec![A::SubmitInput, A::NextField, A::CancelInput, A::ToggleHelp];
        }
        let mut actions = Vec::new();
        if !self.rows.is_empty() {
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
}

/// The words of the overview's filter line, for the view.
pub fn filter_words(lang: Language, filter: &ActionFilter) -> Vec<String> {
    let mut words = Vec::new();
    if filter.overdue_only {
        words.push(tr(lang, Msg::OverviewOverdueOnly).to_string());
    }
    if let Some(owner) = &filter.owner {
        words.push(fill(lang, Msg::OverviewOwner, &[("name", owner)]));
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{ActionId, ActionStatus};
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
