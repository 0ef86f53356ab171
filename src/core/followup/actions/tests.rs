use super::*;
use crate::core::History;
use jiff::Timestamp;
use jiff::civil::date;

const TODAY: Date = date(2026, 11, 29);

/// A session with one phase, one idea in a cluster, a voting round on the
/// idea, and a participant.
fn workshop() -> Session {
    let mut session = Session::new(
        "Digitale Verwaltung",
        "retro",
        Language::De,
        Timestamp::UNIX_EPOCH,
    );
    let phase = PhaseId::from_u128(1);
    session.phases.push(Phase {
        id: phase,
        title: "Ideen".into(),
        question: "Was probieren wir aus?".into(),
        timebox_minutes: 10,
        activities: vec![Activity::Capture, Activity::Vote, Activity::Actions],
        seconds_used: 0,
        brainwriting: false,
    });
    session.participants.push(Participant {
        id: ParticipantId::from_u128(2),
        name: "Anna Becker".into(),
        colour: Colour::Blue,
    });
    session.clusters.push(Cluster {
        id: ClusterId::from_u128(3),
        phase,
        title: "Homeoffice".into(),
    });
    session.ideas.push(Idea {
        id: IdeaId::from_u128(4),
        phase,
        text: "Mobiles Arbeiten für Azubis".into(),
        authors: vec![],
        cluster: Some(ClusterId::from_u128(3)),
        hidden: false,
    });
    session.rounds.push(VoteRound {
        id: RoundId::from_u128(5),
        phase,
        title: "Was ist am wichtigsten?".into(),
        options: vec![VoteOption::Idea(IdeaId::from_u128(4))],
        budget: DotBudget::Fixed(3),
        dots_per_voter: 3,
        max_per_option: 3,
        facilitator_votes: false,
        status: RoundStatus::Revealed,
        allow_revote: false,
        voters: vec![],
        ballots: vec![],
        tally: vec![0],
        runoff_of: None,
    });
    session.validate().expect("the fixture is consistent");
    session
}

fn action(n: u128, due: Option<Date>, status: ActionStatus) -> ActionItem {
    ActionItem {
        id: ActionId::from_u128(n),
        text: format!("Maßnahme {n}"),
        owner: None,
        due,
        status,
        note: String::new(),
        source: None,
    }
}

/// Applies the command `make` builds, then its inverse, checks that the
/// undo restores the session, and returns the session in between.
fn apply_and_undo(session: &mut Session, make: impl FnOnce(&Session) -> Command) -> Session {
    let before = session.clone();
    let command = make(session);
    let inverse = session.apply(command).expect("the command applies");
    let after = session.clone();
    session.apply(inverse).expect("the inverse applies");
    assert_eq!(*session, before, "undo restores the session");
    after
}

#[test]
fn creates_actions_from_idea_cluster_and_result_with_links() {
    let mut session = workshop();
    let cases = [
        (
            ActionOrigin::Idea(IdeaId::from_u128(4)),
            "Mobiles Arbeiten für Azubis",
            ActionSource::Idea(IdeaId::from_u128(4)),
        ),
        (
            ActionOrigin::Cluster(ClusterId::from_u128(3)),
            "Homeoffice",
            ActionSource::Cluster(ClusterId::from_u128(3)),
        ),
        (
            ActionOrigin::Result {
                round: RoundId::from_u128(5),
                option: VoteOption::Idea(IdeaId::from_u128(4)),
            },
            "Mobiles Arbeiten für Azubis",
            ActionSource::Round(RoundId::from_u128(5)),
        ),
    ];
    for (n, (origin, text, source)) in cases.into_iter().enumerate() {
        let id = ActionId::from_u128(100 + n as u128);
        let after = apply_and_undo(&mut session, |s| {
            create_action(s, id, origin).expect("origin exists")
        });
        let created = after.action(id).expect("the action was added");
        assert_eq!(created.text, text);
        assert_eq!(created.source, Some(source));
        assert_eq!(created.status, ActionStatus::Open);
        assert!(session.actions.is_empty());
    }
}

