//! End to end: three people vote in turn on one keyboard, through the real
//! binary in a pseudo-terminal read back with a vt100 parser. Every screen
//! the parser produces while voting is checked: a ballot shows only its own
//! voter's dots, the hand-over screen shows none, no option line carries a
//! number, and no result appears before the reveal. After the reveal the
//! ranking on screen and in `plenum export` must match the ballots cast.

#![cfg(unix)]

use crate::common;

use common::pty::{Pty, Watch};
use std::ffi::OsStr;
use std::path::Path;

const ROSTER: [&str; 3] = ["Anna", "Ben", "Cem"];
const OPTIONS: [&str; 5] = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"];

const DOWN: &str = "\x1b[B";
const RIGHT: &str = "\x1b[C";

/// What every screen must respect while voting; `own` is the number of dots
/// the voter at the keyboard has placed (the screen may lag one key behind,
/// never show more).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Before,
    Voting { own: usize },
    Revealed,
}

/// Checks every screen the parser produces against the voting stage.
struct Secrecy {
    stage: Stage,
    /// How many distinct screens were checked.
    screens_checked: usize,
    last_screen: String,
}

impl Watch for Secrecy {
    fn saw(&mut self, screen: &vt100::Screen) {
        let screen = screen.contents();
        if screen != self.last_screen {
            check_secrecy(&screen, self.stage);
            self.screens_checked += 1;
            self.last_screen = screen;
        }
    }
}

/// The rules every screen obeys before the reveal.
fn check_secrecy(screen: &str, stage: Stage) {
    if stage == Stage::Revealed {
        return;
    }
    assert!(
        !screen.contains("Results:"),
        "a result before the reveal:\n{screen}"
    );
    // The hand-over and ballot screens (the board lists people with dots).
    if !screen.contains("Vote: Most pressing") {
        return;
    }
    let dots = screen.matches('●').count();
    match stage {
        Stage::Voting { own } => assert!(
            dots <= own,
            "{dots} dots on screen, the voter placed {own}:\n{screen}"
        ),
        _ => assert_eq!(dots, 0, "dots outside a ballot:\n{screen}"),
    }
    for line in screen.lines() {
        if OPTIONS.iter().any(|option| line.contains(option)) {
            assert!(
                !line.chars().any(|c| c.is_ascii_digit()),
                "a number next to an option:\n{screen}"
            );
        }
    }
}

/// A session in its critique phase with five ideas named without digits.
fn write_session(path: &Path) {
    let mut session = common::critique_workshop(&ROSTER);
    let phase = session.phases[1].id;
    session.ideas = common::loose_ideas(phase, 10, &OPTIONS);
    common::write(path, &session);
}

/// The line of the screen with the cursor on it.
fn selected_line(screen: &str) -> Option<&str> {
    screen.lines().find(|line| line.contains('▸'))
}

/// Rank, option, dots and tie mark of each result line on the screen.
fn ranking_on_screen(screen: &str) -> Vec<(usize, &'static str, u32, bool)> {
    screen
        .lines()
        .filter_map(|line| {
            let name = OPTIONS.iter().find(|o| line.contains(*o))?;
            let words: Vec<&str> = line.split_whitespace().collect();
            let rank = words.iter().find_map(|w| w.strip_suffix('.')?.parse().ok())?;
            let dots = words.iter().rev().find_map(|w| w.parse().ok())?;
            Some((rank, *name, dots, line.contains("tie")))
        })
        .collect()
}

/// Ranks as plenum gives them: most dots first, ties in option order and
/// sharing a rank (1, 1, 3).
fn expected_ranking(tally: &[u32]) -> Vec<(usize, &'static str, u32, bool)> {
    let mut order: Vec<usize> = (0..tally.len()).collect();
    order.sort_by(|&a, &b| tally[b].cmp(&tally[a]).then(a.cmp(&b)));
    order
        .iter()
        .enumerate()
        .map(|(position, &i)| {
            let rank = order
                .iter()
                .position(|&j| tally[j] == tally[i])
                .unwrap_or(position)
                + 1;
            let tied = tally.iter().filter(|&&t| t == tally[i]).count() > 1;
            (rank, OPTIONS[i], tally[i], tied)
        })
        .collect()
}

