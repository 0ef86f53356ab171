//! Every word plenum shows (screens, command line, exports), in English and German. One catalogue, so a test
//! can check that no English text is left on a German screen.
//!
//! German follows the conventions of German public administration: formal
//! address ("Sie"), gender-neutral "Teilnehmende", infinitives for commands.
//!
//! The texts themselves are in `catalogue/`, one file per part of the interface; this module
//! gives them out ([`tr`], [`fill`], [`count`]) and picks the language.

use crate::core::{Activity, Language};
use crate::store::{FormatError, StoreError};
use std::fmt::Display;

mod catalogue;
mod refusals;
pub use catalogue::Msg;
pub use refusals::describe_refusal;

/// A text of the catalogue.
pub fn tr(lang: Language, msg: Msg) -> &'static str {
    msg.text(lang)
}

/// A text with its `{name}` placeholders filled in, in one pass: a value
/// that itself contains `{name}` (a participant's idea, a file name) is
/// never filled again. A placeholder without an argument stays as written,
/// and debug builds (the tests) stop there, so a forgotten argument is found.
pub fn fill(lang: Language, msg: Msg, args: &[(&str, &dyn Display)]) -> String {
    let text = tr(lang, msg);
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..name_len];
        let closed = !name.is_empty() && after[name_len..].starts_with('}');
        match args.iter().find(|(arg, _)| *arg == name) {
            Some((_, value)) if closed => {
                out.push_str(&value.to_string());
                rest = &after[name_len + 1..];
            }
            _ => {
                debug_assert!(!closed, "{msg:?} is missing its argument {{{name}}}");
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `1 idea`, `3 ideas`, `1 Idee`, `3 Ideen`: the message holds the form for
/// one and the form for many, separated by `|`, each may use `{n}`.
pub fn count(lang: Language, n: usize, forms: Msg) -> String {
    let text = fill(lang, forms, &[("n", &n)]);
    let (one, many) = text.split_once('|').unwrap_or((&text, &text));
    if n == 1 { one } else { many }.to_string()
}

/// The interface language: `--lang`, else the session's, else the locale
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first that is set).
pub fn pick_language(flag: Option<Language>, session: Option<Language>, locale: Option<&str>) -> Language {
    flag.or(session)
        .unwrap_or_else(|| locale.map(Language::from_locale).unwrap_or_default())
}

/// The locale from the environment, as POSIX looks it up.
pub fn locale_from_env() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
}

/// The name of an activity.
pub fn activity_name(lang: Language, activity: Activity) -> &'static str {
    let msg = match activity {
        Activity::Capture => Msg::ActivityCapture,
        Activity::Cluster => Msg::ActivityCluster,
        Activity::Vote => Msg::ActivityVote,
        Activity::Discuss => Msg::ActivityDiscuss,
        Activity::Actions => Msg::ActivityActions,
        Activity::Checkin => Msg::ActivityCheckin,
    };
    tr(lang, msg)
}

/// A language by its own name, the way language pickers show it.
pub fn language_name(language: Language) -> &'static str {
    match language {
        Language::En => "English",
        Language::De => "Deutsch",
    }
}

