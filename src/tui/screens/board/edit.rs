//! What the session screen's keys change in the session: ideas typed,
//! pasted, edited, deleted and revealed, silent brainwriting, the phases.
//! Each is a core `Command` applied through the document.

use super::{Board, no_phases};
use crate::core::public::is_covered;
use crate::core::{Activity, Command, Idea, IdeaId, ParticipantId, Phase, PhaseId};
use crate::i18n::Msg;
use crate::tui::action::Action;
use crate::tui::document::Document;
use crate::tui::forms::{PhaseForm, PhaseTarget};
use crate::tui::mode::Mode;
use crate::tui::outcome::Say;
use jiff::Timestamp;

fn empty_idea() -> Say {
    Say::info(Msg::EmptyIdea).key("key", Mode::Board, Action::DeleteIdea)
}

impl Board {
    pub fn add_idea(&self, doc: &mut Document, text: &str, now: Timestamp) -> Result<(), Say> {
        let phase = Self::capture_phase(doc)?;
        let idea = self.new_idea(doc, phase, text);
        let id = idea.id;
        let index = doc.session.ideas.len();
        doc.change(Command::AddIdea { idea, index }, now, Some(id))
    }

    /// Adds one idea per non-empty line, as one undo step.
    pub fn add_pasted_ideas(&self, doc: &mut Document, text: &str, now: Timestamp) -> Result<usize, Say> {
        let phase = Self::capture_phase(doc)?;
        let start = doc.session.ideas.len();
        let ideas: Vec<Idea> = text
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| self.new_idea(doc, phase, line))
            .collect();
        let Some(last) = ideas.last().map(|i| i.id) else {
            return Ok(0);
        };
        let count = ideas.len();
        let commands = ideas
            .into_iter()
            .enumerate()
            .map(|(offset, idea)| Command::AddIdea {
                idea,
                index: start + offset,
            })
            .collect();
        doc.change(Command::Batch(commands), now, Some(last))?;
        Ok(count)
    }

    fn capture_phase(doc: &Document) -> Result<PhaseId, Say> {
        let phase = doc.phase().ok_or_else(no_phases)?;
        if !phase.allows(Activity::Capture) {
            return Err(Say::info(Msg::NoCaptureHere));
        }
        Ok(phase.id)
    }

    fn new_idea(&self, doc: &Document, phase: PhaseId, text: &str) -> Idea {
        Idea {
            id: IdeaId::random(),
            phase,
            text: text.to_string(),
            authors: self.author.into_iter().collect(),
            cluster: None,
            hidden: doc.brainwriting(),
        }
    }

    /// The next (or previous) author: nobody, then each participant.
    pub fn cycle_author(&mut self, doc: &Document, step: isize) {
        let ids: Vec<Option<ParticipantId>> = std::iter::once(None)
            .chain(doc.session.participants.iter().map(|p| Some(p.id)))
            .collect();
        let index = ids.iter().position(|id| *id == self.author).unwrap_or(0);
        let next = (index as isize + step).rem_euclid(ids.len() as isize) as usize;
        self.author = ids[next];
    }
}

/// Turns silent brainwriting of the current phase on or off: a change
/// of the session, saved with it and undoable.
pub fn set_brainwriting(doc: &mut Document, on: bool, now: Timestamp) -> Result<(), Say> {
    let phase = doc.phase().ok_or_else(no_phases)?;
    let phase = Phase {
        brainwriting: on,
        ..phase.clone()
    };
    doc.change(Command::ReplacePhase(phase), now, None)
}

pub fn replace_idea_text(doc: &mut Document, id: IdeaId, text: &str, now: Timestamp) -> Result<(), Say> {
    let mut idea = doc
        .session
        .idea(id)
        .cloned()
        .ok_or(Say::info(Msg::NoIdeaSelected))?;
    if text.trim().is_empty() {
        return Err(empty_idea());
    }
    if idea.text == text {
        return Ok(());
    }
    idea.text = text.to_string();
    doc.change(Command::ReplaceIdea(idea), now, Some(id))
}

