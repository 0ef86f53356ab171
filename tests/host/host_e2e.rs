//! End to end: `plenum host` in one pseudo-terminal, two participants with
//! the real OpenSSH client in two others. Both add ideas from their own
//! terminals, the facilitator opens a round on the shared keyboard, both
//! cast their ballots remotely while a third person votes at the shared
//! keyboard. Every screen either participant's terminal shows is checked:
//! no dots but their own, no result before the reveal. After the reveal the
//! tally is exact, and the file holds every idea and ballot.

#![cfg(unix)]

use crate::common;

use common::pty::{Pty, Watch};
use common::ssh::OpenSsh;
use plenum::core::RoundStatus;
use plenum::store;
use std::ffi::OsStr;
use std::path::Path;

const ROSTER: [&str; 3] = ["Anna", "Ben", "Cem"];
const CODE: &str = "test-42";
const DOWN: &str = "\x1b[B";
const RIGHT: &str = "\x1b[C";
/// The ideas in the order they are added (Anna's two, then Ben's two).
const IDEAS: [&str; 4] = ["Alpha", "Bravo", "Charlie", "Delta"];

/// Checks every screen of one participant: before the reveal, no result
/// heading, and next to each option at most the dots this person placed.
struct OwnDotsOnly {
    /// Dots this person puts on each option.
    own: [usize; 4],
    revealed: bool,
    screens_checked: usize,
    last_screen: String,
}

impl OwnDotsOnly {
    fn new(own: [usize; 4]) -> OwnDotsOnly {
        OwnDotsOnly {
            own,
            revealed: false,
            screens_checked: 0,
            last_screen: String::new(),
        }
    }
}

impl Watch for OwnDotsOnly {
    fn saw(&mut self, screen: &vt100::Screen) {
        let screen = screen.contents();
        if screen == self.last_screen {
            return;
        }
        self.screens_checked += 1;
        if !self.revealed {
            check_own_dots_only(&screen, &self.own);
        }
        self.last_screen = screen;
    }
}

fn check_own_dots_only(screen: &str, own: &[usize; 4]) {
    assert!(
        !screen.contains("Results:"),
        "a result before the reveal:\n{screen}"
    );
    for line in screen.lines() {
        let dots = line.matches('●').count();
        if dots == 0 {
            continue;
        }
        let option = IDEAS.iter().position(|idea| line.contains(idea));
        let allowed = option.map_or(0, |i| own[i]);
        assert!(
            line.contains('[') && dots <= allowed,
            "{dots} dots where this person placed {allowed}:\n{screen}"
        );
    }
}

/// The session in its critique phase (capture and vote), nothing in it yet.
fn write_session(path: &Path) {
    let session = common::critique_workshop(&ROSTER);
    common::write(path, &session);
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("its address").port()
}

/// The line of the facilitator's screen with the cursor on it.
fn selected_line(screen: &str) -> Option<&str> {
    screen.lines().find(|line| line.contains('▸'))
}

/// Places a participant's dots (`dots[i]` on option `i`) and casts them.
fn cast_remotely(ssh: &mut OpenSsh<OwnDotsOnly>, dots: [usize; 4]) {
    ssh.send("v");
    ssh.wait_for("Your ballot");
    for (option, &count) in dots.iter().enumerate() {
        for _ in 0..count {
            ssh.send("+");
        }
        if option + 1 < dots.len() {
            ssh.send(DOWN);
        }
    }
    let placed: usize = dots.iter().sum();
    ssh.wait_until("every dot placed", |s| s.matches('●').count() == placed);
    ssh.send("\r");
    ssh.wait_for("Your ballot is in");
}

