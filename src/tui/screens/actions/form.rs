//! The small form that makes or changes an action item: what, who (with
//! completion from the names the session knows), by when (typed the way
//! people write dates), status, a note, and for a new action where it came
//! from.

use crate::core::followup::{
    ActionOrigin, add_action, draft_action, edit_action, format_due, known_owners, next_status, parse_due,
};
use crate::core::text::clean_line;
use crate::core::{ActionId, ActionItem, ActionStatus, Command, DomainError, Language, Session};
use crate::tui::forms::{FieldKind, Form};
use crate::tui::text_input::TextInput;
use jiff::civil::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionField {
    Text,
    Owner,
    Due,
    Status,
    Note,
    /// Only for a new action made from a selection: the idea, its cluster,
    /// or nothing.
    Source,
}

/// Why the form cannot be saved as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionFormError {
    /// The due date is not a date; the text as typed.
    BadDue(String),
    Refused(DomainError),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionForm {
    /// The action being changed; `None` for a new one.
    pub editing: Option<ActionId>,
    /// The id a new action gets.
    pub new_id: ActionId,
    pub focus: usize,
    pub text: TextInput,
    pub owner: TextInput,
    pub due: TextInput,
    pub status: ActionStatus,
    pub note: TextInput,
    /// Where a new action can come from, with the text each suggests.
    pub origins: Vec<(ActionOrigin, String)>,
    pub origin: usize,
    /// The names to complete an owner from (roster first).
    pub owners: Vec<String>,
    /// Opened from the session screen: saving or cancelling goes back there.
    pub from_board: bool,
}

impl ActionForm {
    /// A form for a new action. `origins` lists what it can be made from,
    /// the preferred one first; origins that no longer exist are skipped.
    pub fn new_action(session: &Session, origins: &[ActionOrigin], from_board: bool) -> ActionForm {
        let new_id = ActionId::random();
        let mut choices: Vec<(ActionOrigin, String)> = origins
            .iter()
            .filter_map(|origin| {
                draft_action(session, new_id, *origin)
                    .ok()
                    .map(|draft| (*origin, draft.text))
            })
            .collect();
        if !choices.iter().any(|(origin, _)| *origin == ActionOrigin::Blank) {
            choices.push((ActionOrigin::Blank, String::new()));
        }
        let text = choices.first().map(|(_, text)| text.clone()).unwrap_or_default();
        let mut form = ActionForm {
            editing: None,
            new_id,
            focus: 0,
            text: TextInput::with_text(&text),
            owner: TextInput::new(),
            due: TextInput::new(),
            status: ActionStatus::Open,
            note: TextInput::new(),
            origins: choices,
            origin: 0,
            owners: owned_names(session),
            from_board,
        };
        // With the text taken from the selection, who does it comes next.
        if !text.is_empty() {
            form.focus = form
                .fields()
                .iter()
                .position(|f| *f == ActionField::Owner)
                .unwrap_or(0);
        }
        form
    }

    /// A form to change `action`; its date is written the `lang` way.
    pub fn edit(session: &Session, action: &ActionItem, lang: Language) -> ActionForm {
        ActionForm {
            editing: Some(action.id),
            new_id: action.id,
            focus: 0,
            text: TextInput::with_text(&action.text),
            owner: TextInput::with_text(action.owner.as_deref().unwrap_or("")),
            due: TextInput::with_text(&action.due.map(|d| format_due(d, lang)).unwrap_or_default()),
            status: action.status,
            note: TextInput::with_text(&action.note),
            origins: Vec::new(),
            origin: 0,
            owners: owned_names(session),
            from_board: false,
        }
    }

    /// The fields shown, in order.
    pub fn fields(&self) -> Vec<ActionField> {
        let mut fields = vec![ActionField::Text];
        if self.origins.len() > 1 {
            fields.push(ActionField::Source);
        }
        fields.extend([
            ActionField::Owner,
            ActionField::Due,
            ActionField::Status,
            ActionField::Note,
        ]);
        fields
    }

    pub fn field(&self, index: usize) -> ActionField {
        let fields = self.fields();
        fields[index.min(fields.len() - 1)]
    }

    pub fn focused(&self) -> ActionField {
        self.field(self.focus)
    }

    /// The names the typed owner could be completed to.
    pub fn owner_matches(&self) -> Vec<&str> {
        owner_completions(&self.owners, self.owner.text())
    }

    /// Tab on the owner field: completes the name when a known one fits.
    /// Returns false when there is nothing to complete (Tab moves on).
    pub fn complete_owner(&mut self) -> bool {
        if self.focused() != ActionField::Owner {
            return false;
        }
        let Some(name) = self.owner_matches().first().map(|n| n.to_string()) else {
            return false;
        };
        self.owner = TextInput::with_text(&name);
        true
    }

