//! Every word plenum shows (screens, command line, exports), in English and German. One catalogue, so a test
//! can check that no English text is left on a German screen.
//!
//! German follows the conventions of German public administration: formal
//! address ("Sie"), gender-neutral "Teilnehmende", infinitives for commands.

use crate::core::{Activity, Language};
use crate::store::{FormatError, StoreError};
use std::fmt::Display;

mod refusals;
pub use refusals::describe_refusal;

macro_rules! catalogue {
    ($($name:ident => $en:expr, $de:expr;)*) => {
        /// A text of the interface; [`tr`] gives it in a language.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Msg { $($name,)* }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];

            pub fn text(self, lang: Language) -> &'static str {
                match (self, lang) {
                    $(
                        (Msg::$name, Language::En) => $en,
                        (Msg::$name, Language::De) => $de,
                    )*
                }
            }
        }
    };
}

catalogue! {
    // Names of keys.
    KeyCtrl => "Ctrl", "Strg";
    KeyShift => "Shift", "Umschalt";
    KeySpace => "Space", "Leertaste";
    KeyEnter => "Enter", "Enter";
    KeyBackspace => "Backspace", "Rücktaste";
    KeyDelete => "Del", "Entf";
    KeyInsert => "Ins", "Einfg";
    KeyHome => "Home", "Pos1";
    KeyEnd => "End", "Ende";
    KeyPageUp => "PgUp", "Bild↑";
    KeyPageDown => "PgDn", "Bild↓";

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

    // Why a file could not be used.
    ErrReadOnly => "the folder is read-only ({path})", "der Ordner ist schreibgeschützt ({path})";
    ErrDiskFull => "the disk is full ({path})", "der Datenträger ist voll ({path})";
    ErrChanged => "{path} was changed by another program and was not overwritten; {key} saves your version as a copy",
        "{path} wurde von einem anderen Programm geändert und nicht überschrieben; {key} speichert Ihre Fassung als Kopie";
    ErrLocked => "{path} is open in another plenum; close it there first",
        "{path} ist in einem anderen plenum geöffnet; bitte dort zuerst schließen";
    ErrBroken => "{path}:{position} cannot be read: {detail}", "{path}:{position} ist nicht lesbar: {detail}";
    ErrNewer => "{path} comes from a newer plenum (format {found}); please update plenum",
        "{path} stammt von einem neueren plenum (Format {found}); bitte plenum aktualisieren";
    ErrExists => "{path} exists already", "{path} gibt es schon";
    ErrIo => "{path}: {detail}", "{path}: {detail}";
    ErrNoHome => "no home folder; give a folder with --dir", "kein Benutzerordner; bitte einen Ordner mit --dir angeben";
    KeymapBroken => "Keymap not used, default keys active: {problem}",
        "Tastenbelegung nicht verwendet, Standardtasten aktiv: {problem}";
    ThemeNotFound => "Theme {name} not found, using {fallback}. Available: {list}",
        "Farbschema {name} nicht gefunden, verwende {fallback}. Vorhanden: {list}";
    ThemeBroken => "Theme not used, default colours active: {problem}",
        "Farbschema nicht verwendet, Standardfarben aktiv: {problem}";

    // Help overlay.
    HelpTitle => "Keys: {mode}", "Tasten: {mode}";
    HelpKeymapFile => "Keys can be changed in {path}", "Tasten lassen sich ändern in {path}";
    HelpMore => "↑↓ more", "↑↓ mehr";

    // Actions, as the help lists them.
    ActQuit => "Quit", "Beenden";
    ActHelp => "Help", "Hilfe";
    ActCloseHelp => "Close help", "Hilfe schließen";
    ActUndo => "Undo", "Rückgängig";
    ActRedo => "Redo", "Wiederherstellen";
    ActSave => "Save now (or a copy)", "Jetzt speichern (oder Kopie)";
    ActIgnore => "Switched off", "Abgeschaltet";
    ActDown => "Move down", "Nach unten";
    ActUp => "Move up", "Nach oben";
    ActFirst => "To the top", "Zum Anfang";
    ActLast => "To the end", "Zum Ende";
    ActPageUp => "Page up", "Seite hoch";
    ActPageDown => "Page down", "Seite runter";
    ActOpen => "Open", "Öffnen";
    ActNewSession => "New session", "Neue Sitzung";
    ActDemo => "Open the demo", "Demo öffnen";
    ActReload => "Reload the list", "Liste neu laden";
    ActSelect => "Select", "Auswählen";
    ActNextField => "Next field", "Nächstes Feld";
    ActPreviousField => "Previous field", "Vorheriges Feld";
    ActConfirm => "Confirm", "Bestätigen";
    ActSaveIdea => "Save the idea", "Idee übernehmen";
    ActCancel => "Cancel", "Abbrechen";
    ActStopTyping => "Stop typing", "Eingabe beenden";
    ActNewline => "New line", "Neue Zeile";
    ActCursorLeft => "Cursor left", "Cursor nach links";
    ActCursorRight => "Cursor right", "Cursor nach rechts";
    ActCursorLeftOrChoice => "Cursor left (or previous choice)", "Cursor nach links (oder vorige Auswahl)";
    ActCursorRightOrChoice => "Cursor right (or next choice)", "Cursor nach rechts (oder nächste Auswahl)";
    ActCursorUp => "Cursor up", "Cursor nach oben";
    ActCursorDown => "Cursor down", "Cursor nach unten";
    ActLineStart => "Start of line", "Zeilenanfang";
    ActLineEnd => "End of line", "Zeilenende";
    ActDeleteLeft => "Delete left", "Links löschen";
    ActDeleteRight => "Delete right", "Rechts löschen";
    ActClear => "Clear the text", "Text leeren";
    ActCapture => "Add ideas", "Ideen sammeln";
    ActEditIdea => "Edit the idea", "Idee bearbeiten";
    ActDeleteIdea => "Delete the idea", "Idee löschen";
    ActNextAuthor => "Next person", "Nächste Person";
    ActPreviousAuthor => "Previous person", "Vorige Person";
    ActBrainwriting => "Silent brainwriting on/off", "Stilles Brainwriting an/aus";
    ActReveal => "Reveal covered cards", "Verdeckte Karten aufdecken";
    ActNextPhase => "Next phase", "Nächste Phase";
    ActPreviousPhase => "Previous phase", "Vorige Phase";
    ActGoToPhase => "Go to phase {n}", "Zu Phase {n}";
    ActEditPhase => "Edit the phase", "Phase bearbeiten";
    ActAddPhase => "Add a phase", "Phase hinzufügen";
    ActRemovePhase => "Remove the phase", "Phase entfernen";
    ActPhaseEarlier => "Move the phase earlier", "Phase nach vorn";
    ActPhaseLater => "Move the phase later", "Phase nach hinten";
    ActTimer => "Start/pause the timer", "Timer starten/anhalten";
    ActAddMinute => "One minute more", "Eine Minute mehr";
    ActRemoveMinute => "One minute less", "Eine Minute weniger";
    ActResetTimer => "Reset the timer", "Timer zurücksetzen";
    ActCloseSession => "Back to the start screen", "Zur Startseite";
    ActType => "Type", "Tippen";

    // Follow-up (issue 6): action items, the overview across sessions,
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

    // Short forms for the footer.
    ShortAdd => "add", "sammeln";
    ShortEdit => "edit", "bearbeiten";
    ShortDelete => "delete", "löschen";
    ShortTimer => "timer", "Timer";
    ShortNextPhase => "next phase", "nächste Phase";
    ShortUndo => "undo", "rückgängig";
    ShortHelp => "help", "Hilfe";
    ShortQuit => "quit", "beenden";
    ShortOpen => "open", "öffnen";
    ShortNew => "new", "neu";
    ShortDemo => "demo", "Demo";
    ShortConfirm => "confirm", "bestätigen";
    ShortCancel => "cancel", "abbrechen";
    ShortNextField => "next field", "nächstes Feld";
    ShortSaveIdea => "add", "übernehmen";
    ShortNewline => "new line", "neue Zeile";
    ShortAuthor => "person", "Person";
    ShortDone => "done", "fertig";
    ShortReveal => "reveal", "aufdecken";
    ShortClose => "close", "schließen";
    ShortScroll => "scroll", "blättern";

    // Cluster mode and suggestions (issue 4).
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
    // Voting (issue 5): modes, help, footer.
    ModeVoteRounds => "Voting", "Abstimmungen";
    ModeVoteForm => "New round", "Neue Runde";
    ModeVotePick => "Choosing options", "Optionen wählen";
    ModeVoteHandOver => "Hand-over", "Übergabe";
    ModeVoteName => "Name", "Name";
    ModeBallot => "Ballot", "Stimmzettel";
    ModeVoteResults => "Results", "Ergebnis";
    ActOpenVoting => "Voting rounds of the phase", "Abstimmungen der Phase";
    ActNewVoteRound => "New voting round", "Neue Abstimmungsrunde";
    ActOpenRound => "Continue voting, or show the results", "Abstimmung fortsetzen oder Ergebnis zeigen";
    ActOpenRoundForm => "Open the round", "Runde eröffnen";
    ActMarkOption => "Choose or drop the option", "Option auswählen oder abwählen";
    ActPickDone => "Done choosing", "Auswahl fertig";
    ActTakeKeyboard => "Take the keyboard and vote", "Tastatur übernehmen und abstimmen";
    ActAddVoter => "Somebody not on the list votes", "Jemand, der nicht auf der Liste steht, stimmt ab";
    ActProxy => "Record the ballot of a remote participant (proxy)",
        "Stimmzettel für eine abwesende Person erfassen (Vertretung)";
    ActToggleRevotes => "Allow voting again on/off", "Erneutes Abstimmen erlauben an/aus";
    ActRevealResults => "Reveal the results", "Ergebnis aufdecken";
    ActPlaceDot => "Place a dot", "Punkt setzen";
    ActRemoveDot => "Take a dot off", "Punkt wegnehmen";
    ActToggleDot => "Place a dot, or clear the option", "Punkt setzen oder Option leeren";
    ActCastBallot => "Cast the ballot", "Stimmzettel abgeben";
    ActDiscardBallot => "Back without casting", "Zurück, ohne abzugeben";
    ActUseName => "Continue to the ballot", "Weiter zum Stimmzettel";
    ActStartRunoff => "Run-off on the tied options", "Stichwahl zwischen den Gleichplatzierten";
    ActNextResults => "Results of the next round", "Ergebnis der nächsten Runde";
    ActPreviousResults => "Results of the previous round", "Ergebnis der vorigen Runde";
    ActBack => "Back", "Zurück";
    ShortVote => "vote", "abstimmen";
    ShortNewVoteRound => "new round", "neue Runde";
    ShortOpenRound => "open the round", "Runde eröffnen";
    ShortToBallot => "continue", "weiter";
    ShortVoteBack => "back", "zurück";
    ShortPick => "choose", "auswählen";
    ShortAddVoter => "someone else", "andere Person";
    ShortProxy => "proxy", "Vertretung";
    ShortRevotes => "revotes", "erneut abstimmen";
    ShortPlaceDot => "place a dot", "Punkt setzen";
    ShortRemoveDot => "take one off", "Punkt weg";
    ShortCast => "cast", "abgeben";
    ShortRunoff => "run-off", "Stichwahl";
    ShortNextRound => "next round", "nächste Runde";

    // Voting (issue 5): screens.
    VoteDotOne => "1 dot", "1 Punkt";
    VoteDotsMany => "{n} dots", "{n} Punkte";
    VoteIdeaOne => "1 idea", "1 Idee";
    VoteIdeasMany => "{n} ideas", "{n} Ideen";
    VoteRoundsTitle => "Voting rounds · {phase}", "Abstimmungen · {phase}";
    VoteNewRoundRow => "New voting round…", "Neue Abstimmungsrunde …";
    VoteRoundFacts => "{options} options · {voted} voted", "{options} Optionen · {voted} abgestimmt";
    VoteStatusOpen => "open", "läuft";
    VoteStatusRevealed => "revealed", "aufgedeckt";
    VoteRoundsHint => "An open round goes on to the hand-over; a revealed one shows its results.",
        "Laufende Runde: weiter zur Übergabe. Aufgedeckte Runde: ihr Ergebnis.";
    VoteFormTitle => "New voting round · {phase}", "Neue Abstimmungsrunde · {phase}";
    VoteFieldSource => "Vote on", "Abstimmen über";
    VoteFieldRule => "Dots per person", "Punkte pro Person";
    VoteFieldFixed => "Fixed number", "Feste Anzahl";
    VoteFieldCap => "Most per option", "Höchstens pro Option";
    VoteFieldFacilitator => "Facilitator votes", "Moderation stimmt mit";
    VoteFieldRevotes => "Voting again", "Erneut abstimmen";
    VoteSourceIdeas => "the ideas ({n})", "die Ideen ({n})";
    VoteSourceClusters => "the clusters ({n})", "die Cluster ({n})";
    VoteSourceBoth => "clusters and unclustered ideas ({n})", "Cluster und Ideen ohne Cluster ({n})";
    VoteSourcePicked => "hand-picked ({n})", "eigene Auswahl ({n})";
    VoteHintPick => "{key}: choose", "{key}: auswählen";
    VoteRuleThird => "a third (at most 20)", "ein Drittel (max. 20)";
    VoteRuleHalf => "a half", "die Hälfte";
    VoteRuleThirdPlusOne => "a third plus one", "ein Drittel plus eins";
    VoteRuleFixed => "a fixed number", "eine feste Anzahl";
    VoteGives => "gives {dots}", "ergibt {dots}";
    VoteFixedUnused => "only for a fixed number", "nur bei fester Anzahl";
    VoteNoStacking => "no stacking", "nicht kumulieren";
    VoteAllowed => "allowed", "erlaubt";
    VoteNotAllowed => "not allowed", "nicht erlaubt";
    VoteSummary => "{options} options · {dots} each · at most {cap} per option",
        "{options} Optionen · je {dots} · höchstens {cap} pro Option";
    VoteSummaryHint => "{key} opens the round; the hand-over screen comes next.",
        "{key} eröffnet die Runde; danach kommt die Übergabeseite.";
    VotePickTitle => "Choose the options · {n} chosen", "Optionen auswählen · {n} ausgewählt";
    VoteClusterInfo => "cluster, {ideas}", "Cluster, {ideas}";
    VotePickEmpty => "There is nothing to choose: no phase has ideas or clusters yet.",
        "Es gibt nichts auszuwählen: Noch keine Phase hat Ideen oder Cluster.";
    VoteHeader => "Vote: {title}", "Abstimmung: {title}";
    VoteNext => "Next:", "Als Nächstes:";
    VoteNextPrompt => "Please press {key} when you have the keyboard.",
        "Bitte {key} drücken, sobald Sie die Tastatur haben.";
    VoteNextProxy => "The facilitator records this ballot ({key}).", "Die Moderation erfasst diesen Stimmzettel ({key}).";
    VoteSomeoneElse => "Somebody else (type the name)", "Jemand anderes (Namen eingeben)";
    VoteNotOnList => "Not on the list?", "Nicht auf der Liste?";
    VoteNotOnListPrompt => "Please press {key} and type your name.", "Bitte {key} drücken und den Namen eingeben.";
    VoteEverybodyVoted => "Everybody on the list has voted.", "Alle auf der Liste haben abgestimmt.";
    VoteRevealHint => "The facilitator reveals the results with {key}.", "Die Moderation deckt das Ergebnis mit {key} auf.";
    VoteWhoVotes => "Who votes? · {voted} of {total} have voted", "Wer stimmt ab? · {voted} von {total} haben abgestimmt";
    VoteHasVoted => "has voted", "hat abgestimmt";
    VoteHasVotedProxy => "has voted (proxy)", "hat abgestimmt (Vertretung)";
    VoteMayRevote => "may vote again", "darf erneut abstimmen";
    VoteFacilitatorTag => "facilitator", "Moderation";
    VoteRulesEach => "{dots} each · at most {cap} per option", "je {dots} · höchstens {cap} pro Option";
    VoteRevotesState => "voting again {state}", "erneut abstimmen {state}";
    VoteFacilitatorVotes => "the facilitator votes", "die Moderation stimmt mit";
    VoteFacilitatorAbstains => "the facilitator does not vote", "die Moderation stimmt nicht mit";
    VoteNameTitle => "Your name", "Ihr Name";
    VoteNameProxyTitle => "Name of the remote participant", "Name der abwesenden Person";
    VoteNameHint => "{key} continues to the ballot", "{key} führt zum Stimmzettel";
    VoteBallotOf => "Ballot of {name}", "Stimmzettel von {name}";
    VoteBallotProxy => "Proxy ballot for {name}", "Stimmzettel in Vertretung für {name}";
    VoteBallotRevote => "a new ballot that replaces the earlier one", "ein neuer Stimmzettel, der den früheren ersetzt";
    VoteYourDots => "Your dots", "Ihre Punkte";
    VoteDotsLeft => "Dots left", "Punkte übrig";
    VoteOfTotal => "of {n}", "von {n}";
    VoteLeftLine => "{left} of {total} left", "{left} von {total} übrig";
    VoteAllPlaced => "All placed: {key} casts.", "Alle gesetzt: {key} gibt ab.";
    VoteSelected => "Selected", "Ausgewählt";
    VoteResultsHeader => "Results: {title}", "Ergebnis: {title}";
    VoteResultsFacts => "{voters} voted{proxies} · {dots} each · {total} given",
        "{voters} haben abgestimmt{proxies} · je {dots} · {total} vergeben";
    VoteResultsProxies => "{n} by proxy", "{n} in Vertretung";
    VoteRunoffOf => "Run-off of “{title}”", "Stichwahl zu „{title}“";
    VoteTie => "tie", "gleichauf";
    VoteTieBanner => "Tie for place {rank} ({n} options): {key} starts a run-off.",
        "Gleichstand auf Platz {rank} ({n} Optionen): {key} startet eine Stichwahl.";
    VoteRoundOf => "round {n} of {total}", "Runde {n} von {total}";

    // Voting (issue 5): messages.
    VoteChooseOpenRound => "Choose an open round first.", "Bitte zuerst eine laufende Runde auswählen.";
    VoteNotInPhase => "This phase has no voting.", "In dieser Phase wird nicht abgestimmt.";
    VoteDefaultTitle => "What matters most?", "Was ist uns am wichtigsten?";
    VoteConfirmReveal => "{key} again reveals the results ({voted} of {total} have voted).",
        "Nochmals {key} deckt das Ergebnis auf ({voted} von {total} haben abgestimmt).";
    VotePickSome => "Please choose at least one option ({key}).", "Bitte mindestens eine Option auswählen ({key}).";
    VoteRoundOpened => "“{title}” is open: {options} options, {dots} each. Over to the first voter.",
        "„{title}“ ist eröffnet: {options} Optionen, je {dots}. Weiter an die erste Person.";
    VoteRevotesOff => "Voting again is off.", "Erneutes Abstimmen ist ausgeschaltet.";
    VoteRevotesOn => "Voting again is allowed: a new ballot replaces the earlier one.",
        "Erneutes Abstimmen ist erlaubt: Ein neuer Stimmzettel ersetzt den früheren.";
    VoteRevotesOnAnonymous => "Voting again is allowed; in this anonymous session only for ballots cast since voting was opened.",
        "Erneutes Abstimmen ist erlaubt; in dieser anonymen Sitzung nur für Stimmzettel, die seit dem Öffnen der Abstimmung abgegeben wurden.";
    VoteNameNeeded => "Please type a name.", "Bitte einen Namen eingeben.";
    VoteDotsLeftConfirm => "You still have {n} left. {key} again casts the ballot as it is.",
        "Sie haben noch {n} übrig. Nochmals {key} gibt den Stimmzettel so ab.";
    VoteDiscardConfirm => "{key} again throws these dots away.", "Nochmals {key} verwirft diese Punkte.";
    VoteBallotDiscarded => "Nothing was cast.", "Es wurde nichts abgegeben.";
    VoteProxyRecorded => "Proxy ballot for {name} recorded.", "Stimmzettel in Vertretung für {name} erfasst.";
    VoteThankYou => "Thank you, {name}: your ballot is cast. Please pass the keyboard on.",
        "Danke, {name}: Ihr Stimmzettel ist abgegeben. Bitte geben Sie die Tastatur weiter.";
    VoteOnlyOneResult => "This phase has only this one revealed round.", "In dieser Phase ist nur diese eine Runde aufgedeckt.";
    VoteRunoffTitle => "Run-off: {title}", "Stichwahl: {title}";
    VoteRunoffOpened => "Run-off opened: {options} options, {dots} each.", "Stichwahl eröffnet: {options} Optionen, je {dots}.";
    VoteNoDotsLeft => "No dots left: take one off with {key} first.", "Keine Punkte übrig: erst mit {key} einen wegnehmen.";
    VoteCapReached => "At most {cap} per option.", "Höchstens {cap} pro Option.";
    VoteAlreadyVoted => "{name} has voted already. The facilitator can allow voting again ({key}).",
        "{name} hat schon abgestimmt. Die Moderation kann erneutes Abstimmen erlauben ({key}).";
    VoteNoOptions => "There is nothing to vote on yet: no ideas or clusters.",
        "Noch gibt es nichts zur Abstimmung: keine Ideen oder Cluster.";
    VoteCoveredIdea => "Covered cards cannot be voted on; please reveal them first.",
        "Über verdeckte Karten lässt sich nicht abstimmen; bitte zuerst aufdecken.";
    VoteNoDots => "Every voter needs at least one dot.", "Jede Person braucht mindestens einen Punkt.";
    VoteRevealedClosed => "The results are revealed; this round is closed.",
        "Das Ergebnis ist aufgedeckt; diese Runde ist abgeschlossen.";
    VoteNobodyVoted => "Nobody has voted yet.", "Es hat noch niemand abgestimmt.";
    VoteFacilitatorOut => "The facilitator does not vote in this round.", "Die Moderation stimmt in dieser Runde nicht mit ab.";
    VoteEarlierUnknown => "Anonymous session: the earlier ballot is not stored, so it cannot be replaced now.",
        "Anonyme Sitzung: Der frühere Stimmzettel ist nicht gespeichert und lässt sich deshalb jetzt nicht ersetzen.";
    VoteNoTie => "There is no tie to decide.", "Es gibt keinen Gleichstand zu entscheiden.";
    VoteRevealed => "Results revealed.", "Ergebnis aufgedeckt.";

    // Command line.
    CliNeedsTerminal => "the app needs an interactive terminal; for scripts use the subcommands (plenum --help)",
        "die App braucht ein interaktives Terminal; für Skripte gibt es die Befehle (plenum --help)";
    CliNoSuchSession => "{path}: no such session file (the commands: plenum --help)",
        "{path}: keine solche Sitzungsdatei (die Befehle: plenum --help)";
    CliFileAndSubcommand => "a FILE ({file}) and a subcommand cannot be given together",
        "eine Datei ({file}) und ein Befehl lassen sich nicht zusammen angeben";
    CliStdoutFailed => "could not write to standard output: {error}",
        "die Standardausgabe lässt sich nicht schreiben: {error}";
    CliCannotRead => "{path}: could not read: {error}", "{path}: nicht lesbar: {error}";
    CliCannotCreateFolder => "{path}: could not create the folder: {error}",
        "{path}: der Ordner lässt sich nicht anlegen: {error}";
    CliExists => "{path}: the file exists already; choose another name",
        "{path}: die Datei gibt es schon; bitte einen anderen Namen wählen";
    CliChangedOnDisk => "{path}: the file was changed by another program since plenum read it; not overwritten",
        "{path}: die Datei wurde von einem anderen Programm geändert, seit plenum sie gelesen hat; sie wurde nicht überschrieben";
    CliManFailed => "could not write the manual page: {error}", "die Handbuchseite lässt sich nicht schreiben: {error}";
    CliIoNotFound => "no such file or folder", "Datei oder Ordner nicht vorhanden";
    CliIoPermission => "permission denied", "keine Berechtigung";
    CliIoReadOnly => "the file system is read-only", "das Dateisystem ist schreibgeschützt";
    CliIoFull => "the disk is full", "der Datenträger ist voll";
    CliIoIsFolder => "this is a folder, not a file", "dies ist ein Ordner, keine Datei";
    CliIoNotFolder => "a part of the path is not a folder", "ein Teil des Pfades ist kein Ordner";
    CliIoExists => "exists already", "ist bereits vorhanden";
    CliIoBrokenPipe => "the receiving program has ended", "das empfangende Programm wurde beendet";
    CliIoOther => "system error {code}", "Systemfehler {code}";
    CliFormatEmpty => "the file is empty", "die Datei ist leer";
    CliFormatNotText => "not a text file (invalid UTF-8); is this really a plenum session?",
        "keine Textdatei (kein gültiges UTF-8); handelt es sich wirklich um eine plenum-Sitzung?";
    CliFormatInconsistent => "the contents contradict each other here",
        "die Angaben der Datei widersprechen sich an dieser Stelle";
    CliFormatMissingField => "the field `{name}` is missing", "das Feld `{name}` fehlt";
    CliFormatUnknownField => "unknown field `{name}`", "unbekanntes Feld `{name}`";
    CliFormatDuplicateField => "the field `{name}` appears twice", "das Feld `{name}` steht doppelt in der Datei";
    CliFormatNewer => "the file has format version {found}, this plenum reads up to version {max}; update plenum to open it (the file is left as it is)",
        "die Datei hat die Formatversion {found}, dieses plenum liest bis Version {max}; bitte plenum aktualisieren (die Datei bleibt unverändert)";
    CliFormatEnd => "the file ends in the middle of an entry", "die Datei endet mitten in einem Eintrag";
    CliFormatSyntax => "not in the expected format (RON) here", "an dieser Stelle nicht im erwarteten Format (RON)";
    CliCheckOk => "ok: {summary}", "in Ordnung: {summary}";
    CliCheckFailed => "{failed} of {total} files are not usable sessions",
        "{failed} von {total} Dateien sind keine verwendbaren Sitzungen";
    CliSummary => "{file}: {title} ({kind}): {phases}, {participants}, {ideas} in {clusters}, {rounds}, {actions} ({open} open)",
        "{file}: {title} ({kind}): {phases}, {participants}, {ideas} in {clusters}, {rounds}, {actions} ({open} offen)";
    CliAnonymous => "anonymous", "anonym";
    CliNoRounds => "no voting rounds", "keine Abstimmungsrunden";
    CliRoundsWithBallots => "{rounds} with {ballots}", "{rounds} mit {ballots}";
    CliPhases => "{n} phase|{n} phases", "{n} Phase|{n} Phasen";
    CliParticipants => "{n} participant|{n} participants", "{n} teilnehmende Person|{n} Teilnehmende";
    CliNewParticipants => "{n} new participant|{n} new participants", "{n} neue teilnehmende Person|{n} neue Teilnehmende";
    CliIdeas => "{n} idea|{n} ideas", "{n} Idee|{n} Ideen";
    CliUnclusteredIdeas => "{n} unclustered idea|{n} unclustered ideas", "{n} Idee ohne Cluster|{n} Ideen ohne Cluster";
    CliClusters => "{n} cluster|{n} clusters", "{n} Cluster|{n} Cluster";
    CliRounds => "{n} voting round|{n} voting rounds", "{n} Abstimmungsrunde|{n} Abstimmungsrunden";
    CliBallots => "{n} ballot|{n} ballots", "{n} Stimmzettel|{n} Stimmzetteln";
    CliActions => "{n} action|{n} actions", "{n} Maßnahme|{n} Maßnahmen";
    CliProposals => "{n} proposal|{n} proposals", "{n} Vorschlag|{n} Vorschläge";
    CliListEmpty => "No sessions in {dir} yet. Start one with: plenum new --method zukunftswerkstatt --title \"...\"",
        "Noch keine Sitzungen in {dir}. Eine neue legen Sie so an: plenum new --method zukunftswerkstatt --title \"...\"";
    CliListUnreadable => "unreadable: {problem}", "nicht lesbar: {problem}";
    CliColumnUpdated => "UPDATED", "GEÄNDERT";
    CliColumnTitle => "TITLE", "TITEL";
    CliColumnMethod => "METHOD", "METHODE";
    CliColumnIdeas => "IDEAS", "IDEEN";
    CliColumnOpenActions => "OPEN ACTIONS", "OFFENE MASSNAHMEN";
    CliColumnFile => "FILE", "DATEI";
    CliColumnId => "ID", "KENNUNG";
    CliColumnName => "NAME", "NAME";
    CliColumnPhases => "PHASES", "PHASEN";
    CliColumnDescription => "DESCRIPTION", "BESCHREIBUNG";
    CliTemplateSkipped => "warning: {path}: template skipped: {problem}",
        "Warnung: {path}: Vorlage übersprungen: {problem}";
    CliNewNoMethod => "give a method with --method (see `plenum templates`)",
        "bitte eine Methode mit --method angeben (siehe `plenum templates`)";
    CliUnknownMethod => "unknown method {method}; known methods: {known} (see `plenum templates`)",
        "unbekannte Methode {method}; vorhanden sind: {known} (siehe `plenum templates`)";
    CliThemeBuiltIn => "built in", "eingebaut";
    CliThemeDefault => "default", "Standard";
    CliThemeProblems => "{n} theme problem(s); the app uses the default theme instead",
        "Probleme mit Farbschemata: {n}; die App verwendet stattdessen das Standardschema";
    CliActionsSkipped => "skipped {problem}", "übersprungen: {problem}";
    CliNoPhaseNumber => "there is no phase {number}: the agenda has {total} phases (numbered from 1)",
        "es gibt keine Phase {number}: der Ablauf hat {total} Phasen (gezählt ab 1)";
    CliPhaseArgument => "--phase takes the number of a phase (1 is the first) or a phase id, not {given}",
        "--phase erwartet die Nummer einer Phase (1 ist die erste) oder eine Phasen-Kennung, nicht {given}";
    CliNoPhaseId => "the session has no phase with id {id}", "die Sitzung hat keine Phase mit der Kennung {id}";
    CliClustersNotSaved => "could not save the clusters: {error}", "die Cluster ließen sich nicht speichern: {error}";
    CliSuggestHeader => "{proposals} for \"{title}\": {unclustered}, {alone} left on their own",
        "{proposals} für „{title}“: {unclustered}, {alone} davon bleiben für sich";
    CliNothingToSave => "Nothing to save.", "Nichts zu speichern.";
    CliClustersSaved => "Saved {clusters} in {file}.", "{clusters} in {file} gespeichert.";
    CliImportNoIdeas => "{source}: no ideas found (the file is empty or holds only blank lines); nothing imported",
        "{source}: keine Ideen gefunden (die Datei ist leer oder enthält nur Leerzeilen); nichts importiert";
    CliImportAuthorsDropped => "note: the session is anonymous, so the authors of {ideas} were not stored",
        "Hinweis: Die Sitzung ist anonym, daher wurden die Namen zu {ideas} nicht gespeichert";
    CliImportRefused => "{source}: nothing imported: {error}", "{source}: nichts importiert: {error}";
    CliImportAdded => "added {ideas} to phase {index} {title} of {file}",
        "{ideas} zu Phase {index} {title} von {file} hinzugefügt";
    CliImportNewParticipants => ", and {participants}: {names}", ", dazu {participants}: {names}";
    CliImportNotUtf8 => "{path}:{line}: not UTF-8 text; save the file as UTF-8 (in Excel: \"CSV UTF-8\") and try again",
        "{path}:{line}: kein UTF-8-Text; bitte die Datei als UTF-8 speichern (in Excel: „CSV UTF-8“) und erneut versuchen";
    CliImportCsvHeader => "a CSV file needs a first line naming the columns, with a `text` column (and optionally `author`); found {found}",
        "eine CSV-Datei braucht eine erste Zeile mit den Spaltennamen, darunter eine Spalte `text` (und wahlweise `author`); gefunden: {found}";
    CliImportNoTextColumn => "no `text` column in the first line", "keine Spalte `text` in der ersten Zeile";
    CliImportUnclosedQuote => "a quote (\") opened here is never closed, so the rest of the file would become one idea",
        "ein hier geöffnetes Anführungszeichen (\") wird nie geschlossen, sodass der Rest der Datei eine einzige Idee würde";
    CliImportBadCsv => "not valid CSV", "kein gültiges CSV";
    CliImportNoPhases => "the session has no phases yet; add one in the app, then import into it",
        "die Sitzung hat noch keine Phasen; bitte zuerst in der App eine anlegen und dann dorthin importieren";
    CliImportUnknownPhase => "no phase {phase} in this session; give a number from 1 to {total}, or a phase id: {agenda}",
        "keine Phase {phase} in dieser Sitzung; bitte eine Nummer von 1 bis {total} oder eine Phasen-Kennung angeben: {agenda}";
    CliImportMoreProblems => "{source}: ... and {n} more", "{source}: … und {n} weitere";
    CliImportFixLine => "{source}: nothing imported; fix the line above and run the import again",
        "{source}: nichts importiert; bitte die oben genannte Zeile korrigieren und den Import erneut ausführen";
    CliImportFixLines => "{source}: nothing imported; fix the lines above and run the import again",
        "{source}: nichts importiert; bitte die oben genannten Zeilen korrigieren und den Import erneut ausführen";
    PathSessions => "Sessions", "Sitzungen";
    PathConfig => "Settings", "Einstellungen";
    PathThemes => "Themes", "Farbschemata";
    PathTemplates => "Templates", "Vorlagen";
    PathKeymap => "Keymap", "Tastenbelegung";
    PathExists => "exists", "vorhanden";
    PathMissing => "does not exist yet", "noch nicht vorhanden";
    PathNoHome => "no home folder", "kein Benutzerordner";
    ClapInvalidValue => "'{value}' is not a valid value for '{arg}'", "„{value}“ ist kein gültiger Wert für „{arg}“";
    ClapPossibleValues => "Possible values: {values}", "Mögliche Werte: {values}";
    ClapUnknownArgument => "unknown argument '{arg}'", "unbekannte Angabe „{arg}“";
    ClapUnknownCommand => "unknown command '{command}'", "unbekannter Befehl „{command}“";
    ClapMissing => "these are missing: {args}", "es fehlen diese Angaben: {args}";
    ClapMissingCommand => "a command is missing", "es fehlt ein Befehl";
    ClapConflict => "'{arg}' cannot be given together with '{other}'",
        "„{arg}“ lässt sich nicht zusammen mit „{other}“ angeben";
    ClapValueCount => "'{arg}' has the wrong number of values", "„{arg}“ hat die falsche Anzahl von Werten";
    ClapOther => "the command line is incomplete or wrong", "die Angaben auf der Kommandozeile sind unvollständig oder fehlerhaft";
    ClapDidYouMean => "did you mean '{suggestion}'?", "meinten Sie „{suggestion}“?";
    ClapMoreHelp => "For more information, try '--help'.", "Weitere Informationen mit „--help“.";
    HelpUsage => "Usage:", "Aufruf:";
    HelpTemplate => "{before-help}{about-with-newline}\nUsage: {usage}\n\n{all-args}{after-help}",
        "{before-help}{about-with-newline}\nAufruf: {usage}\n\n{all-args}{after-help}";
    HelpHeadingCommands => "Commands", "Befehle";
    HelpHeadingArguments => "Arguments", "Argumente";
    HelpHeadingOptions => "Options", "Optionen";
    HelpValueCommand => "COMMAND", "BEFEHL";
    HelpValueOptions => "[OPTIONS]", "[OPTIONEN]";
    HelpValueFile => "FILE", "DATEI";
    HelpValueDir => "DIR", "ORDNER";
    HelpValueLang => "LANG", "SPRACHE";
    HelpValueWhen => "WHEN", "WANN";
    HelpValueOut => "OUT", "ZIEL";
    HelpValueId => "ID", "KENNUNG";
    HelpValueOld => "OLD.ron", "ALT.ron";
    HelpValueNames => "NAMES", "NAMEN";
    HelpValuePhase => "N|PHASE_ID", "N|PHASEN_KENNUNG";
    HelpValueIdeas => "IDEAS", "IDEEN";
    HelpValueDate => "DATE", "DATUM";
    HelpValueWhat => "WHAT", "INHALT";
    HelpValueTitle => "TITLE", "TITEL";
    HelpValueFacilitator => "FACILITATOR", "MODERATION";
    HelpHelpFlag => "Print help", "Hilfe anzeigen";
    HelpHelpFlagLong => "Print help (a summary with '-h')", "Hilfe anzeigen (eine Übersicht mit „-h“)";
    HelpVersionFlag => "Print version", "Version anzeigen";
    HelpHelpCommand => "Print this message or the help of the given subcommand(s)",
        "Diese Hilfe oder die Hilfe zu den genannten Befehlen anzeigen";
    HelpPossibleValues => "possible values: {values}", "mögliche Werte: {values}";
    HelpDefault => "default: {value}", "Standard: {value}";
    HelpAbout => "Participation workshops in the terminal: capture, cluster, dot-vote, follow up.",
        "Beteiligungs-Workshops im Terminal: sammeln, clustern, mit Punkten abstimmen, nachverfolgen.";
    HelpLongAbout => "Participation workshops in the terminal: future workshops, design thinking, retrospectives, idea rounds. Without a subcommand plenum opens the start screen; with a FILE it opens that session.",
        "Beteiligungs-Workshops im Terminal: Zukunftswerkstätten, Design Thinking, Retrospektiven, Ideenrunden. Ohne Befehl öffnet plenum die Startseite, mit einer DATEI diese Sitzung.";
    HelpAppFile => "A session file to open in the app.", "Eine Sitzungsdatei, die in der App geöffnet wird.";
    HelpDir => "Sessions folder (default: $PLENUM_DIR, else the user data folder).",
        "Sitzungsordner (Standard: $PLENUM_DIR, sonst der Datenordner des Benutzerkontos).";
    HelpLang => "Language of messages and screens: en or de (default: LC_ALL, LC_MESSAGES, LANG).",
        "Sprache der Meldungen und Ansichten: en oder de (Standard: LC_ALL, LC_MESSAGES, LANG).";
    HelpTheme => "Colour theme for the app: a built-in name or one in the config folder.",
        "Farbschema der App: ein eingebautes oder eines aus dem Einstellungsordner.";
    HelpNoBell => "Do not ring the terminal bell when a timer runs out.",
        "Kein Signalton, wenn ein Timer abläuft.";
    HelpColor => "Colours in help, errors and the app: auto (none when NO_COLOR is set), always, never.",
        "Farben in Hilfe, Fehlermeldungen und App: auto (keine, wenn NO_COLOR gesetzt ist), always, never.";
    HelpOpen => "Open a session in the app.", "Eine Sitzung in der App öffnen.";
    HelpSessionFile => "The session file.", "Die Sitzungsdatei.";
    HelpSessionFileOrStdin => "The session file; `-` reads it from standard input.",
        "Die Sitzungsdatei; `-` liest sie von der Standardeingabe.";
    HelpNew => "Create a session from a method template and print its path.",
        "Eine Sitzung aus einer Methodenvorlage anlegen und ihren Pfad ausgeben.";
    HelpNewMethod => "Template id, e.g. zukunftswerkstatt, design-thinking, retro, brainstorm (with --from: default the previous session's method).",
        "Kennung der Vorlage, z. B. zukunftswerkstatt, design-thinking, retro, brainstorm (mit --from: standardmäßig die Methode der vorigen Sitzung).";
    HelpNewFrom => "Continue a previous session (the permanent workshop): its open actions are carried into a review phase at the start, its participants too.",
        "Eine frühere Sitzung fortsetzen (permanente Werkstatt): Ihre offenen Maßnahmen und Teilnehmenden werden in eine Rückschau-Phase am Anfang übernommen.";
    HelpNewTitle => "Session title (default: the method's name).", "Titel der Sitzung (Standard: der Name der Methode).";
    HelpNewParticipants => "Participants, separated by commas: \"Anna,Ben\".",
        "Teilnehmende, durch Kommas getrennt: \"Anna,Ben\".";
    HelpNewFacilitator => "Facilitator's name.", "Name der Moderation.";
    HelpNewAnonymous => "Store no authors; keep ballots secret in the file.",
        "Keine Namen an Ideen speichern; Stimmzettel bleiben auch in der Datei geheim.";
    HelpNewOutput => "Where to write the session (default: a new file in the sessions folder).",
        "Wohin die Sitzung geschrieben wird (Standard: eine neue Datei im Sitzungsordner).";
    HelpList => "List the sessions in the sessions folder, newest first.",
        "Die Sitzungen im Sitzungsordner auflisten, die neueste zuerst.";
    HelpTemplates => "List the method templates (built in and your own).",
        "Die Methodenvorlagen auflisten (eingebaute und eigene).";
    HelpImport => "Add ideas from a text file (one idea a line) or a CSV file (column `text`, optional `author`).",
        "Ideen aus einer Textdatei (eine Idee pro Zeile) oder einer CSV-Datei (Spalte `text`, wahlweise `author`) hinzufügen.";
    HelpImportFile => "The session file to add the ideas to.", "Die Sitzungsdatei, der die Ideen hinzugefügt werden.";
    HelpImportPhase => "The phase: its number in the agenda (1 is the first), its id or its title.",
        "Die Phase: ihre Nummer im Ablauf (1 ist die erste), ihre Kennung oder ihr Titel.";
    HelpImportIdeas => "The ideas: a text or CSV file, or `-` for standard input.",
        "Die Ideen: eine Text- oder CSV-Datei, oder `-` für die Standardeingabe.";
    HelpImportAfter => "IDEAS is a text file, one idea a line: blank lines are skipped, a leading bullet such as \"- \" or \"* \" is dropped.\n\nOr a CSV file, recognised by the .csv extension or by a first line that names only the columns `text` and `author`: column `text` is required, `author` (or `Autor`) is optional; commas, semicolons and tabs all work as separators. Authors are matched to participants by name; unknown names are added as participants. In an anonymous session authors are not stored.\n\nEither every idea is imported or none: refused lines are named with their line numbers, and the session stays as it was.",
        "IDEEN ist eine Textdatei mit einer Idee pro Zeile: Leerzeilen werden übersprungen, ein Aufzählungszeichen wie \"- \" oder \"* \" am Zeilenanfang entfällt.\n\nOder eine CSV-Datei, erkannt an der Endung .csv oder an einer ersten Zeile, die nur die Spalten `text` und `author` nennt: Die Spalte `text` ist Pflicht, `author` (oder `Autor`) ist freiwillig; Komma, Semikolon und Tabulator trennen gleichermaßen. Namen werden den Teilnehmenden zugeordnet; unbekannte Namen werden als Teilnehmende ergänzt. In einer anonymen Sitzung werden keine Namen gespeichert.\n\nEntweder werden alle Ideen importiert oder keine: Abgelehnte Zeilen werden mit ihrer Zeilennummer genannt, und die Sitzung bleibt unverändert.";
    HelpExport => "Export a session to Markdown (default), JSON or CSV.",
        "Eine Sitzung als Markdown (Standard), JSON oder CSV exportieren.";
    HelpExportFormat => "Output format (default: md, or csv with --excel)",
        "Ausgabeformat (Standard: md, mit --excel csv)";
    HelpExportWhat => "For CSV: one row per idea (default), per voting round or per action.",
        "Für CSV: eine Zeile je Idee (Standard), je Abstimmungsrunde oder je Maßnahme.";
    HelpExportExcel => "CSV for Excel: UTF-8 with byte-order mark, CRLF, `;` in German.",
        "CSV für Excel: UTF-8 mit Byte-Order-Mark, CRLF, `;` auf Deutsch.";
    HelpExportFrontMatter => "Markdown: start with YAML metadata naming the language (`lang: de`), for pandoc.",
        "Markdown: mit YAML-Metadaten beginnen, die die Sprache nennen (`lang: de`), für pandoc.";
    HelpExportToday => "For the actions CSV: count overdue days as of this date (YYYY-MM-DD) instead of today.",
        "Für die Maßnahmen-CSV: überfällige Tage ab diesem Datum (JJJJ-MM-TT) statt ab heute zählen.";
    HelpExportOutput => "Write to this file instead of standard output (`-` is standard output).",
        "In diese Datei schreiben statt auf die Standardausgabe (`-` ist die Standardausgabe).";
    HelpCheck => "Check a session file and print a one-line summary.",
        "Eine Sitzungsdatei prüfen und in einer Zeile zusammenfassen.";
    HelpCheckFiles => "The session file(s) to check; `-` reads one from standard input.",
        "Die zu prüfenden Sitzungsdateien; `-` liest eine von der Standardeingabe.";
    HelpSuggest => "Propose clusters for the unclustered ideas of a phase.",
        "Cluster für die Ideen einer Phase vorschlagen, die noch keinem Cluster angehören.";
    HelpSuggestPhase => "The phase: its number in the agenda (1 is the first) or its id.",
        "Die Phase: ihre Nummer im Ablauf (1 ist die erste) oder ihre Kennung.";
    HelpSuggestFormat => "Output format: readable text, or JSON (a list of clusters with the ids and texts of their ideas).",
        "Ausgabeformat: lesbarer Text oder JSON (eine Liste von Clustern mit Kennungen und Texten ihrer Ideen).";
    HelpSuggestApply => "Save the proposals as clusters of the phase (in one step that the app can undo).",
        "Die Vorschläge als Cluster der Phase speichern (in einem Schritt, den die App rückgängig machen kann).";
    HelpActions => "List open actions of every session in the sessions folder.",
        "Offene Maßnahmen aller Sitzungen im Sitzungsordner auflisten.";
    HelpActionsOverdue => "Only actions past their due date.", "Nur Maßnahmen, deren Fälligkeit überschritten ist.";
    HelpActionsOwner => "Only actions of this owner: the whole name or one word of it, in any case.",
        "Nur Maßnahmen dieser verantwortlichen Person: der ganze Name oder ein Wort daraus, Groß- und Kleinschreibung egal.";
    HelpActionsFormat => "Output format: an aligned table, a Markdown table, or CSV.",
        "Ausgabeformat: eine ausgerichtete Tabelle, eine Markdown-Tabelle oder CSV.";
    HelpActionsToday => "Count overdue days as of this date (YYYY-MM-DD) instead of today.",
        "Überfällige Tage ab diesem Datum (JJJJ-MM-TT) statt ab heute zählen.";
    HelpActionsExcel => "CSV for Excel: UTF-8 with byte-order mark, CRLF, `;` in German (implies --format csv).",
        "CSV für Excel: UTF-8 mit Byte-Order-Mark, CRLF, `;` auf Deutsch (bedeutet --format csv).";
    HelpPresent => "Show the audience view of a session on a second terminal (projector, shared window); it follows the app live and only reads.",
        "Die Publikumsansicht einer Sitzung auf einem zweiten Terminal zeigen (Beamer, geteiltes Fenster); sie folgt der App live und liest nur.";
    HelpPresentFile => "The session file the facilitator runs (default: the newest in the sessions folder).",
        "Die Sitzungsdatei, mit der die Moderation arbeitet (Standard: die neueste im Sitzungsordner).";
    CliNothingToPresent => "no session in {dir} to present; give a FILE", "keine Sitzung in {dir}, die gezeigt werden kann; bitte eine DATEI angeben";
    HelpMerge => "Merge two versions of one session by ids (git's merge driver: `plenum merge %O %A %B %P`).",
        "Zwei Fassungen einer Sitzung anhand der Kennungen zusammenführen (Merge-Treiber für git: `plenum merge %O %A %B %P`).";
    HelpMergeBase => "The common ancestor (git's %O); an empty file when there is none.",
        "Der gemeinsame Vorgänger (%O bei git); eine leere Datei, wenn es keinen gibt.";
    HelpMergeOurs => "Our version (git's %A); the merged session is written here.",
        "Unsere Fassung (%A bei git); die zusammengeführte Sitzung wird hierhin geschrieben.";
    HelpMergeTheirs => "Their version (git's %B).", "Die andere Fassung (%B bei git).";
    HelpMergeName => "The file's name in the repository, for messages (git's %P).",
        "Der Name der Datei im Repository, für Meldungen (%P bei git).";
    HelpThemes => "List the colour themes (built in and your own) for --theme.",
        "Die Farbschemata für --theme auflisten (eingebaute und eigene).";
    HelpPaths => "Print where plenum keeps sessions, settings, themes, templates and the keymap.",
        "Ausgeben, wo plenum Sitzungen, Einstellungen, Farbschemata, Vorlagen und die Tastenbelegung ablegt.";
    HelpCompletions => "Print a shell completion script (bash, zsh, fish or powershell).",
        "Ein Skript zur Vervollständigung in der Shell ausgeben (bash, zsh, fish oder powershell).";
    HelpCompletionsShell => "The shell: bash, zsh, fish or powershell.", "Die Shell: bash, zsh, fish oder powershell.";
    HelpMan => "Print the manual page (roff), e.g. plenum man > ~/.local/share/man/man1/plenum.1",
        "Die Handbuchseite (roff) ausgeben, z. B. plenum man > ~/.local/share/man/man1/plenum.1";

    // Files and saving.
    ErrFileNotWritable => "{path} is read-only and was not replaced; make it writable (chmod u+w) or ask its owner, then save again",
        "{path} ist schreibgeschützt und wurde nicht ersetzt; bitte die Datei beschreibbar machen (chmod u+w) oder die zuständige Person fragen und dann erneut speichern";
    ErrFolderNotWritable => "plenum may not write in the folder {path}; ask for write access or keep sessions in another folder (--dir), then save again",
        "plenum darf im Ordner {path} nicht schreiben; bitte Schreibrechte erfragen oder Sitzungen in einem anderen Ordner ablegen (--dir) und dann erneut speichern";
    ErrImmutable => "{path} is marked immutable and was not replaced; remove the mark (chattr -i) and save again",
        "{path} ist als unveränderlich markiert und wurde nicht ersetzt; bitte die Markierung entfernen (chattr -i) und erneut speichern";
    ErrDiskFullKept => "the disk of {path} is full; the file still holds the last saved version. Free some space, then save again",
        "der Datenträger von {path} ist voll; die Datei enthält weiterhin den zuletzt gespeicherten Stand. Bitte Speicherplatz freigeben und dann erneut speichern";
    ErrDeleted => "{path} was deleted or moved by another program and was not recreated; {key} saves the session as a new file",
        "{path} wurde von einem anderen Programm gelöscht oder verschoben und nicht neu angelegt; {key} speichert die Sitzung als neue Datei";
    ErrFolderSync => "{path}: saved, but the drive did not confirm it ({detail}); a power cut now could lose the save. Check the drive",
        "{path}: gespeichert, aber der Datenträger hat es nicht bestätigt ({detail}); ein Stromausfall könnte den Stand jetzt noch verlieren. Bitte den Datenträger prüfen";
    ErrSerialise => "{path}: the session could not be written ({detail}); the file was not touched. Please report this to the plenum developers",
        "{path}: die Sitzung konnte nicht geschrieben werden ({detail}); die Datei blieb unverändert. Bitte melden Sie dies den Entwickelnden von plenum";
    ErrNotRegular => "{path} is not a regular file (a folder, a pipe or a device) and was not read; give the path of a file",
        "{path} ist keine gewöhnliche Datei (ein Ordner, eine Pipe oder ein Gerät) und wurde nicht gelesen; bitte den Pfad einer Datei angeben";
    ErrTooLarge => "{path} ({mb} MB) is too large to summarise in the list; open it by its name",
        "{path} ({mb} MB) ist zu groß für die Übersicht; bitte direkt über den Dateinamen öffnen";
    OpenedReadOnly => "opened read-only: {reason}", "schreibgeschützt geöffnet: {reason}";

    // Exports.
    ExportExcelIsCsv => "--excel writes CSV; leave out --format or use --format csv.",
        "--excel erzeugt CSV; lassen Sie --format weg oder geben Sie --format csv an.";
    ExportFrontMatterIsMarkdown => "--front-matter is for Markdown (--format md).",
        "--front-matter gilt nur für Markdown (--format md).";
    ExportDate => "Date", "Datum";
    ExportMethod => "Method", "Methode";
    ExportFacilitator => "Facilitator", "Moderation";
    ExportParticipants => "Participants", "Teilnehmende";
    ExportAnonymousParticipants => "not listed (anonymous session)", "nicht aufgeführt (anonyme Sitzung)";
    ExportAgenda => "Agenda", "Ablauf";
    ExportPhase => "Phase", "Phase";
    ExportQuestion => "Guiding question", "Leitfrage";
    ExportTimebox => "Timebox", "Zeitrahmen";
    ExportMinutes => "min", "Min.";
    ExportIdeas => "Ideas", "Ideen";
    ExportUnclustered => "Not clustered", "Nicht zugeordnet";
    ExportNoIdeas => "No ideas in this cluster.", "Keine Ideen in diesem Cluster.";
    ExportCoveredCard => "covered card", "verdeckte Karte";
    ExportCoveredCards => "1 covered card, not revealed yet|{n} covered cards, not revealed yet",
        "1 verdeckte Karte, noch nicht aufgedeckt|{n} verdeckte Karten, noch nicht aufgedeckt";
    ExportCluster => "Cluster", "Cluster";
    ExportVote => "Dot vote", "Punktabfrage";
    ExportNotRevealed => "The results have not been revealed yet.", "Das Ergebnis wurde noch nicht aufgedeckt.";
    ExportRank => "Rank", "Platz";
    ExportOption => "Option", "Option";
    ExportDots => "Dots", "Punkte";
    ExportTie => "tie", "gleichauf";
    ExportActions => "Actions", "Maßnahmen";
    ExportNoActions => "No actions recorded.", "Keine Maßnahmen festgehalten.";
    ExportWhat => "What", "Was";
    ExportWho => "Who", "Wer";
    ExportDue => "Due", "Bis wann";
    ExportStatus => "Status", "Status";
    ExportNote => "Note", "Anmerkung";
    ExportCheckins => "Check-in and check-out", "Stimmungsbilder";
    ExportAnswer => "Answer", "Antwort";
    ExportCount => "Count", "Anzahl";
    ExportNoAnswers => "No answers yet.", "Noch keine Antworten.";
    ExportRunoffOf => "Run-off of “{title}”.", "Stichwahl zu „{title}“.";
    ExportRoundFacts => "{voters} voted, {dots} each, at most {max} per option.",
        "{voters} abgestimmt, je {dots}, höchstens {max} pro Option.";
    ExportVoters => "1 person|{n} people", "1 Person hat|{n} Personen haben";
    ExportDotsEach => "1 dot|{n} dots", "1 Punkt|{n} Punkte";
    ExportScale => "Scale: {name}, {low} to {high}.", "Skala: {name}, {low} bis {high}.";
    ExportScaleMood => "mood", "Stimmung";
    ExportScaleRoti => "return on time invested", "Nutzen der investierten Zeit";
    ExportScaleFistOfFive => "Fist of Five", "Fist of Five";
    ExportCheckinNotRevealed => "The results have not been revealed yet ({answers}).",
        "Das Ergebnis wurde noch nicht aufgedeckt ({answers}).";
    ExportAnswers => "1 answer|{n} answers", "1 Antwort|{n} Antworten";
    ExportMean => "Mean {mean} from {answers}.", "Durchschnitt {mean} aus {answers}.";
    ExportStatusOpen => "open", "offen";
    ExportStatusDoing => "in progress", "in Arbeit";
    ExportStatusDone => "done", "erledigt";
    ExportStatusDropped => "dropped", "verworfen";

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

    // SSH participants.
    SshTitle => "plenum · {title}", "plenum · {title}";
    SshPhase => "Phase {n} of {total}: {title}", "Phase {n} von {total}: {title}";
    SshNoPhase => "The facilitator has not started a phase yet. Please wait a moment.",
        "Die Moderation hat noch keine Phase begonnen. Bitte warten Sie einen Moment.";
    SshTimeLeft => "{time} left", "noch {time}";
    SshOverTime => "{time} over time", "{time} über der Zeit";
    SshIdeasHeading => "Ideas of this phase ({n})", "Ideen dieser Phase ({n})";
    SshNoIdeas => "No ideas yet.", "Noch keine Ideen.";
    SshCoveredCard => "▒▒▒ covered card ▒▒▒", "▒▒▒ verdeckte Karte ▒▒▒";
    SshYours => "yours", "Ihre";
    SshYoursCovered => "yours, covered", "Ihre, verdeckt";
    SshNewIdea => "New idea: ", "Neue Idee: ";
    SshEditIdea => "Change idea: ", "Idee ändern: ";
    SshConfirmDelete => "Delete your idea? y = yes, any other key = no",
        "Ihre Idee löschen? j = ja, jede andere Taste = nein";
    SshRoundOpen => "Voting is open: {title}. Press v to vote.",
        "Die Abstimmung läuft: {title}. Mit v stimmen Sie ab.";
    SshVotedAlready => "Your ballot in “{title}” is in.", "Ihr Stimmzettel für „{title}“ ist abgegeben.";
    SshBallotTitle => "Your ballot: {title}", "Ihr Stimmzettel: {title}";
    SshDotsLeft => "{left} of {budget} dots left, at most {cap} per option",
        "{left} von {budget} Punkten übrig, höchstens {cap} je Option";
    SshBallotSecret => "Only you see your dots. Nobody sees a result before the reveal.",
        "Nur Sie sehen Ihre Punkte. Vor dem Aufdecken sieht niemand ein Ergebnis.";
    SshResultsTitle => "Results: {title}", "Ergebnis: {title}";
    SshResultLine => "{rank}. {dots} ●  {option}", "{rank}. {dots} ●  {option}";
    SshCheckinOpen => "Check-in: {question} Press c to answer.",
        "Stimmungsabfrage: {question} Mit c antworten Sie.";
    SshCheckinTitle => "Check-in: {question}", "Stimmungsabfrage: {question}";
    SshCheckinScale => "Your answer, from {low} to {high}:", "Ihre Antwort, von {low} bis {high}:";
    SshCheckinResults => "Check-in results: {question}", "Ergebnis der Stimmungsabfrage: {question}";
    SshIdeaAdded => "Your idea is on the board.", "Ihre Idee ist auf der Pinnwand.";
    SshIdeaAddedCovered => "Your idea is on the board, covered until the facilitator reveals the cards.",
        "Ihre Idee ist auf der Pinnwand, verdeckt, bis die Moderation die Karten aufdeckt.";
    SshIdeaChanged => "Your idea is changed.", "Ihre Idee ist geändert.";
    SshIdeaDeleted => "Your idea is deleted.", "Ihre Idee ist gelöscht.";
    SshBallotCast => "Your ballot is in. Nobody sees your dots.",
        "Ihr Stimmzettel ist abgegeben. Niemand sieht Ihre Punkte.";
    SshAnswerSent => "Thank you, your answer is in.", "Danke, Ihre Antwort ist eingegangen.";
    SshPasteCut => "The text was cut to {max} characters, the longest an idea may be.",
        "Der Text wurde auf {max} Zeichen gekürzt, die größte Länge einer Idee.";
    SshEmptyIdea => "An empty idea is not added.", "Eine leere Idee wird nicht hinzugefügt.";
    SshNotYours => "Only the author changes or deletes an idea.",
        "Nur die Person, die eine Idee eingebracht hat, kann sie ändern oder löschen.";
    SshNothingToVote => "No voting round is open.", "Es läuft keine Abstimmung.";
    SshNothingToAnswer => "No check-in waits for your answer.", "Keine Stimmungsabfrage wartet auf Ihre Antwort.";
    SshNoCapture => "This phase collects no ideas.", "In dieser Phase werden keine Ideen gesammelt.";
    SshPhaseMoved => "The facilitator has moved on to another phase; nothing was changed.",
        "Die Moderation ist zu einer anderen Phase gewechselt; es wurde nichts geändert.";
    SshIdeaInRound => "This idea is being voted on; its text stays as it is.",
        "Über diese Idee wird abgestimmt; ihr Text bleibt, wie er ist.";
    SshRoundElsewhere => "This round belongs to another phase.", "Diese Abstimmung gehört zu einer anderen Phase.";
    SshAlreadyVoted => "You have voted already; this round takes no second ballot.",
        "Sie haben bereits abgestimmt; diese Abstimmung nimmt keinen zweiten Stimmzettel an.";
    SshRoundClosed => "The results are revealed; the round is closed.",
        "Das Ergebnis ist aufgedeckt; die Abstimmung ist geschlossen.";
    SshBallotOffRules => "The ballot does not fit the round's rules (dots or limit per option).",
        "Der Stimmzettel passt nicht zu den Regeln (Punkte oder Grenze je Option).";
    SshFacilitatorNoVote => "The facilitator does not vote in this round.",
        "Die Moderation stimmt in dieser Runde nicht ab.";
    SshEarlierBallotUnknown => "Your earlier ballot is not known here, so it cannot be replaced.",
        "Ihr früherer Stimmzettel ist hier nicht bekannt und kann daher nicht ersetzt werden.";
    SshTextTooLong => "The text is too long ({chars} characters, at most {max}).",
        "Der Text ist zu lang ({chars} Zeichen, höchstens {max}).";
    SshNotTaken => "The facilitator's program did not take this: {reason}",
        "Das Programm der Moderation hat dies nicht angenommen: {reason}";
    SshKeyAdd => "a add idea", "a Idee hinzufügen";
    SshKeyEdit => "e change", "e ändern";
    SshKeyDelete => "d delete", "d löschen";
    SshKeyVote => "v vote", "v abstimmen";
    SshKeyCheckin => "c check-in", "c Stimmung";
    SshKeyQuit => "q leave", "q verlassen";
    SshKeysTyping => "Enter save · Esc cancel", "Enter speichern · Esc abbrechen";
    SshKeysBallot => "↑↓ choose · Space dot on/off · + more · − fewer · Enter cast · Esc back",
        "↑↓ wählen · Leertaste Punkt an/aus · + mehr · − weniger · Enter abgeben · Esc zurück";
    SshKeysCheckin => "←→ or digit choose · Enter send · Esc back",
        "←→ oder Ziffer wählen · Enter senden · Esc zurück";
    SshTooSmall => "Please enlarge the window.", "Bitte vergrößern Sie das Fenster.";
    SshTakenOver => "You joined again from another terminal; this one closes.",
        "Sie haben sich in einem anderen Terminal erneut angemeldet; dieses schließt sich.";
    SshDisconnected => "The facilitator ended your connection.", "Die Moderation hat Ihre Verbindung beendet.";
    SshWorkshopFull => "The workshop is full ({max} participants).", "Der Workshop ist voll ({max} Teilnehmende).";
    SshJoinPrompt => "Join code: ", "Zugangscode: ";
    SshWrongCode => "Wrong join code.", "Falscher Zugangscode.";
    SshNoSession => "No session is open on the facilitator's screen yet.", "Auf dem Bildschirm der Moderation ist noch keine Sitzung offen.";
    HostTitle => "Participants over SSH", "Teilnehmende über SSH";
    HostThisMachine => "ADDRESS-OF-THIS-MACHINE", "ADRESSE-DIESES-RECHNERS";
    HostYourName => "NAME", "NAME";
    HostJoinWith => "Join with", "Beitreten mit";
    HostJoinCode => "Join code", "Zugangscode";
    HostKeyFingerprint => "Host key", "Host-Schlüssel";
    HostConnected => "Connected: {n}", "Verbunden: {n}";
    HostNobody => "Nobody is connected.", "Niemand ist verbunden.";
    HostVoted => "Round “{title}”: {n} voted", "Runde „{title}“: {n} haben abgestimmt";
    HostDisconnecting => "{name} is disconnected (may join again).", "{name} ist getrennt (kann wieder beitreten).";
    HostStarted => "Participants join with ssh -p {port} NAME@{host} and the join code {code}; {key}: who is connected.",
        "Teilnehmende treten mit ssh -p {port} NAME@{host} und dem Zugangscode {code} bei; {key}: wer verbunden ist.";
    HostNotHosting => "Participants can join over SSH when the session is opened with plenum host.", "Teilnehmende können über SSH beitreten, wenn die Sitzung mit plenum host geöffnet ist.";
    ModeHosting => "SSH participants", "SSH-Teilnehmende";
    ActShowHosting => "Participants over SSH: join code, who is connected", "Teilnehmende über SSH: Zugangscode, wer verbunden ist";
    ActDisconnectParticipant => "End the selected participant's connection", "Verbindung der ausgewählten Person beenden";
    ShortHosting => "SSH", "SSH";
    ShortDisconnect => "disconnect", "trennen";
    HelpHost => "Open a session with an SSH server for participants in their own terminals (hybrid workshops).",
        "Eine Sitzung mit SSH-Server öffnen, für Teilnehmende in ihren eigenen Terminals (hybride Workshops).";
    HelpHostFile => "The session file (default: the start screen).", "Die Sitzungsdatei (sonst der Startbildschirm).";
    HelpHostBind => "Address to listen on (default 127.0.0.1; 0.0.0.0 for the office network).",
        "Adresse, auf der gelauscht wird (Standard 127.0.0.1; 0.0.0.0 für das Büronetz).";
    HelpHostPort => "Port to listen on (default 2222).", "Port, auf dem gelauscht wird (Standard 2222).";
    HelpHostCode => "The join code (default: a random one), 4 to 32 letters or digits.",
        "Der Zugangscode (sonst ein zufälliger), 4 bis 32 Buchstaben oder Ziffern.";

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

    // Saving.
    Saving => "Saving…", "Wird gespeichert…";
    ReadOnlyStatus => "Read-only ({cause}): nothing is saved", "Schreibgeschützt ({cause}): nichts wird gespeichert";
    ReadOnlyChanged => "Read-only ({cause}): changes are NOT saved", "Schreibgeschützt ({cause}): Änderungen werden NICHT gespeichert";
    ReadOnlyFolder => "folder not writable", "Ordner nicht beschreibbar";
    ReadOnlyFile => "file not writable", "Datei nicht beschreibbar";
    ReadOnlyImmutable => "file immutable", "Datei unveränderlich";
    SavedCopyOfDeleted => "The file was deleted elsewhere; your version is saved as {file}.",
        "Die Datei wurde anderswo gelöscht; Ihre Fassung ist gespeichert als {file}.";
}

