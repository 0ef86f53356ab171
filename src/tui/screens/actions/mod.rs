//! The session's action list: select, create, edit, cycle the status,
//! delete, sort. The list is drawn in the chosen order; the selection is a
//! position in that order and follows its action when the order changes.
//! The action form opens over it, or straight over the session screen for
//! an action from the selection or a voting result.

mod form;
mod view;

use crate::core::followup::{
    ActionFilter, ActionOrder, ActionOrigin, delete_action, next_status, set_action_status, sorted_actions,
};
use crate::core::{ActionId, ActionItem, Session};
use crate::i18n::Msg;
use crate::tui::action::Action;
use crate::tui::document::Document;
use crate::tui::mode::Mode;
use crate::tui::outcome::{Outcome, Route, Say, Spot};
use crate::tui::screen::{Ctx, Screen, ViewCtx};
use crate::tui::widgets::action_facts::status_word;
use crate::tui::widgets::hits::Hits;
pub use form::{ActionField, ActionForm, ActionFormError, owner_completions};
use ratatui::Frame;
use ratatui::layout::Rect;

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
    /// The action selected when the last action was handled, kept in view
    /// across an undo or redo.
    keep: Option<ActionId>,
}

impl ActionList {
    pub fn new(back: Back) -> ActionList {
        ActionList {
            selected: 0,
            order: ActionOrder::Entered,
            form: None,
            back,
            keep: None,
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

impl ActionList {
    /// The action form over the session screen for a new action made from
    /// `origins` (the preferred first); saving or cancelling returns to the
    /// screen underneath.
    pub fn new_action(doc: &Document, origins: &[ActionOrigin]) -> ActionList {
        let mut list = ActionList::new(Back::Board);
        list.form = Some(ActionForm::new_action(&doc.session, origins, true));
        list
    }

    /// The list with `id` selected.
    pub fn showing(doc: &Document, id: Option<ActionId>, back: Back) -> ActionList {
        let mut list = ActionList::new(back);
        list.select_id(&doc.session, id);
        list.keep = id;
        list
    }

    fn leave(&self) -> Outcome {
        match &self.back {
            Back::Board => Outcome::Pop,
            Back::Overview { filter, start_row } => Outcome::Push(Route::Overview {
                filter: filter.clone(),
                start_row: *start_row,
            }),
        }
    }

    fn on_list(&mut self, doc: &mut Document, action: Action, ctx: &Ctx) -> Outcome {
        let session = &doc.session;
        match action {
            Action::SelectNext => self.move_by(session, 1),
            Action::SelectPrevious => self.move_by(session, -1),
            Action::PageDown => self.move_by(session, PAGE),
            Action::PageUp => self.move_by(session, -PAGE),
            Action::SelectFirst => self.move_by(session, isize::MIN / 2),
            Action::SelectLast => self.move_by(session, isize::MAX / 2),
            Action::SelectActionRow(row) => {
                let again = self.selected == row;
                if row < session.actions.len() {
                    self.selected = row;
                }
                if again {
                    return self.edit_selected(doc, ctx);
                }
            }
            Action::NewAction => {
                self.form = Some(ActionForm::new_action(session, &[ActionOrigin::Blank], false));
            }
            Action::EditAction => return self.edit_selected(doc, ctx),
            Action::CycleActionStatus => return self.cycle_selected_status(doc, ctx),
            Action::DeleteAction => return self.delete_selected(doc, ctx),
            Action::CycleActionOrder => {
                self.cycle_order(session);
                return Say::info(order_name(self.order)).into();
            }
            Action::ShowSpotlight => {
                if let Some(selected) = self.selected_action(session) {
                    return Outcome::Push(Route::Spotlight(Spot::Action(selected.id)));
                }
            }
            Action::GoBack => return self.leave(),
            // The app's: undo, redo, save; the session screen's: close.
            Action::Undo | Action::Redo | Action::SaveSession | Action::CloseSession => {
                return Outcome::Pass(action);
            }
            _ => {}
        }
        Outcome::Stay
    }

    fn edit_selected(&mut self, doc: &Document, ctx: &Ctx) -> Outcome {
        let Some(action) = self.selected_action(&doc.session).cloned() else {
            return Say::info(Msg::NoActionSelected).into();
        };
        self.form = Some(ActionForm::edit(&doc.session, &action, ctx.lang));
        Outcome::Stay
    }

    fn cycle_selected_status(&mut self, doc: &mut Document, ctx: &Ctx) -> Outcome {
        let Some(action) = self.selected_action(&doc.session).cloned() else {
            return Say::info(Msg::NoActionSelected).into();
        };
        let status = next_status(action.status);
        let result = set_action_status(&doc.session, action.id, status)
            .map_err(Say::Refused)
            .and_then(|command| doc.change(command, ctx.now, None));
        self.select_id(&doc.session, Some(action.id));
        match result {
            Ok(()) => Say::info(Msg::ActionStatusNow)
                .text("status", status_word(ctx.lang, status))
                .into(),
            Err(said) => said.into(),
        }
    }

    fn delete_selected(&mut self, doc: &mut Document, ctx: &Ctx) -> Outcome {
        let Some(id) = self.selected_action(&doc.session).map(|a| a.id) else {
            return Say::info(Msg::NoActionSelected).into();
        };
        let result = delete_action(&doc.session, id)
            .map_err(Say::Refused)
            .and_then(|command| doc.change(command, ctx.now, None));
        self.select_id(&doc.session, None);
        match result {
            Ok(()) => Say::info(Msg::ActionDeleted)
                .key("key", Mode::Actions, Action::Undo)
                .into(),
            Err(said) => said.into(),
        }
    }

    fn on_form(&mut self, doc: &mut Document, action: Action, ctx: &Ctx) -> Outcome {
        let Some(form) = self.form.as_mut() else {
            return Outcome::Stay;
        };
        match action {
            Action::SubmitInput => self.submit_form(doc, ctx),
            Action::CancelInput => {
                let from_board = form.from_board;
                self.form = None;
                if from_board { Outcome::Pop } else { Outcome::Stay }
            }
            Action::NextField if form.complete_owner() => Outcome::Stay,
            other => {
                crate::tui::forms::edit(form, other);
                Outcome::Stay
            }
        }
    }

    /// Saves the action form: adds or changes the action as one undo step.
    fn submit_form(&mut self, doc: &mut Document, ctx: &Ctx) -> Outcome {
        let Some(form) = self.form.as_ref() else {
            return Outcome::Stay;
        };
        let from_board = form.from_board;
        let result = match form.command(&doc.session, ctx.today()) {
            Ok(None) => Ok(()),
            Ok(Some((command, id))) => {
                let applied = doc.change(command, ctx.now, None);
                if applied.is_ok() {
                    self.select_id(&doc.session, Some(id));
                }
                applied
            }
            Err(ActionFormError::BadDue(text)) => Err(Say::warn(Msg::BadDue).text("text", text)),
            Err(ActionFormError::Refused(error)) => Err(Say::Refused(error)),
        };
        match result {
            Ok(()) if from_board => {
                // Back to the session screen the action was made from.
                self.form = None;
                Outcome::Pop.and(
                    Say::info(Msg::ActionAdded)
                        .key("key", Mode::Board, Action::ShowActions)
                        .into(),
                )
            }
            Ok(()) => {
                self.form = None;
                Say::info(Msg::ActionSaved).into()
            }
            Err(said) => said.into(),
        }
    }
}

impl Screen for ActionList {
    fn mode(&self) -> Mode {
        if self.form.is_some() {
            Mode::Form
        } else {
            Mode::Actions
        }
    }

    fn update(&mut self, action: Action, ctx: &mut Ctx) -> Outcome {
        if matches!(action, Action::Quit | Action::ToggleHelp) {
            return Outcome::Pass(action);
        }
        let Some(doc) = ctx.doc.take() else {
            return Outcome::Pop;
        };
        let outcome = if self.form.is_some() {
            self.on_form(doc, action, ctx)
        } else {
            self.on_list(doc, action, ctx)
        };
        self.keep = self.selected_action(&doc.session).map(|a| a.id);
        ctx.doc = Some(doc);
        outcome
    }

    fn render(&self, cx: &ViewCtx, frame: &mut Frame, area: Rect, hits: &mut Hits) {
        if let Some(doc) = cx.doc {
            view::render(cx, doc, self, cx.theme, frame, area, hits);
        }
    }

    fn footer(&self, cx: &ViewCtx) -> Vec<Action> {
        use Action as A;
        if self.form.is_some() {
            return vec![A::SubmitInput, A::NextField, A::CancelInput, A::ToggleHelp];
        }
        let mut actions = vec![A::NewAction];
        let selected = cx
            .doc
            .is_some_and(|doc| self.selected_action(&doc.session).is_some());
        if selected {
            actions.extend([A::EditAction, A::CycleActionStatus]);
        }
        actions.push(A::GoBack);
        if selected {
            actions.push(A::DeleteAction);
        }
        actions.push(A::CycleActionOrder);
        if cx.doc.is_some_and(Document::can_undo) {
            actions.push(A::Undo);
        }
        actions.extend([A::ToggleHelp, A::Quit]);
        actions
    }

    /// After an undo or redo: the selected action stays selected.
    fn refresh(&mut self, doc: &Document) {
        let keep = self.keep;
        self.select_id(&doc.session, keep);
    }
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
