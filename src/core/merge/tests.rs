use super::*;
use crate::core::Command;
use crate::core::followup::{open_checkin, record_answer, set_counts};
use crate::core::voting::{self, BallotVoter, OptionSource, RoundSpec};
use jiff::Timestamp;

const ANNA: ParticipantId = ParticipantId(uuid::Uuid::from_u128(10));
const BEN: ParticipantId = ParticipantId(uuid::Uuid::from_u128(11));
const CARLA: ParticipantId = ParticipantId(uuid::Uuid::from_u128(12));
const DORA: ParticipantId = ParticipantId(uuid::Uuid::from_u128(13));
const CRITIQUE: PhaseId = PhaseId(uuid::Uuid::from_u128(20));
const FANTASY: PhaseId = PhaseId(uuid::Uuid::from_u128(21));
const PAPER: ClusterId = ClusterId(uuid::Uuid::from_u128(40));
const ROUND: RoundId = RoundId(uuid::Uuid::from_u128(50));
const MOOD: CheckinId = CheckinId(uuid::Uuid::from_u128(60));

fn idea_id(n: u128) -> IdeaId {
    IdeaId::from_u128(100 + n)
}

fn apply(session: &mut Session, command: Command) {
    session.apply(command).expect("the command applies");
}

fn add_idea(session: &mut Session, n: u128, text: &str) {
    let idea = Idea {
        id: idea_id(n),
        phase: CRITIQUE,
        text: text.into(),
        authors: vec![],
        cluster: None,
        hidden: false,
    };
    let index = session.ideas.len();
    apply(session, Command::AddIdea { idea, index });
}

fn edit_idea(session: &mut Session, n: u128, text: &str) {
    let mut idea = session.idea(idea_id(n)).expect("the idea").clone();
    idea.text = text.into();
    apply(session, Command::ReplaceIdea(idea));
}

fn add_action(session: &mut Session, n: u128, text: &str) {
    let action = ActionItem {
        id: ActionId::from_u128(200 + n),
        text: text.into(),
        owner: None,
        due: None,
        status: ActionStatus::Open,
        note: String::new(),
        source: None,
    };
    let index = session.actions.len();
    apply(session, Command::AddAction { action, index });
}

/// Two phases, three participants, three ideas, a cluster.
fn base(anonymous: bool) -> Session {
    let mut session = Session::new(
        "Digitales Rathaus",
        "zukunftswerkstatt",
        Language::De,
        Timestamp::UNIX_EPOCH,
    );
    session.id = SessionId::from_u128(1);
    session.anonymous = anonymous;
    for (index, (id, name)) in [(ANNA, "Anna"), (BEN, "Ben"), (CARLA, "Carla")]
        .into_iter()
        .enumerate()
    {
        let participant = Participant {
            id,
            name: name.into(),
            colour: Colour::nth(index),
        };
        apply(&mut session, Command::AddParticipant { participant, index });
    }
    for (index, (id, title)) in [(CRITIQUE, "Kritik"), (FANTASY, "Fantasie")]
        .into_iter()
        .enumerate()
    {
        let phase = Phase {
            id,
            title: title.into(),
            question: "Was stört?".into(),
            timebox_minutes: 20,
            activities: vec![Activity::Capture, Activity::Cluster, Activity::Vote],
            seconds_used: 0,
            brainwriting: false,
        };
        apply(&mut session, Command::AddPhase { phase, index });
    }
    add_idea(&mut session, 1, "Zu viel Papier");
    add_idea(&mut session, 2, "Lange Wartezeiten");
    add_idea(&mut session, 3, "Formulare unverständlich");
    let cluster = Cluster {
        id: PAPER,
        phase: CRITIQUE,
        title: "Papier".into(),
    };
    apply(&mut session, Command::AddCluster { cluster, index: 0 });
    session
}

fn merged(base: &Session, ours: &Session, theirs: &Session) -> Merged {
    merge(Some(base), ours, theirs).expect("the versions merge")
}

fn texts(session: &Session) -> Vec<&str> {
    session.ideas.iter().map(|i| i.text.as_str()).collect()
}

