//! Cluster mode: the ideas of the current phase in columns, one per
//! cluster, with the ideas in no cluster first. The facilitator moves a
//! cursor, marks ideas, moves them into clusters, creates, renames, merges,
//! dissolves and reorders clusters, merges duplicate ideas, and reviews
//! suggested clusters one at a time.
//!
//! `state.rs` holds where the cursor is, what is marked and what is being
//! asked; `update.rs` and `review.rs` what the keys do; `view/` draws it;
//! the footer is below.

mod review;
mod state;
mod update;
mod view;

pub use review::{Proposal, Review, Verdict};
pub use state::{ClusterMode, Cursor, Group, Naming, NamingPurpose, Pick, PickPurpose, groups, idea_at};
pub use update::is_target;

use crate::core::IdeaId;
use crate::i18n::Msg;
use crate::tui::action::Action;
use crate::tui::document::Document;
use crate::tui::mode::Mode;
use crate::tui::outcome::{Outcome, Say};
use crate::tui::screen::{Ctx, Screen, ViewCtx};
use crate::tui::widgets::hits::Hits;
use ratatui::Frame;
use ratatui::layout::Rect;
use std::collections::HashSet;

impl ClusterMode {
    /// Cluster mode with the cursor on the idea selected on the board; or
    /// why there is nothing to cluster.
    pub fn enter(doc: &Document) -> Result<ClusterMode, Say> {
        if doc.idea_count == 0 {
            return Err(Say::info(Msg::NoIdeasToCluster));
        }
        let groups = groups(&doc.rows);
        let (group, position) = doc
            .selected_idea()
            .map(|idea| idea.id)
            .and_then(|id| state::locate(doc, &groups, id))
            .unwrap_or((0, 0));
        // The footer says what to do next; a message would only repeat it.
        Ok(ClusterMode::at(group, position))
    }

    /// On leaving: the idea under the cursor is the one selected on the board.
    fn hand_back_selection(&self, doc: &mut Document) {
        let groups = groups(&doc.rows);
        let cursor = self.cursor(&groups);
        if let Some(position) = cursor.position {
            doc.selected_row = groups[cursor.group].first + position;
        }
    }
}

impl Screen for ClusterMode {
    fn mode(&self) -> Mode {
        ClusterMode::mode(self)
    }

    fn showing(&self) -> Option<crate::present::link::Showing> {
        Some(crate::present::link::Showing::Cluster)
    }

    fn update(&mut self, action: Action, ctx: &mut Ctx) -> Outcome {
        let now = ctx.now;
        let Some(doc) = ctx.doc.as_deref_mut() else {
            return Outcome::Pop;
        };
        let outcome = match ClusterMode::mode(self) {
            Mode::ClusterName => update::on_naming(doc, self, action, now),
            Mode::Suggest => review::on_review(doc, self, action, now),
            Mode::ClusterPick => update::on_pick(doc, self, action, now),
            _ => update::on_board(doc, self, action, now),
        };
        if outcome == Outcome::Pop {
            self.hand_back_selection(doc);
        }
        outcome
    }

    fn render(&self, view: &ViewCtx, frame: &mut Frame, area: Rect, hits: &mut Hits) {
        if let Some(doc) = view.doc {
            view::render(view, doc, self, frame, area, hits);
        }
    }

    fn footer(&self, view: &ViewCtx) -> Vec<Action> {
        view.doc.map_or_else(Vec::new, |doc| footer_actions(doc, self))
    }

    /// After an undo or redo: forgets marks of ideas that are no longer in
    /// the phase, so the count shown is right.
    fn refresh(&mut self, doc: &Document) {
        let Some(phase) = doc.phase().map(|p| p.id) else {
            return;
        };
        if self.marked.is_empty() {
            return;
        }
        let present: HashSet<IdeaId> = doc
            .session
            .ideas_in(phase)
            .filter(|idea| self.marked.contains(&idea.id))
            .map(|idea| idea.id)
            .collect();
        self.marked = present;
    }
}

/// The keys the footer offers in each of the cluster modes.
fn footer_actions(doc: &Document, state: &ClusterMode) -> Vec<Action> {
    use Action as A;
    match state.mode() {
        Mode::ClusterName => vec![A::SubmitInput, A::CancelInput, A::ToggleHelp],
        Mode::ClusterPick => {
            let mut actions = vec![A::SubmitInput, A::FocusNextCluster];
            if matches!(
                state.pick.as_ref().map(|p| &p.purpose),
                Some(PickPurpose::Move(_))
            ) {
                actions.push(A::NewCluster);
            }
            actions.extend([A::CancelInput, A::ToggleHelp]);
            actions
        }
        Mode::Suggest => vec![
            A::AcceptSuggestion,
            A::RejectSuggestion,
            A::ToggleSuggestedIdea,
            A::RenameSuggestion,
            A::FocusNextCluster,
            A::FinishSuggestions,
            A::ToggleHelp,
        ],
        _ => {
            let groups = groups(&doc.rows);
            let cursor = state.cursor(&groups);
            // Leaving comes after suggesting: Esc is the key people try
            // anyway, `s` is one they would not guess.
            let mut actions = vec![
                A::MoveToCluster,
                A::ToggleMark,
                A::NewCluster,
                A::SuggestClusters,
                A::LeaveClusterMode,
            ];
            if !state.marked.is_empty() {
                actions.push(A::MergeIdeas);
            }
            if groups[cursor.group].cluster.is_some() {
                actions.push(A::RenameCluster);
            }
            if doc.can_undo() {
                actions.push(A::Undo);
            }
            actions.extend([A::ToggleHelp, A::Quit]);
            actions
        }
    }
}

#[cfg(test)]
mod tests;
