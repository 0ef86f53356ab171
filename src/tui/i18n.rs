//! Every word the app shows, in English and German. One catalogue, so a test
//! can check that no English text is left on a German screen.
//!
//! German follows the conventions of German public administration: formal
//! address ("Sie"), gender-neutral "Teilnehmende", infinitives for commands.

use super::action::Action;
use super::keymap::Mode;
use crate::core::{Activity, Language};
use std::fmt::Display;

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
    KeyEnter => "Enter", "Eingabe";
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
    ErrChanged => "the file was changed by another program; {key} saves a copy",
        "die Datei wurde von einem anderen Programm geändert; {key} speichert eine Kopie";
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
    ActCursorLeft => "Cursor left (or previous choice)", "Cursor nach links (oder vorige Auswahl)";
    ActCursorRight => "Cursor right (or next choice)", "Cursor nach rechts (oder nächste Auswahl)";
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
    ShortChoose => "choose", "wählen";
    ShortAccept => "accept", "annehmen";
    ShortReject => "reject", "ablehnen";
    ShortRemoveIdea => "take out", "herausnehmen";
    ShortNextSuggestion => "next", "weiter";
}

/// A text of the catalogue.
pub fn tr(lang: Language, msg: Msg) -> &'static str {
    msg.text(lang)
}

/// A text with its `{name}` placeholders filled in.
pub fn fill(lang: Language, msg: Msg, args: &[(&str, &dyn Display)]) -> String {
    let mut text = tr(lang, msg).to_string();
    for (name, value) in args {
        text = text.replace(&format!("{{{name}}}"), &value.to_string());
    }
    text
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

/// The name of a mode for the status line and the help title.
pub fn mode_name(lang: Language, mode: Mode, editing_idea: bool) -> &'static str {
    let msg = match mode {
        Mode::Start => Msg::ModeStart,
        Mode::Form => Msg::ModeForm,
        Mode::Board => Msg::ModeBoard,
        Mode::Input if editing_idea => Msg::ModeEditIdea,
        Mode::Input => Msg::ModeCapture,
        Mode::Help => Msg::ModeHelp,
        Mode::Cluster => Msg::ModeCluster,
        Mode::ClusterPick => Msg::ModeClusterPick,
        Mode::ClusterName => Msg::ModeClusterName,
        Mode::Suggest => Msg::ModeSuggest,
    };
    tr(lang, msg)
}

/// What an action does, as the help lists it.
pub fn describe(lang: Language, mode: Mode, action: &Action) -> String {
    use Action as A;
    let msg = match action {
        A::Quit => Msg::ActQuit,
        A::ToggleHelp if mode == Mode::Help => Msg::ActCloseHelp,
        A::ToggleHelp => Msg::ActHelp,
        A::Undo => Msg::ActUndo,
        A::Redo => Msg::ActRedo,
        A::SaveSession => Msg::ActSave,
        A::IgnoreKey => Msg::ActIgnore,
        A::SelectNext => Msg::ActDown,
        A::SelectPrevious => Msg::ActUp,
        A::SelectFirst if mode == Mode::ClusterPick => Msg::ActFirstCluster,
        A::SelectLast if mode == Mode::ClusterPick => Msg::ActLastCluster,
        A::SelectFirst => Msg::ActFirst,
        A::SelectLast => Msg::ActLast,
        A::PageUp => Msg::ActPageUp,
        A::PageDown => Msg::ActPageDown,
        A::OpenSelected => Msg::ActOpen,
        A::OpenNewSessionForm => Msg::ActNewSession,
        A::OpenDemo => Msg::ActDemo,
        A::ReloadSessions => Msg::ActReload,
        A::SelectSession(_) | A::SelectIdeaRow(_) | A::FocusField(_) => Msg::ActSelect,
        A::NextField => Msg::ActNextField,
        A::PreviousField => Msg::ActPreviousField,
        A::SubmitInput if mode == Mode::Input => Msg::ActSaveIdea,
        A::SubmitInput => Msg::ActConfirm,
        A::CancelInput if mode == Mode::Input => Msg::ActStopTyping,
        A::CancelInput => Msg::ActCancel,
        A::InsertNewline => Msg::ActNewline,
        A::MoveCursorLeft => Msg::ActCursorLeft,
        A::MoveCursorRight => Msg::ActCursorRight,
        A::MoveCursorUp => Msg::ActCursorUp,
        A::MoveCursorDown => Msg::ActCursorDown,
        A::MoveCursorHome => Msg::ActLineStart,
        A::MoveCursorEnd => Msg::ActLineEnd,
        A::DeleteBackward => Msg::ActDeleteLeft,
        A::DeleteForward => Msg::ActDeleteRight,
        A::ClearInput => Msg::ActClear,
        A::StartCapture => Msg::ActCapture,
        A::EditIdea => Msg::ActEditIdea,
        A::DeleteIdea => Msg::ActDeleteIdea,
        A::CycleAuthor => Msg::ActNextAuthor,
        A::CycleAuthorBack => Msg::ActPreviousAuthor,
        A::ToggleBrainwriting => Msg::ActBrainwriting,
        A::RevealIdeas => Msg::ActReveal,
        A::NextPhase => Msg::ActNextPhase,
        A::PreviousPhase => Msg::ActPreviousPhase,
        A::GoToPhase(n) => return fill(lang, Msg::ActGoToPhase, &[("n", n)]),
        A::EditPhase => Msg::ActEditPhase,
        A::AddPhase => Msg::ActAddPhase,
        A::RemovePhase => Msg::ActRemovePhase,
        A::MovePhaseEarlier => Msg::ActPhaseEarlier,
        A::MovePhaseLater => Msg::ActPhaseLater,
        A::ToggleTimer => Msg::ActTimer,
        A::AddMinute => Msg::ActAddMinute,
        A::RemoveMinute => Msg::ActRemoveMinute,
        A::ResetTimer => Msg::ActResetTimer,
        A::CloseSession => Msg::ActCloseSession,
        // Cluster mode (issue 4).
        A::EnterClusterMode => Msg::ActEnterCluster,
        A::LeaveClusterMode => Msg::ActLeaveCluster,
        A::FocusNextCluster if mode == Mode::Suggest => Msg::ActNextSuggestion,
        A::FocusPreviousCluster if mode == Mode::Suggest => Msg::ActPreviousSuggestion,
        A::FocusNextCluster => Msg::ActNextCluster,
        A::FocusPreviousCluster => Msg::ActPreviousCluster,
        A::ToggleMark => Msg::ActToggleMark,
        A::MoveToCluster => Msg::ActMoveToCluster,
        A::NewCluster if mode == Mode::ClusterPick => Msg::ActNewClusterHere,
        A::NewCluster => Msg::ActNewCluster,
        A::RenameCluster => Msg::ActRenameCluster,
        A::MergeCluster => Msg::ActMergeCluster,
        A::DissolveCluster => Msg::ActDissolveCluster,
        A::MergeIdeas => Msg::ActMergeIdeas,
        A::MoveIdeaUp => Msg::ActIdeaUp,
        A::MoveIdeaDown => Msg::ActIdeaDown,
        A::MoveClusterEarlier => Msg::ActClusterEarlier,
        A::MoveClusterLater => Msg::ActClusterLater,
        A::SuggestClusters => Msg::ActSuggest,
        A::AcceptSuggestion => Msg::ActAcceptSuggestion,
        A::RejectSuggestion => Msg::ActRejectSuggestion,
        A::ToggleSuggestedIdea => Msg::ActToggleSuggested,
        A::RenameSuggestion => Msg::ActRenameSuggestion,
        A::FinishSuggestions => Msg::ActFinishSuggestions,
        A::SelectCluster(_) | A::SelectClusterIdea(..) | A::SelectSuggestedIdea(_) => Msg::ActSelect,
        A::InsertChar(_) | A::Paste(_) | A::Tick(_) => Msg::ActType,
    };
    tr(lang, msg).to_string()
}

