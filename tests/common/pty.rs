//! plenum in a pseudo-terminal, read back through a vt100 parser. Every
//! wait has a deadline instead of a sleep, so a test is quick when the
//! machine is quick and patient when it is busy.

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};
use std::ffi::OsStr;
use std::io::{Read, Write};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

pub const ROWS: u16 = 24;
pub const COLS: u16 = 80;
pub const PATIENCE: Duration = Duration::from_secs(30);

/// Looks at every new state of the screen as it arrives, e.g. to check a
/// rule that no intermediate frame may break. `()` looks at nothing.
pub trait Watch {
    fn saw(&mut self, screen: &vt100::Screen);
}

impl Watch for () {
    fn saw(&mut self, _: &vt100::Screen) {}
}

/// plenum running in a pseudo-terminal.
pub struct Pty<W: Watch = ()> {
    parser: vt100::Parser,
    output: Receiver<Vec<u8>>,
    input: Box<dyn Write + Send>,
    pub child: Box<dyn Child + Send + Sync>,
    /// Closing the master hangs up the terminal; it lives as long as this,
    /// unless [`Pty::hang_up`] closes it.
    master: Option<Box<dyn MasterPty + Send>>,
    /// The thread that reads the terminal's output runs while this is set.
    reading: Arc<AtomicBool>,
    reader_thread: Option<std::thread::JoinHandle<()>>,
    pub watch: W,
}

impl Pty {
    /// Starts plenum with its own HOME and XDG folders and `--dir sessions`.
    pub fn start(home: &Path, sessions: &Path, lang: &str) -> Pty {
        Pty::spawn(home, [OsStr::new("--dir"), sessions.as_os_str()], lang, ())
    }

    /// Starts plenum on `file` with its own HOME and XDG folders.
    pub fn open(home: &Path, file: &Path, lang: &str) -> Pty {
        Pty::spawn(home, [file.as_os_str()], lang, ())
    }
}

impl<W: Watch> Pty<W> {
    /// Starts plenum with `args`, its own HOME and XDG folders (under
    /// `home`, also the working folder) and `lang` as its locale; `watch`
    /// sees every screen.
    pub fn spawn<A: AsRef<OsStr>>(
        home: &Path,
        args: impl IntoIterator<Item = A>,
        lang: &str,
        watch: W,
    ) -> Pty<W> {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_plenum"));
        command.args(args);
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
        let master_fd = pair.master.as_raw_fd();
        let reading = Arc::new(AtomicBool::new(true));
        let still_reading = Arc::clone(&reading);
        let reader_thread = std::thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            while still_reading.load(Ordering::Relaxed) {
                // Only read what is there, so that a hang-up can stop this
                // thread and close its copy of the master.
                if master_fd.is_some_and(|fd| !readable_soon(fd)) {
                    continue;
                }
                match reader.read(&mut buffer) {
                    Ok(n) if n > 0 && sender.send(buffer[..n].to_vec()).is_ok() => {}
                    _ => break,
                }
            }
        });
        Pty {
            master: Some(pair.master),
            reading,
            reader_thread: Some(reader_thread),
            parser: vt100::Parser::new(
                ROWS.try_into().expect("rows"),
                COLS.try_into().expect("columns"),
                0,
            ),
            output,
            input,
            child,
            watch,
        }
    }

    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Feeds the parser chunk by chunk, so the watch sees each state.
    pub fn pump(&mut self, wait: Duration) {
        if let Ok(bytes) = self.output.recv_timeout(wait) {
            self.feed(&bytes);
        }
        while let Ok(bytes) = self.output.try_recv() {
            self.feed(&bytes);
        }
    }

    fn feed(&mut self, bytes: &[u8]) {
        self.parser.process(bytes);
        self.watch.saw(self.parser.screen());
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for(&mut self, text: &str) {
        self.wait_until(text, |screen| screen.contains(text));
    }

    pub fn wait_until(&mut self, what: &str, done: impl Fn(&str) -> bool) {
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

    pub fn send(&mut self, bytes: &str) {
        self.input
            .write_all(bytes.as_bytes())
            .expect("write to the terminal");
        self.input.flush().expect("flush the terminal");
    }

    /// Sends a key and waits until the screen shows what it should do.
    pub fn key(&mut self, bytes: &str, then: &str) {
        self.send(bytes);
        self.wait_for(then);
    }

    /// Types text and waits until it shows, so the next key is not read as
    /// part of an escape sequence.
    pub fn type_text(&mut self, text: &str) {
        self.key(text, text);
    }

    pub fn paste(&mut self, text: &str) {
        self.send(&format!("\x1b[200~{text}\x1b[201~"));
    }

    /// Closes the terminal under the program, as closing its window or a
    /// dropped SSH connection does, and waits for the program to end.
    pub fn hang_up(&mut self) -> ExitStatus {
        self.reading.store(false, Ordering::Relaxed);
        if let Some(thread) = self.reader_thread.take() {
            let _ = thread.join();
        }
        self.input = Box::new(std::io::sink());
        self.master = None;
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(status) = self.child.try_wait().expect("query the child") {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "plenum did not end when its terminal closed"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits for the process to end and the terminal to be restored.
    pub fn wait_for_exit(&mut self) -> ExitStatus {
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

    /// Waits until the terminal's state (not only its text) is as `done`
    /// wants, e.g. back on the alternate screen.
    pub fn wait_for_state(&mut self, what: &str, done: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if done(self.parser.screen()) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; the screen shows:\n{}",
                self.screen()
            );
            self.pump(Duration::from_millis(50));
        }
    }

    /// Waits until the status line says the newest change is on disk
    /// (saves run in the background, after the frame that shows a change).
    pub fn wait_until_saved(&mut self) {
        self.wait_until("the status line to say saved", |screen| {
            (screen.contains("Saved") || screen.contains("Gespeichert"))
                && !screen.contains("Saving…")
                && !screen.contains("Wird gespeichert…")
        });
    }

    /// The terminal device plenum runs in (`/dev/pts/N`).
    pub fn tty_name(&self) -> Option<std::path::PathBuf> {
        self.master.as_ref()?.tty_name()
    }

    pub fn assert_terminal_restored(&self) {
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

impl<W: Watch> Drop for Pty<W> {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}

/// Whether the terminal's master has output within a short wait.
fn readable_soon(fd: std::os::fd::RawFd) -> bool {
    let mut poll = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one pollfd that lives on this stack for the call.
    let ready = unsafe { libc::poll(&mut poll, 1, 50) };
    ready != 0
}
