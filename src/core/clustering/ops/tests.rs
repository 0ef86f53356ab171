//! Every cluster operation: its result, and that undo gives back the session
//! exactly (and redo the result again).

use super::*;
use crate::core::History;
use jiff::Timestamp;

const CRITIQUE: u128 = 1;
const FANTASY: u128 = 2;

fn phase(n: u128) -> PhaseId {
    PhaseId::from_u128(n)
}

fn anna() -> ParticipantId {
    ParticipantId::from_u128(301)
}

fn ben() -> ParticipantId {
    ParticipantId::from_u128(302)
}

fn idea(n: u128) -> IdeaId {
    IdeaId::from_u128(100 + n)
}

fn cluster(n: u128) -> ClusterId {
    ClusterId::from_u128(200 + n)
}

/// Critique phase: clusters 1 "Technik" {2, 4} and 2 "Räume" {5}, unclustered
/// 1 (Anna), 3 (Ben), 6. Fantasy phase: cluster 3 {7}, unclustered 8.
fn workshop() -> Session {
    let mut session = Session::new(
        "Zukunftswerkstatt",
        "zukunftswerkstatt",
        Language::De,
        Timestamp::UNIX_EPOCH,
    );
    session.participants = [(anna(), "Anna"), (ben(), "Ben")]
        .into_iter()
        .map(|(id, name)| Participant {
            id,
            name: name.into(),
            colour: Colour::Blue,
        })
        .collect();
    session.phases = [
        (phase(CRITIQUE), "Kritikphase"),
        (phase(FANTASY), "Fantasiephase"),
    ]
    .into_iter()
    .map(|(id, title)| Phase {
        id,
        title: title.into(),
        question: String::new(),
        timebox_minutes: 30,
        activities: vec![Activity::Capture, Activity::Cluster],
        seconds_used: 0,
        brainwriting: false,
    })
    .collect();
    session.clusters = [
        (1, CRITIQUE, "Technik"),
        (2, CRITIQUE, "Räume"),
        (3, FANTASY, "Utopien"),
    ]
    .into_iter()
    .map(|(n, in_phase, title)| Cluster {
        id: cluster(n),
        phase: phase(in_phase),
        title: title.into(),
    })
    .collect();
    let ideas = [
        (1, CRITIQUE, None, vec![anna()]),
        (2, CRITIQUE, Some(1), vec![]),
        (3, CRITIQUE, None, vec![ben()]),
        (4, CRITIQUE, Some(1), vec![]),
        (5, CRITIQUE, Some(2), vec![]),
        (6, CRITIQUE, None, vec![]),
        (7, FANTASY, Some(3), vec![]),
        (8, FANTASY, None, vec![]),
    ];
    session.ideas = ideas
        .into_iter()
        .map(|(n, in_phase, in_cluster, authors)| Idea {
            id: idea(n),
            phase: phase(in_phase),
            text: format!("Idee {n}"),
            authors,
            cluster: in_cluster.map(cluster),
            hidden: false,
        })
        .collect();
    session.validate().expect("the fixture is consistent");
    session
}

/// Applies `command` through the undo history and checks that the result is
/// consistent, that undo restores `before` exactly and that redo gives the
/// result again. Returns the result.
fn applied(before: &Session, command: Command) -> Session {
    let mut session = before.clone();
    let mut history = History::new();
    history.apply(&mut session, command).expect("the command applies");
    session.validate().expect("the result is consistent");
    let after = session.clone();
    history.undo(&mut session).expect("undo applies");
    assert_eq!(&session, before, "undo restores the session exactly");
    history.redo(&mut session).expect("redo applies");
    assert_eq!(session, after, "redo gives the same result");
    after
}

/// The board: idea numbers of a cluster (or the unclustered ones) of a phase.
fn board(session: &Session, in_phase: u128, of: Option<ClusterId>) -> Vec<u128> {
    session
        .ideas_in(phase(in_phase))
        .filter(|i| i.cluster == of)
        .map(|i| i.id.0.as_u128() - 100)
        .collect()
}

