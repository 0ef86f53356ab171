//! Test support shared by the test binaries. Each binary compiles this
//! module on its own and uses only part of it, hence `dead_code` is allowed.
#![allow(dead_code)]

pub mod alloc;
pub mod pty;
pub mod screen;

use plenum::core::{Idea, IdeaId, MethodTemplate, PhaseId};

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
