//! The clap command in the run's language: every subcommand's and
//! argument's help from the catalogue, and in German also clap's own words
//! as far as its API reaches (headings, `Usage:`, the help and version
//! flags, defaults and possible values, parser errors).

use super::language::early_value;
use super::output::{print_bytes, warn};
use super::{Cli, ColorArg};
use crate::core::Language;
use crate::i18n::{Msg, fill, tr};
use clap::builder::Str;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ColorChoice, Command, CommandFactory};
use std::ffi::OsString;
use std::io::IsTerminal;
use std::process::ExitCode;

/// The help of every subcommand (`""` for the top level) and argument (`""`
/// for the command's own description). A subcommand or argument missing here
/// keeps the English text of its definition; a test finds it.
const HELP: &[(&str, &str, Msg)] = &[
    ("", "", Msg::HelpAbout),
    ("", "file", Msg::HelpAppFile),
    ("", "dir", Msg::HelpDir),
    ("", "lang", Msg::HelpLang),
    ("", "theme", Msg::HelpTheme),
    ("", "no_bell", Msg::HelpNoBell),
    ("", "color", Msg::HelpColor),
    ("open", "", Msg::HelpOpen),
    ("open", "file", Msg::HelpSessionFile),
    ("new", "", Msg::HelpNew),
    ("new", "method", Msg::HelpNewMethod),
    ("new", "from", Msg::HelpNewFrom),
    ("new", "title", Msg::HelpNewTitle),
    ("new", "participants", Msg::HelpNewParticipants),
    ("new", "facilitator", Msg::HelpNewFacilitator),
    ("new", "anonymous", Msg::HelpNewAnonymous),
    ("new", "output", Msg::HelpNewOutput),
    ("list", "", Msg::HelpList),
    ("templates", "", Msg::HelpTemplates),
    ("import", "", Msg::HelpImport),
    ("import", "file", Msg::HelpImportFile),
    ("import", "phase", Msg::HelpImportPhase),
    ("import", "ideas", Msg::HelpImportIdeas),
    ("export", "", Msg::HelpExport),
    ("export", "file", Msg::HelpSessionFileOrStdin),
    ("export", "format", Msg::HelpExportFormat),
    ("export", "what", Msg::HelpExportWhat),
    ("export", "excel", Msg::HelpExportExcel),
    ("export", "front_matter", Msg::HelpExportFrontMatter),
    ("export", "today", Msg::HelpExportToday),
    ("export", "output", Msg::HelpExportOutput),
    ("check", "", Msg::HelpCheck),
    ("check", "files", Msg::HelpCheckFiles),
    ("suggest", "", Msg::HelpSuggest),
    ("suggest", "file", Msg::HelpSessionFile),
    ("suggest", "phase", Msg::HelpSuggestPhase),
    ("suggest", "format", Msg::HelpSuggestFormat),
    ("suggest", "apply", Msg::HelpSuggestApply),
    ("actions", "", Msg::HelpActions),
    ("actions", "overdue", Msg::HelpActionsOverdue),
    ("actions", "owner", Msg::HelpActionsOwner),
    ("actions", "format", Msg::HelpActionsFormat),
    ("actions", "today", Msg::HelpActionsToday),
    ("actions", "excel", Msg::HelpActionsExcel),
    ("themes", "", Msg::HelpThemes),
    ("paths", "", Msg::HelpPaths),
    ("completions", "", Msg::HelpCompletions),
    ("completions", "shell", Msg::HelpCompletionsShell),
    ("man", "", Msg::HelpMan),
    ("present", "", Msg::HelpPresent),
    ("present", "file", Msg::HelpPresentFile),
    ("merge", "", Msg::HelpMerge),
    ("merge", "base", Msg::HelpMergeBase),
    ("merge", "ours", Msg::HelpMergeOurs),
    ("merge", "theirs", Msg::HelpMergeTheirs),
    ("merge", "name", Msg::HelpMergeName),
    ("host", "", Msg::HelpHost),
    ("host", "file", Msg::HelpHostFile),
    ("host", "bind", Msg::HelpHostBind),
    ("host", "port", Msg::HelpHostPort),
    ("host", "code", Msg::HelpHostCode),
];

