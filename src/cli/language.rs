//! One language per run: `--lang`, else the locale (`LC_ALL`, `LC_MESSAGES`,
//! `LANG`, the first one set), else English. It is settled once, before the
//! command line is parsed, so that `--help`, parser errors and every message
//! after them speak the same language. The language of a session file never
//! changes it: the file's content stays as written.

use super::escape::shown;
use crate::core::{DomainError, Language};
use crate::i18n::{self, Msg, fill, tr};
use crate::store::{FormatError, StoreError};
use std::ffi::OsString;
use std::io;
use std::sync::OnceLock;

static RUN_LANGUAGE: OnceLock<Language> = OnceLock::new();

/// The language of this run (English until it is settled).
pub fn language() -> Language {
    RUN_LANGUAGE.get().copied().unwrap_or_default()
}

/// Fixes the language of this run; later calls change nothing.
pub fn settle(lang: Language) -> Language {
    *RUN_LANGUAGE.get_or_init(|| lang)
}

/// The language the arguments and the environment ask for.
pub fn requested(args: &[OsString]) -> Language {
    match early_value(args, "--lang").as_deref() {
        Some("de") => Language::De,
        Some("en") => Language::En,
        _ => from_locale(),
    }
}

/// The language of the locale, English if none is set.
pub fn from_locale() -> Language {
    i18n::locale_from_env().map_or(Language::En, |locale| Language::from_locale(&locale))
}

/// The value of a global option (`--name VALUE` or `--name=VALUE`) before
/// the parser has run; arguments after `--` are file names, not options.
pub fn early_value(args: &[OsString], name: &str) -> Option<String> {
    let mut words = args.iter().skip(1).map(|arg| arg.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            return None;
        }
        if word == name {
            return words.next().map(|value| value.trim().to_ascii_lowercase());
        }
        if let Some(value) = word.strip_prefix(name).and_then(|rest| rest.strip_prefix('=')) {
            return Some(value.trim().to_ascii_lowercase());
        }
    }
    None
}

/// `1 idea`, `3 ideas`, `1 Idee`, `3 Ideen`: the message holds the form for
/// one and the form for many, separated by `|`, each with `{n}`.
pub fn count(n: usize, forms: Msg) -> String {
    crate::i18n::count(language(), n, forms)
}

/// What an operating-system error means, in the run's language.
pub fn describe_io(error: &io::Error) -> String {
    let lang = language();
    let msg = match error.kind() {
        io::ErrorKind::NotFound => Msg::CliIoNotFound,
        io::ErrorKind::PermissionDenied => Msg::CliIoPermission,
        io::ErrorKind::ReadOnlyFilesystem => Msg::CliIoReadOnly,
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => Msg::CliIoFull,
        io::ErrorKind::IsADirectory => Msg::CliIoIsFolder,
        io::ErrorKind::NotADirectory => Msg::CliIoNotFolder,
        io::ErrorKind::AlreadyExists => Msg::CliIoExists,
        io::ErrorKind::BrokenPipe => Msg::CliIoBrokenPipe,
        _ if lang == Language::En => return error.to_string(),
        _ => Msg::CliIoOther,
    };
    let code = error
        .raw_os_error()
        .map(|code| code.to_string())
        .unwrap_or_default();
    fill(lang, msg, &[("code", &code)])
}

/// A store error as one sentence in the run's language, with a file's
/// problems as `path:line:column: what is wrong` and every path escaped. The
/// rest are the catalogue's ([`i18n::describe_store_error`]); the command
/// line words the operating
/// system's and the parser's details itself, so that a German sentence
/// never carries an English detail.
pub fn describe_store_error(error: &StoreError) -> String {
    let lang = language();
    match error {
        StoreError::Io { path, action, source } => match lang {
            Language::En => format!("{}: could not {action}: {}", shown(path), describe_io(source)),
            Language::De => format!("{}: {}", shown(path), describe_io(source)),
        },
        StoreError::Format { path, error } => format!(
            "{}:{}: {}",
            shown(path),
            format_position(error),
            format_detail(error)
        ),
        StoreError::ChangedOnDisk { path } => fill(lang, Msg::CliChangedOnDisk, &[("path", &shown(path))]),
        StoreError::Exists { path } => fill(lang, Msg::CliExists, &[("path", &shown(path))]),
        StoreError::Locked { path, .. } => fill(lang, Msg::ErrLocked, &[("path", &shown(path))]),
        other => i18n::describe_store_error(lang, other, ""),
    }
}