#[test]
fn additions_on_both_sides_are_all_kept() {
    let base = base(false);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    add_idea(&mut ours, 4, "Kein WLAN im Bürgerbüro");
    add_action(&mut ours, 1, "WLAN beantragen");
    add_idea(&mut theirs, 5, "Öffnungszeiten zu kurz");
    add_action(&mut theirs, 2, "Samstagssprechstunde prüfen");
    let participant = Participant {
        id: DORA,
        name: "Dora".into(),
        colour: Colour::nth(3),
    };
    apply(
        &mut theirs,
        Command::AddParticipant {
            participant,
            index: 3,
        },
    );
    let cluster = Cluster {
        id: ClusterId::from_u128(41),
        phase: CRITIQUE,
        title: "Zeit".into(),
    };
    apply(&mut theirs, Command::AddCluster { cluster, index: 1 });
    let checkin = open_checkin(&ours, MOOD, CheckinScale::Mood, "Wie geht es?", None);
    apply(&mut ours, checkin);
    let phase = Phase {
        id: PhaseId::from_u128(22),
        title: "Verwirklichung".into(),
        question: "Was tun wir?".into(),
        timebox_minutes: 30,
        activities: vec![Activity::Actions],
        seconds_used: 0,
        brainwriting: false,
    };
    apply(&mut ours, Command::AddPhase { phase, index: 2 });
    open_round(&mut theirs);
    let result = merged(&base, &ours, &theirs);
    assert!(result.is_clean(), "{:?}", result.conflicts);
    let session = result.session;
    assert_eq!(session.ideas.len(), 5);
    assert!(texts(&session).contains(&"Kein WLAN im Bürgerbüro"));
    assert!(texts(&session).contains(&"Öffnungszeiten zu kurz"));
    assert_eq!(session.actions.len(), 2);
    assert!(session.participant(DORA).is_some());
    assert_eq!(session.clusters.len(), 2);
    assert_eq!(session.checkins.len(), 1);
    assert_eq!(session.phases.len(), 3);
    assert!(session.round(ROUND).is_some());
    session.validate().expect("the merge is a valid session");
}

#[test]
fn edits_to_different_ideas_both_win_and_one_sided_deletions_delete() {
    let base = base(false);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    edit_idea(&mut ours, 1, "Viel zu viel Papier");
    edit_idea(&mut theirs, 2, "Wartezeiten über eine Stunde");
    apply(&mut theirs, Command::RemoveIdea(idea_id(3)));
    let result = merged(&base, &ours, &theirs);
    assert!(result.is_clean(), "{:?}", result.conflicts);
    assert_eq!(
        texts(&result.session),
        ["Viel zu viel Papier", "Wartezeiten über eine Stunde"]
    );
}

#[test]
fn merging_with_an_unchanged_side_gives_the_other_side() {
    let base = base(false);
    let mut ours = base.clone();
    add_idea(&mut ours, 4, "Neu");
    apply(
        &mut ours,
        Command::MoveIdea {
            id: idea_id(4),
            to: 0,
        },
    );
    assert_eq!(merged(&base, &ours, &base).session, ours);
    assert_eq!(merged(&base, &base, &ours).session, ours);
}

#[test]
fn the_same_idea_rewritten_on_both_sides_keeps_both_texts() {
    let mut base = base(false);
    let mut clustered = base.idea(idea_id(1)).expect("idea").clone();
    clustered.cluster = Some(PAPER);
    apply(&mut base, Command::ReplaceIdea(clustered));
    let mut ours = base.clone();
    let mut theirs = base.clone();
    edit_idea(&mut ours, 1, "Papierakten überall");
    edit_idea(&mut theirs, 1, "Alles wird ausgedruckt");
    let result = merged(&base, &ours, &theirs);
    let session = &result.session;
    assert_eq!(
        texts(session),
        [
            "Papierakten überall",
            "Alles wird ausgedruckt",
            "Lange Wartezeiten",
            "Formulare unverständlich"
        ]
    );
    let copy = &session.ideas[1];
    assert_ne!(copy.id, idea_id(1));
    assert_eq!(copy.cluster, Some(PAPER), "the copy stays where the idea was");
    match &result.conflicts[..] {
        [
            Conflict::IdeaText {
                idea,
                copy: reported,
                ours,
                theirs,
            },
        ] => {
            assert_eq!(*idea, idea_id(1));
            assert_eq!(*reported, copy.id);
            assert_eq!(ours, "Papierakten überall");
            assert_eq!(theirs, "Alles wird ausgedruckt");
        }
        other => panic!("unexpected conflicts: {other:?}"),
    }
    let again = merged(&base, &ours, &theirs);
    assert_eq!(again.session, result.session, "the same files merge the same way");
}

