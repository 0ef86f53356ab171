//! Participants over SSH, end to end on the loopback interface: a test
//! facilitator thread owns the session (the single writer), applies what
//! participants ask for as commands and publishes every change; russh's
//! client plays the participants' terminals.

use crate::common::ssh::OpenSsh;
use jiff::Timestamp;
use plenum::core::voting::{self, OptionSource, RoundSpec};
use plenum::core::*;
use plenum::host::{self, Host, HostConfig, HostEvent, HostHandle, Stage};
use russh::client;
use russh::keys::PublicKeyOrCertificate;
use russh::{ChannelMsg, ChannelWriteHalf};
use std::sync::mpsc as std_mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const CODE: &str = "TEST-42";
/// Upper bound for anything to arrive; the tests wait for a state, they do
/// not measure time.
const PATIENCE: Duration = Duration::from_secs(60);

type Control = Box<dyn FnOnce(&mut Session, &mut Stage) + Send>;

enum Work {
    Event(HostEvent),
    Control(Control),
}

/// The facilitator's side: one thread that owns the session.
struct Facilitator {
    handle: Arc<HostHandle>,
    session: Arc<Mutex<Session>>,
    events: Arc<Mutex<Vec<HostEvent>>>,
    work: std_mpsc::Sender<Work>,
    _dir: tempfile::TempDir,
}

impl Facilitator {
    fn start(session: Session, max_participants: usize) -> Facilitator {
        Facilitator::start_with(session, |config| config.max_participants = max_participants)
    }

    fn start_with(session: Session, configure: impl FnOnce(&mut HostConfig)) -> Facilitator {
        let dir = tempfile::tempdir().unwrap();
        let mut config = HostConfig::new(dir.path());
        config.port = 0;
        config.join_code = Some(CODE.into());
        config.rejection_pause = Duration::from_millis(50);
        configure(&mut config);
        let (work, inbox) = std_mpsc::channel::<Work>();
        let sink_work = Mutex::new(work.clone());
        let sink: host::EventSink = Arc::new(move |event| {
            let _ = sink_work.lock().unwrap().send(Work::Event(event));
        });
        let first = host::Snapshot {
            session: Arc::new(session.clone()),
            stage: Stage::default(),
        };
        let handle = Arc::new(Host::start(config, first, sink).unwrap());
        let shared_session = Arc::new(Mutex::new(session));
        let events = Arc::new(Mutex::new(Vec::new()));
        let (thread_handle, thread_session, thread_events) =
            (handle.clone(), shared_session.clone(), events.clone());
        std::thread::spawn(move || {
            let mut stage = Stage::default();
            while let Ok(work) = inbox.recv() {
                let mut session = thread_session.lock().unwrap();
                match work {
                    Work::Event(HostEvent::Request(request)) => {
                        host::apply_request(&thread_handle, &mut session, &request);
                    }
                    Work::Event(other) => thread_events.lock().unwrap().push(other),
                    Work::Control(change) => change(&mut session, &mut stage),
                }
                thread_handle.publish(&session, stage);
            }
        });
        Facilitator {
            handle,
            session: shared_session,
            events,
            work,
            _dir: dir,
        }
    }

    fn port(&self) -> u16 {
        self.handle.local_addr().port()
    }

    fn control(&self, change: impl FnOnce(&mut Session, &mut Stage) + Send + 'static) {
        self.work.send(Work::Control(Box::new(change))).unwrap();
    }

