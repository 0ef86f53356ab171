//! Screen tests: every screen drawn into a `TestBackend` at 80x24 and 200x60
//! in English and German (and a tiny 20x5), compared with reviewed snapshots
//! in `tests/snapshots/`. The app is built in memory with a fixed "now", so
//! the screens are the same on every run.

use crate::common;

use common::screen::{
    SIZES, both_languages, draw, draw_with, find, fresh_folder, now, options, session_app, snapshot,
};
use common::template;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use plenum::core::{Cluster, ClusterId, Idea, IdeaId, Language, NewSession, Session};
use plenum::store;
use plenum::tui::action::Action;
use plenum::tui::app::App;
use plenum::tui::keymap::Keymap;
use plenum::tui::theme::Theme;
use std::path::PathBuf;

fn seconds_later(seconds: i64) -> Timestamp {
    now()
        .checked_add(jiff::SignedDuration::from_secs(seconds))
        .expect("in range")
}

/// A fresh folder with a stable, relative name (it shows on the start screen).
fn folder(name: &str) -> PathBuf {
    fresh_folder("target/screens", name)
}

/// A future workshop in its critique phase, with ideas by several people,
/// two clusters, umlauts, an emoji, wide characters and a long idea.
fn workshop(lang: Language) -> Session {
    let choices = NewSession {
        title: Some("Zukunftswerkstatt Digitales Rathaus".into()),
        language: lang,
        facilitator: Some("Petra Schäfer".into()),
        participants: ["Anna Kowalski", "Jörg Weiß", "Şule Yılmaz", "Ben Okafor"]
            .map(String::from)
            .to_vec(),
        anonymous: false,
    };
    let mut session = template("zukunftswerkstatt").instantiate(choices, now());
    session.current_phase = 1;
    session.phases[0].seconds_used = 14 * 60 + 10;
    let phase = session.phases[1].id;
    let person = |n: usize| session.participants[n].id;
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
    let ideas: [(&str, Option<usize>, Option<ClusterId>); 9] = [
        ("Anträge gibt es nur auf Papier", Some(0), None),
        ("Größere Büros für alle Teams", Some(1), None),
        ("Mehr Tageslicht 🌞 in den Fluren", None, None),
        (
            "Die Abstimmung zwischen Bürgerbüro, Ordnungsamt und Bauamt dauert viel zu lange, weil jede \
             Stelle ihre eigene Ablage führt und niemand den Stand eines Vorgangs auf einen Blick sieht",
            Some(2),
            None,
        ),
        (
            "E-Akte ist langsam\nbesonders am Montagmorgen",
            Some(3),
            Some(digital),
        ),
        ("WLAN im Ratssaal fällt aus", Some(2), Some(digital)),
        ("Videokonferenzen brechen ab", None, Some(digital)),
        ("会議室 ist zu klein", Some(0), Some(rooms)),
        ("Keine ruhigen Ecken zum Nachdenken", Some(1), Some(rooms)),
    ];
    session.ideas = ideas
        .iter()
        .enumerate()
        .map(|(n, (text, author, cluster))| Idea {
            id: IdeaId::from_u128(100 + n as u128),
            phase,
            text: (*text).to_string(),
            authors: author.map(person).into_iter().collect(),
            cluster: *cluster,
            hidden: false,
        })
        .collect();
    session
}

/// The app on the session screen, saving to a file in its own folder.
fn board_app(lang: Language, name: &str, session: Session) -> App {
    session_app(lang, folder(name), "workshop.ron", session, now())
}

