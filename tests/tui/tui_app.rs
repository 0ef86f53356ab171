//! The app's behaviour, driven by actions without a terminal: capture, undo,
//! autosave and its failures, the timer, phases, brainwriting, pastes.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use plenum::core::{Language, MethodTemplate, NewSession, Session};
use plenum::store::{self, SessionFile};
use plenum::tui::action::Action;
use plenum::tui::app::{App, Options};
use plenum::tui::document::SaveState;
use plenum::tui::keymap::{Key, Keymap, Mode, parse_overrides};
use plenum::tui::screens::start::StartScreen;
use plenum::tui::theme::Theme;
use plenum::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::{Path, PathBuf};

fn at(seconds: i64) -> Timestamp {
    "2026-03-12T09:30:00Z"
        .parse::<Timestamp>()
        .expect("a timestamp")
        .checked_add(jiff::SignedDuration::from_secs(seconds))
        .expect("in range")
}

fn workshop(lang: Language, participants: &[&str], anonymous: bool) -> Session {
    let template = MethodTemplate::built_in_by_id("zukunftswerkstatt").expect("built in");
    let mut session = template.instantiate(
        NewSession {
            title: Some("Werkstatt".into()),
            language: lang,
            participants: participants.iter().map(|p| p.to_string()).collect(),
            anonymous,
            ..NewSession::default()
        },
        at(0),
    );
    session.current_phase = 1;
    session
}

struct Fixture {
    _dir: tempfile::TempDir,
    path: PathBuf,
    app: App,
}

fn fixture(session: Session) -> Fixture {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("werkstatt.ron");
    let file = SessionFile::create(&path, &session).expect("create");
    // The facilitator works in the language of the session.
    let options = Options {
        dir: dir.path().to_path_buf(),
        config_dir: None,
        lang: Some(session.language),
        locale: None,
        no_bell: false,
    };
    let app = App::with_session(
        options,
        Keymap::defaults(),
        at(0),
        TimeZone::UTC,
        session,
        Some(file),
    );
    Fixture { _dir: dir, path, app }
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::InsertChar(c));
    }
}

fn ideas_on_disk(path: &Path) -> Vec<String> {
    store::load(path)
        .expect("the file loads")
        .ideas
        .into_iter()
        .map(|i| i.text)
        .collect()
}

fn ideas_in_memory(app: &App) -> Vec<String> {
    app.board()
        .expect("on the board")
        .session
        .ideas
        .iter()
        .map(|i| i.text.clone())
        .collect()
}

fn render(app: &App, width: u16, height: u16) -> String {
    let (theme, _) = Theme::load(None, None, false);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| {
            view::render(app, &theme, frame);
        })
        .expect("draw");
    terminal.backend().to_string()
}

#[test]
fn enter_adds_and_stays_ready_and_every_change_is_saved() {
    let Fixture { _dir, path, mut app } = fixture(workshop(Language::De, &[], false));
    app.update(Action::StartCapture);
    type_text(&mut app, "Erste Idee");
    app.update(Action::SubmitInput);
    assert_eq!(app.mode(), Mode::Input, "still typing");
    type_text(&mut app, "Zweite");
    app.update(Action::InsertNewline);
    type_text(&mut app, "mit zwei Zeilen");
    app.update(Action::SubmitInput);
    assert_eq!(ideas_on_disk(&path), ["Erste Idee", "Zweite\nmit zwei Zeilen"]);
    assert!(matches!(
        app.board().map(|b| &b.save_state),
        Some(SaveState::Saved(_))
    ));
    // An empty Enter adds nothing.
    app.update(Action::SubmitInput);
    assert_eq!(ideas_in_memory(&app).len(), 2);
}

fn status(app: &App) -> String {
    app.message.as_ref().map(|m| m.text.clone()).unwrap_or_default()
}

#[test]
fn the_status_line_says_what_an_undo_took_back_in_both_languages() {
    for (lang, undone, redone, nothing_changed) in [
        (
            Language::En,
            "Undone: idea added.",
            "Redone: idea added.",
            "Undone: idea deleted.",
        ),
        (
            Language::De,
            "Rückgängig gemacht: Idee hinzugefügt.",
            "Wiederhergestellt: Idee hinzugefügt.",
            "Rückgängig gemacht: Idee gelöscht.",
        ),
    ] {
        let Fixture { _dir, mut app, .. } = fixture(workshop(lang, &[], false));
        app.update(Action::StartCapture);
        type_text(&mut app, "Mehr Tageslicht");
        app.update(Action::SubmitInput);
        app.update(Action::CancelInput);
        app.update(Action::Undo);
        assert_eq!(status(&app), undone);
        app.update(Action::Redo);
        assert_eq!(status(&app), redone);
        app.update(Action::DeleteIdea);
        app.update(Action::Undo);
        assert_eq!(status(&app), nothing_changed);
        // A paste of three lines is one step of three ideas.
        app.update(Action::Paste("eins\nzwei\ndrei".into()));
        app.update(Action::CancelInput);
        app.update(Action::Undo);
        let three = if lang == Language::En {
            "Undone: 3 ideas added."
        } else {
            "Rückgängig gemacht: 3 Ideen hinzugefügt."
        };
        assert_eq!(status(&app), three);
    }
}

