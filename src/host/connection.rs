//! One participant's screen on one SSH channel: keys in, requests out to
//! the facilitator's program, frames back to their terminal.

use super::bridge::{HostEvent, Remote, RemoteRequest, Snapshot, resolved_participant};
use super::input::Decoder;
use super::participant::{Notice, Reaction, Screen, Viewer, render, room_view};
use super::{Shared, ToScreen};
use crate::core::Session;
use crate::i18n::tr;
use jiff::Timestamp;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use russh::ChannelId;
use russh::server::Handle;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::sync::mpsc;

/// What the SSH handler passes on from the client.
pub(crate) enum FromClient {
    Data(Vec<u8>),
    Resize(u16, u16),
    /// The client sent more than the screen could take; some input was
    /// dropped (see `server::MAX_PENDING_INPUT`).
    Flooded,
}

/// Messages handled before the next frame is drawn, so a burst of input
/// costs one frame rather than one per message.
const MESSAGES_PER_FRAME: usize = 64;

pub(crate) struct ScreenStart {
    pub shared: Arc<Shared>,
    pub handle: Handle,
    pub channel: ChannelId,
    pub name: String,
    pub size: (u16, u16),
    pub input: mpsc::UnboundedReceiver<FromClient>,
    /// Bytes of input sent to the screen and not yet handled.
    pub pending: Arc<AtomicUsize>,
}

/// Alternate screen, no cursor, bracketed paste, a clean page.
const SETUP: &[u8] = b"\x1b[?1049h\x1b[?25l\x1b[?2004h\x1b[2J";
/// Everything back as it was.
const RESTORE: &[u8] = b"\x1b[?2004l\x1b[?25h\x1b[?1049l";

/// Runs the screen in its own task. Should it panic, the connection is
/// closed and the others carry on.
pub(crate) fn start(start: ScreenStart) {
    let handle = start.handle.clone();
    let channel = start.channel;
    let task = tokio::spawn(run(start));
    tokio::spawn(async move {
        if task.await.is_err() {
            let _ = handle.data(channel, RESTORE.to_vec()).await;
            let _ = handle.close(channel).await;
        }
    });
}

/// Takes the person off the list and tells the facilitator's program, also
/// when the task ends by a panic.
struct Leave {
    shared: Arc<Shared>,
    connection: u64,
}

impl Drop for Leave {
    fn drop(&mut self) {
        if let Some(remote) = self.shared.remove_screen(self.connection) {
            (self.shared.sink)(HostEvent::Left(remote));
        }
    }
}

/// Collects what the terminal backend writes, to send it as one message.
#[derive(Clone, Default)]
struct Output(Arc<std::sync::Mutex<Vec<u8>>>);

