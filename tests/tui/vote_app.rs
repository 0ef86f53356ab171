//! The voting screens' behaviour, driven by actions without a terminal:
//! turn-taking, secrecy on every screen, no undo while voting, revotes,
//! proxies, voters added on the spot, the facilitator's vote, reveal,
//! results and run-offs, anonymous sessions, and what reaches the file.

use crate::common;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use plenum::core::voting;
use plenum::core::{
    Cluster, ClusterId, Idea, IdeaId, Language, MethodTemplate, NewSession, RoundStatus, Session, VoteOption,
};
use plenum::store::{self, SessionFile};
use plenum::tui::action::Action;
use plenum::tui::app::{App, Options};
use plenum::tui::keymap::{Keymap, Mode, parse_overrides};
use plenum::tui::screens::vote::{VoteScreen, VoteState};
use plenum::tui::theme::Theme;
use plenum::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::{Path, PathBuf};

fn at() -> Timestamp {
    "2026-03-12T09:30:00Z".parse().expect("a timestamp")
}

/// A critique phase with five loose ideas and the roster Anna, Ben, Cem;
/// Petra facilitates (not on the roster).
fn workshop(anonymous: bool) -> Session {
    let template = MethodTemplate::built_in_by_id("zukunftswerkstatt").expect("built in");
    let mut session = template.instantiate(
        NewSession {
            title: Some("Werkstatt".into()),
            language: Language::En,
            facilitator: Some("Petra".into()),
            participants: ["Anna", "Ben", "Cem"].map(String::from).to_vec(),
            anonymous,
        },
        at(),
    );
    session.current_phase = 1;
    let phase = session.phases[1].id;
    session.ideas = common::loose_ideas(phase, 10, &["Alpha", "Bravo", "Charlie", "Delta", "Echo"]);
    session
}

struct Fixture {
    _dir: tempfile::TempDir,
    path: PathBuf,
    app: App,
}

fn fixture_with(session: Session, keymap: Keymap) -> Fixture {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("werkstatt.ron");
    let file = SessionFile::create(&path, &session).expect("create");
    let options = Options {
        dir: dir.path().to_path_buf(),
        config_dir: None,
        lang: Some(Language::En),
        locale: None,
        no_bell: true,
    };
    let app = App::with_session(options, keymap, at(), TimeZone::UTC, session, Some(file));
    Fixture { _dir: dir, path, app }
}

fn fixture(session: Session) -> Fixture {
    fixture_with(session, Keymap::defaults())
}

fn render(app: &App, width: u16, height: u16) -> String {
    let (theme, _) = Theme::load(None, None, false);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| {
            view::render(app, &theme, frame);
        })
        .expect("draw");
    terminal.backend().to_string()
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::InsertChar(c));
    }
}

fn session(app: &App) -> &Session {
    &app.board().expect("on the board").session
}

fn on_disk(path: &Path) -> Session {
    store::load(path).expect("the file loads")
}

fn message(app: &App) -> String {
    app.message.as_ref().map(|m| m.text.clone()).unwrap_or_default()
}

/// Opens a round on the five ideas with a fixed budget and cap.
fn open_round(app: &mut App, dots: u32, cap: u32) {
    app.update(Action::OpenVoting);
    assert_eq!(app.mode(), Mode::VoteForm);
    app.update(Action::ClearInput);
    type_text(app, "Most pressing");
    // Fixed number, then the cap.
    for _ in 0..3 {
        app.update(Action::NextField);
    }
    app.update(Action::InsertChar(char::from_digit(dots, 10).expect("a digit")));
    app.update(Action::NextField);
    app.update(Action::InsertChar(char::from_digit(cap, 10).expect("a digit")));
    app.update(Action::SubmitInput);
    assert_eq!(app.mode(), Mode::VoteHandOver, "{}", message(app));
}

/// Selects the hand-over line whose text contains `name`.
fn select_voter(app: &mut App, name: &str) {
    app.update(Action::SelectFirst);
    for _ in 0..20 {
        let text = render(app, 100, 30);
        if text.lines().any(|l| l.contains('▸') && l.contains(name)) {
            return;
        }
        app.update(Action::SelectNext);
    }
    panic!("{name} is not on the hand-over screen");
}