#[test]
fn an_edit_wins_over_a_deletion_and_is_reported() {
    let base = base(false);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    edit_idea(&mut ours, 2, "Wartezeiten am Telefon");
    apply(&mut theirs, Command::RemoveIdea(idea_id(2)));
    let result = merged(&base, &ours, &theirs);
    assert!(texts(&result.session).contains(&"Wartezeiten am Telefon"));
    assert!(matches!(
        &result.conflicts[..],
        [Conflict::EditedAndDeleted { kind: Kind::Idea, .. }]
    ));
}

#[test]
fn a_phase_deleted_on_one_side_stays_when_the_other_side_uses_it() {
    let base = base(false);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    apply(&mut ours, Command::RemovePhase(FANTASY));
    let idea = Idea {
        id: idea_id(9),
        phase: FANTASY,
        text: "Alles digital".into(),
        authors: vec![],
        cluster: None,
        hidden: false,
    };
    apply(&mut theirs, Command::AddIdea { idea, index: 3 });
    let result = merged(&base, &ours, &theirs);
    assert!(result.session.phase(FANTASY).is_some());
    assert_eq!(result.session.ideas.len(), 4);
    assert!(
        result
            .conflicts
            .iter()
            .any(|c| matches!(c, Conflict::StillUsed { kind: Kind::Phase, label } if label == "Fantasie")),
        "{:?}",
        result.conflicts
    );
}

#[test]
fn different_sessions_are_refused() {
    let base = base(false);
    let mut other = base.clone();
    other.id = SessionId::from_u128(2);
    assert!(matches!(
        merge(Some(&base), &base, &other),
        Err(MergeError::DifferentSessions { .. })
    ));
}

#[test]
fn without_a_common_version_equal_items_merge_and_new_ones_are_kept() {
    let base = base(false);
    let mut ours = base.clone();
    add_idea(&mut ours, 4, "Nur bei uns");
    let result = merge(None, &ours, &base).expect("merges");
    assert!(result.is_clean(), "{:?}", result.conflicts);
    assert_eq!(result.session.ideas.len(), 4);
}

/// A round on the three ideas, two dots each, in `session`.
fn open_round(session: &mut Session) {
    let spec = RoundSpec {
        budget: DotBudget::Fixed(2),
        ..RoundSpec::new(ROUND, CRITIQUE, "Dringend", OptionSource::Ideas)
    };
    let command = voting::open_round(session, &spec).expect("opens");
    apply(session, command);
}

fn vote(session: &mut Session, who: ParticipantId, dots: &[u32]) {
    let command = voting::cast_ballot(session, ROUND, BallotVoter::Roster(who), dots, false).expect("votes");
    apply(session, command);
}

fn round(session: &Session) -> &VoteRound {
    session.round(ROUND).expect("the round")
}

#[test]
fn named_ballots_merge_per_person_and_the_tally_is_their_sum() {
    let mut base = base(false);
    open_round(&mut base);
    vote(&mut base, ANNA, &[1, 1, 0]);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    vote(&mut ours, BEN, &[1, 0, 0]);
    vote(&mut theirs, CARLA, &[0, 1, 1]);
    let result = merged(&base, &ours, &theirs);
    assert!(result.is_clean(), "{:?}", result.conflicts);
    let round = round(&result.session);
    assert_eq!(round.tally, [2, 2, 1]);
    assert_eq!(round.ballots.len(), 3);
    assert_eq!(round.voters.len(), 3);
}

