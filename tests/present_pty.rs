//! The audience view as a second real process: `plenum present FILE` in one
//! pseudo-terminal follows `plenum FILE` in another. Every screen the
//! audience view produces is checked: before the reveal no dot, no count
//! next to an option, no result.

#![cfg(unix)]

mod common;

use common::pty::{Pty, Watch};
use plenum::core::{Language, NewSession, Session};
use plenum::store;
use std::ffi::OsStr;
use std::path::Path;

const ROSTER: [&str; 3] = ["Anna", "Ben", "Cem"];
const OPTIONS: [&str; 4] = ["Alpha", "Bravo", "Charlie", "Delta"];
const DOWN: &str = "\x1b[B";
const RIGHT: &str = "\x1b[C";

/// Checks every screen of the audience view until the reveal.
struct RoomRules {
    revealed: bool,
    screens_checked: usize,
    last: String,
}

impl Watch for RoomRules {
    fn saw(&mut self, screen: &vt100::Screen) {
        let screen = screen.contents();
        if screen == self.last {
            return;
        }
        if !self.revealed {
            assert!(
                !screen.contains("Results"),
                "a result before the reveal:\n{screen}"
            );
            assert!(!screen.contains('●'), "a dot before the reveal:\n{screen}");
            assert!(!screen.contains("dots"), "a count before the reveal:\n{screen}");
            for line in screen.lines() {
                if OPTIONS.iter().any(|option| line.contains(option)) {
                    assert!(
                        !line.chars().any(|c| c.is_ascii_digit()),
                        "a number next to an option:\n{screen}"
                    );
                }
            }
        }
        self.screens_checked += 1;
        self.last = screen;
    }
}

/// A future workshop in its critique phase; the fantasy phase after it
/// holds four ideas.
fn write_session(path: &Path) -> Session {
    let template = common::template("zukunftswerkstatt");
    let mut session = template.instantiate(
        NewSession {
            title: Some("Werkstatt".into()),
            language: Language::En,
            facilitator: None,
            participants: ROSTER.map(String::from).to_vec(),
            anonymous: false,
        },
        "2026-03-12T09:30:00Z".parse().expect("a timestamp"),
    );
    session.current_phase = 1;
    let fantasy = session.phases[2].id;
    session.ideas = common::loose_ideas(fantasy, 10, &OPTIONS);
    store::write_atomically(path, store::to_ron(&session).as_bytes()).expect("write the session");
    session
}

fn presenter<W: Watch>(home: &Path, file: &Path, watch: W) -> Pty<W> {
    Pty::spawn(
        home,
        [OsStr::new("present"), file.as_os_str()],
        "en_US.UTF-8",
        watch,
    )
}

fn control(home: &Path, file: &Path) -> Pty {
    Pty::open(home, file, "en_US.UTF-8")
}

fn selected_line(screen: &str) -> Option<&str> {
    screen.lines().find(|line| line.contains('▸'))
}

#[test]
fn the_audience_view_follows_the_control_terminal_and_keeps_the_ballot_secret() {
    let home = tempfile::tempdir().expect("a home folder");
    let file = home.path().join("werkstatt.ron");
    write_session(&file);
    let rules = RoomRules {
        revealed: false,
        screens_checked: 0,
        last: String::new(),
    };
    let mut room = presenter(home.path(), &file, rules);
    room.wait_for("Critique phase");
    let mut desk = control(home.path(), &file);
    desk.wait_for("Phase 2 of 5");
    desk.wait_until("the audience view is attached", |s| {
        s.contains("audience view on")
    });

    // Ideas typed on the control terminal appear in the room.
    desk.send("a");
    desk.wait_for("New idea");
    desk.type_text("Noisy open-plan office");
    desk.send("\r");
    desk.wait_for("Ideas (1)");
    room.wait_for("Noisy open-plan office");
    desk.type_text("Too few meeting rooms");
    desk.send("\r");
    room.wait_for("Too few meeting rooms");
    desk.send("\x1b");
    desk.wait_until("the board mode", |s| s.contains("Navigate"));

    // The next phase, with its question; the timer counts down in the room.
    desk.send("n");
    desk.wait_for("Phase 3 of 5");
    room.wait_for("Fantasy phase");
    room.wait_for("Alpha");
    room.wait_for("paused");
    desk.send(" ");
    room.wait_until("the running timer", |s| s.contains("⏱") && !s.contains("paused"));

    // A round: 2 dots each, at most 1 per option.
    desk.send("v");
    desk.wait_for("New voting round");
    desk.send("\x15");
    desk.send("Most pressing");
    desk.wait_for("Most pressing");
    desk.send("\t\t\t");
    desk.wait_until("the fixed number field", |s| {
        selected_line(s).is_some_and(|l| l.contains("Fixed number"))
    });
    desk.send("2");
    desk.wait_for("gives 2 dots");
    desk.send("\r");
    desk.wait_for("Please press Enter when you have the keyboard");
    room.wait_for("Please pass the keyboard on");

    // Anna puts both dots on Bravo and Charlie, Ben on Bravo and Delta.
    for (voter, options) in [("Anna", [1, 2]), ("Ben", [1, 3])] {
        desk.wait_for("Who votes?");
        desk.wait_until(&format!("{voter} offered"), |s| {
            selected_line(s).is_some_and(|l| l.contains(voter))
        });
        desk.send("\r");
        desk.wait_for(&format!("Ballot of {voter}"));
        room.wait_for(&format!("{voter}'s turn"));
        let mut cursor = 0;
        for (placed, option) in options.into_iter().enumerate() {
            while cursor < option {
                desk.send(DOWN);
                cursor += 1;
                desk.wait_until("the cursor", |s| {
                    selected_line(s).is_some_and(|l| l.contains(OPTIONS[cursor]))
                });
            }
            desk.send(RIGHT);
            desk.wait_until("the dot", |s| s.matches('●').count() == placed + 1);
        }
        desk.send("\r");
        desk.wait_for(&format!("Thank you, {voter}"));
        room.wait_for(&format!("{} have voted", voted_after(voter)));
    }

    desk.send("R");
    desk.wait_for("again reveals");
    room.watch.revealed = true;
    desk.send("R");
    desk.wait_for("Results: Most pressing");
    room.wait_for("Results: Most pressing");
    room.wait_until("the whole ranking", |s| s.contains("Delta"));
    let screen = room.screen();
    let rank_of = |option: &str| {
        screen.lines().find(|l| l.contains(option)).and_then(|l| {
            l.split_whitespace()
                .find_map(|w| w.strip_suffix('.')?.parse::<usize>().ok())
        })
    };
    assert_eq!(
        rank_of("Bravo"),
        Some(1),
        "Bravo has both voters' dots:\n{screen}"
    );
    assert!(screen.contains("2 dots"), "the count after the reveal:\n{screen}");
    assert!(
        room.watch.screens_checked > 10,
        "{} screens checked",
        room.watch.screens_checked
    );

    desk.send("\x03");
    assert!(desk.wait_for_exit().success());
    room.send("q");
    assert!(room.wait_for_exit().success());
    room.assert_terminal_restored();
    let saved = store::load(&file).expect("the session reads back");
    assert_eq!(
        saved.ideas.len(),
        OPTIONS.len() + 2,
        "the room wrote nothing, the desk everything"
    );
}

