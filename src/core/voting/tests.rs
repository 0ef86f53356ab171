use super::*;
use crate::core::History;
use jiff::Timestamp;

mod anonymous;
mod results;

const ANNA: ParticipantId = ParticipantId(uuid::Uuid::from_u128(10));
const BEN: ParticipantId = ParticipantId(uuid::Uuid::from_u128(11));
const CARLA: ParticipantId = ParticipantId(uuid::Uuid::from_u128(12));
const MIA: ParticipantId = ParticipantId(uuid::Uuid::from_u128(13));
const CRITIQUE: PhaseId = PhaseId(uuid::Uuid::from_u128(20));
const FANTASY: PhaseId = PhaseId(uuid::Uuid::from_u128(21));
const PAPER: ClusterId = ClusterId(uuid::Uuid::from_u128(40));
const MEETINGS: ClusterId = ClusterId(uuid::Uuid::from_u128(41));
const ROUND: RoundId = RoundId(uuid::Uuid::from_u128(50));

fn idea_id(n: u128) -> IdeaId {
    IdeaId::from_u128(30 + n)
}

fn idea(n: u128, text: &str, cluster: Option<ClusterId>, hidden: bool) -> Idea {
    Idea {
        id: idea_id(n),
        phase: CRITIQUE,
        text: text.into(),
        authors: vec![],
        cluster,
        hidden,
    }
}

/// A critique phase with five ideas (one still covered), two clusters and a
/// roster of four, Mia facilitating.
fn workshop(anonymous: bool) -> Session {
    let mut session = Session::new(
        "Digitales Rathaus",
        "zukunftswerkstatt",
        Language::De,
        Timestamp::UNIX_EPOCH,
    );
    session.id = SessionId::from_u128(1);
    session.anonymous = anonymous;
    session.facilitator = Some("Mia".into());
    session.participants = [(ANNA, "Anna"), (BEN, "Ben"), (CARLA, "Carla"), (MIA, "Mia")]
        .iter()
        .enumerate()
        .map(|(i, (id, name))| Participant {
            id: *id,
            name: (*name).into(),
            colour: Colour::nth(i),
        })
        .collect();
    session.phases = [(CRITIQUE, "Kritikphase"), (FANTASY, "Fantasiephase")]
        .iter()
        .map(|(id, title)| Phase {
            id: *id,
            title: (*title).into(),
            question: "Was stört uns?".into(),
            timebox_minutes: 30,
            activities: vec![Activity::Capture, Activity::Cluster, Activity::Vote],
            seconds_used: 0,
            brainwriting: false,
        })
        .collect();
    session.clusters = vec![
        Cluster {
            id: PAPER,
            phase: CRITIQUE,
            title: "Papierakten".into(),
        },
        Cluster {
            id: MEETINGS,
            phase: CRITIQUE,
            title: "Besprechungen".into(),
        },
    ];
    session.ideas = vec![
        idea(0, "Umlaufmappen brauchen Wochen", Some(PAPER), false),
        idea(1, "Scanstelle ist überlastet", Some(PAPER), false),
        idea(2, "Zu viele Abstimmungsschleifen", None, false),
        idea(3, "Noch verdeckt", None, true),
        idea(4, "WLAN im Ratssaal fällt aus", None, false),
    ];
    session.validate().expect("fixture is consistent");
    session
}

/// Applies `command` through a history, checks that undo gives back the
/// session exactly and redo the changed one, and leaves it applied.
fn apply_checked(session: &mut Session, command: Command) {
    let before = session.clone();
    let mut history = History::new();
    history.apply(session, command).expect("command applies");
    let after = session.clone();
    assert_ne!(before, after, "the command changed nothing");
    history.undo(session).expect("undo applies");
    assert_eq!(*session, before, "undo did not restore the session");
    history.redo(session).expect("redo applies");
    assert_eq!(*session, after, "redo did not repeat the command");
    session.validate().expect("the session stays consistent");
}

