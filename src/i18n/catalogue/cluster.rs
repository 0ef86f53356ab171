//! Cluster mode and clustering suggestions.

// The entries of this part, handed on along the chain (see `mod.rs`).
macro_rules! cluster_texts {
    ($next:ident $($later:ident)* ; $($earlier:tt)*) => { $next! { $($later)* ; $($earlier)*
        // Cluster mode and suggestions.
        ModeCluster => "Clustering", "Clustern";
        ModeClusterPick => "Choose a cluster", "Cluster wählen";
        ModeClusterName => "Naming", "Benennen";
        ModeSuggest => "Suggestions", "Vorschläge";
        ClusterBoard => "Clusters", "Cluster";
        ClusterEmpty => "(empty)", "(leer)";
        MoreAbove => "↑ {n} more", "↑ {n} weitere";
        MoreBelow => "↓ {n} more", "↓ {n} weitere";
        MarkedCount => "{n} marked", "{n} markiert";
        SelectedIdea => "Selected idea", "Ausgewählte Idee";
        EmptyClusterHint => "This cluster is empty.", "Dieser Cluster ist leer.";
        PickMoveTitle => "Move to which cluster?", "In welchen Cluster verschieben?";
        PickMergeTitle => "Merge “{name}” into which cluster?", "„{name}“ mit welchem Cluster zusammenführen?";
        NameNewCluster => "Name of the new cluster", "Name für den neuen Cluster";
        NameRenameCluster => "New name for “{name}”", "Neuer Name für „{name}“";
        NameSuggestion => "Name of the suggestion", "Name des Vorschlags";
        SuggestionsTitle => "Cluster suggestions", "Cluster-Vorschläge";
        SuggestionOf => "Suggestion {n} of {total}", "Vorschlag {n} von {total}";
        SuggestionOpen => "open", "offen";
        SuggestionAccepted => "accepted", "angenommen";
        SuggestionRejected => "rejected", "abgelehnt";
        SuggestionKept => "{kept} of {total} ideas", "{kept} von {total} Ideen";
        SuggestionRemoved => "removed", "entfernt";
        SuggestionsNote => "Nothing changes until you accept. {key} applies the accepted ones.",
            "Nichts ändert sich, bis Sie annehmen. {key} übernimmt die angenommenen.";
        Quoted => "“{text}”", "„{text}“";
        AllClustered => "Every idea is in a cluster.", "Alle Ideen sind in Clustern.";
        NoIdeasToCluster => "There are no ideas in this phase to cluster.", "In dieser Phase gibt es keine Ideen zum Clustern.";
        NoIdeaChosen => "No idea here: go to one, or mark some with {key}.",
            "Keine Idee gewählt: mit {key} markieren oder auf eine gehen.";
        NoClusterFocused => "Move to a cluster first.", "Gehen Sie zuerst auf einen Cluster.";
        NoOtherCluster => "There is no other cluster to merge with.", "Es gibt keinen anderen Cluster zum Zusammenführen.";
        ClusterNameEmpty => "A cluster needs a name.", "Ein Cluster braucht einen Namen.";
        MovedTo => "Moved to “{cluster}”.", "Verschoben nach „{cluster}“.";
        AlreadyIn => "Already in “{cluster}”.", "Schon in „{cluster}“.";
        ClusterCreated => "New cluster “{name}”.", "Neuer Cluster „{name}“.";
        ClusterRenamed => "Renamed to “{name}”.", "Umbenannt in „{name}“.";
        ClustersMerged => "“{from}” merged into “{into}” ({key} undoes).",
            "„{from}“ mit „{into}“ zusammengeführt (rückgängig mit {key}).";
        ClusterDissolved => "“{name}” dissolved ({key} undoes).", "„{name}“ aufgelöst (rückgängig mit {key}).";
        IdeasMerged => "Merged into one card ({key} undoes).", "Zu einer Karte zusammengeführt (rückgängig mit {key}).";
        MergeNeedsMarks => "Duplicates: mark them with {mark}, go to the one to keep, press {merge}.",
            "Dubletten mit {mark} markieren, auf die bleibende gehen, {merge} drücken.";
        ClusterInVote => "The cluster is up for a vote; it cannot be merged now.",
            "Cluster steht zur Wahl; Zusammenführen geht nicht mehr.";
        ClusterInVoteDissolve => "The cluster is up for a vote; it cannot be dissolved now.",
            "Cluster steht zur Wahl; Auflösen geht nicht mehr.";
        ClusterHasActions => "An action comes from this cluster; merge it instead.",
            "Aus dem Cluster stammt eine Maßnahme: besser zusammenführen.";
        IdeaInVoteMerge => "An idea up for a vote cannot be merged.",
            "Ideen, die zur Wahl stehen, lassen sich nicht zusammenführen.";
        NoSuggestionsFew => "Suggestions need two or more visible unclustered ideas.",
            "Vorschläge brauchen zwei sichtbare Ideen ohne Cluster.";
        NoSuggestions => "No suggestions: these ideas have too little in common.",
            "Keine Vorschläge: Die Ideen haben zu wenig gemeinsam.";
        SuggestionEmpty => "Every idea was removed from this suggestion: reject it, or bring one back with {key}.",
            "Alle Ideen wurden aus diesem Vorschlag entfernt: Lehnen Sie ihn ab oder holen Sie eine mit {key} zurück.";
        SuggestionsApplied => "{n} clusters created from the suggestions ({key} undoes).",
            "{n} Cluster aus Vorschlägen angelegt (rückgängig mit {key}).";
        SuggestionApplied => "One cluster created from the suggestions ({key} undoes).",
            "Ein Cluster aus Vorschlägen angelegt (rückgängig mit {key}).";
        NoSuggestionAccepted => "No suggestion accepted; nothing changed.", "Kein Vorschlag angenommen; nichts geändert.";
        ActEnterCluster => "Cluster the ideas", "Ideen clustern";
        ActLeaveCluster => "Clear the marks, or leave cluster mode", "Markierungen aufheben oder Clustern beenden";
        ActNextCluster => "Next cluster", "Nächster Cluster";
        ActPreviousCluster => "Previous cluster", "Voriger Cluster";
        ActFirstCluster => "First cluster", "Erster Cluster";
        ActLastCluster => "Last cluster", "Letzter Cluster";
        ActToggleMark => "Mark the idea (or unmark it)", "Idee markieren (oder Markierung aufheben)";
        ActMoveToCluster => "Move marked ideas (or this one) to a cluster", "Markierte Ideen (oder diese) verschieben";
        ActNewCluster => "New cluster from marked ideas (or this one)", "Neuer Cluster aus markierten Ideen (oder dieser)";
        ActNewClusterHere => "New cluster instead", "Stattdessen neuer Cluster";
        ActRenameCluster => "Rename the cluster", "Cluster umbenennen";
        ActMergeCluster => "Merge the cluster into another one", "Cluster mit einem anderen zusammenführen";
        ActDissolveCluster => "Dissolve the cluster (its ideas stay)", "Cluster auflösen (die Ideen bleiben)";
        ActMergeIdeas => "Merge marked ideas into this one", "Markierte Ideen mit dieser zusammenführen";
        ActIdeaUp => "Move the idea up", "Idee nach oben schieben";
        ActIdeaDown => "Move the idea down", "Idee nach unten schieben";
        ActClusterEarlier => "Move the cluster to the left", "Cluster nach links schieben";
        ActClusterLater => "Move the cluster to the right", "Cluster nach rechts schieben";
        ActSuggest => "Suggest clusters", "Cluster vorschlagen";
        ActAcceptSuggestion => "Accept the suggestion", "Vorschlag annehmen";
        ActRejectSuggestion => "Reject the suggestion", "Vorschlag ablehnen";
        ActToggleSuggested => "Remove the idea (or bring it back)", "Idee herausnehmen (oder zurückholen)";
        ActRenameSuggestion => "Rename the suggestion", "Vorschlag umbenennen";
        ActFinishSuggestions => "Finish: apply the accepted suggestions", "Fertig: angenommene Vorschläge übernehmen";
        ActNextSuggestion => "Next suggestion", "Nächster Vorschlag";
        ActPreviousSuggestion => "Previous suggestion", "Voriger Vorschlag";
        ShortCluster => "cluster", "clustern";
        ShortMark => "mark", "markieren";
        ShortMove => "move", "verschieben";
        ShortNewCluster => "new cluster", "neuer Cluster";
        ShortRename => "rename", "umbenennen";
        ShortMergeIdeas => "merge", "zusammenführen";
        ShortSuggest => "suggest", "Vorschläge";
        ShortAccept => "accept", "annehmen";
        ShortReject => "reject", "ablehnen";
        ShortRemoveIdea => "take out", "herausnehmen";
        ShortNextSuggestion => "next", "weiter";
    }};
}
