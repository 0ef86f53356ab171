//! The audience view as a second real process: `plenum present FILE` in one
//! pseudo-terminal follows `plenum FILE` in another. Every screen the
//! audience view produces is checked: before the reveal no dot, no count
//! next to an option, no result.

#![cfg(unix)]

use crate::common;

use common::pty::{Pty, Watch};
use plenum::core::Session;
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
    let mut session = common::critique_workshop(&ROSTER);
    let fantasy = session.phases[2].id;
    session.ideas = common::loose_ideas(fantasy, 10, &OPTIONS);
    common::write(path, &session);
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
    store::write_atomically(&file, store::to_ron(&session).expect("serialises").as_bytes()).expect("save");
    room.wait_for("Renamed into place");

    // Half a file for a moment (another program writing in place).
    let text = store::to_ron(&session).expect("serialises");
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
    std::fs::write(&file, store::to_ron(&session).expect("serialises")).expect("write");
    room.wait_for("Whole again");
    assert!(std::fs::read_to_string(&file).unwrap().contains("Whole again"));
    room.send("q");
    assert!(room.wait_for_exit().success());
}

// ----- the audience view's screens, drawn without a terminal -----

mod screens {
    use super::common;
    use jiff::Timestamp;
    use plenum::core::{
        Cluster, ClusterId, Command, IdeaId, Language, NewSession, PhaseClock, RoundId, Session,
    };
    use plenum::core::{DotBudget, VoteOption};
    use plenum::i18n::Msg;
    use plenum::present::audience::audience;
    use plenum::present::link::{Joining, RoomLayout, Showing, Stage};
    use plenum::present::view;
    use plenum::tui::theme::Theme;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    const SIZES: [(u16, u16); 4] = [(80, 24), (100, 30), (200, 60), (300, 80)];

    fn now() -> Timestamp {
        "2026-03-12T09:30:00Z".parse().expect("a timestamp")
    }

    /// The critique phase with two clusters, loose ideas, a long one and a
    /// covered card; the countdown has run 5 minutes 20.
    fn session(lang: Language) -> Session {
        let template = common::template("zukunftswerkstatt");
        let mut session = template.instantiate(
            NewSession {
                title: Some("Werkstatt".into()),
                language: lang,
                facilitator: None,
                participants: vec!["Anna".into(), "Ben".into()],
                anonymous: false,
            },
            now(),
        );
        session.current_phase = 1;
        let phase = session.phases[1].id;
        let texts = match lang {
            Language::En => [
                "Noisy open-plan office",
                "Too few meeting rooms",
                "Nobody knows who decides about the budget for the summer festival, so every year the planning starts too late and the same three people end up with all of it",
                "Slow laptops",
                "Coffee machine broken",
                "Secret card text",
            ],
            Language::De => [
                "Noisy open-plan office",
                "Too few meeting rooms",
                "Niemand weiß, wer über das Budget für das Sommerfest entscheidet, also beginnt die Planung jedes Jahr zu spät und dieselben drei Personen machen am Ende alles",
                "Slow laptops",
                "Kaffeemaschine kaputt",
                "Secret card text",
            ],
        };
        session.ideas = common::loose_ideas(phase, 10, &texts);
        session.ideas[5].hidden = true;
        for (n, title) in [(1u128, "Rooms"), (2, "Equipment")] {
            session.clusters.push(Cluster {
                id: ClusterId::from_u128(n),
                phase,
                title: title.into(),
            });
        }
        session.ideas[0].cluster = Some(ClusterId::from_u128(1));
        session.ideas[1].cluster = Some(ClusterId::from_u128(1));
        session.ideas[3].cluster = Some(ClusterId::from_u128(2));
        session.ideas[4].cluster = Some(ClusterId::from_u128(2));
        let started = now()
            .checked_sub(jiff::SignedDuration::from_secs(320))
            .expect("a time");
        session
            .apply(Command::SetClock(Some(PhaseClock {
                phase,
                running_since: Some(started),
                base_seconds: 0,
                extra_seconds: 0,
            })))
            .expect("the clock");
        session
    }

    fn draw(session: &Session, stage: &Stage, layout: RoomLayout, width: u16, height: u16) -> String {
        let theme = Theme::load(None, None, false).0;
        let shown = audience(session, stage, layout, now());
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
        terminal
            .draw(|frame| view::render(&shown, session.language, &theme, frame))
            .expect("drawing never fails");
        terminal.backend().to_string()
    }

