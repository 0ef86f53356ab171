//! The help overlay and the actions as it lists them.

// The entries of this part, handed on along the chain (see `mod.rs`).
macro_rules! help_texts {
    ($next:ident $($later:ident)* ; $($earlier:tt)*) => { $next! { $($later)* ; $($earlier)*
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
    }};
}