/// The command line definition in `lang`, with the colour `--color` asks for.
pub fn command(lang: Language, args: &[OsString]) -> Command {
    localised(lang).color(color_choice(args))
}

/// `--color` before parsing; clap's `auto` also follows `NO_COLOR`.
pub fn color_choice(args: &[OsString]) -> ColorChoice {
    match early_value(args, "--color").as_deref() {
        Some("always") => ColorChoice::Always,
        Some("never") => ColorChoice::Never,
        _ => ColorChoice::Auto,
    }
}

/// The command line definition with every help text in `lang`.
pub fn localised(lang: Language) -> Command {
    let mut cmd = Cli::command();
    for (sub, arg, msg) in HELP {
        let text = tr(lang, *msg);
        cmd = match (*sub, *arg) {
            ("", "") => cmd.about(text).long_about(tr(lang, Msg::HelpLongAbout)),
            ("", arg) => cmd.mut_arg(arg, |a| a.help(text)),
            (sub, "") => cmd.mut_subcommand(sub, |s| s.about(text)),
            (sub, arg) => cmd.mut_subcommand(sub, |s| s.mut_arg(arg, |a| a.help(text))),
        };
    }
    cmd = cmd.mut_subcommand("import", |s| s.after_help(tr(lang, Msg::HelpImportAfter)));
    if lang == Language::De {
        cmd = germanise_clap(cmd);
    }
    cmd
}

/// Clap's own words in German: the help and version flags and the `help`
/// subcommand (which exist only once the command is built), headings, the
/// usage line, defaults and possible values.
fn germanise_clap(mut cmd: Command) -> Command {
    cmd = cmd
        .mut_args(with_german_values)
        .mut_subcommands(|sub| sub.mut_args(with_german_values));
    cmd = cmd.bin_name("plenum");
    cmd.build();
    cmd = germanise_built(cmd, "plenum");
    cmd.mut_subcommand("help", |sub| sub.about(tr(Language::De, Msg::HelpHelpCommand)))
}

fn germanise_built(cmd: Command, path: &str) -> Command {
    let de = Language::De;
    let has = |cmd: &Command, id: &str| cmd.get_arguments().any(|a| a.get_id() == id);
    let mut cmd = cmd
        .help_template(tr(de, Msg::HelpTemplate))
        .subcommand_help_heading(tr(de, Msg::HelpHeadingCommands))
        .subcommand_value_name(tr(de, Msg::HelpValueCommand));
    if has(&cmd, "help") {
        cmd = cmd.mut_arg("help", |a| {
            a.help(tr(de, Msg::HelpHelpFlag))
                .long_help(tr(de, Msg::HelpHelpFlagLong))
        });
    }
    if has(&cmd, "version") {
        cmd = cmd.mut_arg("version", |a| a.help(tr(de, Msg::HelpVersionFlag)));
    }
    cmd = cmd.mut_args(|arg| {
        let heading = if arg.is_positional() {
            Msg::HelpHeadingArguments
        } else {
            Msg::HelpHeadingOptions
        };
        arg.help_heading(tr(de, heading))
    });
    // Clap writes `[OPTIONS]` into every usage line; plenum writes it itself.
    let usage = cmd.render_usage().to_string();
    let usage = usage.trim_start_matches("Usage:").trim();
    let usage = usage.replace("[OPTIONS]", tr(de, Msg::HelpValueOptions));
    cmd = cmd.override_usage(usage);
    cmd.mut_subcommands(|sub| {
        let path = format!("{path} {}", sub.get_name());
        germanise_built(sub.bin_name(path.clone()), &path)
    })
}