/// What went wrong with a file, in a sentence the user can act on. `save_key`
/// names the key that saves again (shown when the file changed elsewhere).
pub fn describe_store_error(lang: Language, error: &StoreError, save_key: &str) -> String {
    match error {
        StoreError::Io { path, source, .. } => {
            let path = path.display();
            match source.kind() {
                std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                    fill(lang, Msg::ErrReadOnly, &[("path", &path)])
                }
                std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
                    fill(lang, Msg::ErrDiskFull, &[("path", &path)])
                }
                _ => fill(lang, Msg::ErrIo, &[("path", &path), ("detail", source)]),
            }
        }
        StoreError::Format { path, error } => {
            let path = path.display();
            match error {
                FormatError::NewerVersion { found } => {
                    fill(lang, Msg::ErrNewer, &[("path", &path), ("found", found)])
                }
                other => {
                    let text = other.to_string();
                    let (position, detail) = text.split_once(": ").unwrap_or(("1:1", &text));
                    fill(
                        lang,
                        Msg::ErrBroken,
                        &[("path", &path), ("position", &position), ("detail", &detail)],
                    )
                }
            }
        }
        StoreError::Locked { path, .. } => fill(lang, Msg::ErrLocked, &[("path", &path.display())]),
        StoreError::ChangedOnDisk { path } => fill(
            lang,
            Msg::ErrChanged,
            &[("path", &path.display()), ("key", &save_key)],
        ),
        StoreError::Exists { path } => fill(lang, Msg::ErrExists, &[("path", &path.display())]),
        StoreError::NoHome => tr(lang, Msg::ErrNoHome).to_string(),
        StoreError::Deleted { path } => fill(
            lang,
            Msg::ErrDeleted,
            &[("path", &path.display()), ("key", &save_key)],
        ),
        StoreError::FileNotWritable { path } => {
            fill(lang, Msg::ErrFileNotWritable, &[("path", &path.display())])
        }
        StoreError::FolderNotWritable { path } => {
            fill(lang, Msg::ErrFolderNotWritable, &[("path", &path.display())])
        }
        StoreError::Immutable { path } => fill(lang, Msg::ErrImmutable, &[("path", &path.display())]),
        StoreError::DiskFull { path } => fill(lang, Msg::ErrDiskFullKept, &[("path", &path.display())]),
        StoreError::FolderSync { path, source } => fill(
            lang,
            Msg::ErrFolderSync,
            &[("path", &path.display()), ("detail", source)],
        ),
        StoreError::Serialise { path, message } => fill(
            lang,
            Msg::ErrSerialise,
            &[("path", &path.display()), ("detail", message)],
        ),
        StoreError::NotRegularFile { path } => fill(lang, Msg::ErrNotRegular, &[("path", &path.display())]),
        StoreError::TooLarge { path, bytes } => fill(
            lang,
            Msg::ErrTooLarge,
            &[("path", &path.display()), ("mb", &(bytes / 1_000_000))],
        ),
    }
}

/// A date the way the language writes it.
pub fn format_date(lang: Language, date: jiff::civil::Date) -> String {
    match lang {
        Language::En => format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day()),
        Language::De => format!("{:02}.{:02}.{:04}", date.day(), date.month(), date.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_fills_once_and_keeps_what_a_value_says() {
        // A participant who types "{runoff}" into a title sees exactly that.
        let filled = fill(Language::En, Msg::ExportRunoffOf, &[("title", &"{title} {n}")]);
        assert_eq!(filled, "Run-off of “{title} {n}”.");
        let scale = fill(
            Language::De,
            Msg::ExportScale,
            &[("name", &"Stimmung"), ("low", &1), ("high", &5)],
        );
        assert_eq!(scale, "Skala: Stimmung, 1 bis 5.");
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "missing its argument {high}")]
    fn fill_reports_a_missing_argument() {
        fill(Language::En, Msg::ExportScale, &[("name", &"mood"), ("low", &1)]);
    }

    #[test]
    fn count_picks_the_form_for_one_or_many() {
        assert_eq!(count(Language::De, 1, Msg::ExportAnswers), "1 Antwort");
        assert_eq!(count(Language::De, 0, Msg::ExportAnswers), "0 Antworten");
        assert_eq!(count(Language::En, 12, Msg::ExportVoters), "12 people");
    }

    #[test]
    fn language_follows_flag_then_session_then_locale() {
        let de = Some(Language::De);
        let en = Some(Language::En);
        assert_eq!(pick_language(en, de, Some("de_DE.UTF-8")), Language::En);
        assert_eq!(pick_language(None, de, Some("en_GB.UTF-8")), Language::De);
        assert_eq!(pick_language(None, None, Some("de_AT.UTF-8")), Language::De);
        assert_eq!(pick_language(None, None, Some("C")), Language::En);
        assert_eq!(pick_language(None, None, None), Language::En);
    }

    #[test]
    fn every_text_exists_in_both_languages_with_the_same_placeholders() {
        for msg in Msg::ALL {
            let en = msg.text(Language::En);
            let de = msg.text(Language::De);
            assert!(!en.trim().is_empty() && !de.trim().is_empty(), "{msg:?}");
            let holes = |text: &str| {
                let mut names: Vec<String> = text
                    .split('{')
                    .skip(1)
                    .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
                    .collect();
                names.sort();
                names
            };
            assert_eq!(holes(en), holes(de), "{msg:?}");
        }
    }

    #[test]
    fn fill_replaces_placeholders() {
        let text = fill(Language::De, Msg::PhaseOf, &[("n", &2), ("total", &5)]);
        assert_eq!(text, "Phase 2 von 5");
    }

    #[test]
    fn dates_follow_the_language() {
        let date = jiff::civil::date(2026, 3, 9);
        assert_eq!(format_date(Language::En, date), "2026-03-09");
        assert_eq!(format_date(Language::De, date), "09.03.2026");
    }
}
