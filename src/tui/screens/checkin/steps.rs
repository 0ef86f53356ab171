//! What the keys do on the check-in screens: the round, the hand-over
//! between people, one person's answer, and the forms.

use super::state::{CheckinForm, CheckinView, CountsForm, GuestForm, NewRoundForm, Stage, rounds_in_phase};
use crate::core::followup::{
    delete_checkin, hide_checkin, open_checkin, record_answer, reveal_checkin, set_counts, waiting_for,
};
use crate::core::text::clean_line;
use crate::core::{CheckinId, Colour, Command, Participant, ParticipantId};
use crate::i18n::Msg;
use crate::tui::action::Action;
use crate::tui::document::Document;
use crate::tui::mode::Mode;
use crate::tui::outcome::{Outcome, Say};
use jiff::Timestamp;

fn msg(msg: Msg) -> Outcome {
    Outcome::Say(Say::info(msg))
}

fn warn(msg: Msg) -> Outcome {
    Outcome::Say(Say::warn(msg))
}

/// A message naming the key bound to `action` in `mode`.
fn with_key(msg: Msg, mode: Mode, action: Action) -> Outcome {
    Outcome::Say(Say::info(msg).key("key", mode, action))
}

/// A warning about somebody.
fn warn_name(msg: Msg, name: String) -> Outcome {
    Outcome::Say(Say::warn(msg).text("name", name))
}

/// Saves a check-in form: opens the round, sets the counts, or lets a
/// guest answer.
pub(super) fn submit_form(doc: &mut Document, view: &mut CheckinView, now: Timestamp) -> Outcome {
    {
        let Some(form) = view.form.clone() else {
            return Outcome::Stay;
        };
        match form {
            CheckinForm::NewRound(form) => {
                let id = CheckinId::random();
                let phase = doc.phase().map(|p| p.id);
                let command = open_checkin(&doc.session, id, form.scale, form.question.text(), phase);
                match doc.change(command, now, None) {
                    Ok(()) => {
                        view.form = None;
                        view.round = Some(id);
                        view.stage = Stage::Round;
                        msg(Msg::CheckinOpened)
                    }
                    Err(note) => Outcome::Say(note),
                }
            }
            CheckinForm::Counts(form) => {
                let Some(round) = view.round else {
                    view.form = None;
                    return Outcome::Stay;
                };
                let current = doc
                    .session
                    .checkin(round)
                    .map(|r| r.counts.clone())
                    .unwrap_or_default();
                let Some(counts) = form.new_counts(&current) else {
                    return warn(Msg::CountsInvalid);
                };
                let result = set_counts(&doc.session, round, &counts)
                    .map_err(Say::Refused)
                    .and_then(|command| doc.change(command, now, None));
                match result {
                    Ok(()) => {
                        view.form = None;
                        msg(Msg::CheckinCountsSaved)
                    }
                    Err(note) => Outcome::Say(note),
                }
            }
            CheckinForm::Guest(form) => guest_answers(doc, view, form.name.text(), now),
        }
    }
}

pub(super) fn round_step(
    doc: &mut Document,
    view: &mut CheckinView,
    action: Action,
    now: Timestamp,
) -> Outcome {
    let round = view.round(&doc.session).cloned();
    let change = |doc: &mut Document, command: Result<Command, crate::core::DomainError>| {
        command
            .map_err(Say::Refused)
            .and_then(|command| doc.change(command, now, None))
    };
    match action {
        Action::NewCheckinRound => {
            view.form = Some(CheckinForm::NewRound(NewRoundForm::new(&doc.session)));
            Outcome::Stay
        }
        Action::AnswerCheckin => match round {
            None => with_key(Msg::CheckinNoRound, Mode::Checkin, Action::NewCheckinRound),
            Some(round) if round.revealed => with_key(
                Msg::CheckinRevealedNoAnswers,
                Mode::Checkin,
                Action::ToggleCheckinReveal,
            ),
            Some(_) => {
                view.thanked = false;
                view.stage = Stage::HandOver { selected: 0 };
                Outcome::Stay
            }
        },
        Action::EnterCheckinCounts => match round {
            None => with_key(Msg::CheckinNoRound, Mode::Checkin, Action::NewCheckinRound),
            Some(round) => {
                view.form = Some(CheckinForm::Counts(CountsForm::new(&round)));
                Outcome::Stay
            }
        },
        Action::ToggleCheckinReveal => match round {
            None => with_key(Msg::CheckinNoRound, Mode::Checkin, Action::NewCheckinRound),
            Some(round) => {
                let (command, said) = if round.revealed {
                    (hide_checkin(&doc.session, round.id), Msg::CheckinCovered)
                } else {
                    (reveal_checkin(&doc.session, round.id), Msg::CheckinRevealed)
                };
                match change(doc, command) {
                    Ok(()) => msg(said),
                    Err(note) => Outcome::Say(note),
                }
            }
        },
        Action::DeleteCheckinRound => match round {
            None => Outcome::Stay,
            Some(round) => match change(doc, delete_checkin(&doc.session, round.id)) {
                Ok(()) => {
                    view.settle(&doc.session);
                    with_key(Msg::CheckinDeleted, Mode::Checkin, Action::Undo)
                }
                Err(note) => Outcome::Say(note),
            },
        },
        Action::NextCheckinRound | Action::PreviousCheckinRound => {
            let rounds: Vec<CheckinId> = rounds_in_phase(&doc.session).iter().map(|r| r.id).collect();
            if let Some(index) = view.round.and_then(|id| rounds.iter().position(|r| *r == id)) {
                let step = if action == Action::NextCheckinRound { 1 } else { -1 };
                let next = (index as isize + step).clamp(0, rounds.len() as isize - 1) as usize;
                view.round = Some(rounds[next]);
            }
            Outcome::Stay
        }
        _ => Outcome::Stay,
    }
}

