//! Check-in and check-out rounds on the session screen: open a round (mood,
//! ROTI, fist of five), let people answer one after the other on the shared
//! keyboard, or type the counts of a show of hands; reveal the results.
//!
//! Answering works like a secret ballot: the hand-over screen names who is
//! next and shows nothing of the answers given; the answer screen shows only
//! the choice of the person at the keyboard, and it is gone once confirmed.

use super::FollowUp;
use crate::core::followup::{
    default_question, delete_checkin, hide_checkin, open_checkin, record_answer, reveal_checkin, set_counts,
    waiting_for,
};
use crate::core::text::clean_line;
use crate::core::{
    Activity, CheckinId, CheckinRound, CheckinScale, Colour, Command, Language, Participant, ParticipantId,
    Session,
};
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::app::{App, Screen};
use crate::tui::board::{Board, no_phases};
use crate::tui::forms::{FieldKind, Form};
use crate::tui::keymap::Mode;
use crate::tui::outcome::Say;
use crate::tui::text_input::TextInput;

/// The scales in the order the form offers them.
pub const SCALES: [CheckinScale; 3] = [CheckinScale::Mood, CheckinScale::Roti, CheckinScale::FistOfFive];

/// What the check-in screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The round: question, how many answered, the results when revealed.
    Round,
    /// Between two people: who is next (a position in `waiting_for`).
    HandOver { selected: usize },
    /// `person` picks an answer; `choice` is not stored until confirmed.
    Answer {
        person: ParticipantId,
        choice: Option<u32>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckinView {
    /// The round shown; `None` before the first one is opened.
    pub round: Option<CheckinId>,
    pub stage: Stage,
    pub form: Option<CheckinForm>,
    /// The last person's answer was recorded: the hand-over says thank you.
    pub thanked: bool,
}

impl CheckinView {
    /// The round shown, if it (still) exists.
    pub fn round<'a>(&self, session: &'a Session) -> Option<&'a CheckinRound> {
        self.round.and_then(|id| session.checkin(id))
    }

    /// Keeps the shown round valid after undo or delete: else the last
    /// round of the phase.
    fn settle(&mut self, session: &Session) {
        if self.round(session).is_none() {
            self.round = rounds_in_phase(session).last().map(|r| r.id);
            self.stage = Stage::Round;
        }
    }
}

/// The check-in rounds of the current phase, in the order opened.
pub fn rounds_in_phase(session: &Session) -> Vec<&CheckinRound> {
    let Some(phase) = session.current().map(|p| p.id) else {
        return Vec::new();
    };
    session
        .checkins
        .iter()
        .filter(|c| c.phase == Some(phase))
        .collect()
}

/// The words for one answer of a scale.
pub fn answer_label(lang: Language, scale: CheckinScale, answer: u32) -> &'static str {
    let msg = match (scale, answer) {
        (CheckinScale::Mood, 1) => Msg::MoodAnswer1,
        (CheckinScale::Mood, 2) => Msg::MoodAnswer2,
        (CheckinScale::Mood, 3) => Msg::MoodAnswer3,
        (CheckinScale::Mood, 4) => Msg::MoodAnswer4,
        (CheckinScale::Mood, _) => Msg::MoodAnswer5,
        (CheckinScale::Roti, 0) => Msg::RotiAnswer0,
        (CheckinScale::Roti, 1) => Msg::RotiAnswer1,
        (CheckinScale::Roti, 2) => Msg::RotiAnswer2,
        (CheckinScale::Roti, 3) => Msg::RotiAnswer3,
        (CheckinScale::Roti, _) => Msg::RotiAnswer4,
        (CheckinScale::FistOfFive, 0) => Msg::FistAnswer0,
        (CheckinScale::FistOfFive, 1) => Msg::FistAnswer1,
        (CheckinScale::FistOfFive, 2) => Msg::FistAnswer2,
        (CheckinScale::FistOfFive, 3) => Msg::FistAnswer3,
        (CheckinScale::FistOfFive, 4) => Msg::FistAnswer4,
        (CheckinScale::FistOfFive, _) => Msg::FistAnswer5,
    };
    tr(lang, msg)
}

// ----- forms -----

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckinForm {
    NewRound(NewRoundForm),
    Counts(CountsForm),
    Guest(GuestForm),
}

