//! After the reveal: run-offs on the ties that matter, results with ties,
//! and the rules a stored round must keep.

use super::*;

// --- run-offs -------------------------------------------------------------

fn revealed_with_tally(session: &mut Session, tally: &[u32]) {
    let round = ideas_round(session, |s| {
        s.budget = DotBudget::Fixed(20);
        s.max_per_option = 10;
    });
    assert_eq!(round.options.len(), tally.len());
    cast(session, ANNA, tally);
    let command = reveal(session, ROUND).unwrap();
    apply_checked(session, command);
}

#[test]
fn the_tie_that_matters_is_found() {
    let mut session = workshop(false);
    revealed_with_tally(&mut session, &[3, 5, 3, 3]);
    let round = round(&session);
    assert_eq!(tie_to_resolve(round, 1), None, "one clear winner");
    let tie = tie_to_resolve(round, 2).unwrap();
    let expected: Vec<VoteOption> = [0, 2, 4].map(|n| VoteOption::Idea(idea_id(n))).to_vec();
    assert_eq!(tie.options, expected);
    assert_eq!((tie.places, tie.rank), (1, 2));
    assert_eq!(tie_to_resolve(round, 3).map(|t| t.places), Some(2));
    assert_eq!(tie_to_resolve(round, 4), None, "everybody is in");
    assert_eq!(tie_to_resolve(round, 0), None);
}

#[test]
fn a_runoff_opens_on_the_tie_at_the_top() {
    let mut session = workshop(false);
    revealed_with_tally(&mut session, &[4, 1, 4, 1]);
    let runoff_id = RoundId::from_u128(60);
    let command = open_runoff(&session, ROUND, 1, runoff_id, "Stichwahl").unwrap();
    apply_checked(&mut session, command);
    let runoff = session.round(runoff_id).unwrap();
    assert_eq!(
        runoff.options,
        vec![VoteOption::Idea(idea_id(0)), VoteOption::Idea(idea_id(2))]
    );
    assert_eq!(runoff.runoff_of, Some(ROUND));
    assert_eq!((runoff.dots_per_voter, runoff.max_per_option), (1, 1));
    assert_eq!(runoff.phase, CRITIQUE);
    assert_eq!(runoff.status, RoundStatus::Open);
}

#[test]
fn a_runoff_at_the_cut_off_gives_a_dot_per_open_place() {
    let mut session = workshop(false);
    revealed_with_tally(&mut session, &[2, 2, 2, 5]);
    let command = open_runoff(&session, ROUND, 3, RoundId::from_u128(60), "Stichwahl").unwrap();
    let Command::AddRound { round, .. } = &command else {
        panic!("a run-off opens a round: {command:?}");
    };
    assert_eq!(round.options.len(), 3);
    assert_eq!(round.dots_per_voter, 2);
    assert_eq!(round.budget, DotBudget::Fixed(2));
}

#[test]
fn a_runoff_needs_a_revealed_tie() {
    let mut session = workshop(false);
    ideas_round(&mut session, |_| {});
    cast(&mut session, ANNA, &[1, 0, 0, 1]);
    let runoff = RoundId::from_u128(60);
    assert_eq!(
        open_runoff(&session, ROUND, 1, runoff, "Stichwahl"),
        Err(VoteError::NotRevealed)
    );
    let mut session = workshop(false);
    revealed_with_tally(&mut session, &[1, 0, 0, 2]);
    assert_eq!(
        open_runoff(&session, ROUND, 1, runoff, "Stichwahl"),
        Err(VoteError::NoTie)
    );
}

// --- results --------------------------------------------------------------