fn start_app(lang: Language, name: &str) -> App {
    let dir = folder(name);
    let sessions = [
        (
            "zukunftswerkstatt",
            "Zukunftswerkstatt Digitales Rathaus",
            "2026-03-10T15:00:00Z",
            23,
        ),
        ("retro", "Retrospektive Umzug E-Akte", "2026-02-20T11:00:00Z", 12),
        (
            "design-thinking",
            "Design Thinking: Azubi-Gewinnung",
            "2026-01-08T09:00:00Z",
            31,
        ),
    ];
    for (method, title, updated, ideas) in sessions {
        let mut session = template(method).instantiate(
            NewSession {
                title: Some(title.into()),
                language: Language::De,
                ..NewSession::default()
            },
            updated.parse().expect("timestamp"),
        );
        let phase = session.phases[0].id;
        session.ideas = (0..ideas)
            .map(|n| Idea {
                id: IdeaId::from_u128(n),
                phase,
                text: format!("Idee {n}"),
                authors: Vec::new(),
                cluster: None,
                hidden: false,
            })
            .collect();
        let path = dir.join(format!("{}.ron", store::folders::slug(title)));
        store::write_atomically(&path, store::to_ron(&session).expect("serialises").as_bytes())
            .expect("write a session");
    }
    std::fs::write(dir.join("kaputt.ron"), "(version: 1, title: ").expect("write a broken file");
    App::new(options(lang, dir), Keymap::defaults(), now(), TimeZone::UTC)
}

#[test]
fn start_screen() {
    for lang in both_languages() {
        for (width, height) in SIZES {
            let app = start_app(lang, &format!("start_{width}_{}", lang.code()));
            let drawn = snapshot!("start", &app, width, height);
            assert!(drawn.text.contains("kaputt.ron"));
            let newest = drawn.text.find("Zukunftswerkstatt D").expect("listed");
            let middle = drawn.text.find("Retrospektive Umzug").expect("listed");
            let oldest = drawn.text.find("Design Thinking: A").expect("listed");
            assert!(newest < middle && middle < oldest, "newest first");
        }
    }
}

#[test]
fn start_screen_without_sessions() {
    for lang in both_languages() {
        let dir = folder(&format!("empty_{}", lang.code()));
        let app = App::new(options(lang, dir), Keymap::defaults(), now(), TimeZone::UTC);
        snapshot!("start_empty", &app, 80, 24);
    }
}

#[test]
fn new_session_form() {
    for lang in both_languages() {
        for (width, height) in SIZES {
            let mut app = start_app(lang, &format!("form_{width}_{}", lang.code()));
            app.update(Action::OpenNewSessionForm);
            app.update(Action::NextField);
            for c in "Büro der Zukunft".chars() {
                app.update(Action::InsertChar(c));
            }
            app.update(Action::NextField);
            app.update(Action::NextField);
            app.update(Action::Paste("Anna, Jörg, Şule".into()));
            snapshot!("new_session_form", &app, width, height);
        }
    }
}

#[test]
fn board_with_ideas_and_clusters() {
    for lang in both_languages() {
        for (width, height) in SIZES {
            let mut app = board_app(lang, &format!("board_{width}_{}", lang.code()), workshop(lang));
            app.update(Action::SelectNext);
            let drawn = snapshot!("board", &app, width, height);
            // Unclustered ideas come first, then each cluster.
            let loose = drawn.text.find("Anträge gibt es").expect("shown");
            let cluster = drawn.text.find("Digitalisierung").expect("shown");
            let clustered = drawn.text.find("WLAN im Ratssaal").expect("shown");
            assert!(loose < cluster && cluster < clustered);
        }
    }
}

#[test]
fn board_while_capturing() {
    for lang in both_languages() {
        for (width, height) in SIZES {
            let mut app = board_app(lang, &format!("capture_{width}_{}", lang.code()), workshop(lang));
            app.update(Action::StartCapture);
            app.update(Action::CycleAuthor);
            app.update(Action::CycleAuthor);
            for c in "Mehr Grünpflanzen".chars() {
                app.update(Action::InsertChar(c));
            }
            app.update(Action::InsertNewline);
            for c in "und Sitzecken".chars() {
                app.update(Action::InsertChar(c));
            }
            snapshot!("capture", &app, width, height);
        }
    }
}