impl CheckinForm {
    pub fn as_form_mut(&mut self) -> &mut dyn Form {
        match self {
            CheckinForm::NewRound(form) => form,
            CheckinForm::Counts(form) => form,
            CheckinForm::Guest(form) => form,
        }
    }
}

/// Scale and question of a new round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRoundForm {
    pub focus: usize,
    pub scale: CheckinScale,
    pub question: TextInput,
    /// The session's language: the question is part of the session.
    pub language: Language,
}

impl NewRoundForm {
    /// Check-out at the end of an agenda (ROTI), check-in elsewhere (mood).
    pub fn new(session: &Session) -> NewRoundForm {
        let last_phase = session.current_phase + 1 >= session.phases.len() && session.phases.len() > 1;
        let scale = if last_phase {
            CheckinScale::Roti
        } else {
            CheckinScale::Mood
        };
        NewRoundForm {
            focus: 0,
            scale,
            question: TextInput::with_text(default_question(scale, session.language)),
            language: session.language,
        }
    }
}

impl Form for NewRoundForm {
    fn field_count(&self) -> usize {
        2
    }

    fn focus(&self) -> usize {
        self.focus
    }

    fn set_focus(&mut self, field: usize) {
        self.focus = field.min(1);
    }

    fn kind(&self, field: usize) -> FieldKind {
        if field == 0 {
            FieldKind::Choice
        } else {
            FieldKind::Text { multiline: true }
        }
    }

    fn text_mut(&mut self, field: usize) -> Option<&mut TextInput> {
        (field == 1).then_some(&mut self.question)
    }

    /// A new scale brings its question, unless another one was typed.
    fn change(&mut self, field: usize, step: isize) {
        if field != 0 {
            return;
        }
        let index = SCALES.iter().position(|s| *s == self.scale).unwrap_or(0);
        let next = SCALES[(index as isize + step).rem_euclid(SCALES.len() as isize) as usize];
        if self.question.text().trim() == default_question(self.scale, self.language) {
            self.question = TextInput::with_text(default_question(next, self.language));
        }
        self.scale = next;
    }

    fn toggle(&mut self, field: usize) {
        self.change(field, 1);
    }
}

/// The counts of a show of hands, one field per answer.
///
/// While the results are covered and answers exist, the form starts at
/// zero and *adds* what is typed: showing the counts so far would give
/// away the secret answers typed on the keyboard. Once revealed, the form
/// shows the counts and corrects them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountsForm {
    pub focus: usize,
    pub scale: CheckinScale,
    pub counts: Vec<TextInput>,
    /// The typed counts are added to the (covered) ones.
    pub adds: bool,
}

impl CountsForm {
    pub fn new(round: &CheckinRound) -> CountsForm {
        let adds = !round.revealed && round.total() > 0;
        CountsForm {
            focus: 0,
            scale: round.scale,
            counts: round
                .counts
                .iter()
                .map(|c| TextInput::with_text(&if adds { 0 } else { *c }.to_string()))
                .collect(),
            adds,
        }
    }

    /// The counts the round gets: the typed ones, or the sum with `current`.
    pub fn new_counts(&self, current: &[u32]) -> Option<Vec<u32>> {
        let typed = self.values()?;
        if !self.adds {
            return Some(typed);
        }
        typed
            .iter()
            .zip(current.iter().chain(std::iter::repeat(&0)))
            .map(|(typed, current)| typed.checked_add(*current))
            .collect()
    }

    /// The counts typed; an empty field is 0. `None` if one is not a number.
    pub fn values(&self) -> Option<Vec<u32>> {
        self.counts
            .iter()
            .map(|text| match text.text().trim() {
                "" => Some(0),
                digits => digits.parse().ok(),
            })
            .collect()
    }
}

impl Form for CountsForm {
    fn field_count(&self) -> usize {
        self.counts.len().max(1)
    }

    fn focus(&self) -> usize {
        self.focus
    }

    fn set_focus(&mut self, field: usize) {
        self.focus = field.min(self.field_count() - 1);
    }

    fn kind(&self, _field: usize) -> FieldKind {
        FieldKind::Text { multiline: false }
    }

    fn text_mut(&mut self, field: usize) -> Option<&mut TextInput> {
        self.counts.get_mut(field)
    }

    fn change(&mut self, _field: usize, _step: isize) {}

    fn toggle(&mut self, _field: usize) {}
}

/// The name of somebody who answers without being on the roster.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GuestForm {
    pub name: TextInput,
}

