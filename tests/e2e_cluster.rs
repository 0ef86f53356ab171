//! End to end, cluster mode (issue 4): the real binary in a pseudo-terminal
//! opens a session with ideas in no cluster; keys mark two of them, make a
//! cluster of them, move a third one in, and quit. The saved file must hold
//! exactly that. Waits for text on the screen with a deadline instead of
//! sleeping, like tests/e2e_pty.rs.

#![cfg(unix)]

use jiff::Timestamp;
use plenum::core::{Idea, IdeaId, Language, MethodTemplate, NewSession, Session};
use plenum::store::{self, SessionFile};
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
    /// Starts plenum on `file` with its own HOME and XDG folders.
    fn open(home: &Path, file: &Path, lang: &str) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_plenum"));
        command.arg(file);
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

    fn wait_for(&mut self, text: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if self.screen().contains(text) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {text:?}; the screen shows:\n{}",
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

    /// Sends a key and waits until the screen shows what it should do.
    fn key(&mut self, bytes: &str, then: &str) {
        self.send(bytes);
        self.wait_for(then);
    }

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
}

impl Drop for Pty {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}

const IDEAS: [&str; 4] = [
    "VPN bricht mittags ab",
    "Größere Büros für alle Teams",
    "WLAN im Ratssaal fällt aus",
    "Headsets sind kaputt",
];

/// A future workshop in its critique phase with four ideas in no cluster.
fn session() -> Session {
    let template = MethodTemplate::built_in()
        .into_iter()
        .find(|t| t.id == "zukunftswerkstatt")
        .expect("built in");
    let now: Timestamp = "2026-03-12T09:30:00Z".parse().expect("a timestamp");
    let mut session = template.instantiate(
        NewSession {
            title: Some("Werkstatt".into()),
            language: Language::En,
            ..NewSession::default()
        },
        now,
    );
    session.current_phase = 1;
    let phase = session.phases[1].id;
    session.ideas = IDEAS
        .iter()
        .enumerate()
        .map(|(n, text)| Idea {
            id: IdeaId::from_u128(n as u128 + 1),
            phase,
            text: (*text).to_string(),
            authors: Vec::new(),
            cluster: None,
            hidden: false,
        })
        .collect();
    session
}

#[test]
fn ideas_are_clustered_by_keys_and_the_file_holds_the_clusters() {
    let home = tempfile::tempdir().expect("a home folder");
    let path = home.path().join("werkstatt.ron");
    drop(SessionFile::create(&path, &session()).expect("write the session"));
    let mut pty = Pty::open(home.path(), &path, "en_US.UTF-8");
    pty.wait_for("Ideas (4)");

    // Cluster mode; mark the first and the third idea.
    pty.key("c", "Not clustered (4)");
    pty.key(" ", "1 marked");
    pty.send("j");
    pty.send("j");
    pty.key(" ", "2 marked");

    // A new cluster from the marked ideas, named by typing.
    pty.key("n", "Name of the new cluster");
    pty.key("Netz und Technik", "Netz und Technik");
    pty.key("\r", "New cluster “Netz und Technik”.");
    pty.wait_for("Netz und Technik (2)");
    pty.wait_for("Not clustered (2)");
    let saved = store::load(&path).expect("saved at once");
    assert_eq!(saved.clusters.len(), 1, "the file has the cluster already");

    // One more: the last idea moves into the cluster, chosen with the keys.
    pty.send("G");
    pty.key("m", "Move to which cluster?");
    pty.wait_for("→ Netz und Technik (2) ←");
    pty.key("\r", "Moved to “Netz und Technik”.");
    pty.wait_for("Netz und Technik (3)");
    pty.wait_for("Not clustered (1)");

    pty.send("q");
    let status = pty.wait_for_exit();
    assert!(status.success(), "plenum exits cleanly: {status:?}");

    let saved = store::load(&path).expect("the session file loads");
    assert_eq!(saved.clusters.len(), 1);
    let cluster = &saved.clusters[0];
    assert_eq!(cluster.title, "Netz und Technik");
    assert_eq!(cluster.phase, saved.phases[1].id);
    let members: Vec<&str> = saved
        .ideas_of_cluster(cluster.id)
        .map(|idea| idea.text.as_str())
        .collect();
    assert_eq!(members, [IDEAS[0], IDEAS[2], IDEAS[3]], "in board order");
    let loose: Vec<&str> = saved
        .ideas
        .iter()
        .filter(|idea| idea.cluster.is_none())
        .map(|idea| idea.text.as_str())
        .collect();
    assert_eq!(loose, [IDEAS[1]]);
    assert_eq!(saved.ideas.len(), 4, "no idea lost or added");
}
