//! Undo and redo. Each applied command is kept with its inverse; undo applies
//! the inverse, redo the command again.

use super::command::{Command, DomainError};
use super::session::Session;

#[derive(Debug, Clone, PartialEq)]
struct Step {
    forward: Command,
    inverse: Command,
}

/// The undo and redo stacks of one editing session (kept in memory only).
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    limit: Option<usize>,
}

impl History {
    pub fn new() -> History {
        History::default()
    }

    /// A history that forgets the oldest steps beyond `limit`.
    pub fn with_limit(limit: usize) -> History {
        History {
            limit: Some(limit.max(1)),
            ..History::default()
        }
    }

    /// Applies a new command; clears the redo stack.
    pub fn apply(&mut self, session: &mut Session, command: Command) -> Result<(), DomainError> {
        let inverse = session.apply(command.clone())?;
        self.undo.push(Step {
            forward: command,
            inverse,
        });
        self.redo.clear();
        if let Some(limit) = self.limit
            && self.undo.len() > limit
        {
            let excess = self.undo.len() - limit;
            self.undo.drain(..excess);
        }
        Ok(())
    }

    /// Undoes the last step. Returns the command that was undone, or `None`
    /// when there is nothing to undo.
    pub fn undo(&mut self, session: &mut Session) -> Result<Option<Command>, DomainError> {
        let Some(step) = self.undo.pop() else {
            return Ok(None);
        };
        match session.apply(step.inverse.clone()) {
            Ok(inverse) => {
                let forward = step.forward.clone();
                // What undoes the undo is the fresh inverse; keep it as redo.
                self.redo.push(Step {
                    forward: step.inverse,
                    inverse,
                });
                Ok(Some(forward))
            }
            Err(error) => {
                self.undo.push(step);
                Err(error)
            }
        }
    }

    /// Redoes the last undone step. Returns the command redone, if any.
    pub fn redo(&mut self, session: &mut Session) -> Result<Option<Command>, DomainError> {
        let Some(step) = self.redo.pop() else {
            return Ok(None);
        };
        match session.apply(step.inverse.clone()) {
            Ok(inverse) => {
                let forward = step.inverse.clone();
                self.undo.push(Step {
                    forward: step.inverse,
                    inverse,
                });
                Ok(Some(forward))
            }
            Err(error) => {
                self.redo.push(step);
                Err(error)
            }
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo_depth(&self) -> usize {
        self.undo.len()
    }

    /// The command the next undo would take back.
    pub fn peek_undo(&self) -> Option<&Command> {
        self.undo.last().map(|s| &s.forward)
    }
}