impl Form for GuestForm {
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

// ----- the app -----

/// What a step of the check-in screen has to tell.
enum Told {
    Nothing,
    Msg(Msg),
    Warn(Msg),
    Note(Say),
    /// The message with the key of an action in a mode.
    WithKey(Msg, Mode, Action),
    /// A warning about somebody.
    WarnName(Msg, String),
}

impl App {
    /// The session screen's check-in key: the rounds of the current phase,
    /// or the form for the first one.
    pub(crate) fn open_checkin(&mut self) {
        let lang = self.lang;
        let Screen::Board(board) = &mut self.screen else {
            return;
        };
        let Some(phase) = board.phase() else {
            return self.say(no_phases());
        };
        if !phase.allows(Activity::Checkin) {
            let key = self.key_hint(Mode::Board, &Action::EditPhase);
            return self.inform(fill(lang, Msg::CheckinNotHere, &[("key", &key)]));
        }
        let round = rounds_in_phase(&board.session).last().map(|r| r.id);
        let form = round
            .is_none()
            .then(|| CheckinForm::NewRound(NewRoundForm::new(&board.session)));
        board.followup = Some(FollowUp::Checkin(CheckinView {
            round,
            stage: Stage::Round,
            form,
            thanked: false,
        }));
    }

    /// Runs `f` on the board and the check-in view, if it is shown.
    fn with_checkin<T>(&mut self, f: impl FnOnce(&mut Board, &mut CheckinView) -> T) -> Option<T> {
        let Screen::Board(board) = &mut self.screen else {
            return None;
        };
        let Some(FollowUp::Checkin(mut view)) = board.followup.take() else {
            return None;
        };
        let result = f(board, &mut view);
        board.followup = Some(FollowUp::Checkin(view));
        Some(result)
    }

    pub(crate) fn update_checkin(&mut self, action: Action) {
        if matches!(action, Action::Quit) {
            return self.request_quit();
        }
        if matches!(action, Action::ToggleHelp) {
            self.help_scroll = Some(0);
            return;
        }
        if self.mode() == Mode::Checkin
            && action == Action::GoBack
            && let Screen::Board(board) = &mut self.screen
        {
            board.followup = None;
            return;
        }
        let now = self.now;
        let told = self
            .with_checkin(|board, view| match view.stage {
                Stage::Round => round_step(board, view, action, now),
                Stage::HandOver { selected } => hand_over_step(board, view, selected, action),
                Stage::Answer { person, choice } => answer_step(board, view, person, choice, action, now),
            })
            .unwrap_or(Told::Nothing);
        self.say_told(told);
    }

    fn say_told(&mut self, told: Told) {
        let lang = self.lang;
        match told {
            Told::Nothing => {}
            Told::Msg(msg) => self.inform(tr(lang, msg)),
            Told::Warn(msg) => self.warn(tr(lang, msg)),
            Told::Note(note) => self.say(note),
            Told::WithKey(msg, mode, action) => {
                let key = self.key_hint(mode, &action);
                self.inform(fill(lang, msg, &[("key", &key)]));
            }
            Told::WarnName(msg, name) => self.warn(fill(lang, msg, &[("name", &name)])),
        }
    }

