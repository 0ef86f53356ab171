//! The SSH side: one thread with a current-thread tokio runtime, an accept
//! loop, and a russh handler per connection that admits people with the
//! join code and offers nothing but the participant screen.
//!
//! Every connection runs in its own task: malformed traffic or a panic ends
//! that task and with it that connection only.

use super::connection::{self, FromClient, ScreenStart};
use super::keys::{codes_match, normalise_code};
use super::{HostError, Shared};
use crate::core::text::clean_line;
use crate::i18n::{Msg, tr};
use russh::keys::PrivateKey;
use russh::server::{Auth, Config, Handler, Msg as ServerMsg, Response, Session};
use russh::{Channel, ChannelId, MethodKind, MethodSet};
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};

/// Longest SSH user name taken as a person's name.
const MAX_NAME_CHARS: usize = 60;
/// Bytes of input a screen may have waiting; beyond that a flooding client's
/// input is dropped. The SSH handler never waits for the screen, so a
/// screen busy sending frames can never stall its own connection.
pub(crate) const MAX_PENDING_INPUT: usize = 1 << 20;

/// The running server thread.
pub(crate) struct Running {
    pub local_addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Running {
    pub fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Binds the listening socket here, so that a port in use is an error for
/// the caller, and serves on a new thread.
pub(crate) fn spawn(shared: Arc<Shared>, key: PrivateKey) -> Result<Running, HostError> {
    let addr = SocketAddr::new(shared.config.bind, shared.config.port);
    let bind_error = |source| HostError::Bind { addr, source };
    let listener = std::net::TcpListener::bind(addr).map_err(bind_error)?;
    listener.set_nonblocking(true).map_err(bind_error)?;
    let local_addr = listener.local_addr().map_err(bind_error)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()
        .map_err(|e| HostError::Runtime(e.to_string()))?;
    let config = Arc::new(ssh_config(&shared, key));
    let (stop, stopped) = oneshot::channel();
    let thread = std::thread::Builder::new()
        .name(super::SERVER_THREAD.into())
        .spawn(move || {
            runtime.block_on(async move {
                if let Ok(listener) = tokio::net::TcpListener::from_std(listener) {
                    accept_loop(shared, config, listener, stopped).await;
                }
            });
            // Dropping the runtime ends every connection.
            runtime.shutdown_timeout(Duration::from_secs(1));
        })
        .map_err(|e| HostError::Runtime(e.to_string()))?;
    Ok(Running {
        local_addr,
        stop: Some(stop),
        thread: Some(thread),
    })
}

fn ssh_config(shared: &Shared, key: PrivateKey) -> Config {
    Config {
        methods: allowed_methods(),
        auth_rejection_time: shared.config.rejection_pause,
        // OpenSSH first asks which methods there are; no pause for that.
        auth_rejection_time_initial: Some(Duration::ZERO),
        keys: vec![key],
        inactivity_timeout: Some(shared.config.idle_timeout),
        // Public keys offered by an agent count as attempts too; the join
        // code has its own, lower limit.
        max_auth_attempts: 20,
        nodelay: true,
        ..Config::default()
    }
}

fn allowed_methods() -> MethodSet {
    MethodSet::from(&[MethodKind::KeyboardInteractive, MethodKind::Password][..])
}

fn refuse() -> Auth {
    Auth::Reject {
        proceed_with_methods: Some(allowed_methods()),
        partial_success: false,
    }
}

async fn accept_loop(
    shared: Arc<Shared>,
    config: Arc<Config>,
    listener: tokio::net::TcpListener,
    mut stopped: oneshot::Receiver<()>,
) {
    loop {
        tokio::select! {
            _ = &mut stopped => return,
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => {
                    let taken = shared.connections.fetch_add(1, Ordering::SeqCst);
                    let slot = Slot(shared.clone());
                    if taken >= shared.config.max_participants {
                        // The workshop is full: the connection closes at once.
                        drop(stream);
                        drop(slot);
                        continue;
                    }
                    let handler = Participant::new(shared.clone(), peer);
                    tokio::spawn(serve(config.clone(), stream, handler, slot));
                }
                // Out of file handles and the like: wait a moment.
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }
}

/// Runs one connection. Who has not entered the join code by the login
/// deadline (a stalled handshake, a port scanner, a forgotten password
/// prompt) is cut off, so they hold no place for long.
async fn serve(config: Arc<Config>, stream: tokio::net::TcpStream, handler: Participant, _slot: Slot) {
    let _ = stream.set_nodelay(true);
    let admitted = handler.admitted.clone();
    let login_timeout = handler.shared.config.login_timeout;
    let (stream, cut) = Cuttable::new(stream);
    tokio::spawn(async move {
        tokio::time::sleep(login_timeout).await;
        if !admitted.load(Ordering::SeqCst) {
            cut.cut();
        }
    });
    if let Ok(session) = russh::server::run_stream(config, stream, handler).await {
        let _ = session.await;
    }
}

/// A TCP stream the server can end from outside: after [`Cut::cut`] every
/// read and write fails, whatever state the SSH session is in.
struct Cuttable {
    inner: tokio::net::TcpStream,
    cut: Arc<CutState>,
}

#[derive(Default)]
struct CutState {
    done: std::sync::atomic::AtomicBool,
    wakers: std::sync::Mutex<Vec<std::task::Waker>>,
}

struct Cut(Arc<CutState>);

impl Cut {
    fn cut(&self) {
        self.0.done.store(true, Ordering::SeqCst);
        let wakers = std::mem::take(&mut *self.0.wakers.lock().unwrap_or_else(|e| e.into_inner()));
        wakers.into_iter().for_each(std::task::Waker::wake);
    }
}

impl Cuttable {
    fn new(inner: tokio::net::TcpStream) -> (Cuttable, Cut) {
        let cut = Arc::new(CutState::default());
        (
            Cuttable {
                inner,
                cut: cut.clone(),
            },
            Cut(cut),
        )
    }

    /// Fails once cut; otherwise remembers who waits, to wake them on a cut.
    fn check(&self, cx: &std::task::Context<'_>) -> std::io::Result<()> {
        if self.cut.done.load(Ordering::SeqCst) {
            return Err(std::io::ErrorKind::ConnectionAborted.into());
        }
        let mut wakers = self.cut.wakers.lock().unwrap_or_else(|e| e.into_inner());
        if !wakers.iter().any(|w| w.will_wake(cx.waker())) {
            wakers.push(cx.waker().clone());
        }
        Ok(())
    }
}

impl tokio::io::AsyncRead for Cuttable {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        if let Err(error) = self.check(cx) {
            return std::task::Poll::Ready(Err(error));
        }
        std::pin::Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl tokio::io::AsyncWrite for Cuttable {
    fn poll_write(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        if let Err(error) = self.check(cx) {
            return std::task::Poll::Ready(Err(error));
        }
        std::pin::Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// One place of the participant limit, given back when the connection
/// ends in any way (also by a panic).
struct Slot(Arc<Shared>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.connections.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Why a connection was ended by the server.
#[derive(Debug)]
pub(crate) struct Ended(#[allow(dead_code)] String);

impl From<russh::Error> for Ended {
    fn from(error: russh::Error) -> Ended {
        Ended(error.to_string())
    }
}

/// The russh handler of one connection.
struct Participant {
    shared: Arc<Shared>,
    #[allow(dead_code)]
    peer: SocketAddr,
    wrong_codes: u32,
    /// The person's name once the join code was right.
    name: Option<String>,
    channel: Option<ChannelId>,
    size: (u16, u16),
    to_screen: Option<mpsc::UnboundedSender<FromClient>>,
    /// Input bytes the screen has not handled yet.
    pending: Arc<std::sync::atomic::AtomicUsize>,
    /// Input is being dropped (the screen was told once).
    flooding: bool,
    /// Set once the join code was right.
    admitted: Arc<std::sync::atomic::AtomicBool>,
}

impl Participant {
    fn new(shared: Arc<Shared>, peer: SocketAddr) -> Participant {
        Participant {
            shared,
            peer,
            wrong_codes: 0,
            name: None,
            channel: None,
            size: (80, 24),
            to_screen: None,
            pending: Default::default(),
            flooding: false,
            admitted: Default::default(),
        }
    }

    async fn check_code(&mut self, user: &str, typed: &str) -> Result<Auth, Ended> {
        let name = clean_line(user);
        let name_fits = !name.is_empty() && name.chars().count() <= MAX_NAME_CHARS;
        if name_fits && codes_match(&self.shared.code, &normalise_code(typed)) {
            self.name = Some(name);
            self.admitted.store(true, Ordering::SeqCst);
            return Ok(Auth::Accept);
        }
        self.wrong_codes += 1;
        if self.wrong_codes >= self.shared.config.max_wrong_codes {
            tokio::time::sleep(self.shared.config.rejection_pause).await;
            return Err(Ended("too many wrong join codes".into()));
        }
        Ok(refuse())
    }

    fn start_screen(&mut self, channel: ChannelId, session: &mut Session) {
        let Some(name) = self.name.clone() else { return };
        if self.to_screen.is_some() {
            return;
        }
        let (sender, receiver) = mpsc::unbounded_channel();
        self.to_screen = Some(sender);
        connection::start(ScreenStart {
            shared: self.shared.clone(),
            handle: session.handle(),
            channel,
            name,
            size: self.size,
            input: receiver,
            pending: self.pending.clone(),
        });
    }
}

/// Terminal sizes are taken within reason: a client claiming a huge window
/// gets a screen of this size at most.
pub(crate) fn sane_size(width: u32, height: u32) -> (u16, u16) {
    let clamp = |value: u32, default: u16, max: u16| {
        if value == 0 {
            default
        } else {
            value.min(u32::from(max)) as u16
        }
    };
    (clamp(width, 80, 500), clamp(height, 24, 300))
}

impl Handler for Participant {
    type Error = Ended;

    async fn auth_none(&mut self, _user: &str) -> Result<Auth, Self::Error> {
        Ok(refuse())
    }

    async fn auth_publickey_offered(
        &mut self,
        _user: &str,
        _offer: russh::server::PublicKeyOffer<'_>,
    ) -> Result<Auth, Self::Error> {
        Ok(refuse())
    }

    async fn auth_publickey(
        &mut self,
        _user: &str,
        _key: russh::server::VerifiedPublicKey<'_>,
    ) -> Result<Auth, Self::Error> {
        Ok(refuse())
    }

    async fn auth_password(&mut self, user: &str, password: &str) -> Result<Auth, Self::Error> {
        self.check_code(user, password).await
    }

    async fn auth_keyboard_interactive<'a>(
        &'a mut self,
        user: &str,
        _submethods: &str,
        response: Option<Response<'a>>,
    ) -> Result<Auth, Self::Error> {
        match response {
            None => {
                let lang = self.shared.snapshot.borrow().session.language;
                Ok(Auth::Partial {
                    name: "plenum".into(),
                    instructions: "".into(),
                    prompts: vec![(tr(lang, Msg::SshJoinPrompt).into(), false)].into(),
                })
            }
            Some(mut response) => {
                let typed = response
                    .next()
                    .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
                    .unwrap_or_default();
                self.check_code(user, &typed).await
            }
        }
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<ServerMsg>,
        reply: russh::server::ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.channel.is_some() || self.name.is_none() {
            reply
                .reject(russh::ChannelOpenFailure::AdministrativelyProhibited)
                .await;
            return Ok(());
        }
        self.channel = Some(channel.id());
        reply.accept().await;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    async fn pty_request(
        &mut self,
        channel: ChannelId,
        _term: &str,
        col_width: u32,
        row_height: u32,
        _pix_width: u32,
        _pix_height: u32,
        _modes: &[(russh::Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.size = sane_size(col_width, row_height);
        session.channel_success(channel)?;
        Ok(())
    }

    async fn shell_request(&mut self, channel: ChannelId, session: &mut Session) -> Result<(), Self::Error> {
        if Some(channel) != self.channel {
            session.channel_failure(channel)?;
            return Ok(());
        }
        session.channel_success(channel)?;
        self.start_screen(channel, session);
        Ok(())
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        _data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)?;
        Ok(())
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        _name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)?;
        Ok(())
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _single_connection: bool,
        _protocol: &str,
        _cookie: &str,
        _screen: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)?;
        Ok(())
    }

    async fn agent_request(
        &mut self,
        _channel: ChannelId,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(false)
    }

    async fn tcpip_forward(
        &mut self,
        _address: &str,
        _port: &mut u32,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(false)
    }

    async fn streamlocal_forward(
        &mut self,
        _path: &str,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(false)
    }

    async fn window_change_request(
        &mut self,
        _channel: ChannelId,
        col_width: u32,
        row_height: u32,
        _pix_width: u32,
        _pix_height: u32,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        let (width, height) = sane_size(col_width, row_height);
        self.size = (width, height);
        if let Some(screen) = &self.to_screen {
            let _ = screen.send(FromClient::Resize(width, height));
        }
        Ok(())
    }

    async fn data(
        &mut self,
        _channel: ChannelId,
        data: &[u8],
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        let Some(screen) = &self.to_screen else {
            return Ok(());
        };
        let waiting = self.pending.load(Ordering::SeqCst);
        if waiting + data.len() > MAX_PENDING_INPUT {
            if !self.flooding {
                self.flooding = true;
                let _ = screen.send(FromClient::Flooded);
            }
            return Ok(());
        }
        self.flooding = false;
        self.pending.fetch_add(data.len(), Ordering::SeqCst);
        let _ = screen.send(FromClient::Data(data.to_vec()));
        Ok(())
    }

    async fn channel_eof(&mut self, _channel: ChannelId, _session: &mut Session) -> Result<(), Self::Error> {
        self.to_screen = None;
        Ok(())
    }

    async fn channel_close(
        &mut self,
        _channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.to_screen = None;
        Ok(())
    }
}
