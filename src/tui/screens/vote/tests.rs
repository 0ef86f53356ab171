//! The voting screens' state logic without a terminal: the form, the
//! picking list, the hand-over lines and the run-off target.

use super::*;
use crate::core::{Cluster, ClusterId, Idea, IdeaId, Participant, Phase, VoteOption};

fn phase(n: u128, activities: Vec<Activity>) -> Phase {
    Phase {
        id: PhaseId::from_u128(n),
        title: format!("Phase {n}"),
        question: String::new(),
        timebox_minutes: 10,
        activities,
        seconds_used: 0,
        brainwriting: false,
    }
}

fn idea(n: u128, phase: u128, cluster: Option<u128>, hidden: bool) -> Idea {
    Idea {
        id: IdeaId::from_u128(n),
        phase: PhaseId::from_u128(phase),
        text: format!("Idee {n}"),
        authors: Vec::new(),
        cluster: cluster.map(ClusterId::from_u128),
        hidden,
    }
}

/// Phase 1 votes: clusters 11 and 12, ideas 100-104 (100 and 101 in
/// cluster 11, 104 covered). Phase 2 has ideas 200 and 201.
fn session() -> Session {
    let mut session = Session::new("Werkstatt", "brainstorm", Language::De, Timestamp::UNIX_EPOCH);
    session.phases = vec![
        phase(1, vec![Activity::Capture, Activity::Vote]),
        phase(2, vec![Activity::Capture]),
    ];
    session.clusters = [11, 12]
        .into_iter()
        .map(|n| Cluster {
            id: ClusterId::from_u128(n),
            phase: PhaseId::from_u128(1),
            title: format!("Cluster {n}"),
        })
        .collect();
    session.ideas = vec![
        idea(100, 1, Some(11), false),
        idea(101, 1, Some(11), false),
        idea(102, 1, None, false),
        idea(103, 1, None, false),
        idea(104, 1, None, true),
        idea(200, 2, None, false),
        idea(201, 2, None, false),
    ];
    session.participants = ["Anna", "Ben", "Cem", "Petra"]
        .iter()
        .enumerate()
        .map(|(n, name)| Participant {
            id: ParticipantId::from_u128(1_000 + n as u128),
            name: (*name).to_string(),
            colour: Colour::nth(n),
        })
        .collect();
    session
}

fn phase_one() -> PhaseId {
    PhaseId::from_u128(1)
}

#[test]
fn the_form_offers_the_sources_the_phase_has_with_their_counts() {
    let session = session();
    let form = RoundForm::new(&session, phase_one(), "Titel");
    assert_eq!(
        form.sources,
        [
            (SourceKind::Ideas, 4),
            (SourceKind::Clusters, 2),
            (SourceKind::ClustersAndLooseIdeas, 4),
            (SourceKind::Picked, 0),
        ]
    );
    // Clusters with the loose ideas is the default: no idea drops out.
    assert_eq!(form.source_kind(), SourceKind::ClustersAndLooseIdeas);
    assert_eq!(form.option_count(), 4);
    // A phase without anything to vote on offers only hand-picking.
    let empty = RoundForm::new(&session, PhaseId::from_u128(3), "Titel");
    assert_eq!(empty.sources, [(SourceKind::Picked, 0)]);
}

#[test]
fn the_budget_rules_give_the_dots_shown_before_opening() {
    let mut session = session();
    let phase = phase_one();
    session
        .ideas
        .extend((0..20).map(|n| idea(300 + n, 1, None, false)));
    let mut form = RoundForm::new(&session, phase, "Titel");
    form.source = 0; // the 24 visible ideas
    form.focus = form
        .fields
        .iter()
        .position(|f| *f == RoundField::Rule)
        .expect("a rule field");
    let mut seen = Vec::new();
    for _ in 0..4 {
        seen.push((form.rule, form.dots()));
        let preview = form.preview(&session).expect("a valid round");
        assert_eq!(
            preview.dots_per_voter,
            form.dots(),
            "the form shows what the core gives"
        );
        form.change(1);
    }
    assert_eq!(
        seen,
        [
            (BudgetRule::Third, 8),
            (BudgetRule::Half, 12),
            (BudgetRule::ThirdPlusOne, 9),
            (BudgetRule::Fixed, 5),
        ]
    );
}

