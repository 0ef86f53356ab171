//! The follow-up screens' behaviour, driven by actions without a terminal:
//! opening an older session on its action list, making and changing
//! actions (saved, undoable), the overview across sessions, continuing a
//! session, check-in rounds on the shared keyboard.

use jiff::Timestamp;
use jiff::civil::{Date, date};
use jiff::tz::TimeZone;
use plenum::core::{
    ActionId, ActionItem, ActionSource, ActionStatus, Activity, CheckinScale, IdeaId, Language,
    MethodTemplate, NewSession, Session,
};
use plenum::store::{self, SessionFile};
use plenum::tui::action::Action;
use plenum::tui::app::{App, Options};
use plenum::tui::keymap::{Key, Keymap, Mode, parse_overrides};
use plenum::tui::screens::actions::{ActionList, Back};
use plenum::tui::screens::checkin::{CheckinView, Stage};
use plenum::tui::screens::overview::OverviewScreen;
use std::path::{Path, PathBuf};

/// Sunday, 29 November 2026, 09:30 UTC.
fn now() -> Timestamp {
    "2026-11-29T09:30:00Z".parse().expect("a timestamp")
}

const TODAY: Date = date(2026, 11, 29);

fn options(dir: &Path) -> Options {
    Options {
        dir: dir.to_path_buf(),
        config_dir: None,
        lang: Some(Language::En),
        locale: None,
        no_bell: true,
    }
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::InsertChar(c));
    }
}

fn action(n: u128, owner: &str, due: Option<Date>, status: ActionStatus) -> ActionItem {
    ActionItem {
        id: ActionId::from_u128(n),
        text: format!("Maßnahme {n}"),
        owner: Some(owner.into()),
        due,
        status,
        note: String::new(),
        source: None,
    }
}

/// A retrospective last changed `updated`, in its last phase (actions and
/// check-out), with participants, one idea, and the given actions.
fn retro(updated: &str, actions: Vec<ActionItem>) -> Session {
    let template = MethodTemplate::built_in_by_id("retro").expect("built in");
    let mut session = template.instantiate(
        NewSession {
            title: Some("Retro Oktober".into()),
            language: Language::En,
            participants: vec!["Anna Becker".into(), "Ben Okafor".into(), "Cem Yıldız".into()],
            ..NewSession::default()
        },
        "2026-10-01T09:00:00Z".parse().expect("timestamp"),
    );
    session.updated = updated.parse().expect("timestamp");
    let last = session.phases.len() - 1;
    session.current_phase = last;
    for activity in [Activity::Actions, Activity::Checkin, Activity::Capture] {
        if !session.phases[last].allows(activity) {
            session.phases[last].activities.push(activity);
        }
    }
    let phase = session.phases[last].id;
    session.ideas.push(plenum::core::Idea {
        id: IdeaId::from_u128(7),
        phase,
        text: "Besprechungsräume für hybride Sitzungen".into(),
        authors: Vec::new(),
        cluster: None,
        hidden: false,
    });
    session.actions = actions;
    session
}

fn write(dir: &Path, name: &str, session: &Session) -> PathBuf {
    let path = dir.join(name);
    store::write_atomically(&path, store::to_ron(session).expect("serialises").as_bytes())
        .expect("write a session");
    path
}

fn on_disk(path: &Path) -> Session {
    store::load(path).expect("the file loads")
}

fn action_list(app: &App) -> Option<&ActionList> {
    app.top::<ActionList>()
}

#[test]
fn an_older_session_with_pending_actions_opens_on_its_list() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pending = vec![action(
        1,
        "Anna Becker",
        Some(date(2026, 11, 2)),
        ActionStatus::Open,
    )];
    let old = write(
        dir.path(),
        "old.ron",
        &retro("2026-10-20T15:00:00Z", pending.clone()),
    );
    let fresh = write(dir.path(), "fresh.ron", &retro("2026-11-29T08:00:00Z", pending));
    let settled = write(
        dir.path(),
        "settled.ron",
        &retro(
            "2026-10-20T15:00:00Z",
            vec![action(1, "Ben", None, ActionStatus::Done)],
        ),
    );

    let mut app = App::new(options(dir.path()), Keymap::defaults(), now(), TimeZone::UTC);
    app.open_path(&old).expect("opens");
    assert_eq!(app.mode(), Mode::Actions);
    let message = app.message.as_ref().map(|m| m.text.clone()).unwrap_or_default();
    assert!(message.contains("1 action pending, 1 overdue"), "{message}");
    app.update(Action::GoBack);
    assert_eq!(app.mode(), Mode::Board, "Esc leads to the board");

    for (path, why) in [(fresh, "changed today"), (settled, "nothing pending")] {
        let mut app = App::new(options(dir.path()), Keymap::defaults(), now(), TimeZone::UTC);
        app.open_path(&path).expect("opens");
        assert_eq!(app.mode(), Mode::Board, "{why}");
    }
}

