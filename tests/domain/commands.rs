//! Every core command: what it does, what it refuses, and that its inverse
//! gives back exactly the session it started from.

use jiff::Timestamp;
use plenum::core::*;

fn session() -> Session {
    let template = MethodTemplate::built_in_by_id("retro").expect("retro is built in");
    template.instantiate(
        NewSession {
            participants: vec!["Anna".into(), "Ben".into()],
            ..NewSession::default()
        },
        Timestamp::UNIX_EPOCH,
    )
}

fn idea(session: &Session, phase: usize, text: &str) -> Idea {
    Idea {
        id: IdeaId::random(),
        phase: session.phases[phase].id,
        text: text.into(),
        authors: vec![],
        cluster: None,
        hidden: false,
    }
}

/// Applies `command`, checks it changed something, undoes it and checks the
/// session is back to what it was; then redoes it via History.
fn roundtrip(session: &mut Session, command: Command) -> Session {
    let before = session.clone();
    let mut history = History::new();
    history.apply(session, command).expect("command applies");
    assert_ne!(*session, before, "the command changed nothing");
    let after = session.clone();
    history.undo(session).expect("undo works");
    assert_eq!(*session, before, "undo did not restore the session");
    history.redo(session).expect("redo works");
    assert_eq!(*session, after, "redo did not reproduce the change");
    after
}

#[test]
fn session_settings_undo() {
    let mut s = session();
    roundtrip(&mut s, Command::SetTitle("Neuer Titel".into()));
    roundtrip(&mut s, Command::SetFacilitator(Some("Jörg".into())));
    roundtrip(&mut s, Command::SetLanguage(Language::De));
    roundtrip(&mut s, Command::SetAnonymous(true));
    assert_eq!(
        s.apply(Command::SetTitle("  \n ".into())),
        Err(DomainError::EmptyText)
    );
}

#[test]
fn ideas_add_edit_move_remove_undo() {
    let mut s = session();
    let first = idea(&s, 1, "  Mehr Homeoffice-Tage 🏠 \n");
    let first_id = first.id;
    roundtrip(
        &mut s,
        Command::AddIdea {
            idea: first,
            index: 0,
        },
    );
    assert_eq!(
        s.idea(first_id).map(|i| i.text.as_str()),
        Some("Mehr Homeoffice-Tage 🏠")
    );
    let second = idea(&s, 1, "Bessere Headsets");
    let second_id = second.id;
    roundtrip(
        &mut s,
        Command::AddIdea {
            idea: second,
            index: 99,
        },
    );
    let mut edited = s.idea(first_id).cloned().expect("idea exists");
    edited.text = "Zwei Zeilen\nzweite".into();
    edited.authors = vec![s.participants[0].id];
    roundtrip(&mut s, Command::ReplaceIdea(edited));
    roundtrip(&mut s, Command::MoveIdea { id: second_id, to: 0 });
    assert_eq!(s.ideas[0].id, second_id);
    roundtrip(&mut s, Command::RemoveIdea(first_id));
    assert!(s.idea(first_id).is_none());
}

#[test]
fn ideas_refuse_bad_input_and_leave_the_session_alone() {
    let mut s = session();
    let before = s.clone();
    assert_eq!(
        s.apply(Command::AddIdea {
            idea: idea(&s, 1, " \t "),
            index: 0
        }),
        Err(DomainError::EmptyText)
    );
    let long = "ä".repeat(20_001);
    assert!(matches!(
        s.apply(Command::AddIdea {
            idea: idea(&s, 1, &long),
            index: 0
        }),
        Err(DomainError::TextTooLong { chars: 20_001, .. })
    ));
    let mut orphan = idea(&s, 1, "x");
    orphan.phase = PhaseId::random();
    assert!(matches!(
        s.apply(Command::AddIdea {
            idea: orphan,
            index: 0
        }),
        Err(DomainError::NotFound { .. })
    ));
    let mut stranger = idea(&s, 1, "x");
    stranger.authors = vec![ParticipantId::random()];
    assert!(matches!(
        s.apply(Command::AddIdea {
            idea: stranger,
            index: 0
        }),
        Err(DomainError::NotFound { .. })
    ));
    assert_eq!(s, before);
}

