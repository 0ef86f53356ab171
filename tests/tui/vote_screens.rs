//! Screen tests of the voting screens (issue 5): the round form, the picking
//! list, the round list, the hand-over screen, the name entry, the ballot and
//! the results, drawn into a `TestBackend` at 80x24 and 200x60 in English and
//! German and compared with reviewed snapshots. Each screen is reached by the
//! same actions a facilitator's keys send, so the snapshots show what a room
//! sees.

use crate::common;

use common::screen::{SIZES, both_languages, draw, fresh_folder, now, session_app, snapshot, type_text};
use common::template;
use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use plenum::core::{Cluster, ClusterId, Idea, IdeaId, Language, NewSession, Session};
use plenum::tui::action::Action;
use plenum::tui::app::App;
use plenum::tui::event_loop::action_for_event;
use plenum::tui::keymap::Mode;
use std::path::PathBuf;

fn folder(name: &str) -> PathBuf {
    fresh_folder("target/vote_screens", name)
}

/// A future workshop in its critique phase: four participants, a
/// facilitator who is not on the roster, two clusters and four loose ideas
/// (six options when voting on clusters and unclustered ideas).
fn workshop(lang: Language) -> Session {
    let template = template("zukunftswerkstatt");
    let choices = NewSession {
        title: Some("Zukunftswerkstatt Digitales Rathaus".into()),
        language: lang,
        facilitator: Some("Petra Schäfer".into()),
        participants: ["Anna Kowalski", "Jörg Weiß", "Şule Yılmaz", "Ben Okafor"]
            .map(String::from)
            .to_vec(),
        anonymous: false,
    };
    let mut session = template.instantiate(choices, now());
    session.current_phase = 1;
    let phase = session.phases[1].id;
    let digital = ClusterId::from_u128(1);
    let rooms = ClusterId::from_u128(2);
    session.clusters = vec![
        Cluster {
            id: digital,
            phase,
            title: "Digitalisierung".into(),
        },
        Cluster {
            id: rooms,
            phase,
            title: "Räume und Ausstattung".into(),
        },
    ];
    let ideas: [(&str, Option<ClusterId>); 9] = [
        ("Anträge gibt es nur auf Papier", None),
        ("Größere Büros für alle Teams", None),
        ("Mehr Tageslicht 🌞 in den Fluren", None),
        (
            "Die Abstimmung zwischen Bürgerbüro, Ordnungsamt und Bauamt dauert viel zu lange, weil jede \
             Stelle ihre eigene Ablage führt",
            None,
        ),
        ("E-Akte ist langsam", Some(digital)),
        ("WLAN im Ratssaal fällt aus", Some(digital)),
        ("Videokonferenzen brechen ab", Some(digital)),
        ("会議室 ist zu klein", Some(rooms)),
        ("Keine ruhigen Ecken zum Nachdenken", Some(rooms)),
    ];
    session.ideas = ideas
        .iter()
        .enumerate()
        .map(|(n, (text, cluster))| Idea {
            id: IdeaId::from_u128(100 + n as u128),
            phase,
            text: (*text).to_string(),
            authors: Vec::new(),
            cluster: *cluster,
            hidden: false,
        })
        .collect();
    session
}

fn app(lang: Language, name: &str) -> App {
    session_app(lang, folder(name), "workshop.ron", workshop(lang), now())
}

/// Opens a round with the form's defaults: clusters and unclustered ideas
/// (6 options), a third = 2 dots each, at most 1 per option.
fn open_round(app: &mut App) {
    app.update(Action::OpenVoting);
    assert_eq!(app.mode(), Mode::VoteForm);
    app.update(Action::SubmitInput);
    assert_eq!(app.mode(), Mode::VoteHandOver);
}

/// The voter on row `row` of the hand-over list places dots on `options`
/// and casts.
fn vote(app: &mut App, row: usize, options: &[usize]) {
    app.update(Action::SelectFirst);
    for _ in 0..row {
        app.update(Action::SelectNext);
    }
    app.update(Action::TakeKeyboard);
    assert_eq!(app.mode(), Mode::Ballot);
    for &option in options {
        app.update(Action::PlaceDotOn(option));
    }
    app.update(Action::CastBallot);
    assert_eq!(app.mode(), Mode::VoteHandOver);
}

#[test]
fn round_form() {
    for lang in both_languages() {
        for (width, height) in SIZES {
            let mut app = app(lang, &format!("form_{width}_{}", lang.code()));
            app.update(Action::OpenVoting);
            app.update(Action::ClearInput);
            type_text(&mut app, "Was brennt am meisten?");
            app.update(Action::NextField);
            app.update(Action::NextField);
            // Half of six options: the form shows 3 dots before anything opens.
            app.update(Action::MoveCursorRight);
            let drawn = snapshot!("round_form", &app, width, height);
            let gives = match lang {
                Language::En => "gives 3 dots",
                Language::De => "ergibt 3 Punkte",
            };
            assert!(drawn.text.contains(gives), "{}", drawn.text);
        }
    }
}