pub fn delete_selected_idea(doc: &mut Document, now: Timestamp) -> Result<(), Say> {
    let id = doc
        .selected_idea()
        .map(|i| i.id)
        .ok_or(Say::info(Msg::NoIdeaSelected))?;
    doc.change(Command::RemoveIdea(id), now, None)
}

/// Turns every covered card of the current phase face up, as one step.
pub fn reveal_ideas(doc: &mut Document, now: Timestamp) -> Result<usize, Say> {
    let phase = doc.phase().map(|p| p.id).ok_or_else(no_phases)?;
    let commands: Vec<Command> = doc
        .session
        .ideas_in(phase)
        .filter(|i| is_covered(i))
        .map(|i| {
            Command::ReplaceIdea(Idea {
                hidden: false,
                ..i.clone()
            })
        })
        .collect();
    if commands.is_empty() {
        return Err(Say::info(Msg::NothingToReveal));
    }
    let count = commands.len();
    doc.change(Command::Batch(commands), now, None)?;
    Ok(count)
}

pub fn submit_phase_form(doc: &mut Document, form: &PhaseForm, now: Timestamp) -> Result<(), Say> {
    let title = form.chosen_title();
    if title.is_empty() {
        return Err(Say::info(Msg::PhaseTitleEmpty));
    }
    let timebox = form.timebox().ok_or(Say::info(Msg::TimeboxInvalid))?;
    match form.target {
        PhaseTarget::Edit(id) => {
            let mut phase = doc.session.phase(id).cloned().ok_or_else(no_phases)?;
            phase.title = title.to_string();
            phase.question = form.question.text().to_string();
            phase.timebox_minutes = timebox;
            phase.activities = form.chosen_activities();
            if doc.session.phase(id) == Some(&phase) {
                return Ok(());
            }
            doc.change(Command::ReplacePhase(phase), now, None)
        }
        PhaseTarget::New { index } => {
            doc.end_phase_timer(now);
            let index = index.min(doc.session.phases.len());
            let phase = Phase {
                id: PhaseId::random(),
                title: title.to_string(),
                question: form.question.text().to_string(),
                timebox_minutes: timebox,
                activities: form.chosen_activities(),
                seconds_used: 0,
                brainwriting: false,
            };
            let command = Command::Batch(vec![
                Command::AddPhase { phase, index },
                Command::GoToPhase(index),
            ]);
            doc.change(command, now, None)
        }
    }
}

pub fn remove_phase(doc: &mut Document, now: Timestamp) -> Result<(), Say> {
    let phase = doc.phase().map(|p| p.id).ok_or_else(no_phases)?;
    if doc.session.phases.len() <= 1 {
        return Err(Say::info(Msg::LastPhase));
    }
    let used = doc.session.ideas_in(phase).next().is_some()
        || doc.session.clusters_in(phase).next().is_some()
        || doc.session.rounds_in(phase).next().is_some()
        || doc.session.checkins.iter().any(|c| c.phase == Some(phase));
    if used {
        return Err(Say::info(Msg::PhaseNotEmpty));
    }
    doc.end_phase_timer(now);
    doc.change(Command::RemovePhase(phase), now, None)
}

/// Moves the current phase one place earlier (-1) or later (+1).
pub fn move_phase(doc: &mut Document, step: isize, now: Timestamp) -> Result<(), Say> {
    let current = doc.session.current_phase;
    let Some(phase) = doc.phase().map(|p| p.id) else {
        return Err(no_phases());
    };
    let to = current as isize + step;
    if to < 0 || to as usize >= doc.session.phases.len() {
        return Ok(());
    }
    doc.change(
        Command::MovePhase {
            id: phase,
            to: to as usize,
        },
        now,
        None,
    )
}
