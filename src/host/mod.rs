//! Participants join from their own terminals over SSH.
//!
//! [`Host::start`] runs an SSH server on its own thread (a small tokio
//! runtime lives there and nowhere else) and returns a [`HostHandle`] for
//! the facilitator's program, which stays blocking and remains the only
//! writer of the session:
//!
//! 1. Events ([`HostEvent`]: joins, leaves, requests) arrive through the
//!    callback given to [`Host::start`] (or the channel of
//!    [`Host::start_with_channel`]); the callback may wake the app's event
//!    loop.
//! 2. For a [`HostEvent::Request`] the app calls
//!    [`HostHandle::command_for`], applies the command like any local change
//!    and reports the outcome with [`HostHandle::answer`].
//! 3. After every change of the session (local or remote, undo and redo
//!    included) and of the [`Stage`] (timer started or stopped) the app
//!    calls [`HostHandle::publish`]; every participant screen redraws from
//!    it.
//!
//! The server runs on one thread named `plenum-ssh`; a panic in a
//! participant's connection unwinds that connection's task only. A panic
//! hook of the front end should therefore not treat panics on that thread
//! as its own.
//!
//! Joining: `ssh -p PORT NAME@HOST`, the SSH user name is the person's name,
//! the join code is the password (OpenSSH asks for it as "Join code:" through
//! keyboard-interactive; plain password authentication works too, e.g. with
//! `sshpass`). A wrong code is refused after a pause; after a few the
//! connection closes. Only the participant screen is offered: no shell, no
//! exec, no port or agent forwarding, no subsystems (SFTP).

pub mod bridge;
mod connection;
pub mod input;
pub mod keys;
pub mod participant;
mod server;

pub use bridge::{
    ConnectionId, HostEvent, Refusal, Remote, RemoteRequest, Request, Snapshot, Stage, TimerView,
};

use crate::core::{Command, IdeaId, ParticipantId, RoundId, Session};
use std::collections::{HashMap, HashSet};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use thiserror::Error;
use tokio::sync::{mpsc, watch};

/// How the server runs.
#[derive(Debug, Clone)]
pub struct HostConfig {
    /// Address to listen on; the loopback address unless the facilitator
    /// offers the workshop on the office network.
    pub bind: IpAddr,
    /// Port to listen on; 0 picks a free one (see [`HostHandle::local_addr`]).
    pub port: u16,
    /// Folder of the host key (the user's data folder); made if missing.
    pub key_dir: PathBuf,
    /// The join code; a random one when `None`.
    pub join_code: Option<String>,
    /// Most connections at once.
    pub max_participants: usize,
    /// A connection that sends nothing for this long is closed.
    pub idle_timeout: Duration,
    /// A connection that has not entered the join code by then is closed.
    pub login_timeout: Duration,
    /// Wrong join codes before the connection is closed.
    pub max_wrong_codes: u32,
    /// Pause before every refusal of a join code.
    pub rejection_pause: Duration,
}

impl HostConfig {
    pub fn new(key_dir: impl Into<PathBuf>) -> HostConfig {
        HostConfig {
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 2222,
            key_dir: key_dir.into(),
            join_code: None,
            max_participants: 100,
            idle_timeout: Duration::from_secs(60 * 60),
            login_timeout: Duration::from_secs(60),
            max_wrong_codes: 3,
            rejection_pause: Duration::from_secs(2),
        }
    }
}

#[derive(Debug, Error)]
pub enum HostError {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("the host key {path} cannot be used: {reason}")]
    HostKey { path: PathBuf, reason: String },
    #[error("a join code needs 4 to 32 letters or digits")]
    BadCode,
    #[error("no random numbers: {0}")]
    Random(String),
    #[error("the SSH server cannot start: {0}")]
    Runtime(String),
}

/// Where the server sends its events.
pub type EventSink = Arc<dyn Fn(HostEvent) + Send + Sync>;

/// What one connection's screen gets from the facilitator's side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ToScreen {
    Answer {
        request: Request,
        outcome: Result<(), Refusal>,
    },
    /// The connection ends, with this reason shown first.
    Close(crate::i18n::Msg),
}

struct Entry {
    remote: Remote,
    to_screen: mpsc::UnboundedSender<ToScreen>,
}

/// What the server remembers while it runs (never in a file).
#[derive(Default)]
pub(crate) struct Registry {
    next_connection: ConnectionId,
    /// Open connections with a screen.
    screens: HashMap<ConnectionId, Entry>,
    /// Guest ids by lower-case name, so a rejoin is the same person.
    guests: HashMap<String, ParticipantId>,
    /// Ideas added over SSH, by author: anonymous sessions store no author.
    ideas: HashMap<ParticipantId, HashSet<IdeaId>>,
    /// Ballots cast over SSH in anonymous sessions, for a revote; shown to
    /// nobody.
    anonymous_ballots: HashMap<(ParticipantId, RoundId), Vec<u32>>,
}

