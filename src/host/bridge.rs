//! What passes between the SSH server and the facilitator's program.
//!
//! The facilitator's thread is the only writer of the session. Participants
//! never change it themselves: their screen sends a [`RemoteRequest`], the
//! facilitator's program turns it into a [`Command`] with
//! [`HostHandle::command_for`](super::HostHandle::command_for), applies it like
//! any local change (so undo, autosave and the secrecy rules hold), tells the
//! participant how it went with [`HostHandle::answer`](super::HostHandle::answer)
//! and publishes the new session with
//! [`HostHandle::publish`](super::HostHandle::publish).

use crate::core::followup::record_answer;
use crate::core::text::clean_line;
use crate::core::voting::{self, BallotVoter, VoteError};
use crate::core::*;
use jiff::Timestamp;
use std::sync::Arc;

/// Identifies one SSH connection for as long as it lasts.
pub type ConnectionId = u64;

/// A person connected over SSH.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remote {
    pub connection: ConnectionId,
    /// The SSH user name, cleaned: the person's name.
    pub name: String,
    /// Their roster id when the name was on the roster at joining, otherwise
    /// a guest id that stays the same for this name while the host runs
    /// (so a dropped connection rejoins as the same person).
    pub participant: ParticipantId,
}

/// What a participant asks for. Ids of new ideas are chosen by the
/// participant's connection, so it knows its own cards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    AddIdea {
        id: IdeaId,
        phase: PhaseId,
        text: String,
    },
    EditIdea {
        id: IdeaId,
        text: String,
    },
    DeleteIdea {
        id: IdeaId,
    },
    CastBallot {
        round: RoundId,
        dots: Vec<u32>,
    },
    AnswerCheckin {
        checkin: CheckinId,
        answer: u32,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteRequest {
    pub from: Remote,
    pub request: Request,
}

/// What the server reports to the facilitator's program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostEvent {
    /// Somebody entered the join code and opened their screen.
    Joined(Remote),
    /// A connection ended (the person quit, the line dropped, or the
    /// facilitator disconnected them).
    Left(Remote),
    Request(RemoteRequest),
}

/// Why a participant's request was not carried out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The facilitator moved on to another phase in the meantime.
    PhaseMoved,
    /// The phase collects no ideas (or there is no phase).
    NoCapture,
    /// Only the author changes or deletes an idea.
    NotYours,
    /// The idea is an option of a voting round; its text stays as voted on.
    IdeaInRound,
    /// The round belongs to another phase than the current one.
    RoundElsewhere,
    Vote(VoteError),
    Domain(DomainError),
}

impl From<VoteError> for Refusal {
    fn from(error: VoteError) -> Refusal {
        match error {
            VoteError::Domain(domain) => Refusal::Domain(domain),
            other => Refusal::Vote(other),
        }
    }
}

impl From<DomainError> for Refusal {
    fn from(error: DomainError) -> Refusal {
        Refusal::Domain(error)
    }
}

/// The timer as the facilitator's screen runs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TimerView {
    /// When the timer was last started; `None` while it stands still.
    pub running_since: Option<Timestamp>,
    /// Seconds used in the phase when `running_since` was set.
    pub seconds_used: u32,
    /// Seconds the facilitator added to (or took from) this countdown.
    pub extra_seconds: i64,
}

impl TimerView {
    /// Seconds left of `timebox_minutes` at `now`; negative when over time.
    pub fn seconds_left(&self, timebox_minutes: u32, now: Timestamp) -> i64 {
        let running = self
            .running_since
            .map(|since| now.as_second().saturating_sub(since.as_second()).max(0))
            .unwrap_or(0);
        i64::from(timebox_minutes) * 60 + self.extra_seconds - i64::from(self.seconds_used) - running
    }
}

/// What the facilitator's screen knows beyond the session file. (Whether
/// new ideas come in covered is the phase's `brainwriting`, in the file.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stage {
    pub timer: TimerView,
}

/// The state every participant screen follows.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub session: Arc<Session>,
    pub stage: Stage,
}

/// The participant id a remote person has in `session` now: the roster's
/// when their name is on it (the facilitator may have added them since they
/// joined), else the guest id they joined with.
pub fn resolved_participant(session: &Session, remote: &Remote) -> ParticipantId {
    session
        .participant_by_name(&remote.name)
        .map(|p| p.id)
        .unwrap_or(remote.participant)
}

/// Whether `idea` is the remote person's own: named sessions store the
/// author; anonymous ones do not, so the host remembers who added what
/// while it runs (`remembered`).
pub fn is_own_idea(idea: &Idea, participant: ParticipantId, remembered: bool) -> bool {
    idea.authors.contains(&participant) || remembered
}

