//! Test support shared by the test binaries. Each binary compiles this
//! module on its own and uses only part of it, hence `dead_code` is allowed.
#![allow(dead_code)]

pub mod alloc;
pub mod pty;
pub mod screen;
pub mod ssh;

use plenum::core::{Idea, IdeaId, Language, MethodTemplate, NewSession, PhaseId, Session};
use plenum::store;
use std::path::Path;

/// The built-in template with this id; a test names only ones that exist.
pub fn template(id: &str) -> MethodTemplate {
    MethodTemplate::built_in_by_id(id).expect("a built-in template")
}

/// Ideas of `phase` in no cluster and by nobody, one per text, with the ids
/// `first_id`, `first_id + 1`, ...
pub fn loose_ideas(phase: PhaseId, first_id: u128, texts: &[&str]) -> Vec<Idea> {
    texts
        .iter()
        .zip(first_id..)
        .map(|(text, id)| Idea {
            id: IdeaId::from_u128(id),
            phase,
            text: (*text).to_string(),
            authors: Vec::new(),
            cluster: None,
            hidden: false,
        })
        .collect()
}

/// A future workshop named "Werkstatt" in English with `roster`, opened
/// on its critique phase (capture and vote), nothing in it yet.
pub fn critique_workshop(roster: &[&str]) -> Session {
    let mut session = template("zukunftswerkstatt").instantiate(
        NewSession {
            title: Some("Werkstatt".into()),
            language: Language::En,
            facilitator: None,
            participants: roster.iter().map(|name| name.to_string()).collect(),
            anonymous: false,
        },
        "2026-03-12T09:30:00Z".parse().expect("a timestamp"),
    );
    session.current_phase = 1;
    session
}

/// Writes `session` to `path` as plenum saves it.
pub fn write(path: &Path, session: &Session) {
    store::write_atomically(path, store::to_ron(session).expect("serialises").as_bytes())
        .expect("write the session");
}