#[test]
fn an_edit_that_cleans_to_the_same_text_is_no_undo_step() {
    let Fixture { _dir, path, mut app } = fixture(workshop(Language::En, &[], false));
    app.update(Action::StartCapture);
    type_text(&mut app, "Mehr Tageslicht");
    app.update(Action::SubmitInput);
    app.update(Action::CancelInput);
    // Trailing blanks are cleaned away by the core: nothing changes.
    app.update(Action::EditIdea);
    type_text(&mut app, "   ");
    app.update(Action::SubmitInput);
    assert_eq!(app.mode(), Mode::Board, "the edit is done");
    assert_eq!(ideas_on_disk(&path), ["Mehr Tageslicht"]);
    app.update(Action::Undo);
    assert_eq!(
        status(&app),
        "Undone: idea added.",
        "the undo skips the empty step"
    );
    assert!(ideas_in_memory(&app).is_empty());
    app.update(Action::Undo);
    assert_eq!(status(&app), "Nothing to undo.");
    // A real edit is one step.
    app.update(Action::Redo);
    app.update(Action::EditIdea);
    type_text(&mut app, ", bitte");
    app.update(Action::SubmitInput);
    app.update(Action::Undo);
    assert_eq!(status(&app), "Undone: idea changed.");
    assert_eq!(ideas_in_memory(&app), ["Mehr Tageslicht"]);
}

#[test]
fn undo_and_redo_many_steps() {
    let Fixture { _dir, path, mut app } = fixture(workshop(Language::En, &[], false));
    app.update(Action::StartCapture);
    for n in 0..30 {
        type_text(&mut app, &format!("Idee {n}"));
        app.update(Action::SubmitInput);
    }
    app.update(Action::CancelInput);
    for _ in 0..30 {
        app.update(Action::Undo);
    }
    assert!(ideas_on_disk(&path).is_empty());
    app.update(Action::Undo);
    assert_eq!(
        app.message.as_ref().map(|m| m.text.as_str()),
        Some("Nothing to undo.")
    );
    for _ in 0..30 {
        app.update(Action::Redo);
    }
    assert_eq!(ideas_on_disk(&path).len(), 30);
    assert_eq!(ideas_on_disk(&path)[29], "Idee 29");
}

#[test]
fn edit_and_delete_the_selected_idea() {
    let Fixture { _dir, path, mut app } = fixture(workshop(Language::De, &[], false));
    app.update(Action::StartCapture);
    for text in ["eins", "zwei", "drei"] {
        type_text(&mut app, text);
        app.update(Action::SubmitInput);
    }
    app.update(Action::CancelInput);
    app.update(Action::SelectFirst);
    app.update(Action::SelectNext);
    app.update(Action::EditIdea);
    app.update(Action::ClearInput);
    type_text(&mut app, "zwo");
    app.update(Action::SubmitInput);
    assert_eq!(app.mode(), Mode::Board);
    app.update(Action::SelectLast);
    app.update(Action::DeleteIdea);
    assert_eq!(ideas_on_disk(&path), ["eins", "zwo"]);
    app.update(Action::Undo);
    app.update(Action::Undo);
    assert_eq!(ideas_on_disk(&path), ["eins", "zwei", "drei"]);
}

#[test]
fn escape_keeps_the_draft_for_later() {
    let Fixture { _dir, mut app, .. } = fixture(workshop(Language::De, &[], false));
    app.update(Action::StartCapture);
    type_text(&mut app, "halb fertig");
    app.update(Action::CancelInput);
    app.update(Action::StartCapture);
    app.update(Action::SubmitInput);
    assert_eq!(ideas_in_memory(&app), ["halb fertig"]);
}

#[test]
fn a_multi_line_paste_is_one_idea_per_line_and_one_undo_step() {
    let Fixture { _dir, path, mut app } = fixture(workshop(Language::De, &[], false));
    app.update(Action::StartCapture);
    let lines: Vec<String> = (0..1_000).map(|n| format!("Zeile {n}")).collect();
    app.update(Action::Paste(format!("{}\r\n\r\n", lines.join("\r\n"))));
    assert_eq!(ideas_on_disk(&path), lines);
    assert_eq!(app.mode(), Mode::Input, "still ready for the next idea");
    app.update(Action::Undo);
    assert!(ideas_on_disk(&path).is_empty());
}