#[test]
fn timer_running() {
    for lang in both_languages() {
        for (width, height) in SIZES {
            let mut app = board_app(lang, &format!("timer_{width}_{}", lang.code()), workshop(lang));
            app.update(Action::ToggleTimer);
            app.update(Action::Tick(seconds_later(12 * 60 + 34)));
            snapshot!("timer_running", &app, width, height);
        }
    }
}

/// A hosted session's footer offers the SSH control screen, so the join
/// code is one key away once the first message is gone.
#[test]
fn a_hosted_session_offers_its_ssh_screen_in_the_footer() {
    let mut app = board_app(Language::En, "hosted_footer", workshop(Language::En));
    let footer = |app: &App| {
        draw(app, 200, 60)
            .text
            .lines()
            .last()
            .unwrap_or_default()
            .to_string()
    };
    assert!(!footer(&app).contains("H SSH"), "{}", footer(&app));
    app.joining = Some(plenum::present::link::Joining {
        port: 2222,
        host: None,
        code: "APFEL".into(),
        fingerprint: "SHA256:abc".into(),
    });
    assert!(footer(&app).contains("H SSH"), "{}", footer(&app));
}

/// The selected idea's row is marked across the whole panel, the gap
/// between its text and its author too, with colours and without.
#[test]
fn the_selected_idea_is_marked_across_its_whole_row() {
    for no_colour in [false, true] {
        let mut app = board_app(Language::De, "selected_row", workshop(Language::De));
        app.update(Action::SelectNext);
        let (theme, _) = Theme::load(None, None, no_colour);
        let drawn = draw_with(&app, &theme, 200, 60);
        // The marker in the ideas panel (the agenda marks its phase too).
        let (panel_x, panel_y) = find(&drawn.text, "Ideen (").expect("the ideas panel");
        let (x, y) = drawn
            .text
            .lines()
            .enumerate()
            .skip(usize::from(panel_y) + 1)
            .find_map(|(y, line)| {
                let (x, _) = find(line, "▶")?;
                (x >= panel_x.saturating_sub(2)).then_some((x, y as u16))
            })
            .expect("the selected idea's row");
        let row: Vec<&ratatui::buffer::Cell> = (0..200).map(|x| &drawn.buffer[(x, y)]).collect();
        let left = (0..x as usize)
            .rev()
            .find(|&i| row[i].symbol() == "│")
            .expect("the panel's left border");
        let right = (x as usize..200)
            .find(|&i| row[i].symbol() == "│")
            .expect("the panel's right border");
        let selected = theme.idea(true);
        for (i, cell) in row.iter().enumerate().take(right).skip(left + 1) {
            let marked = match selected.bg {
                Some(bg) => cell.bg == bg,
                None => cell.modifier.contains(ratatui::style::Modifier::REVERSED),
            };
            assert!(
                marked,
                "column {i} of the selected row (no colour: {no_colour}):\n{}",
                drawn.text
            );
        }
    }
}

#[test]
fn timer_in_the_last_minute_is_highlighted() {
    let mut app = board_app(Language::En, "last_minute", workshop(Language::En));
    app.update(Action::ToggleTimer);
    app.update(Action::Tick(seconds_later(44 * 60 + 15)));
    let drawn = draw(&app, 80, 24);
    let (theme, _) = Theme::load(None, None, false);
    let highlighted = drawn
        .buffer
        .content()
        .iter()
        .filter(|cell| cell.fg == theme.timer_last_minute.fg.expect("a colour"))
        .count();
    assert!(highlighted > 20, "the digits use the last-minute style");
    assert!(drawn.text.contains("running"));
}

#[test]
fn timer_at_zero() {
    for lang in both_languages() {
        for (width, height) in SIZES {
            let mut app = board_app(lang, &format!("timeup_{width}_{}", lang.code()), workshop(lang));
            app.update(Action::ToggleTimer);
            app.update(Action::Tick(seconds_later(45 * 60 + 83)));
            let drawn = snapshot!("timer_up", &app, width, height);
            let plain = match lang {
                Language::En => "TIME IS UP",
                Language::De => "DIE ZEIT IST UM",
            };
            assert!(drawn.text.contains(plain));
            assert!(drawn.text.contains("01:23"), "the overtime shows");
        }
    }
}

