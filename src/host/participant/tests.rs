use super::*;
use crate::core::voting::{OptionSource, RoundSpec};
use crate::host::bridge::Stage;
use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const ANNA: ParticipantId = ParticipantId(uuid::Uuid::from_u128(10));
const BEN: ParticipantId = ParticipantId(uuid::Uuid::from_u128(11));
const PHASE: PhaseId = PhaseId(uuid::Uuid::from_u128(1));

fn session(language: Language) -> Session {
    let mut session = Session::new("Town hall", "brainstorm", language, Timestamp::UNIX_EPOCH);
    session.phases.push(Phase {
        id: PHASE,
        title: "Collect".into(),
        question: "What bothers us?".into(),
        timebox_minutes: 10,
        activities: vec![Activity::Capture, Activity::Vote],
        seconds_used: 0,
        brainwriting: false,
    });
    for (id, name) in [(ANNA, "Anna"), (BEN, "Ben")] {
        session.participants.push(Participant {
            id,
            name: name.into(),
            colour: Colour::Blue,
        });
    }
    session
}

fn idea(n: u128, author: ParticipantId, hidden: bool) -> Idea {
    Idea {
        id: IdeaId::from_u128(n),
        phase: PHASE,
        text: format!("idea {n}"),
        authors: vec![author],
        cluster: None,
        hidden,
    }
}

fn draw(room: &Session, screen: &Screen, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| {
            render(
                room,
                Stage::default(),
                screen,
                Timestamp::UNIX_EPOCH,
                frame,
                frame.area(),
            )
        })
        .unwrap();
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

fn typed(screen: &mut Screen, room: &Session, text: &str) -> Vec<Reaction> {
    text.chars().map(|c| screen.update(room, Key::Char(c))).collect()
}

