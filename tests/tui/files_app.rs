//! The app and files it may not write or that change under it: a session
//! in a folder the user cannot write, and a read-only file, open read-only
//! with a status line that says so and are never written; a file made
//! read-only, edited by another program (same length, old timestamp) or
//! deleted while open is named on the status line and never overwritten
//! or recreated silently; the save key then saves a copy beside it.

#![cfg(unix)]

use crate::common;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use plenum::core::{Language, NewSession};
use plenum::store::{self, SessionFile};
use plenum::tui::action::Action;
use plenum::tui::app::{App, Options};
use plenum::tui::document::SAVE_RETRY;
use plenum::tui::document::saver::Waker;
use plenum::tui::keymap::Keymap;
use plenum::tui::theme::Theme;
use plenum::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn at(seconds: i64) -> Timestamp {
    "2026-03-12T09:30:00Z"
        .parse::<Timestamp>()
        .expect("a timestamp")
        .checked_add(jiff::SignedDuration::from_secs(seconds))
        .expect("in range")
}

/// A session in the critique phase, where ideas are collected.
fn session_file(folder: &Path) -> PathBuf {
    let path = folder.join("retro.ron");
    let mut session = common::template("zukunftswerkstatt").instantiate(
        NewSession {
            title: Some("Retro".into()),
            language: Language::En,
            ..NewSession::default()
        },
        at(0),
    );
    session.current_phase = 1;
    drop(SessionFile::create(&path, &session).expect("created"));
    path
}

fn app_on(path: &Path, lang: Language) -> App {
    let options = Options {
        dir: path.parent().expect("a folder").to_path_buf(),
        lang: Some(lang),
        ..Options::default()
    };
    let mut app = App::new(options, Keymap::defaults(), at(0), TimeZone::UTC);
    app.open_path(path).expect("the session opens");
    app
}

/// Saves in the background, as under the event loop.
fn in_background(app: &mut App) {
    let waker: Waker = Arc::new(|| {});
    let doc = app.document_mut().expect("a session is open");
    doc.save_in_background(&waker, SAVE_RETRY);
}

/// Waits for the saves under way, as quitting does.
fn settle(app: &mut App) {
    app.document_mut().expect("open").finish_saving();
}

fn add_idea(app: &mut App, text: &str) {
    app.update(Action::StartCapture);
    for c in text.chars() {
        app.update(Action::InsertChar(c));
    }
    app.update(Action::SubmitInput);
    app.update(Action::CancelInput);
}

/// The status line of a 200x24 frame.
fn status_line(app: &App) -> String {
    let (theme, _) = Theme::load(None, None, false);
    let mut terminal = Terminal::new(TestBackend::new(200, 24)).expect("a test terminal");
    terminal
        .draw(|frame| {
            view::render(app, &theme, frame);
        })
        .expect("draws");
    let buffer = terminal.backend().buffer();
    let y = buffer.area.height - 2;
    (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect()
}

fn ideas_on_disk(path: &Path) -> Vec<String> {
    let session = store::load(path).expect("the file loads");
    session.ideas.into_iter().map(|i| i.text).collect()
}

fn files_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .expect("the folder")
        .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A folder this process may not write in: by its permissions, or for
/// root (whom permissions do not stop) by `chattr +i`. Undone on drop.
struct ReadOnlyFolder {
    path: PathBuf,
    immutable: bool,
}

impl ReadOnlyFolder {
    fn make(path: &Path) -> Option<ReadOnlyFolder> {
        fs::set_permissions(path, fs::Permissions::from_mode(0o555)).expect("chmod");
        let mut folder = ReadOnlyFolder {
            path: path.to_path_buf(),
            immutable: false,
        };
        if fs::write(path.join("probe"), "x").is_err() {
            return Some(folder);
        }
        let _ = fs::remove_file(path.join("probe"));
        let done = std::process::Command::new("chattr")
            .arg("+i")
            .arg(path)
            .status()
            .is_ok_and(|s| s.success());
        folder.immutable = done;
        done.then_some(folder)
    }
}

impl Drop for ReadOnlyFolder {
    fn drop(&mut self) {
        if self.immutable {
            let _ = std::process::Command::new("chattr")
                .arg("-i")
                .arg(&self.path)
                .status();
        }
        let _ = fs::set_permissions(&self.path, fs::Permissions::from_mode(0o755));
    }
}

#[test]
fn a_session_in_a_folder_the_user_cannot_write_opens_read_only_and_saves_nothing() {
    for (lang, clean, changed) in [
        (
            Language::En,
            "Read-only (folder not writable): nothing is saved",
            "Read-only (folder not writable): changes are NOT saved",
        ),
        (
            Language::De,
            "Schreibgeschützt (Ordner nicht beschreibbar): nichts wird gespeichert",
            "Schreibgeschützt (Ordner nicht beschreibbar): Änderungen werden NICHT gespeichert",
        ),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("sessions");
        fs::create_dir(&folder).expect("folder");
        let path = session_file(&folder);
        let before = fs::read(&path).expect("read");
        let Some(_read_only) = ReadOnlyFolder::make(&folder) else {
            println!("SKIPPED: no way to make a folder read-only here");
            return;
        };
        let mut app = app_on(&path, lang);
        in_background(&mut app);
        let opened = app.message.as_ref().map(|m| m.text.clone()).unwrap_or_default();
        assert!(opened.contains(&folder.display().to_string()), "{opened}");
        assert!(status_line(&app).contains(clean), "{}", status_line(&app));

        add_idea(&mut app, "nur im Speicher");
        settle(&mut app);
        assert!(status_line(&app).contains(changed), "{}", status_line(&app));
        app.update(Action::SaveSession);
        app.update(Action::Quit);
        assert!(!app.quit, "the first quit warns: the idea would be lost");
        app.update(Action::Quit);
        assert!(app.quit);
        drop(app);
        assert_eq!(fs::read(&path).expect("read"), before, "never written");
        assert_eq!(files_in(&folder), ["retro.ron"], "no temp file, no lock");
    }
}

#[test]
fn a_read_only_file_in_a_writable_folder_opens_read_only_and_is_not_replaced() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = session_file(dir.path());
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("read-only");
    let before = fs::read(&path).expect("read");
    let mut app = app_on(&path, Language::En);
    in_background(&mut app);
    assert!(
        status_line(&app).contains("Read-only (file not writable): nothing is saved"),
        "{}",
        status_line(&app)
    );
    add_idea(&mut app, "nur im Speicher");
    app.update(Action::SaveSession);
    let said = app.message.as_ref().map(|m| m.text.clone()).unwrap_or_default();
    assert!(
        said.contains("retro.ron is read-only") && said.contains("chmod u+w"),
        "{said}"
    );
    drop(app);
    assert_eq!(fs::read(&path).expect("read"), before);
    assert_eq!(files_in(dir.path()), ["retro.ron"]);
}

