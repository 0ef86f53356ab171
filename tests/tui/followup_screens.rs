//! Screen tests of the follow-up screens: the action list (with overdue
//! actions on a fixed "today"), the action form, the overview across
//! sessions, continuing a session, and check-in rounds (results, hand-over,
//! answer), drawn into a `TestBackend` at 80x24 and 200x60 in English and
//! German and compared with reviewed snapshots in `tests/snapshots/`.

use crate::common;

use common::screen::{SIZES, both_languages, draw, find, fresh_folder, options, session_app, snapshot};
use common::template;
use jiff::Timestamp;
use jiff::civil::{Date, date};
use jiff::tz::TimeZone;
use plenum::core::followup::default_question;
use plenum::core::{
    ActionId, ActionItem, ActionSource, ActionStatus, Activity, CheckinId, CheckinRound, CheckinScale,
    IdeaId, Language, NewSession, Session, SessionId,
};
use plenum::store;
use plenum::tui::action::Action;
use plenum::tui::app::App;
use plenum::tui::keymap::Keymap;
use plenum::tui::theme::Theme;
use std::path::PathBuf;

/// "Today" in every test: a Sunday.
const TODAY: Date = date(2026, 11, 29);

fn now() -> Timestamp {
    "2026-11-29T09:30:00Z".parse().expect("a valid timestamp")
}

/// A fresh folder with a stable, relative name (it shows on screen).
fn folder(name: &str) -> PathBuf {
    fresh_folder("target/followup-screens", name)
}

fn action(n: u128, text: &str, owner: Option<&str>, due: Option<Date>, status: ActionStatus) -> ActionItem {
    ActionItem {
        id: ActionId::from_u128(n),
        text: text.into(),
        owner: owner.map(String::from),
        due,
        status,
        note: String::new(),
        source: None,
    }
}

/// A retrospective in its last phase (actions and check-out), with an idea
/// to make actions from and six actions: two overdue, one due today, one
/// done, one dropped, one without a date.
fn retro(lang: Language) -> Session {
    let choices = NewSession {
        title: Some("Retrospektive Umzug E-Akte".into()),
        language: lang,
        facilitator: Some("Petra Schäfer".into()),
        participants: ["Anna Kowalski", "Jörg Weiß", "Şule Yılmaz", "Ben Okafor"]
            .map(String::from)
            .to_vec(),
        anonymous: false,
    };
    let mut session =
        template("retro").instantiate(choices, "2026-10-20T14:00:00Z".parse().expect("timestamp"));
    session.id = SessionId::from_u128(1);
    session.updated = "2026-10-20T16:00:00Z".parse().expect("timestamp");
    let last = session.phases.len() - 1;
    session.current_phase = last;
    for activity in [Activity::Actions, Activity::Checkin, Activity::Capture] {
        if !session.phases[last].allows(activity) {
            session.phases[last].activities.push(activity);
        }
    }
    let phase = session.phases[last].id;
    session.ideas.push(plenum::core::Idea {
        id: IdeaId::from_u128(50),
        phase,
        text: "Scanner im Bürgerbüro reichen nicht".into(),
        authors: vec![session.participants[1].id],
        cluster: None,
        hidden: false,
    });
    let mut scanner = action(
        1,
        "Zweiten Scanner für das Bürgerbüro beschaffen",
        Some("Jörg Weiß"),
        Some(date(2026, 11, 13)),
        ActionStatus::Open,
    );
    scanner.source = Some(ActionSource::Idea(IdeaId::from_u128(50)));
    scanner.note = "Angebot liegt vor; die Freigabe durch die Kämmerei fehlt noch.".into();
    session.actions = vec![
        scanner,
        action(
            2,
            "Schulung „E-Akte für Einsteiger“ für das Sozialamt planen 📚",
            Some("Anna Kowalski"),
            Some(date(2026, 11, 26)),
            ActionStatus::Doing,
        ),
        action(
            3,
            "Checkliste für die Umstellung ins Intranet stellen",
            Some("Şule Yılmaz"),
            Some(TODAY),
            ActionStatus::Open,
        ),
        action(
            4,
            "Papierakten der Jahre 2019 bis 2021 ins Archiv geben",
            Some("Ben Okafor"),
            Some(date(2026, 11, 2)),
            ActionStatus::Done,
        ),
        action(
            5,
            "Eigenes Postfach für Scan-Rückfragen",
            None,
            None,
            ActionStatus::Dropped,
        ),
        action(
            6,
            "Zwischenstand im Amtsleitungskreis berichten",
            Some("Petra Schäfer"),
            Some(date(2027, 1, 14)),
            ActionStatus::Open,
        ),
    ];
    session
}

