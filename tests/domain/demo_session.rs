//! The demo session is the first thing a new user sees. These tests hold it
//! to what it promises: a complete, consistent German future workshop.

use jiff::civil::date;
use plenum::core::method::DEMO_SESSION;
use plenum::core::voting::{check_ballot, validate_round};
use plenum::core::*;
use plenum::store::{parse_session, to_ron};

fn demo() -> Session {
    match parse_session(DEMO_SESSION) {
        Ok(session) => session,
        Err(error) => panic!("sessions/demo.ron does not load: {error}"),
    }
}

fn phase_titled(session: &Session, title: &str) -> PhaseId {
    match session.phases.iter().find(|p| p.title == title) {
        Some(phase) => phase.id,
        None => panic!("the demo has no phase {title:?}"),
    }
}

#[test]
fn parses_validates_and_is_a_german_future_workshop() {
    let session = demo();
    assert!(session.validate().is_ok());
    assert_eq!(session.language, Language::De);
    assert_eq!(session.method, "zukunftswerkstatt");
    assert!(!session.anonymous, "the demo shows authors and ballots");
    assert!(session.facilitator.is_some());
    assert!(
        session.participants.len() >= 8,
        "{} participants",
        session.participants.len()
    );
    assert!(session.ideas.len() >= 40, "{} ideas", session.ideas.len());
}

#[test]
fn is_written_exactly_as_plenum_saves_it() {
    // A hand edit that drifts from the saved format would be rewritten on
    // the first autosave; keep the shipped file canonical instead.
    assert!(
        to_ron(&demo()).expect("serialises") == DEMO_SESSION,
        "sessions/demo.ron differs from what plenum writes; load and save it once (parse_session, to_ron)"
    );
}

#[test]
fn has_the_phases_of_a_future_workshop_and_stands_late_in_it() {
    let session = demo();
    for title in ["Kritikphase", "Phantasiephase", "Verwirklichungsphase"] {
        phase_titled(&session, title);
    }
    let current = session.current().map(|p| p.title.as_str());
    assert!(
        matches!(current, Some("Verwirklichungsphase" | "Nachbereitung")),
        "current phase is {current:?}"
    );
}

#[test]
fn critique_and_fantasy_ideas_are_clustered() {
    let session = demo();
    for title in ["Kritikphase", "Phantasiephase"] {
        let phase = phase_titled(&session, title);
        let clusters: Vec<&Cluster> = session.clusters_in(phase).collect();
        assert!(
            (3..=5).contains(&clusters.len()),
            "{title}: {} clusters",
            clusters.len()
        );
        for cluster in &clusters {
            assert!(
                session.ideas_of_cluster(cluster.id).count() >= 2,
                "{title}: cluster {:?} holds fewer than two ideas",
                cluster.title
            );
        }
        let clustered = session.ideas_in(phase).filter(|i| i.cluster.is_some()).count();
        assert!(
            clustered * 4 >= session.ideas_in(phase).count() * 3,
            "{title}: only {clustered} ideas clustered"
        );
    }
    let realisation = phase_titled(&session, "Verwirklichungsphase");
    assert!(
        session.ideas_in(realisation).count() > 0,
        "no ideas in the realisation phase"
    );
}

#[test]
fn most_ideas_name_an_author_who_takes_part() {
    let session = demo();
    let attributed = session.ideas.iter().filter(|i| !i.authors.is_empty()).count();
    assert!(attributed * 2 > session.ideas.len(), "{attributed} attributed");
    for idea in &session.ideas {
        for author in &idea.authors {
            assert!(session.participant(*author).is_some());
        }
    }
}

#[test]
fn revealed_rounds_keep_the_voting_rules() {
    let session = demo();
    let revealed: Vec<&VoteRound> = session
        .rounds
        .iter()
        .filter(|r| r.status == RoundStatus::Revealed)
        .collect();
    for title in ["Kritikphase", "Phantasiephase"] {
        let phase = phase_titled(&session, title);
        assert!(
            revealed.iter().any(|r| r.phase == phase),
            "{title} has no revealed voting round"
        );
    }
    for round in revealed {
        assert!(
            validate_round(round, session.anonymous).is_ok(),
            "{}",
            round.title
        );
        assert_eq!(
            round.dots_per_voter,
            round.budget.dots_for(round.options.len()),
            "{}: dots per voter do not follow the budget rule",
            round.title
        );
        assert!(!round.ballots.is_empty(), "{} has no ballots", round.title);
        assert_eq!(round.ballots.len(), round.voters.len());
        let mut sums = vec![0u32; round.options.len()];
        for ballot in &round.ballots {
            assert!(session.participant(ballot.participant).is_some());
            assert!(
                round.voters.iter().any(|v| v.participant == ballot.participant),
                "{}: ballot of someone who did not vote",
                round.title
            );
            assert!(check_ballot(round, &ballot.dots).is_ok(), "{}", round.title);
            for (sum, dots) in sums.iter_mut().zip(&ballot.dots) {
                *sum += dots;
            }
        }
        assert_eq!(
            sums, round.tally,
            "{}: tally is not the sum of the ballots",
            round.title
        );
        for option in &round.options {
            assert!(session.option_label(*option).is_some(), "{}", round.title);
        }
    }
}