#[test]
fn a_file_made_read_only_while_open_is_not_replaced_and_the_status_line_says_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = session_file(dir.path());
    let mut app = app_on(&path, Language::De);
    in_background(&mut app);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("read-only");
    let before = fs::read(&path).expect("read");
    add_idea(&mut app, "Mehr Licht");
    settle(&mut app);
    let status = status_line(&app);
    assert!(
        status.contains("NICHT GESPEICHERT") && status.contains("retro.ron ist schreibgeschützt"),
        "{status}"
    );
    assert_eq!(fs::read(&path).expect("read"), before, "not replaced");
    // Made writable again, the save key saves.
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).expect("writable");
    app.update(Action::SaveSession);
    assert!(status_line(&app).contains("Gespeichert"), "{}", status_line(&app));
    assert_eq!(ideas_on_disk(&path), ["Mehr Licht"]);
}

#[test]
fn an_outside_edit_of_the_same_length_with_the_old_timestamp_is_named_and_not_overwritten() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = session_file(dir.path());
    let mut app = app_on(&path, Language::En);
    in_background(&mut app);
    let modified = fs::metadata(&path).and_then(|m| m.modified()).expect("mtime");
    let original = fs::read_to_string(&path).expect("read");
    let edited = original.replace("title: \"Retro\"", "title: \"Rétro\"".replace('é', "x").as_str());
    assert_ne!(edited, original);
    assert_eq!(edited.len(), original.len(), "the same length");
    fs::write(&path, &edited).expect("edited elsewhere");
    fs::File::options()
        .write(true)
        .open(&path)
        .and_then(|f| f.set_modified(modified))
        .expect("the old timestamp back");

    add_idea(&mut app, "Meine Änderung");
    settle(&mut app);
    let status = status_line(&app);
    assert!(
        status.contains("NOT SAVED")
            && status.contains("retro.ron was changed by another program and was not overwritten"),
        "{status}"
    );
    assert_eq!(
        fs::read_to_string(&path).expect("read"),
        edited,
        "not overwritten"
    );

    app.update(Action::SaveSession);
    let said = app.message.as_ref().map(|m| m.text.clone()).unwrap_or_default();
    assert!(said.contains("your version is saved as"), "{said}");
    let copy = app.document().and_then(|d| d.path.clone()).expect("the copy");
    assert_ne!(copy, path);
    assert_eq!(ideas_on_disk(&copy), ["Meine Änderung"]);
    assert_eq!(fs::read_to_string(&path).expect("read"), edited, "still theirs");
    // Work goes on in the copy, in the background.
    add_idea(&mut app, "Weiter");
    settle(&mut app);
    assert_eq!(ideas_on_disk(&copy), ["Meine Änderung", "Weiter"]);
}

#[test]
fn a_file_deleted_while_open_is_named_not_recreated_and_the_save_key_saves_it_anew() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = session_file(dir.path());
    let mut app = app_on(&path, Language::En);
    in_background(&mut app);
    fs::remove_file(&path).expect("deleted elsewhere");
    add_idea(&mut app, "nicht verloren");
    settle(&mut app);
    let status = status_line(&app);
    assert!(
        status.contains("NOT SAVED") && status.contains("retro.ron was deleted or moved by another program"),
        "{status}"
    );
    assert!(!path.exists(), "not recreated silently");
    app.update(Action::SaveSession);
    let said = app.message.as_ref().map(|m| m.text.clone()).unwrap_or_default();
    assert!(
        said.contains("deleted elsewhere; your version is saved as"),
        "{said}"
    );
    let copy = app.document().and_then(|d| d.path.clone()).expect("the new file");
    assert_eq!(ideas_on_disk(&copy), ["nicht verloren"]);
}