fn ideas_round(session: &mut Session, spec: impl FnOnce(&mut RoundSpec)) -> &VoteRound {
    let mut round_spec = RoundSpec::new(ROUND, CRITIQUE, "Was stört am meisten?", OptionSource::Ideas);
    round_spec.budget = DotBudget::Fixed(3);
    round_spec.max_per_option = 2;
    spec(&mut round_spec);
    let command = open_round(session, &round_spec).expect("round opens");
    apply_checked(session, command);
    session.round(ROUND).expect("round exists")
}

fn cast(session: &mut Session, voter: ParticipantId, dots: &[u32]) {
    let command = cast_ballot(session, ROUND, BallotVoter::Roster(voter), dots, false).expect("ballot cast");
    apply_checked(session, command);
}

fn round(session: &Session) -> &VoteRound {
    session.round(ROUND).expect("round exists")
}

// --- opening --------------------------------------------------------------

#[test]
fn a_round_on_ideas_leaves_covered_ideas_out_and_undoes() {
    let mut session = workshop(false);
    let round = ideas_round(&mut session, |_| {});
    let expected: Vec<VoteOption> = [0, 1, 2, 4].map(|n| VoteOption::Idea(idea_id(n))).to_vec();
    assert_eq!(round.options, expected);
    assert_eq!(round.tally, vec![0; 4]);
    assert_eq!((round.dots_per_voter, round.max_per_option), (3, 2));
    assert_eq!(round.status, RoundStatus::Open);
    assert_eq!(round.title, "Was stört am meisten?");
}

#[test]
fn rounds_on_clusters_and_on_clusters_with_loose_ideas() {
    let session = workshop(false);
    let clusters = resolve_options(&session, CRITIQUE, &OptionSource::Clusters).unwrap();
    assert_eq!(
        clusters,
        vec![VoteOption::Cluster(PAPER), VoteOption::Cluster(MEETINGS)]
    );
    let mixed = resolve_options(&session, CRITIQUE, &OptionSource::ClustersAndLooseIdeas).unwrap();
    assert_eq!(
        mixed,
        vec![
            VoteOption::Cluster(PAPER),
            VoteOption::Cluster(MEETINGS),
            VoteOption::Idea(idea_id(2)),
            VoteOption::Idea(idea_id(4)),
        ]
    );
}

#[test]
fn a_hand_picked_round_keeps_the_order_and_counts_repeats_once() {
    let session = workshop(false);
    let picked = OptionSource::Picked(vec![
        VoteOption::Idea(idea_id(4)),
        VoteOption::Cluster(MEETINGS),
        VoteOption::Idea(idea_id(4)),
    ]);
    let options = resolve_options(&session, FANTASY, &picked).unwrap();
    assert_eq!(
        options,
        vec![VoteOption::Idea(idea_id(4)), VoteOption::Cluster(MEETINGS)]
    );
    let missing = VoteOption::Idea(IdeaId::from_u128(999));
    assert_eq!(
        resolve_options(&session, CRITIQUE, &OptionSource::Picked(vec![missing])),
        Err(VoteError::NoSuchOption(missing))
    );
    let covered = OptionSource::Picked(vec![VoteOption::Idea(idea_id(3))]);
    assert_eq!(
        resolve_options(&session, CRITIQUE, &covered),
        Err(VoteError::CoveredIdea(idea_id(3)))
    );
}

#[test]
fn the_preview_shows_what_the_budget_rule_gives() {
    let session = workshop(false);
    let mut spec = RoundSpec::new(ROUND, CRITIQUE, "Dringend", OptionSource::ClustersAndLooseIdeas);
    let mut dots = |budget: DotBudget, cap: u32| {
        spec.budget = budget;
        spec.max_per_option = cap;
        let preview = preview_round(&session, &spec).unwrap();
        assert_eq!(preview.options.len(), 4);
        (preview.dots_per_voter, preview.max_per_option)
    };
    assert_eq!(dots(DotBudget::Third, 1), (1, 1));
    assert_eq!(dots(DotBudget::Half, 1), (2, 1));
    assert_eq!(
        dots(DotBudget::ThirdPlusOne, 5),
        (2, 2),
        "the cap never exceeds the dots"
    );
    assert_eq!(dots(DotBudget::Fixed(7), 3), (7, 3));
}