#[test]
fn numbers_change_with_arrows_and_digits_and_stay_in_range() {
    let session = session();
    let mut form = RoundForm::new(&session, phase_one(), "Titel");
    form.focus = form
        .fields
        .iter()
        .position(|f| *f == RoundField::Fixed)
        .expect("fixed");
    form.change(-1);
    assert_eq!(
        (form.rule, form.fixed),
        (BudgetRule::Fixed, 4),
        "changing the number picks the rule"
    );
    form.type_digit(1);
    form.type_digit(2);
    assert_eq!(form.fixed, 12);
    form.type_digit(9);
    assert_eq!(form.fixed, 9, "a third digit beyond 99 starts again");
    form.stop_typing_number();
    form.type_digit(0);
    assert_eq!(form.fixed, 1, "never zero dots");
    for _ in 0..200 {
        form.change(1);
    }
    assert_eq!(form.fixed, MAX_FIXED_DOTS);

    // The cap never exceeds the dots.
    form.fixed = 3;
    form.focus = form
        .fields
        .iter()
        .position(|f| *f == RoundField::Cap)
        .expect("cap");
    for _ in 0..10 {
        form.change(1);
    }
    assert_eq!(form.effective_cap(), 3);
    form.fixed = 2;
    assert_eq!(form.effective_cap(), 2, "a smaller budget lowers the cap shown");
    assert_eq!(form.spec(RoundId::from_u128(9)).max_per_option, 2);
}

#[test]
fn only_a_session_with_a_facilitator_asks_whether_they_vote() {
    let mut session = session();
    let form = RoundForm::new(&session, phase_one(), "Titel");
    assert!(!form.fields.contains(&RoundField::FacilitatorVotes));
    session.facilitator = Some("Petra".into());
    let form = RoundForm::new(&session, phase_one(), "Titel");
    assert!(form.fields.contains(&RoundField::FacilitatorVotes));
}

#[test]
fn the_picking_list_skips_headings_covered_cards_and_keeps_list_order() {
    let session = session();
    let mut form = RoundForm::new(&session, phase_one(), "Titel");
    form.open_picker(&session);
    assert_eq!(form.source_kind(), SourceKind::Picked);
    let picker = form.picker.clone().expect("open");
    let expected = [
        PickRow::Phase(phase_one()),
        PickRow::Option(VoteOption::Cluster(ClusterId::from_u128(11))),
        PickRow::Option(VoteOption::Cluster(ClusterId::from_u128(12))),
        PickRow::Option(VoteOption::Idea(IdeaId::from_u128(100))),
        PickRow::Option(VoteOption::Idea(IdeaId::from_u128(101))),
        PickRow::Option(VoteOption::Idea(IdeaId::from_u128(102))),
        PickRow::Option(VoteOption::Idea(IdeaId::from_u128(103))),
        PickRow::Phase(PhaseId::from_u128(2)),
        PickRow::Option(VoteOption::Idea(IdeaId::from_u128(200))),
        PickRow::Option(VoteOption::Idea(IdeaId::from_u128(201))),
    ];
    assert_eq!(picker.rows, expected);
    assert_eq!(picker.selected, 1, "the first option, not the heading");

    let mut moving = picker.clone();
    for _ in 0..6 {
        moving.move_by(1);
    }
    assert_eq!(moving.selected, 8, "the heading of phase 2 is skipped");
    moving.move_by(-1);
    assert_eq!(moving.selected, 6);
    moving.select_last();
    assert_eq!(moving.selected, 9);
    moving.move_by(-100);
    assert_eq!(moving.selected, 1);

    // Picked in any order, kept in list order: the ballot's fixed order.
    let other_phase = VoteOption::Idea(IdeaId::from_u128(201));
    let cluster = VoteOption::Cluster(ClusterId::from_u128(12));
    form.toggle_pick(other_phase);
    form.toggle_pick(cluster);
    assert_eq!(form.picked, [cluster, other_phase]);
    form.toggle_pick(cluster);
    assert_eq!(form.picked, [other_phase]);
    assert_eq!(form.option_count(), 1);
    let spec = form.spec(RoundId::from_u128(5));
    assert_eq!(spec.on, voting::OptionSource::Picked(vec![other_phase]));
    assert!(
        form.preview(&session).is_ok(),
        "another phase's idea may be voted on"
    );
}

