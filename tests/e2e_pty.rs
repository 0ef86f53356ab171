//! End to end: the real binary in a pseudo-terminal, driven by keys and a
//! bracketed paste, read back through a vt100 parser. Waits for text on the
//! screen with a deadline instead of sleeping, so it is quick when the
//! machine is quick and patient when it is busy.

#![cfg(unix)]

use plenum::store;
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

const ROWS: u16 = 24;
const COLS: u16 = 80;
const PATIENCE: Duration = Duration::from_secs(30);

/// plenum running in a pseudo-terminal.
struct Pty {
    parser: vt100::Parser,
    output: Receiver<Vec<u8>>,
    input: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    /// Closing the master would hang up the terminal; it lives as long as this.
    _master: Box<dyn MasterPty + Send>,
}

impl Pty {
    /// Starts plenum with its own HOME and XDG folders and `--dir sessions`.
    fn start(home: &Path, sessions: &Path, lang: &str) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_plenum"));
        command.arg("--dir");
        command.arg(sessions);
        command.cwd(home);
        command.env("HOME", home);
        command.env("XDG_CONFIG_HOME", home.join(".config"));
        command.env("XDG_DATA_HOME", home.join(".local/share"));
        command.env("LANG", lang);
        command.env("LC_ALL", lang);
        command.env("TERM", "xterm-256color");
        command.env_remove("PLENUM_DIR");
        command.env_remove("NO_COLOR");
        let child = pair.slave.spawn_command(command).expect("plenum starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("a reader");
        let input = pair.master.take_writer().expect("a writer");
        let (sender, output) = channel();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 || sender.send(buffer[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Pty {
            _master: pair.master,
            parser: vt100::Parser::new(
                ROWS.try_into().expect("rows"),
                COLS.try_into().expect("columns"),
                0,
            ),
            output,
            input,
            child,
        }
    }

    fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    fn pump(&mut self, wait: Duration) {
        if let Ok(bytes) = self.output.recv_timeout(wait) {
            self.parser.process(&bytes);
        }
        while let Ok(bytes) = self.output.try_recv() {
            self.parser.process(&bytes);
        }
    }

    /// Waits until the screen shows `text`.
    fn wait_for(&mut self, text: &str) {
        self.wait_until(text, |screen| screen.contains(text));
    }

    fn wait_until(&mut self, what: &str, done: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if done(&self.screen()) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what:?}; the screen shows:\n{}",
                self.screen()
            );
            self.pump(Duration::from_millis(50));
        }
    }

    fn send(&mut self, bytes: &str) {
        self.input
            .write_all(bytes.as_bytes())
            .expect("write to the terminal");
        self.input.flush().expect("flush the terminal");
    }

    /// Types text and waits until it shows, so the next key is not read as
    /// part of an escape sequence.
    fn type_text(&mut self, text: &str) {
        self.send(text);
        self.wait_for(text);
    }

    fn paste(&mut self, text: &str) {
        self.send(&format!("\x1b[200~{text}\x1b[201~"));
    }

    /// Waits for the process to end and the terminal to be restored.
    fn wait_for_exit(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + PATIENCE;
        loop {
            self.pump(Duration::from_millis(50));
            if let Some(status) = self.child.try_wait().expect("query the child") {
                self.pump(Duration::from_millis(100));
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "plenum did not exit:\n{}",
                self.screen()
            );
        }
    }

    fn assert_terminal_restored(&self) {
        let screen = self.parser.screen();
        assert!(!screen.alternate_screen(), "left the alternate screen");
        assert!(!screen.hide_cursor(), "the cursor is visible again");
        assert!(!screen.bracketed_paste(), "bracketed paste is off again");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse capture is off again"
        );
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}

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

    // Saved after every change: the file already holds all four.
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
    pty.wait_for("Undone.");
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
