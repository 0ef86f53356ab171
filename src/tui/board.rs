//! The session screen's own state: the idea being typed, the draft kept
//! when capture was left, the phase form, the chosen author and silent
//! brainwriting, over the open [`Document`]. Every change to the session
//! goes through a core `Command` applied by the document.

use super::action::Action;
use super::document::Document;
use super::forms::PhaseForm;
use super::mode::Mode;
use super::outcome::Say;
use super::text_input::TextInput;
use crate::core::{Activity, Command, Idea, IdeaId, ParticipantId, Phase, PhaseId, Session};
use crate::i18n::Msg;
use jiff::Timestamp;

pub use super::document::{Row, SaveState, Timer, build_rows};

/// The idea being typed: a new one, or an existing one being edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdeaInput {
    pub editing: Option<IdeaId>,
    pub text: TextInput,
}

pub struct Board {
    pub doc: Document,
    pub input: Option<IdeaInput>,
    /// Text typed for a new idea when capture was left; restored on return.
    pub draft: TextInput,
    pub phase_form: Option<PhaseForm>,
    pub author: Option<ParticipantId>,
}

impl std::fmt::Debug for Board {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Board")
            .field("doc", &self.doc)
            .finish_non_exhaustive()
    }
}

/// The screens not yet on the app's stack read the document through the
/// board they were built around.
impl std::ops::Deref for Board {
    type Target = Document;

    fn deref(&self) -> &Document {
        &self.doc
    }
}

impl std::ops::DerefMut for Board {
    fn deref_mut(&mut self) -> &mut Document {
        &mut self.doc
    }
}

/// "No phase yet: add one with P."
pub fn no_phases() -> Say {
    Say::info(Msg::NoPhases).key("key", Mode::Board, Action::AddPhase)
}

fn empty_idea() -> Say {
    Say::info(Msg::EmptyIdea).key("key", Mode::Board, Action::DeleteIdea)
}

impl Board {
    /// A board for `session`, saved to `file` if there is one.
    pub fn new(session: Session, file: Option<crate::store::SessionFile>) -> Board {
        Board {
            doc: Document::new(session, file),
            input: None,
            draft: TextInput::new(),
            phase_form: None,
            author: None,
        }
    }

    /// Whether the current phase captures silently (covered cards).
    pub fn brainwriting(&self) -> bool {
        self.phase().is_some_and(|p| p.brainwriting)
    }

    /// Turns silent brainwriting of the current phase on or off: a change
    /// of the session, saved with it and undoable.
    pub fn set_brainwriting(&mut self, on: bool, now: Timestamp) -> Result<(), Say> {
        let phase = self.phase().ok_or_else(no_phases)?;
        let phase = Phase {
            brainwriting: on,
            ..phase.clone()
        };
        self.change(Command::ReplacePhase(phase), now, None)
    }

    pub fn add_idea(&mut self, text: &str, now: Timestamp) -> Result<(), Say> {
        let phase = self.capture_phase()?;
        let idea = self.new_idea(phase, text);
        let id = idea.id;
        let index = self.session.ideas.len();
        self.change(Command::AddIdea { idea, index }, now, Some(id))
    }

