//! Suggested clusters under review: nothing changes until the review ends,
//! then what was accepted applies as one undo step.

use super::*;

/// A phase whose unclustered ideas fall into two obvious groups.
fn suggestible() -> Session {
    let mut session = workshop();
    session.clusters.clear();
    let phase = session.phases[0].id;
    let texts = [
        "Die Mitarbeiter-App braucht eine Suche",
        "E-Akte ist langsam",
        "Telefonbuch in der Mitarbeiter-App",
        "Schulung zur E-Akte für alle",
        "Dienstpläne über die Mitarbeiter-App tauschen",
        "Die E-Akte findet Dokumente nicht",
    ];
    session.ideas = texts
        .iter()
        .enumerate()
        .map(|(n, text)| Idea {
            id: idea_id(n as u128 + 1),
            phase,
            text: (*text).to_string(),
            authors: Vec::new(),
            cluster: None,
            hidden: false,
        })
        .collect();
    session
}

#[test]
fn suggestions_change_nothing_until_the_review_ends_then_apply_as_one_step() {
    let mut board = board(suggestible());
    let before = board.session.clone();
    act(&mut board, Action::SuggestClusters);
    assert_eq!(state(&board).mode(), Mode::Suggest);
    let review = state(&board).review.clone().expect("a review");
    assert!(review.proposals.len() >= 2, "{:?}", review.proposals);
    let first = review.proposals[0].ideas.len();
    assert!(first >= 2);

    // Take one idea out of the first, rename it, accept it.
    act(&mut board, Action::SelectNext);
    act(&mut board, Action::ToggleSuggestedIdea);
    act(&mut board, Action::RenameSuggestion);
    assert_eq!(state(&board).mode(), Mode::ClusterName);
    act(&mut board, Action::ClearInput);
    type_name(&mut board, "Unsere App");
    act(&mut board, Action::SubmitInput);
    assert_eq!(state(&board).mode(), Mode::Suggest, "back to the review");
    act(&mut board, Action::AcceptSuggestion);
    assert_eq!(
        state(&board).review.as_ref().map(|r| r.current),
        Some(1),
        "on to the next"
    );
    assert_eq!(board.session, before, "nothing changed yet");

    // Reject the rest; the last decision ends the review.
    while state(&board).review.is_some() {
        act(&mut board, Action::RejectSuggestion);
    }
    assert_eq!(state(&board).mode(), Mode::Cluster);
    assert_eq!(board.session.clusters.len(), 1);
    assert_eq!(board.session.clusters[0].title, "Unsere App");
    let columns = columns(&board);
    assert_eq!(
        columns[1].1.len(),
        first - 1,
        "the idea taken out stays unclustered"
    );
    assert!(board.undo(T0).msg() == Some(Msg::UndoneWhat));
    assert_eq!(board.session.clusters, before.clusters);
    assert_eq!(board.session.ideas, before.ideas);
}

#[test]
fn an_emptied_suggestion_cannot_be_accepted_and_finishing_early_keeps_the_accepted() {
    let mut board = board(suggestible());
    act(&mut board, Action::SuggestClusters);
    let count = state(&board)
        .review
        .as_ref()
        .map_or(0, |r| r.proposals[0].ideas.len());
    for _ in 0..count {
        act(&mut board, Action::ToggleSuggestedIdea);
        act(&mut board, Action::SelectNext);
    }
    let outcome = act(&mut board, Action::AcceptSuggestion);
    assert!(warned(&outcome, Msg::SuggestionEmpty));
    act(&mut board, Action::FocusNextCluster);
    act(&mut board, Action::AcceptSuggestion);
    let outcome = act(&mut board, Action::FinishSuggestions);
    assert!(said(&outcome, Msg::SuggestionApplied), "{:?}", outcome);
    assert_eq!(board.session.clusters.len(), 1);
}

#[test]
fn a_review_with_nothing_accepted_changes_nothing() {
    let mut board = board(suggestible());
    let before = board.session.clone();
    act(&mut board, Action::SuggestClusters);
    act(&mut board, Action::ToggleSuggestedIdea);
    act(&mut board, Action::RenameSuggestion);
    type_name(&mut board, " neu");
    act(&mut board, Action::SubmitInput);
    let outcome = act(&mut board, Action::FinishSuggestions);
    assert!(said(&outcome, Msg::NoSuggestionAccepted), "{:?}", outcome);
    assert_eq!(state(&board).mode(), Mode::Cluster);
    assert_eq!(board.session, before);
    assert!(!board.can_undo());
}

#[test]
fn quitting_during_a_review_keeps_what_was_accepted() {
    let mut board = board(suggestible());
    act(&mut board, Action::SuggestClusters);
    act(&mut board, Action::AcceptSuggestion);
    let outcome = act(&mut board, Action::Quit);
    assert!(matches!(&outcome, Outcome::Many(all) if all.last() == Some(&Outcome::Pass(Action::Quit))));
    assert_eq!(board.session.clusters.len(), 1);
}

#[test]
fn too_few_ideas_give_no_suggestions_and_say_why() {
    let mut session = workshop();
    session
        .ideas
        .retain(|i| i.cluster.is_some() || i.id == idea_id(1));
    let mut board = board(session);
    let outcome = act(&mut board, Action::SuggestClusters);
    assert!(said(&outcome, Msg::NoSuggestionsFew));
    assert_eq!(state(&board).mode(), Mode::Cluster);
}