#[test]
fn an_action_from_the_selected_idea_with_owner_and_due_date_is_saved_and_undone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = retro("2026-11-29T08:00:00Z", Vec::new());
    let path = dir.path().join("retro.ron");
    let file = SessionFile::create(&path, &session).expect("create");
    let mut app = App::with_session(
        options(dir.path()),
        Keymap::defaults(),
        now(),
        TimeZone::UTC,
        session,
        Some(file),
    );
    app.update(Action::NewActionFromSelection);
    assert_eq!(app.mode(), Mode::Form);
    type_text(&mut app, "beck");
    app.update(Action::NextField); // completes the name from a word of it
    app.update(Action::NextField); // to the due date
    type_text(&mut app, "+10");
    app.update(Action::SubmitInput);
    assert_eq!(app.mode(), Mode::Board, "back to the board it was made from");

    let saved = on_disk(&path);
    assert_eq!(saved.actions.len(), 1);
    let made = &saved.actions[0];
    assert_eq!(made.text, "Besprechungsräume für hybride Sitzungen");
    assert_eq!(
        made.owner.as_deref(),
        Some("Anna Becker"),
        "beck… completes to the roster name"
    );
    assert_eq!(made.due, Some(date(2026, 12, 9)));
    assert_eq!(made.source, Some(ActionSource::Idea(IdeaId::from_u128(7))));

    app.update(Action::Undo);
    assert!(
        on_disk(&path).actions.is_empty(),
        "one undo takes it back, on disk too"
    );
}

#[test]
fn a_bad_date_keeps_the_form_open_and_says_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = retro("2026-11-29T08:00:00Z", Vec::new());
    let mut app = App::with_session(
        options(dir.path()),
        Keymap::defaults(),
        now(),
        TimeZone::UTC,
        session,
        None,
    );
    app.update(Action::ShowActions);
    app.update(Action::NewAction);
    type_text(&mut app, "Leitfaden");
    app.update(Action::NextField);
    app.update(Action::NextField);
    type_text(&mut app, "31.02.2027");
    app.update(Action::SubmitInput);
    assert_eq!(app.mode(), Mode::Form);
    let message = app.message.as_ref().expect("a message");
    assert!(
        message.error && message.text.contains("31.02.2027"),
        "{}",
        message.text
    );
    app.update(Action::ClearInput);
    type_text(&mut app, "28.02.2027");
    app.update(Action::SubmitInput);
    assert_eq!(app.mode(), Mode::Actions);
    let board = app.board().expect("on the session");
    assert_eq!(board.session.actions[0].due, Some(date(2027, 2, 28)));
}

#[test]
fn status_delete_sort_and_undo_on_the_list() {
    let dir = tempfile::tempdir().expect("temp dir");
    let actions = vec![
        action(1, "Anna", Some(date(2027, 1, 1)), ActionStatus::Open),
        action(2, "Ben", Some(date(2026, 11, 1)), ActionStatus::Doing),
    ];
    let session = retro("2026-11-29T08:00:00Z", actions);
    let path = dir.path().join("retro.ron");
    let file = SessionFile::create(&path, &session).expect("create");
    let mut app = App::with_session(
        options(dir.path()),
        Keymap::defaults(),
        now(),
        TimeZone::UTC,
        session,
        Some(file),
    );
    app.update(Action::ShowActions);
    app.update(Action::CycleActionStatus);
    assert_eq!(on_disk(&path).actions[0].status, ActionStatus::Doing);
    app.update(Action::CycleActionOrder); // by due date: action 2 first
    app.update(Action::SelectFirst);
    app.update(Action::DeleteAction);
    let saved = on_disk(&path);
    assert_eq!(saved.actions.len(), 1);
    assert_eq!(
        saved.actions[0].id,
        ActionId::from_u128(1),
        "the earliest due was deleted"
    );
    app.update(Action::Undo);
    app.update(Action::Undo);
    let saved = on_disk(&path);
    assert_eq!(
        saved.actions.iter().map(|a| a.status).collect::<Vec<_>>(),
        vec![ActionStatus::Open, ActionStatus::Doing],
        "both undone"
    );
}

