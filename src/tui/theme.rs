//! Semantic styles: views ask for "the selected idea" or "the timer in its
//! last minute", never for a colour. Themes are RON files: the built-in ones
//! in `themes/` are embedded, users add their own in `CONFIG/themes/NAME.ron`.
//! A theme names only what it changes; the rest comes from the theme it
//! `extends` (default: dark). `NO_COLOR` gives the plain theme, which shows
//! everything with bold, underline and reverse video alone.

use crate::core::Colour;
use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use std::fmt;
use std::path::Path;
use std::str::FromStr;

mod sources;
use sources::resolve;
pub use sources::{ThemeEntry, ThemeProblem, ThemeSource, available, built_in_names};

/// The theme used when none is named.
pub const DEFAULT_THEME: &str = "dark";

macro_rules! theme {
    ($($(#[$doc:meta])* $field:ident),* $(,)?) => {
        /// The styles of every element the views draw.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Theme {
            pub name: String,
            $($(#[$doc])* pub $field: Style,)*
            pub participants: Participants,
        }

        /// A theme file: every style optional.
        #[derive(Debug, Default, Deserialize)]
        #[serde(default, deny_unknown_fields)]
        pub struct ThemeFile {
            /// The theme this one changes; default: dark.
            pub extends: Option<String>,
            $($field: Option<StyleSpec>,)*
            participants: ParticipantSpec,
        }

        impl Theme {
            /// Everything plain; emphasis by modifiers only.
            fn unstyled(name: &str) -> Theme {
                Theme {
                    name: name.to_string(),
                    $($field: Style::new(),)*
                    participants: Participants::default(),
                }
            }

            /// Every style with its name, for the contrast checks.
            #[cfg(test)]
            fn named_styles(&self) -> Vec<(&'static str, Style)> {
                vec![$((stringify!($field), self.$field),)*]
            }

            fn patch(&mut self, file: &ThemeFile) {
                $(if let Some(spec) = &file.$field {
                    self.$field = spec.apply(self.$field);
                })*
                self.participants.patch(&file.participants);
            }
        }
    };
}

theme! {
    /// The whole screen: text and background.
    base,
    /// Hints, counts, secondary text.
    muted,
    /// The app name and section headings.
    heading,
    border,
    border_focused,
    /// A selected row in a list or a focused form field.
    selected,
    phase_title,
    question,
    agenda_phase,
    agenda_current,
    /// A phase that used more time than planned.
    agenda_over,
    idea,
    idea_selected,
    idea_covered,
    cluster_title,
    timer,
    timer_paused,
    timer_last_minute,
    timer_up,
    status,
    status_saved,
    status_error,
    message,
    footer,
    footer_key,
    input,
    placeholder,
    label,
    /// Keys in the help overlay.
    key,
    error,
    /// A pending action past its due date (follow-up).
    overdue,
    /// The bars of a result chart (check-in results).
    chart_bar,
    /// Cluster mode: an idea marked for moving or merging (issue 4).
    idea_marked,
    /// Cluster mode: the cluster that ideas go to.
    cluster_target,
}

/// The shade of each participant colour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Participants([Color; Colour::ALL.len()]);

impl Default for Participants {
    fn default() -> Participants {
        Participants([Color::Reset; Colour::ALL.len()])
    }
}

impl Participants {
    fn slot(colour: Colour) -> usize {
        match colour {
            Colour::Red => 0,
            Colour::Orange => 1,
            Colour::Yellow => 2,
            Colour::Green => 3,
            Colour::Teal => 4,
            Colour::Blue => 5,
            Colour::Purple => 6,
            Colour::Pink => 7,
            Colour::Brown => 8,
            Colour::Grey => 9,
            Colour::Lime => 10,
            Colour::Indigo => 11,
        }
    }

    pub fn get(&self, colour: Colour) -> Color {
        self.0[Participants::slot(colour)]
    }

    fn patch(&mut self, spec: &ParticipantSpec) {
        let given = [
            (Colour::Red, &spec.red),
            (Colour::Orange, &spec.orange),
            (Colour::Yellow, &spec.yellow),
            (Colour::Green, &spec.green),
            (Colour::Teal, &spec.teal),
            (Colour::Blue, &spec.blue),
            (Colour::Purple, &spec.purple),
            (Colour::Pink, &spec.pink),
            (Colour::Brown, &spec.brown),
            (Colour::Grey, &spec.grey),
            (Colour::Lime, &spec.lime),
            (Colour::Indigo, &spec.indigo),
        ];
        for (colour, value) in given {
            if let Some(ColorSpec(color)) = value {
                self.0[Participants::slot(colour)] = *color;
            }
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct ParticipantSpec {
    red: Option<ColorSpec>,
    orange: Option<ColorSpec>,
    yellow: Option<ColorSpec>,
    green: Option<ColorSpec>,
    teal: Option<ColorSpec>,
    blue: Option<ColorSpec>,
    purple: Option<ColorSpec>,
    pink: Option<ColorSpec>,
    brown: Option<ColorSpec>,
    grey: Option<ColorSpec>,
    lime: Option<ColorSpec>,
    indigo: Option<ColorSpec>,
}

/// A style as a theme file writes it: `(fg: "lightcyan", bold: true)`.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct StyleSpec {
    fg: Option<ColorSpec>,
    bg: Option<ColorSpec>,
    bold: Option<bool>,
    dim: Option<bool>,
    italic: Option<bool>,
    underlined: Option<bool>,
    reversed: Option<bool>,
}

impl StyleSpec {
    fn apply(&self, mut style: Style) -> Style {
        if let Some(ColorSpec(color)) = self.fg {
            style = style.fg(color);
        }
        if let Some(ColorSpec(color)) = self.bg {
            style = style.bg(color);
        }
        let modifiers = [
            (self.bold, Modifier::BOLD),
            (self.dim, Modifier::DIM),
            (self.italic, Modifier::ITALIC),
            (self.underlined, Modifier::UNDERLINED),
            (self.reversed, Modifier::REVERSED),
        ];
        for (wanted, modifier) in modifiers {
            style = match wanted {
                Some(true) => style.add_modifier(modifier),
                Some(false) => style.remove_modifier(modifier),
                None => style,
            };
        }
        style
    }
}

/// A colour: a name (`red`, `lightblue`), `#rrggbb`, or 0-255.
#[derive(Debug, Clone, Copy, PartialEq)]
struct ColorSpec(Color);

impl<'de> Deserialize<'de> for ColorSpec {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<ColorSpec, D::Error> {
        struct ColorVisitor;
        impl serde::de::Visitor<'_> for ColorVisitor {
            type Value = ColorSpec;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a colour such as \"lightblue\", \"#1e90ff\" or \"208\"")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<ColorSpec, E> {
                Color::from_str(text).map(ColorSpec).map_err(|_| {
                    E::custom(format!(
                        "unknown colour {text:?}: use a name (red, lightblue, reset), #rrggbb or 0-255"
                    ))
                })
            }
        }
        deserializer.deserialize_str(ColorVisitor)
    }
}

/// Parses a theme file; the error names line and column. Optional values
/// are written plainly (`fg: "red"`, not `fg: Some("red")`).
pub fn parse_theme(text: &str) -> Result<ThemeFile, String> {
    let options = ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    options.from_str(text).map_err(|error| {
        format!(
            "{}:{}: {}",
            error.span.start.line.max(1),
            error.span.start.col.max(1),
            error.code
        )
    })
}

impl Theme {
    /// No colours at all, for `NO_COLOR`: selection in reverse video,
    /// headings bold, time-up reversed.
    pub fn plain() -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let reversed = Style::new().add_modifier(Modifier::REVERSED);
        let mut theme = Theme::unstyled("plain");
        theme.heading = bold;
        theme.border_focused = bold;
        theme.selected = reversed;
        theme.phase_title = bold;
        theme.question = bold;
        theme.agenda_current = reversed.add_modifier(Modifier::BOLD);
        theme.agenda_over = Style::new().add_modifier(Modifier::UNDERLINED);
        theme.idea_selected = reversed;
        theme.idea_covered = Style::new().add_modifier(Modifier::DIM);
        theme.cluster_title = bold.add_modifier(Modifier::UNDERLINED);
        theme.timer = bold;
        theme.timer_last_minute = bold.add_modifier(Modifier::UNDERLINED);
        theme.timer_up = reversed.add_modifier(Modifier::BOLD);
        theme.status_error = reversed.add_modifier(Modifier::BOLD);
        theme.footer_key = bold;
        theme.key = bold;
        theme.error = bold;
        theme.overdue = bold.add_modifier(Modifier::UNDERLINED);
        theme.muted = Style::new().add_modifier(Modifier::DIM);
        theme.placeholder = Style::new().add_modifier(Modifier::DIM);
        theme.idea_marked = bold.add_modifier(Modifier::UNDERLINED);
        theme.cluster_target = reversed.add_modifier(Modifier::BOLD);
        theme
    }

    /// The theme to use: `name` (default dark) from the user's themes or the
    /// built-in ones; on any problem the default, with the problem to show.
    pub fn load(name: Option<&str>, config_dir: Option<&Path>, no_color: bool) -> (Theme, Vec<ThemeProblem>) {
        if no_color {
            return (Theme::plain(), Vec::new());
        }
        let wanted = name.unwrap_or(DEFAULT_THEME);
        match resolve(wanted, config_dir, 0) {
            Ok(theme) => (theme, Vec::new()),
            Err(problem) => {
                let fallback = match resolve(DEFAULT_THEME, None, 0) {
                    Ok(theme) => theme,
                    Err(_) => Theme::plain(),
                };
                (fallback, vec![problem])
            }
        }
    }

    /// A participant's colour as a text style.
    pub fn participant(&self, colour: Colour) -> Style {
        match self.participants.get(colour) {
            Color::Reset => Style::new().add_modifier(Modifier::BOLD),
            color => Style::new().fg(color),
        }
    }

    /// The colour of the `n`-th cluster (or any other numbered group): the
    /// roster palette in order, so that clusters get the same distinguishable
    /// shades as participants.
    pub fn cluster_colour(&self, n: usize) -> Style {
        self.participant(Colour::nth(n))
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused { self.border_focused } else { self.border }
    }

    pub fn idea(&self, selected: bool) -> Style {
        if selected { self.idea_selected } else { self.idea }
    }
}

#[cfg(test)]
mod vision;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_theme_loads_and_differs() {
        let mut seen = Vec::new();
        for name in built_in_names() {
            let (theme, problems) = Theme::load(Some(name), None, false);
            assert!(problems.is_empty(), "{name}: {problems:?}");
            assert_eq!(theme.name, name);
            assert_ne!(theme.selected, Style::new(), "{name}: selection must be visible");
            assert!(
                !seen.contains(&theme.idea_selected),
                "{name} looks like another theme"
            );
            seen.push(theme.idea_selected);
        }
    }

    #[test]
    fn no_color_gives_the_plain_theme() {
        let (theme, problems) = Theme::load(Some("light"), None, true);
        assert!(problems.is_empty());
        assert_eq!(theme, Theme::plain());
        assert!(theme.selected.add_modifier.contains(Modifier::REVERSED));
        assert_eq!(theme.selected.fg, None);
    }

    #[test]
    fn an_unknown_theme_falls_back_with_the_list() {
        let (theme, problems) = Theme::load(Some("purple-rain"), None, false);
        assert_eq!(theme.name, DEFAULT_THEME);
        match &problems[..] {
            [ThemeProblem::NotFound { name, available }] => {
                assert_eq!(name, "purple-rain");
                assert!(available.contains(&"light".to_string()));
            }
            other => panic!("unexpected: {other:?}"),
        }
    }

    #[test]
    fn a_user_theme_changes_only_what_it_names() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("themes")).expect("themes folder");
        std::fs::write(
            dir.path().join("themes/beamer.ron"),
            "(extends: \"light\", timer: (fg: \"#ff0000\", bold: false), participants: (red: \"9\"))",
        )
        .expect("write theme");
        let (theme, problems) = Theme::load(Some("beamer"), Some(dir.path()), false);
        assert!(problems.is_empty(), "{problems:?}");
        let (light, _) = Theme::load(Some("light"), None, false);
        assert_eq!(theme.timer.fg, Some(Color::Rgb(255, 0, 0)));
        assert!(!theme.timer.add_modifier.contains(Modifier::BOLD));
        assert_eq!(theme.participants.get(Colour::Red), Color::Indexed(9));
        assert_eq!(theme.base, light.base);
        assert_eq!(
            theme.participants.get(Colour::Blue),
            light.participants.get(Colour::Blue)
        );
        assert!(available(Some(dir.path())).iter().any(|e| e.name == "beamer"));
    }

    #[test]
    fn a_broken_user_theme_is_reported_with_its_position() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("themes")).expect("themes folder");
        let path = dir.path().join("themes/broken.ron");
        std::fs::write(&path, "(\n  timer: (fg: \"not-a-colour\"),\n)").expect("write theme");
        let (theme, problems) = Theme::load(Some("broken"), Some(dir.path()), false);
        assert_eq!(theme.name, DEFAULT_THEME);
        let text = problems.first().map(ToString::to_string).unwrap_or_default();
        assert!(text.contains("broken.ron:2:"), "{text}");
        assert!(text.contains("not-a-colour"), "{text}");
    }

    #[test]
    fn a_theme_loop_ends_with_a_message() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("themes")).expect("themes folder");
        std::fs::write(dir.path().join("themes/a.ron"), "(extends: \"b\")").expect("write");
        std::fs::write(dir.path().join("themes/b.ron"), "(extends: \"a\")").expect("write");
        let (theme, problems) = Theme::load(Some("a"), Some(dir.path()), false);
        assert_eq!(theme.name, DEFAULT_THEME);
        assert_eq!(problems.len(), 1);
    }
}
