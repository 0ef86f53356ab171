//! Why a change was refused, in the user's language: one sentence for every
//! [`DomainError`] and every [`Refusal`] of the core.

use super::{Msg, fill, tr};
use crate::core::{DomainError, Language, Refusal};

/// A refused change in a sentence of `lang`.
pub fn describe_refusal(lang: Language, error: &DomainError) -> String {
    match error {
        DomainError::EmptyText => tr(lang, Msg::EmptyText).to_string(),
        DomainError::TextTooLong { chars, max } => {
            fill(lang, Msg::TextTooLong, &[("chars", chars), ("max", max)])
        }
        DomainError::NotFound { kind, id } => fill(
            lang,
            Msg::RefusedNotFound,
            &[("kind", &kind_name(lang, kind)), ("id", id)],
        ),
        DomainError::DuplicateId { kind, id } => fill(
            lang,
            Msg::RefusedDuplicateId,
            &[("kind", &kind_name(lang, kind)), ("id", id)],
        ),
        DomainError::DuplicateName(name) => fill(lang, Msg::RefusedDuplicateName, &[("name", name)]),
        DomainError::NoSuchPhaseIndex(n, total) => {
            fill(lang, Msg::RefusedNoSuchPhase, &[("n", n), ("total", total)])
        }
        DomainError::Refused(refusal) => describe(lang, refusal),
        DomainError::Invalid(detail) => fill(lang, Msg::RefusedInconsistent, &[("detail", detail)]),
        DomainError::EmptyBatch => tr(lang, Msg::RefusedEmptyBatch).to_string(),
    }
}

/// The name of a kind of entity as the core names it (`"voting round"`).
fn kind_name(lang: Language, kind: &str) -> String {
    let msg = match kind {
        "participant" => Msg::KindParticipant,
        "phase" => Msg::KindPhase,
        "idea" => Msg::KindIdea,
        "cluster" => Msg::KindCluster,
        "voting round" => Msg::KindRound,
        "action" => Msg::KindAction,
        "check-in" => Msg::KindCheckin,
        other => return other.to_string(),
    };
    tr(lang, msg).to_string()
}

