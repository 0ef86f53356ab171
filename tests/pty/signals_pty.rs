//! Signals, with the real binary in a pseudo-terminal: SIGTERM, SIGHUP,
//! SIGINT and SIGQUIT save the last change, restore the terminal (raw mode
//! off, alternate screen left, mouse reporting off) and end the program;
//! SIGTSTP restores the terminal before stopping, and after SIGCONT (what
//! `fg` sends) the app takes the terminal again and reacts to keys, even
//! when the shell has put the terminal back to cooked mode meanwhile.

#![cfg(unix)]

use crate::common;

use common::pty::Pty;
use jiff::Timestamp;
use plenum::core::{Language, NewSession};
use plenum::store::{self, SessionFile};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A session file in the critique phase, where ideas are collected.
fn session_file(home: &Path) -> PathBuf {
    let path = home.join("werkstatt.ron");
    let mut session = common::template("zukunftswerkstatt").instantiate(
        NewSession {
            title: Some("Werkstatt".into()),
            language: Language::En,
            ..NewSession::default()
        },
        Timestamp::UNIX_EPOCH,
    );
    session.current_phase = 1;
    drop(SessionFile::create(&path, &session).expect("created"));
    path
}

fn idea_texts(path: &Path) -> Vec<String> {
    let session = store::load(path).expect("the session file loads");
    session.ideas.into_iter().map(|idea| idea.text).collect()
}

fn send_signal(pty: &Pty, signal: libc::c_int) {
    let pid = pty.child.process_id().expect("a process id");
    // SAFETY: sending a signal to our own child touches no memory.
    let sent = unsafe { libc::kill(pid as libc::pid_t, signal) };
    assert_eq!(sent, 0, "signal {signal} sent");
}

/// The process state letter from /proc (`T` when stopped).
fn process_state(pty: &Pty) -> Option<char> {
    let pid = pty.child.process_id()?;
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The state follows the command name, which is in parentheses.
    stat.rsplit_once(") ")?.1.chars().next()
}

/// Whether the terminal is in cooked mode: lines edited by the terminal,
/// typed keys echoed (what raw mode turns off).
fn cooked(tty: &Path) -> bool {
    let output = std::process::Command::new("stty")
        .arg("-F")
        .arg(tty)
        .arg("-a")
        .output()
        .expect("stty runs");
    let settings = String::from_utf8_lossy(&output.stdout);
    let words: Vec<&str> = settings.split_whitespace().collect();
    words.contains(&"icanon") && words.contains(&"echo")
}

/// Opens the file, adds an idea, and sends `signal` as soon as the screen
/// counts it (its save may still be under way).
fn ends_on(signal: libc::c_int, name: &str) {
    let home = tempfile::tempdir().expect("a home folder");
    let path = session_file(home.path());
    let mut pty = Pty::open(home.path(), &path, "en_US.UTF-8");
    pty.wait_for("Ideas (0)");
    let tty = pty.tty_name().expect("the terminal's name");
    assert!(!cooked(&tty), "{name}: the app runs in raw mode");
    pty.key("a", "New idea");
    pty.send("Bis zuletzt gespeichert\r");
    pty.wait_for("Ideas (1)");
    send_signal(&pty, signal);
    let status = pty.wait_for_exit();
    assert_eq!(
        status.exit_code(),
        128 + signal as u32,
        "{name}: ends with the signal's exit code: {status:?}"
    );
    pty.assert_terminal_restored();
    assert!(cooked(&tty), "{name}: raw mode is off again");
    assert_eq!(
        idea_texts(&path),
        ["Bis zuletzt gespeichert"],
        "{name}: the last change was saved before the end"
    );
}

#[test]
fn sigint_saves_restores_the_terminal_and_ends() {
    ends_on(libc::SIGINT, "SIGINT");
}

#[test]
fn sigquit_saves_restores_the_terminal_and_ends() {
    ends_on(libc::SIGQUIT, "SIGQUIT");
}

#[test]
fn sigterm_saves_restores_the_terminal_and_ends() {
    ends_on(libc::SIGTERM, "SIGTERM");
}

#[test]
fn sighup_saves_restores_the_terminal_and_ends() {
    ends_on(libc::SIGHUP, "SIGHUP");
}

#[test]
fn after_sigtstp_and_sigcont_the_app_takes_the_terminal_again_and_reacts_to_keys() {
    let home = tempfile::tempdir().expect("a home folder");
    let path = session_file(home.path());
    let mut pty = Pty::open(home.path(), &path, "en_US.UTF-8");
    pty.wait_for("Ideas (0)");
    let tty = pty.tty_name().expect("the terminal's name");

    send_signal(&pty, libc::SIGTSTP);
    pty.wait_for_state("the alternate screen left", |screen| !screen.alternate_screen());
    let deadline = Instant::now() + common::pty::PATIENCE;
    while process_state(&pty) != Some('T') {
        assert!(Instant::now() < deadline, "plenum stopped");
        pty.pump(Duration::from_millis(20));
    }
    pty.assert_terminal_restored();
    assert!(cooked(&tty), "raw mode is off while stopped");

    // As a shell does while a job is stopped, and to be sure the app sets
    // raw mode again itself: the terminal in its ordinary mode.
    let sane = std::process::Command::new("stty")
        .arg("-F")
        .arg(&tty)
        .arg("sane")
        .status()
        .expect("stty runs");
    assert!(sane.success());

    send_signal(&pty, libc::SIGCONT);
    pty.wait_for_state("the alternate screen again", |screen| {
        screen.alternate_screen() && screen.contents().contains("Ideas (0)")
    });
    assert!(!cooked(&tty), "raw mode again");
    // Keys work at once, without Enter: raw mode is back.
    pty.key("a", "New idea");
    pty.send("Nach dem Anhalten\r");
    pty.wait_for("Ideas (1)");
    pty.send("\x1b");
    pty.wait_until("the board mode", |screen| screen.contains("Navigate"));
    pty.send("q");
    let status = pty.wait_for_exit();
    assert!(status.success(), "{status:?}");
    pty.assert_terminal_restored();
    assert_eq!(idea_texts(&path), ["Nach dem Anhalten"]);
}

/// Closing the terminal (its window, or the SSH connection it ran over)
/// ends the app after its last save, and ends the audience view, which
/// also stops announcing itself to the control terminal.
#[test]
fn closing_the_terminal_ends_the_app_and_the_audience_view() {
    let home = tempfile::tempdir().expect("a home folder");
    let path = session_file(home.path());
    let mut room = Pty::spawn(
        home.path(),
        [std::ffi::OsStr::new("present"), path.as_os_str()],
        "en_US.UTF-8",
        (),
    );
    room.wait_for("Critique phase");
    let mut desk = Pty::open(home.path(), &path, "en_US.UTF-8");
    desk.wait_for("audience view on");
    desk.key("a", "New idea");
    desk.send("Bis zum Schluss\r");
    desk.wait_for("Ideas (1)");

    let status = room.hang_up();
    assert_eq!(status.exit_code(), 128 + libc::SIGHUP as u32, "{status:?}");
    desk.wait_until("the control terminal sees the audience view gone", |s| {
        !s.contains("audience view on")
    });

    let status = desk.hang_up();
    assert_eq!(status.exit_code(), 128 + libc::SIGHUP as u32, "{status:?}");
    assert_eq!(idea_texts(&path), ["Bis zum Schluss"], "saved before the end");
}
