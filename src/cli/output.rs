//! Standard output, standard error and standard input, the way Unix tools
//! use them: a closed pipe (`plenum list | head -1`) ends the run quietly
//! with exit code 0, a failed write (`> /dev/full`) is an error message with
//! exit code 1, never a panic; `-` names standard input or output.

use super::escape::{escape_json, escape_output, shown};
use super::language::describe_io;
use super::{CliError, CliResult, language};
use crate::core::Session;
use crate::i18n::{Msg, fill};
use crate::store::{self, StoreError};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// The name `-` gives standard input or standard output.
pub const STDIO: &str = "-";

/// Whether `path` is `-`, standard input or output.
pub fn is_stdio(path: &Path) -> bool {
    path == Path::new(STDIO)
}

/// Writes text (a table, CSV, Markdown) to standard output, escaped for the
/// terminal, and flushes it.
pub fn print(text: &str) -> CliResult {
    print_bytes(escape_output(text).as_bytes())
}

/// Writes `text` and a line break.
pub fn print_line(text: &str) -> CliResult {
    print(&format!("{text}\n"))
}

/// Writes JSON to standard output with JSON escapes for control, bidi and
/// line-separator characters.
pub fn print_json(json: &str) -> CliResult {
    print_bytes(escape_json(json).as_bytes())
}

/// Writes bytes exactly as given (generated scripts and pages) and flushes
/// them.
pub fn print_bytes(bytes: &[u8]) -> CliResult {
    let mut stdout = io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|()| stdout.flush())
        .map_err(stdout_failed)
}

/// A warning or problem on standard error, prefixed `plenum: `. A standard
/// error that cannot be written has nobody to tell, so that is ignored.
pub fn warn(text: &str) {
    let line = format!("plenum: {}\n", escape_output(text));
    let _ = io::stderr().lock().write_all(line.as_bytes());
}

/// A write to standard output failed: a closed pipe means the reader has
/// all it wanted, anything else is worth a message.
pub fn stdout_failed(error: io::Error) -> CliError {
    if error.kind() == io::ErrorKind::BrokenPipe {
        return CliError::closed_pipe();
    }
    CliError::new(fill(
        language(),
        Msg::CliStdoutFailed,
        &[("error", &describe_io(&error))],
    ))
}

/// Writes `text` to `output`, or to standard output when there is none or
/// it is `-`. A file gets the exact bytes; standard output gets them
/// escaped for the terminal, by JSON's rules when `json`.
pub fn write_output(output: Option<&Path>, text: &str, json: bool) -> CliResult {
    match output {
        Some(path) if !is_stdio(path) => Ok(store::write_atomically(path, text.as_bytes())?),
        _ if json => print_json(text),
        _ => print(text),
    }
}

/// A session from a file, or from standard input for `-`.
pub fn read_session(path: &Path) -> Result<Session, CliError> {
    if !is_stdio(path) {
        return Ok(store::load(path)?);
    }
    let mut bytes = Vec::new();
    io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|source| StoreError::io(&stdin_name(), "read", source))?;
    store::parse_bytes(&bytes).map_err(|error| {
        CliError::from(StoreError::Format {
            path: stdin_name(),
            error,
        })
    })
}

/// How messages name standard input: `-`, the way it was given.
fn stdin_name() -> PathBuf {
    PathBuf::from(STDIO)
}

/// The ideas file or standard input, as bytes.
pub fn read_input(path: &Path) -> Result<Vec<u8>, CliError> {
    let mut bytes = Vec::new();
    let result = if is_stdio(path) {
        io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut file| file.read_to_end(&mut bytes).map(|_| ()))
    };
    result.map_err(|error| {
        CliError::new(fill(
            language(),
            Msg::CliCannotRead,
            &[("path", &shown(path)), ("error", &error)],
        ))
    })?;
    Ok(bytes)
}
