//! The terminal side: set the terminal up, turn its events into actions,
//! draw, and put everything back on every way out.
//!
//! No busy loop: the loop blocks on one channel ([`super::wakeups`]) fed by
//! the terminal, the signals, the saver and (`plenum host`) the SSH server,
//! and wakes once a second only while a timer runs. A change is drawn first
//! and saved after the frame, in the background. On quit, panic and SIGTERM, SIGHUP, SIGINT and SIGQUIT
//! the last save is waited for and the terminal restored (raw mode,
//! alternate screen, mouse capture, bracketed paste, cursor); SIGTSTP
//! leaves the terminal before stopping, SIGCONT takes it again.

use super::Launch;
use super::action::Action;
use super::app::{App, Options};
use super::document::SAVE_RETRY;
use super::hosting::Hosting;
use super::keymap::{Key, Keymap};
use super::theme::Theme;
use super::view::{self, Hits};
use super::wakeups::{SignalMeaning, Wake, Wakeups};
use crate::i18n::{self, Msg, fill, tr};
use crate::store;
use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event, MouseButton,
    MouseEventKind,
};
use crossterm::execute;
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io::{self, BufWriter, IsTerminal, Stdout, Write};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Mutex;
use std::time::Duration;

/// Frames go out through a buffer as large as any frame, in one write: a
/// terminal never shows half a frame (a new idea counted, the old "saved").
type Term = Terminal<CrosstermBackend<BufWriter<Stdout>>>;
const FRAME_BUFFER: usize = 1 << 18;

/// The message of a panic, kept until the terminal is back to normal.
static PANIC_MESSAGE: Mutex<Option<String>> = Mutex::new(None);

pub fn run(launch: Launch) -> Result<(), Box<dyn std::error::Error>> {
    let mut app = prepare(&launch)?;
    let theme = load_theme(&launch, &mut app);
    // One channel for everything that wakes the loop; the server's events
    // go into it from the start, the terminal's once it is set up.
    let wakeups = Wakeups::new();
    let mut hosting = match launch.host.clone() {
        Some(config) => Some(Hosting::start(config, &app, wakeups.host_sink())?),
        None => None,
    };

    let previous_hook = panic::take_hook();
    panic::set_hook(Box::new(|info| {
        // A participant's connection that panics ends alone (its task
        // unwinds on the server's thread); the facilitator's screen goes on.
        if std::thread::current().name() == Some(crate::host::SERVER_THREAD) {
            return;
        }
        if let Ok(mut slot) = PANIC_MESSAGE.lock() {
            *slot = Some(info.to_string());
        }
    }));
    if let Some(hosting) = &hosting {
        hosting.greet(&mut app);
    }
    let outcome = with_terminal(&mut app, theme, &wakeups, hosting.as_mut());
    panic::set_hook(previous_hook);
    if let Some(hosting) = hosting {
        hosting.stop();
    }
    // The last save has finished; the session's lock goes with it.
    drop(app);
    match outcome {
        Ok(Some(signal)) => std::process::exit(128 + signal),
        Ok(None) => Ok(()),
        Err(error) => Err(error),
    }
}

/// The app before the terminal is touched: options, keymap, the session
/// given on the command line. A file that cannot be opened is an error for
/// the command line, reported before the screen changes.
fn prepare(launch: &Launch) -> Result<App, Box<dyn std::error::Error>> {
    let config_dir = store::config_dir();
    let (keymap, keymap_problem) = Keymap::load(config_dir.as_deref());
    let options = Options {
        dir: launch.dir.clone(),
        config_dir,
        lang: launch.lang,
        locale: i18n::locale_from_env(),
        no_bell: launch.no_bell,
    };
    let mut app = App::new(options, keymap, Timestamp::now(), TimeZone::system());
    if let Some(path) = &launch.open {
        if !path.is_file() {
            return Err(format!("{}: no such session file", path.display()).into());
        }
        app.open_path(path)?;
    }
    if let Some(problem) = keymap_problem {
        let text = fill(app.lang, Msg::KeymapBroken, &[("problem", &problem)]);
        app.warn(text);
    }
    Ok(app)
}