    /// Adds one idea per non-empty line, as one undo step.
    pub fn add_pasted_ideas(&mut self, text: &str, now: Timestamp) -> Result<usize, Say> {
        let phase = self.capture_phase()?;
        let start = self.session.ideas.len();
        let ideas: Vec<Idea> = text
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| self.new_idea(phase, line))
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
        self.change(Command::Batch(commands), now, Some(last))?;
        Ok(count)
    }

    fn capture_phase(&self) -> Result<PhaseId, Say> {
        let phase = self.phase().ok_or_else(no_phases)?;
        if !phase.allows(Activity::Capture) {
            return Err(Say::info(Msg::NoCaptureHere));
        }
        Ok(phase.id)
    }

    fn new_idea(&self, phase: PhaseId, text: &str) -> Idea {
        Idea {
            id: IdeaId::random(),
            phase,
            text: text.to_string(),
            authors: self.author.into_iter().collect(),
            cluster: None,
            hidden: self.brainwriting(),
        }
    }

    pub fn replace_idea_text(&mut self, id: IdeaId, text: &str, now: Timestamp) -> Result<(), Say> {
        let mut idea = self
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
        self.change(Command::ReplaceIdea(idea), now, Some(id))
    }

    pub fn delete_selected_idea(&mut self, now: Timestamp) -> Result<(), Say> {
        let id = self
            .selected_idea()
            .map(|i| i.id)
            .ok_or(Say::info(Msg::NoIdeaSelected))?;
        self.change(Command::RemoveIdea(id), now, None)
    }

    /// Turns every covered card of the current phase face up, as one step.
    pub fn reveal_ideas(&mut self, now: Timestamp) -> Result<usize, Say> {
        let phase = self.phase().map(|p| p.id).ok_or_else(no_phases)?;
        let commands: Vec<Command> = self
            .session
            .ideas_in(phase)
            .filter(|i| i.hidden)
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
        self.change(Command::Batch(commands), now, None)?;
        Ok(count)
    }

    /// The next (or previous) author: nobody, then each participant.
    pub fn cycle_author(&mut self, step: isize) {
        let ids: Vec<Option<ParticipantId>> = std::iter::once(None)
            .chain(self.session.participants.iter().map(|p| Some(p.id)))
            .collect();
        let index = ids.iter().position(|id| *id == self.author).unwrap_or(0);
        let next = (index as isize + step).rem_euclid(ids.len() as isize) as usize;
        self.author = ids[next];
    }

    // ----- phases -----

    pub fn submit_phase_form(&mut self, form: &PhaseForm, now: Timestamp) -> Result<(), Say> {
        let title = form.chosen_title();
        if title.is_empty() {
            return Err(Say::info(Msg::PhaseTitleEmpty));
        }
        let timebox = form.timebox().ok_or(Say::info(Msg::TimeboxInvalid))?;
        match form.target {
            super::forms::PhaseTarget::Edit(id) => {
                let mut phase = self.session.phase(id).cloned().ok_or_else(no_phases)?;
                phase.title = title.to_string();
                phase.question = form.question.text().to_string();
                phase.timebox_minutes = timebox;
                phase.activities = form.chosen_activities();
                if self.session.phase(id) == Some(&phase) {
                    return Ok(());
                }
                self.change(Command::ReplacePhase(phase), now, None)
            }
            super::forms::PhaseTarget::New { index } => {
                self.doc.end_phase_timer(now);
                let index = index.min(self.session.phases.len());
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
                self.change(command, now, None)
            }
        }
    }

    pub fn remove_phase(&mut self, now: Timestamp) -> Result<(), Say> {
        let phase = self.phase().map(|p| p.id).ok_or_else(no_phases)?;
        if self.session.phases.len() <= 1 {
            return Err(Say::info(Msg::LastPhase));
        }
        let used = self.session.ideas_in(phase).next().is_some()
            || self.session.clusters_in(phase).next().is_some()
            || self.session.rounds_in(phase).next().is_some()
            || self.session.checkins.iter().any(|c| c.phase == Some(phase));
        if used {
            return Err(Say::info(Msg::PhaseNotEmpty));
        }
        self.doc.end_phase_timer(now);
        self.change(Command::RemovePhase(phase), now, None)
    }

    /// Moves the current phase one place earlier (-1) or later (+1).
    pub fn move_phase(&mut self, step: isize, now: Timestamp) -> Result<(), Say> {
        let current = self.session.current_phase;
        let Some(phase) = self.phase().map(|p| p.id) else {
            return Err(no_phases());
        };
        let to = current as isize + step;
        if to < 0 || to as usize >= self.session.phases.len() {
            return Ok(());
        }
        self.change(
            Command::MovePhase {
                id: phase,
                to: to as usize,
            },
            now,
            None,
        )
    }
}
