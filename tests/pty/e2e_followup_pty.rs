//! End to end: the follow-up in the real binary, in a pseudo-terminal read
//! back through a vt100 parser. An older session with an overdue action
//! opens on its action list; a new action with owner (completed from the
//! roster) and due date (typed as "+10") is added and found in the file.
//! The harness is `tests/common/pty.rs`.

#![cfg(unix)]

use crate::common;

use common::pty::Pty;
use plenum::store;

/// A retrospective last changed weeks ago, with one overdue action and
/// Anna Becker on the roster.
fn older_session(today: jiff::civil::Date) -> plenum::core::Session {
    use plenum::core::{ActionId, ActionItem, ActionStatus, Language, NewSession};
    let template = common::template("retro");
    let created = jiff::Timestamp::now()
        .checked_sub(jiff::SignedDuration::from_hours(24 * 30))
        .expect("in range");
    let mut session = template.instantiate(
        NewSession {
            title: Some("Retro Oktober".into()),
            language: Language::En,
            participants: vec!["Anna Becker".into(), "Ben Okafor".into()],
            ..NewSession::default()
        },
        created,
    );
    session.actions.push(ActionItem {
        id: ActionId::from_u128(1),
        text: "Protokoll verschicken".into(),
        owner: Some("Ben Okafor".into()),
        due: today.checked_sub(jiff::Span::new().days(5)).ok(),
        status: ActionStatus::Open,
        note: String::new(),
        source: None,
    });
    session
}

/// The English short name of a weekday, as the form shows it.
fn weekday(date: jiff::civil::Date) -> &'static str {
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        [usize::from(date.weekday().to_monday_zero_offset() as u8)]
}

#[test]
fn add_an_action_with_owner_and_due_date_and_find_it_in_the_file() {
    let home = tempfile::tempdir().expect("a home folder");
    let sessions = home.path().join("sessions");
    std::fs::create_dir_all(&sessions).expect("the sessions folder");
    let today = jiff::ZonedDateTime::now().date();
    let file = sessions.join("retro-oktober.ron");
    store::write_atomically(
        &file,
        store::to_ron(&older_session(today))
            .expect("serialises")
            .as_bytes(),
    )
    .expect("write the session");

    let mut pty = Pty::start(home.path(), &sessions, "en_US.UTF-8");
    pty.wait_for("Retro Oktober");
    pty.send("\r");
    // Weeks later, with a pending action: the action list comes first.
    pty.wait_for("Actions (1)");
    pty.wait_for("⚠");
    pty.wait_for("5 days overdue");

    pty.send("a");
    pty.wait_for("New action");
    pty.type_text("Leitfaden schreiben");
    pty.send("\t");
    pty.type_text("beck");
    pty.wait_for("Tab completes: Anna Becker");
    pty.send("\t");
    pty.wait_until("the completed owner", |screen| {
        screen.contains("Anna Becker") && !screen.contains("Tab completes")
    });
    pty.send("\t");
    pty.type_text("+10");
    let due = today.checked_add(jiff::Span::new().days(10)).expect("in range");
    // The form shows the date it understood before it is saved.
    pty.wait_for(&format!("→ {} {due}", weekday(due)));
    pty.send("\r");
    pty.wait_for("Actions (2)");

    pty.send("q");
    let status = pty.wait_for_exit();
    assert!(status.success(), "plenum exits cleanly: {status:?}");
    pty.assert_terminal_restored();

    let session = store::load(&file).expect("the session file loads");
    let added = session.actions.last().expect("an action");
    assert_eq!(session.actions.len(), 2);
    assert_eq!(added.text, "Leitfaden schreiben");
    assert_eq!(added.owner.as_deref(), Some("Anna Becker"));
    assert_eq!(added.due, Some(due));
    assert_eq!(added.status, plenum::core::ActionStatus::Open);
}