/// State shared by the handle and every connection.
pub(crate) struct Shared {
    pub config: HostConfig,
    /// The join code, normalised for comparing.
    pub code: String,
    pub sink: EventSink,
    pub snapshot: watch::Receiver<Arc<Snapshot>>,
    pub registry: Mutex<Registry>,
    pub connections: std::sync::atomic::AtomicUsize,
}

impl Shared {
    /// The registry; a panic in one connection never locks out the others.
    pub fn registry(&self) -> MutexGuard<'_, Registry> {
        self.registry
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn next_connection(&self) -> ConnectionId {
        let mut registry = self.registry();
        registry.next_connection += 1;
        registry.next_connection
    }

    /// The participant id for `name`: the roster's, else this run's guest id.
    pub fn participant_for(&self, name: &str) -> ParticipantId {
        let session = self.snapshot.borrow().session.clone();
        if let Some(person) = session.participant_by_name(name) {
            return person.id;
        }
        *self
            .registry()
            .guests
            .entry(name.trim().to_lowercase())
            .or_insert_with(ParticipantId::random)
    }

    /// Registers a screen; an earlier connection under the same name is
    /// told to close (the person rejoined, e.g. after a dropped line).
    pub fn add_screen(&self, remote: Remote, to_screen: mpsc::UnboundedSender<ToScreen>) {
        let mut registry = self.registry();
        for entry in registry.screens.values() {
            if entry.remote.name.to_lowercase() == remote.name.to_lowercase() {
                let _ = entry
                    .to_screen
                    .send(ToScreen::Close(crate::i18n::Msg::SshTakenOver));
            }
        }
        registry
            .screens
            .insert(remote.connection, Entry { remote, to_screen });
    }

    pub fn remove_screen(&self, connection: ConnectionId) -> Option<Remote> {
        self.registry().screens.remove(&connection).map(|e| e.remote)
    }

    /// Ideas the host remembers as this person's.
    pub fn own_ideas(&self, participant: ParticipantId) -> HashSet<IdeaId> {
        self.registry()
            .ideas
            .get(&participant)
            .cloned()
            .unwrap_or_default()
    }
}

/// Starts hosting.
pub struct Host;

impl Host {
    /// Binds the address, loads or makes the host key and starts the server
    /// thread. `first` is the state participants see until the first
    /// [`HostHandle::publish`]; `sink` gets every event, on the server's
    /// thread (keep it short: forward into a channel and wake the app).
    pub fn start(config: HostConfig, first: Snapshot, sink: EventSink) -> Result<HostHandle, HostError> {
        let code = match &config.join_code {
            Some(code) => keys::check_given_code(code)?,
            None => keys::random_code()?,
        };
        let key = keys::load_or_create(&config.key_dir)?;
        let fingerprint = keys::fingerprint(&key);
        let (publisher, snapshot) = watch::channel(Arc::new(first));
        let shared = Arc::new(Shared {
            code: keys::normalise_code(&code),
            sink,
            snapshot,
            registry: Mutex::new(Registry::default()),
            connections: Default::default(),
            config,
        });
        let running = server::spawn(shared.clone(), key)?;
        Ok(HostHandle {
            shared,
            publisher,
            code,
            fingerprint,
            running: Some(running),
        })
    }

    /// Like [`Host::start`], with the events in a channel the app can wait on.
    pub fn start_with_channel(
        config: HostConfig,
        first: Snapshot,
    ) -> Result<(HostHandle, std::sync::mpsc::Receiver<HostEvent>), HostError> {
        let (sender, receiver) = std::sync::mpsc::channel();
        let sender = Mutex::new(sender);
        let sink: EventSink = Arc::new(move |event| {
            if let Ok(sender) = sender.lock() {
                let _ = sender.send(event);
            }
        });
        Ok((Host::start(config, first, sink)?, receiver))
    }
}

/// The facilitator's side of a running host. Dropping it stops the server
/// and closes every connection.
pub struct HostHandle {
    shared: Arc<Shared>,
    publisher: watch::Sender<Arc<Snapshot>>,
    code: String,
    fingerprint: String,
    running: Option<server::Running>,
}

impl HostHandle {
    /// The join code to show, e.g. `K7M-4PX` (typed without the dash works too).
    pub fn join_code(&self) -> &str {
        &self.code
    }

