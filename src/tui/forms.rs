//! The small forms: a new session, and a phase's settings. Each is a list of
//! fields of three kinds (text, a choice, a set of switches), so one piece of
//! code in `app.rs` moves between fields and edits them for every form.

use super::action::Action;
use super::text_input::TextInput;
use super::text_input::edit_text;
use crate::core::{Activity, Language, MethodTemplate, NewSession, Phase, PhaseId};

/// What kind of field the cursor is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// Typed text; `multiline` fields take new lines.
    Text { multiline: bool },
    /// One of several values, changed with ← →.
    Choice,
    /// Several switches: ← → moves between them, Space switches one.
    Switches,
}

/// What every form offers to the shared editing code.
pub trait Form {
    fn field_count(&self) -> usize;
    fn focus(&self) -> usize;
    fn set_focus(&mut self, field: usize);
    fn kind(&self, field: usize) -> FieldKind;
    fn text_mut(&mut self, field: usize) -> Option<&mut TextInput>;
    /// Moves a choice by `step` (±1), or the switch cursor.
    fn change(&mut self, field: usize, step: isize);
    /// Flips the switch under the cursor.
    fn toggle(&mut self, field: usize);
}

fn cycle(index: usize, len: usize, step: isize) -> usize {
    if len == 0 {
        return 0;
    }
    (index as isize + step).rem_euclid(len as isize) as usize
}

/// The fields of the new-session form, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewSessionField {
    Method,
    Title,
    Language,
    Participants,
    Anonymous,
}

impl NewSessionField {
    pub const ALL: [NewSessionField; 5] = [
        NewSessionField::Method,
        NewSessionField::Title,
        NewSessionField::Language,
        NewSessionField::Participants,
        NewSessionField::Anonymous,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSessionForm {
    pub focus: usize,
    /// Index into the app's templates.
    pub template: usize,
    pub template_count: usize,
    pub title: TextInput,
    pub language: Language,
    pub participants: TextInput,
    pub anonymous: bool,
}

impl NewSessionForm {
    pub fn new(template_count: usize, language: Language) -> NewSessionForm {
        NewSessionForm {
            focus: 0,
            template: 0,
            template_count,
            title: TextInput::new(),
            language,
            participants: TextInput::new(),
            anonymous: false,
        }
    }

    pub fn field(&self, index: usize) -> NewSessionField {
        NewSessionField::ALL[index.min(NewSessionField::ALL.len() - 1)]
    }

    /// The choices made, for [`MethodTemplate::instantiate`].
    pub fn choices(&self) -> NewSession {
        let participants = self
            .participants
            .text()
            .split([',', ';', '\n'])
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(String::from)
            .collect();
        NewSession {
            title: Some(self.title.text().to_string()).filter(|t| !t.trim().is_empty()),
            language: self.language,
            facilitator: None,
            participants,
            anonymous: self.anonymous,
        }
    }

    pub fn template<'a>(&self, templates: &'a [MethodTemplate]) -> Option<&'a MethodTemplate> {
        templates.get(self.template)
    }
}

impl Form for NewSessionForm {
    fn field_count(&self) -> usize {
        NewSessionField::ALL.len()
    }

    fn focus(&self) -> usize {
        self.focus
    }

    fn set_focus(&mut self, field: usize) {
        self.focus = field.min(self.field_count() - 1);
    }

    fn kind(&self, field: usize) -> FieldKind {
        match self.field(field) {
            NewSessionField::Title | NewSessionField::Participants => FieldKind::Text { multiline: false },
            NewSessionField::Method | NewSessionField::Language | NewSessionField::Anonymous => {
                FieldKind::Choice
            }
        }
    }

    fn text_mut(&mut self, field: usize) -> Option<&mut TextInput> {
        match self.field(field) {
            NewSessionField::Title => Some(&mut self.title),
            NewSessionField::Participants => Some(&mut self.participants),
            _ => None,
        }
    }