fn cluster_order(session: &Session) -> Vec<u128> {
    session.clusters.iter().map(|c| c.id.0.as_u128() - 200).collect()
}

fn vote_round(options: Vec<VoteOption>) -> VoteRound {
    let count = options.len();
    VoteRound {
        id: RoundId::from_u128(400),
        phase: phase(CRITIQUE),
        title: "Wichtigkeit".into(),
        options,
        budget: DotBudget::Fixed(3),
        dots_per_voter: 3,
        max_per_option: 1,
        facilitator_votes: false,
        status: RoundStatus::Open,
        allow_revote: false,
        voters: Vec::new(),
        ballots: Vec::new(),
        tally: vec![0; count],
        runoff_of: None,
    }
}

fn action_from(source: ActionSource) -> ActionItem {
    ActionItem {
        id: ActionId::from_u128(500),
        text: "Angebot einholen".into(),
        owner: Some("Anna".into()),
        due: None,
        status: ActionStatus::Open,
        note: String::new(),
        source: Some(source),
    }
}

#[test]
fn create_cluster_from_a_selection() {
    let before = workshop();
    // Selected out of order, one from another cluster: board order is kept.
    let command = create_cluster(
        &before,
        phase(CRITIQUE),
        cluster(9),
        "Neues Thema",
        &[idea(3), idea(1), idea(2)],
    )
    .expect("a valid selection");
    let after = applied(&before, command);
    assert_eq!(board(&after, CRITIQUE, Some(cluster(9))), [1, 2, 3]);
    assert_eq!(board(&after, CRITIQUE, Some(cluster(1))), [4]);
    assert_eq!(board(&after, CRITIQUE, None), [6]);
    // After the critique phase's clusters, before the fantasy phase's.
    assert_eq!(cluster_order(&after), [1, 2, 9, 3]);
    assert_eq!(
        after.cluster(cluster(9)).map(|c| c.title.as_str()),
        Some("Neues Thema")
    );
}

#[test]
fn create_an_empty_cluster() {
    let before = workshop();
    let after = applied(
        &before,
        create_cluster(&before, phase(FANTASY), cluster(9), "Leer", &[]).expect("valid"),
    );
    assert_eq!(cluster_order(&after), [1, 2, 3, 9]);
    assert!(board(&after, FANTASY, Some(cluster(9))).is_empty());
}

#[test]
fn create_cluster_refuses_bad_input() {
    let session = workshop();
    let other_phase = create_cluster(&session, phase(CRITIQUE), cluster(9), "X", &[idea(8)]);
    assert!(matches!(
        other_phase,
        Err(DomainError::Refused(Refusal::ClusterOfAnotherPhase))
    ));
    let unknown = create_cluster(&session, phase(CRITIQUE), cluster(9), "X", &[idea(99)]);
    assert!(matches!(unknown, Err(DomainError::NotFound { kind: "idea", .. })));
    let no_phase = create_cluster(&session, PhaseId::from_u128(9), cluster(9), "X", &[]);
    assert!(matches!(
        no_phase,
        Err(DomainError::NotFound { kind: "phase", .. })
    ));
    // An empty title is refused when the command is applied.
    let command = create_cluster(&session, phase(CRITIQUE), cluster(9), "  ", &[idea(1)]).expect("built");
    let mut changed = session.clone();
    assert_eq!(changed.apply(command), Err(DomainError::EmptyText));
    assert_eq!(changed, session, "a refused batch changes nothing");
}

#[test]
fn move_ideas_into_a_cluster_puts_them_last() {
    let before = workshop();
    let command = move_ideas(&before, &[idea(3), idea(1)], Some(cluster(2)))
        .expect("valid")
        .expect("something moves");
    let after = applied(&before, command);
    assert_eq!(board(&after, CRITIQUE, Some(cluster(2))), [5, 1, 3]);
    assert_eq!(board(&after, CRITIQUE, None), [6]);
}

