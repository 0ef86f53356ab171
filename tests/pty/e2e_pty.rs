//! End to end: the real binary in a pseudo-terminal, driven by keys and a
//! bracketed paste, read back through a vt100 parser. Waits for text on the
//! screen with a deadline instead of sleeping, so it is quick when the
//! machine is quick and patient when it is busy.

#![cfg(unix)]

use crate::common;

use common::pty::Pty;
use plenum::store;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn session_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.extension().is_some_and(|e| e == "ron")
                        && !p
                            .file_name()
                            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn idea_texts(path: &Path) -> Vec<String> {
    let session = store::load(path).expect("the session file loads");
    session.ideas.into_iter().map(|idea| idea.text).collect()
}

#[test]
fn capture_paste_undo_and_quit_leave_exactly_the_expected_ideas() {
    let home = tempfile::tempdir().expect("a home folder");
    let sessions = home.path().join("sessions");
    let mut pty = Pty::start(home.path(), &sessions, "en_US.UTF-8");

    // The start screen; a new future workshop from the form.
    pty.wait_for("New session");
    pty.send("n");
    pty.wait_for("Method");
    for _ in 0..8 {
        if pty.screen().contains("◀ Future workshop ▶") {
            break;
        }
        pty.send("\x1b[C");
        pty.pump(Duration::from_millis(200));
    }
    pty.wait_for("◀ Future workshop ▶");
    pty.send("\r");
    pty.wait_for("Phase 1 of 5");
    let files = session_files(&sessions);
    assert_eq!(files.len(), 1, "one session file was created: {files:?}");
    let file = files[0].clone();

    // To the critique phase, where ideas are collected.
    pty.send("n");
    pty.wait_for("Phase 2 of 5");
    pty.send("a");
    pty.wait_for("New idea");

    pty.type_text("Größere Büros für alle");
    pty.send("\r");
    pty.wait_for("Ideas (1)");
    pty.type_text("Mehr Tageslicht 🌞 bitte");
    pty.send("\r");
    pty.wait_for("Ideas (2)");
    pty.paste("Erste Zeile aus der Zwischenablage\r\nZweite Zeile");
    pty.wait_for("Ideas (4)");
    pty.wait_for("Zweite Zeile");

    // Saved in the background after every change: once the status line
    // says so, the file holds all four.
    pty.wait_until("the status line to say saved", |screen| {
        screen.contains("Saved") && !screen.contains("Saving…")
    });
    assert_eq!(
        idea_texts(&file),
        [
            "Größere Büros für alle",
            "Mehr Tageslicht 🌞 bitte",
            "Erste Zeile aus der Zwischenablage",
            "Zweite Zeile",
        ]
    );

    // Leave the idea field, undo the paste (one step), quit.
    pty.send("\x1b");
    pty.wait_until("the board mode", |screen| screen.contains("Navigate"));
    pty.send("u");
    pty.wait_for("Ideas (2)");
    pty.wait_for("Undone: 2 ideas added.");
    pty.send("q");
    let status = pty.wait_for_exit();
    assert!(status.success(), "plenum exits cleanly: {status:?}");
    pty.assert_terminal_restored();

    assert_eq!(
        idea_texts(&file),
        ["Größere Büros für alle", "Mehr Tageslicht 🌞 bitte"]
    );
    assert_eq!(session_files(&sessions), [file], "no other file appeared");
}

#[test]
fn a_german_locale_gives_a_german_screen() {
    let home = tempfile::tempdir().expect("a home folder");
    let sessions = home.path().join("sessions");
    let mut pty = Pty::start(home.path(), &sessions, "de_DE.UTF-8");
    pty.wait_for("Neue Sitzung");
    pty.wait_for("Noch keine Sitzungen");
    pty.send("q");
    let status = pty.wait_for_exit();
    assert!(status.success());
    pty.assert_terminal_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    let home = tempfile::tempdir().expect("a home folder");
    let sessions = home.path().join("sessions");
    let mut pty = Pty::start(home.path(), &sessions, "en_US.UTF-8");
    pty.wait_for("New session");
    let pid = pty.child.process_id().expect("a process id");
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(killed.success());
    let status = pty.wait_for_exit();
    assert!(!status.success(), "a killed plenum reports failure: {status:?}");
    pty.assert_terminal_restored();
}