pub(super) fn hand_over_step(
    doc: &mut Document,
    view: &mut CheckinView,
    selected: usize,
    action: Action,
) -> Outcome {
    let Some(round) = view.round(&doc.session) else {
        view.stage = Stage::Round;
        return Outcome::Stay;
    };
    let waiting: Vec<ParticipantId> = waiting_for(&doc.session, round).iter().map(|p| p.id).collect();
    let last = waiting.len().saturating_sub(1);
    let select = |index: usize| Stage::HandOver {
        selected: index.min(last),
    };
    match action {
        Action::SelectNext => view.stage = select(selected + 1),
        Action::SelectPrevious => view.stage = select(selected.saturating_sub(1)),
        Action::PageDown => view.stage = select(selected + 10),
        Action::PageUp => view.stage = select(selected.saturating_sub(10)),
        Action::SelectFirst => view.stage = select(0),
        Action::SelectLast => view.stage = select(last),
        Action::StartAnswering => {
            if let Some(person) = waiting.get(selected.min(last)) {
                view.thanked = false;
                view.stage = Stage::Answer {
                    person: *person,
                    choice: None,
                };
            }
        }
        Action::AddGuest => view.form = Some(CheckinForm::Guest(GuestForm::default())),
        Action::GoBack => {
            view.thanked = false;
            view.stage = Stage::Round;
        }
        _ => {}
    }
    Outcome::Stay
}

pub(super) fn answer_step(
    doc: &mut Document,
    view: &mut CheckinView,
    person: ParticipantId,
    choice: Option<u32>,
    action: Action,
    now: Timestamp,
) -> Outcome {
    let Some(round) = view.round(&doc.session) else {
        view.stage = Stage::Round;
        return Outcome::Stay;
    };
    let (low, high) = round.scale.range();
    let round_id = round.id;
    let mut pick = |choice: u32| {
        view.stage = Stage::Answer {
            person,
            choice: Some(choice.clamp(low, high)),
        };
    };
    match action {
        Action::PickAnswer(answer) if (low..=high).contains(&answer) => pick(answer),
        // The answers are listed lowest first: down goes up the scale.
        Action::SelectNext => pick(choice.map_or(low, |c| c + 1)),
        Action::SelectPrevious => pick(choice.map_or(high, |c| c.saturating_sub(1))),
        Action::SubmitInput => {
            let Some(answer) = choice else {
                return msg(Msg::AnswerPickFirst);
            };
            let result = record_answer(&doc.session, round_id, person, answer)
                .map_err(Say::Refused)
                .and_then(|command| doc.change(command, now, None));
            match result {
                Ok(()) => {
                    view.thanked = true;
                    view.stage = Stage::HandOver { selected: 0 };
                }
                Err(note) => return Outcome::Say(note),
            }
        }
        Action::CancelInput => view.stage = Stage::HandOver { selected: 0 },
        _ => {}
    }
    Outcome::Stay
}

/// A guest typed a name: somebody on the roster who has not answered
/// answers now; a new name joins the roster first.
pub(super) fn guest_answers(
    doc: &mut Document,
    view: &mut CheckinView,
    name: &str,
    now: Timestamp,
) -> Outcome {
    let name = clean_line(name);
    if name.is_empty() {
        return warn(Msg::GuestEmpty);
    }
    let Some(round) = view.round(&doc.session) else {
        view.form = None;
        return Outcome::Stay;
    };
    let person = match doc.session.participant_by_name(&name) {
        Some(known) if round.respondents.contains(&known.id) => {
            return warn_name(Msg::GuestAnswered, known.name.clone());
        }
        Some(known) => known.id,
        None => {
            let session = &doc.session;
            let colour = Colour::ALL
                .into_iter()
                .find(|c| session.participants.iter().all(|p| p.colour != *c))
                .unwrap_or_else(|| Colour::nth(session.participants.len()));
            let participant = Participant {
                id: ParticipantId::random(),
                name,
                colour,
            };
            let id = participant.id;
            let command = Command::AddParticipant {
                participant,
                index: session.participants.len(),
            };
            if let Err(note) = doc.change(command, now, None) {
                return Outcome::Say(note);
            }
            id
        }
    };
    view.form = None;
    view.thanked = false;
    view.stage = Stage::Answer { person, choice: None };
    Outcome::Stay
}
