//! What the room sees: the audience view as plain data, built from the
//! session and the control terminal's [`Stage`]. The renderer draws only
//! this, so everything the projector may show is decided here, by the
//! core's rules in [`crate::core::public`] (a ballot never, a tally only
//! after the reveal, a covered card only as a count).

use super::link::{Joining, RoomLayout, Showing, Stage};
use crate::core::followup::checkin_result;
use crate::core::{CheckinScale, ClusterId, IdeaId, Session, VoteRound, public, voting};
use jiff::Timestamp;

/// The screen the room sees.
#[derive(Debug, Clone, PartialEq)]
pub struct Audience {
    pub session_title: String,
    pub phase: Option<PhaseCard>,
    pub scene: Scene,
    pub layout: RoomLayout,
    /// How to join from one's own terminal, while the session is hosted.
    pub joining: Option<Joining>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PhaseCard {
    /// 1-based place in the agenda, and the agenda's length.
    pub number: usize,
    pub of: usize,
    pub title: String,
    pub question: String,
    pub seconds_left: i64,
    pub running: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Scene {
    /// The phase's ideas by cluster.
    Ideas {
        groups: Vec<Group>,
        /// Covered cards: only how many.
        covered: usize,
        /// The idea the facilitator points at, shown in full.
        spotlight: Option<String>,
    },
    /// A voting round is open: who has voted, whose turn it is.
    Voting {
        round: String,
        voted: usize,
        /// `None` between two voters; never anything of the ballot.
        turn: Option<Turn>,
    },
    /// A revealed round's ranking.
    Results {
        round: String,
        lines: Vec<ResultLine>,
        voters: usize,
    },
    /// A revealed check-in's answers.
    Checkin {
        question: String,
        scale: CheckinScale,
        /// (answer, count) lowest first.
        counts: Vec<(u32, u32)>,
        mean: Option<f64>,
        respondents: u32,
    },
    /// A check-in still collecting answers: how many, never which.
    CheckinOpen { question: String, answered: u32 },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Turn {
    Named(String),
    /// An anonymous session names no one.
    Someone,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// `None`: the ideas in no cluster.
    pub title: Option<String>,
    pub cluster: Option<ClusterId>,
    pub ideas: Vec<Card>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub id: IdeaId,
    pub text: String,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ResultLine {
    pub rank: usize,
    pub label: String,
    pub dots: u32,
    pub share: f64,
    pub tied: bool,
}

/// The audience view of `session` as the control terminal's `stage` shows
/// it, at `now`; `layout` is the presenter's own choice if it made one.
pub fn audience(session: &Session, stage: &Stage, layout: RoomLayout, now: Timestamp) -> Audience {
    let phase = session.current().map(|phase| PhaseCard {
        number: session.current_phase + 1,
        of: session.phases.len(),
        title: phase.title.clone(),
        question: phase.question.clone(),
        seconds_left: session.seconds_left(now).unwrap_or(0),
        running: session.clock_running(),
    });
    Audience {
        session_title: session.title.clone(),
        phase,
        scene: scene(session, stage),
        layout,
        joining: stage.joining.clone(),
    }
}

fn scene(session: &Session, stage: &Stage) -> Scene {
    let round_title = |id| session.round(id).map(|r| r.title.clone()).unwrap_or_default();
    match &stage.showing {
        Showing::HandOver { round } | Showing::Ballot { round, .. } | Showing::Results { round } => {
            let Some(found) = session.round(*round) else {
                return ideas(session, stage.selected);
            };
            if let Some(lines) = shown_results(session, found) {
                return Scene::Results {
                    round: found.title.clone(),
                    voters: found.voters.len(),
                    lines,
                };
            }
            let turn = match &stage.showing {
                Showing::Ballot { voter, .. } if public::names_are_public(session) => {
                    Some(Turn::Named(voter.clone()))
                }
                Showing::Ballot { .. } => Some(Turn::Someone),
                _ => None,
            };
            Scene::Voting {
                round: round_title(*round),
                voted: found.voters.len(),
                turn,
            }
        }
        Showing::Checkin { checkin } => match session.checkin(*checkin) {
            Some(round) if public::checkin_is_public(round) => {
                let result = checkin_result(round);
                Scene::Checkin {
                    question: round.question.clone(),
                    scale: round.scale,
                    counts: result.distribution.iter().map(|a| (a.answer, a.count)).collect(),
                    mean: result.mean,
                    respondents: round.total(),
                }
            }
            Some(round) => Scene::CheckinOpen {
                question: round.question.clone(),
                answered: round.total(),
            },
            None => ideas(session, stage.selected),
        },
        Showing::Board | Showing::Cluster | Showing::Rounds => ideas(session, stage.selected),
    }
}

/// The current phase's ideas: those in no cluster first, then each cluster
/// in the group's order; covered cards only counted.
fn ideas(session: &Session, selected: Option<IdeaId>) -> Scene {
    let Some(phase) = session.current() else {
        return Scene::Ideas {
            groups: Vec::new(),
            covered: 0,
            spotlight: None,
        };
    };
    let card = |idea: &crate::core::Idea| Card {
        id: idea.id,
        text: idea.text.clone(),
        selected: Some(idea.id) == selected,
    };
    let shown: Vec<_> = public::shown_ideas(session, phase.id).collect();
    let mut groups = vec![Group {
        title: None,
        cluster: None,
        ideas: shown
            .iter()
            .filter(|i| i.cluster.is_none())
            .map(|i| card(i))
            .collect(),
    }];
    for cluster in session.clusters_in(phase.id) {
        groups.push(Group {
            title: Some(cluster.title.clone()),
            cluster: Some(cluster.id),
            ideas: shown
                .iter()
                .filter(|i| i.cluster == Some(cluster.id))
                .map(|i| card(i))
                .collect(),
        });
    }
    let spotlight = shown
        .iter()
        .find(|idea| Some(idea.id) == selected)
        .map(|idea| idea.text.clone());
    Scene::Ideas {
        groups,
        covered: public::covered_cards(session, phase.id),
        spotlight,
    }
}

/// The ranking of a round as the room may see it: `None` until the core
/// says its tally is public; a covered card's option keeps its text back.
fn shown_results(session: &Session, round: &VoteRound) -> Option<Vec<ResultLine>> {
    if !public::tally_is_public(round) {
        return None;
    }
    let results = voting::results(round)?;
    Some(
        results
            .lines
            .iter()
            .map(|line| ResultLine {
                rank: line.rank,
                label: public::option_label(session, line.option)
                    .unwrap_or("…")
                    .to_string(),
                dots: line.dots,
                share: line.share,
                tied: line.tied,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{DotBudget, ParticipantId, Voter};
    use crate::core::{Idea, Language, Phase, PhaseId, RoundId, RoundStatus, VoteOption, VoteRound};

    fn session() -> Session {
        let mut session = Session::new("S", "custom", Language::En, Timestamp::UNIX_EPOCH);
        let phase = PhaseId::from_u128(1);
        session.phases.push(Phase {
            id: phase,
            title: "Ideas".into(),
            question: "What?".into(),
            timebox_minutes: 10,
            activities: vec![crate::core::Activity::Capture, crate::core::Activity::Vote],
            seconds_used: 0,
            brainwriting: false,
        });
        for (n, text, hidden) in [(1, "Open card", false), (2, "Covered card", true)] {
            session.ideas.push(Idea {
                id: IdeaId::from_u128(n),
                phase,
                text: text.into(),
                authors: Vec::new(),
                cluster: None,
                hidden,
            });
        }
        session.rounds.push(VoteRound {
            id: RoundId::from_u128(9),
            phase,
            title: "Round".into(),
            options: vec![
                VoteOption::Idea(IdeaId::from_u128(1)),
                VoteOption::Idea(IdeaId::from_u128(2)),
            ],
            budget: DotBudget::Fixed(1),
            dots_per_voter: 1,
            max_per_option: 1,
            facilitator_votes: false,
            status: RoundStatus::Open,
            allow_revote: false,
            voters: vec![Voter {
                participant: ParticipantId::from_u128(5),
                proxy: false,
            }],
            ballots: Vec::new(),
            tally: vec![0, 1],
            runoff_of: None,
        });
        session
    }

    fn shown(session: &Session, showing: Showing, selected: Option<IdeaId>) -> Scene {
        let stage = Stage {
            showing,
            selected,
            layout: RoomLayout::Compact,
            joining: None,
        };
        audience(session, &stage, RoomLayout::Compact, Timestamp::UNIX_EPOCH).scene
    }

    #[test]
    fn a_covered_card_is_only_counted_even_when_the_facilitator_points_at_it() {
        let scene = shown(&session(), Showing::Board, Some(IdeaId::from_u128(2)));
        let text = format!("{scene:?}");
        assert!(!text.contains("Covered card"), "{text}");
        let Scene::Ideas {
            covered, spotlight, ..
        } = scene
        else {
            panic!("the ideas: {text}");
        };
        assert_eq!((covered, spotlight), (1, None));
    }

    #[test]
    fn an_open_round_shows_whose_turn_and_how_many_never_the_tally() {
        let round = RoundId::from_u128(9);
        for showing in [
            Showing::HandOver { round },
            Showing::Results { round },
            Showing::Ballot {
                round,
                voter: "Anna".into(),
            },
        ] {
            let scene = shown(&session(), showing, None);
            assert!(matches!(scene, Scene::Voting { voted: 1, .. }), "{scene:?}");
        }
        let mut anonymous = session();
        anonymous.anonymous = true;
        let scene = shown(
            &anonymous,
            Showing::Ballot {
                round,
                voter: "Anna".into(),
            },
            None,
        );
        assert!(
            matches!(
                scene,
                Scene::Voting {
                    turn: Some(Turn::Someone),
                    ..
                }
            ),
            "{scene:?}"
        );
    }

    #[test]
    fn a_revealed_round_is_ranked_and_a_covered_option_keeps_its_text() {
        let mut session = session();
        session.rounds[0].status = RoundStatus::Revealed;
        let scene = shown(
            &session,
            Showing::Results {
                round: RoundId::from_u128(9),
            },
            None,
        );
        let Scene::Results { lines, .. } = scene else {
            panic!("results: {scene:?}");
        };
        assert_eq!((lines[0].rank, lines[0].dots), (1, 1));
        assert_eq!(lines[0].label, "…", "the covered card's text stays covered");
        assert_eq!(lines[1].label, "Open card");
    }
}