#[test]
fn a_long_paste_fits_and_control_characters_go() {
    let mut s = session();
    let pasted = format!("{}\u{1b}[2J{}", "x".repeat(9_000), "ü".repeat(1_000));
    let new = idea(&s, 1, &pasted);
    let id = new.id;
    s.apply(Command::AddIdea { idea: new, index: 0 })
        .expect("10,000 characters are accepted");
    let text = &s.idea(id).expect("added").text;
    assert_eq!(text.chars().count(), 10_003);
    assert!(!text.contains('\u{1b}'));
}

#[test]
fn anonymous_sessions_store_no_authors() {
    let mut s = session();
    s.apply(Command::SetAnonymous(true)).expect("no authors yet");
    let mut signed = idea(&s, 1, "x");
    signed.authors = vec![s.participants[0].id];
    assert!(matches!(
        s.apply(Command::AddIdea {
            idea: signed,
            index: 0
        }),
        Err(DomainError::Refused(Refusal::AnonymousAuthors))
    ));

    let mut named = session();
    let mut signed = idea(&named, 1, "x");
    signed.authors = vec![named.participants[0].id];
    named
        .apply(Command::AddIdea {
            idea: signed,
            index: 0,
        })
        .expect("named session");
    assert!(matches!(
        named.apply(Command::SetAnonymous(true)),
        Err(DomainError::Refused(Refusal::AuthorsNamed))
    ));
}

#[test]
fn participants_undo_and_names_stay_unique() {
    let mut s = session();
    let carla = Participant {
        id: ParticipantId::random(),
        name: "Carla".into(),
        colour: Colour::Teal,
    };
    roundtrip(
        &mut s,
        Command::AddParticipant {
            participant: carla.clone(),
            index: 1,
        },
    );
    let mut renamed = carla.clone();
    renamed.name = "Carla M.".into();
    roundtrip(&mut s, Command::ReplaceParticipant(renamed));
    let clash = Participant {
        id: ParticipantId::random(),
        name: "anna".into(),
        colour: Colour::Red,
    };
    assert_eq!(
        s.apply(Command::AddParticipant {
            participant: clash,
            index: 0
        }),
        Err(DomainError::DuplicateName("anna".into()))
    );
    roundtrip(&mut s, Command::RemoveParticipant(carla.id));

    let anna = s.participants[0].id;
    let mut signed = idea(&s, 1, "x");
    signed.authors = vec![anna];
    s.apply(Command::AddIdea {
        idea: signed,
        index: 0,
    })
    .expect("author exists");
    assert!(matches!(
        s.apply(Command::RemoveParticipant(anna)),
        Err(DomainError::Refused(Refusal::ParticipantIsAuthor))
    ));
}

#[test]
fn phases_add_move_remove_keep_the_current_phase() {
    let mut s = session();
    s.apply(Command::GoToPhase(2)).expect("phase 3 exists");
    let current = s.phases[2].id;
    let extra = Phase {
        id: PhaseId::random(),
        title: "Pause".into(),
        question: "Kaffee?".into(),
        timebox_minutes: 10,
        activities: vec![Activity::Discuss],
        seconds_used: 0,
        brainwriting: false,
    };
    let extra_id = extra.id;
    roundtrip(
        &mut s,
        Command::AddPhase {
            phase: extra,
            index: 0,
        },
    );
    assert_eq!(
        s.current().map(|p| p.id),
        Some(current),
        "adding before keeps the facilitator's phase"
    );
    roundtrip(&mut s, Command::MovePhase { id: extra_id, to: 4 });
    assert_eq!(s.current().map(|p| p.id), Some(current));
    let mut edited = s.phase(extra_id).cloned().expect("phase exists");
    edited.timebox_minutes = 15;
    edited.question = "Wie geht es weiter?".into();
    roundtrip(&mut s, Command::ReplacePhase(edited));
    roundtrip(&mut s, Command::RemovePhase(extra_id));
    assert_eq!(s.current().map(|p| p.id), Some(current));

    // Removing the current phase and undoing it comes back to that phase.
    let current_index = s.current_phase;
    let next = s.phases[current_index + 1].id;
    let mut history = History::new();
    history
        .apply(&mut s, Command::RemovePhase(current))
        .expect("empty phase");
    assert_eq!(
        s.current().map(|p| p.id),
        Some(next),
        "removing the current phase moves on to the next"
    );
    history.undo(&mut s).expect("undo");
    assert_eq!(s.current_phase, current_index);
    assert_eq!(s.current().map(|p| p.id), Some(current));

    assert!(matches!(
        s.apply(Command::GoToPhase(99)),
        Err(DomainError::NoSuchPhaseIndex(100, _))
    ));
    let phase = s.phases[1].id;
    s.apply(Command::AddIdea {
        idea: idea(&s, 1, "x"),
        index: 0,
    })
    .expect("idea");
    assert!(matches!(
        s.apply(Command::RemovePhase(phase)),
        Err(DomainError::Refused(Refusal::PhaseHoldsIdeas))
    ));
    // Front ends ask the same rule before offering the step.
    assert_eq!(s.phase_in_use(phase), Some(Refusal::PhaseHoldsIdeas));
    assert_eq!(s.phase_in_use(s.phases[2].id), None);
}

