//! Screen tests of cluster mode (issue 4): the board of clusters, choosing
//! a target, naming a cluster, the review of suggestions, a long cluster;
//! each at 80x24 (stacked blocks) and 200x60 (columns), in English and
//! German, compared with reviewed snapshots in `tests/snapshots/`. Also the
//! mouse, the markers that survive NO_COLOR, odd sizes and the cost of a
//! frame with very many ideas.

use crate::common;

use common::screen::{
    SIZES, draw, draw_with, each_case, find, fresh_folder, now, session_app, snapshot, type_text,
};
use common::template;
use plenum::core::{Cluster, ClusterId, Idea, IdeaId, Language, NewSession, Session};
use plenum::tui::action::Action;
use plenum::tui::app::App;
use plenum::tui::keymap::Mode;
use plenum::tui::screens::cluster::ClusterMode;
use plenum::tui::theme::Theme;
use ratatui::style::Modifier;
use std::path::PathBuf;

/// A fresh folder with a stable, relative name.
fn folder(name: &str) -> PathBuf {
    fresh_folder("target/cluster_screens", name)
}

fn cluster(id: u128, phase: plenum::core::PhaseId, title: &str) -> Cluster {
    Cluster {
        id: ClusterId::from_u128(id),
        phase,
        title: title.into(),
    }
}

/// A future workshop in its critique phase: four ideas in no cluster, two
/// clusters, umlauts, an emoji, wide characters and a long idea.
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
    let phase = session.phases[1].id;
    let person = |n: usize| session.participants[n].id;
    session.clusters = vec![
        cluster(1, phase, "Digitalisierung"),
        cluster(2, phase, "Räume und Ausstattung"),
    ];
    let digital = Some(ClusterId::from_u128(1));
    let rooms = Some(ClusterId::from_u128(2));
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
        ("E-Akte ist langsam\nbesonders am Montagmorgen", Some(3), digital),
        ("WLAN im Ratssaal fällt aus", Some(2), digital),
        ("Videokonferenzen brechen ab", None, digital),
        ("会議室 ist zu klein", Some(0), rooms),
        ("Keine ruhigen Ecken zum Nachdenken", Some(1), rooms),
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

/// A phase whose ideas, none clustered yet, fall into a few themes.
fn unsorted(lang: Language) -> Session {
    let mut session = workshop(lang);
    session.clusters.clear();
    let phase = session.phases[1].id;
    let texts = [
        "Die Mitarbeiter-App braucht eine Suche",
        "E-Akte ist langsam",
        "Telefonbuch mit Fotos in der Mitarbeiter-App",
        "Schulung zur E-Akte für alle",
        "Dienstpläne über die Mitarbeiter-App tauschen",
        "Die E-Akte findet Dokumente nicht zuverlässig",
        "Videokonferenzen brechen ab",
        "Headsets für alle, die im Homeoffice arbeiten",
    ];
    session.ideas = common::loose_ideas(phase, 300, &texts);
    session
}

fn app_with(lang: Language, name: &str, session: Session) -> App {
    session_app(lang, folder(name), "workshop.ron", session, now())
}

fn case_name(prefix: &str, lang: Language, width: u16) -> String {
    format!("{prefix}_{width}_{}", lang.code())
}

fn selected_text(app: &App) -> Option<String> {
    let board = app.board()?;
    board.selected_idea().map(|i| i.text.clone())
}

#[test]
fn cluster_mode_with_marks() {
    each_case(|lang, width, height| {
        let mut app = app_with(lang, &case_name("mode", lang, width), workshop(lang));
        app.update(Action::EnterClusterMode);
        assert_eq!(app.mode(), Mode::Cluster);
        app.update(Action::ToggleMark);
        app.update(Action::SelectNext);
        app.update(Action::SelectNext);
        app.update(Action::ToggleMark);
        app.update(Action::SelectNext);
        let drawn = snapshot!("cluster_mode", &app, width, height);
        assert!(drawn.text.contains("✓ Anträge") && drawn.text.contains("✓ Mehr Tageslicht"));
        assert!(drawn.text.contains("▶"), "the cursor shows");
        let order = ["Anträge", "Digitalisierung", "Räume und"];
        let places: Vec<_> = order.iter().map(|t| find(&drawn.text, t).expect(t)).collect();
        if width >= 100 {
            assert!(
                places.windows(2).all(|p| p[0].0 < p[1].0),
                "columns, left to right"
            );
        } else {
            assert!(
                places.windows(2).all(|p| p[0].1 < p[1].1),
                "blocks, top to bottom"
            );
        }
    });
}