/// A text of the catalogue.
pub fn tr(lang: Language, msg: Msg) -> &'static str {
    msg.text(lang)
}

/// A text with its `{name}` placeholders filled in, in one pass: a value
/// that itself contains `{name}` (a participant's idea, a file name) is
/// never filled again. A placeholder without an argument stays as written,
/// and debug builds (the tests) stop there, so a forgotten argument is found.
pub fn fill(lang: Language, msg: Msg, args: &[(&str, &dyn Display)]) -> String {
    let text = tr(lang, msg);
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..name_len];
        let closed = !name.is_empty() && after[name_len..].starts_with('}');
        match args.iter().find(|(arg, _)| *arg == name) {
            Some((_, value)) if closed => {
                out.push_str(&value.to_string());
                rest = &after[name_len + 1..];
            }
            _ => {
                debug_assert!(!closed, "{msg:?} is missing its argument {{{name}}}");
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `1 idea`, `3 ideas`, `1 Idee`, `3 Ideen`: the message holds the form for
/// one and the form for many, separated by `|`, each may use `{n}`.
pub fn count(lang: Language, n: usize, forms: Msg) -> String {
    let text = fill(lang, forms, &[("n", &n)]);
    let (one, many) = text.split_once('|').unwrap_or((&text, &text));
    if n == 1 { one } else { many }.to_string()
}

/// The interface language: `--lang`, else the session's, else the locale
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first that is set).
pub fn pick_language(flag: Option<Language>, session: Option<Language>, locale: Option<&str>) -> Language {
    flag.or(session)
        .unwrap_or_else(|| locale.map(Language::from_locale).unwrap_or_default())
}

/// The locale from the environment, as POSIX looks it up.
pub fn locale_from_env() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
}

