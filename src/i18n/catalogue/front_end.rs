//! The front end: what an undo took back, the spotlight screen.

// The entries of this part, handed on along the chain (see `mod.rs`).
macro_rules! front_end_texts {
    ($next:ident $($later:ident)* ; $($earlier:tt)*) => { $next! { $($later)* ; $($earlier)*
        // Front end.
        UndoneWhat => "Undone: {what}.", "Rückgängig gemacht: {what}.";
        RedoneWhat => "Redone: {what}.", "Wiederhergestellt: {what}.";
        StepTitle => "title changed", "Titel geändert";
        StepSettings => "session settings changed", "Einstellungen der Sitzung geändert";
        StepParticipantAdded => "participant added", "teilnehmende Person hinzugefügt";
        StepParticipantRemoved => "participant removed", "teilnehmende Person entfernt";
        StepParticipantChanged => "participant changed", "teilnehmende Person geändert";
        StepPhaseAdded => "phase added", "Phase hinzugefügt";
        StepPhaseRemoved => "phase removed", "Phase entfernt";
        StepPhaseChanged => "phase changed", "Phase geändert";
        StepPhaseMoved => "phase moved", "Phase verschoben";
        StepIdeaAdded => "idea added", "Idee hinzugefügt";
        StepIdeasAdded => "{n} ideas added", "{n} Ideen hinzugefügt";
        StepIdeaRemoved => "idea deleted", "Idee gelöscht";
        StepIdeaChanged => "idea changed", "Idee geändert";
        StepIdeasChanged => "{n} ideas changed", "{n} Ideen geändert";
        StepIdeaMoved => "idea moved", "Idee verschoben";
        StepClusterAdded => "cluster added", "Cluster angelegt";
        StepClusterRemoved => "cluster dissolved", "Cluster aufgelöst";
        StepClusterChanged => "cluster changed", "Cluster geändert";
        StepClusterMoved => "cluster moved", "Cluster verschoben";
        StepRoundAdded => "voting round opened", "Abstimmungsrunde eröffnet";
        StepRoundRemoved => "voting round removed", "Abstimmungsrunde entfernt";
        StepRoundChanged => "voting round changed", "Abstimmungsrunde geändert";
        StepActionAdded => "action added", "Maßnahme angelegt";
        StepActionRemoved => "action deleted", "Maßnahme gelöscht";
        StepActionChanged => "action changed", "Maßnahme geändert";
        StepCheckinAdded => "round opened", "Runde gestartet";
        StepCheckinRemoved => "round removed", "Runde entfernt";
        StepCheckinChanged => "round changed", "Runde geändert";
        ModeSpotlight => "Spotlight", "Großansicht";
        ActShowSpotlight => "Show the selection alone, as large as the screen allows", "Auswahl allein und so groß wie möglich zeigen";
        ShortSpotlight => "spotlight", "groß zeigen";
        SpotIdea => "Idea", "Idee";
        SpotCluster => "Cluster", "Cluster";
        SpotResult => "Voting result", "Abstimmungsergebnis";
        SpotAction => "Action", "Maßnahme";
        SpotGone => "This is no longer in the session.", "Das ist nicht mehr in der Sitzung.";
        SpotRank => "Rank {rank} · {dots}", "Platz {rank} · {dots}";
        SpotOwnerDue => "{owner} · by {due}", "{owner} · bis {due}";
        SpotMore => "↓ more", "↓ weiter";
    }};
}
