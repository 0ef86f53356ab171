//! What the session screen's keys do: on the idea list, in the idea field
//! and in the phase form. Quit, help, undo, redo and save are the app's
//! (passed down), except that leaving the idea field keeps its draft.

use super::edit;
use super::{Board, IdeaInput, no_phases};
use crate::core::public::names_are_public;
use crate::core::{Activity, Language};
use crate::i18n::{Msg, tr};
use crate::tui::action::Action;
use crate::tui::document::Document;
use crate::tui::forms::{self, PhaseForm};
use crate::tui::mode::Mode;
use crate::tui::outcome::{Outcome, Route, Say, Spot};
use crate::tui::text_input::{TextInput, edit_text};
use jiff::Timestamp;

/// Rows the page keys move.
const PAGE: isize = 10;

impl Board {
    /// The keys of the idea list.
    pub(super) fn on_board(
        &mut self,
        doc: &mut Document,
        action: Action,
        now: Timestamp,
        lang: Language,
    ) -> Outcome {
        match action {
            Action::Quit | Action::ToggleHelp | Action::Undo | Action::Redo | Action::SaveSession => {
                return Outcome::Pass(action);
            }
            Action::SelectNext => doc.move_selection(1),
            Action::SelectPrevious => doc.move_selection(-1),
            Action::PageDown => doc.move_selection(PAGE),
            Action::PageUp => doc.move_selection(-PAGE),
            Action::SelectFirst => doc.select_first(),
            Action::SelectLast => doc.select_last(),
            Action::SelectIdeaRow(row) => doc.select_row(row),
            Action::StartCapture => return self.start_capture(doc),
            Action::EditIdea => match doc.selected_idea() {
                Some(idea) => {
                    self.input = Some(IdeaInput {
                        editing: Some(idea.id),
                        text: TextInput::with_text(&idea.text),
                    });
                }
                None => return Say::info(Msg::NoIdeaSelected).into(),
            },
            Action::DeleteIdea => {
                return match edit::delete_selected_idea(doc, now) {
                    Ok(()) => Say::info(Msg::IdeaDeleted)
                        .key("key", Mode::Board, Action::Undo)
                        .into(),
                    Err(said) => said.into(),
                };
            }
            Action::CycleAuthor => return self.cycle_author_said(doc, 1),
            Action::CycleAuthorBack => return self.cycle_author_said(doc, -1),
            Action::ToggleBrainwriting => return toggle_brainwriting(doc, now),
            Action::RevealIdeas => {
                return match edit::reveal_ideas(doc, now) {
                    Ok(count) => Say::info(Msg::Revealed).text("n", count).into(),
                    Err(said) => said.into(),
                };
            }
            Action::NextPhase => {
                let next = doc.session.current_phase + 1;
                return doc.go_to_phase(next, now).into();
            }
            Action::PreviousPhase => {
                if let Some(previous) = doc.session.current_phase.checked_sub(1) {
                    return doc.go_to_phase(previous, now).into();
                }
            }
            Action::GoToPhase(n) if n >= 1 => return doc.go_to_phase(n - 1, now).into(),
            Action::EditPhase => match doc.phase() {
                Some(phase) => self.phase_form = Some(PhaseForm::edit(phase)),
                None => return no_phases().into(),
            },
            Action::AddPhase => {
                let index = if doc.session.phases.is_empty() {
                    0
                } else {
                    doc.session.current_phase + 1
                };
                self.phase_form = Some(PhaseForm::new_phase(index, tr(lang, Msg::FormNewPhase)));
            }
            Action::RemovePhase => return edit::remove_phase(doc, now).into(),
            Action::MovePhaseEarlier => return edit::move_phase(doc, -1, now).into(),
            Action::MovePhaseLater => return edit::move_phase(doc, 1, now).into(),
            Action::ToggleTimer => doc.toggle_timer(now),
            Action::AddMinute => doc.adjust_countdown(1, now),
            Action::RemoveMinute => doc.adjust_countdown(-1, now),
            Action::ResetTimer => doc.reset_timer(now),
            Action::CloseSession => return Outcome::Push(Route::Start { select: None }),
            Action::ShowActions => {
                return Outcome::Push(Route::Actions {
                    select: None,
                    overview: None,
                });
            }
            Action::NewActionFromSelection => {
                return Outcome::Push(Route::NewAction(doc.origins_of_selection()));
            }
            Action::OpenCheckin => return Outcome::Push(Route::Checkin),
            // With `plenum host` the host's glue opens it (tui/hosting.rs).
            Action::ShowHosting => return Say::info(Msg::HostNotHosting).into(),
            Action::OpenVoting => return Outcome::Push(Route::Vote),
            Action::EnterClusterMode => return Outcome::Push(Route::Cluster),
            Action::Paste(text) => return self.paste_into_board(doc, &text, now),
            Action::ShowSpotlight => {
                return match doc.selected_idea() {
                    Some(idea) => Outcome::Push(Route::Spotlight(Spot::Idea(idea.id))),
                    None => Say::info(Msg::NoIdeaSelected).into(),
                };
            }
            _ => {}
        }
        Outcome::Stay
    }