/// A check-out round of the last phase: ROTI, revealed or not.
fn with_checkout(mut session: Session, revealed: bool) -> Session {
    let phase = session.current().map(|p| p.id);
    let respondents = session.participants.iter().take(3).map(|p| p.id).collect();
    session.checkins.push(CheckinRound {
        id: CheckinId::from_u128(9),
        phase,
        question: default_question(CheckinScale::Roti, session.language).into(),
        scale: CheckinScale::Roti,
        counts: vec![0, 1, 2, 5, 3],
        respondents,
        revealed,
    });
    session
}

/// The app on the session screen, saving to a file in its own folder.
fn board_app(lang: Language, name: &str, session: Session) -> App {
    session_app(lang, folder(name), "retro.ron", session, now())
}

#[test]
fn action_list() {
    for lang in both_languages() {
        for (width, height) in SIZES {
            let mut app = board_app(lang, &format!("list_{width}_{}", lang.code()), retro(lang));
            app.update(Action::ShowActions);
            let drawn = snapshot!("action_list", &app, width, height);
            // The overdue ones carry the marker, the others do not.
            let overdue_rows: Vec<&str> = drawn.text.lines().filter(|l| l.contains('⚠')).collect();
            assert!(overdue_rows.iter().any(|l| l.contains("Zweiten Scanner")));
            assert!(overdue_rows.iter().any(|l| l.contains("Schulung")));
            assert!(
                !overdue_rows.iter().any(|l| l.contains("Checkliste")),
                "due today is not overdue"
            );
            assert!(
                !overdue_rows.iter().any(|l| l.contains("Papierakten")),
                "done is never overdue"
            );
        }
    }
}

#[test]
fn overdue_dates_use_the_overdue_style() {
    let mut app = board_app(Language::En, "overdue_style", retro(Language::En));
    app.update(Action::ShowActions);
    let drawn = draw(&app, 80, 24);
    let (theme, _) = Theme::load(None, None, false);
    // The second row: the first one is selected and drawn in that style.
    let (column, row) = find(&drawn.text, "⚠ 2026-11-26").expect("the overdue training is listed");
    let cell = &drawn.buffer[(column + 2, row)];
    assert_eq!(
        cell.fg,
        theme.overdue.fg.expect("a colour"),
        "the date is in the overdue style"
    );
    let (column, row) = find(&drawn.text, "2027-01-14").expect("a later action is listed");
    assert_ne!(
        drawn.buffer[(column, row)].fg,
        theme.overdue.fg.expect("a colour")
    );
}

#[test]
fn action_list_sorted_by_due_date_with_the_selection_in_detail() {
    for lang in both_languages() {
        let mut app = board_app(lang, &format!("sorted_{}", lang.code()), retro(lang));
        app.update(Action::ShowActions);
        app.update(Action::CycleActionOrder);
        let drawn = snapshot!("action_list_by_due", &app, 80, 24);
        let archive = drawn.text.find("Papierakten").expect("listed");
        let scanner = drawn.text.find("Zweiten Scanner").expect("listed");
        let report = drawn.text.find("Zwischenstand").expect("listed");
        assert!(archive < scanner && scanner < report, "earliest due first");
        let overdue = match lang {
            Language::En => "16 days overdue",
            Language::De => "16 Tage überfällig",
        };
        assert!(drawn.text.contains(overdue), "the detail says how late");
    }
}