fn open_round(session: &mut Session, facilitator_votes: bool) -> RoundId {
    let id = RoundId::from_u128(77);
    let spec = voting::RoundSpec {
        facilitator_votes,
        ..voting::RoundSpec::new(id, phase_one(), "Runde", voting::OptionSource::Ideas)
    };
    let command = voting::open_round(session, &spec).expect("opens");
    session.apply(command).expect("applies");
    id
}

fn cast(session: &mut Session, round: RoundId, who: u128, dots: &[u32]) {
    let voter = voting::BallotVoter::Roster(ParticipantId::from_u128(who));
    let command = voting::cast_ballot(session, round, voter, dots, false).expect("a valid ballot");
    session.apply(command).expect("applies");
}

#[test]
fn the_hand_over_lines_say_who_voted_and_who_is_next() {
    let mut session = session();
    session.facilitator = Some("Petra".into());
    let round = open_round(&mut session, false);
    let state = VoteState::new(
        phase_one(),
        VoteScreen::Rounds(RoundList {
            selected: 0,
            reveal_armed: false,
        }),
    );
    let current = session.round(round).cloned().expect("open");
    let rows = voter_rows(&session, &current, &state);
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    // Petra facilitates and does not vote: not on the list.
    assert_eq!(names, ["Anna", "Ben", "Cem", ""]);
    assert_eq!(rows[3].who, Who::Someone);
    assert_eq!(first_waiting(&rows), 0);

    cast(&mut session, round, 1_000, &[1, 0, 0, 0]);
    cast(&mut session, round, 1_002, &[0, 1, 0, 0]);
    let current = session.round(round).cloned().expect("open");
    let rows = voter_rows(&session, &current, &state);
    assert_eq!(
        rows.iter().map(|r| (r.voted, r.may_vote)).collect::<Vec<_>>(),
        [(true, false), (false, true), (true, false), (false, true)]
    );
    assert_eq!(first_waiting(&rows), 1, "Ben is next, whoever voted before");
    assert_eq!(turnout(&rows), (2, 3));
    cast(&mut session, round, 1_001, &[0, 0, 1, 0]);
    let current = session.round(round).cloned().expect("open");
    let rows = voter_rows(&session, &current, &state);
    assert_eq!(
        first_waiting(&rows),
        3,
        "everybody voted: the line for somebody else"
    );
}

#[test]
fn a_voting_facilitator_off_the_roster_gets_a_line() {
    let mut session = session();
    session.facilitator = Some("Katrin Vogt".into());
    let round = open_round(&mut session, true);
    let state = VoteState::new(
        phase_one(),
        VoteScreen::Rounds(RoundList {
            selected: 0,
            reveal_armed: false,
        }),
    );
    let current = session.round(round).cloned().expect("open");
    let rows = voter_rows(&session, &current, &state);
    let facilitator = rows.iter().find(|r| r.who == Who::Facilitator).expect("a line");
    assert_eq!(facilitator.name, "Katrin Vogt");
    assert!(facilitator.may_vote);
    assert_eq!(rows.last().map(|r| r.who), Some(Who::Someone));
}