#[test]
fn a_round_without_options_or_dots_is_refused() {
    let session = workshop(false);
    let spec = |on: OptionSource| RoundSpec::new(ROUND, FANTASY, "Leer", on);
    assert_eq!(
        open_round(&session, &spec(OptionSource::Ideas)),
        Err(VoteError::NoOptions)
    );
    assert_eq!(
        open_round(&session, &spec(OptionSource::Picked(vec![]))),
        Err(VoteError::NoOptions)
    );
    let ok = RoundSpec::new(ROUND, CRITIQUE, "Dringend", OptionSource::Ideas);
    let with = |change: fn(&mut RoundSpec)| {
        let mut spec = ok.clone();
        change(&mut spec);
        open_round(&session, &spec)
    };
    assert_eq!(with(|s| s.budget = DotBudget::Fixed(0)), Err(VoteError::NoDots));
    assert_eq!(with(|s| s.max_per_option = 0), Err(VoteError::NoDotsPerOption));
    assert_eq!(
        with(|s| s.title = " \t ".into()),
        Err(DomainError::EmptyText.into())
    );
    let nowhere = PhaseId::from_u128(777);
    assert_eq!(
        with(|s| s.phase = PhaseId::from_u128(777)),
        Err(VoteError::NoSuchPhase(nowhere))
    );
    assert!(with(|_| {}).is_ok());
}

#[test]
fn a_phase_holds_several_rounds() {
    let mut session = workshop(false);
    ideas_round(&mut session, |_| {});
    let second = RoundSpec::new(
        RoundId::from_u128(51),
        CRITIQUE,
        "Machbar",
        OptionSource::Clusters,
    );
    let command = open_round(&session, &second).unwrap();
    apply_checked(&mut session, command);
    let titles: Vec<&str> = session.rounds_in(CRITIQUE).map(|r| r.title.as_str()).collect();
    assert_eq!(titles, ["Was stört am meisten?", "Machbar"]);
}

// --- the ballot in progress -----------------------------------------------

#[test]
fn a_draft_keeps_budget_and_cap() {
    let mut session = workshop(false);
    let mut draft = BallotDraft::new(ideas_round(&mut session, |_| {}));
    assert_eq!((draft.budget(), draft.cap(), draft.left()), (3, 2, 3));
    assert_eq!(draft.remove(0), Err(DraftRefusal::NoDotHere));
    draft.place(0).unwrap();
    draft.place(0).unwrap();
    assert_eq!(draft.place(0), Err(DraftRefusal::CapReached));
    assert!(!draft.can_place(0));
    draft.place(3).unwrap();
    assert_eq!(draft.left(), 0);
    assert_eq!(draft.place(1), Err(DraftRefusal::NoDotsLeft));
    assert_eq!(draft.place(4), Err(DraftRefusal::NoSuchOption));
    assert_eq!(draft.dots(), &[2, 0, 0, 1]);
    draft.remove(0).unwrap();
    assert_eq!((draft.placed(), draft.left(), draft.dots_on(0)), (2, 1, 1));
    draft.clear();
    assert_eq!(draft.dots(), &[0, 0, 0, 0]);
    assert_eq!(draft.round(), ROUND);
}