    fn change(&mut self, field: usize, step: isize) {
        match self.field(field) {
            NewSessionField::Method => self.template = cycle(self.template, self.template_count, step),
            NewSessionField::Language => {
                let index = Language::ALL
                    .iter()
                    .position(|l| *l == self.language)
                    .unwrap_or(0);
                self.language = Language::ALL[cycle(index, Language::ALL.len(), step)];
            }
            NewSessionField::Anonymous => self.anonymous = !self.anonymous,
            NewSessionField::Title | NewSessionField::Participants => {}
        }
    }

    fn toggle(&mut self, field: usize) {
        self.change(field, 1);
    }
}

/// Whether the phase form changes a phase or makes a new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhaseTarget {
    Edit(PhaseId),
    /// A new phase at this place in the agenda.
    New {
        index: usize,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhaseField {
    Title,
    Question,
    Minutes,
    Activities,
}

impl PhaseField {
    pub const ALL: [PhaseField; 4] = [
        PhaseField::Title,
        PhaseField::Question,
        PhaseField::Minutes,
        PhaseField::Activities,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhaseForm {
    pub target: PhaseTarget,
    pub focus: usize,
    pub title: TextInput,
    pub question: TextInput,
    pub minutes: TextInput,
    pub activities: Vec<Activity>,
    /// Which activity ← → points at.
    pub activity_cursor: usize,
    /// The title a new phase gets when the field is left empty.
    pub default_title: String,
}

impl PhaseForm {
    /// The form for an existing phase.
    pub fn edit(phase: &Phase) -> PhaseForm {
        PhaseForm {
            target: PhaseTarget::Edit(phase.id),
            focus: 1,
            title: TextInput::with_text(&phase.title),
            question: TextInput::with_text(&phase.question),
            minutes: TextInput::with_text(&phase.timebox_minutes.to_string()),
            activities: phase.activities.clone(),
            activity_cursor: 0,
            default_title: String::new(),
        }
    }

    /// The form for a new phase at `index`; left untitled it is called
    /// `default_title`.
    pub fn new_phase(index: usize, default_title: &str) -> PhaseForm {
        PhaseForm {
            target: PhaseTarget::New { index },
            focus: 0,
            title: TextInput::new(),
            question: TextInput::new(),
            minutes: TextInput::with_text("15"),
            activities: vec![
                Activity::Capture,
                Activity::Cluster,
                Activity::Vote,
                Activity::Discuss,
            ],
            activity_cursor: 0,
            default_title: default_title.to_string(),
        }
    }

    /// The title to save: what was typed, or the default of a new phase.
    pub fn chosen_title(&self) -> &str {
        match self.title.text().trim() {
            "" => self.default_title.trim(),
            typed => typed,
        }
    }

    pub fn field(&self, index: usize) -> PhaseField {
        PhaseField::ALL[index.min(PhaseField::ALL.len() - 1)]
    }

    /// The timebox typed, if it is a sensible number of minutes.
    pub fn timebox(&self) -> Option<u32> {
        let minutes: u32 = self.minutes.text().trim().parse().ok()?;
        (1..=600).contains(&minutes).then_some(minutes)
    }

    /// The switched-on activities in the canonical order.
    pub fn chosen_activities(&self) -> Vec<Activity> {
        Activity::ALL
            .into_iter()
            .filter(|a| self.activities.contains(a))
            .collect()
    }
}

impl Form for PhaseForm {
    fn field_count(&self) -> usize {
        PhaseField::ALL.len()
    }

    fn focus(&self) -> usize {
        self.focus
    }

    fn set_focus(&mut self, field: usize) {
        self.focus = field.min(self.field_count() - 1);
    }

    fn kind(&self, field: usize) -> FieldKind {
        match self.field(field) {
            PhaseField::Title | PhaseField::Minutes => FieldKind::Text { multiline: false },
            PhaseField::Question => FieldKind::Text { multiline: true },
            PhaseField::Activities => FieldKind::Switches,
        }
    }

    fn text_mut(&mut self, field: usize) -> Option<&mut TextInput> {
        match self.field(field) {
            PhaseField::Title => Some(&mut self.title),
            PhaseField::Question => Some(&mut self.question),
            PhaseField::Minutes => Some(&mut self.minutes),
            PhaseField::Activities => None,
        }
    }

    fn change(&mut self, field: usize, step: isize) {
        if self.field(field) == PhaseField::Activities {
            self.activity_cursor = cycle(self.activity_cursor, Activity::ALL.len(), step);
        }
    }

    fn toggle(&mut self, field: usize) {
        if self.field(field) != PhaseField::Activities {
            return;
        }
        let activity = Activity::ALL[self.activity_cursor.min(Activity::ALL.len() - 1)];
        match self.activities.iter().position(|a| *a == activity) {
            Some(index) => {
                self.activities.remove(index);
            }
            None => self.activities.push(activity),
        }
    }
}

/// What the keys do in any form: move between fields, change a choice,
/// type into a text field. Submitting and cancelling are the screen's.
pub fn edit(form: &mut dyn Form, action: Action) {
    let focus = form.focus();
    let count = form.field_count();
    let kind = form.kind(focus);
    match action {
        Action::NextField => form.set_focus((focus + 1) % count),
        Action::PreviousField => form.set_focus((focus + count - 1) % count),
        Action::FocusField(field) => form.set_focus(field),
        Action::MoveCursorLeft | Action::MoveCursorRight if !matches!(kind, FieldKind::Text { .. }) => {
            let step = if action == Action::MoveCursorLeft { -1 } else { 1 };
            form.change(focus, step);
        }
        Action::InsertChar(' ') if !matches!(kind, FieldKind::Text { .. }) => form.toggle(focus),
        Action::InsertNewline if kind == (FieldKind::Text { multiline: true }) => {
            if let Some(text) = form.text_mut(focus) {
                text.insert_char('\n');
            }
        }
        Action::Paste(pasted) => {
            let multiline = kind == FieldKind::Text { multiline: true };
            if let Some(text) = form.text_mut(focus) {
                if multiline {
                    text.insert_str(&pasted);
                } else {
                    text.insert_str(&pasted.replace(['\r', '\n'], " "));
                }
            }
        }
        other => {
            if let Some(text) = form.text_mut(focus) {
                edit_text(text, &other);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn participants_split_on_commas() {
        let mut form = NewSessionForm::new(4, Language::De);
        form.participants = TextInput::with_text(" Anna, Jörg ,, Şule; Ben ");
        assert_eq!(form.choices().participants, ["Anna", "Jörg", "Şule", "Ben"]);
        assert_eq!(form.choices().title, None);
    }

    #[test]
    fn choices_cycle_both_ways() {
        let mut form = NewSessionForm::new(4, Language::En);
        form.change(0, -1);
        assert_eq!(form.template, 3);
        form.change(0, 1);
        assert_eq!(form.template, 0);
        form.change(2, 1);
        assert_eq!(form.language, Language::De);
        form.toggle(4);
        assert!(form.anonymous);
    }

    #[test]
    fn timebox_accepts_only_sensible_minutes() {
        let mut form = PhaseForm::new_phase(1, "Neue Phase");
        assert_eq!(form.timebox(), Some(15));
        for (typed, expected) in [("0", None), ("601", None), ("abc", None), (" 45 ", Some(45))] {
            form.minutes = TextInput::with_text(typed);
            assert_eq!(form.timebox(), expected, "{typed}");
        }
    }

    #[test]
    fn an_untitled_new_phase_takes_the_default_title() {
        let mut form = PhaseForm::new_phase(1, "Neue Phase");
        assert_eq!(form.chosen_title(), "Neue Phase");
        form.title = TextInput::with_text(" Kaffeepause ");
        assert_eq!(form.chosen_title(), "Kaffeepause");
    }

    #[test]
    fn activities_switch_on_and_off() {
        let mut form = PhaseForm::new_phase(1, "x");
        form.toggle(3);
        assert!(!form.chosen_activities().contains(&Activity::Capture));
        form.change(3, -1);
        form.toggle(3);
        assert!(form.chosen_activities().contains(&Activity::Checkin));
    }
}