fn load_theme(launch: &Launch, app: &mut App) -> Theme {
    let (theme, problems) = Theme::load(
        launch.theme.as_deref(),
        app.options.config_dir.as_deref(),
        launch.no_color,
    );
    for problem in problems {
        let text = match &problem {
            super::theme::ThemeProblem::NotFound { name, available } => fill(
                app.lang,
                Msg::ThemeNotFound,
                &[
                    ("name", name),
                    ("fallback", &theme.name),
                    ("list", &available.join(", ")),
                ],
            ),
            broken => fill(app.lang, Msg::ThemeBroken, &[("problem", broken)]),
        };
        app.warn(text);
    }
    theme
}

/// Runs the app in the terminal. Returns the signal that ended it, if one did.
fn with_terminal(
    app: &mut App,
    theme: Theme,
    wakeups: &Wakeups,
    hosting: Option<&mut Hosting>,
) -> Result<Option<i32>, Box<dyn std::error::Error>> {
    if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
        return Err(
            "the app needs an interactive terminal; for scripts use the subcommands (plenum --help)".into(),
        );
    }
    let mut terminal = enter_terminal().map_err(|error| {
        restore_terminal();
        format!("the app needs an interactive terminal: {error}")
    })?;
    wakeups.read_terminal().map_err(|error| {
        restore_terminal();
        format!("the app cannot read the terminal: {error}")
    })?;
    #[cfg(unix)]
    if let Err(error) = wakeups.watch_signals() {
        // Without the watcher a kill leaves the terminal raw; say so, run on.
        app.warn(format!("SIGTERM/SIGHUP/SIGINT/SIGQUIT/SIGTSTP: {error}"));
    }
    let mut room = Room::new(theme);
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        drive(&mut terminal, app, &mut room, wakeups, hosting)
    }));
    match outcome {
        Ok(result) => {
            restore_terminal();
            match result {
                // The window was closed before its SIGHUP was read: the
                // same end (the last save is waited for by the caller).
                Err(error) if terminal_gone(&error) => Ok(Some(signal_hook::consts::SIGHUP)),
                other => other.map_err(Into::into),
            }
        }
        Err(_) => {
            // Save first: the terminal can wait, the workshop's work cannot.
            let saved = panic::catch_unwind(AssertUnwindSafe(|| {
                app.update(Action::Tick(Timestamp::now()));
                app.update(Action::Quit);
                app.board().and_then(|b| b.path.clone())
            }));
            restore_terminal();
            let message = PANIC_MESSAGE
                .lock()
                .ok()
                .and_then(|mut slot| slot.take())
                .unwrap_or_default();
            let saved = match saved {
                Ok(Some(path)) => format!(" The session was saved to {}.", path.display()),
                _ => String::new(),
            };
            Err(format!("an internal error stopped the app: {message}.{saved}").into())
        }
    }
}

fn enter_terminal() -> io::Result<Term> {
    take_terminal()?;
    Terminal::new(CrosstermBackend::new(BufWriter::with_capacity(
        FRAME_BUFFER,
        io::stdout(),
    )))
}

/// Raw mode, the alternate screen, mouse capture and bracketed paste: at
/// the start, and again after a stop.
fn take_terminal() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )
}

/// Whether writing to the terminal failed because it is no longer there.
fn terminal_gone(error: &io::Error) -> bool {
    error.kind() == io::ErrorKind::BrokenPipe || error.raw_os_error() == Some(libc::EIO)
}