#[test]
fn clusters_hold_ideas_of_their_own_phase() {
    let mut s = session();
    let cluster = Cluster {
        id: ClusterId::random(),
        phase: s.phases[1].id,
        title: "Technik".into(),
    };
    let cluster_id = cluster.id;
    roundtrip(&mut s, Command::AddCluster { cluster, index: 0 });
    let mut member = idea(&s, 1, "Headsets");
    member.cluster = Some(cluster_id);
    roundtrip(
        &mut s,
        Command::AddIdea {
            idea: member.clone(),
            index: 0,
        },
    );
    let mut elsewhere = idea(&s, 2, "x");
    elsewhere.cluster = Some(cluster_id);
    assert!(matches!(
        s.apply(Command::AddIdea {
            idea: elsewhere,
            index: 0
        }),
        Err(DomainError::Refused(Refusal::ClusterOfAnotherPhase))
    ));
    assert!(matches!(
        s.apply(Command::RemoveCluster(cluster_id)),
        Err(DomainError::Refused(Refusal::ClusterHoldsIdeas))
    ));
    assert_eq!(s.cluster_in_use(cluster_id), Some(Refusal::ClusterHoldsIdeas));
    assert!(s.cluster_has_ideas(cluster_id));
    let renamed = Cluster {
        id: cluster_id,
        phase: s.phases[1].id,
        title: "Ausstattung".into(),
    };
    roundtrip(&mut s, Command::ReplaceCluster(renamed));
    member.cluster = None;
    s.apply(Command::ReplaceIdea(member)).expect("unclustered");
    assert_eq!(s.cluster_in_use(cluster_id), None);
    assert_eq!(clustering::dissolve_refusal(&s, cluster_id), None);
    roundtrip(&mut s, Command::RemoveCluster(cluster_id));
}

#[test]
fn batches_are_all_or_nothing_and_undo_as_one_step() {
    let mut s = session();
    let good = idea(&s, 1, "eins");
    let bad = idea(&s, 1, "   ");
    let before = s.clone();
    let result = s.apply(Command::Batch(vec![
        Command::AddIdea {
            idea: good.clone(),
            index: 0,
        },
        Command::AddIdea { idea: bad, index: 1 },
    ]));
    assert_eq!(result, Err(DomainError::EmptyText));
    assert_eq!(s, before, "a failed batch left changes behind");

    let batch = Command::Batch(vec![
        Command::AddIdea { idea: good, index: 0 },
        Command::AddIdea {
            idea: idea(&s, 1, "zwei"),
            index: 1,
        },
        Command::SetTitle("Mit Ideen".into()),
    ]);
    let after = roundtrip(&mut s, batch);
    assert_eq!(after.ideas.len(), 2);
    assert_eq!(s.apply(Command::Batch(vec![])), Err(DomainError::EmptyBatch));
}

#[test]
fn actions_and_checkins_undo() {
    let mut s = session();
    let action = ActionItem {
        id: ActionId::random(),
        text: "Headsets bestellen".into(),
        owner: Some("Anna".into()),
        due: Some(jiff::civil::date(2026, 12, 15)),
        status: ActionStatus::Open,
        note: String::new(),
        source: None,
    };
    roundtrip(
        &mut s,
        Command::AddAction {
            action: action.clone(),
            index: 0,
        },
    );
    let mut done = action.clone();
    done.status = ActionStatus::Done;
    roundtrip(&mut s, Command::ReplaceAction(done));
    roundtrip(&mut s, Command::RemoveAction(action.id));

    let checkin = CheckinRound {
        id: CheckinId::random(),
        phase: Some(s.phases[0].id),
        question: "Wie geht es Ihnen?".into(),
        scale: CheckinScale::Mood,
        counts: vec![0, 1, 2, 3, 1],
        respondents: vec![],
        revealed: false,
    };
    roundtrip(
        &mut s,
        Command::AddCheckin {
            checkin: checkin.clone(),
            index: 0,
        },
    );
    assert_eq!(
        s.checkin(checkin.id).and_then(CheckinRound::mean),
        Some((2 + 6 + 12 + 5) as f64 / 7.0)
    );
    let mut wrong = checkin.clone();
    wrong.counts = vec![1, 2];
    assert!(matches!(
        s.apply(Command::ReplaceCheckin(wrong)),
        Err(DomainError::Refused(Refusal::WrongCountOfAnswers {
            answers: 5,
            counts: 2
        }))
    ));
}