/// The German names of the values arguments take (`<DATEI>`).
const VALUE_NAMES: &[(&str, Msg)] = &[
    ("FILE", Msg::HelpValueFile),
    ("DIR", Msg::HelpValueDir),
    ("LANG", Msg::HelpValueLang),
    ("WHEN", Msg::HelpValueWhen),
    ("OUT", Msg::HelpValueOut),
    ("ID", Msg::HelpValueId),
    ("OLD.ron", Msg::HelpValueOld),
    ("NAMES", Msg::HelpValueNames),
    ("N|PHASE_ID", Msg::HelpValuePhase),
    ("IDEAS", Msg::HelpValueIdeas),
    ("DATE", Msg::HelpValueDate),
    ("WHAT", Msg::HelpValueWhat),
    ("TITLE", Msg::HelpValueTitle),
    ("FACILITATOR", Msg::HelpValueFacilitator),
];

fn german_value_name(name: &Str) -> Str {
    VALUE_NAMES
        .iter()
        .find(|(english, _)| *english == name.as_str())
        .map_or_else(|| name.clone(), |(_, msg)| Str::from(tr(Language::De, *msg)))
}

/// Defaults and possible values written by plenum instead of clap's
/// `[default: …]` and `[possible values: …]`.
fn with_german_values(arg: Arg) -> Arg {
    let de = Language::De;
    let names: Vec<Str> = arg
        .get_value_names()
        .unwrap_or_default()
        .iter()
        .map(german_value_name)
        .collect();
    let arg = if names.is_empty() {
        arg
    } else {
        arg.value_names(names)
    };
    let mut notes = Vec::new();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|value| !value.is_hide_set())
        .map(|value| value.get_name().to_string())
        .collect();
    let takes_value = arg.get_action().takes_values();
    if takes_value && !values.is_empty() {
        notes.push(fill(
            de,
            Msg::HelpPossibleValues,
            &[("values", &values.join(", "))],
        ));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|value| value.to_string_lossy().into_owned())
        .collect();
    if takes_value && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        notes.push(fill(de, Msg::HelpDefault, &[("value", &defaults.join(", "))]));
    }
    if notes.is_empty() {
        return arg;
    }
    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let text = format!("{help} [{}]", notes.join("; "));
    arg.hide_possible_values(true).hide_default_value(true).help(text)
}

/// Shows a parser result that is not a run: help and version on standard
/// output, a usage error on standard error (in German in plenum's words).
pub fn report(error: clap::Error, lang: Language, color: ColorChoice) -> ExitCode {
    let code = ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
    if !error.use_stderr() {
        let rendered = error.render();
        let text = if colours_on_stdout(color) {
            rendered.ansi().to_string()
        } else {
            rendered.to_string()
        };
        return match print_bytes(text.as_bytes()) {
            Ok(()) => code,
            Err(failure) if failure.message.is_empty() => ExitCode::SUCCESS,
            Err(failure) => {
                warn(&failure.message);
                ExitCode::FAILURE
            }
        };
    }
    if lang == Language::En {
        // Clap's own English message, coloured as --color says.
        let _ = error.print();
        return code;
    }
    warn(&german_error(&error));
    code
}

/// Help in colour: `always`, or `auto` on a terminal without `NO_COLOR`.
fn colours_on_stdout(color: ColorChoice) -> bool {
    match color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => ColorArg::Auto.app_colours() && std::io::stdout().is_terminal(),
    }
}