#[test]
fn a_person_who_voted_on_both_sides_counts_once() {
    let mut base = base(false);
    open_round(&mut base);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    vote(&mut ours, BEN, &[1, 1, 0]);
    vote(&mut theirs, BEN, &[0, 1, 1]);
    vote(&mut theirs, CARLA, &[1, 0, 0]);
    let result = merged(&base, &ours, &theirs);
    let round = round(&result.session);
    assert_eq!(round.tally, [2, 1, 0], "Ben's ballot from ours and Carla's");
    assert_eq!(round.voters.len(), 2);
    assert!(matches!(
        &result.conflicts[..],
        [Conflict::BallotChanged { participant, .. }] if participant == "Ben"
    ));
}

#[test]
fn secret_tallies_add_up_when_the_new_voters_differ() {
    let mut base = base(true);
    open_round(&mut base);
    vote(&mut base, CARLA, &[1, 0, 1]);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    vote(&mut ours, BEN, &[1, 1, 0]);
    vote(&mut theirs, ANNA, &[0, 1, 1]);
    let result = merged(&base, &ours, &theirs);
    assert!(result.is_clean(), "{:?}", result.conflicts);
    let round = round(&result.session);
    assert_eq!(round.tally, [2, 2, 2]);
    assert!(round.ballots.is_empty());
    let voters: Vec<ParticipantId> = round.voters.iter().map(|v| v.participant).collect();
    assert_eq!(voters, [ANNA, BEN, CARLA], "sorted by id, not by voting order");
}

#[test]
fn a_secret_ballot_cast_on_both_sides_is_not_counted_twice() {
    let mut base = base(true);
    open_round(&mut base);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    vote(&mut ours, BEN, &[1, 1, 0]);
    vote(&mut theirs, BEN, &[0, 1, 1]);
    vote(&mut theirs, ANNA, &[1, 0, 0]);
    let result = merged(&base, &ours, &theirs);
    let round = round(&result.session);
    assert_eq!(
        round.tally,
        ours.round(ROUND).expect("round").tally,
        "ours' votes only"
    );
    assert_eq!(round.voters.len(), 1);
    assert!(matches!(
        &result.conflicts[..],
        [Conflict::VotesNotMerged { voters: 1, .. }]
    ));
}

#[test]
fn secrecy_of_either_side_wins() {
    let base = base(false);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    apply(&mut ours, Command::SetAnonymous(true));
    open_round(&mut theirs);
    vote(&mut theirs, ANNA, &[1, 1, 0]);
    let mut authored = theirs.idea(idea_id(2)).expect("idea").clone();
    authored.authors = vec![BEN];
    apply(&mut theirs, Command::ReplaceIdea(authored));
    let result = merged(&base, &ours, &theirs);
    let session = &result.session;
    assert!(session.anonymous);
    assert!(session.ideas.iter().all(|i| i.authors.is_empty()));
    assert!(round(session).ballots.is_empty());
    assert_eq!(round(session).tally, [1, 1, 0]);
    assert!(matches!(
        &result.conflicts[..],
        [Conflict::MadeAnonymous {
            authors: 1,
            ballots: 1
        }]
    ));
}

#[test]
fn check_in_answers_typed_on_both_sides_add_up_but_hand_counts_do_not() {
    let mut base = base(true);
    let checkin = open_checkin(&base, MOOD, CheckinScale::Mood, "Wie geht es?", None);
    apply(&mut base, checkin);
    let answer = |session: &mut Session, who, value| {
        let command = record_answer(session, MOOD, who, value).expect("answers");
        apply(session, command);
    };
    let mut ours = base.clone();
    let mut theirs = base.clone();
    answer(&mut ours, ANNA, 5);
    answer(&mut theirs, BEN, 3);
    let result = merged(&base, &ours, &theirs);
    assert!(result.is_clean(), "{:?}", result.conflicts);
    let checkin = result.session.checkin(MOOD).expect("check-in");
    assert_eq!(checkin.counts, [0, 0, 1, 0, 1]);
    assert_eq!(checkin.respondents.len(), 2);

    let set = |session: &mut Session, counts: &[u32]| {
        let command = set_counts(session, MOOD, counts).expect("sets");
        apply(session, command);
    };
    let mut ours = base.clone();
    let mut theirs = base.clone();
    set(&mut ours, &[0, 1, 4, 2, 0]);
    set(&mut theirs, &[0, 1, 3, 3, 0]);
    let result = merged(&base, &ours, &theirs);
    assert_eq!(
        result.session.checkin(MOOD).expect("check-in").counts,
        [0, 1, 4, 2, 0]
    );
    assert!(matches!(
        &result.conflicts[..],
        [Conflict::AnswersNotMerged { .. }]
    ));
}