#[test]
fn a_ten_thousand_character_paste_stays_whole() {
    let Fixture { _dir, path, mut app } = fixture(workshop(Language::De, &[], false));
    app.update(Action::StartCapture);
    let long: String = "Lärmschutz für Großraumbüros 🌞 "
        .chars()
        .cycle()
        .take(10_000)
        .collect();
    app.update(Action::Paste(long.clone()));
    for _ in 0..10 {
        app.update(Action::MoveCursorLeft);
        render(&app, 80, 24);
    }
    app.update(Action::MoveCursorEnd);
    app.update(Action::SubmitInput);
    render(&app, 200, 60);
    assert_eq!(ideas_on_disk(&path), [long.trim_end().to_string()]);
}

#[test]
fn a_paste_on_the_board_opens_the_field_or_adds_lines() {
    let Fixture { _dir, mut app, .. } = fixture(workshop(Language::De, &[], false));
    app.update(Action::Paste("eine Zeile\n".into()));
    assert_eq!(app.mode(), Mode::Input);
    app.update(Action::SubmitInput);
    app.update(Action::CancelInput);
    app.update(Action::Paste("a\nb".into()));
    assert_eq!(ideas_in_memory(&app), ["eine Zeile", "a", "b"]);
}

#[test]
fn a_phase_without_capture_says_so() {
    let mut session = workshop(Language::En, &[], false);
    session.current_phase = 0;
    let Fixture { _dir, mut app, .. } = fixture(session);
    app.update(Action::StartCapture);
    assert_eq!(app.mode(), Mode::Board);
    let message = app.message.as_ref().map(|m| m.text.clone()).unwrap_or_default();
    assert!(message.contains("does not collect"), "{message}");
}

#[test]
fn authors_cycle_and_anonymous_sessions_have_none() {
    let Fixture { _dir, mut app, .. } = fixture(workshop(Language::De, &["Anna", "Jörg"], false));
    app.update(Action::CycleAuthor);
    app.update(Action::CycleAuthor);
    app.update(Action::StartCapture);
    type_text(&mut app, "von Jörg");
    app.update(Action::SubmitInput);
    app.update(Action::CycleAuthor);
    type_text(&mut app, "ohne Namen");
    app.update(Action::SubmitInput);
    app.update(Action::CycleAuthorBack);
    type_text(&mut app, "wieder Jörg");
    app.update(Action::SubmitInput);
    let board = app.board().expect("board");
    let names: Vec<Option<&str>> = board
        .session
        .ideas
        .iter()
        .map(|i| {
            i.authors
                .first()
                .and_then(|id| board.session.participant_name(*id))
        })
        .collect();
    assert_eq!(names, [Some("Jörg"), None, Some("Jörg")]);

    let Fixture { _dir, mut app, .. } = fixture(workshop(Language::De, &["Anna"], true));
    app.update(Action::CycleAuthor);
    app.update(Action::StartCapture);
    type_text(&mut app, "anonym");
    app.update(Action::SubmitInput);
    assert!(app.board().expect("board").session.ideas[0].authors.is_empty());
    let message = app.message.as_ref().map(|m| m.text.clone()).unwrap_or_default();
    assert!(message.contains("Anonyme Sitzung"), "{message}");
}

#[test]
fn silent_brainwriting_covers_cards_until_revealed_together() {
    let Fixture { _dir, path, mut app } = fixture(workshop(Language::De, &[], false));
    app.update(Action::ToggleBrainwriting);
    app.update(Action::StartCapture);
    for text in ["geheim eins", "geheim zwei"] {
        type_text(&mut app, text);
        app.update(Action::SubmitInput);
    }
    app.update(Action::CancelInput);
    let screen = render(&app, 80, 24);
    assert!(
        !screen.contains("geheim"),
        "covered cards hide their text:\n{screen}"
    );
    assert!(screen.contains("verdeckte Karte"));
    let hidden = |path: &Path| {
        store::load(path)
            .expect("loads")
            .ideas
            .iter()
            .filter(|i| i.hidden)
            .count()
    };
    assert_eq!(hidden(&path), 2);
    app.update(Action::RevealIdeas);
    assert_eq!(hidden(&path), 0);
    assert!(render(&app, 80, 24).contains("geheim zwei"));
    app.update(Action::Undo);
    assert_eq!(hidden(&path), 2, "the reveal is one undo step");
}

#[test]
fn silent_brainwriting_is_saved_with_the_phase_and_undone_like_any_change() {
    let Fixture { _dir, path, mut app } = fixture(workshop(Language::De, &[], false));
    let silent_on_disk = |path: &Path| store::load(path).expect("loads").phases[1].brainwriting;
    app.update(Action::ToggleBrainwriting);
    assert!(silent_on_disk(&path), "saved with the phase");
    app.update(Action::Undo);
    assert!(!silent_on_disk(&path), "one undo step");
    app.update(Action::Redo);
    drop(app);

    // Reopened: still silent, so a new idea is a covered card.
    let Fixture { mut app, .. } = fixture(store::load(&path).expect("loads"));
    app.update(Action::StartCapture);
    type_text(&mut app, "nach dem Öffnen");
    app.update(Action::SubmitInput);
    let board = app.board().expect("board");
    assert!(board.brainwriting());
    assert!(board.session.ideas.iter().all(|i| i.hidden));
    assert!(!render(&app, 80, 24).contains("nach dem Öffnen"));
}

