//! `plenum host`: the facilitator's app with the SSH server of
//! [`crate::host`] in the same process, so the session keeps one writer.
//!
//! The server's [`HostEvent`]s come through the event loop's one channel
//! ([`super::wakeups`]), beside the terminal's events, the signals and the
//! saver; the loop sleeps until one of them arrives, so an idle host costs
//! no CPU. A participant's request becomes a `Command` applied through the
//! document like a key press (undo, saving and the secrecy rules hold);
//! after every change, the session and the timer are published to every
//! participant screen.

use super::action::Action;
use super::app::App;
use super::document::Document;
use super::event_loop;
use super::keymap::Mode;
use super::outcome::{Route, Say};
use super::view::Hits;
use crate::core::Session;
use crate::host::{
    EventSink, Host, HostConfig, HostError, HostEvent, HostHandle, HostLink, Refusal, RemoteRequest,
    Snapshot, Stage, TimerView,
};
use crate::i18n::{Msg, fill};
use crate::present::link::Joining;
use crossterm::event::Event;
use jiff::Timestamp;
use std::collections::VecDeque;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long participants' requests are handled before the screen is drawn
/// again (and the facilitator's keys are read).
const FRAME_BUDGET: Duration = Duration::from_millis(30);

/// A running host and the participants' requests not handled yet.
pub struct Hosting {
    handle: HostHandle,
    /// Requests left for the next frame: the facilitator's keys go first.
    pending: VecDeque<RemoteRequest>,
    /// What participants see while no session is open (the start screen).
    no_session: Session,
}

impl Hosting {
    /// Starts the server with the app's open session as the first thing
    /// participants see; its events go to `sink`. Called before the
    /// terminal is set up, so a port in use is reported on the command line.
    pub fn start(config: HostConfig, app: &App, sink: EventSink) -> Result<Hosting, HostError> {
        let no_session = Session::new("plenum", "", app.lang, Timestamp::now());
        let first = match app.document() {
            Some(doc) => snapshot(doc),
            None => Snapshot {
                session: Arc::new(no_session.clone()),
                stage: Stage::default(),
            },
        };
        let handle = Host::start(config, first, sink)?;
        Ok(Hosting {
            handle,
            pending: VecDeque::new(),
            no_session,
        })
    }

    /// Opens the control screen over the session and says how to join.
    pub fn greet(&self, app: &mut App) {
        let addr = self.handle.local_addr();
        let key = app.key_hint(Mode::Board, &Action::ShowHosting);
        let text = fill(
            app.lang,
            Msg::HostStarted,
            &[
                ("port", &addr.port()),
                ("host", &addr.ip()),
                ("code", &self.handle.join_code()),
                ("key", &key),
            ],
        );
        app.inform(text);
        app.joining = Some(joining(&self.handle.link()));
        app.open(&Route::Hosting(self.handle.link()));
    }

    /// Takes in an event of the server; returns whether to draw. Requests
    /// wait for [`Hosting::work`], after the keys that came with them.
    pub fn take(&mut self, event: HostEvent) -> bool {
        match event {
            HostEvent::Request(request) => {
                self.pending.push_back(request);
                false
            }
            // The control screen lists who is connected.
            HostEvent::Joined(_) | HostEvent::Left(_) => true,
        }
    }

    /// Whether requests are waiting: then the loop must not sleep.
    pub fn has_waiting(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Carries out waiting requests for a frame's time ([`FRAME_BUDGET`]),
    /// the rest waits for the next round, so a stream of requests never
    /// keeps the screen from answering; then publishes what changed.
    /// Returns whether to draw.
    pub fn work(&mut self, app: &mut App) -> bool {
        let mut redraw = false;
        let frame_due = Instant::now() + FRAME_BUDGET;
        while !app.quit && Instant::now() < frame_due {
            let Some(request) = self.pending.pop_front() else {
                break;
            };
            self.carry_out(app, &request);
            redraw = true;
        }
        self.publish(app);
        redraw
    }

    /// A key, click or paste: the control screen's key opens it with the
    /// link to this host; everything else goes to the app as usual.
    pub fn handle_terminal(&self, app: &mut App, hits: &Hits, event: &Event) -> bool {
        match event_loop::action_for_event(app, hits, event) {
            Some(Action::ShowHosting) if app.mode() == Mode::Board => {
                app.open(&Route::Hosting(self.handle.link()));
                true
            }
            Some(action) => {
                app.update(action);
                true
            }
            None => matches!(event, Event::Resize(..) | Event::FocusGained),
        }
    }

    /// A participant's request, applied like a local change, and the answer
    /// to their screen.
    fn carry_out(&self, app: &mut App, request: &RemoteRequest) {
        let outcome = match app.document() {
            Some(doc) => self.handle.command_for(&doc.session, request),
            None => Err(Refusal::NoCapture),
        }
        .and_then(|command| app.apply_from_outside(command).map_err(refusal_of));
        let session = app.document().map_or(&self.no_session, |doc| &doc.session);
        self.handle.answer(session, request, outcome);
    }

    /// Sends the session and the timer to the participants when either
    /// changed since the last time.
    fn publish(&self, app: &App) {
        match app.document() {
            Some(doc) => self.handle.publish_if_changed(&doc.session, stage(doc)),
            None => self.handle.publish_if_changed(&self.no_session, Stage::default()),
        }
    }

    /// Stops the server: every participant screen closes.
    pub fn stop(self) {
        self.handle.stop();
    }
}

/// How to join, for the control screen and the audience view.
pub fn joining(link: &HostLink) -> Joining {
    let addr = link.local_addr();
    Joining {
        port: addr.port(),
        host: (!addr.ip().is_unspecified()).then(|| addr.ip().to_string()),
        code: link.join_code().to_string(),
        fingerprint: link.fingerprint().to_string(),
    }
}

/// Why the core refused a participant's change, for their screen.
fn refusal_of(said: Say) -> Refusal {
    match said {
        Say::Refused(error) => Refusal::Domain(error),
        _ => Refusal::NoCapture,
    }
}

fn snapshot(doc: &Document) -> Snapshot {
    Snapshot {
        session: Arc::new(doc.session.clone()),
        stage: stage(doc),
    }
}

/// The timer as participants see it.
fn stage(doc: &Document) -> Stage {
    let seconds_used = match doc.timer.running_since {
        Some(_) => doc.timer.base,
        None => doc.phase().map_or(0, |p| p.seconds_used),
    };
    Stage {
        timer: TimerView {
            running_since: doc.timer.running_since,
            seconds_used,
            extra_seconds: doc.timer.extra,
        },
    }
}