#[test]
fn the_form_shows_each_rule_live() {
    let mut app = app(Language::En, "form_rules");
    app.update(Action::OpenVoting);
    app.update(Action::NextField);
    app.update(Action::NextField);
    // Six options: a third = 2, half = 3, a third plus one = 3, fixed 5.
    for expected in [
        "gives 2 dots",
        "gives 3 dots",
        "gives 3 dots",
        "gives 5 dots",
        "gives 2 dots",
    ] {
        let text = draw(&app, 80, 24).text;
        assert!(text.contains(expected), "{expected}:\n{text}");
        app.update(Action::MoveCursorRight);
    }
}

#[test]
fn pick_options() {
    for lang in both_languages() {
        let mut app = app(lang, &format!("pick_{}", lang.code()));
        app.update(Action::OpenVoting);
        app.update(Action::NextField);
        app.update(Action::MoveCursorRight);
        app.update(Action::InsertChar(' '));
        assert_eq!(app.mode(), Mode::VotePick);
        app.update(Action::MarkOption);
        app.update(Action::SelectNext);
        app.update(Action::SelectNext);
        app.update(Action::MarkOption);
        snapshot!("pick_options", &app, 80, 24);
        app.update(Action::SubmitInput);
        let drawn = snapshot!("round_form_picked", &app, 80, 24);
        let chosen = match lang {
            Language::En => "hand-picked (2)",
            Language::De => "eigene Auswahl (2)",
        };
        assert!(drawn.text.contains(chosen), "{}", drawn.text);
    }
}

#[test]
fn hand_over() {
    for lang in both_languages() {
        for (width, height) in SIZES {
            let mut app = app(lang, &format!("hand_{width}_{}", lang.code()));
            open_round(&mut app);
            vote(&mut app, 0, &[0, 3]);
            let drawn = snapshot!("hand_over", &app, width, height);
            // The next one on the roster is offered, the first is marked.
            assert!(drawn.text.contains("✓ Anna Kowalski"), "{}", drawn.text);
            assert!(!drawn.text.contains('●'), "no dot on the hand-over screen");
        }
    }
}

#[test]
fn voter_name_entry() {
    for lang in both_languages() {
        let mut app = app(lang, &format!("name_{}", lang.code()));
        open_round(&mut app);
        app.update(Action::AddVoter);
        assert_eq!(app.mode(), Mode::VoteName);
        type_text(&mut app, "Gülten Demir");
        snapshot!("voter_name", &app, 80, 24);
    }
}

#[test]
fn ballot() {
    for lang in both_languages() {
        for (width, height) in SIZES {
            let mut app = app(lang, &format!("ballot_{width}_{}", lang.code()));
            open_round(&mut app);
            vote(&mut app, 0, &[0, 3]);
            app.update(Action::TakeKeyboard);
            app.update(Action::SelectNext);
            app.update(Action::PlaceDot);
            app.update(Action::SelectNext);
            app.update(Action::SelectNext);
            let drawn = snapshot!("ballot", &app, width, height);
            // Only this voter's one dot, although Anna put two on the round.
            assert_eq!(drawn.text.matches('●').count(), 1, "{}", drawn.text);
        }
    }
}

#[test]
fn results() {
    for lang in both_languages() {
        for (width, height) in SIZES {
            let mut app = app(lang, &format!("results_{width}_{}", lang.code()));
            open_round(&mut app);
            vote(&mut app, 0, &[0, 3]);
            vote(&mut app, 1, &[0, 4]);
            vote(&mut app, 2, &[1, 3]);
            vote(&mut app, 3, &[0, 4]);
            app.update(Action::RevealResults);
            app.update(Action::RevealResults);
            assert_eq!(app.mode(), Mode::VoteResults);
            let drawn = snapshot!("results", &app, width, height);
            let digital = drawn.text.find("Digitalisierung").expect("the winner is listed");
            let rooms = drawn.text.find("Räume und").expect("listed");
            assert!(digital < rooms, "most dots first");
        }
    }
}