    /// The command that saves the form, and the id of the action; `None`
    /// when an edited action would not change.
    pub fn command(
        &self,
        session: &Session,
        today: Date,
    ) -> Result<Option<(Command, ActionId)>, ActionFormError> {
        let due = parse_due(self.due.text(), today)
            .map_err(|_| ActionFormError::BadDue(clean_line(self.due.text())))?;
        let owner = Some(clean_line(self.owner.text())).filter(|o| !o.is_empty());
        let text = self.text.text().trim().to_string();
        let note = self.note.text().trim().to_string();
        let fill = |action: &mut ActionItem| {
            action.text = text.clone();
            action.owner = owner.clone();
            action.due = due;
            action.status = self.status;
            action.note = note.clone();
        };
        match self.editing {
            Some(id) => {
                let current = session
                    .action(id)
                    .ok_or(ActionFormError::Refused(DomainError::NotFound {
                        kind: "action",
                        id: id.to_string(),
                    }))?;
                let mut changed = current.clone();
                fill(&mut changed);
                if changed == *current {
                    return Ok(None);
                }
                let command = edit_action(session, id, fill).map_err(ActionFormError::Refused)?;
                Ok(Some((command, id)))
            }
            None => {
                let origin = self
                    .origins
                    .get(self.origin)
                    .map_or(ActionOrigin::Blank, |(o, _)| *o);
                let mut action =
                    draft_action(session, self.new_id, origin).map_err(ActionFormError::Refused)?;
                fill(&mut action);
                if action.text.is_empty() {
                    return Err(ActionFormError::Refused(DomainError::EmptyText));
                }
                Ok(Some((add_action(session, action), self.new_id)))
            }
        }
    }

    /// Moves the source choice; the text follows while it is the one the
    /// previous choice suggested (nothing typed over it yet).
    fn change_origin(&mut self, step: isize) {
        let count = self.origins.len();
        if count < 2 {
            return;
        }
        let suggested = self.origins[self.origin].1.clone();
        self.origin = (self.origin as isize + step).rem_euclid(count as isize) as usize;
        if self.text.text().trim() == suggested.trim() {
            self.text = TextInput::with_text(&self.origins[self.origin].1);
        }
    }
}

/// The session's known names as owned strings (the form outlives borrows).
fn owned_names(session: &Session) -> Vec<String> {
    known_owners(session).into_iter().map(str::to_string).collect()
}

pub use crate::tui::widgets::action_facts::owner_completions;

impl Form for ActionForm {
    fn field_count(&self) -> usize {
        self.fields().len()
    }

    fn focus(&self) -> usize {
        self.focus
    }

    fn set_focus(&mut self, field: usize) {
        self.focus = field.min(self.field_count() - 1);
    }

    fn kind(&self, field: usize) -> FieldKind {
        match self.field(field) {
            ActionField::Text | ActionField::Note => FieldKind::Text { multiline: true },
            ActionField::Owner | ActionField::Due => FieldKind::Text { multiline: false },
            ActionField::Status | ActionField::Source => FieldKind::Choice,
        }
    }

    fn text_mut(&mut self, field: usize) -> Option<&mut TextInput> {
        match self.field(field) {
            ActionField::Text => Some(&mut self.text),
            ActionField::Owner => Some(&mut self.owner),
            ActionField::Due => Some(&mut self.due),
            ActionField::Note => Some(&mut self.note),
            ActionField::Status | ActionField::Source => None,
        }
    }

    fn change(&mut self, field: usize, step: isize) {
        match self.field(field) {
            ActionField::Status if step >= 0 => self.status = next_status(self.status),
            ActionField::Status => {
                // Backwards: three steps forward in a cycle of four.
                for _ in 0..3 {
                    self.status = next_status(self.status);
                }
            }
            ActionField::Source => self.change_origin(step),
            _ => {}
        }
    }