#[test]
fn help_overlay() {
    for lang in both_languages() {
        for (width, height) in SIZES {
            let mut app = board_app(lang, &format!("help_{width}_{}", lang.code()), workshop(lang));
            app.update(Action::ToggleHelp);
            let drawn = snapshot!("help", &app, width, height);
            let capture = match lang {
                Language::En => "Add ideas",
                Language::De => "Ideen sammeln",
            };
            assert!(drawn.text.contains(capture));
            assert!(
                drawn.hits.action_at(2, 5).is_none(),
                "the board under the help takes no clicks"
            );
        }
    }
}

#[test]
fn phase_form() {
    for lang in both_languages() {
        for (width, height) in SIZES {
            let mut app = board_app(lang, &format!("phase_{width}_{}", lang.code()), workshop(lang));
            app.update(Action::EditPhase);
            snapshot!("phase_form", &app, width, height);
        }
    }
}

#[test]
fn too_small() {
    for lang in both_languages() {
        let app = board_app(lang, &format!("small_{}", lang.code()), workshop(lang));
        for (width, height) in [(20, 5), (59, 15)] {
            let drawn = snapshot!("too_small", &app, width, height);
            assert!(drawn.text.contains("60×16"), "{}", drawn.text);
        }
    }
}

#[test]
fn tiny_and_odd_sizes_never_panic() {
    let mut app = board_app(Language::De, "odd_sizes", workshop(Language::De));
    for (width, height) in [(1, 1), (2, 40), (300, 3), (60, 16), (61, 17), (75, 20), (130, 45)] {
        draw(&app, width, height);
        app.update(Action::StartCapture);
        draw(&app, width, height);
        app.update(Action::CancelInput);
        app.update(Action::ToggleHelp);
        draw(&app, width, height);
        app.update(Action::ToggleHelp);
    }
}

#[test]
fn clicks_map_to_actions() {
    let mut app = board_app(Language::En, "clicks", workshop(Language::En));
    let drawn = draw(&app, 80, 24);
    // The agenda's third row is phase 3.
    let (column, row) = find(&drawn.text, "Fantasy").expect("the agenda lists the fantasy phase");
    assert_eq!(drawn.hits.action_at(column, row), Some(Action::GoToPhase(3)));
    // An idea row selects that idea.
    let (column, row) = find(&drawn.text, "WLAN").expect("an idea is shown");
    let action = drawn.hits.action_at(column, row).expect("ideas are clickable");
    app.update(action);
    let selected = app
        .board()
        .and_then(|b| b.selected_idea())
        .map(|i| i.text.clone());
    assert_eq!(selected.as_deref(), Some("WLAN im Ratssaal fällt aus"));
    // A footer hint does what it says.
    let (column, row) = find(&drawn.text, "? help").expect("the footer offers help");
    assert_eq!(drawn.hits.action_at(column, row), Some(Action::ToggleHelp));
    // Going to the clicked phase.
    app.update(Action::GoToPhase(3));
    assert_eq!(app.board().map(|b| b.session.current_phase), Some(2));
}

#[test]
fn clicks_on_the_start_screen_select_then_open() {
    let mut app = start_app(Language::En, "start_clicks");
    let drawn = draw(&app, 80, 24);
    let (column, row) = find(&drawn.text, "Retrospektive").expect("listed");
    let click = drawn.hits.action_at(column, row).expect("rows are clickable");
    app.update(click.clone());
    assert!(app.board().is_none(), "a first click selects");
    app.update(click);
    assert_eq!(
        app.board().map(|b| b.session.title.as_str()),
        Some("Retrospektive Umzug E-Akte")
    );
}