#[test]
fn move_ideas_back_to_unclustered() {
    let before = workshop();
    let command = move_ideas(&before, &[idea(2)], None)
        .expect("valid")
        .expect("something moves");
    let after = applied(&before, command);
    assert_eq!(board(&after, CRITIQUE, None), [1, 3, 6, 2]);
    assert_eq!(board(&after, CRITIQUE, Some(cluster(1))), [4]);
}

#[test]
fn move_ideas_that_are_there_already_is_nothing() {
    let session = workshop();
    assert_eq!(
        move_ideas(&session, &[idea(2), idea(4)], Some(cluster(1))),
        Ok(None)
    );
    assert_eq!(move_ideas(&session, &[], None), Ok(None));
    // Only the ones not there yet move.
    let command = move_ideas(&session, &[idea(2), idea(6)], Some(cluster(1)))
        .expect("valid")
        .expect("6 moves");
    let after = applied(&session, command);
    assert_eq!(board(&after, CRITIQUE, Some(cluster(1))), [2, 4, 6]);
}

#[test]
fn move_ideas_refuses_mixed_phases_and_foreign_clusters() {
    let session = workshop();
    assert!(matches!(
        move_ideas(&session, &[idea(1), idea(8)], None),
        Err(DomainError::Refused(Refusal::IdeasOfDifferentPhases))
    ));
    assert!(matches!(
        move_ideas(&session, &[idea(1)], Some(cluster(3))),
        Err(DomainError::Refused(Refusal::ClusterOfAnotherPhase))
    ));
    assert!(matches!(
        move_ideas(&session, &[idea(1)], Some(cluster(9))),
        Err(DomainError::NotFound { kind: "cluster", .. })
    ));
}

#[test]
fn rename_a_cluster() {
    let before = workshop();
    let after = applied(
        &before,
        rename_cluster(&before, cluster(2), "Räume und Gebäude").expect("valid"),
    );
    assert_eq!(
        after.cluster(cluster(2)).map(|c| c.title.as_str()),
        Some("Räume und Gebäude")
    );
    let mut refused = before.clone();
    let empty = rename_cluster(&before, cluster(2), "").expect("built");
    assert_eq!(refused.apply(empty), Err(DomainError::EmptyText));
    assert!(rename_cluster(&before, cluster(9), "X").is_err());
}

#[test]
fn merge_two_clusters_keeps_the_order() {
    let mut before = workshop();
    before
        .actions
        .push(action_from(ActionSource::Cluster(cluster(2))));
    let command = merge_clusters(&before, cluster(2), cluster(1)).expect("valid");
    let after = applied(&before, command);
    assert_eq!(board(&after, CRITIQUE, Some(cluster(2))), [5, 2, 4]);
    assert_eq!(cluster_order(&after), [2, 3]);
    assert_eq!(after.actions[0].source, Some(ActionSource::Cluster(cluster(2))));
}

#[test]
fn merging_a_cluster_moves_its_actions_along() {
    let mut before = workshop();
    before
        .actions
        .push(action_from(ActionSource::Cluster(cluster(2))));
    let after = applied(
        &before,
        merge_clusters(&before, cluster(1), cluster(2)).expect("valid"),
    );
    assert_eq!(board(&after, CRITIQUE, Some(cluster(1))), [2, 4, 5]);
    assert_eq!(after.actions[0].source, Some(ActionSource::Cluster(cluster(1))));
}