#[test]
fn choosing_the_target_cluster() {
    each_case(|lang, width, height| {
        let mut app = app_with(lang, &case_name("pick", lang, width), workshop(lang));
        app.update(Action::EnterClusterMode);
        app.update(Action::ToggleMark);
        app.update(Action::SelectNext);
        app.update(Action::ToggleMark);
        app.update(Action::MoveToCluster);
        app.update(Action::FocusNextCluster);
        assert_eq!(app.mode(), Mode::ClusterPick);
        let drawn = snapshot!("cluster_pick", &app, width, height);
        assert!(
            drawn.text.contains("→ Räume und Ausstattung (2) ←"),
            "the target is marked"
        );
        app.update(Action::SubmitInput);
        let board = app.board().expect("the session screen");
        let moved = board
            .session
            .ideas
            .iter()
            .filter(|i| i.cluster == Some(ClusterId::from_u128(2)));
        assert_eq!(moved.count(), 4);
    });
}

#[test]
fn naming_a_new_cluster() {
    each_case(|lang, width, height| {
        let mut app = app_with(lang, &case_name("name", lang, width), workshop(lang));
        app.update(Action::EnterClusterMode);
        app.update(Action::ToggleMark);
        app.update(Action::SelectLast);
        app.update(Action::ToggleMark);
        app.update(Action::NewCluster);
        type_text(&mut app, "Bürgerservice");
        assert_eq!(app.mode(), Mode::ClusterName);
        let drawn = snapshot!("cluster_name", &app, width, height);
        assert!(drawn.text.contains("Bürgerservice"));
        app.update(Action::SubmitInput);
        let board = app.board().expect("the session screen");
        assert_eq!(
            board.session.clusters.last().map(|c| c.title.as_str()),
            Some("Bürgerservice")
        );
    });
}

#[test]
fn reviewing_suggestions() {
    each_case(|lang, width, height| {
        let mut app = app_with(lang, &case_name("suggest", lang, width), unsorted(lang));
        app.update(Action::EnterClusterMode);
        app.update(Action::SuggestClusters);
        assert_eq!(app.mode(), Mode::Suggest);
        app.update(Action::SelectNext);
        app.update(Action::ToggleSuggestedIdea);
        let drawn = snapshot!("suggestions", &app, width, height);
        let removed = match lang {
            Language::En => "(removed)",
            Language::De => "(entfernt)",
        };
        assert!(drawn.text.contains(removed) && drawn.text.contains("✗"));
        let before = app.board().map(|b| b.session.clusters.len());
        assert_eq!(before, Some(0), "nothing changes during the review");
    });
}

#[test]
fn reviewing_a_renamed_and_accepted_suggestion() {
    each_case(|lang, width, height| {
        let mut app = app_with(lang, &case_name("reviewed", lang, width), unsorted(lang));
        app.update(Action::EnterClusterMode);
        app.update(Action::SuggestClusters);
        app.update(Action::RenameSuggestion);
        app.update(Action::ClearInput);
        type_text(&mut app, "Unsere App");
        app.update(Action::SubmitInput);
        app.update(Action::AcceptSuggestion);
        app.update(Action::RejectSuggestion);
        app.update(Action::FocusPreviousCluster);
        app.update(Action::FocusPreviousCluster);
        snapshot!("suggestions_decided", &app, width, height);
        app.update(Action::FinishSuggestions);
        let board = app.board().expect("the session screen");
        assert_eq!(board.session.clusters.len(), 1);
        assert_eq!(board.session.clusters[0].title, "Unsere App");
    });
}

/// A cluster of 120 ideas with the cursor deep inside it.
fn long_cluster(lang: Language) -> Session {
    let mut session = workshop(lang);
    let phase = session.phases[1].id;
    session.ideas.extend((0..120).map(|n| Idea {
        id: IdeaId::from_u128(1_000 + n),
        phase,
        text: format!("Punkt {n} der langen Liste"),
        authors: Vec::new(),
        cluster: Some(ClusterId::from_u128(1)),
        hidden: false,
    }));
    session
}

#[test]
fn a_long_cluster_scrolls_and_keeps_its_heading() {
    each_case(|lang, width, height| {
        let mut app = app_with(lang, &case_name("long", lang, width), long_cluster(lang));
        app.update(Action::EnterClusterMode);
        app.update(Action::FocusNextCluster);
        app.update(Action::PageDown);
        for _ in 0..50 {
            app.update(Action::SelectNext);
        }
        let drawn = snapshot!("cluster_long", &app, width, height);
        assert!(
            drawn.text.contains("Digitalisierung (123)"),
            "the heading stays in view"
        );
        assert!(drawn.text.contains("▶• Punkt 57 der langen Liste"));
        assert!(
            !drawn.text.contains("Punkt 2 der langen Liste"),
            "only what fits is drawn"
        );
        let more = match lang {
            Language::En => "more",
            Language::De => "weitere",
        };
        assert!(drawn.text.contains("↑ ") && drawn.text.contains(more));
        assert!(drawn.text.contains("↓ "));
    });
}

