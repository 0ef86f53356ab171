//! Where themes come from: the built-in ones embedded from `themes/`, the
//! user's in `CONFIG/themes/NAME.ron`; and how a name becomes a [`Theme`],
//! following `extends`.

use super::{DEFAULT_THEME, Theme, parse_theme};
use std::fmt;
use std::path::{Path, PathBuf};

const BUILT_IN: [(&str, &str); 4] = [
    ("dark", include_str!("../../../themes/dark.ron")),
    ("light", include_str!("../../../themes/light.ron")),
    ("high-contrast", include_str!("../../../themes/high-contrast.ron")),
    ("colour-blind", include_str!("../../../themes/colour-blind.ron")),
];

/// The names of the embedded themes.
pub fn built_in_names() -> Vec<&'static str> {
    BUILT_IN.iter().map(|(name, _)| *name).collect()
}

/// Why a theme could not be used as asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThemeProblem {
    NotFound {
        name: String,
        available: Vec<String>,
    },
    /// `origin` is the file path, or the built-in theme's name.
    Broken {
        origin: String,
        message: String,
    },
}

impl fmt::Display for ThemeProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ThemeProblem::NotFound { name, available } => {
                write!(
                    f,
                    "theme {name:?} not found (available: {})",
                    available.join(", ")
                )
            }
            ThemeProblem::Broken { origin, message } => write!(f, "{origin}:{message}"),
        }
    }
}

/// Where a theme comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThemeSource {
    BuiltIn,
    User(PathBuf),
}

/// A theme that can be chosen with `--theme`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeEntry {
    pub name: String,
    pub source: ThemeSource,
}

/// The built-in themes followed by the user's (`CONFIG/themes/*.ron`); a
/// user theme with a built-in name replaces it.
pub fn available(config_dir: Option<&Path>) -> Vec<ThemeEntry> {
    let mut entries: Vec<ThemeEntry> = built_in_names()
        .into_iter()
        .map(|name| ThemeEntry {
            name: name.to_string(),
            source: ThemeSource::BuiltIn,
        })
        .collect();
    for path in user_theme_files(config_dir) {
        let Some(name) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
            continue;
        };
        let entry = ThemeEntry {
            name: name.clone(),
            source: ThemeSource::User(path),
        };
        match entries.iter_mut().find(|e| e.name == name) {
            Some(existing) => *existing = entry,
            None => entries.push(entry),
        }
    }
    entries
}

fn user_theme_files(config_dir: Option<&Path>) -> Vec<PathBuf> {
    let Some(dir) = config_dir.map(|c| c.join("themes")) else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    paths.sort();
    paths
}

/// Builds a theme by name, following `extends` (at most a few levels, so a
/// loop of themes extending each other ends with a message). A user theme
/// without `extends` changes the default theme; a built-in one stands alone.
pub(super) fn resolve(name: &str, config_dir: Option<&Path>, depth: usize) -> Result<Theme, ThemeProblem> {
    if depth > 4 {
        return Err(ThemeProblem::Broken {
            origin: name.to_string(),
            message: "1:1: themes extend each other in a loop".into(),
        });
    }
    let source = find_source(name, config_dir)?;
    let file = parse_theme(&source.text).map_err(|message| ThemeProblem::Broken {
        origin: source.origin.clone(),
        message,
    })?;
    let mut theme = match file.extends.as_deref() {
        // A user theme may extend the built-in theme of the same name.
        Some(parent) if parent == name && source.user && is_built_in(name) => {
            resolve(parent, None, depth + 1)?
        }
        Some(parent) if parent == name => {
            return Err(ThemeProblem::Broken {
                origin: source.origin,
                message: format!(
                    "1:1: the theme extends itself (extends: \"{name}\"); name another theme or remove `extends`"
                ),
            });
        }
        Some(parent) => resolve(parent, config_dir, depth + 1)?,
        None if source.user => resolve(DEFAULT_THEME, None, depth + 1)?,
        None => Theme::unstyled(name),
    };
    theme.patch(&file);
    theme.name = name.to_string();
    Ok(theme)
}

fn is_built_in(name: &str) -> bool {
    BUILT_IN.iter().any(|(built_in, _)| *built_in == name)
}

struct Source {
    origin: String,
    text: String,
    user: bool,
}

fn find_source(name: &str, config_dir: Option<&Path>) -> Result<Source, ThemeProblem> {
    if let Some(path) = user_theme_files(config_dir)
        .into_iter()
        .find(|p| p.file_stem().is_some_and(|s| s == name))
    {
        let origin = path.display().to_string();
        // Regular files only: a FIFO here would hang the start.
        return match crate::store::read_config_file(&path) {
            Ok(text) => Ok(Source {
                origin,
                text,
                user: true,
            }),
            Err(crate::store::StoreError::NotRegularFile { .. }) => Err(ThemeProblem::Broken {
                origin,
                message: "1:1: not a regular file (a pipe, a device or a folder); not read".into(),
            }),
            Err(crate::store::StoreError::Io { source, .. }) => Err(ThemeProblem::Broken {
                origin,
                message: format!("1:1: {source}"),
            }),
            Err(crate::store::StoreError::Format { error, .. }) => Err(ThemeProblem::Broken {
                origin,
                message: error.to_string(),
            }),
            Err(error) => Err(ThemeProblem::Broken {
                origin,
                message: format!("1:1: {error}"),
            }),
        };
    }
    BUILT_IN
        .iter()
        .find(|(built_in, _)| *built_in == name)
        .map(|(built_in, text)| Source {
            origin: format!("themes/{built_in}.ron"),
            text: text.to_string(),
            user: false,
        })
        .ok_or_else(|| ThemeProblem::NotFound {
            name: name.to_string(),
            available: available(config_dir).into_iter().map(|e| e.name).collect(),
        })
}
