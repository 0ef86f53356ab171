//! The session's action list: select, create, edit, cycle the status,
//! delete, sort. The list is drawn in the chosen order; the selection is a
//! position in that order and follows its action when the order changes.

use super::FollowUp;
use super::action_form::{ActionForm, ActionFormError};
use crate::core::followup::{
    ActionFilter, ActionOrder, ActionOrigin, delete_action, next_status, set_action_status, sorted_actions,
};
use crate::core::{ActionId, ActionItem, Session};
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::app::{App, Screen};
use crate::tui::board::{Board, Row};
use crate::tui::keymap::Mode;

/// Rows the page keys move.
const PAGE: isize = 10;

/// Where Esc leads from the action list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Back {
    /// The session screen.
    Board,
    /// The overview across sessions, as it was filtered (the session is
    /// closed).
    Overview { filter: ActionFilter, start_row: usize },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionList {
    /// Position of the selected action in the sorted list.
    pub selected: usize,
    pub order: ActionOrder,
    pub form: Option<ActionForm>,
    pub back: Back,
}

impl ActionList {
    pub fn new(back: Back) -> ActionList {
        ActionList {
            selected: 0,
            order: ActionOrder::Entered,
            form: None,
            back,
        }
    }

    /// The actions in the order shown.
    pub fn sorted<'a>(&self, session: &'a Session) -> Vec<&'a ActionItem> {
        sorted_actions(&session.actions, self.order)
    }

    pub fn selected_action<'a>(&self, session: &'a Session) -> Option<&'a ActionItem> {
        self.sorted(session).get(self.selected).copied()
    }

    /// Selects the action `id` where it now stands; else keeps the place.
    pub fn select_id(&mut self, session: &Session, id: Option<ActionId>) {
        let sorted = self.sorted(session);
        if let Some(position) = id.and_then(|id| sorted.iter().position(|a| a.id == id)) {
            self.selected = position;
        } else {
            self.selected = self.selected.min(sorted.len().saturating_sub(1));
        }
    }

    pub fn move_by(&mut self, session: &Session, step: isize) {
        let last = session.actions.len().saturating_sub(1) as isize;
        self.selected = (self.selected as isize + step).clamp(0, last.max(0)) as usize;
    }

    /// The next order: as agreed, by due date, by status.
    pub fn cycle_order(&mut self, session: &Session) {
        let keep = self.selected_action(session).map(|a| a.id);
        self.order = match self.order {
            ActionOrder::Entered => ActionOrder::Due,
            ActionOrder::Due => ActionOrder::Status,
            ActionOrder::Status => ActionOrder::Entered,
        };
        self.select_id(session, keep);
    }
}

/// The name of a sort order for the header and messages.
pub fn order_name(order: ActionOrder) -> Msg {
    match order {
        ActionOrder::Entered => Msg::SortedEntered,
        ActionOrder::Due => Msg::SortedDue,
        ActionOrder::Status => Msg::SortedStatus,
    }
}

/// What a new action from the session screen can be made from: the
/// selected idea (then its cluster), or the selected cluster heading.
pub fn origins_of_selection(board: &Board) -> Vec<ActionOrigin> {
    let session = &board.session;
    match board.rows.get(board.selected_row) {
        Some(Row::Idea(index)) => {
            let Some(idea) = session.ideas.get(*index) else {
                return vec![ActionOrigin::Blank];
            };
            let mut origins = vec![ActionOrigin::Idea(idea.id)];
            origins.extend(idea.cluster.map(ActionOrigin::Cluster));
            origins
        }
        Some(Row::Group {
            cluster: Some(index), ..
        }) => session
            .clusters
            .get(*index)
            .map(|c| vec![ActionOrigin::Cluster(c.id)])
            .unwrap_or_else(|| vec![ActionOrigin::Blank]),
        _ => vec![ActionOrigin::Blank],
    }
}

impl App {
    /// Shows the action list of the open session.
    pub(crate) fn show_actions_from(&mut self, back: Back) {
        if let Screen::Board(board) = &mut self.screen {
            board.followup = Some(FollowUp::Actions(ActionList::new(back)));
        }
    }

    /// Shows the action list with `id` selected.
    pub(crate) fn show_action(&mut self, id: ActionId, back: Back) {
        self.show_actions_from(back);
        self.with_list(|board, list| list.select_id(&board.session, Some(id)));
    }

    /// Runs `f` on the board and its action list, if the list is shown.
    fn with_list<T>(&mut self, f: impl FnOnce(&mut Board, &mut ActionList) -> T) -> Option<T> {
        let Screen::Board(board) = &mut self.screen else {
            return None;
        };
        // The list is taken out for the call so that `f` may change the
        // board (apply commands) while it holds the list.
        let Some(FollowUp::Actions(mut list)) = board.followup.take() else {
            return None;
        };
        let result = f(board, &mut list);
        board.followup = Some(FollowUp::Actions(list));
        Some(result)
    }