/// The command that carries out `request`, checked against the current
/// session. `own_remembered` says whether the host remembers the idea of an
/// edit or delete as this person's (anonymous sessions); `remembered_ballot`
/// is their earlier ballot in an anonymous round, for a revote.
pub(crate) fn command_for(
    session: &Session,
    request: &RemoteRequest,
    own_remembered: bool,
    remembered_ballot: Option<&[u32]>,
) -> Result<Command, Refusal> {
    let participant = resolved_participant(session, &request.from);
    let newcomer = session.participant(participant).is_none().then(|| Participant {
        id: participant,
        name: request.from.name.clone(),
        colour: Colour::nth(session.participants.len()),
    });
    match &request.request {
        Request::AddIdea { id, phase, text } => {
            let brainwriting = capture_phase(session, *phase)?.brainwriting;
            let authors = if session.anonymous {
                Vec::new()
            } else {
                vec![participant]
            };
            let idea = Idea {
                id: *id,
                phase: *phase,
                text: clean_line(text),
                authors,
                cluster: None,
                hidden: brainwriting,
            };
            let add = Command::AddIdea {
                idea,
                index: session.ideas.len(),
            };
            Ok(with_newcomer(newcomer.filter(|_| !session.anonymous), add))
        }
        Request::EditIdea { id, text } => {
            let idea = own_idea(session, *id, participant, own_remembered)?;
            if session
                .rounds
                .iter()
                .any(|r| r.options.contains(&VoteOption::Idea(*id)))
            {
                return Err(Refusal::IdeaInRound);
            }
            let mut idea = idea.clone();
            idea.text = clean_line(text);
            Ok(Command::ReplaceIdea(idea))
        }
        Request::DeleteIdea { id } => {
            own_idea(session, *id, participant, own_remembered)?;
            Ok(Command::RemoveIdea(*id))
        }
        Request::CastBallot { round, dots } => {
            let found = session
                .round(*round)
                .ok_or(Refusal::Vote(VoteError::NoSuchRound(*round)))?;
            if session.current().map(|p| p.id) != Some(found.phase) {
                return Err(Refusal::RoundElsewhere);
            }
            let revote = session.anonymous && voting::has_voted(found, participant);
            match (revote, remembered_ballot) {
                (true, Some(earlier)) => Ok(voting::recast_anonymous_ballot(
                    session,
                    *round,
                    participant,
                    earlier,
                    dots,
                    false,
                )?),
                _ => {
                    let voter = match newcomer {
                        Some(new) => BallotVoter::OnTheSpot {
                            id: new.id,
                            name: new.name,
                        },
                        None => BallotVoter::Roster(participant),
                    };
                    Ok(voting::cast_ballot(session, *round, voter, dots, false)?)
                }
            }
        }
        Request::AnswerCheckin { checkin, answer } => match newcomer {
            None => Ok(record_answer(session, *checkin, participant, *answer)?),
            Some(new) => {
                // The answer is checked against the session with the guest on
                // the roster, then both go in as one undo step.
                let add = Command::AddParticipant {
                    participant: new,
                    index: session.participants.len(),
                };
                let mut with_guest = session.clone();
                with_guest.apply(add.clone())?;
                let record = record_answer(&with_guest, *checkin, participant, *answer)?;
                Ok(Command::Batch(vec![add, record]))
            }
        },
    }
}

fn with_newcomer(newcomer: Option<Participant>, command: Command) -> Command {
    match newcomer {
        Some(participant) => Command::Batch(vec![
            Command::AddParticipant {
                index: usize::MAX,
                participant,
            },
            command,
        ]),
        None => command,
    }
}

/// The phase must still be the current one and collect ideas.
fn capture_phase(session: &Session, phase: PhaseId) -> Result<&Phase, Refusal> {
    let current = session.current().ok_or(Refusal::NoCapture)?;
    if current.id != phase {
        return Err(Refusal::PhaseMoved);
    }
    if !current.allows(Activity::Capture) {
        return Err(Refusal::NoCapture);
    }
    Ok(current)
}