fn voted_after(voter: &str) -> usize {
    if voter == "Anna" { 1 } else { 2 }
}

#[test]
fn the_audience_view_survives_the_control_terminal_being_killed_and_restarted() {
    let home = tempfile::tempdir().expect("a home folder");
    let file = home.path().join("werkstatt.ron");
    write_session(&file);
    let mut room = presenter(home.path(), &file, ());
    room.wait_for("Critique phase");

    let mut desk = control(home.path(), &file);
    desk.wait_for("Phase 2 of 5");
    desk.send("a");
    desk.wait_for("New idea");
    desk.type_text("Before the crash");
    desk.send("\r");
    room.wait_for("Before the crash");
    desk.send("\x1b");
    desk.wait_until("the board mode", |s| s.contains("Navigate"));
    desk.send(" ");
    room.wait_until("the running timer", |s| s.contains("⏱") && !s.contains("paused"));
    desk.child.kill().expect("kill the control terminal");
    desk.wait_for_exit();

    // The room keeps its view, and the countdown goes on from the file.
    room.wait_for("Before the crash");
    let before = room.screen();

    let mut desk = control(home.path(), &file);
    desk.wait_for("Phase 2 of 5");
    desk.send("a");
    desk.wait_for("New idea");
    desk.type_text("After the restart");
    desk.send("\r");
    room.wait_for("After the restart");
    assert!(room.screen().contains("Before the crash"), "kept:\n{before}");
    desk.send("\x03");
    desk.wait_for_exit();
    room.send("q");
    assert!(room.wait_for_exit().success());
}

#[test]
fn the_audience_view_reads_renamed_files_and_keeps_its_view_over_a_broken_one() {
    let home = tempfile::tempdir().expect("a home folder");
    let file = home.path().join("werkstatt.ron");
    let mut session = write_session(&file);
    let mut room = presenter(home.path(), &file, ());
    room.wait_for("Critique phase");

    // Replaced by rename, the way plenum saves.
    let critique = session.phases[1].id;
    session
        .ideas
        .extend(common::loose_ideas(critique, 100, &["Renamed into place"]));
    store::write_atomically(&file, store::to_ron(&session).as_bytes()).expect("save");
    room.wait_for("Renamed into place");

    // Half a file for a moment (another program writing in place).
    let text = store::to_ron(&session);
    std::fs::write(&file, &text[..text.len() / 2]).expect("truncate");
    // Give the view several looks at the broken file; it must not change.
    std::thread::sleep(std::time::Duration::from_millis(600));
    room.pump(std::time::Duration::from_millis(100));
    assert!(
        room.screen().contains("Renamed into place"),
        "kept:\n{}",
        room.screen()
    );
    assert!(!room.screen().contains("Waiting"), "{}", room.screen());

    // The whole file again, with one more idea.
    session
        .ideas
        .extend(common::loose_ideas(critique, 200, &["Whole again"]));
    std::fs::write(&file, store::to_ron(&session)).expect("write");
    room.wait_for("Whole again");
    assert!(std::fs::read_to_string(&file).unwrap().contains("Whole again"));
    room.send("q");
    assert!(room.wait_for_exit().success());
}