/// `name` takes the keyboard, places `dots` (option indexes, repeated for
/// stacking) and casts.
fn vote(app: &mut App, name: &str, dots: &[usize]) {
    select_voter(app, name);
    app.update(Action::TakeKeyboard);
    assert_eq!(app.mode(), Mode::Ballot, "{name}: {}", message(app));
    for &option in dots {
        app.update(Action::PlaceDotOn(option));
    }
    app.update(Action::CastBallot);
    assert_eq!(app.mode(), Mode::VoteHandOver, "{name}: {}", message(app));
}

fn round(app: &App) -> plenum::core::VoteRound {
    session(app).rounds.last().cloned().expect("a round")
}

#[test]
fn three_voters_in_any_order_then_reveal_and_results() {
    let mut fx = fixture(workshop(false));
    open_round(&mut fx.app, 3, 2);
    vote(&mut fx.app, "Cem", &[0, 0, 2]);
    vote(&mut fx.app, "Anna", &[0, 1, 2]);
    vote(&mut fx.app, "Ben", &[2, 2, 4]);
    let current = round(&fx.app);
    assert_eq!(current.tally, [3, 1, 4, 0, 1]);
    assert_eq!(current.status, RoundStatus::Open);
    // Saved after every ballot.
    assert_eq!(on_disk(&fx.path).rounds[0].tally, [3, 1, 4, 0, 1]);
    assert_eq!(on_disk(&fx.path).rounds[0].ballots.len(), 3);

    // The reveal asks once more.
    fx.app.update(Action::RevealResults);
    assert_eq!(round(&fx.app).status, RoundStatus::Open);
    assert!(
        message(&fx.app).contains("3 of 3 have voted"),
        "{}",
        message(&fx.app)
    );
    fx.app.update(Action::RevealResults);
    assert_eq!(fx.app.mode(), Mode::VoteResults);
    assert_eq!(on_disk(&fx.path).rounds[0].status, RoundStatus::Revealed);

    let screen = render(&fx.app, 80, 24);
    let order: Vec<usize> = ["Charlie", "Alpha", "Bravo", "Echo", "Delta"]
        .iter()
        .map(|name| screen.find(name).expect("listed"))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "ranked by dots:\n{screen}");
    assert!(screen.contains("tie"), "Bravo and Echo tie:\n{screen}");
}

#[test]
fn no_screen_shows_another_voters_dots_or_a_tally_before_the_reveal() {
    let mut fx = fixture(workshop(false));
    open_round(&mut fx.app, 3, 3);
    vote(&mut fx.app, "Anna", &[1, 1, 1]);
    // Every screen Ben passes through.
    select_voter(&mut fx.app, "Ben");
    let mut screens = vec![render(&fx.app, 80, 24), render(&fx.app, 200, 60)];
    fx.app.update(Action::TakeKeyboard);
    for place in [None, Some(0), Some(3)] {
        if let Some(option) = place {
            fx.app.update(Action::PlaceDotOn(option));
        }
        let own = usize::from(place.is_some()) + usize::from(place == Some(3));
        for (width, height) in [(80, 24), (200, 60)] {
            let screen = render(&fx.app, width, height);
            assert_eq!(screen.matches('●').count(), own, "only Ben's dots:\n{screen}");
            let bravo = screen
                .lines()
                .find(|l| l.contains("Bravo"))
                .expect("Bravo is an option");
            assert!(
                !bravo.contains('●'),
                "Anna's three dots on Bravo stay hidden:\n{screen}"
            );
            assert!(
                !bravo.chars().any(|c| c.is_ascii_digit()),
                "no count next to an option"
            );
            screens.push(screen);
        }
    }
    // The options keep the round's order on the ballot.
    let ballot = screens.last().expect("drawn");
    let positions: Vec<usize> = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]
        .iter()
        .map(|n| ballot.find(n).expect("listed"))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]));
    fx.app.update(Action::PlaceDotOn(4));
    fx.app.update(Action::CastBallot);
    screens.push(render(&fx.app, 80, 24));
    fx.app.update(Action::CancelInput);
    screens.push(render(&fx.app, 80, 24));
    for screen in &screens {
        assert!(!screen.contains("Results"), "{screen}");
    }
    let hand_over = &screens[0];
    assert!(!hand_over.contains('●'));
}