/// The name of an activity.
pub fn activity_name(lang: Language, activity: Activity) -> &'static str {
    let msg = match activity {
        Activity::Capture => Msg::ActivityCapture,
        Activity::Cluster => Msg::ActivityCluster,
        Activity::Vote => Msg::ActivityVote,
        Activity::Discuss => Msg::ActivityDiscuss,
        Activity::Actions => Msg::ActivityActions,
        Activity::Checkin => Msg::ActivityCheckin,
    };
    tr(lang, msg)
}

/// A language by its own name, the way language pickers show it.
pub fn language_name(language: Language) -> &'static str {
    match language {
        Language::En => "English",
        Language::De => "Deutsch",
    }
}

/// What went wrong with a file, in a sentence the user can act on. `save_key`
/// names the key that saves again (shown when the file changed elsewhere).
pub fn describe_store_error(lang: Language, error: &StoreError, save_key: &str) -> String {
    match error {
        StoreError::Io { path, source, .. } => {
            let path = path.display();
            match source.kind() {
                std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                    fill(lang, Msg::ErrReadOnly, &[("path", &path)])
                }
                std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
                    fill(lang, Msg::ErrDiskFull, &[("path", &path)])
                }
                _ => fill(lang, Msg::ErrIo, &[("path", &path), ("detail", source)]),
            }
        }
        StoreError::Format { path, error } => {
            let path = path.display();
            match error {
                FormatError::NewerVersion { found } => {
                    fill(lang, Msg::ErrNewer, &[("path", &path), ("found", found)])
                }
                other => {
                    let text = other.to_string();
                    let (position, detail) = text.split_once(": ").unwrap_or(("1:1", &text));
                    fill(
                        lang,
                        Msg::ErrBroken,
                        &[("path", &path), ("position", &position), ("detail", &detail)],
                    )
                }
            }
        }
        StoreError::Locked { path, .. } => fill(lang, Msg::ErrLocked, &[("path", &path.display())]),
        StoreError::ChangedOnDisk { path } => fill(
            lang,
            Msg::ErrChanged,
            &[("path", &path.display()), ("key", &save_key)],
        ),
        StoreError::Exists { path } => fill(lang, Msg::ErrExists, &[("path", &path.display())]),
        StoreError::NoHome => tr(lang, Msg::ErrNoHome).to_string(),
        StoreError::Deleted { path } => fill(
            lang,
            Msg::ErrDeleted,
            &[("path", &path.display()), ("key", &save_key)],
        ),
        StoreError::FileNotWritable { path } => {
            fill(lang, Msg::ErrFileNotWritable, &[("path", &path.display())])
        }
        StoreError::FolderNotWritable { path } => {
            fill(lang, Msg::ErrFolderNotWritable, &[("path", &path.display())])
        }
        StoreError::Immutable { path } => fill(lang, Msg::ErrImmutable, &[("path", &path.display())]),
        StoreError::DiskFull { path } => fill(lang, Msg::ErrDiskFullKept, &[("path", &path.display())]),
        StoreError::FolderSync { path, source } => fill(
            lang,
            Msg::ErrFolderSync,
            &[("path", &path.display()), ("detail", source)],
        ),
        StoreError::Serialise { path, message } => fill(
            lang,
            Msg::ErrSerialise,
            &[("path", &path.display()), ("detail", message)],
        ),
        StoreError::NotRegularFile { path } => fill(lang, Msg::ErrNotRegular, &[("path", &path.display())]),
        StoreError::TooLarge { path, bytes } => fill(
            lang,
            Msg::ErrTooLarge,
            &[("path", &path.display()), ("mb", &(bytes / 1_000_000))],
        ),
    }
}

