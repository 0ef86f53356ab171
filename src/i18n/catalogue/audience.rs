//! The audience view (`plenum present`).

// The entries of this part, handed on along the chain (see `mod.rs`).
macro_rules! audience_texts {
    ($next:ident $($later:ident)* ; $($earlier:tt)*) => { $next! { $($later)* ; $($earlier)*
        // Audience view.
        AudienceTurn => "{name}'s turn", "{name} ist an der Reihe";
        AudienceTurnSomeone => "The next person's turn", "Die nächste Person ist an der Reihe";
        AudiencePassKeyboard => "Please pass the keyboard on", "Bitte geben Sie die Tastatur weiter";
        AudienceVoted => "{n} have voted", "{n} haben abgestimmt";
        AudienceVotingRound => "Voting: {round}", "Abstimmung: {round}";
        AudienceResults => "Results: {round}", "Ergebnis: {round}";
        AudienceRank => "{dots} dots", "{dots} Punkte";
        AudienceAnswers => "{n} answers", "{n} Antworten";
        AudienceAverage => "average {mean}", "Durchschnitt {mean}";
        AudienceCovered => "{n} covered cards", "{n} verdeckte Karten";
        AudienceCoveredOne => "1 covered card", "1 verdeckte Karte";
        AudienceRankOne => "1 dot", "1 Punkt";
        AudienceNoIdeas => "No ideas yet", "Noch keine Ideen";
        AudienceWaiting => "Waiting for {file} …", "Warten auf {file} …";
        AudienceNoPhase => "The agenda has no phases yet", "Die Tagesordnung hat noch keine Phasen";
        AudiencePaused => "paused", "angehalten";
        AudienceAttached => "audience view on", "Publikumsansicht aktiv";
        AudienceLayoutCompact => "Room layout: compact", "Raumansicht: kompakt";
        AudienceLayoutLarge => "Room layout: large", "Raumansicht: groß";
        AudienceTheme => "Theme: {name}", "Farbschema: {name}";
        AudienceNoColour => "No colours: NO_COLOR is set", "Keine Farben: NO_COLOR ist gesetzt";
        AudienceJoin => "Join from your own terminal: {command} · code {code}", "Vom eigenen Terminal aus teilnehmen: {command} · Code {code}";
        AudienceHostKey => "host key {fingerprint}", "Host-Schlüssel {fingerprint}";
        ActNextTheme => "Next colour theme", "Nächstes Farbschema";
        ActRoomLayout => "Room layout: compact or large", "Raumansicht: kompakt oder groß";
    }};
}
