//! The start screen, the new-session form and the phase form.

// The entries of this part, handed on along the chain (see `mod.rs`).
macro_rules! start_texts {
    ($next:ident $($later:ident)* ; $($earlier:tt)*) => { $next! { $($later)* ; $($earlier)*
        // Start screen.
        Tagline => "participation workshops", "Beteiligungs-Workshops";
        StartNewSession => "New session…", "Neue Sitzung …";
        StartDemo => "Demo workshop (opens a copy)", "Demo-Workshop (öffnet eine Kopie)";
        StartSessionsIn => "Sessions in {dir}", "Sitzungen in {dir}";
        StartNoSessions => "No sessions yet. Start a new one, or try the demo.",
            "Noch keine Sitzungen. Legen Sie eine neue an oder probieren Sie die Demo aus.";
        ColumnSession => "Session", "Sitzung";
        ColumnMethod => "Method", "Methode";
        ColumnChanged => "Changed", "Geändert";
        ColumnIdeas => "Ideas", "Ideen";
        ColumnOpenActions => "Open actions", "Offene Maßnahmen";
        Unreadable => "cannot be read: {error}", "nicht lesbar: {error}";
        FolderUnreadable => "The sessions folder cannot be read: {error}",
            "Der Sitzungsordner ist nicht lesbar: {error}";

        // New session form.
        FormNewSession => "New session", "Neue Sitzung";
        FieldMethod => "Method", "Methode";
        FieldTitle => "Title", "Titel";
        FieldLanguage => "Language", "Sprache";
        FieldParticipants => "Participants", "Teilnehmende";
        FieldAnonymous => "Anonymous", "Anonym";
        HintParticipants => "names, separated by commas", "Namen, durch Kommas getrennt";
        HintAnonymous => "no names on ideas, secret ballots", "keine Namen an Ideen, geheime Abstimmung";
        HintChoice => "← → to change", "← → zum Ändern";
        Yes => "yes", "ja";
        No => "no", "nein";

        // Phase form.
        FormEditPhase => "Phase settings", "Phase bearbeiten";
        FormNewPhase => "New phase", "Neue Phase";
        FieldQuestion => "Guiding question", "Leitfrage";
        FieldTimebox => "Minutes", "Minuten";
        FieldActivities => "Activities", "Aktivitäten";
        HintActivities => "← → choose, Space switches on/off", "← → wählen, Leertaste schaltet an/aus";
        ActivityCapture => "Collect", "Sammeln";
        ActivityCluster => "Cluster", "Clustern";
        ActivityVote => "Vote", "Abstimmen";
        ActivityDiscuss => "Discuss", "Diskutieren";
        ActivityActions => "Actions", "Maßnahmen";
        ActivityCheckin => "Check-in", "Stimmungsbild";
    }};
}