/// `line:column` of a format error (`1:1` when it has none).
fn format_position(error: &FormatError) -> String {
    let text = error.to_string();
    text.split_once(": ")
        .map_or_else(|| "1:1".to_string(), |(position, _)| position.to_string())
}

/// What is wrong at that position. English keeps the parser's own words;
/// German names the common cases and is general about the rest.
fn format_detail(error: &FormatError) -> String {
    let english = error.to_string();
    let english = english
        .split_once(": ")
        .map_or(english.as_str(), |(_, detail)| detail);
    let lang = language();
    if lang == Language::En {
        return english.to_string();
    }
    match error {
        FormatError::Empty => tr(lang, Msg::CliFormatEmpty).to_string(),
        FormatError::NotText { .. } => tr(lang, Msg::CliFormatNotText).to_string(),
        FormatError::Inconsistent { .. } => tr(lang, Msg::CliFormatInconsistent).to_string(),
        FormatError::Syntax { .. } => parser_detail(english),
        FormatError::NewerVersion { found } => fill(
            lang,
            Msg::CliFormatNewer,
            &[("found", found), ("max", &crate::core::FORMAT_VERSION)],
        ),
    }
}

/// A RON parser's message (of a session, theme, template or keymap file)
/// in the run's language.
pub fn parser_detail(english: &str) -> String {
    let lang = language();
    if lang == Language::En {
        return english.to_string();
    }
    let field = |prefix: &str| {
        english
            .strip_prefix(prefix)
            .and_then(|rest| rest.split('`').nth(1))
            .map(|name| name.to_string())
    };
    let (msg, name) = if let Some(name) = field("Unexpected missing field named ") {
        (Msg::CliFormatMissingField, Some(name))
    } else if let Some(name) = field("Unexpected field named ") {
        (Msg::CliFormatUnknownField, Some(name))
    } else if let Some(name) = field("Unexpected duplicate field named ") {
        (Msg::CliFormatDuplicateField, Some(name))
    } else if english.starts_with("Unexpected end") {
        (Msg::CliFormatEnd, None)
    } else {
        (Msg::CliFormatSyntax, None)
    };
    fill(lang, msg, &[("name", &name.unwrap_or_default())])
}

/// `line:column: message` with the message in the run's language.
pub fn positioned_detail(text: &str) -> String {
    let mut parts = text.splitn(3, ':');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(line), Some(column), Some(detail))
            if line.trim().parse::<u32>().is_ok() && column.trim().parse::<u32>().is_ok() =>
        {
            format!(
                "{}:{}: {}",
                line.trim(),
                column.trim(),
                parser_detail(detail.trim())
            )
        }
        _ => parser_detail(text),
    }
}

/// A change the session refused, in the run's language.
pub fn describe_refusal(error: &DomainError) -> String {
    crate::i18n::describe_refusal(language(), error)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_option_is_found_before_parsing() {
        assert_eq!(
            early_value(&args(&["plenum", "--lang", "DE", "list"]), "--lang").as_deref(),
            Some("de")
        );
        assert_eq!(
            early_value(&args(&["plenum", "check", "--lang=en", "x"]), "--lang").as_deref(),
            Some("en")
        );
        assert_eq!(
            early_value(&args(&["plenum", "check", "--", "--lang", "de"]), "--lang"),
            None
        );
        assert_eq!(
            early_value(&args(&["plenum", "--language", "de"]), "--lang"),
            None
        );
    }
}
