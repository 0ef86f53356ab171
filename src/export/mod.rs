//! Exports: pure functions from a session to text.

pub mod csv;
pub mod json;
pub mod markdown;
