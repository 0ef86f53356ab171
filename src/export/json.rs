//! JSON export, for statistics across many sessions.
