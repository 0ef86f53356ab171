//! Screen tests: an `App` built in memory with a fixed "now", drawn into a
//! `TestBackend`, compared with a reviewed insta snapshot and checked for
//! English text on German screens.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use plenum::core::{Language, Session};
use plenum::i18n::Msg;
use plenum::store::SessionFile;
use plenum::tui::action::Action;
use plenum::tui::app::{App, Options};
use plenum::tui::keymap::Keymap;
use plenum::tui::theme::Theme;
use plenum::tui::view::{self, Hits};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use std::path::{Path, PathBuf};

/// The two sizes every screen is snapshotted at.
pub const SIZES: [(u16, u16); 2] = [(80, 24), (200, 60)];

/// The fixed "now" of the screen tests.
pub fn now() -> Timestamp {
    "2026-03-12T09:30:00Z".parse().expect("a valid timestamp")
}

pub fn both_languages() -> [Language; 2] {
    [Language::En, Language::De]
}

/// Runs `test` for both languages at both sizes.
pub fn each_case(mut test: impl FnMut(Language, u16, u16)) {
    for lang in both_languages() {
        for (width, height) in SIZES {
            test(lang, width, height);
        }
    }
}

/// A fresh folder `base/name`: stable and relative, because it shows on
/// some screens.
pub fn fresh_folder(base: &str, name: &str) -> PathBuf {
    let dir = Path::new(base).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create the test folder");
    dir
}

pub fn options(lang: Language, dir: PathBuf) -> Options {
    Options {
        dir,
        config_dir: None,
        lang: Some(lang),
        locale: None,
        no_bell: true,
    }
}

/// The app on the session screen at `now`, saving to `file_name` in `dir`.
pub fn session_app(lang: Language, dir: PathBuf, file_name: &str, session: Session, now: Timestamp) -> App {
    let file = SessionFile::create(&dir.join(file_name), &session).expect("create the session file");
    App::with_session(
        options(lang, dir),
        Keymap::defaults(),
        now,
        TimeZone::UTC,
        session,
        Some(file),
    )
}

pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::InsertChar(c));
    }
}

/// What a frame drew: the text as the `TestBackend` shows it (each row in
/// quotes), the cells with their styles, and the click targets.
pub struct Drawn {
    pub text: String,
    pub buffer: Buffer,
    pub hits: Hits,
}

/// Draws one frame with the default theme.
pub fn draw(app: &App, width: u16, height: u16) -> Drawn {
    let (theme, problems) = Theme::load(None, None, false);
    assert!(problems.is_empty());
    draw_with(app, &theme, width, height)
}

pub fn draw_with(app: &App, theme: &Theme, width: u16, height: u16) -> Drawn {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    let mut hits = Hits::default();
    terminal
        .draw(|frame| hits = view::render(app, theme, frame))
        .expect("drawing never fails");
    Drawn {
        text: terminal.backend().to_string(),
        buffer: terminal.backend().buffer().clone(),
        hits,
    }
}

/// The snapshot's name: the case, the size and the language.
pub fn snapshot_name(name: &str, app: &App, width: u16, height: u16) -> String {
    format!("{name}_{width}x{height}_{}", app.lang.code())
}

/// Draws `app`, compares the frame with the snapshot `name` and checks a
/// German screen for English text; gives back what was drawn. A macro, so
/// that insta names and files the snapshot after the calling test file.
#[allow(unused_macros)]
macro_rules! snapshot {
    ($name:expr, $app:expr, $width:expr, $height:expr) => {{
        let (name, app, width, height) = ($name, $app, $width, $height);
        let drawn = $crate::common::screen::draw(app, width, height);
        insta::assert_snapshot!(
            $crate::common::screen::snapshot_name(name, app, width, height),
            drawn.text
        );
        $crate::common::screen::check_german(app, &drawn.text, name);
        drawn
    }};
}
#[allow(unused_imports)]
pub(crate) use snapshot;

/// No text of the catalogue that differs between the languages may appear
/// in English on a German screen.
pub fn check_german(app: &App, screen: &str, name: &str) {
    if app.lang != Language::De {
        return;
    }
    let screen: String = screen.lines().collect::<Vec<_>>().join(" ");
    for msg in Msg::ALL {
        let english = msg.text(Language::En);
        let german = msg.text(Language::De);
        if english == german {
            continue;
        }
        for piece in english.split(['{', '}']).step_by(2) {
            let piece = piece.trim();
            if piece.chars().count() >= 5 && !german.contains(piece) {
                assert!(
                    !screen.contains(piece),
                    "{name}: English text {piece:?} ({msg:?}) on a German screen"
                );
            }
        }
    }
}

/// Column and row of the first place `needle` is drawn.
pub fn find(screen: &str, needle: &str) -> Option<(u16, u16)> {
    // The TestBackend shows each row in quotes: `"row text"`.
    for (row, line) in screen.lines().enumerate() {
        let inner = line.strip_prefix('"').unwrap_or(line);
        if let Some(byte) = inner.find(needle) {
            let column = unicode_width::UnicodeWidthStr::width(&inner[..byte]);
            return Some((column as u16, row as u16));
        }
    }
    None
}
