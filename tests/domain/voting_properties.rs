//! Property tests of dot voting: for random rounds and random sequences of
//! ballots, corrections, reveals and undos, the rules hold after every step,
//! every command is undone exactly, and an anonymous session's file links no
//! person to a dot.

use std::collections::BTreeMap;

use jiff::Timestamp;
use plenum::core::voting::*;
use plenum::core::*;
use plenum::store::{parse_session, to_ron};
use proptest::prelude::*;

const ROSTER: [&str; 5] = ["Anna", "Ben", "Carla", "Deniz", "Mia"];
const PHASE: PhaseId = PhaseId(uuid::Uuid::from_u128(0x20));
const ROUND: RoundId = RoundId(uuid::Uuid::from_u128(0x50));

fn person(n: usize) -> ParticipantId {
    // Ids in reverse roster order, so that the canonical (id) order differs
    // from the roster order and from the order of voting.
    ParticipantId::from_u128(0x1000 - n as u128)
}

fn session_with(options: usize, anonymous: bool) -> Session {
    let mut session = Session::new("Werkstatt", "brainstorm", Language::De, Timestamp::UNIX_EPOCH);
    session.id = SessionId::from_u128(1);
    session.anonymous = anonymous;
    session.facilitator = Some("Mia".into());
    session.participants = ROSTER
        .iter()
        .enumerate()
        .map(|(i, name)| Participant {
            id: person(i),
            name: (*name).into(),
            colour: Colour::nth(i),
        })
        .collect();
    session.phases = vec![Phase {
        id: PHASE,
        title: "Ideen".into(),
        question: "Was wollen wir ändern?".into(),
        timebox_minutes: 20,
        activities: vec![Activity::Capture, Activity::Vote],
        seconds_used: 0,
        brainwriting: false,
    }];
    session.ideas = (0..options)
        .map(|i| Idea {
            id: IdeaId::from_u128(0x300 + i as u128),
            phase: PHASE,
            text: format!("Idee {i}"),
            authors: vec![],
            cluster: None,
            hidden: false,
        })
        .collect();
    session
}

#[derive(Debug, Clone)]
struct RoundShape {
    options: usize,
    budget: DotBudget,
    cap: u32,
    anonymous: bool,
    allow_revote: bool,
    facilitator_votes: bool,
}

fn round_shape() -> impl Strategy<Value = RoundShape> {
    let budget = prop_oneof![
        (1u32..7).prop_map(DotBudget::Fixed),
        Just(DotBudget::Third),
        Just(DotBudget::Half),
        Just(DotBudget::ThirdPlusOne),
    ];
    (
        1usize..8,
        budget,
        1u32..5,
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(options, budget, cap, anonymous, allow_revote, facilitator_votes)| RoundShape {
                options,
                budget,
                cap,
                anonymous,
                allow_revote,
                facilitator_votes,
            },
        )
}

#[derive(Debug, Clone)]
enum Step {
    /// `voter` 5 is somebody added on the spot.
    Cast {
        voter: usize,
        dots: Vec<u32>,
        proxy: bool,
    },
    Remove {
        voter: usize,
    },
    ToggleRevote,
    Reveal,
    Runoff {
        winners: usize,
    },
    Undo,
}

fn step(options: usize) -> impl Strategy<Value = Step> {
    // A voter places dots one by one, like on the ballot screen: a list of
    // option indices, sometimes longer than the budget or the cap allows.
    let ballot = proptest::collection::vec(0..options, 0..5).prop_map(move |picks| {
        let mut dots = vec![0u32; options];
        picks.iter().for_each(|&i| dots[i] += 1);
        dots
    });
    prop_oneof![
        10 => (0usize..6, ballot, proptest::bool::weighted(0.2))
            .prop_map(|(voter, dots, proxy)| Step::Cast { voter, dots, proxy }),
        2 => (0usize..5).prop_map(|voter| Step::Remove { voter }),
        1 => Just(Step::ToggleRevote),
        1 => Just(Step::Reveal),
        2 => (1usize..5).prop_map(|winners| Step::Runoff { winners }),
        2 => Just(Step::Undo),
    ]
}

fn scenario() -> impl Strategy<Value = (RoundShape, Vec<Step>)> {
    round_shape().prop_flat_map(|shape| {
        let steps = proptest::collection::vec(step(shape.options), 0..40);
        (Just(shape), steps)
    })
}

