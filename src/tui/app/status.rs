//! The line the app says on the status bar, and how long it stays.

use jiff::Timestamp;

/// A message stays at least this long, then goes with the next key.
const MESSAGE_SECONDS: i64 = 4;

/// A line for the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
    pub at: Timestamp,
}

impl Message {
    /// An information, said `at` a time.
    pub(super) fn info(text: String, at: Timestamp) -> Message {
        Message {
            text,
            error: false,
            at,
        }
    }

    /// A warning, said `at` a time.
    pub(super) fn warning(text: String, at: Timestamp) -> Message {
        Message {
            text,
            error: true,
            at,
        }
    }

    /// Whether the message has been shown long enough at `now`.
    pub(super) fn expired(&self, now: Timestamp) -> bool {
        now.duration_since(self.at).as_secs() >= MESSAGE_SECONDS
    }
}
