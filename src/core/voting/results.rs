//! The results of a revealed round: its lines in rank order with ties, and
//! the ranking the exports and the audience read.

use super::*;

/// One line of a revealed round's result.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultLine {
    pub rank: usize,
    pub option: VoteOption,
    pub dots: u32,
    /// Another option has the same number of dots.
    pub tied: bool,
    /// Part of all dots given in the round, from 0.0 to 1.0.
    pub share: f64,
}

/// What the results screen and the exports show of a revealed round.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundResults {
    /// Most dots first; ties share a rank.
    pub lines: Vec<ResultLine>,
    pub total_dots: u64,
    /// The most dots any option got (the longest bar).
    pub most_dots: u32,
    pub voters: usize,
    pub proxy_voters: usize,
    /// Several options share the first place.
    pub tie_at_top: bool,
}

/// The results of `round`, or `None` while it is not revealed: no screen
/// can show a tally too early by asking for it.
pub fn results(round: &VoteRound) -> Option<RoundResults> {
    if round.status != RoundStatus::Revealed {
        return None;
    }
    let ranked = ranking(round);
    let total_dots: u64 = ranked.iter().map(|r| u64::from(r.dots)).sum();
    let share = |dots: u32| {
        if total_dots == 0 {
            0.0
        } else {
            f64::from(dots) / total_dots as f64
        }
    };
    Some(RoundResults {
        tie_at_top: tie_to_resolve(round, 1).is_some(),
        most_dots: ranked.first().map_or(0, |r| r.dots),
        total_dots,
        voters: round.voters.len(),
        proxy_voters: round.voters.iter().filter(|v| v.proxy).count(),
        lines: ranked
            .into_iter()
            .map(|r| ResultLine {
                share: share(r.dots),
                rank: r.rank,
                option: r.option,
                dots: r.dots,
                tied: r.tied,
            })
            .collect(),
    })
}

/// One line of a round's ranking.
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
/// share a rank. Reads the tally whatever the round's status: screens use
/// [`results`], which waits for the reveal.
pub fn ranking(round: &VoteRound) -> Vec<Ranked> {
    let mut order: Vec<usize> = (0..round.options.len()).collect();
    let dots = |i: usize| round.tally.get(i).copied().unwrap_or(0);
    order.sort_by(|&a, &b| dots(b).cmp(&dots(a)).then(a.cmp(&b)));
    let mut ranked: Vec<Ranked> = Vec::with_capacity(order.len());
    for (position, &i) in order.iter().enumerate() {
        let rank = match ranked.last() {
            Some(previous) if previous.dots == dots(i) => previous.rank,
            _ => position + 1,
        };
        ranked.push(Ranked {
            rank,
            option: round.options[i],
            dots: dots(i),
            tied: false,
        });
    }
    // Sorted, so a tie is a neighbour with the same rank.
    for i in 0..ranked.len() {
        let rank = ranked[i].rank;
        let before = i > 0 && ranked[i - 1].rank == rank;
        let after = ranked.get(i + 1).is_some_and(|r| r.rank == rank);
        ranked[i].tied = before || after;
    }
    ranked
}
