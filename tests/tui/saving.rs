//! Saving in the background, against a fake store that the test holds
//! back, lets through or makes fail: the frame after a keystroke is drawn
//! before its save completes; bursts coalesce and land newest last; a
//! failure is reported and retried without a key press; closing, quitting
//! and a signal wait for the last save; a read-only session saves nothing.
//! No test here measures time: each waits for an event with a deadline.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use plenum::core::{Command, Idea, IdeaId, Language, MethodTemplate, NewSession, Session};
use plenum::store::StoreError;
use plenum::tui::action::Action;
use plenum::tui::app::{App, Options};
use plenum::tui::document::saver::{Store, Waker};
use plenum::tui::document::{Document, SaveState};
use plenum::tui::event_loop::draw_then_save;
use plenum::tui::keymap::Keymap;
use plenum::tui::theme::Theme;
use plenum::tui::view::Hits;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const PATIENCE: Duration = Duration::from_secs(30);
/// The saver's retry interval in these tests: short, so a retry comes soon.
const RETRY: Duration = Duration::from_millis(20);

fn at(seconds: i64) -> Timestamp {
    "2026-03-12T09:30:00Z"
        .parse::<Timestamp>()
        .expect("a timestamp")
        .checked_add(jiff::SignedDuration::from_secs(seconds))
        .expect("in range")
}

fn workshop(lang: Language) -> Session {
    let template = MethodTemplate::built_in_by_id("zukunftswerkstatt").expect("built in");
    let mut session = template.instantiate(
        NewSession {
            title: Some("Werkstatt".into()),
            language: lang,
            ..NewSession::default()
        },
        at(0),
    );
    session.current_phase = 1;
    session
}

/// What the fake store saw, shared with the test.
#[derive(Default)]
struct Seen {
    /// The idea texts of every session written, in the order written.
    written: Vec<Vec<String>>,
    /// Attempts, failed ones included.
    attempts: usize,
    /// Attempts still to fail with a full disk.
    fail: usize,
}

/// A store the test controls: each save waits for a token on `gate` (when
/// there is one), then fails while `fail` lasts, else records the session.
struct FakeStore {
    seen: Arc<Mutex<Seen>>,
    gate: Option<Receiver<()>>,
    read_only: Option<StoreError>,
    path: PathBuf,
}

impl Store for FakeStore {
    fn save(&mut self, session: &Session) -> Result<(), StoreError> {
        if let Some(gate) = &self.gate {
            gate.recv_timeout(PATIENCE)
                .expect("the test lets the save through");
        }
        let mut seen = self.seen.lock().expect("not poisoned");
        seen.attempts += 1;
        if seen.fail > 0 {
            seen.fail -= 1;
            return Err(StoreError::DiskFull {
                path: self.path.clone(),
            });
        }
        seen.written
            .push(session.ideas.iter().map(|i| i.text.clone()).collect());
        Ok(())
    }

    fn path(&self) -> &Path {
        &self.path
    }

    fn read_only(&self) -> Option<&StoreError> {
        self.read_only.as_ref()
    }
}

struct Fake {
    seen: Arc<Mutex<Seen>>,
    /// One token lets one save through.
    gate: Sender<()>,
    /// The saver's wake-ups, as the event loop would get them.
    woken: Receiver<()>,
    waker: Waker,
}

impl Fake {
    fn new() -> (Fake, FakeStore) {
        Fake::with(false, None)
    }

    fn with(gated: bool, read_only: Option<StoreError>) -> (Fake, FakeStore) {
        let seen = Arc::new(Mutex::new(Seen::default()));
        let (gate, held) = channel();
        let (wake, woken) = channel();
        let wake = Mutex::new(wake);
        let waker: Waker = Arc::new(move || {
            let _ = wake.lock().map(|w| w.send(()));
        });
        let store = FakeStore {
            seen: seen.clone(),
            gate: gated.then_some(held),
            read_only,
            path: PathBuf::from("/srv/werkstatt/retro.ron"),
        };
        (
            Fake {
                seen,
                gate,
                woken,
                waker,
            },
            store,
        )
    }

