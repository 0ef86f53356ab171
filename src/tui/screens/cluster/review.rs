//! Reviewing suggested clusters: the proposals of `clustering::suggest`
//! for a phase, walked through one at a time. The facilitator accepts,
//! renames, takes ideas out of or rejects each; nothing changes in the
//! session until the review ends, when the accepted ones are applied with
//! `clustering::apply_suggestions` as one undo step.

use super::state::{ClusterMode, Naming, NamingPurpose};
use crate::core::clustering::{self, Suggestion};
use crate::core::public::is_covered;
use crate::core::{ClusterId, IdeaId, PhaseId};
use crate::i18n::Msg;
use crate::tui::action::Action;
use crate::tui::document::Document;
use crate::tui::mode::Mode;
use crate::tui::outcome::{Outcome, Say};
use crate::tui::text_input::TextInput;
use jiff::Timestamp;
use std::collections::HashMap;

/// The suggestions of one phase, walked through one at a time. Nothing
/// changes in the session until the review ends; then the accepted ones are
/// applied as one step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub phase: PhaseId,
    pub proposals: Vec<Proposal>,
    /// The proposal shown.
    pub current: usize,
    /// The idea of the proposal the cursor is on.
    pub cursor: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub name: String,
    /// Its ideas, each with its index in `session.ideas` (the session does
    /// not change during a review, so the indices hold).
    pub ideas: Vec<(IdeaId, usize)>,
    /// Which ideas stay in it; the facilitator may take some out.
    pub kept: Vec<bool>,
    pub verdict: Verdict,
}

impl Proposal {
    pub fn kept_count(&self) -> usize {
        self.kept.iter().filter(|k| **k).count()
    }

    fn kept_ideas(&self) -> Vec<IdeaId> {
        self.ideas
            .iter()
            .zip(&self.kept)
            .filter(|(_, kept)| **kept)
            .map(|((id, _), _)| *id)
            .collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Open,
    Accepted,
    Rejected,
}

pub(super) fn start_review(doc: &Document, state: &mut ClusterMode) -> Outcome {
    let Some(phase) = doc.phase().map(|p| p.id) else {
        return Outcome::Stay;
    };
    let session = &doc.session;
    let suggestions = clustering::suggest(session, phase);
    if suggestions.is_empty() {
        let loose = session
            .ideas_in(phase)
            .filter(|i| i.cluster.is_none() && !is_covered(i))
            .take(2)
            .count();
        return Say::info(if loose < 2 {
            Msg::NoSuggestionsFew
        } else {
            Msg::NoSuggestions
        })
        .into();
    }
    let index: HashMap<IdeaId, usize> = session
        .ideas
        .iter()
        .enumerate()
        .map(|(i, idea)| (idea.id, i))
        .collect();
    let proposals = suggestions
        .into_iter()
        .map(|Suggestion { name, ideas }| {
            let ideas: Vec<(IdeaId, usize)> = ideas
                .into_iter()
                .filter_map(|id| index.get(&id).map(|i| (id, *i)))
                .collect();
            Proposal {
                name,
                kept: vec![true; ideas.len()],
                ideas,
                verdict: Verdict::Open,
            }
        })
        .collect();
    state.review = Some(Review {
        phase,
        proposals,
        current: 0,
        cursor: 0,
    });
    Outcome::Stay
}

pub(super) fn on_review(
    doc: &mut Document,
    state: &mut ClusterMode,
    action: Action,
    now: Timestamp,
) -> Outcome {
    use Action as A;
    let Some(review) = state.review.as_mut() else {
        return Outcome::Stay;
    };
    let count = review.proposals.len();
    let Some(proposal) = review.proposals.get_mut(review.current) else {
        state.review = None;
        return Outcome::Stay;
    };
    let ideas = proposal.ideas.len();
    match action {
        A::AcceptSuggestion => {
            if proposal.kept_count() == 0 {
                return Say::warn(Msg::SuggestionEmpty)
                    .key("key", Mode::Suggest, A::ToggleSuggestedIdea)
                    .into();
            }
            proposal.verdict = Verdict::Accepted;
            return advance(doc, state, now);
        }
        A::RejectSuggestion => {
            proposal.verdict = Verdict::Rejected;
            return advance(doc, state, now);
        }
        A::ToggleSuggestedIdea => {
            if let Some(kept) = proposal.kept.get_mut(review.cursor) {
                *kept = !*kept;
            }
            if proposal.kept_count() == 0 && proposal.verdict == Verdict::Accepted {
                proposal.verdict = Verdict::Open;
            }
        }
        A::RenameSuggestion => {
            let text = TextInput::with_text(&proposal.name);
            state.naming = Some(Naming {
                purpose: NamingPurpose::Suggestion,
                text,
            });
        }
        A::SelectNext => review.cursor = (review.cursor + 1).min(ideas.saturating_sub(1)),
        A::SelectPrevious => review.cursor = review.cursor.saturating_sub(1),
        A::SelectSuggestedIdea(index) if index < ideas => review.cursor = index,
        A::FocusNextCluster => show_proposal(review, (review.current + 1).min(count - 1)),
        A::FocusPreviousCluster => show_proposal(review, review.current.saturating_sub(1)),
        A::FinishSuggestions => return finish_review(doc, state, now),
        A::Quit => {
            // Quitting keeps what was accepted, like finishing does.
            return finish_review(doc, state, now).and(Outcome::Pass(A::Quit));
        }
        A::ToggleHelp => return Outcome::Pass(action),
        _ => {}
    }
    Outcome::Stay
}

fn show_proposal(review: &mut Review, index: usize) {
    if index != review.current {
        review.current = index;
        review.cursor = 0;
    }
}

/// Shows the next undecided proposal; when none is left, ends the review.
fn advance(doc: &mut Document, state: &mut ClusterMode, now: Timestamp) -> Outcome {
    let Some(review) = state.review.as_mut() else {
        return Outcome::Stay;
    };
    let count = review.proposals.len();
    let next = (1..=count)
        .map(|step| (review.current + step) % count)
        .find(|i| review.proposals[*i].verdict == Verdict::Open);
    match next {
        Some(index) => {
            show_proposal(review, index);
            Outcome::Stay
        }
        None => finish_review(doc, state, now),
    }
}

/// Ends the review: the accepted proposals become clusters, as one step.
fn finish_review(doc: &mut Document, state: &mut ClusterMode, now: Timestamp) -> Outcome {
    let Some(review) = state.review.take() else {
        return Outcome::Stay;
    };
    let accepted: Vec<Suggestion> = review
        .proposals
        .iter()
        .filter(|p| p.verdict == Verdict::Accepted && p.kept_count() > 0)
        .map(|p| Suggestion {
            name: p.name.clone(),
            ideas: p.kept_ideas(),
        })
        .collect();
    if accepted.is_empty() {
        return Say::info(Msg::NoSuggestionAccepted).into();
    }
    let command =
        match clustering::apply_suggestions(&doc.session, review.phase, &accepted, ClusterId::random) {
            Ok(command) => command,
            Err(error) => return Say::Refused(error).into(),
        };
    if let Err(note) = doc.change(command, now, None) {
        return super::update::not_saved(note);
    }
    let msg = if accepted.len() == 1 {
        Msg::SuggestionApplied
    } else {
        Msg::SuggestionsApplied
    };
    Say::info(msg)
        .text("n", accepted.len().to_string())
        .key("key", Mode::Cluster, Action::Undo)
        .into()
}
