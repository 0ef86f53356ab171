use super::*;
use jiff::Timestamp;

fn anna() -> ParticipantId {
    ParticipantId::from_u128(1)
}
fn ben() -> ParticipantId {
    ParticipantId::from_u128(2)
}
fn phase() -> PhaseId {
    PhaseId::from_u128(10)
}
fn shown() -> IdeaId {
    IdeaId::from_u128(20)
}
fn covered() -> IdeaId {
    IdeaId::from_u128(21)
}

/// A named session: one shown idea, one covered card by Ben, an open round
/// with Anna's and Ben's ballots, an action taken from the covered card and
/// an unrevealed check-in.
fn session() -> Session {
    let mut s = Session::new("Werkstatt", "retro", Language::De, Timestamp::UNIX_EPOCH);
    s.id = SessionId::from_u128(99);
    for (id, name) in [(anna(), "Anna"), (ben(), "Ben")] {
        s.participants.push(Participant {
            id,
            name: name.into(),
            colour: Colour::Blue,
        });
    }
    s.phases.push(Phase {
        id: phase(),
        title: "Kritik".into(),
        question: "Was stört?".into(),
        timebox_minutes: 10,
        activities: vec![Activity::Capture, Activity::Vote],
        seconds_used: 0,
        brainwriting: true,
    });
    for (id, text, hidden) in [
        (shown(), "Offen sichtbar", false),
        (covered(), "Geheimer Vorschlag", true),
    ] {
        s.ideas.push(Idea {
            id,
            phase: phase(),
            text: text.into(),
            authors: vec![ben()],
            cluster: None,
            hidden,
        });
    }
    s.rounds.push(VoteRound {
        id: RoundId::from_u128(30),
        phase: phase(),
        title: "Wichtigkeit".into(),
        options: vec![VoteOption::Idea(shown()), VoteOption::Idea(covered())],
        budget: DotBudget::Fixed(9000),
        dots_per_voter: 9000,
        max_per_option: 9000,
        facilitator_votes: false,
        status: RoundStatus::Open,
        allow_revote: false,
        voters: vec![
            Voter {
                participant: anna(),
                proxy: false,
            },
            Voter {
                participant: ben(),
                proxy: true,
            },
        ],
        ballots: vec![
            Ballot {
                participant: anna(),
                dots: vec![4711, 1289],
            },
            Ballot {
                participant: ben(),
                dots: vec![3217, 2783],
            },
        ],
        tally: vec![7928, 4072],
        runoff_of: None,
    });
    s.actions.push(ActionItem {
        id: ActionId::from_u128(40),
        text: "Nachfassen".into(),
        owner: None,
        due: None,
        status: ActionStatus::Open,
        note: String::new(),
        source: Some(ActionSource::Idea(covered())),
    });
    s.checkins.push(CheckinRound {
        id: CheckinId::from_u128(50),
        phase: None,
        question: "Stimmung?".into(),
        scale: CheckinScale::Mood,
        counts: vec![0, 613, 0, 587, 0],
        respondents: vec![],
        revealed: false,
    });
    s
}

#[test]
fn the_rules_read_the_session_as_the_room_sees_it() {
    let mut s = session();
    assert!(!tally_is_public(&s.rounds[0]));
    assert!(!checkin_is_public(&s.checkins[0]));
    assert!(is_covered(&s.ideas[1]) && !is_covered(&s.ideas[0]));
    assert!(names_are_public(&s));
    assert_eq!(covered_cards(&s, phase()), 1);
    assert_eq!(
        shown_ideas(&s, phase()).map(|i| i.id).collect::<Vec<_>>(),
        [shown()]
    );
    assert_eq!(option_label(&s, VoteOption::Idea(covered())), None);
    assert_eq!(
        option_label(&s, VoteOption::Idea(shown())),
        Some("Offen sichtbar")
    );
    assert_eq!(author_names(&s, &s.ideas[1]), Vec::<&str>::new());
    assert_eq!(author_names(&s, &s.ideas[0]), ["Ben"]);
    assert!(shown_ranking(&s.rounds[0]).is_none());
    assert_eq!(voter_names(&s, &s.rounds[0]), ["Anna", "Ben"]);

    s.rounds[0].status = RoundStatus::Revealed;
    s.checkins[0].revealed = true;
    s.anonymous = true;
    assert!(tally_is_public(&s.rounds[0]) && checkin_is_public(&s.checkins[0]));
    assert!(!names_are_public(&s));
    assert!(voter_names(&s, &s.rounds[0]).is_empty());
    assert!(author_names(&s, &s.ideas[0]).is_empty());
    let ranked = shown_ranking(&s.rounds[0]).expect("revealed");
    assert_eq!(ranked[0].dots, 7928);
}