#[test]
fn two_ssh_participants_and_one_at_the_keyboard_vote_and_the_tally_is_exact() {
    if std::process::Command::new("ssh").arg("-V").output().is_err() {
        // .ci/run installs openssh-client; elsewhere the test needs it too.
        panic!("the OpenSSH client (ssh) is needed for this test");
    }
    let home = tempfile::tempdir().expect("a home folder");
    let sessions = home.path().join("sessions");
    std::fs::create_dir_all(&sessions).expect("the sessions folder");
    let file = sessions.join("werkstatt.ron");
    write_session(&file);
    let port = free_port().to_string();
    let args = [
        OsStr::new("--dir"),
        sessions.as_os_str(),
        OsStr::new("host"),
        file.as_os_str(),
        OsStr::new("--port"),
        OsStr::new(&port),
        OsStr::new("--code"),
        OsStr::new(CODE),
    ];
    let mut host = Pty::spawn(home.path(), args, "en_US.UTF-8", ());
    // The control screen comes first: how to join, the code, the key.
    host.wait_for(&format!("ssh -p {port} NAME@127.0.0.1"));
    // The status line leads with the code: at 80 columns it is cut at the end.
    host.wait_for(&format!(
        "Join code {}: participants join with ssh -p {port}",
        CODE.to_uppercase()
    ));
    host.wait_for("SHA256:");
    let key_file = home.path().join(".local/share/plenum/host/ssh_host_ed25519_key");
    assert!(key_file.is_file(), "the host key is kept in the data folder");
    // The room's screen tells remote people how to join, and the key to compare.
    let fingerprint = host
        .screen()
        .split_whitespace()
        .find(|word| word.starts_with("SHA256:"))
        .map(str::to_owned)
        .expect("the fingerprint on the control screen");
    let mut room = Pty::spawn(
        home.path(),
        [OsStr::new("present"), file.as_os_str()],
        "en_US.UTF-8",
        (),
    );
    room.wait_for(&format!(
        "Join from your own terminal: ssh -p {port} NAME@127.0.0.1 · code {}",
        CODE.to_uppercase()
    ));
    room.wait_for(&fingerprint);

    // Anna: dots on Alpha and Bravo twice; Ben: Charlie once, Delta twice.
    let anna_dots = [1, 2, 0, 0];
    let ben_dots = [0, 0, 1, 2];
    let cem_dots = [1, 0, 0, 2];
    let port: u16 = port.parse().expect("a port");
    let mut anna = OpenSsh::watched(port, "Anna", OwnDotsOnly::new(anna_dots));
    anna.join(CODE, "Ideas of this phase");
    let mut ben = OpenSsh::watched(port, "Ben", OwnDotsOnly::new(ben_dots));
    ben.join(CODE, "Ideas of this phase");
    host.wait_for("Connected: 2");

    anna.send("aAlpha\r");
    anna.wait_for("Alpha  (yours)");
    anna.send("aBravo\r");
    anna.wait_for("Bravo  (yours)");
    ben.wait_for("Bravo");
    ben.send("aCharlie\r");
    ben.wait_for("Charlie  (yours)");
    ben.send("aDelta\r");
    ben.wait_for("Delta  (yours)");
    anna.wait_for("Delta");

    // Back on the board, the facilitator sees the four ideas and opens a
    // round: 3 dots each, at most 2 per option.
    host.send("\x1b");
    host.wait_for("Delta");
    host.send("v");
    host.wait_for("New voting round");
    host.send("\x15");
    host.send("Most pressing");
    host.wait_for("Most pressing");
    host.send("\t\t\t");
    host.wait_until("the fixed number field", |s| {
        selected_line(s).is_some_and(|l| l.contains("Fixed number"))
    });
    host.send("3");
    host.wait_for("gives 3 dots");
    host.send("\t");
    host.send("2");
    host.wait_for("at most 2 per option");
    host.send("\r");
    host.wait_for("Who votes?");

    // Both remote ballots, then Cem at the shared keyboard.
    anna.wait_for("Voting is open");
    cast_remotely(&mut anna, anna_dots);
    ben.wait_for("Voting is open");
    cast_remotely(&mut ben, ben_dots);
    host.wait_for("2 of 3 have voted");
    // One step at a time: the next key only once the last one moved the
    // selection, so a slow frame cannot carry it past Cem.
    for _ in 0..ROSTER.len() {
        let before = selected_line(&host.screen()).map(str::to_owned);
        if before.as_deref().is_some_and(|l| l.contains("Cem")) {
            break;
        }
        host.send(DOWN);
        host.wait_until("the selection moved", |s| selected_line(s) != before.as_deref());
    }
    host.wait_until("Cem selected", |s| {
        selected_line(s).is_some_and(|l| l.contains("Cem"))
    });
    host.send("\r");
    host.wait_for("Ballot of Cem");
    let mut cursor = 0;
    let mut placed = 0;
    for (option, &count) in cem_dots.iter().enumerate() {
        for _ in 0..count {
            while cursor < option {
                host.send(DOWN);
                cursor += 1;
                host.wait_until(&format!("{} under the cursor", IDEAS[cursor]), |s| {
                    selected_line(s).is_some_and(|l| l.contains(IDEAS[cursor]))
                });
            }
            host.send(RIGHT);
            placed += 1;
            host.wait_until(&format!("{placed} dots of Cem"), |s| {
                s.matches('●').count() == placed
            });
        }
    }
    host.send("\r");
    host.wait_for("Thank you, Cem");
    host.wait_for("3 of 3 have voted");

    // Nothing revealed yet: the participants still see no result.
    anna.pump(std::time::Duration::from_millis(200));
    ben.pump(std::time::Duration::from_millis(200));
    host.send("R");
    host.wait_for("again reveals");
    anna.watch.revealed = true;
    ben.watch.revealed = true;
    host.send("R");
    host.wait_for("Results: Most pressing");

    // Alpha 2, Bravo 2, Charlie 1, Delta 4: on both participants' screens.
    for ssh in [&mut anna, &mut ben] {
        ssh.wait_for("Results: Most pressing");
        ssh.wait_until("Delta first with 4 dots", |s| s.contains("1. 4 ●  Delta"));
    }
    assert!(
        anna.watch.screens_checked > 5,
        "{} screens",
        anna.watch.screens_checked
    );
    assert!(
        ben.watch.screens_checked > 5,
        "{} screens",
        ben.watch.screens_checked
    );

    host.send("q");
    let status = host.wait_for_exit();
    assert!(status.success(), "plenum host exits cleanly: {status:?}");
    host.assert_terminal_restored();

    let session = store::load(&file).expect("the session file reads");
    let phase = session.phases[1].id;
    let texts: Vec<&str> = session.ideas_in(phase).map(|i| i.text.as_str()).collect();
    assert_eq!(texts, IDEAS);
    let name_of = |text: &str| {
        let idea = session.ideas.iter().find(|i| i.text == text).expect("the idea");
        session.participant_name(idea.authors[0]).map(String::from)
    };
    assert_eq!(name_of("Alpha").as_deref(), Some("Anna"));
    assert_eq!(name_of("Delta").as_deref(), Some("Ben"));
    let round = &session.rounds[0];
    assert_eq!(round.status, RoundStatus::Revealed);
    assert_eq!(round.tally, vec![2, 2, 1, 4]);
    assert_eq!(round.voters.len(), 3);
    for (name, dots) in [("Anna", anna_dots), ("Ben", ben_dots), ("Cem", cem_dots)] {
        let id = session.participant_by_name(name).expect("on the roster").id;
        let ballot = round
            .ballots
            .iter()
            .find(|b| b.participant == id)
            .expect("a ballot per voter");
        let expected: Vec<u32> = dots.iter().map(|&d| d as u32).collect();
        assert_eq!(ballot.dots, expected, "{name}'s ballot");
    }
}

#[test]
fn a_port_in_use_is_reported_before_the_screen_changes() {
    let home = tempfile::tempdir().expect("a home folder");
    let file = home.path().join("werkstatt.ron");
    write_session(&file);
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let port = taken.local_addr().expect("its address").port().to_string();
    // In a terminal, as a facilitator starts it: the app checks for one first.
    let args = [
        OsStr::new("host"),
        file.as_os_str(),
        OsStr::new("--port"),
        OsStr::new(&port),
    ];
    let mut host = Pty::spawn(home.path(), args, "en_US.UTF-8", ());
    let status = host.wait_for_exit();
    assert!(!status.success());
    let screen = host.screen();
    assert!(
        screen.contains("cannot listen on") && screen.contains(&port),
        "{screen}"
    );
    host.assert_terminal_restored();
}
