use super::*;
use jiff::Timestamp;

fn phase() -> PhaseId {
    PhaseId::from_u128(1)
}

/// A session whose first phase holds `texts` as unclustered ideas with ids
/// 100, 101, ...
fn session_with(language: Language, texts: &[&str]) -> Session {
    let mut session = Session::new("Retro", "retro", language, Timestamp::UNIX_EPOCH);
    for (index, id) in [phase(), PhaseId::from_u128(2)].into_iter().enumerate() {
        session.phases.push(Phase {
            id,
            title: format!("Phase {index}"),
            question: String::new(),
            timebox_minutes: 10,
            activities: vec![Activity::Capture, Activity::Cluster],
            seconds_used: 0,
            brainwriting: false,
        });
    }
    session.ideas = texts
        .iter()
        .enumerate()
        .map(|(i, text)| Idea {
            id: IdeaId::from_u128(100 + i as u128),
            phase: phase(),
            text: (*text).to_string(),
            authors: Vec::new(),
            cluster: None,
            hidden: false,
        })
        .collect();
    session
}

const MIXED: [&str; 7] = [
    "Jede Besprechung braucht eine Tagesordnung",
    "Tonqualität in Videokonferenzen verbessern",
    "No meeting without an agenda",
    "Die Kaffeemaschine reparieren",
    "Videokonferenzen brechen nachmittags ab",
    "Besprechungen pünktlich beginnen und beenden",
    "Video calls: cameras on at the start",
];

fn numbers(suggestion: &Suggestion) -> Vec<u128> {
    suggestion.ideas.iter().map(|id| id.0.as_u128() - 100).collect()
}

#[test]
fn groups_similar_ideas_across_languages_and_names_them() {
    let proposals = suggest(&session_with(Language::De, &MIXED), phase());
    let found: Vec<(&str, Vec<u128>)> = proposals.iter().map(|p| (p.name.as_str(), numbers(p))).collect();
    assert_eq!(
        found,
        [
            ("Besprechungen", vec![0, 2, 5]),
            ("Videokonferenzen", vec![1, 4, 6])
        ]
    );
}

#[test]
fn same_ideas_same_proposals() {
    let session = session_with(Language::De, &MIXED);
    assert_eq!(suggest(&session, phase()), suggest(&session, phase()));
    // Arrival order does not change which ideas go together.
    let mut reversed = MIXED;
    reversed.reverse();
    let groups = |texts: &[&str]| {
        let session = session_with(Language::De, texts);
        let mut groups: Vec<Vec<String>> = suggest(&session, phase())
            .iter()
            .map(|p| {
                let mut texts: Vec<String> = p
                    .ideas
                    .iter()
                    .filter_map(|id| session.idea(*id).map(|i| i.text.clone()))
                    .collect();
                texts.sort();
                texts
            })
            .collect();
        groups.sort();
        groups
    };
    assert_eq!(groups(&MIXED), groups(&reversed));
}

#[test]
fn names_come_from_the_ideas_words_in_the_session_language() {
    // Cards that share no word but a theme of the thesaurus, two German
    // and two English ones.
    let texts = [
        "Fortbildungen für alle",
        "Peer learning",
        "Mehr Schulungen",
        "Online training for everyone",
        "Kaffeemaschine reparieren",
    ];
    let german = suggest(&session_with(Language::De, &texts), phase());
    let english = suggest(&session_with(Language::En, &texts), phase());
    assert_eq!(german.len(), 1);
    assert_eq!(numbers(&german[0]), [0, 1, 2, 3]);
    // A word of a German card in a German session, of an English card in
    // an English one; never the thesaurus's own label for the theme.
    assert_eq!(german[0].name, "Fortbildungen");
    assert_eq!(english[0].name, "Learning");
    // With no card in the session's language, the words of the others.
    let only_german = [
        "Fortbildungen für alle",
        "Mehr Schulungen für die Ämter",
        "Kaffeemaschine reparieren",
    ];
    let named = suggest(&session_with(Language::En, &only_german), phase());
    assert_eq!(named[0].name, "Fortbildungen");
}