#[test]
fn blank_and_unknown_origins_are_refused() {
    let session = workshop();
    let id = ActionId::from_u128(9);
    assert_eq!(
        create_action(&session, id, ActionOrigin::Blank),
        Err(DomainError::EmptyText)
    );
    let blank = draft_action(&session, id, ActionOrigin::Blank).expect("a blank draft");
    assert_eq!((blank.text.as_str(), blank.source), ("", None));
    assert!(matches!(
        create_action(&session, id, ActionOrigin::Idea(IdeaId::from_u128(77))),
        Err(DomainError::NotFound { kind: "idea", .. })
    ));
    let foreign = ActionOrigin::Result {
        round: RoundId::from_u128(5),
        option: VoteOption::Cluster(ClusterId::from_u128(3)),
    };
    assert!(matches!(
        create_action(&session, id, foreign),
        Err(DomainError::Refused(Refusal::OptionNotInRound { .. }))
    ));
}

#[test]
fn a_blank_draft_is_added_once_it_has_text() {
    let mut session = workshop();
    let mut draft = draft_action(&session, ActionId::from_u128(9), ActionOrigin::Blank).expect("draft");
    assert_eq!(
        session.apply(add_action(&session, draft.clone())),
        Err(DomainError::EmptyText)
    );
    draft.text = "  Leitfaden schreiben \n".into();
    let after = apply_and_undo(&mut session, |s| add_action(s, draft));
    assert_eq!(after.actions[0].text, "Leitfaden schreiben");
}

#[test]
fn every_edit_changes_one_field_and_undoes() {
    let mut session = workshop();
    let id = ActionId::from_u128(10);
    session.actions.push(action(10, None, ActionStatus::Open));
    let due = date(2026, 12, 15);

    let after = apply_and_undo(&mut session, |s| set_action_text(s, id, "Pilot starten").unwrap());
    assert_eq!(after.actions[0].text, "Pilot starten");
    let after = apply_and_undo(&mut session, |s| {
        set_action_owner(s, id, Some(" Anna Becker ")).unwrap()
    });
    assert_eq!(after.actions[0].owner.as_deref(), Some("Anna Becker"));
    let after = apply_and_undo(&mut session, |s| set_action_due(s, id, Some(due)).unwrap());
    assert_eq!(after.actions[0].due, Some(due));
    let after = apply_and_undo(&mut session, |s| {
        set_action_note(s, id, "mit dem Personalrat").unwrap()
    });
    assert_eq!(after.actions[0].note, "mit dem Personalrat");
    let after = apply_and_undo(&mut session, |s| {
        set_action_status(s, id, ActionStatus::Doing).unwrap()
    });
    assert_eq!(after.actions[0].status, ActionStatus::Doing);
    // Everything else stays as it was.
    assert_eq!(
        ActionItem {
            status: ActionStatus::Open,
            ..after.actions[0].clone()
        },
        session.actions[0]
    );
}

#[test]
fn clearing_the_owner_and_refusing_empty_text() {
    let mut session = workshop();
    let id = ActionId::from_u128(10);
    let mut owned = action(10, None, ActionStatus::Open);
    owned.owner = Some("Ben".into());
    session.actions.push(owned);
    let after = apply_and_undo(&mut session, |s| set_action_owner(s, id, Some("   ")).unwrap());
    assert_eq!(after.actions[0].owner, None);
    let before = session.clone();
    assert_eq!(
        session.apply(set_action_text(&session, id, " \n ").unwrap()),
        Err(DomainError::EmptyText)
    );
    assert_eq!(session, before);
    assert!(set_action_text(&session, ActionId::from_u128(99), "x").is_err());
}

#[test]
fn delete_removes_and_undo_puts_it_back_in_place() {
    let mut session = workshop();
    for n in 1..=3 {
        session.actions.push(action(n, None, ActionStatus::Open));
    }
    let mut history = History::new();
    let before = session.clone();
    let delete = delete_action(&session, ActionId::from_u128(2)).unwrap();
    history.apply(&mut session, delete).unwrap();
    let ids: Vec<ActionId> = session.actions.iter().map(|a| a.id).collect();
    assert_eq!(ids, vec![ActionId::from_u128(1), ActionId::from_u128(3)]);
    history.undo(&mut session).unwrap();
    assert_eq!(session, before);
    assert!(delete_action(&session, ActionId::from_u128(42)).is_err());
}