#[test]
fn the_timer_counts_rings_once_and_records_its_seconds() {
    let Fixture { _dir, path, mut app } = fixture(workshop(Language::En, &[], false));
    // `-` and `+` change this countdown, not the phase's planned timebox,
    // and they are no edit to undo.
    app.update(Action::RemoveMinute);
    let timebox = app.board().and_then(|b| b.phase()).map(|p| p.timebox_minutes);
    assert_eq!(timebox, Some(45));
    assert_eq!(app.board().map(|b| b.seconds_left(app.now)), Some(44 * 60));
    assert_eq!(store::load(&path).expect("loads").phases[1].timebox_minutes, 45);
    assert!(!app.board().is_some_and(|b| b.can_undo()));
    app.update(Action::AddMinute);
    app.update(Action::ToggleTimer);
    assert!(app.needs_ticks(), "the loop wakes while the timer runs");
    app.update(Action::Tick(at(60)));
    assert_eq!(app.board().map(|b| b.seconds_left(app.now)), Some(44 * 60));
    assert!(!app.bell);
    app.update(Action::Tick(at(45 * 60 + 1)));
    assert!(app.bell, "time up rings");
    app.bell = false;
    app.update(Action::Tick(at(45 * 60 + 2)));
    assert!(!app.bell, "only once");
    app.update(Action::ToggleTimer);
    assert!(!app.needs_ticks(), "a paused timer lets the loop sleep");
    let used = store::load(&path).expect("loads").phases[1].seconds_used;
    assert_eq!(used, 45 * 60 + 2);
    // One more minute: time left again; the reset goes back to the plan.
    app.update(Action::AddMinute);
    assert_eq!(app.board().map(|b| b.seconds_left(app.now)), Some(58));
    assert_eq!(store::load(&path).expect("loads").phases[1].timebox_minutes, 45);
    app.update(Action::ResetTimer);
    assert_eq!(app.board().map(|b| b.seconds_left(app.now)), Some(45 * 60));
}

#[test]
fn no_bell_keeps_quiet() {
    let Fixture { _dir, mut app, .. } = fixture(workshop(Language::En, &[], false));
    app.options.no_bell = true;
    app.update(Action::ToggleTimer);
    app.update(Action::Tick(at(46 * 60)));
    assert!(!app.bell);
}

#[test]
fn undoing_a_phase_edit_never_rewinds_the_clock() {
    let Fixture { _dir, path, mut app } = fixture(workshop(Language::De, &[], false));
    app.update(Action::EditPhase);
    app.update(Action::ClearInput);
    type_text(&mut app, "Was nervt?");
    app.update(Action::SubmitInput);
    app.update(Action::ToggleTimer);
    app.update(Action::Tick(at(300)));
    app.update(Action::ToggleTimer);
    app.update(Action::Undo);
    let phase = store::load(&path).expect("loads").phases[1].clone();
    assert_ne!(phase.question, "Was nervt?", "the edit is undone");
    assert_eq!(phase.seconds_used, 300, "the clock is not");
}

#[test]
fn phases_can_be_added_edited_moved_and_removed() {
    let Fixture { _dir, path, mut app } = fixture(workshop(Language::De, &[], false));
    app.update(Action::AddPhase);
    assert_eq!(app.mode(), Mode::Form);
    app.update(Action::ClearInput);
    type_text(&mut app, "Pause");
    app.update(Action::NextField);
    type_text(&mut app, "Kaffee?");
    app.update(Action::NextField);
    app.update(Action::ClearInput);
    type_text(&mut app, "abc");
    app.update(Action::SubmitInput);
    assert_eq!(app.mode(), Mode::Form, "a bad timebox keeps the form open");
    app.update(Action::ClearInput);
    type_text(&mut app, "10");
    app.update(Action::SubmitInput);
    let titles = |path: &Path| -> Vec<String> {
        store::load(path)
            .expect("loads")
            .phases
            .into_iter()
            .map(|p| p.title)
            .collect()
    };
    assert_eq!(titles(&path)[2], "Pause");
    assert_eq!(app.board().map(|b| b.session.current_phase), Some(2));
    app.update(Action::MovePhaseEarlier);
    assert_eq!(titles(&path)[1], "Pause");
    assert_eq!(app.board().map(|b| b.session.current_phase), Some(1));
    app.update(Action::RemovePhase);
    assert!(!titles(&path).contains(&"Pause".to_string()));
    // A phase with ideas stays.
    app.update(Action::GoToPhase(2));
    app.update(Action::StartCapture);
    type_text(&mut app, "bleibt");
    app.update(Action::SubmitInput);
    app.update(Action::CancelInput);
    app.update(Action::RemovePhase);
    assert_eq!(titles(&path).len(), 5);
    let message = app.message.as_ref().map(|m| m.text.clone()).unwrap_or_default();
    assert!(message.contains("ohne Ideen"), "{message}");
}