#[test]
fn clicks_select_ideas_and_clusters_and_choose_targets() {
    for (width, height) in SIZES {
        let mut app = app_with(Language::En, &format!("clicks_{width}"), workshop(Language::En));
        app.update(Action::EnterClusterMode);
        let drawn = draw(&app, width, height);
        let (column, row) = find(&drawn.text, "WLAN").expect("an idea is shown");
        let click = drawn.hits.action_at(column, row).expect("ideas take clicks");
        app.update(click.clone());
        app.update(Action::LeaveClusterMode);
        assert_eq!(selected_text(&app).as_deref(), Some("WLAN im Ratssaal fällt aus"));
        // Back in cluster mode the cursor is on it again; one more click
        // on the selected idea marks it.
        app.update(Action::EnterClusterMode);
        app.update(click);
        let marked = app.top::<ClusterMode>().map(|c| c.marked.len());
        assert_eq!(marked, Some(1));

        // While choosing, a click on a cluster chooses it, a second confirms.
        app.update(Action::MoveToCluster);
        // "Räume" is offered first; choose another, then click it.
        app.update(Action::FocusNextCluster);
        let drawn = draw(&app, width, height);
        let (column, row) = find(&drawn.text, "Räume und").expect("a cluster is shown");
        let click = drawn.hits.action_at(column, row).expect("clusters take clicks");
        app.update(click.clone());
        assert_eq!(app.mode(), Mode::ClusterPick);
        app.update(click);
        assert_eq!(app.mode(), Mode::Cluster);
        let board = app.board().expect("the session screen");
        let moved = board.session.ideas.iter().find(|i| i.text.starts_with("WLAN"));
        assert_eq!(moved.and_then(|i| i.cluster), Some(ClusterId::from_u128(2)));

        // The footer's hints are clickable too.
        let drawn = draw(&app, width, height);
        let (column, row) = find(&drawn.text, "? help").expect("the footer offers help");
        assert_eq!(drawn.hits.action_at(column, row), Some(Action::ToggleHelp));
    }
}

#[test]
fn without_colour_the_cursor_marks_and_target_still_show() {
    let mut app = app_with(Language::En, "plain", workshop(Language::En));
    app.update(Action::EnterClusterMode);
    app.update(Action::ToggleMark);
    app.update(Action::SelectNext);
    app.update(Action::MoveToCluster);
    let theme = Theme::plain();
    let drawn = draw_with(&app, &theme, 200, 60);
    let cell_at = |needle: &str| {
        let (x, y) = find(&drawn.text, needle).expect(needle);
        drawn.buffer[(x, y)].clone()
    };
    // The cursor's line in reverse video, the marked idea bold and underlined.
    assert!(cell_at("Größere Büros").modifier.contains(Modifier::REVERSED));
    let marked = cell_at("Anträge gibt");
    assert!(marked.modifier.contains(Modifier::BOLD | Modifier::UNDERLINED));
    assert!(marked.fg == ratatui::style::Color::Reset && marked.bg == ratatui::style::Color::Reset);
    // The target by reverse video and by its arrows.
    assert!(
        cell_at("Digitalisierung (3)")
            .modifier
            .contains(Modifier::REVERSED)
    );
    assert!(drawn.text.contains("→ Digitalisierung (3) ←"));
    assert!(drawn.text.contains("▶") && drawn.text.contains("✓"));
}

#[test]
fn odd_sizes_never_panic_in_any_cluster_mode() {
    let mut app = app_with(Language::De, "odd", unsorted(Language::De));
    let sizes = [
        (1, 1),
        (2, 40),
        (300, 3),
        (60, 16),
        (61, 17),
        (99, 20),
        (100, 20),
        (130, 45),
    ];
    let steps = [
        Action::EnterClusterMode,
        Action::ToggleMark,
        Action::MoveToCluster,
        Action::NewCluster,
        Action::InsertChar('X'),
        Action::SubmitInput,
        Action::SuggestClusters,
        Action::RenameSuggestion,
        Action::CancelInput,
        Action::FinishSuggestions,
        Action::ToggleHelp,
        Action::ToggleHelp,
        Action::LeaveClusterMode,
    ];
    for step in steps {
        app.update(step);
        for (width, height) in sizes {
            draw(&app, width, height);
        }
    }
}

