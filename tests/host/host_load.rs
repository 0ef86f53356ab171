//! A figure, not a check: how quickly the facilitator's control screen
//! answers a key while 50 participants (russh's client, in this process)
//! join, add 10 ideas each and cast one ballot against `plenum host` in a
//! pseudo-terminal. Run with
//! `cargo test --release --test host host_load -- --ignored --nocapture`;
//! it prints the median and the 90th percentile of key-to-frame latency.

#![cfg(unix)]

use crate::common;

use common::pty::Pty;
use plenum::core::voting::{self, OptionSource, RoundSpec};
use plenum::core::{DotBudget, RoundId};
use plenum::store;
use russh::client;
use russh::keys::PublicKeyOrCertificate;
use russh::{ChannelMsg, ChannelWriteHalf};
use std::ffi::OsStr;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const CODE: &str = "TEST-42";
const PEOPLE: usize = 50;
const IDEAS_EACH: usize = 10;

struct Accept;

impl client::Handler for Accept {
    type Error = russh::Error;

    async fn check_server_key(&mut self, _key: &PublicKeyOrCertificate) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

/// A session in its critique phase with three ideas and a round open on them.
fn write_session(path: &Path) {
    let mut session = common::critique_workshop(&[]);
    let phase = session.phases[1].id;
    session.ideas = common::loose_ideas(phase, 10, &["Alpha", "Bravo", "Charlie"]);
    let mut spec = RoundSpec::new(
        RoundId::from_u128(99),
        phase,
        "Most pressing",
        OptionSource::Ideas,
    );
    spec.budget = DotBudget::Fixed(1);
    let open = voting::open_round(&session, &spec).expect("a round");
    session.apply(open).expect("opens");
    common::write(path, &session);
}

/// One participant: joins, adds their ideas, casts a dot on the first
/// option, and counts themselves done when the screen confirms it.
async fn participate(port: u16, n: usize, done: Arc<AtomicUsize>) {
    let config = Arc::new(client::Config::default());
    let mut session = client::connect(config, ("127.0.0.1", port), Accept)
        .await
        .expect("connects");
    let auth = session
        .authenticate_password(format!("person{n}"), CODE)
        .await
        .expect("authenticates");
    assert!(auth.success());
    let channel = session.channel_open_session().await.expect("a channel");
    let (mut reader, writer): (_, ChannelWriteHalf<client::Msg>) = channel.split();
    writer
        .request_pty(false, "xterm-256color", 80, 24, 0, 0, &[])
        .await
        .expect("a pty");
    writer.request_shell(false).await.expect("a shell");
    let screen = Arc::new(Mutex::new(vt100::Parser::new(
        std::num::NonZeroU16::new(24).expect("rows"),
        std::num::NonZeroU16::new(80).expect("columns"),
        0,
    )));
    let task_screen = screen.clone();
    tokio::spawn(async move {
        while let Some(message) = reader.wait().await {
            if let ChannelMsg::Data { data } = message {
                task_screen.lock().expect("screen").process(&data);
            }
        }
    });
    let shows = |text: &str| screen.lock().expect("screen").screen().contents().contains(text);
    while !shows("Voting is open") {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    for i in 0..IDEAS_EACH {
        let bytes = format!("aidea {n}-{i}\r").into_bytes();
        writer.data_bytes(bytes).await.expect("send");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    writer.data_bytes(b"v \r".to_vec()).await.expect("send");
    while !shows("is in") {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    done.fetch_add(1, Ordering::SeqCst);
    // Stay connected until the measurement ends.
    tokio::time::sleep(Duration::from_secs(600)).await;
    drop(session);
}

fn selected_line(screen: &str) -> Option<String> {
    screen
        .lines()
        .find(|line| line.trim_start_matches('│').starts_with("> "))
        .map(String::from)
}

#[test]
#[ignore = "a figure for the README; run it by name"]
fn key_to_frame_latency_on_the_control_screen_while_fifty_participants_work() {
    let home = tempfile::tempdir().expect("a home folder");
    let file = home.path().join("werkstatt.ron");
    write_session(&file);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("a free port")
        .local_addr()
        .expect("its address")
        .port()
        .to_string();
    let args = [
        file.as_os_str(),
        OsStr::new("--port"),
        OsStr::new(&port),
        OsStr::new("--code"),
        OsStr::new(CODE),
    ];
    let mut host = Pty::spawn(
        home.path(),
        [OsStr::new("host")].into_iter().chain(args),
        "en_US.UTF-8",
        (),
    );
    host.wait_for("Nobody is connected");
    let port: u16 = port.parse().expect("a port");

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    let done = Arc::new(AtomicUsize::new(0));
    for n in 0..PEOPLE {
        runtime.spawn(participate(port, n, done.clone()));
    }
    host.wait_for("Connected: 2");

    let mut samples = Vec::new();
    let mut down = true;
    let deadline = Instant::now() + Duration::from_secs(300);
    while done.load(Ordering::SeqCst) < PEOPLE && Instant::now() < deadline {
        let before = selected_line(&host.screen());
        let sent = Instant::now();
        host.send(if down { "j" } else { "k" });
        down = !down;
        loop {
            host.pump(Duration::from_millis(1));
            if selected_line(&host.screen()) != before {
                break;
            }
            assert!(sent.elapsed() < Duration::from_secs(30), "no frame for the key");
        }
        samples.push(sent.elapsed());
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(done.load(Ordering::SeqCst), PEOPLE, "everybody finished");
    samples.sort();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q) as usize];
    println!(
        "key-to-frame latency over {} keys while {PEOPLE} participants added {} ideas and voted: median {:?}, 90th percentile {:?}, max {:?}",
        samples.len(),
        PEOPLE * IDEAS_EACH,
        at(0.5),
        at(0.9),
        at(1.0)
    );
    host.send("q");
    host.wait_for_exit();
    let session = store::load(&file).expect("reads");
    assert_eq!(session.ideas.len(), 3 + PEOPLE * IDEAS_EACH);
    assert_eq!(session.rounds[0].voters.len(), PEOPLE);
    runtime.shutdown_background();
}