    fn written(&self) -> Vec<Vec<String>> {
        self.seen.lock().expect("not poisoned").written.clone()
    }

    fn attempts(&self) -> usize {
        self.seen.lock().expect("not poisoned").attempts
    }

    fn let_through(&self, saves: usize) {
        for _ in 0..saves {
            self.gate.send(()).expect("the store waits");
        }
    }

    /// Waits for the saver's next report.
    fn wait_woken(&self) {
        self.woken
            .recv_timeout(PATIENCE)
            .expect("the saver reports within the deadline");
    }
}

fn in_background(session: Session, fake: &Fake, store: FakeStore) -> Document {
    let mut doc = Document::with_store(session, Some(Box::new(store)));
    doc.save_in_background(&fake.waker, RETRY);
    assert_eq!(doc.saves_in_background(), doc.read_only().is_none());
    doc
}

fn add(doc: &mut Document, n: u128, text: &str) {
    let phase = doc.phase().expect("a phase").id;
    let idea = Idea {
        id: IdeaId::from_u128(n),
        phase,
        text: text.into(),
        authors: Vec::new(),
        cluster: None,
        hidden: false,
    };
    doc.change(
        Command::AddIdea {
            idea,
            index: usize::MAX,
        },
        at(60),
        None,
    )
    .expect("the idea is added");
}

fn app_over(doc: Document) -> App {
    let options = Options {
        lang: None,
        ..Options::default()
    };
    let mut app = App::with_session(
        options,
        Keymap::defaults(),
        at(0),
        TimeZone::UTC,
        workshop(Language::En),
        None,
    );
    *app.document_mut().expect("a session is open") = doc;
    app
}

fn screen(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let mut text = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            text.push_str(buffer[(x, y)].symbol());
        }
        text.push('\n');
    }
    text
}

#[test]
fn the_frame_after_a_keystroke_is_drawn_before_its_save_completes() {
    let (fake, store) = Fake::with(true, None);
    let doc = in_background(workshop(Language::En), &fake, store);
    let mut app = app_over(doc);
    let (theme, _) = Theme::load(None, None, false);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("a test terminal");
    let mut hits = Hits::default();

    app.update(Action::StartCapture);
    for c in "Mehr Licht".chars() {
        app.update(Action::InsertChar(c));
    }
    app.update(Action::SubmitInput);
    // The event loop's step: the frame, then the save.
    draw_then_save(&mut terminal, &mut app, &theme, &mut hits, true).expect("draws");
    let shown = screen(&terminal);
    assert!(
        shown.contains("Ideas (1)") && shown.contains("Mehr Licht"),
        "{shown}"
    );
    assert!(shown.contains("Saving…"), "says it is not on disk yet: {shown}");
    // The store holds the save back: nothing is written, yet the frame is there.
    assert_eq!(fake.attempts(), 0);

    fake.let_through(1);
    fake.wait_woken();
    app.update(Action::Tick(at(1)));
    draw_then_save(&mut terminal, &mut app, &theme, &mut hits, true).expect("draws");
    let shown = screen(&terminal);
    assert!(
        shown.contains("Saved 09:30") && !shown.contains("Saving…"),
        "{shown}"
    );
    assert_eq!(fake.written(), [vec!["Mehr Licht".to_string()]]);
}

#[test]
fn a_burst_of_changes_costs_two_saves_and_the_newest_lands_last() {
    let (fake, store) = Fake::with(true, None);
    let mut doc = in_background(workshop(Language::En), &fake, store);
    add(&mut doc, 1, "eins");
    doc.send_pending_save();
    // The first save is under way (held back); nine more changes come.
    for n in 2..=10 {
        add(&mut doc, n, &format!("Idee {n}"));
        doc.send_pending_save();
    }
    assert!(matches!(doc.save_state, SaveState::Saving));
    fake.let_through(2);
    doc.finish_saving();
    let written = fake.written();
    assert_eq!(written.len(), 2, "the burst coalesced into one more save");
    assert_eq!(written[0], ["eins"]);
    assert_eq!(written[1].len(), 10, "the second save has the newest state");
    assert_eq!(written[1].last().map(String::as_str), Some("Idee 10"));
    assert!(
        matches!(doc.save_state, SaveState::Saved(_)),
        "{:?}",
        doc.save_state
    );
}