#[test]
fn new_action_from_the_selected_idea() {
    for lang in both_languages() {
        for (width, height) in SIZES {
            let mut app = board_app(lang, &format!("form_{width}_{}", lang.code()), retro(lang));
            app.update(Action::NewActionFromSelection);
            for c in "jö".chars() {
                app.update(Action::InsertChar(c));
            }
            let drawn = snapshot!("action_form", &app, width, height);
            assert!(drawn.text.contains("Scanner im Bürgerbüro reichen nicht"));
            assert!(drawn.text.contains("Jörg Weiß"), "the completion is offered");
        }
    }
}

#[test]
fn the_due_field_shows_what_it_understood() {
    for lang in both_languages() {
        let mut app = board_app(lang, &format!("due_{}", lang.code()), retro(lang));
        app.update(Action::ShowActions);
        app.update(Action::EditAction);
        app.update(Action::NextField);
        app.update(Action::NextField);
        app.update(Action::ClearInput);
        for c in "+2w".chars() {
            app.update(Action::InsertChar(c));
        }
        let drawn = snapshot!("action_form_due", &app, 80, 24);
        let understood = match lang {
            Language::En => "→ Sun 2026-12-13",
            Language::De => "→ So 13.12.2026",
        };
        assert!(drawn.text.contains(understood), "{}", drawn.text);
    }
}

/// A folder with three sessions: the retrospective, a later one that
/// continues it (so the carried action counts once), and one without
/// pending actions; plus a file that cannot be read.
fn overview_app(lang: Language, name: &str) -> App {
    let dir = folder(name);
    let old = retro(lang);
    let mut later = template("brainstorm").instantiate(
        NewSession {
            title: Some("Ideenrunde Azubi-Gewinnung".into()),
            language: lang,
            ..NewSession::default()
        },
        "2026-11-10T09:00:00Z".parse().expect("timestamp"),
    );
    later.id = SessionId::from_u128(2);
    later.updated = "2026-11-10T12:00:00Z".parse().expect("timestamp");
    let mut carried = old.actions[1].clone();
    carried.id = ActionId::from_u128(20);
    carried.source = Some(ActionSource::Carried {
        session: old.id,
        action: old.actions[1].id,
    });
    carried.note = "Termin steht: 8. Dezember.".into();
    carried.due = Some(date(2026, 12, 8));
    later.actions = vec![
        carried,
        action(
            21,
            "Stand der Ausbildungsmesse an der Berufsschule buchen",
            Some("Lena Hoffmann"),
            Some(date(2026, 11, 27)),
            ActionStatus::Open,
        ),
        action(
            22,
            "Video über den dualen Studiengang Verwaltungsinformatik drehen",
            Some("Jörg Weiß"),
            None,
            ActionStatus::Open,
        ),
    ];
    let mut done = template("retro").instantiate(
        NewSession {
            title: Some("Retro Homeoffice-Pilot".into()),
            language: lang,
            ..NewSession::default()
        },
        "2026-09-01T09:00:00Z".parse().expect("timestamp"),
    );
    done.actions = vec![action(
        30,
        "Pilot auswerten",
        Some("Anna Kowalski"),
        None,
        ActionStatus::Done,
    )];
    for (file, session) in [
        ("a-retro.ron", &old),
        ("b-ideen.ron", &later),
        ("c-pilot.ron", &done),
    ] {
        store::write_atomically(
            &dir.join(file),
            store::to_ron(session).expect("serialises").as_bytes(),
        )
        .expect("write a session");
    }
    std::fs::write(dir.join("kaputt.ron"), "(version: 1, title: ").expect("write a broken file");
    let mut app = App::new(options(lang, dir), Keymap::defaults(), now(), TimeZone::UTC);
    app.update(Action::ShowActionOverview);
    app
}

