//! Check-in and check-out rounds on the session screen: open a round (mood,
//! ROTI, fist of five), let people answer one after the other on the shared
//! keyboard, or type the counts of a show of hands; reveal the results.
//!
//! Answering works like a secret ballot: the hand-over screen names who is
//! next and shows nothing of the answers given; the answer screen shows only
//! the choice of the person at the keyboard, and it is gone once confirmed.

use crate::core::followup::default_question;
use crate::core::{CheckinId, CheckinRound, CheckinScale, Language, ParticipantId, Session};
use crate::i18n::{Msg, tr};
use crate::tui::forms::{FieldKind, Form};
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
    pub(super) fn settle(&mut self, session: &Session) {
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
