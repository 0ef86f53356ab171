//! Method templates: the agenda a session starts from. Built-in templates are
//! RON files in `sessions/`, embedded at compile time; users may add their
//! own (the store reads those and parses them with [`MethodTemplate::parse`]).

use super::session::*;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// A text in both interface languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub en: String,
    pub de: String,
}

impl Localized {
    pub fn get(&self, language: Language) -> &str {
        match language {
            Language::En => &self.en,
            Language::De => &self.de,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseTemplate {
    pub title: Localized,
    pub question: Localized,
    pub timebox_minutes: u32,
    pub activities: Vec<Activity>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MethodTemplate {
    /// Short id used on the command line: `zukunftswerkstatt`, `retro`.
    pub id: String,
    pub name: Localized,
    pub description: Localized,
    pub phases: Vec<PhaseTemplate>,
}

/// The built-in templates, embedded from `sessions/`.
const BUILT_IN_SOURCES: [(&str, &str); 4] = [
    (
        "zukunftswerkstatt.ron",
        include_str!("../../sessions/zukunftswerkstatt.ron"),
    ),
    (
        "design-thinking.ron",
        include_str!("../../sessions/design-thinking.ron"),
    ),
    ("retro.ron", include_str!("../../sessions/retro.ron")),
    ("brainstorm.ron", include_str!("../../sessions/brainstorm.ron")),
];

/// The demo session: a German future workshop, shown to new users.
pub const DEMO_SESSION: &str = include_str!("../../sessions/demo.ron");

impl MethodTemplate {
    /// Parses a template from RON; the error names line and column.
    pub fn parse(source: &str) -> Result<MethodTemplate, ron::error::SpannedError> {
        ron::from_str(source)
    }

    /// Every built-in template. They are checked by the test suite, so a
    /// broken one can never ship; should one fail anyway it is skipped.
    pub fn built_in() -> Vec<MethodTemplate> {
        BUILT_IN_SOURCES
            .iter()
            .filter_map(|(_, source)| MethodTemplate::parse(source).ok())
            .collect()
    }

    /// The built-in template with this id, if there is one.
    pub fn built_in_by_id(id: &str) -> Option<MethodTemplate> {
        MethodTemplate::built_in().into_iter().find(|t| t.id == id)
    }

    /// The names and sources of the embedded template files.
    pub fn built_in_sources() -> &'static [(&'static str, &'static str)] {
        &BUILT_IN_SOURCES
    }

    /// A new session following this template.
    pub fn instantiate(&self, options: NewSession, now: Timestamp) -> Session {
        let language = options.language;
        let title = match options.title.as_deref().map(super::text::clean_line) {
            Some(title) if !title.is_empty() => title,
            _ => self.name.get(language).to_string(),
        };
        let mut session = Session::new(title, self.id.clone(), language, now);
        session.anonymous = options.anonymous;
        session.facilitator = options
            .facilitator
            .as_deref()
            .map(super::text::clean_line)
            .filter(|name| !name.is_empty());
        for name in options.participants {
            let name = super::text::clean_line(&name);
            if name.is_empty() || session.participant_by_name(&name).is_some() {
                continue;
            }
            let colour = Colour::nth(session.participants.len());
            session.participants.push(Participant {
                id: ParticipantId::random(),
                name,
                colour,
            });
        }
        session.phases = self
            .phases
            .iter()
            .map(|phase| Phase {
                id: PhaseId::random(),
                title: phase.title.get(language).to_string(),
                question: phase.question.get(language).to_string(),
                timebox_minutes: phase.timebox_minutes,
                activities: phase.activities.clone(),
                seconds_used: 0,
                brainwriting: false,
            })
            .collect();
        session
    }
}

/// What a facilitator chooses when starting a session from a template.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewSession {
    pub title: Option<String>,
    pub language: Language,
    pub facilitator: Option<String>,
    pub participants: Vec<String>,
    pub anonymous: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_template_parses() {
        for (name, source) in MethodTemplate::built_in_sources() {
            let template = MethodTemplate::parse(source).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(!template.phases.is_empty(), "{name} has no phases");
            for phase in &template.phases {
                for language in Language::ALL {
                    assert!(
                        !phase.title.get(language).trim().is_empty(),
                        "{name}: a phase lacks a title"
                    );
                    assert!(
                        !phase.question.get(language).trim().is_empty(),
                        "{name}: a phase lacks a question"
                    );
                }
                assert!(phase.timebox_minutes > 0, "{name}: a phase has no timebox");
            }
        }
        assert_eq!(
            MethodTemplate::built_in().len(),
            MethodTemplate::built_in_sources().len()
        );
    }

    #[test]
    fn built_in_by_id_finds_each_template_and_nothing_else() {
        for template in MethodTemplate::built_in() {
            let found = MethodTemplate::built_in_by_id(&template.id).expect("found by its id");
            assert_eq!(found.id, template.id);
            assert_eq!(found.phases.len(), template.phases.len());
        }
        assert!(MethodTemplate::built_in_by_id("retro").is_some());
        assert!(MethodTemplate::built_in_by_id("no-such-method").is_none());
        assert!(MethodTemplate::built_in_by_id("").is_none());
    }

    #[test]
    fn instantiate_uses_language_and_dedups_participants() {
        let template =
            MethodTemplate::built_in_by_id("zukunftswerkstatt").expect("the future workshop is built in");
        let options = NewSession {
            title: Some("  Test ".into()),
            language: Language::De,
            participants: vec!["Anna".into(), "Ben".into(), "anna".into(), " ".into()],
            ..NewSession::default()
        };
        let session = template.instantiate(options, Timestamp::UNIX_EPOCH);
        assert_eq!(session.title, "Test");
        assert_eq!(session.participants.len(), 2);
        assert!(session.phases.iter().any(|p| p.title == "Kritikphase"));
    }
}