#[test]
fn moving_between_phases_is_not_undone() {
    let Fixture { _dir, mut app, .. } = fixture(workshop(Language::De, &[], false));
    app.update(Action::StartCapture);
    type_text(&mut app, "Idee");
    app.update(Action::SubmitInput);
    app.update(Action::CancelInput);
    app.update(Action::NextPhase);
    app.update(Action::Undo);
    let board = app.board().expect("board");
    assert_eq!(
        board.session.current_phase, 2,
        "undo takes back the idea, not the page turn"
    );
    assert!(board.session.ideas.is_empty());
}

#[test]
fn a_failed_save_is_shown_kept_in_memory_and_retried() {
    let Fixture { _dir, path, mut app } = fixture(workshop(Language::De, &[], false));
    let folder = path.parent().expect("a folder").to_path_buf();
    // The folder disappears (a network share drops away).
    let moved = folder.with_extension("away");
    std::fs::rename(&folder, &moved).expect("move the folder away");
    app.update(Action::StartCapture);
    type_text(&mut app, "nicht verloren");
    app.update(Action::SubmitInput);
    assert!(app.board().expect("board").save_failed());
    assert_eq!(ideas_in_memory(&app), ["nicht verloren"]);
    let screen = render(&app, 80, 24);
    assert!(screen.contains("NICHT GESPEICHERT"), "{screen}");
    // Quitting now warns once instead of losing the idea.
    app.update(Action::CancelInput);
    app.update(Action::Quit);
    assert!(!app.quit, "the first quit only warns");
    // The folder is back; the next tick (the timer runs) saves again.
    std::fs::rename(&moved, &folder).expect("move the folder back");
    app.update(Action::ToggleTimer);
    app.update(Action::Tick(at(15)));
    assert!(!app.board().expect("board").save_failed());
    assert_eq!(ideas_on_disk(&path), ["nicht verloren"]);
    app.update(Action::Quit);
    assert!(app.quit);
}

#[test]
fn a_file_changed_elsewhere_is_not_overwritten_and_ctrl_s_saves_a_copy() {
    let Fixture { _dir, path, mut app } = fixture(workshop(Language::En, &[], false));
    let foreign = "// edited by hand\n".to_string() + &std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, &foreign).expect("change the file elsewhere");
    app.update(Action::StartCapture);
    type_text(&mut app, "mine");
    app.update(Action::SubmitInput);
    app.update(Action::CancelInput);
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        foreign,
        "not overwritten"
    );
    let problem = app.save_problem().unwrap_or_default();
    assert!(problem.contains("changed by another program"), "{problem}");
    assert!(problem.contains("Ctrl+S"), "{problem}");
    app.update(Action::SaveSession);
    let copy = app.board().and_then(|b| b.path.clone()).expect("a path");
    assert_ne!(copy, path);
    assert_eq!(ideas_on_disk(&copy), ["mine"]);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), foreign);
}

#[test]
fn the_interface_follows_the_user_not_the_session_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A German session on an English system: the screens stay English.
    for locale in [None, Some("en_GB.UTF-8".to_string())] {
        let options = Options {
            dir: dir.path().to_path_buf(),
            locale,
            ..Options::default()
        };
        let app = App::with_session(
            options,
            Keymap::defaults(),
            at(0),
            TimeZone::UTC,
            workshop(Language::De, &[], false),
            None,
        );
        assert_eq!(app.lang, Language::En);
    }
    let options = Options {
        dir: dir.path().to_path_buf(),
        lang: Some(Language::En),
        locale: Some("de_DE.UTF-8".into()),
        ..Options::default()
    };
    let app = App::with_session(
        options,
        Keymap::defaults(),
        at(0),
        TimeZone::UTC,
        workshop(Language::De, &[], false),
        None,
    );
    assert_eq!(app.lang, Language::En);
    let options = Options {
        dir: dir.path().to_path_buf(),
        locale: Some("de_AT.UTF-8".into()),
        ..Options::default()
    };
    let app = App::new(options, Keymap::defaults(), at(0), TimeZone::UTC);
    assert_eq!(app.lang, Language::De, "the start screen follows LANG");
}