#[test]
fn three_voters_take_turns_and_the_revealed_ranking_matches_their_ballots() {
    let home = tempfile::tempdir().expect("a home folder");
    let sessions = home.path().join("sessions");
    std::fs::create_dir_all(&sessions).expect("the sessions folder");
    let file = sessions.join("werkstatt.ron");
    write_session(&file);
    let secrecy = Secrecy {
        stage: Stage::Before,
        screens_checked: 0,
        last_screen: String::new(),
    };
    let args = [OsStr::new("--dir"), sessions.as_os_str(), file.as_os_str()];
    let mut pty = Pty::spawn(home.path(), args, "en_US.UTF-8", secrecy);
    pty.wait_for("Phase 2 of 5");

    // The facilitator opens a round: 3 dots each, at most 2 per option.
    pty.send("v");
    pty.wait_for("New voting round");
    pty.send("\x15");
    pty.send("Most pressing");
    pty.wait_for("Most pressing");
    pty.send("\t\t\t");
    pty.wait_until("the fixed number field", |s| {
        selected_line(s).is_some_and(|l| l.contains("Fixed number"))
    });
    pty.send("3");
    pty.wait_for("gives 3 dots");
    pty.send("\t");
    pty.send("2");
    pty.wait_for("at most 2 per option");
    pty.send("\r");
    pty.wait_for("Please press Enter when you have the keyboard");

    // In an order of their own, not the roster's; indexes into OPTIONS.
    let ballots: [(&str, [usize; 3]); 3] = [("Ben", [2, 2, 4]), ("Anna", [2, 3, 3]), ("Cem", [0, 0, 3])];
    let mut voted: Vec<&str> = Vec::new();
    for (voter, dots) in ballots {
        pty.wait_for("Who votes?");
        // The hand-over offers the first on the roster who has not voted;
        // the cursor moves down from there to this voter.
        let offered = ROSTER
            .iter()
            .position(|name| !voted.contains(name))
            .expect("somebody has not voted");
        let wanted = ROSTER
            .iter()
            .position(|name| *name == voter)
            .expect("on the roster");
        for _ in offered..wanted {
            pty.send(DOWN);
        }
        pty.wait_until(&format!("{voter} selected"), |s| {
            selected_line(s).is_some_and(|l| l.contains(voter))
        });
        pty.watch.stage = Stage::Voting { own: 0 };
        pty.send("\r");
        pty.wait_for(&format!("Ballot of {voter}"));
        let mut cursor = 0;
        for (placed, &option) in dots.iter().enumerate() {
            while cursor < option {
                pty.send(DOWN);
                cursor += 1;
                pty.wait_until(&format!("{} under the cursor", OPTIONS[cursor]), |s| {
                    selected_line(s).is_some_and(|l| l.contains(OPTIONS[cursor]))
                });
            }
            pty.watch.stage = Stage::Voting { own: placed + 1 };
            pty.send(RIGHT);
            pty.wait_until(&format!("{} dots of {voter}", placed + 1), |s| {
                s.matches('●').count() == placed + 1
            });
        }
        pty.send("\r");
        pty.wait_for(&format!("Thank you, {voter}"));
        voted.push(voter);
        pty.watch.stage = Stage::Before;
        pty.wait_until("the hand-over screen without dots", |s| !s.contains('●'));
    }
    pty.wait_for("3 of 3 have voted");

    // The facilitator reveals (asked once more).
    pty.send("R");
    pty.wait_for("again reveals");
    pty.watch.stage = Stage::Revealed;
    pty.send("R");
    pty.wait_for("Results: Most pressing");

    let mut tally = [0u32; 5];
    for (_, dots) in ballots {
        for option in dots {
            tally[option] += 1;
        }
    }
    let expected = expected_ranking(&tally);
    // The frame may arrive in pieces: wait for all of it.
    pty.wait_until("the whole ranking", |s| {
        ranking_on_screen(s).len() == OPTIONS.len() && s.contains("Results revealed.")
    });
    let screen = pty.screen();
    let shown = ranking_on_screen(&screen);
    assert_eq!(shown, expected, "the ranking on screen:\n{screen}");
    assert!(
        pty.watch.screens_checked > 20,
        "the secrecy checks saw {} screens",
        pty.watch.screens_checked
    );

    pty.send("q");
    let status = pty.wait_for_exit();
    assert!(status.success(), "plenum exits cleanly: {status:?}");

    // The export ranks the same way.
    let export = std::process::Command::new(env!("CARGO_BIN_EXE_plenum"))
        .arg("export")
        .arg(&file)
        .env("HOME", home.path())
        .output()
        .expect("plenum export runs");
    assert!(
        export.status.success(),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    let markdown = String::from_utf8(export.stdout).expect("UTF-8");
    let exported: Vec<(usize, &str, u32, bool)> = markdown
        .lines()
        .filter(|line| line.starts_with('|'))
        .filter_map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            let name = OPTIONS.iter().find(|o| cells.get(1) == Some(*o))?;
            let rank_cell = cells.first()?;
            let rank = rank_cell.split_whitespace().next()?.parse().ok()?;
            let dots = cells.get(2)?.parse().ok()?;
            Some((rank, *name, dots, rank_cell.contains("tie")))
        })
        .collect();
    assert_eq!(exported, expected, "the ranking in the export:\n{markdown}");
}