#[test]
fn an_anonymous_revote_needs_the_ballot_from_this_sitting() {
    let mut session = session();
    session.anonymous = true;
    let round = open_round(&mut session, false);
    cast(&mut session, round, 1_000, &[1, 0, 0, 0]);
    let command = voting::set_allow_revote(&session, round, true).expect("allowed");
    session.apply(command).expect("applies");
    let mut state = VoteState::new(
        phase_one(),
        VoteScreen::Rounds(RoundList {
            selected: 0,
            reveal_armed: false,
        }),
    );
    let current = session.round(round).cloned().expect("open");
    assert!(
        !voter_rows(&session, &current, &state)[0].may_vote,
        "nothing remembered"
    );
    state
        .remembered
        .insert(ParticipantId::from_u128(1_000), vec![1, 0, 0, 0]);
    assert!(voter_rows(&session, &current, &state)[0].may_vote);
}

#[test]
fn the_run_off_decides_the_highest_tie_with_dots() {
    let mut session = session();
    let round = open_round(&mut session, false);
    cast(&mut session, round, 1_000, &[1, 0, 0, 0]);
    cast(&mut session, round, 1_001, &[0, 1, 0, 0]);
    cast(&mut session, round, 1_002, &[0, 1, 0, 0]);
    let current = session.round(round).cloned().expect("open");
    assert_eq!(runoff_winners(&current), None, "nothing before the reveal");
    session
        .apply(voting::reveal(&session, round).expect("reveal"))
        .expect("applies");
    let revealed = session.round(round).cloned().expect("revealed");
    // 2, 1, then two ideas with none: the zero tie decides nothing.
    assert_eq!(runoff_winners(&revealed), None);

    let round2 = RoundId::from_u128(78);
    let spec = voting::RoundSpec::new(round2, phase_one(), "Zwei", voting::OptionSource::Ideas);
    session
        .apply(voting::open_round(&session, &spec).expect("opens"))
        .expect("applies");
    cast(&mut session, round2, 1_000, &[1, 0, 0, 0]);
    cast(&mut session, round2, 1_001, &[0, 1, 0, 0]);
    cast(&mut session, round2, 1_002, &[0, 0, 1, 0]);
    cast(&mut session, round2, 1_003, &[1, 0, 0, 0]);
    session
        .apply(voting::reveal(&session, round2).expect("reveal"))
        .expect("applies");
    let revealed = session.round(round2).cloned().expect("revealed");
    // 2 for the first, then a tie of two at place 2.
    assert_eq!(runoff_winners(&revealed), Some(2));
    let tie = runoff_tie(&revealed).expect("a tie");
    assert_eq!(tie.rank, 2);
    assert_eq!(
        tie.options,
        [
            VoteOption::Idea(IdeaId::from_u128(101)),
            VoteOption::Idea(IdeaId::from_u128(102))
        ]
    );
}

#[test]
fn plural_words_follow_the_number() {
    assert_eq!(dots_text(Language::De, 1), "1 Punkt");
    assert_eq!(dots_text(Language::De, 3), "3 Punkte");
    assert_eq!(dots_text(Language::En, 1), "1 dot");
    assert_eq!(ideas_text(Language::En, 0), "0 ideas");
    assert_eq!(ideas_text(Language::De, 1), "1 Idee");
}

#[test]
fn the_mode_follows_the_screen() {
    let session = session();
    let mut form = RoundForm::new(&session, phase_one(), "Titel");
    let mut state = VoteState::new(phase_one(), VoteScreen::Form(Box::new(form.clone())));
    assert_eq!(state.mode(), Mode::VoteForm);
    form.open_picker(&session);
    state.screen = VoteScreen::Form(Box::new(form));
    assert_eq!(state.mode(), Mode::VotePick);
    state.screen = VoteScreen::HandOver(HandOver {
        round: RoundId::from_u128(1),
        selected: 0,
        name: Some(NameEntry {
            text: TextInput::new(),
            proxy: false,
        }),
        reveal_armed: false,
    });
    assert_eq!(state.mode(), Mode::VoteName);
    assert!(Mode::ALL.iter().filter(|m| m.is_voting()).count() == 7);
}