#[test]
fn keys_follow_the_users_keymap() {
    let overrides = parse_overrides(r#"(board: {"x": delete_idea, "d": ignore_key})"#).expect("valid");
    let dir = tempfile::tempdir().expect("temp dir");
    let options = Options {
        dir: dir.path().to_path_buf(),
        ..Options::default()
    };
    let app = App::with_session(
        options,
        Keymap::with_overrides(overrides),
        at(0),
        TimeZone::UTC,
        workshop(Language::En, &[], false),
        None,
    );
    assert_eq!(app.action_for_key(Key::char('x')), Some(Action::DeleteIdea));
    assert_eq!(app.action_for_key(Key::char('d')), None);
}

#[test]
fn the_start_screen_creates_a_session_from_the_form() {
    let dir = tempfile::tempdir().expect("temp dir");
    let options = Options {
        dir: dir.path().join("neu"),
        lang: Some(Language::De),
        ..Options::default()
    };
    let mut app = App::new(options, Keymap::defaults(), at(0), TimeZone::UTC);
    app.update(Action::OpenSelected);
    assert_eq!(app.mode(), Mode::Form);
    app.update(Action::FocusField(1));
    type_text(&mut app, "Büro der Zukunft");
    app.update(Action::FocusField(3));
    type_text(&mut app, "Anna, Jörg");
    app.update(Action::FocusField(4));
    app.update(Action::InsertChar(' '));
    app.update(Action::SubmitInput);
    let board = app.board().expect("the new session is open");
    assert_eq!(board.session.title, "Büro der Zukunft");
    assert_eq!(board.session.method, "zukunftswerkstatt");
    assert!(board.session.anonymous);
    assert_eq!(board.session.participants.len(), 2);
    let path = board.path.clone().expect("saved");
    assert!(path.starts_with(dir.path().join("neu")));
    assert_eq!(store::load(&path).expect("loads").title, "Büro der Zukunft");
    // Back to the start screen: the session is listed.
    app.update(Action::CloseSession);
    match app.top::<StartScreen>() {
        Some(start) => assert_eq!(start.entries.len(), 1),
        None => panic!("not back on the start screen"),
    }
}

#[test]
fn the_demo_opens_as_a_new_copy_each_time() {
    let dir = tempfile::tempdir().expect("temp dir");
    let options = Options {
        dir: dir.path().to_path_buf(),
        lang: Some(Language::En),
        ..Options::default()
    };
    let mut app = App::new(options, Keymap::defaults(), at(0), TimeZone::UTC);
    app.update(Action::OpenDemo);
    let demo = store::parse_session(plenum::core::method::DEMO_SESSION).expect("the embedded demo loads");
    let board = app.board().expect("the demo copy is open");
    assert_eq!(board.session.title, demo.title);
    assert_eq!(board.session.ideas, demo.ideas);
    assert_ne!(board.session.id, demo.id, "a copy has its own id");
    let path = board.path.clone().expect("saved");
    assert!(path.starts_with(dir.path()));
    app.update(Action::CloseSession);
    app.update(Action::OpenDemo);
    assert_ne!(
        app.board().and_then(|b| b.path.clone()),
        Some(path),
        "each copy is new"
    );
}

#[test]
fn a_broken_file_in_the_list_says_where() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("kaputt.ron"), "(\n  version: 1,\n  title: ").expect("write");
    let options = Options {
        dir: dir.path().to_path_buf(),
        lang: Some(Language::En),
        ..Options::default()
    };
    let mut app = App::new(options, Keymap::defaults(), at(0), TimeZone::UTC);
    app.update(Action::SelectLast);
    app.update(Action::OpenSelected);
    assert!(app.board().is_none());
    let message = app.message.as_ref().map(|m| m.text.clone()).unwrap_or_default();
    assert!(message.contains("kaputt.ron:3:"), "{message}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("kaputt.ron")).expect("read"),
        "(\n  version: 1,\n  title: ",
        "left as it was"
    );
}

#[test]
fn save_problems_are_worded_for_people() {
    use std::io::{Error, ErrorKind};
    let Fixture { _dir, app, .. } = fixture(workshop(Language::De, &[], false));
    let path = Path::new("/srv/workshops/werkstatt.ron");
    let cases = [
        (ErrorKind::PermissionDenied, "schreibgeschützt"),
        (ErrorKind::ReadOnlyFilesystem, "schreibgeschützt"),
        (ErrorKind::StorageFull, "Datenträger ist voll"),
    ];
    for (kind, expected) in cases {
        let error = store::StoreError::io(path, "replace", Error::from(kind));
        let text = app.describe_store_error(&error);
        assert!(
            text.contains(expected) && text.contains("/srv/workshops"),
            "{kind:?}: {text}"
        );
    }
}