/// A date the way the language writes it.
pub fn format_date(lang: Language, date: jiff::civil::Date) -> String {
    match lang {
        Language::En => format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day()),
        Language::De => format!("{:02}.{:02}.{:04}", date.day(), date.month(), date.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_fills_once_and_keeps_what_a_value_says() {
        // A participant who types "{runoff}" into a title sees exactly that.
        let filled = fill(Language::En, Msg::ExportRunoffOf, &[("title", &"{title} {n}")]);
        assert_eq!(filled, "Run-off of “{title} {n}”.");
        let scale = fill(
            Language::De,
            Msg::ExportScale,
            &[("name", &"Stimmung"), ("low", &1), ("high", &5)],
        );
        assert_eq!(scale, "Skala: Stimmung, 1 bis 5.");
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "missing its argument {high}")]
    fn fill_reports_a_missing_argument() {
        fill(Language::En, Msg::ExportScale, &[("name", &"mood"), ("low", &1)]);
    }

    #[test]
    fn count_picks_the_form_for_one_or_many() {
        assert_eq!(count(Language::De, 1, Msg::ExportAnswers), "1 Antwort");
        assert_eq!(count(Language::De, 0, Msg::ExportAnswers), "0 Antworten");
        assert_eq!(count(Language::En, 12, Msg::ExportVoters), "12 people");
    }

    #[test]
    fn language_follows_flag_then_session_then_locale() {
        let de = Some(Language::De);
        let en = Some(Language::En);
        assert_eq!(pick_language(en, de, Some("de_DE.UTF-8")), Language::En);
        assert_eq!(pick_language(None, de, Some("en_GB.UTF-8")), Language::De);
        assert_eq!(pick_language(None, None, Some("de_AT.UTF-8")), Language::De);
        assert_eq!(pick_language(None, None, Some("C")), Language::En);
        assert_eq!(pick_language(None, None, None), Language::En);
    }

    #[test]
    fn every_text_exists_in_both_languages_with_the_same_placeholders() {
        for msg in Msg::ALL {
            let en = msg.text(Language::En);
            let de = msg.text(Language::De);
            assert!(!en.trim().is_empty() && !de.trim().is_empty(), "{msg:?}");
            let holes = |text: &str| {
                let mut names: Vec<String> = text
                    .split('{')
                    .skip(1)
                    .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
                    .collect();
                names.sort();
                names
            };
            assert_eq!(holes(en), holes(de), "{msg:?}");
        }
    }

    #[test]
    fn fill_replaces_placeholders() {
        let text = fill(Language::De, Msg::PhaseOf, &[("n", &2), ("total", &5)]);
        assert_eq!(text, "Phase 2 von 5");
    }

    #[test]
    fn dates_follow_the_language() {
        let date = jiff::civil::date(2026, 3, 9);
        assert_eq!(format_date(Language::En, date), "2026-03-09");
        assert_eq!(format_date(Language::De, date), "09.03.2026");
    }
}