/// Puts the terminal back as it was. Safe to call more than once and from
/// the signal watcher.
pub fn restore_terminal() {
    let _ = execute!(
        io::stdout(),
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = disable_raw_mode();
}

fn drive(
    terminal: &mut Term,
    app: &mut App,
    room: &mut Room,
    wakeups: &Wakeups,
    mut hosting: Option<&mut Hosting>,
) -> io::Result<Option<i32>> {
    let waker = wakeups.waker();
    let mut hits = Hits::default();
    let mut redraw = true;
    loop {
        if let Some(doc) = app.document_mut() {
            doc.save_in_background(&waker, SAVE_RETRY);
        }
        redraw |= room.follow(app);
        draw_then_save(terminal, app, &room.theme, &mut hits, redraw)?;
        if app.quit {
            return Ok(None);
        }
        if std::mem::take(&mut app.bell) {
            let mut out = io::stdout();
            out.write_all(b"\x07")?;
            out.flush()?;
        }
        let requests_wait = hosting.as_deref().is_some_and(Hosting::has_waiting);
        // Participants' requests left from the last frame: look for keys
        // without sleeping, then go on with them.
        let timeout = if requests_wait {
            Some(Duration::ZERO)
        } else {
            wait_for(app)
        };
        let wake = wakeups.next(timeout);
        app.update(Action::Tick(Timestamp::now()));
        let Some(wake) = wake else {
            // The running timer's next second (or only a look for
            // audience views, which says itself whether it changed much).
            redraw = app
                .board()
                .is_some_and(|board| board.timer.running_since.is_some());
            if let Some(hosting) = hosting.as_deref_mut() {
                redraw |= hosting.work(app);
            }
            continue;
        };
        redraw = false;
        // Take what else is waiting before drawing again: a flood of keys
        // (a paste without bracketed paste) then costs one frame, not many.
        let mut next = Some(wake);
        while let Some(wake) = next.take() {
            match wake {
                Wake::Input(event) => match hosting.as_deref() {
                    Some(hosting) => redraw |= hosting.handle_terminal(app, &hits, &event),
                    None => redraw |= handle(app, &hits, &event),
                },
                // Joins and leaves at once; requests after the keys, below.
                Wake::Host(event) => {
                    if let Some(hosting) = hosting.as_deref_mut() {
                        redraw |= hosting.take(event);
                    }
                }
                Wake::InputFailed(error) => return Err(error),
                Wake::Saved => {
                    // The tick above may have taken the report already.
                    if let Some(doc) = app.document_mut() {
                        doc.collect_saves();
                    }
                    redraw = true;
                }
                Wake::Signal(signal) => match super::wakeups::meaning(signal) {
                    SignalMeaning::Quit => {
                        let now = Timestamp::now();
                        app.update(Action::Tick(now));
                        if let Some(doc) = app.document_mut() {
                            doc.finish(now);
                        }
                        return Ok(Some(signal));
                    }
                    SignalMeaning::Stop => {
                        if let Some(doc) = app.document_mut() {
                            doc.finish_saving();
                        }
                        restore_terminal();
                        super::wakeups::stop_now();
                    }
                    SignalMeaning::Continue => {
                        take_terminal()?;
                        // Clears the screen and draws it all anew; unlike
                        // `clear`, asks the terminal nothing (the input
                        // thread would take the answer).
                        let size = terminal.size()?;
                        terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
                        redraw = true;
                    }
                },
            }
            if !app.quit {
                next = wakeups.waiting();
            }
        }
        // The facilitator's keys are in; participants' requests for a
        // frame's time, the rest after the next look at the keyboard.
        if let Some(hosting) = hosting.as_deref_mut() {
            redraw |= hosting.work(app);
        }
    }
}

/// Draws the frame (if something changed), then hands the change it shows
/// to the saver: a keystroke is on screen before its save begins.
pub fn draw_then_save<B: ratatui::backend::Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
    hits: &mut Hits,
    redraw: bool,
) -> Result<(), B::Error> {
    if redraw {
        terminal.draw(|frame| *hits = view::render(app, theme, frame))?;
    }
    if let Some(doc) = app.document_mut() {
        doc.send_pending_save();
    }
    Ok(())
}

/// How long to wait for input: until the timer's next full second while it
/// runs, else until it is time to look for audience views again (with a
/// session open), else for ever.
fn wait_for(app: &App) -> Option<Duration> {
    let board = app.board()?;
    let Some(since) = board.timer.running_since else {
        return board.path.is_some().then_some(LOOK_FOR_PRESENTERS);
    };
    let elapsed = Timestamp::now().duration_since(since).as_millis().max(0) as u64;
    Some(Duration::from_millis(1_000 - elapsed % 1_000))
}

