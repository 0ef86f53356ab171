//! Where sessions, templates, themes and keymaps live, and listing the
//! sessions of a folder.

use super::StoreError;
use super::file::load;
use crate::core::{MethodTemplate, Session};
use std::fs;
use std::path::{Path, PathBuf};

/// The environment variable that names the sessions folder.
pub const DIR_ENV: &str = "PLENUM_DIR";

/// The sessions folder: `--dir`, else `$PLENUM_DIR`, else the user data
/// folder (on Linux `~/.local/share/plenum/sessions`).
pub fn sessions_dir(explicit: Option<&Path>) -> Result<PathBuf, StoreError> {
    if let Some(dir) = explicit {
        return Ok(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os(DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    project_dirs()
        .map(|dirs| dirs.data_dir().join("sessions"))
        .ok_or(StoreError::NoHome)
}

/// The user's config folder (on Linux `~/.config/plenum`): `keymap.ron`,
/// `themes/`, `templates/`.
pub fn config_dir() -> Option<PathBuf> {
    project_dirs().map(|dirs| dirs.config_dir().to_path_buf())
}

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "plenum")
}

/// A session file found in a folder.
#[derive(Debug)]
pub struct Listed {
    pub path: PathBuf,
    /// The session, or why it could not be read.
    pub session: Result<Session, StoreError>,
}

impl Listed {
    fn sort_key(&self) -> Option<jiff::Timestamp> {
        self.session.as_ref().ok().map(|s| s.updated)
    }
}

/// Files larger than this are not read for a listing (about 30,000 ideas):
/// one huge file must not keep the list or the start screen waiting. It is
/// listed with [`StoreError::TooLarge`] and opens normally when chosen.
pub const LIST_SIZE_LIMIT: u64 = 8_000_000;

/// Every `*.ron` file in `dir`, newest first; unreadable ones last, by name.
/// A folder that does not exist yet holds no sessions. Pipes, devices and
/// files over [`LIST_SIZE_LIMIT`] are listed as skipped, never read.
pub fn list_sessions(dir: &Path) -> Result<Vec<Listed>, StoreError> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(StoreError::io(dir, "read the folder", source)),
    };
    let mut listed: Vec<Listed> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| is_session_file_name(path))
        .map(|path| {
            let session = summarise(&path);
            Listed { path, session }
        })
        .collect();
    listed.sort_by(|a, b| b.sort_key().cmp(&a.sort_key()).then_with(|| a.path.cmp(&b.path)));
    Ok(listed)
}

fn summarise(path: &Path) -> Result<Session, StoreError> {
    let meta = fs::metadata(path).map_err(|source| StoreError::io(path, "read", source))?;
    if !meta.is_file() {
        return Err(StoreError::NotRegularFile {
            path: path.to_path_buf(),
        });
    }
    if meta.len() > LIST_SIZE_LIMIT {
        return Err(StoreError::TooLarge {
            path: path.to_path_buf(),
            bytes: meta.len(),
        });
    }
    load(path)
}

fn is_session_file_name(path: &Path) -> bool {
    let visible = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| !n.starts_with('.'));
    visible && path.extension().is_some_and(|e| e == "ron") && !path.is_dir()
}

/// A file name for a new session: `2026-11-29-future-workshop.ron`, with a
/// number added when that name is taken.
pub fn new_session_path(dir: &Path, session: &Session) -> PathBuf {
    let date = session.created.to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
    let stem = format!("{date}-{}", slug(&session.title));
    let mut path = dir.join(format!("{stem}.ron"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{stem}-{n}.ron"));
        n += 1;
    }
    path
}

/// Lower-case ASCII words joined by dashes; umlauts spelled out.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for ch in title.chars().flat_map(char::to_lowercase) {
        let piece = match ch {
            'ä' => "ae",
            'ö' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "-",
        };
        out.push_str(piece);
    }
    let words: Vec<&str> = out.split('-').filter(|w| !w.is_empty()).collect();
    let mut slug = words.join("-");
    slug.truncate(60);
    let slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() { "session".into() } else { slug }
}

/// A user template that could not be used, with the reason.
#[derive(Debug)]
pub struct TemplateProblem {
    pub path: PathBuf,
    pub message: String,
}

/// Built-in templates followed by the user's own from `config/templates/`.
/// A user template with the id of a built-in one replaces it.
pub fn templates(config: Option<&Path>) -> (Vec<MethodTemplate>, Vec<TemplateProblem>) {
    let mut all = MethodTemplate::built_in();
    let mut problems = Vec::new();
    let Some(dir) = config.map(|c| c.join("templates")) else {
        return (all, problems);
    };
    let Ok(entries) = fs::read_dir(&dir) else {
        return (all, problems);
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    paths.sort();
    for path in paths {
        let parsed = super::read_config_file(&path)
            .map_err(|e| e.to_string())
            .and_then(|text| MethodTemplate::parse(&text).map_err(|e| e.to_string()));
        match parsed {
            Ok(template) => match all.iter_mut().find(|t| t.id == template.id) {
                Some(existing) => *existing = template,
                None => all.push(template),
            },
            Err(message) => problems.push(TemplateProblem { path, message }),
        }
    }
    (all, problems)
}