fn own_idea(
    session: &Session,
    id: IdeaId,
    participant: ParticipantId,
    remembered: bool,
) -> Result<&Idea, Refusal> {
    let idea = session.idea(id).ok_or_else(|| {
        Refusal::Domain(DomainError::NotFound {
            kind: "idea",
            id: id.to_string(),
        })
    })?;
    if !is_own_idea(idea, participant, remembered) {
        return Err(Refusal::NotYours);
    }
    capture_phase(session, idea.phase)?;
    Ok(idea)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::followup::open_checkin;

    const PHASE: PhaseId = PhaseId(uuid::Uuid::from_u128(1));
    const OTHER_PHASE: PhaseId = PhaseId(uuid::Uuid::from_u128(2));

    fn session(anonymous: bool) -> Session {
        let mut session = Session::new("t", "m", Language::En, Timestamp::UNIX_EPOCH);
        session.anonymous = anonymous;
        for id in [PHASE, OTHER_PHASE] {
            session.phases.push(Phase {
                id,
                title: "p".into(),
                question: "q".into(),
                timebox_minutes: 5,
                activities: vec![Activity::Capture, Activity::Vote, Activity::Checkin],
                seconds_used: 0,
                brainwriting: false,
            });
        }
        session
    }

    fn from(name: &str, n: u128) -> Remote {
        Remote {
            connection: n as u64,
            name: name.into(),
            participant: ParticipantId::from_u128(n),
        }
    }

    fn ask(session: &mut Session, remote: &Remote, request: Request, own: bool) -> Result<(), Refusal> {
        let request = RemoteRequest {
            from: remote.clone(),
            request,
        };
        let command = command_for(session, &request, own, None)?;
        session.apply(command).map(|_| ()).map_err(Refusal::from)
    }

    fn add(session: &mut Session, remote: &Remote, n: u128) -> IdeaId {
        let id = IdeaId::from_u128(n);
        let request = Request::AddIdea {
            id,
            phase: PHASE,
            text: format!(" idea\u{1b}[31m {n} "),
        };
        ask(session, remote, request, false).unwrap();
        id
    }

    #[test]
    fn a_guest_is_added_with_their_first_idea_and_the_text_is_cleaned() {
        let mut session = session(false);
        let dora = from("Dora", 5);
        let id = add(&mut session, &dora, 20);
        let idea = session.idea(id).unwrap();
        assert_eq!(idea.text, "idea[31m 20");
        assert_eq!(idea.authors, vec![dora.participant]);
        assert_eq!(session.participant_by_name("dora").unwrap().id, dora.participant);
        add(&mut session, &dora, 21);
        assert_eq!(session.participants.len(), 1, "added once");
    }

    #[test]
    fn nobody_changes_or_deletes_anothers_idea() {
        let mut session = session(false);
        let (dora, emil) = (from("Dora", 5), from("Emil", 6));
        let id = add(&mut session, &dora, 20);
        let edit = Request::EditIdea {
            id,
            text: "mine now".into(),
        };
        assert_eq!(
            ask(&mut session, &emil, edit.clone(), false),
            Err(Refusal::NotYours)
        );
        assert_eq!(
            ask(&mut session, &emil, Request::DeleteIdea { id }, false),
            Err(Refusal::NotYours)
        );
        assert_eq!(ask(&mut session, &dora, edit, false), Ok(()));
        assert_eq!(session.idea(id).unwrap().text, "mine now");
    }

    #[test]
    fn anonymous_ideas_have_no_author_and_are_known_as_own_only_by_the_host() {
        let mut session = session(true);
        let dora = from("Dora", 5);
        let id = add(&mut session, &dora, 20);
        assert!(session.idea(id).unwrap().authors.is_empty());
        assert!(session.participants.is_empty(), "no name stored with an idea");
        let delete = Request::DeleteIdea { id };
        assert_eq!(
            ask(&mut session, &dora, delete.clone(), false),
            Err(Refusal::NotYours)
        );
        assert_eq!(ask(&mut session, &dora, delete, true), Ok(()));
    }

    #[test]
    fn requests_follow_the_facilitators_phase() {
        let mut session = session(false);
        let dora = from("Dora", 5);
        let id = add(&mut session, &dora, 20);
        session.apply(Command::GoToPhase(1)).unwrap();
        let late = Request::AddIdea {
            id: IdeaId::from_u128(21),
            phase: PHASE,
            text: "late".into(),
        };
        assert_eq!(ask(&mut session, &dora, late, false), Err(Refusal::PhaseMoved));
        let edit = Request::EditIdea { id, text: "x".into() };
        assert_eq!(ask(&mut session, &dora, edit, false), Err(Refusal::PhaseMoved));
    }

    #[test]
    fn covered_while_the_phase_is_brainwriting() {
        let mut session = session(false);
        session.phases[0].brainwriting = true;
        let request = RemoteRequest {
            from: from("Dora", 5),
            request: Request::AddIdea {
                id: IdeaId::from_u128(20),
                phase: PHASE,
                text: "quiet".into(),
            },
        };
        let command = command_for(&session, &request, false, None).unwrap();
        session.apply(command).unwrap();
        assert!(session.ideas[0].hidden);
    }

    #[test]
    fn a_guest_answers_a_checkin_once() {
        let mut session = session(false);
        let checkin = CheckinId::from_u128(40);
        let open = open_checkin(&session, checkin, CheckinScale::Mood, "How are you?", Some(PHASE));
        session.apply(open).unwrap();
        let dora = from("Dora", 5);
        let answer = Request::AnswerCheckin { checkin, answer: 4 };
        assert_eq!(ask(&mut session, &dora, answer.clone(), false), Ok(()));
        assert_eq!(session.checkin(checkin).unwrap().counts, vec![0, 0, 0, 1, 0]);
        assert!(matches!(
            ask(&mut session, &dora, answer, false),
            Err(Refusal::Domain(_))
        ));
        let off_scale = Request::AnswerCheckin { checkin, answer: 9 };
        assert!(ask(&mut session, &from("Emil", 6), off_scale, false).is_err());
        assert_eq!(session.checkin(checkin).unwrap().total(), 1);
    }
}
