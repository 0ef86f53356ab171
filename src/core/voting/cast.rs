//! Casting and correcting ballots: for a voter of the roster, a guest, or
//! by proxy; an anonymous session keeps only the tally.

use super::*;

/// Who casts a ballot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BallotVoter {
    /// Somebody on the roster.
    Roster(ParticipantId),
    /// Somebody added to the roster with this ballot; the colour is the next
    /// one of the palette. The id is the caller's, so a redo is exact.
    OnTheSpot { id: ParticipantId, name: String },
}

/// Records `dots` as the ballot of `voter` in `round`. `proxy` marks a
/// ballot the facilitator typed in for a remote participant. Refused after
/// the reveal, beyond the budget or cap, for the facilitator when they do not
/// vote, and for someone who voted already unless the round allows revotes
/// (and, in an anonymous session, see [`recast_anonymous_ballot`]).
pub fn cast_ballot(
    session: &Session,
    round: RoundId,
    voter: BallotVoter,
    dots: &[u32],
    proxy: bool,
) -> Result<Command, VoteError> {
    let round = round_of(session, round)?;
    let (participant, added) = resolve_voter(session, voter)?;
    match &added {
        None => check_may_vote(session, round, participant)?,
        Some(_) if round.status == RoundStatus::Revealed => return Err(VoteError::Revealed),
        Some(new) if !round.facilitator_votes && is_facilitator_name(session, &new.name) => {
            return Err(VoteError::FacilitatorDoesNotVote);
        }
        Some(_) => {}
    }
    check_dots(round, dots)?;
    let earlier = own_ballot(session, round.id, participant).map(<[u32]>::to_vec);
    let mut next = round.clone();
    if let Some(earlier) = earlier {
        take_off(&mut next, &earlier)?;
    }
    record(&mut next, session.anonymous, participant, dots, proxy);
    let replace = Command::ReplaceRound(next);
    Ok(match added {
        Some(participant) => Command::Batch(vec![
            Command::AddParticipant {
                participant,
                index: session.participants.len(),
            },
            replace,
        ]),
        None => replace,
    })
}

/// In an anonymous session, replaces the ballot of `voter` with `dots`,
/// given the ballot `remembered` from this sitting (the file does not hold
/// it). The round must allow revotes. See the module documentation for what
/// the caller must guarantee.
pub fn recast_anonymous_ballot(
    session: &Session,
    round: RoundId,
    voter: ParticipantId,
    remembered: &[u32],
    dots: &[u32],
    proxy: bool,
) -> Result<Command, VoteError> {
    let round = round_of(session, round)?;
    if !session.anonymous {
        return Err(VoteError::NotAnonymous);
    }
    if round.status == RoundStatus::Revealed {
        return Err(VoteError::Revealed);
    }
    if !has_voted(round, voter) {
        return Err(VoteError::NotAVoter(voter));
    }
    if !round.allow_revote {
        return Err(VoteError::AlreadyVoted(voter));
    }
    check_dots(round, dots)?;
    let mut next = round.clone();
    take_off(&mut next, remembered)?;
    record(&mut next, true, voter, dots, proxy);
    Ok(Command::ReplaceRound(next))
}

/// Takes the ballot of `voter` out of `round` (a facilitator's correction):
/// they are no longer a voter and their dots leave the tally. In an anonymous
/// session the ballot remembered from this sitting is needed; elsewhere
/// `remembered` is ignored. Refused after the reveal.
pub fn remove_ballot(
    session: &Session,
    round: RoundId,
    voter: ParticipantId,
    remembered: Option<&[u32]>,
) -> Result<Command, VoteError> {
    let round = round_of(session, round)?;
    if round.status == RoundStatus::Revealed {
        return Err(VoteError::Revealed);
    }
    if !has_voted(round, voter) {
        return Err(VoteError::NotAVoter(voter));
    }
    let earlier = if session.anonymous {
        remembered.ok_or(VoteError::EarlierBallotUnknown)?.to_vec()
    } else {
        own_ballot(session, round.id, voter)
            .ok_or(VoteError::NotAVoter(voter))?
            .to_vec()
    };
    let mut next = round.clone();
    take_off(&mut next, &earlier)?;
    next.voters.retain(|v| v.participant != voter);
    next.ballots.retain(|b| b.participant != voter);
    Ok(Command::ReplaceRound(next))
}

/// The participant id of `voter`, and the participant to add when they are
/// new to the roster.
fn resolve_voter(
    session: &Session,
    voter: BallotVoter,
) -> Result<(ParticipantId, Option<Participant>), VoteError> {
    match voter {
        BallotVoter::Roster(id) => match session.participant(id) {
            Some(_) => Ok((id, None)),
            None => Err(VoteError::NoSuchParticipant(id)),
        },
        BallotVoter::OnTheSpot { id, name } => {
            let name = clean_line(&name);
            if name.is_empty() {
                return Err(DomainError::EmptyText.into());
            }
            if session.participant(id).is_some() {
                return Err(DomainError::DuplicateId {
                    kind: "participant",
                    id: id.to_string(),
                }
                .into());
            }
            if session.participant_by_name(&name).is_some() {
                return Err(DomainError::DuplicateName(name).into());
            }
            Ok((
                id,
                Some(Participant {
                    id,
                    name,
                    colour: Colour::nth(session.participants.len()),
                }),
            ))
        }
    }
}

/// Takes an earlier ballot's dots off the tally.
fn take_off(round: &mut VoteRound, earlier: &[u32]) -> Result<(), VoteError> {
    check_dots(round, earlier).map_err(|_| VoteError::EarlierBallotMismatch)?;
    if round.tally.iter().zip(earlier).any(|(sum, dots)| sum < dots) {
        return Err(VoteError::EarlierBallotMismatch);
    }
    for (sum, dots) in round.tally.iter_mut().zip(earlier) {
        *sum -= dots;
    }
    Ok(())
}

/// Adds a checked ballot to the tally and the voters (and, in a named
/// session, to the ballots). In an anonymous session the voters stay sorted
/// by participant id, whatever the order of voting.
fn record(round: &mut VoteRound, anonymous: bool, participant: ParticipantId, dots: &[u32], proxy: bool) {
    for (sum, dots) in round.tally.iter_mut().zip(dots) {
        *sum += dots;
    }
    let voter = Voter { participant, proxy };
    match round.voters.iter_mut().find(|v| v.participant == participant) {
        Some(existing) => *existing = voter,
        None if anonymous => {
            let at = round.voters.partition_point(|v| v.participant < participant);
            round.voters.insert(at, voter);
        }
        None => round.voters.push(voter),
    }
    if anonymous {
        return;
    }
    let ballot = Ballot {
        participant,
        dots: dots.to_vec(),
    };
    match round.ballots.iter_mut().find(|b| b.participant == participant) {
        Some(existing) => *existing = ballot,
        None => round.ballots.push(ballot),
    }
}