    fn toggle(&mut self, field: usize) {
        self.change(field, 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{
        Activity, Cluster, ClusterId, Idea, IdeaId, Participant, ParticipantId, Phase, PhaseId,
    };
    use jiff::Timestamp;
    use jiff::civil::date;

    const TODAY: Date = date(2026, 11, 29);

    fn session() -> Session {
        let mut session = Session::new("Werkstatt", "retro", Language::De, Timestamp::UNIX_EPOCH);
        let phase = PhaseId::from_u128(1);
        session.phases.push(Phase {
            id: phase,
            title: "Ideen".into(),
            question: "Was tun wir?".into(),
            timebox_minutes: 10,
            activities: vec![Activity::Capture, Activity::Actions],
            seconds_used: 0,
            brainwriting: false,
        });
        for (n, name) in [(1, "Anna Becker"), (2, "Ben Okafor")] {
            session.participants.push(Participant {
                id: ParticipantId::from_u128(n),
                name: name.into(),
                colour: crate::core::Colour::nth(n as usize),
            });
        }
        session.clusters.push(Cluster {
            id: ClusterId::from_u128(5),
            phase,
            title: "Homeoffice".into(),
        });
        session.ideas.push(Idea {
            id: IdeaId::from_u128(6),
            phase,
            text: "Laptops für Azubis".into(),
            authors: vec![],
            cluster: Some(ClusterId::from_u128(5)),
            hidden: false,
        });
        session
    }

    fn origins() -> [ActionOrigin; 2] {
        [
            ActionOrigin::Idea(IdeaId::from_u128(6)),
            ActionOrigin::Cluster(ClusterId::from_u128(5)),
        ]
    }

    #[test]
    fn a_new_action_from_an_idea_is_prefilled_and_linked() {
        let mut session = session();
        let mut form = ActionForm::new_action(&session, &origins(), true);
        assert_eq!(form.text.text(), "Laptops für Azubis");
        assert_eq!(
            form.focused(),
            ActionField::Owner,
            "the text is there: who does it?"
        );
        form.owner = TextInput::with_text("Anna Becker");
        form.due = TextInput::with_text("+10");
        let (command, id) = form.command(&session, TODAY).expect("valid").expect("a change");
        session.apply(command).expect("applies");
        let action = session.action(id).expect("added");
        assert_eq!(action.due, Some(date(2026, 12, 9)));
        assert_eq!(action.owner.as_deref(), Some("Anna Becker"));
        assert_eq!(
            action.source,
            Some(crate::core::ActionSource::Idea(IdeaId::from_u128(6)))
        );
    }

    #[test]
    fn the_text_follows_the_source_until_it_is_typed_over() {
        let session = session();
        let mut form = ActionForm::new_action(&session, &origins(), false);
        let source = form
            .fields()
            .iter()
            .position(|f| *f == ActionField::Source)
            .expect("shown");
        form.change(source, 1);
        assert_eq!(form.text.text(), "Homeoffice");
        form.change(source, 1);
        assert_eq!(form.text.text(), "", "the blank choice");
        form.text = TextInput::with_text("Eigener Text");
        form.change(source, 1);
        assert_eq!(form.text.text(), "Eigener Text");
        assert_eq!(form.origins[form.origin].0, origins()[0]);
    }

    #[test]
    fn bad_dates_and_empty_texts_are_refused() {
        let session = session();
        let mut form = ActionForm::new_action(&session, &[ActionOrigin::Blank], false);
        assert_eq!(form.fields().len(), 5, "no source field for a blank action");
        assert_eq!(
            form.command(&session, TODAY),
            Err(ActionFormError::Refused(DomainError::EmptyText))
        );
        form.text = TextInput::with_text("Leitfaden");
        form.due = TextInput::with_text("demnächst");
        assert_eq!(
            form.command(&session, TODAY),
            Err(ActionFormError::BadDue("demnächst".into()))
        );
    }

    #[test]
    fn editing_without_a_change_gives_no_command() {
        let mut session = session();
        let form = {
            let mut form = ActionForm::new_action(&session, &[ActionOrigin::Blank], false);
            form.text = TextInput::with_text("Leitfaden");
            form.due = TextInput::with_text("15.12.2026");
            form
        };
        let (command, id) = form.command(&session, TODAY).expect("valid").expect("new");
        session.apply(command).expect("applies");
        let action = session.action(id).expect("added").clone();
        let mut edit = ActionForm::edit(&session, &action, Language::De);
        assert_eq!(edit.due.text(), "15.12.2026");
        assert_eq!(edit.command(&session, TODAY), Ok(None));
        edit.change(3, -1);
        assert_eq!(edit.status, ActionStatus::Dropped);
        let (command, _) = edit.command(&session, TODAY).expect("valid").expect("changed");
        session.apply(command).expect("applies");
        assert_eq!(session.action(id).map(|a| a.status), Some(ActionStatus::Dropped));
    }

    #[test]
    fn owners_complete_from_the_start_or_a_word() {
        let known: Vec<String> = ["Anna Becker", "Ben Okafor", "Amt 10", "Annette"]
            .map(String::from)
            .to_vec();
        assert_eq!(owner_completions(&known, "an"), vec!["Anna Becker", "Annette"]);
        assert_eq!(owner_completions(&known, "BECK"), vec!["Anna Becker"]);
        assert_eq!(owner_completions(&known, "10"), vec!["Amt 10"]);
        assert!(owner_completions(&known, "").is_empty());
        assert!(
            owner_completions(&known, "ben okafor").is_empty(),
            "typed in full"
        );

        let session = session();
        let mut form = ActionForm::new_action(&session, &[ActionOrigin::Blank], false);
        assert!(!form.complete_owner(), "not on the owner field");
        form.focus = 1;
        form.owner = TextInput::with_text("ok");
        assert!(form.complete_owner());
        assert_eq!(form.owner.text(), "Ben Okafor");
        assert!(!form.complete_owner(), "complete: Tab moves on");
    }
}