#[test]
fn the_running_countdown_is_in_the_file_for_an_audience_view_and_a_restart() {
    let Fixture { _dir, path, mut app } = fixture(workshop(Language::En, &[], false));
    app.update(Action::AddMinute);
    app.update(Action::ToggleTimer);
    let saved = store::load(&path).expect("loads");
    let clock = saved.clock.expect("the running countdown is saved");
    assert_eq!(clock.running_since, Some(at(0)));
    assert_eq!(clock.extra_seconds, 60);
    // Another process counts down the same way from the file alone.
    assert_eq!(saved.seconds_left(at(100)), Some(46 * 60 - 100));
    assert!(saved.clock_running());
    assert!(!app.board().is_some_and(|b| b.can_undo()), "the clock is no edit");

    // The control terminal dies; reopened, the countdown runs on.
    drop(app);
    let (file, session) = SessionFile::open(&path).expect("reopens");
    let options = Options {
        dir: _dir.path().to_path_buf(),
        ..Options::default()
    };
    let mut app = App::with_session(
        options,
        Keymap::defaults(),
        at(200),
        TimeZone::UTC,
        session,
        Some(file),
    );
    assert!(app.needs_ticks(), "still running");
    assert_eq!(app.board().map(|b| b.seconds_left(at(200))), Some(46 * 60 - 200));
    // Paused: the file says so; the next phase starts without a clock.
    app.update(Action::Tick(at(200)));
    app.update(Action::ToggleTimer);
    let saved = store::load(&path).expect("loads");
    assert_eq!(saved.clock.and_then(|c| c.running_since), None);
    assert_eq!(saved.seconds_left(at(999)), Some(46 * 60 - 200));
    app.update(Action::NextPhase);
    assert_eq!(store::load(&path).expect("loads").clock, None);
}

#[test]
fn the_stage_tells_the_room_whose_turn_it_is_and_nothing_of_the_ballot() {
    use plenum::present::link::{RoomLayout, Showing};
    let mut session = workshop(Language::En, &["Anna", "Ben"], false);
    let phase = session.phases[1].id;
    session.ideas = (0..3)
        .map(|n| plenum::core::Idea {
            id: plenum::core::IdeaId::from_u128(n + 1),
            phase,
            text: format!("Idea {n}"),
            authors: Vec::new(),
            cluster: None,
            hidden: false,
        })
        .collect();
    let Fixture { _dir, path, mut app } = fixture(session);
    let (file, stage) = app.stage().expect("a session file is open");
    assert_eq!(file, path);
    assert_eq!(stage.showing, Showing::Board);
    assert_eq!(stage.selected, Some(plenum::core::IdeaId::from_u128(1)));
    app.update(Action::ToggleRoomLayout);
    assert_eq!(app.stage().expect("open").1.layout, RoomLayout::Large);
    app.update(Action::EnterClusterMode);
    assert_eq!(app.stage().expect("open").1.showing, Showing::Cluster);
}

#[test]
fn the_new_session_form_speaks_the_language_chosen_in_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let options = Options {
        dir: dir.path().to_path_buf(),
        lang: Some(Language::En),
        ..Options::default()
    };
    let mut app = App::new(options, Keymap::defaults(), at(0), TimeZone::UTC);
    app.update(Action::OpenNewSessionForm);
    assert!(render(&app, 80, 24).contains("Language"));
    // To the language field, and German chosen.
    app.update(Action::NextField);
    app.update(Action::NextField);
    app.update(Action::MoveCursorRight);
    let screen = render(&app, 80, 24);
    assert!(screen.contains("Sprache"), "{screen}");
    assert!(screen.contains("Neue Sitzung"), "{screen}");
}

#[test]
fn events_that_mean_nothing_cost_no_frame() {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind};
    use plenum::tui::event_loop::handle;
    use plenum::tui::view::Hits;
    let Fixture { _dir, mut app, .. } = fixture(workshop(Language::En, &[], false));
    let hits = Hits::default();
    let moved = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Moved,
        column: 3,
        row: 4,
        modifiers: KeyModifiers::NONE,
    });
    assert!(!handle(&mut app, &hits, &moved), "a mouse move draws nothing");
    let unbound = Event::Key(KeyEvent::new(KeyCode::F(12), KeyModifiers::NONE));
    assert!(!handle(&mut app, &hits, &unbound), "an unbound key draws nothing");
    assert!(
        handle(&mut app, &hits, &Event::Resize(100, 30)),
        "a new size is drawn"
    );
    let capture = Event::Key(KeyEvent::new(KeyCode::Char('a'), KeyModifiers::NONE));
    assert!(handle(&mut app, &hits, &capture), "an action is drawn");
    assert_eq!(app.mode(), Mode::Input);
}

