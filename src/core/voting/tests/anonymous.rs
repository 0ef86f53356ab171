//! Anonymous sessions: only sums and a voter list, revotes and removals
//! with the remembered ballot.

use super::*;

// --- anonymous sessions ---------------------------------------------------

#[test]
fn anonymous_rounds_keep_only_sums_and_a_canonical_voter_list() {
    let mut session = workshop(true);
    ideas_round(&mut session, |_| {});
    cast(&mut session, CARLA, &[0, 0, 1, 2]);
    cast(&mut session, ANNA, &[2, 0, 0, 0]);
    cast(&mut session, BEN, &[0, 1, 1, 0]);
    let round = round(&session);
    assert!(round.ballots.is_empty());
    assert_eq!(round.tally, vec![2, 1, 2, 2]);
    let voters: Vec<ParticipantId> = round.voters.iter().map(|v| v.participant).collect();
    assert_eq!(
        voters,
        [ANNA, BEN, CARLA],
        "sorted by id, not by the order of voting"
    );
    assert_eq!(own_ballot(&session, ROUND, ANNA), None);
}

#[test]
fn the_same_anonymous_ballots_in_any_order_give_the_same_session() {
    let ballots = [(ANNA, [2, 0, 0, 0]), (BEN, [0, 1, 1, 0]), (CARLA, [0, 0, 1, 2])];
    let mut first = workshop(true);
    ideas_round(&mut first, |_| {});
    for (voter, dots) in ballots {
        cast(&mut first, voter, &dots);
    }
    let mut second = workshop(true);
    ideas_round(&mut second, |_| {});
    for (voter, dots) in ballots.iter().rev() {
        cast(&mut second, *voter, dots);
    }
    assert_eq!(first, second);
}

#[test]
fn an_anonymous_revote_needs_the_remembered_ballot() {
    let mut session = workshop(true);
    ideas_round(&mut session, |s| s.allow_revote = true);
    cast(&mut session, ANNA, &[2, 0, 0, 0]);
    cast(&mut session, BEN, &[0, 1, 1, 0]);
    assert_eq!(
        cast_ballot(&session, ROUND, BallotVoter::Roster(ANNA), &[0, 0, 0, 1], false),
        Err(VoteError::EarlierBallotUnknown)
    );
    assert_eq!(
        can_vote(&session, ROUND, ANNA),
        Err(VoteError::EarlierBallotUnknown)
    );
    // A "remembered" ballot the tally cannot hold is refused.
    assert_eq!(
        recast_anonymous_ballot(&session, ROUND, ANNA, &[0, 0, 0, 2], &[0, 0, 0, 1], false),
        Err(VoteError::EarlierBallotMismatch)
    );
    assert_eq!(
        recast_anonymous_ballot(&session, ROUND, CARLA, &[0; 4], &[0; 4], false),
        Err(VoteError::NotAVoter(CARLA))
    );
    let command = recast_anonymous_ballot(&session, ROUND, ANNA, &[2, 0, 0, 0], &[0, 0, 0, 1], true).unwrap();
    apply_checked(&mut session, command);
    let round = round(&session);
    assert_eq!(round.tally, vec![0, 1, 1, 1]);
    assert_eq!(round.voters.len(), 2);
    assert!(round.voters.iter().any(|v| v.participant == ANNA && v.proxy));
}

#[test]
fn an_anonymous_revote_keeps_the_rules() {
    let mut session = workshop(true);
    ideas_round(&mut session, |_| {});
    cast(&mut session, ANNA, &[2, 0, 0, 0]);
    assert_eq!(
        recast_anonymous_ballot(&session, ROUND, ANNA, &[2, 0, 0, 0], &[1, 0, 0, 0], false),
        Err(VoteError::AlreadyVoted(ANNA)),
        "revotes must be allowed"
    );
    let named = workshop(false);
    assert_eq!(
        recast_anonymous_ballot(&named, ROUND, ANNA, &[0; 4], &[0; 4], false),
        Err(VoteError::NoSuchRound(ROUND))
    );
    let mut named = workshop(false);
    ideas_round(&mut named, |s| s.allow_revote = true);
    cast(&mut named, ANNA, &[2, 0, 0, 0]);
    assert_eq!(
        recast_anonymous_ballot(&named, ROUND, ANNA, &[2, 0, 0, 0], &[1, 0, 0, 0], false),
        Err(VoteError::NotAnonymous)
    );
}

#[test]
fn removing_an_anonymous_ballot_needs_the_remembered_ballot() {
    let mut session = workshop(true);
    ideas_round(&mut session, |_| {});
    cast(&mut session, ANNA, &[2, 0, 0, 0]);
    cast(&mut session, BEN, &[0, 1, 1, 0]);
    assert_eq!(
        remove_ballot(&session, ROUND, ANNA, None),
        Err(VoteError::EarlierBallotUnknown)
    );
    let command = remove_ballot(&session, ROUND, BEN, Some(&[0, 1, 1, 0])).unwrap();
    apply_checked(&mut session, command);
    let round = round(&session);
    assert_eq!(round.tally, vec![2, 0, 0, 0]);
    assert_eq!(round.voters.len(), 1);
}