#[test]
fn toggle_places_a_dot_or_takes_the_option_back() {
    let mut session = workshop(false);
    let mut draft = BallotDraft::new(ideas_round(&mut session, |s| s.max_per_option = 1));
    draft.toggle(1).unwrap();
    assert_eq!(draft.dots_on(1), 1);
    draft.toggle(1).unwrap();
    assert_eq!(draft.dots_on(1), 0);
    for i in 0..3 {
        draft.toggle(i).unwrap();
    }
    assert_eq!(draft.toggle(3), Err(DraftRefusal::NoDotsLeft));
}

#[test]
fn a_draft_shows_nothing_of_other_ballots() {
    let mut session = workshop(false);
    ideas_round(&mut session, |_| {});
    cast(&mut session, ANNA, &[2, 1, 0, 0]);
    let draft = BallotDraft::new(round(&session));
    assert_eq!(draft.dots(), &[0, 0, 0, 0]);
    assert_eq!(draft.left(), 3);
}

#[test]
fn a_resumed_draft_must_keep_the_rules() {
    let mut session = workshop(false);
    let round = ideas_round(&mut session, |_| {});
    assert_eq!(BallotDraft::resume(round, &[1, 0, 0, 2]).unwrap().left(), 0);
    assert_eq!(
        BallotDraft::resume(round, &[3, 0, 0, 0]),
        Err(VoteError::OverCap { cap: 2 })
    );
    assert_eq!(
        BallotDraft::resume(round, &[1, 1]),
        Err(VoteError::WrongLength { found: 2, options: 4 })
    );
}

// --- casting --------------------------------------------------------------

#[test]
fn a_named_ballot_is_stored_and_counted() {
    let mut session = workshop(false);
    ideas_round(&mut session, |_| {});
    cast(&mut session, BEN, &[0, 1, 0, 2]);
    cast(&mut session, ANNA, &[2, 1, 0, 0]);
    let round = round(&session);
    assert_eq!(round.tally, vec![2, 2, 0, 2]);
    let voters: Vec<ParticipantId> = round.voters.iter().map(|v| v.participant).collect();
    assert_eq!(voters, [BEN, ANNA], "named sessions keep the voting order");
    assert_eq!(own_ballot(&session, ROUND, ANNA), Some(&[2, 1, 0, 0][..]));
    assert_eq!(own_ballot(&session, ROUND, CARLA), None);
}

#[test]
fn ballots_beyond_budget_or_cap_are_refused() {
    let mut session = workshop(false);
    ideas_round(&mut session, |_| {});
    let attempt = |dots: &[u32]| cast_ballot(&session, ROUND, BallotVoter::Roster(ANNA), dots, false);
    assert_eq!(
        attempt(&[1, 1, 1, 1]),
        Err(VoteError::OverBudget { placed: 4, budget: 3 })
    );
    assert_eq!(attempt(&[3, 0, 0, 0]), Err(VoteError::OverCap { cap: 2 }));
    assert_eq!(
        attempt(&[1, 1, 1]),
        Err(VoteError::WrongLength { found: 3, options: 4 })
    );
    assert!(attempt(&[0, 0, 0, 0]).is_ok(), "an empty ballot is an abstention");
    let stranger = ParticipantId::from_u128(404);
    assert_eq!(
        cast_ballot(&session, ROUND, BallotVoter::Roster(stranger), &[0; 4], false),
        Err(VoteError::NoSuchParticipant(stranger))
    );
    let nowhere = RoundId::from_u128(404);
    assert_eq!(
        cast_ballot(&session, nowhere, BallotVoter::Roster(ANNA), &[0; 4], false),
        Err(VoteError::NoSuchRound(nowhere))
    );
}

#[test]
fn a_second_ballot_needs_the_facilitators_permission() {
    let mut session = workshop(false);
    ideas_round(&mut session, |_| {});
    cast(&mut session, ANNA, &[2, 1, 0, 0]);
    cast(&mut session, BEN, &[0, 0, 1, 0]);
    assert_eq!(
        cast_ballot(&session, ROUND, BallotVoter::Roster(ANNA), &[0, 0, 0, 1], false),
        Err(VoteError::AlreadyVoted(ANNA))
    );
    let allow = set_allow_revote(&session, ROUND, true).unwrap();
    apply_checked(&mut session, allow);
    cast(&mut session, ANNA, &[0, 0, 0, 1]);
    let round = round(&session);
    assert_eq!(round.tally, vec![0, 0, 1, 1]);
    assert_eq!(round.voters.len(), 2);
    assert_eq!(own_ballot(&session, ROUND, ANNA), Some(&[0, 0, 0, 1][..]));
}