    /// Saves a check-in form: opens the round, sets the counts, or lets a
    /// guest answer.
    pub(crate) fn submit_checkin_form(&mut self) {
        let now = self.now;
        let told = self.with_checkin(|board, view| {
            let Some(form) = view.form.clone() else {
                return Told::Nothing;
            };
            match form {
                CheckinForm::NewRound(form) => {
                    let id = CheckinId::random();
                    let phase = board.phase().map(|p| p.id);
                    let command = open_checkin(&board.session, id, form.scale, form.question.text(), phase);
                    match board.change(command, now, None) {
                        Ok(()) => {
                            view.form = None;
                            view.round = Some(id);
                            view.stage = Stage::Round;
                            Told::Msg(Msg::CheckinOpened)
                        }
                        Err(note) => Told::Note(note),
                    }
                }
                CheckinForm::Counts(form) => {
                    let Some(round) = view.round else {
                        view.form = None;
                        return Told::Nothing;
                    };
                    let current = board
                        .session
                        .checkin(round)
                        .map(|r| r.counts.clone())
                        .unwrap_or_default();
                    let Some(counts) = form.new_counts(&current) else {
                        return Told::Warn(Msg::CountsInvalid);
                    };
                    let result = set_counts(&board.session, round, &counts)
                        .map_err(Say::Refused)
                        .and_then(|command| board.change(command, now, None));
                    match result {
                        Ok(()) => {
                            view.form = None;
                            Told::Msg(Msg::CheckinCountsSaved)
                        }
                        Err(note) => Told::Note(note),
                    }
                }
                CheckinForm::Guest(form) => guest_answers(board, view, form.name.text(), now),
            }
        });
        if let Some(told) = told {
            self.say_told(told);
        }
    }
}

fn round_step(board: &mut Board, view: &mut CheckinView, action: Action, now: jiff::Timestamp) -> Told {
    let round = view.round(&board.session).cloned();
    let change = |board: &mut Board, command: Result<Command, crate::core::DomainError>| {
        command
            .map_err(Say::Refused)
            .and_then(|command| board.change(command, now, None))
    };
    match action {
        Action::Undo | Action::Redo => {
            let note = if action == Action::Undo {
                board.undo(now)
            } else {
                board.redo(now)
            };
            view.settle(&board.session);
            Told::Note(note)
        }
        Action::SaveSession => match board.save_or_copy(now) {
            Ok(()) => Told::Nothing,
            Err(note) => Told::Note(note),
        },
        Action::NewCheckinRound => {
            view.form = Some(CheckinForm::NewRound(NewRoundForm::new(&board.session)));
            Told::Nothing
        }
        Action::AnswerCheckin => match round {
            None => Told::WithKey(Msg::CheckinNoRound, Mode::Checkin, Action::NewCheckinRound),
            Some(round) if round.revealed => Told::WithKey(
                Msg::CheckinRevealedNoAnswers,
                Mode::Checkin,
                Action::ToggleCheckinReveal,
            ),
            Some(_) => {
                view.thanked = false;
                view.stage = Stage::HandOver { selected: 0 };
                Told::Nothing
            }
        },
        Action::EnterCheckinCounts => match round {
            None => Told::WithKey(Msg::CheckinNoRound, Mode::Checkin, Action::NewCheckinRound),
            Some(round) => {
                view.form = Some(CheckinForm::Counts(CountsForm::new(&round)));
                Told::Nothing
            }
        },
        Action::ToggleCheckinReveal => match round {
            None => Told::WithKey(Msg::CheckinNoRound, Mode::Checkin, Action::NewCheckinRound),
            Some(round) => {
                let (command, msg) = if round.revealed {
                    (hide_checkin(&board.session, round.id), Msg::CheckinCovered)
                } else {
                    (reveal_checkin(&board.session, round.id), Msg::CheckinRevealed)
                };
                match change(board, command) {
                    Ok(()) => Told::Msg(msg),
                    Err(note) => Told::Note(note),
                }
            }
        },
        Action::DeleteCheckinRound => match round {
            None => Told::Nothing,
            Some(round) => match change(board, delete_checkin(&board.session, round.id)) {
                Ok(()) => {
                    view.settle(&board.session);
                    Told::WithKey(Msg::CheckinDeleted, Mode::Checkin, Action::Undo)
                }
                Err(note) => Told::Note(note),
            },
        },
        Action::NextCheckinRound | Action::PreviousCheckinRound => {
            let rounds: Vec<CheckinId> = rounds_in_phase(&board.session).iter().map(|r| r.id).collect();
            if let Some(index) = view.round.and_then(|id| rounds.iter().position(|r| *r == id)) {
                let step = if action == Action::NextCheckinRound { 1 } else { -1 };
                let next = (index as isize + step).clamp(0, rounds.len() as isize - 1) as usize;
                view.round = Some(rounds[next]);
            }
            Told::Nothing
        }
        _ => Told::Nothing,
    }
}

fn hand_over_step(board: &mut Board, view: &mut CheckinView, selected: usize, action: Action) -> Told {
    let Some(round) = view.round(&board.session) else {
        view.stage = Stage::Round;
        return Told::Nothing;
    };
    let waiting: Vec<ParticipantId> = waiting_for(&board.session, round).iter().map(|p| p.id).collect();
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
    Told::Nothing
}

fn answer_step(
    board: &mut Board,
    view: &mut CheckinView,
    person: ParticipantId,
    choice: Option<u32>,
    action: Action,
    now: jiff::Timestamp,
) -> Told {
    let Some(round) = view.round(&board.session) else {
        view.stage = Stage::Round;
        return Told::Nothing;
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
                return Told::Msg(Msg::AnswerPickFirst);
            };
            let result = record_answer(&board.session, round_id, person, answer)
                .map_err(Say::Refused)
                .and_then(|command| board.change(command, now, None));
            match result {
                Ok(()) => {
                    view.thanked = true;
                    view.stage = Stage::HandOver { selected: 0 };
                }
                Err(note) => return Told::Note(note),
            }
        }
        Action::CancelInput => view.stage = Stage::HandOver { selected: 0 },
        _ => {}
    }
    Told::Nothing
}