#[test]
fn a_frame_costs_the_same_with_many_ideas() {
    let mut big = workshop(Language::En);
    let phase = big.phases[1].id;
    big.ideas.extend((0..100_000).map(|n| Idea {
        id: IdeaId::from_u128(1_000 + n),
        phase,
        text: format!("Idee Nummer {n} mit etwas Text, damit die Zeile voll wird"),
        authors: Vec::new(),
        cluster: None,
        hidden: n % 7 == 0,
    }));
    let mut big_app = board_app(Language::En, "many_ideas", big);
    big_app.update(Action::SelectLast);
    let small_app = board_app(Language::En, "few_ideas", workshop(Language::En));
    let per_frame = |app: &App| {
        draw(app, 200, 60);
        common::alloc::bytes_allocated(|| draw(app, 200, 60))
    };
    let (small, large) = (per_frame(&small_app), per_frame(&big_app));
    // A frame that touched every idea would allocate for them: 100,000 rows
    // are megabytes, a screenful is kilobytes.
    assert!(
        large < small * 2 + 64 * 1024,
        "100,000 ideas: {large} bytes allocated for a frame, a few ideas: {small}"
    );
}

/// A 600-character idea: words a test can find again, umlauts included.
fn six_hundred_characters() -> String {
    let mut text = String::new();
    let mut n = 0;
    while text.chars().count() < 600 {
        n += 1;
        text.push_str(&format!("Gedanke{n:02} über Öffnungszeiten; "));
    }
    text.chars().take(600).collect::<String>().trim_end().to_string()
}

#[test]
fn the_spotlight_shows_a_long_idea_in_full_at_every_size_in_both_languages() {
    for lang in both_languages() {
        for (width, height) in SIZES {
            let mut session = workshop(lang);
            let mut long = session.ideas[0].clone();
            long.id = IdeaId::from_u128(99);
            long.text = six_hundred_characters();
            session.ideas.insert(0, long);
            let mut app = board_app(lang, "spotlight-long", session);
            app.update(Action::ShowSpotlight);
            assert_eq!(app.mode(), plenum::tui::keymap::Mode::Spotlight);
            let drawn = snapshot!("spotlight_long_idea", &app, width, height);
            // Every word shows, in order, with nothing cut off.
            let shown: String = drawn
                .text
                .lines()
                .map(|line| line.trim_matches('"').replace('│', " "))
                .collect::<Vec<_>>()
                .join(" ");
            let shown: Vec<&str> = shown.split_whitespace().collect();
            let idea = six_hundred_characters();
            let words: Vec<&str> = idea.split_whitespace().collect();
            let start = shown.iter().position(|w| *w == words[0]).expect("the idea shows");
            assert_eq!(
                &shown[start..start + words.len()],
                &words[..],
                "{lang:?} {width}x{height}"
            );
            // Esc brings the board back.
            app.update(Action::CancelInput);
            assert_eq!(app.mode(), plenum::tui::keymap::Mode::Board);
        }
    }
}

#[test]
fn the_spotlight_shows_a_short_idea_in_big_letters_and_a_cluster_with_its_ideas() {
    for lang in both_languages() {
        for (width, height) in SIZES {
            let mut app = board_app(lang, "spotlight-short", workshop(lang));
            app.update(Action::ShowSpotlight);
            snapshot!("spotlight_short_idea", &app, width, height);
            app.update(Action::ShowSpotlight);
            // Cluster mode: the focused cluster with its ideas.
            app.update(Action::EnterClusterMode);
            app.update(Action::FocusNextCluster);
            app.update(Action::ShowSpotlight);
            let drawn = snapshot!("spotlight_cluster", &app, width, height);
            assert!(drawn.text.contains("Digitalisierung"));
            assert!(drawn.text.contains("• WLAN im Ratssaal fällt aus"));
            app.update(Action::CancelInput);
            assert_eq!(app.mode(), plenum::tui::keymap::Mode::Cluster);
        }
    }
}