#[test]
fn status_cycles_through_all_four() {
    let mut status = ActionStatus::Open;
    let mut seen = vec![status];
    for _ in 0..3 {
        status = next_status(status);
        seen.push(status);
    }
    assert_eq!(seen, ActionStatus::ALL.to_vec());
    assert_eq!(next_status(status), ActionStatus::Open);
}

#[test]
fn sorts_by_due_then_status_and_by_status_then_due() {
    let early = date(2026, 12, 1);
    let late = date(2027, 1, 15);
    let actions = vec![
        action(1, None, ActionStatus::Open),
        action(2, Some(late), ActionStatus::Open),
        action(3, Some(early), ActionStatus::Done),
        action(4, Some(early), ActionStatus::Open),
        action(5, Some(late), ActionStatus::Doing),
    ];
    let ids = |order| -> Vec<u128> {
        sorted_actions(&actions, order)
            .iter()
            .map(|a| a.id.0.as_u128())
            .collect()
    };
    assert_eq!(ids(ActionOrder::Entered), vec![1, 2, 3, 4, 5]);
    assert_eq!(ids(ActionOrder::Due), vec![4, 3, 2, 5, 1]);
    assert_eq!(ids(ActionOrder::Status), vec![4, 2, 1, 5, 3]);
}

#[test]
fn urgency_with_a_fixed_today() {
    let pending = |due| action(1, Some(due), ActionStatus::Open);
    assert_eq!(urgency(&pending(date(2026, 11, 1)), TODAY), Urgency::Overdue(28));
    assert_eq!(urgency(&pending(date(2026, 11, 28)), TODAY), Urgency::Overdue(1));
    assert_eq!(urgency(&pending(TODAY), TODAY), Urgency::DueToday);
    assert_eq!(urgency(&pending(date(2026, 11, 30)), TODAY), Urgency::DueSoon(1));
    assert_eq!(urgency(&pending(date(2026, 12, 6)), TODAY), Urgency::DueSoon(7));
    assert_eq!(urgency(&pending(date(2026, 12, 7)), TODAY), Urgency::Later(8));
    assert_eq!(
        urgency(&action(1, None, ActionStatus::Doing), TODAY),
        Urgency::Undated
    );
    let done_late = action(1, Some(date(2026, 1, 1)), ActionStatus::Done);
    assert_eq!(urgency(&done_late, TODAY), Urgency::Closed);
    assert_eq!(days_overdue(&done_late, TODAY), None);
    // Across a year boundary and a leap day.
    assert_eq!(
        days_overdue(&pending(date(2027, 12, 31)), date(2028, 3, 1)),
        Some(61)
    );
    assert_eq!(days_until_due(&pending(date(2026, 12, 24)), TODAY), Some(25));
    assert_eq!(days_until_due(&pending(date(2026, 11, 24)), TODAY), Some(-5));
}

#[test]
fn counts_overdue_actions_of_a_session() {
    let mut session = workshop();
    session.actions = vec![
        action(1, Some(date(2026, 11, 1)), ActionStatus::Open),
        action(2, Some(date(2026, 11, 2)), ActionStatus::Doing),
        action(3, Some(date(2026, 11, 3)), ActionStatus::Dropped),
        action(4, Some(TODAY), ActionStatus::Open),
        action(5, None, ActionStatus::Open),
    ];
    assert_eq!(overdue_count(&session, TODAY), 2);
    assert_eq!(overdue_count(&session, date(2026, 10, 1)), 0);
}