/// How often the control terminal looks whether an audience view shows
/// its session (a directory listing of the runtime folder).
const LOOK_FOR_PRESENTERS: Duration = Duration::from_secs(2);

/// The control terminal's side of the room: the theme (switched while
/// running) and what it tells audience views.
struct Room {
    theme: Theme,
    themes: Vec<String>,
    config_dir: Option<std::path::PathBuf>,
    runtime: std::path::PathBuf,
    /// The stage last written, and for which file.
    written: Option<(std::path::PathBuf, crate::present::link::Stage)>,
    looked: Option<std::time::Instant>,
}

impl Room {
    fn new(theme: Theme) -> Room {
        let config_dir = store::config_dir();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
        let themes = if no_color {
            Vec::new()
        } else {
            super::theme::available(config_dir.as_deref())
                .into_iter()
                .map(|entry| entry.name)
                .collect()
        };
        Room {
            theme,
            themes,
            config_dir,
            runtime: crate::present::link::runtime_dir(),
            written: None,
            looked: None,
        }
    }

    /// Before each frame: switch the theme if asked, write the stage when
    /// it changed, and count the audience views now and then. Returns
    /// whether the control screen must be drawn again (a new theme, or
    /// another number of audience views for the status line).
    fn follow(&mut self, app: &mut App) -> bool {
        let mut changed = false;
        let switch = std::mem::take(&mut app.next_theme);
        if switch && self.themes.is_empty() {
            // NO_COLOR: one look only, and the facilitator learns why.
            app.inform(tr(app.lang, Msg::AudienceNoColour));
            changed = true;
        } else if switch {
            changed = true;
            let at = self.themes.iter().position(|name| *name == self.theme.name);
            let next = &self.themes[at.map_or(0, |at| (at + 1) % self.themes.len())];
            self.theme = Theme::load(Some(next), self.config_dir.as_deref(), false).0;
            let text = fill(app.lang, Msg::AudienceTheme, &[("name", &self.theme.name)]);
            app.inform(text);
        }
        let stage = app.stage();
        if stage != self.written {
            if let Some((path, stage)) = &stage {
                let _ = crate::present::link::write_stage(
                    &crate::present::link::stage_path(&self.runtime, path),
                    stage,
                );
            }
            self.written = stage;
        }
        if self.looked.is_none_or(|at| at.elapsed() >= LOOK_FOR_PRESENTERS) {
            self.looked = Some(std::time::Instant::now());
            let presenters = match &self.written {
                Some((path, _)) => {
                    crate::present::link::presenters(&self.runtime, path, std::time::SystemTime::now())
                }
                None => 0,
            };
            changed |= presenters != app.presenters;
            app.presenters = presenters;
        }
        changed
    }
}

/// Hands a terminal event to the app. Returns whether the screen must be
/// drawn again: after an action, or when the terminal changed size. An
/// event that means nothing (a mouse move, an unbound key) costs no frame.
pub fn handle(app: &mut App, hits: &Hits, event: &Event) -> bool {
    match action_for_event(app, hits, event) {
        Some(action) => {
            app.update(action);
            true
        }
        None => matches!(event, Event::Resize(..) | Event::FocusGained),
    }
}

/// What a terminal event asks for: keys through the keymap, clicks through
/// the rectangles of the last frame, pastes as they are.
pub fn action_for_event(app: &App, hits: &Hits, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) => Key::from_event(key).and_then(|key| app.action_for_key(key)),
        Event::Paste(text) => Some(Action::Paste(text.clone())),
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => hits.action_at(mouse.column, mouse.row),
            MouseEventKind::Down(MouseButton::Right) => hits.secondary_action_at(mouse.column, mouse.row),
            MouseEventKind::ScrollDown => Some(Action::SelectNext),
            MouseEventKind::ScrollUp => Some(Action::SelectPrevious),
            _ => None,
        },
        Event::Resize(..) | Event::FocusGained | Event::FocusLost => None,
    }
}
