//! What wakes the event loop: a terminal event, a signal, a save that
//! has finished, or (with `plenum host`) a participant's connection. Each source has a thread of its own that blocks on it and
//! sends into one channel; the loop blocks on that channel (with a timeout
//! only while a timer runs), so an idle plenum uses no CPU and a finished
//! save is shown at once, without polling.

use super::document::saver::Waker;
use crate::host::{EventSink, HostEvent};
use crossterm::event::{self, Event};
use std::io;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

/// Why the event loop woke up.
#[derive(Debug)]
pub enum Wake {
    Input(Event),
    /// The terminal could not be read (it went away).
    InputFailed(io::Error),
    Signal(i32),
    /// The saver reported on a save.
    Saved,
    /// The SSH server: a participant joined, left or asks for a change.
    Host(HostEvent),
}

/// The one channel the event loop waits on.
pub struct Wakeups {
    receiver: Receiver<Wake>,
    sender: Sender<Wake>,
}

impl Default for Wakeups {
    fn default() -> Wakeups {
        Wakeups::new()
    }
}

impl Wakeups {
    /// The channel alone, before the terminal is read: `plenum host`
    /// starts its server (and reports a port in use on the command line)
    /// before the terminal is set up.
    pub fn new() -> Wakeups {
        let (sender, receiver) = channel();
        Wakeups { receiver, sender }
    }

    /// Starts the thread that reads the terminal: the only reader of it, so
    /// no event goes to a second one.
    pub fn read_terminal(&self) -> io::Result<()> {
        let input = self.sender.clone();
        std::thread::Builder::new()
            .name("plenum-input".into())
            .spawn(move || read_terminal(&input))?;
        Ok(())
    }

    /// What the saver calls after each attempt.
    pub fn waker(&self) -> Waker {
        let sender = self.sender.clone();
        Arc::new(move || {
            let _ = sender.send(Wake::Saved);
        })
    }

    /// What the SSH server calls with each of its events.
    pub fn host_sink(&self) -> EventSink {
        let sender = self.sender.clone();
        Arc::new(move |event| {
            let _ = sender.send(Wake::Host(event));
        })
    }

    /// The next wake-up; `None` when `timeout` passed first. Waits for ever
    /// without a timeout.
    pub fn next(&self, timeout: Option<Duration>) -> Option<Wake> {
        match timeout {
            // This holds a sender itself, so the channel never closes.
            None => self.receiver.recv().ok(),
            Some(timeout) => self.receiver.recv_timeout(timeout).ok(),
        }
    }

    /// A wake-up that is already waiting.
    pub fn waiting(&self) -> Option<Wake> {
        self.receiver.try_recv().ok()
    }

    /// Turns the signals that end, stop and continue a terminal program
    /// into wake-ups (SIGTERM, SIGHUP, SIGINT, SIGQUIT; SIGTSTP, SIGCONT).
    /// Their default actions no longer happen: the loop saves, restores the
    /// terminal and quits, or leaves and re-enters the terminal around a
    /// stop ([`stop_now`]).
    #[cfg(unix)]
    pub fn watch_signals(&self) -> io::Result<()> {
        use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
        for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP, SIGCONT] {
            let sender = self.sender.clone();
            on_signal(signal, move || sender.send(Wake::Signal(signal)).is_ok())?;
        }
        Ok(())
    }
}

/// Runs `then` on a thread of its own each time `signal` arrives, for as
/// long as it returns true. The handler itself only writes a byte to a
/// socket (all a signal handler may safely do).
#[cfg(unix)]
pub fn on_signal(signal: i32, mut then: impl FnMut() -> bool + Send + 'static) -> io::Result<()> {
    use std::io::Read;
    use std::os::unix::net::UnixStream;
    let (mut reader, writer) = UnixStream::pair()?;
    signal_hook::low_level::pipe::register(signal, writer)?;
    std::thread::Builder::new()
        .name(format!("plenum-signal-{signal}"))
        .spawn(move || {
            let mut byte = [0u8; 1];
            while reader.read(&mut byte).is_ok_and(|n| n > 0) {
                if !then() {
                    return;
                }
            }
        })?;
    Ok(())
}

/// What a signal asks of the event loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignalMeaning {
    /// Save, restore the terminal and end with this signal's exit code.
    Quit,
    /// Leave the terminal, then stop until continued.
    Stop,
    /// Continued after a stop: take the terminal again and draw it all.
    Continue,
}

#[cfg(unix)]
pub fn meaning(signal: i32) -> SignalMeaning {
    use signal_hook::consts::{SIGCONT, SIGTSTP};
    match signal {
        SIGTSTP => SignalMeaning::Stop,
        SIGCONT => SignalMeaning::Continue,
        _ => SignalMeaning::Quit,
    }
}

#[cfg(not(unix))]
pub fn meaning(_signal: i32) -> SignalMeaning {
    SignalMeaning::Quit
}

/// Stops the process as SIGTSTP would have (the terminal must be restored
/// first); returns when it is continued. A stop signal from the keyboard
/// does nothing to a program whose shell is gone (an orphaned process
/// group); SIGSTOP, which this sends, always stops.
#[cfg(unix)]
pub fn stop_now() {
    let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP);
}

#[cfg(not(unix))]
pub fn stop_now() {}

fn read_terminal(sender: &Sender<Wake>) {
    loop {
        let wake = match event::read() {
            Ok(event) => Wake::Input(event),
            Err(error) => Wake::InputFailed(error),
        };
        let failed = matches!(wake, Wake::InputFailed(_));
        if sender.send(wake).is_err() || failed {
            return;
        }
    }
}