#[test]
fn overdue_counts_days_for_pending_actions_only() {
    let mut action = ActionItem {
        id: ActionId::random(),
        text: "x".into(),
        owner: None,
        due: Some(jiff::civil::date(2026, 11, 20)),
        status: ActionStatus::Doing,
        note: String::new(),
        source: None,
    };
    let today = jiff::civil::date(2026, 11, 29);
    assert_eq!(action.days_overdue(today), Some(9));
    assert_eq!(action.days_overdue(jiff::civil::date(2026, 11, 20)), None);
    action.status = ActionStatus::Done;
    assert_eq!(action.days_overdue(today), None);
}

/// The work the lookup tables did for `n` appended ideas (every tenth with a
/// new author), and the work for the same session rebuilt from scratch.
fn probes_for_appends(n: usize) -> u64 {
    let mut s = session();
    let phase = s.phases[1].id;
    let cluster = ClusterId::from_u128(1);
    s.apply(Command::AddCluster {
        cluster: Cluster {
            id: cluster,
            phase,
            title: "Thema".into(),
        },
        index: usize::MAX,
    })
    .expect("cluster");
    let start = s.index_probes();
    let mut author = s.participants[0].id;
    for k in 0..n {
        if k % 10 == 0 {
            author = ParticipantId::from_u128(1_000_000 + k as u128);
            let participant = Participant {
                id: author,
                name: format!("Person {k}"),
                colour: Colour::nth(k),
            };
            s.apply(Command::AddParticipant {
                participant,
                index: usize::MAX,
            })
            .expect("participant");
        }
        let idea = Idea {
            id: IdeaId::from_u128(k as u128 + 1),
            phase,
            text: format!("Idee {k}"),
            authors: vec![author],
            cluster: (k % 2 == 0).then_some(cluster),
            hidden: false,
        };
        s.apply(Command::AddIdea {
            idea,
            index: usize::MAX,
        })
        .expect("idea");
    }
    assert_eq!(s.check_index(), Ok(()));
    assert_eq!(s.ideas.len(), n);
    s.index_probes() - start
}

#[test]
fn appending_ideas_costs_no_more_than_n_log_n_lookups() {
    for n in [1_000usize, 20_000] {
        let probes = probes_for_appends(n) as f64;
        let bound = n as f64 * (n as f64).log2();
        // A scan for the duplicate id alone would cost n * n / 2 probes.
        assert!(
            probes <= bound,
            "{n} appended ideas cost {probes} index probes, more than n log n = {bound:.0}"
        );
    }
}

#[test]
fn the_index_follows_inserts_moves_and_removals_in_the_middle() {
    let mut s = session();
    let ideas: Vec<Idea> = (0..50)
        .map(|k| idea(&s, 1 + k % 3, &format!("Idee {k}")))
        .collect();
    for (k, idea) in ideas.iter().enumerate() {
        s.apply(Command::AddIdea {
            idea: idea.clone(),
            index: (k * 7) % (k + 1),
        })
        .expect("idea");
    }
    for (k, idea) in ideas.iter().enumerate().step_by(3) {
        s.apply(Command::MoveIdea {
            id: idea.id,
            to: k % 11,
        })
        .expect("move");
    }
    for idea in ideas.iter().step_by(4) {
        s.apply(Command::RemoveIdea(idea.id)).expect("remove");
    }
    assert_eq!(s.check_index(), Ok(()));
    for (position, idea) in s.ideas.iter().enumerate() {
        assert_eq!(s.idea_index(idea.id), Some(position));
    }
    // Changing the vectors directly and reindexing gives a current index again.
    s.ideas.reverse();
    assert_eq!(
        s.idea_index(s.ideas[0].id),
        Some(0),
        "a direct edit falls back to a scan"
    );
    s.reindex();
    assert_eq!(s.check_index(), Ok(()));
}
