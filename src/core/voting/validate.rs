//! The rules of a stored round, checked when a session is read or merged:
//! aligned vectors, ballots within budget and cap, one per voter, the tally
//! the sum of the ballots.

use super::*;

/// Checks the invariants of a round: aligned vectors, ballots within budget
/// and cap, one ballot per voter, tally equal to the sum of ballots, no
/// ballots when anonymous.
pub fn validate_round(round: &VoteRound, anonymous: bool) -> Result<(), DomainError> {
    let invalid = |msg: String| Err(DomainError::Invalid(msg));
    if round.tally.len() != round.options.len() {
        return invalid(format!(
            "round {:?} has {} options but {} tally entries",
            round.title,
            round.options.len(),
            round.tally.len()
        ));
    }
    if round.max_per_option == 0 {
        return invalid(format!("round {:?} allows no dots per option", round.title));
    }
    // Sets, not nested scans: a round may hold 100,000 voters.
    let mut options = HashSet::with_capacity(round.options.len());
    if !round.options.iter().all(|option| options.insert(*option)) {
        return invalid(format!("round {:?} lists an option twice", round.title));
    }
    let mut voters = HashSet::with_capacity(round.voters.len());
    if !round.voters.iter().all(|voter| voters.insert(voter.participant)) {
        return invalid(format!("round {:?} lists a voter twice", round.title));
    }
    if anonymous && !round.ballots.is_empty() {
        return invalid(format!(
            "round {:?} stores ballots per person in an anonymous session",
            round.title
        ));
    }
    if anonymous {
        let total: u64 = round.tally.iter().map(|&t| u64::from(t)).sum();
        let most = u64::from(round.dots_per_voter) * round.voters.len() as u64;
        if total > most {
            return invalid(format!(
                "round {:?} holds {total} dots, more than {} voters can give",
                round.title,
                round.voters.len()
            ));
        }
        return Ok(());
    }
    validate_named_ballots(round, &voters)
}

fn validate_named_ballots(round: &VoteRound, voters: &HashSet<ParticipantId>) -> Result<(), DomainError> {
    let invalid = |msg: String| Err(DomainError::Invalid(msg));
    if round.ballots.len() != round.voters.len() {
        return invalid(format!(
            "round {:?} has {} voters but {} ballots",
            round.title,
            round.voters.len(),
            round.ballots.len()
        ));
    }
    let mut sums = vec![0u64; round.options.len()];
    let mut with_ballot = HashSet::with_capacity(round.ballots.len());
    for ballot in &round.ballots {
        if !voters.contains(&ballot.participant) {
            return invalid(format!(
                "round {:?} has a ballot of someone who is not a voter",
                round.title
            ));
        }
        if !with_ballot.insert(ballot.participant) {
            return invalid(format!("round {:?} holds two ballots of one voter", round.title));
        }
        check_ballot(round, &ballot.dots)?;
        for (sum, dots) in sums.iter_mut().zip(&ballot.dots) {
            *sum += u64::from(*dots);
        }
    }
    if sums
        .iter()
        .zip(&round.tally)
        .any(|(sum, tally)| *sum != u64::from(*tally))
    {
        return invalid(format!(
            "round {:?}: the tally is not the sum of the ballots",
            round.title
        ));
    }
    Ok(())
}

/// Checks one voter's dots against the round's budget and cap.
pub fn check_ballot(round: &VoteRound, dots: &[u32]) -> Result<(), DomainError> {
    check_dots(round, dots).map_err(|error| {
        DomainError::Refused(match error {
            VoteError::WrongLength { found, options } => Refusal::BallotWrongLength { found, options },
            VoteError::OverBudget { placed, budget } => Refusal::BallotOverBudget { placed, budget },
            _ => Refusal::BallotOverCap {
                cap: round.max_per_option,
            },
        })
    })
}