#[test]
fn merge_clusters_refuses_what_cannot_be_merged() {
    let mut session = workshop();
    assert!(matches!(
        merge_clusters(&session, cluster(1), cluster(1)),
        Err(DomainError::Refused(Refusal::ClusterMergedWithItself))
    ));
    assert!(matches!(
        merge_clusters(&session, cluster(1), cluster(3)),
        Err(DomainError::Refused(Refusal::ClustersOfDifferentPhases))
    ));
    session
        .rounds
        .push(vote_round(vec![VoteOption::Cluster(cluster(2))]));
    let voted = merge_clusters(&session, cluster(1), cluster(2));
    assert!(
        matches!(voted, Err(DomainError::Refused(Refusal::VotedClusterMerged))),
        "{voted:?}"
    );
    // Merging into the voted cluster is fine: its dots stay meaningful.
    let into_voted = merge_clusters(&session, cluster(2), cluster(1)).expect("valid");
    let after = applied(&session, into_voted);
    assert_eq!(board(&after, CRITIQUE, Some(cluster(2))), [5, 2, 4]);
}

#[test]
fn dissolve_a_cluster() {
    let before = workshop();
    let after = applied(&before, dissolve_cluster(&before, cluster(1)).expect("valid"));
    assert_eq!(board(&after, CRITIQUE, None), [1, 3, 6, 2, 4]);
    assert_eq!(cluster_order(&after), [2, 3]);
    let other = applied(&before, dissolve_cluster(&before, cluster(2)).expect("valid"));
    assert_eq!(board(&other, CRITIQUE, None), [1, 3, 6, 5]);
    // An empty cluster dissolves too.
    let mut with_empty = before.clone();
    with_empty.clusters.push(Cluster {
        id: cluster(4),
        phase: phase(CRITIQUE),
        title: "Leer".into(),
    });
    let after_empty = applied(
        &with_empty,
        dissolve_cluster(&with_empty, cluster(4)).expect("valid"),
    );
    assert_eq!(after_empty, before);
}

#[test]
fn dissolve_refuses_a_cluster_that_is_referred_to() {
    let mut session = workshop();
    session
        .actions
        .push(action_from(ActionSource::Cluster(cluster(1))));
    assert!(matches!(
        dissolve_cluster(&session, cluster(1)),
        Err(DomainError::Refused(Refusal::ClusterHasActions))
    ));
    session
        .rounds
        .push(vote_round(vec![VoteOption::Cluster(cluster(2))]));
    assert!(matches!(
        dissolve_cluster(&session, cluster(2)),
        Err(DomainError::Refused(Refusal::ClusterIsVoteOption))
    ));
    assert_eq!(
        dissolve_refusal(&session, cluster(1)),
        Some(Refusal::ClusterHasActions)
    );
    assert_eq!(
        dissolve_refusal(&session, cluster(2)),
        Some(Refusal::ClusterIsVoteOption)
    );
    assert!(session.is_vote_option(VoteOption::Cluster(cluster(2))));
}

#[test]
fn reorder_clusters_within_their_phase() {
    let mut before = workshop();
    // Clusters of the two phases interleave in the file: 1, 2 (critique),
    // 3 (fantasy), 4 (critique).
    before.clusters.push(Cluster {
        id: cluster(4),
        phase: phase(CRITIQUE),
        title: "Abläufe".into(),
    });
    let first = move_cluster_to(&before, cluster(4), 0)
        .expect("valid")
        .expect("moves");
    assert_eq!(cluster_order(&applied(&before, first)), [4, 1, 2, 3]);
    let last = move_cluster_to(&before, cluster(1), 2)
        .expect("valid")
        .expect("moves");
    assert_eq!(cluster_order(&applied(&before, last)), [2, 3, 4, 1]);
    let middle = move_cluster_to(&before, cluster(1), 1)
        .expect("valid")
        .expect("moves");
    assert_eq!(cluster_order(&applied(&before, middle)), [2, 1, 3, 4]);
    let past_the_end = move_cluster_to(&before, cluster(2), 99)
        .expect("valid")
        .expect("moves");
    assert_eq!(cluster_order(&applied(&before, past_the_end)), [1, 3, 4, 2]);
    assert_eq!(move_cluster_to(&before, cluster(1), 0), Ok(None));
    assert_eq!(
        move_cluster_to(&before, cluster(3), 5),
        Ok(None),
        "alone in its phase"
    );
}