    /// The session screen's key for a new action from the selection.
    pub(crate) fn new_action_from_selection(&mut self) {
        let Some(board) = self.board() else {
            return;
        };
        let origins = origins_of_selection(board);
        self.new_action_from(&origins);
    }

    /// Opens the action form over the session screen for a new action made
    /// from `origins` (the preferred first); saving or cancelling returns
    /// to the screen underneath. Other screens (a voting result) call this
    /// with `ActionOrigin::Result`.
    pub fn new_action_from(&mut self, origins: &[ActionOrigin]) {
        let Screen::Board(board) = &mut self.screen else {
            return;
        };
        let mut list = ActionList::new(Back::Board);
        list.form = Some(ActionForm::new_action(&board.session, origins, true));
        board.followup = Some(FollowUp::Actions(list));
    }

    pub(crate) fn update_action_list(&mut self, action: Action) {
        let now = self.now;
        let lang = self.lang;
        match action {
            Action::Quit => self.request_quit(),
            Action::ToggleHelp => self.help_scroll = Some(0),
            Action::Undo | Action::Redo => {
                let note = self.with_list(|board, list| {
                    let keep = list.selected_action(&board.session).map(|a| a.id);
                    let note = if action == Action::Undo {
                        board.undo(now)
                    } else {
                        board.redo(now)
                    };
                    list.select_id(&board.session, keep);
                    note
                });
                if let Some(note) = note {
                    self.say(note);
                }
            }
            Action::SaveSession => {
                if let Some(result) = self.with_list(|board, _| board.save_or_copy(now)) {
                    self.report(result);
                }
            }
            Action::SelectNext => self.move_in_list(1),
            Action::SelectPrevious => self.move_in_list(-1),
            Action::PageDown => self.move_in_list(PAGE),
            Action::PageUp => self.move_in_list(-PAGE),
            Action::SelectFirst => self.move_in_list(isize::MIN / 2),
            Action::SelectLast => self.move_in_list(isize::MAX / 2),
            Action::SelectActionRow(row) => {
                let again = self.with_list(|board, list| {
                    let again = list.selected == row;
                    if row < board.session.actions.len() {
                        list.selected = row;
                    }
                    again
                });
                if again == Some(true) {
                    self.edit_selected_action();
                }
            }
            Action::NewAction => {
                self.with_list(|board, list| {
                    list.form = Some(ActionForm::new_action(
                        &board.session,
                        &[ActionOrigin::Blank],
                        false,
                    ));
                });
            }
            Action::EditAction => self.edit_selected_action(),
            Action::CycleActionStatus => self.cycle_selected_status(),
            Action::DeleteAction => self.delete_selected_action(),
            Action::CycleActionOrder => {
                let order = self.with_list(|board, list| {
                    list.cycle_order(&board.session);
                    list.order
                });
                if let Some(order) = order {
                    self.inform(tr(lang, order_name(order)));
                }
            }
            Action::GoBack => self.leave_action_list(),
            Action::CloseSession => self.close_session(),
            Action::ShowSpotlight => {
                let selected =
                    self.with_list(|board, list| list.selected_action(&board.session).map(|a| a.id));
                if let Some(Some(id)) = selected {
                    self.open(&crate::tui::outcome::Route::Spotlight(
                        crate::tui::outcome::Spot::Action(id),
                    ));
                }
            }
            _ => {}
        }
    }

    fn move_in_list(&mut self, step: isize) {
        self.with_list(|board, list| list.move_by(&board.session, step));
    }

    fn edit_selected_action(&mut self) {
        let lang = self.lang;
        let opened = self.with_list(|board, list| {
            let action = list.selected_action(&board.session)?.clone();
            list.form = Some(ActionForm::edit(&board.session, &action, lang));
            Some(())
        });
        if opened.flatten().is_none() {
            self.inform(tr(lang, Msg::NoActionSelected));
        }
    }

    fn cycle_selected_status(&mut self) {
        let now = self.now;
        let lang = self.lang;
        let outcome = self.with_list(|board, list| {
            let action = list.selected_action(&board.session)?.clone();
            let status = next_status(action.status);
            let command = set_action_status(&board.session, action.id, status);
            let result = match command {
                Ok(command) => board.change(command, now, None),
                Err(error) => Err(crate::tui::outcome::Say::Refused(error)),
            };
            list.select_id(&board.session, Some(action.id));
            Some(result.map(|()| status))
        });
        match outcome.flatten() {
            None => self.inform(tr(lang, Msg::NoActionSelected)),
            Some(Ok(status)) => {
                let word = super::status_word(lang, status);
                self.inform(fill(lang, Msg::ActionStatusNow, &[("status", &word)]));
            }
            Some(Err(note)) => self.say(note),
        }
    }