/// What the test knows independently of the session: each voter's accepted
/// ballot (what a front end would remember during the sitting).
type Ballots = BTreeMap<ParticipantId, Vec<u32>>;

/// Applies through the history and checks that this one command is undone
/// exactly and redone exactly.
fn apply_and_check_undo(history: &mut History, session: &mut Session, command: Command) {
    let before = session.clone();
    history
        .apply(session, command)
        .expect("a command the voting API built applies");
    let after = session.clone();
    history.undo(session).expect("undo applies");
    assert_eq!(*session, before, "undo did not restore the session");
    history.redo(session).expect("redo applies");
    assert_eq!(*session, after, "redo did not repeat the command");
}

fn keeps_the_rules(round: &VoteRound, dots: &[u32]) -> bool {
    dots.len() == round.options.len()
        && dots.iter().map(|&d| u64::from(d)).sum::<u64>() <= u64::from(round.dots_per_voter)
        && dots.iter().all(|&d| d <= round.max_per_option)
}

fn check_invariants(session: &Session, ballots: &Ballots) {
    session.validate().expect("the session stays consistent");
    let round = session.round(ROUND).expect("the round exists");
    let mut sums = vec![0u32; round.options.len()];
    for dots in ballots.values() {
        assert!(
            keeps_the_rules(round, dots),
            "an accepted ballot breaks budget or cap"
        );
        for (sum, d) in sums.iter_mut().zip(dots) {
            *sum += d;
        }
    }
    assert_eq!(round.tally, sums, "the tally is not the sum of the ballots");
    let voters: Vec<ParticipantId> = round.voters.iter().map(|v| v.participant).collect();
    if session.anonymous {
        assert!(round.ballots.is_empty(), "an anonymous round stores a ballot");
        assert!(
            voters.windows(2).all(|w| w[0] < w[1]),
            "voters not in canonical order"
        );
        let mut expected: Vec<ParticipantId> = ballots.keys().copied().collect();
        expected.sort();
        assert_eq!(voters, expected);
    } else {
        let stored: Ballots = round
            .ballots
            .iter()
            .map(|b| (b.participant, b.dots.clone()))
            .collect();
        assert_eq!(&stored, ballots);
        for ballot in &round.ballots {
            assert!(keeps_the_rules(round, &ballot.dots));
        }
        let mut sorted = voters.clone();
        sorted.sort();
        assert_eq!(sorted, ballots.keys().copied().collect::<Vec<_>>());
    }
    for round in &session.rounds {
        check_ranking(round);
    }
}

/// Standard competition ranking: sorted by dots, a rank is one more than the
/// number of options with more dots, ties share it.
fn check_ranking(round: &VoteRound) {
    let ranked = ranking(round);
    assert_eq!(ranked.len(), round.options.len());
    assert!(
        ranked.windows(2).all(|w| w[0].dots >= w[1].dots),
        "ranking not sorted"
    );
    for line in &ranked {
        let index = round
            .options
            .iter()
            .position(|o| *o == line.option)
            .expect("a real option");
        assert_eq!(line.dots, round.tally[index]);
        let more = round.tally.iter().filter(|&&t| t > line.dots).count();
        assert_eq!(line.rank, more + 1, "not a competition rank");
        let same = round.tally.iter().filter(|&&t| t == line.dots).count();
        assert_eq!(line.tied, same > 1);
    }
}