#[test]
fn overview_across_sessions() {
    for lang in both_languages() {
        for (width, height) in SIZES {
            let app = overview_app(lang, &format!("overview_{width}_{}", lang.code()));
            let drawn = snapshot!("overview", &app, width, height);
            assert!(
                !drawn.text.contains("Pilot auswerten"),
                "done actions are not pending"
            );
            assert_eq!(
                drawn.text.matches("Schulung").count(),
                1,
                "the carried action is listed once, from the later session"
            );
            let scanner = drawn.text.find("Zweiten Scanner").expect("listed");
            let fair = drawn.text.find("Stand der").expect("listed");
            assert!(scanner < fair, "soonest due first");
        }
    }
}

#[test]
fn overview_overdue_only_and_by_owner() {
    for lang in both_languages() {
        let mut app = overview_app(lang, &format!("overview_filtered_{}", lang.code()));
        app.update(Action::ToggleOverdueOnly);
        app.update(Action::FilterByOwner);
        for c in "hoff".chars() {
            app.update(Action::InsertChar(c));
        }
        let drawn = snapshot!("overview_owner_form", &app, 80, 24);
        assert!(drawn.text.contains("Lena Hoffmann"), "the completion is offered");
        app.update(Action::NextField);
        app.update(Action::SubmitInput);
        let drawn = snapshot!("overview_filtered", &app, 80, 24);
        assert!(drawn.text.contains("Stand der Ausbildungsmesse"));
        assert!(!drawn.text.contains("Zweiten Scanner"), "another owner");
    }
}

#[test]
fn continue_form() {
    for lang in both_languages() {
        let dir = folder(&format!("continue_{}", lang.code()));
        store::write_atomically(
            &dir.join("retro.ron"),
            store::to_ron(&retro(lang)).expect("serialises").as_bytes(),
        )
        .expect("write");
        let mut app = App::new(options(lang, dir), Keymap::defaults(), now(), TimeZone::UTC);
        app.update(Action::ContinueSession);
        let drawn = snapshot!("continue_form", &app, 80, 24);
        assert!(
            drawn.text.contains("Retrospektive Umzug E-Akte"),
            "the title is prefilled"
        );
    }
}

#[test]
fn checkin_results() {
    for lang in both_languages() {
        for (width, height) in SIZES {
            let session = with_checkout(retro(lang), true);
            let mut app = board_app(lang, &format!("results_{width}_{}", lang.code()), session);
            app.update(Action::OpenCheckin);
            let drawn = snapshot!("checkin_results", &app, width, height);
            // (1·1 + 2·2 + 3·5 + 4·3) / 11 = 32 / 11
            let mean = match lang {
                Language::En => "Mean 2.9",
                Language::De => "Mittelwert 2,9",
            };
            assert!(drawn.text.contains(mean), "{}", drawn.text);
            assert!(drawn.text.contains("45 %"), "5 of 11 gave a 3");
        }
    }
}

#[test]
fn checkin_covered_until_revealed() {
    for lang in both_languages() {
        let session = with_checkout(retro(lang), false);
        let mut app = board_app(lang, &format!("covered_{}", lang.code()), session);
        app.update(Action::OpenCheckin);
        let drawn = snapshot!("checkin_covered", &app, 80, 24);
        assert!(!drawn.text.contains('█'), "no bar before the reveal");
        assert!(!drawn.text.contains("45 %"));
        app.update(Action::ToggleCheckinReveal);
        let drawn = draw(&app, 80, 24);
        assert!(drawn.text.contains('█'), "revealed");
    }
}