/// A guest typed a name: somebody on the roster who has not answered
/// answers now; a new name joins the roster first.
fn guest_answers(board: &mut Board, view: &mut CheckinView, name: &str, now: jiff::Timestamp) -> Told {
    let name = clean_line(name);
    if name.is_empty() {
        return Told::Warn(Msg::GuestEmpty);
    }
    let Some(round) = view.round(&board.session) else {
        view.form = None;
        return Told::Nothing;
    };
    let person = match board.session.participant_by_name(&name) {
        Some(known) if round.respondents.contains(&known.id) => {
            return Told::WarnName(Msg::GuestAnswered, known.name.clone());
        }
        Some(known) => known.id,
        None => {
            let session = &board.session;
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
            if let Err(note) = board.change(command, now, None) {
                return Told::Note(note);
            }
            id
        }
    };
    view.form = None;
    view.thanked = false;
    view.stage = Stage::Answer { person, choice: None };
    Told::Nothing
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::Timestamp;

    #[test]
    fn the_question_follows_the_scale_until_it_is_changed() {
        let mut session = Session::new("Retro", "retro", Language::De, Timestamp::UNIX_EPOCH);
        session.phases = Vec::new();
        let mut form = NewRoundForm::new(&session);
        assert_eq!(form.scale, CheckinScale::Mood);
        assert_eq!(
            form.question.text(),
            default_question(CheckinScale::Mood, Language::De)
        );
        form.change(0, 1);
        assert_eq!(form.scale, CheckinScale::Roti);
        assert_eq!(
            form.question.text(),
            default_question(CheckinScale::Roti, Language::De)
        );
        form.question = TextInput::with_text("Wie war's?");
        form.change(0, -1);
        assert_eq!(form.scale, CheckinScale::Mood);
        assert_eq!(form.question.text(), "Wie war's?");
    }

    #[test]
    fn counts_read_empty_as_zero_and_refuse_words() {
        let round = CheckinRound {
            id: CheckinId::from_u128(1),
            phase: None,
            question: "?".into(),
            scale: CheckinScale::Roti,
            counts: vec![0, 1, 2, 3, 4],
            respondents: Vec::new(),
            revealed: false,
        };
        let mut form = CountsForm::new(&round);
        assert!(form.adds, "covered answers are not shown");
        assert_eq!(form.values(), Some(vec![0; 5]));
        form.counts[4] = TextInput::with_text("2");
        assert_eq!(form.new_counts(&round.counts), Some(vec![0, 1, 2, 3, 6]));
        let revealed = CheckinRound {
            revealed: true,
            ..round.clone()
        };
        let mut form = CountsForm::new(&revealed);
        assert!(!form.adds);
        assert_eq!(form.values(), Some(vec![0, 1, 2, 3, 4]));
        assert_eq!(form.new_counts(&round.counts), Some(vec![0, 1, 2, 3, 4]));
        form.counts[0] = TextInput::new();
        form.counts[1] = TextInput::with_text(" 7 ");
        assert_eq!(form.values(), Some(vec![0, 7, 2, 3, 4]));
        form.counts[2] = TextInput::with_text("zwei");
        assert_eq!(form.values(), None);
        form.counts[2] = TextInput::with_text("-1");
        assert_eq!(form.values(), None);
    }

    #[test]
    fn every_answer_of_every_scale_has_words() {
        for scale in SCALES {
            let (low, high) = scale.range();
            for lang in Language::ALL {
                let labels: Vec<&str> = (low..=high).map(|a| answer_label(lang, scale, a)).collect();
                let mut unique = labels.clone();
                unique.dedup();
                assert_eq!(unique.len(), labels.len(), "{scale:?} {lang:?}");
            }
        }
    }
}