    fn delete_selected_action(&mut self) {
        let now = self.now;
        let lang = self.lang;
        let outcome = self.with_list(|board, list| {
            let id = list.selected_action(&board.session)?.id;
            let result = match delete_action(&board.session, id) {
                Ok(command) => board.change(command, now, None),
                Err(error) => Err(crate::tui::outcome::Say::Refused(error)),
            };
            list.select_id(&board.session, None);
            Some(result)
        });
        match outcome.flatten() {
            None => self.inform(tr(lang, Msg::NoActionSelected)),
            Some(Ok(())) => {
                let key = self.key_hint(Mode::Actions, &Action::Undo);
                self.inform(fill(lang, Msg::ActionDeleted, &[("key", &key)]));
            }
            Some(Err(note)) => self.say(note),
        }
    }

    fn leave_action_list(&mut self) {
        let back = self.with_list(|_, list| list.back.clone()).unwrap_or(Back::Board);
        match back {
            Back::Board => {
                if let Screen::Board(board) = &mut self.screen {
                    board.followup = None;
                }
            }
            Back::Overview { filter, start_row } => {
                if self.leave_board_safely() {
                    self.show_overview_with(filter, start_row);
                }
            }
        }
    }

    /// Saves the action form: adds or changes the action as one undo step.
    pub(crate) fn submit_action_form(&mut self) {
        let now = self.now;
        let today = self.today();
        let lang = self.lang;
        let outcome = self.with_list(|board, list| {
            let form = list.form.as_ref()?;
            let from_board = form.from_board;
            let result = match form.command(&board.session, today) {
                Ok(None) => Ok(()),
                Ok(Some((command, id))) => {
                    let applied = board.change(command, now, None).map_err(Submit::Note);
                    if applied.is_ok() {
                        list.select_id(&board.session, Some(id));
                    }
                    applied
                }
                Err(ActionFormError::BadDue(text)) => Err(Submit::BadDue(text)),
                Err(ActionFormError::Refused(error)) => {
                    Err(Submit::Note(crate::tui::outcome::Say::Refused(error)))
                }
            };
            if result.is_ok() {
                list.form = None;
            }
            Some((result, from_board))
        });
        let Some(Some((result, from_board))) = outcome else {
            return;
        };
        if result.is_ok()
            && from_board
            && let Screen::Board(board) = &mut self.screen
        {
            // Back to the session screen the action was made from.
            board.followup = None;
        }
        match result {
            Ok(()) if from_board => {
                let key = self.key_hint(Mode::Board, &Action::ShowActions);
                self.inform(fill(lang, Msg::ActionAdded, &[("key", &key)]));
            }
            Ok(()) => self.inform(tr(lang, Msg::ActionSaved)),
            Err(Submit::BadDue(text)) => self.warn(fill(lang, Msg::BadDue, &[("text", &text)])),
            Err(Submit::Note(note)) => self.say(note),
        }
    }
}

enum Submit {
    BadDue(String),
    Note(crate::tui::outcome::Say),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{ActionStatus, Language};
    use jiff::Timestamp;
    use jiff::civil::date;

    fn action(n: u128, due: Option<jiff::civil::Date>, status: ActionStatus) -> ActionItem {
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

    #[test]
    fn the_selection_follows_its_action_through_the_orders() {
        let mut session = Session::new("Retro", "retro", Language::De, Timestamp::UNIX_EPOCH);
        session.actions = vec![
            action(1, None, ActionStatus::Done),
            action(2, Some(date(2026, 12, 1)), ActionStatus::Open),
            action(3, Some(date(2026, 11, 1)), ActionStatus::Doing),
        ];
        let mut list = ActionList::new(Back::Board);
        list.move_by(&session, 1);
        assert_eq!(
            list.selected_action(&session).map(|a| a.id),
            Some(ActionId::from_u128(2))
        );
        list.cycle_order(&session);
        assert_eq!(list.order, ActionOrder::Due);
        assert_eq!(list.selected, 1, "action 2 is second by due date");
        list.cycle_order(&session);
        assert_eq!(list.order, ActionOrder::Status);
        assert_eq!(list.selected, 0, "open comes first");
        list.cycle_order(&session);
        assert_eq!(list.order, ActionOrder::Entered);
        assert_eq!(list.selected, 1);
        list.move_by(&session, 50);
        assert_eq!(list.selected, 2);
        list.move_by(&session, -50);
        assert_eq!(list.selected, 0);
        session.actions.clear();
        list.select_id(&session, None);
        assert_eq!(list.selected, 0);
        assert!(list.selected_action(&session).is_none());
    }
}