/// A one- or two-word form for the footer.
pub fn describe_short(lang: Language, mode: Mode, action: &Action) -> String {
    use Action as A;
    let msg = match action {
        A::StartCapture => Msg::ShortAdd,
        A::EditIdea | A::EditPhase => Msg::ShortEdit,
        A::DeleteIdea => Msg::ShortDelete,
        A::ToggleTimer => Msg::ShortTimer,
        A::NextPhase => Msg::ShortNextPhase,
        A::Undo => Msg::ShortUndo,
        A::ToggleHelp if mode == Mode::Help => Msg::ShortClose,
        A::ToggleHelp => Msg::ShortHelp,
        A::Quit => Msg::ShortQuit,
        A::OpenSelected => Msg::ShortOpen,
        A::OpenNewSessionForm => Msg::ShortNew,
        A::OpenDemo => Msg::ShortDemo,
        A::SubmitInput if mode == Mode::Input => Msg::ShortSaveIdea,
        A::SubmitInput => Msg::ShortConfirm,
        A::CancelInput if mode == Mode::Input => Msg::ShortDone,
        A::CancelInput => Msg::ShortCancel,
        A::NextField => Msg::ShortNextField,
        A::InsertNewline => Msg::ShortNewline,
        A::CycleAuthor => Msg::ShortAuthor,
        A::RevealIdeas => Msg::ShortReveal,
        A::SelectNext | A::SelectPrevious => Msg::ShortScroll,
        // Cluster mode (issue 4).
        A::EnterClusterMode => Msg::ShortCluster,
        A::LeaveClusterMode | A::FinishSuggestions => Msg::ShortDone,
        A::ToggleMark => Msg::ShortMark,
        A::MoveToCluster => Msg::ShortMove,
        A::NewCluster => Msg::ShortNewCluster,
        A::RenameCluster | A::RenameSuggestion => Msg::ShortRename,
        A::MergeIdeas => Msg::ShortMergeIdeas,
        A::SuggestClusters => Msg::ShortSuggest,
        A::FocusNextCluster if mode == Mode::ClusterPick => Msg::ShortChoose,
        A::FocusNextCluster if mode == Mode::Suggest => Msg::ShortNextSuggestion,
        A::AcceptSuggestion => Msg::ShortAccept,
        A::RejectSuggestion => Msg::ShortReject,
        A::ToggleSuggestedIdea => Msg::ShortRemoveIdea,
        other => return describe(lang, mode, other),
    };
    tr(lang, msg).to_string()
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