#[test]
fn reorder_an_idea_within_its_cluster() {
    let before = workshop();
    let up = move_idea_to(&before, idea(4), 0).expect("valid").expect("moves");
    let after = applied(&before, up);
    assert_eq!(board(&after, CRITIQUE, Some(cluster(1))), [4, 2]);
    assert_eq!(
        board(&after, CRITIQUE, None),
        [1, 3, 6],
        "other groups keep their order"
    );
    assert_eq!(move_idea_to(&before, idea(4), 1), Ok(None));
}

#[test]
fn reorder_an_unclustered_idea() {
    let before = workshop();
    let to_front = move_idea_to(&before, idea(6), 0).expect("valid").expect("moves");
    assert_eq!(board(&applied(&before, to_front), CRITIQUE, None), [6, 1, 3]);
    let to_end = move_idea_to(&before, idea(1), 99).expect("valid").expect("moves");
    assert_eq!(board(&applied(&before, to_end), CRITIQUE, None), [3, 6, 1]);
    let one_down = move_idea_to(&before, idea(1), 1).expect("valid").expect("moves");
    assert_eq!(board(&applied(&before, one_down), CRITIQUE, None), [3, 1, 6]);
    assert!(move_idea_to(&before, idea(99), 0).is_err());
}

#[test]
fn merge_two_ideas() {
    let mut before = workshop();
    before.actions.push(action_from(ActionSource::Idea(idea(3))));
    let after = applied(&before, merge_ideas(&before, idea(1), idea(3)).expect("valid"));
    let merged = after.idea(idea(1)).expect("the kept idea");
    assert_eq!(merged.text, "Idee 1\nIdee 3");
    assert_eq!(merged.authors, [anna(), ben()]);
    assert!(after.idea(idea(3)).is_none());
    assert_eq!(board(&after, CRITIQUE, None), [1, 6]);
    assert_eq!(after.actions[0].source, Some(ActionSource::Idea(idea(1))));
}

#[test]
fn merged_idea_keeps_its_cluster_and_stays_covered() {
    let mut before = workshop();
    let index = before.idea_index(idea(6)).expect("exists");
    before.ideas[index].hidden = true;
    let after = applied(&before, merge_ideas(&before, idea(2), idea(6)).expect("valid"));
    let merged = after.idea(idea(2)).expect("the kept idea");
    assert_eq!(merged.cluster, Some(cluster(1)));
    assert!(merged.hidden, "merging never reveals a covered card");
    assert_eq!(board(&after, CRITIQUE, Some(cluster(1))), [2, 4]);
}

#[test]
fn merge_ideas_refuses_voted_and_foreign_ideas() {
    let mut session = workshop();
    assert!(matches!(
        merge_ideas(&session, idea(1), idea(1)),
        Err(DomainError::Refused(Refusal::IdeaMergedWithItself))
    ));
    assert!(matches!(
        merge_ideas(&session, idea(1), idea(8)),
        Err(DomainError::Refused(Refusal::IdeasOfDifferentPhasesMerged))
    ));
    assert!(matches!(
        merge_ideas(&session, idea(1), idea(99)),
        Err(DomainError::NotFound { kind: "idea", .. })
    ));
    session.rounds.push(vote_round(vec![VoteOption::Idea(idea(3))]));
    for (keep, other) in [(idea(1), idea(3)), (idea(3), idea(1))] {
        let error = merge_ideas(&session, keep, other).expect_err("a voting option");
        assert!(matches!(error, DomainError::Refused(Refusal::VotedIdeaMerged)));
        assert!(error.to_string().contains("voting round"), "{error}");
    }
}

/// One cluster operation with its arguments as picks (taken modulo what the
/// session holds at that moment).
#[derive(Debug, Clone)]
enum Op {
    Create(Vec<usize>),
    Move(Vec<usize>, Option<usize>),
    Rename(usize),
    MergeClusters(usize, usize),
    Dissolve(usize),
    MoveCluster(usize, usize),
    MoveIdea(usize, usize),
    MergeIdeas(usize, usize),
}