#[test]
fn a_failed_save_is_reported_and_retried_without_a_key_press() {
    let (fake, store) = Fake::new();
    fake.seen.lock().expect("not poisoned").fail = 2;
    let mut doc = in_background(workshop(Language::En), &fake, store);
    add(&mut doc, 1, "nicht verloren");
    doc.send_pending_save();
    fake.wait_woken();
    doc.collect_saves();
    match &doc.save_state {
        SaveState::Failed {
            error: StoreError::DiskFull { .. },
            ..
        } => {}
        other => panic!("the failure is reported: {other:?}"),
    }
    assert!(doc.save_failed());
    // No change and no key: the saver tries again on its own, twice.
    while !matches!(doc.save_state, SaveState::Saved(_)) {
        fake.wait_woken();
        doc.collect_saves();
    }
    assert_eq!(fake.attempts(), 3);
    assert_eq!(fake.written(), [vec!["nicht verloren".to_string()]]);
}

#[test]
fn quitting_waits_for_the_last_save_under_way_and_the_one_after_it() {
    let (fake, store) = Fake::with(true, None);
    let doc = in_background(workshop(Language::En), &fake, store);
    let mut app = app_over(doc);
    let doc = app.document_mut().expect("open");
    add(doc, 1, "eins");
    doc.send_pending_save();
    add(doc, 2, "zwei");
    // The first save is held back and the second not yet handed over when
    // quit is pressed; both go through only after a while.
    let gate = fake.gate.clone();
    let opener = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        gate.send(()).expect("the store waits");
        gate.send(()).expect("the store waits");
    });
    app.update(Action::Quit);
    assert!(app.quit);
    assert_eq!(
        fake.written().last().cloned(),
        Some(vec!["eins".to_string(), "zwei".to_string()]),
        "quit returned only after the newest state was written"
    );
    opener.join().expect("the opener ends");
}

#[test]
fn a_document_dropped_with_a_change_not_handed_over_saves_it_first() {
    let (fake, store) = Fake::new();
    let mut doc = in_background(workshop(Language::En), &fake, store);
    add(&mut doc, 1, "eins");
    drop(doc);
    assert_eq!(fake.written(), [vec!["eins".to_string()]]);
}

#[test]
fn a_read_only_session_saves_nothing_and_says_so_in_both_languages() {
    for (lang, clean, changed) in [
        (
            Language::En,
            "Read-only (folder not writable): nothing is saved",
            "Read-only (folder not writable): changes are NOT saved",
        ),
        (
            Language::De,
            "Schreibgeschützt (Ordner nicht beschreibbar): nichts wird gespeichert",
            "Schreibgeschützt (Ordner nicht beschreibbar): Änderungen werden NICHT",
        ),
    ] {
        let reason = StoreError::FolderNotWritable {
            path: PathBuf::from("/srv/werkstatt"),
        };
        let (fake, store) = Fake::with(false, Some(reason));
        let doc = in_background(workshop(lang), &fake, store);
        let mut app = app_over(doc);
        app.lang = lang;
        let (theme, _) = Theme::load(None, None, false);
        let mut terminal = Terminal::new(TestBackend::new(120, 24)).expect("a test terminal");
        let mut hits = Hits::default();
        draw_then_save(&mut terminal, &mut app, &theme, &mut hits, true).expect("draws");
        assert!(screen(&terminal).contains(clean), "{}", screen(&terminal));

        add(app.document_mut().expect("open"), 1, "nur im Speicher");
        draw_then_save(&mut terminal, &mut app, &theme, &mut hits, true).expect("draws");
        assert!(screen(&terminal).contains(changed), "{}", screen(&terminal));
        app.update(Action::Quit);
        assert!(!app.quit, "the first quit warns: the change would be lost");
        app.update(Action::Quit);
        assert!(app.quit);
        assert_eq!(fake.attempts(), 0, "nothing was ever written");
    }
}