#[test]
fn a_voter_added_on_the_spot_joins_the_roster_in_the_same_step() {
    let mut session = workshop(false);
    ideas_round(&mut session, |_| {});
    let dana = ParticipantId::from_u128(14);
    let voter = BallotVoter::OnTheSpot {
        id: dana,
        name: " Dana ".into(),
    };
    let command = cast_ballot(&session, ROUND, voter, &[0, 0, 2, 1], false).unwrap();
    assert!(matches!(command, Command::Batch(_)));
    apply_checked(&mut session, command);
    assert_eq!(session.participant_name(dana), Some("Dana"));
    assert_eq!(round(&session).tally, vec![0, 0, 2, 1]);
    assert_eq!(session.participant(dana).map(|p| p.colour), Some(Colour::nth(4)));
    let again = BallotVoter::OnTheSpot {
        id: ParticipantId::from_u128(15),
        name: "anna".into(),
    };
    assert_eq!(
        cast_ballot(&session, ROUND, again, &[0; 4], false),
        Err(DomainError::DuplicateName("anna".into()).into())
    );
}

#[test]
fn proxy_ballots_are_marked() {
    let mut session = workshop(false);
    ideas_round(&mut session, |_| {});
    let command = cast_ballot(&session, ROUND, BallotVoter::Roster(CARLA), &[1, 0, 0, 0], true).unwrap();
    apply_checked(&mut session, command);
    cast(&mut session, ANNA, &[1, 0, 0, 0]);
    let proxies: Vec<(ParticipantId, bool)> = round(&session)
        .voters
        .iter()
        .map(|v| (v.participant, v.proxy))
        .collect();
    assert_eq!(proxies, [(CARLA, true), (ANNA, false)]);
}

#[test]
fn the_facilitator_votes_only_when_the_round_says_so() {
    let mut session = workshop(false);
    ideas_round(&mut session, |_| {});
    assert_eq!(
        cast_ballot(&session, ROUND, BallotVoter::Roster(MIA), &[0; 4], false),
        Err(VoteError::FacilitatorDoesNotVote)
    );
    let turns_now = turns(&session, ROUND).unwrap();
    assert!(turns_now.iter().all(|t| t.participant != MIA));
    // A facilitator who is not on the roster cannot slip in on the spot.
    session.participants.retain(|p| p.id != MIA);
    let mia = BallotVoter::OnTheSpot {
        id: MIA,
        name: "mia".into(),
    };
    assert_eq!(
        cast_ballot(&session, ROUND, mia.clone(), &[0; 4], false),
        Err(VoteError::FacilitatorDoesNotVote)
    );

    let mut session = workshop(false);
    ideas_round(&mut session, |s| s.facilitator_votes = true);
    cast(&mut session, MIA, &[0, 0, 0, 1]);
    assert!(
        turns(&session, ROUND)
            .unwrap()
            .iter()
            .any(|t| t.participant == MIA && t.voted)
    );
}

