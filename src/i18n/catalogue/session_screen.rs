//! The session screen (the board), its status line and its messages.

// The entries of this part, handed on along the chain (see `mod.rs`).
macro_rules! session_screen_texts {
    ($next:ident $($later:ident)* ; $($earlier:tt)*) => { $next! { $($later)* ; $($earlier)*
        // Session screen.
        Agenda => "Agenda", "Ablauf";
        AgendaMinutes => "min", "Min.";
        Participants => "Participants", "Teilnehmende";
        AnonymousSession => "Anonymous session", "Anonyme Sitzung";
        NoParticipants => "No participants", "Keine Teilnehmenden";
        Ideas => "Ideas", "Ideen";
        Unclustered => "Not clustered", "Ohne Cluster";
        NoIdeasYet => "No ideas yet. {key} starts collecting.", "Noch keine Ideen. {key} startet das Sammeln.";
        NoCaptureHere => "This phase does not collect ideas.", "In dieser Phase werden keine Ideen gesammelt.";
        CoveredCard => "covered card", "verdeckte Karte";
        CoveredCount => "{n} covered", "{n} verdeckt";
        Silent => "silent brainwriting", "stilles Brainwriting";
        PhaseOf => "Phase {n} of {total}", "Phase {n} von {total}";
        NoPhases => "The agenda is empty. {key} adds a phase.", "Der Ablauf ist leer. {key} fügt eine Phase hinzu.";
        TimerRunning => "running", "läuft";
        TimerPaused => "paused", "angehalten";
        TimerReady => "ready", "bereit";
        TimeUp => "TIME IS UP", "DIE ZEIT IST UM";
        Overtime => "{time} over time", "{time} überzogen";
        NewIdea => "New idea", "Neue Idee";
        EditingIdea => "Edit idea", "Idee bearbeiten";
        ByAuthor => "by {name}", "von {name}";
        NoAuthor => "no name", "ohne Namen";
        MultilineHint => "{key} new line", "{key} neue Zeile";

        // Status line.
        SavedAt => "Saved {time}", "Gespeichert {time}";
        SavedClean => "Saved", "Gespeichert";
        NotSavedNoFile => "Only in memory (no file)", "Nur im Speicher (keine Datei)";
        NotSaved => "NOT SAVED: {reason}", "NICHT GESPEICHERT: {reason}";
        ModeStart => "Start", "Start";
        ModeBoard => "Navigate", "Navigieren";
        ModeCapture => "Collecting", "Sammeln";
        ModeEditIdea => "Editing", "Bearbeiten";
        ModeForm => "Form", "Formular";
        ModeHelp => "Help", "Hilfe";

        // Messages.
        Undone => "Undone.", "Rückgängig gemacht.";
        Redone => "Redone.", "Wiederhergestellt.";
        NothingToUndo => "Nothing to undo.", "Nichts rückgängig zu machen.";
        NothingToRedo => "Nothing to redo.", "Nichts wiederherzustellen.";
        IdeasPasted => "{n} ideas added from the paste ({key} takes them back).",
            "{n} Ideen aus der Zwischenablage eingefügt ({key} nimmt sie zurück).";
        IdeaDeleted => "Idea deleted ({key} brings it back).", "Idee gelöscht ({key} holt sie zurück).";
        Revealed => "{n} cards revealed.", "{n} Karten aufgedeckt.";
        NothingToReveal => "No covered cards in this phase.", "Keine verdeckten Karten in dieser Phase.";
        BrainwritingOn => "Silent brainwriting: new ideas stay covered until {key} reveals them.",
            "Stilles Brainwriting: Neue Ideen bleiben verdeckt, bis {key} sie aufdeckt.";
        BrainwritingOff => "Silent brainwriting off: new ideas are shown at once.",
            "Stilles Brainwriting aus: Neue Ideen sind sofort sichtbar.";
        AnonymousNoAuthors => "Anonymous session: ideas carry no names.", "Anonyme Sitzung: Ideen tragen keine Namen.";
        NoParticipantsToCycle => "This session lists no participants.", "In dieser Sitzung sind keine Teilnehmenden eingetragen.";
        NoIdeaSelected => "No idea selected.", "Keine Idee ausgewählt.";
        PhaseNotEmpty => "Only a phase without ideas, clusters or votes can be removed.",
            "Entfernen lässt sich nur eine Phase ohne Ideen, Cluster und Abstimmungen.";
        LastPhase => "The agenda needs at least one phase.", "Der Ablauf braucht mindestens eine Phase.";
        EmptyIdea => "An idea needs some text; {key} deletes it.", "Eine Idee braucht Text; {key} löscht sie.";
        EmptyText => "The text is empty.", "Der Text ist leer.";
        TextTooLong => "Too long: {chars} characters, at most {max}.", "Zu lang: {chars} Zeichen, höchstens {max}.";
        IdeaInVote => "The idea is an option of a voting round and cannot be removed.",
            "Die Idee steht in einer Abstimmung zur Wahl und lässt sich nicht entfernen.";
        ChangeRefused => "This change is not possible: {reason}", "Diese Änderung ist nicht möglich: {reason}";
        ChangeRefusedPlain => "This change is not possible here.", "Diese Änderung ist hier nicht möglich.";
        TimeboxInvalid => "The timebox is a whole number of minutes from 1 to 600.",
            "Der Zeitrahmen ist eine ganze Zahl von 1 bis 600 Minuten.";
        PhaseTitleEmpty => "A phase needs a title.", "Eine Phase braucht einen Titel.";
        DemoBroken => "The demo session cannot be loaded: {error}", "Die Demo-Sitzung lässt sich nicht laden: {error}";
        DemoOpened => "This is your own copy of the demo: change anything you like.",
            "Dies ist Ihre eigene Kopie der Demo: Ändern Sie nach Belieben.";
        SessionCreated => "Session created: {file}", "Sitzung angelegt: {file}";
        TooSmall => "Please make the window bigger: at least {w}×{h}, now {cw}×{ch}.",
            "Bitte das Fenster vergrößern: mindestens {w}×{h}, jetzt {cw}×{ch}.";
        QuitUnsaved => "Not saved! {key} again quits anyway; {save} tries again or saves a copy.",
            "Nicht gespeichert! Nochmals {key} beendet trotzdem; {save} versucht es erneut oder speichert eine Kopie.";
        SavedCopy => "The file was changed elsewhere; your version is saved as {file}.",
            "Die Datei wurde anderswo geändert; Ihre Fassung ist gespeichert als {file}.";
        TimerStopped => "Timer paused.", "Timer angehalten.";
        AuthorIs => "Next ideas {author}.", "Nächste Ideen {author}.";
    }};
}
