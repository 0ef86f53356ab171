//! The real OpenSSH client in a pseudo-terminal, as a participant runs it,
//! read back through a vt100 parser. The join code goes in at OpenSSH's
//! keyboard-interactive prompt, so no password helper is needed.

use super::pty::{PATIENCE, Watch};
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::Write;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

pub struct OpenSsh<W: Watch = ()> {
    pub parser: vt100::Parser,
    pub output: Receiver<Vec<u8>>,
    input: Box<dyn Write + Send>,
    master: Box<dyn MasterPty + Send>,
    pub child: Box<dyn Child + Send + Sync>,
    _home: tempfile::TempDir,
    pub watch: W,
}

impl OpenSsh {
    pub fn start(port: u16, user: &str) -> OpenSsh {
        OpenSsh::watched(port, user, ())
    }
}

impl<W: Watch> OpenSsh<W> {
    /// `ssh -p PORT USER@127.0.0.1` at 80x24 with a fresh HOME (no keys, an
    /// empty known_hosts); `watch` sees every screen.
    pub fn watched(port: u16, user: &str, watch: W) -> OpenSsh<W> {
        let home = tempfile::tempdir().expect("a home folder");
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let known_hosts = home.path().join("known_hosts");
        let mut command = CommandBuilder::new("ssh");
        command.args(["-F", "/dev/null", "-p", &port.to_string(), "-tt"]);
        for option in [
            "StrictHostKeyChecking=ask".to_string(),
            format!("UserKnownHostsFile={}", known_hosts.display()),
            "PubkeyAuthentication=no".into(),
            "FingerprintHash=sha256".into(),
        ] {
            command.args(["-o", &option]);
        }
        command.arg(format!("{user}@127.0.0.1"));
        command.env("HOME", home.path());
        command.env("TERM", "xterm-256color");
        command.env_remove("SSH_AUTH_SOCK");
        let child = pair
            .slave
            .spawn_command(command)
            .expect("the OpenSSH client (openssh-client) runs");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("a reader");
        let input = pair.master.take_writer().expect("a writer");
        let (sender, output) = channel();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            while let Ok(n) = std::io::Read::read(&mut reader, &mut buffer) {
                if n == 0 || sender.send(buffer[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        OpenSsh {
            parser: vt100::Parser::new(size(24), size(80), 0),
            output,
            input,
            master: pair.master,
            child,
            _home: home,
            watch,
        }
    }

    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Feeds what arrived, chunk by chunk, so the watch sees each state.
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

    /// Waits until the screen shows `text` and returns the screen.
    pub fn wait_for(&mut self, text: &str) -> String {
        self.wait_until(text, |screen| screen.contains(text))
    }

    pub fn wait_until(&mut self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            assert!(start.elapsed() < PATIENCE, "never saw {what:?} on:\n{screen}");
            self.pump(Duration::from_millis(50));
        }
    }

    pub fn send(&mut self, bytes: &str) {
        self.input.write_all(bytes.as_bytes()).expect("write to ssh");
        self.input.flush().expect("flush ssh");
    }

    /// Accepts the host key, enters the join code and waits for the screen.
    pub fn join(&mut self, code: &str, then: &str) {
        self.wait_for("continue connecting");
        self.send("yes\r");
        self.wait_for("Join code:");
        self.send(&format!("{code}\r"));
        self.wait_for(then);
    }

    pub fn resize(&mut self, cols: u16, rows: u16) {
        let size = PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        };
        self.master.resize(size).expect("resize");
        self.parser.set_size(
            std::num::NonZeroU16::new(rows).expect("rows"),
            std::num::NonZeroU16::new(cols).expect("columns"),
        );
    }
}

impl<W: Watch> Drop for OpenSsh<W> {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}

fn size(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a size")
}
