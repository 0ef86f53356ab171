//! Regression tests for rules of the core that the property tests found
//! missing: each of these once let a command leave a session that could be
//! saved but not loaded again, or undo fail to restore it.

use jiff::Timestamp;
use plenum::core::*;
use plenum::store::{parse_session, to_ron};

fn session(anonymous: bool) -> Session {
    let template = MethodTemplate::built_in_by_id("retro").expect("built in");
    template.instantiate(
        NewSession {
            title: Some("Retro".into()),
            language: Language::De,
            participants: vec!["Änne".into(), "Ben".into()],
            anonymous,
            ..NewSession::default()
        },
        Timestamp::UNIX_EPOCH,
    )
}

fn round(s: &Session, voters: Vec<Voter>, ballots: Vec<Ballot>, tally: Vec<u32>) -> VoteRound {
    let phase = s.phases[2].id;
    VoteRound {
        id: RoundId::from_u128(1),
        phase,
        title: "Runde".into(),
        options: vec![],
        budget: DotBudget::Fixed(3),
        dots_per_voter: 3,
        max_per_option: 1,
        facilitator_votes: false,
        status: RoundStatus::Open,
        allow_revote: false,
        voters,
        ballots,
        tally,
        runoff_of: None,
    }
}

/// Whatever the commands did, the session must still save and load.
fn assert_saves_and_loads(s: &Session) {
    let loaded = parse_session(&to_ron(s).expect("serialises"))
        .unwrap_or_else(|e| panic!("saved session does not load: {e}"));
    assert_eq!(&loaded, s);
}

#[test]
fn a_voter_must_be_a_participant() {
    let mut s = session(true);
    let stranger = Voter {
        participant: ParticipantId::from_u128(99),
        proxy: true,
    };
    let error = s
        .apply(Command::AddRound {
            round: round(&s, vec![stranger], vec![], vec![]),
            index: 0,
        })
        .expect_err("nobody knows this voter");
    assert!(
        matches!(
            error,
            DomainError::NotFound {
                kind: "participant",
                ..
            }
        ),
        "{error:?}"
    );
    assert!(s.rounds.is_empty());
    assert_saves_and_loads(&s);
}

#[test]
fn secret_votes_keep_the_session_anonymous() {
    let mut s = session(true);
    let voter = Voter {
        participant: s.participants[0].id,
        proxy: false,
    };
    s.apply(Command::AddRound {
        round: round(&s, vec![voter], vec![], vec![]),
        index: 0,
    })
    .expect("an anonymous vote");
    let error = s
        .apply(Command::SetAnonymous(false))
        .expect_err("the ballots cannot be reconstructed");
    assert!(error.to_string().contains("secretly"), "{error}");
    assert!(s.anonymous);
    assert_saves_and_loads(&s);

    // Before anyone voted, anonymity can still be switched off.
    let mut fresh = session(true);
    let undo = fresh
        .apply(Command::SetAnonymous(false))
        .expect("nobody voted yet");
    assert!(!fresh.anonymous);
    fresh.apply(undo).expect("and back");
    assert!(fresh.anonymous);
}

#[test]
fn a_session_without_phases_has_only_phase_zero() {
    let mut s = session(false);
    s.phases.clear();
    s.current_phase = 2;
    assert!(matches!(s.validate(), Err(DomainError::NoSuchPhaseIndex(3, 0))));
    s.current_phase = 0;
    assert_eq!(s.validate(), Ok(()));
}

#[test]
fn participant_names_match_ignoring_case_of_umlauts_too() {
    let s = session(false);
    assert_eq!(
        s.participant_by_name(" änne ").map(|p| p.name.as_str()),
        Some("Änne")
    );
    assert_eq!(s.participant_by_name("BEN").map(|p| p.name.as_str()), Some("Ben"));
    assert!(s.participant_by_name("Anne").is_none());

    // Templates drop the second spelling instead of storing two Ännes.
    let template = MethodTemplate::built_in_by_id("retro").expect("built in");
    let twice = template.instantiate(
        NewSession {
            participants: vec!["Änne".into(), "ÄNNE".into(), "änne".into()],
            ..NewSession::default()
        },
        Timestamp::UNIX_EPOCH,
    );
    assert_eq!(twice.participants.len(), 1);
}

#[test]
fn a_byte_order_mark_does_not_stop_a_session_from_loading() {
    let s = session(false);
    let with_bom = format!("\u{feff}{}", to_ron(&s).expect("serialises"));
    assert_eq!(parse_session(&with_bom), Ok(s));
}