    #[test]
    fn a_hosted_session_tells_the_room_how_to_join_when_there_is_room_for_it() {
        let joining = Joining {
            port: 2299,
            host: Some("10.0.0.7".into()),
            code: "APFEL".into(),
            fingerprint: "SHA256:ffYBkdHmSnOy6pjMgOezG5hl8eMSIk5Ukn3G+yf71pg".into(),
        };
        for (lang, words) in [
            (Language::En, "Join from your own terminal"),
            (Language::De, "Vom eigenen Terminal"),
        ] {
            let session = session(lang);
            let hosted = Stage {
                joining: Some(joining.clone()),
                ..Stage::default()
            };
            let screen = draw(&session, &hosted, RoomLayout::Compact, 200, 40);
            let bottom = screen.lines().last().unwrap_or_default();
            for part in [words, "ssh -p 2299 NAME@10.0.0.7", "APFEL", &joining.fingerprint] {
                assert!(bottom.contains(part), "{part} on the bottom row:\n{screen}");
            }
            // At 80 columns the host key gets a row of its own, whole.
            let narrow = draw(&session, &hosted, RoomLayout::Compact, 80, 24);
            let rows: Vec<&str> = narrow.lines().collect();
            assert!(rows[22].contains("ssh -p 2299 NAME@10.0.0.7"), "{narrow}");
            assert!(rows[23].contains(&joining.fingerprint), "{narrow}");
            let unhosted = draw(&session, &Stage::default(), RoomLayout::Compact, 200, 40);
            assert!(
                !unhosted.contains("ssh -p"),
                "no join line without a host:\n{unhosted}"
            );
            // A short window keeps its rows for the ideas.
            let short = draw(&session, &hosted, RoomLayout::Compact, 80, 10);
            assert!(!short.contains("ssh -p"), "{short}");
        }
    }

    fn check_german(screen: &str, name: &str) {
        let screen: String = screen.lines().collect::<Vec<_>>().join(" ");
        for msg in Msg::ALL {
            let (english, german) = (msg.text(Language::En), msg.text(Language::De));
            for piece in english.split(['{', '}']).step_by(2).map(str::trim) {
                if english != german && piece.chars().count() >= 5 && !german.contains(piece) {
                    assert!(
                        !screen.contains(piece),
                        "{name}: English {piece:?} on a German screen"
                    );
                }
            }
        }
    }

    fn snapshot(name: &str, lang: Language, width: u16, height: u16, screen: &str) {
        let name = format!("{name}_{width}x{height}_{}", lang.code());
        if lang == Language::De {
            check_german(screen, &name);
        }
        insta::assert_snapshot!(name, screen);
    }

    #[test]
    fn at_100_columns_five_clusters_stand_side_by_side_and_titles_never_run_together() {
        let mut session = session(Language::En);
        let phase = session.phases[1].id;
        for (n, title) in [(3u128, "Culture"), (4, "Paperwork"), (5, "Leadership")] {
            session.clusters.push(Cluster {
                id: ClusterId::from_u128(n),
                phase,
                title: title.into(),
            });
        }
        // Every idea clustered: the empty "not clustered" group takes no room.
        session.ideas[2].cluster = Some(ClusterId::from_u128(3));
        let extra = common::loose_ideas(phase, 20, &["Forms twice", "Open door"]);
        session.ideas.extend(extra);
        let last = session.ideas.len();
        session.ideas[last - 2].cluster = Some(ClusterId::from_u128(4));
        session.ideas[last - 1].cluster = Some(ClusterId::from_u128(5));
        let stage = Stage::default();
        let screen = draw(&session, &stage, RoomLayout::Compact, 100, 30);
        for title in ["Rooms", "Equipment", "Culture", "Paperwork", "Leadership"] {
            assert!(screen.contains(title), "{title}: {screen}");
        }
        assert!(!screen.contains("Not clustered"), "{screen}");
        assert!(!screen.contains("◀"), "nothing to scroll to: {screen}");
        // Each title line keeps a gap before the next title.
        let titles = screen.lines().find(|l| l.contains("Rooms")).expect("the titles");
        assert!(
            titles.contains("─  Equipment") || titles.contains("─  Cul"),
            "{titles}"
        );
    }

    #[test]
    fn ideas_by_cluster_in_both_layouts_both_languages_and_four_sizes() {
        for lang in [Language::En, Language::De] {
            let session = session(lang);
            let stage = Stage {
                showing: Showing::Board,
                selected: Some(IdeaId::from_u128(12)),
                layout: RoomLayout::Compact,
                joining: None,
            };
            for (width, height) in SIZES {
                for layout in [RoomLayout::Compact, RoomLayout::Large] {
                    let screen = draw(&session, &stage, layout, width, height);
                    assert!(
                        !screen.contains("Secret card"),
                        "a covered card's text:\n{screen}"
                    );
                    let name = match layout {
                        RoomLayout::Compact => "audience_compact",
                        RoomLayout::Large => "audience_large",
                    };
                    snapshot(name, lang, width, height, &screen);
                }
                // Every cluster is on screen from 100 columns in the compact layout.
                if width >= 100 {
                    let screen = draw(&session, &stage, RoomLayout::Compact, width, height);
                    for title in ["Rooms", "Equipment"] {
                        assert!(screen.contains(title), "{title} at {width}:\n{screen}");
                    }
                }
            }
        }
    }

