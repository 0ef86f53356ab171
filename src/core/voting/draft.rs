//! A ballot in progress: the dots a voter has placed so far, checked
//! against the budget and the cap as they are placed.

use super::*;

/// Why a dot could not be placed or removed on the ballot screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum DraftRefusal {
    #[error("no dots left")]
    NoDotsLeft,
    #[error("this option holds the most dots one voter may give it")]
    CapReached,
    #[error("there is no dot of yours on this option")]
    NoDotHere,
    #[error("there is no such option")]
    NoSuchOption,
}

/// The dots one voter is placing, kept by the ballot screen until they
/// confirm. Built from the round's shape only (number of options, budget,
/// cap), so it cannot show anything of other voters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BallotDraft {
    round: RoundId,
    dots: Vec<u32>,
    budget: u32,
    cap: u32,
}

impl BallotDraft {
    /// An empty ballot for `round`.
    pub fn new(round: &VoteRound) -> BallotDraft {
        BallotDraft {
            round: round.id,
            dots: vec![0; round.options.len()],
            budget: round.dots_per_voter,
            cap: round.max_per_option,
        }
    }

    /// A ballot starting from `dots`, e.g. the voter's own earlier ballot
    /// ([`own_ballot`]) when they vote again.
    pub fn resume(round: &VoteRound, dots: &[u32]) -> Result<BallotDraft, VoteError> {
        check_dots(round, dots)?;
        Ok(BallotDraft {
            dots: dots.to_vec(),
            ..BallotDraft::new(round)
        })
    }

    pub fn round(&self) -> RoundId {
        self.round
    }

    /// Puts one more dot on the option at `index` (in the round's order).
    pub fn place(&mut self, index: usize) -> Result<(), DraftRefusal> {
        let budget_left = self.left();
        let cap = self.cap;
        let on_option = self.dots.get_mut(index).ok_or(DraftRefusal::NoSuchOption)?;
        if budget_left == 0 {
            return Err(DraftRefusal::NoDotsLeft);
        }
        if *on_option >= cap {
            return Err(DraftRefusal::CapReached);
        }
        *on_option += 1;
        Ok(())
    }

    /// Takes one dot off the option at `index`.
    pub fn remove(&mut self, index: usize) -> Result<(), DraftRefusal> {
        let on_option = self.dots.get_mut(index).ok_or(DraftRefusal::NoSuchOption)?;
        if *on_option == 0 {
            return Err(DraftRefusal::NoDotHere);
        }
        *on_option -= 1;
        Ok(())
    }

    /// Places a dot, or, when the option is full or no dots are left, takes
    /// all of this voter's dots off it: one key for rounds without stacking.
    pub fn toggle(&mut self, index: usize) -> Result<(), DraftRefusal> {
        match self.place(index) {
            Err(DraftRefusal::CapReached | DraftRefusal::NoDotsLeft) if self.dots_on(index) > 0 => {
                self.dots[index] = 0;
                Ok(())
            }
            other => other,
        }
    }

    pub fn clear(&mut self) {
        self.dots.iter_mut().for_each(|d| *d = 0);
    }

    /// This voter's dots on the option at `index`.
    pub fn dots_on(&self, index: usize) -> u32 {
        self.dots.get(index).copied().unwrap_or(0)
    }

    pub fn can_place(&self, index: usize) -> bool {
        self.left() > 0 && index < self.dots.len() && self.dots[index] < self.cap
    }

    pub fn placed(&self) -> u32 {
        self.dots.iter().sum()
    }

    pub fn left(&self) -> u32 {
        self.budget.saturating_sub(self.placed())
    }

    pub fn budget(&self) -> u32 {
        self.budget
    }

    pub fn cap(&self) -> u32 {
        self.cap
    }

    /// The dots per option, aligned with the round's options; what
    /// [`cast_ballot`] takes.
    pub fn dots(&self) -> &[u32] {
        &self.dots
    }
}