fn op() -> impl proptest::strategy::Strategy<Value = Op> {
    use proptest::prelude::*;
    let picks = || proptest::collection::vec(0..20usize, 0..4);
    prop_oneof![
        picks().prop_map(Op::Create),
        (picks(), proptest::option::of(0..20usize)).prop_map(|(ideas, to)| Op::Move(ideas, to)),
        (0..20usize).prop_map(Op::Rename),
        (0..20usize, 0..20usize).prop_map(|(a, b)| Op::MergeClusters(a, b)),
        (0..20usize).prop_map(Op::Dissolve),
        (0..20usize, 0..5usize).prop_map(|(c, to)| Op::MoveCluster(c, to)),
        (0..20usize, 0..5usize).prop_map(|(i, to)| Op::MoveIdea(i, to)),
        (0..20usize, 0..20usize).prop_map(|(a, b)| Op::MergeIdeas(a, b)),
    ]
}

/// The command for `op` on `session`, or `None` when it is refused or would
/// change nothing.
fn command_for(session: &Session, op: &Op, fresh: ClusterId) -> Option<Command> {
    let idea_at = |pick: usize| session.ideas[pick % session.ideas.len()].id;
    let cluster_at = |pick: usize| {
        session
            .clusters
            .get(pick % session.clusters.len().max(1))
            .map(|c| c.id)
    };
    let result = match op {
        Op::Create(picks) => {
            let ideas: Vec<IdeaId> = picks.iter().map(|&p| idea_at(p)).collect();
            let in_phase = ideas
                .first()
                .and_then(|id| session.idea(*id))
                .map_or(phase(CRITIQUE), |i| i.phase);
            create_cluster(session, in_phase, fresh, "Neu", &ideas).map(Some)
        }
        Op::Move(picks, to) => {
            let ideas: Vec<IdeaId> = picks.iter().map(|&p| idea_at(p)).collect();
            move_ideas(session, &ideas, to.and_then(cluster_at))
        }
        Op::Rename(c) => {
            cluster_at(*c).map_or(Ok(None), |c| rename_cluster(session, c, "Umbenannt").map(Some))
        }
        Op::MergeClusters(a, b) => match (cluster_at(*a), cluster_at(*b)) {
            (Some(a), Some(b)) => merge_clusters(session, a, b).map(Some),
            _ => Ok(None),
        },
        Op::Dissolve(c) => cluster_at(*c).map_or(Ok(None), |c| dissolve_cluster(session, c).map(Some)),
        Op::MoveCluster(c, to) => cluster_at(*c).map_or(Ok(None), |c| move_cluster_to(session, c, *to)),
        Op::MoveIdea(i, to) => move_idea_to(session, idea_at(*i), *to),
        Op::MergeIdeas(a, b) => merge_ideas(session, idea_at(*a), idea_at(*b)).map(Some),
    };
    result.ok().flatten()
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Any sequence of cluster operations keeps the session consistent, and
    /// undoing all of them gives back the session exactly.
    #[test]
    fn any_operations_undo_to_the_start(ops in proptest::collection::vec(op(), 1..12)) {
        let start = workshop();
        let mut session = start.clone();
        let mut history = History::new();
        for (n, op) in ops.iter().enumerate() {
            if session.ideas.len() < 2 {
                break;
            }
            if let Some(command) = command_for(&session, op, ClusterId::from_u128(900 + n as u128)) {
                // Whatever `apply` refuses must leave the session untouched.
                let before = session.clone();
                if history.apply(&mut session, command).is_err() {
                    proptest::prop_assert_eq!(&session, &before);
                }
                proptest::prop_assert!(session.validate().is_ok(), "{:?}", session.validate());
            }
        }
        while history.can_undo() {
            history.undo(&mut session).expect("undo applies");
        }
        proptest::prop_assert_eq!(session, start);
    }
}
