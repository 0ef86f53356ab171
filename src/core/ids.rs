//! Stable identifiers. Every entity in a session carries a UUID so that
//! references survive reordering, merging and export.

use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fresh random id. The core never calls this while applying a
            /// command: callers create ids so that redo reproduces them.
            pub fn random() -> Self {
                Self(Uuid::new_v4())
            }

            /// A deterministic id, for tests and fixtures.
            pub fn from_u128(value: u128) -> Self {
                Self(Uuid::from_u128(value))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

id_type!(
    /// Identifies a session across files and carry-overs.
    SessionId
);
id_type!(
    /// Identifies a phase of the agenda.
    PhaseId
);
id_type!(
    /// Identifies a participant of the roster.
    ParticipantId
);
id_type!(
    /// Identifies an idea card.
    IdeaId
);
id_type!(
    /// Identifies a cluster of ideas.
    ClusterId
);
id_type!(
    /// Identifies a voting round.
    RoundId
);
id_type!(
    /// Identifies an action item.
    ActionId
);
id_type!(
    /// Identifies a check-in or check-out round.
    CheckinId
);