#[test]
fn the_spotlight_shows_the_selected_action_and_closes_back_to_the_list() {
    let dir = tempfile::tempdir().expect("temp dir");
    let actions = vec![action(1, "Anna", Some(date(2027, 1, 1)), ActionStatus::Open)];
    let session = retro("2026-11-29T08:00:00Z", actions);
    let mut app = App::with_session(
        options(dir.path()),
        Keymap::defaults(),
        now(),
        TimeZone::UTC,
        session,
        None,
    );
    app.update(Action::ShowActions);
    let list = app.mode();
    app.update(Action::ShowSpotlight);
    assert_eq!(app.mode(), plenum::tui::keymap::Mode::Spotlight);
    let spot = app
        .top::<plenum::tui::screens::spotlight::Spotlight>()
        .map(|s| s.spot.clone());
    assert_eq!(
        spot,
        Some(plenum::tui::outcome::Spot::Action(ActionId::from_u128(1)))
    );
    app.update(Action::CancelInput);
    assert_eq!(app.mode(), list);
}

#[test]
fn the_overview_opens_a_session_on_the_action_and_comes_back_filtered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let first = retro(
        "2026-11-29T08:00:00Z",
        vec![
            action(1, "Anna Becker", Some(date(2026, 11, 20)), ActionStatus::Open),
            action(2, "Ben Okafor", Some(date(2026, 12, 20)), ActionStatus::Open),
        ],
    );
    let path = write(dir.path(), "retro.ron", &first);
    let mut app = App::new(options(dir.path()), Keymap::defaults(), now(), TimeZone::UTC);
    app.update(Action::ShowActionOverview);
    assert_eq!(app.mode(), Mode::Overview);
    app.update(Action::ToggleOverdueOnly);
    match app.top::<OverviewScreen>() {
        Some(overview) => assert_eq!(overview.rows.len(), 1),
        None => panic!("not on the overview"),
    }
    app.update(Action::OpenSelected);
    assert_eq!(app.mode(), Mode::Actions);
    let Some(list) = action_list(&app) else {
        panic!("not on the action list");
    };
    let session = &app.board().expect("a session").session;
    assert_eq!(
        list.selected_action(session).map(|a| a.id),
        Some(ActionId::from_u128(1)),
        "the action chosen in the overview is selected"
    );
    assert!(matches!(list.back, Back::Overview { .. }));

    app.update(Action::CycleActionStatus);
    app.update(Action::CycleActionStatus); // done
    app.update(Action::GoBack);
    match app.top::<OverviewScreen>() {
        Some(overview) => {
            assert!(overview.filter.overdue_only, "the filter is kept");
            assert!(overview.rows.is_empty(), "the done action left the list");
        }
        None => panic!("not back on the overview"),
    }
    // The session was closed: another program may open it.
    SessionFile::open(&path).expect("the lock was released");
    assert_eq!(on_disk(&path).actions[0].status, ActionStatus::Done);
}

#[test]
fn continuing_a_session_carries_its_pending_actions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let old = retro(
        "2026-10-20T15:00:00Z",
        vec![
            action(1, "Anna Becker", Some(date(2026, 11, 20)), ActionStatus::Open),
            action(2, "Ben Okafor", None, ActionStatus::Done),
        ],
    );
    let old_path = write(dir.path(), "old.ron", &old);
    let mut app = App::new(options(dir.path()), Keymap::defaults(), now(), TimeZone::UTC);
    app.update(Action::ContinueSession);
    assert_eq!(app.mode(), Mode::Form);
    app.update(Action::ClearInput);
    type_text(&mut app, "Retro November");
    app.update(Action::SubmitInput);

    assert_eq!(app.mode(), Mode::Actions, "the carried actions come first");
    let board = app.board().expect("the new session is open");
    let new_path = board.path.clone().expect("saved");
    assert_ne!(new_path, old_path);
    let saved = on_disk(&new_path);
    assert_eq!(saved.title, "Retro November");
    assert_eq!(saved.method, "retro", "same method by default");
    assert_eq!(saved.continues, Some(old.id));
    assert_eq!(saved.actions.len(), 1, "only the pending one");
    assert_eq!(saved.participants.len(), 3);
    assert_eq!(on_disk(&old_path), old, "the old session is left as it was");
}

#[test]
fn continuing_needs_a_selected_session() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = App::new(options(dir.path()), Keymap::defaults(), now(), TimeZone::UTC);
    app.update(Action::ContinueSession);
    assert_eq!(app.mode(), Mode::Start);
    assert!(app.message.is_some());
}

