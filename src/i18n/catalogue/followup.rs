//! Follow-up: action items, the overview across sessions, continuing a session, check-in and check-out rounds.

// The entries of this part, handed on along the chain (see `mod.rs`).
macro_rules! followup_texts {
    ($next:ident $($later:ident)* ; $($earlier:tt)*) => { $next! { $($later)* ; $($earlier)*
        // Follow-up: action items, the overview across sessions,
        // continuing a session, check-in and check-out rounds.
        ModeActions => "Actions", "Maßnahmen";
        ModeOverview => "All actions", "Alle Maßnahmen";
        ModeCheckin => "Check-in", "Stimmungsbild";
        ModeHandOver => "Hand-over", "Übergabe";
        ModeAnswer => "Answering", "Antworten";
        ActionsTitle => "Actions", "Maßnahmen";
        ActionsCounts => "{pending} pending · {overdue} overdue", "{pending} offen · {overdue} überfällig";
        ActionsNone => "No actions yet. {key} adds one; on the session screen, {board} makes one from the selected idea.",
            "Noch keine Maßnahmen. {key} legt eine an; in der Sitzungsansicht macht {board} eine aus der gewählten Idee.";
        SortedEntered => "in the order agreed", "in vereinbarter Reihenfolge";
        SortedDue => "by due date", "nach Fälligkeit";
        SortedStatus => "by status", "nach Status";
        ColumnAction => "Action", "Maßnahme";
        ColumnOwner => "Owner", "Verantwortlich";
        ColumnDue => "Due", "Fällig";
        ColumnStatus => "Status", "Status";
        ColumnNote => "Note", "Anmerkung";
        ColumnSource => "From", "Herkunft";
        ColumnOverdue => "Overdue", "Überfällig";
        StatusOpen => "open", "offen";
        StatusDoing => "doing", "in Arbeit";
        StatusDone => "done", "erledigt";
        StatusDropped => "dropped", "verworfen";
        DueToday => "due today", "heute fällig";
        DueTodayShort => "today", "heute";
        DueTomorrow => "due tomorrow", "morgen fällig";
        DueInDays => "due in {n} days", "fällig in {n} Tagen";
        OverdueOneDay => "1 day overdue", "1 Tag überfällig";
        OverdueDays => "{n} days overdue", "{n} Tage überfällig";
        OverdueShortOne => "1 day", "1 Tag";
        OverdueShortDays => "{n} days", "{n} Tage";
        NoDueDate => "no due date", "ohne Termin";
        NoOwner => "nobody yet", "noch niemand";
        SourceIdea => "idea “{text}”", "Idee „{text}“";
        SourceCluster => "cluster “{text}”", "Cluster „{text}“";
        SourceRound => "voting round “{text}”", "Abstimmung „{text}“";
        SourceCarried => "carried over from an earlier session", "aus einer früheren Sitzung übernommen";
        SourceGone => "(removed)", "(entfernt)";
        SourceNone => "typed in", "frei eingegeben";
        FormNewAction => "New action", "Neue Maßnahme";
        FormEditAction => "Edit action", "Maßnahme bearbeiten";
        FieldAction => "What", "Was";
        FieldOwner => "Who", "Wer";
        FieldDue => "By when", "Bis wann";
        FieldStatus => "Status", "Status";
        FieldNote => "Note", "Anmerkung";
        FieldSource => "From", "Herkunft";
        HintDue => "e.g. 2026-12-31, 31.12.2026, +10 (days), +2w, tomorrow",
            "z. B. 31.12.2026, 2026-12-31, +10 (Tage), +2w, morgen";
        HintCompletion => "{key} completes: {name}", "{key} ergänzt: {name}";
        HintMoreNames => "also: {names}", "außerdem: {names}";
        DueNotADate => "not a date", "kein Datum";
        BadDue => "“{text}” is not a date. Write 31.12.2026, 2026-12-31 or +7 (days from today).",
            "„{text}“ ist kein Datum. Bitte 31.12.2026, 2026-12-31 oder +7 (Tage ab heute) schreiben.";
        ActionAdded => "Action added ({key} shows the list).", "Maßnahme angelegt ({key} zeigt die Liste).";
        ActionSaved => "Action saved.", "Maßnahme gespeichert.";
        ActionDeleted => "Action deleted ({key} brings it back).", "Maßnahme gelöscht ({key} holt sie zurück).";
        ActionStatusNow => "Status: {status}.", "Status: {status}.";
        NoActionSelected => "No action selected.", "Keine Maßnahme ausgewählt.";
        NoActionsHere => "This phase plans no actions; they can still be added in the action list ({key}).",
            "In dieser Phase sind keine Maßnahmen vorgesehen; in der Maßnahmenliste ({key}) geht es trotzdem.";
        FollowUpShown => "Follow-up: {pending} actions pending, {overdue} overdue. {key} goes to the session screen.",
            "Nachverfolgung: {pending} Maßnahmen offen, {overdue} überfällig. {key} führt zur Sitzungsansicht.";
        FollowUpShownOne => "Follow-up: 1 action pending, {overdue} overdue. {key} goes to the session screen.",
            "Nachverfolgung: 1 Maßnahme offen, {overdue} überfällig. {key} führt zur Sitzungsansicht.";
        Weekday1 => "Mon", "Mo";
        Weekday2 => "Tue", "Di";
        Weekday3 => "Wed", "Mi";
        Weekday4 => "Thu", "Do";
        Weekday5 => "Fri", "Fr";
        Weekday6 => "Sat", "Sa";
        Weekday7 => "Sun", "So";

        OverviewTitle => "Pending actions in {dir}", "Offene Maßnahmen in {dir}";
        OverviewCounts => "{n} pending · {overdue} overdue", "{n} offen · {overdue} überfällig";
        OverviewOverdueOnly => "overdue only", "nur überfällige";
        OverviewOwner => "owner: {name}", "verantwortlich: {name}";
        OverviewNone => "No pending actions.", "Keine offenen Maßnahmen.";
        OverviewNoneFiltered => "No pending actions match the filter.", "Keine offenen Maßnahmen passen zum Filter.";
        OverviewSkipped => "{n} files could not be read", "{n} Dateien nicht lesbar";
        OverviewSkippedOne => "1 file could not be read", "1 Datei nicht lesbar";
        FormOwnerFilter => "Actions of", "Maßnahmen von";
        HintOwnerFilter => "a name or part of one; empty shows everyone",
            "ein Name oder ein Teil davon; leer zeigt alle";
        OpenedFromOverview => "Opened “{title}”.", "„{title}“ geöffnet.";

        FormContinue => "Continue session", "Sitzung fortsetzen";
        ContinueHint => "Continues “{title}”: {n} pending actions are carried into a review phase, the participants too.",
            "Setzt „{title}“ fort: {n} offene Maßnahmen kommen in eine Rückblick-Phase, die Teilnehmenden auch.";
        ContinueCreated => "New session {file}: continues the previous one.", "Neue Sitzung {file}: setzt die vorige fort.";
        ContinueNeedsSession => "Select a session in the list to continue it.",
            "Bitte eine Sitzung in der Liste auswählen, um sie fortzusetzen.";
        TemplateMissing => "The method “{id}” is not installed; choose another in the form.",
            "Die Methode „{id}“ ist nicht vorhanden; bitte im Formular eine andere wählen.";

        CheckinTitle => "Check-in", "Stimmungsbild";
        CheckinRoundOf => "round {n} of {total}", "Runde {n} von {total}";
        CheckinNoRound => "No round in this phase yet. {key} opens one.", "In dieser Phase gibt es noch keine Runde. {key} startet eine.";
        CheckinNotHere => "This phase has no check-in; switch it on in the phase settings ({key}).",
            "Diese Phase sieht kein Stimmungsbild vor; in den Phaseneinstellungen ({key}) einschalten.";
        CheckinAnswered => "{n} of {total} have answered", "{n} von {total} haben geantwortet";
        CheckinAnsweredCounts => "{n} answers", "{n} Antworten";
        CheckinAnsweredOne => "1 answer", "1 Antwort";
        CheckinHidden => "The results stay covered until {key} reveals them.",
            "Die Ergebnisse bleiben verdeckt, bis {key} sie aufdeckt.";
        CheckinMean => "Mean {mean}", "Mittelwert {mean}";
        CheckinNoAnswers => "No answers yet.", "Noch keine Antworten.";
        CheckinRevealed => "Results revealed.", "Ergebnisse aufgedeckt.";
        CheckinCovered => "Results covered again.", "Ergebnisse wieder verdeckt.";
        CheckinDeleted => "Round deleted ({key} brings it back).", "Runde gelöscht ({key} holt sie zurück).";
        CheckinOpened => "Round opened.", "Runde gestartet.";
        CheckinCountsSaved => "Counts saved.", "Anzahlen gespeichert.";
        CheckinRevealedNoAnswers => "The results are revealed; {key} covers them again so more people can answer.",
            "Die Ergebnisse sind aufgedeckt; {key} verdeckt sie wieder, damit weitere Personen antworten können.";
        FormNewRound => "New check-in round", "Neues Stimmungsbild";
        FormCounts => "Show of hands", "Handzeichen";
        FieldScale => "Scale", "Skala";
        HintCounts => "how many people gave each answer", "wie viele Personen welche Antwort gegeben haben";
        HintCountsAdd => "added to the answers so far, which stay covered",
            "kommt zu den bisherigen Antworten hinzu, die verdeckt bleiben";
        CountsInvalid => "Please enter whole numbers of people.", "Bitte ganze Zahlen (Personen) eingeben.";
        HandOverTitle => "Please pass the keyboard on", "Bitte die Tastatur weitergeben";
        HandOverWho => "Who answers next?", "Wer antwortet als Nächstes?";
        HandOverAllDone => "Everyone on the list has answered. {key} adds somebody else; Esc goes back.",
            "Alle auf der Liste haben geantwortet. {key} nimmt eine weitere Person auf; Esc geht zurück.";
        HandOverThanks => "Thank you, your answer is recorded.", "Danke, Ihre Antwort ist gespeichert.";
        HandOverSecret => "Answers are secret: nobody sees yours, only the total at the end.",
            "Die Antworten sind geheim: Niemand sieht Ihre, am Ende nur das Gesamtbild.";
        AnswerFor => "{name}, your answer:", "{name}, Ihre Antwort:";
        AnswerHint => "Choose with the digits or the arrow keys, confirm with {key}.",
            "Mit den Ziffern oder Pfeiltasten wählen, mit {key} bestätigen.";
        AnswerPickFirst => "Please choose an answer first.", "Bitte zuerst eine Antwort wählen.";
        FormGuest => "Somebody else answers", "Eine weitere Person antwortet";
        FieldName => "Name", "Name";
        GuestEmpty => "Please enter a name.", "Bitte einen Namen eingeben.";
        GuestAnswered => "{name} has answered already.", "{name} hat schon geantwortet.";
        MoodAnswer1 => "bad", "schlecht";
        MoodAnswer2 => "not so good", "eher schlecht";
        MoodAnswer3 => "so-so", "mittel";
        MoodAnswer4 => "good", "gut";
        MoodAnswer5 => "great", "sehr gut";
        RotiAnswer0 => "a waste of time", "Zeitverschwendung";
        RotiAnswer1 => "useful, but not worth the time", "nützlich, aber die Zeit nicht wert";
        RotiAnswer2 => "worth the time, no more", "Aufwand und Nutzen halten sich die Waage";
        RotiAnswer3 => "more than worth the time", "hat sich gelohnt";
        RotiAnswer4 => "excellent", "hat sich sehr gelohnt";
        FistAnswer0 => "I cannot support it", "Ich trage es nicht mit";
        FistAnswer1 => "serious concerns", "große Bedenken";
        FistAnswer2 => "some concerns", "einige Bedenken";
        FistAnswer3 => "I can live with it", "Ich kann damit leben";
        FistAnswer4 => "I support it", "Ich unterstütze es";
        FistAnswer5 => "full support", "volle Unterstützung";

        ActShowOverview => "All pending actions", "Alle offenen Maßnahmen";
        ActContinue => "Continue the session (permanent workshop)", "Sitzung fortsetzen (permanenter Workshop)";
        ActShowActions => "Action list", "Maßnahmenliste";
        ActNewActionFromSelection => "New action from the selection", "Neue Maßnahme aus der Auswahl";
        ActOpenCheckin => "Check-in / check-out", "Stimmungsbild";
        ActGoBack => "Back", "Zurück";
        ActNewAction => "New action", "Neue Maßnahme";
        ActEditAction => "Edit the action", "Maßnahme bearbeiten";
        ActCycleStatus => "Next status (open, doing, done, dropped)", "Nächster Status (offen, in Arbeit, erledigt, verworfen)";
        ActDeleteAction => "Delete the action", "Maßnahme löschen";
        ActCycleOrder => "Sort: as agreed, by due date, by status", "Sortieren: wie vereinbart, nach Fälligkeit, nach Status";
        ActOverdueOnly => "Only overdue ones on/off", "Nur überfällige an/aus";
        ActFilterOwner => "Only one person's", "Nur die einer Person";
        ActNewRound => "New round", "Neue Runde";
        ActAnswerCheckin => "Answer on this keyboard, one after another", "Nacheinander an dieser Tastatur antworten";
        ActEnterCounts => "Enter counts (show of hands)", "Anzahlen eingeben (Handzeichen)";
        ActRevealCheckin => "Reveal / cover the results", "Ergebnisse aufdecken / verdecken";
        ActDeleteRound => "Delete the round", "Runde löschen";
        ActNextRound => "Next round", "Nächste Runde";
        ActPreviousRound => "Previous round", "Vorige Runde";
        ActStartAnswering => "This person answers now", "Diese Person antwortet jetzt";
        ActAddGuest => "Somebody else answers", "Eine weitere Person antwortet";
        ActPickAnswer => "Answer {n}", "Antwort {n}";
        ActConfirmAnswer => "Confirm the answer", "Antwort bestätigen";
        ShortActions => "actions", "Maßnahmen";
        ShortNewAction => "new action", "neue Maßnahme";
        ShortCheckin => "check-in", "Stimmungsbild";
        ShortStatus => "status", "Status";
        ShortSort => "sort", "sortieren";
        ShortBack => "back", "zurück";
        ShortOverdue => "overdue", "überfällige";
        ShortOwner => "owner", "Person";
        ShortContinue => "continue", "fortsetzen";
        ShortAllActions => "all actions", "alle Maßnahmen";
        ShortAnswer => "answer", "antworten";
        ShortCounts => "counts", "Anzahlen";
        ShortReveal2 => "reveal/cover", "aufdecken/verdecken";
        ShortNewRound => "new round", "neue Runde";
        ShortGuest => "someone else", "weitere Person";
        ShortChoose => "choose", "wählen";
    }};
}
