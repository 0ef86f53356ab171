//! Dot voting: budgets, the rules a ballot must keep, tallies and ranking.

use super::command::DomainError;
use super::session::*;

/// One line of a round's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked {
    /// 1 for the most dots; options with equal dots share a rank
    /// (standard competition ranking: 1, 2, 2, 4).
    pub rank: usize,
    pub option: VoteOption,
    pub dots: u32,
    /// Another option has the same number of dots.
    pub tied: bool,
}

/// Options ranked by dots, most first; equal counts keep the option order and
/// share a rank.
pub fn ranking(round: &VoteRound) -> Vec<Ranked> {
    let mut order: Vec<usize> = (0..round.options.len()).collect();
    let dots = |i: usize| round.tally.get(i).copied().unwrap_or(0);
    order.sort_by(|&a, &b| dots(b).cmp(&dots(a)).then(a.cmp(&b)));
    let mut ranked = Vec::with_capacity(order.len());
    for (position, &i) in order.iter().enumerate() {
        let rank = match ranked.last() {
            Some(Ranked {
                rank, dots: previous, ..
            }) if *previous == dots(i) => *rank,
            _ => position + 1,
        };
        ranked.push(Ranked {
            rank,
            option: round.options[i],
            dots: dots(i),
            tied: false,
        });
    }
    for i in 0..ranked.len() {
        let rank = ranked[i].rank;
        ranked[i].tied = ranked.iter().filter(|r| r.rank == rank).count() > 1;
    }
    ranked
}

/// Checks the invariants of a round: aligned vectors, ballots within budget
/// and cap, tally equal to the sum of ballots, no ballots when anonymous.
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
    let mut seen = Vec::with_capacity(round.options.len());
    for option in &round.options {
        if seen.contains(option) {
            return invalid(format!("round {:?} lists an option twice", round.title));
        }
        seen.push(*option);
    }
    for (i, voter) in round.voters.iter().enumerate() {
        if round.voters[..i]
            .iter()
            .any(|v| v.participant == voter.participant)
        {
            return invalid(format!("round {:?} lists a voter twice", round.title));
        }
    }
    if anonymous && !round.ballots.is_empty() {
        return invalid(format!(
            "round {:?} stores ballots per person in an anonymous session",
            round.title
        ));
    }
    if !anonymous {
        if round.ballots.len() != round.voters.len() {
            return invalid(format!(
                "round {:?} has {} voters but {} ballots",
                round.title,
                round.voters.len(),
                round.ballots.len()
            ));
        }
        let mut sums = vec![0u64; round.options.len()];
        for ballot in &round.ballots {
            if !round.voters.iter().any(|v| v.participant == ballot.participant) {
                return invalid(format!(
                    "round {:?} has a ballot of someone who is not a voter",
                    round.title
                ));
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
    } else {
        let total: u64 = round.tally.iter().map(|&t| u64::from(t)).sum();
        let most = u64::from(round.dots_per_voter) * round.voters.len() as u64;
        if total > most {
            return invalid(format!(
                "round {:?} holds {total} dots, more than {} voters can give",
                round.title,
                round.voters.len()
            ));
        }
    }
    Ok(())
}

/// Checks one voter's dots against the round's budget and cap.
pub fn check_ballot(round: &VoteRound, dots: &[u32]) -> Result<(), DomainError> {
    if dots.len() != round.options.len() {
        return Err(DomainError::Invalid(format!(
            "a ballot has {} entries for {} options",
            dots.len(),
            round.options.len()
        )));
    }
    let total: u64 = dots.iter().map(|&d| u64::from(d)).sum();
    if total > u64::from(round.dots_per_voter) {
        return Err(DomainError::Invalid(format!(
            "a ballot places {total} dots, the budget is {}",
            round.dots_per_voter
        )));
    }
    if dots.iter().any(|&d| d > round.max_per_option) {
        return Err(DomainError::Invalid(format!(
            "a ballot puts more than {} dots on one option",
            round.max_per_option
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