/// The app on the check-in screen of a fresh ROTI round.
fn checkin_app(dir: &Path) -> (App, PathBuf) {
    let session = retro("2026-11-29T08:00:00Z", Vec::new());
    let path = dir.join("retro.ron");
    let file = SessionFile::create(&path, &session).expect("create");
    let mut app = App::with_session(
        options(dir),
        Keymap::defaults(),
        now(),
        TimeZone::UTC,
        session,
        Some(file),
    );
    app.update(Action::OpenCheckin);
    assert_eq!(app.mode(), Mode::Form, "no round yet: the form opens");
    app.update(Action::SubmitInput);
    assert_eq!(app.mode(), Mode::Checkin);
    (app, path)
}

fn answer(app: &mut App, value: u32) {
    app.update(Action::StartAnswering);
    assert_eq!(app.mode(), Mode::Answer);
    app.update(Action::PickAnswer(value));
    app.update(Action::SubmitInput);
    assert_eq!(app.mode(), Mode::HandOver);
}

#[test]
fn people_answer_one_after_another_and_the_file_keeps_no_pairing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, path) = checkin_app(dir.path());
    app.update(Action::AnswerCheckin);
    assert_eq!(app.mode(), Mode::HandOver);
    answer(&mut app, 4);
    app.update(Action::SelectNext); // Cem before Ben
    answer(&mut app, 2);
    let Some(view) = app.top::<CheckinView>() else {
        panic!("on the check-in");
    };
    assert!(view.thanked);
    assert_eq!(view.stage, Stage::HandOver { selected: 0 });

    let saved = on_disk(&path);
    let round = &saved.checkins[0];
    assert_eq!(round.scale, CheckinScale::Roti, "check-out in the last phase");
    assert_eq!(round.counts, vec![0, 0, 1, 0, 1]);
    let names: Vec<&str> = round
        .respondents
        .iter()
        .filter_map(|id| saved.participant_name(*id))
        .collect();
    assert_eq!(names, vec!["Anna Becker", "Cem Yıldız"]);
    assert!(!round.revealed);

    // Picking nothing and confirming stores nothing.
    app.update(Action::StartAnswering);
    app.update(Action::SubmitInput);
    assert_eq!(app.mode(), Mode::Answer, "nothing chosen yet");
    app.update(Action::CancelInput);
    app.update(Action::GoBack);
    assert_eq!(app.mode(), Mode::Checkin);
    app.update(Action::ToggleCheckinReveal);
    assert!(on_disk(&path).checkins[0].revealed);
    app.update(Action::AnswerCheckin);
    assert_eq!(
        app.mode(),
        Mode::Checkin,
        "no more keyboard answers once revealed"
    );
    app.update(Action::Undo);
    assert!(!on_disk(&path).checkins[0].revealed, "the reveal undoes");
}

#[test]
fn a_guest_joins_the_roster_and_answers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, path) = checkin_app(dir.path());
    app.update(Action::AnswerCheckin);
    app.update(Action::AddGuest);
    assert_eq!(app.mode(), Mode::Form);
    type_text(&mut app, "Dana Schulz");
    app.update(Action::SubmitInput);
    assert_eq!(app.mode(), Mode::Answer);
    app.update(Action::PickAnswer(3));
    app.update(Action::SubmitInput);
    let saved = on_disk(&path);
    let dana = saved
        .participant_by_name("dana schulz")
        .expect("on the roster now")
        .id;
    assert_eq!(saved.checkins[0].respondents, vec![dana]);

    // Somebody who answered already cannot answer again as a "guest".
    app.update(Action::AddGuest);
    type_text(&mut app, "Dana Schulz");
    app.update(Action::SubmitInput);
    assert_eq!(app.mode(), Mode::Form);
    assert!(app.message.as_ref().is_some_and(|m| m.error));
}

#[test]
fn counts_add_to_covered_answers_and_set_revealed_ones() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, path) = checkin_app(dir.path());
    app.update(Action::AnswerCheckin);
    answer(&mut app, 4);
    app.update(Action::GoBack);
    app.update(Action::EnterCheckinCounts);
    // The form starts at zero: the 4 typed on the keyboard stays secret.
    for _ in 0..3 {
        app.update(Action::NextField);
    }
    type_text(&mut app, "2");
    app.update(Action::SubmitInput);
    assert_eq!(on_disk(&path).checkins[0].counts, vec![0, 0, 0, 2, 1]);

    app.update(Action::ToggleCheckinReveal);
    app.update(Action::EnterCheckinCounts);
    app.update(Action::ClearInput);
    type_text(&mut app, "1");
    app.update(Action::SubmitInput);
    assert_eq!(on_disk(&path).checkins[0].counts, vec![1, 0, 0, 2, 1]);

    app.update(Action::EnterCheckinCounts);
    app.update(Action::ClearInput);
    type_text(&mut app, "viele");
    app.update(Action::SubmitInput);
    assert_eq!(app.mode(), Mode::Form, "not a number");
}

