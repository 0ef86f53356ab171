//! `plenum host`: the facilitator's app with the SSH server of
//! [`crate::host`] in the same process, so the session keeps one writer.
//!
//! Everything the loop waits for comes through one channel: the terminal's
//! events (read on a thread of their own, since crossterm's reader blocks)
//! and the server's [`HostEvent`]s. The loop sleeps in `recv` until one of
//! them arrives (or the running timer's next second), so an idle host costs
//! no CPU. A participant's request becomes a `Command` applied through the
//! document like a key press (undo, autosave and the secrecy rules hold);
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
    EventSink, Host, HostConfig, HostError, HostEvent, HostHandle, Refusal, RemoteRequest, Snapshot, Stage,
    TimerView,
};
use crate::i18n::{Msg, fill};
use crossterm::event::Event;
use jiff::Timestamp;
use std::collections::VecDeque;
use std::io;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, TryRecvError, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long waiting events are handled before the screen is drawn again.
const FRAME_BUDGET: Duration = Duration::from_millis(30);

/// What wakes the loop.
enum Wake {
    Terminal(io::Result<Event>),
    Host(HostEvent),
}

/// A running host and the loop's one inbox.
pub struct Hosting {
    handle: HostHandle,
    inbox: Receiver<Wake>,
    /// Taken from the inbox, not handled yet: participants' requests left
    /// for the next frame.
    pending: VecDeque<Wake>,
    /// What participants see while no session is open (the start screen).
    no_session: Session,
}

impl Hosting {
    /// Starts the server with the app's open session as the first thing
    /// participants see. Called before the terminal is set up, so a port in
    /// use is reported on the command line.
    pub fn start(config: HostConfig, app: &App) -> Result<Hosting, HostError> {
        let (sender, inbox) = channel();
        let sink_sender = Mutex::new(sender.clone());
        let sink: EventSink = Arc::new(move |event| {
            if let Ok(sender) = sink_sender.lock() {
                let _ = sender.send(Wake::Host(event));
            }
        });
        let no_session = Session::new("plenum", "", app.lang, Timestamp::now());
        let first = match app.document() {
            Some(doc) => snapshot(doc),
            None => Snapshot {
                session: Arc::new(no_session.clone()),
                stage: Stage::default(),
            },
        };
        let handle = Host::start(config, first, sink)?;
        read_terminal_on_a_thread(sender).map_err(|e| HostError::Runtime(e.to_string()))?;
        Ok(Hosting {
            handle,
            inbox,
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
        app.open(&Route::Hosting(self.handle.link()));
    }

    /// Waits for the next terminal event, server event or timer second and
    /// handles it with whatever else is waiting; returns whether to draw.
    ///
    /// The facilitator's keys go first: everything waiting is taken in, the
    /// terminal's events are handled at once, the participants' requests
    /// for a frame's time ([`FRAME_BUDGET`]); the rest waits for the next
    /// round, so a stream of requests never keeps the screen from answering.
    pub fn next(&mut self, app: &mut App, hits: &Hits, timeout: Option<Duration>) -> io::Result<bool> {
        let timed_out = if self.pending.is_empty() {
            match self.wait(timeout)? {
                Some(wake) => {
                    self.pending.push_back(wake);
                    false
                }
                None => true,
            }
        } else {
            false
        };
        self.take_in_what_waits()?;
        app.update(Action::Tick(Timestamp::now()));
        // No event: the running timer's next second.
        let mut redraw = timed_out;
        let (keys, requests): (VecDeque<Wake>, VecDeque<Wake>) = self
            .pending
            .drain(..)
            .partition(|wake| matches!(wake, Wake::Terminal(_)));
        self.pending = requests;
        for wake in keys {
            if app.quit {
                break;
            }
            redraw |= self.handle_wake(app, hits, wake)?;
        }
        let frame_due = Instant::now() + FRAME_BUDGET;
        while !app.quit && Instant::now() < frame_due {
            let Some(wake) = self.pending.pop_front() else {
                break;
            };
            redraw |= self.handle_wake(app, hits, wake)?;
        }
        self.publish(app);
        Ok(redraw)
    }

    /// Blocks until something arrives, or `timeout` passes (`None`).
    fn wait(&self, timeout: Option<Duration>) -> io::Result<Option<Wake>> {
        match timeout {
            Some(timeout) => match self.inbox.recv_timeout(timeout) {
                Ok(wake) => Ok(Some(wake)),
                Err(RecvTimeoutError::Timeout) => Ok(None),
                Err(RecvTimeoutError::Disconnected) => Err(input_ended()),
            },
            None => self.inbox.recv().map(Some).map_err(|_| input_ended()),
        }
    }

    fn take_in_what_waits(&mut self) -> io::Result<()> {
        loop {
            match self.inbox.try_recv() {
                Ok(wake) => self.pending.push_back(wake),
                Err(TryRecvError::Empty) => return Ok(()),
                Err(TryRecvError::Disconnected) => return Err(input_ended()),
            }
        }
    }

    fn handle_wake(&mut self, app: &mut App, hits: &Hits, wake: Wake) -> io::Result<bool> {
        match wake {
            Wake::Terminal(event) => Ok(self.handle_terminal(app, hits, &event?)),
            Wake::Host(HostEvent::Request(request)) => {
                self.carry_out(app, &request);
                Ok(true)
            }
            // The control screen lists who is connected.
            Wake::Host(HostEvent::Joined(_) | HostEvent::Left(_)) => Ok(true),
        }
    }

    /// A key, click or paste: the control screen's key opens it with the
    /// link to this host; everything else goes to the app as usual.
    fn handle_terminal(&self, app: &mut App, hits: &Hits, event: &Event) -> bool {
        match event_loop::action_for_event(app, hits, event) {
            Some(Action::ShowHosting) if app.document().is_some() && app.top_screen().is_none() => {
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

/// Reads the terminal's events on a thread of their own into the inbox; it
/// ends with the process (or when the inbox is gone).
fn read_terminal_on_a_thread(sender: Sender<Wake>) -> io::Result<()> {
    std::thread::Builder::new()
        .name("plenum-keys".into())
        .spawn(move || {
            loop {
                let event = crossterm::event::read();
                let failed = event.is_err();
                if sender.send(Wake::Terminal(event)).is_err() || failed {
                    return;
                }
            }
        })
        .map(|_| ())
}

fn input_ended() -> io::Error {
    io::Error::other("the terminal's input ended")
}