#[test]
fn typing_an_idea_sends_it_cleaned_for_the_current_phase() {
    let room = session(Language::En);
    let mut screen = Screen::new("Anna", ANNA);
    screen.follow(&room);
    screen.update(&room, Key::Char('a'));
    typed(&mut screen, &room, "  more trees ");
    match screen.update(&room, Key::Enter) {
        Reaction::Send(Request::AddIdea { phase, text, .. }) => {
            assert_eq!(phase, PHASE);
            assert_eq!(text, "more trees");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(screen.mode, Mode::Board);
}

#[test]
fn only_own_ideas_can_be_changed_or_deleted() {
    let mut room = session(Language::En);
    room.ideas = vec![idea(20, BEN, false), idea(21, ANNA, false)];
    let mut screen = Screen::new("Anna", ANNA);
    screen.follow(&room);
    assert_eq!(screen.update(&room, Key::Char('d')), Reaction::Redraw);
    assert_eq!(screen.notice, Some(Notice::NotYours));
    screen.update(&room, Key::Down);
    screen.update(&room, Key::Char('d'));
    assert_eq!(
        screen.update(&room, Key::Char('y')),
        Reaction::Send(Request::DeleteIdea {
            id: IdeaId::from_u128(21)
        })
    );
    screen.update(&room, Key::Char('e'));
    screen.update(&room, Key::Backspace);
    assert_eq!(
        screen.update(&room, Key::Enter),
        Reaction::Send(Request::EditIdea {
            id: IdeaId::from_u128(21),
            text: "idea 2".into()
        })
    );
}

#[test]
fn a_paste_is_bounded_to_the_longest_idea() {
    let room = session(Language::En);
    let mut screen = Screen::new("Anna", ANNA);
    screen.update(&room, Key::Char('a'));
    screen.update(
        &room,
        Key::Paste {
            text: "x".repeat(MAX_TEXT_CHARS + 50),
            cut: false,
        },
    );
    assert_eq!(screen.notice, Some(Notice::PasteCut));
    match &screen.mode {
        Mode::Typing { text, .. } => assert_eq!(text.chars().count(), MAX_TEXT_CHARS),
        other => panic!("{other:?}"),
    }
}

#[test]
fn covered_cards_of_others_show_as_covered_and_own_ones_with_text() {
    let mut session = session(Language::En);
    session.ideas = vec![idea(20, BEN, true), idea(21, ANNA, true)];
    let screen = Screen::new("Anna", ANNA);
    let room = room_view(&session, screen.viewer());
    let drawn = draw(&room, &screen, 80, 24);
    assert!(drawn.contains("covered card"), "{drawn}");
    assert!(!drawn.contains("idea 20"), "{drawn}");
    assert!(drawn.contains("idea 21"), "{drawn}");
    assert!(drawn.contains("What bothers us?"));
}

#[test]
fn a_ballot_keeps_to_budget_and_cap_and_is_cast_once() {
    let mut session = session(Language::En);
    session.ideas = (20..26).map(|n| idea(n, BEN, false)).collect();
    let spec = RoundSpec::new(
        RoundId::from_u128(30),
        PHASE,
        "Most pressing",
        OptionSource::Ideas,
    );
    let open = voting::open_round(&session, &spec).unwrap();
    session.apply(open).unwrap();
    let mut screen = Screen::new("Anna", ANNA);
    let room = room_view(&session, screen.viewer());
    screen.follow(&room);
    screen.update(&room, Key::Char('v'));
    assert_eq!(screen.mode, Mode::Ballot);
    // Six options: two dots, one per option.
    for _ in 0..3 {
        screen.update(&room, Key::Char('+'));
        screen.update(&room, Key::Down);
    }
    screen.update(&room, Key::Char('+'));
    let drawn = draw(&room, &screen, 80, 24);
    assert!(drawn.contains("0 of 2 dots left"), "{drawn}");
    match screen.update(&room, Key::Enter) {
        Reaction::Send(Request::CastBallot { round, dots }) => {
            assert_eq!(round, spec.id);
            assert_eq!(dots, vec![1, 1, 0, 0, 0, 0]);
        }
        other => panic!("{other:?}"),
    }
    let cast = voting::cast_ballot(
        &session,
        spec.id,
        voting::BallotVoter::Roster(ANNA),
        &[1, 1, 0, 0, 0, 0],
        false,
    )
    .unwrap();
    session.apply(cast).unwrap();
    screen.answered(
        Request::CastBallot {
            round: spec.id,
            dots: vec![],
        },
        Ok(()),
    );
    let room = room_view(&session, screen.viewer());
    screen.follow(&room);
    screen.update(&room, Key::Char('v'));
    assert_ne!(screen.mode, Mode::Ballot, "no second ballot without revotes");
    let drawn = draw(&room, &screen, 80, 24);
    assert!(drawn.contains("is in"), "{drawn}");
}

#[test]
fn german_sessions_get_german_screens() {
    let mut session = session(Language::De);
    session.ideas = vec![idea(20, BEN, true)];
    let screen = Screen::new("Anna", ANNA);
    let room = room_view(&session, screen.viewer());
    let drawn = draw(&room, &screen, 80, 24);
    assert!(drawn.contains("verdeckte Karte"), "{drawn}");
    assert!(drawn.contains("Phase 1 von 1"), "{drawn}");
    assert!(drawn.contains("verlassen"), "{drawn}");
}

#[test]
fn any_size_draws_without_panic() {
    let mut session = session(Language::En);
    session.ideas = (20..80).map(|n| idea(n, ANNA, n % 2 == 0)).collect();
    let mut screen = Screen::new("Anna mit einem sehr langen Namen, der nicht passt", ANNA);
    let room = room_view(&session, screen.viewer());
    screen.follow(&room);
    screen.update(&room, Key::End);
    for (width, height) in [(1, 1), (20, 5), (39, 9), (40, 10), (80, 24), (300, 100)] {
        let drawn = draw(&room, &screen, width, height);
        assert_eq!(drawn.lines().count(), usize::from(height));
    }
    assert!(draw(&room, &screen, 20, 5).contains("Please"));
}