    /// A round of the critique phase over the first four ideas.
    fn with_round(lang: Language, revealed: bool) -> (Session, RoundId) {
        let mut session = session(lang);
        let phase = session.phases[1].id;
        let id = RoundId::from_u128(7);
        let options: Vec<VoteOption> = (10..14).map(|n| VoteOption::Idea(IdeaId::from_u128(n))).collect();
        let mut round = plenum::core::VoteRound {
            id,
            phase,
            title: "Most pressing".into(),
            options,
            budget: DotBudget::Fixed(2),
            dots_per_voter: 2,
            max_per_option: 1,
            facilitator_votes: false,
            status: Default::default(),
            allow_revote: false,
            voters: Vec::new(),
            ballots: Vec::new(),
            tally: vec![3, 1, 0, 2],
            runoff_of: None,
        };
        if revealed {
            round.status = plenum::core::RoundStatus::Revealed;
        }
        session.rounds.push(round);
        (session, id)
    }

    #[test]
    fn the_hand_over_the_ballot_and_the_results_as_the_room_sees_them() {
        for lang in [Language::En, Language::De] {
            let (open, round) = with_round(lang, false);
            for (name, showing) in [
                ("audience_hand_over", Showing::HandOver { round }),
                (
                    "audience_ballot",
                    Showing::Ballot {
                        round,
                        voter: "Anna".into(),
                    },
                ),
                ("audience_open_results", Showing::Results { round }),
            ] {
                let stage = Stage {
                    showing,
                    ..Stage::default()
                };
                let screen = draw(&open, &stage, RoomLayout::Compact, 80, 24);
                for option in ["Noisy", "meeting rooms", "Slow laptops"] {
                    assert!(
                        !screen.contains(option),
                        "{name}: an option in the room:\n{screen}"
                    );
                }
                for tally_sign in ["dots", "Punkte", "%"] {
                    assert!(
                        !screen.contains(tally_sign),
                        "{name}: {tally_sign:?} before the reveal:\n{screen}"
                    );
                }
                snapshot(name, lang, 80, 24, &screen);
            }
            let (revealed, round) = with_round(lang, true);
            let stage = Stage {
                showing: Showing::Results { round },
                ..Stage::default()
            };
            for layout in [RoomLayout::Compact, RoomLayout::Large] {
                let screen = draw(&revealed, &stage, layout, 100, 30);
                let first = screen.lines().position(|l| l.contains("Noisy")).expect("ranked");
                let second = screen
                    .lines()
                    .position(|l| l.contains("Slow laptops"))
                    .expect("ranked");
                assert!(first < second, "most dots first:\n{screen}");
                let name = format!("audience_results_{layout:?}").to_lowercase();
                snapshot(&name, lang, 100, 30, &screen);
            }
        }
    }
}

/// Measures (prints, asserts nothing about time) how long a keystroke on
/// the control terminal takes to reach the audience view, and what an idle
/// audience view costs. Run with
/// `cargo test --release --test tui audience_view -- --ignored --nocapture`.
#[test]
#[ignore = "a measurement for the README, not a check"]
fn measure_follow_latency_and_idle_cpu() {
    use std::time::{Duration, Instant};
    let home = tempfile::tempdir().expect("a home folder");
    let file = home.path().join("werkstatt.ron");
    write_session(&file);
    let mut room = presenter(home.path(), &file, ());
    room.wait_for("Critique phase");
    let mut desk = control(home.path(), &file);
    desk.wait_for("Phase 2 of 5");
    desk.send("a");
    desk.wait_for("New idea");
    let mut samples = Vec::new();
    for n in 0..20 {
        let text = format!("Probe{n:02}x");
        desk.send(&text);
        desk.wait_for(&text);
        let start = Instant::now();
        desk.send("\r");
        room.wait_for(&text);
        samples.push(start.elapsed());
    }
    samples.sort();
    println!(
        "follow latency over {} keystrokes: median {:?}, slowest {:?}",
        samples.len(),
        samples[samples.len() / 2],
        samples[samples.len() - 1]
    );
    desk.send("\x1b");
    desk.wait_until("the board mode", |s| s.contains("Navigate"));
    desk.send("q");
    desk.wait_for_exit();

    // Idle: no control terminal, no timer running.
    let pid = room.child.process_id().expect("a pid");
    let ticks = || {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("/proc");
        let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
        fields[11].parse::<u64>().unwrap_or(0) + fields[12].parse::<u64>().unwrap_or(0)
    };
    let before = ticks();
    let idle = Duration::from_secs(20);
    std::thread::sleep(idle);
    let used = ticks() - before;
    // Clock ticks are 1/100 s on Linux.
    println!(
        "idle audience view: {used} clock ticks in {:?} = {:.2} % of one core",
        idle,
        used as f64 / idle.as_secs_f64()
    );
    room.send("q");
    room.wait_for_exit();
}