/// A parser error in German, with the usage line and where to find help.
fn german_error(error: &clap::Error) -> String {
    let de = Language::De;
    let context = |kind: ContextKind| error.get(kind).map(value_text).unwrap_or_default();
    let arg = context(ContextKind::InvalidArg);
    let value = context(ContextKind::InvalidValue);
    let mut message = match error.kind() {
        ErrorKind::InvalidValue => {
            let mut text = fill(de, Msg::ClapInvalidValue, &[("value", &value), ("arg", &arg)]);
            let valid = context(ContextKind::ValidValue);
            if !valid.is_empty() {
                text.push_str(". ");
                text.push_str(&fill(de, Msg::ClapPossibleValues, &[("values", &valid)]));
            }
            text
        }
        ErrorKind::ValueValidation => fill(de, Msg::ClapInvalidValue, &[("value", &value), ("arg", &arg)]),
        ErrorKind::UnknownArgument => fill(de, Msg::ClapUnknownArgument, &[("arg", &arg)]),
        ErrorKind::InvalidSubcommand => fill(
            de,
            Msg::ClapUnknownCommand,
            &[("command", &context(ContextKind::InvalidSubcommand))],
        ),
        ErrorKind::MissingRequiredArgument => fill(de, Msg::ClapMissing, &[("args", &arg)]),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            tr(de, Msg::ClapMissingCommand).to_string()
        }
        ErrorKind::ArgumentConflict => fill(
            de,
            Msg::ClapConflict,
            &[("arg", &arg), ("other", &context(ContextKind::PriorArg))],
        ),
        ErrorKind::NoEquals
        | ErrorKind::TooManyValues
        | ErrorKind::TooFewValues
        | ErrorKind::WrongNumberOfValues => fill(de, Msg::ClapValueCount, &[("arg", &arg)]),
        _ => tr(de, Msg::ClapOther).to_string(),
    };
    let suggestion = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .map(context)
    .find(|text| !text.is_empty());
    if let Some(suggestion) = suggestion {
        message.push_str("; ");
        message.push_str(&fill(de, Msg::ClapDidYouMean, &[("suggestion", &suggestion)]));
    }
    let usage = context(ContextKind::Usage);
    let usage = usage.trim().trim_start_matches("Usage:").trim();
    if !usage.is_empty() {
        message.push_str(&format!("\n\n{} {usage}", tr(de, Msg::HelpUsage)));
    }
    message.push_str("\n\n");
    message.push_str(tr(de, Msg::ClapMoreHelp));
    message
}

fn value_text(value: &ContextValue) -> String {
    match value {
        ContextValue::Strings(values) => values.join(", "),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every subcommand and argument a user can see, with its help text.
    fn help_texts(cmd: &Command, path: &str, out: &mut std::collections::BTreeMap<String, String>) {
        let about = cmd.get_about().map(ToString::to_string).unwrap_or_default();
        out.insert(path.to_string(), about);
        for arg in cmd.get_arguments() {
            if arg.is_global_set() && !path.is_empty() || ["help", "version"].contains(&arg.get_id().as_str())
            {
                continue;
            }
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            out.insert(format!("{path} {}", arg.get_id()), help);
        }
        for sub in cmd.get_subcommands().filter(|sub| sub.get_name() != "help") {
            help_texts(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }

    #[test]
    fn every_subcommand_and_argument_has_its_help_in_both_languages() {
        let mut english = std::collections::BTreeMap::new();
        let mut german = std::collections::BTreeMap::new();
        help_texts(&localised(Language::En), "", &mut english);
        help_texts(&localised(Language::De), "", &mut german);
        assert_eq!(
            english.keys().collect::<Vec<_>>(),
            german.keys().collect::<Vec<_>>()
        );
        assert!(english.len() > 40, "{english:?}");
        for ((place, en), de) in english.iter().zip(german.values()) {
            assert!(!en.is_empty(), "{place:?} has no English help");
            assert_ne!(
                en, de,
                "{place:?} has no German help (add it to HELP and the catalogue)"
            );
        }
    }

    #[test]
    fn the_english_help_from_the_catalogue_matches_the_definitions() {
        // The doc comments of the definitions are the English fallback; the
        // catalogue's English must say the same.
        let mut defined = std::collections::BTreeMap::new();
        let mut from_catalogue = std::collections::BTreeMap::new();
        help_texts(&Cli::command(), "", &mut defined);
        help_texts(&localised(Language::En), "", &mut from_catalogue);
        let differing: Vec<_> = defined
            .iter()
            .zip(from_catalogue.values())
            .filter(|((place, doc), text)| {
                !place.is_empty() && doc.trim_end_matches('.') != text.trim_end_matches('.')
            })
            .collect();
        assert!(differing.is_empty(), "{differing:#?}");
    }
}