#[test]
fn a_german_board_words_every_refusal_in_german() {
    use plenum::core::voting::{OptionSource, RoundSpec, open_round};
    use plenum::core::{Command, DomainError, Idea, IdeaId, Refusal, RoundId};
    use plenum::i18n::describe_refusal;
    use strum::IntoEnumIterator;

    let mut session = workshop(Language::De, &[], false);
    let phase = session.phases[1].id;
    let idea = Idea {
        id: IdeaId::from_u128(7),
        phase,
        text: "Mehr Grün im Hof".into(),
        authors: vec![],
        cluster: None,
        hidden: false,
    };
    session
        .apply(Command::AddIdea { idea, index: 0 })
        .expect("the idea");
    let spec = RoundSpec::new(RoundId::from_u128(1), phase, "Was zuerst?", OptionSource::Ideas);
    let round = open_round(&session, &spec).expect("a round on the idea");
    session.apply(round).expect("the round opens");
    let Fixture { _dir, path, mut app } = fixture(session);

    // Deleting an idea that is up for a vote is refused, in German.
    app.update(Action::SelectFirst);
    app.update(Action::DeleteIdea);
    assert_eq!(ideas_on_disk(&path), ["Mehr Grün im Hof"]);
    let message = app.message.as_ref().map(|m| m.text.clone()).unwrap_or_default();
    let refused = DomainError::Refused(Refusal::IdeaIsVoteOption);
    assert_eq!(message, describe_refusal(Language::De, &refused));
    assert!(render(&app, 160, 40).contains("Die Idee steht in einer Abstimmung zur Wahl"));

    // And so is every other refusal the core can give.
    for refusal in Refusal::iter() {
        let error = DomainError::Refused(refusal.clone());
        let shown = app.describe_domain_error(&error);
        let english = describe_refusal(Language::En, &error);
        assert_eq!(shown, describe_refusal(Language::De, &error), "{refusal:?}");
        assert_ne!(shown, english, "{refusal:?} is shown in English");
        assert!(!shown.contains(&refusal.to_string()), "{refusal:?}: {shown}");
    }
}

/// Ideas of the current phase, the first `clustered` of them each in a
/// cluster of its own.
fn with_ideas(mut session: Session, texts: &[&str], clustered: usize) -> Session {
    let phase = session.phases[1].id;
    for (n, text) in texts.iter().enumerate() {
        let cluster = (n < clustered).then(|| {
            let id = plenum::core::ClusterId::from_u128(100 + n as u128);
            session.clusters.push(plenum::core::Cluster {
                id,
                phase,
                title: format!("Cluster {n}"),
            });
            id
        });
        session.ideas.push(plenum::core::Idea {
            id: plenum::core::IdeaId::from_u128(n as u128 + 1),
            phase,
            text: text.to_string(),
            authors: Vec::new(),
            cluster,
            hidden: false,
        });
    }
    session
}

#[test]
fn a_long_idea_is_readable_in_full_on_the_board_and_in_cluster_mode() {
    let long = "Nobody knows who decides about the budget for the summer festival, so every \
                year the planning starts too late and the same three people end up with all of it";
    let session = with_ideas(workshop(Language::En, &[], false), &[long, "Short"], 0);
    let Fixture { _dir, mut app, .. } = fixture(session);
    let board = render(&app, 80, 24);
    assert!(board.contains("Selected idea"), "{board}");
    assert!(board.contains("with all of it"), "{board}");
    // A short idea fits its row: no panel.
    app.update(Action::SelectNext);
    assert!(!render(&app, 80, 24).contains("Selected idea"));
    app.update(Action::SelectPrevious);
    app.update(Action::EnterClusterMode);
    let cluster = render(&app, 80, 24);
    assert!(cluster.contains("the same three people end up"), "{cluster}");
}

#[test]
fn at_100_columns_cluster_mode_shows_every_cluster_and_no_empty_unclustered_column() {
    let texts = ["One", "Two", "Three", "Four", "Five"];
    let session = with_ideas(workshop(Language::En, &[], false), &texts, 5);
    let Fixture { _dir, mut app, .. } = fixture(session);
    app.update(Action::EnterClusterMode);
    let screen = render(&app, 100, 30);
    for n in 0..5 {
        assert!(screen.contains(&format!("Cluster {n}")), "{screen}");
    }
    assert!(!screen.contains("Not clustered"), "{screen}");
}

#[test]
fn the_selected_idea_is_marked_by_a_character_not_only_a_colour() {
    let session = with_ideas(workshop(Language::En, &[], false), &["First", "Second"], 0);
    let Fixture { _dir, mut app, .. } = fixture(session);
    app.update(Action::SelectNext);
    let screen = render(&app, 80, 24);
    assert!(screen.contains("▶ Second"), "{screen}");
    assert!(!screen.contains("▶ First"), "{screen}");
}

#[test]
fn the_status_line_says_an_audience_view_is_attached_whatever_the_message() {
    let Fixture { _dir, mut app, .. } = fixture(workshop(Language::En, &[], false));
    assert!(!render(&app, 80, 24).contains("▣"));
    app.presenters = 1;
    app.inform("A long message that takes the whole status line and more, much more than fits in it");
    let screen = render(&app, 80, 24);
    assert!(screen.contains("▣"), "{screen}");
}