#[test]
fn six_actions_with_owner_due_date_and_a_real_mix_of_states() {
    let session = demo();
    assert_eq!(session.actions.len(), 6);
    for action in &session.actions {
        assert!(
            action.owner.as_deref().is_some_and(|o| !o.trim().is_empty()),
            "{:?} has no owner",
            action.text
        );
        assert!(action.due.is_some(), "{:?} has no due date", action.text);
    }
    for status in [ActionStatus::Open, ActionStatus::Doing, ActionStatus::Done] {
        assert!(
            session.actions.iter().any(|a| a.status == status),
            "no action is {status:?}"
        );
    }
    let overdue = session
        .actions
        .iter()
        .filter(|a| a.days_overdue(date(2026, 11, 29)).is_some())
        .count();
    assert!(overdue >= 1, "no action is overdue on 2026-11-29");
}

#[test]
fn action_sources_point_at_what_exists() {
    let session = demo();
    let mut linked = 0;
    for action in &session.actions {
        let found = match action.source {
            None => continue,
            Some(ActionSource::Idea(id)) => session.idea(id).is_some(),
            Some(ActionSource::Cluster(id)) => session.cluster(id).is_some(),
            Some(ActionSource::Round(id)) => session.round(id).is_some(),
            Some(ActionSource::Carried { .. }) => false,
        };
        assert!(found, "{:?} links to nothing in the demo", action.text);
        linked += 1;
    }
    assert!(linked >= 3, "only {linked} actions say where they came from");
}

#[test]
fn has_a_checkin_round_with_counts() {
    let session = demo();
    assert!(!session.checkins.is_empty());
    for checkin in &session.checkins {
        assert_eq!(checkin.counts.len(), checkin.scale.answers());
        assert!(checkin.total() > 0, "{:?} has no answers", checkin.question);
        assert_eq!(
            checkin.total() as usize,
            checkin.respondents.len(),
            "{:?}: counts do not match the respondents",
            checkin.question
        );
    }
}

/// Every text a person reads in the demo, with a label for messages.
fn texts(session: &Session) -> Vec<(&'static str, &str)> {
    let mut all = vec![
        ("title", session.title.as_str()),
        ("method", session.method.as_str()),
    ];
    all.extend(session.facilitator.as_deref().map(|f| ("facilitator", f)));
    all.extend(
        session
            .participants
            .iter()
            .map(|p| ("participant", p.name.as_str())),
    );
    for phase in &session.phases {
        all.push(("phase title", phase.title.as_str()));
        all.push(("phase question", phase.question.as_str()));
    }
    all.extend(session.ideas.iter().map(|i| ("idea", i.text.as_str())));
    all.extend(session.clusters.iter().map(|c| ("cluster", c.title.as_str())));
    all.extend(session.rounds.iter().map(|r| ("round", r.title.as_str())));
    for action in &session.actions {
        all.push(("action", action.text.as_str()));
        all.push(("action note", action.note.as_str()));
        all.extend(action.owner.as_deref().map(|o| ("owner", o)));
    }
    all.extend(session.checkins.iter().map(|c| ("check-in", c.question.as_str())));
    all
}

#[test]
fn no_text_contains_control_characters() {
    let session = demo();
    for (what, text) in texts(&session) {
        assert!(
            !text.chars().any(char::is_control),
            "{what} {text:?} contains a control character"
        );
        assert_eq!(text, text.trim(), "{what} {text:?} has surrounding blanks");
    }
    assert!(
        DEMO_SESSION.chars().all(|c| c == '\n' || !c.is_control()),
        "sessions/demo.ron contains control characters besides line breaks"
    );
}

#[test]
fn reads_as_german() {
    // Written by hand, so umlauts and ß must be real characters, not ae/oe/ss.
    let session = demo();
    let all: String = texts(&session)
        .iter()
        .map(|(_, t)| *t)
        .collect::<Vec<_>>()
        .join(" ");
    for letter in ['ä', 'ö', 'ü', 'ß'] {
        assert!(all.contains(letter), "no {letter} anywhere in the demo");
    }
}