#[test]
fn every_word_of_a_name_is_in_one_of_its_ideas() {
    let mut texts: Vec<&str> = MIXED.to_vec();
    texts.extend([
        "Fortbildungen für alle",
        "Mehr Schulungen",
        "Seminare zum Zeitmanagement",
        "Laptops für alle Azubis",
        "Bessere Bildschirme und Headsets",
        "Neue Drucker im zweiten Stock",
    ]);
    for language in [Language::De, Language::En] {
        let session = session_with(language, &texts);
        let proposals = suggest(&session, phase());
        assert!(proposals.len() >= 3, "{proposals:?}");
        for proposal in proposals {
            let ideas: Vec<String> = proposal
                .ideas
                .iter()
                .filter_map(|id| session.idea(*id).map(|idea| idea.text.to_lowercase()))
                .collect();
            for word in proposal.name.split(", ") {
                let word = word.to_lowercase();
                assert!(
                    ideas.iter().any(|text| text.contains(&word)),
                    "{word:?} of {:?} is in none of {ideas:?}",
                    proposal.name
                );
            }
        }
    }
}

#[test]
fn only_unclustered_uncovered_ideas_of_the_phase() {
    let mut session = session_with(Language::De, &MIXED);
    session.clusters.push(Cluster {
        id: ClusterId::from_u128(7),
        phase: phase(),
        title: "Technik".into(),
    });
    session.ideas[1].cluster = Some(ClusterId::from_u128(7));
    session.ideas[5].hidden = true;
    session.ideas[6].phase = PhaseId::from_u128(2);
    let proposals = suggest(&session, phase());
    let suggested: Vec<u128> = proposals.iter().flat_map(numbers).collect();
    assert!(!suggested.contains(&1), "clustered");
    assert!(!suggested.contains(&5), "covered");
    assert!(!suggested.contains(&6), "other phase");
    assert_eq!(proposals.iter().map(numbers).collect::<Vec<_>>(), [vec![0, 2]]);
}

#[test]
fn strays_and_tiny_phases_get_no_proposal() {
    let proposals = suggest(&session_with(Language::De, &MIXED), phase());
    assert!(
        proposals.iter().all(|p| !numbers(p).contains(&3)),
        "the coffee machine stays alone"
    );
    assert!(suggest(&session_with(Language::De, &["Nur eine Idee"]), phase()).is_empty());
    assert!(suggest(&session_with(Language::De, &[]), phase()).is_empty());
    let unrelated = ["Kaffeemaschine reparieren", "Fahrradständer am Eingang"];
    assert!(suggest(&session_with(Language::De, &unrelated), phase()).is_empty());
}

#[test]
fn accepted_suggestions_become_clusters_in_one_undo_step() {
    let mut session = session_with(Language::De, &MIXED);
    session.clusters.push(Cluster {
        id: ClusterId::from_u128(7),
        phase: phase(),
        title: "Schon da".into(),
    });
    let before = session.clone();
    let mut proposals = suggest(&session, phase());
    proposals[1].name = "Technik im Call".into();
    let mut ids = (10..).map(ClusterId::from_u128);
    let command = apply_suggestions(&session, phase(), &proposals, || ids.next().expect("endless"))
        .expect("valid suggestions");
    let inverse = session.apply(command).expect("applies");
    let titles: Vec<&str> = session.clusters.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["Schon da", "Besprechungen", "Technik im Call"]);
    let first = session.clusters[1].id;
    assert_eq!(first, ClusterId::from_u128(10));
    let members: Vec<u128> = session
        .ideas_of_cluster(first)
        .map(|i| i.id.0.as_u128() - 100)
        .collect();
    assert_eq!(members, [0, 2, 5]);
    session.validate().expect("consistent");
    session.apply(inverse).expect("undo applies");
    assert_eq!(session, before);
}

#[test]
fn apply_suggestions_refuses_overlaps_and_nothing() {
    let session = session_with(Language::De, &MIXED);
    let ids = |n: u128| IdeaId::from_u128(100 + n);
    let overlapping = [
        Suggestion {
            name: "A".into(),
            ideas: vec![ids(0), ids(1)],
        },
        Suggestion {
            name: "B".into(),
            ideas: vec![ids(1), ids(2)],
        },
    ];
    let mut next = (10..).map(ClusterId::from_u128);
    let mut new_id = || next.next().expect("endless");
    assert!(matches!(
        apply_suggestions(&session, phase(), &overlapping, &mut new_id),
        Err(DomainError::Refused(
            crate::core::Refusal::IdeaInTwoSuggestions { .. }
        ))
    ));
    assert!(apply_suggestions(&session, phase(), &[], &mut new_id).is_err());
    let elsewhere = [Suggestion {
        name: "C".into(),
        ideas: vec![ids(0)],
    }];
    assert!(apply_suggestions(&session, PhaseId::from_u128(2), &elsewhere, &mut new_id).is_err());
}