    /// The host key's fingerprint as OpenSSH shows it (`SHA256:…`), for
    /// participants to compare when their client asks.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// The address the server listens on (with the port picked for port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.running.as_ref().map_or_else(
            || SocketAddr::new(self.shared.config.bind, self.shared.config.port),
            |r| r.local_addr,
        )
    }

    /// Everybody with an open participant screen, in joining order.
    pub fn connected(&self) -> Vec<Remote> {
        self.link().connected()
    }

    /// Sends the session (after a change) to every participant screen.
    pub fn publish(&self, session: &Session, stage: Stage) {
        self.publisher.send_replace(Arc::new(Snapshot {
            session: Arc::new(session.clone()),
            stage,
        }));
    }

    /// Like [`HostHandle::publish`], only when the session or the stage
    /// differ from what the participants have (after a key that changed
    /// nothing, nobody's screen redraws).
    pub fn publish_if_changed(&self, session: &Session, stage: Stage) {
        let changed = {
            let shown = self.publisher.borrow();
            shown.stage != stage || *shown.session != *session
        };
        if changed {
            self.publish(session, stage);
        }
    }

    /// The command that carries out `request` in `session`, or why not.
    /// Apply it like a local change, then call [`HostHandle::answer`].
    pub fn command_for(&self, session: &Session, request: &RemoteRequest) -> Result<Command, Refusal> {
        let participant = bridge::resolved_participant(session, &request.from);
        let registry = self.shared.registry();
        let own = match &request.request {
            Request::EditIdea { id, .. } | Request::DeleteIdea { id } => registry
                .ideas
                .get(&participant)
                .is_some_and(|ideas| ideas.contains(id)),
            _ => false,
        };
        let ballot = match &request.request {
            Request::CastBallot { round, .. } => registry.anonymous_ballots.get(&(participant, *round)),
            _ => None,
        };
        bridge::command_for(session, request, own, ballot.map(Vec::as_slice))
    }

    /// Tells the participant how their request went. `session` is the
    /// session after the command was applied (or left as it was).
    pub fn answer(&self, session: &Session, request: &RemoteRequest, outcome: Result<(), Refusal>) {
        let participant = bridge::resolved_participant(session, &request.from);
        let mut registry = self.shared.registry();
        if outcome.is_ok() {
            match &request.request {
                Request::AddIdea { id, .. } => {
                    registry.ideas.entry(participant).or_default().insert(*id);
                }
                Request::CastBallot { round, dots } if session.anonymous => {
                    registry
                        .anonymous_ballots
                        .insert((participant, *round), dots.clone());
                }
                _ => {}
            }
        }
        if let Some(entry) = registry.screens.get(&request.from.connection) {
            let _ = entry.to_screen.send(ToScreen::Answer {
                request: request.request.clone(),
                outcome,
            });
        }
    }

    /// Ends one participant's connection (they may join again).
    pub fn disconnect(&self, connection: ConnectionId) {
        self.link().disconnect(connection);
    }

    /// What a screen of the facilitator needs to show the host and end a
    /// connection; it does not keep the server running.
    pub fn link(&self) -> HostLink {
        HostLink {
            shared: self.shared.clone(),
            code: self.code.clone(),
            fingerprint: self.fingerprint.clone(),
            addr: self.local_addr(),
        }
    }

    /// Stops the server and waits for its thread.
    pub fn stop(mut self) {
        self.shut_down();
    }

    fn shut_down(&mut self) {
        if let Some(running) = self.running.take() {
            running.stop();
        }
    }
}

impl Drop for HostHandle {
    fn drop(&mut self) {
        self.shut_down();
    }
}

/// The name of the server's thread, for a panic hook that leaves that
/// thread's panics to the connection they end.
pub const SERVER_THREAD: &str = "plenum-ssh";

/// A view of a running host for the facilitator's screens: the join code,
/// the fingerprint, who is connected, and disconnecting someone.
#[derive(Clone)]
pub struct HostLink {
    shared: Arc<Shared>,
    code: String,
    fingerprint: String,
    addr: SocketAddr,
}

impl HostLink {
    pub fn join_code(&self) -> &str {
        &self.code
    }

    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Everybody with an open participant screen, in joining order.
    pub fn connected(&self) -> Vec<Remote> {
        let mut remotes: Vec<Remote> = self
            .shared
            .registry()
            .screens
            .values()
            .map(|e| e.remote.clone())
            .collect();
        remotes.sort_by_key(|r| r.connection);
        remotes
    }

    /// Ends one participant's connection (they may join again).
    pub fn disconnect(&self, connection: ConnectionId) {
        if let Some(entry) = self.shared.registry().screens.get(&connection) {
            let _ = entry
                .to_screen
                .send(ToScreen::Close(crate::i18n::Msg::SshDisconnected));
        }
    }
}

impl std::fmt::Debug for HostLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HostLink")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

/// Two links are the same when they show the same running host.
impl PartialEq for HostLink {
    fn eq(&self, other: &HostLink) -> bool {
        Arc::ptr_eq(&self.shared, &other.shared)
    }
}

impl Eq for HostLink {}

/// Applies `request` to `session` the way the facilitator's program does:
/// the command from [`HostHandle::command_for`], then the answer. For
/// programs (and tests) that hold the session directly rather than in an
/// undo history.
pub fn apply_request(handle: &HostHandle, session: &mut Session, request: &RemoteRequest) -> bool {
    let outcome = handle
        .command_for(session, request)
        .and_then(|command| session.apply(command).map(|_| ()).map_err(Refusal::from));
    let applied = outcome.is_ok();
    handle.answer(session, request, outcome);
    applied
}
