//! `plenum present FILE`: the audience view on a second terminal (the
//! projector, or the window shared in a video call), following the
//! facilitator's control terminal live.
//!
//! It only reads: the session file and the control terminal's stage
//! ([`link`]); it never writes the session and takes no lock, so it can
//! start before, during and after the control terminal and survives it
//! restarting. [`audience`] decides what the room may see, [`view`] draws
//! it, [`follow`] notices changes.
//!
//! The loop wakes every [`POLL`] to look at two files' metadata (two
//! `stat` calls), reads only what changed, and draws only when the view
//! changed, the timer's second changed or the terminal was resized.

pub mod audience;
pub mod follow;
pub mod link;
pub mod view;

use crate::core::Language;
use crate::i18n;
use crate::tui::theme::{self, Theme};
use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use crossterm::execute;
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use jiff::Timestamp;
use link::RoomLayout;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime};

/// How often the files are looked at: a change shows within this (plus
/// reading and drawing, a few milliseconds).
pub const POLL: Duration = Duration::from_millis(100);

/// How the audience view was asked to start.
#[derive(Debug, Clone, Default)]
pub struct PresentOptions {
    pub file: PathBuf,
    pub lang: Option<Language>,
    pub theme: Option<String>,
    pub config_dir: Option<PathBuf>,
    pub locale: Option<String>,
}

/// The presenter's own state besides what it follows.
struct Presenter {
    follower: follow::Follower,
    /// A layout chosen on this terminal; the control terminal's next
    /// choice replaces it.
    layout: Option<RoomLayout>,
    themes: Vec<String>,
    theme: Theme,
    options: PresentOptions,
}

pub fn run(options: PresentOptions) -> Result<(), Box<dyn std::error::Error>> {
    if !options.file.is_file() {
        return Err(format!("{}: no such session file", options.file.display()).into());
    }
    if !io::stdout().is_terminal() {
        return Err("the audience view needs a terminal (the projector's or a shared window)".into());
    }
    let runtime = link::runtime_dir();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let (theme, _problems) = Theme::load(options.theme.as_deref(), options.config_dir.as_deref(), no_color);
    let mut themes: Vec<String> = theme::available(options.config_dir.as_deref())
        .into_iter()
        .map(|entry| entry.name)
        .collect();
    if no_color {
        themes.clear();
    }
    let mut presenter = Presenter {
        follower: follow::Follower::new(&options.file, &runtime),
        layout: None,
        themes,
        theme,
        options,
    };
    let presence = link::presence_path(&runtime, &presenter.options.file, std::process::id());
    #[cfg(unix)]
    end_on_signals(&presence)?;
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, crossterm::cursor::Hide)?;
    let result = Terminal::new(CrosstermBackend::new(io::stdout()))
        .and_then(|mut terminal| follow_loop(&mut terminal, &mut presenter, &presence));
    let _ = std::fs::remove_file(&presence);
    let _ = execute!(io::stdout(), LeaveAlternateScreen, crossterm::cursor::Show);
    let _ = disable_raw_mode();
    result.map_err(Into::into)
}

fn follow_loop(
    terminal: &mut Terminal<CrosstermBackend<io::Stdout>>,
    presenter: &mut Presenter,
    presence: &std::path::Path,
) -> io::Result<()> {
    let mut announced: Option<Instant> = None;
    let mut drawn: Option<(Option<audience::Audience>, ratatui::layout::Size)> = None;
    let mut stage_layout = presenter.follower.stage.layout;
    loop {
        if announced.is_none_or(|at| at.elapsed() >= link::PRESENCE_EVERY) {
            let _ = link::announce(presence, std::process::id());
            announced = Some(Instant::now());
        }
        presenter.follower.poll();
        if presenter.follower.stage.layout != stage_layout {
            // The control terminal switched: its choice wins.
            stage_layout = presenter.follower.stage.layout;
            presenter.layout = None;
        }
        let now = Timestamp::now();
        let shown = presenter.audience(now);
        let size = terminal.size()?;
        if drawn.as_ref() != Some(&(shown.clone(), size)) {
            let lang = presenter.language();
            terminal.draw(|frame| match &shown {
                Some(view) => view::render(view, lang, &presenter.theme, frame),
                None => waiting(presenter, lang, frame),
            })?;
            drawn = Some((shown, size));
        }
        if event::poll(POLL)? {
            match event::read()? {
                Event::Key(key) if key.kind != KeyEventKind::Release => {
                    if !presenter.key(key.code, key.modifiers) {
                        return Ok(());
                    }
                    drawn = None;
                }
                Event::Resize(..) => drawn = None,
                _ => {}
            }
        }
    }
}