#[test]
fn parses_due_dates_as_people_type_them() {
    let parse = |text| parse_due(text, TODAY);
    assert_eq!(parse(""), Ok(None));
    assert_eq!(parse("2026-12-31"), Ok(Some(date(2026, 12, 31))));
    assert_eq!(parse("31.12.2026"), Ok(Some(date(2026, 12, 31))));
    assert_eq!(parse("1.2.27"), Ok(Some(date(2027, 2, 1))));
    assert_eq!(parse("15.12."), Ok(Some(date(2026, 12, 15))));
    assert_eq!(parse("15.1."), Ok(Some(date(2027, 1, 15))));
    assert_eq!(parse("+10"), Ok(Some(date(2026, 12, 9))));
    assert_eq!(parse("+2w"), Ok(Some(date(2026, 12, 13))));
    assert_eq!(parse("Heute"), Ok(Some(TODAY)));
    assert_eq!(parse("morgen"), Ok(Some(date(2026, 11, 30))));
    for bad in ["31.2.2026", "demnächst", "+x", "1.2.3.4", "12/31/2026"] {
        assert!(
            matches!(parse(bad), Err(DomainError::Refused(Refusal::NotADate { .. }))),
            "{bad} was accepted"
        );
    }
}

#[test]
fn formats_due_dates_per_language() {
    assert_eq!(format_due(date(2026, 3, 7), Language::De), "07.03.2026");
    assert_eq!(format_due(date(2026, 3, 7), Language::En), "2026-03-07");
}

#[test]
fn owners_match_whole_names_or_words_ignoring_case() {
    assert!(owner_matches(Some("Anna Becker"), "anna becker"));
    assert!(owner_matches(Some("Frau Becker"), "becker"));
    assert!(owner_matches(Some("Becker / Yilmaz"), "YILMAZ"));
    assert!(owner_matches(Some("Jörg Weiß"), "JÖRG"));
    assert!(!owner_matches(Some("Hanna"), "ann"));
    assert!(!owner_matches(None, "anna"));
    assert!(!owner_matches(Some("Anna"), "  "));
}

#[test]
fn known_owners_offer_the_roster_then_other_names_once() {
    let mut session = workshop();
    let mut first = action(1, None, ActionStatus::Open);
    first.owner = Some("Amt 10".into());
    let mut second = action(2, None, ActionStatus::Open);
    second.owner = Some("anna becker".into());
    session.actions = vec![first, second];
    assert_eq!(known_owners(&session), vec!["Anna Becker", "Amt 10"]);
}

#[test]
fn overview_filters_sorts_and_skips_superseded_actions() {
    let mut old = workshop();
    old.title = "Januar".into();
    let mut anna = action(1, Some(date(2026, 11, 20)), ActionStatus::Open);
    anna.owner = Some("Anna Becker".into());
    let carried_away = action(2, Some(date(2026, 10, 1)), ActionStatus::Open);
    old.actions = vec![anna, carried_away.clone(), action(3, None, ActionStatus::Done)];

    let mut new = workshop();
    new.id = SessionId::from_u128(99);
    new.title = "Februar".into();
    let mut carried = action(20, Some(date(2026, 10, 1)), ActionStatus::Doing);
    carried.source = Some(ActionSource::Carried {
        session: old.id,
        action: carried_away.id,
    });
    new.actions = vec![
        carried,
        action(21, None, ActionStatus::Open),
        action(22, Some(date(2027, 1, 1)), ActionStatus::Open),
    ];

    let all = pending_overview([&old, &new], TODAY, &ActionFilter::default());
    let listed: Vec<(usize, u128, Option<i64>)> = all
        .iter()
        .map(|r| (r.session_index, r.action.id.0.as_u128(), r.days_overdue()))
        .collect();
    assert_eq!(
        listed,
        vec![(1, 20, Some(59)), (0, 1, Some(9)), (1, 22, None), (1, 21, None)]
    );

    let overdue = ActionFilter {
        overdue_only: true,
        owner: None,
    };
    assert_eq!(pending_overview([&old, &new], TODAY, &overdue).len(), 2);
    let annas = ActionFilter {
        overdue_only: false,
        owner: Some("becker".into()),
    };
    let rows = pending_overview([&old, &new], TODAY, &annas);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].session.title, "Januar");
    // Without the later session the old action is listed again.
    assert_eq!(pending_overview([&old], TODAY, &ActionFilter::default()).len(), 2);
}