fn describe(lang: Language, refusal: &Refusal) -> String {
    use Refusal::*;
    let plain = |msg: Msg| tr(lang, msg).to_string();
    match refusal {
        AuthorsNamed => plain(Msg::RefusedAuthorsNamed),
        BallotsStored => plain(Msg::RefusedBallotsStored),
        VotesCastSecretly => plain(Msg::RefusedVotesCastSecretly),
        AnonymousAuthors => plain(Msg::RefusedAnonymousAuthors),
        ClusterOfAnotherPhase => plain(Msg::RefusedClusterOfAnotherPhase),
        IdeasOfDifferentPhases => plain(Msg::RefusedIdeasOfDifferentPhases),
        ClusterMergedWithItself => plain(Msg::RefusedClusterMergedWithItself),
        ClustersOfDifferentPhases => plain(Msg::RefusedClustersOfDifferentPhases),
        IdeaMergedWithItself => plain(Msg::RefusedIdeaMergedWithItself),
        IdeasOfDifferentPhasesMerged => plain(Msg::RefusedIdeasOfDifferentPhasesMerged),
        IdeaInTwoSuggestions { idea } => fill(lang, Msg::RefusedIdeaInTwoSuggestions, &[("idea", idea)]),
        NoSuggestion => plain(Msg::RefusedNoSuggestion),
        IdeaIsVoteOption => plain(Msg::IdeaInVote),
        VotedIdeaMerged => plain(Msg::IdeaInVoteMerge),
        ClusterIsVoteOption => plain(Msg::ClusterInVoteDissolve),
        VotedClusterMerged => plain(Msg::ClusterInVote),
        ClusterHoldsIdeas => plain(Msg::RefusedClusterHoldsIdeas),
        ClusterHasActions => plain(Msg::ClusterHasActions),
        RoundHasActions => plain(Msg::RefusedRoundHasActions),
        ParticipantIsAuthor => plain(Msg::RefusedParticipantIsAuthor),
        ParticipantHasVoted => plain(Msg::RefusedParticipantHasVoted),
        ParticipantAnswered => plain(Msg::RefusedParticipantAnswered),
        PhaseHoldsIdeas => plain(Msg::RefusedPhaseHoldsIdeas),
        PhaseHoldsClusters => plain(Msg::RefusedPhaseHoldsClusters),
        PhaseHoldsRounds => plain(Msg::RefusedPhaseHoldsRounds),
        PhaseHoldsCheckins => plain(Msg::RefusedPhaseHoldsCheckins),
        BallotWrongLength { found, options } => fill(
            lang,
            Msg::RefusedBallotWrongLength,
            &[("found", found), ("options", options)],
        ),
        BallotOverBudget { placed, budget } => fill(
            lang,
            Msg::RefusedBallotOverBudget,
            &[("placed", placed), ("budget", budget)],
        ),
        BallotOverCap { cap } => fill(lang, Msg::RefusedBallotOverCap, &[("cap", cap)]),
        CheckinRevealed => plain(Msg::RefusedCheckinRevealed),
        AlreadyAnswered { name } => fill(lang, Msg::RefusedAlreadyAnswered, &[("name", name)]),
        AnswerOffScale { answer, low, high } => fill(
            lang,
            Msg::RefusedAnswerOffScale,
            &[("answer", answer), ("low", low), ("high", high)],
        ),
        WrongCountOfAnswers { answers, counts } => fill(
            lang,
            Msg::RefusedWrongCountOfAnswers,
            &[("answers", answers), ("counts", counts)],
        ),
        CountsBelowRespondents { respondents, total } => fill(
            lang,
            Msg::RefusedCountsBelowRespondents,
            &[("respondents", respondents), ("total", total)],
        ),
        OptionNotInRound { round } => fill(lang, Msg::RefusedOptionNotInRound, &[("round", round)]),
        NotADate { input } => fill(lang, Msg::RefusedNotADate, &[("input", input)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    /// Every refusal of the core with sample values, and the other errors.
    fn every_error() -> Vec<DomainError> {
        let mut errors: Vec<DomainError> = Refusal::iter().map(DomainError::Refused).collect();
        errors.extend([
            DomainError::EmptyText,
            DomainError::TextTooLong { chars: 9, max: 8 },
            DomainError::NotFound {
                kind: "voting round",
                id: "42".into(),
            },
            DomainError::DuplicateId {
                kind: "check-in",
                id: "42".into(),
            },
            DomainError::DuplicateName("Anna".into()),
            DomainError::NoSuchPhaseIndex(7, 3),
            DomainError::EmptyBatch,
        ]);
        errors
    }

    #[test]
    fn every_refusal_has_its_own_sentence_in_english_and_german() {
        let errors = every_error();
        assert!(errors.len() > 40, "only {} refusals listed", errors.len());
        let mut seen = std::collections::HashMap::new();
        for error in &errors {
            let english = describe_refusal(Language::En, error);
            let german = describe_refusal(Language::De, error);
            for text in [&english, &german] {
                assert!(!text.trim().is_empty(), "{error:?} has no sentence");
                assert!(
                    !text.contains('{'),
                    "{error:?}: a placeholder is left in {text:?}"
                );
            }
            assert_ne!(english, german, "{error:?} reads the same in both languages");
            assert_ne!(
                german,
                error.to_string(),
                "{error:?}: the German is the core's English"
            );
            // Only refusals with data (ballot sizes, names) may share a wording.
            if let Some(other) = seen.insert(german.clone(), format!("{error:?}")) {
                panic!("{error:?} and {other} share the sentence {german:?}");
            }
        }
    }

    #[test]
    fn kinds_of_entities_are_named_in_the_language() {
        let error = DomainError::NotFound {
            kind: "voting round",
            id: "7".into(),
        };
        assert_eq!(
            describe_refusal(Language::De, &error),
            "Abstimmungsrunde nicht gefunden (Kennung 7)."
        );
        assert_eq!(
            describe_refusal(Language::En, &error),
            "Voting round not found (id 7)."
        );
    }
}
