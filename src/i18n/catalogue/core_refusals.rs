//! The core's refusals: why a change was not made.

// The entries of this part, handed on along the chain (see `mod.rs`).
macro_rules! core_refusals_texts {
    ($next:ident $($later:ident)* ; $($earlier:tt)*) => { $next! { $($later)* ; $($earlier)*
        // Core refusals.
        RefusedNotFound => "{kind} not found (id {id}).", "{kind} nicht gefunden (Kennung {id}).";
        RefusedDuplicateId => "The id {id} ({kind}) is already taken.", "Die Kennung {id} ({kind}) ist bereits vergeben.";
        RefusedDuplicateName => "The name “{name}” is already taken.", "Der Name „{name}“ ist bereits vergeben.";
        RefusedNoSuchPhase => "There is no phase {n}; the agenda has {total}.",
            "Eine Phase {n} gibt es nicht; der Ablauf hat {total}.";
        RefusedInconsistent => "The session breaks a rule of plenum: {detail}",
            "Die Sitzung verstößt gegen eine Regel von plenum: {detail}";
        RefusedEmptyBatch => "There was nothing to change.", "Es gab nichts zu ändern.";
        KindParticipant => "Participant", "Teilnehmende Person";
        KindPhase => "Phase", "Phase";
        KindIdea => "Idea", "Idee";
        KindCluster => "Cluster", "Cluster";
        KindRound => "Voting round", "Abstimmungsrunde";
        KindAction => "Action", "Maßnahme";
        KindCheckin => "Check-in", "Stimmungsbild";
        RefusedAuthorsNamed => "Ideas already carry names. Remove the names before making the session anonymous.",
            "Ideen sind bereits mit Namen versehen. Entfernen Sie die Namen, bevor Sie die Sitzung anonym schalten.";
        RefusedBallotsStored => "Ballots are already stored per person; a session can only become anonymous before voting.",
            "Stimmzettel sind bereits personenbezogen gespeichert; eine Sitzung kann nur vor der Abstimmung anonym werden.";
        RefusedVotesCastSecretly => "Votes were cast secretly, so the session has to stay anonymous.",
            "Es wurde bereits geheim abgestimmt; die Sitzung muss deshalb anonym bleiben.";
        RefusedAnonymousAuthors => "The session is anonymous: ideas carry no names.",
            "Die Sitzung ist anonym: Ideen werden ohne Namen erfasst.";
        RefusedClusterOfAnotherPhase => "An idea can only join a cluster of its own phase.",
            "Eine Idee kann nur einem Cluster ihrer eigenen Phase zugeordnet werden.";
        RefusedIdeasOfDifferentPhases => "Ideas of different phases cannot be moved together.",
            "Ideen aus verschiedenen Phasen lassen sich nicht gemeinsam verschieben.";
        RefusedClusterMergedWithItself => "A cluster cannot be merged with itself.",
            "Ein Cluster lässt sich nicht mit sich selbst zusammenführen.";
        RefusedClustersOfDifferentPhases => "Only clusters of the same phase can be merged.",
            "Nur Cluster derselben Phase lassen sich zusammenführen.";
        RefusedIdeaMergedWithItself => "An idea cannot be merged with itself.",
            "Eine Idee lässt sich nicht mit sich selbst zusammenführen.";
        RefusedIdeasOfDifferentPhasesMerged => "Only ideas of the same phase can be merged.",
            "Nur Ideen derselben Phase lassen sich zusammenführen.";
        RefusedIdeaInTwoSuggestions => "The idea “{idea}” is in more than one accepted suggestion.",
            "Die Idee „{idea}“ steht in mehr als einem übernommenen Vorschlag.";
        RefusedNoSuggestion => "There is no suggestion to apply.", "Es gibt keinen Vorschlag zu übernehmen.";
        RefusedClusterHoldsIdeas => "The cluster still holds ideas.", "Der Cluster enthält noch Ideen.";
        RefusedRoundHasActions => "An action comes from this voting round, so it stays.",
            "Aus dieser Abstimmungsrunde stammt eine Maßnahme; sie bleibt deshalb bestehen.";
        RefusedParticipantIsAuthor => "Ideas carry this person’s name, so they stay on the list.",
            "Ideen tragen den Namen dieser Person; sie bleibt deshalb auf der Liste.";
        RefusedParticipantHasVoted => "This person has voted, so they stay on the list.",
            "Diese Person hat abgestimmt und bleibt deshalb auf der Liste.";
        RefusedParticipantAnswered => "This person answered a check-in, so they stay on the list.",
            "Diese Person hat an einem Stimmungsbild teilgenommen und bleibt deshalb auf der Liste.";
        RefusedPhaseHoldsIdeas => "The phase holds ideas; only an empty phase can be removed.",
            "Die Phase enthält Ideen; nur eine leere Phase lässt sich entfernen.";
        RefusedPhaseHoldsClusters => "The phase holds clusters; only an empty phase can be removed.",
            "Die Phase enthält Cluster; nur eine leere Phase lässt sich entfernen.";
        RefusedPhaseHoldsRounds => "The phase holds voting rounds; only an empty phase can be removed.",
            "Die Phase enthält Abstimmungsrunden; nur eine leere Phase lässt sich entfernen.";
        RefusedPhaseHoldsCheckins => "The phase holds check-ins; only an empty phase can be removed.",
            "Die Phase enthält Stimmungsbilder; nur eine leere Phase lässt sich entfernen.";
        RefusedBallotWrongLength => "The ballot has {found} entries for {options} options.",
            "Der Stimmzettel hat {found} Einträge für {options} Optionen.";
        RefusedBallotOverBudget => "The ballot places {placed} dots; each voter has {budget}.",
            "Der Stimmzettel vergibt {placed} Punkte; jede Person hat {budget}.";
        RefusedBallotOverCap => "At most {cap} dots may go on one option.",
            "Auf eine Option dürfen höchstens {cap} Punkte entfallen.";
        RefusedCheckinRevealed => "The results are revealed; a late answer would no longer be secret.",
            "Das Ergebnis ist aufgedeckt; eine späte Antwort wäre nicht mehr geheim.";
        RefusedAlreadyAnswered => "{name} has answered already.", "{name} hat bereits geantwortet.";
        RefusedAnswerOffScale => "{answer} is not on the scale from {low} to {high}.",
            "{answer} liegt nicht auf der Skala von {low} bis {high}.";
        RefusedWrongCountOfAnswers => "The scale has {answers} answers, but {counts} counts were given.",
            "Die Skala hat {answers} Antworten, angegeben wurden aber {counts} Zahlen.";
        RefusedCountsBelowRespondents => "{respondents} people answered on the keyboard; the counts add up to only {total}.",
            "{respondents} Personen haben an der Tastatur geantwortet; die Zahlen ergeben zusammen nur {total}.";
        RefusedOptionNotInRound => "The option is not part of the voting round “{round}”.",
            "Die Option gehört nicht zur Abstimmungsrunde „{round}“.";
        RefusedNotADate => "“{input}” is not a date; write 2026-12-31, 31.12.2026 or +7 (days from today).",
            "„{input}“ ist kein Datum; schreiben Sie 31.12.2026, 2026-12-31 oder +7 (Tage ab heute).";
    }};
}