#[test]
fn an_open_round_publishes_who_voted_and_nothing_of_the_dots() {
    let public = published(&session());
    let round = &public.rounds[0];
    assert_eq!(round.voter_count, 2);
    assert_eq!(round.voters, ["Anna", "Ben"]);
    assert_eq!(round.result, None);
    assert_eq!(round.options[1].label, None, "a covered option keeps its text");
    let json = serde_json::to_string(&public).expect("serialises");
    for secret in [
        "4711",
        "1289",
        "3217",
        "2783",
        "7928",
        "4072",
        "613",
        "587",
        "Geheimer Vorschlag",
    ] {
        assert!(!json.contains(secret), "{secret} leaked: {json}");
    }
}

#[test]
fn covered_cards_are_a_count_also_where_others_refer_to_them() {
    let public = published(&session());
    assert_eq!(public.ideas.len(), 1);
    assert_eq!(public.ideas[0].authors, ["Ben"]);
    assert_eq!(public.phases[0].covered_cards, 1);
    assert!(public.phases[0].brainwriting);
    let source = public.actions[0].source.as_ref().expect("a source");
    assert_eq!((source.kind, source.label.as_deref()), (ItemKind::Idea, None));
}

#[test]
fn a_revealed_round_publishes_its_ranking_and_never_a_ballot() {
    let mut s = session();
    s.rounds[0].status = RoundStatus::Revealed;
    s.checkins[0].revealed = true;
    let public = published(&s);
    let result = public.rounds[0].result.as_ref().expect("revealed");
    assert_eq!(result.dots_cast, 12000);
    let dots: Vec<u32> = result.ranking.iter().map(|r| r.dots).collect();
    assert_eq!(dots, [7928, 4072]);
    let checkin = public.checkins[0].result.as_ref().expect("revealed");
    assert_eq!(checkin.mean, Some(3574.0 / 1200.0));
    let json = serde_json::to_string(&public).expect("serialises");
    for ballot in ["4711", "1289", "3217", "2783", "ballot"] {
        assert!(!json.contains(ballot), "{ballot} leaked: {json}");
    }
}

#[test]
fn an_anonymous_session_names_nobody() {
    let mut s = session();
    s.anonymous = true;
    s.rounds[0].ballots.clear();
    let public = published(&s);
    assert_eq!(public.participant_count, 2);
    assert!(public.participants.is_empty());
    assert!(public.rounds[0].voters.is_empty());
    assert!(public.ideas.iter().all(|i| i.authors.is_empty()));
    let json = serde_json::to_string(&public).expect("serialises");
    assert!(!json.contains("Anna") && !json.contains("Ben"), "{json}");
}

#[test]
fn values_have_one_casing() {
    let json = serde_json::to_value(published(&session())).expect("serialises");
    assert_eq!(json["language"], "de");
    assert_eq!(json["phases"][0]["activities"][1], "vote");
    assert_eq!(json["rounds"][0]["status"], "open");
    assert_eq!(json["rounds"][0]["budget"]["rule"], "fixed");
    assert_eq!(json["rounds"][0]["options"][0]["kind"], "idea");
    assert_eq!(json["actions"][0]["status"], "open");
    assert_eq!(json["checkins"][0]["scale"], "mood");
    assert_eq!(scale_code(CheckinScale::FistOfFive), "fist_of_five");
    assert_eq!(budget_name(DotBudget::ThirdPlusOne), "third_plus_one");
}