    /// The keys of the idea field.
    pub(super) fn on_input(&mut self, doc: &mut Document, action: Action, now: Timestamp) -> Outcome {
        let Some(input) = self.input.as_mut() else {
            return Outcome::Stay;
        };
        match action {
            Action::Quit => {
                if input.editing.is_none() {
                    self.draft = input.text.clone();
                }
                return Outcome::Pass(action);
            }
            Action::ToggleHelp | Action::Undo | Action::Redo => return Outcome::Pass(action),
            Action::SubmitInput => return self.submit_idea(doc, now),
            Action::CancelInput => {
                if input.editing.is_none() {
                    self.draft = std::mem::take(&mut input.text);
                }
                self.input = None;
            }
            Action::InsertNewline => input.text.insert_char('\n'),
            Action::CycleAuthor => return self.cycle_author_said(doc, 1),
            Action::CycleAuthorBack => return self.cycle_author_said(doc, -1),
            Action::Paste(text) => {
                let several = text.trim().contains('\n');
                if several && input.editing.is_none() {
                    return self.add_pasted(doc, &text, now);
                }
                input.text.insert_str(&text);
            }
            other => edit_text(&mut input.text, &other),
        }
        Outcome::Stay
    }

    /// The keys of the phase form.
    pub(super) fn on_phase_form(&mut self, doc: &mut Document, action: Action, now: Timestamp) -> Outcome {
        match action {
            Action::Quit | Action::ToggleHelp => Outcome::Pass(action),
            Action::SubmitInput => {
                let Some(form) = self.phase_form.take() else {
                    return Outcome::Stay;
                };
                match edit::submit_phase_form(doc, &form, now) {
                    Ok(()) => Outcome::Stay,
                    Err(said) => {
                        self.phase_form = Some(form);
                        said.into()
                    }
                }
            }
            Action::CancelInput => {
                self.phase_form = None;
                Outcome::Stay
            }
            other => {
                if let Some(form) = self.phase_form.as_mut() {
                    forms::edit(form, other);
                }
                Outcome::Stay
            }
        }
    }

    /// Opens the idea field for a new idea, with the draft left there.
    fn start_capture(&mut self, doc: &Document) -> Outcome {
        let Some(phase) = doc.phase() else {
            return no_phases().into();
        };
        if !phase.allows(Activity::Capture) {
            return Say::info(Msg::NoCaptureHere).into();
        }
        let text = std::mem::take(&mut self.draft);
        self.input = Some(IdeaInput { editing: None, text });
        Outcome::Stay
    }

    fn cycle_author_said(&mut self, doc: &Document, step: isize) -> Outcome {
        if !names_are_public(&doc.session) {
            return Say::info(Msg::AnonymousNoAuthors).into();
        }
        if doc.session.participants.is_empty() {
            return Say::info(Msg::NoParticipantsToCycle).into();
        }
        self.cycle_author(doc, step);
        Outcome::Stay
    }

    /// A paste on the board: several lines become ideas, one line opens
    /// the idea field with it.
    fn paste_into_board(&mut self, doc: &mut Document, text: &str, now: Timestamp) -> Outcome {
        if text.trim().contains('\n') {
            return self.add_pasted(doc, text, now);
        }
        let outcome = self.start_capture(doc);
        if let Some(input) = self.input.as_mut() {
            input.text.insert_str(text.trim_end_matches(['\r', '\n']));
        }
        outcome
    }

    fn add_pasted(&self, doc: &mut Document, text: &str, now: Timestamp) -> Outcome {
        match self.add_pasted_ideas(doc, text, now) {
            Ok(0) => Outcome::Stay,
            Ok(count) => Say::info(Msg::IdeasPasted)
                .text("n", count)
                .key("key", Mode::Board, Action::Undo)
                .into(),
            Err(said) => said.into(),
        }
    }

    fn submit_idea(&mut self, doc: &mut Document, now: Timestamp) -> Outcome {
        let Some(input) = self.input.as_ref() else {
            return Outcome::Stay;
        };
        let text = input.text.text().to_string();
        let result = match input.editing {
            None if input.text.is_empty() => return Outcome::Stay,
            None => self.add_idea(doc, &text, now),
            Some(id) => edit::replace_idea_text(doc, id, &text, now),
        };
        if let Err(said) = result {
            return said.into();
        }
        if let Some(input) = self.input.as_mut() {
            if input.editing.is_some() {
                self.input = None;
            } else {
                input.text.clear();
            }
        }
        Outcome::Stay
    }
}

/// Silent brainwriting on or off, and what that means for the room.
fn toggle_brainwriting(doc: &mut Document, now: Timestamp) -> Outcome {
    let on = !doc.brainwriting();
    if let Err(said) = edit::set_brainwriting(doc, on, now) {
        return said.into();
    }
    if on {
        Say::info(Msg::BrainwritingOn)
            .key("key", Mode::Board, Action::RevealIdeas)
            .into()
    } else {
        Say::info(Msg::BrainwritingOff).into()
    }
}
