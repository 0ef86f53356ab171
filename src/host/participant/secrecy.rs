//! What one participant may see of the session: the room's view plus their
//! own cards and their own ballot. Every secrecy decision of the participant
//! screen is made here, once, with the core's rules of what the room may see
//! (`core::public`), so the screen draws only from what this function leaves
//! in; nothing else of the session reaches its terminal.

use crate::core::public::{checkin_is_public, is_covered, names_are_public, tally_is_public};
use crate::core::*;
use std::collections::HashSet;

/// Who is looking: their participant id and the ideas the host remembers as
/// theirs (anonymous sessions store no authors).
#[derive(Debug, Clone, Copy)]
pub struct Viewer<'a> {
    pub participant: ParticipantId,
    pub own_ideas: &'a HashSet<IdeaId>,
}

impl Viewer<'_> {
    pub fn owns(&self, idea: &Idea) -> bool {
        idea.authors.contains(&self.participant) || self.own_ideas.contains(&idea.id)
    }
}

/// A copy of `session` with only what `viewer` may see:
/// - another person's covered card keeps its place but loses its text and
///   authors (it is drawn as a covered card);
/// - no ballot but the viewer's own; before the reveal no voter list but
///   whether the viewer voted (the results count the voters);
/// - no tally of a round before its reveal (all zeros), so
///   `voting::results` has nothing to show either way;
/// - no check-in counts before their reveal, no respondents but the viewer;
/// - in an anonymous session no name but the viewer's own.
pub fn room_view(session: &Session, viewer: Viewer<'_>) -> Session {
    let mut room = session.clone();
    for idea in &mut room.ideas {
        if is_covered(idea) && !viewer.owns(idea) {
            idea.text.clear();
            idea.authors.clear();
        }
    }
    if !names_are_public(session) {
        room.participants.retain(|p| p.id == viewer.participant);
    }
    for round in &mut room.rounds {
        round.ballots.retain(|b| b.participant == viewer.participant);
        if !tally_is_public(round) {
            round.voters.retain(|v| v.participant == viewer.participant);
            round.tally.iter_mut().for_each(|dots| *dots = 0);
        }
    }
    for checkin in &mut room.checkins {
        checkin.respondents.retain(|p| *p == viewer.participant);
        if !checkin_is_public(checkin) {
            checkin.counts.iter_mut().for_each(|count| *count = 0);
        }
    }
    room
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::voting::{self, BallotVoter, OptionSource, RoundSpec};
    use jiff::Timestamp;

    fn person(n: u128, name: &str) -> Participant {
        Participant {
            id: ParticipantId::from_u128(n),
            name: name.into(),
            colour: Colour::Blue,
        }
    }

    #[test]
    fn others_covered_cards_ballots_and_open_tallies_are_left_out() {
        let mut session = Session::new("t", "m", Language::En, Timestamp::UNIX_EPOCH);
        let phase = PhaseId::from_u128(1);
        session.phases.push(Phase {
            id: phase,
            title: "p".into(),
            question: "q".into(),
            timebox_minutes: 5,
            activities: vec![Activity::Capture, Activity::Vote],
            seconds_used: 0,
            brainwriting: false,
        });
        let (anna, ben) = (person(10, "Anna"), person(11, "Ben"));
        session.participants = vec![anna.clone(), ben.clone()];
        for (n, author, hidden) in [(20, &anna, true), (21, &ben, true), (22, &ben, false)] {
            session.ideas.push(Idea {
                id: IdeaId::from_u128(n),
                phase,
                text: format!("idea {n}"),
                authors: vec![author.id],
                cluster: None,
                hidden,
            });
        }
        let own = HashSet::new();
        let viewer = Viewer {
            participant: anna.id,
            own_ideas: &own,
        };
        let room = room_view(&session, viewer);
        assert_eq!(room.ideas[0].text, "idea 20", "her own covered card");
        assert_eq!(room.ideas[1].text, "", "Ben's covered card");
        assert!(room.ideas[1].authors.is_empty());
        assert_eq!(room.ideas[2].text, "idea 22");

        session.ideas.iter_mut().for_each(|i| i.hidden = false);
        let spec = RoundSpec::new(RoundId::from_u128(30), phase, "r", OptionSource::Ideas);
        let open = voting::open_round(&session, &spec).unwrap();
        session.apply(open).unwrap();
        let dots = vec![1, 0, 0];
        let cast = voting::cast_ballot(&session, spec.id, BallotVoter::Roster(ben.id), &dots, false).unwrap();
        session.apply(cast).unwrap();
        let room = room_view(&session, viewer);
        assert_eq!(room.rounds[0].tally, vec![0, 0, 0]);
        assert!(room.rounds[0].ballots.is_empty() && room.rounds[0].voters.is_empty());
        assert!(voting::results(&room.rounds[0]).is_none());

        let reveal = voting::reveal(&session, spec.id).unwrap();
        session.apply(reveal).unwrap();
        let room = room_view(&session, viewer);
        assert_eq!(room.rounds[0].tally, vec![1, 0, 0], "the revealed tally");
        assert!(room.rounds[0].ballots.is_empty(), "still nobody's ballot");
        assert_eq!(voting::results(&room.rounds[0]).unwrap().voters, 1);
    }
}