fn run(shape: &RoundShape, steps: &[Step]) {
    let mut session = session_with(shape.options, shape.anonymous);
    let original = session.clone();
    let mut history = History::new();
    let spec = RoundSpec {
        budget: shape.budget,
        max_per_option: shape.cap,
        allow_revote: shape.allow_revote,
        facilitator_votes: shape.facilitator_votes,
        ..RoundSpec::new(ROUND, PHASE, "Wichtigste Idee", OptionSource::Ideas)
    };
    let command = open_round(&session, &spec).expect("a round on ideas opens");
    apply_and_check_undo(&mut history, &mut session, command);
    // One entry per applied step, so that an undo restores the test's model too.
    let mut models: Vec<Ballots> = vec![Ballots::new()];
    let newcomer = ParticipantId::from_u128(0x2000);
    let mut runoffs = 0u128;
    for step in steps {
        let ballots = models.last().cloned().unwrap_or_default();
        let round = session.round(ROUND).expect("the round exists").clone();
        let outcome = match step {
            Step::Cast { voter, dots, proxy } => {
                let on_roster = *voter < ROSTER.len();
                let id = if on_roster { person(*voter) } else { newcomer };
                let who = if on_roster || session.participant(newcomer).is_some() {
                    BallotVoter::Roster(id)
                } else {
                    BallotVoter::OnTheSpot {
                        id,
                        name: "Gast".into(),
                    }
                };
                let result = match ballots.get(&id) {
                    Some(earlier) if session.anonymous && round.allow_revote => {
                        recast_anonymous_ballot(&session, ROUND, id, earlier, dots, *proxy)
                    }
                    _ => cast_ballot(&session, ROUND, who, dots, *proxy),
                };
                let may = round.status == RoundStatus::Open
                    && (!ballots.contains_key(&id) || round.allow_revote)
                    && (round.facilitator_votes || ROSTER.get(*voter) != Some(&"Mia"));
                assert_eq!(result.is_ok(), may && keeps_the_rules(&round, dots), "{result:?}");
                if on_roster {
                    // The hand-over screen offers the keyboard to the same people,
                    // except anonymous revoters (their earlier ballot is not stored).
                    let offered = may && !(session.anonymous && ballots.contains_key(&id));
                    assert_eq!(can_vote(&session, ROUND, id).is_ok(), offered);
                }
                result.ok().map(|command| {
                    let mut next = ballots.clone();
                    next.insert(id, dots.clone());
                    (command, next)
                })
            }
            Step::Remove { voter } => {
                let id = person(*voter);
                let remembered = ballots.get(&id).map(Vec::as_slice);
                let result = remove_ballot(&session, ROUND, id, remembered);
                let may = round.status == RoundStatus::Open && ballots.contains_key(&id);
                assert_eq!(result.is_ok(), may, "{result:?}");
                result.ok().map(|command| {
                    let mut next = ballots.clone();
                    next.remove(&id);
                    (command, next)
                })
            }
            Step::ToggleRevote => set_allow_revote(&session, ROUND, !round.allow_revote)
                .ok()
                .map(|command| (command, ballots.clone())),
            Step::Reveal => {
                let result = reveal(&session, ROUND);
                let may = round.status == RoundStatus::Open && !ballots.is_empty();
                assert_eq!(result.is_ok(), may, "{result:?}");
                result.ok().map(|command| (command, ballots.clone()))
            }
            Step::Runoff { winners } => {
                runoffs += 1;
                let id = RoundId::from_u128(0x600 + runoffs);
                let result = open_runoff(&session, ROUND, *winners, id, "Stichwahl");
                let tie = tie_to_resolve(&round, *winners);
                let may = round.status == RoundStatus::Revealed && tie.is_some();
                assert_eq!(result.is_ok(), may, "{result:?}");
                if let (Ok(Command::AddRound { round: runoff, .. }), Some(tie)) = (&result, tie) {
                    assert_eq!(runoff.options, tie.options);
                    assert_eq!(runoff.runoff_of, Some(ROUND));
                    assert_eq!(runoff.dots_per_voter as usize, tie.places);
                }
                result.ok().map(|command| (command, ballots.clone()))
            }
            Step::Undo => {
                // Opening the round stays; everything after it may go.
                if history.undo_depth() > 1 {
                    history.undo(&mut session).expect("undo applies");
                    models.pop();
                }
                None
            }
        };
        if let Some((command, next)) = outcome {
            apply_and_check_undo(&mut history, &mut session, command);
            models.push(next);
        }
        check_invariants(&session, models.last().expect("the model after opening"));
    }
    while history.undo(&mut session).expect("undo applies").is_some() {}
    assert_eq!(
        session, original,
        "undoing everything did not restore the session"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn voting_keeps_its_rules_and_undoes_exactly((shape, steps) in scenario()) {
        run(&shape, &steps);
    }

    #[test]
    fn an_anonymous_file_links_no_person_to_a_dot(
        options in 1usize..6,
        ballots in proptest::collection::vec(proptest::collection::vec(0u32..3, 5), 4),
        order in Just((0..ROSTER.len() - 1).collect::<Vec<usize>>()).prop_shuffle(),
        count in 1usize..5,
    ) {
        let voters = &order[..count];
        let cast_in = |order: &[usize]| {
            let mut session = session_with(options, true);
            let spec = RoundSpec {
                budget: DotBudget::Fixed(10),
                max_per_option: 10,
                ..RoundSpec::new(ROUND, PHASE, "Wichtigste Idee", OptionSource::Ideas)
            };
            let command = open_round(&session, &spec).expect("opens");
            session.apply(command).expect("applies");
            for &voter in order {
                let dots = &ballots[voter][..options];
                let command = cast_ballot(&session, ROUND, BallotVoter::Roster(person(voter)), dots, voter == 0)
                    .expect("a ballot within the rules is cast");
                session.apply(command).expect("applies");
            }
            session
        };
        let text = to_ron(&cast_in(voters)).expect("serialises");
        prop_assert_eq!(check_anonymous_file(&text, voters.len()), Ok(()));
        // The file is the same whatever the order of voting.
        let mut canonical = voters.to_vec();
        canonical.sort();
        prop_assert_eq!(&text, &to_ron(&cast_in(&canonical)).expect("serialises"));
    }
}

/// The saved text holds who voted and the sums, nothing per person, and the
/// voters in canonical order.
fn check_anonymous_file(text: &str, voters: usize) -> Result<(), String> {
    if text.contains("ballots") || text.contains("dots:") {
        return Err(format!("the file stores ballots:\n{text}"));
    }
    let parsed = parse_session(text).map_err(|e| format!("the saved file does not load: {e}"))?;
    let round = parsed.round(ROUND).ok_or("the round is not saved")?;
    if !round.ballots.is_empty() || round.voters.len() != voters {
        return Err(format!(
            "the parsed round holds ballots or wrong voters: {round:?}"
        ));
    }
    let ids: Vec<ParticipantId> = round.voters.iter().map(|v| v.participant).collect();
    if !ids.windows(2).all(|w| w[0] < w[1]) {
        return Err(format!("voters not in canonical order: {ids:?}"));
    }
    // In the text too: the voters list names them in id order.
    let list = &text[text.find("voters:").ok_or("no voters list")?..];
    let positions: Vec<Option<usize>> = ids.iter().map(|id| list.find(&id.to_string())).collect();
    if positions.iter().any(Option::is_none) || !positions.windows(2).all(|w| w[0] < w[1]) {
        return Err(format!("the voters list is not in id order: {positions:?}"));
    }
    Ok(())
}

/// The check above is not vacuous: a named session's file does hold ballots.
#[test]
fn a_named_file_does_hold_ballots() {
    let mut session = session_with(3, false);
    let spec = RoundSpec::new(ROUND, PHASE, "Wichtigste Idee", OptionSource::Ideas);
    session
        .apply(open_round(&session, &spec).expect("opens"))
        .expect("applies");
    let command =
        cast_ballot(&session, ROUND, BallotVoter::Roster(person(0)), &[1, 0, 0], false).expect("cast");
    session.apply(command).expect("applies");
    let text = to_ron(&session).expect("serialises");
    assert!(
        check_anonymous_file(&text, 1).is_err(),
        "the check passed a file with ballots"
    );
    assert!(text.contains("ballots") && text.contains("dots:"));
}

/// Several saved versions of an anonymous file, one after each ballot: each
/// is free of per-person ballots and lists its voters in canonical order.
#[test]
fn every_saved_version_of_an_anonymous_session_is_clean() {
    let mut session = session_with(4, true);
    let spec = RoundSpec {
        budget: DotBudget::Fixed(3),
        max_per_option: 2,
        ..RoundSpec::new(ROUND, PHASE, "Wichtigste Idee", OptionSource::Ideas)
    };
    session
        .apply(open_round(&session, &spec).expect("opens"))
        .expect("applies");
    let ballots = [
        (2, [2, 1, 0, 0]),
        (0, [0, 0, 1, 2]),
        (3, [1, 1, 1, 0]),
        (1, [0, 2, 0, 1]),
    ];
    for (count, (voter, dots)) in ballots.iter().enumerate() {
        let command =
            cast_ballot(&session, ROUND, BallotVoter::Roster(person(*voter)), dots, false).expect("cast");
        session.apply(command).expect("applies");
        assert_eq!(
            check_anonymous_file(&to_ron(&session).expect("serialises"), count + 1),
            Ok(())
        );
    }
    let parsed = parse_session(&to_ron(&session).expect("serialises")).expect("loads");
    assert_eq!(
        parsed.round(ROUND).map(|r| r.tally.clone()),
        Some(vec![3, 4, 2, 3])
    );
}