#[test]
fn a_frame_costs_the_same_with_a_huge_cluster() {
    let mut big = workshop(Language::En);
    let phase = big.phases[1].id;
    big.ideas.extend((0..100_000).map(|n| Idea {
        id: IdeaId::from_u128(10_000 + n),
        phase,
        text: format!("Idee Nummer {n} mit etwas Text, damit die Zeile voll wird und umbricht"),
        authors: Vec::new(),
        cluster: Some(ClusterId::from_u128(1 + n % 2)),
        hidden: n % 7 == 0,
    }));
    let mut big_app = app_with(Language::En, "many", big);
    big_app.update(Action::EnterClusterMode);
    big_app.update(Action::FocusNextCluster);
    big_app.update(Action::PageDown);
    let mut small_app = app_with(Language::En, "few", workshop(Language::En));
    small_app.update(Action::EnterClusterMode);
    let per_frame = |app: &App, width, height| {
        draw(app, width, height);
        common::alloc::bytes_allocated(|| draw(app, width, height))
    };
    for (width, height) in SIZES {
        let small = per_frame(&small_app, width, height);
        let large = per_frame(&big_app, width, height);
        // A frame that touched every idea would allocate for them: 100,000
        // cards are megabytes, a screenful is kilobytes.
        assert!(
            large < small * 2 + 64 * 1024,
            "{width}x{height}: 100,000 ideas allocated {large} bytes for a frame, a few ideas {small}"
        );
    }
}

#[test]
fn cluster_mode_needs_ideas_and_says_so() {
    for lang in [Language::En, Language::De] {
        let mut empty = workshop(lang);
        empty.ideas.clear();
        empty.clusters.clear();
        let mut app = app_with(lang, &format!("empty_{}", lang.code()), empty);
        app.update(Action::EnterClusterMode);
        assert_eq!(app.mode(), Mode::Board);
        let expected = match lang {
            Language::En => "no ideas in this phase",
            Language::De => "keine Ideen zum Clustern",
        };
        let message = app.message.as_ref().map(|m| m.text.clone()).unwrap_or_default();
        assert!(message.contains(expected), "{message}");
    }
}

#[test]
fn leaving_cluster_mode_keeps_the_idea_selected_on_the_board() {
    let mut app = app_with(Language::En, "leave", workshop(Language::En));
    app.update(Action::SelectNext);
    app.update(Action::EnterClusterMode);
    assert_eq!(app.mode(), Mode::Cluster);
    // The second idea on the board; the next column keeps the row.
    app.update(Action::FocusNextCluster);
    app.update(Action::SelectNext);
    app.update(Action::LeaveClusterMode);
    assert_eq!(app.mode(), Mode::Board);
    assert_eq!(
        selected_text(&app).as_deref(),
        Some("Videokonferenzen brechen ab")
    );
    // Undo works in cluster mode as on the board.
    app.update(Action::EnterClusterMode);
    app.update(Action::ToggleMark);
    app.update(Action::MoveToCluster);
    app.update(Action::SubmitInput);
    let cluster_of_video = |app: &App| {
        let board = app.board().expect("the session screen");
        let video = board
            .session
            .ideas
            .iter()
            .find(|i| i.text.starts_with("Videokonferenzen"));
        video.and_then(|i| i.cluster)
    };
    assert_eq!(cluster_of_video(&app), Some(ClusterId::from_u128(2)));
    app.update(Action::Undo);
    let board = app.board().expect("the session screen");
    let video = board
        .session
        .ideas
        .iter()
        .find(|i| i.text.starts_with("Videokonferenzen"));
    assert_eq!(video.and_then(|i| i.cluster), Some(ClusterId::from_u128(1)));
    assert!(!board.can_undo(), "the move was one step");
}

#[test]
fn an_undo_that_removes_a_marked_idea_drops_its_mark() {
    let mut app = app_with(Language::En, "undo_mark", workshop(Language::En));
    app.update(Action::StartCapture);
    type_text(&mut app, "Neue Idee");
    app.update(Action::SubmitInput);
    app.update(Action::CancelInput);
    app.update(Action::EnterClusterMode);
    app.update(Action::ToggleMark);
    let marked = |app: &App| app.top::<ClusterMode>().map(|c| c.marked.len());
    assert_eq!(marked(&app), Some(1));
    assert!(draw(&app, 80, 24).text.contains("1 marked"));
    app.update(Action::Undo);
    assert_eq!(marked(&app), Some(0), "the idea is gone, and its mark");
    assert!(!draw(&app, 80, 24).text.contains("marked"));
}