impl Output {
    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

impl std::io::Write for Output {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

type Term = Terminal<CrosstermBackend<Output>>;

async fn run(start: ScreenStart) {
    let ScreenStart {
        shared,
        handle,
        channel,
        name,
        size,
        mut input,
        pending,
    } = start;
    let remote = Remote {
        connection: shared.next_connection(),
        participant: shared.participant_for(&name),
        name,
    };
    let (to_screen, mut from_host) = mpsc::unbounded_channel();
    shared.add_screen(remote.clone(), to_screen);
    let _leave = Leave {
        shared: shared.clone(),
        connection: remote.connection,
    };
    (shared.sink)(HostEvent::Joined(remote.clone()));

    let output = Output::default();
    let Ok(mut terminal) = new_terminal(output.clone(), size) else {
        return;
    };
    let mut snapshots = shared.snapshot.clone();
    let mut snapshot = snapshots.borrow_and_update().clone();
    let mut screen = Screen::new(remote.name.clone(), remote.participant);
    let mut room = follow(&shared, &remote, &snapshot, &mut screen);
    let mut decoder = Decoder::default();
    if handle.data(channel, SETUP.to_vec()).await.is_err() {
        return;
    }
    let mut closing = None;
    loop {
        if send_frame(
            &handle,
            channel,
            &mut terminal,
            &output,
            &room,
            &snapshot,
            &screen,
        )
        .await
        .is_err()
        {
            return;
        }
        if closing.is_some() {
            break;
        }
        let timer_runs = snapshot.stage.timer.running_since.is_some();
        tokio::select! {
            received = input.recv() => {
                let mut next = received;
                for _ in 0..MESSAGES_PER_FRAME {
                    match next {
                        None => return,
                        Some(FromClient::Resize(width, height)) => {
                            let _ = terminal.resize(Rect::new(0, 0, width, height));
                        }
                        Some(FromClient::Flooded) => {
                            // A cut paste must not swallow the keys after it.
                            decoder = Decoder::default();
                            screen.notice = Some(Notice::PasteCut);
                        }
                        Some(FromClient::Data(bytes)) => {
                            pending.fetch_sub(bytes.len(), Ordering::SeqCst);
                            for key in decoder.feed(&bytes) {
                                match screen.update(&room, key) {
                                    Reaction::Redraw => {}
                                    Reaction::Send(request) => (shared.sink)(HostEvent::Request(RemoteRequest {
                                        from: remote.clone(),
                                        request,
                                    })),
                                    Reaction::Quit => {
                                        closing = Some(None);
                                        break;
                                    }
                                }
                            }
                        }
                    }
                    if closing.is_some() {
                        break;
                    }
                    match input.try_recv() {
                        Ok(message) => next = Some(message),
                        Err(_) => break,
                    }
                }
            },
            changed = snapshots.changed() => {
                if changed.is_err() {
                    return;
                }
                snapshot = snapshots.borrow_and_update().clone();
                room = follow(&shared, &remote, &snapshot, &mut screen);
            },
            message = from_host.recv() => match message {
                Some(ToScreen::Answer { request, outcome }) => {
                    screen.answered(request, outcome);
                    room = follow(&shared, &remote, &snapshot, &mut screen);
                }
                Some(ToScreen::Close(reason)) => closing = Some(Some(reason)),
                None => return,
            },
            _ = tokio::time::sleep(Duration::from_secs(1)), if timer_runs => {}
        }
    }
    let mut goodbye = RESTORE.to_vec();
    if let Some(Some(reason)) = closing {
        goodbye.extend_from_slice(tr(snapshot.session.language, reason).as_bytes());
        goodbye.extend_from_slice(b"\r\n");
    }
    let _ = handle.data(channel, goodbye).await;
    let _ = handle.exit_status_request(channel, 0).await;
    let _ = handle.eof(channel).await;
    let _ = handle.close(channel).await;
}

fn new_terminal(output: Output, (width, height): (u16, u16)) -> std::io::Result<Term> {
    Terminal::with_options(
        CrosstermBackend::new(output),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, width, height)),
        },
    )
}

/// The room's view for this person, and the screen following it.
fn follow(shared: &Shared, remote: &Remote, snapshot: &Snapshot, screen: &mut Screen) -> Session {
    screen.me = resolved_participant(&snapshot.session, remote);
    screen.own_ideas.extend(shared.own_ideas(screen.me));
    let room = room_view(
        &snapshot.session,
        Viewer {
            participant: screen.me,
            own_ideas: &screen.own_ideas,
        },
    );
    screen.follow(&room);
    room
}

async fn send_frame(
    handle: &Handle,
    channel: ChannelId,
    terminal: &mut Term,
    output: &Output,
    room: &Session,
    snapshot: &Snapshot,
    screen: &Screen,
) -> Result<(), ()> {
    let now = Timestamp::now();
    terminal
        .draw(|frame| render(room, snapshot.stage, screen, now, frame, frame.area()))
        .map_err(|_| ())?;
    let bytes = output.take();
    if bytes.is_empty() {
        return Ok(());
    }
    handle.data(channel, bytes).await.map_err(|_| ())
}