#[test]
fn checkin_only_where_the_phase_allows_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut session = retro("2026-11-29T08:00:00Z", Vec::new());
    session.current_phase = 1;
    session.phases[1].activities.retain(|a| *a != Activity::Checkin);
    let mut app = App::with_session(
        options(dir.path()),
        Keymap::defaults(),
        now(),
        TimeZone::UTC,
        session,
        None,
    );
    app.update(Action::OpenCheckin);
    assert_eq!(app.mode(), Mode::Board);
    let message = app.message.as_ref().map(|m| m.text.clone()).unwrap_or_default();
    assert!(message.contains("phase settings"), "{message}");
}

#[test]
fn follow_up_keys_can_be_changed_in_keymap_ron() {
    let overrides = parse_overrides(
        r#"(
            actions: { "x": delete_action, "d": ignore_key },
            overview: { "u": toggle_overdue_only },
            answer: { "9": pick_answer(4) },
            board: { "F3": show_actions },
        )"#,
    )
    .expect("a valid keymap");
    let keymap = Keymap::with_overrides(overrides);
    assert_eq!(
        keymap.action(Mode::Actions, Key::char('x')),
        Some(&Action::DeleteAction)
    );
    assert_eq!(keymap.action(Mode::Actions, Key::char('d')), None);
    assert_eq!(
        keymap.action(Mode::Overview, Key::char('u')),
        Some(&Action::ToggleOverdueOnly)
    );
    assert_eq!(
        keymap.action(Mode::Answer, Key::char('9')),
        Some(&Action::PickAnswer(4))
    );
    assert_eq!(
        keymap.action(Mode::Board, Key::plain(crossterm::event::KeyCode::F(3))),
        Some(&Action::ShowActions)
    );
    assert_eq!(
        keymap.action(Mode::Board, Key::char('A')),
        Some(&Action::ShowActions)
    );
}

#[test]
fn today_comes_from_the_injected_clock_and_zone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::new(options(dir.path()), Keymap::defaults(), now(), TimeZone::UTC);
    assert_eq!(app.today(), TODAY);
    let late: Timestamp = "2026-11-29T23:30:00Z".parse().expect("timestamp");
    let berlin_winter = TimeZone::fixed(jiff::tz::offset(1));
    let app = App::new(options(dir.path()), Keymap::defaults(), late, berlin_winter);
    assert_eq!(app.today(), date(2026, 11, 30), "already Monday in Berlin");
}

#[test]
fn another_screen_can_make_an_action_from_a_voting_result() {
    use plenum::core::followup::ActionOrigin;
    use plenum::core::{DotBudget, RoundId, RoundStatus, VoteOption, VoteRound};
    let dir = tempfile::tempdir().expect("temp dir");
    let mut session = retro("2026-11-29T08:00:00Z", Vec::new());
    let option = VoteOption::Idea(IdeaId::from_u128(7));
    session.rounds.push(VoteRound {
        id: RoundId::from_u128(3),
        phase: session.phases[session.current_phase].id,
        title: "What matters most?".into(),
        options: vec![option],
        budget: DotBudget::Fixed(3),
        dots_per_voter: 3,
        max_per_option: 3,
        facilitator_votes: false,
        status: RoundStatus::Revealed,
        allow_revote: false,
        voters: Vec::new(),
        ballots: Vec::new(),
        tally: vec![0],
        runoff_of: None,
    });
    let mut app = App::with_session(
        options(dir.path()),
        Keymap::defaults(),
        now(),
        TimeZone::UTC,
        session,
        None,
    );
    app.new_action_from(&[ActionOrigin::Result {
        round: RoundId::from_u128(3),
        option,
    }]);
    assert_eq!(app.mode(), Mode::Form);
    app.update(Action::SubmitInput);
    assert_eq!(app.mode(), Mode::Board);
    let board = app.board().expect("on the session");
    let made = &board.session.actions[0];
    assert_eq!(made.text, "Besprechungsräume für hybride Sitzungen");
    assert_eq!(made.source, Some(ActionSource::Round(RoundId::from_u128(3))));
}