#[test]
fn hand_over_and_answer_screens() {
    for lang in both_languages() {
        let session = with_checkout(retro(lang), false);
        let mut app = board_app(lang, &format!("answer_{}", lang.code()), session);
        app.update(Action::OpenCheckin);
        app.update(Action::AnswerCheckin);
        let drawn = snapshot!("checkin_hand_over", &app, 80, 24);
        assert!(
            drawn.text.contains("Ben Okafor"),
            "the one who has not answered yet"
        );
        assert!(
            !drawn.text.contains("Anna Kowalski"),
            "who answered is not offered again"
        );
        app.update(Action::StartAnswering);
        app.update(Action::PickAnswer(3));
        snapshot!("checkin_answer", &app, 80, 24);
        app.update(Action::SubmitInput);
        let drawn = snapshot!("checkin_thanks", &app, 80, 24);
        let label = match lang {
            Language::En => "more than worth the time",
            Language::De => "hat sich gelohnt",
        };
        assert!(!drawn.text.contains(label), "the hand-over shows no answer");
    }
}

#[test]
fn new_round_and_counts_forms() {
    for lang in both_languages() {
        let mut app = board_app(lang, &format!("round_form_{}", lang.code()), retro(lang));
        app.update(Action::OpenCheckin);
        let drawn = snapshot!("checkin_new_round", &app, 80, 24);
        assert!(drawn.text.contains("ROTI") || drawn.text.contains("Return on time"));
        app.update(Action::SubmitInput);
        app.update(Action::EnterCheckinCounts);
        snapshot!("checkin_counts", &app, 80, 24);
    }
}

#[test]
fn follow_up_screens_never_panic_at_odd_sizes() {
    let mut app = board_app(
        Language::De,
        "odd_sizes",
        with_checkout(retro(Language::De), true),
    );
    let steps: [&[Action]; 6] = [
        &[Action::ShowActions],
        &[Action::EditAction],
        &[Action::CancelInput, Action::GoBack, Action::OpenCheckin],
        &[Action::ToggleCheckinReveal, Action::AnswerCheckin],
        &[Action::StartAnswering, Action::PickAnswer(2)],
        &[Action::CancelInput, Action::AddGuest],
    ];
    for step in steps {
        for action in step {
            app.update(action.clone());
        }
        for (width, height) in [(1, 1), (2, 40), (300, 3), (60, 16), (61, 17), (75, 20), (130, 45)] {
            draw(&app, width, height);
        }
    }
    let app = overview_app(Language::En, "odd_overview");
    for (width, height) in [(1, 1), (60, 16), (300, 3)] {
        draw(&app, width, height);
    }
}

#[test]
fn clicks_select_rows_and_answers() {
    let mut app = board_app(Language::En, "clicks", with_checkout(retro(Language::En), false));
    app.update(Action::ShowActions);
    let drawn = draw(&app, 80, 24);
    let (column, row) = find(&drawn.text, "Checkliste").expect("listed");
    let click = drawn.hits.action_at(column, row).expect("rows are clickable");
    assert_eq!(click, Action::SelectActionRow(2));
    app.update(click.clone());
    let drawn = draw(&app, 80, 24);
    assert!(
        drawn.text.contains("due today"),
        "the detail shows the clicked action"
    );
    app.update(click);
    assert_eq!(
        app.mode(),
        plenum::tui::keymap::Mode::Form,
        "a second click edits"
    );

    app.update(Action::CancelInput);
    app.update(Action::GoBack);
    app.update(Action::OpenCheckin);
    app.update(Action::AnswerCheckin);
    app.update(Action::StartAnswering);
    let drawn = draw(&app, 80, 24);
    let (column, row) = find(&drawn.text, "excellent").expect("the answers are listed");
    assert_eq!(drawn.hits.action_at(column, row), Some(Action::PickAnswer(4)));
}

#[test]
fn every_theme_marks_overdue_actions_beyond_the_marker() {
    let mut themes: Vec<Theme> = plenum::tui::theme::built_in_names()
        .into_iter()
        .map(|name| Theme::load(Some(name), None, false).0)
        .collect();
    themes.push(Theme::plain());
    for theme in themes {
        assert_ne!(
            theme.overdue, theme.base,
            "{}: overdue looks like plain text",
            theme.name
        );
        assert_ne!(theme.overdue, ratatui::style::Style::new(), "{}", theme.name);
    }
}
