//! A monkey at the shared keyboard: random keys, clicks, pastes, timer ticks
//! and window sizes, drawn after every event. Whatever happens, plenum must
//! not panic, and the session file on disk must always load again.

use crossterm::event::{KeyCode, KeyModifiers};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use plenum::core::Language;
use plenum::store;
use plenum::tui::action::Action;
use plenum::tui::app::{App, Options};
use plenum::tui::keymap::{Key, Keymap};
use plenum::tui::theme::Theme;
use plenum::tui::view::{self, Hits};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[derive(Debug, Clone)]
enum Event {
    Key(Key),
    Paste(String),
    Click { column: u16, row: u16, right: bool },
    Tick(i64),
    Resize(u16, u16),
}

fn key() -> impl Strategy<Value = Key> {
    let codes = prop_oneof![
        Just(KeyCode::Enter),
        Just(KeyCode::Esc),
        Just(KeyCode::Tab),
        Just(KeyCode::BackTab),
        Just(KeyCode::Up),
        Just(KeyCode::Down),
        Just(KeyCode::Left),
        Just(KeyCode::Right),
        Just(KeyCode::Home),
        Just(KeyCode::End),
        Just(KeyCode::PageUp),
        Just(KeyCode::PageDown),
        Just(KeyCode::Backspace),
        Just(KeyCode::Delete),
        Just(KeyCode::F(1)),
    ];
    prop_oneof![
        // Printable keys most of the time: they drive every screen's bindings.
        6 => proptest::char::ranges(vec!['a'..='z', 'A'..='Z', '0'..='9'].into()).prop_map(Key::char),
        2 => prop::sample::select(vec![' ', '?', '+', '-', '=', '<', '>', 'ä', 'ß', '🚀']).prop_map(Key::char),
        3 => codes.prop_map(Key::plain),
        1 => prop::sample::select(vec!['z', 'y', 'r', 's', 'u', 'a', 'e', 'j']).prop_map(Key::ctrl),
        1 => prop::sample::select(vec![KeyCode::Enter, KeyCode::Up, KeyCode::Down, KeyCode::Left, KeyCode::Right])
            .prop_map(Key::alt),
        1 => prop::sample::select(vec![KeyCode::Up, KeyCode::Down, KeyCode::Left, KeyCode::Right])
            .prop_map(|code| Key::new(code, KeyModifiers::SHIFT)),
    ]
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        30 => key().prop_map(Event::Key),
        1 => "(\\PC{0,40}\n){0,3}\\PC{0,40}".prop_map(Event::Paste),
        3 => (0u16..220, 0u16..70, any::<bool>()).prop_map(|(column, row, right)| Event::Click { column, row, right }),
        2 => (1i64..120).prop_map(Event::Tick),
        1 => (1u16..220, 1u16..70).prop_map(|(w, h)| Event::Resize(w, h)),
    ]
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App, theme: &Theme) -> Hits {
    let mut hits = Hits::default();
    terminal
        .draw(|frame| hits = view::render(app, theme, frame))
        .expect("drawing never fails");
    hits
}

fn check_file_loads(app: &App) {
    if let Some(board) = app.board()
        && let Some(path) = &board.path
    {
        let saved = store::load(path).unwrap_or_else(|e| panic!("the saved session must load: {e}"));
        assert_eq!(
            saved.ideas, board.session.ideas,
            "the file holds what the screen shows"
        );
    }
}

proptest! {
    // 48 cases keep `cargo test` fast; set PLENUM_MONKEY_CASES for a long hunt.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PLENUM_MONKEY_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(48),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_use_never_panics_and_never_breaks_the_file(
        german in any::<bool>(),
        start_with_demo in any::<bool>(),
        events in prop::collection::vec(event(), 1..120),
    ) {
        let dir = tempfile::tempdir().expect("temp dir");
        let options = Options {
            dir: dir.path().to_path_buf(),
            config_dir: None,
            lang: Some(if german { Language::De } else { Language::En }),
            locale: None,
            no_bell: true,
        };
        let mut now: Timestamp = "2026-11-29T09:00:00Z".parse().expect("timestamp");
        let mut app = App::new(options, Keymap::defaults(), now, TimeZone::UTC);
        if start_with_demo {
            app.update(Action::OpenDemo);
        }
        let (theme, _) = Theme::load(None, None, false);
        let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("test terminal");
        let mut hits = draw(&mut terminal, &app, &theme);
        for event in events {
            let action = match event {
                Event::Key(key) => app.action_for_key(key),
                Event::Paste(text) => Some(Action::Paste(text)),
                Event::Click { column, row, right: false } => hits.action_at(column, row),
                Event::Click { column, row, right: true } => hits.secondary_action_at(column, row),
                Event::Tick(seconds) => {
                    now = now.checked_add(SignedDuration::from_secs(seconds)).expect("in range");
                    Some(Action::Tick(now))
                }
                Event::Resize(width, height) => {
                    terminal.backend_mut().resize(width, height);
                    None
                }
            };
            // The monkey must not end the session; quitting is tested elsewhere.
            if let Some(action) = action.filter(|a| *a != Action::Quit) {
                app.update(action);
            }
            hits = draw(&mut terminal, &app, &theme);
            if app.quit {
                break;
            }
        }
        check_file_loads(&app);
    }
}