    async fn wait_for(&self, what: &str, done: impl Fn(&Session) -> bool) {
        let start = Instant::now();
        while !done(&self.session.lock().unwrap()) {
            assert!(start.elapsed() < PATIENCE, "gave up waiting for {what}");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    fn joined(&self) -> usize {
        let events = self.events.lock().unwrap();
        events
            .iter()
            .filter(|e| matches!(e, HostEvent::Joined(_)))
            .count()
    }
}

fn workshop(anonymous: bool) -> Session {
    let mut session = Session::new("Town hall", "brainstorm", Language::En, Timestamp::UNIX_EPOCH);
    session.anonymous = anonymous;
    session.phases.push(Phase {
        id: PhaseId::from_u128(1),
        title: "Collect".into(),
        question: "What bothers us?".into(),
        timebox_minutes: 15,
        activities: vec![Activity::Capture, Activity::Vote, Activity::Checkin],
        seconds_used: 0,
        brainwriting: false,
    });
    session.participants.push(Participant {
        id: ParticipantId::from_u128(7),
        name: "Anna".into(),
        colour: Colour::Blue,
    });
    session
}

struct Accept;

impl client::Handler for Accept {
    type Error = russh::Error;

    async fn check_server_key(&mut self, _key: &PublicKeyOrCertificate) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

/// One participant's terminal: what the server sent, as raw bytes and as
/// the screen a terminal would show.
struct Terminal {
    session: client::Handle<Accept>,
    writer: ChannelWriteHalf<client::Msg>,
    raw: Arc<Mutex<Vec<u8>>>,
    screen: Arc<Mutex<vt100::Parser>>,
    closed: Arc<Mutex<bool>>,
}

async fn connect(port: u16) -> client::Handle<Accept> {
    let config = Arc::new(client::Config::default());
    client::connect(config, ("127.0.0.1", port), Accept)
        .await
        .unwrap()
}

async fn join(port: u16, name: &str) -> Terminal {
    join_sized(port, name, 80, 24).await
}

async fn join_sized(port: u16, name: &str, width: u32, height: u32) -> Terminal {
    let mut session = connect(port).await;
    let auth = session.authenticate_password(name, CODE).await.unwrap();
    assert!(auth.success(), "{name} could not join");
    let channel = session.channel_open_session().await.unwrap();
    let (mut reader, writer) = channel.split();
    writer
        .request_pty(false, "xterm-256color", width, height, 0, 0, &[])
        .await
        .unwrap();
    writer.request_shell(false).await.unwrap();
    let raw = Arc::new(Mutex::new(Vec::new()));
    let screen = Arc::new(Mutex::new(vt100::Parser::new(size(height), size(width), 0)));
    let closed = Arc::new(Mutex::new(false));
    let (task_raw, task_screen, task_closed) = (raw.clone(), screen.clone(), closed.clone());
    tokio::spawn(async move {
        while let Some(message) = reader.wait().await {
            if let ChannelMsg::Data { data } = message {
                task_raw.lock().unwrap().extend_from_slice(&data);
                task_screen.lock().unwrap().process(&data);
            }
        }
        *task_closed.lock().unwrap() = true;
    });
    Terminal {
        session,
        writer,
        raw,
        screen,
        closed,
    }
}

fn size(n: u32) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n as u16).unwrap()
}

impl Terminal {
    async fn send(&self, bytes: &[u8]) {
        self.writer.data_bytes(bytes.to_vec()).await.unwrap();
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    async fn wait_for_text(&self, text: &str) {
        let start = Instant::now();
        while !self.contents().contains(text) {
            assert!(
                start.elapsed() < PATIENCE,
                "never saw {text:?} on:\n{}",
                self.contents()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    async fn add_idea(&self, text: &str) {
        self.send(b"a").await;
        self.send(text.as_bytes()).await;
        self.send(b"\r").await;
    }
}

fn phase_ideas(session: &Session) -> Vec<&Idea> {
    session.ideas.iter().collect()
}

fn open_round(session: &mut Session) -> RoundId {
    let id = RoundId::from_u128(99);
    let mut spec = RoundSpec::new(id, PhaseId::from_u128(1), "Most pressing", OptionSource::Ideas);
    spec.budget = DotBudget::Fixed(2);
    let command = voting::open_round(session, &spec).unwrap();
    session.apply(command).unwrap();
    id
}

#[tokio::test]
async fn a_wrong_join_code_is_refused_and_the_connection_closes_after_three() {
    let facilitator = Facilitator::start(workshop(false), 100);
    let mut session = connect(facilitator.port()).await;
    for _ in 0..2 {
        let result = session.authenticate_password("anna", "WRONG-1").await.unwrap();
        assert!(!result.success());
    }
    let third = session.authenticate_password("anna", "WRONG-1").await;
    assert!(!matches!(third, Ok(ref r) if r.success()));
    // The connection is gone: even the right code cannot follow.
    let after = session.authenticate_password("anna", CODE).await;
    assert!(
        !matches!(after, Ok(ref r) if r.success()),
        "still open after three wrong codes"
    );
    assert_eq!(facilitator.joined(), 0);
}

#[tokio::test]
async fn the_join_code_works_as_a_keyboard_interactive_prompt() {
    let facilitator = Facilitator::start(workshop(false), 100);
    let mut session = connect(facilitator.port()).await;
    let first = session
        .authenticate_keyboard_interactive_start("anna", None)
        .await
        .unwrap();
    match first {
        client::KeyboardInteractiveAuthResponse::InfoRequest { prompts, .. } => {
            assert_eq!(prompts.len(), 1);
            assert!(prompts[0].prompt.contains("Join code"), "{:?}", prompts[0].prompt);
        }
        other => panic!("{other:?}"),
    }
    let answer = session
        .authenticate_keyboard_interactive_respond(vec!["test 42".into()])
        .await
        .unwrap();
    assert!(matches!(answer, client::KeyboardInteractiveAuthResponse::Success));
}

#[tokio::test]
async fn exec_subsystems_and_forwarding_are_refused() {
    let facilitator = Facilitator::start(workshop(false), 100);
    let mut session = connect(facilitator.port()).await;
    assert!(
        session
            .authenticate_password("anna", CODE)
            .await
            .unwrap()
            .success()
    );

    let mut channel = session.channel_open_session().await.unwrap();
    channel.exec(true, "cat /etc/passwd").await.unwrap();
    assert!(matches!(
        first_reply(&mut channel).await,
        Some(ChannelMsg::Failure)
    ));

    channel.request_subsystem(true, "sftp").await.unwrap();
    assert!(matches!(
        first_reply(&mut channel).await,
        Some(ChannelMsg::Failure)
    ));
    // One session channel per connection: a second is refused.
    assert!(session.channel_open_session().await.is_err());

    assert!(
        session.tcpip_forward("127.0.0.1", 0).await.is_err(),
        "remote forwarding"
    );
    let direct = session
        .channel_open_direct_tcpip("127.0.0.1", 22, "127.0.0.1", 4000)
        .await;
    assert!(direct.is_err(), "local forwarding");
    assert_eq!(facilitator.joined(), 0, "nobody got a screen");
}

async fn first_reply(channel: &mut russh::Channel<client::Msg>) -> Option<ChannelMsg> {
    loop {
        match tokio::time::timeout(PATIENCE, channel.wait()).await.ok()? {
            Some(ChannelMsg::WindowAdjusted { .. }) => continue,
            other => return other,
        }
    }
}

#[tokio::test]
async fn two_participants_add_ideas_and_vote_and_the_tally_is_exact() {
    let facilitator = Facilitator::start(workshop(false), 100);
    let anna = join(facilitator.port(), "anna").await;
    let ben = join(facilitator.port(), "Ben").await;
    anna.wait_for_text("What bothers us?").await;
    ben.wait_for_text("What bothers us?").await;

    // Brainwriting: the cards come in covered.
    facilitator.control(|session, _| session.phases[0].brainwriting = true);
    anna.add_idea("Meetings start late").await;
    anna.add_idea("Too much paper").await;
    ben.add_idea("No coffee").await;
    facilitator.wait_for("three ideas", |s| s.ideas.len() == 3).await;
    anna.wait_for_text("Too much paper").await;
    ben.wait_for_text("covered card").await;
    assert!(!ben.contents().contains("Too much paper"), "{}", ben.contents());

    {
        let session = facilitator.session.lock().unwrap();
        let anna_id = session.participant_by_name("Anna").unwrap().id;
        let ben_id = session
            .participant_by_name("Ben")
            .expect("Ben joined as a guest")
            .id;
        for idea in phase_ideas(&session) {
            assert!(idea.hidden);
            let author = if idea.text == "No coffee" { ben_id } else { anna_id };
            assert_eq!(idea.authors, vec![author], "{}", idea.text);
        }
    }

    facilitator.control(|session, _| {
        session.phases[0].brainwriting = false;
        session.ideas.iter_mut().for_each(|idea| idea.hidden = false);
        open_round(session);
    });
    anna.wait_for_text("Voting is open").await;
    ben.wait_for_text("No coffee").await;
    ben.wait_for_text("Voting is open").await;

    // Anna: one dot each on the first two ideas. Ben: one on the third.
    anna.send(b"v").await;
    anna.wait_for_text("Your ballot").await;
    anna.send(b" \x1b[B ").await;
    anna.send(b"\r").await;
    ben.send(b"v").await;
    ben.wait_for_text("Your ballot").await;
    ben.send(b"\x1b[B\x1b[B \r").await;
    facilitator
        .wait_for("two ballots", |s| s.rounds[0].voters.len() == 2)
        .await;

    // A second ballot is refused: the round allows no revotes.
    anna.send(b"v").await;
    anna.wait_for_text("voted already").await;
    for terminal in [&anna, &ben] {
        let screen = terminal.contents();
        assert!(
            !screen.contains("Results:") && !screen.contains(" ●  "),
            "a tally before the reveal:\n{screen}"
        );
    }

    facilitator.control(|session, _| {
        let reveal = voting::reveal(session, RoundId::from_u128(99)).unwrap();
        session.apply(reveal).unwrap();
    });
    anna.wait_for_text("Results: Most pressing").await;
    let session = facilitator.session.lock().unwrap().clone();
    assert_eq!(session.rounds[0].tally, vec![1, 1, 1]);
    let results = voting::results(&session.rounds[0]).unwrap();
    assert_eq!(results.voters, 2);
    assert_eq!(results.total_dots, 3);
    ben.wait_for_text("1 ●  Too much paper").await;
}

#[tokio::test]
async fn a_dropped_connection_rejoins_as_the_same_person() {
    let facilitator = Facilitator::start(workshop(false), 100);
    let first = join(facilitator.port(), "Carla").await;
    first.add_idea("Shared calendar").await;
    facilitator
        .wait_for("the first idea", |s| s.ideas.len() == 1)
        .await;
    // The line drops without a goodbye.
    drop(first);

    let again = join(facilitator.port(), "carla").await;
    again.wait_for_text("Shared calendar").await;
    again.wait_for_text("(yours)").await;
    // Her own idea stays hers: she may change it.
    again.send(b"e").await;
    again.send(b" for all\r").await;
    facilitator
        .wait_for("the changed idea", |s| {
            s.ideas[0].text == "Shared calendar for all"
        })
        .await;
    again.add_idea("Quiet room").await;
    facilitator
        .wait_for("the second idea", |s| s.ideas.len() == 2)
        .await;
    let session = facilitator.session.lock().unwrap();
    let carla: Vec<_> = session
        .participants
        .iter()
        .filter(|p| p.name.to_lowercase() == "carla")
        .collect();
    assert_eq!(carla.len(), 1, "one person, not two");
    assert!(session.ideas.iter().all(|i| i.authors == vec![carla[0].id]));
}

#[tokio::test]
async fn an_oversized_paste_is_bounded() {
    let facilitator = Facilitator::start(workshop(false), 100);
    let anna = join(facilitator.port(), "Anna").await;
    anna.wait_for_text("What bothers us?").await;
    anna.send(b"a\x1b[200~").await;
    let block = vec![b'x'; 30_000];
    for _ in 0..10 {
        anna.send(&block).await;
    }
    anna.send(b"\x1b[201~").await;
    anna.wait_for_text("cut to 20000 characters").await;
    anna.send(b"\r").await;
    facilitator
        .wait_for("the pasted idea", |s| s.ideas.len() == 1)
        .await;
    assert_eq!(
        facilitator.session.lock().unwrap().ideas[0].text.chars().count(),
        text::MAX_TEXT_CHARS
    );

    // A flood far beyond any paste: input is dropped, the connection lives.
    let flood = vec![b'x'; 1 << 16];
    for _ in 0..64 {
        anna.send(&flood).await;
    }
    let start = Instant::now();
    loop {
        anna.add_idea("After the flood").await;
        let arrived = tokio::time::timeout(
            Duration::from_secs(2),
            facilitator.wait_for("the idea after the flood", |s| {
                s.ideas.iter().any(|i| i.text == "After the flood")
            }),
        )
        .await;
        if arrived.is_ok() {
            break;
        }
        assert!(
            start.elapsed() < PATIENCE,
            "the flooded connection stopped working"
        );
    }
}

#[tokio::test]
async fn escape_sequences_typed_by_a_participant_never_reach_another_terminal() {
    let facilitator = Facilitator::start(workshop(false), 100);
    let anna = join(facilitator.port(), "Anna").await;
    let ben = join(facilitator.port(), "Ben").await;
    ben.wait_for_text("What bothers us?").await;
    let before = ben.raw.lock().unwrap().len();
    // Typed: clear screen, a window title, a colour, and a pasted sequence.
    anna.send(b"aPark\x1b[2J\x1b]0;owned\x07ing\x1b[31m").await;
    anna.send(b"\x1b[200~ lot\x1b]2;owned\x07\x1b[201~\r").await;
    facilitator.wait_for("the idea", |s| s.ideas.len() == 1).await;
    ben.wait_for_text("Parking lot").await;
    let session = facilitator.session.lock().unwrap().clone();
    assert_eq!(session.ideas[0].text, "Parking lot");
    let raw = ben.raw.lock().unwrap()[before..].to_vec();
    let raw = String::from_utf8_lossy(&raw);
    assert!(!raw.contains("owned"), "the title sequence reached Ben");
    assert!(!raw.contains("\x1b]"), "an OSC sequence reached Ben");
}

#[tokio::test]
async fn a_participant_resizing_to_20x5_keeps_the_connection() {
    let facilitator = Facilitator::start(workshop(false), 100);
    let anna = join(facilitator.port(), "Anna").await;
    anna.wait_for_text("What bothers us?").await;
    anna.writer.window_change(20, 5, 0, 0).await.unwrap();
    anna.screen.lock().unwrap().set_size(size(5), size(20));
    anna.wait_for_text("Please").await;
    // Absurd sizes are taken within reason, and nothing breaks.
    anna.writer.window_change(100_000, 0, 0, 0).await.unwrap();
    anna.writer.window_change(120, 40, 0, 0).await.unwrap();
    anna.screen.lock().unwrap().set_size(size(40), size(120));
    anna.add_idea("Still here").await;
    facilitator.wait_for("the idea", |s| s.ideas.len() == 1).await;
    anna.wait_for_text("Still here").await;
    assert!(!*anna.closed.lock().unwrap());
}

#[tokio::test]
async fn quitting_ends_the_screen_and_the_facilitator_hears_of_it() {
    let facilitator = Facilitator::start(workshop(false), 100);
    let anna = join(facilitator.port(), "Anna").await;
    anna.wait_for_text("What bothers us?").await;
    assert_eq!(facilitator.handle.connected().len(), 1);
    anna.send(b"q").await;
    let start = Instant::now();
    while !*anna.closed.lock().unwrap() {
        assert!(start.elapsed() < PATIENCE, "the channel stayed open");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    while !facilitator.handle.connected().is_empty() {
        assert!(start.elapsed() < PATIENCE, "still listed as connected");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let events = facilitator.events.lock().unwrap();
    assert!(
        events
            .iter()
            .any(|e| matches!(e, HostEvent::Left(r) if r.name == "Anna"))
    );
    drop(anna.session);
}

#[tokio::test]
async fn more_than_the_limit_are_turned_away() {
    let facilitator = Facilitator::start(workshop(false), 2);
    let _anna = join(facilitator.port(), "Anna").await;
    let _ben = join(facilitator.port(), "Ben").await;
    let config = Arc::new(client::Config::default());
    let third = tokio::time::timeout(
        PATIENCE,
        client::connect(config, ("127.0.0.1", facilitator.port()), Accept),
    )
    .await;
    assert!(matches!(third, Ok(Err(_))), "a third connection got in");
}

#[tokio::test]
async fn fifty_participants_at_once_lose_nothing() {
    const PEOPLE: usize = 50;
    const IDEAS_EACH: usize = 10;
    let facilitator = Facilitator::start(workshop(true), 100);
    let port = facilitator.port();
    let mut joining = Vec::new();
    for n in 0..PEOPLE {
        joining.push(tokio::spawn(
            async move { join(port, &format!("person{n}")).await },
        ));
    }
    let mut people = Vec::new();
    for task in joining {
        people.push(task.await.unwrap());
    }
    for person in &people {
        person.wait_for_text("What bothers us?").await;
    }
    for (n, person) in people.iter().enumerate() {
        let writer_ideas: Vec<String> = (0..IDEAS_EACH).map(|i| format!("idea {n}-{i}")).collect();
        let bytes: Vec<u8> = writer_ideas
            .iter()
            .flat_map(|t| format!("a{t}\r").into_bytes())
            .collect();
        person.send(&bytes).await;
    }
    facilitator
        .wait_for("every idea", |s| s.ideas.len() == PEOPLE * IDEAS_EACH)
        .await;

    facilitator.control(|session, _| {
        open_round(session);
    });
    for person in &people {
        person.wait_for_text("Voting is open").await;
    }
    // Everybody puts a dot on the first option.
    for person in &people {
        person.send(b"v \r").await;
    }
    facilitator
        .wait_for("every ballot", |s| s.rounds[0].voters.len() == PEOPLE)
        .await;

    let session = facilitator.session.lock().unwrap().clone();
    let mut texts: Vec<&str> = session.ideas.iter().map(|i| i.text.as_str()).collect();
    texts.sort();
    texts.dedup();
    assert_eq!(texts.len(), PEOPLE * IDEAS_EACH, "no idea lost or doubled");
    assert!(
        session.ideas.iter().all(|i| i.authors.is_empty()),
        "anonymous: no authors"
    );
    let round = &session.rounds[0];
    assert!(round.ballots.is_empty(), "anonymous: no ballots stored");
    assert_eq!(round.tally.iter().sum::<u32>(), PEOPLE as u32);
    assert_eq!(round.tally[0], PEOPLE as u32, "every ballot counted once");
    let mut voters: Vec<_> = round.voters.iter().map(|v| v.participant).collect();
    voters.dedup();
    assert_eq!(voters.len(), PEOPLE);
    // The voters were added to the roster with their ballot.
    assert_eq!(session.participants.len(), PEOPLE + 1);
}

#[tokio::test]
async fn an_idle_connection_is_closed() {
    let facilitator = Facilitator::start_with(workshop(false), |config| {
        config.idle_timeout = Duration::from_millis(300);
    });
    let anna = join(facilitator.port(), "Anna").await;
    anna.wait_for_text("What bothers us?").await;
    let start = Instant::now();
    while !*anna.closed.lock().unwrap() {
        assert!(start.elapsed() < PATIENCE, "the idle connection stayed open");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    while !facilitator.handle.connected().is_empty() {
        assert!(start.elapsed() < PATIENCE, "still listed as connected");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn malformed_traffic_ends_only_that_connection() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let facilitator = Facilitator::start_with(workshop(false), |config| {
        config.login_timeout = Duration::from_millis(500);
    });
    let anna = join(facilitator.port(), "Anna").await;
    anna.wait_for_text("What bothers us?").await;
    for garbage in [
        b"GET / HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(),
        b"SSH-2.0-OpenSSH_9.9\r\n\x00\x00\xff\xff\x0a\x14garbage-packet-that-is-not-ssh".to_vec(),
        (0..=255u8).cycle().take(70_000).collect(),
    ] {
        let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", facilitator.port()))
            .await
            .unwrap();
        let _ = stream.write_all(&garbage).await;
        let mut answer = Vec::new();
        // The server gives up on it: the stream ends (or is reset).
        let read = tokio::time::timeout(PATIENCE, stream.read_to_end(&mut answer)).await;
        assert!(read.is_ok(), "the server kept a broken connection open");
    }
    // Everybody else carries on, and newcomers still get in.
    anna.add_idea("Still fine").await;
    facilitator.wait_for("the idea", |s| s.ideas.len() == 1).await;
    let ben = join(facilitator.port(), "Ben").await;
    ben.wait_for_text("Still fine").await;
}

#[tokio::test]
async fn a_checkin_is_answered_from_the_participants_terminal() {
    let facilitator = Facilitator::start(workshop(false), 100);
    let anna = join(facilitator.port(), "Anna").await;
    anna.wait_for_text("What bothers us?").await;
    let checkin = CheckinId::from_u128(40);
    facilitator.control(move |session, _| {
        let open = followup::open_checkin(session, checkin, CheckinScale::Mood, "How do you feel?", None);
        session.apply(open).unwrap();
    });
    anna.wait_for_text("Press c to answer").await;
    anna.send(b"c").await;
    anna.wait_for_text("from 1 to 5").await;
    anna.send(b"4\r").await;
    facilitator
        .wait_for("the answer", |s| s.checkins[0].total() == 1)
        .await;
    anna.wait_for_text("your answer is in").await;
    let session = facilitator.session.lock().unwrap().clone();
    assert_eq!(session.checkins[0].counts, vec![0, 0, 0, 1, 0]);
    assert_eq!(session.checkins[0].respondents, vec![ParticipantId::from_u128(7)]);
    // The answer is not shown before the reveal.
    assert!(!anna.contents().contains("4: 1"), "{}", anna.contents());
}

#[tokio::test]
async fn an_anonymous_revote_replaces_the_earlier_ballot() {
    let facilitator = Facilitator::start(workshop(true), 100);
    let anna = join(facilitator.port(), "Anna").await;
    anna.wait_for_text("What bothers us?").await;
    anna.add_idea("One").await;
    anna.add_idea("Two").await;
    facilitator.wait_for("two ideas", |s| s.ideas.len() == 2).await;
    facilitator.control(|session, _| {
        let id = open_round(session);
        let allow = voting::set_allow_revote(session, id, true).unwrap();
        session.apply(allow).unwrap();
    });
    anna.wait_for_text("Voting is open").await;
    anna.send(b"v \r").await;
    facilitator
        .wait_for("the first ballot", |s| s.rounds[0].voters.len() == 1)
        .await;
    anna.wait_for_text("Nobody sees your dots").await;
    // Again: the first dot off, one on the second option.
    anna.send(b"v \x1b[B \r").await;
    facilitator
        .wait_for("the second ballot", |s| s.rounds[0].tally == vec![0, 1])
        .await;
    let session = facilitator.session.lock().unwrap().clone();
    assert_eq!(session.rounds[0].voters.len(), 1, "still one voter");
    assert!(session.rounds[0].ballots.is_empty(), "nothing stored per person");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_openssh_client_joins_checks_the_fingerprint_and_adds_an_idea() {
    let facilitator = Facilitator::start(workshop(false), 100);
    let port = facilitator.port();
    let fingerprint = facilitator.handle.fingerprint().to_string();
    let session = facilitator.session.clone();
    tokio::task::spawn_blocking(move || {
        let mut ssh = OpenSsh::start(port, "Ben");
        let screen = ssh.wait_for("continue connecting");
        assert!(
            screen.contains(&fingerprint),
            "OpenSSH shows another fingerprint:\n{screen}"
        );
        ssh.send("yes\r");
        ssh.wait_for("Join code:");
        ssh.send("test-42\r");
        ssh.wait_for("What bothers us?");
        ssh.send("aFrom OpenSSH\r");
        ssh.wait_for("(yours)");
        ssh.resize(20, 5);
        ssh.wait_for("Please");
        ssh.resize(100, 30);
        ssh.wait_for("From OpenSSH");
        ssh.send("q");
        let start = Instant::now();
        let status = loop {
            if let Some(status) = ssh.child.try_wait().unwrap() {
                break status;
            }
            assert!(start.elapsed() < PATIENCE, "ssh did not end");
            while let Ok(bytes) = ssh.output.try_recv() {
                ssh.parser.process(&bytes);
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        assert!(status.success(), "ssh ended with {status:?}");
        while let Ok(bytes) = ssh.output.recv_timeout(Duration::from_millis(300)) {
            ssh.parser.process(&bytes);
        }
        // The terminal is back: no alternate screen, the cursor shown.
        assert!(!ssh.parser.screen().alternate_screen());
        assert!(!ssh.parser.screen().hide_cursor());
    })
    .await
    .unwrap();
    let session = session.lock().unwrap();
    assert_eq!(session.ideas.len(), 1);
    assert_eq!(session.ideas[0].text, "From OpenSSH");
    assert_eq!(session.participant_name(session.ideas[0].authors[0]), Some("Ben"));
}