#[test]
fn results_wait_for_the_reveal() {
    let mut session = workshop(false);
    ideas_round(&mut session, |_| {});
    cast(&mut session, ANNA, &[2, 1, 0, 0]);
    let command = cast_ballot(&session, ROUND, BallotVoter::Roster(BEN), &[1, 0, 0, 2], true).unwrap();
    apply_checked(&mut session, command);
    assert_eq!(results(round(&session)), None);
    let command = reveal(&session, ROUND).unwrap();
    apply_checked(&mut session, command);
    let results = results(round(&session)).unwrap();
    let lines: Vec<(usize, u32, bool)> = results.lines.iter().map(|l| (l.rank, l.dots, l.tied)).collect();
    assert_eq!(
        lines,
        [(1, 3, false), (2, 2, false), (3, 1, false), (4, 0, false)]
    );
    assert_eq!(results.lines[0].option, VoteOption::Idea(idea_id(0)));
    assert_eq!((results.total_dots, results.most_dots), (6, 3));
    assert_eq!((results.voters, results.proxy_voters), (2, 1));
    assert!(!results.tie_at_top);
    assert!((results.lines[0].share - 0.5).abs() < 1e-9);
    let shares: f64 = results.lines.iter().map(|l| l.share).sum();
    assert!((shares - 1.0).abs() < 1e-9);
}

#[test]
fn results_show_ties_as_ties() {
    let mut session = workshop(false);
    revealed_with_tally(&mut session, &[0, 2, 2, 0]);
    let results = results(round(&session)).unwrap();
    let lines: Vec<(usize, bool)> = results.lines.iter().map(|l| (l.rank, l.tied)).collect();
    assert_eq!(lines, [(1, true), (1, true), (3, true), (3, true)]);
    assert!(results.tie_at_top);
}

// --- the stored rules -----------------------------------------------------

fn round_with_tally(tally: Vec<u32>) -> VoteRound {
    VoteRound {
        id: RoundId::from_u128(1),
        phase: PhaseId::from_u128(2),
        title: "t".into(),
        options: (0..tally.len())
            .map(|i| VoteOption::Idea(IdeaId::from_u128(100 + i as u128)))
            .collect(),
        budget: DotBudget::Fixed(3),
        dots_per_voter: 3,
        max_per_option: 3,
        facilitator_votes: false,
        status: RoundStatus::Revealed,
        allow_revote: false,
        voters: vec![],
        ballots: vec![],
        tally,
        runoff_of: None,
    }
}

#[test]
fn ties_share_a_rank() {
    let ranked = ranking(&round_with_tally(vec![2, 5, 2, 7, 0]));
    let ranks: Vec<(usize, u32, bool)> = ranked.iter().map(|r| (r.rank, r.dots, r.tied)).collect();
    assert_eq!(
        ranks,
        vec![
            (1, 7, false),
            (2, 5, false),
            (3, 2, true),
            (3, 2, true),
            (5, 0, false)
        ]
    );
}

#[test]
fn budgets_follow_the_rules() {
    assert_eq!(DotBudget::Third.dots_for(12), 4);
    assert_eq!(DotBudget::Third.dots_for(90), 20);
    assert_eq!(DotBudget::Third.dots_for(2), 1);
    assert_eq!(DotBudget::Half.dots_for(9), 4);
    assert_eq!(DotBudget::ThirdPlusOne.dots_for(12), 5);
    assert_eq!(DotBudget::Fixed(3).dots_for(12), 3);
    assert_eq!(DotBudget::Half.dots_for(0), 0);
}

#[test]
fn a_stored_round_may_not_hold_two_ballots_of_one_voter() {
    let mut round = round_with_tally(vec![2, 0]);
    round.voters = vec![
        Voter {
            participant: ANNA,
            proxy: false,
        },
        Voter {
            participant: BEN,
            proxy: false,
        },
    ];
    let ballot = Ballot {
        participant: ANNA,
        dots: vec![1, 0],
    };
    round.ballots = vec![ballot.clone(), ballot];
    assert!(validate_round(&round, false).is_err());
    round.ballots[1].participant = BEN;
    assert!(validate_round(&round, false).is_ok());
}
