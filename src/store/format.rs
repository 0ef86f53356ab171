//! The session file format: versioned RON. Parsing is pure (text in, session
//! or positioned error out), so fixtures and property tests need no disk.

use crate::core::{DomainError, FORMAT_VERSION, Session};
use serde::Deserialize;

/// Where in the text a problem is, 1-based, counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Why a text is not a session this build can use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// Not RON, or not shaped like a session.
    Syntax {
        at: Position,
        message: String,
    },
    /// Well-formed, but its contents contradict each other.
    Inconsistent {
        at: Option<Position>,
        message: String,
    },
    /// Written by a newer plenum.
    NewerVersion {
        found: u32,
    },
    /// Not text at all.
    NotText {
        at: Position,
    },
    Empty,
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormatError::Syntax { at, message } => write!(f, "{at}: {message}"),
            FormatError::Inconsistent {
                at: Some(at),
                message,
            } => write!(f, "{at}: {message}"),
            FormatError::Inconsistent { at: None, message } => write!(f, "1:1: {message}"),
            FormatError::NewerVersion { found } => write!(
                f,
                "1:1: the file has format version {found}, this plenum reads up to version {FORMAT_VERSION}; \
                 update plenum to open it (the file is left as it is)"
            ),
            FormatError::NotText { at } => {
                write!(
                    f,
                    "{at}: not a text file (invalid UTF-8); is this really a plenum session?"
                )
            }
            FormatError::Empty => write!(f, "1:1: the file is empty"),
        }
    }
}

/// Reads only the version, so that newer files are refused before their
/// possibly unknown contents are interpreted.
#[derive(Deserialize)]
#[serde(rename = "Session")] // RON names the struct in its messages
struct VersionProbe {
    #[serde(default)]
    version: u32,
}

/// Parses a session file's bytes, migrating older versions.
pub fn parse_bytes(bytes: &[u8]) -> Result<Session, FormatError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_session(text),
        Err(error) => Err(FormatError::NotText {
            at: position_of_byte(bytes, error.valid_up_to()),
        }),
    }
}

/// Parses a session from RON text, migrating older versions.
pub fn parse_session(text: &str) -> Result<Session, FormatError> {
    // Editors on Windows like to start UTF-8 files with a byte-order mark,
    // which RON does not expect; it is invisible, so columns stay right.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(FormatError::Empty);
    }
    // A current file is parsed once; anything else takes the careful path
    // below, which reads the version before interpreting the rest.
    let mut session = match ron::from_str::<Session>(text) {
        Ok(session) if session.version == FORMAT_VERSION => session,
        _ => parse_by_version(text)?,
    };
    session.strip_control_characters();
    session.validate().map_err(|error| FormatError::Inconsistent {
        at: locate_problem(text, &error),
        message: error.to_string(),
    })?;
    Ok(session)
}

/// Reads the version first, so that a newer file is refused (and a foreign
/// one named as such) before its contents are interpreted, then migrates.
fn parse_by_version(text: &str) -> Result<Session, FormatError> {
    let probe: VersionProbe = ron::from_str(text).map_err(syntax_error)?;
    let version = probe.version;
    if version == 0 {
        return Err(FormatError::Inconsistent {
            at: None,
            message: "no `version` field (or version 0): this is not a plenum session file".into(),
        });
    }
    if version > FORMAT_VERSION {
        return Err(FormatError::NewerVersion { found: version });
    }
    migrate(version, text)
}

/// Brings a file of any known version to the current model. Each future
/// version adds one step here: parse the old shape (kept as its own type in
/// this module) and convert it into the next version.
fn migrate(version: u32, text: &str) -> Result<Session, FormatError> {
    match version {
        FORMAT_VERSION => ron::from_str::<Session>(text).map_err(syntax_error),
        // Version 2 added `brainwriting` to phases (off when absent) and the
        // running countdown (`clock`, none when absent): a version 1 file
        // reads as it is.
        1 => {
            let mut session = ron::from_str::<Session>(text).map_err(syntax_error)?;
            session.version = FORMAT_VERSION;
            Ok(session)
        }
        other => Err(FormatError::Inconsistent {
            at: None,
            message: format!("unknown format version {other} (this plenum knows 1 to {FORMAT_VERSION})"),
        }),
    }
}

/// Serialising a session failed; nothing was written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the session could not be written as RON: {0}")]
pub struct SerialiseError(pub String);

/// The RON text of a session as it is saved: indented, fields named, one
/// entity per block, non-ASCII text written as it is.
pub fn to_ron(session: &Session) -> Result<String, SerialiseError> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .struct_names(false)
        .escape_strings(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false);
    let body = ron::ser::to_string_pretty(session, config).map_err(|e| SerialiseError(e.to_string()))?;
    Ok(format!(
        "// plenum session, format version {FORMAT_VERSION}. Plain RON: readable, diffable, \
         checked on load (plenum check FILE).\n{body}\n"
    ))
}

fn syntax_error(error: ron::error::SpannedError) -> FormatError {
    let start = error.span.start;
    FormatError::Syntax {
        at: Position {
            line: start.line.max(1),
            column: start.col.max(1),
        },
        message: describe_ron_error(&error.code),
    }
}

/// RON's messages, with the ones people meet most put in plain words.
fn describe_ron_error(code: &ron::Error) -> String {
    match code {
        ron::Error::Eof => "the file ends too early (is it cut off?)".into(),
        other => other.to_string(),
    }
}

/// Where the problem `validate` found stands in the text: the second use of
/// a duplicate id, the first mention of a missing one, else the first id or
/// quoted name in the message.
fn locate_problem(text: &str, error: &DomainError) -> Option<Position> {
    let byte = match error {
        DomainError::DuplicateId { id, .. } => text.match_indices(id.as_str()).nth(1).map(|(i, _)| i),
        DomainError::NotFound { id, .. } => text.find(id.as_str()),
        other => {
            let message = other.to_string();
            let id = message
                .split(|c: char| !(c.is_ascii_hexdigit() || c == '-'))
                .find(|word| word.len() == 36 && word.matches('-').count() == 4);
            match id {
                Some(id) => text.find(id),
                None => first_quoted(&message).and_then(|quoted| text.find(quoted)),
            }
        }
    }?;
    Some(position_of_byte(text.as_bytes(), byte))
}

/// `round "Title": ...` -> `"Title"` (with the quotes, as RON writes it).
fn first_quoted(message: &str) -> Option<&str> {
    let start = message.find('"')?;
    let end = start + 1 + message[start + 1..].find('"')?;
    Some(&message[start..=end])
}

/// 1-based line and column of a byte offset.
pub(crate) fn position_of_byte(bytes: &[u8], offset: usize) -> Position {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
    Position { line, column }
}