#[test]
fn nothing_changes_after_the_reveal() {
    let mut session = workshop(false);
    ideas_round(&mut session, |s| s.allow_revote = true);
    assert_eq!(reveal(&session, ROUND), Err(VoteError::NobodyVoted));
    cast(&mut session, ANNA, &[1, 0, 0, 0]);
    let command = reveal(&session, ROUND).unwrap();
    apply_checked(&mut session, command);
    assert_eq!(round(&session).status, RoundStatus::Revealed);
    assert_eq!(reveal(&session, ROUND), Err(VoteError::Revealed));
    for voter in [ANNA, BEN] {
        assert_eq!(
            cast_ballot(&session, ROUND, BallotVoter::Roster(voter), &[0; 4], false),
            Err(VoteError::Revealed)
        );
    }
    let late = BallotVoter::OnTheSpot {
        id: ParticipantId::from_u128(14),
        name: "Dana".into(),
    };
    assert_eq!(
        cast_ballot(&session, ROUND, late, &[0; 4], false),
        Err(VoteError::Revealed)
    );
    assert_eq!(
        remove_ballot(&session, ROUND, ANNA, None),
        Err(VoteError::Revealed)
    );
    assert!(turns(&session, ROUND).unwrap().iter().all(|t| !t.may_vote));
}

#[test]
fn undoing_a_reveal_reopens_the_round() {
    let mut session = workshop(false);
    ideas_round(&mut session, |_| {});
    cast(&mut session, ANNA, &[1, 0, 0, 0]);
    let mut history = History::new();
    let command = reveal(&session, ROUND).unwrap();
    history.apply(&mut session, command).unwrap();
    history.undo(&mut session).unwrap();
    assert_eq!(round(&session).status, RoundStatus::Open);
    assert!(cast_ballot(&session, ROUND, BallotVoter::Roster(BEN), &[0; 4], false).is_ok());
}

#[test]
fn allowing_revotes_twice_is_refused() {
    let mut session = workshop(false);
    ideas_round(&mut session, |_| {});
    assert_eq!(
        set_allow_revote(&session, ROUND, false),
        Err(VoteError::Unchanged)
    );
    let command = set_allow_revote(&session, ROUND, true).unwrap();
    apply_checked(&mut session, command);
    assert!(round(&session).allow_revote);
    let command = set_allow_revote(&session, ROUND, false).unwrap();
    apply_checked(&mut session, command);
    assert!(!round(&session).allow_revote);
}

#[test]
fn the_facilitator_can_remove_a_named_ballot() {
    let mut session = workshop(false);
    ideas_round(&mut session, |_| {});
    cast(&mut session, ANNA, &[2, 1, 0, 0]);
    cast(&mut session, BEN, &[1, 0, 0, 1]);
    assert_eq!(
        remove_ballot(&session, ROUND, CARLA, None),
        Err(VoteError::NotAVoter(CARLA))
    );
    let command = remove_ballot(&session, ROUND, ANNA, None).unwrap();
    apply_checked(&mut session, command);
    let round = round(&session);
    assert_eq!(round.tally, vec![1, 0, 0, 1]);
    assert!(!has_voted(round, ANNA));
    assert_eq!(round.ballots.len(), 1);
    assert!(
        can_vote(&session, ROUND, ANNA).is_ok(),
        "a removed voter may vote afresh"
    );
}

// --- turn-taking ----------------------------------------------------------

#[test]
fn the_hand_over_lists_the_roster_and_who_has_voted() {
    let mut session = workshop(false);
    ideas_round(&mut session, |_| {});
    assert_eq!(next_voter(&session, ROUND), Ok(Some(ANNA)));
    cast(&mut session, BEN, &[1, 0, 0, 0]);
    cast(&mut session, ANNA, &[1, 0, 0, 0]);
    let turns_now = turns(&session, ROUND).unwrap();
    let marks: Vec<(ParticipantId, bool, bool)> = turns_now
        .iter()
        .map(|t| (t.participant, t.voted, t.may_vote))
        .collect();
    assert_eq!(
        marks,
        [(ANNA, true, false), (BEN, true, false), (CARLA, false, true)]
    );
    assert_eq!(next_voter(&session, ROUND), Ok(Some(CARLA)));
    cast(&mut session, CARLA, &[1, 0, 0, 0]);
    assert_eq!(next_voter(&session, ROUND), Ok(None));
}