#[test]
fn round_list() {
    for lang in both_languages() {
        let mut app = app(lang, &format!("rounds_{}", lang.code()));
        open_round(&mut app);
        vote(&mut app, 0, &[0, 1]);
        app.update(Action::RevealResults);
        app.update(Action::RevealResults);
        app.update(Action::CancelInput);
        app.update(Action::NewRound);
        app.update(Action::ClearInput);
        type_text(&mut app, "Was packen wir zuerst an?");
        app.update(Action::SubmitInput);
        app.update(Action::CancelInput);
        assert_eq!(app.mode(), Mode::VoteRounds);
        snapshot!("round_list", &app, 80, 24);
    }
}

#[test]
fn clicks_place_and_right_clicks_remove_dots() {
    let mut app = app(Language::En, "ballot_clicks");
    open_round(&mut app);
    app.update(Action::TakeKeyboard);
    let drawn = draw(&app, 80, 24);
    let row = drawn
        .text
        .lines()
        .position(|line| line.contains("Räume und Ausstattung"))
        .expect("the option is listed") as u16;
    assert_eq!(drawn.hits.action_at(10, row), Some(Action::PlaceDotOn(1)));
    assert_eq!(
        drawn.hits.secondary_action_at(10, row),
        Some(Action::RemoveDotFrom(1))
    );
    // The terminal's clicks reach the ballot through the event loop's mapping.
    let click = |kind| {
        Event::Mouse(MouseEvent {
            kind,
            column: 10,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    let left = action_for_event(&app, &drawn.hits, &click(MouseEventKind::Down(MouseButton::Left)));
    app.update(left.expect("a left click places"));
    assert_eq!(draw(&app, 80, 24).text.matches('●').count(), 1);
    let right = action_for_event(
        &app,
        &drawn.hits,
        &click(MouseEventKind::Down(MouseButton::Right)),
    );
    app.update(right.expect("a right click removes"));
    assert_eq!(draw(&app, 80, 24).text.matches('●').count(), 0);
}

#[test]
fn odd_sizes_never_panic_on_the_voting_screens() {
    let mut app = app(Language::De, "vote_odd_sizes");
    let sizes = [
        (1, 1),
        (20, 5),
        (60, 16),
        (61, 17),
        (75, 20),
        (130, 45),
        (300, 80),
    ];
    let check = |app: &App| {
        for (width, height) in sizes {
            draw(app, width, height);
        }
    };
    app.update(Action::OpenVoting);
    check(&app);
    app.update(Action::SubmitInput);
    check(&app);
    app.update(Action::AddVoter);
    check(&app);
    app.update(Action::CancelInput);
    app.update(Action::TakeKeyboard);
    app.update(Action::PlaceDot);
    check(&app);
    app.update(Action::CastBallot);
    app.update(Action::RevealResults);
    app.update(Action::RevealResults);
    check(&app);
}

#[test]
fn a_voting_frame_costs_about_the_same_with_many_ideas() {
    let mut big = workshop(Language::En);
    let phase = big.phases[1].id;
    big.ideas.extend((0..100_000).map(|n| Idea {
        id: IdeaId::from_u128(1_000 + n),
        phase,
        text: format!("Idee Nummer {n} mit etwas Text, damit die Zeile voll wird"),
        authors: Vec::new(),
        cluster: None,
        hidden: false,
    }));
    let mut big_app = session_app(
        Language::En,
        folder("many_ideas_vote"),
        "workshop.ron",
        big,
        now(),
    );
    let mut small_app = app(Language::En, "few_ideas_vote");
    // A frame that touched every idea would allocate for them: 100,000
    // options are megabytes, a screenful is kilobytes.
    let per_frame = |app: &App| {
        draw(app, 200, 60);
        common::alloc::bytes_allocated(|| draw(app, 200, 60))
    };
    for app in [&mut big_app, &mut small_app] {
        app.update(Action::OpenVoting);
        app.update(Action::NextField);
        app.update(Action::MoveCursorRight);
        app.update(Action::InsertChar(' '));
        app.update(Action::SelectLast);
        app.update(Action::MarkOption);
        assert_eq!(app.mode(), Mode::VotePick);
    }
    let (small, large) = (per_frame(&small_app), per_frame(&big_app));
    assert!(
        large < small * 2 + 64 * 1024,
        "picking list, 100,000 ideas: {large} bytes allocated for a frame, a few ideas: {small}"
    );
    for app in [&mut big_app, &mut small_app] {
        app.update(Action::SubmitInput);
        app.update(Action::SubmitInput);
        assert_eq!(app.mode(), Mode::VoteHandOver);
        app.update(Action::TakeKeyboard);
        assert_eq!(app.mode(), Mode::Ballot);
    }
    let (small, large) = (per_frame(&small_app), per_frame(&big_app));
    assert!(
        large < small * 2 + 64 * 1024,
        "ballot, 100,000 ideas in the session: {large} bytes allocated for a frame, a few ideas: {small}"
    );
}
