//! End to end: the follow-up in the real binary, in a pseudo-terminal read
//! back through a vt100 parser. An older session with an overdue action
//! opens on its action list; a new action with owner (completed from the
//! roster) and due date (typed as "+10") is added and found in the file.
//! The harness is the one of `tests/e2e_pty.rs`.

#![cfg(unix)]

use plenum::store;
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
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

/// A retrospective last changed weeks ago, with one overdue action and
/// Anna Becker on the roster.
fn older_session(today: jiff::civil::Date) -> plenum::core::Session {
    use plenum::core::{ActionId, ActionItem, ActionStatus, Language, MethodTemplate, NewSession};
    let template = MethodTemplate::built_in()
        .into_iter()
        .find(|t| t.id == "retro")
        .expect("built in");
    let created = jiff::Timestamp::now()
        .checked_sub(jiff::SignedDuration::from_hours(24 * 30))
        .expect("in range");
    let mut session = template.instantiate(
        NewSession {
            title: Some("Retro Oktober".into()),
            language: Language::En,
            participants: vec!["Anna Becker".into(), "Ben Okafor".into()],
            ..NewSession::default()
        },
        created,
    );
    session.actions.push(ActionItem {
        id: ActionId::from_u128(1),
        text: "Protokoll verschicken".into(),
        owner: Some("Ben Okafor".into()),
        due: today.checked_sub(jiff::Span::new().days(5)).ok(),
        status: ActionStatus::Open,
        note: String::new(),
        source: None,
    });
    session
}

/// The English short name of a weekday, as the form shows it.
fn weekday(date: jiff::civil::Date) -> &'static str {
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        [usize::from(date.weekday().to_monday_zero_offset() as u8)]
}

#[test]
fn add_an_action_with_owner_and_due_date_and_find_it_in_the_file() {
    let home = tempfile::tempdir().expect("a home folder");
    let sessions = home.path().join("sessions");
    std::fs::create_dir_all(&sessions).expect("the sessions folder");
    let today = jiff::ZonedDateTime::now().date();
    let file = sessions.join("retro-oktober.ron");
    store::write_atomically(&file, store::to_ron(&older_session(today)).as_bytes())
        .expect("write the session");

    let mut pty = Pty::start(home.path(), &sessions, "en_US.UTF-8");
    pty.wait_for("Retro Oktober");
    pty.send("\r");
    // Weeks later, with a pending action: the action list comes first.
    pty.wait_for("Actions (1)");
    pty.wait_for("⚠");
    pty.wait_for("5 days overdue");

    pty.send("a");
    pty.wait_for("New action");
    pty.type_text("Leitfaden schreiben");
    pty.send("\t");
    pty.type_text("beck");
    pty.wait_for("Tab completes: Anna Becker");
    pty.send("\t");
    pty.wait_until("the completed owner", |screen| {
        screen.contains("Anna Becker") && !screen.contains("Tab completes")
    });
    pty.send("\t");
    pty.type_text("+10");
    let due = today.checked_add(jiff::Span::new().days(10)).expect("in range");
    // The form shows the date it understood before it is saved.
    pty.wait_for(&format!("→ {} {due}", weekday(due)));
    pty.send("\r");
    pty.wait_for("Actions (2)");

    pty.send("q");
    let status = pty.wait_for_exit();
    assert!(status.success(), "plenum exits cleanly: {status:?}");
    pty.assert_terminal_restored();

    let session = store::load(&file).expect("the session file loads");
    let added = session.actions.last().expect("an action");
    assert_eq!(session.actions.len(), 2);
    assert_eq!(added.text, "Leitfaden schreiben");
    assert_eq!(added.owner.as_deref(), Some("Anna Becker"));
    assert_eq!(added.due, Some(due));
    assert_eq!(added.status, plenum::core::ActionStatus::Open);
}