mod properties {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeSet;

    #[derive(Debug, Clone)]
    enum Edit {
        Add(String),
        Rewrite(u128, String),
        Remove(u128),
        AddAction(String),
    }

    fn edit() -> impl Strategy<Value = Edit> {
        let text = "[a-zäöü]{1,8}";
        prop_oneof![
            text.prop_map(Edit::Add),
            (1u128..=3, text).prop_map(|(n, t)| Edit::Rewrite(n, t)),
            (1u128..=3).prop_map(Edit::Remove),
            text.prop_map(Edit::AddAction),
        ]
    }

    /// Applies the edits that still apply; new ids start at `first_id`.
    fn edited(base: &Session, edits: &[Edit], first_id: u128) -> Session {
        let mut session = base.clone();
        for (k, edit) in edits.iter().enumerate() {
            let n = first_id + k as u128;
            match edit {
                Edit::Add(text) => add_idea(&mut session, n, text),
                Edit::Rewrite(n, text) if session.idea(idea_id(*n)).is_some() => {
                    edit_idea(&mut session, *n, text)
                }
                Edit::Remove(n) if session.idea(idea_id(*n)).is_some() => {
                    apply(&mut session, Command::RemoveIdea(idea_id(*n)));
                }
                Edit::AddAction(text) => add_action(&mut session, n, text),
                _ => {}
            }
        }
        session
    }

    fn text_of(session: &Session, n: u128) -> Option<&str> {
        session.idea(idea_id(n)).map(|i| i.text.as_str())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn every_change_of_either_side_is_kept_or_reported(
            ours_edits in proptest::collection::vec(edit(), 0..6),
            theirs_edits in proptest::collection::vec(edit(), 0..6),
        ) {
            let base = base(false);
            let ours = edited(&base, &ours_edits, 1000);
            let theirs = edited(&base, &theirs_edits, 2000);
            let result = merge(Some(&base), &ours, &theirs).expect("merges");
            let session = &result.session;
            for side in [&ours, &theirs] {
                for idea in side.ideas.iter().filter(|i| base.idea(i.id).is_none()) {
                    prop_assert_eq!(text_of(session, idea.id.0.as_u128() - 100), Some(idea.text.as_str()));
                }
                prop_assert!(side.actions.iter().all(|a| session.action(a.id) == Some(a)));
            }
            let mut expected_conflicts = 0;
            for n in 1..=3 {
                let (b, o, t) = (text_of(&base, n), text_of(&ours, n), text_of(&theirs, n));
                let merged = text_of(session, n);
                match (o, t) {
                    (None, None) => prop_assert_eq!(merged, None),
                    (None, Some(t)) | (Some(t), None) if Some(t) == b => prop_assert_eq!(merged, None),
                    (None, Some(t)) | (Some(t), None) => {
                        prop_assert_eq!(merged, Some(t));
                        expected_conflicts += 1;
                    }
                    (Some(o), Some(t)) if o == t || Some(t) == b => prop_assert_eq!(merged, Some(o)),
                    (Some(o), Some(_)) if Some(o) == b => prop_assert_eq!(merged, t),
                    (Some(o), Some(t)) => {
                        prop_assert_eq!(merged, Some(o));
                        let copy = result.conflicts.iter().find_map(|c| match c {
                            Conflict::IdeaText { idea, copy, .. } if *idea == idea_id(n) => Some(*copy),
                            _ => None,
                        });
                        let copy = copy.and_then(|id| session.idea(id)).map(|i| i.text.as_str());
                        prop_assert_eq!(copy, Some(t));
                        expected_conflicts += 1;
                    }
                }
            }
            prop_assert_eq!(result.conflicts.len(), expected_conflicts, "{:?}", result.conflicts);
            let swapped = merge(Some(&base), &theirs, &ours).expect("merges");
            let texts = |s: &Session| s.ideas.iter().map(|i| i.text.clone()).collect::<BTreeSet<_>>();
            prop_assert_eq!(texts(&swapped.session), texts(session));
        }
    }
}
