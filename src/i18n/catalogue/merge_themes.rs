//! The merge driver for session files, and colour themes.

// The entries of this part, handed on along the chain (see `mod.rs`).
macro_rules! merge_themes_texts {
    ($next:ident $($later:ident)* ; $($earlier:tt)*) => { $next! { $($later)* ; $($earlier)*
        // Merge driver and themes.
        MergeConflicts => "{name}: merged with {count} conflict(s); settle them in plenum, then `git add` the file",
            "{name}: zusammengeführt mit {count} Konflikt(en); bitte in plenum klären und die Datei dann mit `git add` übernehmen";
        MergeRefused => "{name}: not merged, the file is left as it is: {detail}",
            "{name}: nicht zusammengeführt, die Datei bleibt unverändert: {detail}";
        MergeDifferentSessions => "the two versions are different sessions", "die beiden Fassungen sind verschiedene Sitzungen";
        MergeInconsistent => "the merged session would be inconsistent ({detail})",
            "die zusammengeführte Sitzung wäre widersprüchlich ({detail})";
        MergeOursEmpty => "{path} is empty", "{path} ist leer";
        MergeIdeaText => "idea changed on both sides; both texts are kept, theirs as a new idea right after ours:\n    ours:   {ours}\n    theirs: {theirs}",
            "Idee auf beiden Seiten geändert; beide Texte bleiben erhalten, der andere als neue Idee direkt danach:\n    unsere:  {ours}\n    andere:  {theirs}";
        MergeActionText => "action changed on both sides; both texts are kept, theirs as a new action right after ours:\n    ours:   {ours}\n    theirs: {theirs}",
            "Maßnahme auf beiden Seiten geändert; beide Texte bleiben erhalten, der andere als neue Maßnahme direkt danach:\n    unsere:  {ours}\n    andere:  {theirs}";
        MergeBothChanged => "{kind} “{label}”: {fields} changed on both sides; ours is kept",
            "{kind} „{label}“: {fields} auf beiden Seiten geändert; unsere Fassung bleibt";
        MergeEditedDeleted => "{kind} “{label}”: changed on one side, deleted on the other; the changed one is kept",
            "{kind} „{label}“: auf einer Seite geändert, auf der anderen gelöscht; die geänderte Fassung bleibt";
        MergeStillUsed => "{kind} “{label}”: deleted on one side but still used on the other; it is kept",
            "{kind} „{label}“: auf einer Seite gelöscht, auf der anderen aber noch verwendet; bleibt erhalten";
        MergeBallotChanged => "voting round “{round}”: the ballot of {participant} differs between the sides; ours counts (once)",
            "Abstimmungsrunde „{round}“: Der Stimmzettel von {participant} unterscheidet sich zwischen den Seiten; unserer zählt (einmal)";
        MergeVotesNotMerged => "voting round “{round}”: the other side's votes cannot be added without counting someone twice; ours are kept, {count} people of the other side can vote again",
            "Abstimmungsrunde „{round}“: Die Stimmen der anderen Seite lassen sich nicht hinzufügen, ohne jemanden doppelt zu zählen; unsere bleiben, {count} Personen der anderen Seite können erneut abstimmen";
        MergeAnswersNotMerged => "check-in “{question}”: the answers of both sides cannot be added up (counts set by hand, or one person on both sides); ours are kept, {count} people of the other side can answer again",
            "Stimmungsbild „{question}“: Die Antworten beider Seiten lassen sich nicht zusammenzählen (von Hand gesetzt oder eine Person auf beiden Seiten); unsere bleiben, {count} Personen der anderen Seite können erneut antworten";
        MergeMadeAnonymous => "the session is anonymous on one side: {authors} idea author(s) and {ballots} per-person ballot(s) of the other side were removed; the tallies are kept",
            "Die Sitzung ist auf einer Seite anonym: {authors} Angabe(n) zur Urheberschaft und {ballots} personenbezogene Stimmzettel der anderen Seite wurden entfernt; die Auszählung bleibt";
        MergeLeftCluster => "idea “{idea}”: moved to another phase on one side and into a cluster on the other; it is now in no cluster",
            "Idee „{idea}“: auf einer Seite in eine andere Phase verschoben, auf der anderen einem Cluster zugeordnet; sie ist jetzt in keinem Cluster";
        MergeSameName => "participant “{name}” was added on both sides; both entries are kept (remove one in plenum if they are the same person)",
            "„{name}“ wurde auf beiden Seiten als teilnehmende Person hinzugefügt; beide Einträge bleiben (bitte einen in plenum entfernen, wenn es dieselbe Person ist)";
        MergeKindSession => "Session", "Sitzung";
        MergeKindParticipant => "Participant", "Teilnehmende Person";
        MergeKindPhase => "Phase", "Phase";
        MergeKindIdea => "Idea", "Idee";
        MergeKindCluster => "Cluster", "Cluster";
        MergeKindRound => "Voting round", "Abstimmungsrunde";
        MergeKindAction => "Action", "Maßnahme";
        MergeKindCheckin => "Check-in", "Stimmungsbild";
        MergeFieldTitle => "title", "Titel";
        MergeFieldMethod => "method", "Methode";
        MergeFieldLanguage => "language", "Sprache";
        MergeFieldFacilitator => "facilitator", "Moderation";
        MergeFieldContinues => "earlier session", "vorherige Sitzung";
        MergeFieldName => "name", "Name";
        MergeFieldColour => "colour", "Farbe";
        MergeFieldQuestion => "question", "Leitfrage";
        MergeFieldTimebox => "timebox", "Zeitrahmen";
        MergeFieldActivities => "activities", "Aktivitäten";
        MergeFieldPhase => "agenda phase", "Phase";
        MergeFieldCluster => "cluster membership", "Clusterzuordnung";
        MergeFieldHidden => "covered", "verdeckt";
        MergeFieldOwner => "owner", "Verantwortlich";
        MergeFieldDue => "due date", "Fälligkeit";
        MergeFieldStatus => "status", "Status";
        MergeFieldNote => "note", "Notiz";
        MergeFieldSource => "origin", "Herkunft";
        MergeFieldBudget => "dots", "Punkte";
        MergeFieldRevote => "revoting", "erneute Abstimmung";
        MergeFieldRunoff => "run-off", "Stichwahl";
        MergeFieldOther => "a setting", "eine Einstellung";
    }};
}