#[test]
fn undo_does_nothing_while_voting_even_when_a_keymap_binds_it() {
    let overrides =
        parse_overrides(r#"(vote_hand_over: { "u": undo }, ballot: { "u": undo, "ctrl-z": undo })"#)
            .expect("a valid keymap");
    let mut fx = fixture_with(workshop(false), Keymap::with_overrides(overrides));
    open_round(&mut fx.app, 2, 1);
    vote(&mut fx.app, "Anna", &[0, 1]);
    for action in [Action::Undo, Action::Redo] {
        fx.app.update(action.clone());
        assert_eq!(
            round(&fx.app).voters.len(),
            1,
            "{action:?} on the hand-over screen"
        );
        fx.app.update(Action::TakeKeyboard);
        fx.app.update(action.clone());
        assert_eq!(round(&fx.app).voters.len(), 1, "{action:?} on the ballot");
        fx.app.update(Action::CancelInput);
    }
    // The facilitator leaves the voting screens; undo on the board takes the ballot back.
    fx.app.update(Action::CancelInput);
    assert_eq!(fx.app.mode(), Mode::VoteRounds);
    fx.app.update(Action::Undo);
    assert_eq!(round(&fx.app).voters.len(), 1, "not on the round list either");
    fx.app.update(Action::CancelInput);
    assert_eq!(fx.app.mode(), Mode::Board);
    fx.app.update(Action::Undo);
    assert!(round(&fx.app).voters.is_empty());
    assert_eq!(round(&fx.app).tally, [0; 5]);
}

#[test]
fn a_second_ballot_only_when_the_facilitator_allows_it() {
    let mut fx = fixture(workshop(false));
    open_round(&mut fx.app, 2, 1);
    vote(&mut fx.app, "Anna", &[0, 1]);
    select_voter(&mut fx.app, "Anna");
    fx.app.update(Action::TakeKeyboard);
    assert_eq!(fx.app.mode(), Mode::VoteHandOver);
    assert!(
        message(&fx.app).contains("Anna has voted already"),
        "{}",
        message(&fx.app)
    );

    fx.app.update(Action::ToggleRevotes);
    assert!(round(&fx.app).allow_revote);
    select_voter(&mut fx.app, "Anna");
    fx.app.update(Action::TakeKeyboard);
    assert_eq!(fx.app.mode(), Mode::Ballot);
    let screen = render(&fx.app, 80, 24);
    assert_eq!(
        screen.matches('●').count(),
        0,
        "the new ballot starts empty:\n{screen}"
    );
    fx.app.update(Action::PlaceDotOn(3));
    fx.app.update(Action::PlaceDotOn(4));
    fx.app.update(Action::CastBallot);
    assert_eq!(
        round(&fx.app).tally,
        [0, 0, 0, 1, 1],
        "the earlier ballot is replaced"
    );
    assert_eq!(round(&fx.app).voters.len(), 1);
}

#[test]
fn an_anonymous_revote_works_only_in_the_same_sitting_and_the_file_links_nobody_to_dots() {
    let mut fx = fixture(workshop(true));
    open_round(&mut fx.app, 2, 1);
    vote(&mut fx.app, "Anna", &[0, 1]);
    vote(&mut fx.app, "Ben", &[1, 2]);
    fx.app.update(Action::ToggleRevotes);
    vote(&mut fx.app, "Anna", &[3, 4]);
    assert_eq!(round(&fx.app).tally, [0, 1, 1, 1, 1]);

    let text = std::fs::read_to_string(&fx.path).expect("read the file");
    let saved = on_disk(&fx.path);
    assert!(saved.rounds[0].ballots.is_empty());
    assert!(
        !text.contains("ballots"),
        "no ballot per person in the file:\n{text}"
    );

    // After leaving the voting screens the earlier dots are forgotten.
    fx.app.update(Action::CancelInput);
    fx.app.update(Action::CancelInput);
    fx.app.update(Action::OpenVoting);
    fx.app.update(Action::OpenSelected);
    select_voter(&mut fx.app, "Ben");
    fx.app.update(Action::TakeKeyboard);
    assert_eq!(fx.app.mode(), Mode::VoteHandOver);
    assert!(
        message(&fx.app).contains("Anonymous session"),
        "{}",
        message(&fx.app)
    );
}

#[test]
fn a_proxy_ballot_is_marked_as_one() {
    let mut fx = fixture(workshop(false));
    open_round(&mut fx.app, 2, 1);
    select_voter(&mut fx.app, "Cem");
    fx.app.update(Action::RecordProxyBallot);
    assert_eq!(fx.app.mode(), Mode::Ballot);
    assert!(render(&fx.app, 80, 24).contains("Proxy ballot for Cem"));
    fx.app.update(Action::PlaceDotOn(2));
    fx.app.update(Action::PlaceDotOn(3));
    fx.app.update(Action::CastBallot);
    let saved = on_disk(&fx.path);
    let voter = &saved.rounds[0].voters[0];
    assert!(voter.proxy);
    assert_eq!(saved.participant_name(voter.participant), Some("Cem"));
    assert!(render(&fx.app, 80, 24).contains("has voted (proxy)"));
}

#[test]
fn somebody_not_on_the_roster_votes_and_joins_it_only_when_they_cast() {
    let mut fx = fixture(workshop(false));
    open_round(&mut fx.app, 2, 1);
    fx.app.update(Action::AddVoter);
    assert_eq!(fx.app.mode(), Mode::VoteName);
    type_text(&mut fx.app, "Gülten");
    fx.app.update(Action::SubmitInput);
    assert_eq!(fx.app.mode(), Mode::Ballot);
    // Gülten changes her mind: nothing is added.
    fx.app.update(Action::CancelInput);
    assert_eq!(session(&fx.app).participants.len(), 3);

    fx.app.update(Action::AddVoter);
    type_text(&mut fx.app, "Gülten");
    fx.app.update(Action::SubmitInput);
    fx.app.update(Action::PlaceDotOn(0));
    fx.app.update(Action::PlaceDotOn(4));
    fx.app.update(Action::CastBallot);
    let saved = on_disk(&fx.path);
    assert_eq!(saved.participants.len(), 4);
    let gulten = saved.participant_by_name("Gülten").expect("added");
    assert!(voting::has_voted(&saved.rounds[0], gulten.id));

    // A typed roster name is that person, not a second one.
    fx.app.update(Action::AddVoter);
    type_text(&mut fx.app, "anna");
    fx.app.update(Action::SubmitInput);
    assert_eq!(fx.app.mode(), Mode::Ballot);
    fx.app.update(Action::PlaceDotOn(1));
    fx.app.update(Action::PlaceDotOn(2));
    fx.app.update(Action::CastBallot);
    assert_eq!(session(&fx.app).participants.len(), 4);
    let anna = session(&fx.app)
        .participant_by_name("Anna")
        .expect("on the roster")
        .id;
    assert!(voting::has_voted(&round(&fx.app), anna));

    // The facilitator's name is refused while they do not vote.
    fx.app.update(Action::AddVoter);
    type_text(&mut fx.app, "Petra");
    fx.app.update(Action::SubmitInput);
    assert_eq!(fx.app.mode(), Mode::VoteName);
    assert!(
        message(&fx.app).contains("facilitator does not vote"),
        "{}",
        message(&fx.app)
    );
}

#[test]
fn a_facilitator_who_votes_has_a_line_and_joins_the_roster() {
    let mut fx = fixture(workshop(false));
    fx.app.update(Action::OpenVoting);
    let fields = match &fx.app.top::<VoteState>().map(|v| &v.screen) {
        Some(VoteScreen::Form(form)) => form.fields.clone(),
        other => panic!("not the form: {other:?}"),
    };
    let facilitator = fields
        .iter()
        .position(|f| *f == plenum::tui::screens::vote::RoundField::FacilitatorVotes)
        .expect("asked, since Petra facilitates");
    fx.app.update(Action::FocusField(facilitator));
    fx.app.update(Action::InsertChar(' '));
    fx.app.update(Action::SubmitInput);
    assert_eq!(fx.app.mode(), Mode::VoteHandOver);
    assert!(round(&fx.app).facilitator_votes);
    let screen = render(&fx.app, 80, 24);
    assert!(
        screen.contains("Petra") && screen.contains("facilitator"),
        "{screen}"
    );
    // Five options, a third: 1 dot.
    vote(&mut fx.app, "Petra", &[4]);
    let saved = on_disk(&fx.path);
    let petra = saved.participant_by_name("Petra").expect("joined the roster");
    assert!(voting::has_voted(&saved.rounds[0], petra.id));
}

#[test]
fn a_tie_runs_off_with_one_key() {
    let mut fx = fixture(workshop(false));
    open_round(&mut fx.app, 1, 1);
    vote(&mut fx.app, "Anna", &[1]);
    vote(&mut fx.app, "Ben", &[3]);
    vote(&mut fx.app, "Cem", &[0]);
    fx.app.update(Action::RevealResults);
    fx.app.update(Action::RevealResults);
    let screen = render(&fx.app, 80, 24);
    assert!(screen.contains("Tie for place 1 (3 options)"), "{screen}");
    fx.app.update(Action::StartRunoff);
    assert_eq!(fx.app.mode(), Mode::VoteHandOver);
    let runoff = round(&fx.app);
    let first = session(&fx.app).rounds[0].id;
    assert_eq!(runoff.runoff_of, Some(first));
    assert_eq!(
        runoff.options,
        [10, 11, 13].map(|n| VoteOption::Idea(IdeaId::from_u128(n)))
    );
    assert_eq!(runoff.dots_per_voter, 1);
    assert_eq!(runoff.title, "Run-off: Most pressing");
    vote(&mut fx.app, "Anna", &[1]);
    vote(&mut fx.app, "Ben", &[1]);
    fx.app.update(Action::RevealResults);
    fx.app.update(Action::RevealResults);
    let screen = render(&fx.app, 80, 24);
    assert!(screen.contains("Run-off of “Most pressing”"), "{screen}");
    assert!(!screen.contains("Tie for place 1"), "decided:\n{screen}");
    // Both results stay viewable: ← → moves between the phase's rounds.
    fx.app.update(Action::PreviousRound);
    assert!(render(&fx.app, 80, 24).contains("Results: Most pressing"));
}

#[test]
fn the_results_stay_viewable_from_the_board() {
    let mut fx = fixture(workshop(false));
    open_round(&mut fx.app, 2, 1);
    vote(&mut fx.app, "Anna", &[0, 1]);
    fx.app.update(Action::RevealResults);
    fx.app.update(Action::RevealResults);
    fx.app.update(Action::CancelInput);
    fx.app.update(Action::CancelInput);
    assert_eq!(fx.app.mode(), Mode::Board);
    fx.app.update(Action::OpenVoting);
    assert_eq!(fx.app.mode(), Mode::VoteRounds);
    fx.app.update(Action::OpenSelected);
    assert_eq!(fx.app.mode(), Mode::VoteResults);
    assert!(render(&fx.app, 80, 24).contains("Results: Most pressing"));
}

#[test]
fn the_spotlight_shows_the_result_line_under_the_cursor_and_closes_back_to_the_results() {
    let mut fx = fixture(workshop(false));
    open_round(&mut fx.app, 2, 1);
    vote(&mut fx.app, "Anna", &[0, 1]);
    fx.app.update(Action::RevealResults);
    fx.app.update(Action::RevealResults);
    assert_eq!(fx.app.mode(), Mode::VoteResults);
    fx.app.update(Action::ShowSpotlight);
    assert_eq!(fx.app.mode(), Mode::Spotlight);
    let screen = render(&fx.app, 80, 24);
    assert!(screen.contains("Voting result"), "{screen}");
    assert!(screen.contains("Rank 1 · 1 dot"), "{screen}");
    fx.app.update(Action::CancelInput);
    assert_eq!(fx.app.mode(), Mode::VoteResults);
}

#[test]
fn dots_stay_within_budget_and_cap_and_leftovers_need_a_second_enter() {
    let mut fx = fixture(workshop(false));
    open_round(&mut fx.app, 3, 2);
    fx.app.update(Action::TakeKeyboard);
    for _ in 0..3 {
        fx.app.update(Action::PlaceDot);
    }
    assert!(
        message(&fx.app).contains("At most 2 dots per option"),
        "{}",
        message(&fx.app)
    );
    fx.app.update(Action::SelectNext);
    fx.app.update(Action::PlaceDot);
    fx.app.update(Action::SelectNext);
    fx.app.update(Action::PlaceDot);
    assert!(message(&fx.app).contains("No dots left"), "{}", message(&fx.app));
    fx.app.update(Action::RemoveDot);
    assert!(
        message(&fx.app).contains("No dots left"),
        "no dot of this voter's here: nothing happens"
    );
    fx.app.update(Action::SelectPrevious);
    fx.app.update(Action::RemoveDot);
    fx.app.update(Action::CastBallot);
    assert_eq!(fx.app.mode(), Mode::Ballot, "one dot left: asked first");
    assert!(message(&fx.app).contains("You still have 1 dot left"));
    fx.app.update(Action::CastBallot);
    assert_eq!(fx.app.mode(), Mode::VoteHandOver);
    assert_eq!(round(&fx.app).tally, [2, 0, 0, 0, 0]);

    // Esc with dots placed asks first, then casts nothing.
    fx.app.update(Action::TakeKeyboard);
    fx.app.update(Action::ToggleDot);
    fx.app.update(Action::CancelInput);
    assert_eq!(fx.app.mode(), Mode::Ballot);
    fx.app.update(Action::CancelInput);
    assert_eq!(fx.app.mode(), Mode::VoteHandOver);
    assert_eq!(round(&fx.app).voters.len(), 1);
}

#[test]
fn hand_picked_options_may_come_from_other_phases() {
    let mut session = workshop(false);
    let fantasy = session.phases[2].id;
    session.ideas.push(Idea {
        id: IdeaId::from_u128(99),
        phase: fantasy,
        text: "Utopia".into(),
        authors: Vec::new(),
        cluster: None,
        hidden: false,
    });
    session.clusters.push(Cluster {
        id: ClusterId::from_u128(5),
        phase: session.phases[1].id,
        title: "Räume".into(),
    });
    let mut fx = fixture(session);
    fx.app.update(Action::OpenVoting);
    fx.app.update(Action::NextField);
    // Ideas, clusters, clusters and loose ideas, hand-picked.
    while !render(&fx.app, 100, 30).contains("hand-picked (0)") {
        fx.app.update(Action::MoveCursorRight);
    }
    fx.app.update(Action::SubmitInput);
    assert_eq!(
        fx.app.mode(),
        Mode::VotePick,
        "nothing picked yet: the list opens"
    );
    fx.app.update(Action::SelectLast);
    fx.app.update(Action::MarkOption);
    fx.app.update(Action::SelectFirst);
    fx.app.update(Action::MarkOption);
    fx.app.update(Action::SubmitInput);
    fx.app.update(Action::SubmitInput);
    assert_eq!(fx.app.mode(), Mode::VoteHandOver, "{}", message(&fx.app));
    assert_eq!(
        round(&fx.app).options,
        [
            VoteOption::Cluster(ClusterId::from_u128(5)),
            VoteOption::Idea(IdeaId::from_u128(99))
        ]
    );
}

#[test]
fn a_phase_without_voting_says_so() {
    let mut session = workshop(false);
    session.current_phase = 0;
    let mut fx = fixture(session);
    fx.app.update(Action::OpenVoting);
    assert_eq!(fx.app.mode(), Mode::Board);
    assert!(message(&fx.app).contains("no voting"), "{}", message(&fx.app));
}

#[test]
fn the_reveal_needs_a_ballot_and_a_second_key() {
    let mut fx = fixture(workshop(false));
    open_round(&mut fx.app, 2, 1);
    fx.app.update(Action::RevealResults);
    fx.app.update(Action::RevealResults);
    assert_eq!(fx.app.mode(), Mode::VoteHandOver);
    assert!(
        message(&fx.app).contains("Nobody has voted"),
        "{}",
        message(&fx.app)
    );
    vote(&mut fx.app, "Ben", &[0, 1]);
    fx.app.update(Action::RevealResults);
    fx.app.update(Action::SelectNext);
    fx.app.update(Action::RevealResults);
    assert_eq!(
        fx.app.mode(),
        Mode::VoteHandOver,
        "another key in between asks again"
    );
    fx.app.update(Action::RevealResults);
    assert_eq!(fx.app.mode(), Mode::VoteResults);
}

#[test]
fn the_keys_of_the_voting_screens_follow_the_users_keymap() {
    let overrides = parse_overrides(
        r#"(ballot: { "x": place_dot }, vote_hand_over: { "enter": ignore_key, "v": take_keyboard })"#,
    )
    .expect("a valid keymap");
    let keymap = Keymap::with_overrides(overrides);
    use crossterm::event::KeyCode;
    use plenum::tui::keymap::Key;
    assert_eq!(
        keymap.action(Mode::Ballot, Key::char('x')),
        Some(&Action::PlaceDot)
    );
    assert_eq!(
        keymap.action(Mode::VoteHandOver, Key::plain(KeyCode::Enter)),
        None
    );
    let mut fx = fixture_with(workshop(false), keymap);
    open_round(&mut fx.app, 2, 1);
    let screen = render(&fx.app, 80, 24);
    assert!(
        screen.contains("Please press v when you have the keyboard"),
        "{screen}"
    );
    let action = fx.app.action_for_key(Key::char('v')).expect("bound");
    fx.app.update(action);
    assert_eq!(fx.app.mode(), Mode::Ballot);
}

#[test]
fn titles_suggested_by_plenum_follow_the_session_language_not_the_interface() {
    let mut session = workshop(false);
    session.language = Language::De;
    let mut fx = fixture(session);
    assert_eq!(fx.app.lang, Language::En, "--lang en");
    fx.app.update(Action::OpenVoting);
    fx.app.update(Action::SubmitInput);
    assert_eq!(round(&fx.app).title, "Was ist uns am wichtigsten?");
    vote(&mut fx.app, "Anna", &[0]);
    vote(&mut fx.app, "Ben", &[1]);
    fx.app.update(Action::RevealResults);
    fx.app.update(Action::RevealResults);
    fx.app.update(Action::StartRunoff);
    assert_eq!(round(&fx.app).title, "Stichwahl: Was ist uns am wichtigsten?");
}

#[test]
fn an_action_comes_straight_from_a_result_line() {
    let mut fx = fixture(workshop(false));
    open_round(&mut fx.app, 3, 2);
    vote(&mut fx.app, "Anna", &[0, 1, 2]);
    vote(&mut fx.app, "Ben", &[2, 2, 4]);
    fx.app.update(Action::RevealResults);
    fx.app.update(Action::RevealResults);
    assert_eq!(fx.app.mode(), Mode::VoteResults);
    // Ranked: Charlie (3), Alpha (1) tied with Bravo (1), ...; the second line.
    fx.app.update(Action::SelectNext);
    let expected = voting::results(&round(&fx.app)).expect("revealed").lines[1].option;
    let label = session(&fx.app)
        .option_label(expected)
        .expect("an idea")
        .to_string();

    fx.app.update(Action::NewActionFromSelection);
    assert_eq!(fx.app.mode(), Mode::Form, "the action form is open");
    fx.app.update(Action::SubmitInput);
    let saved = on_disk(&fx.path);
    let action = saved.actions.last().expect("the action is saved");
    assert_eq!(action.text, label);
    assert_eq!(
        action.source,
        Some(plenum::core::ActionSource::Round(saved.rounds[0].id))
    );
    // The facilitator is back on the results, on the same line, for the next one.
    assert_eq!(fx.app.mode(), Mode::VoteResults, "back on the results");
    fx.app.update(Action::NewActionFromSelection);
    assert_eq!(fx.app.mode(), Mode::Form);
    fx.app.update(Action::CancelInput);
    assert_eq!(
        fx.app.mode(),
        Mode::VoteResults,
        "a cancelled form comes back too"
    );
}

#[test]
fn a_long_option_is_readable_in_full_on_the_results() {
    let mut session = workshop(false);
    let long = "Charlie: a whole paragraph about what we should change first, with the reasons \
                why, who would be involved, what it would cost and when the first step happens";
    session.ideas[2].text = long.into();
    let mut fx = fixture(session);
    open_round(&mut fx.app, 3, 2);
    vote(&mut fx.app, "Anna", &[2, 2, 0]);
    fx.app.update(Action::RevealResults);
    fx.app.update(Action::RevealResults);
    assert_eq!(fx.app.mode(), Mode::VoteResults);
    // The winner is under the cursor; its whole text is below the list.
    let screen = render(&fx.app, 80, 24);
    assert!(screen.contains("what it would cost"), "{screen}");
    assert!(screen.contains(" happens "), "{screen}");
}