/// SIGTERM, SIGHUP (the terminal window closed, the SSH connection
/// dropped) and SIGINT end the audience view from a thread of their own:
/// the terminal is put back and the view's presence taken away. The loop
/// could not be trusted to see a flag: on a terminal that has gone, the
/// terminal library's read returns nothing for ever without coming back.
#[cfg(unix)]
fn end_on_signals(presence: &std::path::Path) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    for signal in [SIGTERM, SIGHUP, SIGINT] {
        let presence = presence.to_path_buf();
        crate::tui::wakeups::on_signal(signal, move || {
            let _ = std::fs::remove_file(&presence);
            crate::tui::event_loop::restore_terminal();
            std::process::exit(128 + signal)
        })?;
    }
    Ok(())
}

impl Presenter {
    fn audience(&self, now: Timestamp) -> Option<audience::Audience> {
        let session = self.follower.session.as_ref()?;
        let layout = self.layout.unwrap_or(self.follower.stage.layout);
        Some(audience::audience(session, &self.follower.stage, layout, now))
    }

    fn language(&self) -> Language {
        let session = self.follower.session.as_ref().map(|s| s.language);
        i18n::pick_language(self.options.lang, session, self.options.locale.as_deref())
    }

    /// Handles a key of the presenter's own keyboard; false to quit.
    fn key(&mut self, code: KeyCode, modifiers: KeyModifiers) -> bool {
        match code {
            KeyCode::Char('q') | KeyCode::Esc => return false,
            KeyCode::Char('c') if modifiers.contains(KeyModifiers::CONTROL) => return false,
            KeyCode::Char('l') | KeyCode::F(8) => {
                let current = self.layout.unwrap_or(self.follower.stage.layout);
                self.layout = Some(current.toggled());
            }
            KeyCode::Char('t') | KeyCode::F(7) => self.next_theme(),
            _ => {}
        }
        true
    }

    fn next_theme(&mut self) {
        let Some(at) = self.themes.iter().position(|name| *name == self.theme.name) else {
            if let Some(first) = self.themes.first() {
                self.theme = Theme::load(Some(first), self.options.config_dir.as_deref(), false).0;
            }
            return;
        };
        let next = &self.themes[(at + 1) % self.themes.len()];
        self.theme = Theme::load(Some(next), self.options.config_dir.as_deref(), false).0;
    }
}

/// Before the first good read of the session: a quiet line, no error.
fn waiting(presenter: &Presenter, lang: Language, frame: &mut ratatui::Frame) {
    let name = presenter
        .options
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = i18n::fill(lang, i18n::Msg::AudienceWaiting, &[("file", &name)]);
    let area = frame.area();
    frame.render_widget(ratatui::widgets::Block::new().style(presenter.theme.base), area);
    let y = area.y + area.height / 2;
    frame.render_widget(
        ratatui::widgets::Paragraph::new(ratatui::text::Span::styled(text, presenter.theme.muted)).centered(),
        ratatui::layout::Rect::new(area.x, y, area.width, 1.min(area.height)),
    );
}

/// How many audience views show `file` now (for the control terminal).
pub fn presenters_attached(file: &std::path::Path) -> usize {
    link::presenters(&link::runtime_dir(), file, SystemTime::now())
}
